"""Company annual report tables past page 27 (2020 金宇生物, pages 1-173 as the PDF reader gives them):
tables of paragraphs in a ruled grid, a borderless list of names with a header row of words, a header
row over key rows, and two heading lines over a table that stay two lines."""
from __future__ import annotations

from decimal import Decimal

from extract.records import Document, Table

from .test_units import cell, jinyu_pages, jinyu_tables_of


def jinyu_notes() -> Document:
    return jinyu_pages(173)


def notes_tables() -> tuple[Table, ...]:
    return jinyu_tables_of(173)


def on_page(page: int, header_word: str) -> Table:
    return next(t for t in notes_tables() if t.page == page and header_word in t.header)


# ---------------------------------------------------------------- paragraphs set in a ruled grid

def test_grid_of_paragraphs_under_a_header_is_a_text_only_table():
    """p36 十三、(一): "事项概述 | 查询索引", four rows of dated paragraphs: a table with no cells that says why."""
    table = on_page(36, "事项概述")
    assert table.header == ("事项概述", "查询索引") and table.n_rows == 4
    assert table.caption == "(一)相关激励事项已在临时公告披露且后续实施无进展或变化的"
    assert table.cells == () and table.reason.startswith("no figures: a table of paragraphs")


def test_grid_of_paragraphs_continued_over_pages_is_one_table():
    """p115-117 五、44 (1): 会计政策变更的内容和原因 | 备注, its paragraphs run over two page breaks."""
    table = on_page(115, "会计政策变更的内容和原因")
    assert table.caption == "(1).重要会计政策变更" and table.n_rows >= 3
    assert table.cells == () and table.reason.startswith("no figures: a table of paragraphs")


def test_figures_of_paragraphs_in_a_grid_stay_claims():
    """The 627.90万股 of the p36 事项概述 paragraphs are claims once the grid is a table (gold c223, c224)."""
    from extract.claims import find_claims
    from extract.structure import find_cases, find_sections

    document = jinyu_notes()
    sections = find_sections(document)
    claims = find_claims(document, sections=sections, cases=find_cases(document, sections),
                         tables=list(notes_tables()))
    grid = on_page(36, "事项概述")
    inside = [c for c in claims if grid.char_start <= c.char_start < grid.char_end]
    assert sum(1 for c in inside if c.text.startswith("627.90万股")) == 2


# ---------------------------------------------------------------- a borderless list of words

def test_column_of_short_names_is_no_second_text_column():
    """p85 三、2: the 简称 column stands far right of the 子公司名称 column; it is a table's column, not
    a second column of prose, so each row reads 序号, name and 简称 on one line."""
    assert "1\t金宇保灵生物药品有限公司\t金宇保灵\n2\t扬州优邦生物药品有限公司\t扬州优邦" in jinyu_notes().text


def test_header_row_of_words_over_a_borderless_list_is_its_header():
    """p85: "序号 | 子公司名称 | 简称" over 16 numbered rows: a table of words, the 序号 no figures."""
    table = on_page(85, "子公司名称")
    assert table.header == ("序号", "子公司名称", "简称") and table.n_rows == 16
    assert table.caption == "截至2020年12月31日止，本公司合并财务报表范围内子公司如下："
    assert table.id == "合并财务报表范围"           # the numbered heading over its lead-in
    assert table.reason.startswith("no figures: a table of words")
    assert cell(table, "Onebiol,LLC", "简称").text == "Onebiol"


# ---------------------------------------------------------------- key rows under a one-word header

def test_first_key_row_is_no_second_header_row():
    """p35 六、: "| 现聘任" over "境内会计师事务所名称 | 致同…", "境内会计师事务所报酬 | 110": the
    name row is the first of the key rows, so the figures are under 现聘任."""
    table = on_page(35, "现聘任")
    assert cell(table, "境内会计师事务所报酬", "现聘任").value == Decimal("110")
    assert cell(table, "境内会计师事务所审计年限", "现聘任").value == Decimal("4")
    assert cell(table, "境内会计师事务所名称", "现聘任").value is None


# ---------------------------------------------------------------- two heading lines over a table

def test_two_heading_lines_stay_two_lines():
    """p48: "(一)普通股股份变动情况表" and "1、普通股股份变动情况表" are two lines, the nearest the caption."""
    assert "(一)普通股股份变动情况表\n1、普通股股份变动情况表" in jinyu_notes().text.replace(" ", "")
    table = on_page(48, "发行新股")
    assert table.caption == "1、普通股股份变动情况表" and table.id == "普通股股份变动情况表"


def test_numbered_item_after_a_sentence_opens_a_line():
    """p85: "…于2021年4月21日批准。" then "2. 合并财务报表范围" at the margin: a heading of its own."""
    assert "批准。\n2. 合并财务报表范围" in jinyu_notes().text


def test_numbered_item_after_a_numbered_item_opens_a_line():
    """p173: "1、在子公司中的权益" over "(1).企业集团的构成": the table under them takes the nearest."""
    table = on_page(173, "主要经营地")
    assert table.caption == "(1).企业集团的构成" and table.id == "企业集团的构成"
