"""A table printed without a "表N" label is named after the numbered heading or title right above it
(enumerator removed); an unnumbered title, a lead-in sentence under prose, a heading over prose, or a
name already taken leave it its place id ``表@p{page}-{n}``. Real tables: the 2020 金宇生物 annual report (pages 1-27)."""
from __future__ import annotations

import pytest

from extract.tables.names import heading_name, strip_enumerator, table_name, title_name

from .test_units import jinyu_tables


@pytest.mark.parametrize("heading, name", [
    ("(2).主要药（产）品基本情况", "主要药（产）品基本情况"),           # 金宇 p19
    ("(1). 研发投入情况表", "研发投入情况表"),                           # 金宇 p17
    ("5. 现金流", "现金流"),                                               # 金宇 p17
    ("九、2020年分季度主要财务数据", "2020年分季度主要财务数据"),         # 金宇 p6
    ("（1）废水、废气（旧厂区）", "废水、废气（旧厂区）"),                # 金宇 p45
    ("17、长期股权投资", "长期股权投资"),                                  # 金宇 p136
    ("2.1主要财务数据 单位:元", "主要财务数据"),
    ("(2).主要研发项目基本情况 √适用□不适用", "主要研发项目基本情况"),
])
def test_numbered_heading_names_the_table(heading, name):
    assert heading_name(heading) == name
    assert table_name(heading, []) == name


@pytest.mark.parametrize("line", [
    "公司近5年研发投入情况如下：",                                         # 金宇 p10: a lead-in sentence
    "1、研发平台优势。公司是国内首家可以同时开展口蹄疫疫苗研究的企业。",   # a sentence after a number
    "2020年12月31日",                                                       # a date, no enumerator
])
def test_sentence_or_unnumbered_line_is_no_heading_name(line):
    assert heading_name(line) == ""


def test_title_and_lead_in():
    assert title_name("报告期内主要药品在药品集中招标采购中的中标情况") == "报告期内主要药品在药品集中招标采购中的中标情况"
    assert title_name("公司获得的主要发明专利如下：") == ""              # 金宇 p11
    assert title_name("续表") == ""
    assert strip_enumerator("(一)主要会计数据") == "主要会计数据"


def test_heading_over_a_caption_that_qualifies_it():
    """金宇 p19: "(2).主要药（产）品基本情况", "√适用□不适用", then the caption "按细分行业、治疗领域
    划分的主要药（产）品基本情况": the heading names the table; under a heading naming its section, a
    title saying something else names nothing (p26 "(2).销售费用情况分析" over "销售费用具体构成")."""
    above = ["√适用□不适用", "(2).主要药（产）品基本情况"]
    assert table_name("按细分行业、治疗领域划分的主要药（产）品基本情况", above) == "主要药（产）品基本情况"
    assert table_name("销售费用具体构成", ["(2).销售费用情况分析"]) == ""
    assert table_name("同行业比较情况", []) == ""               # p25 and p27: an unnumbered title
    # a lead-in sentence right under a numbered heading takes the heading's name
    assert table_name("公司前五名客户情况如下：", ["(3).主要客户"]) == "主要客户"
    # prose between the heading and the lead-in: no name
    prose = "公司已建立病原诊断与菌毒种平台、细胞技术平台、基因工程表达平台等十余个研发平台。"
    assert table_name("公司近5年研发投入情况如下：", [prose, "1、研发平台优势"]) == ""
    # a lead-in with nothing over it names what it lists, after its last 的 (金宇 p11); not a generic word
    assert table_name("公司获得的主要发明专利如下：", [prose]) == "主要发明专利"
    assert table_name("截至本预案签署日，顺丰控股的监事任职情况如下：", []) == "监事任职情况"   # 顺丰 重组预案
    assert table_name("募集配套资金拟投资建设项目的简要情况如下：", []) == ""
    assert table_name("与原收入准则相比，执行新收入准则对2020年度财务报表相关项目的影响如下：", []) == ""


def test_jinyu_ids_are_headings_unique_or_places():
    tables = jinyu_tables()
    by_page = {}
    for t in tables:
        by_page.setdefault(t.page, []).append(t.id)
    ids = [t.id for t in tables]
    assert len(ids) == len(set(ids))
    assert by_page[5] == ["主要会计数据"]
    assert by_page[10] == ["表@p10-1"]                        # "公司近5年研发投入情况如下：" under prose
    assert "表@p11-2" in by_page[11]                          # "3、产品品牌优势" over two paragraphs
    assert by_page[17] == ["研发投入情况表", "现金流"]
    assert by_page[19] == ["主要药（产）品基本情况"]
    assert by_page[25] == ["表@p25-1", "表@p25-2"]            # "同行业比较情况", "主要研发项目投入情况"
