"""Phrasing of government information-disclosure annual reports (政府信息公开工作年度报告, the 2021 format of
国办公开办函〔2021〕30号): what was published, through which channel, and the 依申请公开 requests. Sentences of public
2023 reports of other governments than the one the product is judged on (named at each)."""
from __future__ import annotations

import pytest

from .sentences import by_text, claims_of, metrics_at, one


@pytest.mark.parametrize("text, written, metric", [
    # 长春市 a bureau's 2023 report: 通过 names the channel, 发布 the act; neither is what is counted
    ("截止2023年12月31日我局通过官方网站发布政务类信息34条，概况类信息150条。", "34条", "政务类信息"),
    # 子长市人民政府 2023: 依申请公开 is one word (the title of chapter 4 of the 条例), not 依|申请|公开, and the means
    # listed before 等途径 are no part of it
    ("2023年度，子长市累计办理公民、法人或其他组织通过市政府门户网站、邮寄等途径依申请公开信息合计12件，已全部按期限答复"
     "办结，办结率100%。", "12件", "依申请公开信息"),
    # 子长市人民政府 2023: an adjective before 的 describes what is counted (was 权威准确)
    ("2023年，市政府网站发布了72条权威准确的政策解读。", "72条", "政策解读"),
    # 国家卫生健康委员会 2024: 法人或其他组织 is the table's second kind of applicant, one word (was 提出申请)
    ("公民个人提出申请1030件,占比98.5%;法人或其他组织提出申请16件,占比1.5%。", "16件", "法人或其他组织提出申请"),
    # 朔州市统计局 2023: 依申请信息公开, as 依申请公开 (was 信息公开 once 信息公开 was a word)
    ("2023年,市统计局共受理依申请信息公开0件。", "0件", "依申请信息公开"),
    # 皮山县统计局 2023: a year inside a document's title is part of it, and so is the office that issues it (were
    # 国民经济和社会发展统计公报》 and 《行政执法服务指南》)
    ("2023年,统计局主动通过县政府门户网站共发布政务公开信息5条,其中《皮山县2022年国民经济和社会发展统计公报》1条、"
     "皮山县季度经济运行分析报告3条、《皮山县统计局行政执法服务指南》1条。", "1条", "《皮山县国民经济和社会发展统计公报》"),
])
def test_what_a_disclosure_report_counts(text, written, metric):
    assert one(text, written).metric == metric


# the same rule on the labelled corpus: 以 names the means (the restructuring plan's 成兴业运输 history)
def test_the_means_of_an_act_is_no_part_of_what_it_counts():
    text = ("2005年3月23日，顺丰速运有限公司通过董事会决议，同意原股东顺丰速运（香港）有限公司以未分配利润转增注册资本"
            "240万美元，以货币资金增加注册资本390万美元，共计增加注册资本630万美元。")
    assert (one(text, "240万美元").metric, one(text, "390万美元").metric) == ("注册资本", "注册资本")


# 漳平市人民政府办公室 2023: a label the report quotes whole after 其中 loses its quotes, as the others do
def test_a_quoted_label_after_qizhong_loses_its_quotes():
    text = ("2023年，市政府及政府办共受理政府信息依申请公开9件，主要提交方式为政府网站申请3件、信函申请6件。其中“属于已主动公开"
            "答复数”2件，“同意公开答复数”2件，“区分处理后公开数”4件，“不予公开答复数”1件。")
    assert [c.metric for c in claims_of(text)][3:] == ["属于已主动公开答复数", "同意公开答复数", "区分处理后公开数",
                                                       "不予公开答复数"]


# 荆门市东宝区 (jmdbq.gov.cn) and 咸阳市秦都区 (snqindu.gov.cn) 2024 disclosure reports: applications carried over from
# the year before, and to the year after, are counted in the year reported
@pytest.mark.parametrize("text, written, period", [
    ("2024年全区共收到依申请公开件30件，上年度结转办理件1件，共办结24件，结转到2025年办理7件。", "1件", "2024年"),
    ("2024年全区共收到依申请公开件30件，上年度结转办理件1件，共办结24件，结转到2025年办理7件。", "7件", "2024年"),
    ("2024年，我区制定并优化依申请公开办理流程。全年依申请公开共收到群众网上申请105件，快递17件，合计122件，"
     "上年结转11件，截至12月底已回复126件，7件正在办理中。", "11件", "2024年"),
])
def test_counts_carried_over_are_of_the_year_reported(text, written, period):
    """上年度结转办理件1件 had the period 上年 (or 上年度), 结转到2025年办理7件 the period 2025年."""
    assert one(text, written, year=2024).period == period


def test_messages_are_a_noun():
    """九江市濂溪区's 2024 report (lianxi.gov.cn): 留言 is the noun of the 政府网站 annual form (收到留言数量), not a verb
    (248条 counted 网民)."""
    text = ("3.网民互动情况。收到248条网民留言（注：因平台整合该数据来自12345政务服务便民热线），办结留言230条，"
            "公开答复4条，答复结果可网上查询。")
    assert (one(text, "248条").metric, one(text, "230条").metric) == ("网民留言", "办结留言")


def test_the_disclosure_guide_and_catalogue_are_nouns():
    """A development zone's 2024 report (zhyzulin.com's copy): 信息公开指南0条 counted 指南 (jieba cut 信息|公开|指南; the
    guide and the catalogue are named by 条例 第十二条)."""
    text = ("（一）主动公开情况。采取网络形式进行公开，全年在政府网上共主动公开条，其中信息公开指南0条，信息公开制度1条，机构职能1条，"
            "机构设置0条，领导分工2条，办公地址及时间0条，政策文件2条。")
    assert (one(text, "0条").metric, one(text, "1条").metric) == ("信息公开指南", "信息公开制度")


def test_a_carried_over_count_in_brackets_names_no_period_for_what_follows():
    """长春市人民政府办公厅's 2024 report (js.changchun.gov.cn): 上年度 in 含上年度转结申请8件 says where those requests came
    from (转结, as 结转 does), not the period of the paragraph: every figure after it had 上年度."""
    text = ("2024年,共受理政府信息公开申请95件,其中自然人申请89件,法人或其他组织申请6件。答复政府信息公开申请98件"
            "(含上年度转结申请8件,另有5件申请转结下年度继续办理),均按规定在法定期内予以答复。所有答复件中,予以公开及部分公开的"
            "42件,占42.86%;不予公开的1件,占1.02%;")
    got = {c.text: c for c in claims_of(text, year=2024)}
    assert [got[w].period for w in ("8件", "42件", "42.86%", "1.02%")] == ["2024年"] * 4


def test_a_run_of_parts_after_qizhong_names_each_part():
    """番禺区人民政府办公室's 2024 report (panyu.gov.cn): each count after 其中's first names what its own clause says
    (结果纠正 was 维持原答复, the first part's name; 尚未审结 was 其他结果)."""
    got = [c.metric for c in claims_of("因政府信息公开申请被行政复议5宗、行政诉讼0宗,其中2宗维持原答复,1宗结果纠正,1宗其他结果,"
                                       "1宗尚未审结。") if c.unit == "宗"]
    assert got == ["行政复议", "行政诉讼", "维持原答复", "结果纠正", "其他结果", "尚未审结"]


def test_a_count_set_aside_by_chu_wai_names_what_is_said_of_it():
    """重庆市黔江区's 2023 report (cqqj.gov.cn, its page's text as far as the excerpt goes): 除2件结转下年办理外 counts
    those carried over (was 依申请公开, the figure before's name); 答复率 names its rate although 答复 opens names as a
    verb elsewhere (was 依申请公开占比)."""
    got = {c.text: c.metric for c in claims_of("2023年全区共收到依申请公开85件,除2件结转下年办理外,均依法依规答复,答复率100")}
    assert (got["2件"], got["100"]) == ("结转下年办理", "答复率")


def test_a_count_after_a_total_in_its_classifier_is_the_part_doing_what_follows():
    """咸阳市秦都区 2024年政府信息公开工作年度报告: 已回复126件,7件正在办理中 named the 7 已回复 (jieba tags 正在 a time
    word)."""
    got = by_text("全年依申请公开共收到群众网上申请105件,快递17件,合计122件,上年结转11件,截至12月底已回复126件,7件正在办理中。")
    assert (got["126件"].metric, got["7件"].metric) == ("已回复", "正在办理中")


def test_an_address_and_a_list_of_phone_numbers_hold_no_figures():
    """Disclosure reports end with where to ask: 商务中心7栋二层 (永安市卫生健康局 2024) was a count of 栋, 5号楼5315
    (吴兴区人力社保局 2023) and 2号楼317室 (秀屿区财政局 2024) counts, and the second of 电话：0770-2883800、2883812
    (防城港市教育局 2023) a count."""
    for text in ("如对本报告有疑问，请联系：永安市卫生健康局办公室（地址：福建省永安市南区商务中心7栋二层，邮政编码：366000），"
                 "联系电话：0598-3633490。",
                 "联系地址：吴兴大道1号吴兴区区行政中心5号楼5315；邮编：313000；电话：0572-2289371。",
                 "（联系地址：秀屿区政府办公楼2号楼317室，邮编：351146，联系电话：5851032）。",
                 "如对本年度报告有疑问，请与防城港市教育局联系（地址：防城港市行政中心区万山路500号林业大厦，邮编：538001，"
                 "电话：0770-2883800、2883812）"):
        assert claims_of(text + "\n") == [], text


def test_information_disclosure_is_one_word():
    """泾阳县自然资源局 2025: 信息公开 is the 条例's word, no adverb 公开 (信息公开年报1条 was named 年报)."""
    last = claims_of("其中公示公告352条,工作报告1条,预算决算公开3条,政策解读3条,信息公开年报1条。")[-1]
    assert last.metric == "信息公开年报"


def test_a_name_inside_a_title_is_no_subject():
    """皮山县统计局 2023: 《皮山县统计局行政执法服务指南》1条 counts a guide, it says nothing about the office."""
    text = ("2023年,统计局主动通过县政府门户网站共发布政务公开信息5条,其中《皮山县2022年国民经济和社会发展统计公报》1条、"
            "皮山县季度经济运行分析报告3条、《皮山县统计局行政执法服务指南》1条。")
    last = claims_of(text)[-1]
    assert (last.metric, last.subject) == ("《皮山县统计局行政执法服务指南》", None)


def test_a_run_of_counts_sharing_a_word_inside_another_word_keeps_each_name():
    """兴庆区前进街道 2024: 概况信息 shares 信息 with 政府信息公开年报 only inside 信息公开 (was 概况信息公开年报)."""
    got = claims_of("其中政府信息公开年报1条、概况信息2条、社会救助12条、预决算公开2条、重点工作3条、部门文件3条、保障性住房11条、"
                    "政府开放日37条。")
    assert [c.metric for c in got[:2]] == ["政府信息公开年报", "概况信息"]


def test_an_index_number_and_the_service_hotline_are_no_counts():
    """武进区卫生健康局 2024: the index number of its documents (014133306 was a count named 年度); 巨鹿县教育局 2024: the
    12345 service platform (a count named 便民服务平台)."""
    assert claims_of("卫健局主动公开信息的索引号为:014133306-年度号-流水号。\n") == []
    got = claims_of("通过“巨好办-立即办”、阳光理政、12345便民服务平台答复群众关心问题153条。\n")
    assert [(c.text, c.metric) for c in got] == [("153条", "群众关心问题")]


def test_a_street_office_is_an_organisation_and_ends_its_name():
    """西关街道办事处 (莲湖区) 2024: 街道办事处 ends the office's name; the name had run on over 累计主动公开 to 政府, and every
    count of the paragraph had that as its subject."""
    got = claims_of("截至2024年12月31日,西关街道办事处累计主动公开政府信息达301条。")
    assert [(c.metric, c.subject) for c in got] == [("主动公开政府信息", "西关街道办事处")]     # (主动公开: a jieba word)


def test_a_reason_given_for_an_outcome_counted_is_no_part_of_its_name():
    """长春市人民政府办公厅 2024: 因本机关不掌握等原因无法提供的49件 took 不予公开, the count before's name."""
    got = claims_of("所有答复件中,予以公开及部分公开的42件,占42.86%;不予公开的1件,占1.02%;因本机关不掌握等原因无法提供的49件,"
                    "占50%;其他处理6件,占6.12%。")
    assert [c.metric for c in got][4:6] == ["无法提供", "无法提供占比"]


def test_the_name_under_which_a_document_is_issued_is_the_means():
    """广州市人民政府办公厅 2024: 以市政府或市政府办公厅名义发布政府规章14部 counts 政府规章 (was named
    市政府办公厅名义发布政府规章)."""
    got = claims_of("持续完善“政府规章库”、“规范性文件统一公开平台”,以市政府或市政府办公厅名义发布政府规章14部、行政规范性文件26件。")
    assert [c.metric for c in got] == ["政府规章", "行政规范性文件"]


def test_counts_after_a_total_each_name_what_they_did():
    """永州市人民政府办公室 2024: after 按时办结66件, 5件逾期未补正 and 2件撤销申请 each name their outcome (both took
    按时办结), and 1件尚未审结 after 1件维持 its own; 转结下年度办理 is one word (亳州市 2025: 转结下年度办理1件 was 年度办理)."""
    got = claims_of("全年收到依申请公开信件为75件,按时办结66件,5件逾期未补正,2件撤销申请,结转下年度继续办理2件;发生行政复议4件,3件维持,"
                    "1件撤诉;发生行政诉讼2件,1件维持,1件尚未审结。")
    assert [c.metric for c in got] == ["收到依申请公开信件", "按时办结", "逾期未补正", "撤销申请", "结转下年度继续办理",
                                       "发生行政复议", "维持", "撤诉", "发生行政诉讼", "维持", "尚未审结"]
    assert [c.metric for c in claims_of("转结下年度办理1件。")] == ["转结下年度办理"]


def test_a_name_inside_a_law_s_title_is_no_subject_of_the_paragraph():
    """通化市人民政府办公室 2025: 将《中华人民共和国政府信息公开条例》作为… made 中华人民共和国政府 (the title's first words)
    the subject of every count of the paragraph."""
    got = claims_of("将《中华人民共和国政府信息公开条例》作为政务公开工作根本遵循,依托市、县两级政府网站,多维度开展条例宣传,"
                    "发布宣传文章10篇,推动政策知晓率提升。全年累计主动公开政务信息6541条,其中公开地方性法规2条、市政府文件26件。")
    assert {c.subject for c in got} == {None}


def test_what_a_bracket_includes_and_what_else_there_is():
    """长春市人民政府办公厅 2024: (含上年度转结申请8件,另有5件申请转结下年度继续办理) named both 含转结申请; 含 is no part of
    what the bracket includes, and the second count is of what its clause says, without the closing bracket."""
    got = claims_of("答复政府信息公开申请98件(含上年度转结申请8件,另有5件申请转结下年度继续办理),均按规定在法定期内予以答复。")
    assert [c.metric for c in got] == ["政府信息公开申请", "转结申请", "申请转结下年度继续办理"]


def test_a_name_the_paragraph_states_elsewhere_stays_in_a_title():
    """长春市人民政府办公厅 2024: the paragraph names 长春市人民政府 (its website) before 编辑《长春市人民政府公报》12期, and the
    name was dropped from the title too (编辑《公报》)."""
    got = claims_of("2024年,通过长春市人民政府网站平台发布政府动态类信息1464条,其中文件15条,政策解读10条。编辑《长春市人民政府公报》12期,"
                    "并在市政府门户网站同步发布电子版。")
    assert got[-1].metric == "编辑《长春市人民政府公报》"


def test_a_bracketed_alternative_inside_the_noun_before_a_count_stays():
    """A city's 2019 check of its websites and new-media accounts: 县(市)区165个 took 市直单位, the count before's name (the
    clause opened after the bracket: 区)."""
    got = claims_of("其中微信公众号218个(市直单位53个,县(市)区165个);新浪微博67个(市直单位28个,县(市)区39个);")
    assert [c.metric for c in got] == ["微信公众号", "市直单位", "县（市）区", "新浪微博", "市直单位", "县（市）区"]


# A bureau, a commission, a street or an office naming itself (我局, 我委, 我街, 我单位: org_variants self) is no part
# of what it counts; jieba cut 我|局受理… and the names opened with 局, 委, 街 and 单位 (2022–2024 disclosure reports of
# 厦门市湖里区卫生健康局, 杭州市卫生健康委员会, 长春市南关区永吉街道 and 大冶市东风路街道).
@pytest.mark.parametrize("text, written, metric", [
    ("2022年我局受理政府信息公开申请0件。", "0件", "受理政府信息公开申请"),
    ("2023年,我委收到政府信息公开申请44件(其中:网上申请42件,现场申请0件,邮寄2件),上年度结转0件,本年度办结39件。",
     "44件", "收到政府信息公开申请"),
    ("2024年度,我街受理依申请公开政府信息0件,回复处理0件。", "0件", "受理依申请公开政府信息"),
    ("2024年,我单位收到群众依申请公开1件,均已按要求进行答复。", "1件", "收到群众依申请公开"),
])
def test_a_bureau_naming_itself_is_no_part_of_the_name(text, written, metric):
    assert one(text, written).metric == metric


# The rows of the format's table (予以公开, 部分公开, 不予公开, 无法提供, 不予处理, 转接下年度办理) and the 政务新媒体 the
# reports count by name (微信公众号, 头条号, 抖音) are one word each; jieba cut 微|信|公众|号 and read 号 as a numeral,
# and tagged 公开 an adverb. 2023–2024 disclosure reports of 宁夏应急管理厅, 义乌市商务局, 武汉市洪山区 and 丽水市.
def test_the_format_s_rows_and_new_media_are_named_whole():
    media = by_text("厅网站发布信息848条,微博发布信息367条,微信公众号发布信息454条,头条号发布信息294条,抖音发布信息119条。")
    assert (media["454条"].metric, media["294条"].metric) == ("微信公众号发布信息", "头条号发布信息")      # were 信息
    answered = claims_of("2条依申请公开,1条部分公开,其余内容涉及经济安全不宜公开,3条公开详细内容可能涉及经济安全,不予公开;"
                       "1条内容本机关未制作,也未保存,无法提供。")
    assert [c.metric for c in answered][1] == "部分公开"                                       # was 部分
    closed = by_text("2023年全区共办结政府信息依申请公开733件,其中予以公开238件,部分公开33件,不予公开38件,无法提供323件,"
                     "不予处理25件,其他处理76件,转接下年度办理45件。")
    assert closed["45件"].metric == "转接下年度办理"                                                    # was 年度办理
    shares = by_text("市全年新收政府信息公开申请1541件,加上上年结转的,除去本年度结转下年度办理的,共办理政府信息公开申请1527件,"
                     "其中予以公开或部分公开占58.5%、不予公开占7.3%、因本机关不掌握等原因无法提供占28.9%,其他情况占5.2%")
    assert shares["58.5%"].metric == "予以公开或部分公开占比"        # 或 joins the two rows (link_word), as 和 does


def test_accounts_a_report_names_and_what_they_published():
    """微博 is one word (jieba cut 微|博 and read 博 a name: the WeChat count was named 微信博发布信息, 昆明市西山区 2025), and
    an account named by its owner in quotes loses the quotes with the name (“”微信公众号发布信息, 高平市人民政府办公室 2023)."""
    accounts = by_text("“云上西山”APP发布信息3446篇,“西山发布”微信和微博分别发布信息1408条、6502条。")
    assert (accounts["1408条"].metric, accounts["6502条"].metric) == ("微信发布信息", "微博发布信息")
    assert one("我办开办的“高平市人民政府”微信公众号全年发布信息2920条。", "2920条").metric == "微信公众号发布信息"


def test_requests_carried_into_the_next_year_and_handled_under_the_law():
    """结转至下一年度办理 is the row 结转下年度继续办理 (was 年度办理: 高平市人民政府办公室 2023); 依法办理 is the act, not what
    was handled (四川省人民政府办公厅 2023)."""
    assert metrics_at("处理结果中,部分公开2件,因信息不存在的5件,结转至下一年度办理2件。", "2件。") == ["结转至下一年度办理"]
    handled = one("全年共处理政府信息公开申请1261件(含上年度结转申请74件),答复1181件,结转下年度继续办理80件。"
                  "依法办理涉及政府信息公开的行政复议27件、行政诉讼15件。", "27件")
    assert not handled.metric.startswith("依法办理") and handled.metric.endswith("行政复议")


def test_a_total_after_its_parts_is_the_whole_s():
    """合肥经济学院 金融学院 2023-2024: 共计456篇 after the kinds of news counted is the news published (was named 通知公告, the
    last kind, with 0篇), and 共计238条 the posts of the 官Q account (was 活动比赛迎新)."""
    got = by_text("2023-2024学年发布新闻情况:新闻动态265篇、教学实践69篇、学生活动15篇、党建工作107篇、通知公告0篇,共计456篇。")
    assert got["456篇"].metric == "发布新闻"
    posts = by_text("2023-2024学年发布官Q情况:查寝32条,日常127条,会议讲座25条,活动比赛迎新54条,共计238条。")
    assert posts["238条"].metric == "发布官Q"


def test_a_bureau_whose_duties_he_joins_is_one_organisation():
    """咸宁市自然资源和城乡建设局 2024: a government body's name holds the 和 that joins its duties (it was no organisation,
    and every count of its website kept it in the metric: 咸宁市自然资源和城乡建设局门户网站发布政务信息)."""
    got = one("2024年,咸宁市自然资源和城乡建设局门户网站发布政务信息1814条,独立用户访问总量421521次,网站总访问量达到836252次。",
              "1814条")
    assert (got.metric, got.subject) == ("门户网站发布政务信息", "咸宁市自然资源和城乡建设局")


def test_the_next_point_s_numeral_is_nothing_counted():
    """代县卫生健康局 2024 (its points run on without a break): 依申请公开事项0三是政府信息管理方面 counts 依申请公开事项; 三是
    opens the next point (the 0 was named 三)."""
    got = one("规范依申请公开流程,明确受理、审查、处理、答复等各环节要求。本年度共收到依申请公开事项0三是政府信息管理方面。建立健全"
              "信息发布审核机制。", "0")
    assert got.metric == "依申请公开事项"


def test_requests_carried_to_a_year_named():
    """荆门市东宝区 2024: 结转到2025年办理7件 is the row 结转下年度继续办理 with its year (was named 到2025年办理)."""
    got = one("2024年全区共收到依申请公开件30件,上年度结转办理件1件,共办结24件,结转到2025年办理7件。", "7件")
    assert (got.metric, got.period) == ("结转到2025年办理", "2024年")


def test_a_total_and_an_act_told_apart():
    """秦都区's 2024 report: 合计122件 after 网上申请105件,快递17件 is their total, not a count of 快递; 硚口区's 2024 report:
    答复依申请公开政府信息39件 after 新收到依申请公开政府信息42件 keeps its verb (both were the same name)."""
    got = by_text("标准化、规范化水平。全年依申请公开共收到群众网上申请105件,快递17件,合计122件,上年结转11件,截至12月底已回复126件")
    assert (got["17件"].metric, got["122件"].metric) == ("快递", "合计")
    got = by_text("新收到依申请公开政府信息42件,答复依申请公开政府信息39件,均在法定期限内予以答复,结转下年度继续办理3件。")
    assert (got["42件"].metric, got["39件"].metric) == ("新收到依申请公开政府信息", "答复依申请公开政府信息")


def test_budget_and_approval_items_named_whole():
    """罗湖区审计局's 2024 三公经费 决算 (因公出国(境)费 was named 费支出决算 and 公务用车购置及运行维护费 维护费) and 获嘉县's 2024
    法治政府建设 report (不见面审批事项 was named 见面审批事项, the opposite)."""
    text = ("3万元,下降14%。其中:因公出国(境)费支出决算为0万元,完成全年预算0万元的0%,比上年决算数增加0万元,增长0%;"
            "公务用车购置及运行维护费支出决算为2.02万元,完成全年预算5.3万元的38.1%,")
    assert one(text, "0万元").metric == "因公出国（境）费支出决算"
    assert one(text, "2.02万元").metric == "公务用车购置及运行维护费支出决算"
    got = by_text("一体化政务服务平台,录入率100%,行政许可类事项审批时限压缩比达89%,其中,不见面审批事项2369项,占比95.87%。")
    assert got["2369项"].metric == "不见面审批事项"


def test_rule_of_law_terms_keep_their_words():
    """法治政府建设 reports of 包头市 and 许昌市 (2024) and 陕西省's 2025 行政复议 summary: 单独述法人数 was named 法人数 (jieba cut
    述|法), 全程网办事项比例 事项比例 (网|办), and 行政行为 lost its 为, read as a copula."""
    assert one("推动实现市、县、乡三级党政主要负责人单独述法全覆盖，全市单独述法人数共计742人。", "742人").metric == "述法人数"
    assert one("深化“放管服”改革，开展政务服务“1-N”专项行动，政务服务事项全程网办事项比例达到99%。", "99%").metric == \
        "政务服务事项全程网办事项比例"
    assert one("坚持依法审理、有错必纠，充分发挥行政复议内部监督优势，纠正违法或不当行政行为2629件，纠错率为16.54%。",
               "2629件").metric == "行政行为"


def test_a_change_against_the_year_befores_final_accounts_is_of_the_item():
    """深圳市罗湖区审计局's 2024 “三公”经费 决算 explanation: each 比上年决算数减少0.33万元 and 下降14% was named 决算数, the figure it
    is compared with, instead of the item's 支出决算 before it."""
    got = claims_of("其中:因公出国(境)费支出决算为0万元,完成全年预算0万元的0%,比上年决算数增加0万元,增长0%;公务用车购置及运行维护费"
                    "支出决算为2.02万元,完成全年预算5.3万元的38.1%,比上年决算数减少0.33万元,下降14%。")
    changes = [c for c in got if c.kind in ("delta", "growth")]
    assert [c.metric for c in changes] == ["因公出国（境）费支出决算"] * 2 + ["公务用车购置及运行维护费支出决算"] * 2


@pytest.mark.parametrize("text, written, metric", [
    # 司法部's 2023 法治政府建设年度报告 as 人民日报 reports it: the first of two items of one kind was dropped
    ("2023年,全国各级行政复议机构通过调解、和解方式结案3.7万件,一大批行政争议得到实质性化解。", "3.7万件", "调解、和解方式结案"),
    ("全国共制发行政复议意见书、建议书3800余份,实现“办理一案、规范一片”。", "3800余份", "行政复议意见书、建议书"),
])
def test_items_of_one_kind_before_a_single_figure_are_counted_together(text, written, metric):
    assert one(text, written).metric == metric


def test_kinds_are_counted_with_lei():
    """郑州市中原区's 2024 法治政府建设 report: …等8类问题 was a bare 8 named 类问题; 类 counts kinds (the ESG golds write
    八类专项培训 so), and what follows it is what is counted. 一类 and 二类 before a noun are levels, no counts."""
    got = one("一是开展优化营商环境规范监管执法专项攻坚行动,排查整改多头执法、重复执法、交叉执法等8类问题。", "8类")
    assert (got.unit, got.kind, got.metric) == ("类", "count", "问题")
    assert [c.text for c in claims_of("2022年公司申报并承办国家级二类竞赛4项公司级一类竞赛5项二类竞赛4项评审通过正高级教授级职称301人。")] \
        == ["4项", "5项", "4项", "301人"]
    assert one("碳排放数据分为三类,范围一、二、三。", "三类").metric == "碳排放数据"      # 腾讯's 2023 ESG report, as a page


def test_a_bureau_naming_itself_is_no_part_of_what_it_counts():
    """重庆高新区生态环境局's 2024 政府信息公开工作年度报告: jieba cut 我|局, and 公布我局权力清单及公共服务事项39项 was named
    局权力清单及公共服务事项."""
    assert one("在渝快办上公布我局权力清单及公共服务事项39项,办结行政许可295件。", "39项").metric == "权力清单及公共服务事项"


@pytest.mark.parametrize("text, written, metric", [
    # 大冶市卫健局's 2024 report: 主动|公开 (公开 an adverb) left only 信息
    ("2024年度我局在政府信息公开平台中主动公开信息112条。", "112条", "主动公开信息"),
    # 永安市卫健局's 2024 report: and its share
    ("2024年我单位共制作信息30条,其中主动公开信息数24条,占比80%;", "80%", "主动公开信息数占比"),
    # 北京市通州区's 2023 复议应诉 report: 不|作为 made 行政不作为类案件 作为类案件, the opposite
    ("其中行政强制类案件164件,行政处罚类案件24件,信息公开类案件22件,行政不作为类案件9件。", "9件", "行政不作为类案件"),
])
def test_disclosure_words_jieba_splits_stay_whole(text, written, metric):
    assert one(text, written).metric == metric


@pytest.mark.parametrize("text, written, metric", [
    # who published, and where, stand before 主动公开 (were part of the name once 主动公开 was one word)
    ("2023年，区政府办公室主动公开政府信息125条。", "125条", "主动公开政府信息"),
    ("通过兴庆区政府网站主动公开信息71条。", "71条", "主动公开信息"),
    ("全年通过各渠道主动公开政府信息30299余条。", "30299余条", "主动公开政府信息"),
    # what qualifies the act stays (本镇…新增主动公开政府信息)
    ("本镇对2023年1月1日以来新增主动公开政府信息130条。", "130条", "新增主动公开政府信息"),
])
def test_the_publishing_act_opens_what_is_counted(text, written, metric):
    assert one(text, written).metric == metric


def test_a_part_among_a_count_and_last_years_figure_of_it():
    """北京市通州区's 2023 复议应诉 report: the 中 after 977件 is "among them" (236件 was named 中直接纠错), and 较去年60件
    is last year's figure of the cases corrected, not of the rate between (60件 and 近3倍 were named 纠错率)."""
    got = by_text("区政府审结的复议案件977件中直接纠错236件,纠错率约为24%,较去年60件增长了近3倍。")
    assert [(got[w].metric, got[w].period) for w in ("236件", "60件")] == [("直接纠错", None), ("直接纠错", "去年")]
    assert got["近3倍"].metric == "直接纠错"


# 上年结转, 组织机构 and 包含: row and category names of the disclosure reports
@pytest.mark.parametrize("text, written, metric", [
    # 番禺区's 2024 政府信息公开工作年度报告: was 结转 (上年 stripped as a time)
    ("2024年共办理政府信息公开申请80件,同比增长5.26%;上年结转2件,结转下年办理8件。", "2件", "上年结转"),
    # 湖东镇's 2025 report: was 机构 (jieba cut 组织|机构, 组织 a leading verb)
    ("主要类别包括:组织机构3条、政策文件3条、规划计划2条。", "3条", "组织机构"),
    # 大麦地镇's 2025 report: was 包含乡镇快讯
    ("通过政府门户网站公开信息共79篇,其中:动态要闻35条,包含乡镇快讯30条。", "30条", "乡镇快讯"),
])
def test_disclosure_row_and_category_names(text, written, metric):
    assert one(text, written).metric == metric


# 政府信息公开工作年度报告 pages reviewed in the forty-third session (/tmp/s47/h3: 交口县 2023, 昭通市 2024, 连胜乡 2024, 福建省
# 卫健委 2023, 虹桥区 2023; none a reserved document)
JIAOKOU_2023 = ("本报告根据《中华人民共和国政府信息公开条例》《中华人民共和国政府信息公开工作年度报告格式》《吕梁市人民政府办公室关于做好"
                "政府信息公开工作年度报告有关事项的通知》要求,由交口县人民政府办公室编制。\n"
                "本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题"
                "及改进情况、其他需要报告的事项共计6部分。本年报所列数据的统计期限自2023年1月1日起至12月31日止。\n"
                "一、总体情况\n(一)主动公开方面\n"
                "全年,我县政府门户网站更新政务动态信息1841条,信息公开目录信息2875条,发布政策性文件36件,政策解读36条。\n")


def test_the_parts_a_report_is_made_of_are_no_claim_and_its_statistics_period_dates_it():
    """The six parts every such report lists (共计6部分, 等6个部分组成) were counts of 部分; 全年 stayed 全年 where the title
    lines name no year but the statistics period does (统计期限自2023年1月1日起)."""
    got = {c.text: c for c in claims_of(JIAOKOU_2023)}
    assert "6" not in got
    assert [(got[t].metric, got[t].period) for t in ("1841条", "36件")] == [("政务动态信息", "2023年"),
                                                                           ("发布政策性文件", "2023年")]
    assert [c.text for c in claims_of("本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议及行政诉讼"
                                      "情况、存在的主要问题及改进情况、其他需要报告的事项等6个部分组成,涵盖了2024年市政府办公室政府信息公开"
                                      "工作。\n")] == []


@pytest.mark.parametrize("text, written, metric", [
    ("2024年,我乡主动公开政府信息598条,其中,政务公开517条,政府微信公众号81条。", "598条", "主动公开政府信息"),   # was 乡…
    ("对照法定主动公开内容,及时公开本委文件226件,公开率和及时率均为100%。", "226件", "文件"),                  # was 委文件
    ("2023年共收到政府信息公开申请59件,上年度结转办理2件,其中结转2024年度7件,其余54件全部按时答复。", "2件",
     "上年度结转办理"),                                                                                     # was 结转办理
])
def test_the_authors_own_word_and_a_count_carried_from_the_year_before(text, written, metric):
    assert one(text, written).metric == metric


def test_a_clinic_is_a_noun():
    """A 高新区社会发展局's 2022 report (shidz.gov.cn): jieba tags 诊所 a verb, so the 18 clinics were named 个体."""
    assert one("根据医疗机构备案要求对辖区18家个体诊所完成医疗机构备案后的信息公告,每季度进行自来水质检测结果公示。",
               "18家").metric == "个体诊所"


# 青山区环保局's 2024 report as www.qingshan.gov.cn stores it, lines 1-5
QINGSHAN_2024_OPENING = (
    '本报告根据《中华人民共和国政府信息公开条例》(国务院令第711号)要求编制。本年度报告中所有数据的统计期限为20'
    '24年1月1日至2024年12月31日。\n一、总体情况\n我局按照《中华人民共和国政府信息公开条例》的相关要求,对'
    '政府信息公开工作高度重视。在政府信息公开网站公开区级环境保护部门涉及的机构概况、领导分工、双随机、一公开、行政处'
    '罚、中央环保督察销号、空气(水)环境质量状况、重点排污单位废水废气噪声监测结果、生态环境领域基层政务公开标准目录'
    '、政府信息公开工作年度报告等信息。在中国环境报、湖北日报、长江日报、大武汉客户端、武汉生态环境公众号、武汉广播电'
    '视台等市级以上媒体、网站上发稿45篇,上稿15条。\n(一)政府信息主动公开情况\n2024年我局主动公开水、空气环'
    '境质量信息26篇;重点排污单位废水、废气、噪声监测结果共计73条;行政处罚信息30条;环评批复文件27条;环境执'
    '法信息11篇;部门动态信息16篇;双随机工作计划及监管工作检查结果7篇;中央、省生态环保督察整改销号8篇;武汉化'
    '工园区2023年度环境质量报告书;公示关于十二届区委第六轮巡察集中整改进展情况的通报,在政府网站更新机构概况、《'
    '生态环境领域基层政务公开目录》。\n'
)


def test_a_reports_statistics_period_dates_its_figures():
    """濂溪区's 2024 report (统计数据的期限, not 统计期限: its figures had no period) and 青山区环保局's 2024 report (the
    opening names 武汉化工园区2023年度环境质量报告书, and its figures were dated 2023年): both www pages as stored, openings cut."""
    lianxi = claims_of("本报告依据《中华人民共和国政府信息公开条例》(国务院令第711号)和《中华人民共和国政府信息公开工作年度报告格式》"
                       "(国办公开办函〔2021〕30号),编制本报告。本报告所列统计数据的期限自2024年1月1日起,至2024年12月31日止。\n"
                       "一、总体情况\n(一)主动公开情况。\n1.信息发布情况。区政府门户网站共发布信息18439条。\n")
    assert [c.period for c in lianxi if c.text == "18439条"] == ["2024年"]
    qingshan = claims_of(QINGSHAN_2024_OPENING)
    assert {c.text: c.period for c in qingshan}["45篇"] == "2024年"


def test_the_year_cases_were_carried_from_is_no_period():
    """云县's 2022 report (www.ynyx.gov.cn): 办理2021年结转件4件 dated the next sentence's 行政复议 and 行政诉讼 counts 2021年."""
    got = by_text("截至2022年12月31日,云县收到政府信息依申请公开11件,办理完毕11件;办理2021年结转件4件;办理市人民政府办公室转办件1件。"
                  "因政府信息公开申请行政复议数量4件,提起行政诉讼数量2件。")
    assert got["2件"].period == "截至2022年12月31日"


def test_the_reports_own_body_without_its_province_is_no_subject():
    """江苏省交通运输厅's 2023 report (jtyst.jiangsu.gov.cn): 省交通运输厅 (its own short name) was the subject of every figure."""
    text = ("江苏省交通运输厅2023年政府信息公开工作年度报告\n\n"
            "本年度,我厅严格执行《政府信息公开条例》相关规定,省交通运输厅政府信息公开专栏共主动发布政府信息473条,其中发布省政府"
            "规章1件、行政规范性文件6件,发布政策解读信息15条;\n")
    assert [c.subject for c in claims_of(text)] == [None] * 4
