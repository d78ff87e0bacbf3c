"""Paragraphs of a PDF page are whole, whatever else the page holds: a ruled table wider than the text (p50 of
the 2020 annual report of 金宇生物) does not set the prose margins, so every indented continuation line is not
read as a new paragraph and a sentence broken by a line break before its number keeps its metric."""
from __future__ import annotations

from pathlib import Path

from extract.claims import find_claims
from extract.pdf.reader import read_pdf
from extract.records import PARAGRAPH
from extract.structure import find_sections

PDF = Path(__file__).resolve().parents[2] / "corpora" / "real" / "annual_report_600201_jinyu_biotech_2020.pdf"


def test_lines_of_a_paragraph_beside_a_wide_table_join():
    document = read_pdf(PDF, doc_id="jinyu", sha256="", max_pages=50)
    text = document.text
    at = text.index("1,126,240,241股,股本总数未发生变化")
    block = next(b for b in document.blocks if b.start <= at < b.end)
    assert block.kind == PARAGRAPH
    assert "公司普通股股份总数" in text[block.start:at]        # the line before the number is in the same block
    claims = [c for c in find_claims(document, sections=find_sections(document)) if c.char_start == at]
    assert claims and "股份总数" in (claims[0].metric or "")
