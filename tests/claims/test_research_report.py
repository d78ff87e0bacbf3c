"""A broker's research report (德邦证券 on 高测股份, 2022; corpora/real/broker_research_report_tebon_gaoce_688556_2022.pdf):
its 公司 is the company it covers, quarters are written with two-digit years, prices per kWh and wire
diameters in um. Sentences are the report's own; the fields expected are its gold's."""
from __future__ import annotations

from decimal import Decimal

import pytest

from extract.claims.context import covered_company
from extract.resources import load_tsv

from .sentences import by_text, claims_of, one

OPENING = ("证券研究报告|公司点评\n高测股份(688556.SH)\n2022年07月19日\n"
           "高测股份（688556.SH）：扩产4000万公里金刚线，强化光伏硅片切割三元布局\n投资要点\n")


def test_the_covered_company_is_named_by_its_stock_code():
    assert covered_company(OPENING) == "高测股份"


def test_a_report_that_covers_no_company_has_none():
    assert covered_company("2025年政府工作报告\n——2025年3月5日在第十四届全国人民代表大会第三次会议上\n") is None


# 公司 = the covered company in a research report; an industry figure has no subject
def test_company_claims_take_the_covered_company_as_subject():
    text = OPENING + ("• 盈利预测与投资建议：预计公司2022-2024年归母净利润4.7、7.2、9.3亿元，对应PE 30、20、15倍，维持“增持”评级。\n"
                      "• 目前36线单GW切割线耗约50万公里，较38线提升约30%。公司目前切片代工产能约47GW，对应远期金刚线产能超2300万公里。\n")
    found = {c.text: c.subject for c in claims_of(text)}
    assert found["9.3亿元"] == "高测股份"
    assert found["约47GW"] == "高测股份"
    assert found["约50万公里"] is None


# 22年1季度, 2022年Q1: quarters are periods, and the 1 of 1季度 is no count
def test_quarters_are_periods():
    text = "技改完成后，公司22年1季度产能712万公里，年化产能超2500万公里。"
    found = {c.text: c.period for c in claims_of(text)}
    assert found == {"712万公里": "22年1季度", "超2500万公里": "22年1季度"}


# 从2019年0.8元/kwh降低到2022年Q1的0.39元/kwh: both ends measure the price, each with its own period and unit
def test_from_to_with_units_per_kwh():
    text = "目前公司电力采购单价从2019年0.8元/kwh降低到2022年Q1的0.39元/kwh，壶关后续拓展有望进一步降低公司金刚线电价成本。"
    found = {c.text: (c.metric, c.period, c.unit) for c in claims_of(text)}
    assert found == {"0.8元/kwh": ("电力采购单价", "2019年", "元/kwh"),
                     "0.39元/kwh": ("电力采购单价", "2022年Q1", "元/kwh")}


# 由2016年的80um降至2022年上半年的36、38、40um: 降至 is the verb's 至 (the period is not "至2022年上半年"),
# and the list after it measures the diameter (it took "um降")
def test_fall_to_a_list_keeps_the_metric_and_the_period():
    text = "金刚线母线直径已由2016年的80um降至2022年上半年的36、38、40um，此外高线速、柔性化和智能化等均是金刚线及切片技术进步方向。"
    found = [(c.text, c.period, c.unit) for c in claims_of(text)]
    assert found == [("80um", "2016年", "um"), ("36", "2022年上半年", "um"), ("38", "2022年上半年", "um"),
                     ("40um", "2022年上半年", "um")]
    assert {c.metric for c in claims_of(text)} == {claims_of(text)[0].metric}
    assert "金刚线母线直径" in claims_of(text)[0].metric


# 同比+24.4%: a signed change is a growth (the + made it a name, as in 1+X); ：1）… numbers an item and
# 源于两方面 announces the structure, neither counts anything
def test_signed_growth_and_list_numbers():
    text = ("光伏金刚线需求22年提升源于两方面：1）2022年光伏产业链景气度高涨，1-5月光伏装机同比+24.4%，带动产业链各环节开工率提升，"
            "硅片前期扩产产能逐步落地，金刚线需求释放；2）由于多晶硅料价格持续维持高位，细线化、薄片化趋势加速。")
    found = [(c.text, c.kind, c.direction, c.baseline) for c in claims_of(text)]
    assert found == [("24.4%", "growth", "up", "同比")]
    assert "装机" in claims_of(text)[0].metric and "+" not in claims_of(text)[0].metric


def test_one_plus_x_is_still_a_name():
    assert claims_of("学校是1+X证书制度试点院校。") == []


# 5GW is a capacity (5G, the generation, is a name)
def test_gigawatts_are_capacities():
    text = "公司2021年依托前期设备+耗材布局切割代工业务，目前已公布47GW产能（乐山5GW示范基地、乐山20GW大硅片及配套项目、建湖一期10GW项目，建湖二期12GW项目）。"
    assert [c.text for c in claims_of(text)] == ["47GW", "5GW", "20GW", "10GW", "12GW"]


# letters after a unit written out open the next word, no name (ESG train split: 43000个N95口罩, 2万吨Candy were dropped)
def test_letters_after_a_written_unit_do_not_make_a_name():
    text = "爱心捐助助力疫线奋战2022年东原集团西南区域累计捐赠一次性医用外科口罩43000个N95口罩11000个"
    assert [c.text for c in claims_of(text)] == ["43000个", "11000个"]


# and so after a share whose % the source lost (ESG thirty-ninth pass: 68.8 and 31.1 were names, as 5G is)
def test_letters_after_a_share_that_lost_its_sign_do_not_make_a_name():
    text = "截至2022年末法人信用认证AAAA级供应商占比68.8BBBB级供应商占比31.1CCCC级占比0.1"
    assert [(c.text, c.unit) for c in claims_of(text)] == [("68.8", "%"), ("31.1", "%"), ("0.1", "%")]


# 目前 in a report dated on a line of its own is that date; undated, it stays as written
@pytest.mark.parametrize("row", load_tsv("lexicons/as_of_periods.v1.tsv"), ids=lambda r: r[0])
def test_as_of_words_take_the_report_date(row):
    word, example = row[0], row[1]
    dated = [c for c in claims_of(OPENING + example + "\n") if c.sentence == example]
    assert dated and all(c.period == "2022年07月19日" for c in dated), [(c.text, c.period) for c in dated]
    undated = claims_of(example + "\n")
    assert undated and undated[0].period == word


# 已公布47GW产能, 有望实现超20GW切割代工产能: the words before the figure end with a verb, the noun after its unit
# is what is measured (产能 is a noun: the jieba user dictionary's stat terms)
def test_noun_after_the_unit_when_a_verb_precedes():
    assert [(c.text, c.metric) for c in claims_of("22年底公司有望实现超20GW切割代工产能，且当前终端客户主要为下游电池企业。")] == \
        [("超20GW", "切割代工产能")]
    text = ("公司2021年依托前期设备+耗材布局切割代工业务，目前已公布47GW产能（乐山5GW示范基地、乐山20GW大硅片及配套项目、"
            "建湖一期10GW项目，建湖二期12GW项目）。")
    assert claims_of(text)[0].metric == "产能"


# 拥有5年机械研究经验: years of experience are a measure; 36线/38线 are wire grades, no counts
def test_experience_years_and_wire_grades():
    bio = "倪正洋，2021年加入德邦证券，任研究所大制造组组长、机械行业首席分析师，拥有5年机械研究经验，1年高端装备产业经验，南京大学材料学学士。"
    assert [(c.text, c.unit, c.kind) for c in claims_of(bio)] == [("5年", "年", "measure"), ("1年", "年", "measure")]
    assert claims_of("细线化要求金刚线线径由40线、38线向36线、35线进步，带动单GW切割线耗不断提升。") == []


# yoy and qoq after a slash are a broker's 同比 and 环比: the signed rate is the figure before's growth (an analysis of
# 中信证券's 2023 results: -7.7% was dropped as an identifier, 21% was a share named /yoy, 224亿 was named /yoy+)
def test_yoy_after_a_slash_is_the_growth_of_the_figure_before():
    text = "1)2023 年公司实现营业收入600.7 亿元/yoy-7.7%,归母利润197.2 亿元/yoy-7.5%。"
    found = [(c.text.replace(" ", ""), c.metric, c.kind, c.value) for c in claims_of(text)]
    assert found == [("600.7亿元", "营业收入", "money", Decimal("600.7")),
                     ("-7.7%", "营业收入", "growth", Decimal("-7.7")),
                     ("197.2亿元", "归母利润", "money", Decimal("197.2")),
                     ("-7.5%", "归母利润", "growth", Decimal("-7.5"))]
    text = "2)单季度看,4Q23 营收143 亿/yoy-7%/qoq+0%,归母利润33 亿/yoy-30%/qoq-35%。"
    found = [(c.text.replace(" ", ""), c.metric, c.kind, c.direction) for c in claims_of(text)]
    assert found == [("143亿", "营收", "money", None), ("-7%", "营收", "growth", None), ("0%", "营收", "growth", "up"),
                     ("33亿", "归母利润", "money", None), ("-30%", "归母利润", "growth", None),
                     ("-35%", "归母利润", "growth", None)]
    assert [(c.text, c.metric, c.kind) for c in claims_of("加权ROE 7.81%/yoy-0.86pct。")] == \
        [("7.81%", "加权ROE", "share"), ("-0.86pct", "加权ROE", "delta")]


# a letter before a minus still makes no negative (a model number; ESG train split)
def test_a_minus_after_other_letters_is_no_sign():
    text = "控制系统方面主要有：发布全自主可控的ECS-700X集散控制系统，实现元器件100%全国产化，监控组态软件支持国产操作系统，保障控制系统供应链安全；"
    assert [c.text for c in claims_of(text)] == ["100%"]


# a broker's slash lists: 茅台酒/系列酒营业收入1,265.89/206.30亿元，同比+17.39%/+29.43% (贵州茅台's 2023 report as a
# research note summarises it): the figures were named "/", the second change was dropped as a name, and 1935成 (茅台1935,
# a product, before 成为) was a share in tenths
def test_a_slash_list_gives_each_item_its_figure_and_change():
    got = claims_of("其中茅台酒/系列酒营业收入1,265.89/206.30亿元,同比+17.39%/+29.43%,茅台酒占酒类收入比重同比变动-1.14pct至85.99%。\n")
    assert [(c.text, c.metric, c.kind) for c in got[:4]] == [
        ("1,265.89", "茅台酒营业收入", "money"), ("206.30亿元", "系列酒营业收入", "money"),
        ("17.39%", "茅台酒营业收入", "growth"), ("29.43%", "系列酒营业收入", "growth")]
    assert (got[0].unit, got[0].scale) == ("元", 10 ** 8)
    got = claims_of("23年茅台酒/系列酒实际产能分别5.72/4.29万吨,同比+0.69%/+22.41%。\n")
    assert [c.metric for c in got] == ["茅台酒实际产能", "系列酒实际产能", "茅台酒实际产能", "系列酒实际产能"]


def test_a_figure_before_becoming_is_no_tenths():
    assert [c.text for c in claims_of("茅台1935成为营收百亿级大单品\n")] == []


# reportify.cn's summary of 招商证券's 2024 results: after 分别, after the date compared with and after another signed rate,
# a plus sign signs a change (同比分别+5.4%、+18.5% and 较上年末+1.7% were dropped as names), and a rate before the amount
# it reached is no range (同比+33.6%至66.12亿元 was one figure, 33.6%至66.12亿)
def test_a_plus_sign_after_respective_or_a_date_signs_a_change():
    got = claims_of("公司2024年实现营业收入208.91亿元、归母净利润103.86亿元，同比分别+5.4%、+18.5%,ROE同比+0.91pct至8.82%。\n")
    assert [(c.text, c.metric, c.kind) for c in got[2:4]] == [
        ("5.4%", "营业收入", "growth"), ("18.5%", "归母净利润", "growth")]
    got = claims_of("2024年末金融投资规模较上年末+1.7%至3742亿元，交易性金融资产中的股权投资和基金部分减少，其他权益工具规模增加。\n")
    assert [(c.text, c.kind, c.direction) for c in got] == [("1.7%", "growth", "up"), ("3742亿元", "money", None)]


def test_a_rate_before_the_amount_it_reached_is_no_range():
    got = claims_of("单四季度营业收入环比+41.2%、同比+33.6%至66.12亿元，归母净利润环比+34.7%、同比+37.0%至32.36亿元。\n")
    assert [(c.text, c.kind) for c in got] == [("41.2%", "growth"), ("33.6%", "growth"), ("66.12亿元", "money"),
                                               ("34.7%", "growth"), ("37.0%", "growth"), ("32.36亿元", "money")]


# reportify.cn's summary of a note on 中信证券's 2024 results writes amounts with their scale word alone: 归母净利润217亿
# and Q4单季度营收176亿 were counts with no unit, 营业收入638亿 money with none (money_word 营收, 利润, 净资产; an amount
# with its scale word is in 元)
def test_an_amount_written_with_its_scale_word_alone_is_in_yuan():
    got = claims_of("2024年公司实现营业收入638亿,同比+6%;Q4单季度营收176亿,同比+24%,环比+11%;归母净利润217亿,同比+10%;"
                    "Q4单季度归母净利润49亿,同比+48%,环比 - 21% [1] - 24年底,公司总资产1.71万亿,较年初+18%;归母净资产2931亿,"
                    "较年初+9%;ROE为8.09%,同比+0.3pct;杠杆倍数4.67倍,持续抬升\n")
    amounts = [c for c in got if "亿" in c.text]
    assert [(c.text, c.kind, c.unit) for c in amounts] == [
        ("638亿", "money", "元"), ("176亿", "money", "元"), ("217亿", "money", "元"), ("49亿", "money", "元"),
        ("1.71万亿", "money", "元"), ("2931亿", "money", "元")]


# a note on 华泰证券's 2024 results (reportify.cn's summary): 总资产8143亿/较年初-10.1% named the amount and the change
# "/较" and gave the change the period 年初 (the time it is compared with) as a share
def test_a_change_against_the_year_start_after_a_slash_is_the_growth_of_the_figure_before():
    got = claims_of("2024 年末公司总资产8143亿/较年初-10.1%,净资产1917 亿/较年初+7.0%,经营杠杆3.29x/较年初-0.96x;\n")
    assert [(c.text.replace(" ", ""), c.metric, c.kind, c.period) for c in got[:4]] == [
        ("8143亿", "总资产", "money", "2024年末"), ("-10.1%", "总资产", "growth", "2024年末"),
        ("1917亿", "净资产", "money", "2024年末"), ("7.0%", "净资产", "growth", "2024年末")]


def test_forecast_and_fiscal_years_as_brokers_write_them():
    """reportify.cn summaries of broker notes: 预计24-26年…分别为 (each figure had 全年, and 24-26年 was a measure in 年),
    FY2026-FY2028年…9.2/9.6/9.9亿元 (each had 2028年) and FY2025收入 (named FY2025收入, period 2016年 from a sentence before)."""
    got = {c.text: c for c in claims_of(
        "7] 盈利预测 - 预计24-26年营业收入分别为171.84亿元、190.94亿元、228.54亿元,增长率分别为11.9%、11.1%、19.7% [2]\n")}
    assert [got[w].period for w in ("171.84亿元", "190.94亿元", "228.54亿元", "19.7%")] == [
        "2024年", "2025年", "2026年", "2026年"]
    assert "24-26年" not in got
    got = {c.text: c for c in claims_of("预计FY2026-FY2028年归母净利润为9.2/9.6/9.9亿元对应PE保持9倍。\n")}
    assert [got[w].period for w in ("9.2", "9.6", "9.9亿元")] == ["2026年", "2027年", "2028年"]
    got = {c.text: c for c in claims_of("FY2025收入55.5亿元归母净利润8.9亿元分别同比增长6%和5%。\n")}
    assert (got["55.5亿元"].metric, got["55.5亿元"].period) == ("收入", "FY2025")


def test_broker_notes_chains_of_years_rates_that_go_with_figures_and_losses():
    """reportify.cn summaries of broker notes: 25/26/27年…5.13/7.02/8.98亿元 (named 预测公司25, 26, 27年净利润, periods
    当前) and its growth rates after a slash (shares after the first), 对应增速分别为 (each named 对应), and 扣非归母净亏损
    and 归母净利率 (named 母净亏损 and 母净利率: jieba cut 归|母)."""
    got = {c.text: c for c in claims_of(
        "广应用 [3] - 预测公司25/26/27年净利润分别为5.13/7.02/8.98亿元,增速分别为5.87%/36.77%/27.96% [5] 近期财务表现分析\n")}
    assert [(got[w].metric, got[w].period) for w in ("5.13", "7.02", "8.98亿元")] == [
        ("净利润", "2025年"), ("净利润", "2026年"), ("净利润", "2027年")]
    assert [got[w].kind for w in ("5.87%", "36.77%", "27.96%")] == ["growth"] * 3
    got = {c.text: c for c in claims_of(
        "预计2025-2027年营业收入分别为83.2亿元、102.2亿元、118.2亿元,对应增速分别为29%、23%、16% [\n")}
    assert [(got[w].metric, got[w].period) for w in ("29%", "23%", "16%")] == [
        ("营业收入", "2025年"), ("营业收入", "2026年"), ("营业收入", "2027年")]
    got = {c.text: c for c in claims_of(
        " [2][5] - 2025Q2归母净亏损15.19亿元,扣非归母净亏损13.09亿元,环比改善5.57亿元 [2][5] - 2025\n")}
    assert (got["15.19亿元"].metric, got["13.09亿元"].metric) == ("归母净亏损", "扣非归母净亏损")
    got = {c.text: c for c in claims_of(
        "1.50个百分点,管理费用率为9.48%,同比下降0.03个百分点 [4] - 25H1归母净利率为8.83%,同比提升6.22个百分点 [4] - \n")}
    assert got["8.83%"].metric == "归母净利率"


def test_a_stock_index_number_is_its_name():
    """平安证券's 2026-01 中观行业比较月报 (reportify): 科创50、中证1000领涨12.3%、8.7% gave the counts 50 and 1000 and made
    the rates shares named 领涨; the index's number is its name, and 领涨 a rise."""
    got = by_text("主要指数普遍上涨,科创50、中证1000领涨12.3%、8.7%,上证指数、创业板指上涨3.8%、4.5%")
    assert "50" not in got and "1000" not in got
    assert (got["12.3%"].kind, got["12.3%"].direction) == ("growth", "up")
    assert got["12.3%"].metric.startswith("科创50") and got["8.7%"].metric.startswith("中证1000")
    assert [c.text for c in claims_of("科创板50家公司")] == ["50家"]


def test_a_weekly_rise_or_fall_is_a_growth():
    """申港证券's strategy weekly (reportify): 沪深300指数周涨跌幅1.38% was a share."""
    got = by_text("沪深300指数周涨跌幅1.38% 上证指数周涨跌幅1.52% 深证成指周涨跌幅2.65%")
    assert [c.kind for c in got.values()] == ["growth"] * 3


@pytest.mark.parametrize("text, written", [
    # reportify digests of 2025 broker notes: the note's date after its title was a change of -20250506
    ("中炬高新:公司事件点评报告:经营节奏边际调整,价盘企稳回升-20250506", "20250506"),
    # 中邮证券's 建材 weekly: 52周最高 names the year's high, no duration
    ("报告发布时,申万建筑材料行业收盘点位为5252.51,52周最高为5417.39,52周最低为4167.5", "52周"),
    # a 国泰海通 note on 中国旺旺: 24财年 is the fiscal year, no count
    ("中国旺旺(0151.HK)24财年业绩点评:盈利维持扩张 股利支付率下行", "24"),
])
def test_names_and_dates_in_broker_notes_are_no_claims(text, written):
    assert not [c for c in claims_of(text) if written in c.text]


def test_a_citation_marks_close_opens_no_metric():
    """A broker's note on 山东药玻 as a summary page prints it, each point closed by its source mark: [3]-24Q1-25Q1单季综合毛利率
    named the margins ]--单季综合毛利率; 华西证券's profit after [4] - was ]-净利润 and 国联民生证券's."""
    got = one("营收增速+4.6pcts[3]-24Q1-25Q1单季综合毛利率分别为30.6%、34.1%、31.6%、30.6%、30.2%,季度边际走弱", "34.1%")
    assert got.metric == "单季综合毛利率"
    # and each margin is its quarter's, 24Q1 to 25Q1 (all five had 25Q1)
    assert [c.period for c in claims_of("24Q1-25Q1单季综合毛利率分别为30.6%、34.1%、31.6%、30.6%、30.2%,季度边际走弱。")] == [
        "24Q1", "24Q2", "24Q3", "24Q4", "25Q1"]
    got = one("国联民生证券营收40.1亿元(+269.4%)排名从38跃升至19 [4] - 华西证券净利润5.12亿元(+1195.02%)增幅行业最高", "5.12亿元")
    assert (got.metric, got.subject) == ("净利润", "华西证券")


def test_a_previous_reading_is_the_same_rate():
    """申万's note on December's prices: 前值-2.2% is PPI's previous reading, and 环比0.2% PPI's month-on-month change
    (both were named 前值)."""
    got = by_text("12月PPI同比-1.9%，前值-2.2%，预期-2%，环比0.2%。")
    assert [(got[w].metric, got[w].baseline) for w in ("-2.2%", "0.2%")] == [("PPI", "同比"), ("PPI", "环比")]


def test_a_pair_of_comparisons_gives_each_figure_its_own():
    """中信证券's note on banks' 2024 results (reportify): 同比/环比分别+7.2%/+1.1% compares the first figure with a year
    before and the second with a quarter before (both were 环比, the second a share, and the metric 总资产/)."""
    got = claims_of("24Q4末总资产同比/环比分别+7.2%/+1.1%,贷款同比/环比+7.7%/+0.8%,投资资产同比/环比+13.3%/+4.4%,"
                    "同业资产同比/环比-1.9%/+1.9% ")
    assert [(c.text, c.kind, c.metric, c.baseline) for c in got[:4]] == [
        ("7.2%", "growth", "总资产", "同比"), ("1.1%", "growth", "总资产", "环比"),
        ("7.7%", "growth", "贷款", "同比"), ("0.8%", "growth", "贷款", "环比")]


def test_a_signed_rate_after_a_slash_is_a_change_as_the_one_before():
    """方正证券's review of 22 brokers' 2023 results: +1.5% after -25%/ was a share."""
    got = one("2023年经纪、投行、资管业务收入分别yoy-12%/-25%/+1.5%。", "1.5%")
    assert (got.kind, got.direction, got.baseline) == ("growth", "up", "yoy")


def test_grouped_figures_run_together_by_slashes_are_each_one_number():
    """中信证券(600030)2023年报点评: 3,565/5,940/135,070 亿元 are three amounts (565/5 and 940/135 were fractions), and a
    date written 2024/3/15 holds no count."""
    got = claims_of("2023 年市场IPO/定增/债承规模分别同比-39%/-24%/+29%至3,565/5,940/135,070 亿元")
    amounts = [(c.text.replace(" ", ""), c.value, c.scale, c.metric) for c in got if c.unit == "元"]
    assert amounts == [("3,565", 3565, 100000000, "市场IPO"), ("5,940", 5940, 100000000, "定增"),
                       ("135,070亿元", 135070, 100000000, "债承规模")]
    assert not claims_of("2024/3/15,证监会发布《关于加强证券公司和公募基金监管加快推进建设一流投资银行和投资机构的意见(试行)》")


def test_a_year_in_the_figures_bracket_dates_them():
    """中信证券(600030)2023年报点评: (2022 年分别为-15%/-29%/-22%) are the indices' 2022 falls (they had 2023年); a basis's
    year in a bracket ("按2022年度净利润的10%") dates nothing."""
    got = claims_of("2023 年上证指数/创业板指/沪深300 涨跌幅分别为-4%/-19%/-11%(2022 年分别为-15%/-29%/-22%)")
    assert [c.period for c in got if c.value < 0] == ["2023年"] * 3 + ["2022年"] * 3


def test_a_run_joined_by_he_shares_the_unit_written_after_it():
    """广发证券2023年三季报点评 (查股网研报): 44.67、3.99 和60.28 亿元 are three amounts (3.99 was a
    measure without a unit, 44.67 an amount without one)."""
    got = by_text("收费类业务方面,经纪、投行和资管净收入分别为44.67、3.99 和60.28 亿元,同比分别-9.8%、-9.6%和-9.7%。")
    assert [(got[w].kind, got[w].unit, got[w].scale) for w in ("44.67", "3.99")] == [("money", "元", 100000000)] * 2


def test_a_rate_in_a_bracket_after_a_growth_rate_is_that_growth():
    """上市城市商业银行2023年年报分析 (fx361): 增速最高（19.53%）, 平均增速较高（11.56%） give the growth rates (they were
    shares, the second named …平均增速较)."""
    got = by_text("其中,齐鲁银行增速最高(19.53%),主要缘于其发放贷款和垫款、金融投资等的增长;")
    assert (got["19.53%"].kind, got["19.53%"].subject) == ("growth", "齐鲁银行")
    got = by_text("东部上市城商行资产总额的平均增速较高(11.56%),中部和西部上市城商行资产总额的平均增速分别为8.6%和8.01%(见图1)。")
    assert (got["11.56%"].kind, got["11.56%"].metric) == ("growth", "东部上市城商行资产总额的平均增速")
