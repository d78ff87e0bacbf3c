"""A captioned table of words is a table: its cells are words, it has no figures and says so.
Real tables: the 2020 金宇生物 annual report (pages 1-27)."""
from __future__ import annotations

from extract.records import Cell
from extract.tables.layout_context import TableContext
from extract.tables.stages import is_word_table

from .test_units import jinyu_tables, table_with


def test_product_table_of_words_is_emitted():
    """金宇 p19-20: 品名, 注册分类, 适应症 and 是/否 flags, no figure: a table all the same."""
    table = table_with(jinyu_tables(), "按细分行业、治疗领域划分的主要药（产）品基本情况")
    assert table.present and table.page == 19 and len(table.header) == 12
    assert table.id == "主要药（产）品基本情况"        # the heading over its caption (the dev gold's id)
    assert table.reason is not None and table.reason.startswith("no figures")
    assert all(c.value is None for c in table.cells)
    flags = [c.text for c in table.cells if c.row == "口蹄疫疫苗" and c.col == "是否处方药"]
    assert flags == ["否"]


def test_research_projects_table_continued_over_three_pages_is_one_table():
    """金宇 p21-23 (2).主要研发项目基本情况: one table of words across the page breaks."""
    table = table_with(jinyu_tables(), "主要研发项目基本情况")
    assert table.caption == "(2).主要研发项目基本情况" and table.reason.startswith("no figures")
    assert table.id == "主要研发项目基本情况"
    assert table.header[-1] == "研发（注册）所处阶段" and table.n_rows >= 29
    stages = {c.text for c in table.cells if c.col == "研发（注册）所处阶段"}
    assert "实验室研究阶段" in stages


def test_key_value_list_and_sentences_are_no_word_table():
    """Two columns are a key-value list (公司办公地址 | …); a grid of sentences is prose."""
    context = TableContext(None, "三、基本情况简介", "", 0)
    pairs = [Cell("公司办公地址", "", None, "内蒙古自治区呼和浩特市经济技术开发区沙尔沁工业园区金宇大街1号"),
             Cell("公司网址", "", None, "http://www.jinyu.com.cn")]
    assert not is_word_table(("公司办公地址", "内蒙古自治区…"), pairs, 2, context)
    career = "2012年至2019年5月，任本公司党委书记、董事长、总裁。2019年5月至今任本公司党委书记、董事长。"
    rows = [Cell(name, "主要工作经历", None, career) for name in ("张翀宇", "魏学峰", "张竞")]
    assert not is_word_table(("姓名", "职务", "主要工作经历"), rows, 3, context)
    assert not is_word_table(("姓名", "职务", "主要工作经历"), rows[:1], 1, TableContext(None, "", "", 0))


def test_table_of_words_makes_no_link_and_no_check():
    """金宇 p11-27: the prose figures tie to statistical tables only; no check reads a table of words."""
    from extract.claims import find_claims
    from extract.link import tie_out
    from extract.structure import find_cases, find_sections

    from .test_units import jinyu

    document, tables = jinyu(), list(jinyu_tables())
    words = {t.id for t in tables if t.reason and t.reason.startswith("no figures")}
    assert {"主要药（产）品基本情况", "主要研发项目基本情况"} <= words
    sections = find_sections(document)
    claims = find_claims(document, sections=sections, cases=find_cases(document, sections), tables=tables)
    links, checks = tie_out(document, claims, tables)
    assert links and not {l.table_id for l in links} & words
    used = {ref.split("/")[0] for check in checks for ref in check.cells}    # "table/row/col"
    assert checks and not used & words
