"""Claims read their period and subject from the document: headings, the paragraph, the report's year,
and one name per organisation. Real sentences of the dev-gold documents (the 2025 work report, the 2020
annual report of 金宇生物, the college seed's first part)."""
from __future__ import annotations

import re
from dataclasses import replace

import pytest

from extract.claims import find_claims, find_organisations, find_year
from extract.claims.context import canonical_names, find_aliases, resolve_period
from extract.ingest.text import document_from_text
from extract.nlp.orgs import find_orgs
from extract.resources import load_jsonl, load_tsv
from extract.text import compact
from extract.structure import find_sections

from .sentences import claims_of, one


WORK_REPORT = ("各位代表：\n\n一、2024年工作回顾\n\n"
               "过去一年，经济运行总体平稳、稳中有进。国内生产总值达到134.9万亿元，增长5%。\n\n"
               "二、2025年经济社会发展总体要求和政策取向\n\n"
               "今年发展主要预期目标是：国内生产总值增长5%左右；城镇新增就业1200万人以上。\n")


# 期间来自标题 (a heading's year is the period of the claims under it)
def test_period_from_the_section_heading():
    assert one(WORK_REPORT, "134.9万亿元").period == "2024年"
    assert one(WORK_REPORT, "5%。").period == "2024年"


# 月份区间是期间的一部分 (a range of months stays in the period: an ESG train-split sentence gave 2022年)
def test_a_range_of_months_is_the_period():
    text = ("2022年3-5月，公司向上海复旦大学、中国科学院上海有机化学研究所、中国科学院上海药物研究所、上海科技大学等上海地区院校、"
            "科研机构与医院进行防疫物资和食品等捐赠共计72.48万元，与科研伙伴与医护工作者共渡难关。")
    assert one(text, "72.48万元").period == "2022年3-5月"


# 截至某日是存量的日期，不是全年流量的期间 (a stock's as-of date does not replace 全年 for a flow of the year; an
# ESG train-split sentence gave 截至2022年底 to the year's 22801队次)
def test_an_as_of_date_does_not_replace_the_year_of_a_flow():
    text = "截至2022年底公司共有各级青年志愿服务队8613个青年志愿者总数105400人全年累计开展志愿服务活动22801队次"
    assert one(text, "8613个").period == "截至2022年底"
    assert one(text, "22801队次").period == "全年"
    assert claims_of(text + "\n", year=2022)[-1].period == "2022年"


# 今年/去年 resolved against the year of the enclosing heading, else the report's year
def test_relative_period_resolved_against_the_heading_year():
    targets = [c for c in claims_of(WORK_REPORT) if c.char_start > WORK_REPORT.index("今年")]
    assert [(c.text, c.period) for c in targets] == [("5%左右", "2025年"), ("1200万人以上", "2025年")]


ANNUAL = ("金宇生物技术股份有限公司2020年年度报告\n\n二、报告期内主要经营情况\n\n"
          "报告期内，公司实现营业收入158,191万元，同比增加40.39%；实现归属于上市公司股东的净利润40,620万元。\n\n"
          "截止报告期末，公司长期股权投资价值26,672.25万元，较年初增加126.07万元。\n\n"
          "2019年，全国1632家（不完全统计）兽药生产企业完成生产总值552.88亿元。"
          "其中，102家（不完全统计）兽用生药制品企业完成生产总值135.52亿元。\n")


def test_report_period_words_are_periods_of_the_report_year():
    assert one(ANNUAL, "158,191万元").period == "2020年"
    assert one(ANNUAL, "26,672.25万元").period == "2020年末"
    assert one(ANNUAL, "126.07万元").baseline == "年初"


# 期间在段内承接 (a period named in one sentence carries to the next sentences of the paragraph)
def test_period_carried_through_the_paragraph():
    assert one(ANNUAL, "135.52亿元").period == "2019年"


# 鼎泰新材/顺丰 重组预案 (corpora/real/restructuring_plan_002352_dingtai_sf_2016.pdf), 房屋租赁情况: the items a
# paragraph introduces with "其中：" are its own, on their own lines
LEASES = ("截至2015年12月31日，顺丰控股在中国境内向第三方承租的建筑面积在5,000平方米以上用于主营业务的房屋共计190处，"
          "合计面积约为2,612,400.23平方米，该等房屋租赁均已由租赁双方签订了租赁合同。其中：\n"
          "1）99处合计建筑面积为1,360,243.09平方米的房屋，出租方拥有该等房屋的房屋所有权或双方已就租赁物业办理了租赁备案登记手续；"
          "1处建筑面积为9,247.87平方米的房屋，出租方已就该项物业办理完成竣工验收手续并正在办理房产证；该等租赁合法有效。\n"
          "2）90处合计建筑面积为1,242,909.27平方米的房屋，出租方未能提供该等房屋的房屋所有权证，且双方未就租赁物业办理租赁备案登记手续，"
          "其中：\n"
          "A. 21处合计建筑面积为251,753.98平方米的房屋，获得了相关政府部门/主管机关出具的物业证明文件，该等房屋面积占顺丰控股"
          "租赁物业总面积的9.64%；\n"
          "4、顺丰控股的经营资质\n")


def test_the_items_of_a_list_keep_the_period_that_introduced_them():
    periods = {c.text: c.period for c in claims_of(LEASES, year=2016)}
    assert periods["99处"] == periods["90处"] == periods["21处"] == periods["9.64%"] == "截至2015年12月31日"


# A letter before a word opens an item too ("A.顺丰控股的197处…", not only "A. 21处…"; the same plan's 房屋建筑物, gave the
# report year 2016年)
HOUSES = ("截至2015年12月31日，顺丰控股共计拥有房屋建筑物199处，合计建筑面积为348,471.33平方米，其中：\n"
          "A.顺丰控股的197处建筑面积为229,528.83平方米的房屋获得了相应的房屋所有权证书及房地权证书，且该等房屋相应占用范围内"
          "的土地使用权均系通过出让方式取得。\n"
          "B.顺丰控股存在1处正在使用的建筑面积为8,532.50平方米的房屋未取得房屋所有权证书（该房屋坐落于土地使用权证编号为"
          "潍国用（2008）第（A020）号的土地使用权上）的瑕疵情形，占顺丰控股自有房屋总面积的2.45%。\n")


def test_a_lettered_item_keeps_the_period_that_introduced_it():
    periods = {c.text: c.period for c in claims_of(HOUSES, year=2016)}
    assert periods["197处"] == periods["1处"] == periods["2.45%"] == "截至2015年12月31日"


# "18年来" states a period as "五年来" does, and "2022年年底" is the year's end (ESG sample, twenty-first pass: the
# first had none, the second gave 截至2022年)
def test_years_since_and_year_end_written_twice():
    text = "18年来公司为健康快车公益事业累计捐赠1.84亿元开进全国18个省自治区的44个服务点帮助5万余名贫困白内障患者及其家庭走出困境"
    assert one(text, "1.84亿元").period == "18年来"
    assert one("截至2022年年底上海电气共有高级管理人员10名女性人数占比达到30", "10名").period == "截至2022年年底"


def test_report_year_is_the_default_period():
    assert one(ANNUAL, "40,620万元").period == "2020年"


def test_no_year_no_default_period():
    assert one("科研获奖达 21 项，同比增长 425%。", "21 项").period is None


# 报告年度取自标题、封面或日期行，不取自正文句子 (the ESG train-split sentences, one report each, gave every
# 全年/报告期内 of the file the year 2022 of their opening sentences)
ESG_LINES = ("ESG报告句子（训练集样本）\n2022年度员工创新提案4600多条被采纳800多条\n"
             "2022年是十四五规划的承上启下之年也是全面推进乡村振兴的关键之年\n"
             "报告期内公司累计开展安全培训1200余场次\n")


def test_a_year_in_a_sentence_is_not_the_report_year():
    assert find_year(document_from_text(ESG_LINES, doc_id="esg")) is None
    assert one(ESG_LINES, "1200余场次").period == "报告期内"


@pytest.mark.parametrize("head, year", [
    ("哈尔滨职业技术学院高等职业教育质量发展年度报告（2023年度）\n", 2023),
    ("金宇生物技术股份有限公司2020年年度报告\n", 2020),
    ("年度报告\n2023年\n", 2023),
    ("重大资产重组报告书\n签署日期：2016年5月\n", 2016),
    ("各位代表：\n\n一、2024年工作回顾\n", 2024),
    ("黔东南州2016年国民经济和社会发展统计公报\n", 2016),
    # the page of 庐阳区's 2024 bulletin repeats the year after the title as a tag (its 全年 were left unresolved)
    ("庐阳区2024年国民经济和社会发展统计公报 2024\n", 2024),
])
def test_report_year_from_a_title_cover_or_date_line(head, year):
    assert find_year(document_from_text(head + "报告期内，公司实现营业收入158,191万元。\n")) == year


@pytest.mark.parametrize("row", load_tsv("lexicons/relative_periods.v1.tsv"), ids=lambda r: r[0])
def test_every_relative_period_rule_resolves_its_example(row):
    word, template, example = row
    expected = resolve_period(word, 2020)
    assert expected != word and expected.startswith(("2019", "2020", "2021"))
    claims = claims_of(example + "\n", year=2020)
    assert claims and claims[0].period == expected, (example, [(c.text, c.period) for c in claims])


SUBSIDIARIES = ("（七）主要控股参股公司分析\n\n"
                "（1）金宇保灵生物药品有限公司为公司全资子公司，主要从事疫苗产品的研发、生产和销售，注册资本为50,000万元。"
                "2020年12月末资产总计285,087万元，净资产228,716万元。\n\n"
                "（2）扬州优邦生物药品有限公司为公司全资子公司，注册资本为10,000万元。"
                "2020年12月末资产总计43,251万元。\n")


# 主体在段内承接 (the organisation opening a paragraph or list item is the subject of what follows)
def test_subject_of_a_list_item_carries_to_its_paragraph():
    assert one(SUBSIDIARIES, "50,000万元").subject == "金宇保灵生物药品有限公司"
    assert one(SUBSIDIARIES, "285,087万元").subject == "金宇保灵生物药品有限公司"
    assert one(SUBSIDIARIES, "43,251万元").subject == "扬州优邦生物药品有限公司"


# 评估基准日：限定所计之物的日期胜过句首的出具日 (a date that qualifies what is measured beats the sentence's opening
# date: the restructuring plan's valuation report of 2015年10月15日 values the net assets at 2015年6月30日)
def test_a_date_qualifying_the_measured_thing_beats_the_opening_date():
    text = ("2015年10月15日，坤元资产评估有限公司出具坤元评报[2015]626号《资产评估报告》，对顺丰控股有限在2015年6月30日的资产净额"
            "采用资产基础法进行评估，评估值为35,329,950,711.96元。")
    assert one(text, "35,329,950,711.96元").period == "2015年6月30日"


# "其中合伙企业顺信丰合认购"：说明机构类别的词不属于指标，机构是主体 (a word saying what an organisation is to the
# author stands before its name: the subscriber is the subject, 认购 the metric; the restructuring plan's p121)
def test_a_relation_word_before_a_subscriber():
    text = ("顺达丰润\t指\t宁波顺达丰润投资管理合伙企业（有限合伙）\n顺信丰合\t指\t宁波顺信丰合投资管理合伙企业（有限合伙）\n"
            "2015年12月25日，顺丰控股股东大会作出决议，同意增加注册资本至200,000万元，新增股本20,000万股，其中合伙企业顺信丰合"
            "认购140万股，占本次增资后公司总股本的0.07%；合伙企业顺达丰润认购19,860万股，占本次增资后公司总股本的9.93%。\n")
    assert (one(text, "140万股").subject, one(text, "140万股").metric) == ("顺信丰合", "认购")
    assert (one(text, "19,860万股").subject, one(text, "19,860万股").metric) == ("顺达丰润", "认购")


# 数据来源不是主体 (a data source is not a subject)
def test_data_source_is_not_the_subject():
    text = "据中国兽药协会统计，2019年全国兽药生产企业完成生产总值552.88亿元。"
    assert one(text, "552.88亿元").subject is None


# "…的X公司"：的之后的机构才是主体 (the organisation a modifier leads to is the subject; the restructuring plan's
# 信息系统 paragraph gave 顺丰控股, whose 顺丰科技 has the engineers)
def test_the_organisation_after_a_modifier_is_the_subject():
    text = ("顺丰科技\t指\t顺丰科技有限公司\n"       # its 释义 row, p6
            "信息系统方面，顺丰控股对信息系统持续大量投入，负责集团内部系统开发与维护的顺丰科技拥有超过2,000名技术人员。\n")
    assert one(text, "2,000名").subject == "顺丰科技"


# 指标前紧挨的机构是主体 (the organisation written right before the metric; the restructuring plan's fleet sentence
# gave 顺丰控股, which opens the clause, for 顺丰航空's own fleet)
def test_the_organisation_right_before_the_metric_is_the_subject():
    text = ("顺丰航空\t指\t顺丰航空有限公司\n"
            "截至目前，顺丰航空拥有30架自营全货机，15架外包波音737全货机，且顺丰控股规划三年后顺丰航空自有机队规模将超过50架。\n")
    assert one(text, "50架").subject == "顺丰航空"


# 作者的自称 (公司/我校 reset the carried subject: the author's own figures have no subject)
def test_self_reference_ends_the_carried_subject():
    text = ("7月，黑龙江省人民政府向教育部函请设立哈尔滨职业技术大学。"
            "学校获批国家级全民数字素养与技能培训基地，在焊接创新大赛中获得一等奖2项。\n")
    assert one(text, "2项").subject is None


def test_a_school_named_first_stays_the_subject_of_学院():
    text = "长春职业技术学院获得国赛一等奖3项。学院还获得省赛一等奖5项。\n"
    assert one(text, "5项").subject == "长春职业技术学院"


# 同一机构的不同名称 (one organisation, one canonical name)
@pytest.mark.parametrize("row", [r for r in load_tsv("lexicons/org_variants.v1.tsv") if r[0] == "drop"],
                         ids=lambda r: r[1])
def test_names_that_drop_a_word_are_one_organisation(row):
    full, short = (name.strip() for name in row[2].split("/"))
    names = canonical_names([full, short])
    assert names[short] == names[full] == full


# 与作者关系的词不属于名称 (金宇生物 2020 年报: the subject was 新设公司金宇博沃润泽生物技术有限公司)
@pytest.mark.parametrize("row", [r for r in load_tsv("lexicons/org_variants.v1.tsv") if r[0] == "relation" and len(r) > 2],
                         ids=lambda r: r[1])
def test_a_relation_word_before_a_name_is_no_part_of_it(row):
    names = find_orgs(row[2])
    assert names and not any(name.startswith(row[1]) for name in names), names


# 机构类别词单独不是名称 (a word for a kind of bank names none: 兰州银行's 2025 interim report, 商业银行 was the subject)
@pytest.mark.parametrize("row", [r for r in load_tsv("lexicons/org_variants.v1.tsv") if r[0] in ("kind", "class")
                                 and len(r) > 2],
                         ids=lambda r: r[1])
def test_a_kind_of_organisation_alone_names_none(row):
    assert row[1] not in find_orgs(row[2])


# 政府的名称由地名起，不含动词 (a government's name runs from its place and holds no verb: the 2024 政府信息公开 reports of
# 荆门市东宝区 and 广州市番禺区 and 南沙区, and 丰县's 2025 work report as a news page gives it, named subjects that were
# fragments, each carried over its paragraph)
@pytest.mark.parametrize("text, names", [
    ("东宝区全面推进政府信息主动公开工作，严格落实政府信息公开法定义务。", []),
    ("统筹用好番禺区政府门户网站、“番禺政府网”微信公众号、“广州番禺发布”微信公众号等平台,及时传递权威信息。", ["番禺区政府"]),
    ("“广州南沙政府网”微信公众号发布推文286篇，订阅数达100216人。", []),
    ("县人民政府代县长冯宝平代表县政府向大会作《政府工作报告》。", []),
    # 大兴镇's 2024 report: jieba read 建立健全 a person's name, and 建立健全政府 was the subject of the year's requests
    ("(三)依申请公开。建立健全政府信息公开申请接收、审核、办理、答复全流程管理机制,明确办理时限和责任分工,优化申请办理会商机制。", []),
])
def test_a_government_is_named_from_its_place_without_a_verb(text, names):
    assert find_orgs(text) == names


# 行业字号结尾的简称 (a short name ending in its trade, 药业/制药, after a relation word: the ESG train split's
# subjects were none)
@pytest.mark.parametrize("text, written, subject", [
    ("子公司华康药业捐赠100万元药品，为医疗物资紧缺地区缓解疫情压力。", "100万元", "华康药业"),
    ("子公司金赛药业抗疫捐赠100万元及抗疫物资前往一线，为所有医护人员尽一份心意。", "100万元", "金赛药业"),
])
def test_a_short_name_ending_in_its_trade_is_the_subject(text, written, subject):
    assert one(text, written).subject == subject


# 名称的结尾后还有"有限公司"时，全称才是名称 (an ending followed by 有限公司/股份… is inside the name: the restructuring
# plan's subject was 招商局集团, an ESG line's 上海津村制药)
def test_an_ending_inside_a_legal_name_does_not_cut_it():
    text = "招广投资成立于2009年1月7日，注册资本为5,100万元，招商局集团有限公司出资5,100万元，持有100%股权。"
    assert one(text, "100%").subject == "招商局集团有限公司"
    assert "上海津村制药有限公司" in find_orgs("2021年，公司组织上海津村制药有限公司、上药第一生化等4家企业编制碳排放报告")


# 字号 jieba 不认识 (信/达): still a name when what the company does follows (重组预案 p83: the subject was
# the company before it, 中国信达资产管理股份有限公司); a pronoun or preposition opens none (其所持…, 就本公司)
def test_a_brand_jieba_does_not_know_opens_a_name():
    text = ("中国信达资产管理股份有限公司增加5,011.6923万元出资额，信达领先股权投资有限公司增加5,011.6923万元出资额，"
            "北京跃波顺风股权投资管理中心（有限合伙）增加5,011.6923万元出资额。")
    assert "信达领先股权投资有限公司" in find_orgs(text)
    assert not any(name.startswith(("其", "就")) for name in find_orgs("泰海投资将其所持顺丰集团0.01%的股份转让给于国强，就本公司股票停牌前6个月"))


def test_new_subsidiary_is_the_subject_of_its_capital():
    text = "本期新设公司金宇博沃润泽生物技术有限公司，注册资本15,000.00万元，注册地址江苏，主要从事生物技术研发。\n"
    assert one(text, "15,000.00万元").subject == "金宇博沃润泽生物技术有限公司"


def test_different_schools_stay_apart():
    names = canonical_names(["长春职业技术学院", "长春学院", "长春汽车工业高等专科学校", "长春汽车高等专科学校"])
    assert names["长春学院"] == "长春学院"
    assert names["长春汽车高等专科学校"] == "长春汽车工业高等专科学校"


def test_subject_takes_the_canonical_name():
    text = ("长春汽车工业高等专科学校获得国赛一等奖3项。\n\n"
            "长春汽车高等专科学校获批省级专业群2个。\n")
    assert one(text, "2个").subject == "长春汽车工业高等专科学校"


@pytest.mark.parametrize("row", [r for r in load_tsv("lexicons/org_variants.v1.tsv") if r[0] in ("self", "source", "matter")
                                 and len(r) > 2],
                         ids=lambda r: r[1])
def test_self_and_source_examples_have_no_subject(row):
    claims = claims_of(row[2] + "\n")
    assert claims and all(c.subject is None for c in claims), [(c.text, c.subject) for c in claims]


# 报告定义的简称 (short names the report defines: "（以下简称“顺丰控股”）", a 释义 row)
@pytest.mark.parametrize("rule", load_jsonl("patterns/org_aliases.v1.jsonl"), ids=lambda r: r["id"])
def test_every_alias_rule_finds_its_example(rule):
    assert find_aliases(rule["examples"][0]) == {rule["alias"]: rule["full"]}


DEFINITIONS = ("释义\n鼎泰新材、公司、本公司、上市公司\t指\t马鞍山鼎泰稀土新材料股份有限公司\n"
               "顺丰控股/标的公司\t指\t顺丰控股（集团）股份有限公司\n根本违约\t指\t本次交易无法完成\n\n")


def test_alias_groups_and_definitions_that_are_not_organisations():
    aliases = find_aliases(DEFINITIONS)
    assert aliases["上市公司"] == aliases["鼎泰新材"] == "马鞍山鼎泰稀土新材料股份有限公司"
    assert aliases["标的公司"] == "顺丰控股（集团）股份有限公司"
    assert "根本违约" not in aliases and "公司" not in aliases


def test_a_defined_short_name_is_the_subject_and_the_author_has_none():
    text = (DEFINITIONS + "一、标的公司情况\n\n截至目前，顺丰控股自营全货机30架，外包波音737全货机15架。\n\n"
            "受此影响，上市公司实现的净利润为2,513.06万元。\n\n标的公司2015年度折扣前收入455亿元。\n")
    document = document_from_text(text)
    sections = find_sections(document)
    claims = find_claims(replace(document, org="马鞍山鼎泰稀土新材料股份有限公司"), sections=sections)
    subjects = {c.text: c.subject for c in claims}
    assert subjects["30架"] == "顺丰控股"
    assert subjects["2,513.06万元"] is None
    assert subjects["455亿元"] == "顺丰控股"


# 名称的左边界 (a name that opens with a place name is kept whole, whatever jieba makes of its brand)
@pytest.mark.parametrize("line, name", [
    ("马鞍山鼎泰稀土新材料股份有限公司", "马鞍山鼎泰稀土新材料股份有限公司"),
    ("深圳明德控股发展有限公司\t深圳市宝安区国际机场航站四路1111号", "深圳明德控股发展有限公司"),
    ("（1）金宇保灵生物药品有限公司为公司全资子公司", "金宇保灵生物药品有限公司"),
])
def test_organisation_names_kept_whole(line, name):
    assert find_orgs(compact(line))[0] == name


# 括号中的名称结尾 (an ending in brackets before the name's own: 鼎泰新材重组预案's subject was 中国人寿保险（集团)
def test_a_bracketed_ending_inside_a_name_keeps_the_name_whole():
    line = "苏州元禾控股有限公司出资83,045.25万元，占认缴出资额的32.55%；中国人寿保险（集团）公司出资51,000万元，占认缴出资额的19.99%"
    assert "中国人寿保险（集团）公司" in find_orgs(line) and "中国人寿保险（集团" not in find_orgs(line)


# 年份直接修饰数字 ("2008年的1.1件": the year before 的 is that number's period; 鼎泰新材 预案, p.46)
def test_year_that_modifies_the_number_is_its_period():
    text = "我国人均快递使用量从2008年的1.1件上升至2015年的15.0件，年人均快递支出从2008年的30.8元上升至2015年的201.5元。\n"
    assert [(c.text, c.period) for c in claims_of(text)] == [
        ("1.1件", "2008年"), ("15.0件", "2015年"), ("30.8元", "2008年"), ("201.5元", "2015年")]


# 机构清单 (the organisations a report names, grouped under one canonical name)
def test_organisations_grouped_under_their_full_name():
    text = (DEFINITIONS + "一、标的公司情况\n\n截至目前，顺丰控股自营全货机30架。标的公司2015年度折扣前收入455亿元。\n\n"
            "长春汽车工业高等专科学校获得国赛一等奖3项。长春汽车高等专科学校获批省级专业群2个。\n")
    document = document_from_text(text)
    orgs = {o.name: o for o in find_organisations(document, "马鞍山鼎泰稀土新材料股份有限公司")}
    assert orgs["顺丰控股"].canonical == orgs["标的公司"].canonical == "顺丰控股（集团）股份有限公司"
    assert orgs["顺丰控股"].kind == "alias" and orgs["顺丰控股"].mentions == 1
    assert orgs["长春汽车高等专科学校"].canonical == "长春汽车工业高等专科学校"


# 括注的比较期："（2019年：13.33%）" 的期间是 2019年 (a dated comparative in brackets takes its own date)
@pytest.mark.parametrize("text, written, period", [
    ("本公司应收账款中，前五大客户的应收账款占本公司应收账款总额的22.79%（2019年：13.33%）；", "13.33", "2019年"),
    ("于2020年12月31日，本公司的资产负债率为16.17%（2019年12月31日：12.83%）。", "12.83", "2019年12月31日"),
    ("于2020年12月31日，本公司的资产负债率为16.17%（2019年12月31日：12.83%）。", "16.17", "2020年12月31日"),
])
def test_dated_comparative_takes_its_date(text, written, period):
    assert one(text, written).period == period


# 会议日期不是数字的期间 (the date of a meeting is no period of the figures it approved; 金宇生物 2020 年报)
def test_meeting_date_is_not_the_period():
    text = ("公司2020年4月20日召开的2019年度股东大会审议通过了公司2019年度利润分配方案，以股权登记日2020年6月11日的"
            "公司总股本1,126,240,241股扣除回购账户已回购的公司股份7,720,515股后的股份数量1,118,519,726股为基数。")
    assert one(text, "7,720,515").period == "2020年6月11日"


# 比上年末：基期是上年末，期间是本年末 (a year-end stock compares with 上年末; its own period stays 年末; 黔东南州 2016 公报)
def test_year_end_baseline():
    text = "年末全州常住人口350.74万人，比上年末增长0.63%。年末户籍人口477.43万人，比上年末增加3.88万人。"
    growth = one(text, "0.63")
    assert (growth.baseline, growth.period) == ("上年末", "年末")
    assert one(text, "3.88").baseline == "上年末"


# 审批机关不是主体 (an authority that approves or issues is not what the figure is about; 金宇生物 2020 年报)
@pytest.mark.parametrize("row", [r for r in load_tsv("lexicons/org_variants.v1.tsv") if r[0] == "authority" and len(r) > 2],
                         ids=lambda r: r[1])
def test_authority_is_not_the_subject(row):
    claims = claims_of(row[2] + "\n")
    assert claims and all(c.subject is None or "税务局" not in c.subject for c in claims)


# 每年/每月: a rate per year or month is said of that frequency, not of the report year (ESG train rows)
def test_frequency_words_are_periods():
    text = ("项目建成后将成为上海市最大的集中式光伏项目年均发电量约1.4亿度每年可节约标准煤约4.34万吨减排二氧化碳约10.83万吨"
            "大幅提高崇明地区清洁能源比例。")
    assert one(text, "4.34万吨", year=2022).period == "每年"
    assert one(text, "10.83万吨", year=2022).period == "每年"


# 鼎泰新材重组预案: a section whose heading names one organisation (here by the short name a 释义 row defines) is
# about it, when nothing nearer names one
def test_heading_names_the_subject_of_its_section():
    text = ("释义\n顺丰控股/标的公司\t指\t顺丰控股（集团）股份有限公司\n"
            "5、标的公司报告期末货币资金余额及资金需求情况\n"
            "上述短期内需支付款项合计1,378,922.20万元。\n")
    assert one(text, "1,378,922.20万元").subject == "顺丰控股"


# 本次交易: a paragraph that opens with the report's own transaction is about no organisation, neither one carried
# from before nor the one its heading names (the gold's c93–c104, 鼎泰新材重组预案 第四章 十一(一)4; the tool gave
# 顺丰控股 to all twelve)
def test_the_own_transaction_opening_a_paragraph_takes_no_heading_subject():
    text = ("释义\n顺丰控股/标的公司\t指\t顺丰控股（集团）股份有限公司\n"
            "（一）最近三年，顺丰控股资产评估情况\n"
            "本次交易的预估值为448亿元，较2013年的增资评估的250.47亿元有较大的增幅。若扣除2013年增资投资者现金投入的78亿元，"
            "以及2015年授予实际2016年1月到账的员工持股增资39.22亿元，两次评估值的差异为80.31亿元，增值率约为32%。\n")
    assert one(text, "448亿元").subject is None
    assert one(text, "80.31亿元").subject is None


# 同一公司的改制前名称 (a company's name before it became a 股份有限公司 is the same organisation, reported under
# its first short name), and an approving authority is no subject (鼎泰新材重组预案 p121, 第六章 二(七))
def test_former_name_is_the_same_subject_and_an_approver_is_none():
    text = ("顺丰控股（集团）股份有限公司（以下简称“顺丰控股”）。顺丰控股（集团）有限公司（以下简称“顺丰控股有限”）。"
            "经审计，顺丰控股有限截至2015年6月30日的净资产值为人民币14,261,867,967.12元。\n"
            "经中国证券监督管理委员会证监许可[2010]41号文件许可，公司于2010年1月25日公开发行人民币普通股1,950万股。")
    assert [c.subject for c in claims_of(text)] == ["顺丰控股", None]


# 合伙企业 (a partnership defined in a 释义 row is an organisation, and the subject of its own figures; 鼎泰新材重组预案)
def test_partnership_defined_in_a_definition_row_is_a_subject():
    text = ("顺信丰合\t指\t宁波顺信丰合投资管理合伙企业（有限合伙）\n顺达丰润\t指\t宁波顺达丰润投资管理合伙企业（有限合伙）\n"
            "同日，顺达丰润以389,454.60万元认购19,860万股，顺信丰合以2,745.40万元认购140万股。\n")
    assert [(c.text, c.subject) for c in claims_of(text)] == [
        ("389,454.60万元", "顺达丰润"), ("19,860万股", "顺达丰润"), ("2,745.40万元", "顺信丰合"), ("140万股", "顺信丰合")]


# 每年度 is a period as written, and no noun a count counts (an ESG train-split sentence gave 每年 and 每年度 as the
# metric of the LED tubes)
def test_every_year_as_written_is_a_period_not_a_counted_noun():
    from extract.claims.metric_model import rules_only
    text = "北京总部办公楼更换LED灯管9000余支每年度可以节约电量约25万千瓦时"
    assert one(text, "25万千瓦时").period == "每年度"
    with rules_only():
        assert one(text, "9000余支").metric != "每年度"


# 日期的"年/日"不属于机构名 (a date's 年 or 日 is no part of the name after it: the restructuring plan's biographies
# gave 年任IDSC公司, an ESG sentence 日胡润研究院)
def test_a_dates_last_character_is_no_part_of_an_organisation():
    text = ("2001年至2004年任IDSC公司企业咨询顾问，2004年至2015年历任顺丰控股规划总经理、战略规划总监、企业发展总监、"
            "营运本部总裁、集团副总裁兼大营运负责人。")
    assert "IDSC公司" in find_orgs(text)
    assert not any(name.startswith(("年", "日")) for name in find_orgs("2022年1月10日胡润研究院发布2021胡润中国民营企业可持续发展百强榜"))


# 上市公司 is a class of companies and 公司法 a law (the annual report's and the restructuring plan's 中华人民共和国公司,
# 交易需提交中国证监会上市公司 and an ESG line's 中国上市公司 were organisation names)
def test_a_class_of_companies_and_a_law_are_no_organisations():
    assert find_orgs("中国上市公司ESG践行卓越典范奖2022年12月30日品牌荣誉海尔智家4家互联工厂登上国家榜单") == []
    assert find_orgs("公司治理实践2022年内公司严格遵守中华人民共和国公司法中华人民共和国证券法上市公司治理准则") == []
    assert find_orgs("金宇生物技术股份有限公司2020年年度报告") == ["金宇生物技术股份有限公司"]


# 释义中的标的资产 (a 释义 row that defines a stake, 拟置入资产 … 指 顺丰控股100%股权, names the company whose equity it is:
# its figures are about that company, and the stake's name is no subject to strip from the metric; inside a longer
# defined term, 发行股份购买资产, or a title, 购买资产 is no stake) — 鼎泰新材重组预案 释义 and 第一章 三
_DEFINITIONS = ("释义\n顺丰控股/标的公司\t指\t顺丰控股（集团）股份有限公司\n"
                "拟置出资产/置出资产\t指\t鼎泰新材截至评估基准日的全部资产与负债\n"
                "拟置入资产/置入资产/标的资产/注入资产/购买资产\t指\t顺丰控股100%股权\n"
                "本次发行股份购买资产/发行股份购买资产\t指\t置入资产超过置出资产价值的差额部分，由鼎泰新材向顺丰控股全体股东发行股份进行购买\n")


def test_a_defined_stake_names_its_company():
    from extract.claims.context import find_aliases, find_stake_aliases
    stakes = find_stake_aliases(_DEFINITIONS, find_aliases(_DEFINITIONS))
    assert stakes["拟置入资产"] == stakes["购买资产"] == "顺丰控股（集团）股份有限公司"
    assert "拟置出资产" not in stakes and "发行股份购买资产" not in stakes


def test_figures_of_a_defined_stake_are_about_its_company():
    text = _DEFINITIONS + ("二、拟购买资产的评估情况\n"
                           "2013年度、2014年度及2015年度，拟置入资产收入规模分别为273.82亿元、389.11亿元及481.01亿元，"
                           "经营规模较大，财务状况较好。\n")
    assert [(c.text, c.subject) for c in claims_of(text)] == [
        ("273.82亿元", "顺丰控股"), ("389.11亿元", "顺丰控股"), ("481.01亿元", "顺丰控股")]


def test_a_stake_name_inside_a_longer_defined_term_names_nothing():
    text = _DEFINITIONS + ("（一）重大资产置换及发行股份购买资产协议\n"
                           "以2015年12月31日为基准日，本次交易置出资产的预估值为8.1亿元。\n")
    assert one(text, "8.1亿元").subject is None


# 前身 (a 释义 row naming a predecessor of the target company, 标的公司: 泰海投资 was 顺丰控股有限, which was 顺丰控股, so its
# figures are 顺丰控股's; the predecessor of another company, 顺丰集团 of 明德控股, keeps its name) — 鼎泰新材重组预案 释义
PREDECESSORS = ("释义\n顺丰控股/标的公司\t指\t顺丰控股（集团）股份有限公司\n明德控股\t指\t深圳明德控股发展有限公司\n"
                "顺丰控股有限\t指\t顺丰控股（集团）有限公司，为顺丰控股前身\n"
                "泰海投资\t指\t深圳市泰海投资有限公司，顺丰控股有限的前身\n"
                "顺丰集团\t指\t顺丰速运（集团）有限公司，为明德控股的前身\n")


def test_a_predecessor_of_the_target_company_is_that_company():
    aliases = find_aliases(PREDECESSORS)
    assert aliases["泰海投资"] == aliases["顺丰控股有限"] == "顺丰控股（集团）股份有限公司"
    assert aliases["顺丰集团"] == "顺丰速运（集团）有限公司"
    text = PREDECESSORS + ("（五）2013年7月，第一次增加注册资本\n2013年7月23日，泰海投资股东会作出变更决定，公司注册资本从1,000万元"
                           "人民币增加到5,000万元人民币；变更后公司注册资本为人民币5,000万元，均由顺丰集团出资。\n")
    assert {c.subject for c in claims_of(text)} == {"顺丰控股"}


# 顿号分隔的分句 (items joined by 、, each opened by its organisation and holding its own figure, are clauses: each buyer is
# the subject of its price and stake; a list of names after a figure is no run of items) — 鼎泰新材重组预案 第四章 p.104, p.322
BUYERS = ("释义\n明德控股\t指\t深圳明德控股发展有限公司\n嘉强顺风\t指\t嘉强顺风（深圳）股权投资合伙企业（有限合伙）\n"
          "招广投资\t指\t深圳市招广投资有限公司\n元禾顺风\t指\t苏州工业园区元禾顺风股权投资企业（有限合伙）\n"
          "古玉秋创\t指\t苏州古玉秋创股权投资合伙企业（有限合伙）\n")


def test_items_joined_by_a_list_mark_each_open_with_their_actor():
    text = BUYERS + ("2015年9月25日，顺丰控股有限股东会作出决议，鉴于顺丰控股有限尚未对商贸控股的注册资本进行实缴，同意将商贸控股100%"
                     "股权以人民币10元转让，其中明德控股以7.6元受让76%的股权、嘉强顺风以0.75元受让7.5%的股权、招广投资以0.75元受让"
                     "7.5%的股权、元禾顺风以0.75元受让7.5%的股权、古玉秋创以0.15元受让1.5%的股权。\n")
    found = [(c.text, c.subject) for c in claims_of(text) if c.text in ("7.6元", "0.15元", "1.5%")]
    assert found == [("7.6元", "明德控股"), ("0.15元", "古玉秋创"), ("1.5%", "古玉秋创")]


def test_a_list_of_names_after_a_figure_opens_no_item():
    text = BUYERS + ("本次发行股份购买资产的发行方式为非公开发行，发行对象为持有顺丰控股100%股权的明德控股、嘉强顺风、招广投资、"
                     "元禾顺风、古玉秋创、顺达丰润、顺信丰合共7名交易对方。\n")
    assert one(text, "7名").subject is None


# 日期之后的主语 (an organisation opening a paragraph after a long date clause opens it, and carries to the list its
# 其中： introduces: the gold's c107–c118 were none; 鼎泰新材重组预案 第四章 八(三)3)
def test_an_organisation_after_a_date_clause_opens_the_paragraph():
    text = ("释义\n顺丰控股/标的公司\t指\t顺丰控股（集团）股份有限公司\n"
            "截至2015年12月31日，顺丰控股在中国境内向第三方承租的建筑面积在5,000平方米以上用于主营业务的房屋共计190处，"
            "合计面积约为2,612,400.23平方米，该等房屋租赁均已由租赁双方签订了租赁合同。其中：\n"
            "1）99处合计建筑面积为1,360,243.09平方米的房屋，出租方拥有该等房屋的房屋所有权或双方已就租赁物业办理了租赁备案"
            "登记手续；1处建筑面积为9,247.87平方米的房屋，出租方已就该项物业办理完成竣工验收手续并正在办理房产证；该等租赁合法有效。\n")
    assert {c.subject for c in claims_of(text)} == {"顺丰控股"}


# 数据来源开头的段落 (a paragraph a data source opens reports the source's figures: none carried, none from the heading;
# the heading 拟置入资产的竞争地位 names 顺丰控股 through its 释义 stake row) — 鼎泰新材重组预案 第四章 (八), gold c72/c73
def test_a_paragraph_a_source_opens_takes_no_heading_subject():
    text = _DEFINITIONS + ("（八）拟置入资产的竞争地位和竞争优势\n"
                           "2016年2月，国家邮政局发布《2015年快递服务时限准时率测试结果》，对比了行业中10家快递公司全程时限、寄出地处理时限、"
                           "运输时限等7个指标情况，顺丰控股在7项指标排名中全部位列第一。\n")
    assert one(text, "10家").subject is None and one(text, "7个").subject is None


# 个人持有的股权 (a stake a person holds or transfers is about the company whose equity it is: 泰海投资, the target's
# predecessor, so 顺丰控股; the gold's c470–c479 had none) — 鼎泰新材重组预案 第四章 二(二)
def test_a_stake_a_person_transfers_is_about_its_company():
    text = PREDECESSORS + ("2010年12月15日，于国强、袁萌与王卫签订《股权转让协议》，各方协商一致，于国强将其持有的泰海投资59%的"
                           "股权转让给王卫，袁萌将其持有的泰海投资40%的股权转让给王卫。\n")
    assert [(c.text, c.subject) for c in claims_of(text)] == [("59%", "顺丰控股"), ("40%", "顺丰控股")]


def test_a_body_whose_duties_he_joins():
    """A government body's name holds the 和 joining its duties (the restructuring plan's 深圳市经济贸易和信息化委员会 and a
    2024 disclosure report's 咸宁市自然资源和城乡建设局 were no organisations); not two bodies, nor a 局 that ends a common
    word (the 2025 work report's 优化国防科技工业体系和布局)."""
    assert "深圳市经济贸易和信息化委员会" in find_orgs("2013年11月14日，誉惠咨询取得了深圳市经济贸易和信息化委员会关于本次变更的的"
                                                  "批复文件")
    assert "咸宁市自然资源和城乡建设局" in find_orgs("2024年,咸宁市自然资源和城乡建设局门户网站发布政务信息1814条")
    assert find_orgs("协力推进跨军地改革，优化国防科技工业体系和布局，健全一体化国家战略") == []


# 封面上的角色不是作者 (a NEEQ summary's first line names its sponsoring broker: 主办券商：国信证券 became the author, and
# 广东波斯科技股份有限公司, whose report it is, an organisation like any other)
def test_a_role_on_the_cover_is_no_author():
    from extract.claims.build import find_author

    text = ("证券代码：125211        证券简称：财证通        主办券商：国信证券\n广东波斯科技股份有限公司\n"
            "2015年年度报告摘要\n一、重要提示\n")
    assert find_author(document_from_text(text)) == "广东波斯科技股份有限公司"


# 动词的宾语不是主体 (德邦证券's research report, its analyst's note: 2021年加入德邦证券 made the broker the subject of
# his years of experience; the restructuring plan's "收购誉惠咨询100%股权" keeps the stake's company, the figure in its clause)
def test_whom_a_verb_acts_on_opens_no_subject():
    text = ("倪正洋，2021年加入德邦证券，任研究所大制造组组长、机械行业首席分析师，拥有5年机械研究经验，1年高端装备产业经验，"
            "南京大学材料学学士、上海交通大学材料学硕士。\n")
    assert one(text, "5年").subject is None


# 报告标题里的机构是作者 (an ESG train-split row opens with its page's running head, 58中信证券2022年度社会责任报告: the
# broker that wrote the report was the subject of 中信期货's figures)
def test_the_organisation_in_a_reports_title_is_its_writer():
    text = ("58中信证券2022年度社会责任报告2022年中信期货全年共计开展涉农保险期货项目50个同比增长28为16个省自治区45个市县共计4.82万户"
            "农户合作社和涉农企业提供了价格风险保护承保货值13.89亿元获得社会广泛认可\n")
    assert one(text, "13.89亿元").subject != "中信证券"


# 比较多家机构的句子不开启段落主体 (reportify's page on 42 listed brokers in 2024, one paragraph: 第一创业, the first name
# of a sentence comparing two brokers, became the subject of the paragraph's later counts of brokers)
def test_a_sentence_comparing_organisations_opens_no_paragraph_subject():
    text = ("中小券商表现分化,第一创业营收35.32亿元(+42%),净利润9.04亿元(+173%),天风证券多项业务下滑拖累业绩[3] 业务驱动因素 - "
            "\"9.24\"行情推动经纪业务回暖,36家券商经纪净收入增长,国联民生等4家增幅超30%。\n")
    got = {c.text: c for c in claims_of(text)}
    assert got["35.32亿元"].subject == "第一创业"
    assert got["36家"].subject is None


@pytest.mark.parametrize("row", load_tsv("lexicons/report_periods.v1.tsv"), ids=lambda r: r[2])
def test_every_report_period_rule_reads_its_example_title(row):
    pattern, template, title = row
    from extract.claims.context import report_period
    expected = re.search(pattern, title).expand(template)
    assert report_period(document_from_text(title + "\n\n全年实现营业收入158,191万元。\n"), None) == expected


def test_a_title_broken_after_its_joiner_is_read_whole():
    """仁寿县's report on its 2023 budget: the title's second line, "2024年预算草案的报告", had made every figure 2024's."""
    from extract.claims.context import report_period
    head = "仁寿县2023年财政预算执行情况和\n2024年预算草案的报告(书面)\n2024年1月30日在仁寿县第十九届人民代表大会第四次会议上\n"
    assert report_period(document_from_text(head + "\n一般公共预算收入完成509990万元。\n"), 2024) == "2023年"


def test_a_span_since_a_year_inside_a_clause_is_not_carried():
    """西藏's report on its 2023 budget: 扭转自2018年以来连续下降势头 dated the paragraph's later figures 自2018年以来."""
    text = ("全区一般公共预算地方收入236.6亿元,为年初预算数的125.8%,比上年决算数增长31.7%,扭转自2018年以来连续下降势头,"
            "达到历年最高。加上中央补助2537.1亿元、一般债务收入60亿元,收入总量3838.3亿元。\n")
    assert one(text, "2537.1亿元", year=2023).period == "2023年"


def test_a_month_of_a_running_total_is_the_months_to_it():
    """大姚县's April 2024 revenue: 4月,…累计完成 is January to April (was 4月, for its 其中 items too); a county's May
    2024 page: 2024年5月份累计完成 is 2024年1-5月."""
    text = ("4月,一般公共预算收入累计完成24627万元,完成年初预算数60999万元的40.4%,比上年减收1070万元,下降4.2%。"
            "其中:税收收入8103万元,比上年增收1284万元,增长18.8%。\n")
    assert [c.period for c in claims_of(text) if c.text in ("24627万元", "4.2%", "8103万元")] == ["1-4月"] * 3
    assert one("2024年5月份累计完成地方财政收入6717万元,较上年减收3422万元,下降33.75%。\n", "6717万元").period == "2024年1-5月"
    assert one("2024年5月份,全县一般公共预算收入完成5682万元。\n", "5682万元").period == "2024年5月"


def test_a_paragraph_opening_with_qizhong_goes_on_with_the_one_before():
    """谯城区's March 2025 revenue: the taxes of a 其中 paragraph after the 1-3月 one were dated 2025年, the title's."""
    text = ("谯城区2025年3月份财政运行简况\n\n1-3月全区税收收入完成3.84亿元,减收0.52亿元,同比下降12.0%。\n\n"
            "其中:增值税完成2.16亿元,比上年同期减收0.23亿元,下降9.8%。\n")
    assert one(text, "2.16亿元").period == "1-3月"


# 新闻稿里点名的几所高校都不是作者 (a news page on several universities' further-study rates: 上海科技大学, named twice among
# four universities, was taken as its author, so its figures had no subject)
def test_a_page_on_several_universities_has_no_author():
    from extract.claims.build import find_author

    text = ("其中,清华大学2023届毕业生中,本科生选择继续深造的比例为80.8%。北京大学2023应届本科毕业生升学2987人,占比78.07%。\n"
            "上海科技大学、南方科技大学的本科毕业生深造率分别高达81.70%、79.46%。\n"
            "比如上海科技大学2023届本科毕业生共399人,南方科技大学公布2023届该校共有本科毕业生998人。\n")
    assert find_author(document_from_text(text)) is None
    assert {c.text: c.subject for c in find_claims(document_from_text(text))}["399人"] == "上海科技大学"
