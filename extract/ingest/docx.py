"""DOCX file -> Document with python-docx.

Body paragraphs and tables in document order, one block per line: a paragraph is one line, a table
one line per row with cells separated by TAB (and a ``RawTable`` with each cell's offsets). Heading
styles ("Heading N", "标题 N", "Title") give kind "heading" with ``heading_level``. Explicit page
breaks (``<w:br w:type="page"/>``, "page break before") start a new page; pages are separated by a
blank line, as in PDF source text.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import DocxReadError
from ..text.builder import TextBuilder
from ..records import HEADING, PARAGRAPH, TABLE, Block, Document, Page, RawCell, RawTable
from ..text.lines import classify_line, heading_style_level, is_numeric_cell
from .text import Line, find_title

logger = logging.getLogger(__name__)

RE_ASCII_BREAK = re.compile(r"(?<=[!-~])\s*\n\s*(?=[!-~])")
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@dataclass(frozen=True, slots=True)
class DocxItem:
    """One body element before offsets: a paragraph (one row of one cell) or a table."""

    kind: str
    rows: tuple[tuple[str, ...], ...]
    heading_level: int | None = None
    breaks_before: int = 0      # explicit page breaks before this item
    breaks_after: int = 0       # explicit page breaks inside it (the next item starts later)
    spans: tuple[tuple[int, ...], ...] = ()     # grid columns each table cell covers (gridSpan)


def clean_text(text: str) -> str:
    """One line: soft breaks vanish (a space between ASCII), tabs become spaces."""
    text = RE_ASCII_BREAK.sub(" ", text)
    return text.replace("\n", "").replace("\r", "").replace("\t", " ").strip()


def style_to_level(style_name: str) -> int | None:
    """Heading level of a paragraph style name (0 for Title), or None for body styles (extract/text/lines.py
    decides, as it decides every line's role)."""
    return heading_style_level(style_name)


def paragraph_to_item(paragraph: Any) -> DocxItem | None:
    element = paragraph._p
    hard = len(element.findall(f".//{W_NS}br[@{W_NS}type='page']"))
    before = int(element.find(f"{W_NS}pPr/{W_NS}pageBreakBefore") is not None)
    text = clean_text(paragraph.text)
    if not text:
        return DocxItem(PARAGRAPH, (), None, before, hard) if hard or before else None
    style = paragraph.style.name if paragraph.style is not None else ""
    level = style_to_level(style or "")
    # headings typed in the Normal style ("一、综合") are headings by what they say, as in text files
    kind = HEADING if level is not None or classify_line(text) == "heading" else PARAGRAPH
    return DocxItem(kind, ((text,),), level, before, hard)


def cell_paragraphs(tc: Any, table: Any) -> tuple[str, ...]:
    """The non-empty paragraphs of one table cell, each as one line (a vertical-merge continuation
    has none)."""
    from docx.table import _Cell

    if tc.vMerge == "continue":
        return ()
    return tuple(t for t in (clean_text(p.text) for p in _Cell(tc, table).paragraphs) if t)


def is_stacked(paragraphs: tuple[str, ...]) -> bool:
    """A cell holding several paragraphs that are each a number ("5.2" over "4.6")."""
    return len(paragraphs) > 1 and all(is_numeric_cell(p) for p in paragraphs)


def split_stacked_row(cells: list[tuple[str, ...]], joined: list[str]) -> list[tuple[str, ...]]:
    """One table row as the rows it holds. A cell whose paragraphs are each a number is what its
    neighbours say it is:

    - every other filled cell has the same count of paragraphs (the label cell "牛肉" over "羊肉"
      beside "1.82" over "0.34"), or is one word repeated on each line (a unit): that many rows;
    - else the row reads as one line of labels and values: each stacked cell gives the row its
      first number (the one on the row's line, beside the label and the row's other values), and its
      further numbers come on lines of their own below, in the same column (what Word prints: the
      cell grows, its label does not), so no two numbers are ever glued into one cell ("5.2 4.6").
    """
    stacked = [is_stacked(p) for p in cells]
    if not any(stacked):
        return [tuple(joined)]
    counts = {len(p) for p, s in zip(cells, stacked) if s}
    n = max(counts)
    first = next((j for j, p in enumerate(cells) if p), None)
    fits = all(not p or len(p) == n or (len(p) == 1 and j != first and not is_numeric_cell(p[0]))
               for j, p in enumerate(cells))
    if len(counts) == 1 and first is not None and not stacked[first] and len(cells[first]) == n and fits:
        return [tuple(p[i] if len(p) == n else (p[0] if p else "") for p in cells) for i in range(n)]
    rows = [tuple(p[0] if s else text for p, s, text in zip(cells, stacked, joined))]
    for i in range(1, n):
        rows.append(tuple(p[i] if s and i < len(p) else "" for p, s in zip(cells, stacked)))
    return rows


def table_to_item(table: Any) -> DocxItem | None:
    """A table's rows; a merged cell is one cell with the number of grid columns it spans, a
    vertical-merge continuation an empty one; a cell of stacked numbers is split (``split_stacked_row``)."""
    from docx.table import _Cell

    rows, spans = [], []
    for tr in table._tbl.tr_lst:
        joined = ["" if tc.vMerge == "continue" else clean_text(_Cell(tc, table).text) for tc in tr.tc_lst]
        if not any(joined):
            continue
        span = tuple(max(1, int(tc.grid_span or 1)) for tc in tr.tc_lst)
        for row in split_stacked_row([cell_paragraphs(tc, table) for tc in tr.tc_lst], joined):
            rows.append(row)
            spans.append(span)
    return DocxItem(TABLE, tuple(rows), spans=tuple(spans)) if rows else None


def docx_to_items(document: Any) -> list[DocxItem]:
    from docx.table import Table

    items = []
    for element in document.iter_inner_content():
        item = table_to_item(element) if isinstance(element, Table) else paragraph_to_item(element)
        if item is not None:
            items.append(item)
    return items


def write_rows(out: TextBuilder, rows: tuple[tuple[str, ...], ...],
               spans: tuple[tuple[int, ...], ...] = ()) -> tuple[tuple[RawCell, ...], ...]:
    """Rows written TAB-separated, one text per cell; a cell spanning k grid columns (its ``span``) is
    followed by k-1 empty raw cells, so every raw row has one cell per grid column."""
    written = []
    for r, row in enumerate(rows):
        if r:
            out.add("\n")
        cells = []
        for c, cell in enumerate(row):
            if c:
                out.add("\t")
            start, end = out.add(cell)
            span = spans[r][c] if r < len(spans) and c < len(spans[r]) else 1
            cells.append(RawCell(cell, start, end, span))
            cells.extend([RawCell("", end, end)] * (span - 1))
        written.append(tuple(cells))
    return tuple(written)


def items_to_parts(items: list[DocxItem]) -> tuple[str, list[Page], list[Block], list[RawTable]]:
    """Items to source text, pages, blocks and raw tables (the offsets all point into the text)."""
    out = TextBuilder()
    pages: list[Page] = []
    blocks: list[Block] = []
    tables: list[RawTable] = []
    page, page_start, first = 1, 0, True
    for item in items:
        for _ in range(item.breaks_before):
            pages.append(Page(page, page_start, out.pos))
            page, first = page + 1, True
            page_start = out.add("\n\n")[1]
        if item.rows:
            if not first:
                out.add("\n")
            start = out.pos
            rows = write_rows(out, item.rows, item.spans)
            blocks.append(Block(item.kind, start, out.pos, page, item.heading_level, None))
            if item.kind == TABLE:
                tables.append(RawTable(page, start, out.pos, rows, None))
            first = False
        for _ in range(item.breaks_after):
            pages.append(Page(page, page_start, out.pos))
            page, first = page + 1, True
            page_start = out.add("\n\n")[1]
    pages.append(Page(page, page_start, out.pos))
    return out.text(), pages, blocks, tables


def docx_title(document: Any, items: list[DocxItem]) -> str | None:
    """A Title/Heading 1 paragraph, else the first body line that reads like a title; the document
    properties only when the body has none (they are often stale: a template's or another report's)."""
    heading = next((i for i in items if i.kind == HEADING and i.heading_level in (0, 1)), None)
    if heading:
        return heading.rows[0][0]
    first = [Line(0, 0, i.rows[0][0], "body") for i in items[:40] if i.kind == PARAGRAPH and i.rows]
    return find_title(first) or (document.core_properties.title or "").strip() or None


def not_docx_reason(path: Path) -> str | None:
    """Why a file python-docx rejected is no Word package, in words (None: no plain reason found)."""
    import zipfile

    try:
        with open(path, "rb") as fh:
            head = fh.read(8)
        if head.startswith(b"\xd0\xcf\x11\xe0"):
            return "an old binary .doc file: save it as .docx"
        if not zipfile.is_zipfile(path):
            return "not a zip package: a renamed file?"
        with zipfile.ZipFile(path) as package:
            if "word/document.xml" not in package.namelist():
                return "a zip package without word/document.xml"
    except (OSError, zipfile.BadZipFile) as exc:
        return f"{type(exc).__name__}: {exc}"
    return None


def read_docx(path: str | Path, *, doc_id: str, sha256: str) -> Document:
    """Read a .docx file into a Document. Raises DocxReadError when it is not a Word document."""
    path = Path(path)
    try:
        import docx

        document = docx.Document(str(path))
        items = docx_to_items(document)
        title = docx_title(document, items)
    except Exception as exc:  # python-docx raises zipfile, lxml, KeyError, ... on junk
        reason = not_docx_reason(path) or f"{type(exc).__name__}: {exc}"
        raise DocxReadError(str(path), f"not a readable Word document ({reason})") from exc
    text, pages, blocks, tables = items_to_parts(items)
    return Document(doc_id=doc_id, path=str(path), sha256=sha256, format="docx", encoding="",
                    text=text, pages=tuple(pages), blocks=tuple(blocks), title=title,
                    raw_tables=tuple(tables))
