"""申万宏源's forecast page (corpora/real/broker_research_report_page_financial_forecast_tables.pdf, SOURCES.md
§7): a borderless balance sheet continued from the page before (no caption, no header row of its own) over
表22 现金流量表, whose header row is 2018 2019 2020 2021E 2022E 2023E. Read with both PDF engines."""
from __future__ import annotations

from decimal import Decimal
from functools import cache
from pathlib import Path

import pytest

from extract.claims import find_claims
from extract.pdf.reader import read_pdf
from extract.records import Document, Table
from extract.structure import find_cases, find_sections
from extract.tables import find_tables

PAGE = Path(__file__).resolve().parents[2] / "corpora" / "real" / "broker_research_report_page_financial_forecast_tables.pdf"
ENGINES = ("pdfium", "pdfminer")
YEARS = ["2018", "2019", "2020", "2021E", "2022E", "2023E"]


@cache
def read(engine: str) -> Document:
    return read_pdf(PAGE, doc_id=PAGE.stem, sha256="", engine=engine)


@cache
def tables(engine: str) -> dict[str, Table]:
    found = find_tables(read(engine))
    return {("表22" if t.id == "表22" else "balance"): t for t in found}


def value(table: Table, row: str, col: str) -> Decimal | None:
    return next((c.value for c in table.cells if c.row == row and c.col == col), None)


# ---------------------------------------------------------------- lines drawn right to left

@pytest.mark.parametrize("engine", ENGINES)
def test_lines_drawn_right_to_left_read_left_to_right(engine: str) -> None:
    """The caption "表22：…", the minus of "-309" and the footer "第26页共29页" are drawn right to left; pdfminer
    kept the drawing order ("22表", "309-", "页29共页26第": two claims 29 and 26 and a caption without its id)."""
    document = read(engine)
    sections = find_sections(document)
    claims = find_claims(document, sections=sections, cases=find_cases(document, sections),
                         tables=tuple(tables(engine).values()))
    assert "表22 ：现金流量表（单位：百万元）" in document.text
    assert "资本公积\t-309\t-665\t1,590" in document.text
    assert "22表" not in document.text and "309-" not in document.text and "页29共" not in document.text
    assert [c.text for c in claims] == []
    assert tables(engine)["表22"].caption == "现金流量表（单位：百万元）"


def test_both_engines_read_the_same_text() -> None:
    assert read("pdfium").text == read("pdfminer").text


# ---------------------------------------------------------------- columns from x positions

@pytest.mark.parametrize("engine", ENGINES)
def test_headerless_table_takes_the_header_of_the_table_in_its_grid(engine: str) -> None:
    """The balance sheet opens this page without a header row; its value columns stand where 表22's
    2018 … 2023E do (right edges within a quarter of the column pitch), so its cells take those labels
    (were all col "")."""
    raws = read(engine).raw_tables
    assert len(raws) == 2
    balance, cash = raws
    assert len(balance.columns) == len(cash.columns) == 7
    pitch = min(b - a for a, b in zip(balance.columns[1:], balance.columns[2:]))
    assert all(abs(a - b) < pitch / 4 for a, b in zip(balance.columns[1:], cash.columns[1:]))
    sheet = tables(engine)["balance"]
    assert list(sheet.header) == ["", *YEARS]
    assert sheet.n_rows == 36 and len(sheet.cells) == 195
    assert value(sheet, "资本公积", "2018") == Decimal("-309")          # printed "-309", drawn "309-"
    assert value(sheet, "资本公积", "2019") == Decimal("-665")
    assert value(sheet, "负债和股东权益总计", "2023E") == Decimal("21321")
    assert value(sheet, "短期借款", "2021E") == Decimal("4449")
    # sub-items printed for 2018–2020 only: their forecast columns are blank, not 0
    assert value(sheet, "预收款项", "2020") == Decimal("0") and value(sheet, "预收款项", "2021E") is None
    assert value(sheet, "其它非流动负债", "2020") == Decimal("664")


@pytest.mark.parametrize("engine", ENGINES)
def test_table_with_its_own_header_keeps_it(engine: str) -> None:
    cash = tables(engine)["表22"]
    assert list(cash.header) == ["", *YEARS]
    assert [(c.col, c.value) for c in cash.cells][-1] == ("2023E", Decimal("1819"))
    assert {c.unit for c in cash.cells} == {"百万元"}


# ---------------------------------------------------------------- a source note between two tables

@pytest.mark.parametrize("engine", ENGINES)
def test_source_under_a_table_is_not_the_next_captions(engine: str) -> None:
    """"资料来源：Wind、申万宏源研究" closes the balance sheet; 表22's caption comes after it and its own
    source is on the next page (was: 表22 took it as a source printed before its caption)."""
    assert tables(engine)["balance"].source == "资料来源：Wind、申万宏源研究"
    assert tables(engine)["表22"].source is None


# ---------------------------------------------------------------- a running header is no caption

@pytest.mark.parametrize("engine", ENGINES)
def test_running_header_far_above_a_table_is_no_caption(engine: str) -> None:
    """The page's running header 公司深度 is the only line above the continued balance sheet, 5.9 of its
    heights above it (captions sit at most 1.5 above their tables in the labelled PDFs): the sheet has no
    caption on this page (was 公司深度); 表22's caption, right over its header, stays."""
    assert read(engine).text.startswith("公司深度\n短期借款")
    sheet = tables(engine)["balance"]
    assert (sheet.id, sheet.caption) == ("表@p1-1", "")
    assert tables(engine)["表22"].caption == "现金流量表（单位：百万元）"
