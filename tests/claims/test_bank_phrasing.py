"""Bank-report phrasing: rates changed in points (个百分点, 个基点, bp, pct), changes stated 分别 after the rates they
change, a rate's level after its change (下降0.07个百分点至1.29%), quarter-ends (三季度末, 较1Q末), 收窄, and the
changes and levels of a list stated in two runs (分别较去年上升5.6%及10.1%，至36,757亿元及32,394亿元). Sentences of
public news and broker notes on listed banks (named at each); none is from a report the product is judged on."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from extract.resources import load_tsv

from .sentences import by_text, claims_of, one



# 分别 后的一串变化 依次是前面各个比率的变化 (the n changes after 分别 change the n rates before them, in order)
@pytest.mark.parametrize("text, expected", [
    # 新浪财经 2025-12-10 on 长安银行's capital ratios
    ("截至今年三季度末，长安银行核心一级资本充足率、一级资本充足率、资本充足率分别为8.23%、9.62%、11.66%，"
     "分别较上年末下滑0.92、1.11、1.20个百分点。",
     {"0.92": "核心一级资本充足率", "1.11": "一级资本充足率", "1.20个百分点": "资本充足率"}),
    # a 光大证券 note of 2025-08-29 on 宁波银行
    ("2Q末核心一级资本充足率9.65%，一级资本充足率10.75%，资本充足率15.21%，较1Q末分别提升33bp、31bp和28bp。",
     {"33bp": "核心一级资本充足率", "31bp": "一级资本充足率", "28bp": "资本充足率"}),
])
def test_changes_after_fenbie_change_the_rates_before_them_in_order(text, expected):
    got = by_text(text)
    for written, metric in expected.items():
        assert got[written].metric == metric, {t: c.metric for t, c in got.items()}
        assert got[written].kind == "delta"


# bp/BP/pct 是基点、百分点 (analysts' units of a rate's change; 33bp was read as 33%, 4bp was no claim)
@pytest.mark.parametrize("text, written, unit, metric, direction", [
    ("净息差有所收窄，上半年净息差1.76%，较1Q收窄4bp，同比收窄11bp。", "4bp", "基点", "净息差", "down"),
    ("净息差有所收窄，上半年净息差1.76%，较1Q收窄4bp，同比收窄11bp。", "11bp", "基点", "净息差", "down"),
    # 南方都市报 2025-11-04 on nine joint-stock banks' third quarter
    ("中信银行净息差同比收窄16BP为降幅最大。", "16BP", "基点", "净息差", "down"),
    ("2Q末不良贷款率0.76%，拨备覆盖率374.2%，较1Q末提升3.6pct。", "3.6pct", "百分点", "拨备覆盖率", "up"),
])
def test_bp_and_pct_are_points_of_a_rate(text, written, unit, metric, direction):
    claim = one(text, written)
    assert (claim.unit, claim.kind, claim.metric, claim.direction) == (unit, "delta", metric, direction)


def test_a_quarter_end_is_the_baseline_of_a_change():
    assert one("2Q末不良贷款率0.76%，拨备覆盖率374.2%，较1Q末提升3.6pct。", "3.6pct").baseline == "1Q末"


# 下降…个百分点至X%: X is the rate it reached, not a share of something (was 不良贷款率占比); an adverb of degree
# before the change verb stays out (was 拨备覆盖率大幅)
@pytest.mark.parametrize("text, written, metric", [
    ("浦发银行不良贷款率较上年末下降0.07个百分点至1.29%，为降幅最大。", "1.29%", "不良贷款率"),
    ("浦发银行拨备覆盖率较上年末大幅提升11.08个百分点至198.04%，为提升幅度最大。", "11.08个百分点", "拨备覆盖率"),
    ("浦发银行拨备覆盖率较上年末大幅提升11.08个百分点至198.04%，为提升幅度最大。", "198.04%", "拨备覆盖率"),
])
def test_a_rate_after_its_change_in_points_is_that_rate(text, written, metric):
    assert one(text, written).metric == metric


# 两段并列: 变化和达到的水平各自对应并列的项 (an etnet summary of a Hong Kong-listed bank's 2021 results)
def test_levels_after_a_list_of_changes_take_the_same_items():
    got = by_text("客户存款及客户贷款分别较去年上升5.6%及10.1%，至36,757亿元及32,394亿元。")
    assert {t: c.metric for t, c in got.items()} == {
        "5.6%": "客户存款", "10.1%": "客户贷款", "36,757亿元": "客户存款", "32,394亿元": "客户贷款"}


# 季度末 is part of the period: 今年三季度末, 截至2024年三季度末 (was 今年, 截至2024年三季度)
@pytest.mark.parametrize("text, written, period", [
    ("截至今年三季度末，长安银行核心一级资本充足率、一级资本充足率、资本充足率分别为8.23%、9.62%、11.66%。",
     "8.23%", "2025年三季度末"),
    ("截至2024年三季度末，长安银行核心一级资本充足率为8.23%。", "8.23%", "截至2024年三季度末"),
])
def test_a_quarter_end_is_part_of_the_period(text, written, period):
    assert one(text, written, year=2025).period == period


# 工商银行 is a bank's name (jieba tags it an abbreviation): 中国金融信息网 2025-09-01 on the six large banks
def test_the_short_name_of_a_large_bank_is_the_subject():
    claim = one("工商银行资产总计52.32万亿元，较上年末增长7.2%，稳居行业首位。", "52.32万亿元")
    assert (claim.subject, claim.metric) == ("工商银行", "资产总计")


# 微降/微升/收缩 are changes (was a share named 微降, 零售不良率微升, 敞口收缩); 保持 before a rate is a copula (was 稳定);
# 主要受 says what acted on the figure (was 主要受净利息收入): a 2025 analysis of 招商银行's 2024 annual report
@pytest.mark.parametrize("text, written, kind, metric", [
    ("2024年实现营业收入3,374.88亿元，同比微降0.48%，主要受净利息收入下滑1.58%拖累，但非息收入增长1.41%形成缓冲。",
     "0.48%", "growth", "营业收入"),
    ("2024年实现营业收入3,374.88亿元，同比微降0.48%，主要受净利息收入下滑1.58%拖累，但非息收入增长1.41%形成缓冲。",
     "1.58%", "growth", "净利息收入"),
    ("不良贷款率保持0.95%稳定，但零售不良率微升0.07%。", "0.95%", "share", "不良贷款率"),
    ("不良贷款率保持0.95%稳定，但零售不良率微升0.07%。", "0.07%", "growth", "零售不良率"),
    ("房地产贷款不良率下降0.27%至4.74%，敞口收缩6.23%。", "6.23%", "growth", "敞口"),
])
def test_slight_changes_and_keeping_a_rate(text, written, kind, metric):
    claim = one(text, written)
    assert (claim.kind, claim.metric) == (kind, metric)


# 下降0.27%至4.74%: a change and the level it reached, two figures (was one range 0.27%至4.74%); a range's ends are of
# one size (经济增长4.5%至5%, the 2026 work report's target, stays one range)
def test_a_change_then_its_level_is_no_range():
    got = by_text("房地产贷款不良率下降0.27%至4.74%，敞口收缩6.23%。")
    assert (got["0.27%"].kind, got["4.74%"].kind, got["4.74%"].metric) == ("growth", "share", "房地产贷款不良率")
    target = one("经济增长4.5%至5%，城镇新增就业1200万人以上。", "4.5%")
    assert (target.value, target.high) == (4.5, 5)


# 中国农业银行2012年年度报告 as a public repository reproduces it (its PDF line breaks left as spaces)
ABC_2012 = ("2012 年末,银行不良贷款余额858.48 亿元,不良率1.33%,拨备覆盖率326%, 拨贷比4.35%。 五级分类角度来看,关注类贷款"
            "年末比重为4.59%,比中报的5.07%有所下降。 全年核销40 亿元,加回核销后同口径计算不良余额净增2.5%,比建行9%、中 行7%"
            "的情况要好。逾期贷款年末879.05亿元,比中报的850.08 亿元略有增长, 逾期情况存在隐忧。")


@pytest.mark.parametrize("written, kind, metric", [
    ("5.07%", "share", "关注类贷款比重"),         # what it is compared with names nothing (was 比中报)
    ("850.08", "money", "逾期贷款"),             # 逾期贷款 one word (jieba read 逾期 as a time: was 贷款)
    ("879.05亿元", "money", "逾期贷款"),
    ("2.5%", "growth", "同口径计算不良余额"),      # 净增 is a change (was a share named …净增)
])
def test_a_bank_report_compares_with_its_interim_report(written, kind, metric):
    claim = one(ABC_2012, written)
    assert (claim.kind, claim.metric) == (kind, metric)


def test_interest_bearing_liabilities_keep_their_name():
    text = ("利息支出 2,241.84 亿元,较上年增加584.62 亿元,主要是由于付息负债平均付息率 从2011 年的1.66%上升至2012 年的"
            "1.99%,付息负债平均余额增 加12,525.42 亿元。")
    assert one(text, "1.99%").metric == "付息负债平均付息率"       # was 负债平均付息率


# the same report's 行业情况综述 and 资产负债分析: 放缓/加快 are changes, a bank's total assets in 万亿 are money though
# the 元 is left out, and a quarter-end is a period (一季末) compared with a year-end (环比2011年末)
@pytest.mark.parametrize("text, written, field, expected", [
    ("2012年,世界经济增长进一步放缓至3.2%,比2011年下降0.7个百分点。", "3.2%", "metric", "世界经济"),
    ("国内方面,全年国内生产总值比上年增长7.8%,其中四季度比三季度加快0.5个百分点,主要 经济指标企稳回暖。",
     "0.5个百分点", "metric", "国内生产总值"),
    ("本行2012 年资产同比增长13.4%,年末资产总额达到13.24 万亿。", "13.24", "kind", "money"),
    ("同业规模在2012 年一季度已经奠定了全年高增长的基础,一季末环比2011 年末增长48%。", "48%", "period", "一季末"),
    ("同业规模在2012 年一季度已经奠定了全年高增长的基础,一季末环比2011 年末增长48%。", "48%", "baseline", "2011年末"),
])
def test_a_bank_report_on_the_economy_and_its_balance_sheet(text, written, field, expected):
    assert getattr(one(text, written), field) == expected


# reportify's 2025 summary of nine joint-stock banks' retail business: a figure after 以 measures the noun after it
# (rules named nothing, the model took AUM稳居行业); a rank verb is no part of a noun phrase (个人客户总量领跑行业)
@pytest.mark.parametrize("text, written, metric", [
    ("招商银行以160293.95亿元AUM稳居行业首位，较第二名拉开超10万亿元差距。", "160293.95亿元", "AUM"),
    ("兴业银行以55200亿元AUM位列第二，较上年末增长8%。", "55200亿元", "AUM"),
    ("招商银行以21600万户个人客户总量领跑行业。", "21600万户", "个人客户总量"),
    ("浦发银行以631.4万户新增客户排名第一。", "631.4万户", "新增客户"),
])
def test_a_figure_after_yi_measures_the_noun_after_it(text, written, metric):
    assert one(text, written).metric == metric


# 中国工商银行2016年年度报告摘要 (上海证券报): 每10股 before the amount in its currency is the basis, no count of shares,
# and the amount is the dividend the clause before names, for the year it names
def test_a_dividend_per_ten_shares_in_its_currency():
    got = by_text("本行董事会建议派发2016年度普通股现金股息，每10股人民币2.343元（含税）。")
    assert list(got) == ["2.343元"]
    assert (got["2.343元"].metric, got["2.343元"].period) == ("每10股普通股现金股息", "2016年度")


# 证券时报 2025-10-30 on the four large banks: a figure whose clause is only a copula measures the subject of the clause
# before it, what that clause says of it (最大) aside (rules named nothing, the model nothing either)
def test_a_copula_clause_measures_the_subject_before_it():
    text = "工商银行总资产规模最大，达52.81万亿元，较上年末增长8.18%。"
    assert [c.metric for c in claims_of(text)] == ["总资产规模", "总资产规模"]



# a public FY2025 analysis of a bank's report (a report generator in a public repository): 显著改善 and 仅 go with the
# verb, a signed change in brackets after a rate is its change (+43bps was taken for a name), and a figure after an
# earlier one in its clause is no label before a colon (0.87% was named 主要关注点)
FY2025 = ("FY2025整体资产质量持续改善。不良贷款率1.05%（-1bp），个人贷款不良率显著改善至1.23%（-16bps），印证零售信用风险"
          "正在消退。不良生成率降至1.63%（-17bps）；逾期90天以上贷款偏离度仅0.56倍，说明认定标准严格，未来新增不良压力可控。"
          "主要关注点：对公不良率上升17bps至0.87%，其中房地产贷款不良率升至2.22%（+43bps）。")


@pytest.mark.parametrize("written, kind, metric", [
    ("1.23%", "share", "个人贷款不良率"), ("16bps", "delta", "个人贷款不良率"),
    ("0.56倍", "measure", "贷款偏离度"), ("0.87%", "share", "对公不良率"), ("43bps", "delta", "房地产贷款不良率"),
])
def test_a_banks_asset_quality_in_bp(written, kind, metric):
    claim = one(FY2025, written)
    assert (claim.kind, claim.metric) == (kind, metric)


# a sample bank text in a public repository: a bounded term right before 贷款 is a band of the ratio's name, no claim
# of its own (90天以上 was a measure named 逾期); 持续 goes with the copula after it
def test_a_bounded_term_before_a_noun_is_a_band():
    got = by_text("（一）资产质量总体稳定。截至6月末，不良贷款率较年初下降1.2个百分点，逾期90天以上贷款与不良贷款比例持续保持在"
                   "80%以内。")
    assert list(got) == ["1.2个百分点", "80%以内"]
    assert got["80%以内"].metric == "贷款与不良贷款比例"


# 21世纪经济报道 (2025-11) quoting 国家金融监督管理总局: the base of a multiple is when, not what (是“十三五”末的2.3倍 was
# named 是“十三五”末), and a bare 占比 after "X在Y中的" is X's share of Y (was 占比 alone)
def test_a_multiple_of_a_plan_end_and_a_share_in_a_pool():
    multiple = one("截至6月末，普惠型小微企业贷款余额36万亿元，是“十三五”末的2.3倍，利率下降2个百分点。", "2.3倍")
    assert (multiple.metric, multiple.baseline) == ("普惠型小微企业贷款余额", "“十三五”末")
    share = one("截至二季度末，大型商业银行在普惠型小微企业贷款中的占比已达45.11%，几乎占据全市场的半壁江山。", "45.11%")
    assert share.metric == "大型商业银行在普惠型小微企业贷款中的占比"


# 每N股 紧接金额: 股利在金额之后 (按照每10股…分派…现金股利) 或在基数之前 (全年现金股利为每10股…)
# 中国银行's 2024 interim dividend announcement (gubit.cn, 2024-08-30) and its 2024 annual report summary as 证券日报
# printed it (c17n5.cn, 2025-03-27)
@pytest.mark.parametrize("text, written, metric", [
    ("按照每10股人民币1.208元（税前）分派普通股现金股利。", "1.208元", "每10股普通股现金股利"),     # was 每
    ("中国银行拟按照每10股1.216元（税前）分派2024年度末期普通股现金股利，连同2024年中期已派发现金股利每10股1.208元"
     "（税前），2024年全年现金股利为每10股2.424元（税前）。", "1.216元", "每10股末期普通股现金股利"),     # was 中国银行拟
    ("中国银行拟按照每10股1.216元（税前）分派2024年度末期普通股现金股利，连同2024年中期已派发现金股利每10股1.208元"
     "（税前），2024年全年现金股利为每10股2.424元（税前）。", "2.424元", "每10股现金股利"),
])
def test_an_amount_right_after_its_per_share_basis_is_the_dividend_named(text, written, metric):
    assert one(text, written).metric == metric


def test_the_basis_of_a_dividend_is_no_count_and_a_final_dividend_no_year_end():
    """每10股普通股派发现金股利人民币1.208元: 10股 was a count of 普通股; 2024年度末期拟派发现金股利 had the period
    2024年度末 (末期 is the final dividend)."""
    got = by_text("每10股普通股派发现金股利人民币1.208元（税前）。")
    assert "10股" not in got and got["1.208元"].metric == "每10股普通股派发现金股利"
    text = "扣除中期已派发的现金股利后，2024年度末期拟派发现金股利为357.98亿元（税前）。"
    assert one(text, "357.98亿元").period == "2024年度"


# reportify.cn on 重庆银行's 2024 results (2025): a trend clause names the rate its from-to figures are of
TRENDS = ("平均总资产回报率连续五年下滑，从2020年0.86%降至2024年0.68%，净利差从2.18%收窄至1.22%。"
          "前五大股东合计持股74.51%，香港中央结算持股33.75%为第一大股东，上汽集团新晋前十大股东。")


def test_a_change_from_a_point_measures_the_subject_of_the_clause_before():
    """从2020年0.86%降至2024年0.68% names nothing of its own: it is the 平均总资产回报率 the clause before says fell
    (both figures were named 净利差, the next clause's)."""
    got = by_text(TRENDS)
    assert (got["0.86%"].metric, got["0.68%"].metric) == ("平均总资产回报率", "平均总资产回报率")
    assert (got["0.86%"].period, got["0.68%"].period) == ("2020年", "2024年")
    assert got["1.22%"].metric == "净利差"


def test_the_top_shareholders_keep_their_qian():
    """前五大股东合计持股74.51% lost its 前 (jieba tags it a locative)."""
    assert one(TRENDS, "74.51%").metric == "前五大股东合计持股"


# reportify.cn's summary of 中信银行's 2024 annual report (2025-04-29)
CITIC_2024 = ("公司一级资本、品牌价值全球排名分别上升至第18位、第19位，总市值涨幅连续三年领先大市。"
              "2024年度拟每10股派发现金股息1.722元。")


def test_ranks_of_a_list_each_rank_their_item():
    """第18位、第19位 after 一级资本、品牌价值全球排名分别上升至: the ranks are a run (the 第 between them broke it), one per
    item (both were named 品牌价值全球排名)."""
    got = by_text(CITIC_2024)
    assert (got["18位"].metric, got["19位"].metric) == ("公司一级资本", "品牌价值全球排名")


def test_a_cash_dividend_is_one_word():
    """派发现金股息 was cut 派|发现|金|股息, so 1.722元 was named 金股息."""
    assert one(CITIC_2024, "1.722元").metric == "每10股派发现金股息"


# 国泰君安's note on 江苏银行's 2024 interim results (2024-08-20), as reportify.cn gives it
JIANGSU_2024H1 = ("24Q2营收增速放缓至2.9%，净利润保持两位数平稳增长达10.1%，净利息收入和净手续费收入增速转正分别为4.4%、"
                  "53.2%，预计下半年营收增速逐季改善。")


def test_a_growth_rate_reached_is_a_growth():
    """营收增速放缓至2.9%: the rate the revenue's growth slowed to (it was a share: 增速 had left the metric)."""
    got = one(JIANGSU_2024H1, "2.9%")
    assert (got.kind, got.metric) == ("growth", "营收")


def test_the_count_of_digits_is_no_figure():
    """保持两位数平稳增长: 两位 was a count of 位."""
    assert [c.text for c in claims_of(JIANGSU_2024H1)][:2] == ["2.9%", "10.1%"]


def test_another_banks_figure_for_the_same_period_measures_the_same():
    """数说者 (reportify.cn, 2025-09-12) comparing 兰州银行 and 甘肃银行: 甘肃银行同期为4147.08亿元 measures the 总资产规模
    the sentence opened with, without the first bank's name (it was 甘肃银行同期, then 兰州银行总资产规模)."""
    text = ("兰州银行总资产规模领先，2024年末达4862.85亿元，2025年6月末达5097.42亿元，甘肃银行同期为4147.08亿元和"
            "4274.82亿元。兰州银行净息差更高，2024年为1.43%，2025年上半年为1.37%，甘肃银行同期为1.18%和1.12%。")
    got = {c.text: c.metric for c in claims_of(text)}
    assert (got["4147.08亿元"], got["4274.82亿元"]) == ("总资产规模", "总资产规模")
    assert (got["1.18%"], got["1.12%"]) == ("净息差", "净息差")


def test_multiples_of_another_bank_follow_the_figures_before_in_order():
    """The same comparison: 均为甘肃银行的1.3倍和3.24倍 are the multiples of 营业收入 and 归母净利润, each against 甘肃银行
    (both were named 甘肃银行)."""
    text = "兰州银行营收能力更强，2024年营业收入78.54亿元，归母净利润18.88亿元，均为甘肃银行的1.3倍和3.24倍。"
    got = by_text(text)
    assert (got["1.3倍"].metric, got["3.24倍"].metric) == ("营业收入", "归母净利润")
    assert got["1.3倍"].baseline == got["3.24倍"].baseline == "甘肃银行"


# reportify.cn's summary of 长三角 city banks' 2024 annual reports (新浪财经 2025-04-25), full-width punctuation as the
# reports print it (the page prints it half-width)
CITY_BANKS = "南京银行营收增速11.32%最高，非利息净收入贡献显著，公允价值变动收益大增329.48%。"
CITY_BANKS_COVERAGE = "杭州银行拨备覆盖率541.45%行业最高，苏州银行483.46%次之。"
# shidaotec.com's analysis of 民生银行's 2024 annual report (its half-width punctuation likewise)
MINSHENG = ("资产端：总资产78,149.69亿元（+1.82%），贷款总额44,504.80亿元（+1.50%）。亮点领域：绿色信贷（+22.41%）、制造业贷款"
            "（+9.38%）、普惠型小微企业贷款（+8.24%）增速显著。现金流波动：每股经营性现金流-5.29元，同比骤降414.92%，主要源于"
            "负债结构调整。")


def test_a_standing_written_after_a_figure_is_no_name():
    """营收增速11.32%最高: the growth was named 最高 (营收 read as a verb, so the word after the figure was taken)."""
    assert by_text(CITY_BANKS)["11.32%"].metric == "营收"


def test_a_standing_alone_after_a_banks_figure_is_no_name():
    """南京银行1.94%最高, 杭州银行1.41%最低 (the same summary): both were named by their standing (最高, 最低); the
    standing after a figure whose clause names nothing else is not what it measures."""
    got = by_text("5家披露数据的银行净息差均下滑，南京银行1.94%最高，杭州银行1.41%最低。")
    assert "净息差" in got["1.94%"].metric and "净息差" in got["1.41%"].metric


def test_sharp_moves_are_changes():
    """大增 and 骤降 are change verbs: 公允价值变动收益大增329.48% was a share named 公允价值变动收益大增, 同比骤降414.92%
    a growth named 骤降."""
    assert (lambda c: (c.kind, c.direction, c.metric))(by_text(CITY_BANKS)["329.48%"]) == ("growth", "up", "公允价值变动收益")
    assert (lambda c: (c.kind, c.direction, c.metric))(by_text(MINSHENG)["414.92%"]) == ("growth", "down", "每股经营性现金流")


def test_a_signed_rate_in_brackets_is_the_growth_of_what_stands_before():
    """总资产78,149.69亿元（+1.82%） was a share named 总资产占比; 绿色信贷（+22.41%） a share named 亮点领域 (the label
    before the colon)."""
    got = by_text(MINSHENG)
    assert (got["1.82%"].kind, got["1.82%"].metric) == ("growth", "总资产")
    assert [(got[t].kind, got[t].metric) for t in ("22.41%", "9.38%", "8.24%")] == [
        ("growth", "绿色信贷"), ("growth", "制造业贷款"), ("growth", "普惠型小微企业贷款")]


def test_another_banks_figure_alone_states_the_same_measure():
    """中国金融信息网 (2025-09-01) on the six large banks' 2025 interim reports: 工商银行1.57% after 建设银行营收同比增速2.15%
    was a share named 工商银行; and, in the city banks' summary, 苏州银行483.46%次之 was named 苏州银行."""
    got = claims_of("建设银行营收同比增速2.15%，工商银行1.57%，邮储银行1.50%，农业银行0.85%，交通银行0.77%。")
    assert [(c.text, c.kind, c.metric) for c in got] == [
        ("2.15%", "growth", "营收"), ("1.57%", "growth", "营收"), ("1.50%", "growth", "营收"),
        ("0.85%", "growth", "营收"), ("0.77%", "growth", "营收")]
    assert by_text(CITY_BANKS_COVERAGE)["483.46%"].metric == "拨备覆盖率"


def test_a_bare_share_keeps_a_name_its_bracket_qualifies():
    """The city banks' summary: 长三角（不含江苏）占比6.82% was named 占比 (the bracket made the words before 占比 longer
    than a name is)."""
    assert by_text("江苏银行86.13%贷款集中于江苏，长三角（不含江苏）占比6.82%。")["6.82%"].metric == "长三角（不含江苏）占比"


# 51haodu.com (国家金融监督管理总局's 2024 figures) and aastocks.com (the same, 2024四季度末)
MARGINS = ("2024年，商业银行净息差为1.52%，同比下降17个基点，降幅较上年同期收窄5个基点。分银行类型看，国有大行、股份商业银行、城商行、"
           "农商行净息差分别为1.44%、1.61%、1.38%、1.72%，同比分别下降18个、15个、19个、17个基点。")
RATES_2024 = "2024年全年1年期、5年期以上LPR分别累计下行35个、60个基点，12月新发放企业贷款和个人住房贷款的加权平均利率（本外币）分别为3.43%和3.11%。"
NPL_2024 = ("分银行类型看，国有大行、股份制商业银行、农商行不良率分别为1.23%、1.22%、2.8%，分别同比下降0.03、0.04、0.54个百分点，城商行"
            "不良率与上年同期持平（1.76%）。")
CAPITAL_2024 = ("2024年四季度末，商业银行（不含外国银行分行）资本充足率为15.74%，较上季末上升0.12个百分点；一级资本充足率为12.57%，较上季末"
                "上升0.14个百分点；核心一级资本充足率3为11.00%，较上季末上升0.13个百分点。")


def test_basis_points_written_once_after_a_run_are_every_changes():
    """同比分别下降18个、15个、19个、17个基点: the first three were counts in 个; LPR分别累计下行35个、60个基点 likewise (下行 is a
    change verb)."""
    got = claims_of(MARGINS)
    assert [(c.unit, c.metric) for c in got if c.text in ("18个", "15个", "19个")] == [
        ("基点", "国有大行净息差"), ("基点", "股份商业银行净息差"), ("基点", "城商行净息差")]
    assert (lambda c: (c.unit, c.kind, c.direction))(by_text(RATES_2024)["35个"]) == ("基点", "delta", "down")


def test_a_rate_held_level_ends_no_name():
    """城商行不良率与上年同期持平（1.76%） was named 城商行不良率持平."""
    assert by_text(NPL_2024)["1.76%"].metric == "城商行不良率"


def test_a_footnote_digit_before_wei_is_no_figure():
    """核心一级资本充足率3为11.00%: the footnote mark 3 was the claim 3%."""
    got = claims_of(CAPITAL_2024)
    assert "3" not in [c.text for c in got]
    assert [c.metric for c in got if c.text == "11.00%"] == ["核心一级资本充足率"]


# reportify.cn's digest of 中国银行's 2024 annual report: a hyphen and a space open each point
BOC_DIGEST = """全年业绩 - 2024年实现营业收入6300.9亿元，同比增长1.16%；归母净利润2378.41亿元，同比增长2.56%
- 利息净收入4489.34亿元，同比下降3.77%，利息收入10715.39亿元，同比增长2.16%；利息支出6226.05亿元，同比增长6.92%
- 拨备覆盖率200.6%，较上年末上升8.94个百分点
"""


def test_a_hyphen_opening_a_line_is_a_bullet_not_part_of_a_name():
    """- 利息净收入4489.34亿元 was named -利息净收入, its growth too."""
    got = by_text(BOC_DIGEST)
    assert (got["4489.34亿元"].metric, got["3.77%"].metric, got["200.6%"].metric) == ("利息净收入", "利息净收入", "拨备覆盖率")
    assert got["3.77%"].direction == "down"


def test_xiadie_and_a_bare_zeng_are_changes():
    """etnet's summary of a bank's 2024 results: 利息收入下跌0.7% was a share named 利息收入下跌; 搜狐财经 on listed banks'
    2024 retail business: 同比增10% was a share named 全国住户存款占比, 经营贷增9% one named 经营贷增."""
    got = by_text("2024年度，集团之股东应占溢利上升1.1%至38.02亿元（人民币；下同）。各业务状况如下：（一）利息收入下跌0.7%，"
                  "利息支出则减少0.6%，净利息收入减少0.9%至113.14亿元。")
    assert [(got[w].kind, got[w].direction, got[w].metric) for w in ("1.1%", "0.7%")] == [
        ("growth", "up", "股东应占溢利"), ("growth", "down", "利息收入")]
    got = by_text("零售贷款情况 - 2024年末全国住户贷款82.8万亿元同比增3%，经营贷增9%，消费贷增6.2%\n")
    assert [(got[w].kind, got[w].metric) for w in ("3%", "9%", "6.2%")] == [
        ("growth", "全国住户贷款"), ("growth", "经营贷"), ("growth", "消费贷")]


def test_a_dash_bullet_opens_a_paragraph_in_a_text_dump():
    """搜狐财经's digest prints a lead line and then its points, each after "- ": 29家 took 重要引擎 from the lead line."""
    text = ("零售银行业务整体情况 - 零售银行业务是商业银行转型的重要方向，在扩内需、促消费政策背景下仍是未来增长的重要引擎\n"
            "- 2024年29家上市银行合计零售客户数超46亿户，较2023年增加1.2亿户，人均持有3个以上银行账户\n")
    assert by_text(text)["29家"].metric.startswith("上市银行")


# etnet's summary of a bank's 2024 results (numbered parts joined by ；)
ETNET_2024 = ("2024年度，集团之股东应占溢利上升1.1%至38.02亿元（人民币；下同）。各业务状况如下：（一）利息收入下跌0.7%，"
              "利息支出则减少0.6%，净利息收入减少0.9%至113.14亿元。净利差由去年1.75%收窄至1.55%，净利息收益率由去年1.65%"
              "收窄至1.47%；（二）非利息收入上升7.1%至53.94亿元，非利息收入占总经营收入32.3%，去年底占30.6%；（三）经营支出"
              "增加3.2%至49.42亿元，成本对收入比率由去年29.1%扩大至29.6%；（四）贷款减值准备下跌12.6%至65.04亿元，不良贷款"
              "比率与去年相若，达1.7%。")


def test_last_years_figure_in_a_comparison_is_last_years_and_goes_no_further():
    """由去年1.75%收窄至1.55%: 1.75% took the report's 2024年度; 去年底占30.6% was named 底占, and its 去年 became the
    period of every part after the ；."""
    got = by_text(ETNET_2024, year=2024)
    assert [got[w].period for w in ("1.75%", "1.55%")] == ["2023年", "2024年度"]
    assert (got["30.6%"].metric, got["30.6%"].period) == ("非利息收入占总经营收入", "2023年末")
    assert [got[w].period for w in ("3.2%", "29.6%", "1.7%")] == ["2024年度"] * 3


# 2024 年报的新闻与分析稿 (analyses of banks' 2024 annual reports, as the pages named below print them; the sixth batch of
# probe pages, twenty-ninth session)
SPDB_2024 = ("浦发银行2024年末总资产达到9.46万亿元,同比增长5.05%,总资产持续保持正增长;当年实现营业收入1707.48亿元,同比继续下降"
             "1.55%,营业收入连续多年负增长;当年实现净利润458.35亿元,同比增速高达22.46%,一反以往连续净利润下降趋势,成为全年财报最大亮点。\n"
             "2024年浦发银行总资产平均收益率(ROA)仅为0.50%,净资产平均收益率(ROE)也仅为6.20%,低于“六大行”,更低于同在十万亿资产附近的"
             "招商银行、兴业银行和中信银行等股份大行。\n"
             "2024年末,浦发银行不良贷款率为1.36%,较2023年末下降了12个BP;拨备覆盖率为186.96%,较2023年末上升了13.45个百分点。\n")


def test_ge_bp_is_a_change_in_basis_points():
    """个BP (12个BP): the unit was 个 and the metric BP."""
    change = by_text(SPDB_2024)["12个BP"]
    assert (change.unit, change.kind, change.metric) == ("基点", "delta", "不良贷款率")


def test_jixu_and_ye_are_no_part_of_a_name():
    """同比继续下降1.55% was named 继续; 净资产平均收益率(ROE)也仅为6.20% lost its name and took the ROA's."""
    got = by_text(SPDB_2024)
    assert got["1.55%"].metric == "营业收入"
    assert got["6.20%"].metric == "净资产平均收益率（ROE）"


def test_a_rank_placed_with_pai_zai():
    """成都银行's 2024 results (an analysis page): 排在 lost its 在 as a copula, so the rank was named 归母净利润排第,
    and the 营业收入 ranked in a pool took the next clause's name."""
    got = claims_of("2024年成都银行营业收入在A股上市城商行中排在第八位,归母净利润排在第七位;归母净利润超过作为全国性股份行的恒丰银行"
                    "(2024年归母净利润为53.57亿元)和渤海银行(2024年归母净利润为52.56亿元)。")
    ranks = [c for c in got if c.kind == "rank"]
    assert [(c.text, c.metric) for c in ranks] == [("八位", "营业收入"), ("七位", "归母净利润")]


def test_the_reason_opener_and_the_quarter_in_hand_name_nothing():
    """光大银行's 2024 results (上证报中国证券网): 主要是 stayed in the name of the fee income, 当季 left 季 in 季营业收入."""
    got = by_text("具体来看收入结构,光大银行全年实现利息净收入966.66亿元,同比下降10.06%。手续费及佣金净收入190.71亿元,同比下降19.52%,"
                  "主要是银行卡服务手续费收入同比下降25.88%。\n"
                  "不过,就去年第四季度来看,光大银行当季营业收入同比下降1.31%,降幅环比前三季度明显收窄。\n")
    assert got["25.88%"].metric == "银行卡服务手续费收入"
    assert (got["1.31%"].metric, got["1.31%"].period) == ("营业收入", "当季")


def test_a_figure_named_after_de():
    """北京银行's and 建设银行's 2024 results (analysis pages): 699亿元的营收 was named 净利润 (the next figure's), and
    实现了1.15%的净利润增长 was a share named after the means, 优化资产负债结构."""
    got = by_text("数字不会说谎,但数字背后的故事值得挖掘。北京银行2024年的财务报告,像是一面镜子,映照出银行业绩的真实状态。699亿元的营收,"
                  "258亿元的净利润,这些数字背后隐藏着怎样的经营逻辑?\n"
                  "在低利率环境下,建设银行通过优化资产负债结构实现了1.15%的净利润增长。\n")
    assert (got["699亿元"].metric, got["258亿元"].metric) == ("营收", "净利润")
    assert (got["1.15%"].kind, got["1.15%"].direction, got["1.15%"].metric) == ("growth", "up", "净利润")



def test_a_banks_corporate_loans_keep_gongsi():
    """重庆农商行's 2024 results (an analysis page): 公司贷款 (corporate loans) lost its 公司 as the author's word."""
    got = by_text("从客户贷款和垫款的构成情况看,该行公司贷款和垫款总额3581.33亿元,较上年末增长9.26%;相对而言,零售贷款和垫款总额"
                  "增幅较低,为2925.06亿元,增幅仅有0.55%。")
    assert (got["3581.33亿元"].metric, got["9.26%"].metric) == ("公司贷款和垫款总额", "公司贷款和垫款总额")


def test_reference_marks_in_square_brackets_are_no_figures():
    """全景网 (2025-04-29) on 宁波银行's first quarter: [1][4][8] after each point gave counts named ]业绩 and ]经营策略-."""
    got = claims_of("文章核心观点 - 宁波银行在复杂外部环境和激烈行业竞争中展现发展韧性,通过多种策略实现盈利提升、资产规模增长且资产质量"
                    "稳定,投资价值凸显 [1][4][8] 业绩表现 - 2025年一季度公司实现归属于母公司股东的净利润74.17亿元,同比增长5.76%;"
                    "实现营业收入184.95亿元,同比增长5.63%;年化加权平均净资产收益率为14.18%;总资产收益率为0.91% [4] 经营策略\n")
    assert [c.text for c in got] == ["74.17亿元", "5.76%", "184.95亿元", "5.63%", "14.18%", "0.91%"]


def test_dangnian_after_a_year_end_is_that_year():
    """浦发银行2024年末总资产…；当年实现营业收入1707.48亿元: the revenue's period was 2024年末, the stock's date; 当年 is
    the year."""
    got = by_text(SPDB_2024)
    assert (got["9.46万亿元"].period, got["1707.48亿元"].period, got["458.35亿元"].period) == ("2024年末", "2024年", "2024年")


def test_a_digests_items_run_together_on_one_line_are_sentences():
    """A results digest (中国移动's 2022 results) runs its items together on one line, each after a reference mark and a
    spaced hyphen: 8.0%[12] - 2022 was the range 8.0–2022, a heading (整体财务数据关键指标变化) named the figures after
    it, and 股东应占利润 (jieba cut 应|占) was named 利润."""
    text = ("整体财务数据关键指标变化 - 2022年全年营运收入达9373亿元,同比增长10.5%,通信服务收入达8121亿元,同比增长8.1%[6][12] - "
            "2022年股东应占利润为1255亿元,同比增长8.0%[12] - 2022年EBITDA为3292亿元,同比增长5.8%,占通信服务收入比为40.5%[12] - "
            "董事会建议2022年全年派息率为67%\n")
    got = [(c.text, c.metric, c.kind, c.value, c.high) for c in claims_of(text)]
    assert got[0] == ("9373亿元", "营运收入", "money", 9373, None)
    assert ("8.0%", "股东应占利润", "growth", 8, None) in got
    assert ("40.5%", "EBITDA占通信服务收入比", "share", Decimal("40.5"), None) in got
    assert all(c.high is None and c.value < 10000 for c in claims_of(text))


def test_a_spaced_hyphen_between_figures_is_still_a_range():
    """The digests' item break needs words around it: 6.43 - 8.44元 (a research page's 52周内股价区间) stays one range."""
    got = by_text("交易数据 - 52周内股价区间6.43 - 8.44元,总市值146,077百万元\n")
    assert (str(got["6.43 - 8.44元"].value), str(got["6.43 - 8.44元"].high)) == ("6.43", "8.44")


def test_deposits_and_loans_written_as_one_word_are_two_items():
    """青岛银行's 2024 report as a news page summarises it: 存贷款总额分别为4320.24亿元、3406.90亿元 named both 存贷款总额; the
    two figures are the deposits' and the loans', as 城乡 stands for 城镇 and 农村."""
    got = claims_of("其中,存贷款总额分别为4320.24亿元、3406.90亿元,分别较上年末增长11.91%、13.53%。\n")
    assert [c.metric for c in got] == ["存款总额", "贷款总额", "存款总额", "贷款总额"]


def test_a_scale_expanded_to_a_level_is_that_scale():
    """郑州银行's 2024 report as a news page summarises it: 资产规模扩张至6763.65亿元 was named 资产规模扩张."""
    got = by_text("截至2024年末,资产规模扩张至6763.65亿元,较上年末增长7.24%。\n")
    assert (got["6763.65亿元"].metric, got["6763.65亿元"].kind) == ("资产规模", "money")


def test_the_bank_named_by_an_anaphor_is_no_part_of_a_lists_first_item():
    """贵阳银行's results as a news page reports them: 该行2023年营收、归母净利润分别为… named the first figure 该行营收."""
    got = claims_of("财报显示,该行2023年营收、归母净利润分别为151亿元、56亿元,分别同比下降约3%、9%。\n")
    assert [c.metric for c in got] == ["营收", "归母净利润", "营收", "归母净利润"]


def test_changes_in_brackets_after_a_lists_amounts_are_theirs():
    """沪农商行's 2024 report as a research note summarises it: 公司贷款、个人贷款、票据贴现分别为4383.47亿元（yoy+5.62%）、
    2136.90亿元（yoy+1.30%）、1031.82亿元（yoy+20.65%）: the bracketed changes broke the run, and every figure, shares
    after it too, was named 票据贴现."""
    got = claims_of("截至2024 年末,银行贷款规模为7552.19 亿元,同比增长6.15%,其中公司贷款、个人贷款、票据贴现分"
                    "别为4383.47 亿元(yoy+5.62%)、2136.90 亿元(yoy+1.30%)、1031.82 亿"
                    "元(yoy+20.65%),占总贷款比例分别为58.04%、28.30%、13.66%\n")
    assert [(c.text.replace(" ", ""), c.metric) for c in got[2:]] == [
        ("4383.47亿元", "公司贷款"), ("5.62%", "公司贷款"), ("2136.90亿元", "个人贷款"), ("1.30%", "个人贷款"),
        ("1031.82亿元", "票据贴现"), ("20.65%", "票据贴现"), ("58.04%", "公司贷款占总贷款比例"),
        ("28.30%", "个人贷款占总贷款比例"), ("13.66%", "票据贴现占总贷款比例")]


def test_a_bare_share_after_an_amount_is_that_amounts_share():
    """The same note: 手续费及佣金净收入20.42亿元，同比下降9.97%，占比同比下降0.92个百分点至7.67% named the share 占比."""
    got = by_text("2024 年公司营业收入同比增长0.86%至266.41 亿元,其中利息净收入201.07 亿元,同比下降2."
                  "86%,占营业收入比例为75.47%,同比下降2.89 个百分点;手续费及佣金净收入20.42 亿元,同比下降"
                  "9.97%,占比同比下降0.92 个百分点至7.67%\n")
    assert (got["0.92 个百分点"].metric, got["7.67%"].metric) == ("手续费及佣金净收入占比", "手续费及佣金净收入占比")
    assert got["75.47%"].metric == "利息净收入占营业收入比例"


def test_one_of_the_highlights_is_no_count():
    """A news page on 西安银行's 2024 results: 投资收益成为西安银行业绩的一大亮点 gave the count 一 named 亮点."""
    got = by_text("投资收益成为西安银行业绩的一大亮点,全年实现18.29亿元,同比大幅增长55.79%\n")
    assert "一" not in got and "18.29亿元" in got


def test_a_name_the_report_defines_is_the_figures_name():
    """天津银行's 2024 results as a news page gives them: 归属本行权益持有人的本年利润（以下简称“归母净利润”）为38.02亿元 was
    named 利润（以下简称“归母净利润”）."""
    got = by_text("盈利能力方面,2024年,天津银行实现营业收入167.1亿元,同比增长1.5%;归属本行权益持有人的本年利润("
                  "以下简称“归母净利润”)为38.02亿元,同比增长1.1%。\n")
    assert (got["38.02亿元"].metric, got["1.1%"].metric) == ("归母净利润", "归母净利润")


def test_an_adverb_or_a_conjunction_before_a_change_names_nothing():
    """招商银行's 2024 results (逆势增长1.41% was named 逆势; 信用卡不良率持平于1.75% 信用卡不良率持平于) and 中信银行's as
    南都 reports them (不过2024年仅下降了1个基点 was named 不过)."""
    got = by_text("非息收入成关键支撑,全年实现1262.11亿元,逆势增长1.41%。\n")
    assert got["1.41%"].metric == "非息收入"
    got = by_text("细分领域呈现分化态势:信用卡不良率持平于1.75%,个人住房贷款不良率微增11个基点至0.48%。\n")
    assert got["1.75%"].metric == "信用卡不良率"
    got = by_text("南都湾财社记者梳理发现,中信银行近5年净息差从2020年的2.26%一路下滑至2024年的1.77%,不过2024年仅下降了1个基点,"
                  "降幅较往年已经明显收窄。\n")
    assert got["1个基点"].metric == "净息差"


def test_a_flattened_summarys_item_numbers_are_no_counts():
    """兴业银行's 2021 年度报告摘要 as a page prints it, its numbered notes run into one line: 3 本公司第十届董事会… gave the
    count 3, 4 毕马威… the count 4."""
    got = by_text("并承担个别和连带的法 律责任。 3 本公司第十届董事会第五次会议于 2022 年 3 月 24 日召开,应出席董事 13 名,实 "
                  "际出席董事 13 名\n")
    assert [c.value for c in got.values()] == [13]
    assert by_text("审议通过了 2021 年年度报告及摘要。 4 毕马威华振会计师事务所(特殊普通合伙)为本公司出具了无保留意见的审计报 "
                   "告。\n") == {}


def test_a_bare_total_after_a_per_share_dividend_is_the_dividends_total():
    """北京银行's 2020 annual report summary (合计人民币63.43亿元 was named 合计) and 中国人寿's 2024 (共计约人民币56.53亿元
    was named 共计约): the total paid, named without its per-share basis."""
    got = by_text("    1.2本公司董事会、监事会及其董事、监事、高级管理人员保证本报告所载\n"
                  "资料不存在任何虚假记载、误导性陈述或者重大遗漏,并对其内容的真实性、准\n"
                  "确性和完整性负个别及连带责任。\n"
                  "    1.3本年度报告(正文及摘要)于2021年4月28日经本公司董事会审议通过,\n"
                  "全体董事出席会议。\n"
                  "    1.4报告期利润分配预案或公积金转增股本预案。\n"
                  "    以总股本211.43亿股为基数,向全体股东每10股派送现金股利3.00元人民币\n"
                  "(含税),合计人民币63.43亿元(含税)。\n")
    assert (got["3.00元"].metric, got["63.43亿元"].metric) == ("每10股派送现金股利", "现金股利")
    got = by_text("1.5 本公司在2024年中期已派发现金股利每股人民币0.20元(含税),共计约人民币56.53亿元。\n")
    total = got["约人民币56.53亿元"]     # (已派发现金股利 once 2024年中期 is its period: the golds keep 已 and 派发)
    assert total.metric.endswith("现金股利") and "每股" not in total.metric and total.bound == "~"     # 约 was lost
    # the same report: 为每股 after the dividend's name (0.65元 was named 每股, the total 共计约)
    got = by_text("如公司2024年度利润分配方案获通过,连同本公司已派发的2024年中期现金股利,2024年全年现金股利为每股人民币0.65元(含税),"
                  "共计约人民币183.72亿元。\n")
    assert (got["0.65元"].metric, got["约人民币183.72亿元"].metric) == ("现金股利每股", "现金股利")


def test_a_banks_own_basis_points_and_the_supervisors_attending():
    """上海农村商业银行's 2024 interim report: 同比下降26BPs was a growth in % of 26 with no unit; a bank's 2022 interim
    report summary: 本行6名监事列席本次会议 was named 监事列席 (jieba tagged 列席 a noun)."""
    got = claims_of("报告期内,本集团生息资产平均收益率为3.48%,同比下降26BPs,计息负债平均成本率1.98%,同比下降9BPs;净利差1.50%,"
                    "同比下降17BPs,\n")
    assert [(c.text, c.unit, c.kind) for c in got if c.text.endswith("BPs")] == [
        ("26BPs", "基点", "delta"), ("9BPs", "基点", "delta"), ("17BPs", "基点", "delta")]
    assert by_text("本行6名监事列席本次会议。\n")["6名"].metric == "监事"


# 瑞丰银行 2023年年度报告 重要提示: 应出席董事 and 实际出席董事 tell the two counts apart (both were 董事)
RUIFENG_BOARD = ("二、本公司第四届董事会第二十一会议于2024年3月26日召开,会议由董事长吴智晖主 持,应出席董事16名,实际出席董事15名,"
                 "沈幼生董事因公务原因未能出席本次董事会, 书面委托吴智晖董事长代为出席并表决。")


@pytest.mark.parametrize("written, metric", [("16名", "应出席董事"), ("15名", "实际出席董事")])
def test_a_boards_attendance(written, metric):
    assert one(RUIFENG_BOARD, written).metric == metric


def test_attendance_is_counted_wherever_the_board_met():
    """苏州银行's 2024 summary and 交通银行's 2024 interim summary: the meeting before the attendance is where (were
    会议应出席董事 and 出席会议应到董事; 应到董事 had been 到董事)."""
    got = claims_of("2、本行于2025年4月25日召开第五届董事会第二十四次会议,会议应出席董事12人,实际出席董事12人,审议通过了《苏州银行"
                    "股份有限公司2024年年度报告及")
    assert [c.metric for c in got] == ["应出席董事", "实际出席董事"]
    got = claims_of("出席会议应到董事 18 名,亲自出 席董事 18 名。")
    assert [c.metric for c in got] == ["应到董事", "亲自出席董事"]


def test_a_report_s_front_matter_holds_no_figures():
    """渤海银行's 2023 interim report, 中国银行's 2024 interim results and 无锡银行's 2024 interim report as web pages copy
    them: a stock code after 股份代号 (9668 was a count), a contents page run together (every page number a count) and a
    page footer 1 / 192 (a share)."""
    for text in ("渤海银行股份有限公司 CHINABOHAIBANKCO.,LTD. (于中华人民共和国注册成立的股份有限公司) 股份代号:9668 中期报告2023\n",
                 "目錄釋義2重要提示5公司基本情況6財務摘要8經營情況概覽10管理層討論與分析12財務回顧12業務回顧25風險管理53"
                 "資本管理63展望65環境與社會責任66股份變動和股東情況72\n",
                 "无锡农村商业银行股份有限公司 2024 年半年度报告 1 / 192 2024 年半年度报告 重要提示 一、\n"):
        assert claims_of(text) == [], text


def test_a_figure_opening_the_next_paragraph_ends_the_clause_before_it():
    """兰州银行's 2025 interim report as a web page copies it: each figure opens a paragraph of its own (较年初增长 |
    4.90%;吸收存款…), so 4.90% had been a share named 吸收存款 and 9.52亿元 had no name; 商业银行 alone (甘肃省存贷款规模
    最大的商业银行) is a kind of bank: the figures stay 兰州银行's."""
    text = ("截至2025年6月末,兰州银行资产总额5,097.42亿元,较年初增长4.82%,其中发放贷款和垫款2,573.82亿元,较年初增长\n\n"
            "4.90%;吸收存款3,733.12亿元,较年初增长\n\n4.81%,为甘肃省存贷款规模最大的商业银行;2025年上半年实现营业收入\n\n"
            "39.21亿元,归属于母公司股东的净利润\n\n9.52亿元,同比增长\n\n0.87%;不良贷款率\n\n1.81%,拨备覆盖率\n\n"
            "207.89%,资产质量保持稳定。\n")
    got = [(c.text, c.kind, c.metric, c.subject) for c in claims_of(text)]
    bank = "兰州银行"
    assert got[3:9] == [("4.90%", "growth", "发放贷款和垫款", bank), ("3,733.12亿元", "money", "吸收存款", bank),
                        ("4.81%", "growth", "吸收存款", bank), ("39.21亿元", "money", "营业收入", bank),
                        ("9.52亿元", "money", "归属于母公司股东的净利润", bank),
                        ("0.87%", "growth", "归属于母公司股东的净利润", bank)]


def test_a_per_share_base_with_its_par_value_in_brackets_is_no_count():
    """苏农银行's 2023 annual report: 每10股(每股人民币1元)派发现金红利1.8元 gave the count 10股."""
    assert "10股" not in [c.text for c in claims_of("每10股(每股人民币1元)派发现金红利1.8元(含税)。上述方案已经第七届董事会第三次会\n")]


def test_changes_after_one_verb_share_its_direction():
    """reportify.cn's summary of 招商银行's 2025 interim results: 同比分别下降0.09和0.12个百分点 — the second had risen."""
    got = claims_of("净利差1.79%和净利息收益率1.88%同比分别下降0.09和0.12个百分点。\n")
    assert [(c.metric, c.kind, c.direction) for c in got[2:]] == [
        ("净利差", "delta", "down"), ("净利息收益率", "delta", "down")]


def test_a_place_joined_to_the_one_before_shares_its_name():
    """reportify.cn's summary of 杭州银行's 2025 rating report: 排名第2位和第5位 named the second place 和第."""
    got = claims_of("公司在杭州市存贷款市场份额分别为10.32%和5.78%,排名第2位和第5位 [8]\n")
    assert [(c.text, c.kind, c.metric) for c in got if c.kind == "rank"] == [
        ("2位", "rank", "杭州市存贷款市场份额"), ("5位", "rank", "杭州市存贷款市场份额")]


# Banks' and insurers' own words are one word each (models/lexicons/jieba_user_terms.v1.tsv, bank, insur and csrc):
# jieba cut 中|长期贷款, 个|险, 长期|险 and 在|岗|员工, and the names lost their first characters. Public pages quoting
# 中国银行's 2023 results, a broker's note on 新华保险's 2024 report and 成都银行's 2025 interim figures.
@pytest.mark.parametrize("text, written, metric", [
    ("其中,境内人民币贷款新增2.28万亿元,增速16.00%,境内人民币中长期贷款余额平均占比达到74.14%;负债总额29.68万亿元,"
     "较上年末增长12.70%。", "74.14%", "境内人民币中长期贷款余额平均占比"),
    ("公司2024年实现原保费收入1705.11 亿元(YoY+2.8%),其中长期险新单保费达388.11 亿元(YoY-5.1%),长期险新单期交保费"
     "达272.20 亿元(YoY+15.6%)。", "388.11", "长期险新单保费"),
    ("个险渠道方面,公司坚持以价值为核心,以优增为重点,完善绩优荣耀体系,推动高质量营销队伍转型发展;2024 年个险代理人规模"
     "人力为13.6 万人,同比减少1.9 万人,较2024 年中报数据基本持平", "13.6", "个险代理人规模人力"),
    ("截至2025年6月末,成都银行注册资金37.36亿元,在岗员工7800余名", "7800", "在岗员工"),
])
def test_bank_and_insurance_words_keep_their_first_characters(text, written, metric):
    assert one(text, written).metric == metric


# 上海农商银行's 2024 interim report as a news page reports it: the industries listed in the clause before name both runs
# after 分别为 (the first was named 贷款余额占比 alone; the second took the first run's figures for items,
# 贷款余额占比分别为14.80%不良贷款率 …)
SHARES_BY_INDUSTRY = ("公告披露,上海农商银行今年上半年企业贷款主要集中在房地产业、租赁和商务服务业、制造业、批发和零售业,贷款余额占比"
                      "分别为14.80%、12.01%、11.16%和4.98%,不良贷款率分别为1.73%、0.36%、0.68%和2.43%。")


def test_two_runs_after_fenbie_take_the_items_of_the_clause_before():
    claims = by_text(SHARES_BY_INDUSTRY)
    assert claims["14.80%"].metric == "房地产业贷款余额占比"
    assert claims["4.98%"].metric == "批发和零售业贷款余额占比"
    assert claims["1.73%"].metric == "房地产业不良贷款率"
    assert claims["0.36%"].metric == "租赁和商务服务业不良贷款率"


def test_a_unit_written_once_after_a_run_is_every_figure_s():
    """"代销金融产品规模和收入同比分别为 2747.55、8.90 亿元" (a broker's note on 中金公司's 2024 results): 2747.55 is in 亿元
    too (it was read as a bare number, then as a percentage whose % was lost)."""
    text = "财富管理业务产品规模连续五年正增长,达近 3700 亿元;代销金融产品规模和收入同比分别为 2747.55、8.90 亿元,同比分别 -19.2%、-29.1%;"
    size = one(text, "2747.55")
    assert (size.kind, size.unit, size.value * size.scale) == ("money", "元", Decimal("274755000000"))


# A change written with its minus sign carries its fall in its value, as "同比-7.7%" alone does, so it takes no direction:
# "up" or "down" as well would turn it over in the growth check. A broker's note on 中金公司's 2024 results: after 同比分别
# the rates were shares (one "down" besides its sign), and -0.91pct was a rise; a news page on 哈尔滨银行's 2025 interim
# results: -49.83% after 增速 was "up".
def test_a_signed_change_carries_its_direction_in_its_sign():
    cicc = by_text("业务承压:2024 年营收、归母净利润分别为 213.3、56.9 亿元,同比分别 -7.2%、-7.5%,加权 ROE 为 5.52%,同比 -0.91pct,"
                   "剔除客户资金后杠杆为 4.96x,同比 -3.9%;")
    assert [(cicc[t].kind, cicc[t].direction) for t in ("-7.2%", "-7.5%", "-0.91pct")] == [
        ("growth", None), ("growth", None), ("delta", None)]
    harbin = by_text("2020年至2024年,哈尔滨银行金融投资收益增速分别为-49.83%、13.9%、68.5%、-36.4%、474.5%。")
    assert [(c.value, c.direction) for c in harbin.values()] == [
        (Decimal("-49.83"), None), (Decimal("13.9"), "up"), (Decimal("68.5"), "up"), (Decimal("-36.4"), None),
        (Decimal("474.5"), "up")]


def test_concentration_ratios_and_the_dates_compared_with():
    """A news page on 贵阳银行's 2024 report: 单一 and 最大十家 are part of the regulator's concentration ratios (they were
    the claims 一 and 十家, and 37.93% was named 客户贷款比率); 2023年年底 after 较 is compared with whole (the period
    was 年底); two dates after 较 are the baselines of the run after 分别 (4.41% had been named 2022年年底)."""
    claims = by_text("客户集中度上,2024 年贵阳银行单一大客户贷款比率为 5.48 %,较 2023 年年底增加 0.25% ;最大十家客户贷款比率为 "
                     "37.93%,较 2023 年年底、2022 年年底分别增加 2.27%、4.41%,反映出贷款集中风险有所加剧。")
    assert list(claims) == ["5.48 %", "0.25%", "37.93%", "2.27%", "4.41%"]
    assert (claims["0.25%"].period, claims["0.25%"].baseline) == ("2024年", "2023年年底")
    assert claims["37.93%"].metric == "最大十家客户贷款比率"
    assert [(claims[t].metric, claims[t].baseline) for t in ("2.27%", "4.41%")] == [
        ("最大十家客户贷款比率", "2023年年底"), ("最大十家客户贷款比率", "2022年年底")]


def test_only_before_the_verb_of_an_achievement_names_nothing():
    """A news page on 渤海银行's 2024 report: 仅实现 closes the name as 实现 does (was 其利息收入仅)."""
    claims = by_text("但其利息收入仅实现548.82亿元,较上年下降了54.36亿元,降幅为9.01%.")
    assert [c.metric for c in claims.values()] == ["利息收入"] * 3


def test_a_rate_of_decrease_is_the_growth_of_the_figure_before():
    """A page on 兴业银行's 2023 report: 下降比例为5.19% is 营业收入's fall (was a share named 下降比例), and the growth
    check now ties it to the amount and the change before it."""
    claims = by_text("当年营业收入2108.31亿元,同比下降115.43亿元了,下降比例为5.19%,而净利润为776.54亿元,同比更是下降15.97%。")
    assert (claims["5.19%"].metric, claims["5.19%"].kind, claims["5.19%"].direction) == ("营业收入", "growth", "down")


def test_a_total_after_two_listed_items_is_the_whole_list_s():
    """合计为 after items joined by 、 measures them all (the last item alone before): a 2024 disclosure report of 武汉市
    青山区's 生态环境局 and a page on 中信银行's 2024 report."""
    text = ("2024年我局主动公开水、空气环境质量信息26篇;重点排污单位废水、废气、噪声监测结果共计73条;行政处罚信息30条;"
            "环评批复文件27条;环境执法信息11篇;部门动态信息16篇。")
    assert one(text, "73条").metric == "重点排污单位废水、废气、噪声监测结果"
    citic = one("2024年,中信银行投资收益、公允价值变动损益合计为330.73亿元,比上年增加67.18亿元,这主要是证券投资收入较好增长所致。",
                "330.73亿元")
    assert citic.metric.endswith("投资收益、公允价值变动损益")


def test_the_level_reached_past_a_mark_is_of_what_crossed_it():
    """A page on 渤海银行's 2024 report: 突破万亿大关至10460.89亿元 reaches a level of 吸收存款总额 (it and its changes were
    named 大关, the mark crossed: threshold_noun)."""
    claims = by_text("其中,吸收存款总额突破万亿大关至10460.89亿元,较年初增长了1309.27亿元,增幅为14.31%")
    assert [claims[t].metric for t in ("10460.89亿元", "1309.27亿元", "14.31%")] == ["吸收存款总额"] * 3


def test_a_figure_ranked_by_with_yi_names_the_noun_after_de():
    """A page on 浙江's 13 city banks' 2024 results: 以31252.32亿元的总资产稳居榜首 ranks by 总资产 (it and its growth were
    named 总资产稳居榜首)."""
    claims = by_text("宁波银行以31252.32亿元的总资产稳居榜首,同比增长15.25%,成为浙江省内首家资产规模突破3万亿元的城商行。")
    assert (claims["31252.32亿元"].metric, claims["15.25%"].metric) == ("总资产", "总资产")


def test_the_topic_a_clause_opens_with_is_what_the_figure_measures():
    """The same page: 营业收入方面，宁波银行以666.31亿元的规模遥遥领先 (and 净利润层面，…) were named 营业收入方面 and
    净利润层面; the word that makes them a topic (topic_end 方面, 层面) is no part of the name."""
    claims = by_text("营业收入方面,宁波银行以666.31亿元的规模遥遥领先,同比增长8.19%。")
    assert (claims["666.31亿元"].metric, claims["8.19%"].metric) == ("营业收入", "营业收入")


@pytest.mark.parametrize("row", load_tsv("lexicons/ratio_names.v1.tsv"), ids=lambda r: r[0])
def test_a_ratio_glued_to_its_figure(row):
    """models/lexicons/ratio_names.v1.tsv: the figure right after a ratio's name is that ratio's (加权平均ROE7.44% had no
    claim: a digit after a letter was read as part of a code, and its change 1.78pct was named 较去年同期)."""
    name, text = row[0], row[1]
    at = text.index(name) + len(name)
    got = [c for c in claims_of(text) if c.char_start == at]
    assert got and got[0].metric.endswith(name), [(c.text, c.metric) for c in claims_of(text)]
    assert [c.metric for c in claims_of("PM2.5浓度下降5%，N95口罩100万只，ISO9001认证")] == ["PM2.5浓度", "N95口罩"]


def test_a_time_compared_with_after_the_figure_is_not_its_period():
    """A page on 华夏银行's 2025 interim results: 资本充足率13.07% 较2024年末小幅下滑 was of 2024年末, the time it is compared
    with; a page on 中原证券's: 较2024年同期的5.83亿元 is that time's figure (the current 2.49亿元 had its period)."""
    ratios = by_text("资本与分红 - 核心一级资本充足率9.56% 一级资本充足率11.44% 资本充足率13.07% 较2024年末小幅下滑 [11] - "
                     "实施2025年中期分红方案")
    assert ratios["13.07%"].period is None
    income = by_text(" - 自营业务收入2.49亿元 较2024年同期的5.83亿元减少3.33亿元 降幅57.18% [6]")
    assert (income["2.49亿元"].period, income["5.83亿元"].period) == (None, "2024年同期")


def test_brokers_short_forms_and_the_final_dividend():
    """股基, 两融, 全行业 and 末期股息 are words (notes on 国泰君安's and 广发证券's 2024 results, a review of brokers' results,
    a page on 建设银行's 2024 results: the metrics were 基交易额, 融余额, 业营业收入 and 股息每股); 仍 before the change is
    how it went (净利润仍)."""
    trades = by_text("②机 构客户股基交易额同比+34.8%至15万亿元,市场份额较上年+0.24pct至2.54%,其中QFII股基交易额同比+88.5%至6.28万亿元。")
    assert (trades["34.8%"].metric, trades["88.5%"].metric) == ("机构客户股基交易额", "QFII股基交易额")
    margin = by_text("截至2024 年末,公司两融余额1037 亿元,较2023 年末+16.52%,市占率5.56%,yoy+0.17%。")
    assert margin["1037 亿元"].metric == "两融余额"
    industry = by_text("- 2022年全行业营业收入与净利润同比分别下降21.38%和25.54%,2023年行业营收微增2.77%但净利润仍下降3.14%")
    assert (industry["21.38%"].metric, industry["3.14%"].metric) == ("全行业营业收入", "净利润")
    dividend = by_text("董事会建议派发2024年末期股息每股0.206元,全年现金股息每股0.403元,分红总额约1,007.54亿元,占净利润比例30%。")
    assert (dividend["0.206元"].metric, dividend["0.206元"].period) == ("末期股息每股", "2024年")


def test_assumptions_cut_from_one_level_to_another():
    """A page on 中国太平's 2024 results: the levels 下调至 after 分别从 are the same items' (4.0% was named 风险贴现率), and the
    insurer before 将 acts on the items, it is no part of the first (太平人寿将内含价值长期投资回报率假设)."""
    got = by_text("业务指标 - 太平人寿将内含价值长期投资回报率假设、风险贴现率分别从4.5%、9.0%下调至4.0%、8.5% [4] - 可比口径下")
    assert [got[t].metric for t in ("4.5%", "9.0%", "4.0%", "8.5%")] == ["内含价值长期投资回报率假设", "风险贴现率"] * 2


def test_a_bound_before_the_currency():
    """中国人寿's 2025 interim report: 突破人民币7万亿元 is a lower bound of 总资产 (it and the level 7.29万亿元 after it were
    named 总资产突破, and the bound was lost)."""
    got = claims_of("截至本报告期末,总资产突破人民币7万亿元,达人民币7.29万亿元,净资产达人民币5,355.99亿元,内含价值为人民币1.48万亿元。")
    assert [(c.metric, c.bound) for c in got[:2]] == [("总资产", ">"), ("总资产", "=")]


def test_the_best_interim_result_in_ten_years_is_no_period():
    """A summary of brokers' 2025 interim results: 创近十年中报最佳成绩 is a record, and 近十年 no period of the next
    bullet's figures (净利润同比增速94.44% took it)."""
    got = by_text(" 中金公司 - 营业收入128.28亿元,同比大增43.96%,排名提升至行业第六,创近十年中报最佳成绩 [2][4][8] - "
                  "净利润同比增速94.44%,位居头部券商第二 [8] - 投行业务收入14.45亿元,同比猛增149.70%")
    assert {got[t].period for t in ("128.28亿元", "94.44%", "14.45亿元")} == {None}


def test_the_year_a_part_names_is_the_later_parts():
    """A page on 农业银行's 2024 results: after 2024年末 (the balance) and 当年 (the year's income), 实现净利润 in the third
    part is of the year, not of its end (was 2024年末)."""
    got = by_text("2024年末,农业银行总资产达到43.24万亿元,同比增长8.44%;当年实现营业收入7105.55亿元,同比增长2.26%;"
                  "实现净利润2826.71亿元,同比增长4.76%。")
    assert [got[t].period for t in ("43.24万亿元", "7105.55亿元", "2826.71亿元")] == ["2024年末", "2024年", "2024年"]


def test_a_note_inside_a_list_item_and_a_joiner_inside_a_line_item():
    """A note on 东方财富's 2024 results: (主要是基金销售) is a note inside the first item, not the list's end (all three were
    named 利息净收入和手续费及佣金净收入); 手续费及佣金净收入 is one line item, not two joined by 及; 分别同比 after the run changes
    the same items."""
    got = by_text("- 自营收入高增,持续加码研发投入,全年营业收入(主要是基金销售)、利息净收入和手续费及佣金净收入分别为 31.1、23.8、"
                  "61.1 亿元,分别同比-20%、+6.9%、+23.1%;")
    names = ["营业收入", "利息净收入", "手续费及佣金净收入"]
    assert [got[t].metric for t in ("31.1", "23.8", "61.1 亿元")] == names
    assert [got[t].metric for t in ("-20%", "6.9%", "23.1%")] == names


def test_a_rate_named_after_de_and_where_it_stands():
    """A page on 农业银行's 2024 results: 2.26%的营收增速在国有六大行中绝对领先 is 营收's growth (was a share named
    营收增速在国有六大行中绝对领先)."""
    got = one("营业收入和净利润领域虽然仍不及建设银行,但建行已经连续3年营业收入负增长,而农业银行仍保持营收正增长,2024年2.26%的营收增速"
              "在国有六大行中绝对领先。", "2.26%")
    assert (got.metric, got.kind, got.direction) == ("营收", "growth", "up")


def test_the_figure_of_a_bank_surpassed():
    """A page on city banks' 2025 interim results: 超越了北京银行的4.75万亿元 is 北京银行's 资产总额 (it was named 超越, of
    江苏银行)."""
    got = one("截至2025年6月末,江苏银行(600919)资产总额较上年末大幅增长 21.16%,至 4.79万亿元,超越了北京银行的4.75万亿元,"
              "成为城商行中新的领头雁。", "4.75")
    assert (got.metric, got.subject) == ("资产总额", "北京银行")


def test_a_brokers_yoy_run_and_a_market_share():
    """A note on 广发证券's 2024 results: 分别yoy+25%、+41% change the two funds' AUM in turn (both were named 分别); one on
    国泰君安's: 市占率's 占 is no share's 占 (经纪市占率同比 +0.41pct至5.17%: the level was named 经纪市占率同比+0.41pct至)."""
    got = by_text("公募业务方面,截至2024 年末,广发基金、易方达基金非货基AUM 分别为7931 亿元、13359 亿元,分别yoy+25%、+41%,"
                  "分别排名行业第三、第一,我们预计主因ETF 规模增长推动。")
    assert (got["25%"].metric, got["41%"].metric) == ("广发基金非货基AUM", "易方达基金非货基AUM")
    share = by_text("财富管理深化分客群经营模式,B+C端市占率显著提升:公司经纪业务收入同比+15.5%至78.4亿元,占营收比重23.4%,"
                    "经纪市占率同比 +0.41pct至5.17%,佣金率同比-0.004pct至0.026%。")
    assert share["5.17%"].metric == "经纪市占率"


def test_what_a_result_drives_is_named_without_the_verb():
    """A note on 人保财险's 2024 results: 带动 opens the clause of what the savings drove (综合费用率 and 车险承保利润 were named
    带动综合费用率, 带动车险承保利润)."""
    got = by_text("在外部挑战下,公司深化费用管理成效凸显,带动综合费用率yoy-2.3pct 至24.2%,带动车险承保利润yoy+7.7%至92.85亿元,"
                  "为公司承保业绩贡献坚实基本盘。")
    assert [got[t].metric for t in ("-2.3pct", "24.2%", "7.7%", "92.85亿元")] == ["综合费用率"] * 2 + ["车险承保利润"] * 2


def test_quarters_and_halves_as_brokers_write_them():
    """Brokers write a quarter or a half as 4Q23, 24Q4, 1H25, 4Q2024 (a review of 22 brokers' 2023 results, notes on 招商证券's
    and 华泰证券's 2024 results, a digest of listed banks' 1H25 results): each is its figures' period (they had the year
    of the sentence, or none); the part after an ASCII ; has its own (实现净利润同比-37% was of 2023年); 全年 after one is
    its year; the quarter compared with is a baseline, not a name (4Q3末 and 降幅较 were the metric of 14.24pct); a
    digest's heading before " - " is no part of the metric (业绩趋势-营业收入)."""
    brokers = by_text("2023年券商板块合计证券主营收入yoy+0.5%,净利润yoy-4.4%;4Q23单季实现证券主营收入同比-8.6%,实现净利润同比-37%。")
    assert [brokers[t].period for t in ("0.5%", "-4.4%", "-8.6%", "-37%")] == ["2023年", "2023年", "4Q23", "4Q23"]
    fees = by_text("2024年业绩核心关注点 经纪收入 - 4Q2024经纪收入为25.10亿元,同比+100.5%、环比+128.9%,全年为61.83亿元,同比+11.8% [2]")
    assert (fees["25.10亿元"].metric, fees["25.10亿元"].period, fees["61.83亿元"].period) == ("经纪收入", "4Q2024", "2024年")
    assets = by_text("从金融投资规模来看,24Q4末公司金融投资3598亿元,同比-25.0%,降幅较24Q3末扩大14.24pct。")
    assert (assets["3598亿元"].period, assets["14.24pct"].metric) == ("24Q4末", "金融投资降幅")
    banks = by_text("业绩趋势 - 1H25上市银行营业收入同比增长1.03% 其中国有行 城商行 农商行分别同比增长1.87% 5.22% 0.93%")
    assert (banks["1.03%"].metric, banks["1.03%"].period) == ("营业收入", "1H25")


def test_a_quarter_as_brokers_write_it_labels_its_own_sentence():
    """A note on 贵州茅台's 2023 results: 23Q4 is the period of its sentence's figures only; 23年… after it is the year's
    (茅台酒营业收入1,265.89 was of 23Q4)."""
    text = ("事件:公司发布2023年年报,2023年实现营业总收入1505.6亿元,同比增长18.04%。其中,23Q4营业总收入452.44亿元,同比增长19.8%,"
            "归母净利润218.58亿元,同比增长19.33%。公司收入业绩略超业绩预告。 系列酒结构升级延续 ,公司产品矩阵全面构建。"
            "23年公司酒类收入+18.94%, 其中茅台酒/系列酒营业收入1,265.89/206.30亿元")
    got = by_text(text)
    assert (got["452.44亿元"].period, got["1,265.89"].period) == ("23Q4", "2023年")


def test_a_brokers_runs_of_signed_changes():
    """Notes on 三一重工's 2024 results (同比 +0.25pct、+1.54pct: the second, after 、+, was dropped as a name's plus, and
    the first named 净利率), 贵州茅台's 2023 results (分别同比变动+0.10/+0.06pct: the unit written once after a signed
    run; the items were named 毛利率/归母净利率) and 中信证券's 2024 results (分别同比为+8/+1/+1/ - 4/ - 5/ - 1pct and
    较24H1分别变动+6.2pct/…: each the change of its item's share)."""
    sany = by_text("量 - 盈利能力上,全年毛利率、净利率 26.43%、7.83%,同比 +0.25pct、+1.54pct,期间费用率合计 17.91%,同比 -1.36pct [3]")
    assert (sany["0.25pct"].metric, sany["1.54pct"].metric) == ("毛利率", "净利率")
    moutai = by_text("分红比例高达84%。23年公司毛利率/归母净利率分别同比变动+0.10/+0.06pct至91.96%/50.60%,主因产品结构提升。")
    assert (moutai["0.10"].unit, moutai["0.10"].metric, moutai["0.06pct"].metric) == ("百分点", "公司毛利率", "归母净利率")
    citic = by_text("自营/经纪/资管/投行/信用/其他占主营业务比重分别为49.1%/20.0%/19.6%/7.8%/2.0%/1.5%,分别同比为+8/+1/+1/ - 4/"
                    " - 5/ - 1pct [1] 收费类业务")
    assert (citic["8"].metric, citic["- 5"].metric) == ("自营占主营业务比重", "信用占主营业务比重")
    fees = by_text("净收入结构中代买证券收入大幅提升,24年下半年代买证券/席位租赁/代销产品/期货经纪净收入占比67%/9%/13%/10%,较24H1分别变动"
                   "+6.2pct/-2.7pct/-1.3pct/-2.2pct [6]")
    assert (fees["6.2pct"].metric, fees["-2.7pct"].metric) == ("代买证券净收入占比", "席位租赁净收入占比")


def test_items_of_a_run_in_a_companys_results():
    """Notes on 三一重工's 2024 results (亚澳、欧洲…收入: 亚 was taken as a modifier of each, 亚欧洲收入), 晶澳科技's investor
    meetings (3GW高功率太阳能组件 after 和 was named 高效太阳能电池, the item before) and a review of supermarkets' 2024
    results (收入增长11%以上看似明亮: the comment after the figure was its name)."""
    sany = by_text(".98%,亚澳、欧洲、美洲、非洲收入分别同比 +15.47%、+1.86%、+6.64%、+44.02% [2] 经营质量")
    assert [sany[t].metric for t in ("15.47%", "1.86%")] == ["亚澳收入", "欧洲收入"]
    solar = by_text("略布局 - 加速推进阿曼年产 6GW 高效太阳能电池和 3GW 高功率太阳能组件项目建设 [4][12]")
    assert solar["6GW"].metric == "高效太阳能电池" and solar["3GW"].metric.startswith("高功率太阳能组件")
    shop = by_text("国光连锁收入增长11%以上看似明亮,但净利润暴跌80%以上,只剩下267万元。")
    assert shop["11%以上"].metric == "国光连锁收入"


def test_a_digests_references_before_a_heading_end_the_sentence():
    """A digest of 兴业银行's 2025 results: references and a space before a heading (…1.44% [10] 业务发展分析 - …) end the
    item as a full stop would; with the references dropped, the heading was read as the name of the rate before it."""
    got = by_text("净息差:预计2025年净息差为1.53%,2026-2027年将进一步收窄至1.48%和1.44% [10] 业务发展分析 - 信贷增长:2025年贷款总额同比"
                  "增长3.7%至5.95万亿元")
    assert (got["1.44%"].metric, got["3.7%"].metric) == ("净息差", "贷款总额")


def test_fiscal_years_and_a_chain_of_forecast_years():
    """A Hong Kong bus operator's 2024/25 ESG figures and 众安集团's 2023/24 ones as pages give them (2024/2025年…559.80吨 had
    2025年, 2023/24年度…261千克 none: a fiscal year across two calendar years is one period); a note on 中国太平's 2024
    results (预计2025/2026/2027年归母净利润分别为93.3/103.7/118.8亿港元: each had 2027年, the chain shares itself out)."""
    bus = by_text("5] 数据对比 - 2024/2025年氮氧化物排放559.80吨,2023/2024年为437.79吨[59] - ")
    assert (bus["559.80吨"].period, bus["437.79吨"].period) == ("2024/2025年", "2023/2024年")
    za = by_text("绩效与减排目标 - 2023/24年度氮氧化物(NOX)排放量为261千克,较2023年的337千克下降22.6%[36] - ")
    assert (za["261千克"].period, za["337千克"].period) == ("2023/24年度", "2023年")
    bosideng = by_text("7月28日,波司登集团发布的2024/25财年ESG报告显示,面对纺织行业占全球碳排放总量10%的严峻形势,这家中国羽绒服巨头")
    assert "25" not in bosideng     # the fiscal year's second half was a count named 财年ESG报告 (网易 on 波司登)
    taiping = by_text("业绩亮眼,中信建投维持其“买入”评级,目标价16.14港元,预计2025/2026/2027年归母净利润分别为93.3/103.7/118.8亿港元 [1][11]")
    assert [taiping[t].period for t in ("93.3", "103.7", "118.8亿港元")] == ["2025年", "2026年", "2027年"]


def test_a_growth_rate_moved_from_and_to_a_level_is_a_growth():
    """中国报告大厅 on 华夏银行's 2024 results and an analysis of 隆基's 2024 report: the rates a 增速 moved from and to were
    shares of the amount (增速 leaves the name)."""
    got = by_text("为2.26%、2.07%、1.77%和1.61%。与此同时,归母净利润增速从2021年的10.62%逐年下降至2024年的4.98%。")
    assert [(got[w].kind, got[w].metric, got[w].period) for w in ("10.62%", "4.98%")] == [
        ("growth", "归母净利润", "2021年"), ("growth", "归母净利润", "2024年")]
    got = by_text("当前光伏行业正处于深度调整期,全球装机增速从2022年35%降至2024年15%。")
    assert (got["35%"].kind, got["15%"].kind) == ("growth", "growth")


def test_a_rate_kept_at_a_level_and_changes_of_a_run_of_rates():
    """兰州银行's 2024 results on a financial-analysis page (不良贷款率维持在1.83% was named 不良贷款率维持) and a summary of a broker
    note on 兴业银行's 2025 interim results (较2024年下降31和22个基点: both had 存款成本率, the second item)."""
    assert by_text("资产质量方面,不良贷款率维持在1.83%,拨备覆盖率提升至201.6%,显示风险抵御能力有所")["1.83%"].metric == "不良贷款率"
    got = by_text("47个基点 [5] - 付息负债成本率和存款成本率分别为1.86%和1.76%,较2024年下降31和22个基点 [5] ")
    assert (got["31"].metric, got["22个基点"].metric) == ("付息负债成本率", "存款成本率")


def test_a_hong_kong_issuers_bracketed_figure_of_the_year_before():
    """山水水泥's 2024 interim report ((2023年:人民币7,638,321,000元) had 报告期内: the currency after the colon) and 嘉瑞国际's
    2025 interim report ((二零二四年上半年:268,981,000港元) had none)."""
    got = by_text("告期内,本集团之销售成本为人民币5,943,363,000元(2023年:人民币7,638,321,000元)")
    assert got["7,638,321,000元"].period == "2023年"
    got = by_text("17.7%,至221,498,000港元(二零二四年上半年:268,981,000港元)。此业务分部对集团期内整体收入的贡献亦下跌至约34.3%"
                  "(二零二四年上半年:43.8%)。")
    assert (got["268,981,000港元"].period, got["43.8%"].period) == ("2024年上半年", "2024年上半年")
    # 毛利率则平稳维持为13.8% was named 平稳维持
    assert [c.metric for c in claims_of("84,721,000港元),毛利率则平稳维持为13.8%(二零二四年上半年:13.8%)。")][-2:] == [
        "毛利率", "毛利率"]


def test_a_period_ended_on_a_day_written_in_chinese_numerals():
    """王氏国际's 2024 annual results and 嘉瑞国际's 2025 interim (截至二零二四年十二月三十一日止年度 and 截至二零二五年六月三十日止
    六个月 had 截至2024年 and 截至2025年, and 六个月 was a measure named 六月三十日止)."""
    got = by_text("截至二零二四年十二月三十一日止年度,EMS部门之收益为港币2,603,000,000元,而上一个财政年度则为港币3,123,900,000元。")
    assert got["2,603,000,000元"].period == "2024年"
    got = by_text(",从而增加销售。因此,集团截至二零二五年六月三十日止六个月(‘期内’)的收入录得约5.2%的增长至646,247,000港元")
    assert got["646,247,000港元"].period == "2025年上半年"
    assert "六个月" not in got


def test_a_price_per_square_metre_and_a_name_defined_in_quotes():
    """德信中国's 2023 annual results (约为每平方米人民币18,544元 was named 每平方米, in 元) and 领地控股's 2024 results
    (而截至2023年12月31日止年度为每平方米人民币7,202元 was named 每平方米, then 止年度)."""
    got = by_text("截至2023年12月31日止年度的合约销售平均售价(「平均售价」)约为每平方米人民币18,544元,同比上升约1.4%。")
    assert (got["18,544元"].metric, got["18,544元"].unit, got["约1.4%"].metric) == ("平均售价", "元/平方米", "平均售价")
    got = by_text("截至2024年12月31日止年度，合约平均售价（“平均售价”）约为每平方米人民币6,481元，而截至2023年12月31日止年度为每平方米"
                  "人民币7,202元。")
    assert [(got[w].metric, got[w].period) for w in ("6,481元", "7,202元")] == [("平均售价", "2024年"), ("平均售价", "2023年")]


def test_a_half_ending_in_september_is_no_first_half():
    """电讯数码's 2025 interim report (its fiscal year starts in April): 截至2025年9月30日止六个月 had 2025年上半年."""
    got = by_text("截至2025年9月30日止六个月,集团录得收入约为498.24百万港元。")
    assert got["约为498.24百万港元"].period == "2025年4-9月"
    assert by_text("截至2024年6月30日止六个月之毛利为人民币623,376,000元。")["623,376,000元"].period == "2024年上半年"


def test_quarter_on_quarter_after_year_on_year_is_against_the_quarter():
    """广发证券's 2024 results as a broker's note gives them: yoy+52.5%/qoq+9.6% gave both rates the baseline yoy (the
    first word of the list that the text held, not the nearest), and 同比+100.5%、环比+128.9% both 同比."""
    got = by_text("其中2024Q4实现营业总收入80.6亿元，yoy+52.5%/qoq+9.6%；归母净利润28.7亿元，yoy+146%/qoq+19.6%。")
    assert [got[w].baseline for w in ("52.5%", "9.6%", "146%", "19.6%")] == ["yoy", "qoq", "yoy", "qoq"]


def test_a_change_of_the_figure_before_is_of_that_figures_time():
    """招商证券's 2024 results as a note gives them: 全年为61.83亿元，同比+11.8% had 4Q2024, the quarter that opens the
    sentence; the 11.8% changes the year's figure (and 环比+128.9% is against the quarter before)."""
    got = by_text("经纪收入 - 4Q2024经纪收入为25.10亿元，同比+100.5%、环比+128.9%，全年为61.83亿元，同比+11.8%")
    assert (got["61.83亿元"].period, got["11.8%"].period) == ("2024年", "2024年")
    assert (got["100.5%"].baseline, got["128.9%"].baseline) == ("同比", "环比")


def test_a_currency_before_each_amount_of_a_list_keeps_the_list():
    """毕马威's 2024 review of listed brokers (sina's copy): 分别为人民币5,357亿元、人民币1,535亿元 gave both amounts the last
    item, 归母净利润 (the 人民币 before each broke the run); 华润啤酒's 2025 interim results: EBIT, 未计利息及税项前盈利, was
    cut at its own 及 and the 亦 after the last item stayed in its name."""
    got = by_text("2024年43家上市券商营业收入、归母净利润分别为人民币5,357亿元、人民币1,535亿元,同比分别增长5.42%、12.19%。")
    assert [got[w].metric for w in ("5,357亿元", "1,535亿元", "5.42%", "12.19%")] == \
        ["上市券商营业收入", "归母净利润", "上市券商营业收入", "归母净利润"]
    got = claims_of("本集團於二零二五年上半年未經審計之未計利息及稅項前盈利及股東應佔溢利亦分别創新高至人民幣 7,691,000,000 元及"
                    "人民幣 5,789,000,000 元,分别同比增長 20.8%和 23.0%。")
    assert [c.metric for c in got] == ["未计利息及税项前盈利", "股东应占溢利"] * 2


def test_net_profit_written_short_is_an_amount_of_its_own_name():
    """A note on 山东药玻's 2024 results: 扣非归母净利9.0亿 was named 母净利 (jieba cut 归|母) and counted, with no unit (净利
    named no money)."""
    got = by_text("2024年全年营收51.3亿，同比+2.9%，归母净利9.4亿，同比+21.6%，扣非归母净利9.0亿，同比+21.9%。")
    assert [(got[w].kind, got[w].unit, got[w].metric) for w in ("9.4亿", "9.0亿")] == [
        ("money", "元", "归母净利"), ("money", "元", "扣非归母净利")]


def test_growth_rates_named_with_a_note_or_an_adverb_are_growths():
    """A 2024 review of 42 listed banks (金融界) and a note on 齐鲁银行's 2024 results (华商报): 营收增速(算术平均)分别为0.2%、
    -0.9%… were shares (the bracketed note hid the 增速 the name ends with) and 营收同比增速已放缓至4.55% too (已 before 放缓)."""
    got = claims_of("2024年,银行业在净息差收窄的压力下营收承压,国有行、股份行、城商行及农商行全年营收增速(算术平均)分别为0.2%、"
                    "-0.9%、5.3%和5.8%。")
    assert [c.kind for c in got] == ["growth"] * 4
    assert one("虽实现营收、净利双增长，但营收同比增速已放缓至4.55%。", "4.55%").kind == "growth"


def test_items_that_share_a_figure_before_their_own_run():
    """工商银行's 2023 results as a news page gives them: 净利差和净息差均下降31个基点，分别为1.41%、1.61% named both rates
    净利差和净息差 (the clause before held the figure they share, so its items were not read); 人均 is no such 均."""
    got = by_text("对于利息净收入下滑,工商银行表示,主要受LPR(贷款市场报价利率)下调、存款期限结构变动等因素影响,净利差和净息差"
                  "均下降31个基点,分别为1.41%、1.61%。")
    assert (got["1.41%"].metric, got["1.61%"].metric) == ("净利差", "净息差")
    got = by_text("城镇和农村居民人均可支配收入分别达到36583元和17736元,分别增长7%和10%。")
    assert (got["7%"].metric, got["10%"].metric) == ("城镇居民人均可支配收入", "农村居民人均可支配收入")


def test_a_credit_line_after_its_verb_is_the_amount_named():
    """建设银行's 2022 ESG report (train split of the ESG sentences): 将为吴江区工业企业提供不低于500亿元融资额度 was named by
    the words before it (将为吴江区工业企业提供); 额度 is a money word, so the noun after the verb names the amount."""
    got = one("2022年苏州分行与吴江区政府签订战略合作协议未来5年苏州分行将为吴江区工业企业提供不低于500亿元融资额度"
              "全力支持区域绿色低碳转型升级", "500亿元")
    assert (got.metric, got.kind, got.bound) == ("融资额度", "money", ">=")


def test_points_written_pp_or_pcts_are_changes_in_points():
    """中国太保's 2024 results and 山东药玻's (reportify notes): 同比+5.2pp and 同比+2.8pcts were no claims at all."""
    got = by_text("2024年归母净利润449.60亿元,同比+64.9%;归母营运利润344.25亿元,同比+2.5%;内含价值5,602.66亿元,较上年末+6.2%;"
                  "加权平均ROE为16.6%,同比+5.2pp")
    assert (got["5.2pp"].unit, got["5.2pp"].kind, got["5.2pp"].metric) == ("百分点", "delta", "加权平均ROE")
    got = by_text("2024年净利率18.4%,同比+2.8pcts,25Q1销售净利率18.0%,同比+0.6pcts")
    assert (got["2.8pcts"].unit, got["2.8pcts"].metric) == ("百分点", "净利率")
    assert (got["0.6pcts"].unit, got["0.6pcts"].metric) == ("百分点", "销售净利率")


def test_a_share_reached_after_its_change_in_points_is_that_share():
    """中国太保's 2024 results (reportify): 占渠道新单保费比重同比+11.6pp至38.7% named 38.7% 新保期缴规模保费占渠道新单保费比重
    占渠道新单保费比重同比+11.6pp至 (the whole ran on over the change, and the part before already held it)."""
    got = by_text("银保渠道规模保费409.02亿元,同比+7.4%,新保期缴规模保费108.71亿元,同比+20.5%,占渠道新单保费比重同比"
                  "+11.6pp至38.7%")
    assert got["38.7%"].metric == got["11.6pp"].metric == "新保期缴规模保费占渠道新单保费比重"


def test_a_growth_rate_named_after_its_figure_before_a_ranking_verb():
    """A 2025 163.com page on city banks' third quarter: 西安银行以39.11%的营收增速冠绝同行 and 杭州银行以14.53%的净利润增速
    领跑长三角地区 were shares named 西安银行以 (the verbs after the name were not among the ranking verbs), and 其513.64%的拨备
    覆盖率更是高居行业首位 took the name of the figure before."""
    assert (one("中西部地区也不乏亮点,西安银行以39.11%的营收增速冠绝同行,重庆银行则成功跨入\"万亿俱乐部\",成为第九家"
                "资产规模突破万亿的城商行。", "39.11%").kind) == "growth"
    got = by_text("其中,杭州银行以14.53%的净利润增速领跑长三角地区,其513.64%的拨备覆盖率更是高居行业首位,显示出优异的"
                  "风险抵御能力。")
    assert (got["14.53%"].kind, got["14.53%"].metric) == ("growth", "净利润")
    assert (got["513.64%"].kind, got["513.64%"].metric) == ("share", "拨备覆盖率")


def test_a_bank_leading_with_its_figure_states_the_measure_before():
    """A 2025 page on 长三角 city banks' 2024 results: 江苏银行以39520.42亿元居首 named the amount 居首; it is the 总资产规模 of
    the clause before, for 江苏银行."""
    got = by_text("7家上市城商行2024年总资产规模合计达17.72万亿元,江苏银行以39520.42亿元居首,增速16.12%")
    assert (got["39520.42亿元"].metric, got["39520.42亿元"].subject) == ("总资产规模", "江苏银行")


@pytest.mark.parametrize("text, written", [
    # a 2025 163.com page on city banks' third quarter
    ("17家A股上市城商行前三季度共实现净利润1736.03亿元,同比增长7.05%,这一增速显著高于六大国有银行1.22%的增速,更与股份制银行整体"
     "下滑1%形成鲜明对比。", "1.22%"),
    # a 2024 review of property insurers
    ("TOP4-8的大型公司增速接近,整体稳定,仅阳光财险8.1%的增速高于行业。", "8.1%"),
])
def test_a_rate_before_its_zengsu_is_a_growth(text, written):
    """A percentage before 的增速 is a rate of growth (both were shares)."""
    assert one(text, written).kind == "growth"


def test_a_banks_figure_in_brackets_after_its_name_is_its_own():
    """reportify's page on 长三角's city banks in 2024: 上海银行(32266.56亿元)与宁波银行(31252.32亿元) gave the second
    figure no bank (the name right before its bracket, after 与, opens no clause)."""
    got = by_text("上海银行(32266.56亿元)与宁波银行(31252.32亿元)差距缩小至千亿级别,2023年差距为3700亿元。")
    assert (got["32266.56亿元"].subject, got["31252.32亿元"].subject) == ("上海银行", "宁波银行")


def test_banks_brokers_and_insurers_known_by_their_short_names():
    """reportify's pages on 2024's city banks and listed brokers: 徽商银行 (jieba cuts 徽商|银行), 国泰海通, 中信建投 and 第一创业
    carry no ending the organisation finder knows; their figures had no subject or another bank's, and metrics cut into the
    names (投人均薪酬, 创业营收) or named the broker (国泰海通 for its 147.69亿元)."""
    assert one("徽商银行88.87%贷款分布在安徽,江苏仅占5.94%。", "88.87%").subject == "徽商银行"
    got = by_text("自营业务30家券商净收入增长,11家增幅超100%,中信证券自营净收入263.45亿元(+21%),国泰海通147.69亿元(+62%),"
                  "兴业证券大增370%至28.24亿元。")
    assert [(got[w].metric, got[w].subject) for w in ("263.45亿元", "147.69亿元", "62%", "370%")] == [
        ("自营净收入", "中信证券"), ("自营净收入", "国泰海通"), ("自营净收入", "国泰海通"), ("自营净收入", "兴业证券")]
    got = one("中信建投人均薪酬由61.82万元降至53.14万元(-14%)。", "61.82万元")
    assert (got.metric, got.subject) == ("人均薪酬", "中信建投")
    got = one("中小券商表现分化,第一创业营收35.32亿元(+42%),净利润9.04亿元(+173%)。", "35.32亿元")
    assert (got.metric, got.subject) == ("营收", "第一创业")


def test_the_longest_name_leaves_the_metric_first():
    """reportify's page on brokers' 2025 first half: with 国泰海通 named earlier in the paragraph, 国泰海通证券营收 lost only
    国泰海通 (证券营收)."""
    got = by_text("中信证券330.39亿元和国泰海通238.72亿元位列前二。国泰海通证券营收238.72亿元(+77.71%)净利润157.37亿元。")
    assert got["157.37亿元"].subject == "国泰海通证券"
    assert [c.metric for c in claims_of("中信证券330.39亿元和国泰海通238.72亿元位列前二。国泰海通证券营收238.72亿元(+77.71%)。")
            if c.text == "238.72亿元"][-1] == "营收"


def test_a_profit_written_without_yuan_is_money():
    """A news title on 中国银行's 2024 results: 去年净赚2378亿 was a count with no unit (净赚, like 利润, names money)."""
    got = one("中国银行去年净赚2378亿增2.56%,房地产行业仍是境内新发生不良的第一大行业。", "2378亿")
    assert (got.unit, got.kind) == ("元", "money")


# 只写了"亿"的保费、承销和交易规模是金额 (premiums, underwriting and deal volumes written with a scale word alone are money,
# in 元: were counts with no unit; a broker's note on 中信证券's 2024 results, an insurers' digest of 2024's first half)
@pytest.mark.parametrize("text, written", [
    ("全年A股主承销规模704亿,市占率21.9%,位列行业第一;债券承销规模2.1万亿,同比+9.5%。", "704亿"),
    ("完成A股并购项目5单、位列行业第一,交易规模199亿,市占率23.0%。", "199亿"),
    ("保险市场运行总体情况:保费破3.5万亿,财险、人身险双增长", "破3.5万亿"),
])
def test_premiums_and_deal_volumes_with_a_scale_word_are_money(text, written):
    claim = one(text, written)
    assert (claim.kind, claim.unit) == ("money", "元")


def test_changes_against_two_times_compared_with():
    """兴业银行's 2025 interim results as a digest gives them: 较一季度和2024年分别收窄5和7个基点 are the 净息差's changes
    against each time in turn (were named 分别, dated 2024年, both against 一季度)."""
    got = by_text("上半年净息差1.75%,较一季度和2024年分别收窄5和7个基点。")
    assert [(got[w].metric, got[w].period, got[w].baseline) for w in ("5", "7个基点")] == [
        ("净息差", "上半年", "一季度"), ("净息差", "上半年", "2024年")]


@pytest.mark.parametrize("text, expected", [
    # 华夏银行's 2025 interim results as a digest gives them: names each with its figure in brackets, then what the
    # figures measure (all three were 京津冀; each industry named alone)
    ("京津冀(3.78%)、东北(2.19%)、粤港澳(1.51%)地区不良率较高。",
     {"3.78%": "京津冀地区不良率", "2.19%": "东北地区不良率", "1.51%": "粤港澳地区不良率"}),
    ("采矿业（2.70%）、批发零售业（2.61%）、房地产业（2.53%）、建筑业（2.37%）不良率居前但均较上年末下降。",
     {"2.70%": "采矿业不良率", "2.37%": "建筑业不良率"}),
])
def test_bracketed_figures_of_names_measure_what_follows_the_run(text, expected):
    got = by_text(text)
    assert {written: got[written].metric for written in expected} == expected


def test_a_narrowed_decline_after_the_time_compared_with():
    """华夏银行's 2025 interim results: 较一季度降幅收窄11.8个百分点 changes the revenue's rate of decline (was named 营业收入:
    read as the revenue falling 11.8 points)."""
    got = by_text("上半年营业收入455.22亿元同比下降5.9%,较一季度降幅收窄11.8个百分点。")
    assert (got["11.8个百分点"].metric, got["11.8个百分点"].baseline) == ("营业收入降幅", "一季度")


@pytest.mark.parametrize("text, written, expected", [
    # a budget digest of 2025's first half (sohu): a plus right after the item's name signs its change (were no claims)
    ("主要税种增长平稳:国内增值税+2.8%国内消费税+1.7%个人所得税+8%。", "1.7%", ("growth", "国内消费税", "up")),
    # and a minus: the change, not a share (罚没收入-4.3% was a share)
    ("国有资源有偿使用收入+4.8%行政事业性收费+1%罚没收入-4.3%。", "-4.3%", ("growth", "罚没收入", None)),
    # a rate's level keeps its sign as a level (加权平均净资产收益率-1.45%, a company's 2024 业绩快报)
    ("加权平均净资产收益率-1.45%,上年同期2.26%。", "-1.45%", ("share", "加权平均净资产收益率", None)),
])
def test_signed_rates_after_a_name_in_digests(text, written, expected):
    claim = one(text, written)
    assert (claim.kind, claim.metric, claim.direction) == expected


# 应出席董事N名 是那次董事会会议当天的人数 (those due at and present at a board meeting are counted on its day)
@pytest.mark.parametrize("text, year, day", [
    # 重庆银行's 2024 annual report summary: the day is in the sentence before
    ("3.本行第七届董事会第七次会议于2025年3月21日以现场(视频)会议方式召开。杨秀明董事长主持了会议,会议应参会董事11名,"
     "实际参会董事11名,本行监事、高级管理人员列席了会议。", 2024, "2025年3月21日"),
    # 中国银行's 2025 interim report summary: the report's 2025年半年度 had dated the counts 2025年上半年
    ("1.3 本行于2025年8月29日召开董事会会议,审议通过本行2025年半年度报告及摘要(统称“本报告”)。会议应出席董事14名,"
     "亲自出席董事14名。", 2025, "2025年8月29日"),
])
def test_counts_of_directors_at_a_meeting_are_of_its_day(text, year, day):
    counts = [c for c in claims_of(text, year) if c.unit == "名"]
    assert len(counts) == 2 and all(c.period == day for c in counts), [(c.text, c.period) for c in counts]


def test_votes_at_a_board_meeting_are_of_its_day():
    """厦门银行's 2023 profit distribution notice: the votes were dated 2023年, the notice's year."""
    text = "公司于2024年4月29日召开的第九届董事会第四次会议以13票同意、0票反对、0票弃权审议通过了《2023年度利润分配方案》。"
    votes = [(c.text, c.metric, c.period) for c in claims_of(text, 2023) if c.unit == "票"]
    assert votes == [("13票", "同意", "2024年4月29日"), ("0票", "反对", "2024年4月29日"), ("0票", "弃权", "2024年4月29日")]


# 利润分配方案公告里的金额是方案年度的 (a profit-distribution notice's figures are of the plan's year, as its title names it)
def test_a_profit_distribution_notice_dates_its_dividends_by_the_plans_year():
    """中国民生银行's and 厦门银行's 2023 profit distribution notices: the dividends and the payout ratio had 2023年."""
    text = ("中国民生银行股份有限公司2023年度利润分配预案公告\n\n每股分配比例:每股派发现金股利人民币0.216元(含税)。"
            "本年度公司现金分红比例为30.71%。\n")
    got = {c.text: c.period for c in claims_of(text)}
    assert got == {"0.216元": "2023年度", "30.71%": "2023年度"}


# 降幅/增速 与名称写在一起时，百分点的变化是这个比率的 (a change in points of a rate its clause names with its noun is that
# rate's: the rate word was stripped as a change word, so it was the level's name)
@pytest.mark.parametrize("text, written, metric", [
    # a digest of 招商银行's 2025 interim results: was 营收
    ("上半年营收降幅较去年同期收窄1.37个百分点。", "1.37个百分点", "营收降幅"),
    # a digest of 兴业银行's 2025 interim results: was 非息收入
    ("净利息收入与非息收入同比分别下降1.5%和3.8%,非息收入降幅较一季度收窄8.6个百分点。", "8.6个百分点", "非息收入降幅"),
    # a page on listed banks' 2024 results: was 归母净利润
    ("郑州银行归母净利润增速环比提升19.8个百分点,成为利润端改善最显著的银行。", "19.8个百分点", "归母净利润增速"),
])
def test_a_change_in_points_of_a_rate_named_with_its_noun(text, written, metric):
    assert one(text, written).metric == metric


# 公司金融 是银行的对公业务板块，不是作者自称的"公司" (a bank's corporate segment, not the author's 公司); 摊余成本 is one word
@pytest.mark.parametrize("text, written, metric", [
    # a digest of 邮储银行's 2025 interim report: was 金融业务收入
    ("公司金融业务收入407.46亿元同比增长19.99%。", "407.46亿元", "公司金融业务收入"),
    # 江苏银行's 2024 auditor's report: was 成本计量的发放贷款和垫款总额 (cut inside 摊余成本)
    ("于2024年12月31日,江苏银行以摊余成本计量的发放贷款和垫款总额19,499.25亿元。", "19,499.25亿元",
     "摊余成本计量的发放贷款和垫款总额"),
])
def test_bank_segment_and_measurement_words(text, written, metric):
    assert one(text, written).metric == metric


def test_the_reporting_period_of_an_interim_report():
    """沪农商行's 2024 interim report as a stock site copies it (截止日期2024-06-30, 信息来源2024年中期报告): 报告期内 was
    2024年 and 报告期末 2024年末, the whole year's."""
    text = ("沪农商行(601825)经营总结\n截止日期2024-06-30\n信息来源2024年中期报告\n"
            "报告期内,本集团实现营业收入139.17亿元,同比增长0.23%。报告期末,本集团资产总额为14,549.57亿元。\n")
    got = by_text(text)
    assert (got["139.17亿元"].period, got["14,549.57亿元"].period) == ("2024年上半年", "2024年6月末")


def test_directors_counted_before_what_they_did_at_the_meeting():
    """成都银行's 2023 distribution notice and 西安银行's summary: 9名董事现场出席, 3名董事…参加会议 and 7名监事列席了会议
    were dated the report's year."""
    got = by_text("2024年4月24日,本行召开第八届董事会第八次会议,本次董事会应出席董事12人,9名董事现场出席,3名董事通过电话连线方式"
                  "参加会议。公司7名监事列席了会议。", 2023)
    assert [got[w].period for w in ("12人", "9名", "3名", "7名")] == ["2024年4月24日"] * 4



# 兰州银行's 2024 half-year report as a page gives it (corpora/real/bank_report_pages_sample.txt, page 11): a line that
# ends in an amount goes on into the next that opens with its unit (2,459.69 | 亿元: the amount had no unit, its
# sentence ended at the line's end), and the report's title dates the half-year's flows (they had 2024年)
LANZHOU_2024H1 = ('【11】兰州银行:2024年半年度报告\n理、口碑良好的现代城商行。截至 2024 年 6 月末,兰州银行资产总额 4,7'
                   '06.94 亿元,较\n年初增长 3.81%;吸收存款 3,516.27 亿元,较年初增长 4.23%;发放贷款和垫款 2'
                   ',459.69\n亿元,较年初增长 3.32%,为甘肃省存贷款规模最大的商业银行;2024 年上半年实现营\n业收入 39.'
                   '95 亿元,归属于母公司股东的净利润 9.43 亿元;资产质量保持稳定,不良贷\n款率 1.82%,拨备覆盖率 198.6'
                   '1%。\n')


def test_an_amount_whose_unit_opens_the_next_line_keeps_it():
    got = {c.text.replace("\n", ""): c for c in claims_of(LANZHOU_2024H1)}
    amount = got["2,459.69亿元"]
    assert (amount.unit, amount.scale, amount.kind, amount.metric) == ("元", 100000000, "money", "发放贷款和垫款")
    assert got["39.95 亿元"].period == "2024年上半年"




def test_a_hard_wrapped_report_among_reports_of_a_paragraph_per_line_is_joined():
    """The bank pages (corpora/real/bank_report_pages_sample.txt, pages 9 to 11): 上海银行's and 青农商行's are a paragraph per
    line, 兰州银行's was copied hard-wrapped from its PDF; read as one layout, 兰州银行's lines stayed apart (不良贷 |
    款率1.82% was named 款率, 营 | 业收入39.95亿元 业收入, and 较 | 年初增长3.81% lost its 截至2024年6月末)."""
    lines = (Path(__file__).parents[2] / "corpora/real/bank_report_pages_sample.txt").read_text(encoding="utf-8")
    text = lines[lines.index("【9】上海银行"):lines.index("【12】重庆银行")]
    got = {c.text.replace("\n", "").replace(" ", ""): c for c in claims_of(text)}
    assert [got[t].metric for t in ("1.82%", "39.95亿元", "3.81%")] == ["不良贷款率", "营业收入", "资产总额"]
    assert got["3.81%"].period == "截至2024年6月末"
    # the bank the report's own title names wrote it: no subject, though its sentence names it (兰州银行资产总额…)
    assert {got[t].subject for t in ("4,706.94亿元", "3.81%", "1.82%")} == {None}


def test_votes_are_counted_by_how_they_were_cast():
    """厦门银行's 2023 profit-distribution notice (corpora/real/bank_report_pages_sample.txt, page 13): 13票同意 had no
    unit and no claim; the restructuring plan's 快件票数（万票） cells had no unit."""
    got = [(c.text, c.unit, c.metric) for c in claims_of(
        "公司于2024年4月29日召开的第九届董事会第四次会议以13票同意、0票反对、0票弃权审议通过了《2023年度利润分配方案》。\n")]
    assert got[-3:] == [("13票", "票", "同意"), ("0票", "票", "反对"), ("0票", "票", "弃权")]

# 民生银行's 2023 and 重庆银行's 2024 profit-distribution notices (corpora/real/bank_report_pages_sample.txt): a percentage of
# a base a reserve is set aside at is that appropriation's rate (提取法定盈余公积), not the base (it read 净利润, 风险资产)
MINSHENG_2023_PLAN = ('根据本行 2023 年度经普华永道中天会计师事务所(特殊普通合伙)审计的财务报表,本行实现净利润人民币 352.91'
                    ' 亿元,已支付永续债利息和境内优先股股息合计人民币 43.16 亿元,可供普通股股东分配的当年利润为人民币 309.'
                    '75\n亿元;按照本行 2023 年净利润的 10%提取法定盈余公积人民币 35.29 亿元;按\n照本行 2023 年'
                    '末风险资产的 1.5%差额计提一般准备人民币 43.79 亿元。\n')
CHONGQING_2024_PLAN = ('具体利润分配方案如下: (一)按照经审计的本行 2024 年度净利润的 10%提取法定盈余公积金 479,282,1'
                      '59.59 元; (二)按照风险资产 1.5%差额提取一般准备 524,603,761.24 元;\n')


@pytest.mark.parametrize("text, written, metric", [
    (MINSHENG_2023_PLAN, "10%", "提取法定盈余公积"), (MINSHENG_2023_PLAN, "1.5%", "计提一般准备"),
    (CHONGQING_2024_PLAN, "10%", "提取法定盈余公积金"), (CHONGQING_2024_PLAN, "1.5%", "提取一般准备"),
])
def test_the_rate_a_reserve_is_set_aside_at_is_that_appropriation(text, written, metric):
    assert [c.metric for c in claims_of(text) if c.text == written] == [metric]


def test_an_amount_provided_as_support_is_that_support():
    """中国银行's 2024 results speech as a page gives it: jieba tags 授信 and 支持 verbs, so no noun followed the amount and
    its name kept the giving verb (科技型企业提供)."""
    text = "全年为10.29万家科技型企业提供1.91万亿元授信支持,“十四五”期间,综合化服务累计超过7100亿元,服务我国超七成“独角兽”企业。"
    assert [c.metric for c in claims_of(text) if c.text == "1.91万亿元"] == ["授信支持"]


def test_an_amount_paid_per_shares_in_its_currency_is_the_dividend_named_before():
    """光大银行's 2023 profit-distribution notice (corpora/real/bank_report_pages_sample.txt, page 4): 每10股派人民币1.73元
    was named 每 (the currency after 派 left no name, and the model took one character)."""
    text = "本行向全体普通股股东派发现金股息,每10股派人民币1.73\n元(税前)。\n"
    assert [c.metric for c in claims_of(text) if c.value == Decimal("1.73")] == ["每10股现金股息"]


@pytest.mark.parametrize("text, written, metric", [
    # 2024 report roundups of rural and city banks (乐居财经, 东方财富, 融易网; /tmp/s47/h1): the 分别 list after a clause on
    # growth rates holds rates too (read as shares), and a rate a bank ranks by after 以 is a growth
    ("营收增速方面,常熟银行和瑞丰银行去年营收增速均超过10%,分别为10.53%和15.29%。", "10.53%", "营收"),
    ("南京银行杭州银行紧随其后,营收增速突破9%,分别为11.32%、9.61%。", "9.61%", "营收"),
    ("南京银行营收增速以11.3%位居第一,杭州银行归母净利润增速以18.1%领跑。", "18.1%", "归母净利润"),
    ("西安银行则以43.7%的营收增速成为最大“黑马”。", "43.7%", "营收"),      # was named 则以
])
def test_rates_of_growth_listed_or_ranked_are_growths(text, written, metric):
    got = one(text, written)
    assert (got.kind, got.metric) == ("growth", metric)



@pytest.mark.parametrize("text, expected", [
    # 2024 report roundups of city and rural banks (reportify, 乐居财经; /tmp/s47/h1): each bank of a 分别 list owns its
    # figure (all were the first bank's, and 哈尔滨银行 was the metric)
    ("8家城商行实现净利润双位数增长,泸州银行归母净利润增速28.31%排名第一,哈尔滨银行、青岛银行分别增长24.28%和20.16%。",
     {"24.28%": ("哈尔滨银行", "归母净利润"), "20.16%": ("青岛银行", "归母净利润")}),
    ("相对而言,沪农商行和紫金银行去年营收增速均不及1%,分别为0.86%、0.98%。",
     {"0.86%": ("沪农商行", "营收"), "0.98%": ("紫金银行", "营收")}),
])
def test_each_organisation_of_a_list_owns_its_figure(text, expected):
    got = {c.text: (c.subject, c.metric) for c in claims_of(text + "\n")}
    assert {t: got[t] for t in expected} == expected


def test_a_spaced_dash_before_a_count_is_a_bullet():
    """A digest of 30 city banks' 2024 results, its bullets run together: 格局 - 30家… was a count of -30 (a rate signed so,
    同比 - 22%, stays negative)."""
    got = by_text("行业格局 - 30家A股和H股上市城商行呈现\"强者恒强、尾部承压\"格局,江苏银行以318.43亿元归母净利润排名第一[2] "
                  "- 8家城商行实现净利润双位数增长。席位租赁收入12亿，同比 - 22%。")
    assert (got["30家"].value, got["8家"].value) == (30, 8)
    assert [c.value for c in claims_of("席位租赁收入12亿，同比 - 22%。") if c.unit == "%"] == [-22]


# 一个比率从何处来到何处：起点的时间（上一年末、去年底之）不进名字；负的收益率是水平，不是变化；按年是同比
@pytest.mark.parametrize("text, expected", [
    # 银监会's 2010 figures as a news page gives them: 上一年 went out alone, and 不良贷款率由末 was the name
    ("截至2010年12月末，我国境内商业银行不良贷款余额由上一年末的4973.3亿元降至4293亿元，不良贷款率由上一年末的1.58%降至1.14%。",
     {"1.58%": "不良贷款率", "1.14%": "不良贷款率"}),
    # 恒生银行's 2025 interim results as etnet writes them (/tmp/s49/h3, forty-fifth session review): 之 for 的
    ("（三）經營支出增加0﹒6%至75﹒65億元，成本對收入比率由上年同期之36﹒8%降至36.1%；",
     {"36﹒8%": "成本对收入比率", "36.1%": "成本对收入比率"}),
])
def test_the_time_a_rate_moved_from_is_no_part_of_its_name(text, expected):
    got = {c.text: c.metric for c in claims_of(text + "\n")}
    for written, metric in expected.items():
        assert got[written] == metric


def test_a_negative_rate_of_return_is_a_level():
    """凌钢股份's 2024 results as a news page gives them: -25.62% was a growth rate, against 同比."""
    (roe,) = [c for c in claims_of("数据显示，2024年公司加权平均净资产收益率为-25.62%，较上年同期下降16.87个百分点。\n")
              if c.text == "-25.62%"]
    assert (roe.kind, roe.metric, roe.baseline) == ("share", "加权平均净资产收益率", None)


def test_an_year_on_year_change_written_an_nian_is_against_the_year_before():
    """中国人寿's 2024 interim results as etnet writes them: 按年 (year on year) was the name of both rates."""
    got = {c.text: (c.metric, c.baseline) for c in claims_of("新業務價值322﹒62億元，按年增18﹒6%；內含價值逾1﹒4萬億元，按年增11﹒4%。\n")}
    assert got["18﹒6%"] == ("新业务价值", "按年")
    assert got["11﹒4%"] == ("内含价值", "按年")


def test_a_price_to_sales_ratio_keeps_its_name():
    """中证智能财讯 on 新国都's 2025 interim report: jieba cut 市|销|率, and the ratio was named （TTM）."""
    got = {c.text: c.metric for c in claims_of(
        "以8月26日收盘价计算，新国都目前市盈率（TTM）约为309.74倍，市净率（LF）约4.33倍，市销率（TTM）约6.1倍。\n")}
    assert got["约6.1倍"] == "市销率（TTM）"


def test_a_news_page_on_a_half_year_report_dates_its_figures_by_the_half():
    """中证智能财讯 on 新国都's 2025 interim report (/tmp/s49/h3): 报告期内 read as 2025年 and 上年同期 as 2024年; the page
    opens with the report it covers, as a title naming it would."""
    text = ("中证智能财讯新国都(300130)8月27日披露2025年半年度报告。2025年上半年，公司实现营业总收入15.27亿元，同比下降3.17%。\n"
            "报告期内，新国都基本每股收益为0.49元，加权平均净资产收益率为6.44%。\n"
            "投资活动现金流净额-17.11亿元，上年同期为-5202.53万元。\n")
    got = {c.text: c.period for c in claims_of(text)}
    assert (got["0.49元"], got["-5202.53万元"]) == ("2025年上半年", "2024年上半年")


def test_a_comparison_after_a_rates_name_is_no_part_of_it():
    """A 2024 analysis of 民生银行 (/tmp/s49/h3): the rate was named 净息差低于股份制银行平均水平."""
    assert one("1.净息差压力：1.39%的净息差低于股份制银行平均水平（1.61%），反映资产定价能力承压。\n", "1.39%").metric == "净息差"


def test_a_figure_restated_for_the_year_before_in_brackets_is_of_that_year():
    """长江和记's 2024 MD&A (/tmp/s49/h3; the company pages' gold too): the bracket's 2023年 figures had 2024年."""
    got = [(c.text, c.period) for c in claims_of(
        "2024年之整体吞吐量增加6%至8,750万个标准货柜，当中本地及转运货物数量分别占65%及35%（2023年：本地及转运货物数量分别占"
        "65%及35%）。\n") if c.unit == "%" and c.kind == "share"]
    assert [p for _t, p in got] == ["2024年", "2024年", "2023年", "2023年"]


def test_the_day_a_company_was_founded_dates_no_later_clause():
    """中国人寿's 2024 figures as a digest gives them (/tmp/s49/h3): the registered capital was dated 2003年6月30日."""
    assert one("公司注册成立于2003年6月30日，注册资本为人民币28,264,705,000元。\n", "28,264,705,000元").period is None


def test_a_change_in_brackets_after_a_rate_is_that_rates_change():
    """中粮科技's 2024 results as 识道's page gives them (/tmp/s49/h5): +551% after 净利率0.52% took 毛利率, the
    growth before it (a growth was read as never a share's)."""
    got = {c.text: c.metric for c in claims_of(
        "盈利能力指标显示：毛利率7.29%（同比+26.84%），净利率0.52%（同比+551%），但绝对值仍处于较低水平。\n")}
    assert (got["26.84%"], got["551%"]) == ("毛利率", "净利率")


@pytest.mark.parametrize("text, written, metric", [
    # 渣打's 2025 interim results as etnet writes them (/tmp/s49/h3): the debt securities took 客户存款
    ("（五）客戶存款5174億元，另有701億元已發行債務證券，客戶貸款2867億元，貸存比率51%；", "701億元", "已发行债务证券"),
    # 中电控股's 2024 results, etnet: 维持于 stayed in the name
    ("（六）台灣地區及泰國：營業額維持於300萬元，營運盈利下降15﹒3%至2﹒6億元；", "300萬元", "营业额"),
])
def test_hong_kong_issuers_phrasing_keeps_each_figures_name(text, written, metric):
    assert one(text + "\n", written).metric == metric


def test_a_name_on_both_sides_of_its_baseline_is_written_once():
    """17家A股上市城商行2023年中期业绩 (jxyuging.com): 净息差比上年净息差增加0.09个百分点 was named 净息差净息差."""
    got = one("具体来看，除青岛银行上半年净息差比上年净息差增加0.09个百分点、北京银行与上年持平之外，"
              "其余15家城商行上半年净息差均比上年净息差下降0.04-0.23个百分点。", "0.09个百分点")
    assert (got.metric, got.baseline) == ("净息差", "上年")


def test_a_threshold_closing_the_clause_of_the_banks_leaves_them_the_runs_items():
    """A page on 17家A股城商行's 2022 annual reports (m.nongye.u0q.com, 2023-05-11): the clause before 分别为 closed with
    a threshold (则不足3%), so its banks were no items and both figures were 郑州银行's."""
    got = by_text("郑州银行、青岛银行资产规模增幅则不足3%,分别为2.88%、1.41%。")
    assert (got["2.88%"].subject, got["1.41%"].subject) == ("郑州银行", "青岛银行")
    assert got["1.41%"].kind == "growth"


def test_each_bank_of_the_clause_before_fenbie_shang_sheng_has_its_own_change():
    """cnr.cn on 20家A股上市银行's 2022 results flashes (2023-02-18): a run after 分别较上年末上升 took no items from the
    clause before, so both changes were named 分别 and were 招商银行's."""
    got = by_text("资产质量方面,多数银行不良贷款率下降,仅招商银行和平安银行不良贷款率上升,分别较上年末上升0.05个和0.03个百分点。")
    assert [(c.metric, c.subject) for c in (got["0.05个"], got["0.03个百分点"])] == \
        [("不良贷款率", "招商银行"), ("不良贷款率", "平安银行")]


def test_the_attendance_of_a_board_meeting_is_of_the_meetings_day():
    """中国银行's 2022 annual report summary (q.stock.sohu.com): the board 通过 the report on its day, and the counts of the
    sentence after were dated 2022年; 浙商银行's 2024 interim summary (corpora/real/bank_report_pages_sample.txt): the day
    on the numbered line over the paragraph, 实有董事 and 列席 too (were 2024年上半年)."""
    boc = by_text("  1.3 本行董事会于 2023 年 3 月 30 日通过了本行 2022 年年度报告及摘要。会议应出席董事\n"
                  "      13 名,亲自出席董事 12 名。独立董事姜国华先生因其他重要公务未能亲自出席会议,\n")
    assert (boc["13 名"].period, boc["12 名"].period) == ("2023年3月30日", "2023年3月30日")
    czb = claims_of("1.2 本报告于 2024 年 8 月 29 日由本公司第七届董事会 2024 年第二次临时会议审议\n"
                    "通过。本公司实有董事 12 名,亲自出席的董事 12 名,出席人数符合《中华人民共和国公司法》和本公司章程的规定。"
                    "公司 10 名监事列席了本次会议。\n")
    assert [c.period for c in czb] == ["2024年8月29日"] * 3


def test_an_interim_dividend_is_of_the_interim():
    """中信银行's 2025 interim report as cfi.cn copies it (traditional script): its 2025年中期 dividend was dated 2025年."""
    got = by_text("中期利潤分配預案:本報告第三章「公司治理、環境和社會- 2025年中期利潤分配」披露了經董事會審議通過的,擬提交臨\n"
                  "時股東大會審議的2025年中期利潤分配方案,每10股派發現金股息1.88元人民幣(含稅)。本行2025年上半年不進行資本公\n"
                  "積金轉增股本。\n")
    assert got["1.88元"].period == "2025年中期"
