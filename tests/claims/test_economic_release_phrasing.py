"""Economic-release phrasing, as statistics bureaux and city governments write their monthly and quarterly releases
(the language of work reports' reviews and statistical bulletins): the months of the year so far as a period (1-10月,
1—5月, 前11个月) and as a baseline (较前三季度), 百分点 written once after a run of bare changes, and changes of growth
rates stated 分别 after them. Sentences of public releases (named at each); none is from a report the product is
judged on."""
from __future__ import annotations

from decimal import Decimal

import pytest

from .sentences import by_text, claims_of, one



# tisino.com, 2016-12-02: 1-10月 全区规模以上服务业
SERVICES = ("1-10月，交通运输仓储邮政业实现营业收入30.1亿元，增长30.4%，增速较前三季度提高3.2个百分点；"
            "水利、环境和公共设施管理业实现营业收入1.12亿元，增长94.4%，增速较前三季度提高6.7个百分点。")
FOUR_DOWN = ("“四降”：1-10月，信息传输、软件和信息技术服务业，租赁和商务服务业，居民服务、修理和其他服务业，教育四类行业"
             "增速分别为28.8%、11.1%、24.3%和21.3%，分别较前三季度回落2.5、1.8、1.8和4.0个百分点。")
# tjj.changzhou.gov.cn, 2013: 1-11月 服务业重点企业
ELEVEN_MONTHS = "从总量看，交通运输、仓储和邮政业占比最大，前11个月累计实现营业收入75.4亿元，占重点企业营业收入的比重达23.1%。"
# cqzpit.com, 2025-07-31: 2025年上半年经济运行
FIVE_MONTHS = "1—5月，规上服务业营业收入增长11.5%。"
LIVESTOCK = "畜牧业总体实现回升，猪、牛出栏分别增长2.2%、25%，分别较一季度回升2.9个、23.9个百分点。"


def test_months_of_the_year_so_far_are_the_period():
    """1-10月 and 1—5月 opening a sentence were no period (the figures had none, or the 三季度 inside 较前三季度)."""
    got = by_text(SERVICES)
    assert [got[t].period for t in ("30.1亿元", "30.4%", "3.2个百分点", "94.4%")] == ["1-10月"] * 4
    assert by_text(FIVE_MONTHS)["11.5%"].period == "1—5月"


def test_months_so_far_are_no_duration():
    """前11个月 was a claim of 11 months named 累计实现营业收入; it is the period of the amount after it."""
    got = by_text(ELEVEN_MONTHS)
    assert "11个月" not in got
    assert got["75.4亿元"].period == "前11个月"


def test_the_months_before_are_a_baseline():
    """增速较前三季度提高3.2个百分点: the change of the growth rate, against 前三季度 (its metric was 增速较, then 营业收入,
    the level's name; the bulletin's gold names a rank of the rate 地区生产总值增速 likewise), of the industry that
    achieved the level (交通运输仓储邮政业实现营业收入…)."""
    got = by_text(SERVICES)["3.2个百分点"]
    assert (got.kind, got.baseline, got.metric) == ("delta", "前三季度", "交通运输仓储邮政业营业收入增速")


def test_percentage_points_written_once_after_a_run():
    """回落2.5、1.8、1.8和4.0个百分点: the three bare changes before the last are in 百分点 too (they had no unit)."""
    got = [c for c in claims_of(FOUR_DOWN) if c.kind == "delta"]
    assert [(str(c.value), c.unit) for c in got] == [("2.5", "百分点"), ("1.8", "百分点"), ("1.8", "百分点"),
                                                     ("4.0", "百分点")]


def test_changes_after_fenbie_change_the_growth_rates_before_them():
    """分别较一季度回升2.9个、23.9个百分点 after 猪、牛出栏分别增长2.2%、25%: each changes its own growth rate (both
    were named 分别回升)."""
    got = by_text(LIVESTOCK)
    assert (got["2.9个"].metric, got["23.9个百分点"].metric) == ("猪出栏", "牛出栏")
    assert got["2.9个"].unit == "百分点" and got["2.9个"].baseline == "一季度"


def test_months_follow_the_year_the_sentence_named():
    """A broker's note (corpora/real/broker_research_report_tebon_gaoce_688556_2022.pdf, labelled): 1-5月 after
    2022年 in the sentence is 2022年1-5月 (was 2022年)."""
    text = ("光伏金刚线需求22年提升源于两方面：1）2022年光伏产业链景气度高涨，1-5月光伏装机同比+24.4%，"
            "带动产业链各环节开工率提升。")
    assert by_text(text)["24.4%"].period == "2022年1-5月"


# hnwxw.net, 2022-07-19: 国家统计局's 2022年上半年 figures as 国务院新闻办 gave them
HIGH_TECH = ("其中，高技术制造业较快发展，上半年，全国规模以上工业增加值同比增长3.4%，高技术制造业增加值同比增长9.6%，"
             "快于全部规模以上工业6.2个百分点。")
SECOND_QUARTER = "二季度，信息传输、软件和信息技术服务业增加值增长7.6%，高于GDP增速7.2个百分点。"
# phosphatechemical.com, 2018: 1-3月份 规模以上服务业
SERVICES_Q1 = ("1-3月份，规模以上服务业营业收入同比增长13.6%，比上年同期加快0.3个百分点；战略性新兴服务业、科技服务业、"
               "高技术服务业营业收入同比分别增长18.0%、16.2%和14.4%，分别快于全部规模以上服务业4.4、2.6和0.8个百分点。")


def test_a_difference_from_another_aggregate_is_the_figures_before():
    """快于全部规模以上工业6.2个百分点 after 高技术制造业增加值同比增长9.6%: the difference of that growth, against the
    aggregate named (was named 全部规模以上工业, and 高于GDP)."""
    got = by_text(HIGH_TECH)["6.2个百分点"]
    assert (got.metric, got.baseline) == ("高技术制造业增加值", "全部规模以上工业")
    got = by_text(SECOND_QUARTER)["7.2个百分点"]
    assert (got.metric, got.baseline) == ("信息传输、软件和信息技术服务业增加值", "GDP")


def test_differences_stated_fenbie_follow_the_growths_in_order():
    """分别快于全部规模以上服务业4.4、2.6和0.8个百分点: each is the difference of its own growth (all three were
    named 高技术服务业营业收入, the last growth's)."""
    got = by_text(SERVICES_Q1)
    assert [got[t].metric for t in ("4.4", "2.6", "0.8个百分点")] == [
        "战略性新兴服务业营业收入", "科技服务业营业收入", "高技术服务业营业收入"]
    assert {got[t].baseline for t in ("4.4", "2.6", "0.8个百分点")} == {"全部规模以上服务业"}


def test_huisheng_is_a_change():
    """cqzpit.com: 较一季度回升0.7个百分点 was named 回升 (回升 was no change verb)."""
    text = ("三大门类与一季度相比“两升一降”，规上采矿业增长3.3%、较一季度回升0.7个百分点，"
            "规上制造业增长11.1%、较一季度提升0.4个百分点。")
    got = by_text(text)["0.7个百分点"]
    assert (got.metric, got.kind, got.direction) == ("规上采矿业", "delta", "up")


def test_a_range_keeps_its_second_percent_and_nouns_share_their_rate():
    """The labelled restructuring plan (corpora/real/restructuring_plan_002352_dingtai_sf_2016.pdf): 20%～30% was read
    20%～30 and stood apart from the list; 果蔬、肉类、水产品 share 流通腐损率 (the first two were 水产品流通腐损率)."""
    text = ("长期以来，我国生鲜食品产后损失严重，据统计，果蔬、肉类、水产品流通腐损率分别达到20%～30%、12%、15%，"
            "仅果蔬一类每年损失就达到1,000亿元以上。")
    got = by_text(text)
    assert [got[t].metric for t in ("20%～30%", "12%", "15%")] == ["果蔬流通腐损率", "肉类流通腐损率", "水产品流通腐损率"]


# A city statistics bureau's release on its first three quarters (2022), as a mirror page reproduces it in traditional
# script (materials-innovation.com, 2022-12-09); here in the simplified script the bureau writes
NINE_MONTHS = ("从市统计局获悉，前三季度全市地区生产总值（GDP）实现3216.1亿元，同比增长4.2%，增速分别高于全国、全省1.2个、"
               "0.5个百分点。第一、第二、第三产业增加值占GDP的比重分别为6.8%、40.1%、53.1%。")
# 湖北在线 (2016-04-22) on 湖北's first quarter
HUBEI_Q1 = ("初步核算，一季度全省地区生产总值6456.23亿元，按可比价格计算，同比增长8.1%，增幅高出全国平均水平1.4个百分点；"
            "总量居全国第8位，中部第2位，仅次于河南；增速居全国第12位，中部第4位。")


def test_areas_compared_after_the_rate_and_fenbie():
    """增速分别高于全国、全省1.2个、0.5个百分点: the areas are the baselines, the GDP's growth what differs (the first was
    named 增速分别高于全国, the second 全省)."""
    got = by_text(NINE_MONTHS)
    assert (got["1.2个"].baseline, got["0.5个百分点"].baseline) == ("全国", "全省")
    assert got["1.2个"].metric == got["0.5个百分点"].metric == "全市地区生产总值（GDP）"


def test_ordinals_written_with_di_each_share_the_words_after_the_last():
    """第一、第二、第三产业增加值占GDP的比重分别为…: each ordinal takes 产业增加值占GDP的比重 (were 第一, 第二)."""
    got = by_text(NINE_MONTHS)
    assert [got[t].metric for t in ("6.8%", "40.1%", "53.1%")] == [
        "第一产业增加值占GDP的比重", "第二产业增加值占GDP的比重", "第三产业增加值占GDP的比重"]


def test_gaochu_compares_and_a_region_is_a_scope():
    """增幅高出全国平均水平1.4个百分点 was named by its whole clause with the baseline 同比, then by the level's name (it is
    the growth rate's difference); 中部第2位 ranked 中部."""
    got = by_text(HUBEI_Q1)
    assert (got["1.4个百分点"].metric, got["1.4个百分点"].baseline) == ("全省地区生产总值增幅", "全国")
    assert got["2位"].metric == "全省地区生产总值"


def test_a_footnote_reference_glued_to_a_word_is_dropped():
    """蚌埠市2024年统计公报 (蚌埠市统计局, 2025-03-31; a mirror page reproduces it in traditional script, here in the
    bureau's simplified): [2] and [3] were read as figures, and the metric after [3] was ]增加值."""
    text = ("初步核算，全年地区生产总值（GDP）[2]2313亿元，比上年增长5.2%。其中，第一产业增加值287亿元，增长2.2%；"
            "第二产业增加值714.1亿元，增长6.2%；第三产业[3]增加值1311.9亿元，增长5.2%。")
    got = by_text(text)
    assert "2" not in got and "3" not in got
    assert got["1311.9亿元"].metric == "第三产业增加值"
    assert got["2313亿元"].value == 2313 and got["2313亿元"].char_start == text.index("2313")


def test_the_year_before_is_the_period_of_its_own_part_only():
    """A 2018 analysis of 1—2月份 industry (scholarmate.com): 上年12月份为下降0.9% does not carry 上年 past ； to
    制造业增长7% (its period was 上年), and 较上年12月份 is a baseline whole (was 上年)."""
    text = ("从三大门类看，1—2月份，采矿业增加值同比增长1.6%，上年12月份为下降0.9%；制造业增长7%，增速较上年12月份"
            "加快0.5个百分点；电力、燃气和水的生产和供应业增长13.3%，加快5.1个百分点。")
    got = by_text(text)
    assert (got["7%"].period, got["0.5个百分点"].period) == ("1—2月份", "1—2月份")
    assert got["0.5个百分点"].baseline == "上年12月份"
    assert got["13.3%"].metric == "电力、燃气和水的生产和供应业"


# 2024年东阳市国民经济和社会发展统计公报 and 2024年乐山市国民经济和社会发展统计公报 (tjgb.hongheiku.com's copies)
@pytest.mark.parametrize("text, expected", [
    ("其中，第一产业增加值23.70亿元，第二产业增加值353.96亿元，第三产业增加值497.48亿元，增速分别为4.4%、4.8%、6.0%。",
     {"4.4%": "第一产业增加值", "4.8%": "第二产业增加值", "6.0%": "第三产业增加值"}),
    ("三次产业对经济增长的贡献率分别为7.3%、34.4%和58.3%。",
     {"7.3%": "第一产业对经济增长的贡献率", "34.4%": "第二产业对经济增长的贡献率", "58.3%": "第三产业对经济增长的贡献率"}),
])
def test_three_industries_figures_each_name_their_industry(text, expected):
    """增速分别为 after three figures grew each of them (all three were named 第三产业增加值); 三次产业 before three
    figures is the first, second and third industries (each was named 对经济增长的贡献率)."""
    got = by_text(text)
    assert {written: got[written].metric for written in expected} == expected


def test_a_list_whose_last_item_joins_two_words_shares_only_the_head_noun():
    """社会保障和就业 is one item: 教育和就业支出 was named (和就业支出 taken for the words the items share). 2024年东阳市
    国民经济和社会发展统计公报."""
    got = by_text("其中，节能环保、卫生健康、文化体育与传媒支出分别下降7.5%、12.8%、25.7%；"
                  "教育、科学技术、社会保障和就业支出分别增长4.6%、15.1%、4.7%。")
    assert [got[w].metric for w in ("4.6%", "15.1%", "4.7%")] == ["教育支出", "科学技术支出", "社会保障和就业支出"]


def test_a_figure_converted_at_the_exchange_rate_measures_the_figure_before_it():
    """按年平均汇率折14464美元 was named 平均汇率折, and so was the growth after the bracket. 2024年东阳市国民经济和社会发展
    统计公报."""
    got = by_text("按户籍人口计算，全市人均生产总值103007元（按年平均汇率折14464美元），比上年增长5.5%。")
    assert [got[w].metric for w in ("14464美元", "5.5%")] == ["全市人均生产总值", "全市人均生产总值"]


def test_zongliang_before_zhan_stands_for_the_figure_before_it():
    """总量占地区生产总值的61.4% was named 总量占地区生产总值: 总量 is the 民营经济增加值 just stated. 2024年乐山市国民经济
    和社会发展统计公报."""
    got = by_text("全年民营经济增加值1553.73亿元，比上年增长4.2%，总量占地区生产总值的61.4%。")
    assert got["61.4%"].metric == "民营经济增加值占地区生产总值"


def test_ten_nonferrous_metals_is_a_name():
    """十种有色金属 is a product of the bulletins: 十种 was a count and 18.0% named 有色金属. A province's 2025 industrial
    release (hcygmm.com)."""
    got = by_text("在原材料类产品中，钢材增长7.8%，十种有色金属增长18.0%，钢化玻璃增长10.2%。")
    assert list(got) == ["7.8%", "18.0%", "10.2%"] and got["18.0%"].metric == "十种有色金属"


def test_baochi_opens_no_name():
    """保持 is a leading verb, no part of a compound: 30个行业增加值保持同比增长 was named 行业增加值保持同比 (a province's 2025
    industrial release, hcygmm.com)."""
    got = by_text("在全省规模以上工业统计的40个行业大类中，30个行业增加值保持同比增长，增长面为75.0%。")
    assert got["30个"].metric == "行业增加值"


def test_a_count_after_a_pool_and_zhong_counts_the_pool_doing_it():
    """cqzpit.com, 2025-07-31: "38个大类行业中32个实现增长" was named 大类行业中 (the pool, with its 中); it counts the
    industries that grew, as a run after "X中，" does (the annual report's 在研疫苗产品处于实验室研究阶段)."""
    got = by_text("从增长面看，38个大类行业中32个实现增长、增长面84.2%，较一季度提升7.9个百分点。")
    assert got["38个"].metric == "大类行业"
    assert got["32个"].metric == "大类行业实现增长"
    assert got["84.2%"].metric == "增长面"


def test_statistical_bulletin_phrasing_of_2024_county_and_city_bulletins():
    """晋中's 2024 bulletin: 按2024年平均汇率计算为10283美元 restates the figure before it (was 平均汇率计算), and
    失业人员再就业人数 is one name (jieba cut 再|就业: was 就业人数); 平阳县's: 5‰人口变动抽样调查 is a survey's name."""
    got = by_text("人均地区生产总值73232元,按2024年平均汇率计算为10283美元。")
    assert got["10283美元"].metric == "人均地区生产总值"
    got = by_text("全年全市城镇新增就业人数38129人,失业人员再就业人数13375人,就业困难人员就业人数2521人。")
    assert got["13375人"].metric == "失业人员再就业人数"
    got = by_text("根据2024年5‰人口变动抽样调查推算,年末全县常住人口87.74万人,比上年末增加0.64万人,城镇化率66.8%,"
                  "比上年提高1.6个百分点。")
    assert "5‰" not in got and got["87.74万人"].metric == "全县常住人口"


def test_industries_named_after_a_colon_share_the_measure_of_three_industries():
    """江口县's 2024 bulletin (tjgb.hongheiku.com): each figure after 分别为: was named by its industry alone."""
    got = by_text("三次产业结构为23.6:22.2:54.2。三次产业对经济增长的拉动分别为:第一产业0.62个百分点,第二产业0.86个百分点,"
                  "第三产业3.62个百分点。")
    assert [got[w].metric for w in ("0.62个百分点", "0.86个百分点", "3.62个百分点")] == [
        "第一产业对经济增长的拉动", "第二产业对经济增长的拉动", "第三产业对经济增长的拉动"]


# 2023–2024 县市统计公报 (the twenty-ninth session's probe pages: 中江县, 宁远县, as tjgb pages print them)
def test_a_run_in_title_and_urban_population():
    """中江县's 2023 bulletin: the run-in title 人口 stood in the metric (人口全县常住人口), and 城镇人口, which jieba tags a
    place, read as a place's figure of the change before it (42.1万人 was a delta of 全县常住人口)."""
    got = by_text("人口 年末全县常住人口94.5万人,比上年末减少0.4万人,其中:城镇人口42.1万人,乡村人口52.4万人。\n"
                  "粮食 全年农作物播种面积327.8万亩,比上年增长1.1%,其中:粮食作物播种面积218.1万亩,下降1.3%。\n")
    assert got["94.5万人"].metric == "全县常住人口"
    assert (got["42.1万人"].kind, got["42.1万人"].metric) == ("count", "城镇人口")
    assert got["327.8万亩"].metric == "农作物播种面积"


def test_tobacco_bought_in_piculs():
    """宁远县's 2023 bulletin: 收购烟叶21.43万担 had no unit (担, not in 担保 or 零担)."""
    got = by_text("经济作物中,烤烟种植面积8.79万亩,收购烟叶21.43万担。")
    assert (got["21.43万担"].unit, got["21.43万担"].kind) == ("担", "measure")


def test_changes_per_mille_and_a_natural_growth_rate():
    """庐江县's 2024 bulletin: 0.14个千分点 was 0.14个 (unit 个); 自然增长率 is a rate, no growth (the labelled bulletin's
    gold: 人口自然增长率为5.36‰ is a share)."""
    got = by_text("当年出生登记6759人,登记出生率5.72‰,比上年下降0.14个千分点;当年死亡7455人,死亡率6.31‰,比上年下降0.74个千分点;"
                  "自然增长率-0.59‰,比上年提高0.6个千分点。")
    assert (got["0.14个千分点"].unit, got["0.14个千分点"].kind, got["0.14个千分点"].metric) == ("千分点", "delta", "登记出生率")
    assert got["-0.59‰"].kind == "share"


def test_a_title_year_in_chinese_digits_is_the_reports_period():
    """子洲县二〇二三年国民经济和社会发展统计公报: the figures' period was 2024年, the date of the bulletin's release."""
    got = by_text("子洲县二〇二三年国民经济和社会发展统计公报\n\n子洲县统计局\n\n2024年4月15日\n\n二、农业\n\n"
                  "全年农作物播种面积91.87万亩,较上年增长1.1%。其中,粮食播种面积78.62万亩,增长0.9%。\n")
    assert got["91.87万亩"].period == "2023年"


def test_a_words_end_before_the_baseline_is_no_part_of_the_name():
    """庐阳区's 2024 bulletin: jieba reads 产量比 as one word, so 太阳能电池（光伏电池）产量比上年增长58.2% was named 产量比."""
    got = by_text("规模以上工业统计的主要产品产量中,太阳能电池(光伏电池)产量比上年增长58.2%,钢结构增长28.2%,绝缘制"
                  "品增长25.0%\n")
    assert (got["58.2%"].metric, got["28.2%"].metric) == ("产量", "钢结构")


def test_respectively_before_what_the_parts_did_is_no_part_of_their_names():
    """龙沙区's 2024 bulletin: 第一、二、三产业分别拉动经济增长… named the figures 第一产业分别拉动经济; the growth pulled is
    part of the name, as field.respective_pull names the pulls after a run of the same items."""
    got = claims_of("第一、二、三产业分别拉动经济增长0.1个、0.9个和2.4个百分点。\n")
    assert [c.metric for c in got] == ["第一产业拉动经济增长", "第二产业拉动经济增长", "第三产业拉动经济增长"]


def test_a_bare_measure_of_a_pair_names_the_subject_of_the_other():
    """麟游县's 2023 bulletin: 牛存栏50410头，出栏22336头 and 夏粮种植面积8349公顷，总产量1.97万吨 named the second figures 出栏
    and 总产量 (the bulletin gold's convention is 牛出栏)."""
    got = claims_of("全年牛存栏50410头,出栏22336头;猪存栏74117头,出栏102045头;羊存栏38707只,出栏43"
                    "638只。\n")
    assert [c.metric for c in got] == ["牛存栏", "牛出栏", "猪存栏", "猪出栏", "羊存栏", "羊出栏"]
    got = claims_of("夏粮种植面积8349公顷,总产量1.97万吨;秋粮种植面积14258公顷,总产量6.20万吨。\n")
    assert [c.metric for c in got] == ["夏粮种植面积", "夏粮总产量", "秋粮种植面积", "秋粮总产量"]


def test_the_two_grain_seasons_are_words():
    """中江县's 2023 bulletin: jieba read 大|春 as an adjective and a time, so 大春粮食产量67.2万吨 was named 粮食产量."""
    got = by_text("全年粮食产量82.6万吨,增长2.8%,其中:小春粮食产量15.4万吨,增长4.2%;大春粮食产量67.2万吨"
                  ",增长2.5%。\n")
    assert (got["15.4万吨"].metric, got["67.2万吨"].metric) == ("小春粮食产量", "大春粮食产量")


def test_a_product_of_one_character_names_its_growth():
    """甘肃省's 2025 figures as a page on its 2026 work report gives them: 铅增长17.3% and 镍增长6.8% took the product before
    (黄金产量, 白银): a name of one character was no name."""
    got = by_text("方面,2025年黄金产量增长42.2%,铅增长17.3%,精炼铜增长16.9%,天然气增长15.2%,白银增长9.7%,镍增长6.8%,"
                  "发电量增长10.7% [2] ")
    assert [got[t].metric for t in ("42.2%", "17.3%", "16.9%", "6.8%")] == ["黄金产量", "铅", "精炼铜", "镍"]
    assert one_metric("改革任务,做一件、成一件,我们敢闯敢试的劲头越来越足", "一件") != "成"


def one_metric(text: str, written: str) -> str | None:
    return next(c.metric for c in claims_of(text) if c.text == written)


def test_revenue_and_expenditure_written_as_one_word():
    """安康市's 2025 work report: 一般公共预算收支分别增长7.6%、5.7% are the revenue's and the expenditure's (both were named
    一般公共预算收支)."""
    got = by_text("全市地区生产总值增长 6%,一般公共预算收支分别增长 7.6%、5.7%,城镇和农村居民人均可支配收入分别增长 5%、7.2%。")
    assert (got["7.6%"].metric, got["5.7%"].metric) == ("一般公共预算收入", "一般公共预算支出")


def test_a_pdf_dumps_page_number_and_a_notes_asterisk_are_no_text():
    """A district's 2024 bulletin as its PDF's text prints it: the page number inside a sentence (增 - 3 - 长 2.3%, read as a
    change of -3 named 长) and the asterisks of notes after figures (4.53*万人 lost its unit and was named *)."""
    got = by_text("二、农 业 全年实现农林牧渔及其服务业增加值 8.90 亿元,比上年增 - 3 - 长 2.3%。 全年农作物播种面积 7198 公顷,"
                  "比上年增长 1.9%。")
    assert [c.text for c in got.values()] == ["8.90 亿元", "2.3%", "7198 公顷", "1.9%"]
    assert (got["2.3%"].kind, got["2.3%"].direction) == ("growth", "up")
    jobs = by_text(" 87.85 万人。 城镇新增就业人员 4.53*万人,比上年增长 7.7%*。")
    assert (jobs["4.53*万人"].metric, jobs["4.53*万人"].unit, jobs["7.7%"].metric) == ("城镇新增就业人员", "人", "城镇新增就业人员")
    shares = by_text("从三次产业对经济增长的贡献看,一、二、三产业对全区经 - 2 - 济的贡献率分别为 0.2%、10.9%、88.9%。")
    assert shares["0.2%"].metric == "第一产业对全区经济的贡献率"


def test_a_bracketed_note_or_alternative_inside_a_name():
    """高昌区's 2023 bulletin (a traditional-script copy): 农作物播种(含复播和套种)面积32.54万亩 was named 面积; 辽阳市's 2024 work
    report: 开(复)工率 90% was named ）工率."""
    area = by_text("全年農作物播種(含復播和套種)面積32.54萬畝,同比增長1.37%。")
    assert area["32.54萬畝"].metric == "农作物播种（含复播和套种）面积"
    rate = by_text("深入开展“项目落地年”活动,实施投资亿元以上项目 330个,开(复)工率 90%,建设项目增速连续 11 个月保持全省首位。")
    assert rate["90%"].metric == "开（复）工率"


def test_budget_execution_reports():
    """County budget reports: 留坝县's May 2024 report, a traditional-script copy (上劃中省收入2628萬元 was named 省收入, and
    its share 占年初預算6265萬元的41.9% held the whole's figure); 周至县's 2024 report (较上年508794万元 after the share
    took the share's name); 临洮县's February 2024 report (2月份, opening the sentence, had no period)."""
    liuba = by_text("1.7%。按級次分:上劃中省收入2628萬元,占年初預算6265萬元的41.9%,同比增長9.5%。")
    assert (liuba["2628萬元"].metric, liuba["41.9%"].metric) == ("上划中省收入", "上划中省收入占年初预算")
    zhouzhi = by_text("全年一般公共预算支出537347万元,占调整预算数539267万元的99.6%,较上年508794万元增长5.6%。")
    assert (zhouzhi["99.6%"].metric, zhouzhi["508794万元"].metric) == ("一般公共预算支出占调整预算数", "一般公共预算支出")
    lintao = by_text("2月份,全县实现大口径财政收入5682万元,完成预算105425万元的5.39%,较均衡进度慢2.94%,较上年同期减收1816万元")
    assert lintao["5682万元"].period == "2月份"
    assert by_text("美乡村建设,打造美丽庭院3500座,新建宜居宜业省级和美乡村18个。")["18个"].metric.endswith("宜居宜业省级和美乡村")


@pytest.mark.parametrize("text, written, metric", [
    # 郏县's 2025 first-quarter release: 落后于 was no comparison (named 全市平均水平, up)
    ("全年全县地区生产总值增速落后于全市平均水平1.4个百分点,六县市排名第三位。", "1.4个百分点", "全县地区生产总值"),
    # 毛集实验区's 2025 January-April report: 低于 a level in points went up
    ("1-4月我区农产品加工企业产值增长3.2%,较1-3月提升1.5个百分点,低于全市平均水平0.7个百分点。", "0.7个百分点", None),
])
def test_a_difference_below_another_area_in_points_falls(text, written, metric):
    got = by_text(text)[written]
    assert (got.kind, got.direction) == ("delta", "down")
    assert metric is None or got.metric == metric


def test_a_growth_rate_compared_after_bi_is_the_figure_befores():
    """莆田晚报 on a city's first-half industry: 增幅比全市平均水平高14.2个百分点 was named 全市平均水平."""
    got = by_text("实现工业总产值83.55亿元,可比增长29.8%,增幅比全市平均水平高14.2个百分点,对规模以上工业经济增长的贡献率达"
                  "13.7%,拉动规模以上工业经济增长2.1个百分点。")
    assert (got["14.2个百分点"].metric, got["14.2个百分点"].direction) == ("工业总产值增幅", "up")


def test_a_run_of_multiples_then_a_rate_shares_its_growth_and_measure():
    """A district's 2024 first-quarter release, in traditional script as a mirror site prints it: the rate after two
    multiples was a share, and the items had shared 电池产量 (锂离子|电池 split the last); 畜禽、奶肉牛饲养量 (张掖市甘州区's 2026
    work report) shares 饲养量."""
    got = by_text("二是代表新質生產力的產品產量增勢強勁。新能源汽車、充電樁、鋰離子電池產量分別增長3.9倍、2.3倍和10.9%")
    assert [got[w].metric for w in ("3.9倍", "2.3倍", "10.9%")] == ["新能源汽车产量", "充电桩产量", "锂离子电池产量"]
    assert (got["10.9%"].kind, got["10.9%"].direction) == ("growth", "up")
    got = by_text("領域,規上高技術服務業營收增長19.8%,其中電子商務服務業、科技成果轉化服務業分別增長1.0倍和61.3%。")
    assert got["61.3%"].kind == "growth"
    assert by_text("粮食播种面积93.2万亩。畜禽、奶肉牛饲养量增长4.8%和4.4%。")["4.8%"].metric == "畜禽饲养量"


def test_real_estate_development_investment_is_one_indicator():
    """郑州市中原区's 2024 January–October release: 房地产开发投资 was named 投资."""
    got = by_text("增长8.1%。其中,房地产开发投资同比增长11.8%,城镇项目投资同比下降3.3%。")
    assert (got["11.8%"].metric, got["3.3%"].metric) == ("房地产开发投资", "城镇项目投资")


def test_value_added_and_box_office_without_yuan_are_amounts():
    """文峰区's 2025 first-quarter release (第一产业增加值317万: a count) and a listed film company's 2024 summary
    (总票房425.02亿); but 四大系列产品收入 counts four kinds (the 2020 annual report's gold)."""
    got = by_text("个百分点,全市第二,四区第一。分产业看,第一产业增加值317万,增长2.5%,第二产业增加值1.5亿,下降14.9%,第三产业增加值"
                  "42.1亿,增长8.4%。")
    assert [(got[w].kind, got[w].unit) for w in ("317万", "1.5亿", "42.1亿")] == [("money", "元")] * 3
    assert by_text("中居于第8位。2024年中国内地电影市场总票房425.02亿,同比下降22.6%;观影人次10.1亿")["425.02亿"].kind == "money"
    assert by_text("公司猪、禽、反刍、宠物四大系列产品收入结构更加合理，拳头产品市场竞争力保持领先。")["四"].kind == "count"


def test_a_growth_after_a_share_with_no_amount_is_of_what_the_share_names():
    """A district's 2025 January–July release as a mirror prints it (traditional script, pinyin notes): the growth after
    重工业产值占比75.9% had 轻工业产值占比, the first part's share; both growths are of the 产值 their shares name."""
    got = by_text("從輕重工業(yè)看,輕工業(yè)產(chǎn)值占比24.1%,同比下降1.5%;重工業(yè)產(chǎn)值占比75.9%,同比增長(zhǎng)1.0%。")
    assert [got[w].metric for w in ("24.1%", "1.5%", "75.9%", "1.0%")] == ["轻工业产值占比", "轻工业产值", "重工业产值占比",
                                                                          "重工业产值"]


# stats.tj.gov.cn, 2025-08-20: 天津's 1—7月份 industry; 财新网, 2015-09-14: 1-8月 national investment
PULLED = ("1—7月份，全市规模以上工业中，石油和天然气开采业增加值同比增长4.6%，拉动全市规模以上工业1.4个百分点；"
          "汽车制造业同比增长11.6%，拉动全市规模以上工业1.3个百分点；")
PULLED_CHANGED = "1-8月，房地产开发投资拉动全部投资增长0.69个百分点，比1-7月减少0.16个百分点。"


def test_points_a_part_pulled_are_named_by_the_pull():
    """拉动…N个百分点 is what a part added to the whole's growth: it was named 拉动全部投资 (its 增长 cut off as a change
    verb) and took the 同比 of the growth before it as its baseline; a change of the pull compares with its own 1-7月."""
    got = by_text(PULLED)
    assert [(got[w].kind, got[w].direction, got[w].metric, got[w].baseline) for w in ("1.4个百分点", "1.3个百分点")] == \
        [("delta", "up", "石油和天然气开采业拉动全市规模以上工业", None), ("delta", "up", "汽车制造业拉动全市规模以上工业", None)]
    got = by_text(PULLED_CHANGED)
    assert (got["0.69个百分点"].metric, got["0.69个百分点"].baseline) == ("拉动全部投资增长", None)
    assert (got["0.16个百分点"].metric, got["0.16个百分点"].direction, got["0.16个百分点"].baseline) == \
        ("拉动全部投资增长", "down", "1-7月")


def test_points_pulled_down_go_down():
    """杨凌示范区's 2025 1-10月 release: 下拉…增速1.1个百分点 went up and was named 规上工业产值 (then 下拉规上工业产值增速,
    without whose pull it was)."""
    got = by_text("两降：农产品加工业产值下降3.3%，下拉规上工业产值增速1.1个百分点；电热气和水生产供应业产值下降16.7%，"
                  "下拉规上工业产值增速3.1个百分点。")
    assert [(got[w].direction, got[w].metric) for w in ("1.1个百分点", "3.1个百分点")] == \
        [("down", "农产品加工业下拉规上工业产值增速"), ("down", "电热气和水生产供应业下拉规上工业产值增速")]


def test_a_growth_in_multiples_is_a_growth():
    """平利县's 2024 三季度 release: 增长3.8倍 was a delta; it is a rate of growth written in multiples, as the ESG sample's
    gold reads 较去年增长近五倍 and 运行能效提升1倍以上."""
    got = by_text("分领域看，工业投资增长47.7%，其中，工业企业技术改造投资增长31.4%；高技术产业投资增长3.8倍；基础设施投资增长1.1倍；")
    assert [(got[w].kind, got[w].direction, got[w].metric) for w in ("3.8倍", "1.1倍")] == [
        ("growth", "up", "高技术产业投资"), ("growth", "up", "基础设施投资")]


def test_deposits_in_all_currencies_keep_their_ben():
    """抚州市's 2025 1-10月 release and a county's 1-11月 one: 本外币存款余额 was named 外币存款余额 (jieba cut 本|外币存款), the
    opposite of what it counts, and 上划中央收入 was named 中央收入."""
    got = by_text("截至10月末，全市金融机构本外币存款余额4399.61亿元，同比增长11.3%，高于全省平均2.5个百分点。")
    assert got["4399.61亿元"].metric == "全市金融机构本外币存款余额"
    got = by_text("1-11月，全县完成一般公共预算收入97950万元，同比下降3.5%，降幅比1-10月收窄2.0个百分点；地方财政收入67569万元，"
                  "同比增长1.19%，比1-10月提高0.34个百分点；上划中央收入23302万元，同比下降14.3%。")
    assert got["23302万元"].metric == "上划中央收入"


def test_an_industry_before_its_achieving_verb_names_the_figure():
    """中山市统计局's 2023 industry release: 制造业实现增加值1415.85亿元 was named 增加值 (an industry ending in 业 was no group
    before 实现, as 产业 and 企业 are)."""
    got = by_text("分门类看,1-12月,制造业实现增加值1415.85亿元,同比增长6.1%;电力、热力、燃气及水生产和供应业实现增加值90.45亿元,"
                  "增长6.4%。")
    assert [got[w].metric for w in ("1415.85亿元", "90.45亿元")] == ["制造业增加值", "电力、热力、燃气及水生产和供应业增加值"]
    assert by_text("2023年1-12月，规模以上工业实现增加值1506.30亿元，同比增长6.1%。")["1506.30亿元"].metric == "规模以上工业增加值"


def test_industries_joined_by_he_split_at_the_he_between_them():
    """钟楼区's 2024 half-year release: 计算机、通信和其他电子设备制造业和黑色金属冶炼和压延加工业 was cut at the 和 inside the
    second name (黑色金属冶炼 and 压延加工业)."""
    got = by_text("其中,计算机、通信和其他电子设备制造业和黑色金属冶炼和压延加工业增速分别达到22.2%和42.6%,合计拉动全区增长2.5个百分点。")
    assert (got["22.2%"].metric, got["42.6%"].metric) == ("计算机、通信和其他电子设备制造业", "黑色金属冶炼和压延加工业")


def test_the_month_named_before_dangyue_is_the_period():
    """汉台区's 2024 January–February release and a district's 2023 half-year one: 2月份当月增长13.5% and 6月当月完成… had the
    period 当月, which says only that it is that month's figure."""
    assert one("全区限上贸易单位零售额2月份当月增长13.5%,1-2月累计增长5.2%。", "13.5%").period == "2月份"
    got = by_text("6月当月完成外贸进出口总额14.5亿元，降幅较上月扩大3.4个百分点；完成实际利用外资1.3亿美元，增长460.5%。")
    assert {got[w].period for w in ("14.5亿元", "1.3亿美元")} == {"6月"}


def test_a_year_end_after_the_survey_year_dates_the_figures_after_it():
    """晋中市's 2024 bulletin: after 据2024年人口抽样调查，年末…, only the first figure had 2024年末; the ones after it (城镇常住人口,
    its share and the share's change) had 2024年, the survey's year."""
    got = by_text("据2024年人口抽样调查，年末全市常住人口3338533人，其中，城镇常住人口2135193人，占常住人口比重63.96%，"
                  "比上年末提高1.44个百分点。")
    assert {got[w].period for w in ("3338533人", "2135193人", "63.96%", "1.44个百分点")} == {"2024年末"}


def test_items_before_the_count_of_them_share_the_name_after_it():
    """枣庄市市中区's 2025 third-quarter release: the rates after 四个行业增加值分别增长 were all named 行业增加值 (the count 四个
    between the items and their shared name cut the list off)."""
    got = by_text("其中化学原料和化学制品制造业、纺织服装服饰业、煤炭开采和洗选业、非金属矿物制品业四个行业增加值分别增长32.8%、"
                  "9.1%、15.1%、9.4%。")
    assert [got[w].metric for w in ("32.8%", "9.1%", "15.1%", "9.4%")] == [
        "化学原料和化学制品制造业增加值", "纺织服装服饰业增加值", "煤炭开采和洗选业增加值", "非金属矿物制品业增加值"]


# The channel of an online sales indicator is part of its name (国家统计局's 限额以上单位通过公共网络实现的商品零售额): 郑州市
# 中原区's 2024 January–October release and 杨凌's named the figures 商品零售额 and 商品销售额, the whole retail sales
@pytest.mark.parametrize("text, written, metric", [
    ("线上消费持续活跃,全区限额以上单位通过公共网络实现的商品零售额同比增长18.8%。", "18.8%",
     "限额以上单位通过公共网络实现的商品零售额"),
    ("1-10月,限额以上单位通过公共网络实现商品销售额8.66亿元,下降4.7%。", "8.66亿元", "限额以上单位通过公共网络实现商品销售额"),
])
def test_an_online_sales_indicator_keeps_its_channel(text, written, metric):
    assert by_text(text)[written].metric == metric


def test_an_industry_named_whole_after_a_part_heading():
    """A district's 2024 bulletin as its PDF text prints it, the part heading on the sentence's line: 农林牧渔及其服务业增加值
    was cut at 及其 (服务业增加值), and with the whole name the heading's 农业 was taken for the group achieving it."""
    got = by_text("二、农 业 全年实现农林牧渔及其服务业增加值 8.90 亿元,比上年增长 2.3%。")
    assert got["8.90 亿元"].metric == got["2.3%"].metric == "农林牧渔及其服务业增加值"


def test_a_ratio_to_one_states_its_first_term():
    """酉阳县's 2025 first-quarter release: 由上年同期的2.05:1下降为2.02:1 gave two counts of 1 (the ratio's first terms were
    read as clock times); the ratio reached after 下降为 is a level, no fall."""
    got = claims_of("城乡收入比持续缩小,由上年同期的2.05:1下降为2.02:1。")
    assert [(c.value, c.kind) for c in got] == [(Decimal("2.05"), "measure"), (Decimal("2.02"), "measure")]
    assert one("不良贷款率下降为1.2%。", "1.2%").kind == "share"


def test_items_closed_by_etc_and_their_kind_share_what_follows():
    """晋中市统计局's 2025 first-half release: 氧化铝、…、日用玻璃制品等产品产量分别增长 gave each item 制品等产品产量
    (石墨及碳素制品制品等产品产量); 等产品 closes the last item and each is measured by the 产量 after it."""
    got = by_text("规上企业主要产品中,氧化铝、石墨及碳素制品、液压元件、日用玻璃制品等产品产量分别增长64.8%、19.3%、18.3%、13.5%。")
    assert [got[w].metric for w in ("64.8%", "19.3%", "18.3%", "13.5%")] == [
        "氧化铝产量", "石墨及碳素制品产量", "液压元件产量", "日用玻璃制品产量"]


def test_what_the_clause_before_a_bare_run_says_is_no_name():
    """The same release: 炼焦、…、化学行业实现两位数增长,分别增长… named each 炼焦行业实现两位数; 文峰区's 2025 first-quarter
    release: …金属制品业等传统行业增速亮眼,分别实现14.2%、5.2%、157.3%的同比增长 named the first two 分别, as shares
    (the change written after the run's last figure is each one's)."""
    got = by_text("9大重点行业“6增3降”,炼焦、非金属矿制品、机械、化学行业实现两位数增长,分别增长31.7%、22.5%、13%、12.3%;"
                  "煤炭和食品分别增长6.2%、1.8%。")
    assert [got[w].metric for w in ("31.7%", "22.5%", "13%", "12.3%")] == ["炼焦行业", "非金属矿制品行业", "机械行业", "化学行业"]
    got = by_text("分行业来看,8个行业大类中超五成保持增长,纺织业、非金属矿物制品业、金属制品业等传统行业增速亮眼,分别实现 14.2%、"
                  "5.2%、157.3% 的同比增长,充分体现传统产业在市场需求拉动与转型升级驱动下焕发出新的生机。")
    assert [(got[w].metric, got[w].kind) for w in ("14.2%", "5.2%", "157.3%")] == [
        ("纺织业", "growth"), ("非金属矿物制品业", "growth"), ("金属制品业", "growth")]


def test_budget_items_share_the_spending_after_the_last():
    """东阳市's 2024 bulletin as a page prints it: 节能环保、卫生健康、文化体育与传媒支出分别下降… named the first two by the item
    alone (节能环保, 卫生健康): the last item holds 与, and jieba tags 支出 a verb."""
    got = by_text("全年一般公共预算支出122.73亿元,比上年增长8.8%;其中,节能环保、卫生健康、文化体育与传媒支出分别下降7.5%、12.8%、"
                  "25.7%。")
    assert [got[w].metric for w in ("7.5%", "12.8%", "25.7%")] == ["节能环保支出", "卫生健康支出", "文化体育与传媒支出"]


def test_a_bare_measure_after_another_is_of_the_same_owner():
    """平利县's 2024 first-three-quarters release: 农林牧渔业总产值25.39亿元,增长6.9%;增加值14.46亿元 named the second 增加值."""
    got = by_text("前三季度,全县农林牧渔业总产值25.39亿元,增长6.9%;增加值14.46亿元,增长7.2%。")
    assert got["14.46亿元"].metric == got["7.2%"].metric == "全县农林牧渔业增加值"


# 可比价/按可比价格计算 说明增长怎样算，不是增长的名称 (at comparable prices says how a growth was computed: the growth is of the
# figure before, as the bulletins' golds name it)
@pytest.mark.parametrize("text, written, metric", [
    # 高邮's 2024 bulletin: was 可比价
    ("经初步核算,全市实现地区生产总值1107.09亿元,可比价增长5.5%。", "5.5%", "地区生产总值"),
    ("分产业看,第一产业增加值103.51亿元,可比价增长3.5%;第二产业增加值549.86亿元,可比价增长6.5%。", "6.5%", "第二产业增加值"),
    # 吴中区's 2024 bulletin: was 可比价格计算
    ("初步核算,全年实现地区生产总值2005.70亿元,按可比价格计算比上年增长5.3%。", "5.3%", "地区生产总值"),
])
def test_at_comparable_prices_names_no_growth(text, written, metric):
    assert one(text, written).metric == metric


def test_the_basis_a_figure_is_computed_on_is_no_name():
    """吴兴区's 2024 bulletin: 人均生产总值按常住人口计算为126737元 was named 常住人口计算 (and so was its growth)."""
    got = by_text("人均生产总值按常住人口计算为126737元,增长4.5%。")
    assert (got["126737元"].metric, got["4.5%"].metric) == ("人均生产总值", "人均生产总值")


def test_a_government_fund_is_no_government():
    """伊州区's 2025 half-year revenue: 伊州区政府性基金预算收入 was read as 伊州区政府 (the subject) and 性基金预算收入."""
    got = by_text("1—6月,伊州区政府性基金预算收入累计完成5.95亿元,为预算的104.41%。")
    assert got["5.95亿元"].subject is None and got["5.95亿元"].metric.endswith("政府性基金预算收入")


def test_the_wider_areas_rate_in_brackets_is_its_growth_of_the_same_measure():
    """郏县's 2025 first-quarter release: (全市6.6%) after the county's growth was a share named 全市, and the change in points
    after it was named 全市 too."""
    got = by_text("(二)全县固定资产投资同比增长6.4%(全市6.6%),较去年同期加快35.3个百分点。")
    assert (got["6.6%"].kind, got["6.6%"].metric) == ("growth", "全市固定资产投资")
    assert got["35.3个百分点"].metric == "全县固定资产投资"


# 短句说某产业怎样，下一句以"实现/完成"开头：数字是这个产业的 (a short clause saying how an industry did, then a clause opening
# with its achieving verb: the figures are that industry's)
@pytest.mark.parametrize("text, written, metric", [
    # 济南's 2024 bulletin as a news page reports it: were 营业收入, 利润总额, 增加值
    ("重工业稳健发展,实现营业收入8773.3亿元,增长5.2%。", "8773.3亿元", "重工业营业收入"),
    ("装备制造业发展向好,实现营业收入5187.9亿元,增长17.1%;利润总额227.9亿元,增长2.9%。", "227.9亿元", "装备制造业利润总额"),
    ("装备制造业增势明显,实现增加值增长12.7%,拉动规模以上工业增长5.5个百分点;高技术制造业快速增长,实现增加值增长14.4%。",
     "14.4%", "高技术制造业增加值"),
    # 嘉定区's 2024 economy review: was 产值
    ("战略性新兴产业比重提升,完成产值1710.7亿元,可比增长3.4%。", "1710.7亿元", "战略性新兴产业产值"),
])
def test_an_industry_a_short_clause_is_about_owns_the_figures_after_it(text, written, metric):
    assert one(text, written).metric == metric


def test_first_second_and_third_industries_written_yi_er_san_chan():
    """A district's 2024 bulletin: 一二三产的比重分别为… gave each share the name 产的比重."""
    got = by_text("一二三产的比重分别为0.1%、71.2%和28.7%。")
    assert [got[w].metric for w in ("0.1%", "71.2%", "28.7%")] == ["第一产业的比重", "第二产业的比重", "第三产业的比重"]


def test_a_bulletin_without_a_title_dates_its_year_by_its_opening():
    """钦北区's 2024 statistical bulletin as a public page gives it, without its title line: 全年 and 年末 stayed as
    written (no year)."""
    got = by_text("2024年是中华人民共和国成立75周年,是实现“十四五”规划目标任务的关键一年。我区深入贯彻落实习近平总书记重要讲话精神。\n"
                  "一、综 合\n初步核算,全年全区生产总值[2](GDP)345.94亿元,按可比价计算,比上年增长5.9%。\n"
                  "年末全区户籍总人口88.30万人,比上年末增加0.1万人。\n")
    assert (got["345.94亿元"].period, got["88.30万人"].period) == ("2024年", "2024年末")


# 区本级/市本级 and 经开区 are one word each (the segmenter cut 区|本级 and 经|开|区)
@pytest.mark.parametrize("text, written, metric", [
    # 汉台区's 2024 February release: was 产值全区占比 and 区产值全区占比
    ("分区域看,1-2月区本级产值全区占比63.1%,同比下降16.9%;航空经开区产值全区占比8.7%,同比增长4.2%。", "63.1%",
     "区本级产值全区占比"),
    ("分区域看,1-2月区本级产值全区占比63.1%,同比下降16.9%;航空经开区产值全区占比8.7%,同比增长4.2%。", "8.7%",
     "航空经开区产值全区占比"),
    # 广州's 2024 audit report: the city's own budget, not the whole city's (was 一般公共预算收入)
    ("2024年市本级一般公共预算收入942.5亿元，增长0.7%，完成预算的98.4%。", "942.5亿元", "市本级一般公共预算收入"),
])
def test_a_governments_own_level_and_a_development_zone_stay_in_the_name(text, written, metric):
    assert one(text, written).metric == metric


def test_this_month_is_the_month_its_sentence_opens_with():
    """汉台区's 2024 February release: 当月 after 2月份 opening the sentence stayed 当月 (a month right before it, 10月当月,
    was already read)."""
    got = by_text("2月份,全区规模以上工业企业当月产值同比下降12.6%;1-2月,规上工业累计产值同比下降9.7%。")
    assert (got["12.6%"].period, got["9.7%"].period) == ("2月份", "1-2月")


# 一个数前由顿号连起来的几项合起来是这个数的 (one figure after items joined by 、 that open its clause is of them together:
# it was the last item's)
@pytest.mark.parametrize("text, written, metric", [
    # 雅安's 2024 first-three-quarters release: was 烟酒类
    ("从限额以上热点商品看,粮油、食品、饮料、烟酒类增长11.2%,金银珠宝类增长1.1%。", "11.2%", "粮油、食品、饮料、烟酒类"),
    # the work-report pages sample's 满洲里 (its gold): was 特高分层
    ("高考高分层、特高分层全市第1。", "1", "高考高分层、特高分层"),
])
def test_items_sharing_one_figure(text, written, metric):
    assert one(text, written).metric == metric


def test_items_with_counts_or_organisations_share_no_figure():
    """顺丰控股's board (设董事长一名、副董事长一名) and a page on insurers (中国人寿、中国太保营收也超2000亿元): a counted
    item and an organisation are no part of the name (they had been joined to it: 设董事长一名、副董事长, 、中国太保营收)."""
    assert [c.metric for c in claims_of("顺丰控股董事会由8名成员组成，设董事长一名、副董事长一名。")][1:] == ["董事长", "副董事长"]
    assert one("中国平安以5000.76亿元居首，中国人寿、中国太保营收也超2000亿元。", "超2000亿元").metric == "中国太保营收"


def test_items_a_line_each_after_a_lead_take_its_period():
    """天津's 2024 first-half budget release: the taxes listed a line each after 主要税收收入项目情况如下: had no period
    (上半年, the lead's)."""
    got = by_text("一、全市一般公共预算收支情况\n(一)一般公共预算收入情况\n上半年,全市一般公共预算收入1144.4亿元,同比增长6.3%。"
                  "主要税收收入项目情况如下:\n增值税393.9亿元,同比增长8.1%;\n企业所得税181.4亿元,同比增长2.1%;\n"
                  "契税、土地增值税等地方税收242.2亿元,同比下降0.3%。\n")
    assert {got[t].period for t in ("393.9亿元", "181.4亿元", "242.2亿元")} == {"上半年"}


# 沁水县's, 岳塘区's and 宜都市's 2024 statistical bulletins (tjgb.hongheiku.com): the industries' contributions and pulls,
# and the farming sectors written by one letter
QINSHUI_PULLS = "三次产业占GDP比重为3.4:78.2﹕18.4,三次产业对经济增长的贡献率分别为2.5%、88.2%和9.3%,分别拉动经济增长0.2、6.3和0.7个百分点。"
QINSHUI_SERVICES = ("第三产业中,金融业增加值5.1亿元,增长15.2%,对经济增长的贡献率为2.8%,拉动经济增长0.2个百分点;"
                    "交通运输、仓储邮政业增加值9.3亿元,下降3.0%,对经济增长的贡献率为-1.2%,下拉经济0.1个百分点。")
YIDU_FARMING = "农、林、牧、渔及农业服务业在农业总产值中所占比例分别为63.4%、5.4%、21.9%、2.4%、6.9%。"


def test_a_contribution_keeps_its_owner_before_dui():
    """工业对经济增长的贡献率为38.6% was named 对经济增长的贡献率, whose it was lost."""
    assert one("其中,工业对经济增长的贡献率为38.6%。", "38.6%").metric == "工业对经济增长的贡献率"


def test_a_pull_is_the_measure_befores_owners():
    got = by_text(QINSHUI_SERVICES)
    assert got["0.2个百分点"].metric == "金融业拉动经济增长"       # was 拉动经济增长
    assert got["0.1个百分点"].metric == "交通运输、仓储邮政业下拉经济"


def test_pulls_after_fenbie_are_each_industrys_in_its_place():
    """All three were 三次产业拉动经济增长 (or 拉动经济增长)."""
    got = by_text(QINSHUI_PULLS)
    assert [got[t].metric for t in ("0.2", "6.3", "0.7个百分点")] == \
        ["第一产业拉动经济增长", "第二产业拉动经济增长", "第三产业拉动经济增长"]


def test_farming_sectors_by_one_letter_are_each_a_sector():
    """They were 农服务业…, 林服务业…: the services' word given to each."""
    assert [c.metric for c in claims_of(YIDU_FARMING)] == [
        f"{sector}在农业总产值中所占比例" for sector in ("农业", "林业", "牧业", "渔业", "农业服务业")]


def test_an_age_range_right_before_its_count_is_its_band():
    """洛南县's 2024 bulletin: 0-17岁, 18-34岁 and 35-59岁 were claims of ages (60岁及以上 was already a band)."""
    got = by_text("按年龄分,0-17岁86248人、占19.41%,18-34岁88905人、占20%,35-59岁176037人、占39.63%,60岁及以上93132人、占20.96%。")
    assert not [t for t, c in got.items() if c.unit == "岁"]
    assert (got["86248人"].metric, got["88905人"].metric) == ("0-17岁", "18-34岁")


# 中国网财经 on the national 2022 bulletin (its 2022年统计公报摘录), and a mirror of the bulletin's 农业部分 in traditional
# characters (國家統計局今日…發布《中華人民共和國2022年國民經濟和社會發展統計公報》): the year a news page says the bulletin is
# of dates its 全年 and 年末 and its undated figures (they had 全年, 截至年末 or none)
BULLETIN_NEWS_2022 = ("国家统计局:2022年毕业本专科生967.3万人 研究生86.2万人\n"
                      "中国网财经2月28日讯 国家统计局28日发布的2022年国民经济和社会发展统计公报显示,2022年,全年研究与试验发展"
                      "(R&D)经费支出30870亿元,比上年增长10.4%。国家自然科学基金共资助5.19万个项目。截至年末,正在运行的国家重点"
                      "实验室533个。\n")
BULLETIN_MIRROR_2022 = ("國家統計局今日(2月28日)發布《中華人民共和國2022年國民經濟和社會發展統計公報》,以下為農業部分。\n"
                        "數據顯示,2022年全年糧食產量68653萬噸,比上年增加368萬噸,增產0.5%。\n"
                        "全年谷物產量63324萬噸,比上年增產0.1%。年末生豬存欄45256萬頭,比上年末增長0.7%。\n")


def test_a_news_page_on_a_bulletin_is_of_the_bulletins_year():
    got = by_text(BULLETIN_NEWS_2022)
    assert got["5.19万个"].period == "2022年"
    assert got["533个"].period == "2022年末"
    got = by_text(BULLETIN_MIRROR_2022)
    assert got["63324萬噸"].period == "2022年"
    assert got["45256萬頭"].period == "2022年末"


def test_a_middle_dot_between_a_rates_digits_is_its_decimal_point():
    """渑池县's 2022 bulletin as its page prints it (mianchi.gov.cn): 1·8% gave a change of 1 and a share of 8%."""
    got = by_text("医疗保健类价格上涨1·8%，食品烟酒类价格上涨1.1%，交通通信类价格上涨2·9%。")
    assert (got["1·8%"].value, got["1·8%"].kind, got["1·8%"].unit) == (Decimal("1.8"), "growth", "%")
    assert got["2·9%"].value == Decimal("2.9")
    assert "8%" not in got


def test_items_of_one_character_share_the_words_after_the_last():
    """渑池县's 2022 bulletin: 轻、重工业占比分别为30.6%和69.4% named both 重工业占比."""
    got = by_text("规模以上工业中，轻工业增加值下降4.5%，重工业增加值增长14%，轻、重工业占比分别为30.6%和69.4%。")
    assert (got["30.6%"].metric, got["69.4%"].metric) == ("轻工业占比", "重工业占比")
    got = by_text(LIVESTOCK)
    assert (got["2.2%"].metric, got["25%"].metric) == ("猪出栏", "牛出栏")


def test_a_run_of_changes_each_after_its_own_verb_shares_the_points_and_the_items():
    """宜章县's 2023 bulletin as a mirror prints it (traditional characters): 较上年分别下降0.2个、下降0.6个、提高0.8个百分点 gave the first
    two the unit 个 and the last a name holding the run itself."""
    got = by_text("其中第一、二、三产业增加值占GDP的比重较上年分别下降0.2个、下降0.6个、提高0.8个百分点。")
    assert [got[t].unit for t in ("0.2个", "0.6个", "0.8个百分点")] == ["百分点"] * 3
    assert [got[t].metric for t in ("0.2个", "0.6个", "0.8个百分点")] == [
        "第一产业增加值占GDP的比重", "第二产业增加值占GDP的比重", "第三产业增加值占GDP的比重"]


# 2023年哈尔滨市松北区国民经济和社会发展统计公报 (tjgb.hongheiku.com), its title over three lines, its date under it
SONGBEI_2023 = (
    '2023年哈尔滨市松北区\n(哈尔滨新区江北一体发展区)\n国民经济和社会发展统计公报\n哈尔滨市松北区统'
    '计局\n2024年7月6日\n国民经济。初步测算,全年实现地区生产总值600.1亿元。\n'
)
# 2024年广安市广安区国民经济和社会发展统计公报 (the same site), opening with its year and 全区上下, no title
GUANGAN_2024 = (
    '2024年,全区上下认真贯彻落实党中央、国务院和区委、区政府决策部署,坚持稳中求进工作总基调,深入实'
    '施“同城发展、主城引领、城乡共兴、产业提能”发展战略,全力以赴拼经济、搞建设,有效落实各项宏观政策,'
    '生产稳定增长,市场预期不断改善,全区经济运行稳中有进、稳中向好。\n一、综合\n初步核算,广安区辖区(含'
    '枣山、穿石,简称全区,下同)地区生产总值(GDP)314.1亿元。\n'
)


def test_a_title_broken_over_lines_gives_the_bulletin_its_year():
    """Its date, 2024年7月6日, on the line after the title was read as its year: every figure was 2024年's."""
    got = claims_of(SONGBEI_2023)
    assert got and all(c.period in ("2023年", "2023年末") for c in got)


def test_a_bulletin_opening_with_its_year_and_chu_bu_he_suan_dates_its_figures():
    """No 全年 or 年末 in its first paragraphs: its 61 figures had no period."""
    assert by_text(GUANGAN_2024)["314.1亿元"].period == "2024年"
