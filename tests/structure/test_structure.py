"""Sections and case-study boxes of the two seed layouts (PDF dump and Word dump)."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.ingest import read_document
from extract.ingest.text import document_from_text
from extract.records import HEADER, TOC
from extract.structure import find_cases, find_sections
from seed_parts import dev_end

SEEDS = Path(__file__).resolve().parents[2] / "corpora" / "seeds"


@pytest.fixture(scope="module")
def college():
    return read_document(SEEDS / "000_0d6d81e4e345128e.txt")


@pytest.fixture(scope="module")
def province():
    return read_document(SEEDS / "003_63e6428607ab0510.txt")


def labels(document):
    return [s.number + s.title for s in find_sections(document)]


def test_pdf_dump_headings_and_levels(college):
    sections = find_sections(college)
    names = [s.number + s.title for s in sections]
    assert names[:4] == ["前言", "一、编制目的", "二、编制过程", "三、年度亮点"]
    assert "2.1.1整体就业情况" in names and "2.7.21+x证书制度" in names
    level = {s.number + s.title: s.level for s in sections}
    assert (level["2.1就业质量"], level["2.1.1整体就业情况"]) == (2, 3)


def test_wrapped_list_items_are_not_headings(college):
    assert not any(name.startswith("2.编制《年报》") for name in labels(college))


# Seed 000's last dev-gold claim ends here (非学历培训到账经费为480.9095万元, 3.4): the text after it is reserved.
COLLEGE_DEV_END = dev_end("000_0d6d81e4e345128e")


def test_pdf_dump_pages_and_running_lines(college):
    assert sum(p.start < COLLEGE_DEV_END for p in college.pages) > 20
    kinds = {b.kind for b in college.blocks if b.start < COLLEGE_DEV_END}
    # no line of this dump repeats at the top or bottom of pages: table cells repeated in its tables
    # (表2-2's "建筑工程与应急管理学院", "悉尼协议") are not running headers
    assert HEADER not in kinds
    # The dump's only printed footer ("第 42 页") lies after the last dev-gold claim: no footer is asserted.


def test_word_dump_sections_skip_the_table_of_contents(province):
    names = labels(province)
    assert names[:4] == ["前言", "一、基本情况", "（一）院校布局", "（二）核心指标"]
    toc = [b for b in province.blocks if b.kind == TOC]
    assert len(toc) > 50 and all(b.end < province.text.index("（二）核心指标\n") for b in toc)


def test_cases_with_colon_bold_and_title_on_next_line(province):
    cases = {c.id: c for c in find_cases(province, find_sections(province))}
    assert cases["案例2-1"].title == "吉林铁道职业技术学院精准对接拓岗位、多措并举促就业"
    assert cases["案例2-2"].title == "竞赛精锻炼竞赛精神提升学校荣誉"
    assert cases["案例2-1"].section == "2.就业质量"


def test_case_extent_and_photo_captions(college):
    cases = {c.id: c for c in find_cases(college, find_sections(college))}
    case = cases["案例2-3"]
    assert case.title == "学生资助育人工作案例" and case.section == "2.8资助育人"
    assert case.figures == ("图为资助项目发放仪式", "图为资助政策宣传班会", "图为资助教育活动板报")
    assert "技能，实现“扶困-育人-成才-回馈”的良性循环" in college.text[case.char_start:case.char_end]


def test_gb18030_text_is_decoded(tmp_path):
    path = tmp_path / "gbk.txt"
    path.write_bytes("2023 年奖助总金额为 2136.97 万元。\n".encode("gbk"))
    document = read_document(path)
    assert document.encoding == "gb18030" and "奖助总金额" in document.text


def test_text_from_a_string_has_one_page():
    document = document_from_text("一、总体情况\n全年受理申请 3119 件。")
    assert len(document.pages) == 1 and [s.title for s in find_sections(document)] == ["总体情况"]


# 一份文本里接连收录几份报告 (a text holding several reports one after another: corpora/real/gov_info_disclosure_pages_sample.txt,
# pages 5 and 6): each report's own title on its line heads that report's parts, above its 一、 headings, so its year dates
# their figures (page 6's had page 5's 2023年) and the organisation it names is no subject of them
TWO_REPORTS = ('【5】陇县城关镇人民政府2023年政府信息公开工作年度报告\n根据新修订《中华人民共和国政府信息公开条例》和宝鸡市政务公开'
                 '办公室《关于做好2023年度政府信息公开年度报告编制公布工作的通知》要求,现将2023年陇县城关镇人民政府信息公开工作年'
                 '度报告(以下简称“报告”)予以公布。报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、因政府信息公开'
                 '工作被申请行政复议、提起行政诉讼情况、政府信息公开工作存在的主要问题及改进情况、其他需要报告的事项六部分组成。报告中所列'
                 '数据的统计期限为2023年1月1日至12月31日。\n一、总体情况\n1.主动公开政府信息情况\n今年以来城关镇建立政务信息公'
                 '开长效机制,由分管领导人大主席、行政办主任、政务公开信息员成立政务公开信息领导小组,负责全镇政务公开信息工作,明确工作职'
                 '责落实工作责任。2023年全镇通过政府网站、公开专栏、群众会议、电子屏等途径向社会公开各类政府信息328条次,其中:通过'
                 '政府网站公开镇领导班子成员分工2条、通知文件12条,通过微信公众号公开国家重大事项新闻、便民惠民政策性文件、镇村工作动态'
                 '各类信息297条,全年县长信箱留言答复17条。\n2.依申请公开政府信息情况\n2023年,我镇严格按照《政府信息公开条例》'
                 '和省市《政府信息公开规定》,共受理依申请公开事项2件,其中:受理当面申请0件,信函传真申请2件,互联网申请0件,均按时办'
                 '结。\n3.政府信息管理\n一是健全公开机制。在实际工作中,对涉及多业务的政府信息,由政务公开信息领导小组召集,各相关业务人'
                 '员参与,对相关公文信息进行研究审核,加快办理时效,形成全面、准确的答复意见,让申请人尽可能快而全面地获取所申请公开的信息'
                 '。\n\n【6】会泽县2024年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》的要求,编制本报告。本报告内'
                 '容及报表共六个部分,包括:总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、因政府信息公开工作被申请行政复'
                 '议及提起行政诉讼情况、政府信息公开工作存在的主要问题及改进情况、其他需要报告的事项。报告中所列数据统计时间:2024年1'
                 '月1日—12月31日,现将公开工作情况报告如下:\n一、总体情况\n2024年,会泽县认真贯彻落实国家、省、市有关政府信息公'
                 '开工作的要求,围绕基层政务公开基本目录细化拓展公开内容,推动政府信息公开工作有效开展。\n(一)主动公开。全县信息公开平台'
                 '共发布政府信息23138条,其中:通过政府网站发布信息2917条,发布行政规范性文件3件,其他政府文件6件,重要会议41'
                 '条,开展8期重大行政决策意见征集,发布听证事项及听证结果50条,发布政策解读材料9次,办理网民留言304条。\n(二)依申'
                 '请公开。2024年会泽县人民政府及县直部门共收到申请42件,其中自然人申请41件,科研机构申请1件,均在法定时限内依法依'
                 '规办结,未引起行政复议或行政诉讼。\n(三)政府信息管理。严格执行“三审三校”、保密审查制度,坚持执行“分级审核、先审后发'
                 '程序”,确保信息内容准确真实;围绕政府信息公开指南、基层政务公开基本目录,不断细化拓展公开内容。\n(四)政府信息公开平台'
                 '建设。持续优化政府信息公开平台,常态化开展栏目自查,合并栏目3个,新增栏目2个;加强日常监测,对发现问题及时整改;加强政'
                 '府系统政务新媒体监督检查,发现问题及时督促整改,注销新媒体5个,新开设新媒体2个。\n')


def test_a_report_title_inside_a_text_heads_that_report():
    from extract.claims import find_claims

    document = document_from_text(TWO_REPORTS)
    sections = find_sections(document)
    assert [(s.level, s.title[:6]) for s in sections[:3]] == [(0, "【5】陇县城"), (1, "总体情况"), (3, "主动公开政府")]
    claims = {c.text: c for c in find_claims(document, sections=sections)}
    assert (claims["2件"].period, claims["23138条"].period) == ("2023年", "2024年")
    assert claims["23138条"].subject is None

# corpora/real/bank_report_pages_sample.txt, page 5: the bank its title names (西安银行) wrote that report
XIAN_BANK_REPORT = ("【5】西安银行:2024年年度报告\n西安银行股份有限公司\nBANK OF XI'AN CO.,LTD.\n2024年年度报"
                    '告(股票代码:600928)\n二〇二五年四月\n重要提示\n一、本公司董事会、监事会及董事、监事、高级管理人员保证年度报告内'
                    '容\n的真实、准确、完整,不存在虚假记载、误导性陈述或者重大遗漏,并承担个别和连带的法律责任。\n二、本公司第六届董事会第二'
                    '十八次会议于2025年4月29日审议通过了本年\n度报告及摘要。本次董事会会议应到董事8名,实到董事8名。公司5名监事列席'
                    '了会议。\n')


def test_the_organisation_a_report_title_names_is_no_subject_of_its_figures():
    from extract.claims import find_claims

    document = document_from_text("商业银行年度报告（多家样本页）\n\n" + XIAN_BANK_REPORT)
    claims = find_claims(document, sections=find_sections(document))
    assert [(c.text, c.subject) for c in claims] == [("8名", None), ("8名", None), ("5名", None)]



# corpora/real/bank_report_pages_sample.txt, page 11: a half-year report's title heading its part dates the part as the
# title states it (员工4,100余人 had 2024年, the year its heading names)
LANZHOU_BANK_REPORT = ('【11】兰州银行:2024年半年度报告\n兰州银行股份有限公司\nBANK OF LANZHOU CO.,LTD.\n2024'
                    ' 年半年度报告\n(股票代码:001227)\n二〇二四年八月\n2024 年半年度报告\n兰州银行简介\n兰州银行股份有限公司('
                    '以下简称“兰州银行”“本行”)成立于 1997 年,是甘肃省第\n一家地方法人股份制商业银行。1997 年 6 月,原兰州'
                    '市 56 家城市信用社组建成立兰州\n市城市合作银行,1998 年 8 月更名为兰州市商业银行,2008 年 6 月更名为'
                    '兰州银行,\n2022 年 1 月 17 日成功在深交所主板上市(股票代码:001227),为甘肃省首家 A 股上\n市银行'
                    '。本行共有员工 4,100 余人,下辖总行营业部 1 家、分行 15 家、支行 158 家,覆\n盖全省各市州。\n')


def test_a_report_title_dates_its_part_as_a_title_states_it():
    from extract.claims import find_claims

    document = document_from_text("商业银行年度报告（多家样本页）\n\n" + LANZHOU_BANK_REPORT)
    got = {c.text: c.period for c in find_claims(document, sections=find_sections(document))}
    assert got["4,100 余人"] == "2024年上半年"
