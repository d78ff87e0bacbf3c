"""Tables printed side by side on one PDF page (extract/pdf/sides.py), on the 德邦证券 report on 高测股份:

- p2 prints the key/value table 股票数据 to the left of 主要财务数据及预测 (their lines interleave);
- p3 prints four statements two by two: 主要财务指标 over 现金流量表 on the left, 利润表 over 资产负债表 on
  the right, every text line holding a row of a left table and a row of a right one.

Each side must become its own raw table with its own header row, row labels and caption, with both
PDF engines; a table whose gap between value columns is a free vertical band must not be split.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from extract.pdf.layout import Glyph, TextLine, make_line, opens_note, strip_template_tag
from extract.pdf.reader import read_pdf
from extract.pdf.sides import find_sides
from extract.records import Document, RawTable
from extract.tables import find_tables

REAL = Path(__file__).resolve().parents[2] / "corpora" / "real"
BROKER = REAL / "broker_research_report_tebon_gaoce_688556_2022.pdf"
FORECAST = REAL / "broker_research_report_page_financial_forecast_tables.pdf"
ENGINES = ("pdfium", "pdfminer")


@cache
def read(path: Path, engine: str) -> Document:
    return read_pdf(path, doc_id=path.stem, sha256="", engine=engine, max_pages=3)


def grid(raw: RawTable) -> list[list[str]]:
    return [[cell.text for cell in row] for row in raw.rows]


def raw_with(document: Document, page: int, label: str) -> RawTable:
    """The raw table of a page with a row labelled ``label``."""
    found = [t for t in document.raw_tables if t.page == page and any(r and r[0].text == label for r in t.rows)]
    assert len(found) == 1, [grid(t)[:2] for t in document.raw_tables if t.page == page]
    return found[0]


def row_of(raw: RawTable, label: str) -> list[str]:
    return next(cells for cells in grid(raw) if cells[0] == label)


def line_above(document: Document, raw: RawTable) -> str:
    return document.text[:raw.start].rstrip("\n").rsplit("\n", 1)[-1]


# ---------------------------------------------------------------- p3: four statements, two by two

@pytest.mark.parametrize("engine", ENGINES)
def test_income_statement_is_its_own_table(engine: str) -> None:
    """利润表 营业成本 × 2022E is 2,394 in a table whose header is 2021…2024E and whose caption line
    is 利润表(百万元); before the split the row was filed under 主要财务指标's 每股收益."""
    document = read(BROKER, engine)
    income = raw_with(document, 3, "营业成本")
    header = grid(income)[0]
    assert header == ["", "2021", "2022E", "2023E", "2024E"]
    assert row_of(income, "营业成本")[header.index("2022E")] == "2,394"
    assert line_above(document, income) == "利润表(百万元)"
    assert all(len(cells) <= 5 for cells in grid(income))


@pytest.mark.parametrize("engine", ENGINES)
def test_right_hand_cells_never_take_left_hand_labels(engine: str) -> None:
    """Every p3 table holds the labels of one statement only: 每股收益 (主要财务指标) and 营业成本 (利润表)
    are never in one table, and no row holds a second label after its numbers."""
    document = read(BROKER, engine)
    left, right = raw_with(document, 3, "每股收益"), raw_with(document, 3, "营业成本")
    assert left is not right
    assert row_of(left, "每股收益") == ["每股收益", "1.07", "2.91", "4.43", "5.77"]
    assert "营业成本" not in {c for row in grid(left) for c in row}
    assert "每股收益" not in {c for row in grid(right) for c in row}
    for raw in (t for t in document.raw_tables if t.page == 3):
        for cells in grid(raw):
            assert not any(c and not c[0].isdigit() and c[0] not in "-(" for c in cells[2:]), cells


@pytest.mark.parametrize("engine", ENGINES)
def test_stacked_statements_part_at_the_gap(engine: str) -> None:
    """现金流量表 under 主要财务指标 and 资产负债表 under 利润表 are tables of their own; the group-label rows of
    主要财务指标 (每股指标(元), 价值评估(倍) …) stay inside it."""
    document = read(BROKER, engine)
    ratios, cash = raw_with(document, 3, "每股收益"), raw_with(document, 3, "净利润")
    income, balance = raw_with(document, 3, "营业成本"), raw_with(document, 3, "货币资金")
    assert len({id(ratios), id(cash), id(income), id(balance)}) == 4
    assert ["每股指标(元)"] in grid(ratios) and ["经营效率指标"] in grid(ratios)
    assert row_of(ratios, "固定资产周转率") == ["固定资产周转率", "4.2", "8.6", "10.3", "11.1"]
    assert row_of(cash, "现金净流量") == ["现金净流量", "127", "66", "775", "696"]
    assert row_of(income, "归属母公司所有者净利润")[-1] == "933"
    assert row_of(balance, "负债和所有者权益合计") == ["负债和所有者权益合计", "3,235", "5,932", "8,487", "10,141"]
    assert line_above(document, cash) == "现金流量表(百万元)"
    assert line_above(document, balance) == "资产负债表(百万元)"


# ---------------------------------------------------------------- p2: a key/value sidebar beside a forecast

@pytest.mark.parametrize("engine", ENGINES)
def test_sidebar_and_forecast_are_two_tables(engine: str) -> None:
    """股票数据 (label: value) and 主要财务数据及预测 (2020…2024E) interleave line by line; split, the forecast
    keeps its header years and every row down to 净资产收益率(%), the sidebar keeps its six rows."""
    document = read(BROKER, engine)
    stock, forecast = raw_with(document, 2, "总股本(百万股)："), raw_with(document, 2, "营业收入(百万元)")
    assert stock is not forecast
    assert grid(stock) == [["总股本(百万股)：", "227.92"], ["流通A股(百万股)：", "167.01"],
                           ["52周内股价区间(元)：", "21.60-97.40"], ["总市值(百万元)：", "18,785.44"],
                           ["总资产(百万元)：", "3,508.81"], ["每股净资产(元)：", "5.50"]]
    rows = grid(forecast)
    assert rows[0] == ["", "2020", "2021", "2022E", "2023E", "2024E"]      # the corner the PDF leaves blank
    assert [r[0] for r in rows[1:]] == ["营业收入(百万元)", "(+/-)YOY(%)", "净利润(百万元)", "(+/-)YOY(%)",
                                        "全面摊薄EPS(元)", "毛利率(%)", "净资产收益率(%)"]
    assert line_above(document, stock) == "股票数据"
    assert line_above(document, forecast) == "主要财务数据及预测"


def test_forecast_cells_take_their_own_labels() -> None:
    """Through the table path: 净利润(百万元) × 2022E is 471 (the 4.7亿元 of the prose), and no cell of the
    forecast is filed under a 股票数据 label."""
    document = read(BROKER, "pdfium")
    tables = [t for t in find_tables(document) if t.page == 2]
    cells = [(c.row, c.col, c.value) for t in tables for c in t.cells]
    assert ("净利润(百万元)", "2022E", 471) in cells
    forecast = next(t for t in tables if any(c.row == "营业收入(百万元)" for c in t.cells))
    assert not any(c.row.startswith(("总股本", "流通A股")) for c in forecast.cells)


# ---------------------------------------------------------------- what is not split

@pytest.mark.parametrize("engine", ENGINES)
def test_one_wide_table_is_not_split(engine: str) -> None:
    """The 申万宏源 balance-sheet page: free bands run between its value columns, but right of them no
    row label starts again, so 短期借款's six values stay on one row."""
    document = read(FORECAST, engine)
    raw = raw_with(document, 1, "短期借款")
    assert row_of(raw, "短期借款") == ["短期借款", "878", "727", "1,923", "4,449", "5,045", "4,588"]


def test_prose_beside_a_table_is_no_table_gutter() -> None:
    """Only labelled number rows on both sides make a table gutter: a sidebar of text lines is not one."""
    lines = [_line(text, 40, 760 - 14 * i) for i, text in enumerate(["所属行业：机械设备", "当前价格(元)：82.42",
                                                                      "证券分析师", "倪正洋"])]
    lines += [_line(text, 200, 760 - 14 * i) for i, text in enumerate(["营业收入(百万元)  746  1,567",
                                                                       "净利润(百万元)  59  173",
                                                                       "毛利率(%)  35.3%  33.7%"])]
    assert find_sides(lines) is None


def _line(text: str, x: float, y: float) -> TextLine:
    """A line of 8pt glyphs, two spaces making a cell gap."""
    glyphs, pos = [], x
    for ch in text:
        glyphs.append(Glyph(ch, pos, pos + 8))
        pos += 8
    line = make_line(glyphs, y, y + 8, 8.0)
    assert line is not None
    return line


# ---------------------------------------------------------------- template tags

def test_template_tag_is_dropped_from_its_line() -> None:
    """"[Table_Base]" over 股票数据 (a broker template's layout slot) is not part of the caption."""
    document = read(BROKER, "pdfium")
    assert "[Table_" not in document.text
    assert strip_template_tag(_line("[Table_Base]", 24, 784)) is None
    rest = strip_template_tag(_line("[Table_Finance]股票数据", 24, 784))
    assert rest is not None and rest.text == "股票数据"


def test_two_notes_under_a_table_stay_two_lines() -> None:
    """Under 主要财务数据及预测 the source and the remark are two lines, not one paragraph (pdf.note_opening.v1)."""
    document = read(BROKER, "pdfium")
    lines = document.text.split("\n")
    source = lines.index("资料来源：公司年报（2020-2021），德邦研究所")
    assert lines[source + 1] == "备注：净利润为归属母公司所有者的净利润"
    assert opens_note("备注：表中计算估值指标的收盘价日期为7月19日") and not opens_note("来源于主营业务收入的增长")


@pytest.mark.parametrize("engine", ENGINES)
def test_tiny_hidden_text_does_not_shift_a_row(engine: str) -> None:
    """A 1-point "26" printed under 净利润 of 表22 (invisible at print size) is no cell, and the header printed
    without its corner gets an empty one: the row's six values stay under 2018…2023E."""
    document = read(FORECAST, engine)
    raw = raw_with(document, 1, "净利润")
    assert grid(raw)[0] == ["", "2018", "2019", "2020", "2021E", "2022E", "2023E"]
    assert row_of(raw, "净利润") == ["净利润", "345", "585", "806", "948", "1,536", "1,819"]


def test_table_path_files_the_forecast_under_its_years() -> None:
    """Through the table path, 表22's 净利润 is 345 in 2018 and 1,819 in 2023E (not 26 in 2019)."""
    document = read(FORECAST, "pdfium")
    cells = {(c.row, c.col): c.value for t in find_tables(document) for c in t.cells if c.row == "净利润"}
    assert cells[("净利润", "2018")] == 345 and cells[("净利润", "2023E")] == 1819
