"""Checks an auditor can trust: sums follow the row hierarchy, changes compare one metric in base
units. Real tables of annual_report_600201_jinyu_biotech_2020 (notes to the statements, 单位：元)
and seed 000."""
from __future__ import annotations

from decimal import Decimal

from extract.link.checks import statement_identity_checks, sum_checks, table_change_checks
from extract.records import Cell, Claim, Link, Table


def table(tid: str, caption: str, rows: list[tuple[str, list[str | None]]], header: list[str], unit: str = "元") -> Table:
    """A table from rows of (label, cell texts per column of ``header``; None = empty)."""
    cells = []
    for r, (label, texts) in enumerate(rows):
        for c, text in enumerate(texts):
            if text is not None:
                cells.append(Cell(label, header[c], Decimal(text.replace(",", "")), text, unit, r, c + 1))
    return Table("doc", tid, caption, None, 1, 0, 100, len(rows), len(header) + 1, ("项目", *header), tuple(cells))


# p149 (2).短期薪酬列示: 三、社会保险费 is 其中：医疗保险费 + 工伤保险费 + 生育保险费; 合计 adds 一、…五、 only.
PAY = table("表@p149-2", "(2).短期薪酬列示", [
    ("一、工资、奖金、津贴和补贴", ["56,912,220.94", "159,025,959.98", "153,831,080.58"]),
    ("二、职工福利费", ["524,358.00", "7,086,477.56", "7,161,119.06"]),
    ("三、社会保险费", ["514,974.76", "5,332,736.28", "5,059,035.35"]),
    ("其中：医疗保险费", ["514,470.75", "5,204,208.33", "4,930,212.78"]),
    ("工伤保险费", ["504.01", "43,786.41", "44,081.03"]),
    ("生育保险费", [None, "84,741.54", "84,741.54"]),
    ("四、住房公积金", ["69,525.87", "9,045,924.23", "9,115,450.10"]),
    ("五、工会经费和职工教育经费", ["4,721,829.34", "3,571,951.23", "2,130,017.51"]),
    ("合计", ["62,742,908.91", "184,063,049.28", "177,296,702.60"])], ["期初余额", "本期增加", "本期减少"])


class TestSumsFollowHierarchy:
    def test_numbered_lines_are_the_parts_and_qi_zhong_rows_are_not_siblings(self):
        checks = sum_checks("doc", PAY)
        assert len(checks) == 3 and all(c.ok for c in checks)
        assert all(len(c.cells) == 6 for c in checks)           # the total and 一、…五、
        assert "56,912,220.94 + 524,358.00" in checks[0].explanation

    def test_altered_total_fails(self):
        rows = [(r, list(t)) for r, t in [("一、工资", ["100"]), ("二、福利", ["20"]), ("合计", ["121"])]]
        checks = sum_checks("doc", table("t", "短期薪酬", rows, ["期末余额"]))
        assert [c.ok for c in checks] == [False]
        assert "stated 121, expected 120" in checks[0].explanation

    def test_group_row_counts_once_with_its_rows(self):
        # p123 2、交易性金融资产: the first row is the sum of the two under it.
        t = table("表@p123-3", "2、交易性金融资产", [
            ("以公允价值计量且其变动计入当期损益的金融资产", ["639,476,372.38"]),
            ("权益工具投资", ["519,336,827.17"]), ("结构性存款", ["120,139,545.21"]),
            ("合计", ["639,476,372.38"])], ["期末余额"])
        checks = sum_checks("doc", t)
        assert [c.ok for c in checks] == [True]
        assert "counted once with the 2 rows under it" in checks[0].explanation

    def test_subtotal_printed_after_its_rows_counts_once(self):
        # p136 17、长期股权投资: "二、联营企业小计" sums the four companies above it; 合计 repeats it.
        t = table("表@p136-1", "17、长期股权投资", [
            ("北京中技华科创业投资合伙企业（有限合伙）", ["206,436,059.66"]), ("国亦生命科技(广州)有限公司", ["38,944,907.79"]),
            ("北京久阳智慧投资基金管理有限公司", ["17,569,569.13"]), ("内蒙古柏傲生物技术有限公司", ["2,511,289.56"]),
            ("二、联营企业小计", ["265,461,826.14"]), ("合计", ["265,461,826.14"])], ["期初余额"])
        checks = sum_checks("doc", t)
        assert [c.ok for c in checks] == [True]
        assert "二、联营企业小计 counted once with the 4 rows above it" in checks[0].explanation

    def test_repeated_row_labels_of_sections_are_separate_lines(self):
        # p137 20、投资性房地产: "1.期初余额" under 一、账面原值 and again under 二、累计折旧和累计摊销.
        t = table("表@p137-2", "20、投资性房地产", [
            ("1.期初余额", ["139,044,663.93", "139,044,663.93"]), ("4.期末余额", ["139,251,328.93", "139,251,328.93"]),
            ("1.期初余额", ["24,563,152.40", "24,563,152.40"])], ["房屋、建筑物", "合计"])
        assert sum_checks("doc", t) == []                   # one part per line: nothing to add up

    def test_numbers_under_an_empty_label_are_not_checked(self):
        # seed 000 表2-8 (学生技能大赛获奖) prints 总计 215 once under its six award columns. Without that cell
        # each column's 合计 is checked; left under no column label it marks a layout not rebuilt: no checks.
        header = ("国家级和国家教指委、行业协会级一等奖", "国家级和国家教指委、行业协会级二等奖",
                  "国家级和国家教指委、行业协会级三等奖", "省级和省教指委、行业协会级一等奖",
                  "省级和省教指委、行业协会级二等奖", "省级和省教指委、行业协会级三等奖")
        rows = [("2021年", [1, 0, 6, 22, 31, 28]), ("2022年", [0, 0, 2, 26, 14, 17]), ("2023年", [3, 2, 6, 20, 18, 19]),
                ("合计", [4, 2, 14, 68, 63, 64])]
        cells = tuple(Cell(label, header[j], Decimal(v), str(v), "", i, j + 1)
                      for i, (label, values) in enumerate(rows) for j, v in enumerate(values))
        total = Cell("总计", "", Decimal(215), "215", "", 4, 1)

        def awards(cells: tuple[Cell, ...]) -> Table:
            return Table("doc", "表2-8", "哈尔滨职业技术学院学生技能大赛获奖情况统计表", None, 17, 0, 10, 5, 7,
                         ("获奖时间", *header), cells)
        assert [c.ok for c in sum_checks("doc", awards(cells))] == [True] * 6
        assert sum_checks("doc", awards((*cells, total))) == []


def claim(cid: str, text: str, value: str, *, unit: str, kind: str, scale: int = 1, metric: str = "营业收入",
          direction: str | None = None, start: int = 0) -> Claim:
    sentence = "2020年公司实现营业收入15.82亿元，同比增长40.39%；归属于上市公司股东净利润4.06亿元，同比增长83.76%"
    at = sentence.index(text)
    return Claim("doc", cid, at, at + len(text), 12, text, Decimal(value), scale, unit, kind, "=", direction,
                 metric, "2020年", "同比" if kind == "growth" else None, None, None, None, sentence)


class TestChangeChecks:
    # p5 (一)主要会计数据 (单位：元 币种：人民币).
    MAIN = Table("doc", "表@p5-5", "(一)主要会计数据", None, 5, 0, 100, 2, 4, ("主要会计数据", "2020年", "2019年"), (
        Cell("营业收入", "2020年", Decimal("1581905632.48"), "1,581,905,632.48", "元", 0, 1),
        Cell("营业收入", "2019年", Decimal("1126782253.35"), "1,126,782,253.35", "元", 0, 2),
        Cell("归属于上市公司股东的净利润", "2020年", Decimal("406195463.57"), "406,195,463.57", "元", 1, 1),
        Cell("归属于上市公司股东的净利润", "2019年", Decimal("221041634.94"), "221,041,634.94", "元", 1, 2)))

    def test_growth_of_a_rounded_yi_yuan_level_against_the_previous_year(self):
        level = claim("c1", "15.82亿元", "15.82", unit="元", kind="money", scale=100_000_000)
        growth = claim("c2", "40.39%", "40.39", unit="%", kind="growth", direction="up")
        link = Link("doc", "c1", "表@p5-5", "营业收入", "2020年", Decimal("1581905632.48"), "match", 0.9)
        checks = table_change_checks("doc", [level, growth], [self.MAIN], [link])
        assert [(c.kind, c.ok) for c in checks] == [("growth", True)]
        assert checks[0].cells == ("表@p5-5/营业收入/2020年", "表@p5-5/营业收入/2019年")

    def test_growth_of_another_metric_is_not_paired(self):
        level = claim("c1", "15.82亿元", "15.82", unit="元", kind="money", scale=100_000_000)
        other = claim("c2", "83.76%", "83.76", unit="%", kind="growth", direction="up", metric="归属于上市公司股东净利润")
        link = Link("doc", "c1", "表@p5-5", "营业收入", "2020年", Decimal("1581905632.48"), "match", 0.9)
        assert table_change_checks("doc", [level, other], [self.MAIN], [link]) == []


def test_change_since_year_start_against_year_end_balance_in_yuan():
    # p28 "截止报告期末，公司长期股权投资价值26,672.25万元，较年初增加126.07万元。" and the p66 balance
    # sheet in 元: the 万元 change is compared with the 元 cells in one scale (no 10,000x slip).
    sentence = "截止报告期末，公司长期股权投资价值26,672.25万元，较年初增加126.07万元。"

    def make(cid: str, text: str, value: str, kind: str, direction: str | None, baseline: str | None) -> Claim:
        at = 1000 + sentence.index(text)
        return Claim("doc", cid, at, at + len(text), 28, text, Decimal(value), 10_000, "元", kind, "=", direction,
                     "长期股权投资价值", "2020年末", baseline, None, None, None, sentence)

    level = make("c1", "26,672.25万元", "26672.25", "money", None, None)
    change = make("c2", "126.07万元", "126.07", "delta", "up", "年初")
    sheet = Table("doc", "表@p66-1", "二、财务报表", None, 66, 5000, 5100, 1, 3, ("项目", "2020年12月31日", "2019年12月31日"), (
        Cell("长期股权投资", "2020年12月31日", Decimal("266722496.16"), "266,722,496.16", "", 9, 2),
        Cell("长期股权投资", "2019年12月31日", Decimal("265461826.14"), "265,461,826.14", "", 9, 3)))
    link = Link("doc", "c1", "表@p66-1", "长期股权投资", "2020年12月31日", Decimal("266722496.16"), "match", 0.6)
    checks = table_change_checks("doc", [level, change], [sheet], [link])
    assert [(c.kind, c.ok) for c in checks] == [("delta", True)]
    assert "x 1 (cell scale)" in checks[0].explanation


class TestCompatiblePeriods:
    """A growth is checked against the cell one year earlier for the same span of time only."""

    # p120 (3) 首次执行新收入准则调整…母公司资产负债表: 2020年1月1日 restates 2019年12月31日 (the same day).
    RESTATED = table("表@p120-2", "母公司资产负债表", [
        ("货币资金", ["610,103,324.97", "610,103,324.97"]), ("交易性金融资产", ["671,476,704.03", "671,476,704.03"])],
        ["2019年12月31日", "2020年1月1日"])
    # p5 (一)主要会计数据, balances: 2020年末 / 2019年末 / 2018年末.
    BALANCES = table("表@p5-5", "(一)主要会计数据", [
        ("归属于上市公司股东的净资产", ["4,981,663,905.19", "4,647,275,880.19", "5,031,440,737.47"])],
        ["2020年末", "2019年末", "2018年末"])

    def test_opening_day_is_not_a_year_after_the_closing_day_before_it(self):
        from extract.link.checks import _previous_year_cell
        opening = next(c for c in self.RESTATED.cells if c.row == "货币资金" and c.col == "2020年1月1日")
        assert _previous_year_cell(self.RESTATED, opening) is None

    def test_year_end_balance_is_compared_with_the_year_end_before(self):
        from extract.link.checks import _previous_year_cell
        closing = next(c for c in self.BALANCES.cells if c.col == "2020年末")
        assert _previous_year_cell(self.BALANCES, closing).col == "2019年末"

    def test_forecast_year_follows_the_last_actual_year(self):
        # broker_research_report_tebon_gaoce_688556_2022 p3 利润表(百万元): 2021 / 2022E.
        from extract.link.checks import _previous_year_cell, period_shape
        assert period_shape("2022E") == period_shape("2021")
        forecast = table("表@p3-1", "利润表(百万元)", [("营业总收入", ["1,567", "3,684"])], ["2021", "2022E"], unit="百万元")
        cell = next(c for c in forecast.cells if c.col == "2022E")
        assert _previous_year_cell(forecast, cell).col == "2021"


# 现金流量表 (pp. 74-75, 合并 and 母公司): each activity's 现金流入小计 minus its 现金流出小计 is its 现金流量净额; the
# statements' own arithmetic was not checked at all (the fifteenth session's blind pass over them)
class TestCashFlowNets:
    def test_each_activity_nets_its_inflow_and_outflow(self):
        from tests.tables.test_units import jinyu_tables_of

        checks = [c for t in jinyu_tables_of(173) for c in statement_identity_checks("doc", t)]
        assert len(checks) >= 6 and all(c.ok for c in checks)
        assert any("经营活动产生的现金流量净额/2020年度 = 1,847,034,365.97 - 1,147,421,583.89" in c.explanation
                   for c in checks)
        assert any("期末现金及现金等价物余额/2020年度 = 986,433,169.65 + 334,556,961.81" in c.explanation for c in checks)

    def test_altered_net_fails(self):
        rows = [("经营活动现金流入小计", ["1,847,034,365.97"]), ("经营活动现金流出小计", ["1,147,421,583.89"]),
                ("经营活动产生的现金流量净额", ["699,612,700.00"])]
        checks = statement_identity_checks("doc", table("表@p74-1", "合并现金流量表", rows, ["2020年度"]))
        assert [c.ok for c in checks] == [False]

    def test_a_net_without_both_subtotals_is_not_checked(self):
        rows = [("经营活动现金流入小计", ["1,847,034,365.97"]), ("经营活动产生的现金流量净额", ["699,612,782.08"])]
        assert statement_identity_checks("doc", table("表@p74-1", "合并现金流量表", rows, ["2020年度"])) == []


# 资产负债表 (p66 合并, p68 母公司): totals every report names alike (models/lexicons/statement_identities.v1.tsv) add up
def test_balance_sheet_totals_add_up():
    from tests.tables.test_units import jinyu_tables_of

    sheets = [t for t in jinyu_tables_of(173) if t.caption in ("合并资产负债表", "母公司资产负债表")]
    checks = [c for t in sheets for c in statement_identity_checks("doc", t)]
    assert sheets and checks and all(c.ok for c in checks)
    assert any("资产总计/2020年12月31日 = 3,187,018,741.38 + 3,091,263,941.86" in c.explanation for c in checks)
    assert any(c.explanation.startswith("表@p66-1 负债和所有者权益（或股东权益）总计/2020年12月31日 = 1,015,342,820.46 + ")
               for c in checks)


def test_altered_balance_sheet_total_fails():
    rows = [("流动负债合计", ["679,534,094.57"]), ("非流动负债合计", ["335,808,725.89"]), ("负债合计", ["1,015,342,820.00"])]
    checks = statement_identity_checks("doc", table("表@p66-1", "合并资产负债表", rows, ["2020年12月31日"]))
    assert [c.ok for c in checks] == [False]


# 利润表 (p70 合并, p72 母公司): 利润总额, 净利润 and 综合收益总额 are their parts' sums and differences, and 净利润 and
# 综合收益总额 are split between the parent's owners and minority holders (models/lexicons/statement_identities.v1.tsv)
class TestIncomeStatementTotals:
    def test_totals_follow_from_their_lines(self):
        from tests.tables.test_units import jinyu_tables_of

        statements = [t for t in jinyu_tables_of(173) if t.caption in ("合并利润表", "母公司利润表")]
        checks = [c for t in statements for c in statement_identity_checks("doc", t)]
        assert statements and len(checks) >= 12 and all(c.ok for c in checks)
        explained = [c.explanation for c in checks]
        assert any("利润总额（亏损总额以“－”号填列）/2020年度 = 477,754,369.69 + 258,026.02 - 1,797,426.33" in e
                   for e in explained)
        assert any("净利润（净亏损以“－”号填列）/2020年度 = 406,195,463.57 + 16,194,615.34" in e for e in explained)
        assert any("七、综合收益总额/2020年度 = 422,390,078.91 + -430,125.34" in e for e in explained)

    def test_altered_net_profit_fails(self):
        rows = [("四、利润总额（亏损总额以“－”号填列）", ["476,214,969.38"]), ("减：所得税费用", ["53,824,890.47"]),
                ("五、净利润（净亏损以“－”号填列）", ["422,390,000.00"])]
        checks = statement_identity_checks("doc", table("表@p70-2", "合并利润表", rows, ["2020年度"]))
        assert [c.ok for c in checks] == [False]

    def test_a_numbered_line_is_named_without_its_number(self):
        rows = [("五、净利润（净亏损以“－”号填列）", ["422,390,078.91"]),
                ("1.归属于母公司股东的净利润（净亏损以“-”号填列）", ["406,195,463.57"]),
                ("2.少数股东损益（净亏损以“-”号填列）", ["16,194,615.34"])]
        checks = statement_identity_checks("doc", table("表@p70-2", "合并利润表", rows, ["2020年度"]))
        assert [c.ok for c in checks] == [True]
