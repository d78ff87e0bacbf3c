"""Candidate cells by value: rounding from the digits written, scale words, decreases, percent kinds,
and the metric words a match needs. Real sentences and cells of non-reserved documents:
annual_report_600201_jinyu_biotech_2020 (PDF, tables in 元), stats_bulletin_qiandongnan_2016 (Word),
seed 000."""
from __future__ import annotations

from decimal import Decimal

import pytest

from extract.link import CellIndex, candidate_pairs, tie_out
from extract.link.candidates import cell_number, claim_interval
from extract.link.features import shares_words
from extract.records import Cell, Claim, Document, Page, Table


def claim(sentence: str, text: str, value: str, *, unit: str, kind: str, scale: int = 1, metric: str = "",
          direction: str | None = None, period: str | None = "2020年", bound: str = "=", start: int = 100,
          cid: str = "c1") -> Claim:
    at = start + sentence.index(text)
    return Claim("doc", f"doc#{cid}", at, at + len(text), 1, text, Decimal(value), scale, unit, kind, bound,
                 direction, metric, period, None, None, None, None, sentence)


def table(tid: str, caption: str, cells: list[tuple[str, str, str, str | None, str]], *, start: int = 300,
          page: int = 1) -> Table:
    """A table from (row, col, text, value or None, unit) cells."""
    recs = tuple(Cell(r, c, Decimal(v) if v is not None else None, t, u, i, 0)
                 for i, (r, c, t, v, u) in enumerate(cells))
    header = tuple(dict.fromkeys(c[1] for c in cells))
    return Table("doc", tid, caption, None, page, start, start + 100, len(cells), len(header), header, recs)


def document(n: int = 2000) -> Document:
    return Document("doc", "doc.txt", "0" * 64, "txt", "utf-8", "x" * n, (Page(1, 0, n),), ())


def matched(c: Claim, t: Table) -> list[tuple[str, str, str]]:
    """(row, col, text) of the cells the claim's value meets."""
    return [(p.cell.row, p.cell.col, p.cell.text) for p, equal in candidate_pairs(c, CellIndex([t])) if equal]


# 金宇生物 2020 年报: 利润表及现金流量表相关科目变动分析表 (单位：元) and 研发投入情况表.
CHANGES = table("表@p14-1", "利润表及现金流量表相关科目变动分析表", [
    ("营业收入", "本期数", "1,581,905,632.48", "1581905632.48", "元"),
    ("营业收入", "变动比例（%）", "40.39", "40.39", "%"),
    ("投资活动产生的现金流量净额", "本期数", "-183,517,366.12", "-183517366.12", "元"),
    ("投资活动产生的现金流量净额", "变动比例（%）", "-193.37", "-193.37", "%")])
RD = table("表@p17-2", "研发投入情况表", [
    ("本期费用化研发投入", "", "130,828,817.71", "130828817.71", "元"),
    ("本期资本化研发投入", "", "76,168,422.62", "76168422.62", "元"),
    ("研发投入资本化的比重（%）", "", "36.80", "36.80", "%")])
REVENUE = "2020年公司实现营业收入15.82亿元，同比增长40.39%；归属于上市公司股东净利润4.06亿元，同比增长83.76%"


class TestRoundingFromWrittenDigits:
    def test_yi_yuan_claim_meets_yuan_cell_rounded_to_its_digits(self):
        c = claim(REVENUE, "15.82亿元", "15.82", unit="元", kind="money", scale=100_000_000, metric="营业收入")
        assert matched(c, CHANGES) == [("营业收入", "本期数", "1,581,905,632.48")]

    def test_wan_yuan_claim_with_thousands_separator_meets_the_same_cell(self):
        sentence = "报告期内，公司实现营业收入158,191万元，同比增加40.39%"
        c = claim(sentence, "158,191万元", "158191", unit="元", kind="money", scale=10_000, metric="营业收入")
        assert matched(c, CHANGES) == [("营业收入", "本期数", "1,581,905,632.48")]

    def test_two_digit_yi_yuan_claim_meets_capitalised_rd(self):
        sentence = "其中费用化研发投入1.31亿元，资本化研发投入0.76亿元，占比36.80%"
        c = claim(sentence, "0.76亿元", "0.76", unit="元", kind="money", scale=100_000_000, metric="资本化研发投入")
        assert matched(c, RD) == [("本期资本化研发投入", "", "76,168,422.62")]

    def test_truncated_wan_yuan_figure_meets_its_cell(self):
        # 151,753.52万元 printed "151,753万元" (cut, not rounded).
        sentence = "其中，生物制药产业实现主营收入151,753万元，较上年同期增加40.88%。"
        c = claim(sentence, "151,753万元", "151753", unit="元", kind="money", scale=10_000, metric="主营收入")
        t = table("表@p14-2", "(1).主营业务分行业、分产品、分地区情况", [
            ("生物制药", "营业收入", "1,517,535,227.34", "1517535227.34", "元")])
        assert matched(c, t) == [("生物制药", "营业收入", "1,517,535,227.34")]

    def test_whole_multiple_is_rounded(self):
        # broker_research_report_tebon_gaoce_688556_2022: "对应PE 30、20、15倍" and 主要财务指标 P/E 2022E 30.47
        sentence = "预计公司2022-2024年归母净利润4.7、7.2、9.3亿元，对应PE 30、20、15倍，维持“增持”评级。"
        c = claim(sentence, "30", "30", unit="倍", kind="measure", metric="PE", period="2022年")
        t = table("表@p3-1", "主要财务指标", [("P/E", "2022E", "30.47", "30.47", ""), ("P/E", "2021", "82.90", "82.90", "")])
        assert matched(c, t) == [("P/E", "2022E", "30.47")]
        assert claim_interval(Decimal("30"), 1, "=", ratio=True)[0] == Decimal("29.5")

    def test_interval_of_written_digits(self):
        low, high = claim_interval(Decimal("15.82"), 100_000_000, "=")
        assert low == Decimal("1581500000") and Decimal("1582900000") < high < Decimal("1583000000")

    def test_whole_count_is_exact(self):
        # seed 000: "奖项数量为11项，…比2022年增加5项" never meets 当年新增数 5.17.
        sentence = "国家级获奖取得了较大突破，奖项数量为11项，占比16.18%，比2022年增加5项"
        c = claim(sentence, "5项", "5", unit="项", kind="delta", metric="奖项数量", direction="up")
        t = table("表2-7", "图书馆藏资源表", [("2023年", "当年新增数", "5.17", "5.17", "")])
        assert matched(c, t) == []


class TestDecreases:
    def test_decrease_in_percent_meets_negative_cell(self):
        sentence = "投资活动产生的现金流量净额同比减少193.37%，主要系购买理财产品增加所致"
        c = claim(sentence, "193.37%", "193.37", unit="%", kind="growth", direction="down",
                  metric="投资活动产生的现金流量净额")
        assert matched(c, CHANGES) == [("投资活动产生的现金流量净额", "变动比例（%）", "-193.37")]

    def test_decrease_prefers_negative_cell_to_positive_one(self):
        # 黔东南州2016统计公报: 肉类总产量 −3.4 in 表5; 表3 has +3.4 rows.
        sentence = "肉类总产量18.99万吨，比上年下降3.4%。"
        c = claim(sentence, "3.4%", "3.4", unit="%", kind="growth", direction="down", metric="肉类总产量")
        t = table("表5", "主要畜产品产量和牲畜发展情况", [
            ("肉类总产量", "比上年增长（%）", "-3.4", "-3.4", "%"), ("肉类总产量", "绝对数", "18.99", "18.99", "万吨")])
        up = table("表3", "主要农产品产量", [("其中：油菜籽", "比上年增长（%）", "3.4", "3.4", "%")], start=200)
        pairs = [p for p, equal in candidate_pairs(c, CellIndex([up, t])) if equal]
        assert [(p.table.id, p.cell.text) for p in pairs] == [("表5", "-3.4")]

    @pytest.mark.parametrize("text, parsed, value", [
        ("(10.9%)", "10.9", "-10.9"), ("(10.9%)", "-10.9", "-10.9"), ("减少2.07个百分点", None, "-2.07"),
        ("-0.24", "0.24", "-0.24"), ("-0.24", "-0.24", "-0.24"), ("增加0.89个百分点", None, "0.89")])
    def test_negative_cell_texts(self, text, parsed, value):
        # whatever sign the table parser gave the cell, its text decides.
        cell = Cell("r", "c", Decimal(parsed) if parsed else None, text)
        assert cell_number(cell) == Decimal(value)

    def test_percentage_point_decrease_meets_change_cell_not_level(self):
        # 金宇 (1) 主营业务分行业: 毛利率比上年增减（%） "减少2.07个百分点", 毛利率（%） 2.07 would be a level.
        sentence = "生物制药毛利率62.95%，比上年减少2.07个百分点"
        c = claim(sentence, "2.07个百分点", "2.07", unit="百分点", kind="delta", direction="down", metric="毛利率")
        t = table("表@p14-2", "(1).主营业务分行业、分产品、分地区情况", [
            ("生物制药", "毛利率（%）", "62.95", "62.95", "%"),
            ("生物制药", "毛利率比上年增减（%）", "减少2.07个百分点", None, "")])
        assert matched(c, t) == [("生物制药", "毛利率比上年增减（%）", "减少2.07个百分点")]

    def test_increase_never_meets_negative_cell(self):
        sentence = "交通和通信价格上涨2.5%"
        c = claim(sentence, "2.5%", "2.5", unit="%", kind="growth", direction="up", metric="交通和通信价格")
        t = table("表1", "凯里市居民消费价格", [("5.交通和通信", "比上年上涨（%）", "-2.5", "-2.5", "%")])
        assert matched(c, t) == []


class TestMetricWords:
    # 黔东南州2016统计公报: GDP growth 13.3% and the 投资额 row of 表8 that holds the same number.
    GDP = "初步核算，全年地区生产总值939.05亿元，比上年增长13.3%，增速位居全省第一。"
    HOUSING = table("表8", "2016年房地产开发和销售主要指标及增长增速", [
        ("投资额", "比上年增长（%）", "13.3", "13.3", "%")])

    def test_equal_value_of_unrelated_row_is_not_a_candidate(self):
        c = claim(self.GDP, "13.3%", "13.3", unit="%", kind="growth", direction="up", metric="地区生产总值")
        assert not shares_words(c, self.HOUSING, self.HOUSING.cells[0])
        assert matched(c, self.HOUSING) == []
        links, _ = tie_out(document(), [c], [self.HOUSING])
        assert links == []

    def test_same_row_words_are_a_candidate(self):
        sentence = "全州房地产开发投资完成140.30亿元，比上年增长13.3%。"
        c = claim(sentence, "13.3%", "13.3", unit="%", kind="growth", direction="up", metric="全州房地产开发投资完成")
        assert matched(c, self.HOUSING) == [("投资额", "比上年增长（%）", "13.3")]

    def test_first_industry_growth_is_not_milk(self):
        sentence = "分产业看，第一产业增加值184.11亿元，比上年增长6.1%；第二产业增加值261.36亿元"
        c = claim(sentence, "6.1%", "6.1", unit="%", kind="growth", direction="up", metric="第一产业增加值")
        t = table("表5", "主要畜产品产量和牲畜发展情况", [("牛奶", "比上年增长（%）", "6.1", "6.1", "%")])
        assert matched(c, t) == []

    def test_table_named_by_the_sentence_needs_no_shared_words(self):
        # seed 000: "…累计通过考核5746人…（见下表）" and the 合计/获证数 cell of the next table.
        sentence = "2020年至2023年上半年，学院累计通过考核5746人，其中获得初级证书1416人（见下表）。"
        c = claim(sentence, "5746人", "5746", unit="人", kind="count", metric="通过考核", start=0)
        t = table("表2-9", "2020-2023年1+X证书试点学生获证情况统计", [("合计", "获证数", "5746", "5746", "")])
        assert matched(c, t) == [("合计", "获证数", "5746")]


# Table units as the table parser may leave them (annual reports' "单位：元 币种：人民币" notes, the
# bank report's "人民币百万元" headers): the linker reads the scale either way.
@pytest.mark.parametrize("unit, expected", [("元币种", ("元", 1)), ("万元币种", ("元", 10_000)),
                                            ("人民币百万元", ("元", 1_000_000)), ("元", ("元", 1)),
                                            ("4.6", ("", 1))])   # bulletin 表2: a neighbour's number
def test_table_unit_notes_read_as_scale(unit, expected):
    from extract.link.features import unit_scale
    assert unit_scale(unit) == expected


class TestLocality:
    # seed 000: "2023年参与国家级项目1项" (p.22) and 表3-1 on the same page; "1" also fills cells of far tables.
    SENTENCE = "累计参与省级以上自然科学基金等研究项目8项，2023年参与国家级项目1项，为龙江地区创新发展提供高品质社会化服务。"

    def test_common_value_is_looked_up_in_nearby_tables_only(self):
        near = table("表3-1", "科研课题及获奖情况", [("国家级", "2023年", "1", "1", "项"), ("国家级", "2022年", "1", "1", "项")],
                     start=400, page=22)
        # 表2-6 (p.14, eight pages before): six of its cells hold 1, none of them a project.
        far = [table("表2-6", "哈尔滨职业技术学院2023年学生参加省级各类体育比赛获奖情况汇总表", [
            ("第一名", "街舞", "1", "1", ""), ("第二名", "街舞", "1", "1", ""), ("第二名", "羽毛球", "1", "1", ""),
            ("第二名", "台球", "1", "1", ""), ("第三名", "体育舞蹈", "1", "1", ""), ("总数", "台球", "1", "1", "")],
            start=20_000, page=14)]
        c = claim(self.SENTENCE, "1项", "1", unit="项", kind="count", metric="国家级项目", period="2023年")
        c = Claim(**{**{f: getattr(c, f) for f in c.__dataclass_fields__}, "page": 22})
        hits = CellIndex([near, *far]).equal(c)
        assert {h.entry.table.id for h in hits} == {"表3-1"}
