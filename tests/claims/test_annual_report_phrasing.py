"""Company annual-report phrasing (主营业务分析: an item's figure, the prior year's figure it is compared with, the
change and its rate): sentences of public copies of listed companies' reports, none a report the product is judged
on."""
from __future__ import annotations

from decimal import Decimal

import pytest

from .sentences import by_text, claims_of, one


# hezhiquan.com's copy of a 2015 annual report (主营业务分析, 利润表及现金流量表相关科目变动分析)
COSTS = "（2）本期销售费用8715.97万元，较上年同期3933.57万元，增加4782.40万元，增幅121.58%，主要因本期销量增加。"
CASH_FLOWS = "（6）本期投资活动产生的现金流量较上年同期减幅55.09%，主要因公司购建固定资产、无形资产支付的现金减少。"


def test_the_figure_compared_with_is_of_the_period_it_is_compared_at():
    """较上年同期3933.57万元: the prior year's expense had no period (本期 was no period word either)."""
    got = by_text(COSTS)
    assert (got["8715.97万元"].period, got["3933.57万元"].period) == ("本期", "上年同期")
    assert (got["4782.40万元"].kind, got["4782.40万元"].baseline) == ("delta", "上年同期")


def test_a_fall_named_jianfu_is_a_change():
    """较上年同期减幅55.09% was a share named 投资活动产生的现金流量减幅."""
    got = one(CASH_FLOWS, "55.09%")
    assert (got.kind, got.direction, got.metric) == ("growth", "down", "投资活动产生的现金流量")


def test_a_line_stopping_at_a_copula_goes_on_into_the_figure_on_the_next():
    """云天励飞's 2024 annual report summary as 查股网 prints it, a line per PDF line: -57,904.70万元 on the line after
    净利润为 named nothing."""
    text = ("公司2024年度实现营业收入为91,737.19万元；归属于上市公司股东的净利润为\n"
            "-57,904.70万元；归属于上市公司股东的扣除非经常性损益的净利润为-68,345.58万元。报告期内\n"
            "公司尚未实现盈利。\n")
    got = by_text(text)
    assert (got["-57,904.70万元"].metric, float(got["-57,904.70万元"].value)) == ("归属于上市公司股东的净利润", -57904.7)


def test_a_change_word_broken_by_the_lines_end_goes_on_into_the_next_line():
    """漳州发展's 2023 财务决算报告 as aijingu.com copies it, hard-wrapped at no one width: 较上年同 | 比上涨 2.49%。 made
    比上涨 2.49% a sentence of its own, and the growth rate had no metric."""
    text = ("(一)2023 年,公司实现营业收入 364,916.37 万元;营业利润\n"
            "14,405.13 万元;归属于母公司的净利润 7,844.71 万元,较上年同\n"
            "比上涨 2.49%。\n")
    assert by_text(text)["2.49%"].metric == "归属于母公司的净利润"


# shidaotec.com's note on 603633's 2024 annual report: bullets, then numbered points
NOTE_603633 = ("• 经营活动现金流净额同比下降43%，与营收增长形成明显背离\n"
               "• 现金分红：每10股派0.27元（含税），合计1,142万元\n"
               "• 分红率：15.54%（含股份回购视为分红部分）\n"
               "• 股份回购：2024年斥资3,000万元回购374万股\n"
               "1. 营收保持高速增长（34.46%），市场份额可能扩大\n"
               "2. 持续加码研发投入（5.79%营收占比），技术储备增强\n")


def test_no_metric_opens_with_an_enumerators_dot_or_a_dash():
    """shidaotec.com's notes on 2024 annual reports: 2. 持续加码研发投入（5.79%营收占比） was named .持续加码研发投入;
    a dash alone on a line before a point (-\\n单季度主营收入1.24亿元) opened its name."""
    assert by_text(NOTE_603633)["5.79%"].metric == "持续加码研发投入"
    got = by_text("2024年第四季度表现尤为突出：\n-\n单季度主营收入1.24亿元，同比增长11.44%\n")
    assert (got["1.24亿元"].metric, got["11.44%"].metric) == ("单季度主营收入", "单季度主营收入")


@pytest.mark.parametrize("text, written, metric", [
    # shidaotec.com's note on 688719's 2024 annual report
    ('公司呈现典型的"增收不增利"特征：营业收入保持17.7%的稳健增长，但净利润却近乎腰斩。', "17.7%", "营业收入"),
    (NOTE_603633, "34.46%", "营收"),
])
def test_a_rate_before_its_change_or_in_brackets_after_it_is_a_growth(text, written, metric):
    """17.7%的稳健增长 and 高速增长（34.46%） were shares, the second named 保持高速."""
    claim = by_text(text)[written]
    assert (claim.kind, claim.direction, claim.metric) == ("growth", "up", metric)


def test_qijian_feiyong_lv_is_one_word():
    """期间费用率15.99% was named 费用率 (jieba cut 期间|费用率 and 期间 read as a time). shidaotec.com's note on 688330's
    2024 annual report."""
    got = by_text("3. 费用控制：期间费用率15.99%，同比微升0.49个百分点，其中财务费用同比增长21.13%，值得关注。\n")
    assert (got["15.99%"].metric, got["0.49个百分点"].metric) == ("期间费用率", "期间费用率")


def test_a_shares_change_in_points_after_zhan_names_the_part_and_the_whole():
    """占总资产比重下降18.21个百分点 after 货币资金减少38.52% was named 总资产比重. shidaotec.com's note on 301300's 2024
    annual report."""
    got = by_text("资产结构变化：\n-\n货币资金减少38.52%，占总资产比重下降18.21个百分点\n")
    assert (got["18.21个百分点"].metric, got["18.21个百分点"].direction) == ("货币资金占总资产比重", "down")


def test_a_noun_and_a_verb_joined_before_a_head_both_qualify_it():
    """道通科技's 2024 summary (sina): 现金分红和回购金额合计545,658,339.13元 was named 金额 (回购, a verb, stopped the
    name at 和)."""
    got = by_text("本年度公司现金分红（包括中期已分配的现金红利）总额399,117,890.10元，本年度以现金为对价，采用集中竞价方式已实施的"
                  "股份回购金额146,540,449.03元，现金分红和回购金额合计545,658,339.13元，占本年度归属于上市公司股东净利润的比例85.14%。")
    assert got["545,658,339.13元"].metric == "现金分红和回购金额"


# 中国电力 (China Power, a Hong Kong issuer)'s 2023 annual results in Chinese (chinapower.hk): years in Chinese digits, the
# currency before each figure, 或 before the change's rate, 录得 and 合共, the slash ╱ of a compound unit, and short titles
# over the paragraphs that open with their words.
CHINA_POWER_2023 = (
    "经营业绩\n"
    "二零二三年,本集团净利润为人民币4,533,955,000元,较上年度增加人民币1,848,617,000元或68.84%。\n"
    "二零二三年,各经营分部的净利润(亏损)如下:\n"
    "与二零二二年相比,净利润变动主要是由于以下因素:\n"
    "本集团的收入主要来自售电,以及提供代发电和储能相关服务。二零二三年,本集团录得收入人民币44,261,767,000元,较上年度的人民币43,689,129,000元增加1.31%。\n"
    "二零二三年,各经营分部的收入详情载列如下:\n"
    "因年内水电售电量减少,水电收入减少人民币1,632,232,000元。\n"
    "因多个项目并入及投入商业运营,风电及光伏发电的收入合共增加人民币5,206,731,000元。\n"
    "受煤电处置所影响,火电收入减少人民币4,653,784,000元。如剔除煤电处置的影响,火电收入同比将有所上升。\n"
    "随着储能市场快速增长,本集团不断拓展储能业务,储能收入增加人民币1,651,923,000元。\n"
    "本集团经营成本主要包括燃料成本、发电机组和设施的维修及保养开支、折旧与摊销、员工成本、工程承包成本、储能设备销售成本、消耗品及其他经营开支。二零二三年,本集团的经营成本为人民币38,544,960,0"
    "00元,较上年度的人民币39,347,562,000元下降2.04%。虽然因多个清洁能源项目投产及并入,以及储能设备销售业务扩大导致相关成本同比大幅上升,但因煤电处置及燃料价格渐趋稳定,经营成本因而录"
    "得同比减少。\n"
    "总燃料成本\n"
    "总燃料成本减少人民币5,924,400,000元或26.07%,主要原因是煤电处置后大幅减少了燃料消耗量。\n"
    "单位燃料成本\n"
    "本集团煤电业务的平均单位燃料成本为人民币285.51元╱兆瓦时,较上年度的人民币326.16元╱兆瓦时下降12.46%。主要由于国内煤炭产能持续释放,加上进口煤增量明显,供应情况好转。\n")


def test_a_hong_kong_issuers_results_read_as_written():
    """Figures were named 人民币 (the currency before the compared figure), 录得收入, 总燃料成本 twice over (the title
    line joined to its paragraph) or ╱兆瓦时 (the slash of a compound unit), had no year (二零二三年 was none), and
    增加人民币…或68.84% gave an amount named 增加 and a share, no change of 净利润."""
    got = by_text(CHINA_POWER_2023)
    net, change, rate = got["4,533,955,000元"], got["1,848,617,000元"], got["68.84%"]
    assert (net.metric, net.period) == ("净利润", "2023年")
    assert (change.kind, change.metric, rate.kind, rate.metric) == ("delta", "净利润", "growth", "净利润")
    assert [got[w].metric for w in ("44,261,767,000元", "43,689,129,000元", "1.31%")] == ["收入"] * 3
    assert [got[w].metric for w in ("39,347,562,000元", "2.04%")] == ["经营成本"] * 2
    assert [got[w].metric for w in ("5,924,400,000元", "26.07%")] == ["总燃料成本", "总燃料成本"]
    cost = got["285.51元╱兆瓦时"]
    assert (cost.unit, cost.metric) == ("元/兆瓦时", "煤电业务的平均单位燃料成本")
    assert got["12.46%"].metric == "煤电业务的平均单位燃料成本"


def test_he_gong_is_in_all_as_gong_is():
    """合共 (Hong Kong's 合计): jieba tagged it a distinguishing word, so the change was named 合共."""
    got = by_text(CHINA_POWER_2023)
    assert (got["5,206,731,000元"].kind, got["5,206,731,000元"].metric) == ("delta", "风电及光伏发电的收入")



def test_the_total_after_a_per_share_dividend_is_no_amount_per_share():
    """新华保险's 2024 annual report summary (igu888.com): 共计16.85亿元 after 每股0.54元 took its 每股."""
    got = by_text("1.5 本公司于2024年中期向全体股东派发现金股利每股0.54元(含税),共计16.85亿元;本公司拟向全体股东派发2024年末期现金"
                  "股利每股1.99元(含税),共计62.08亿元。")
    assert (got["16.85亿元"].metric, got["62.08亿元"].metric) == ("派发现金股利", "现金股利")


def test_a_growth_after_a_share_of_revenue_is_the_amounts():
    """五粮液's 2023 annual report as 广州日报 reports it: 同比增加13.15% after 占营业收入比重为91.80% was named after the
    share; a share of a whole moves in 百分点, a rate in % is the amount's."""
    got = by_text("今年力争维持双位数增长分产品看,去年年报报告期内,酒类产品营业收入764.47亿元,占营业收入比重为91.80%,同比增加13.15%。")
    assert (got["13.15%"].kind, got["13.15%"].metric) == ("growth", "酒类产品营业收入")


def test_vaccine_doses_and_a_change_after_a_colon():
    """长春高新's 2022 annual report as a news page prints it: 人份 (doses) was read 万人 (people); 天士力's 2023 业绩预告
    as a data page prints it: 同比上年增长:60%至77% was a share."""
    doses = by_text("年产300万人份狂犬疫苗、300万人份Hib疫苗项目工程建设按计划完成土建工程施工,进一步开展净化工程建设。")
    assert {(c.unit, c.kind) for c in doses.values()} == {("人份", "count")}
    got = by_text("预计2023年1-12月扣除非经常性损益后的净利润盈利:115,591.79万元至127,591.79万元,同比上年增长:60%至77%,"
                  "同比上年增长43,412.31万元至55,412.31万元。")
    assert got["60%至77%"].kind == "growth"


def test_a_cash_dividend_paid_in_the_currency_is_named_by_the_paying():
    """国元证券's 2023 annual report summary: jieba cut 派|发现|金|人民币, and the total was named 金人民币."""
    got = by_text("以现有总股本4,363,777,891股为基数，向全体股东每10股派发现金红利1.50元（含税），合计派发现金人民币"
                  "654,566,683.65元（含税）。")
    assert got["654,566,683.65元"].metric == "合计派发现金"


def test_the_short_name_of_recurring_net_profit_keeps_its_kou():
    """扣非归母净利润 (an analysis of 宁德时代's 2023 report): jieba cut 扣|非 and the figures were named 非归母净利润."""
    got = by_text("2023年公司实现营收4009.2亿元,同比+22%;归母净利润441.2亿元,同比+44%;扣非归母净利润4"
                  "00.9亿元,同比+42%。\n")
    assert (got["400.9亿元"].metric, got["42%"].metric) == ("扣非归母净利润", "扣非归母净利润")


def test_an_adverb_before_the_verb_is_no_part_of_the_name():
    """itbear.com.cn on 宁德时代's 2024 annual report: 净利润却实现了15.01%的增长 named both figures 宁德时代的净利润却
    (却 joins the clause to the one before, as 也 does)."""
    got = by_text("然而,在营收下滑的同时,宁德时代的净利润却实现了15.01%的增长,达到507亿元,日均盈利约1.4亿元,继续稳坐动力电池行业的"
                  "“宁王”宝座。\n")
    assert (got["15.01%"].metric, got["507亿元"].metric) == ("宁德时代的净利润", "宁德时代的净利润")


def test_the_price_after_a_price_per_ton_is_named_as_it():
    """A second price per ton after the first (a results page's summary of 宁德时代's 2024 report): 7.5万元/吨 was
    read as 7.5万元 and named /吨, the unit's rest."""
    text = "2024年，新能源汽车价格战激烈，上游材料价格下降，碳酸锂价格从年初的约10万元/吨跌至年底的7.5万元/吨，直接引发了电池价格的调整。"
    price = by_text(text)["7.5万元/吨"]
    assert (price.metric, price.unit) == ("碳酸锂价格", "元/吨")


def test_a_concessive_conjunction_opening_the_clause_names_nothing():
    """A results page on 宁德时代's 2024 report: 尽管 (though) opened the name of both shares (尽管宁德时代的…市占率)."""
    claims = by_text("尽管宁德时代的国内动力电池市占率从2023年的43.19%回升至45.08%,但仍低于2021年的52.1%。")
    assert claims["43.19%"].metric == claims["45.08%"].metric == "宁德时代的国内动力电池市占率"


@pytest.mark.parametrize("text, written, name", [
    # a broker's note on 招商蛇口's 2023 results: 扣除 of 扣除非经常性损益 was dropped as a use of the figure, and the name
    # said the opposite (非经常性损益的归母净利润); 剔除预收账款 of the 三道红线 ratio was cut at the verb
    ("主要因为:1)投资收益同比增加3.4亿元至14.7亿元,扣除非经常性损益的归母净利润同比下降5.4%至13.9亿元;2)", "13.9亿元",
     "扣除非经常性损益的归母净利润"),
    ("期末剔除预收账款的资产负债率62.41%、净负债率54.58%、现金短债比为1.28。", "62.41%", "剔除预收账款的资产负债率"),
    # a note on 保利发展's 2023 results (有|息), an IC designer's 2024 filing (当|期), 丽珠集团's 2024 interim results
    # (归|母), 恒瑞医药's in a broker's morning notes (创新|药), 中煤能源's 2024 results as a traditional-script page prints
    # them (息税折旧摊销前盈利 was named 盈利)
    ("有息债务余额3543亿元,较期初减少271亿元,融资成本同比下降36BP至3.56% [4]", "3543亿元", "有息债务余额"),
    ("137.24万元[27] - 2024年计入当期损益的政府补助为508.97万元[27]", "508.97万元", "计入当期损益的政府补助"),
    ("2024H1公司实现营业收入62.82亿元(-6.09%),归母净利润11.71亿元(+3.21%),归母扣非净利润11.55亿元(+5.65%) [8]",
     "11.55亿元", "归母扣非净利润"),
    ("恒瑞医药2025年上半年创新药销售及许可收入95.61亿元,占比60.66%,其中创新药销售收入75.70亿元(同比+21.80%) [2]",
     "75.70亿元", "创新药销售收入"),
    ("*2024年息稅折舊攤銷前盈利為人民幣405.85億元,較2023年減少人民幣\n41.69億元(即-9.3%)。", "405.85", "息税折旧摊销前盈利"),
])
def test_line_items_of_the_reports_stay_whole(text, written, name):
    assert one(text, written).metric == name


def test_a_signed_rate_in_brackets_after_a_figure_is_its_change():
    """丽珠集团's 2024 interim results (营业收入62.82亿元(-6.09%)) and 中煤能源's 2024 results (减少人民币35.70亿元(即-1.9%)):
    a rate with its minus in brackets was a share named 营业收入占比, as if it were part of a whole."""
    got = by_text("2024H1公司实现营业收入62.82亿元(-6.09%),归母净利润11.71亿元(+3.21%),归母扣非净利润11.55亿元(+5.65%) [8]")
    assert (got["-6.09%"].kind, got["-6.09%"].metric) == ("growth", "营业收入")
    coal = one("*2024年本集團的收入為人民幣1893.99億元,較2023年減少人民幣35.70億元(即-1.9%)。", "-1.9%")
    assert (coal.kind, str(coal.value)) == ("growth", "-1.9")


def test_a_part_of_the_sentence_takes_the_part_of_the_year_the_part_before_named():
    """A part after ； with no time of its own takes the quarter or half the part before named, not the sentence's first
    date: 郑州银行's 2024 quarters as a news page gives them (实现归母净利润6.26亿元 was of 2024年第一季度), 国药现代's 2024
    interim results as a traditional-script page with pinyin prints them (净利润7.18亿元 was of 2024年, the report's)."""
    bank = by_text("2024年第一季度,郑州银行实现营收33.18亿元,同比上涨2.47%;实现归母净利润9.67亿元,同比减少18.57%;2024年第二季度,"
                   "该行实现营收29.93亿元,同比下滑16.86%;实现归母净利润6.26亿元,同比下降27.04%。")
    assert (bank["9.67亿元"].period, bank["6.26亿元"].period) == ("2024年第一季度", "2024年第二季度")
    pharma = by_text("國藥現(xiàn)代8月27日發(fā)布2024年半年度報告,上半年公司實(shí)現(xiàn)營業(yè)收入59.60億元,同比下降7.52%;"
                     "歸屬于上市公司股東的凈利潤7.18億元,同比增長108.29%;基本每股收益0.5357元。")
    assert [pharma[t].period for t in ("59.60億元", "7.18億元", "0.5357元")] == ["上半年"] * 3


def test_the_whole_year_compared_with_is_no_period():
    """全年 after the year before (去年全年, 上年全年) or a year compared with (超过2024年全年) is that year's whole: 兴业银行's 2025
    interim results (利息净收入 had 全年, of 较上年全年下降7个基点), a page on the car market's 2025 first half (174% had 2025年,
    the 全年 of 比亚迪海外销量上半年超去年全年), 广州农商银行's 2022 results (去年全年，… had 全年, the report's year)."""
    bank = by_text("息收入方面,上半年兴业银行生息资产规模平稳增长,但受息差收窄(净息差1.75%,较上年全年下降7个基点)影响,利息净收入为737.55亿元,"
                   "同比下降1.52%。")
    assert bank["737.55亿元"].period == "上半年"
    cars = by_text("当新能源转型的浪潮席卷全球车市,2025年上半年的中国汽车市场正以“多元绽放”的姿态书写新篇——比亚迪海外销量上半年超去年全年,"
                   "零跑汽车营收同比激增174%刷新纪录,长安新能源车销量近乎翻倍……")
    assert cars["174%"].period == "上半年"
    rcb = by_text("去年全年,该行营业收入225.45亿元,同比下滑3.99%,但归属于母公司股东的净利润34.92亿元,同比上涨9.98%。")
    assert rcb["225.45亿元"].period == "去年"


def test_a_hong_kong_issuers_year_ended_and_its_figures():
    """博奇环保's 2023 annual results as a page gives them: 截至2023年12月31日止年度 is the year 2023 (the figures had the day,
    as a stock's), the prior year's figure after 较上年人民币 is 上年's, and 港仙 is a unit (3.50 had none, and 港仙 as its
    name)."""
    got = by_text("截至2023年12月31日止年度,本集团的毛利为人民币436百万元,较上年人民币391百万元增长11.5%;本集团的毛利率为20.4%,"
                  "与上年20.6%基本持平。")
    assert [got[t].period for t in ("436百万元", "391百万元", "11.5%")] == ["2023年", "上年", "2023年"]
    dividend = one("议宣派截至2023年12月31日止年度之末期股息每股普通股3.50港仙", "3.50")
    assert (dividend.unit, dividend.period) == ("港仙", "2023年")


def test_a_fiscal_year_ended_in_march_stays_that_years_fiscal_year():
    """电讯数码-like issuers whose year ends on 31 March: the year ended is the fiscal year (2024年度), not the calendar
    year a year ended on 31 December is (2023年)."""
    got = by_text("截至2024年3月31日止年度,集团录得收入约为498.24百万港元。")
    assert got["约为498.24百万港元"].period == "2024年度"


# the company pages (corpora/real/company_report_pages_sample.txt, pages 1 and 2): a Hong Kong issuer's results page
# titled 截至二零二三年十二月三十一日止年度业绩回顾 follows one on 长和's 2024 report; its 回顾年内 figures had 2024年, and a
# figure 较去年同期 kept 去年同期
HK_RESULTS_PAGES = ("【1】长和(00001.HK)2024年年度财务报告管理层讨论与分析\n"
                    "证券之星消息,近期长和(00001.HK)发布2024年年度财务报告,报告中的管理层讨论与分析如下:\n"
                    "【2】铝合金产品集团截至二零二三年十二月三十一日止年度业绩回顾\n"
                    "回顾年内,本集团铝合金产品产量约626.5万吨,较去年同期增长约3.7%。年内,本集团铝合金产品销量达到约574.8万吨,"
                    "较去年同期约547.3万吨增加约5.0%。\n")


def test_a_results_page_titled_by_the_year_it_ended_dates_its_figures():
    got = {c.text: c for c in claims_of(HK_RESULTS_PAGES)}
    assert [got[t].period for t in ("约626.5万吨", "约3.7%", "约574.8万吨")] == ["2023年"] * 3
    assert got["约547.3万吨"].period == "2022年"


def test_an_amount_of_twelve_digits_grouped_in_thousands_is_no_identifier():
    """The aluminium group's 2023 results (company pages, page 2): 人民币133,623,632,000元 was dropped as a long identifier,
    and the growth after it was named 的收入."""
    got = by_text("截至二零二三年十二月三十一日止年度,本集团的收入约为人民币133,623,632,000元,同比上升约1.5%,主要是由于本集团铝合金产品"
                  "和氧化铝产品销售数量增加,销售收入相应增加所致。")
    amount = got["约为人民币133,623,632,000元"]
    assert (amount.value, amount.unit, amount.metric, got["约1.5%"].metric) == (Decimal(133623632000), "元", "收入", "收入")


def test_the_authors_own_figure_after_a_conjunction_and_a_year_on_year_word():
    """02377's 2023 results (及本集团的纯利率 was 集团的纯利率) and 长和's 2024 report (仓储收入按年上升13%: 按年 is
    year on year, it was 仓储收入按年)."""
    got = by_text("截至2023年12月31日止年度,本集团的纯利为人民币237百万元及本集团的纯利率为11.1%。")
    assert (got["237百万元"].metric, got["11.1%"].metric) == ("纯利", "纯利率")
    got = by_text("呈报收益总额为港币452亿8,200万元,以呈报货币及当地货币计算较去年分别上升11%及12%,主要由于吞吐量增长、仓储收入按年"
                  "上升13%,以及一家货柜航运业务联营公司主要因红海事件推高市场运费以致所占其收益增加。")
    assert got["13%"].metric == "仓储收入"


def test_a_dividends_share_basis_day_is_the_shares_only():
    """内蒙古君正's 2023 report: 以截至2023年12月31日公司总股本…计算 dates the shares, not the dividend the clause after
    computes (共计拟派发现金红利… had 截至2023年12月31日)."""
    got = by_text("五、 董事会决议通过的本报告期利润分配预案或公积金转增股本预案 公司拟向全体股东每股派发现金红利0.32元(含税),以截至"
                  "2023年12月31日公司总股本8,438,017,390股计算,共计拟派发现金红利2,700,165,564.80元(含税)。")
    assert (got["8,438,017,390股"].period, got["2,700,165,564.80元"].period) == ("截至2023年12月31日", "本报告期")


def test_bonus_shares_of_a_dividend_plan_are_of_its_year():
    """The restructuring plan of 鼎泰新材 (2016, PDF text): 同时以资本公积向全体股东每10股转增10股 is part of the 2015年度
    利润分配预案 (its gold), as the cash dividend is; it had 2015年, the shareholders' meeting's."""
    text = ("2016年5月17日，公司召开2015年年度股东大会，审议通过《关于2015年度利润分配预案的议案》，公司以截至2015年12月31日公司"
            "总股本116,746,170股为基数，每10股派发现金红利1.40元（含税），现金分红总额为1,634.45万元，同时以资本公积向全体股东"
            "每10股转增10股。")
    got = [c for c in claims_of(text) if c.text == "10股"]
    assert got and got[-1].period == "2015年度"


def test_a_dividend_is_not_of_the_day_its_shares_are_counted():
    """道通科技's 2024 annual report summary (sina's copy): the dividend worked out on the shares counted 截至2025年3月20日
    had that day as its period; it is the report year's, as the share count keeps its day."""
    from extract.claims import find_claims
    from extract.ingest.text import document_from_text

    text = ("深圳市道通科技股份有限公司2024年年度报告摘要\n"
            "截至2025年3月20日,公司总股本451,878,499股,扣减回购专用账户的股数6,359,282股,以此计算合计拟派发现金红利"
            "222,759,608.50元(含税),占2024年度合并报表归属于上市公司股东净利润的34.76%。\n")
    got = {c.text: c for c in find_claims(document_from_text(text))}
    assert got["451,878,499股"].period == "截至2025年3月20日"
    assert got["222,759,608.50元"].period == "2024年"


def test_a_half_year_as_interim_reports_name_it():
    """中国重汽's 2024 利润分配 notice (2024年半年度已分配股利) and 0542's 2025 interim results as etnet prints them (截至2025年6月
    止半年度): the half was read as the whole year (2024年) or as a day's stock (截至2025年6月); a 半年度报告's title gives its
    figures the half (圣湘生物's 2025 report: its interim dividend had 2025年)."""
    assert one("2024年度累计现金分红总额为8.14亿元,占归属于母公司股东净利润的55% - 2024年半年度已分配股利3.40亿元\n",
               "3.40亿元").period == "2024年上半年"
    got = by_text("截至2025年6月止半年度,集團營業額上升1﹒6倍至3563萬元,股東應佔虧損收窄40﹒5%至5249萬元。\n")
    assert {c.period for c in got.values()} == {"2025年上半年"}
    # a news page on 长虹美菱's 2025 半年报: its figures had 2025年
    got = by_text("8月20日,长虹美菱(000521)公布2025年半年报,公司营业收入为180.7亿元,同比上升20.8%;归母净利润为4.17亿元,同比"
                  "上升0.26%。\n")
    assert got["180.7亿元"].period == got["4.17亿元"].period == "2025年上半年"
    from extract.claims import find_claims
    from extract.ingest.text import document_from_text

    text = ("圣湘生物科技股份有限公司2025年半年度报告全文\n"
            "六、董事会决议通过的本报告期利润分配预案或公积金转增股本预案 为持续践行“以投资者为本”的发展理念,与投资者共享经营"
            "发展成果,公司拟定2025年半年度利润分配方案如下:公司拟以实施权益分派的股权登记日登记的公司总股本扣减公司回购专用证券"
            "账户中股份为基数,向全体股东每10股派发现金红利2.62元(含税),不进行资本公积转增股本,不送红股。\n")
    got = {c.text: c.period for c in find_claims(document_from_text(text))}
    assert got["2.62元"] == "2025年上半年"


def test_a_forecast_range_of_losses_keeps_both_ends():
    """天洋新材's 2024 业绩预告 as 搜狐证券 carries it: the minus after 至 was not read, so -22000万元 became 22000 and was
    dropped, and -70%至-134% lost its second end; 福光股份's (中国证券报) writes 到."""
    got = by_text("预计2024年1-12月归属于上市公司股东的净利润为:-16000万元至-22000万元,与上年同期相比变动值为:"
                  "-6579万元至-12579万元,较上年同期相比变动幅度:-70%至-134%。")
    assert (got["-16000万元"].value, got["-22000万元"].value) == (Decimal("-16000"), Decimal("-22000"))
    assert (got["-70%至-134%"].value, got["-70%至-134%"].high) == (Decimal("-70"), Decimal("-134"))
    got = by_text("归属于母公司所有者扣除非经常性损益后的净利润:-3,800万元到-3,000万元。")
    assert [c.value for c in got.values()] == [Decimal("-3800"), Decimal("-3000")]


def test_the_forecast_template_change_and_rate_are_changes_of_the_profit():
    """The exchanges' 业绩预告 template (安集科技's 2024 half-year forecast, 搜狐证券): 与上年同期相比变动值为 gives the change of
    the profit named before it, 较上年同期相比变动幅度 its rate; they were an amount and a share named 同期相比变动幅度."""
    got = by_text("预计2024年1-6月归属于上市公司股东的净利润为:22400万元至23600万元,与上年同期相比变动值为:-1101.45万元至"
                  "98.55万元,较上年同期相比变动幅度:-4.69%至0.42%。")
    for written in ("-1101.45万元", "98.55万元"):
        assert (got[written].kind, got[written].baseline) == ("delta", "上年同期")
        assert got[written].metric == "归属于上市公司股东的净利润"
    for written in ("-4.69%", "0.42%"):
        assert (got[written].kind, got[written].baseline) == ("growth", "上年同期")
        assert got[written].metric == "归属于上市公司股东的净利润"
    assert got["22400万元"].kind == got["23600万元"].kind == "money"


def test_the_year_before_heads_its_part_of_a_forecast():
    """The exchanges' 业绩预告 template: 二、上年同期业绩情况 gives the figures of the year before (福光股份's 2024 forecast,
    中国证券报; they had the forecast's 2024年), and a half-year's forecast (赛轮集团's 2025年半年度业绩预告, 上海证券交易所) is of
    its half (its figures had 2025年)."""
    got = by_text("证券代码:688010 证券简称:福光股份 公告编号:2025-002\n福建福光股份有限公司2024年年度业绩预盈公告\n"
                  "  一、本期业绩预告情况\n  (一)业绩预告期间\n  2024年1月1日至2024年12月31日。\n"
                  "  归属于母公司所有者扣除非经常性损益后的净利润:-3,800万元到-3,000万元。\n"
                  "  二、上年同期业绩情况和财务状况\n  (一)利润总额:-8,911.36万元。归属于母公司所有者的净利润:-6,827.45万元。\n"
                  "  (二)每股收益:-0.4298元。\n")
    assert got["-3,800万元"].period == "2024年"
    assert got["-8,911.36万元"].period == got["-0.4298元"].period == "2023年"
    got = by_text("赛轮集团股份有限公司\n2025 年半年度业绩预告的自愿性披露公告\n一、本期业绩预告情况\n"
                  "与上年同期(法定披露数据)相比,将减少 3.21 亿元左右,同比下降 15%左右。\n二、上年同期业绩情况\n"
                  "(一)归属于上市公司股东的净利润:21.51 亿元。\n")
    assert got["15%左右"].period == "2025年上半年"
    assert got["21.51 亿元"].period == "2024年上半年"


def test_about_before_the_copula_makes_the_figure_approximate():
    """健康元's 2022 ESG report (train split) and a 2023 page on the 双高 colleges: 同比增长约为13.10 and 总计约达25亿元 had the
    bound =, their golds' ~ (约 stands before the copula, not right before the figure); 节约为 is no 约为."""
    got = one("实现归属于上市公司股东的净利润15.03亿元同比增长约为13.10实现归属于上市公司股东扣除非经常损益的净利润14.19亿元",
              "13.10")
    assert (got.bound, got.kind) == ("~", "growth")
    assert one("这些学校2022年度创造的收入总计约达25亿元;其中到款额超千万的院校有81所,占比约为43%。", "25亿元").bound == "~"
    assert one("节约为公司带来收益100万元。", "100万元").bound == "="


def test_a_forecasts_change_on_the_next_line_keeps_its_profit():
    """赛轮轮胎's 2025 半年度业绩预告 as 东方财富股吧 prints it, a line per PDF line: …净利润 18.30 亿元左右, | 与上年同期(法定披露数据)
    相比,将减少 3.21 亿元左右 named the change 将减少 (the comparison opens the next line)."""
    from extract.claims import find_claims
    from extract.ingest.text import document_from_text

    text = ("2025 年半年度业绩预告的自愿性披露公告\n重要内容提示:\n"
            "预计 2025 年半年度实现归属于上市公司股东的净利润 18.30 亿元左右,\n"
            "与上年同期(法定披露数据)相比,将减少 3.21 亿元左右,同比下降 15%左右。\n")
    got = {c.text: c for c in find_claims(document_from_text(text))}
    assert got["3.21 亿元左右"].metric == got["15%左右"].metric == "归属于上市公司股东的净利润"


# 可供分配利润 是可以分配的利润，不是已分配的 (the profit available for distribution: 可供, which jieba cut into two verbs,
# was lost and the name said distributed profit)
@pytest.mark.parametrize("text, written, metric", [
    # 中国巨石's 2025 interim dividend notice: was 分配利润
    ("2025年上半年母公司实现净利润519,472,300.47元,截至2025年6月底可供分配利润818,733,651.19元。", "818,733,651.19元",
     "可供分配利润"),
    # 振华科技's 2024 profit distribution notice: was 股东分配的利润
    ("年末母公司可供股东分配的利润为1,654,057,234.41元。", "1,654,057,234.41元", "母公司可供股东分配的利润"),
])
def test_profit_available_for_distribution_keeps_its_kegong(text, written, metric):
    assert one(text, written).metric == metric


def test_items_of_an_income_statement_run_are_each_their_own():
    """天合光能's 2023 业绩快报: every rate of the run was named 归属于母公司所有者的扣除非经常性损益的净利润 (the last item, 22
    characters, was longer than an item could be), and in the run's first three alone 营业利润、利润总额 shared 总额
    (公司营业总收入总额, 营业利润总额 …)."""
    got = by_text("报告期内,公司营业总收入、营业利润、利润总额、归属于母公司所有者的净利润及归属于母公司所有者的扣除非经常性损益的净利润"
                  "分别增长33.46%、71.89%、65.33%、51.12%及66.78%。")
    assert [got[w].metric for w in ("71.89%", "65.33%", "51.12%", "66.78%")] == [
        "营业利润", "利润总额", "归属于母公司所有者的净利润", "归属于母公司所有者的扣除非经常性损益的净利润"]


def test_a_per_share_amount_whose_dividend_is_named_after_it():
    """中国中车's 2025 interim dividend notice: 按每10股派发1.1元人民币(含税)的现金红利 was named 公司总股本 (the sentence before's)
    and alone had no name."""
    text = ("截至2025年6月30日,公司总股本为28,698,864,088股,以此为基数按每10股派发1.1元人民币(含税)的现金红利计算,"
            "合计拟派发现金红利31.57亿元人民币(含税)。")
    assert one(text, "1.1元").metric == "每10股派发现金红利"


# 变动后达到的金额写了币种 (the level a change reached, written with its currency): 长和's 2024 annual report, its ports
# division (corpora/real/company_report_pages_sample.txt page 1): 而EBIT则上升27%至港币118亿7,300万元 was named
# EBIT则上升27%至, across the rate before it
def test_the_level_a_change_reached_in_its_currency_is_the_changed_figures():
    text = "以呈报货币计算,EBITDA较2023年上升19%至港币161亿7,200万元,而EBIT则上升27%至港币118亿7,300万元,主要"
    got = {c.text: c.metric for c in claims_of(text)}
    assert (got["161亿7,200万元"], got["118亿7,300万元"]) == ("EBITDA", "EBIT")


# 从X增至Y: 同比的起点是上年同期的数 (the figure a year-on-year change starts from is the same period's a year before),
# a footnote mark after the figure names nothing, an amount in 亿/万 alone named by a money word is money
def test_a_change_from_one_figure_to_another_in_a_half_year_digest():
    """A digest of 中科金财's 2025 half-year report: 3.018亿 had the report's 2025年上半年 and was a count; 3.452亿 was
    named [ (its footnote mark [145]); -4953万 was named 增至- (the next figure's sign)."""
    text = ("中科金财2025年半年度报告摘要\n\n营业总收入同比增长14.36%,从3.018亿增至3.452亿[145]\n"
            "净利润亏损扩大71.5%,从-4953万增至-8495万[146]\n"
            "金融行业收入同比下降42.12%,占营业收入比重从72.11%降至36.50%[51]\n")
    got = by_text(text)
    assert [(got[t].metric, got[t].period, got[t].kind, got[t].unit) for t in ("3.018亿", "3.452亿")] == [
        ("营业总收入", "2024年上半年", "money", "元"), ("营业总收入", "2025年上半年", "money", "元")]
    assert got["-4953万"].metric == got["-8495万"].metric == got["71.5%"].metric
    assert (got["72.11%"].period, got["36.50%"].period) == ("2024年上半年", "2025年上半年")


def test_a_change_after_the_figure_of_the_year_before_is_of_this_year():
    """上海医药's (a 2024 results flash, 业绩快报): 较上年下降95.76% after 上年同期值为… had the year before's 2023年."""
    got = by_text("2024年度业绩快报\n\n归属于母公司所有者的净利润为6,850,041.02元,上年同期值为161,553,919.38元,较上年下降95.76%。\n")
    assert (got["161,553,919.38元"].period, got["95.76%"].period) == ("2023年", "2024年")


def test_a_summarys_numbered_items_are_no_claims():
    """兖矿能源's 2024 half-year report summary: 1.1 本 and 1.4 本 were counts of books (本), 1.3 a measure."""
    text = ("兖矿能源集团股份有限公司2024年半年度报告摘要\n\n1.1 本半年度报告摘要来自半年度报告全文。\n1.4 本半年度报告未经审计。\n"
            "1.3 《兖矿能源集团股份有限公司 2024 年半年度报告》已经公司第九届董事会第十次会议审议通过。\n")
    assert claims_of(text) == []


def test_the_day_in_brackets_after_a_named_day_dates_the_share_count():
    """维导's 2023 annual report summary (its 利润分配预案): the share counts 截至…通知日（2024年4月16日） had the report's
    2023年 (a date in brackets was read as a note); the dividend keeps the report's year."""
    got = by_text("维导2023年年度报告摘要\n\n截至第二届董事会第十二次会议通知日(2024年4月16日),公司总股本454,455,359股,以扣减回购专用证券账户中"
                  "股份总数803,658股后的股本453,651,701股为基数,向全体股东每10股派发现金红利2.00元(含税)。\n")
    assert [got[t].period for t in ("454,455,359股", "803,658股", "453,651,701股", "2.00元")] == \
        ["2024年4月16日"] * 3 + ["2023年"]


# 东湖高新's 2024 业绩预告 (reportify.ai), two 新三板 2023 annual reports (xinsanban.eastmoney.com), 中远海运国际's and
# 卓尔智联's results (sgpjbg.com, etnet.com.hk)
FORECAST = ("2024 年年度实现归属于母公司股东的净利润为 50,000 万元到 60,000 万元, 与上年同期相比,将减少 57,927 万元到 "
            "47,927 万元,同比下降 54%到 44%。")
CASH_FELL = ("2023 年末货币资金 1454.49 万元,相比上年末减少 1308.41 万元,减少幅度为 47.36%,主要原因在 于公司 2023 年应付账款"
             "本期支付货款较多所致。")
COSCO = ".本公司權益持有人應佔溢利上升19%至709,211,000港元,主要由於收入及應佔一家合營企業的溢利上升。"
COSCO_EPS = ".每股基本及攤薄盈利上升20%至48.38港仙(2023年:40.33港仙)。"
ZALL = "(一)整體毛利減少8﹒9%至3﹒64億元,毛利率微跌0﹒2個百分點至0﹒5%;"


def test_a_forecast_ranges_second_ends_are_changes_too():
    """47,927万元 was an amount and 44% a share, with no baseline."""
    got = by_text(FORECAST)
    assert [(got[t].kind, got[t].baseline) for t in ("57,927 万元", "47,927 万元")] == [("delta", "上年同期")] * 2
    assert [(got[t].kind, got[t].baseline) for t in ("54%", "44%")] == [("growth", "同比")] * 2


def test_a_rate_named_by_how_much_it_moved_is_the_figures_growth():
    """减少幅度为47.36% was a share named 减少幅度."""
    got = one(CASH_FELL, "47.36%")
    assert (got.kind, got.metric, got.direction) == ("growth", "货币资金", "down")


def test_hong_kong_profit_lines_are_named_whole():
    """權益持有人應佔溢利 was named 占溢利 (a share's 占), 毛利率微跌 毛利率微."""
    assert one(COSCO, "19%").metric == "权益持有人应占溢利"
    assert one(ZALL, "0﹒2個百分點").metric == "毛利率"


def test_a_rate_then_a_level_in_another_unit_are_two_figures():
    """20%至48.38港仙 was one range, 20 to 48.38 percent."""
    got = by_text(COSCO_EPS)
    assert (got["20%"].value, got["20%"].high, got["20%"].kind) == (Decimal(20), None, "growth")
    assert got["48.38港仙"].unit == "港仙"


def test_a_dash_after_an_amounts_unit_joins_a_range():
    """森麒麟's 2024 业绩预告 as 泰山财经 reports it: the second end was -23.60亿元 (a minus after 亿元), then an
    identifier (a figure after a dash)."""
    got = by_text("1月23日,森麒麟(002984.SZ)发布业绩预告,预计2024年实现归属于上市公司股东的净利润21.00亿元-23.60亿元。")
    assert [(c.value, c.unit) for c in got.values() if c.unit == "元"] == [(Decimal("21.00"), "元"), (Decimal("23.60"), "元")]


def test_the_start_of_the_reporting_period_is_a_baseline():
    """中光学集团's 2021 业绩快报 (证券日报, epaper.zqrb.cn): 较报告期初增长5.90% had no baseline (较期初 had one)."""
    got = by_text("报告期末，公司总资产为368,096.13万元，较报告期初增长5.90%；股本为26,240.62万股，较报告期初下降0.05%。")
    assert got["5.90%"].baseline == got["0.05%"].baseline == "报告期初"


def test_a_profit_as_of_the_years_last_day_is_the_years():
    """A 2023 annual-report summary's profit distribution (截止2023年12月31日,公司实现的…净利润): the profit flowed over
    the year, it does not stand at its last day."""
    got = by_text("经中兴华会计师事务所（特殊普通合伙）审计，截止2023年12月31日，公司实现的合并报表层面归属于母公司股东的净利润"
                  "68,758,460.53元，母公司累计未分配利润为127,695,836.27元。")
    assert got["68,758,460.53元"].period == "2023年"
    assert got["127,695,836.27元"].period == "截止2023年12月31日"


def test_a_numbered_point_before_tianjian_is_no_count_of_days():
    """道通科技's 2024 annual report summary as sina copies it: 5 天健会计师事务所 was 5 days named 健会计师事务所."""
    text = ("4 公司全体董事出席董事会会议。\n"
            "5 天健会计师事务所(特殊普通合伙)为本公司出具了标准无保留意见的审计报告。\n")
    assert not [c for c in claims_of(text) if c.unit == "天"]
