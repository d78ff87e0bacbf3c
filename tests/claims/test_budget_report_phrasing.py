"""Budget-report phrasing, as finance bureaux write their 预算执行情况 reports, 决算 reports and monthly revenue releases:
a change against a figure of the year before written between them (比上年同期35,285万元增收2,445万元), the budget
verbs 短收 and 减支, growth 自然 and 同口径, the items a total is summed from (加上…等), a completion rate of a long
whole, a balance brought forward (上年结余) that dates nothing, a release's 月份 that carries, and a total broken down
by level of government. Sentences of public reports (named at each); none is from a report the product is judged on.
"""
from __future__ import annotations

from .sentences import by_text, claims_of

# 马得县 (mdx.gov.cn), 2023年1-9月财政预算收支完成情况
NINE_MONTHS = ("2023年1-9月一般公共预算收入37,730万元,为县人民代表大会批准全县全年预算46,908万元的80.43%,"
               "比上年同期35,285万元增收2,445万元,增长6.9%。")
# 甘谷县 (gangu.gov.cn), 2024年财政收支决算情况
SHORTFALL = ("其中:一般公共预算收入42100万元,完成预算49531万元的85.0%,短收7431万元,同比下降10.2%,减收4800万元;"
             "政府性基金收入3089万元,完成预算24850万元的12.4%,短收21761万元,同比减收31430万元,下降91.1%。")
SPENT_LESS = "财政总支出450432万元,较上年同期526499万元减支76067万元,下降14.4%。"
FUND_INCOME = ("政府性基金总收入60473万元,其中:基金预算收入3089万元、上级专项补助收入3753万元、上年结余收入28501万元、"
               "地方政府专项债务转贷收入25130万元。")
# 关于四川省2023年预算执行情况和2024年预算草案的报告
LIKE_BASIS = "全省地方一般公共预算收入5529.1亿元,自然增长13.3%(同口径增长6.6%),收入形势好于全国。"
# 常德市关于2024年市级决算(草案)和2025年上半年预算执行情况的报告; 滨州日报 on 滨州市's 2023 budget report
ADDED_ITEMS = "地方一般公共预算收入80.49 亿元,加上上级补助收入、调入资金、上年结转等171.19亿元,收入合计251.68亿元。"
REMITTED = "全市一般公共预算支出安排532.2亿元,增长1%左右;加上解支出、债务还本支出等63.25亿元,总支出595.45亿元。"
BINZHOU = ("滨州日报/滨州网讯(记者报道)1月15日,在滨州市第十二届人民代表大会第三次会议上,滨州市财政局局长胡云江作了关于"
           "滨州市2023年预算执行情况和2024年预算草案的报告。\n全市一般公共预算总支出604.93亿元。\n")
# 濮阳市2024年5月份财政收支完成情况
MAY = ("一、财政收支完成情况\n(一)收入基本情况\n5月份,我市财政总收入完成115329万元,增长11.7%。一般公共预算收入完成65026万元,"
       "下降8.5%;税收收入完成41367万元,下降5.9%;非税收入完成23659万元,下降12.6%。\n")
LEVELS = ("1—5月份,全市财政总收入完成731197万元,增长0.7%。一般公共预算收入完成458795万元,下降5.2%;税收收入完成327464万元,"
          "下降2.2%。分级次看,市本级完成122378万元,下降7.3%;县区级完成336417万元,下降4.3%,其中,区级完成114437万元,"
          "下降8.5%;县级完成221980万元,下降2.0%。\n")


def test_a_change_after_the_figure_compared_with_is_the_figure_befores():
    """The grouping comma of 35,285 cut the clause, so 增收 named the change and the growth after it."""
    got = by_text(NINE_MONTHS)
    assert got["2,445万元"].metric == got["6.9%"].metric == "一般公共预算收入"
    assert (got["2,445万元"].kind, got["2,445万元"].direction) == ("delta", "up")


def test_a_rate_of_a_long_plan_is_named_by_the_plan_and_dated_by_the_figure():
    """80.43% was 一般公共预算收入占比; the 全年 of 全年预算 is the plan's span, not the rate's period."""
    got = by_text(NINE_MONTHS)
    assert got["80.43%"].metric == "一般公共预算收入占全县全年预算"
    assert got["80.43%"].period == "2023年1-9月"


def test_shortfall_and_spending_less_are_changes_of_the_figure_before():
    got = by_text(SHORTFALL, year=2024)
    assert got["85.0%"].metric == "一般公共预算收入完成预算"
    assert got["7431万元"].kind == "delta" and got["7431万元"].direction == "down"
    assert got["10.2%"].metric == got["4800万元"].metric == "一般公共预算收入"     # were 短收
    spent = by_text(SPENT_LESS, year=2024)
    assert spent["76067万元"].metric == spent["14.4%"].metric == "财政总支出"    # were 减支


def test_growth_as_printed_and_on_a_like_basis_name_nothing():
    got = by_text(LIKE_BASIS, year=2023)
    assert got["13.3%"].metric == got["6.6%"].metric == "全省地方一般公共预算收入"     # were 自然
    assert got["13.3%"].kind == got["6.6%"].kind == "growth"


def test_the_verb_that_adds_items_to_a_total_is_no_part_of_their_name():
    assert by_text(ADDED_ITEMS, year=2024)["171.19亿元"].metric == "上级补助收入、调入资金、上年结转等"
    assert by_text(REMITTED, year=2024)["63.25亿元"].metric == "上解支出、债务还本支出等"    # 加|上解支出, not 加上|解


def test_a_balance_brought_forward_names_its_item_and_dates_nothing():
    got = by_text(FUND_INCOME, year=2024)
    assert got["28501万元"].metric == "上年结余收入"
    assert [got[t].period for t in ("28501万元", "25130万元")] == ["2024年", "2024年"]     # were 上年


def test_a_budget_report_a_page_reports_on_is_of_the_year_it_executed():
    """The page's undated figures had the draft's year, 2024."""
    assert by_text(BINZHOU)["604.93亿元"].period == "2023年"


def test_a_release_month_carries_to_the_sentences_after_it():
    got = by_text(MAY)
    assert [got[t].period for t in ("115329万元", "65026万元", "41367万元", "23659万元")] == ["5月份"] * 4


def test_a_level_of_government_named_alone_has_the_measure_before():
    """市本级, 县区级 … were each a metric; each is a level's 一般公共预算收入 (not 全市's)."""
    claims = claims_of(LEVELS)
    got = {c.text: c for c in claims}
    assert [got[t].metric for t in ("122378万元", "7.3%", "336417万元", "114437万元", "221980万元")] == \
        ["一般公共预算收入"] * 5
    assert got["458795万元"].metric == "一般公共预算收入"


# 滨州日报 on 滨州市's 2023 budget report; 内蒙古's 2023 budget execution report
CURRENT_YEAR = ("全市一般公共预算总支出604.93亿元,其中:当年支出526.91 亿元 ,完 成 预算 的102.3%,增长9.5%;"
                "地方政府一般债务还本支出5.71亿元(不含再融资债券),上解省支出72.31亿元。")
THRESHOLDS = "全区收入规模继2010年突破1000亿元,2019年突破2000亿元后,2023年首次突破3000亿元。"


def test_a_growth_is_named_by_nothing_past_a_semicolon():
    """The metric model named 9.5% by the next part's 一般债务还本支出."""
    assert by_text(CURRENT_YEAR, year=2023)["9.5%"].metric == "支出"


def test_ji_following_a_name_is_no_part_of_it():
    assert {c.metric for c in claims_of(THRESHOLDS)} == {"全区收入规模"}      # was 全区收入规模继
