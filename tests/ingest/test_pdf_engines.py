"""The two PDF engines (pdfium, the default, and pdfminer) on every non-reserved PDF of corpora/real:
the same pages, claims and tables, or a difference explained here.

Large reports are compared on their first pages (``PAGES``) to keep the suite fast; the whole
annual_report_600201_jinyu_biotech_2020 (195 pages) gave identical claims and tables and identical
gold scores when the engines were compared whole (see the README's benchmark notes).
"""
from __future__ import annotations

from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from extract.claims import find_claims
from extract.pdf.reader import read_pdf
from extract.records import Document
from extract.structure import find_cases, find_sections
from extract.tables import find_tables

REAL = Path(__file__).resolve().parents[2] / "corpora" / "real"
RESERVED = {"annual_report_000001_pingan_bank_2024", "gov_info_disclosure_annual_report_huaian_2024"}
PDFS = sorted(p for p in REAL.glob("*.pdf") if p.stem not in RESERVED)
PAGES = 40

# Differences between the engines, each explained. Keys: (stem, "claims"|"tables", engine) -> the
# (page, text) of claims / (page, id) of tables only that engine finds.
EXPLAINED: dict[tuple[str, str, str], Counter] = {}
# Cells whose text differs, pdfminer's text -> pdfium's (none now: a line drawn right to left, the minus of
# "-309" after its digits on the forecast page, is read left to right by both engines).
EXPLAINED_CELLS: dict[str, dict[str, str]] = {}


@cache
def extracted(path: Path, engine: str) -> tuple[Document, tuple, tuple]:
    document = read_pdf(path, doc_id=path.stem, sha256="", engine=engine, max_pages=PAGES)
    sections = find_sections(document)
    tables = tuple(find_tables(document))
    claims = tuple(find_claims(document, sections=sections, cases=find_cases(document, sections), tables=tables))
    return document, claims, tables


def only(a: Counter, b: Counter) -> Counter:
    return a - b


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.stem)
def test_engines_read_the_same_pages(path: Path) -> None:
    fast, slow = extracted(path, "pdfium")[0], extracted(path, "pdfminer")[0]
    assert len(fast.pages) == len(slow.pages)
    assert fast.warnings == slow.warnings == ()


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.stem)
def test_engines_find_the_same_claims(path: Path) -> None:
    fast = Counter((c.page, c.text.replace(" ", "")) for c in extracted(path, "pdfium")[1])
    slow = Counter((c.page, c.text.replace(" ", "")) for c in extracted(path, "pdfminer")[1])
    assert only(fast, slow) == EXPLAINED.get((path.stem, "claims", "pdfium"), Counter())
    assert only(slow, fast) == EXPLAINED.get((path.stem, "claims", "pdfminer"), Counter())


@pytest.mark.parametrize("path", PDFS, ids=lambda p: p.stem)
def test_engines_find_the_same_tables(path: Path) -> None:
    def key(tables: tuple) -> Counter:
        return Counter((t.page, t.id) for t in tables)

    fast, slow = extracted(path, "pdfium")[2], extracted(path, "pdfminer")[2]
    assert only(key(fast), key(slow)) == EXPLAINED.get((path.stem, "tables", "pdfium"), Counter())
    assert only(key(slow), key(fast)) == EXPLAINED.get((path.stem, "tables", "pdfminer"), Counter())
    fix = EXPLAINED_CELLS.get(path.stem, {})
    cells = {(t.page, t.id): [(c.row, c.col, fix.get(c.text.replace(" ", ""), c.text.replace(" ", "")))
                              for c in t.cells] for t in slow}
    same = [t for t in fast if (t.page, t.id) in cells]
    assert same and all([(c.row, c.col, c.text.replace(" ", "")) for c in t.cells] == cells[(t.page, t.id)]
                        for t in same)


def test_line_end_hyphen_is_a_hyphen_in_both_engines() -> None:
    """金宇 2020 p21, a wrapped cell of 主要研发项目基本情况: "…（O/MYA98/BY/2010株+Re-" ends a line;
    pdfium gives that hyphen the code U+0002, pdfminer the glyph's "-": both read "-"."""
    path = REAL / "annual_report_600201_jinyu_biotech_2020.pdf"
    for engine in ("pdfium", "pdfminer"):
        document = extracted(path, engine)[0]
        text = document.text.replace("\n", "")
        assert "\x02" not in document.text and "2010株+Re-A/WH/09株" in text and "A-VII株+LH-4株" in text


def test_pdfminer_reads_what_pdfium_fails_on(monkeypatch: pytest.MonkeyPatch) -> None:
    """pdfium raising on a file (an odd PDF its parser rejects) falls back to pdfminer, with a warning."""
    from extract.pdf import pdfium

    def broken(path: Path, **kwargs: object) -> None:
        raise pdfium.pdfium.PdfiumError("Failed to load document (PDFium: Data format error).")

    monkeypatch.setattr(pdfium, "read_layouts", broken)
    path = REAL / "bond_prospectus_page_yancheng_hitech_2023.pdf"
    document = read_pdf(path, doc_id="bond", sha256="", engine="pdfium")
    assert document.text == extracted(path, "pdfminer")[0].text
    assert document.warnings == ((f"{path}: read with pdfminer (pdfium: PdfiumError: Failed to load document "
                                  "(PDFium: Data format error).)"),)


@pytest.mark.parametrize(("engine", "expected"), [("pdfminer", "pdfminer"), (None, "pdfium")])
def test_engine_from_the_environment(monkeypatch: pytest.MonkeyPatch, engine: str | None, expected: str) -> None:
    from extract.pdf.reader import engine_name

    monkeypatch.delenv("TIEOUT_PDF_ENGINE", raising=False)
    if engine:
        monkeypatch.setenv("TIEOUT_PDF_ENGINE", engine)
    assert engine_name() == expected
    with pytest.raises(ValueError, match="unknown PDF engine 'pdfbox'"):
        engine_name("pdfbox")


# ---------------------------------------------------------------- the CLI option



TEBON = REAL / "broker_research_report_tebon_gaoce_688556_2022.pdf"


# The engines differ by one space on 德邦's p1 相关研究 list: pdfminer keeps the gap between two titles
# ("2022.4.10 3.《高测股份…"), pdfium's glyphs run on ("2022.4.103.《高测股份…").
@pytest.mark.parametrize(("engine", "listing"), [("pdfium", "2022.4.103.《"), ("pdfminer", "2022.4.10 3.《")])
def test_text_command_reads_with_the_chosen_engine(engine: str, listing: str, monkeypatch) -> None:
    from click.testing import CliRunner

    from extract.cli import cli

    monkeypatch.delenv("TIEOUT_PDF_ENGINE", raising=False)
    result = CliRunner().invoke(cli, ["text", str(TEBON), "--pdf-engine", engine])
    assert result.exit_code == 0 and listing in result.output


def test_worker_processes_read_with_the_chosen_engine(tmp_path: Path, monkeypatch) -> None:
    """--pdf-engine reaches the forked workers (through TIEOUT_PDF_ENGINE)."""
    import json

    from click.testing import CliRunner

    from extract.cli import cli

    monkeypatch.delenv("TIEOUT_PDF_ENGINE", raising=False)
    chars = {}
    for engine in ("pdfium", "pdfminer"):
        out = tmp_path / f"{engine}.jsonl"
        bond = REAL / "bond_prospectus_page_yancheng_hitech_2023.pdf"
        result = CliRunner().invoke(cli, ["extract", str(TEBON), str(bond), "--store", str(tmp_path / f"{engine}.db"),
                                          "--jsonl", str(out), "--workers", "2", "--pdf-engine", engine])
        assert result.exit_code == 0, result.output
        records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        chars[engine] = next(r["chars"] for r in records if r["type"] == "document" and r["id"].startswith("broker"))
    assert chars["pdfminer"] == chars["pdfium"] + 1     # the one space of p1 (see above)

