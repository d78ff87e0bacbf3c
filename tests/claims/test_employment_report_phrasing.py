"""Employment-report phrasing, as universities and colleges write their 毕业生就业质量年度报告 and as survey bodies
(麦可思, 北京大学's 高校毕业生就业状况调查) and newspapers summarise them: where graduates went (regions, provinces,
cities, shares of a list of quoted names), what shares of them do (有78.8%的人…, 其中6.7%正在…), cohorts compared in
brackets, incomes higher than another group's. Sentences of public pages (named at each), with the full-width
punctuation the reports print (the pages' copies print some of it half-width); none is from a report the product is
judged on."""
from __future__ import annotations

import pytest

from .sentences import by_text, claims_of, one

# 78911.com.cn, a reprint of 北京大学's survey of 2013 graduates (就业分布状况)
REGIONS = ("第一，按就业地区划分：在京津沪地区工作的毕业生占12.8%，在东部地区工作的毕业生占46.0%，在中部地区工作的毕业生占"
           "22.2%，在西部地区工作的毕业生占19.0%。")
# 616edu.com / data59.com, colleges' 2022届毕业生就业质量年度报告
WEST = ("中西部就业情况： 学院2022届毕业生选择在中部地区就业共1024人，占就业总人数的比例为74.26%；选择在西部地区就业共52人，"
        "占就业总人数的比例为3.77%。")
SOURCES = ("2022 届毕业生生源分布较广泛， 来自于全国 26 个省/市/自治区。其中陕西省生源人数最多，有 2298 人，占毕业生总人数的 "
           "77.69%。")
PROVINCES = ("就业省份：学校 2022 届毕业生主要选择在“省内就业”（61.63%），服务地方经济发展；其中， 本科毕业生、毕业研究生省内就业"
             "占比分别为 62.76% 、58.30%。 此外，省外就业毕业生主要流向了“广东省”“北京市”“重庆市”，占比分别为 6.50%、3.65% 、2.65%。")
DESTINATIONS = ("从具体毕业去向来看，“协议和合同就业”为毕业生主要去向选择，占比为52.40%； “灵活就业”次之，占比为26.04%。")
# data59.com, a university's 2022届毕业生就业质量年度报告 (毕业去向落实率)
RATES = ("截至2022年8月31日，我校2022届毕业生的总体毕业去向落实率为81.34%，其中本科、专科的毕业去向落实率分别为81.28%、"
         "83.33%。")
ETHNIC = ("从民族分布看，学校2022届毕业生分布于24个民族， 其中汉族毕业生占绝大多数，共有8118人，占比为94.00%； 其次是回族毕业生，"
          "共有323人，占比为3.74%。")
# m.yd166.com, a university's 2021届本科毕业生就业质量报告
STAYING = ("从毕业生流向院校来看，留在本校的毕业生有 1290 人（占国内升学总人数的71.39%），其他毕业生选择到北京大学、清华大学、"
           "中国科学院大学等“双一流”建设高校及科研院所继续深造。")
CONSTITUENTS = ("从去向构成来看，软件学院本科毕业生以协议和合同就业为主（占比 53.15%），其他院系本科毕业生去向构成均以境内外升学深造"
                "为主。")
# edu.china.com (2023-01-20), 清华大学2022年毕业生就业质量报告 as it quotes it
TSINGHUA = ("另外，根据毕业生去向统计，清华大学应届毕业生选择国内深造比例为28.3%，出国（境）深造比例为7.1%，签三方就业比例为52.5%，"
            "灵活就业比例为10.1%。")
TSINGHUA_SIZE = ("数据显示，清华大学2022届毕业生共8003人，其中本科生3197人（39.9%）、硕士生2657人（33.2%）、博士生2149人（26.9%）。"
                 "其中，男生5135人（64.2%）、女生2868人（35.8%），男女比例为1.8∶1。")
# pssjk.bnu.edu.cn, 麦可思《2017年中国大学生就业报告》 (毕业去向)
OUTCOMES = ("可以看出，在2016届大学毕业生中，有78.8%的人毕业半年后受雇全职或半职工作，3.0%的人自主创业，0.4%的人入伍；有10.3%的"
            "人升学，其中6.7%正在国内读研，1.1%正在港澳台及国外读研，2.5%正在读本科；有7.5%的人处于失业状态，其中1.1%准备国内外读研，"
            "4.0%准备继续寻找工作，还有2.4%放弃了继续求职和求学。")
TREND = ("可以看出，2016届大学生毕业半年后“受雇全职工作”的比例（77.3%）与2015届（77.4%）基本持平，与2014届（79.2%）相比有所"
         "下降。")
# huidiaoyan.com, 麦可思's survey of where 2017 graduates work (大学生城市就业质量调查)
CITIES = ("总体来看，大学生在一线城市工作更加满意，2017届本科生在北京、上海、广州、深圳工作的就业满意度分别为76%、74%、71%"
          "和70%。")
INCOMES = ("数据显示，2017届本科生毕业半年后在一线城市就业的平均月收入为5970元，比“新一线”城市本科生的平均月收入高1311元。"
           "2017届高职高专生毕业半年后在一线城市工作的平均月收入为4820元，比“新一线”高职高专生的平均月收入高861元。")
# cctvzsw.com, 麦可思《2021年中国大学生就业报告》 as it summarises it (十大行业就业质量)
EDUCATION = ("其中，本科毕业生在“教育业”就业的比例五年来增加了3.3个百分点（2016届：13.7%，2020届：17.0%），高职毕业生增加了2个"
             "百分点（2016届：5.7%，2020届：7.7%）。")
# ppfocus.com (2020-09-04), 麦可思《2020年中国大学生就业报告》 as it summarises it; the page prints it in traditional script,
# these are the same sentences in simplified script
HUMANITIES = ("2019届本科毕业生人数较多的人文专业类中，外国语言文学类以5336元位居月收入榜首，其次是设计学类（5137元）和中国语言"
              "文学类（5050元）。")
# newton.com.tw, 《2020年中国大学生就业报告》 (报告内容), traditional script on the page, simplified here
INDUSTRY = ("蓝皮书显示，2019届本科毕业生就业比例最大的行业类是“教育业”（就业比例：15.9%），同时与2017届相比增幅也较高，"
            "为8.2%。")
# m.hbcasj.com (2018-06-25), a survey group's analysis of graduates' industries 2009-2017, traditional script on the
# page, simplified here
FINANCE = ("课题组分析，2009年~2017年间，金融业就业比例存在明显上升趋势，从2009年的6.3%上升至2015年的15.2%，成为毕业生就业占比最大的"
           "行业，2017年略微下降，为12.9%，但仍然稳居第一。")


def test_a_region_named_by_its_part_of_the_country_stays():
    """东部, 中部 and 西部 (jieba's locatives) were dropped: 在东部地区工作的毕业生占比 was 地区工作的毕业生占比, and the
    counts of those who went to 中部地区 and 西部地区 were both named 地区就业."""
    got = by_text(REGIONS)
    assert [got[t].metric for t in ("46.0%", "22.2%", "19.0%")] == \
        ["东部地区工作的毕业生占比", "中部地区工作的毕业生占比", "西部地区工作的毕业生占比"]
    got = by_text(WEST)
    assert got["1024人"].metric == "中部地区就业" and got["52人"].metric == "西部地区就业"


def test_the_most_is_no_part_of_what_is_counted():
    """jieba cut 人|数最多 (its dictionary holds 最多 only 3 times), so the count was named 陕西省生源人数最多."""
    got = by_text(SOURCES)
    assert got["2298 人"].metric == "陕西省生源人数"


def test_the_first_tier_cities_stay_in_the_metric():
    """jieba tagged 一线 a numeral: 在一线城市工作的平均月收入 was named 城市工作的平均月收入."""
    assert by_text(INCOMES)["4820元"].metric == "一线城市工作的平均月收入"


def test_an_amount_higher_than_another_groups_is_a_difference():
    """比…平均月收入高1311元 was an amount (money) named after the group compared with; it is the difference of the
    income before it, that group its baseline."""
    got = by_text(INCOMES)
    income = got["1311元"]
    assert (income.kind, income.direction, income.metric) == ("delta", "up", "平均月收入")
    assert income.baseline == "“新一线”城市本科生的平均月收入"
    assert got["861元"].kind == "delta"


def test_a_share_of_people_is_named_by_what_they_do():
    """有78.8%的人毕业半年后… was named 人毕业半年后…, and the shares after 其中 with no 的 took the figure before's
    name (其中6.7%正在国内读研 was 人升学)."""
    got = claims_of(OUTCOMES)
    assert [c.metric for c in got] == [
        "毕业半年后受雇全职或半职工作", "自主创业", "入伍", "升学", "正在国内读研", "正在港澳台及国外读研", "正在读本科",
        "处于失业状态", "准备国内外读研", "准备继续寻找工作", "放弃了继续求职和求学"]


def test_a_figure_in_brackets_after_a_cohort_is_of_that_cohort():
    """与2015届（77.4%）基本持平: 77.4% had the sentence's period, 2016届."""
    got = by_text(TREND)
    assert [got[t].period for t in ("77.3%", "77.4%", "79.2%")] == ["2016届", "2015届", "2014届"]


def test_places_after_a_lead_share_its_words_and_no_time():
    """The first item held the sentence's opening (2017届本科生在北京工作的就业满意度), the others only their city."""
    got = by_text(CITIES)
    assert [got[t].metric for t in ("76%", "74%", "71%", "70%")] == [
        "本科生在北京工作的就业满意度", "本科生在上海工作的就业满意度", "本科生在广州工作的就业满意度",
        "本科生在深圳工作的就业满意度"]


def test_shares_of_a_list_of_quoted_names_after_zhanbi_fenbie():
    """“广东省”“北京市”“重庆市”，占比分别为…: each share was named 占比."""
    got = by_text(PROVINCES)
    assert [got[t].metric for t in ("6.50%", "3.65%", "2.65%")] == ["广东省占比", "北京市占比", "重庆市占比"]


def test_a_bare_zhanbi_is_the_share_of_the_name_before_it():
    """A clause that is only 占比为… after a quoted name, or in brackets after 以…为主, was named 占比."""
    got = by_text(DESTINATIONS)
    assert got["52.40%"].metric == "协议和合同就业占比" and got["26.04%"].metric == "灵活就业占比"
    assert by_text(CONSTITUENTS)["53.15%"].metric == "协议和合同就业占比"


def test_a_ratio_to_one_is_no_percentage():
    """男女比例为1.8∶1 was 1.8 in %, as a share whose % was lost (the rule read 比例为1.8 and stopped at ∶)."""
    ratio = by_text(TSINGHUA_SIZE)["1.8∶1"]
    assert (ratio.unit, float(ratio.value), ratio.metric) == ("", 1.8, "男女比例")


def test_a_one_character_alternative_in_brackets_stays():
    """出国（境）深造比例 was named 深造比例."""
    assert by_text(TSINGHUA)["7.1%"].metric == "出国（境）深造比例"


def test_qizhong_opens_no_list_item():
    """其中本科、专科的毕业去向落实率分别为…: the first was named 其中本科的毕业去向落实率."""
    got = by_text(RATES)
    assert [got[t].metric for t in ("81.28%", "83.33%")] == ["本科的毕业去向落实率", "专科的毕业去向落实率"]


def test_a_count_after_a_majority_counts_that_majority():
    """其中汉族毕业生占绝大多数，共有8118人: the count took the figure before's name (民族)."""
    got = by_text(ETHNIC)
    assert got["8118人"].metric == "汉族毕业生" and got["94.00%"].metric == "汉族毕业生占比"
    assert got["323人"].metric == "回族毕业生"


def test_a_share_in_brackets_after_a_count_is_of_that_count():
    """…毕业生有 1290 人（占国内升学总人数的71.39%）: the share was named by its whole alone."""
    assert by_text(STAYING)["71.39%"].metric == "毕业生占国内升学总人数"


def test_a_bare_rate_keeps_those_who_work_somewhere():
    """本科毕业生在“教育业”就业的比例 was named 就业的比例: a bare 比例 kept only eight characters before it."""
    got = claims_of(EDUCATION)
    assert {c.metric for c in got[:3]} == {"本科毕业生在“教育业”就业的比例"}


def test_another_group_alone_measures_what_the_figure_before_does():
    """…，高职毕业生增加了2个百分点（2016届：5.7%，2020届：7.7%）: the change and its rates were named 高职毕业生."""
    got = claims_of(EDUCATION)
    assert [(c.text, c.metric, c.period) for c in got[3:]] == [
        ("2个百分点", "高职毕业生在“教育业”就业的比例", "五年来"),
        ("5.7%", "高职毕业生在“教育业”就业的比例", "2016届"), ("7.7%", "高职毕业生在“教育业”就业的比例", "2020届")]


def test_the_yi_of_the_means_is_no_part_of_the_name():
    """外国语言文学类以5336元位居月收入榜首 was named 外国语言文学类以; the classes after it are named alike."""
    got = by_text(HUMANITIES)
    assert [got[t].metric for t in ("5336元", "5137元", "5050元")] == ["外国语言文学类", "设计学类", "中国语言文学类"]


def test_a_growth_named_in_the_clause_before_its_copula():
    """同时与2017届相比增幅也较高，为8.2%: a share named 就业比例 (较, tagged zg, and the noun 增幅 were taken for what the
    clause says of its subject); a growth, and 增幅 alone names nothing, so it is the growth of the 就业比例 before it."""
    rate = by_text(INDUSTRY)["8.2%"]
    assert (rate.kind, rate.metric, rate.baseline) == ("growth", "就业比例", "2017届")


def test_a_rank_kept_after_adverbs_ranks_the_figure_before():
    """但仍然稳居第一 was named 但仍然稳居."""
    rank = by_text(FINANCE)["一"]
    assert (rank.kind, rank.metric) == ("rank", "金融业就业比例")


# data59.com, a college's 2022届毕业生就业质量年度报告 as its PDF's text prints a justified line: every character
# followed by a space (and the half-width punctuation of the copy)
SPACED = ("生 源 地 与 就 业 地 域 交 叉 分 析 : 省 内 生 源 中 , 7 4 . 0 5 % 选 择 留 在 本 省 就 业 ; 4 7 . 6 2 %的 省 外 生 源 选 择 在 "
          "省 内 就 业 , 3 3 . 3 3 % 的 省 外 生 源 回 生 源 地 就 业 。")


def test_a_letter_spaced_line_holds_whole_numbers():
    """7 4 . 0 5 % was read as the claims 7, 4 . 0 and 5 % (the view kept a space between two digits, as between two
    numbers); each share is one figure."""
    got = claims_of(SPACED)
    assert [(float(c.value), c.unit) for c in got] == [(74.05, "%"), (47.62, "%"), (33.33, "%")]
    assert got[0].metric == "选择留在本省就业"


# pishu.cn, 麦可思《就业蓝皮书 2014年中国大学生就业报告》 as the publisher summarises it (皮书观点)
ALUMNI = ("其中，本科院校校友满意度为87%，与2012届（86%）基本持平；高职高专院校校友满意度为85%，比2012届（83%）高2个百分点。")
TEACHING = "在本科院校中，“211”院校毕业生对教学的满意度为83%，非“211”本科院校为81%。"
# ctld.nwsuaf.edu.cn, a university's survey of its 2016届本科毕业生 (毕业生学习经历满意度)
COURSES = ("毕业生对课程及教学满意度情况。有72.75%的毕业生对课程总体满意。从相关分析来看，一是70.07%的毕业生对课程内容整体满意；"
           "二是毕业生认为大学四年课程量年度安排相对适中；三是有80.65%的毕业生对学院教学总体满意。")


def test_the_figure_compared_with_is_no_part_of_the_baseline():
    """比2012届（83%）高2个百分点 had the baseline 2012届（83%）."""
    got = by_text(ALUMNI)
    assert (got["2个百分点"].baseline, got["2个百分点"].metric) == ("2012届", "高职高专院校校友满意度")
    assert got["83%"].period == "2012届"


def test_a_quoted_number_is_part_of_a_name():
    """非“211”本科院校 was named ”本科院校: the text was cut after 211 as after an earlier figure."""
    assert by_text(TEACHING)["81%"].metric == "非“211”本科院校"


def test_a_share_after_the_number_of_a_point_is_named_after_it():
    """一是70.07%的毕业生对课程内容整体满意 was named 毕业生 (一是 was taken for words naming it)."""
    assert by_text(COURSES)["70.07%"].metric == "毕业生对课程内容整体满意"


# feifmx.com, 新华社 (2018-06-11) on 麦可思《2018年中国大学生就业报告》; traditional script on the page, simplified here
INCOME_2017 = ("从收入方面来看，2017届大学毕业生月均收入（4317元）高于城镇居民2017年月均可支配收入（3033元），比2016届（3988元）"
               "增长了329元，比2015届（3726元）增长了591元。")


def test_a_compared_cohorts_figure_measures_what_the_cohort_before_does():
    """比2016届（3988元）增长了329元: 3988元 and the change after it took the name of the townspeople's income compared
    with in between (月均可支配收入)."""
    got = by_text(INCOME_2017)
    assert [(got[t].metric, got[t].period) for t in ("3988元", "3726元")] == [
        ("大学毕业生月均收入", "2016届"), ("大学毕业生月均收入", "2015届")]
    assert (got["329元"].metric, got["329元"].baseline) == ("大学毕业生月均收入", "2016届")



# data59.com, a college's 2022届毕业生就业质量年度报告 (就业单位性质分布); the 1 after 其他企业 is its footnote mark
NATURE = "2022 届毕业生就业单位性质主要分布在其他企业1 ，人数占比为 53.91%；其次为其他（33.62%）；第三为中初教育单位（10.64%）。"
# m.616edu.com, a university's 2022届毕业生就业质量报告 as its PDF's text prints it (spaces around the decimal points)
EMPLOYERS = ("2022届毕业生就业人数共 3537 人 ，其中各类企业就业的比例为40 . 93%（国有企业的比例为 2 . 37%） ； 中初等教育单位"
             "比例为18. 58%；医疗卫生单位就业的比例为7 . 83%；机关单位就业比例为 1 . 72% 。")
INDUSTRIES = ("2022 届毕业生就业行业主要集中在教育行业、卫生和社会工作行业、信息传输、软件和信息技术服务业、制造业等行业，四大行业"
              "所占的比例分别为 25 . 90%，13 . 14% ，8 . 65% ，8 . 23% 。")
# data59.com, a university in 上海's 2022届毕业生就业质量报告
DEGREES_FLOW = "分学历层次来看，签约就业毕业生中，44.64%的本科毕业生和46.24%的毕业研究生流向制造业。"
SHANGHAI = ("2022 届签约就业本科毕业生中，在上海市就业的占 71.94%，到华东六省就业的占 15.98%，赴中西部地区就业的占 5.81%；与 2021 "
            "年相比，本科毕业生在沪就业的比例减少 1.43 个百分点，面向华东六省和中西部地区就业的比例分别增加 2.36、0.07 个百分点。")
OTHERS = "此外毕业生流向较多的省市还有广东（ 3. 11%）、山东（2.56%）、北京（ 1.53%）、福建（ 1.09%）等。"


def test_the_words_placing_a_figure_in_a_run_name_nothing():
    """其次为其他（33.62%） was named 其次为其他, and 第三为中初教育单位（10.64%） 教育单位 (jieba cut 中|初|教育|单位)."""
    got = by_text(NATURE)
    assert (got["33.62%"].metric, got["10.64%"].metric) == ("其他", "中初教育单位")


def test_a_bare_rate_after_qizhong_keeps_what_it_is_of():
    """其中各类企业就业的比例为40 . 93% and 医疗卫生单位就业的比例为7 . 83% were named 毕业生就业人数占比 (the words
    before 比例 ran past eight characters, 其中 with them)."""
    got = by_text(EMPLOYERS)
    assert (got["40 . 93%"].metric, got["7 . 83%"].metric) == ("各类企业就业的比例", "医疗卫生单位就业的比例")
    assert got["18. 58%"].metric == "中初等教育单位比例"


def test_two_shares_of_two_groups_share_what_they_do():
    """44.64%的本科毕业生和46.24%的毕业研究生流向制造业: the first was named 本科毕业生和46.24%的毕业研究生流向制造业,
    the second 本科毕业生."""
    got = by_text(DEGREES_FLOW)
    assert (got["44.64%"].metric, got["46.24%"].metric) == ("本科毕业生流向制造业", "毕业研究生流向制造业")


def test_places_and_what_is_done_there():
    """在沪就业的比例 was named 就业的比例 (a place of one character), and of 面向华东六省和中西部地区就业的比例 the first
    place lost what is done there."""
    got = by_text(SHANGHAI)
    assert got["1.43 个百分点"].metric == "本科毕业生在沪就业的比例"
    assert (got["2.36"].metric, got["0.07 个百分点"].metric) == ("面向华东六省就业的比例", "中西部地区就业的比例")
    assert by_text(OTHERS)["3. 11%"].metric == "广东"           # was 省市还有广东


# wddqw.com on 新锦成研究院's survey of 2016届 graduates
RATES_2016 = ("另外，虽然2016届专科毕业生就业率（90.50%）略高于2015届（89.32%），但本科、硕士毕业生就业率（85.76%、90.66%）则明显均"
              "低于2015届（89.57%、94.84%）。")
# news.001ce.com (第一财经, 2023-06-09) on 麦可思's 2023 reports
INCOME_2022 = "蓝皮书显示，2022届本科、高职毕业生月收入分别为5990元、4595元，较2021届分别增长了3%、2%。"
# jnnews.tv (红星新闻, 2024-04-17) on 麦可思's 2018-2022届 survey
COUNTY = ("据麦可思研究院统计数据，在县城工作的大学毕业生月收入，已从2018届的4640元上升到2022届的5377元。而就业满意度也从2018届的"
          "67%，上升到2022届的76%。")


def test_a_cohort_after_a_comparison_word_is_no_count():
    """略高于2015届（89.32%） gave the claim 高于2015届, a count in 届, and 89.32% was named 略高于."""
    got = by_text(RATES_2016)
    assert not [t for t in got if t.endswith("届")]
    assert (got["89.32%"].metric, got["89.32%"].period) == ("专科毕业生就业率", "2015届")


def test_a_list_right_before_a_bracket_names_the_run_in_it():
    """本科、硕士毕业生就业率（85.76%、90.66%）: both were named 硕士毕业生就业率, and were of 2015届, the cohort the
    clause before compares with (略高于2015届), not of the sentence's 2016届."""
    got = by_text(RATES_2016)
    assert (got["85.76%"].metric, got["90.66%"].metric) == ("本科毕业生就业率", "硕士毕业生就业率")
    assert (got["85.76%"].period, got["90.66%"].period) == ("2016届", "2016届")
    assert (got["89.57%"].period, got["94.84%"].period) == ("2015届", "2015届")     # the run after 2015届（: was 2016届


def test_the_cohort_before_a_list_is_no_part_of_its_first_item():
    """2022届本科、高职毕业生月收入: the first item was 2022届本科 (the shared words were not found past the year)."""
    got = by_text(INCOME_2022)
    assert [got[t].metric for t in ("5990元", "4595元", "3%", "2%")] == \
        ["本科毕业生月收入", "高职毕业生月收入", "本科毕业生月收入", "高职毕业生月收入"]


def test_joining_words_name_nothing():
    """而就业满意度也从2018届的67%… was named 而就业满意度也."""
    got = by_text(COUNTY)
    assert (got["67%"].metric, got["76%"].metric) == ("就业满意度", "就业满意度")


# data59.com, a university's 2022届毕业生就业质量年度报告 (各学院及专业的毕业去向落实率), and 616edu.com, a college's
COLLEGES = ("我校2022届本科毕业生中，毕业去向落实率较高的学院是音乐与演艺学院（86.44%）、建筑工程学院（85.86%）、文学与传播学院"
            "（82.24%），毕业去向落实率较低的学院是生态旅游学院（63.70%）；专科毕业生中，毕业去向落实率较高的学院是教师教育学院、"
            "美术学院（均为100.00%），毕业去向落实率较低的学院是生态旅游学院（52.50%）。")
DEPARTMENTS = ("2022届毕业生分布在6个院系，其中毕业去向落实率相对较高的院系为“机电工程系”（99.29%）、“水利工程系”（98.07%）、"
               "“信息工程系”（97.49%）等。")


def test_names_ranked_by_a_rate_take_that_rate():
    """毕业去向落实率较高的学院是音乐与演艺学院（86.44%）…: each was named by its college alone, and the one both
    colleges share (均为100.00%) by the figure before's college (生态旅游学院)."""
    got = claims_of(COLLEGES)
    assert [c.metric for c in got] == ["音乐与演艺学院毕业去向落实率", "建筑工程学院毕业去向落实率", "文学与传播学院毕业去向落实率",
                                       "生态旅游学院毕业去向落实率", "教师教育学院、美术学院毕业去向落实率",
                                       "生态旅游学院毕业去向落实率"]
    assert by_text(DEPARTMENTS)["99.29%"].metric == "机电工程系毕业去向落实率"


def test_shares_after_a_count_of_the_items_before_take_the_items_in_order():
    """四大行业所占的比例分别为 25 . 90%，13 . 14% …: every share was named 四大行业所占的比例 (commas, not 、, separate the
    figures; the count 四 stands between the copula and the list; the list closes with 等行业; its first item opens after
    集中在)."""
    got = by_text(INDUSTRIES)
    assert [got[t].metric for t in ("25 . 90%", "13 . 14%", "8 . 65%", "8 . 23%")] == [
        "教育行业比例", "卫生和社会工作行业比例", "信息传输、软件和信息技术服务业比例", "制造业比例"]


# jxxfw.com, a reprint of 麦可思's 2016 survey of the ten largest 本科 majors (就业率, 月收入)
MAJORS = ("从2016届本科毕业生半年后的就业率来看，本科十大专业中电气工程及其自动化专业就业率较高，达95.5%。计算机科学与技术、"
          "财务管理专业紧随其后，就业率分别为93.9%和93.5%。")


def test_a_rate_after_a_bare_fenbie_takes_the_items_of_the_clause_before():
    """计算机科学与技术、财务管理专业紧随其后，就业率分别为93.9%和93.5%: both were named 就业率 (a rate, not only a share
    word, may open the 分别为; 紧随其后 is what the clause says of the items, and the 与 inside a major's name opens no
    item)."""
    got = by_text(MAJORS)
    assert (got["93.9%"].metric, got["93.5%"].metric) == ("计算机科学与技术就业率", "财务管理专业就业率")


MAJOR_INCOMES = ("在薪资方面，本科十大专业中，计算机科学与技术和金融学专业的毕业生表现突出，不仅毕业半年后的平均月收入较高（计算机科学与技术："
                 "5452元，金融学：4621元），三年后月收入（计算机科学与技术：8665元，金融学：7704元）依然位列第一和第二位。")


def test_labels_in_brackets_after_a_measure_name_its_parts():
    """平均月收入较高（计算机科学与技术：5452元，金融学：4621元）: each was named by its label alone (金融学) or, the
    first, by the figure before it (专业; a bracketed label was read as a comparative year's, （2019年：13.33%）)."""
    got = by_text(MAJOR_INCOMES)
    assert [got[t].metric for t in ("5452元", "4621元", "8665元", "7704元")] == [
        "计算机科学与技术平均月收入", "金融学平均月收入", "计算机科学与技术月收入", "金融学月收入"]


# m.yd166.com, a university's 2021届本科毕业生就业质量报告 (就业行业)
TOP_INDUSTRIES = ("本科生就业前三行业分别为 “信息传输、软件和信息技术服务业”领域为主（26.17%）、“科学研究和技术服务业”（14.88%）和"
                  "“教育”（8.50%），三项合计占比占比达 49.55%。")


def test_a_figure_after_what_is_most_of_something_measures_that_name():
    """“信息传输、软件和信息技术服务业”领域为主（26.17%） was named 领域为主."""
    got = by_text(TOP_INDUSTRIES)
    assert [got[t].metric for t in ("26.17%", "14.88%", "8.50%")] == ["信息传输、软件和信息技术服务业", "科学研究和技术服务业",
                                                                       "教育"]


def test_a_noun_opening_with_da_after_a_count_keeps_it():
    """100万大学毕业生 was named 学毕业生 (大 after a bare number was read as N大, as in 三大国家级重点实验室; fx361.cc, 邓峰
    and 郭建如 (2020) on graduates' moves); 5大部件 still counts 部件 (the ESG train split's gold)."""
    assert by_text("2017年，武汉市发布多项政策措施，提出5年内要留住100万大学毕业生。")["100万"].metric == "大学毕业生"
    assert by_text("实现机舱结构件、传动链电齿轮、轴承座、壳体、主轴运输5大部件托盘均由厂家回收再利用")["5"].metric == "部件"


# 岳昌君, 冯沁雪, 辛晓佳, 邱文琪, 中国高校毕业生就业趋势研究报告 (m.fx361.cc, 2023-09-08)
GRADUATE_TREND = ("从长期趋势来看，高校毕业生数从2003 年的212 万人猛增到2021 年的909 万人，年均增速高达8.4%，"
                  "而城镇就业人员数量从2003 年的25 639 万人增长到2021 年的46 773 万人，年均增速仅为3.4%")


def test_an_average_growth_rate_after_a_clause_measures_what_that_clause_names():
    """年均增速高达8.4% was named 年均 (its 增速 stripped, the adverb left); 年均增速仅为3.4% was a share named
    城镇就业人员数量占比 (仅 stood between the rate and its figure); and the space of 25 639 万人, a thousands separator
    read as two numbers, named both figures and then 3.4% (the metric was " ")."""
    got = by_text(GRADUATE_TREND)
    assert (got["8.4%"].kind, got["8.4%"].metric) == ("growth", "高校毕业生数")
    assert (got["3.4%"].kind, got["3.4%"].metric) == ("growth", "城镇就业人员数量")


def test_a_space_between_thousands_in_prose_parts_no_figure():
    """A typeset paper's thin space between thousands: 25 639 万人 read as 25 and 639 万人 (the papers' own text, as
    m.fx361.cc and fx361.com print them)."""
    got = by_text(GRADUATE_TREND)
    assert [(got[w].value, got[w].unit) for w in ("25 639 万人", "46 773 万人")] == [(25639, "人"), (46773, "人")]
    # 冯君莲, 李小艳, 刘琼, 疫情影响下国内顶尖高校毕业生就业状况变化 (大学教育科学 2022年6期; fx361.com)
    text = ("自新冠肺炎疫情出现以来，需求紧缩、预期转弱、供给冲击导致全世界社会经济下行趋势显著，我国也未能幸免，"
            "2020年GDP增长率仅为2.20%[1]。据官方数据统计，疫情期间我国高校毕业生人数激增，2022年预计达1 076万人，"
            "存量和增量均创新高[2]。")
    assert [(c.text, c.metric) for c in claims_of(text)] == [("2.20%", "GDP增长率"), ("1 076万人", "毕业生人数")]


def test_a_footnote_reference_after_a_percent_is_no_figure():
    """2.20%[1]: the reference [1] was a count named ]."""
    got = claims_of("我国也未能幸免，2020年GDP增长率仅为2.20%[1]。")
    assert [c.text for c in got] == ["2.20%"]


# fudaoke.com on 2024's graduates of 985 and 211 universities, a point per line after a lone dash
GRADUATES_985 = ("在学位层次分布上，2024年985和211高校毕业生的构成如下：\n-\n本科：占比53.39%，约58万人\n-\n"
                 "硕士：占比39.17%，约42万人\n-\n博士：占比7.44%，约8万人\n"
                 "从生源地域分布来看，2024年毕业生中人数最多的生源地域是北京，占比为15.26%，其次是江苏（9.88%）和陕西（8.06%）。\n")


def test_a_bare_share_after_a_label_or_a_named_place_is_theirs():
    """本科：占比53.39% and …生源地域是北京，占比为15.26% were named 占比; the count after the share, 约58万人, took
    本科占比."""
    got = by_text(GRADUATES_985)
    assert [got[w].metric for w in ("53.39%", "39.17%", "15.26%")] == ["本科占比", "硕士占比", "北京占比"]
    assert (got["约58万人"].kind, got["约58万人"].metric) == ("count", "本科")


def test_a_bare_share_after_a_quoted_name_the_clause_before_ends_with_is_its_share():
    """华南理工大学's 2022 employment report as a forum reposts it: 其次是“升学”, 占比为 24.55% was named 占比."""
    got = by_text("总体毕业去向 从具体去向构成来看,以“协议和合同就业”为主,占比为 62.77%;其次是“升学”, 占比为 24.55%。")
    assert got["24.55%"].metric == "升学占比"


def test_the_characters_of_a_quoted_word_are_no_count():
    """edu.china.com (2023-01-20) on two universities' 2022 reports: “就业”二字 counted two 字 of 就业."""
    got = by_text("近年来,“就业”二字的定位更加明晰。")
    assert "二字" not in got


def test_a_quoted_name_before_a_bracketed_share_names_it():
    """惠州学院's 2022 employment report: a share in brackets right after a quoted name, alone or after 分别为, is that
    name's, however long the name and whatever note it holds (“电子电气设备制造业（含计算机、通信、家电等）”(9.1%) and
    “签就业协议形式就业”（分别为25.78%、20.00%） took the first item's 教育业 and 签劳动合同形式就业)."""
    got = claims_of("第三,从就业行业分布看,2022届毕业生就业行业呈现多元格局,就业行业以“教育业”(38.2%)为主,同时还包"
                    "括“电子电气设备制造业(含计算机、通信、家电等)”(9.1%)、“信息传输、软件和信息技术服务业”(9.0%)"
                    "等。\n")
    assert [c.metric for c in got] == ["教育业", "电子电气设备制造业", "信息传输、软件和信息技术服务业"]
    got = claims_of("第二,从就业去向分布看,2022届毕业生中,省内、省外生源毕业后均以“签劳动合同形式就业”(分别为34.89%"
                    "、31.33%)、“签就业协议形式就业”(分别为25.78%、20.00%)为主。\n")
    assert [c.metric for c in got] == ["签劳动合同形式就业"] * 2 + ["签就业协议形式就业"] * 2


def test_a_share_after_a_bracket_of_parts_is_the_share_of_the_whole_before_it():
    """西安美术学院's 2022 employment report: 毕业研究生309人（其中硕士研究生284人、博士研究生25人），占毕业生总人数的16.03%
    was the share of 博士研究生, the last part in the bracket."""
    got = by_text("其中本科毕业生1619人,占毕业生总人数的83.97%;毕业研究生309人(其中硕士研究生284人、博士研究生"
                  "25人),占毕业生总人数的16.03%。\n")
    assert (got["83.97%"].metric, got["16.03%"].metric) == ("本科毕业生占毕业生总人数", "毕业研究生占毕业生总人数")


def test_pinyin_after_a_character_is_no_part_of_the_text():
    """黑龙江省教育厅's 2016 graduates' report as a news page prints it, in traditional script and with each hard
    character's reading in brackets: 本科畢業(yè)生就業(yè)率80.31% took the first rate's 研究生就业."""
    got = by_text("其中,研究生就業(yè)率83.17%,本科畢業(yè)生就業(yè)率80.31%,高職高專畢業(yè)生就業(yè)率78.01%。\n")
    assert [got[w].metric for w in ("83.17%", "80.31%", "78.01%")] == [
        "研究生就业率", "本科毕业生就业率", "高职高专毕业生就业率"]


def test_a_count_of_provinces_counts_the_level_with_its_equals():
    """麦可思's note on the 双高校' 2022 graduates' incomes lists the regions' provinces: 12个省(自治区、直辖市) counts
    provinces (was 新疆, the last item before it)."""
    got = claims_of("西部地区:内蒙古、广西、重庆、四川、贵州、云南、西藏、陕西、甘肃、青海、宁夏、新疆12个省(自治区、直辖市);")
    assert [(c.text, c.metric) for c in got] == [("12个", "省（自治区、直辖市）")]


def test_a_ratio_of_four_parts_and_its_base_are_no_figures():
    """The same note quotes 国家统计局: 以东部为1 is the base and 1:0.68:0.76:0.68 a structure (1 and the fourth part were
    claims)."""
    assert claims_of("需明确的是,国家统计局在解读2022年城镇单位就业人员平均工资数据时曾指出,以东部为1,东部、中部、西部和东北地区"
                     "平均工资之比为1:0.68:0.76:0.68,显示出不同区域的就业人员薪资差异是客观存在的现象,应理性看待。") == []


def test_a_label_in_brackets_stands_for_its_item_of_the_list_before():
    """麦可思's note on the 2022 graduates' starting salaries: 本科 and 高职 in the bracket each stand for their own item of
    本科、高职毕业生平均月收入 (were 本科高职… and 高职高职…), and the changes after 分别 follow them."""
    got = claims_of("多重超预期因素影响下,大学生薪资增速明显放缓。2022届本科、高职毕业生平均月收入(本科:5990元,高职:4595元)较"
                    "2021届分别增长了3%、2%。")
    assert [(c.text, c.metric) for c in got] == [("5990元", "本科毕业生平均月收入"), ("4595元", "高职毕业生平均月收入"),
                                                 ("3%", "本科毕业生平均月收入"), ("2%", "高职毕业生平均月收入")]


def test_a_share_after_a_long_quoted_name_is_its_share():
    """A college's 2022 employment report (a document site's copy): 占比 after 主要是“卫生和社会工作” (seven characters) is
    that industry's share (was 占比 alone)."""
    assert one("根据调研结果显示,2022 届毕业生自主创业行业主要是“卫生和社会工作”, 占比 55.56%;", "55.56%").metric == \
        "卫生和社会工作占比"


def test_a_two_digit_cohort_is_a_time():
    """An analysis of the 2024 graduates' supply: 24 届, 23 届 and 21 届 were counts of 届."""
    got = claims_of("从企业性质看,24 届毕业生校招需求主要集中在央国企与民营企业中。各类高校累计输送 2024 届高校毕业生 1179 万人,"
                    "较 23 届同比增长 2.7%")
    assert [c.text for c in got] == ["1179 万人", "2.7%"]


def test_a_range_of_amounts_is_no_range_of_years():
    """A news page on 南京大学's and 四川大学's 2020 salaries: 月薪区间主要集中在7501-9000元（33.82%） made 7501-9000 the period
    of every figure after it (read as a span of years), and 6000~8000 another page's."""
    got = claims_of("月薪区间主要集中在7501-9000元(33.82%),其次为11000元以上(19.70%)和4001-6000元(19.17%)。")
    assert {c.period for c in got} == {None}


def test_rates_ranked_by_a_change_are_changes():
    """广东省教育厅's 2017 graduates' report as a news page prints it, in traditional script: the first of a run ranked by
    how much it fell (減少幅度最大的是歷史學類,為27.14%) and the next (其次是醫學類) fell by those rates, as the next after a
    rise (其次是理學類) rose; all four were shares."""
    fell = by_text("減少幅度最大的是歷史學類,為27.14%;其次是醫學類,為15.07%。\n")
    rose = by_text("與2016年相比,藝術學類增幅最大,為27.27%;其次是理學類,為20.31%。\n")
    assert [(fell[w].metric, fell[w].kind, fell[w].direction) for w in ("27.14%", "15.07%")] == [
        ("历史学类", "growth", "down"), ("医学类", "growth", "down")]
    assert (rose["20.31%"].metric, rose["20.31%"].kind, rose["20.31%"].direction) == ("理学类", "growth", "up")


def test_a_share_after_a_ranked_share_stays_a_share():
    """scjyxw.com on 四川省2024届高校毕业生生源信息与就业意向调查报告: 其次为重庆市（4.69%） after a share that is highest stays a
    share, of the first place's name with this place in it (was 重庆市 alone)."""
    got = by_text("从就业地区意向来看,我省2024届高校毕业生想在四川省就业的比例(79.78%)最高,其次为重庆市(4.69%),第三是广东省"
                  "(2.74%)。\n")
    assert [got[w].kind for w in ("79.78%", "4.69%", "2.74%")] == ["share", "share", "share"]
    assert [got[w].metric for w in ("4.69%", "2.74%")] == ["高校毕业生想在重庆市就业的比例", "高校毕业生想在广东省就业的比例"]


def test_a_place_placed_next_in_a_ranked_run_counts_what_the_first_place_counts():
    """广东省's 2017 graduates' report as a news page prints it, in traditional script: 河南省生源最多,有7475人…;其次是湖南省,
    有5917人 named the next places' counts and shares by the place alone (湖南省, 湖南省占比)."""
    got = by_text("在外省生源中,河南省生源最多,有7475人,占外省生源數的11.98%;其次是湖南省,有5917人,占9.48%;第三是安徽省,有5153人,"
                  "占8.26%。\n")
    assert [got[w].metric for w in ("7475人", "5917人", "9.48%", "5153人")] == [
        "河南省生源", "湖南省生源", "湖南省生源占比", "安徽省生源"]


def test_a_small_form_semicolon_ends_a_clause():
    """﹔ (the small form of ；, as a news page on 清华大学's 2022 就业质量报告 prints it, in traditional script) stops a
    clause as ；does: the rate after it was named 有所增加﹔毕业去向落实率."""
    text = ("清華大學最新公布的畢業生就業質量報告顯示,該校2022屆畢業生共計8003人,與往年相比有所增加﹔畢業去向落實率為98%,"
            "其中選擇在國內外深造的有35.4%,簽三方就業協議比例為52.5%。")
    assert one(text, "98%").metric == "毕业去向落实率"


def test_a_bare_share_after_what_dominates_is_its_share():
    """西安交通大学's 2023 就业质量报告 as a news page reports it: 比例为48.8% after 以教育单位为主 is 教育单位's share,
    not the next clause's 到企业就业的比例 (as 占比 after 以X为主 was already)."""
    text = ("博士毕业生就业以教育单位为主,比例为48.8%,到企业就业的比例为 21.3%,到医疗卫生单位就业的比例为13.2%,"
            "到科研设计单位就业的比例为11.0%。")
    assert one(text, "48.8%").metric == "教育单位"
    assert one(text, "21.3%").metric == "到企业就业的比例"


def test_admission_and_registration_counts_keep_their_names():
    """实际报到人数 (jieba cut 实际报|到人数: was 到人数); a news page on 贵州大学's 本科教学质量报告."""
    text = "贵州大学虽然去年实际录取了8705名本科新生,但实际报到人数只有8577人,实际报到率为98.53%,也就是说,有128名本科新生录取后未报到。"
    assert one(text, "8577人").metric == "实际报到人数"


def test_a_ratio_right_after_bili_and_a_programme_s_number():
    """A page on 西北工业大学's 2021 就业质量报告: 男女比例2.5:1 is one ratio (2.5 was lost and 1 was a count), and 985 in
    副部级985、世界一流大学建设高校 names 教育部's programme (claim_filters not_claim.university_programme), no count."""
    assert [(c.text, c.metric) for c in claims_of("2021届毕业生共计6990人,男女比例2.5:1。")] == [
        ("6990人", "毕业生"), ("2.5:1", "男女比例")]
    assert claims_of("西北工业大学,工信部直属,副部级985、世界一流大学建设高校,位于西安。") == []


def test_a_university_s_further_study_rates():
    """A news page on 上海交通大学's 2023 graduates: 直博 is one word (直博比例 was 博比例), 重新回到 is how the rate went, no
    part of its name (was 比例重新); a news page on 江苏's 高职 expansion: a bracketed note between a rate and its figure is
    skipped (升学率(包括本科学校、高职院校等)约 90% was named 、高职院校等）, and 江苏高等教育升学率（包括本科学校 was read as
    an organisation)."""
    got = by_text("2023年,73.00%的校本部本科生选择继续深造,其中国内深造52.93%,出国(境)深造20.07%。校本部本科生直博比例达"
                  "15.66%,再创历史新高。")
    assert got["15.66%"].metric == "校本部本科生直博比例"
    again = one("与往年相比,2023年上海交通大学的就业率和继续深造比例都有所增长,继续深造比例重新回到70%以上。", "70%")
    assert again.metric == "继续深造比例"
    noted = one("李卫华说,江苏高等教育升学率(包括本科学校、高职院校等)约 90%。", "90%")
    assert (noted.metric, noted.subject) == ("江苏高等教育升学率", None)


def test_a_fiscal_year_is_a_period():
    """A news page on 阿里巴巴's 2023 ESG report: 2023财年 is the figures' period (they had none)."""
    got = by_text("具体而言,2023财年,阿里巴巴集团自身运营二氧化碳净排放为468.1万吨,同比下降12.9%;减碳141.9万吨,同比增长128.9%;"
                  "价值链(范围3)碳强度同比下降5.7%。")
    assert {got[t].period for t in ("468.1万吨", "12.9%", "141.9万吨", "5.7%")} == {"2023财年"}


def test_a_span_of_years_written_with_zhi_is_shared_out():
    """A page on 《中国职业教育发展报告》: 2022年至2024年 before 分别为 three rates gives each its year, as 2022-2024年 does
    (each had the whole span)."""
    got = claims_of("去向落实率维持高位。2022年至2024年,中等职业学校毕业生毕业去向落实率分别为94.70%、94.44%、93.96%,"
                    "高等职业学校毕业生毕业去向落实率分别为90.60%、91.88%、93.55%。")
    assert [c.period for c in got] == ["2022年", "2023年", "2024年"] * 2


def test_a_major_ranked_first_by_its_income():
    """A page on 2024 graduates' incomes: 更是 before the 以 of a ranking is no part of the major's name (7599元 was named
    信息安全专业更是以), nor 普遍 before a mark crossed (突破7000元 was named 机器人工程等专业薪资普遍)."""
    got = by_text("2024届本科生毕业半年后平均月收入为6199元,但微电子科学与工程、机器人工程等专业薪资普遍突破7000元,信息安全专业更是以"
                  "7599元位居榜首。")
    assert got["7599元"].metric == "信息安全专业"
    assert got["突破7000元"].metric.endswith("专业薪资")


# "其次是X人群，占比为…": 占比 opening its clause is the share of the group the clause before names (both were named 占比)
@pytest.mark.parametrize("text, written, metric", [
    # a college's 2022 employment report as a document site copies it: the name after 是 is 8 characters
    ("对2022届毕业生自主创业的类型调查显示,排在第一的是从事企业创业,占比为33.33%;其次是从事网络创业人群,占比为26.67%。",
     "26.67%", "从事网络创业人群占比"),
    # the same report: the group a clause says is largest
    ("根据对2022届毕业生自主创业行业类型调查显示,在卫生和医疗行业创业的人数最多,占比为40.00%;其次是批发和零售业,占比为20.00%。",
     "40.00%", "卫生和医疗行业创业占比"),
    # a college in 河北's 2022 report (生源结构): was 地级市占比
    ("省内生源结构:学院2022届毕业生省内生源覆盖河北省11个地级市;其中保定市生源居多,占比为18.13%。", "18.13%", "保定市生源占比"),
])
def test_a_bare_share_after_the_group_named_before(text, written, metric):
    assert one(text, written).metric == metric


# 留鄂/留赣/留汉就业: 留 and the place stay in the name (留 was dropped as a verb: 鄂就业人数占比, 赣州就业率)
@pytest.mark.parametrize("text, written, metric", [
    # 华中师范大学's 2022 employment report (就业省市)
    ("其中留鄂就业人数占比为24.61%,留汉就业占比为18.33%。", "24.61%", "留鄂就业人数占比"),
    # a news page on 赣州's 2023 graduates
    ("会议提到,截至5月12日,市属(驻市)院校2023届毕业生已签约1.43万人,整体去向落实率为37.1%,高于全省平均水平,其中,"
     "留赣州就业率为40.8%。", "40.8%", "留赣州就业率"),
])
def test_staying_to_work_in_a_place_is_named_whole(text, written, metric):
    assert one(text, written).metric == metric


def test_incomes_of_a_ranking_are_incomes():
    """A page on 双高 colleges' 2022 graduates: each college's 月收入 was named 月收入排名, the ranking it is listed in."""
    got = claims_of("统计结果显示,东部地区“双高校”2022届毕业生月收入排名前三的分别是:温州职业技术学院(7736元)、"
                    "浙江机电职业技术学院(7600元)、浙江工贸职业技术学院(7566元)。")
    assert [(c.metric, c.subject) for c in got] == [("月收入", "温州职业技术学院"), ("月收入", "浙江机电职业技术学院"),
                                                   ("月收入", "浙江工贸职业技术学院")]


def test_people_among_a_group_are_counted_by_what_they_did():
    """A college's 2022 employment report as a document site copies it: 3人 among the graduates was named 毕业生中, and the
    share after it 毕业生中占比 (中有15人选择自主创业 was already read)."""
    got = by_text("2022 届毕业生中 3 人选择自主创业,占比为 0.06%。")
    assert (got["3 人"].metric, got["0.06%"].metric) == ("选择自主创业", "选择自主创业占比")


def test_an_example_marker_is_no_part_of_a_name():
    """A news page on universities' further-study rates: 比如上海科技大学2023届本科毕业生共399人 was named 比如本科毕业生."""
    assert one("比如上海科技大学2023届本科毕业生共399人,南方科技大学公布2023届该校共有本科毕业生998人。", "399人").metric == \
        "本科毕业生"


def test_places_shared_out_and_a_mark_reached_or_passed():
    """A page on 2023 graduates' incomes by major: 分列2到5位 was a count of 2; a news page on further-study rates:
    达到或超过70% was more than 70%, not at least."""
    got = by_text("微电子科学与工程(7151元)、软件工程(7061元),数据科学与大数据技术(7014元),电子科学与技术(7011元)分列2到5位。")
    assert (got["2到5位"].kind, got["2到5位"].high) == ("rank", 5)
    assert one("前述统计的11所本科毕业生深造率达到或超过70%的高校,2023届本科毕业生规模均少于5000人。", "达到或超过70%").bound == ">="


def test_the_cohort_figures_are_viewed_from_is_their_period():
    """A page on 2023 graduates' incomes by occupation: 从2023届高职生数据来看 was read as a starting point (从…), and the
    incomes had no period."""
    assert one("从2023届高职生数据来看,列车司机以5950元的平均月收入位居高职职业收入榜榜首。", "5950元").period == "2023届"


# 清华大学's and 复旦大学's 2022-2023 本科教学质量报告 as news pages quote them (bbs.0516k.com, ishangxiu.com, xuexila.com)
ABROAD = "其中,本科生出国(境)深造比例为15.6%,境内深造比例为65.2%;硕士生出国(境)深造比例为5.9%,境内深造比例为6.9%。"
WAYS = ("共有 491 人就业,占 15.2%;其中 284 人签约就业,占 8.8%,207 人灵活就业,占 6.4%。毕业生最主要的毕业去向是升学,共有 2603 人"
        "赴国内外高校深造,占 80.8%;其中 2100 人在国内高校深造,占 65.2%,503 人赴国(境)外高校深造,占 15.6%。")
UNDER = "“复旦大学本科毕业生直接就业人数仅占两成不到,超七成学生选择继续深造!”"


def test_going_abroad_in_brackets_stays_in_the_rate():
    """出国(境)深造比例 was named 深造比例, which is another rate (80.8% of the same graduates)."""
    got = by_text(ABROAD)
    assert (got["15.6%"].metric, got["5.9%"].metric) == ("本科生出国（境）深造比例", "硕士生出国（境）深造比例")


def test_people_counted_by_what_they_did_after_them():
    """207 人灵活就业 and 503 人赴国(境)外高校深造 took the count before's 签约就业 and 在国内高校深造."""
    got = by_text(WAYS)
    assert (got["207 人"].metric, got["6.4%"].metric) == ("灵活就业", "灵活就业占比")
    assert got["503 人"].metric == "赴国（境）外高校深造"


def test_budao_after_a_share_bounds_it_from_above():
    assert one(UNDER, "两成").bound == "<"


@pytest.mark.parametrize("text, periods", [
    # 麦可思's 2023 and 2024 blue-book summaries: a cohort written in the figure's bracket dates it (they had the
    # report's year, or 近五年)
    ("从工学下属主要专业类来看,材料类专业读研比例持续较高(2022届为32.4%),电子信息类专业上升幅度较大,五年内增幅达34%,",
     {"32.4%": "2022届"}),
    ("此外,工学的读研比例(2018届16.1%,2022届21.1%)增长幅度高于其他学科门类,五年内增长了31%。",
     {"16.1%": "2018届", "21.1%": "2022届"}),
    (("在东部地区就业的大学毕业生月收入较高(2023届本科:6642元,高职:5070元),且毕业三年后月收入(2020届本科:10168元,高职:7592元)"
      "及涨幅(2020届本科:69%,高职:64%)也明显高于其他地区。"),
     {"6642元": "2023届", "5070元": "2023届", "10168元": "2020届", "7592元": "2020届"}),
])
def test_a_cohort_in_the_figures_bracket_is_their_period(text, periods):
    got = {c.text: c.period for c in claims_of(text)}
    assert {k: got[k] for k in periods} == periods


def test_rates_in_a_bracket_after_a_growth_word_are_growth_rates():
    """麦可思2024版就业蓝皮书 (chuanbowang): 及涨幅(2020届本科:69%,高职:64%) are the incomes' growth over three years (they
    were shares); 读研比例相对较低(7.1%) is named without the adverb (was 珠三角地区读研比例相对较)."""
    got = by_text("在东部地区就业的大学毕业生月收入较高(2023届本科:6642元,高职:5070元),且毕业三年后月收入(2020届本科:10168元,"
                  "高职:7592元)及涨幅(2020届本科:69%,高职:64%)也明显高于其他地区。")
    assert [got[w].kind for w in ("69%", "64%")] == ["growth", "growth"]
    got = by_text("渤海湾、长三角地区地方本科院校的2021届本科毕业生读研比例明显较高(分别为17.2%、16.3%),珠三角地区读研比例相对较低(7.1%)")
    assert got["7.1%"].metric == "珠三角地区读研比例"


# a 2021 本科 employment report's 摘录 as a page copies it (m.yd166.com): no title, its first sentence names the cohort
COHORT_OPENING_2021 = (
    "2021 届本科毕业生分布在 28 个院系,有 15个院系的毕业去向落实率均高于本校本科毕业生平均水平(97.88%);其中软件学院、"
    "医学院、新闻传播学院等 8 个学院本科毕业生实现了充分就业,去向落实率达到 100.00%。\n"
    "从去向构成来看,软件学院本科毕业生以协议和合同就业为主(占比 53.15%),其他院系本科毕业生去向构成均以境内外升学深造为主。\n"
    "从毕业生流向院校来看,留在本校的毕业生有 1290 人(占国内升学总人数的71.39%)。\n")


def test_a_page_opening_with_its_cohort_dates_its_undated_figures():
    """Every figure after the first sentence had no period."""
    got = by_text(COHORT_OPENING_2021)
    assert got["53.15%"].period == "2021届"
    assert got["1290 人"].period == "2021届"


def test_a_change_verb_with_le_after_its_baseline_ends_the_baseline():
    """青海's 2021 employment report as a news page quotes it (px.smartjx.com, 2022-03-10): 比上年同期提高了 gave the
    baseline 上年同期提 (read as 比…高, a comparison with another figure)."""
    sentence = "截至2021年9月1日,全省普通高校毕业生毕业去向落实率为91.10%,比上年同期提高了2.07个百分点。"
    change = one(sentence, "2.07个百分点")
    assert change.baseline == "上年同期" and change.direction == "up"


def test_the_comparing_adverb_of_a_clause_before_fenbie_is_no_part_of_the_names():
    """The same report: 较高 closed the clause whose items the run after 分别为 takes, and only 高 was dropped (each was
    named …毕业去向落实率较)."""
    sentence = ("2021届专科(高职)毕业生覆盖了17个专业大类,新闻传播大类、资源环境与安全大类、文化艺术大类毕业生毕业去向落实率较高,"
                "分别为96.55%、94.93%、94.44%;达到90%以上的专业大类有11个。")
    got = by_text(sentence)
    assert got["96.55%"].metric == "新闻传播大类毕业生毕业去向落实率"
    assert got["94.44%"].metric == "文化艺术大类毕业生毕业去向落实率"
