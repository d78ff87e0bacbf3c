"""Quality-report phrasing, as colleges and education authorities write their annual quality reports (教育质量年度报告,
本科教学质量报告) and as newspapers summarise the national ones: the structure of a teaching staff (counts by title or
age, then their shares 分别占 in order), age bands and ranges before what they count, ratios named 之比, a modifier
glossed in brackets, the start point of a change (由上一年的), and cohorts compared one with another. Sentences of
public pages (named at each); none is from a report the product is judged on."""
from __future__ import annotations

from .sentences import by_text, claims_of, one

# tfukt.cn, a university's 本科教学质量报告 (教师队伍结构), 2014. The page prints it in traditional script; these are the
# same sentences in the simplified script the university writes.
TITLES = "专任教师中，正高职称教师208人、副高职称教师349人、中级职称教师522人，分别占17.82%、29.91%和44.73%。"
AGES = ("专任教师中，30岁及以下教师98人、31-40岁教师474人、41-50岁教师444人、51岁及以上教师151人，"
        "分别占8.40%、40.62%、38.05%和12.94%。")
# succ.edu.cn, 双师教师概况 (2019)
STRUCTURE = ("截至2019年8月底，学校“双师型”专任教师254人，占专任教师55%。就学历结构看，博士学位占 5 %，硕士学位占 64%。"
             "就年龄结构看，35岁以下青年教师占27 %，36—45岁教师占 45 %。")
# xxgk.yznu.edu.cn, 长江师范学院 本科教学质量报告 (2024-04-22)
TEACHERS = "学校现有专任教师1237人、外聘教师241人，折合教师总数为1357.5 人，外聘教师与专任教师人数之比为0.19:1。"
DEGREES = "具有高级职称的专任教师543人，占专任教师的比例为43.90%；具有研究生学位（硕士和博士）的专任教师1105人，占专任教师的比例为89.33%。"
# 《2023中国职业教育质量年度报告》 as a public news page summarises it (2024-01-21)
UNDERGRADUATE = "本科高职招生规模进一步扩大，由上一年的4.14万人增加到7.63万人。"
# 《中国高等职业教育质量年度报告》 (2015) as a public question-and-answer page quotes it
COHORTS = ("2011届至2014届，高职毕业生就业率持续提升，2014届高职毕业生毕业半年后就业率为91.5%，比2013届高0.6个百分点，"
           "比2012届高1.1个百分点，比2011届高1.9个百分点。")
# 《2019中国高等职业教育质量年度报告》 as 中国教育报 (2019-06-21, 第3版) reports it; the mirror page prints it in
# traditional script, this is the newspaper's simplified text
LOCAL = "报告显示，高职毕业生半年后就业率持续稳定在92%，毕业3年后月收入增幅达到76.2%，毕业生本地就业率接近60%。"


def test_shares_after_fenbie_zhan_are_the_counts_before_in_order():
    """分别占17.82%、29.91%和44.73% were all named 分别占; each is the share of the count before it in its place."""
    got = by_text(TITLES)
    assert [got[t].metric for t in ("17.82%", "29.91%", "44.73%")] == \
        ["正高职称教师占比", "副高职称教师占比", "中级职称教师占比"]


def test_title_grades_stay_whole():
    """正高职称教师 was 高职称教师: jieba cut 正|高|职称."""
    assert by_text(TITLES)["208人"].metric == "正高职称教师"


def test_age_ranges_before_a_noun_are_bands():
    """31-40岁 and 41-50岁 were claims of their own (measures in 岁), and 30岁及以下 after a comma lost its band:
    the counts were named 30岁, 教师 and 教师, the shares 分别占."""
    got = by_text(AGES)
    assert "31-40岁" not in got and "41-50岁" not in got
    assert [got[t].metric for t in ("98人", "474人", "444人", "151人")] == \
        ["30岁及以下教师", "31-40岁教师", "41-50岁教师", "51岁及以上教师"]
    assert [got[t].metric for t in ("8.40%", "40.62%", "38.05%", "12.94%")] == \
        ["30岁及以下教师占比", "31-40岁教师占比", "41-50岁教师占比", "51岁及以上教师占比"]


def test_a_share_right_after_zhan_is_named_zhanbi():
    """博士学位占 5 % was named 博士学位占; the golds write such a share 博士学位占比. An age range there is a band."""
    got = by_text(STRUCTURE)
    assert got["5 %"].metric == "博士学位占比"
    assert got["64%"].metric == "硕士学位占比"
    assert "36—45岁" not in got
    assert got["45 %"].metric == "36—45岁教师占比"
    assert got["27 %"].metric == "35岁以下青年教师占比"


def test_a_range_of_terms_that_is_the_figure_stays_a_claim():
    """（3-6个月时限）: the range is what the time limit is (a figure of its own), no band of the next figure (the ESG
    sample's labelled claim)."""
    text = ("我们在收到举报信息后，会对举报信息进行分析研判后分类进行处置：反映问题严重的举报由总部监察审计部门开展调查并处理"
            "（3-6个月时限），反映问题不严重的举报将转给举报相应子公司监督部门或业务部门负责展开调查（1个月时限）。")
    assert by_text(text)["3-6个月"].metric == "时限"


def test_a_ratio_named_zhi_bi_is_the_figures_metric():
    """外聘教师与专任教师人数之比为0.19:1 was named 折合教师总数占比 (the share metric of the figure before)."""
    assert by_text(TEACHERS)["0.19:1"].metric == "外聘教师与专任教师人数之比"


def test_a_modifier_glossed_in_brackets_stays():
    """具有研究生学位（硕士和博士）的专任教师1105人 was named 专任教师, as if it counted all of them."""
    got = by_text(DEGREES)
    assert got["1105人"].metric == "具有研究生学位（硕士和博士）的专任教师"
    assert got["543人"].metric == "具有高级职称的专任教师"


def test_the_start_point_of_a_change_names_nothing():
    """由上一年的4.14万人增加到7.63万人: both were named 由上一年; they measure the subject of the clause before."""
    got = by_text(UNDERGRADUATE)
    assert got["4.14万人"].metric == got["7.63万人"].metric == "本科高职招生规模"
    assert got["4.14万人"].period == "上一年"       # the start point's year (as 从2008年的1.1件 has 2008年)


def test_a_cohort_opening_a_later_clause_is_the_period_after_a_span():
    """The changes against earlier cohorts were of 2011届, the start of the span opening the sentence; they are of
    2014届, the cohort the clause before names."""
    got = by_text(COHORTS)
    assert got["91.5%"].period == "2014届"
    assert [(got[t].period, got[t].baseline) for t in ("0.6个百分点", "1.1个百分点", "1.9个百分点")] == \
        [("2014届", "2013届"), ("2014届", "2012届"), ("2014届", "2011届")]


def test_a_cohort_after_an_as_of_date_leaves_the_date_the_period():
    """Seed 000's dev gold: 截止2023年9月1日 is the period of the counts after 2023届毕业生 (no span opens it)."""
    text = "截止2023年9月1日，2023届毕业生共4786人，已落实就业3987人，总体毕业去向落实率为83.31%。"
    assert {c.text: c.period for c in claims_of(text)}["3987人"] == "截止2023年9月1日"


def test_local_employment_rate_keeps_local():
    """毕业生本地就业率 was 就业率: jieba tags 本地 a pronoun."""
    assert by_text(LOCAL)["接近60%"].metric == "毕业生本地就业率"


def test_a_growth_reached_after_dadao_stays_a_growth():
    """月收入增幅达到76.2%: 达到's 到 is no level reached after a change (a rule for 下调为 read it so for a commit)."""
    assert by_text(LOCAL)["76.2%"].kind == "growth"


# fx361.com (2024): 张卫民 等, “双高”院校社会服务能力 (质量年报中的服务贡献表)
PANEL = ("通过对56所高水平高职院校2020—2023年质量年报中224份“服务贡献表”的面板数据进行统计分析发现，"
         "“双高”院校社会服务存在如下问题。")
# laneolsen.com, 麦可思研究 (2023-06-05): 横向技术服务到款额
DOUBLE_HIGH = ("麦可思研究近期通过对197所“双高校”2023年的《高等职业教育质量年度报告》统计发现：188所“双高校”在该报告中公布了"
               "横向技术服务到款额，这些学校2022年度创造的收入总计约达25亿元；其中到款额超千万的院校有81所，占比约为43%。")
# zjzx.hbvtc.edu.cn: 林宇, 高等职业教育的发展 (the enrolment ratio's history)
ENROLMENT = "新中国成立之初，我国的高等教育毛入学率只有0.26%，2002年达到15%迈入大众化门槛，2019年达到51.6%进入普及化阶段。"


def test_a_year_after_what_is_counted_is_no_next_figure():
    """56所高水平高职院校2020—2023年…: the words ran into the year, read as the next figure's label (named 通过对)."""
    assert by_text(PANEL)["56所"].metric == "高水平高职院校"


def test_a_quoted_noun_after_a_classifier_is_what_is_counted():
    """197所“双高校” and 188所“双高校” were named 麦可思研究近期通过对 (nothing followed the quote)."""
    got = by_text(DOUBLE_HIGH)
    assert got["197所"].metric == got["188所"].metric == "“双高校”"


def test_a_level_reached_measures_the_rate_before_not_what_it_meant():
    """2002年达到15%迈入大众化门槛: named 迈入大众化门槛 (the clause after it); 只有 before a rate is no part of it."""
    got = by_text(ENROLMENT)
    assert [got[t].metric for t in ("0.26%", "15%", "51.6%")] == ["高等教育毛入学率"] * 3


def test_how_a_rate_is_applied_still_names_it():
    """The annual report's gold: 减按50%计入应纳税所得额 measures what the clause after it says (no level reached)."""
    text = ("对本年应纳税所得额超过100万元但不超过300万元的部分，减按50%计入应纳税所得额，按20%的税率缴纳企业所得税。")
    assert by_text(text)["50%"].metric.startswith("计入应纳税所得额")


# zggzzk.com, 高职发展智库 (2021-12-08): 各省《2021高等职业教育质量年度报告》汇总
LOWEST = "2020年，兵团、黑龙江、江苏生师比最低，分别为12.67、13.23、13.48。"
STANDARD = "重庆、辽宁、湖南、云南生师比大于教育部规定的18:1的合格标准。"
# ryjiaoyu.com (2018-07-15): 《2018中国高等职业教育质量年度报告》 教学资源50强
TOP_FIFTY = "其中，山东和广东各7所、江苏6所，占上榜总数的40%，显示我国东部地区高职院校资源水平整体较高。"


def test_a_bare_fenbie_wei_takes_the_items_of_the_clause_before():
    """分别为12.67、13.23、13.48 after 兵团、黑龙江、江苏生师比最低: each province's ratio (all were named 兵团、黑龙江、江苏生师比;
    then 兵团苏生师比, the 江 ending 黑龙江 read as shared with 江苏)."""
    got = by_text(LOWEST)
    assert [got[t].metric for t in ("12.67", "13.23", "13.48")] == ["兵团生师比", "黑龙江生师比", "江苏生师比"]


def test_a_ratio_to_one_after_the_standard_is_one_figure():
    """规定的18:1: was the claim 1 (a count named 云南生师比)."""
    got = by_text(STANDARD)
    assert "1" not in got and got["18:1"].value == 18


def test_each_is_no_part_of_what_is_counted():
    """山东和广东各7所 was named 山东和广东各."""
    assert by_text(TOP_FIFTY)["7所"].metric == "山东和广东"


# puapp.net: 刘永武, 北京普通高校基本办学条件分析 (2011—2014)
LAND = ("2011年—2014年，北京普通高校占地面积几乎没有增长，增长幅度仅为0.3%。其中，市属高校占地面积略有增长，增长幅度为2%。\n\n"
        "2011年—2014年，普通高校的校舍建筑面积有一定幅度的增长，增加了14.1%。")


def test_a_span_of_years_joined_by_a_dash_is_the_period():
    """2011年—2014年 gave 2011年 (a span joined by 至 was whole already: 2020年至2023年上半年 in seed 000's gold)."""
    got = by_text(LAND)
    assert got["14.1%"].period == got["0.3%"].period == "2011年—2014年"


def test_a_growth_named_zengzhang_fudu_is_a_growth():
    """增长幅度仅为0.3% was a share."""
    got = by_text(LAND)
    assert got["0.3%"].kind == got["2%"].kind == "growth"


def test_the_time_after_graduation_compared_with_is_a_baseline():
    """比毕业半年时月收入增长了2330元: the change was named 时月收入, with no baseline (the same page as COHORTS)."""
    text = "2011届高职生毕业三年后月收入为4812元，比毕业半年时月收入增长了2330元，增幅为94%。"
    got = by_text(text)
    assert (got["2330元"].metric, got["2330元"].baseline) == ("月收入", "毕业半年时")
    assert got["94%"].baseline == "毕业半年时"


def test_the_three_sectors_stay_in_the_metric():
    """Seed 003's dev gold: 毕业生面向三次产业就业人数 was 产业就业人数 (jieba cut 三次|产业, 三次 read as three times)."""
    text = "毕业生面向三次产业就业人数43552人，较上一年度增长19.81%，其中：面向第一产业1625人。"
    got = by_text(text)
    assert got["43552人"].metric == got["19.81%"].metric == "毕业生面向三次产业就业人数"


def test_a_name_with_a_bracketed_alternative_stays_whole():
    """ryjiaoyu.com on 《2018中国高等职业教育质量年度报告》: 国家示范（骨干）院校上榜46所 was named 院校上榜 (the bracket cut the
    name)."""
    text = "总体来看，省级以上示范院校教学资源优势明显，国家示范（骨干）院校上榜46所，占上榜院校的92%。"
    assert one(text, "46所").metric == "国家示范（骨干）院校上榜"


def test_baodao_is_no_change_to_a_level():
    """常熟理工学院 2018-2019学年本科教学质量报告: 报到5479人 was named 实际录取新生 (its 到 stripped as the 到 of 增长到)."""
    got = by_text("2018年实际录取新生5647人，报到5479人，报到率97.02%。")
    assert [got[w].metric for w in ("5647人", "5479人", "97.02%")] == ["实际录取新生", "报到", "报到率"]


def test_a_figure_above_or_below_a_named_line_is_the_difference_of_the_figure_before():
    """常熟理工学院 2018-2019学年本科教学质量报告: 低于本一省控线8分 was a measure named 低于本一省控线."""
    got = by_text("从录取结果看，我校江苏省文科最低录取分为329分，低于本一省控线8分，高于本二省控线48分；理科最低录取分为327分，"
                  "低于本一省控线9分，高出本二省控线42分。")
    assert [(got[w].kind, got[w].direction, got[w].metric, got[w].baseline) for w in ("8分", "48分")] == [
        ("delta", "down", "江苏省文科最低录取分", "本一省控线"), ("delta", "up", "江苏省文科最低录取分", "本二省控线")]


def test_ascii_punctuation_in_chinese_prose_reads_as_full_width():
    """长江师范学院's 2024 undergraduate teaching quality report (xxgk.yznu.edu.cn) as its page saved as text prints it,
    with ASCII brackets and commas: the bracket inside the name cut it (1105人 was named 专任教师 and its share
    专任教师占专任教师的比例)."""
    text = ("具有高级职称的专任教师543人,占专任教师的比例为43.90%;具有研究生学位(硕士和博士)的专任教师1105人,"
            "占专任教师的比例为89.33%。")
    got = by_text(text)
    assert got["1105人"].metric == "具有研究生学位（硕士和博士）的专任教师"
    assert got["89.33%"].metric == "具有研究生学位（硕士和博士）的专任教师占专任教师的比例"


def test_direct_employment_rate_and_the_three_two_route():
    """广州市中等职业教育质量报告 (2022) as a page reports it: jieba tagged 直接 an adverb, so 直接就业率37.6% was named
    就业率 (the rate before it, with 升学); 三二分段 (a 3+2 route to 高职) was a measure 三二分."""
    text = ("2021学年,广州市中等职业学校毕业生数32668人,就业率(含升学)93.1%,直接就业率37.6%,对口就业率79.7%,雇主满意度达到"
            "97.9%以上。\n目前,广州市中职学生可通过高考、对口单独招生考试、三二分段中高职贯通、技能拔尖人才免试等途径升学。\n")
    got = by_text(text)
    assert got["37.6%"].metric == "直接就业率"
    assert "三二分" not in got


def test_an_autonomous_regions_level_is_part_of_the_name():
    """广西科技大学's 本科教学质量报告: jieba cut 自治区|级 (a classifier), so 自治区级一流本科专业建设点21个 named nothing and took
    the 国家级 count's name before it."""
    got = by_text("学校现有本科专业 67 个,有国家级一流本科专业建设点 4 个、自治区级一流本科 专业建设点 21 个,1 个"
                  "专业通过工程教育专业认证\n")
    assert (got["4 个"].metric, got["21 个"].metric) == ("国家级一流本科专业建设点", "自治区级一流本科专业建设点")


def test_a_rates_change_against_a_year_is_the_rates():
    """上海's districts' 2023 中职 reports as a news page gives them: 升学率为82.42%，比2021年增加8.36% was named 升学人数 (the
    year compared with hid the rate before it); a count's change after a share stays the count's (seed 000's 奖项数量)."""
    got = by_text("闵行区区属中职校共有毕业生1223人,升学人数为1008人,升学率为82.42%,比2021年增加8.36%。"
                  "\n")
    assert (got["82.42%"].metric, got["8.36%"].metric) == ("升学率", "升学率")


def test_a_whole_named_after_the_share_word_is_the_whole():
    """广州市's 2021–2022 中职 report as a news page gives it: 民企就业人数6826人，占比为直接就业学生的55.6% was named
    直接就业学生."""
    got = by_text("在就业类型方面,民企就业人数6826人,占比为直接就业学生的55.6%,说明民企依然是毕业生的主要就业方向。\n")
    assert got["55.6%"].metric == "民企就业人数占直接就业学生"


def test_ordinal_items_after_a_verb_expand_with_it():
    """上海's 2023 vocational-education quality report as a news page gives it: 进入第一、二、三产业的人数分别为… named the
    figures 进入第一的人数, 二的人数 and 三产业的人数."""
    got = claims_of("上海市6913名直接就业的毕业生平均起薪为3848.89元,进入第一、二、三产业的人数分别为45人、1991人、4877人。\n")
    assert [c.metric for c in got[-3:]] == ["进入第一产业的人数", "进入第二产业的人数", "进入第三产业的人数"]


def test_a_name_with_its_note_before_a_bracketed_share_names_it():
    """上海's 2023 vocational-education quality report as a news page gives it: 升学渠道以职教高考(三校生高考和专科自主招生)
    (43.87%)和贯通培养升学(…)(30.23%)为主 named both shares 升学学生数占比."""
    got = by_text("毕业去向落实学生中,升学学生数为25509人,占比78.68%,升学渠道以职教高考(三校生高考和专科自主招生)(43.87%)和"
                  "贯通培养升学(中本贯通和中高职贯通)(30.23%)为主。\n")
    assert (got["43.87%"].metric, got["30.23%"].metric) == ("职教高考", "贯通培养升学")


def test_a_class_of_schools_is_no_subject():
    """银川市中等职业教育2024年年度报告: 银川市共有中等职业学校 (a run over 共有), 民办学校 and 银川市城区有中职学校 were the
    subjects of the paragraph's counts; a class of schools, after a place or not, names no organisation."""
    got = claims_of("银川市共有中等职业学校16所,其中:其他部门5所,市县教育行政部门管理的中职学校11所,其中:公办学校3所(银川职业技术学院"
                    "灵武市职教中心永宁县职教中心),民办学校8所(银川科技学院宁夏地质工程学校银川苏银职业高中银川忠信职业高中宁夏商贸职业学校"
                    "宁夏光彩职业学校银川通联职业高中银川尚艺职业高中)。银川市城区有中职学校8所,灵武市、永宁县3所中职学校。2024年,"
                    "各中职学校共招生7727人,全日制在校生2.4万余人,2024年毕业生7382人。")
    assert {c.subject for c in got} == {None}


def test_an_idiom_after_the_noun_counted_is_what_is_said_of_it():
    """成都大学's news of the 2024 innovation contest (我校4个项目脱颖而出 was named 项目脱颖而出) and a page on the 2024
    world vocational skills contest (32个赛区如火如荼举行: 赛区如火如荼); an idiom naming people stays (6位特困孤寡老人,
    the ESG sample's sentence: jieba tags 孤寡老人 an idiom)."""
    assert by_text("推荐了58个项目进入省级复赛网评环节。8月,经省赛专家评审,我校4个项目脱颖而出,成功晋级国赛资格争夺赛。")[
        "4个"].metric == "项目"
    assert by_text("技能大赛,10月20日——11月3日,2024年世界职业院校技能大赛争夺赛在全国32个赛区如火如荼举行。")["32个"].metric == "赛区"
    assert by_text("公司先后认养高速沿线江门市共和镇、雅瑶镇6位特困孤寡老人，利用业余时间照顾、陪伴他们")["6位"].metric.endswith(
        "孤寡老人")


def test_a_bracketed_figure_of_the_year_before():
    """A page on 高校图书馆 statistics of 2022: 为619.2万元(2021年是585.7万元) — the bracketed figure is 2021's (it had the
    sentence's 2022年)."""
    got = by_text("2022年馆均总经费为619.2万元(2021年是585.7万元),比2021年增加34.5万元,中位值(3)中位值指的是将有")
    assert (got["619.2万元"].period, got["585.7万元"].period) == ("2022年", "2021年")


def test_bracketed_figures_of_a_list_of_schools():
    """武汉城市职业学院's 2024 quality report as a news page quotes it: 初等教育学院(69.1%)、外语学院(54.3%)、财经学院(52.4%)
    gave all three the first school's 初等教育学院升学比例; the later ones are each school's 升学比例."""
    got = by_text("其中升学比例较高的学院是初等教育学院(69.1%)、外语学院(54.3%)、财经学院(52.4%)。")
    assert [(got[w].metric, got[w].subject) for w in ("54.3%", "52.4%")] == [("升学比例", "外语学院"), ("升学比例", "财经学院")]


def test_the_time_a_sentence_opens_by_comparing_with_is_its_changes_baseline():
    """湖南省's 2017 高等职业教育质量年度报告: 与上年度相比,…增幅9.7%,…增幅36.6% gave neither growth a baseline."""
    got = by_text("与上年度相比,反映服务与贡献度的核心指标毕业生人数达到14.77万人,增幅9.7%,其中53.7%本地就业;"
                  "公益性培训服务达137.26万人日,增幅36.6%。")
    assert (got["9.7%"].baseline, got["36.6%"].baseline) == ("上年度", "上年度")


def test_a_rank_in_a_named_list_is_that_lists_rank():
    """山西职业技术学院's page on its standing: 在…排行榜单”中名列第35名 was named 中名列."""
    got = by_text("学院各级各类大赛成绩持续攀升,在2018年“全国普通高校竞赛(高职)排行榜单”中名列第35名、全省第一,在2019年"
                  "“全国职业院校技能大赛”高职院校获奖数量排行榜中名列全国第七名。")
    assert got["35名"].metric == "全国普通高校竞赛（高职）排行榜单中排名"
    assert got["七名"].metric == "全国职业院校技能大赛高职院校获奖数量排行榜中排名"


def test_shares_after_the_items_a_group_is_mainly_of_are_each_items():
    """A 河北 college's 2022届就业质量报告 (data59.com; /tmp/s49/h2): both shares were named 分别占比."""
    got = {c.text: c.metric for c in claims_of(
        "2022届本科毕业生涵盖了工学、理学、管理学、经济学、文学、艺术学六大学科门类，以管理学和工学为主，分别占比39.77%和28.31%。\n")}
    assert (got["39.77%"], got["28.31%"]) == ("管理学占比", "工学占比")


def test_the_total_share_of_a_few_groups_below_a_threshold_is_a_claim():
    """A 河南 college's 2022届就业质量报告 (616edu.com): 不足1% was dropped as the threshold defining a counted group."""
    (share,) = [c for c in claims_of("早期教育、市场营销、酒店管理等专业的毕业生人数较少，三个专业合计人数占比不足1%。\n")
                if c.unit == "%"]
    assert (share.value, share.bound, share.kind) == (1, "<", "share")


def test_zhongzhixiao_is_one_word_after_a_year():
    """A page on 上海's districts' 2023 中等职业教育质量年度报告 (ahjyfb.com): jieba cut 中|职校, so 2022年中 read as a time
    and the count was named 职校毕业生."""
    got = by_text("长宁区2022年中职校毕业生490人,升入高等教育的人数为286人,占58.37%。")
    assert got["490人"].metric == "中职校毕业生" and got["490人"].period == "2022年"
