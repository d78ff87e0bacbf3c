"""Which of several tables holding a claim's figure the claim links to, and which equal values are
not links at all. Real sentences, headings and cells of annual_report_600201_jinyu_biotech_2020 (PDF)
and stats_bulletin_qiandongnan_2016 (Word); offsets and pages as `tieout` reads the PDF."""
from __future__ import annotations

from decimal import Decimal

from extract.link import CellIndex, candidate_pairs, tie_out
from extract.link.features import caption_core, chapter_starts, claim_view, is_change_cell, label_match
from extract.records import Cell, Claim, Document, Page, Section, Table

DOC = "annual_report_600201_jinyu_biotech_2020"


def claim(sentence: str, text: str, value: str, *, at: int, page: int, unit: str, kind: str, scale: int = 1,
          metric: str = "", period: str | None = "2020年", direction: str | None = None, cid: str = "c1") -> Claim:
    start = at + sentence.index(text)
    return Claim(DOC, f"{DOC}#{cid}", start, start + len(text), page, text, Decimal(value), scale, unit, kind,
                 "=", direction, metric, period, None, None, None, None, sentence)


def table(tid: str, caption: str, header: tuple[str, ...], rows: list[tuple[str, str, str]], *, start: int,
          page: int, unit: str = "元") -> Table:
    """A table from (row, col, printed value) cells, values in ``unit``."""
    labels = list(dict.fromkeys(r for r, _, _ in rows))
    cells = tuple(Cell(r, c, Decimal(t.replace(",", "")), t, "%" if "%" in r + c else unit, labels.index(r),
                       header.index(c) if c in header else 1) for r, c, t in rows)
    return Table(DOC, tid, caption, None, page, start, start + 300, len(labels), len(header), header, cells, unit)


def section(number: str, title: str, level: int, start: int, end: int, page: int) -> Section:
    return Section(DOC, f"{DOC}#s{start}", number, title, level, start, end, page)


def document(n: int = 140_000) -> Document:
    return Document(DOC, f"{DOC}.pdf", "0" * 64, "pdf", "", "x" * n, (Page(1, 0, n),), ())


# The headings around p10-p17: 第三节 (its 三、 holds the 5-year R&D table), 第四节 with 一、(一) (the
# sentence, p12) and 二、(一) 主营业务分析 (研发投入情况表, p17).
SECTIONS = [section("第三节", "公司业务概要", 1, 5638, 5649, 8), section("三、", "报告期内核心竞争力分析", 1, 7973, 10430, 10),
            section("第四节", "经营情况讨论与分析", 1, 10430, 10444, 11),
            section("一、", "经营情况讨论与分析", 1, 10444, 11073, 11),
            section("（一）", "科技创新驱动新动能，夯实自主研发助力内生增长", 2, 11073, 11768, 12),
            section("二、", "报告期内主要经营情况", 1, 13931, 14015, 13), section("(一)", "主营业务分析", 2, 14015, 18648, 14),
            section("第五节", "重要事项", 1, 30000, 30010, 31)]
FIVE_YEARS = table("表@p10-1", "公司近5年研发投入情况如下：", ("年度", "2020年度", "2019年度"), [
    ("研发投入（亿元）", "2020年度", "2.07"), ("研发投入（亿元）", "2019年度", "1.53"),
    ("占营业收入比例(%)", "2020年度", "13.09"), ("占营业收入比例(%)", "2019年度", "13.58")],
    start=8717, page=10, unit="")
RD = table("表@p17-2", "(1).研发投入情况表", ("", ""), [
    ("本期费用化研发投入", "", "130,828,817.71"), ("本期资本化研发投入", "", "76,168,422.62"),
    ("研发投入合计", "", "206,997,240.33"), ("研发投入总额占营业收入比例（%）", "", "13.09"),
    ("研发投入资本化的比重（%）", "", "36.80")], start=18180, page=17)
RD_SENTENCE = "全年研发投入2.07亿元，同比增长35.30%，占营业收入的比重达到13.09%。"
RD_CLAIM = claim(RD_SENTENCE, "2.07亿元", "2.07", at=11134, page=12, unit="元", kind="money", scale=100_000_000,
                 metric="研发投入")
RD_SHARE = claim(RD_SENTENCE, "13.09%", "13.09", at=11134, page=12, unit="%", kind="share", metric="占营业收入的比重",
                 cid="c2")


class TestOwnChapterFirst:
    def test_chapters_are_the_numbered_sections_of_an_annual_report(self):
        assert chapter_starts(SECTIONS) == (5638, 10430, 30000)

    def test_chapters_of_a_report_without_them_are_its_top_headings(self):
        seed = [section("2.5", "活动育人", 2, 7758, 7768, 13), section("2.5.1", "运动育人", 3, 7768, 8469, 13),
                section("3", "服务贡献", 1, 11906, 11915, 22)]
        assert chapter_starts(seed) == (11906,)

    def test_figure_links_to_the_table_of_its_own_chapter(self):
        # 2.07亿元 is printed in the 第三节 5-year table (p10, two pages before) and, as 206,997,240.33元,
        # in the 第四节 研发投入情况表 (p17): the sentence is in 第四节.
        # Both tables also hold the sentence's other figure, 13.09%, as in the report.
        links, _ = tie_out(document(), [RD_CLAIM, RD_SHARE], [FIVE_YEARS, RD], sections=SECTIONS)
        assert [(l.table_id, l.row) for l in links if l.claim_id == RD_CLAIM.id] == [("表@p17-2", "研发投入合计")]

    def test_without_headings_the_nearer_table_with_the_figure_as_printed_wins(self):
        links, _ = tie_out(document(), [RD_CLAIM], [FIVE_YEARS, RD])
        assert [(l.table_id, l.col) for l in links] == [("表@p10-1", "2020年度")]


class TestNamedTables:
    def test_caption_without_number_and_ending_names_the_table(self):
        assert caption_core("(1).研发投入情况表") == "研发投入"
        assert caption_core("17、长期股权投资") == "长期股权投资"

    def test_table_named_by_its_caption_is_searched_although_a_near_table_holds_the_figure(self):
        # 2.07 fills many cells of the report; the p17 table is far from the sentence (p12), but its
        # caption names 研发投入, so it is searched next to the near 5-year table.
        others = [table(f"表@p{p}-1", "主要会计数据", ("项目", "2020年"), [("其他", "2020年", "2.07")],
                        start=1000 * p, page=p, unit="") for p in (1, 2, 3, 4, 5)]
        pairs = candidate_pairs(RD_CLAIM, CellIndex([FIVE_YEARS, RD, *others]))
        assert {p.table.id for p, equal in pairs if equal} >= {"表@p10-1", "表@p17-2"}

    def test_figure_in_base_units_found_in_far_tables(self):
        # p50 "公司合并资产总额为6,278,282,683.24元": the figure is in 主要会计数据 (p5) and twice in the
        # balance sheet (p66); a cell in 元 must not count twice when deciding the value is common.
        sentence = "本报告期末，公司合并资产总额为6,278,282,683.24元，资产负债率为16.17%。"
        c = claim(sentence, "6,278,282,683.24元", "6278282683.24", at=45800, page=50, unit="元", kind="money",
                  metric="公司合并资产总额")
        key = table("表@p5-5", "(一)主要会计数据", ("主要会计数据", "2020年末"), [("总资产", "2020年末", "6,278,282,683.24")],
                    start=3287, page=5)
        sheet = table("表@p66-1", "合并资产负债表", ("项目", "2020年12月31日"), [
            ("资产总计", "2020年12月31日", "6,278,282,683.24"),
            ("负债和所有者权益（或股东权益）总计", "2020年12月31日", "6,278,282,683.24")], start=58382, page=66)
        hits = CellIndex([key, sheet]).equal(c)
        assert {(h.entry.table.id, h.entry.cell.row) for h in hits} >= {("表@p5-5", "总资产"), ("表@p66-1", "资产总计")}


# p136 note 17: the roll-forward of 长期股权投资 (期初余额, its movements, 期末余额).
NOTE = table("表@p136-1", "17、长期股权投资",
             ("被投资单位", "期初余额", "追加投资", "减少投资", "权益法下确认的投资损益", "期末余额", "减值准备期末余额"), [
                 ("合计", "期初余额", "265,461,826.14"), ("合计", "权益法下确认的投资损益", "1,260,670.02"),
                 ("合计", "期末余额", "266,722,496.16")], start=120717, page=136)
STAKE = "截止报告期末，公司长期股权投资价值26,672.25万元，较年初增加126.07万元。"


class TestRollForward:
    def test_movement_columns_lie_between_opening_and_closing(self):
        cells = {c.col: c for c in NOTE.cells}
        assert is_change_cell(NOTE, cells["权益法下确认的投资损益"])
        assert not is_change_cell(NOTE, cells["期末余额"])

    def test_increase_since_the_start_of_the_year_links_to_the_movement_of_the_total(self):
        delta = claim(STAKE, "126.07万元", "126.07", at=28017, page=28, unit="元", kind="delta", scale=10_000,
                      metric="长期股权投资价值", period="2020年末", direction="up")
        links, _ = tie_out(document(), [delta], [NOTE])
        assert [(l.row, l.col) for l in links] == [("合计", "权益法下确认的投资损益")]


class TestPeriodLabels:
    VIEW = claim_view(claim("2020年公司实现营业收入15.82亿元，同比增长40.39%", "15.82亿元", "15.82", at=10918, page=12,
                            unit="元", kind="money", scale=100_000_000, metric="营业收入"))

    def test_current_period_column_fits_a_claim_of_the_year(self):
        # 利润表及现金流量表相关科目变动分析表: 营业收入 | 本期数 | 1,581,905,632.48
        assert label_match("本期数", self.VIEW, None) >= 0.75
        assert label_match("上年同期数", self.VIEW, None) < 0.5

    def test_upper_header_level_of_the_current_period_is_left_out(self):
        # note 61: "本期发生额" over "收入"/"成本", flattened to "本期发生额收入"
        assert label_match("本期发生额收入", self.VIEW, None) == 1.0


# stats_bulletin_qiandongnan_2016, 表1 凯里市居民消费价格 (比上年上涨（%）)
PRICES = Table("stats_bulletin_qiandongnan_2016", "表1", "凯里市居民消费价格", None, 1, 900, 1100, 4, 2,
               ("", "比上年上涨（%）"), tuple(Cell(r, "比上年上涨（%）", Decimal(v), v, "%", i, 1) for i, (r, v) in enumerate(
                   [("居民消费价格总指数", "1.5"), ("2.衣着", "1.0"), ("6.教育文化和娱乐", "1.9"), ("7.医疗保健", "3.3")])))
PRICE_SENTENCE = "据凯里市城市物价抽样调查，居民消费价格比上年上涨1.5%。其中，消费品价格上涨1.3%，服务价格上涨1.9%。"


class TestCoincidences:
    def test_equal_value_in_a_row_the_claim_does_not_name_is_no_link(self):
        sentence = "其中，消费品价格上涨1.3%，服务价格上涨1.9%。"
        c = Claim("stats_bulletin_qiandongnan_2016", "s#c1", 600, 604, 1, "1.9%", Decimal("1.9"), 1, "%", "growth",
                  "=", "up", "服务价格上涨", "2016年", None, None, None, None, sentence)
        links, _ = tie_out(document(2000), [c], [PRICES])
        assert links == []

    def test_the_row_the_claim_names_is_a_link(self):
        sentence = "在居民消费价格中，教育文化和娱乐价格上涨1.9%，医疗保健价格上涨3.3%。"
        c = Claim("stats_bulletin_qiandongnan_2016", "s#c2", 600, 604, 1, "1.9%", Decimal("1.9"), 1, "%", "growth",
                  "=", "up", "教育文化和娱乐价格上涨", "2016年", None, None, None, None, sentence)
        links, _ = tie_out(document(2000), [c], [PRICES])
        assert [(l.row, l.status) for l in links] == [("6.教育文化和娱乐", "match")]


# 利润表及现金流量表相关科目变动分析表 (p14, 元) and two prose figures of 营业收入 (p12 and p13).
CHANGES = table("表@p14-1", "利润表及现金流量表相关科目变动分析表", ("科目", "本期数", "上年同期数"), [
    ("营业收入", "本期数", "1,581,905,632.48"), ("营业收入", "上年同期数", "1,126,782,253.35")], start=14100, page=14)


class TestConflictTolerance:
    """A figure contradicts a cell only beyond half a unit of its last written digit."""

    def pairs(self, sentence: str, text: str, value: str, scale: int):
        from extract.link.__init__ import _differs_beyond_rounding
        from extract.link.features import Pair
        c = claim(sentence, text, value, at=12900, page=13, unit="元", kind="money", scale=scale, metric="营业收入")
        return {cell.col: _differs_beyond_rounding(c, Pair(c, CHANGES, cell)) for cell in CHANGES.cells}

    def test_wan_yuan_figure_agrees_with_the_yuan_cell_it_rounds(self):
        differs = self.pairs("报告期内，公司实现营业收入158,191万元，同比增加40.39%", "158,191万元", "158191", 10_000)
        assert differs == {"本期数": False, "上年同期数": True}

    def test_yi_yuan_figure_agrees_within_its_two_decimals(self):
        differs = self.pairs("2020年公司实现营业收入15.82亿元，同比增长40.39%", "15.82亿元", "15.82", 100_000_000)
        assert differs == {"本期数": False, "上年同期数": True}


SHEET = table("表@p66-1", "合并资产负债表", ("项目", "附注", "2020年12月31日", "2019年12月31日"), [
    ("长期股权投资", "2020年12月31日", "266,722,496.16"), ("长期股权投资", "2019年12月31日", "265,461,826.14")],
    start=58382, page=66)


class TestYearEndBalance:
    AMOUNT = claim(STAKE, "26,672.25万元", "26672.25", at=28017, page=28, unit="元", kind="money", scale=10_000,
                   metric="长期股权投资价值", period="2020年末", cid="c1")
    DELTA = claim(STAKE, "126.07万元", "126.07", at=28017, page=28, unit="元", kind="delta", scale=10_000,
                  metric="长期股权投资价值", period="2020年末", direction="up", cid="c2")

    def test_closing_balance_column_fits_a_year_end_figure(self):
        assert label_match("期末余额", claim_view(self.AMOUNT), None) == 1.0

    def test_balance_links_to_the_note_that_also_holds_its_change(self):
        # both the note and the balance sheet print 266,722,496.16; only the note holds the 126.07万元
        # of the same sentence
        links, _ = tie_out(document(), [self.AMOUNT, self.DELTA], [SHEET, NOTE])
        found = {l.claim_id.rsplit("#", 1)[1]: (l.table_id, l.row, l.col) for l in links}
        assert found["c1"] == ("表@p136-1", "合计", "期末余额")
