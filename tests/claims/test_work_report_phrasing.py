"""Work-report phrasing the labelled reports hold little of: annual averages (年均增长), crossing and ranking verbs
(跨越, 跃居世界第二, 居全国首位), five-year-plan periods (“十四五”时期), runs of years (连续34年), multiples of a year
(为2018年末的2.8倍), comparisons with the country (超过全国增速). Sentences of public government reports and
releases (named at each) and of the labelled corpus; the metric expected is what a reader of the sentence names."""
from __future__ import annotations

from decimal import Decimal

import pytest

from extract.claims.lists import _expand_numerals, _split_items

from .sentences import by_text, claims_of, metric_of, one


# 年均/平均 是增长的状语，不是指标的一部分，也不能被截成"年"或"平" (the adverb of a change goes whole: was 全社会研发投入年,
# 居民收入年, 居民消费价格平)
@pytest.mark.parametrize("text, written, metric", [
    # 2018 State Council work report, 过去五年工作回顾
    ("创新驱动发展成果丰硕。全社会研发投入年均增长11%，规模跃居世界第二。", "11%", "全社会研发投入"),
    ("贫困人口减少6800多万，居民收入年均增长7.4%，社会养老保险覆盖9亿多人。", "7.4%", "居民收入"),
    # a provincial government's 2008 results as a 2009 newspaper release gives them
    ("农村居民人均纯收入同比增长12.1%；居民消费价格平均上涨5.4%；城镇登记失业率3.25%。", "5.4%", "居民消费价格"),
])
def test_an_annual_average_adverb_stays_out_whole(text, written, metric):
    assert metric_of(text, written) == metric


# 变化动词不进指标 (change and crossing verbs stay out: 分别削减, 跨越, 降到)
@pytest.mark.parametrize("text, expected", [
    ("2008年全省地区生产总值增长12.5%左右；化学需氧量和二氧化硫排放量分别削减4.48%和7.2%；",
     {"4.48%": "化学需氧量", "7.2%": "二氧化硫排放量"}),
    # a city's work report on 2011 (长沙), as a public page reproduces it: the first figure crosses, the second is reached
    ("地区生产总值跨越5000亿元，达5600亿元（预计数，下同），增长14%以上；",
     {"5000亿元": "地区生产总值", "5600亿元": "地区生产总值", "14%": "地区生产总值"}),
    # the Minister of Ecology and Environment at the 2026 National People's Congress: PM2.5 unbracketed is a name
    ("去年全国PM2.5平均浓度降到28微克/立方米，优良天数比例达到89.3%，创有监测以来最好水平。",
     {"28微克/立方米": "全国PM2.5平均浓度", "89.3%": "优良天数比例"}),
])
def test_change_verbs_stay_out_of_the_metric(text, expected):
    got = {c.text: c.metric for c in claims_of(text)}
    for written, metric in expected.items():
        assert next(m for t, m in got.items() if written in t) == metric, got


# 可比增长 (growth on a comparable basis) is the growth of the figure before it (a provincial statistics
# paragraph, as a public repository quotes it)
def test_comparable_growth_is_the_figures_before_it():
    text = "财政总收入1284.27亿元，按可比口径，比上年增长26.8％，其中，地方级财政收入700.03亿元，可比增长29.4％，财政支出901.22亿元，增长23.7％。"
    assert metric_of(text, "700.03") == "地方级财政收入"        # 级 is no classifier here
    assert metric_of(text, "29.4") == "地方级财政收入"


# 规模以上 is the qualifier of the noun after it (规模以上工业企业 was 工业企业); the Guangdong 2025 work report,
# as a newspaper summarised it
def test_above_designated_size_qualifies_the_noun():
    text = "规模以上工业增加值增长4.2%，规模以上工业企业约7.4万家。"
    assert metric_of(text, "4.2%") == "规模以上工业增加值"
    assert metric_of(text, "7.4") == "规模以上工业企业"


# 名次的位置不是被排名的东西 (where a rank is placed names nothing: 居全国首位 ranks the figure before it)
@pytest.mark.parametrize("text, written, metric", [
    ("创新驱动发展成果丰硕。全社会研发投入年均增长11%，规模跃居世界第二。", "二", "规模"),
    ("到2020年，我国快递市场规模稳居世界首位，快递年业务量达到500亿件，年业务收入达到8,000亿元。", "首位", "快递市场规模"),
    ("截至目前累计荣获中国专利金奖11项居行业第一", "一", "中国专利金奖"),
    ("地方一般公共预算收入1.35万亿元，连续34年居全国首位。", "首位", "地方一般公共预算收入"),   # Guangdong 2025
])
def test_the_place_of_a_rank_is_not_what_is_ranked(text, written, metric):
    assert metric_of(text, written) == metric


def test_a_run_of_years_is_the_period_of_the_rank():
    rank = one("地方一般公共预算收入1.35万亿元，连续34年居全国首位。", "首位")
    assert rank.period == "连续34年"
    esg = ("2022年，公司运营中产生的一般固体废物量为527.34吨、危险废物量为10.47吨、无害废弃物排放量为475吨，"
           "连续3年一般固体废物合规处置率和危险废物合规处置率均达100%。")
    assert one(esg, "100%").period == "连续3年"


# “十四五”时期 (a five-year plan's period, quoted) is the period and no part of the metric (was 时期全国PM2.5浓度);
# after ； a part names its own period for every clause in it (重污染天数 was 去年's)
def test_a_five_year_plan_is_a_period():
    text = ("去年全国PM2.5平均浓度降到28微克/立方米，优良天数比例达到89.3%，创有监测以来最好水平；"
            "“十四五”时期全国PM2.5浓度累计下降20%，重污染天数减少25%。")
    first, second = one(text, "20%"), one(text, "25%")
    assert (first.metric, first.period) == ("全国PM2.5浓度", "“十四五”时期")
    assert (second.metric, second.period) == ("重污染天数", "“十四五”时期")
    assert one(text, "28").period == "去年"
    during = one("“十四五”期间，全国PM2.5平均浓度下降20%，国内生产总值增长30%。", "30%")   # a 2026 news page
    assert (during.metric, during.period) == ("国内生产总值", "“十四五”期间")
    # the Ministry's 2019 report to the NPC Standing Committee: 以来 was the metric
    since = one("PM2.5浓度同比下降9.3%，“十三五”以来累计下降22%。", "22%")
    assert (since.metric, since.period) == ("PM2.5浓度", "“十三五”以来")


# 为2018年末的2.8倍: the year a multiple is taken of is its baseline, not its period (ESG train split, as its gold)
def test_the_year_of_a_multiple_is_its_baseline():
    claim = one("一年来我们持续擦亮新金融的生态底色绿色贷款余额突破2.7万亿为2018年末的2.8倍", "2.8倍")
    assert (claim.period, claim.baseline) == (None, "2018年末")


# 超过全国增速9.9个百分点: the country is the baseline, the metric the region's (was 全国)
def test_the_country_compared_with_is_the_baseline():
    text = "上半年，西部12省市外贸增速为17.8%，超过全国增速9.9个百分点；中部6省市外贸增速为13.2%，超过全国增速5.3个百分点。"
    for written in ("9.9", "5.3"):
        claim = one(text, written)
        assert claim.metric != "全国" and claim.metric.endswith("外贸") and claim.baseline == "全国"


# N95口罩, ISO9000认证证书: a code of letters and at most two digits, or a standard's number, is part of the name
@pytest.mark.parametrize("text, written, metric", [
    ("爱心捐助助力疫线奋战2022年东原集团西南区域累计捐赠一次性医用外科口罩43000个N95口罩11000个分别捐赠给南岸区卫健委下属红十字会",
     "11000", "N95口罩"),
])
def test_a_code_in_a_name_stays(text, written, metric):
    assert metric_of(text, written) == metric


# 2007年全年: 全年 right after a year is that year's, and the next sentences take the year (was 全年); a run of
# years (连续21年) is its own clause's period, never the next sentence's. Civil-service exam material quoting a
# province's 2007 statistics, and the 2022 浙江这十年 press conference, as public repositories quote them.
def test_a_whole_year_after_a_year_is_that_year():
    text = ("F省2007年全年实现地区生产总值9160.14亿元，其中，第一产业生产值1038.38亿元，增长4.0％。"
            "人均地区生产总值25662元，比上年增长14.3％。")
    assert one(text, "25662").period == "2007年"
    carried = ("十年来，浙江体系化推进共同富裕示范区建设，城乡居民收入都翻一番以上，分别连续21年、37年居各省、区第一。"
               "城镇化率从63.2%提高到72.7%。")
    assert one(carried, "72.7%").period == "十年来"


# 人均GDP突破11万元: letters before a bound word are a name's end, not glued to the number (was no claim)
def test_letters_before_a_bound_word_leave_the_figure_a_claim():
    claim = one("全省地区生产总值突破7万亿元，稳居全国第四，人均GDP突破11万元；一般公共预算收入达8263亿元。", "11万元")
    assert (claim.metric, claim.value, claim.bound) == ("人均GDP", 11, ">")


# An employment blue book's phrasing (麦可思《2020年中国大学生就业报告》 and the 2018 one, as news pages quote them):
# 本科 is no pronoun (本科毕业生平均月收入 lost 本科), 起薪 is one noun (was 薪涨幅), a cohort joined by 的 is its
# figure's period (从2015届的22%), and a figure in brackets is named by the words before the bracket (was no metric)
def test_employment_report_phrasing():
    text = ("蓝皮书显示，2019届本科毕业生平均月收入为5440元，剔除通货膨胀因素的影响外，与2015届相比，五年来本科生起薪涨幅为23.6%。"
            "本科毕业生选择在“新一线”城市就业的比例从2015届的22%上升到2019届的26%。")
    assert metric_of(text, "5440") == "本科毕业生平均月收入"
    assert metric_of(text, "23.6%") == "本科生起薪涨幅"
    assert (one(text, "22%").period, one(text, "26%").period) == ("2015届", "2019届")
    parts = ("蓝皮书显示，2019届本科毕业生平均月收入为5440元，剔除通货膨胀因素的影响外，与2015届相比，五年来本科生起薪涨幅为23.6%；"
             "高职毕业生平均月收入为4295元，剔除通货膨胀因素的影响外，与2015届相比，五年来高职生起薪涨幅为15.7%。")
    assert one(parts, "4295").period == "2019届"     # a part after ； with no date shares the sentence's (was 五年来)
    bracketed = "2017届大学毕业生月均收入（4317元）高于城镇居民2017年月均可支配收入（3033元）。"
    assert metric_of(bracketed, "4317") == "大学毕业生月均收入"


# Budget execution as local finance bureaus publish it (大姚县 and 广州市 2024, 常德市, 天长 新区 pages on government
# sites): 比上年减收 is a change of the figure before it, not a metric (was 减收, kind money); a growth after a share
# of the budget or after a delta in 百分点 is the amount's (was 快于序时进度, 年初预算); 负增长 falls
@pytest.mark.parametrize("text, written, kind, direction, metric", [
    ("4月，一般公共预算收入累计完成24627万元，完成年初预算数60999万元的40.4%，比上年减收1070万元，下降4.2%。"
     "其中：税收收入8103万元，比上年增收1284万元，增长18.8%；", "1070", "delta", "down", "一般公共预算收入累计"),
    ("4月，一般公共预算收入累计完成24627万元，完成年初预算数60999万元的40.4%，比上年减收1070万元，下降4.2%。"
     "其中：税收收入8103万元，比上年增收1284万元，增长18.8%；", "1284", "delta", "up", "税收收入"),
    ("全市一般公共预算支出1025.5亿元，完成年初预算36.7%，快于序时进度3.4个百分点，下降4%。", "下降4%", "growth", "down",
     "全市一般公共预算支出"),
    ("一般公共预算支出累计完成32664万元，完成年初预算的23.47%，同比增长4.33%。", "4.33", "growth", "up", "一般公共预算支出累计"),
    ("其中：地方财政收入完成80.18亿元，增加2.79亿元，增长3.6%；上划中央收入完成37.78亿元，减少0.46亿元，负增长1.21%。",
     "1.21", "growth", "down", "上划中央收入"),
])
def test_budget_execution_changes(text, written, kind, direction, metric):
    claim = one(text, written)
    assert (claim.kind, claim.direction, claim.metric) == (kind, direction, metric)


# 增产/减产 and 多增/缩小 are changes of the figure before them (the 2014 national statistical communique; the 2024 one
# as a public repository quotes it): the metric was 增产, 减产, 多增
@pytest.mark.parametrize("text, written, kind, direction, metric", [
    ("全年粮食产量60710万吨，比上年增加516万吨，增产0.9%。其中，夏粮产量13660万吨，增产3.6%；早稻产量3401万吨，减产0.4%；",
     "0.4%", "growth", "down", "早稻产量"),
    ("全年粮食产量60710万吨，比上年增加516万吨，增产0.9%。", "0.9%", "growth", "up", "粮食产量"),
    ("全年城镇新增就业1267万人，比上年多增11万人；全年城镇调查失业率平均值5.2%，年末5.1%。", "11万人", "delta", "up", "城镇新增就业"),
    ("城镇居民56502元，农村居民24456元；城乡居民人均可支配收入比值2.31，比上年缩小0.03。", "0.03", "delta", "down",
     "城乡居民人均可支配收入比值"),
])
def test_yield_and_employment_changes(text, written, kind, direction, metric):
    claim = one(text, written)
    assert (claim.kind, claim.direction, claim.metric) == (kind, direction, metric)


# A short quoted name inside the words before a figure stays in the metric, quotes and all (reports quote names:
# “小巨人”企业, “双师型”教师); a quote that closes nothing in the metric goes. Seed 000's dev half (its gold:
# 科技创新团队, was 博士创新工作室, the item before) and the ESG train split (was 活动捐赠资金).
@pytest.mark.parametrize("text, written, metric", [
    ("在智能装备、新能源汽车、新一代信息技术、食品安全、生态健康等龙江强省计划重点领域组建博士创新工作室12个，"
     "遴选“科技创新团队”4个，采用“平台+项目+技术+资源”等技术服务模式。", "4个", "遴选“科技创新团队”"),
    ("2022年11月，基地为越南北江省山洞县组织“送暖”活动捐赠资金70,000元人民币。", "70,000", "“送暖”活动捐赠资金"),
])
def test_a_quoted_name_stays_in_the_metric(text, written, metric):
    assert metric_of(text, written) == metric


# 一季度…四季度, 上半年, 前三季度 are periods, no metric (其中二季度平均为5.8% was 二季度; a 2022 news page on the
# National Bureau of Statistics' half-year figures, as a public repository keeps it)
def test_a_quarter_is_a_period():
    claim = one("最新数据显示，2022上半年，全国城镇新增就业654万人，全国城镇调查失业率平均为5.7%，其中二季度平均为5.8%。", "5.8%")
    assert (claim.metric, claim.period) == ("全国城镇调查失业率", "二季度")


# A list of figures after a growth rate's name (…的GDP增速分别是a、b…) are growths, as one figure after 增速 is (全省GDP增速为
# 3.6%: growth, metric 全省GDP); the same 2022 news page
def test_a_list_after_a_rate_name_is_of_growths():
    text = "从增速看，2022年上半年，广东、江苏、山东和浙江的GDP增速分别是2%、1.6%、3.6%和2.5%。"
    claims = claims_of(text)
    assert [(c.kind, c.metric) for c in claims] == [("growth", f"{p}的GDP") for p in ("广东", "江苏", "山东", "浙江")]


# 提出 and 力争 open a target, they are no part of what it measures (a 2026 news page on the 十五五 plan's indicators:
# was 提出全社会研发经费投入); 力争 is a verb (jieba's dictionary tags it a proper noun)
def test_a_target_verb_stays_out_of_the_metric():
    text = "创新驱动方面，围绕创新投入及其成效提出3项指标，其中充分考虑研发投入增长趋势和企业投入能力，提出全社会研发经费投入年均增长7%以上。"
    assert metric_of(text, "7%") == "全社会研发经费投入"


# A heading naming a five-year plan's period gives its targets that period (was the report's year): the 2026 State
# Council work report as 星岛 (2026-03-05) summarises it; 保持 keeps a rank held and stays out of what is ranked
def test_a_plan_period_heading_is_its_targets_period():
    text = ("一、2025年工作回顾\n过去5年，制造业增加值规模连续16年保持全球第一，居民人均可支配收入年均增长5.4%。\n"
            "二、“十五五”时期主要目标和重大任务\n全社会研发经费投入年均增长7%以上，人均预期寿命提高到80岁。\n"
            "三、2026年经济社会发展总体要求和政策取向\n城镇新增就业1200万人以上。\n")
    got = by_text(text, year=2026)
    assert (got["7%以上"].period, got["80岁"].period) == ("“十五五”时期", "“十五五”时期")
    assert got["1200万人以上"].period == "2026年"
    assert got["一"].metric == "制造业增加值规模"
    # the page itself quotes the plan with 「」 and sets one target per line (its targets had the review's 2025年)
    got = by_text("二、「十五五」时期主要目标和重大任务\n\n国内生产总值增长保持在合理区间\n\n全社会研发经费投入年均增长7%以上\n\n"
                  "单位国内生产总值二氧化碳排放累计降低17%\n", year=2026)
    assert (got["7%以上"].period, got["17%"].period) == ("「十五五」时期", "「十五五」时期")


# A 2026 provincial work report (山东) as a public news summary gives it: 高于全国 is the baseline of the difference in
# its own clause only (服务业增加值增长6.1% had baseline 全国 from the clause before the ；); the point a change starts
# from (由2020年的) is no part of the metric; 列 counts trains
SHANDONG_2026 = ("规上工业增加值增长7.6%，高于全国1.7个百分点；服务业增加值增长6.1%，高于全国0.7个百分点；"
                 "社会消费品零售总额增长5.1%，高于全国1.4个百分点；进出口增长4.5%，高于全国0.7个百分点。")


def test_a_comparison_with_the_country_is_its_own_clauses_baseline():
    got = by_text(SHANDONG_2026)
    assert (got["6.1%"].baseline, got["5.1%"].baseline, got["4.5%"].baseline) == (None, None, None)
    assert got["1.7个百分点"].baseline == "全国" and got["1.4个百分点"].metric == "社会消费品零售总额"


@pytest.mark.parametrize("text, written, unit, metric", [
    ("“十四五”期间全省地区生产总值年均增长5.9%，高于全国0.5个百分点；经济总量占全国比重由2020年的7.2%提升至7.4%。",
     "7.2%", "%", "经济总量占全国比重"),
    ("“十四五”期间全省地区生产总值年均增长5.9%，高于全国0.5个百分点；经济总量占全国比重由2020年的7.2%提升至7.4%。",
     "7.4%", "%", "经济总量占全国比重"),
    ("对非美市场出口增长8.4%，“新三样”出口增长37%，服务贸易增长超过7%；中欧班列累计开行超1.4万列。",
     "1.4万列", "列", "中欧班列累计开行"),
])
def test_a_change_from_a_point_and_trains_counted(text, written, unit, metric):
    claim = one(text, written)
    assert (claim.unit, claim.metric) == (unit, metric)


# 安庆市2025年政府工作报告: 1个、0.2个百分点 share their 百分点 and the areas compared with (高于全国、全省) are their
# baselines, the metric the growth's before them; 跨过 crosses a figure; a rate's rank keeps the rate (增速), over a
# run of months (连续8个月); 前3 after 全省 is a rank among the first three; 限上 is one word (限额以上)
ANQING_2025 = ("这一年，我们砥砺前行、蓄势聚能。全年GDP增长6%，高于全国、全省1个、0.2个百分点，总量跨过3000亿元历史性节点；"
               "限上消费品零售额增速连续8个月位居全省第1，工业投资增速连续10个月稳居全省前3，一般公共预算收入增速位居全省第2。")


@pytest.mark.parametrize("written, field, expected", [
    ("1个", "unit", "百分点"), ("1个", "baseline", "全国"), ("1个", "metric", "GDP"),
    ("0.2个百分点", "baseline", "全省"), ("0.2个百分点", "metric", "GDP"),
    ("跨过3000亿元", "metric", "GDP"),    # 总量 alone is the GDP's total (bare_total; it read 总量)
    ("跨过3000亿元", "bound", ">"),       # past it (跨过)
    ("1，", "metric", "限上消费品零售额增速"), ("1，", "period", "连续8个月"),
    ("3，", "kind", "rank"), ("3，", "bound", "<="), ("3，", "metric", "工业投资增速"),
    ("2。", "metric", "一般公共预算收入增速"),
])
def test_a_city_report_compares_and_ranks(written, field, expected):
    at = ANQING_2025.index(written)
    claim = next(c for c in claims_of(ANQING_2025 + "\n") if c.char_start == at)
    assert getattr(claim, field) == expected


# 一年来 and 过去一年 are the year the report looks back on (were kept as written): 上海市2026年政府工作报告 (解放日报)
def test_the_past_year_is_the_year_reviewed():
    text = ("一、2025年工作回顾\n一年来，全市经济社会发展稳中有进、进中提质。一是经济持续回升向好。全市生产总值达到5.67万亿元、"
            "增长5.4%，好于预期。\n")
    assert [c.period for c in claims_of(text, year=2026)] == ["2025年", "2025年"]


# 宁波市2026年政府工作报告 (中国宁波网): a rank among the country's cities ranks the figure before the place (was 全国城市);
# 双双 and 同口径 go with the verb (the items both reach the figure: 民营经济、服务业增加值, as the golds write items before
# 均); a top-N list's name and its N stay in what its members count
NINGBO_2026 = ("五年来，我们坚定不移贯彻新发展理念，加快建设现代产业集群，综合经济实力实现跨越。地区生产总值由1.31万亿元增加到"
               "1.87万亿元，年均增长5.9%，经济总量跃居全国城市第十一。一般公共预算收入实现进位并稳居全国城市第十。"
               "民营经济、服务业增加值双双突破万亿元，中国民营企业500强上榜企业由15家增加到23家。")


@pytest.mark.parametrize("written, metric", [
    ("十一", "经济总量"), ("十。", "一般公共预算收入"), ("突破万亿元", "民营经济、服务业增加值"),
    ("15家", "中国民营企业500强上榜企业"), ("23家", "中国民营企业500强上榜企业"),
])
def test_a_city_ranks_among_cities(written, metric):
    at = NINGBO_2026.index(written)
    assert [c.metric for c in claims_of(NINGBO_2026 + "\n") if c.char_start <= at < c.char_end] == [metric]


def test_the_same_basis_goes_with_the_growth():
    text = "预计全年地区生产总值增长5.5%左右，一般公共预算收入同口径增长5.1%，城乡居民人均可支配收入分别超8.2万元和5万元。"
    assert one(text, "5.1%").metric == "一般公共预算收入"


# 宁波市2025年计划执行情况的报告 (宁波日报, 2026-01-29): a copula before the place of a rank is no part of what is ranked
# (…增速均居全国城市第1 named nothing and took 商品销售总额; …数量预计居全省第1 kept 预计; 首台（套） is the
# equipment's name, its one-character alternative in brackets and all)
@pytest.mark.parametrize("text, written, metric", [
    ("服务业支撑作用增强，商品销售总额突破7万亿元，制造业贷款占比和保费收入增速均居全国城市第1。", "1。",
     "制造业贷款占比和保费收入增速"),
    ("工业经济稳增提质，全市原油加工能力达到5000万吨/年，首台（套）装备数量预计居全省第1。", "1。", "首台（套）装备数量"),
])
def test_a_copula_before_a_ranks_place(text, written, metric):
    at = text.index(written)
    assert [c.metric for c in claims_of(text + "\n") if c.char_start == at] == [metric]


# 再创新高 and 首次 say something of the figure (a record, a first), what it measures is the subject: public pages
# quoted in public repositories (a 2023 local government's employment notice; a page on graduate-entrance figures)
@pytest.mark.parametrize("text, written, metric", [
    ("一边是2023届高校毕业生数量再创新高，达1158万人；一边是经济下行压力下就业受到影响。", "1158万人", "高校毕业生数量"),
    ("2020年全国考研人数比2019年高出50余万人，首次突破300万人，达341万人。2021年全国考研人数再创新高，达377万人。",
     "300万人", "全国考研人数"),
    ("2020年全国考研人数比2019年高出50余万人，首次突破300万人，达341万人。2021年全国考研人数再创新高，达377万人。",
     "377万人", "全国考研人数"),
])
def test_a_record_and_a_first_are_no_metric(text, written, metric):
    assert one(text, written).metric == metric


# the 2023 State Council work report as a public newspaper summary gives it (黑龙江日报, 2023-03-06): a bare span of
# years names nothing (五年年均增长5.2% and 十年增加近70万亿元 were named 五年 and 十年); 连年 goes with the copula
@pytest.mark.parametrize("text, written, metric", [
    ("过去五年，国内生产总值增加到121万亿元，五年年均增长5.2%，十年增加近70万亿元、年均增长6.2%。", "5.2%", "国内生产总值"),
    ("过去五年，国内生产总值增加到121万亿元，五年年均增长5.2%，十年增加近70万亿元、年均增长6.2%。", "70万亿元", "国内生产总值"),
    ("过去五年，国内生产总值增加到121万亿元，五年年均增长5.2%，十年增加近70万亿元、年均增长6.2%。", "6.2%", "国内生产总值"),
    ("粮食产量连年稳定在1.3万亿斤以上。工业增加值突破40万亿元。", "1.3万亿斤", "粮食产量"),
])
def test_a_span_of_years_names_nothing(text, written, metric):
    assert one(text, written).metric == metric


# 杭州市2026年政府工作报告 as a public summary gives it: a rank among a class of cities is a claim (居副省级城市第2 was
# taken for an ordinal) of the figure before it; 首破 bounds a figure as 突破 does; a copula between what is ranked
# and its 第 is no part of it (…综合绩效评价排名保持第4: rules named nothing)
HANGZHOU_2026 = ("一般公共预算收入2693.2亿元、居副省级城市第2，税收占比85.5%、居副省级城市第1。财政总收入5058亿元。"
                 "人均可支配收入首破8万元，增长4.2%。\n全国城市高质量发展综合绩效评价排名保持第4，连续19年入选“最具幸福感城市”。\n"
                 "规上工业研发费用超900亿元、居全省第1。有效发明专利拥有量连续17年居省会城市第1。\n")


@pytest.mark.parametrize("written, kind, metric, bound", [
    ("2，", "rank", "一般公共预算收入", "="), ("1。财政", "rank", "税收占比", "="),
    ("首破8万元", "money", "人均可支配收入", ">"), ("4，", "rank", "全国城市高质量发展综合绩效评价排名", "="),
    ("1。有效", "rank", "规上工业研发费用", "="), ("1。\n", "rank", "有效发明专利拥有量", "="),
])
def test_a_city_ranks_among_a_class_of_cities(written, kind, metric, bound):
    at = HANGZHOU_2026.index(written)
    claim = next(c for c in claims_of(HANGZHOU_2026) if c.char_start == at)
    assert (claim.kind, claim.metric, claim.bound) == (kind, metric, bound)


# 杭州市2026年政府工作报告 (public summary): a bare later item of a list takes the first item's modifier
# (全域旅游人次和收入分别增长8.8%、9.5% -> 全域旅游收入, was 收入)
def test_a_bare_list_item_takes_the_first_items_modifier():
    got = {c.text: c.metric for c in claims_of("全域旅游人次和收入分别增长8.8%、9.5%。萧山国际机场旅客吞吐量突破5000万人次、居全国第7。")}
    assert (got["8.8%"], got["9.5%"]) == ("全域旅游人次", "全域旅游收入")


# The 2026 State Council report's targets, as 南国都市报 (2026-03-06, 新华社电) and 泰州日报 (2026-03-16) printed them
TARGETS_2026 = ("今年发展主要预期目标是：经济增长4.5%-5%，在实际工作中努力争取更好结果；城镇调查失业率5.5%左右，"
                "城镇新增就业1200万人以上；居民消费价格涨幅2%左右。")
EDUCATION_2026 = "办好人民满意的教育，劳动年龄人口平均受教育年限提高到11.7年；人均预期寿命提高到80岁。"


def test_a_range_of_rates_and_the_growth_of_the_economy():
    """经济增长4.5%-5%: the range keeps its second %, and the growth of the economy is the indicator 经济增长 (was 经济),
    as the 2025 report's gold reads 经济增长预期目标为5%左右."""
    got = one(TARGETS_2026, "4.5%")
    assert (got.text, got.metric, got.kind) == ("4.5%-5%", "经济增长", "growth")
    assert str(got.high) == "5"


def test_years_as_a_measure_are_a_claim():
    """平均受教育年限提高到11.7年 was taken for a duration and dropped; its indicator is one word of the plan's targets."""
    got = one(EDUCATION_2026, "11.7年")
    assert (got.metric, got.kind) == ("劳动年龄人口平均受教育年限", "measure")
    assert one(EDUCATION_2026, "80岁").metric == "人均预期寿命"


# 广东省2026年政府工作报告 as 中新社 (2026-01-26) and a public summary (coateschia.com) report it
GUANGDONG = ("这一年，全省地区生产总值增长3.9%，总量连续第37年位居全国第一。"
             "2025年广东地区生产总值同比增长3.9%、总量连续37年居中国首位；货物进出口总额9.5万亿元、同比增长4.4%。")


def test_a_bare_total_is_the_total_of_the_figure_before():
    """总量连续37年居中国首位 ranked 中国 (not a scope then), 总量连续第37年位居全国第一 ranked 总量 with the
    period 2025年 (连续第37年 was no run of years); 国内生产总值增长5%，总量达到140.19万亿元 named 总量."""
    got = by_text(GUANGDONG)
    assert (got["一"].metric, got["一"].period) == ("全省地区生产总值", "连续第37年")
    assert (got["首位"].metric, got["首位"].period) == ("广东地区生产总值", "连续37年")
    text = "一年来，我国经济顶压前行、展现强大韧性。经济运行总体平稳、稳中有进，国内生产总值增长5%，总量达到140.19万亿元。"
    assert one(text, "140.19万亿元").metric == "国内生产总值"   # the 2026 State Council report (星岛 2026-03-06 quotes it)


def test_tenths_are_a_share_of_the_whole_named():
    """中新社 on 广东省's 2026 report: 无人机产量同比增长39%、占全国九成 is a share (九成 was a count) of the output the
    growth before it measures, in the country (its metric was 全国)."""
    text = ("机器人产业、低空经济表现亮眼。2025年广东无人机产量同比增长39%、占全国九成，工业机器人产量同比增长31.2%、"
            "占全国四成，服务机器人产量同比增长11.2%、占全国八成。")
    got = one(text, "九成")
    assert (got.kind, got.unit, got.metric) == ("share", "成", "广东无人机产量占全国")
    assert one(text, "四成").metric == "工业机器人产量占全国"


def test_cheng_in_a_word_is_no_unit():
    """The ESG sample: 在线解决率超80成套安装 read 超80成 (成套 is a word); 80 is the rate in percent."""
    text = "报告期内服务用户累计847万在线解决率超80成套安装48小时内登门及时率93.6同比提升1.4个百分点"
    got = one(text, "超80")
    assert (got.text, got.unit, got.kind) == ("超80", "%", "share")


# hk01.com (2026-03-02) on the provinces' 2026 growth targets, traditional script on the page, simplified here; and a
# bank's 2022 社会责任报告 in the ESG sample's train split (its gold: 第三年票息, a change up of 25bps)
TARGETS = "辽宁2025年GDP增速4.8%，2026年增速目标下调为4.5%；江苏2025年GDP增速5.3%，2026年调整至5%。"
COUPON = ("即若建设银行截至2024年末绿色贷款余额占经调整的发放贷款及垫款总额的比例不低于11.50则第3年票面利率保持不变若未完成目标"
          "则第三年票息上调25bps通过设置关键业绩指标KPI和可持续发展绩效目标SPT向社会及")


def test_a_rate_moved_up_or_down_is_a_change_and_no_part_of_the_name():
    """上调 and 下调 were no change words: 票息上调25bps was named 第三年票息上调, and 增速目标下调为4.5% 增速目标下调."""
    coupon = by_text(COUPON)["25bps"]
    assert (coupon.kind, coupon.direction, coupon.metric) == ("delta", "up", "第三年票息")
    target = by_text(TARGETS)["4.5%"]
    assert target.metric == "增速目标" and target.baseline is None      # the level the target was moved to


# 长江日报 (2025-01-17), 湖北省2025年政府工作报告 摘要与导读: a bullet per line, no end punctuation
HUBEI_DIGEST = """政府工作报告摘要与导读
■ 2024年成绩单
●预计全省地区生产总值增长6%左右
●增速在经济大省和中部地区保持领先
●规上工业增加值、固定资产投资、社会消费品零售总额增速均高于全国平均水平
●光电子信息、汽车制造、大健康3大产业迈入万亿级规模
●粮食总产达到557亿斤
■ 2025年经济社会发展的主要预期目标
●经济增长6%左右
●城镇调查失业率5.5%左右，城镇新增就业70万人以上
●居民消费价格涨幅2%左右
●粮食产量继续保持500亿斤以上
"""


def test_short_bullet_lines_are_paragraphs_and_bullets_name_nothing():
    """Lines of about sixteen characters were read as a hard-wrapped dump and joined (6%左右 was named
    成绩单预计全省地区生产总值, 70万人以上 lost to the line before); ● opened every metric (●粮食总产); 继续 ended one
    (粮食产量继续)."""
    got = [(c.text, c.metric) for c in claims_of(HUBEI_DIGEST) if c.text != "3"]
    assert got == [("6%左右", "全省地区生产总值"), ("557亿斤", "粮食总产"), ("6%左右", "经济增长"),
                   ("5.5%左右", "城镇调查失业率"), ("70万人以上", "城镇新增就业"), ("2%左右", "居民消费价格涨幅"),
                   ("500亿斤以上", "粮食产量")]


def test_a_line_a_black_square_opens_heads_the_bullets_under_it():
    """■ 2024年成绩单 and ■ 2025年经济社会发展的主要预期目标 head the bullets under them: their figures had no period."""
    got = [(c.text, c.period) for c in claims_of(HUBEI_DIGEST) if c.text in ("557亿斤", "70万人以上", "500亿斤以上")]
    assert got == [("557亿斤", "2024年"), ("70万人以上", "2025年"), ("500亿斤以上", "2025年")]


def test_a_place_alone_with_its_figure_states_the_measure_before_it():
    """A news page's summary of the provinces' 2026 growth targets (citing 南方周末's count): 天津直接定为4.5% was named
    天津直接定; it states the target the clause before names, without that clause's places."""
    text = "辽宁、云南、青海的目标均在4.5%左右，天津直接定为4.5%。"
    assert [c.metric for c in claims_of(text) if c.text == "4.5%"] == ["目标"]


def test_a_target_set_at_is_a_copula_and_ze_names_nothing():
    """上海证券报 (2023-01-13): 天津市则将经济增长目标定在4% was named 经济增长目标定; 湖南日报's voc.com.cn (2019) on the
    provinces' targets: 贵州则从10%左右下调至9%左右 was named 贵州则."""
    assert one("其他省市区中，湖北等12个省市区增长目标超过6%；上海等7个省市区的增长目标超过5%；天津市则将经济增长目标定在4%。",
               "4%").metric == "经济增长目标"
    assert one("如，天津从5%下调到4.5%左右；广东从7%左右调整为6%～6.5%；重庆从8.5%左右下调至6%；贵州则从10%左右下调至9%左右。",
               "10%左右").metric == "贵州"


def test_figures_after_fenbie_yi_measure_the_noun_after_them():
    """上海证券报 (2023-01-13): 海南、西藏和江西分别以9.5%、8%和7%的增长目标排名前三位 named each 海南分别以…."""
    got = by_text("统计数据显示，海南、西藏和江西分别以9.5%、8%和7%的增长目标排名前三位。")
    assert [got[t].metric for t in ("9.5%", "8%", "7%")] == ["海南增长目标", "西藏增长目标", "江西增长目标"]


def test_examples_before_deng_are_no_label_of_the_count_after_them():
    """上海证券报 (2023-01-13): 湖北等12个省市区增长目标超过6% was named 湖北等 (the words after the count ran into the
    next figure, so the words before it were taken as its label); the ESG train split's 惠及河南广西等16个省市区 likewise."""
    assert one("其他省市区中，湖北等12个省市区增长目标超过6%；上海等7个省市区的增长目标超过5%。", "12个").metric.startswith(
        "省市区")
    assert one("截至2022年末累计代理结算国家助学贷款92.9亿元惠及河南广西等16个省市区服务学生88.7万人", "16个").metric.startswith(
        "省市区")


def test_yichan_is_the_first_industry():
    """一产 is 第一产业's short form: 一产增加值增幅高于全国0.7个百分点 was named 产增加值 (jieba cut 一|产). 新华网
    (2026-01-27) on 吉林's 2026 work report."""
    got = by_text("2025年，吉林省地区生产总值增长5%，一般公共预算收入增长13.3%，一产增加值增幅高于全国0.7个百分点，"
                  "规上工业增加值增幅居全国第7位")
    assert (got["0.7个百分点"].metric, got["0.7个百分点"].baseline) == ("一产增加值", "全国")


def test_one_two_three_industries_are_the_three_industries():
    """朝天区's 2024 GDP release (gyct.com.cn): 一、二、三产业对经济增长的贡献率 gave 一对…, 二对… and 三产业对… (the
    statistical names are 第一产业, 第二产业, 第三产业, as for 三次产业)."""
    got = by_text("一、二、三产业对经济增长的贡献率分别为7.5%、42.3%、50.2%,分别拉动经济增长0.5、2.7、3.2个百分点。\n")
    assert [got[w].metric for w in ("7.5%", "42.3%", "50.2%")] == [
        "第一产业对经济增长的贡献率", "第二产业对经济增长的贡献率", "第三产业对经济增长的贡献率"]


def test_items_of_a_list_share_the_words_the_first_opens_or_the_last_closes_with():
    """牟定县's 2024 work report: 一般公共预算收入和支出 gave 支出 its own name (一般公共预算收入 is one word of the
    lexicon, so its modifier was not found); 苏州's 2026 report as 中新网 writes it: 一般贸易、民营企业进出口占比 gave 4个
    the name 一般贸易; 人民网 on 福建's 2025 report: 城镇居民、农村居民人均可支配收入 gave 城镇居民居民… (jieba's
    居民人均可支配收入 hid where 农村居民 ends)."""
    got = by_text("据统计测算,全县地区生产总值增长2%;固定资产投资增长1.8%;社会消费品零售总额达41亿元,增长9%;一般公共预算收入和支出"
                  "分别达4.78亿元、20.2亿元,分别增长6.9%、0.8%;城乡常住居民人均可支配收入分别达47197元、16135元,分别增长4%、8%,"
                  "经济运行质量更高。\n")
    assert [got[w].metric for w in ("4.78亿元", "20.2亿元", "6.9%", "0.8%")] == [
        "一般公共预算收入", "一般公共预算支出", "一般公共预算收入", "一般公共预算支出"]
    got = by_text("一般贸易、民营企业进出口占比分别提高4个和13.3个百分点,对共建“一带一路”国家和地区进出口比重超过四成。\n")
    assert [got[w].metric for w in ("4个", "13.3个百分点")] == ["一般贸易进出口占比", "民营企业进出口占比"]
    got = by_text("出口预计增长5.3%,城镇居民、农村居民人均可支配收入预计分别增长4.5%、6.7%,城镇调查失业率预计4.7%左右。\n")
    assert [got[w].metric for w in ("4.5%", "6.7%")] == ["城镇居民人均可支配收入", "农村居民人均可支配收入"]


def test_places_moved_are_a_change_and_the_place_reached_is_ranked_by_the_same_name():
    """人民网 on 成都's 2024 work report: 全球创新指数排名提升5位至第24位 gave 5位 as a place and 第24位 the name 至第."""
    got = by_text("2023年,西部地区首个国家实验室园区开工建设,国家企业技术中心增至62家、居全国城市第4位,全球创新指数排名提升5位至第24位。\n")
    assert [(got[w].metric, got[w].kind, got[w].direction) for w in ("5位", "24位")] == [
        ("全球创新指数排名", "delta", "up"), ("全球创新指数排名", "rank", None)]


def test_a_group_counted_before_its_achieving_verb_is_named_without_the_count():
    """牟定县's 2024 work report (bx2200.com): 园区10户规上企业实现工业总产值22.37亿元 was named 户规上企业工业总产值 (the
    group was cut after the count's last digit, not after its unit)."""
    got = by_text("成功引进涉重固危废资源化利用世界领军企业鑫联环保科技、世界500强企业吉利控股集团、中国民营企业500强湖南金荣集团等"
                  "20户企业入驻园区投资兴业,园区10户规上企业实现工业总产值22.37亿元\n")
    assert got["22.37亿元"].metric == "规上企业工业总产值"


def test_a_hyphen_bullet_before_a_count_is_no_minus():
    """reportify.cn's digest of 山东's 2026 work report opens each point with "- ": - 211个涉海重点项目 was the
    count -211."""
    got = by_text("- 211个涉海重点项目完成投资超800亿元；沿海港口万吨级以上泊位达到404个\n")
    assert (got["211个"].value, got["211个"].metric) == (211, "涉海重点项目")


def test_a_rate_of_the_budget_is_the_share_of_the_figure_before_it():
    """为预算的98.1% and 完成预算的97.9% were named 预算. 南都 (2025-07-25) on 《国务院关于2024年中央决算的报告》."""
    got = by_text("《国务院关于2024年中央决算的报告》（以下简称《报告》）显示，中央一般公共预算收入100462.06亿元，为预算的98.1%，"
                  "比2023年增长0.9%。中央一般公共预算支出141055.9亿元，完成预算的97.9%，与2023年基本持平。")
    assert [got[w].metric for w in ("98.1%", "0.9%", "97.9%")] == [
        "中央一般公共预算收入占预算", "中央一般公共预算收入", "中央一般公共预算支出完成预算"]


def test_a_rate_of_the_budget_without_de_and_the_growth_after_it():
    """湖口县's 2023 budget execution (published 2024-12): 完成预算98% and the 同比增长6% after it were both named 预算."""
    got = by_text("税收收入完成169975万元,完成预算98%,同比增长6%,其中: 增值税91260万元,完成预算111%,同比增长21%;"
                  "企业所得税30791万元,完成预算66%,同比下降28%;")
    assert [(got[w].metric, got[w].kind) for w in ("98%", "6%", "111%", "21%", "28%")] == [
        ("税收收入完成预算", "share"), ("税收收入", "growth"), ("增值税完成预算", "share"), ("增值税", "growth"),
        ("企业所得税", "growth")]


def test_social_assistance_counts_name_whole_groups():
    """固安县's 2025 work report (网易河北): 低保 and 日间照料 are no verb nor time (the counts were named 城乡 and 社区)."""
    got = by_text("民政事业服务中心建成投运,新建3家乡镇孝老食堂,示范打造5处社区日间照料服务站。兜底保障3607户城乡低保和特困供养"
                  "人员,救助守护101名困境儿童。")
    assert (got["5处"].metric, got["3607户"].metric) == ("社区日间照料服务站", "城乡低保和特困供养人员")


def test_a_congress_session_and_a_structure_of_three_parts_are_no_figures():
    """A county work report (上杭, as laobiganzi.top prints it): 县十七届人大三次会议 gave a count 三次 named 人大, and
    三次产业比调整为11.8︰48.3︰39.9 (a vertical colon) three measures named ︰."""
    text = ("20XX年，在市委、市政府和县委的坚强领导下，县政府以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大和"
            "十九届二中、三中、四中全会精神，落实“六稳”工作要求，坚持高质量发展落实赶超，按照“一市两区三组团”"
            "“五基地六产业七景区”发展思路，扎实推进“产业发展项目建设年”活动，“四个上杭”建设迈出新步伐，较好地完成了县十七届"
            "人大三次会议确定的目标任务。预计实现地区生产总值391亿元，增长8.6%；财政收入38.74亿元，增长4.26%，其中地方级收入"
            "26.5亿元，增长0.9%；固定资产投资增长13.5%；社会消费品零售总额105亿元，增长11.3%；城镇居民人均可支配收入42170元，"
            "增长8.2%；农村居民人均可支配收入18320元，增长9.2%。三次产业比调整为11.8︰48.3︰39.9。\n")
    got = [c.text for c in claims_of(text)]
    assert "三次" not in got and not {"11.8", "48.3", "39.9"} & set(got) and got[:2] == ["391亿元", "8.6%"]


def test_changes_right_after_a_run_of_levels_change_them_in_order():
    """沅陵县 2018 work report (guanchang.qwyd.net): 城、乡居民人均可支配收入分别为22694元、9527元，增长8.5%、11% gave
    both growths to 乡居民人均可支配收入."""
    got = by_text("全年预计实现地区生产总值170.98亿元，增长8%；全社会固定资产投资增长16.5%；规模工业增加值增长7.5%；"
                  "公共财政收入14.5亿元，增长10%；地方公共财政收入8.06亿元，增长8%；社会消费品零售总额65.94亿元，增长10.8%；"
                  "城、乡居民人均可支配收入分别为22694元、9527元，增长8.5%、11%。")
    assert [got[w].metric for w in ("8.5%", "11%")] == ["城居民人均可支配收入", "乡居民人均可支配收入"]


def test_audit_reports_name_their_categories_and_lists_share_the_first_items_words():
    """汕头市潮阳区审计局's 2022 report (gdcy.gov.cn): 管理不规范金额126932.39万元 was named 规范金额. 广东省审计厅's 2019
    report (jiaoling.gov.cn): 全省一般公共预算收入和支出分别增长4.53%、9.97% named the second 全省支出."""
    got = by_text("报告期间内共完成审计（调查）项目19个，共查出问题330项，涉及违规金额2377.2万元，管理不规范金额126932.39万元，"
                  "提出审计建议47条。")
    assert got["126932.39万元"].metric == "管理不规范金额"
    got = by_text("——财政运行总体平稳，积极的财政政策提质增效明显。全省一般公共预算收入和支出分别增长4.53%、9.97%，"
                  "省级财政均衡性转移支付增长15.7%，实现全省财力困难县全覆盖。")
    assert [got[w].metric for w in ("4.53%", "9.97%")] == ["全省一般公共预算收入", "全省一般公共预算支出"]


def test_a_figure_after_a_threshold_crossed_measures_the_subject_not_the_threshold():
    """A threshold crossed before the clause stating the figure (迈过千亿大关, 跨越3个千亿元台阶) is no name of it: the
    figure and its growth measure what crossed it (were 千亿元台阶 and 大关)."""
    # 新华网 (2026-01-27) on 吉林's 2026 government work report
    got = by_text("胡玉亭说，“十四五”期间，吉林省地区生产总值跨越3个千亿元台阶，达到1.5万亿元、增长19.8%。")
    assert [got[w].metric for w in ("1.5万亿元", "19.8%")] == ["吉林省地区生产总值"] * 2
    assert got["3个"].metric == "千亿元台阶"
    # a city's work report on 2011 (长沙), as a public page reproduces it
    got = by_text("辖内财政收入迈过千亿大关，达1330亿元，增长28.55%，地方财政总收入668.11亿元，增长30.67%；")
    assert got["1330亿元"].metric.endswith("财政收入") and got["28.55%"].metric.endswith("财政收入")


def test_no_metric_opens_with_a_separator_bar():
    """星岛 (2026-03-05)'s title: the bar after 两会2026 opened the name of the count after it (︱《政府工作报告》)."""
    got = by_text("两会2026︱《政府工作报告》不足1000字简略版 3分钟一文睇清重点\n")
    assert got["不足1000字"].metric == "《政府工作报告》"


def test_a_share_raised_to_a_level_keeps_no_change_verb_and_a_numbered_group_keeps_its_numeral():
    """上海's 2026 government work report as 163.com reposts it: 提高到 before a share's level is no part of its name
    (was …比重提高到); "三大先导产业规模突破2万亿元" names the amount 三大先导产业规模 (was 大先导产业规模) and the count 三
    先导产业规模 (突破 bounds the next figure; was 先导产业规模突破)."""
    got = by_text("工业战略性新兴产业总产值增长6.5%、占规模以上工业总产值比重提高到45%,集成电路、生物医药、人工智能三大先导产业"
                  "规模突破2万亿元。")
    assert got["45%"].metric == "工业战略性新兴产业总产值占规模以上工业总产值比重"
    assert got["突破2万亿元"].metric == "三大先导产业规模"
    assert got["三"].metric == "先导产业规模"


def test_a_count_of_thresholds_crossed_names_the_threshold_and_leaves_the_growth_to_the_amount():
    """陵川县's 2026 government work report (lczf.gov.cn): "五年跨越3个十亿级台阶，年均增速达到8%" — the count was named
    十亿 (its 级台阶 lost) and the growth took it; the growth is of the county's output before it."""
    got = by_text("预计2025年,全县地区生产总值完成87.4亿元,五年跨越3个十亿级台阶,年均增速达到8%;规模以上工业增加值增长16%;")
    assert got["3个"].metric == "十亿级台阶"
    assert got["8%"].metric == "全县地区生产总值"


def test_a_scale_word_alone_before_yishang_is_a_band_not_a_figure():
    """安康市汉滨区's 2025 government work report (hanbin.gov.cn): 亿元以上 was a claim of one 亿元 named 拜访目标企业."""
    got = by_text("区级领导带队招商考察32次,拜访目标企业150家,签约亿元以上项目27个、投资规模112亿元,实际使用内资30.2亿元、外资381万美元。")
    assert "亿元以上" not in got
    assert "亿元以上项目" in got["27个"].metric


# 2025 年地市州政府工作报告 (the 2024 reviews of 邯郸, 赤峰, 德宏 and 安徽's reports as their pages print them; the
# twenty-ninth session's probe pages)
def test_the_years_a_first_is_counted_over_are_no_period():
    """邯郸市: 分别为35年来、20年来首次 made 20年来 the period of every figure after it in the sentence."""
    got = by_text("(一)经济实力实现新跃升。地区生产总值完成4704.3亿元、增长6.1%,规模以上工业增加值增长9.5%,增速均居全省第一,"
                  "分别为35年来、20年来首次;固定资产投资增长8.3%,社会消费品零售总额增长6.5%,全体居民人均可支配收入增长5.9%,"
                  "一般公共预算收入增长0.9%,增速均显著高于全省平均水平。")
    assert [got[w].period for w in ("8.3%", "6.5%", "5.9%", "0.9%")] == [None] * 4
    assert got["8.3%"].metric == "固定资产投资"


def test_chengwei_is_a_copula_and_a_mark_crossed_names_nothing():
    """赤峰市: 工业经济总量成为全区第四个… was named 工业经济总量成, and 旅客吞吐量突破200万大关 was named 大关."""
    got = by_text("——令人振奋和鼓舞的是,工业经济总量成为全区第四个突破2000亿元大关的地区,工业投资增长30%、领跑全区。"
                  "招商引资签约项目数量全区第一。\n"
                  "玉龙机场旅客吞吐量突破200万大关。\n")
    assert (got["四个"].kind, got["四个"].metric) == ("rank", "工业经济总量")
    assert got["突破200万"].metric == "玉龙机场旅客吞吐量"


def test_a_voltage_class_and_plenary_sessions_are_no_figures():
    """赤峰市's 500千伏输变电工程 and 德宏州's 州委八届五次、六次全会 were claims."""
    got = [c.text for c in claims_of("东北电网“十四五”期间投资最大的单体项目巴林—奈曼—阜新500千伏输变电工程竣工投运。\n"
                                     "一年来,州人民政府按照州委八届五次、六次全会部署,团结带领全州各族人民,直面严峻复杂形势和经济转型"
                                     "考验,奋力攻坚、担当作为、砥砺前行,经济发展稳中有进,社会事业不断进步,边疆社会安全稳定。全州完成"
                                     "地区生产总值620.1亿元、增长3%,规上工业增加值增长11.5%。\n")]
    assert got == ["620.1亿元", "3%", "11.5%"]


def test_a_growth_written_after_its_rate_and_a_threshold_stepped_onto():
    """安徽省 (its report's summary page): 汽车产量继续保持40%以上增长 was a share; 经济总量跨上5万亿元台阶 was named 台阶."""
    got = by_text("全省地区生产总值增长5.8%,经济总量跨上5万亿元台阶;\n"
                  "汽车产量继续保持40%以上增长、达357万辆,新能源汽车产量增长94.5%、达168.4万辆,产量均居全国第2位;\n")
    assert (got["40%以上"].kind, got["40%以上"].metric) == ("growth", "汽车产量")
    assert got["跨上5万亿元"].metric == "经济总量"


def test_bullets_after_a_lead_share_the_period_the_first_names():
    """广东省2024年政府工作报告 as a news page lists it: the bullets after 报告指出： had no period after the first."""
    got = by_text("报告指出:\n"
                  "●2023年广东地区生产总值达到13.57万亿元、增长4.8%,是全国首个突破13万亿元的省份,总量连续35年居全国首位;\n"
                  "●广州经济总量突破3万亿元;\n"
                  "●地方一般公共预算收入达1.39万亿元、增长4.3%;\n")
    assert [got[w].period for w in ("13.57万亿元", "突破3万亿元", "1.39万亿元", "4.3%")] == ["2023年"] * 4


def test_an_area_compared_in_points_is_no_baseline_of_the_parts_growth():
    """黄龙县2026年政府工作报告: 超过全市增速0.4个百分点,其中一产增长3.9% gave 一产's growth the baseline 全市."""
    got = by_text("一是综合实力在提质增效中迈上新台阶。全年生产总值完成30.69亿元、增长4.7%,超过全市增速0.4个百分点,其中一产增长"
                  "3.9%,二产增长14.1%、全市第二,规上工业增加值增长30.9%、全市第一,三产增长1.6%,产业结构持续调优升级。")
    assert got["0.4个百分点"].baseline == "全市"
    assert [got[w].baseline for w in ("3.9%", "14.1%", "30.9%", "1.6%")] == [None] * 4


def test_a_rate_kept_for_months_and_a_count_above_the_average():
    """安庆市2024年政府工作报告 (a news page): 增速连续20个月保持30%以上 was a share, and 18项指标增幅高于全省平均水平 a
    measure for the 平均 in its name."""
    got = by_text("2023年,安庆市生产总值增长5.7%,一般公共预算收入增长10.7%。28项主要经济指标中,18项指标增幅高于全省平均水平,"
                  "12项指标增幅位居全省第一方阵,9项指标增幅位居全省前三。外贸经济欣欣向荣。五大“国字号”开放平台优势充分彰显,"
                  "全市进出口总额50.9亿美元、增长31.2%,增速连续20个月保持30%以上。")
    assert (got["30%以上"].kind, got["30%以上"].metric) == ("growth", "全市进出口总额")
    assert got["18项"].kind == "count"


def test_a_run_after_fenbie_with_its_own_subject_is_that_subjects():
    """四川省2026年政府工作报告: 城乡居民人均可支配收入分别增长4.4%、5.6% were named 总量 and 地方一般公共预算收入, the
    figures before (a run after 分别 changes the figures before it only where it names no subject of its own); 城乡
    stands for 城镇 and 农村."""
    got = by_text("实现地区生产总值67665亿元,增长5.5%,总量和增速均居全国第5位;地方一般公共预算收入5853.9亿元,增长3.9%;"
                  "城乡居民人均可支配收入分别增长4.4%、5.6%。")
    assert [got[w].metric for w in ("4.4%", "5.6%")] == ["城镇居民人均可支配收入", "农村居民人均可支配收入"]


def test_two_figures_of_urban_and_rural_residents_are_each_ones():
    """山西省2024年政府工作报告 as 人民日报客户端 reports it: 城乡 stands for 城镇 and 农村 (both figures were named
    支配收入: jieba cut 可|支配收入)."""
    got = by_text("腰包更鼓了:城乡居民可支配收入分别达到41327元、17677元。")
    assert (got["41327元"].metric, got["17677元"].metric) == ("城镇居民可支配收入", "农村居民可支配收入")


def test_what_was_done_to_a_lists_items_and_their_running_totals():
    """上海市2025年政府工作报告: 外资研发中心分别新认定 named the second item and both totals after 累计分别达到."""
    got = by_text("跨国公司地区总部、外资研发中心分别新认定 60 家和 30 家,累计分别达到 1016 家和 591 家。")
    assert [got[w].metric for w in ("60 家", "30 家", "1016 家", "591 家")] == \
        ["跨国公司地区总部", "外资研发中心", "跨国公司地区总部", "外资研发中心"]


def test_a_copula_after_an_item_reaches_what_the_item_names():
    """宝鸡's 2024 work report: 一般公共预算收入突破百亿、达到102.57亿元 took the figure before's 全体居民人均可支配收入, and
    汽车整车产量实现翻番、达到16.3万辆 was named by the clause after it (国家创新型产业集群): the words before the figure are
    a copula alone, so the item before 、 names what it reached (without 突破, which bounds the threshold)."""
    got = by_text("全年地区生产总值增长3.3%、规模以上工业增加值增长4.9%、全体居民人均可支配收入增长6.8%,一般公共预算"
                  "收入突破百亿、达到102.57亿元、增长10.7%。\n")
    assert [got[w].metric for w in ("6.8%", "102.57亿元", "10.7%")] == [
        "全体居民人均可支配收入", "一般公共预算收入", "一般公共预算收入"]
    got = by_text("汽车整车产量实现翻番、达到16.3万辆,新能源汽车产业入选国家创新型产业集群。\n")
    assert got["16.3万辆"].metric == "汽车整车产量"


def test_an_estimates_verb_and_a_level_reached_are_no_part_of_the_name():
    """绥化市北林区's 2025 work report: 地区生产总值预计完成230.6亿元 was named 地区生产总值预计, 定制农业面积发展到55万亩
    定制农业面积发展."""
    got = by_text("2024年末,地区生产总值预计完成230.6亿元,增长4%;农林牧渔业可比价总产值预计完成184.4亿元,增长3.5%;"
                  "规上工业增加值增长6.5%;固定资产投资预计完成38.7亿元,增长-18.9%\n")
    assert [got[w].metric for w in ("230.6亿元", "4%", "38.7亿元", "-18.9%")] == [
        "地区生产总值", "地区生产总值", "固定资产投资", "固定资产投资"]
    got = by_text("定制农业面积发展到55万亩,垦地合作面积2万亩,“农业托管智慧链”入选数字中国建设典型案例。\n")
    assert (got["55万亩"].metric, got["2万亩"].metric) == ("定制农业面积", "垦地合作面积")


def test_numbers_of_slogans_in_single_quotes_are_no_figures():
    """上高县's 2024 work report: 省委“打造‘三大高地’、实施‘五大战略’”工作部署 gave the counts 三 and 五 named 高地’ and
    战略’; a short stretch in single quotes is a name, as in double ones."""
    got = by_text("深入贯彻省委“打造‘三大高地’、实施‘五大战略’”工作部署和市委“咬定一个目标、发力五个突破、聚力八大攻坚”工作思路\n")
    assert "三" not in got and "五" not in got


def test_the_last_item_as_long_as_the_one_before_ends_there():
    """赣州's 2024 work report: the shared words after …电子信息、纺织服装 are 产业集群营收 (服装产业集群营收 was shared:
    现代家居服装产业集群营收)."""
    got = by_text("工业经济企稳向好,规上工业企业净增218家,总数达2898家、保持全省第一,现代家居、有色金属和新材料、电子信"
                  "息、纺织服装产业集群营收分别达2700亿元、1800亿元、1700亿元、1100亿元。\n")
    assert [got[w].metric for w in ("2700亿元", "1800亿元", "1700亿元", "1100亿元")] == [
        "现代家居产业集群营收", "有色金属和新材料产业集群营收", "电子信息产业集群营收", "纺织服装产业集群营收"]


def test_a_time_since_which_a_figure_is_a_record_is_no_period():
    """内蒙古's 2024 work report: 创2010年以来最好位次 gave the figures after it the period 2010年以来 (and an analysis of
    招商银行's 2023 report: 为2016年以来首次;净手续费及佣金收入841.08亿元)."""
    got = by_text("地区生产总值增长7.3%、居全国第3、创2010年以来最好位次,人均地区生产总值突破10万元;规上工业增加值增长7.4%、居全国第7\n")
    assert "2010年以来" not in {c.period for c in got.values()}
    got = by_text("同期,招行净利息收入2146.69亿元,同比下降1.63%,为2016年以来首次;净手续费及佣金收入841.08亿元,同比下降10.78%,"
                  "降幅较上一年度大幅增加。\n")
    assert (got["841.08亿元"].period, got["10.78%"].period) == (None, None)


def test_a_project_size_bounded_before_it_is_a_band_of_the_count():
    """巨野县's 2025 work report: 过亿元 and 过10亿元 are bands of the projects counted (10亿元 was an amount, and 74个 and
    6个 were named 项目); 正安县's (亳州 in 遵义) 2025 report: a band after a verb still names the count (500万元以上 was an
    amount named 推进)."""
    got = claims_of("2024年,开展精准招商217次,签约过亿元项目101个,落地过亿元项目74个,过10亿元项目6个,双招双引成效显著。")
    assert [(c.text, c.metric) for c in got] == [("217次", "精准招商"), ("101个", "过亿元项目"), ("74个", "过亿元项目"),
                                                 ("6个", "过10亿元项目")]
    got = claims_of("全年实施推进500万元以上项目318个,累计完成投资78.64亿元。")
    assert [(c.text, c.metric) for c in got][0] == ("318个", "500万元以上项目")


def test_a_price_category_list_shares_its_price():
    """松原市's 2024 statistical bulletin: 价格 after the last category is every category's (居住价格 and 衣着价格 are
    single words of the lexicon, so the items had shared nothing: 生活用品和服务 …; and 衣着 took 食品 from 食品烟酒)."""
    got = claims_of("其中,生活用品和服务、医疗保健、教育文化和娱乐、其他用品和服务价格分别上涨0.9%、1.0%、0.6%、4.6%;交通通信、"
                    "食品烟酒、衣着价格分别下降3.8%、1.8%、0.5%,居住价格与上年持平。")
    assert [c.metric for c in got] == ["生活用品和服务价格", "医疗保健价格", "教育文化和娱乐价格", "其他用品和服务价格",
                                       "交通通信价格", "食品烟酒价格", "衣着价格"]


def test_a_policy_named_for_growth_is_no_growth():
    """长春's 2025 work report: 稳增长26条 is a package of 26 measures (was a change of 26, named 果断出台稳); 平稳增长 stays a
    growth (江苏银行's 2024 interim results as a broker note writes them)."""
    got = claims_of("针对持续增加的下行压力,果断出台稳增长26条等一揽子措施,因时因势组织调度经济运行,全市地区生产总值增长4.8%,"
                    "保持了稳中有进的良好发展态势。")
    assert [(c.text, c.kind, c.metric) for c in got] == [("26条", "count", "果断出台稳增长"),
                                                         ("4.8%", "growth", "全市地区生产总值")]
    assert one("24Q2营收增速放缓至2.9%,净利润保持两位数平稳增长达10.1%,净利息收入和净手续费收入增速转正分别为4.4%、53.2%",
               "10.1%").kind == "growth"


def test_each_item_of_a_run_of_counts_names_what_its_classifier_counts():
    """广东's 2026 work report (人民网): 8个整县推进农文旅融合发展试点 counts those pilots (it took the item before's
    新型城镇化建设试点)."""
    got = claims_of("全面开展“粤美县城”城市设计,新增22个新型城镇化建设试点、8个整县推进农文旅融合发展试点,新培育407个典型镇,"
                    "2519个典型村和25个典型村片区。")
    assert [c.metric for c in got][:2] == ["新型城镇化建设试点", "整县推进农文旅融合发展试点"]


def test_deposits_and_loans_written_apart():
    """新乡市's 2023 plan report: 存、贷款余额 are deposits' and loans' (were named 金融机构存 and 贷款余额)."""
    got = claims_of("社会消费品零售总额1130.3亿元,增长4.9%;规模以上工业增加值增长1%;金融机构存、贷款余额分别增长8.8%、11.9%")
    assert [c.metric for c in got][-2:] == ["存款余额", "贷款余额"]


def test_a_place_word_opens_what_a_count_counts():
    """云南's 2026 work report: 374个沿边行政村 counts border villages (沿边 is a locative to jieba; it took the count
    before's name), and 全部 after what is counted ends it."""
    got = claims_of("• 6个自治州通高铁或动车,78个民族自治地方县(市)全部通高等级公路,374个沿边行政村全部建成边境幸福村\n")
    assert [c.metric for c in got][1:] == ["民族自治地方县（市）", "沿边行政村"]


def test_a_locative_opening_a_noun_stays_with_it():
    """The ESG sample's train rows (the labelled corpus): 周边学生 is counted, as its gold writes it (was 项目员工, the
    count before's); 之间 after a range opens nothing, and HK 06138 is a stock code (哈尔滨银行's 2024 results as a news
    page gives them)."""
    assert one("首期汉语班计划为30名项目员工和60名周边学生提供免费的汉语培训", "60名").metric == "周边学生"
    got = claims_of("截至2025年5月16日收盘,哈尔滨银行(HK 06138)全天股价在0.310港元至0.320港元之间小幅波动,市值约为35.19亿港元。")
    assert [(c.text, c.metric) for c in got] == [("0.310港元", "股价"), ("0.320港元", "股价"), ("约为35.19亿港元", "市值")]


def test_a_sector_of_the_economy_achieves_its_figure():
    """进贤县's 2023 statistical bulletin: 非公有制经济实现增加值 is that sector's value added (was 增加值 alone)."""
    got = claims_of("在全县地区生产总值中,非公有制经济实现增加值221.72亿元,按可比价格计算,比上年增长3.7%。")
    assert [c.metric for c in got] == ["非公有制经济增加值", "非公有制经济增加值"]


def test_a_digest_item_after_spaced_references_opens_a_sentence():
    """山东's 2026 work report as a research digest runs its items together: 省份 [4] - 规上工业增加值增长7.6% (the space
    before [4]) had the metric ]-规上工业增加值."""
    got = claims_of("2025年地区生产总值增长5.5%,达到10.3万亿元,成为全国第三个、北方第一个过10万亿元省份 [4] - 规上工业增加值增长7.6%,"
                    "高于全国1.7个百分点;服务业增加值增长6.1%")
    assert [c.metric for c in got if c.text in ("7.6%", "1.7个百分点")] == ["规上工业增加值", "规上工业增加值"]


def test_a_congress_s_quorum_is_counted_by_how_deputies_attend():
    """宝丰县's 2024 work report as the county's news prints it: 会议应到代表224名 was named 到代表."""
    got = claims_of("会议应到代表224名,实到代表201名,符合法定人数。")
    assert [c.metric for c in got] == ["应到代表", "实到代表"]


# The items of a budget's 收支平衡 are one word each (jieba_user_terms fin: 上解支出, 调入资金, 结转下年 …), and an amount of
# money written with its scale word alone is in 元 (money_word 结转). 谯城区's and 城口县's budget reports as public
# pages print them: 加上解支出 was a name, 调入资金 资金, and 结转下年1.77亿 a count with no unit.
def test_budget_balance_items_are_named_whole():
    text = ("全区一般公共预算可支配收入92.51亿元,一般公共预算支出73.08亿元,加上解支出1.28亿元,一般债务还本4.22亿元,"
            "支出合计78.58亿元。调出资金10.83亿元(用于弥补政府性基金短收),结转下年1.77亿")
    claims = by_text(text)
    assert claims["1.28亿元"].metric == "上解支出"
    assert (claims["1.77亿"].metric, claims["1.77亿"].kind, claims["1.77亿"].unit) == ("结转下年", "money", "元")
    moved = by_text("加上上级专项补助364785万元、地方政府一般债务收入77180万元(含再融资债券),以及调入资金15200万元、"
                    "上年结转78940万元后,收入总量为608024万元。")
    assert moved["15200万元"].metric == "调入资金"
    spent = by_text("加上上解支出9099万元、地方政府一般债务还本支出69343万元,以及安排预算稳定调节基金35227万元、结转下年40818万元后,"
                    "支出总量为608024万元。")
    assert (spent["9099万元"].metric, spent["35227万元"].metric) == ("上解支出", "预算稳定调节基金")      # 加上: plus
    transfers = by_text("一般性转移支付收入528550万元,其中:均衡性转移支付153891万元、县级基本财力保障机制奖补资金46936万元、"
                        "结算补助收入43758万元、固定数额补助38494万元,重点用于“保工资、保运转”支出。")
    assert transfers["46936万元"].metric == "县级基本财力保障机制奖补资金"      # was 资金


def test_a_measure_after_a_verb_names_the_noun_after_its_unit():
    """张掖市甘州区's 2026 work report: 守牢 is one verb (jieba cut 守|牢, an adjective last), so the noun after the unit
    is what is measured (守牢155.1万亩耕地红线 was named 守牢)."""
    assert one("守牢155.1万亩耕地红线。", "155.1万亩").metric == "耕地红线"


def test_xinjian_is_the_verb_of_building_not_a_place():
    """新建 is a verb (jieba tags it a place, 南昌's 新建区): in the restructuring plan's 主要新建分拨中心1座 the adverb
    before it stayed in the name (主要新建分拨中心; its gold: 分拨中心), and 新建学校 read as an organisation."""
    text = ("本项目总建筑面积186,145㎡，主要新建分拨中心1座，主要用户快件分拨；物流中心6座，主要用于快件仓储；冷库1座，"
            "主要用于冷运快件中转及仓储；综合楼2座，主要用于日常办公；宿舍楼1座，主要用于员工起居。")
    metric = one(text, "1座").metric
    assert metric.endswith("分拨中心") and not metric.startswith("主要")


def test_a_change_verb_after_tongbi_names_nothing():
    """莆田市荔城区's 2024 final accounts: 同比增收2940万元 is the change of the figure before (was named 增收), as
    比上年增收 was; the growth checks then tie the amount, the change and the rate (three passed on the page)."""
    claims = by_text("2024年全区一般公共预算总收入491446万元,完成调整后预算收入489000万元的100.5%,同比增收2940万元,增长0.6%。")
    assert (claims["2940万元"].metric, claims["2940万元"].kind) == ("全区一般公共预算总收入", "delta")
    assert claims["0.6%"].metric == "全区一般公共预算总收入"


def test_a_run_of_periods_of_the_year_gives_each_figure_its_period():
    """崇左市's 2025 review: 一季度、上半年、前三季度、全年全市GDP分别增长… are four periods of one figure (the first three
    had been named by their period and the last 全年全市GDP)."""
    claims = claims_of("一季度、上半年、前三季度、全年全市GDP分别增长6.7%、6.6%、6.2%、6.0%,分别排全区第2、第1、第2、第3位,"
                       "多项主要经济指标排全区前列。")
    assert [(c.metric, c.period) for c in claims[:4]] == [
        ("全市GDP", "一季度"), ("全市GDP", "上半年"), ("全市GDP", "前三季度"), ("全市GDP", "全年")]


def test_a_group_named_n_da_in_a_list_and_totals_after_additions():
    """四川's 2025 work report as a summary gives it: 六大优势产业 is the first item whole (was 大优势产业增加值: the count 六
    cut it); the total after those added (总量达1.8万家) and the level after an addition (经营主体新增105万户,达920万户) are of
    all there are, not of those added (both were named with 新增)."""
    got = by_text("- 发展动能加快汇聚:29项成果获国家科学技术奖励;六大优势产业、高技术制造业、绿色低碳优势产业增加值分别增长6.9%、"
                  "8.4%、10.2%,新兴产业增长20%以上;国家先进制造业集群增至5个;新增国家高新技术企业1200家,总量达1.8万家;"
                  "产业投资两位数增长,技改投资增长9.6%;经营主体新增105万户,达920万户 [5]")
    assert got["6.9%"].metric == "六大优势产业增加值"
    assert (got["1200家"].metric, got["1.8万家"].metric) == ("新增国家高新技术企业", "国家高新技术企业")
    assert got["920万户"].metric == "经营主体"


def test_modern_services_attendance_and_cross_region_words():
    """现代服务业 is one word (深圳's 2026 report as a news page gives it: 现代服务业增加值 was 服务业增加值), 实到 no change (凤县 2025:
    144人 took 应到代表), 跨区域 no verb (西藏's 2025 report, traditional script: 跨 was cut off)."""
    got = by_text("现代服务业增加值达1.8万亿元、占服务业比重提高至77%,金融机构本外币存贷款余额达24.6万亿元、五年增长44.8%。")
    assert (got["1.8万亿元"].metric, got["77%"].metric) == ("现代服务业增加值", "现代服务业增加值占服务业比重")
    got = by_text(" 本次大会应到代表155人,实到144人,符合法定人数。")
    assert (got["155人"].metric, got["144人"].metric) == ("应到代表", "实到")
    assert one("建成跨區域冷鏈物流集散中心7個,農村郵路汽車化率達100%。", "7").metric.startswith("跨区域")


def test_a_change_of_the_growth_rate_in_points():
    """河北's 2025 economic release: 增速比上年加快0.2个百分点 after 同比增长5.6% changes the growth rate (was named
    河北地区生产总值, the level's name)."""
    got = by_text("2025年河北地区生产总值超过4.9万亿元,同比增长5.6%,增速比上年加快0.2个百分点,呈现持续向好势头。")
    assert got["0.2个百分点"].metric == got["5.6%"].metric + "增速"


def test_a_cut_and_a_name_after_the_next_figure():
    """赣榆区's 2025 report as a summary gives it: 压缩79.5% is a fall (was a share named …平均压缩); 嘉定区's 2024 release:
    the amount 1710.7亿元 is not named by the share's words after the next figure (was 占规上工业总产值, and the share
    占规上工业总产值占规上工业总产值)."""
    cut = one('建成数据可视化大屏"限时办"系统,52项高频承诺件办理时限平均压缩79.5%,并接入16000多路监控视频构建智慧监管平台。',
              "79.5%")
    assert (cut.kind, cut.direction, cut.metric) == ("growth", "down", "高频承诺件办理时限")
    got = by_text("战略性新兴产业比重提升,完成产值1710.7亿元,可比增长3.4%,占规上工业总产值的36.4%,战新产业在规模不断扩大的同时,"
                  "占比实现稳步提升,比重较2023年提高2.0个百分点。")
    assert "占" not in got["1710.7亿元"].metric and got["36.4%"].metric.count("占") == 1


def test_a_dateline_corner_quotes_and_a_bound_of_approach():
    """A 香港商报 page on 沈阳's 2026 work report (traditional script): the day opening the sentence is when the report was
    given, 2025年 after it the figures' period (was 2026年1月14日); 「」 quote a name as “” do, and 逼近 is a bound (the
    metric was 」重点产业集群规模总量逼)."""
    got = by_text(" 2026年1月14日,瀋陽市第十七屆人民代表大會第五次會議上,市長呂志成作政府工作報告時披露,作為「十四五」規劃收官之年,"
                  "2025年瀋陽頂住多重壓力實現難中求成,地區出口總額增長10%,入境遊客增長43.5%,工業技改投資增長12.2%。")
    assert {got[t].period for t in ("10%", "43.5%", "12.2%")} == {"2025年"}
    near = one(" 產業升級成效顯著,「10+1」重點產業集群規模總量逼近1.1萬億元。", "1.1")
    assert (near.metric, near.bound) == ("“10+1”重点产业集群规模总量", "~")
    assert one("截止2023年9月1日，2023届毕业生共4786人，已落实就业3987人。", "3987").period == "截止2023年9月1日"


def test_a_multiple_of_a_plan_period_and_a_historic_mark():
    """深圳's 2026 report as a news page gives it: 为“十三五”的1.5倍 is a multiple of the figure before, taken of the plan
    period (it was named 十三五), and 历史性 before a mark crossed is how, not what (突破1万亿元 was named 历史性)."""
    got = by_text("固定资产投资五年累计4.5万亿元、为“十三五”的1.5倍,并于2024年历史性突破1万亿元,工业投资、房地产投资占比分别较2020年"
                  "提升11.9个百分点、下降16.5个百分点。")
    assert got["1.5倍"].metric == got["4.5万亿元"].metric == got["突破1万亿元"].metric
    assert got["4.5万亿元"].metric.startswith("固定资产投资")


def test_a_share_held_steady_is_named_without_the_verb():
    """深圳's 2026 report as a news page gives it: 比重稳定在1/3左右 is the share 工业增加值占地区生产总值比重 (the share's whole
    kept 稳定在, a copula the name before a figure already drops)."""
    got = one("规上工业总产值五年跨过两个万亿元台阶,规上工业总产值、工业增加值连续4年保持全国城市“双第一”,工业增加值占地区生产总值"
              "比重稳定在1/3左右。", "1/3")
    assert got.metric == "工业增加值占地区生产总值比重"


def test_the_end_of_a_plan_compared_with_is_its_figures_period():
    """甘肃省's 2025 figures as a page on its 2026 work report gives them: 较“十三五”末的9323.1亿元 is the figure at the plan's
    end (it had 2025年, the sentence's)."""
    got = by_text("现 - 2025年甘肃省地区生产总值达到13697.5亿元,较“十三五”末的9323.1亿元增长33.6% [1] ")
    assert (got["13697.5亿元"].period, got["9323.1亿元"].period, got["33.6%"].period) == ("2025年", "“十三五”末", "2025年")


@pytest.mark.parametrize("text, written, metric", [
    # 宜宾's 2026 work report (川观新闻): 确保 and 推动 opened the names
    ("扩大有效投资 ,科学谋划一批好项目,储备一批大项目,确保全年入库项目950个、总投资2335亿元。", "950个", "入库项目"),
    ("人工智能等未来产业。同时,改造提升传统产业,推动规上工业企业数字化转型覆盖率超85%。", "超85%", "规上工业企业数字化转型覆盖率"),
    # 长沙县's 2026 congress (湖南日报): 应到人大代表 was cut 应|到人大代表
    ("本次大会应到人大代表302人,实到293人,符合法定开会人数。", "302人", "应到人大代表"),
    # 昆明's 2025 work report as a summary prints it: a band of amounts written as a bare scale (was 亿元)
    ("在产业发展方面,工业强市战略深入推进,87个亿元以上工业项目开工建设、净增规模以上工业企业143户。", "87个",
     "亿元以上工业项目"),
])
def test_work_report_targets_and_counts_named_whole(text, written, metric):
    assert by_text(text)[written].metric == metric


def test_places_after_fenbie_rank_the_figures_before_them():
    """合肥's 2025 work report as a summary prints it: both places were named 人发明专利拥有量 (万|人 cut the indicator, and the
    last figure's name went to both)."""
    got = by_text("会研发投入强度4%、万人发明专利拥有量82.7件,分别居省会城市第2位、第5位。6项成果入选国家科学技术奖,")
    assert [got[w].metric for w in ("82.7件", "2位", "5位")] == ["万人发明专利拥有量", "研发投入强度", "万人发明专利拥有量"]


def test_inbound_overnight_visitors_is_one_indicator():
    """郑州's 2026 work report (a reprint): 入境过夜游客 was named 游客 (jieba read 过夜 a verb)."""
    got = by_text("86.2亿元。接待国内游客1.8亿人次,入境过夜游客32.97万人次,旅游总收入2206.7亿元。举办大型经")
    assert got["32.97万人次"].metric == "入境过夜游客"


def test_the_whole_year_after_a_paragraph_opened_by_a_year_is_that_year():
    """合肥's 2025 work report (摘要): its review opens 2024年, and 全年承担国家试点示范30余项 had 2025年, the report's year; a
    bureau's 2025 disclosure report (全年涉及政府信息公开的行政复议13件, after 2025年,我局共收到…) had 全年 unresolved."""
    text = ("2025年合肥市政府工作报告(摘要)\n\n2024年,全市上下迎难而上、勇毅前行,顺利完成市十七届人大三次会议确定的各项目标任务。"
            "牢记嘱托、感恩奋进,全年承担国家试点示范30余项,一大批原创性成果、牵引性项目、标志性改革接续涌现。\n")
    assert by_text(text)["30余项"].period == "2024年"
    got = by_text("2025年,我局共收到政府信息公开申请315件,均通过政务网渠道提交。其中298件按时办结,17件结转下年度办理。"
                  "全年涉及政府信息公开的行政复议13件,行政诉讼1件,无相关投诉事项。")
    assert (got["13件"].period, got["1件"].period) == ("2025年", "2025年")


def test_a_rank_of_the_growth_rate_is_named_by_it():
    """金华's and 邯郸's 2025 work reports: 增长14.3%、增速居全省首位 placed 进出口总额, the amount; it places the growth
    rate (the bulletin's gold reads 增速位居全省第一 so: 地区生产总值增速); 苍梧县's 2024 report: 增速排全市第二 was named
    增速排."""
    got = by_text("实现进出口总额8794.9亿元，增长14.3%、增速居全省首位，其中外贸出口7719.2亿元、增长16.4%。")
    assert (got["首位"].kind, got["首位"].metric) == ("rank", "进出口总额增速")
    got = by_text("地区生产总值完成4704.3亿元、增长6.1%，规模以上工业增加值增长9.5%，增速均居全省第一。")
    assert got["一"].metric == "规模以上工业增加值增速"
    assert one("全县地区生产总值增长6.5%，增速排全市第二，连续三年位居全市第一方阵。", "二").metric == "全县地区生产总值增速"


def test_a_part_heading_without_its_number_heads_its_part():
    """常熟市's 2024 report (a mirror of its page) prints its part heading without 一、: 2023年工作回顾 was no heading, and the
    review's figures had 2024年, the year of the date line; so did 姜堰区's 2026 summary with “十五五”时期主要目标."""
    text = ("政 府 工 作 报 告\n──2024年1月8日在市十六届人大三次会议上\n市长 秦 猛\n各位代表:\n"
            "现在,我代表常熟市人民政府,向大会报告工作,请予审议,并请市政协委员和其他列席人员提出意见。\n2023年工作回顾\n"
            "1.工业经济稳中有进。工业大盘基本稳健,企业用工保持稳定,工业用电持续增长,规上工业总产值完成4732亿元。\n")
    assert one(text, "4732亿元").period == "2023年"
    text = ("泰州市姜堰区2026年政府工作报告(摘要版)\n2025年及“十四五”工作回顾\n"
            "经济发展:规上、亿元以上工业企业达707家、140家,新增省专精特新企业82家(全市第1)。\n“十五五”时期主要目标\n"
            "地区生产总值年均增长5%左右,一般公共预算收入年均增长2.5%,规上工业总产值达1300亿元。\n")
    got = by_text(text)
    assert (got["707家"].period, got["1300亿元"].period) == ("2025年", "“十五五”时期")


def test_an_investment_stated_before_the_projects_it_funds_is_a_claim():
    """东洲区's 2025 work report: 总投资86亿元的…等12个重大产业项目 was a threshold (a number qualifying what the later count
    counts, as 在校生超过5000人的学校 is), so the amount was lost; an amount after 总投资/投资 and no bound is stated."""
    got = by_text("总投资86亿元的辽宁三木、渼瑞石油等12个重大产业项目开工建设，总投资34亿元的中储粮、东方发电、隆腾新材料等"
                  "18个续建项目投产达效。")
    assert [(w, got[w].kind, got[w].metric) for w in ("86亿元", "34亿元")] == [("86亿元", "money", "总投资"),
                                                                            ("34亿元", "money", "总投资")]
    assert "5000人" not in by_text("在校生超过5000人的学校达到22所。")


def test_a_respective_run_joined_by_an_ascii_comma():
    """崇左市's 2024 report as a mirror prints it: 规上工业总产值、增加值分别年均增长22.2%,16% gave both rates 增加值 and the
    second was a share (the ASCII comma broke the run, and 年均 stayed in the first name)."""
    got = by_text("规上工业总产值、增加值分别年均增长22.2%,16%，均排全区前列。")
    assert [(got[w].kind, got[w].metric) for w in ("22.2%", "16%")] == [("growth", "规上工业总产值"), ("growth", "增加值")]


def test_the_past_year_heading_dates_its_review():
    """汉滨区's 2025 work report: the parts under 一、过去一年工作回顾 had the report's 2025年; the review is of 2024."""
    text = ("汉滨区2025年政府工作报告\n各位代表:\n一、过去一年工作回顾\n"
            "2024年,我们紧扣高质量发展主题,实现地区生产总值440.5亿元、增长5.4%。\n"
            "(一)坚持项目支撑、招商引资\n深化“四个一批”项目管理,158个重点项目完成投资189.4亿元。\n")
    got = by_text(text)
    assert got["189.4亿元"].period == got["440.5亿元"].period == "2024年"


def test_a_bound_written_after_a_run_bounds_each_figure():
    """赤峰's 2025 work report as a news page gives its targets: 城乡居民人均可支配收入分别增长5%和7.5%左右 left the 5% exact;
    the 左右 after the run's last figure bounds each (a run without 分别 keeps its own bounds)."""
    got = by_text("预计全市地区生产总值增长4%左右,固定资产投资增长10%左右,社会消费品零售总额增长2.5%左右,城乡居民人均可支配收入"
                  "分别增长5%和7.5%左右。")
    assert (got["5%"].bound, got["7.5%左右"].bound) == ("~", "~")
    assert by_text("营业收入增长5%,净利润增长7.5%左右。")["5%"].bound == "="


def test_a_year_a_speaker_opens_with_dates_the_paragraphs_whole_year():
    """武进区's 2026 work report as a news page gives it: 他说,2025年,面对… then 全年预计完成地区生产总值3570亿元 left 全年
    unresolved (the page names no year elsewhere); 佳县's 2025 report: 报告中指出,2024年是新中国成立75周年 opens the review."""
    got = by_text("他说,2025年,面对外部困难增多、发展环境承压的形势,全区上下坚持以习近平新时代中国特色社会主义思想为指导,经济社会"
                  "各领域收获新的成果。全年预计完成地区生产总值3570亿元、一般公共预算收入225亿元、规上工业总产值6313亿元,"
                  "规上服务业营收增长10.5%,居民人均可支配收入增长4.5%。")
    assert got["3570亿元"].period == got["4.5%"].period == "2025年"
    got = by_text("任向军在报告中指出,2024年是新中国成立75周年,是实现“十四五”规划目标任务的关键一年。全年完成地区生产总值112.96亿元,"
                  "增长6.6%。")
    assert got["112.96亿元"].period == "2024年"


@pytest.mark.parametrize("text, written, metric", [
    # 赤峰's 2025 work report as a page gives it: 园区成功, 院士工作站全面 (the adverb before the verb after the noun counted)
    ("5个园区成功认定自治区级化工园区,数量居全区第一。", "5个", "园区"),
    ("全市第二个院士工作站全面建成,科技创新按下“加速键”。", "二个", "院士工作站"),
    # 硚口区's 2025 report as 网易 reports it: 占比首超80% (首, the first time, before the bound)
    ("一年来,产业转型提速加力,服务业增加值占比首超80%。", "超80%", "服务业增加值占比"),
    # 巴林右旗's 2025 report: jieba tags 良种 a numeral, and the rate was named 覆盖率
    ("肉牛肉羊存栏分别优化至30万头、220万只,良种覆盖率达89%。", "89%", "良种覆盖率"),
])
def test_an_adverb_between_the_noun_and_its_verb_is_no_part_of_it(text, written, metric):
    assert one(text, written).metric == metric


def test_a_clause_naming_only_a_parallel_item_takes_the_measure_before():
    """赣榆区's 2025 work report as a page reads it: 石化产业完成产值约2300亿元,医药产业约700亿元 named the second
    石化产业医药产业 (the group before and the item); a clause that is only a name of the same kind as the measure's
    owner is that measure of it. Parts after 其中 keep their own names, as the golds write them (全州公路总里程…,其中:
    高速公路814公里: 高速公路, the 2016 bulletin of 黔东南)."""
    got = by_text("报告特别强调石化、新能源等支柱产业的集群发展,其中石化产业完成产值约2300亿元,医药产业约700亿元,并建成全国最大单体"
                  "滩涂光伏项目。")
    assert got["约700亿元"].metric == "医药产业产值"
    assert by_text("城镇居民人均可支配收入52000元,增长5%;农村居民23000元,增长6%。")["23000元"].metric == "农村居民人均可支配收入"
    assert by_text("截至2016年底,全州公路总里程达29479公里,其中:高速公路814公里,国道1472公里。")["814公里"].metric == "高速公路"


def test_a_whole_village_is_counted():
    """仙游县's 2026 work report as a news page reads it: jieba cut 整|村 (a verb) in 完成152个整村农村生活污水管网建设, which counted
    nothing after the unit and took the count before's 木兰溪汇水支流水质."""
    got = by_text("5条木兰溪汇水支流水质实现跨类别提升; 完成152个整村农村生活污水管网建设,全市长度最长、进度最快;")
    assert got["152个"].metric == "整村农村生活污水管网建设"


@pytest.mark.parametrize("text, written, metric", [
    # 长春's 2025 work report: jieba cut 首|店 (a numeral), and the count was named 店品牌
    ("着力扩大消费需求,发展消费新模式、新场景、新热点,引进首店品牌132家,网络零售额增长20.9%。", "132家", "首店品牌"),
    # 毕马威's review of listed brokers' 2024 reports: 两|市 (a numeral) lost 两
    ("两市股票日均成交金额突破万亿元大关,同比增幅超两成,流动性指标显著优化。", "突破万亿元", "两市股票日均成交金额"),
    # a county's 2025 1-11月 release: 在|库 (a preposition) lost 在
    ("目前全县在库固定资产投资项目141个,其中5千万以上的67个。", "141个", "全县在库固定资产投资项目"),
    # 财政部's 2023 中央部门决算 release: 自|评|表 (a preposition and two verbs) left only 数量
    ("今年随同中央决算向全国人大常委会报送的项目绩效自评表的数量增长到716个,比上年增加17个。", "716个", "项目绩效自评表的数量"),
    # 嘉祥县金屯镇's 2024 政府信息公开 report: 依|申请 (an adverb and a verb) lost 依申请
    ("2024共收到依申请政府信息公开2件,均严格按照规定时间、规范格式予以答复,结转下年度继续办理0件。", "2件", "依申请政府信息公开"),
])
def test_words_jieba_cuts_after_a_numeral_or_preposition_stay_whole(text, written, metric):
    assert one(text, written).metric == metric


def test_ascii_quotes_around_a_name_are_read_as_chinese_quotes():
    """赣榆区's 2025 work report as a page prints it with ASCII quotes: 新增"四上"企业225家 was named 企业 (the quotes, unlike
    “”, cut the name); and a page's "3万亿俱乐部" was a count of 3万亿 named 俱乐部"."""
    from extract.claims import find_claims
    from extract.ingest.text import document_from_text

    text = ("赣榆区2025年工作报告显示,该区预计实现地区生产总值800亿元以上、增长7%,新增\"四上\"企业225家,"
            "居民人均可支配收入达36924元。\n南京银行资产规模25914亿元,增速13.25%,正向\"3万亿俱乐部\"靠拢。\n")
    got = {c.text: c for c in find_claims(document_from_text(text))}
    assert got["225家"].metric == "新增“四上”企业"
    assert "3万亿" not in got


@pytest.mark.parametrize("text, written, metric", [
    # 安徽's 2025 work report as a summary gives it: the group a rate is placed in (工业大省) named the rank
    ("规上工业增加值增长9%,增速居工业大省第1位;", "1位", "规上工业增加值增速"),
    # 郑州's 2026 report: a count of the group (9个) between 居 and 首位 made the rank a count named 国家中心城市
    ("初步核算,地区生产总值突破1.52万亿元、增长5.4%,规上工业增加值增长9%、增速居9个国家中心城市首位,社会消费品零售总额增长5%。",
     "首位", "规上工业增加值增速"),
])
def test_a_growth_rate_placed_among_a_group_is_what_is_ranked(text, written, metric):
    claim = one(text, written)
    assert (claim.kind, claim.metric) == ("rank", metric)


def test_growth_rates_placed_in_turn_after_fenbie():
    """青岛's 2025 work report: 增速分别居副省级城市第2位、第3位 places the two growths before it in turn (both were
    社会消费品零售总额增速)."""
    got = [c for c in claims_of("全市生产总值达到16719.5亿元,增长5.7%,增速居副省级城市第2位;规上工业增加值增长9.4%,"
                                "社会消费品零售总额增长4.2%,增速分别居副省级城市第2位、第3位;完成节能减排降碳任务。")
           if c.kind == "rank"]
    assert [c.metric for c in got] == ["全市生产总值增速", "规上工业增加值增速", "社会消费品零售总额增速"]


@pytest.mark.parametrize("text, expected", [
    # 厦门's 2026 report as 福建日报 gives it: an ASCII comma after the run joined the next clause's count (589个) to it,
    # and the run of four items no longer matched its three names (each was 社会事业投资)
    ("工业、基础设施、社会事业投资预计分别增长3%、11.2%和24.2%,589个省市重点项目完成年度投资计划125.4%。",
     {"3%": "工业投资", "11.2%": "基础设施投资", "24.2%": "社会事业投资"}),
    # the same page: a quoted name inside an item does not close the list's clause (16.5% was 共建“一带一路”国家出口)
    ("推进关港航贸、内外贸一体化,出口增长8.6%,对金砖国家、共建“一带一路”国家出口分别增长16.5%和22.7%,光伏产品出口增长。",
     {"16.5%": "对金砖国家出口", "22.7%": "共建“一带一路”国家出口"}),
    # 陕西's 2026 report as a page gives it: the last item is its own (工业技改投资); the items share only 投资
    ("工业、制造业、工业技改投资分别增长9.4%、13.3%、6.1%。", {"9.4%": "工业投资", "13.3%": "制造业投资", "6.1%": "工业技改投资"}),
])
def test_items_of_a_fenbie_run_in_work_reports(text, expected):
    got = by_text(text)
    assert {written: got[written].metric for written in expected} == expected


def test_paying_out_a_subsidy_is_no_part_of_its_name():
    """四川's 2026 work report: 兑现以旧换新补贴169亿元 was named 兑现以旧换新补贴 (兑现, paying out, is a leading verb)."""
    assert one("提振消费促增长,兑现以旧换新补贴169亿元,省市联动发放“蜀里安逸”消费券超7亿元。", "169亿元").metric == "以旧换新补贴"


# 全部/全面…完成 说的是所计之物都做到了，不是名称的一部分 (all of the things counted were done: what is said of them, no part
# of their name)
@pytest.mark.parametrize("text, written, metric", [
    # 湖北's 2025 report as a digest gives it: was 民生实事全部超额完成
    ("10大类52项民生实事全部超额完成。", "52项", "民生实事"),
    # 上海's 2025 report as a collection prints it: was 改革举措全面完成
    ("全力做好世界银行营商环境对标改革,优化营商环境7.0版150项改革举措全面完成。", "150项", "改革举措"),
    # 三峡's 长江电力 ESG page: was 机组全部投产发电
    ("随着白鹤滩水电站16台机组全部投产发电,这条世界最大清洁能源走廊上的110台水电机组总装机容量达7169.5万千瓦。", "16台", "机组"),
])
def test_all_of_the_things_counted_done_is_no_part_of_their_name(text, written, metric):
    assert one(text, written).metric == metric


def test_entering_a_stage_is_no_part_of_the_name():
    """上海's 2025 work report: 城市经济规模进入了5万亿元以上的新阶段 was named 城市经济规模进入."""
    assert one("全市生产总值增长5%,城市经济规模进入了5万亿元以上的新阶段。", "5万亿元").metric == "城市经济规模"


def test_a_target_verb_opening_a_shares_part_is_no_part_of_it():
    """昆明's 2025 work report: 力争民间投资占全部投资比重40%以上 was named 力争民间投资占全部投资比重."""
    assert one("建立重点民间投资项目库,力争民间投资占全部投资比重40%以上。", "40%").metric == "民间投资占全部投资比重"


def test_a_step_is_no_unit():
    """包头's 2026 session report: 产值先后站上千亿台阶 was a count of 1000亿 台 (machines) named 阶."""
    assert not [c for c in claims_of("钢铁、稀土、晶硅光伏、铝业产值先后站上千亿台阶。\n") if c.unit == "台"]


def test_figures_after_thresholds_crossed_are_of_what_crossed_them():
    """A province's 2025 work report: 全省地区生产总值连跨4个千亿台阶，2024年达到1.3万亿元、增长5.8% named both figures
    千亿台阶."""
    got = by_text("“十四五”以来,全省地区生产总值连跨4个千亿台阶,2024年达到1.3万亿元、增长5.8%,增速居全国第3位。")
    assert (got["1.3万亿元"].metric, got["5.8%"].metric) == ("全省地区生产总值", "全省地区生产总值")


def test_a_bare_total_after_a_net_addition_is_of_what_was_added():
    """合肥's 2025 work report as its abstract gives it: 总数1.3万户 after 净增2076户 was named 总数."""
    got = by_text("国家科技型中小企业净增2076户,总数1.3万户、居省会城市第5位。")
    assert got["1.3万户"].metric == "国家科技型中小企业"


def test_figures_compared_after_thresholds_crossed_are_of_what_crossed_them():
    """甘肃's 2026 work report: 较“十三五”末的9323.1亿元增加4374.4亿元,增长33.6% after 连跨4个千亿元台阶 were each named
    千亿元台阶."""
    got = by_text("“十四五”时期,甘肃经济总量连跨4个千亿元台阶,较“十三五”末的9323.1亿元增加4374.4亿元,增长33.6%。")
    assert [got[w].metric for w in ("9323.1亿元", "4374.4亿元", "33.6%")] == ["甘肃经济总量"] * 3


def test_an_office_held_and_its_speaking_for_end_no_name():
    """辽宁's 2026 work report as a news page gives it: 辽宁省省长王新伟代表辽宁省人民政府 was one organisation and the subject
    of the year's figures (jieba tags 代表 a noun)."""
    from extract.nlp.orgs import find_org_spans
    text = "辽宁省省长王新伟代表辽宁省人民政府向大会作政府工作报告。"
    assert [o.name for o in find_org_spans(text)] == ["辽宁省人民政府"]


# 新闻稿里的政府工作报告没有自己的年份 (a news page on a work report names no year of its own): 一、2025年工作回顾 printed inside a
# line, or 报告回顾了2023年工作, names the year 一年来/过去一年 look back on, and 今年 is the next (were kept as written)
SHANGHAI_2026_NEWS = ('龚正市长在上海市第十六届人民代表大会第四次会议的政府工作报告\nJie Fang Ri Bao·2026-02-0'
                '9 01:28\n政府工作报告 ——2026年2月3日在上海市第十六届人民代表大会第四次会议上 上海市市长 龚正 '
                '各位代表: 现在,我代表上海市人民政府,向大会报告工作,请予审议。请各位政协委员和其他列席人员提出 意见。 一、'
                '2025年工作回顾 2025年是"十四五"规划冲刺收官、"十五五"规划谋篇布局之年。习近平总书记再次亲临上海考察'
                '指 导工作,对上海发展作出新的战略擘画,全市上下倍受鼓舞、倍感振奋。过去一年,我们坚持以习近平 新时代中国特色社'
                '会主义思想为指导,全面贯彻落实党的二十大和二十届历次全会精神,深入贯彻落实 习近平总书记考察上海重要讲话精神,坚'
                '决贯彻落实党中央、国务院的决策部署,在中共上海市委坚强 领导下,着力推动高质量发展,加快建设"五个中心",统筹抓'
                '好稳增长、促转型、惠民生、防风险各项 工作,完成了市十六届人大三次会议确定的目标任务。 一年来,全市经济社会发展'
                '稳中有进、进中提质。一是经济持续回升向好。全市生产总值达到5.67 万亿元、增长5.4%,好于预期。地方一般公共'
                '预算收入达到8500亿元、增长1.5%,居民消费价格上涨 0.1%,城镇调查失业率平均为4.2%。')


def test_a_news_page_dates_its_past_year_by_the_year_it_reviews():
    got = by_text(SHANGHAI_2026_NEWS + "\n")
    assert [got[w].period for w in ("5.67 万亿元", "8500亿元", "4.2%")] == ["2025年"] * 3


# 五年规划时期的部分标题与标题 (a plan period's part heading and title printed with no number or year): 陕西省's 2026 work
# report as 国际在线 gives it prints “十四五”时期重大成就 over ■ parts, whose figures had no period (the ■ parts sit under it);
# 福建日报's 数说厦门“十四五” is a title naming the period alone
SHAANXI_2026_NEWS = ('2025年工作回顾\n2025年是“十四五”收官之年。我们坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯'
                 '彻党的二十大和二十届历次全会精神,贯通落实习近平总书记历次来陕考察重要讲话重要指示,在省委坚强领导下,深化开展“'
                 '三个年”活动,聚力打好“八场硬仗”,多措并举稳就业、稳企业、稳市场、稳预期,地区生产总值增长5.1%,城镇新增就'
                 '业44.1万人,居民人均可支配收入增长5.6%,粮食产量1347万吨,单位生产总值能耗累计降幅完成“十四五”任务'
                 ',全省高质量发展和现代化建设迈出坚实步伐。\n“十四五”时期重大成就\n■综合实力再上台阶\n●地区生产总值跨过3万亿'
                 '元、年均增长5.2%,较“十三五”末净增1万亿元,人均生产总值居全国第12位。\n●一般公共预算收入年均增长7.8'
                 '%。')
XIAMEN_2026_NEWS = ('数说厦门“十四五”\n●人均地区生产总值从12.5万元增至16万元以上\n●国家高新技术企业数从2282家增至473'
                '5家\n●新增3个千亿级产业链群')


def test_a_plan_period_part_heading_dates_the_parts_under_it():
    got = by_text(SHAANXI_2026_NEWS + "\n")
    assert (got["5.1%"].period, got["跨过3万亿元"].period, got["7.8%"].period) == ("2025年", "“十四五”时期", "“十四五”时期")
    got = by_text(XIAMEN_2026_NEWS + "\n")
    assert (got["2282家"].period, got["3个"].period) == ("“十四五”时期", "“十四五”时期")


@pytest.mark.parametrize("text, written, metric", [
    # 肇庆's 2025 targets as 南都 reports them (corpora/real/work_report_pages_sample.txt, page 8): GDP力争, 总量力争
    ("【8】肇庆：2025年GDP力争突破3000亿元", "突破3000亿元", "GDP"),
    ("南都讯：记者蔡雯2025年，肇庆市要实现GDP（地区生产总值）增长5%左右，总量力争突破3000亿元。", "突破3000亿元",
     "GDP（地区生产总值）"),
])
def test_striving_for_a_target_is_no_part_of_what_is_measured(text, written, metric):
    assert metric_of(text, written) == metric


# 西海岸新区's 2026 work report (a public page read in the forty-third session's review, /tmp/s47/h2): its review part is
# headed by the plan period and the year; a figure per year under it is the plan period's average (it had 2025年), and
# 接连 is no part of the name (地区生产总值接连)
HUANGDAO_2026 = ("一、“十四五”时期和2025年工作回顾\n"
                 "——经济实力大幅提升。地区生产总值接连跨越4000亿元、5000亿元台阶,预计突破5500亿元、年均增长6.6%。"
                 "规上工业、服务业增加值分别年均增长7.1%、6.9%。\n")


def test_a_figure_per_year_under_a_plan_period_heading_is_the_plan_periods():
    got = {c.text: c for c in claims_of(HUANGDAO_2026)}
    assert [got[t].period for t in ("6.6%", "7.1%", "6.9%")] == ["“十四五”时期"] * 3
    assert (got["突破5500亿元"].period, got["4000亿元"].metric) == ("2025年", "地区生产总值")


def test_two_whole_indicator_names_share_no_ending():
    """西海岸新区's 2026 report: 社会消费品零售总额 is a whole name, no modifier of 外贸进出口's 进出口 (they were
    社会消费品零售总额进出口 and 社会消费品零售外贸进出口)."""
    got = {c.text: c.metric for c in claims_of("社会消费品零售总额、外贸进出口分别年均增长8.2%、10.5%。\n")}
    assert (got["8.2%"], got["10.5%"]) == ("社会消费品零售总额", "外贸进出口")


def test_industries_written_with_chan_alone_are_the_three_industries():
    """横州市's 2026 report (其中一、二、三产增加值分别增长…: the lead of its list; the items were 一增加值, 二增加值)."""
    assert _split_items("其中一、二、三产增加值", 3) is not None
    assert _expand_numerals(["一", "二", "三产"]) == ["第一产业", "第二产业", "第三产业"]


def test_a_news_page_on_a_work_report_dates_its_undated_figures_by_the_year_reviewed():
    """安徽's 2025 work report as a news page gives it (/tmp/s47/h2, forty-third session review): 报告回顾了2024年工作 opens
    the page, which names no year of its own; its figures had no period."""
    text = ("报告回顾了2024年工作。报告指出,一年来,全省上下坚持以习近平新时代中国特色社会主义思想为指导,经济运行稳中有进、进中提质。\n"
            "全省地区生产总值增长5.8%,经济总量跨上5万亿元台阶。\n城镇新增就业75.95万人,创历年新高。\n")
    got = {c.text: c.period for c in claims_of(text)}
    assert (got["5.8%"], got["75.95万人"]) == ("2024年", "2024年")


# 名次：一个排名动词后、顿号连起的各榜名次；名次的名字不带位次所在的范围 (places in several lists after one rank verb;
# where a rank is placed is no part of what is ranked)
def test_places_in_lists_joined_after_one_rank_verb_are_each_a_rank():
    """长沙县's work report (/tmp/s49/h4, forty-fifth session review): only 10强 was a claim; the six places, each written
    第N with no 位, were dropped as ordinals, and 跻身 opened the name of the last."""
    got = {(c.text, c.metric) for c in claims_of(
        "荣登全国发展潜力百强县榜首，位居全国百强县投资潜力第3、新型城镇化质量第4、县域经济基本竞争力第5、绿色发展第5、"
        "科技创新第6、工业百强第7，跻身服务业全国10强。\n") if c.kind == "rank"}
    assert got == {("3", "全国百强县投资潜力"), ("4", "新型城镇化质量"), ("5", "县域经济基本竞争力"), ("5", "绿色发展"),
                   ("6", "科技创新"), ("7", "工业百强"), ("10强", "服务业全国10强")}


@pytest.mark.parametrize("text, expected", [
    # 甘肃's 2026 plan-execution report as a summary gives it: a list's shared words gave each rank 居全国
    ("第一产业、第二产业、规模以上工业增加值、进出口总值增速分别居全国第3位、第2位、第3位、第6位；",
     ["第一产业增速", "第二产业增速", "规模以上工业增加值增速", "进出口总值增速"]),
    # a county's report: the learned span took 居全省 with 增速
    ("增速居全省第3，比上年前移2位。", ["增速"]),
])
def test_a_rank_is_named_without_where_it_is_placed(text, expected):
    assert [c.metric for c in claims_of(text + "\n") if c.kind == "rank"] == expected


def test_places_a_rank_moved_are_a_change_of_that_rank():
    """A county's report: 前移2位 was a count of 2 named 前移."""
    (moved,) = [c for c in claims_of("增速居全省第3，比上年前移2位。\n") if c.text == "2位"]
    assert (moved.kind, moved.direction, moved.metric) == ("delta", "up", "增速")


@pytest.mark.parametrize("text, written, metric", [
    # 龙井市's 2026 work report as a page gives it (/tmp/s49/h4): the factors left out were the name
    ("全市地区生产总值同比增长7%（预计，下同），一般公共预算收入剔除一次性特殊收入因素影响同比增长2.7%，规模以上工业增加值同比增长23%。",
     "2.7%", "一般公共预算收入"),
    # 长沙县's report: a note that the comparison holds on stayed in the name
    ("全年地区生产总值同比（下同）增长4.5%，规模以上工业增加值增长6.9%，固定资产投资增长9.1%。", "4.5%", "地区生产总值"),
])
def test_what_a_change_leaves_out_or_notes_is_no_part_of_its_name(text, written, metric):
    assert metric_of(text + "\n", written) == metric


def test_a_citys_work_report_named_by_its_government_is_no_subject():
    """A news page on 深圳's 2025 report (/tmp/s49/h4): 深圳市政府工作报告 made 深圳市政府 the subject of the city's GDP;
    the labelled work reports give their figures no subject."""
    got = [c.subject for c in claims_of("深圳市政府工作报告提出了今年的主要预期经济和社会目标：全市GDP增长5.5%，"
                                         "地方一般公共预算收入增长3.0%。\n")]
    assert got == [None, None]


def test_a_part_reviewing_the_past_five_years_dates_its_figures_by_them():
    """河南's 2023 work report (/tmp/s49/h6): 一、过去五年工作回顾 dated its 25 figures 2023年, the year the report plans."""
    text = ("河南省人民政府工作报告（2023年1月14日）\n一、过去五年工作回顾\n过去的五年极不寻常。\n"
            "综合实力大幅提升。生产总值突破6万亿元，工业增加值突破2万亿元，进出口总值超过8500亿元。\n"
            "二、2023年工作安排\n生产总值增长6%左右。\n")
    got = {c.text: c.period for c in claims_of(text)}
    assert (got["突破6万亿元"], got["6%左右"]) == ("2018-2022年", "2023年")


def test_a_rate_per_year_carries_no_period_and_the_basis_phrase_names_nothing():
    """山西's 2024 work report as 中新网 gives it (/tmp/s49/h6): 每年 of 连续两年每年增产 dated the next sentence's figures,
    and 在 of 在…的基础上 closed the name (山西煤炭产量在)."""
    text = ("践行“国之大者”，山西煤炭产量在连续两年每年增产1亿多吨的基础上，再增产5743万吨，达到13.78亿吨。"
            "规上发电量4376亿千瓦时，其中外送电量1576亿千瓦时。\n")
    got = {c.text: (c.metric, c.period) for c in claims_of(text)}
    assert got["13.78亿吨"][0] == "山西煤炭产量"
    assert got["4376亿千瓦时"] == ("规上发电量", None)


def test_a_tie_for_a_place_in_a_named_list_is_that_lists_rank():
    """四川's 2024 work report (/tmp/s49/h6): 并列 was cut after 并, and the rank named 前十经济大省中并排名."""
    assert [c.metric for c in claims_of("山西地区生产总值增速在前十经济大省中并列第一。\n") if c.kind == "rank"] == \
        ["前十经济大省中排名"]


def test_an_income_gap_written_as_a_ratio_is_no_amount():
    """A commentary on 苏州's 2025 work report (/tmp/s49/h6): 城乡居民收入差距缩小至1.77:1 was money (收入 names money)."""
    (gap,) = [c for c in claims_of("居民人均可支配收入提高到7.74万元，城乡居民收入差距缩小至1.77:1。\n") if c.value == Decimal("1.77")]
    assert (gap.kind, gap.metric) == ("measure", "城乡居民收入差距")


def test_rates_in_brackets_after_items_that_grew_are_growth_rates():
    """浙江's 2025 plan-execution report as a page gives it (/tmp/s49/h6): the output growth rates were shares."""
    got = [(c.text, c.kind) for c in claims_of(
        "服务机器人(93.8%)、新能源汽车(47.8%)、集成电路(28.8%)等产量快速增长。\n")]
    assert got == [("93.8%", "growth"), ("47.8%", "growth"), ("28.8%", "growth")]


# 人民网's page on 南京's 2024 government work report (2024-01-17): the report is named by the year it is delivered in
NANJING = ("2024年南京市政府工作报告发布:预期地区生产总值增长5%以上\n\n"
           "据悉,今年南京市经济社会发展的主要预期目标是:地区生产总值增长5%以上,一般公共预算收入增长2%左右。\n\n"
           "在过去的一年,南京全力推动经济运行整体好转,预计全市地区生产总值增长4.7%左右,总量1.75万亿元左右、继续保持全国前十。"
           "科技创新取得新突破,自然指数-科研城市全球排名升至第6位,国家创新型城市创新能力评价居全国第4位。\n")


def test_the_past_year_of_a_work_report_named_by_its_year_is_the_year_before():
    """过去的一年 was no period word, and the paragraph's figures had the report's 2024年."""
    got = by_text(NANJING)
    assert [got[t].period for t in ("4.7%左右", "1.75万亿元左右", "6位", "4位")] == ["2023年"] * 4
    assert got["2%左右"].period == "2024年"      # 今年 is the year it is delivered in


# 人民日报's page on 河北's 2024 government work report: the report's two parts listed, then 回顾2023 over the review
HEBEI = ("河北省第十四届人民代表大会第二次会议在省会河北会堂开幕。省委书记、省人大常委会主任倪岳峰宣布大会开幕,省长王正谱作河北省人民政府工作报告。\n"
         "报告分为两大部分\n一、2023年工作回顾\n二、2024年目标任务和主要工作\n回顾2023\n"
         "全省生产总值增长5.5%,一般公共预算收入增长5.7%,规模以上工业增加值增长6.9%。\n")


def test_a_part_named_huigu_and_its_year_dates_its_figures():
    """回顾2023 was prose under 二、2024年目标任务和主要工作: the review's figures had 2024年."""
    assert {c.period for c in claims_of(HEBEI)} == {"2023年"}


def test_places_before_a_shared_name_each_take_it():
    """来安县's 2025 government work report: 城镇、农村居民可支配收入 are two incomes (the first was named 城镇)."""
    got = by_text("城镇、农村居民可支配收入分别为47984元、22224元,增长5%、10%。")
    assert [got[w].metric for w in ("47984元", "22224元")] == ["城镇居民可支配收入", "农村居民可支配收入"]


@pytest.mark.parametrize("text, written, metric", [
    # 来安县's 2025 report: the total after the new ones, 、 between them (both were named 新增规上企业)
    ("狠抓重点企业培育,新增规上企业30家、总数达360家,预计实现规上工业总产值450亿元、全市第三", "360家", "规上企业"),
    # 杭州's 2025 report
    ("新增上市公司10家、总数达310家,“中国民营企业500强”上榜企业数连续22年蝉联全国第1。", "310家", "上市公司"),
])
def test_a_total_after_new_ones_counts_them_all(text, written, metric):
    assert by_text(text)[written].metric == metric


def test_changes_after_two_figures_of_their_own_are_each_ones():
    """东柳街道's 2023 work summary (nbyz.gov.cn): 同比分别-6.2%、-19.3% after 地区生产总值 and 一般公共预算收入, no run of
    them: both changes were named 一般公共预算收入."""
    got = by_text("全年实现地区生产总值60.3亿元，一般公共预算收入2亿元，同比分别-6.2%、-19.3%。")
    assert (got["-6.2%"].metric, got["-19.3%"].metric) == ("地区生产总值", "一般公共预算收入")
    assert got["-6.2%"].baseline == "同比"


def test_road_and_market_office_names_stay_whole():
    """A 吉安 公路局 work summary (m.stra.cn) and 广州市市场监督管理局's 2023 summary (gz.gov.cn): the segmenter cut 车购税,
    国省干线 (其中|国 read 其|中国) and 市场监管所 (the counts were 税项目, 中国省干线公路优良路率 and 市场监管)."""
    got = by_text("向上争取中央车购税项目7个，大中修项目16个。年平均优良路率82%，其中国省干线公路优良路率89.4%。")
    assert got["7个"].metric == "中央车购税项目"
    assert got["89.4%"].metric == "国省干线公路优良路率"
    assert by_text("3个市场监管所被市场监管总局评为五星市场监管所。")["3个"].metric.startswith("市场监管所")


def test_a_common_word_ending_as_a_bureau_does_names_no_organisation():
    """A county's 2024 education summary: (二)五育融合育人格局逐渐成型 made 五育融合育人格局 (格局 ends with 局) the subject of the
    paragraph's figures."""
    got = by_text("(二)五育融合育人格局逐渐成型。一是构建思政教育新范式。组织“重走长征路”主题研学56批次,开发校本课程12门。")
    assert got["56批次"].subject is None and got["12门"].subject is None


def test_nuclear_units_in_operation_keep_their_word():
    """中核集团's 2023 ESG news (a traditional-script mirror): jieba cut 在|运, so 在运核电机组发电量 was 运核电机组发电量."""
    got = by_text("中核集团2023年在运核电机组发电量1864.77亿千瓦时。")
    assert got["1864.77亿千瓦时"].metric == "在运核电机组发电量"


def test_a_text_opening_with_its_review_heading_dates_the_parts_under_it():
    """新疆's 2025 report's review as chinaxinjiang.cn pages it (2025-01-20): it opens 2024年工作回顾, and after its numbered
    part 2. (read as that heading's sibling) the figures had no period."""
    got = by_text("2024年工作回顾\n1.乡村全面振兴扎实推进,为保障国家粮食安全和重要农牧产品供给作出新贡献\n2.产"
                  "业集群效应全面显现,为推动高质量发展积蓄新动能\n大力发展新能源产业,建成3个千万千瓦级新能源基地,新"
                  "能源并网装机4037万千瓦。\n")
    assert got["4037万千瓦"].period == "2024年"


def test_yi_nian_lai_after_the_year_the_report_names_is_that_year():
    """硚口区's 2025 report as a 163.com page gives it: 报告指出,2024年是…的一年 after another sentence on its line, then
    报告指出,一年来,…: every figure was dated 一年来."""
    got = by_text("12月25日上午,武汉市硚口区第十六届人民代表大会第四次会议在区会议中心开幕。区人民政府代区长赵宏亮"
                  "向大会作政府工作报告。报告指出,2024年是硚口牢记嘱托、负重前行、突围奋进的一年,交出了一份稳中有"
                  "进、难中有为、干中有成的答卷。\n\n报告指出,一年来,产业转型提速加力,预计实现地区生产总值1100亿"
                  "元、增长5.5%左右,服务业增加值占比首超80%,营利性服务业营收增长超20%;城市更新破难前行。")
    assert got["1100亿元"].period == got["5.5%左右"].period == "2024年"


# 中宁县's 2026 government work report as www.znzf.gov.cn publishes it, up to its first figure
ZHONGNING_2026 = (
    '各乡镇人民政府,县政府各部门、直属机构,县属各国有企业:\n《政府工作报告》已经县十八届人民代表大会第'
    '五次会议审议通过,现印发给你们,请结合实际,认真抓好落实。\n中宁县人民政府\n2026年2月9日\n(此'
    '件公开发布)\n政 府 工 作 报 告\n——2026年1月14日在中宁县第十八届人民代表大会\n第五次会'
    '议上\n县 长 周永根\n各位代表:\n现在,我代表县人民政府向大会报告工作,请予审议,并请各位政协委员和'
    '其他列席人员提出意见。\n2025年和“十四五”工作回顾\n刚刚过去的2025年,县人民政府坚持以习近平'
    '新时代中国特色社会主义思想为指导,全面贯彻落实党的二十大、二十届历次全会精神和习近平总书记考察宁夏重'
    '要讲话精神,以铸牢中华民族共同体意识为主线,以黄河流域生态保护和高质量发展先行区建设为牵引,在区市党'
    '委、政府和县委的坚强领导下,在人大、政协的帮助支持下,全力以赴稳就业、稳企业、稳市场、稳预期,扎实开'
    '展“稳增长促发展攻坚年”行动,勠力同心,砥砺奋进,全县经济社会发展企稳向好、稳中有进,取得了“十四五'
    '”收官之年的新成绩。\n一、经济运行量质齐升,投资消费稳健增长\n主要指标稳中有进。全年完成地区生产总值'
    '181.8亿元。\n'
)


def test_the_parts_of_a_review_at_its_own_level_are_of_its_year():
    """2025年和“十四五”工作回顾, then 一、经济运行量质齐升… at the same level: the parts' figures had the report's 2026年."""
    assert by_text(ZHONGNING_2026)["181.8亿元"].period == "2025年"
