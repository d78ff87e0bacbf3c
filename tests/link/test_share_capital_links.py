"""Links of the share-capital and equity notes of an annual report: long figures with thousands separators,
a bare-verb clause whose subject is the clause before, the second of two equal figures in one sentence,
the 股份变动情况表's 本次变动后 column, and a figure printed exactly in one table and rounded from another.
Real sentences and cells of annual_report_600201_jinyu_biotech_2020 (PDF, pp.14, 21, 48, 50, 156)."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from extract.link import tie_out
from extract.link.features import (
    _first_number,
    claim_clause,
    claim_view,
    label_match,
    locate_text,
    shares_words,
    significant_digits,
    subject_clause,
)
from extract.records import Cell, Claim, Document, Page, Table

DOC = "annual_report_600201_jinyu_biotech_2020"


def claim(sentence: str, text: str, value: str, *, at: int, page: int, unit: str, kind: str, scale: int = 1,
          metric: str = "", period: str | None = "2020年", cid: str = "c1", nth: int = 0) -> Claim:
    offset = -1
    for _ in range(nth + 1):
        offset = sentence.index(text, offset + 1)
    return Claim(DOC, f"{DOC}#{cid}", at + offset, at + offset + len(text), page, text, Decimal(value), scale, unit,
                 kind, "=", None, metric, period, None, None, None, None, sentence)


def table(tid: str, caption: str, header: tuple[str, ...], rows: list[tuple[str, str, str]], *, start: int,
          page: int, unit: str = "元") -> Table:
    labels = list(dict.fromkeys(r for r, _, _ in rows))
    cells = tuple(Cell(r, c, Decimal(t.replace(",", "")), t, unit, labels.index(r), header.index(c))
                  for r, c, t in rows)
    return Table(DOC, tid, caption, None, page, start, start + 300, len(labels), len(header), header, cells, unit)


def document(n: int = 160_000) -> Document:
    return Document(DOC, f"{DOC}.pdf", "0" * 64, "pdf", "", "x" * n, (Page(1, 0, n),), ())


# p156, note 56 库存股 and the sentences under it.
TREASURY = table("表@p156-2", "56、库存股", ("项目", "期初余额", "本期增加", "期末余额"), [
    ("回购股份", "期初余额", "139,995,623.87"), ("回购股份", "本期增加", "10,026,321.51"),
    ("回购股份", "期末余额", "150,021,945.38"), ("合计", "期初余额", "139,995,623.87"),
    ("合计", "本期增加", "10,026,321.51"), ("合计", "期末余额", "150,021,945.38")], start=137_600, page=156)
BOUGHT = ("本期库存股（回购股份）增加10,026,321.51元，本公司第九届董事会第十五次会议、2018年第二次临时股东大会审议通过"
          "《关于以集中竞价交易方式回购股份的议案》，本期回购股份491,900股，支付10,026,321.51元。")
PAID = claim(BOUGHT, "10,026,321.51元", "10026321.51", at=138_110, page=156, unit="元", kind="money",
             metric="支付", nth=1, cid="c2")
SO_FAR = "截至2020年12月31日，该议案累计回购股份7,720,515股，累计支付150,021,945.38元。"
PAID_SO_FAR = claim(SO_FAR, "150,021,945.38元", "150021945.38", at=138_240, page=156, unit="元", kind="money",
                    metric="累计支付", period="截至2020年12月31日", cid="c3")


class TestLongFigures:
    def test_thousands_separators_are_part_of_the_figure(self):
        # "1,126,240,241" has ten significant digits, not one: a long figure is no coincidence
        assert significant_digits(_first_number("1,126,240,241股")) == 10
        assert significant_digits(_first_number("151,753.52万元")) == 8
        assert significant_digits(_first_number("13.3%")) == 3


class TestBareVerbClause:
    def test_second_of_two_equal_figures_is_found_after_its_metric(self):
        at, length = locate_text("10,026,321.51元", BOUGHT, "支付")
        assert BOUGHT[at - 2:at] == "支付" and length == len("10,026,321.51元")
        assert claim_clause(PAID).startswith("支付")

    def test_a_bare_verb_takes_its_subject_from_the_clause_before(self):
        assert "回购股份" in subject_clause(PAID)
        assert "回购股份" in subject_clause(PAID_SO_FAR)      # 累计 is generic, 支付 is the verb
        assert shares_words(PAID, TREASURY, TREASURY.cells[1])
        assert shares_words(PAID_SO_FAR, TREASURY, TREASURY.cells[2])

    def test_a_noun_clause_keeps_its_own_words(self):
        # seed 003: "…全日制在校生总数228528人，专任教师10333人。" — 专任教师 names the figure itself
        sentence = "2023年，吉林省共有国家示范性高职院校4所，省示范骨干院校7所，全日制在校生总数228528人，专任教师10333人。"
        teachers = claim(sentence, "10333人", "10333", at=0, page=1, unit="人", kind="count", metric="专任教师")
        assert subject_clause(teachers) == ""

    def test_a_change_does_not_borrow(self):
        sentence = "全年实现地区生产总值1070.20亿元，比上年增长8.5%。"
        growth = claim(sentence, "8.5%", "8.5", at=0, page=1, unit="%", kind="growth", metric="比上年增长")
        assert subject_clause(growth) == ""

    def test_the_paid_amounts_link_to_the_treasury_share_note(self):
        links, _ = tie_out(document(), [PAID, PAID_SO_FAR], [TREASURY])
        assert {(l.claim_id, l.row, l.col) for l in links} == {
            (PAID.id, "回购股份", "本期增加"), (PAID_SO_FAR.id, "回购股份", "期末余额")}


class TestShareMovementTable:
    def test_after_the_change_is_the_current_count(self):
        sentence = ("首次授予的限制性股票627.90万股于2020年11月30日完成登记，公司普通股股份总数为1,126,240,241股,"
                    "股本总数未发生变化")
        total = claim(sentence, "1,126,240,241", "1126240241", at=45_560, page=50, unit="", kind="count",
                      metric="公司普通股股份总数", period="2020年11月30日")
        view = claim_view(total)
        assert label_match("本次变动后数量", view, None) >= 0.75
        assert label_match("本次变动前数量", view, None) < 0.5


    # p48 普通股股份变动情况表: the 6,279,000 restricted shares moved out of 无限售条件流通股份 (其他/小计 −6,279,000)
    # into 有限售条件股份. The bug tied the count "限售流通股6,279,000股" to the −6,279,000 change of the other row.
    MOVEMENT = table("表@p48-1", "(一)普通股股份变动情况表1、普通股股份变动情况表",
                     ("", "本次变动前数量", "其他", "小计", "本次变动后数量"), [
                         ("一、有限售条件股份", "本次变动前数量", "0"), ("一、有限售条件股份", "其他", "6,279,000"),
                         ("一、有限售条件股份", "小计", "6,279,000"), ("一、有限售条件股份", "本次变动后数量", "6,279,000"),
                         ("二、无限售条件流通股份", "本次变动前数量", "1,126,240,241"),
                         ("二、无限售条件流通股份", "其他", "-6,279,000"), ("二、无限售条件流通股份", "小计", "-6,279,000"),
                         ("二、无限售条件流通股份", "本次变动后数量", "1,119,961,241")], start=44_900, page=48, unit="股")
    REGISTERED = ("首次授予的限制性股票627.90万股于2020年11月30日完成登记，公司普通股股份总数为1,126,240,241股,股本总数未发生变化，"
                  "其中无限售流通股1,119,961,241股，限售流通股6,279,000股，中国证券登记结算有限责任公司上海分公司向公司出具"
                  "《证券变更登记证明》。")

    def test_a_count_is_not_tied_to_the_same_figure_as_a_fall(self):
        restricted = claim(self.REGISTERED, "6,279,000股", "6279000", at=45_560, page=50, unit="股", kind="count",
                           metric="限售流通股", period="2020年11月30日")
        links, _ = tie_out(document(), [restricted], [self.MOVEMENT])
        assert links and all(l.row == "一、有限售条件股份" for l in links)


class TestExactBeforeRounded:
    # p14 主营业务分行业 (元) and p21 治疗领域经营数据 (万元); the sentence is on p63.
    SEGMENTS = table("表@p14-2", "主营业务分行业情况", ("分行业", "营业收入", "营业成本"), [
        ("生物制药", "营业收入", "1,517,535,227.34"), ("生物制药", "营业成本", "294,069,925.74")],
        start=14_500, page=14)
    FIELDS = table("表@p21-1", "治疗领域经营数据", ("治疗领域", "营业收入", "营业成本"), [
        ("兽用疫苗", "营业收入", "151,753.52"), ("兽用疫苗", "营业成本", "29,406.99")],
        start=21_900, page=21, unit="万元")
    SENTENCE = "2020年度，生物股份公司兽用生物制药营业收入151,753.52万元，主要是国内生物制药销售收入。"
    REVENUE = claim(SENTENCE, "151,753.52万元", "151753.52", at=55_700, page=63, unit="元", kind="money",
                    scale=10_000, metric="公司兽用生物制药营业收入", period="2020年度")

    def test_the_table_printing_the_figure_digit_for_digit_wins(self):
        links, _ = tie_out(document(), [self.REVENUE], [self.SEGMENTS, self.FIELDS])
        assert [(l.table_id, l.row) for l in links] == [("表@p21-1", "兽用疫苗")]

    def test_without_it_the_rounded_cell_stands(self):
        links, _ = tie_out(document(), [self.REVENUE], [self.SEGMENTS])
        assert [(l.table_id, l.row) for l in links] == [("表@p14-2", "生物制药")]


class TestDetailRowBeforeItsTotal:
    # p156, note 55 资本公积: only 其他资本公积 moved, so the 合计 repeats its 本期增加.
    RESERVE = table("表@p156-1", "55、资本公积", ("项目", "期初余额", "本期增加", "期末余额"), [
        ("资本溢价（股本溢价）", "期初余额", "854,547,940.14"), ("资本溢价（股本溢价）", "期末余额", "854,547,940.14"),
        ("其他资本公积", "期初余额", "26,460,953.33"), ("其他资本公积", "本期增加", "5,660,600.52"),
        ("其他资本公积", "期末余额", "32,121,553.85"), ("合计", "期初余额", "881,008,893.47"),
        ("合计", "本期增加", "5,660,600.52"), ("合计", "期末余额", "886,669,493.99")], start=137_500, page=156)
    SENTENCE = ("根据本公司第十届董事会第八次会议和第十届监事会第八次会议审议通过《关于向公司2020年限制性股票激励计划激励对象首次"
                "授予限制性股票的议案》，按照限制性股票在授予日的公允价值，将当期取得的服务分别计入费用和资本公积各5,660,600.52元。")
    BOTH = claim(SENTENCE, "5,660,600.52元", "5660600.52", at=137_830, page=156, unit="元", kind="money",
                 metric="计入费用和资本公积", cid="c4")

    def test_the_row_that_moved_not_the_total_repeating_it(self):
        links, _ = tie_out(document(), [self.BOTH], [self.RESERVE])
        assert [(l.row, l.col) for l in links] == [("其他资本公积", "本期增加")]

    # p144-145, note 商誉: one company's goodwill is the whole 合计; the sentence names neither, and its
    # "（上期期末：…）" is the 期初余额 column, not the 期末余额 one.
    GOODWILL = table("表@p144-3", "(2).商誉减值准备", ("被投资单位名称或形成商誉的事项", "期初余额", "计提", "处置", "期末余额"), [
        ("辽宁益康生物股份有限公司", "期初余额", "31,874,132.63"), ("辽宁益康生物股份有限公司", "期末余额", "31,874,132.63"),
        ("合计", "期初余额", "31,874,132.63"), ("合计", "期末余额", "31,874,132.63")], start=128_496, page=144)
    IMPAIRED = claim("根据减值测试的结果，本期期末商誉未发生减值（上期期末：31,874,132.63）。", "31,874,132.63", "31874132.63",
                     at=128_940, page=145, unit="", kind="measure", metric="商誉未发生减值", period="2019年末", cid="c5")

    def test_a_stray_shared_character_does_not_move_the_link_off_the_total(self):
        links, _ = tie_out(document(), [self.IMPAIRED], [self.GOODWILL])
        assert [(l.row, l.col) for l in links] == [("合计", "期初余额")]


class TestSubsidiaryRow:
    # p122-123 税项: three subsidiaries pay 15%; each sentence names its own (by its defined short name).
    RATES = table("表@p122-3", "存在不同企业所得税税率纳税主体的，披露情况说明", ("纳税主体名称", "所得税税率（%）"), [
        ("金宇保灵生物药品有限公司", "所得税税率（%）", "15"), ("扬州优邦生物药品有限公司", "所得税税率（%）", "15"),
        ("辽宁益康生物股份有限公司", "所得税税率（%）", "15")], start=110_500, page=122, unit="%")
    SENTENCE = "本公司下属子公司辽宁益康属于高新技术企业，经辽阳市太子河区地方税务局批准享受15%的企业所得税优惠税率。"

    def test_the_row_of_the_company_the_sentence_names(self):
        rate = replace(claim(self.SENTENCE, "15%", "15", at=110_950, page=123, unit="%", kind="share",
                             metric="企业所得税优惠税率"), subject="辽宁益康")
        links, _ = tie_out(document(), [rate], [self.RATES])
        assert [l.row for l in links] == ["辽宁益康生物股份有限公司"]

