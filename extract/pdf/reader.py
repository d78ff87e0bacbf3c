"""PDF file -> Document, with pdfium (default) or pdfminer.six. The only module that imports pdfminer.six.

Two engines give the same plain ``layout`` dataclasses (``PageLayout``: lines of glyphs, rulings), and
everything after that is pure Python in :mod:`extract.pdf.layout` / :mod:`extract.pdf.grid` /
:mod:`extract.pdf.sides` (tables printed side by side). The engines:

- ``pdfium`` (default, :mod:`extract.pdf.pdfium`): pypdfium2's text page, about 20x faster; it reads
  rotated pages and text in the text's own direction.
- ``pdfminer``: one pdfminer layout pass per page (``PDFPageInterpreter`` + ``PDFPageAggregator``, the
  same work as ``pdfminer.high_level.extract_pages``). It is also the fallback when pdfium fails on a file.

The engine is chosen by ``read_pdf(..., engine=)``, else by the ``TIEOUT_PDF_ENGINE`` environment
variable (``tieout --pdf-engine`` sets it, so worker processes inherit it), else ``pdfium``. Every page
then passes :func:`extract.pdf.sanity.check_pages` (glyph codes, private-use text, mojibake are left
out with a warning). Every failure becomes a ``PdfReadError``.
"""
from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LAParams, LTAnno, LTChar, LTCurve, LTPage, LTTextBox, LTTextLine
from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser

from ..errors import PdfReadError
from ..records import PARAGRAPH, TABLE, Block, Document, Page, RawCell, RawTable
from ..text.builder import TextBuilder
from ..text.lines import continues_over_page
from . import ENGINE_VARIABLE, ENGINES
from .grid import page_to_tables
from .layout import (Glyph, LaidBlock, PageLayout, Rule, TextLine, blocks_to_title, drop_running_lines,
                     drop_template_tags, drop_tiny_lines, lines_to_flows, lines_to_rows, make_line, pages_body_size,
                     rows_to_blocks)
from .sanity import PageStats, check_pages, quarter_turn
from .sides import lift_corner_caption, side_table_rows, split_side_by_side

logger = logging.getLogger(__name__)

DEFAULT_ENGINE = "pdfium"

# Chinese text has no word spaces, so word_margin is irrelevant (layout.glyphs_to_text decides
# spaces); boxes_flow=None skips pdfminer's box ordering, which layout.lines_to_flows redoes.
LAPARAMS = LAParams(line_overlap=0.5, char_margin=2.0, line_margin=0.5, word_margin=0.1,
                    boxes_flow=None, detect_vertical=False, all_texts=False)
RULE_MAX_THICKNESS = 2.5


def engine_name(engine: str | None = None) -> str:
    """The engine to use: ``engine``, else $TIEOUT_PDF_ENGINE, else pdfium (ValueError if unknown)."""
    name = (engine or os.environ.get(ENGINE_VARIABLE) or DEFAULT_ENGINE).strip().lower()
    if name not in ENGINES:
        raise ValueError(f"unknown PDF engine {name!r}; expected one of {', '.join(ENGINES)}")
    return name


def read_pdf(path: str | Path, *, doc_id: str, sha256: str, max_pages: int | None = None,
             engine: str | None = None) -> Document:
    """Read a PDF into a Document (source text, pages, blocks, raw tables, page warnings).

    Args:
        path: the PDF file.
        doc_id: the document id (see DESIGN.md §2).
        sha256: the file's sha256 hex digest.
        max_pages: read only the first N pages (None = all).
        engine: "pdfium" or "pdfminer" (None: see ``engine_name``).

    Raises:
        PdfReadError: truncated/corrupt or encrypted file, or no page with a readable text layer.
    """
    path = Path(path)
    layouts, stats, warnings = read_pages(path, max_pages=max_pages, engine=engine_name(engine))
    layouts, problems = check_pages(str(path), layouts, stats)
    if not any(page.lines for page in layouts):
        if problems:
            reason = problems[0].split(": ", 1)[1].split(";")[0]
            raise PdfReadError(str(path), f"no readable text layer ({reason} on every page)")
        raise PdfReadError(str(path), "no text layer (scanned PDF?)")
    document = layouts_to_document(layouts, path=path, doc_id=doc_id, sha256=sha256)
    return replace(document, warnings=tuple(warnings + problems))


def read_pages(path: Path, *, max_pages: int | None, engine: str) -> tuple[list[PageLayout], list[PageStats], list[str]]:
    """Page layouts with the chosen engine; pdfium failing on a file falls back to pdfminer (a warning)."""
    with open(path, "rb") as fh:
        if not fh.read(1024).lstrip().startswith(b"%PDF"):
            raise PdfReadError(str(path), "not a PDF file (no %PDF header)")
    warnings: list[str] = []
    if engine == "pdfium":
        try:
            from . import pdfium
            layouts, stats = pdfium.read_layouts(path, max_pages=max_pages)
            if layouts:
                return layouts, stats, warnings
            reason = "no pages"
        except PdfReadError as exc:
            if exc.detail.startswith("encrypted"):      # pdfminer cannot open it either
                raise
            reason = f"{type(exc).__name__}: {exc.detail}"
        except Exception as exc:    # pdfium or its binding raising on an odd file
            reason = f"{type(exc).__name__}: {exc}"
        # info, not warning: a file pdfminer cannot read either is one error line, one it reads a warning
        logger.info("%s: pdfium could not read it (%s); trying pdfminer", path, reason)
        warnings.append(f"{path}: read with pdfminer (pdfium: {reason})")
    try:
        layouts, stats = read_layouts(path, max_pages=max_pages)
    except PdfReadError:
        raise
    except Exception as exc:  # pdfminer raises many unrelated types on broken files
        raise PdfReadError(str(path), f"corrupt or truncated PDF ({type(exc).__name__}: {exc})") from exc
    return layouts, stats, warnings


def read_layouts(path: Path, *, max_pages: int | None = None) -> tuple[list[PageLayout], list[PageStats]]:
    """pdfminer: every page as a PageLayout (a page pdfminer cannot lay out is logged and left empty)."""
    with open(path, "rb") as fh:
        document = open_document(fh, path)
        pairs = list(iter_layouts(document, path, max_pages))
    if not pairs:
        raise PdfReadError(str(path), "no pages could be read (truncated or corrupt PDF?)")
    return [p for p, _ in pairs], [s for _, s in pairs]


def open_document(fh: object, path: Path) -> PDFDocument:
    try:
        return PDFDocument(PDFParser(fh))  # type: ignore[arg-type]
    except PDFPasswordIncorrect as exc:
        raise PdfReadError(str(path), "encrypted PDF (a password is required)") from exc
    except PDFEncryptionError as exc:
        raise PdfReadError(str(path), f"encrypted PDF (unsupported encryption: {exc})") from exc
    except Exception as exc:
        raise PdfReadError(str(path), f"corrupt or truncated PDF ({type(exc).__name__}: {exc})") from exc


def iter_layouts(document: PDFDocument, path: Path,
                 max_pages: int | None) -> Iterator[tuple[PageLayout, PageStats]]:
    manager = PDFResourceManager(caching=True)
    device = PDFPageAggregator(manager, laparams=LAPARAMS)
    interpreter = PDFPageInterpreter(manager, device)
    for number, page in enumerate(iter_pdf_pages(document, path), start=1):
        if max_pages is not None and number > max_pages:
            break
        rotate = int(getattr(page, "rotate", 0) or 0) % 360
        page.rotate = 0     # read in user space, as pdfium does: the text's own direction decides
        try:
            interpreter.process_page(page)
            layout, off_angle = ltpage_to_layout(device.get_result(), number)
        except Exception as exc:
            logger.warning("%s: page %d skipped: %s: %s", path, number, type(exc).__name__, exc)
            yield PageLayout(number, 0.0, 0.0, ()), PageStats(number)
            continue
        yield layout, PageStats(number, rotate, 0, off_angle)


def iter_pdf_pages(document: PDFDocument, path: Path) -> Iterator[PDFPage]:
    """PDF pages in order; a broken page tree ends the iteration (with a warning) after page 1."""
    pages = PDFPage.create_pages(document)
    count = 0
    while True:
        try:
            page = next(pages)
        except StopIteration:
            return
        except Exception as exc:
            if count == 0:
                raise PdfReadError(str(path), f"corrupt or truncated PDF ({type(exc).__name__}: {exc})") from exc
            logger.warning("%s: page tree broken after page %d: %s", path, count, exc)
            return
        count += 1
        yield page


def ltpage_to_layout(ltpage: LTPage, number: int) -> tuple[PageLayout, int]:
    """pdfminer's layout of one page to plain lines and rulings (one pass over its objects), and the
    number of characters not upright (rotated text, which pdfminer lays out letter by letter)."""
    lines: list[TextLine] = []
    rules: list[Rule] = []
    rotated = 0
    for obj in ltpage:
        if isinstance(obj, LTTextBox):
            for ltline in obj:
                line = ltline_to_line(ltline)
                if line is not None:
                    lines.append(line)
                    rotated += sum(1 for ch in ltline
                                   if isinstance(ch, LTChar) and quarter_turn(ch.matrix[0], ch.matrix[1]))
        elif isinstance(obj, LTCurve):   # LTLine and LTRect are LTCurves
            if min(obj.width, obj.height) <= RULE_MAX_THICKNESS:
                rules.append(Rule(obj.x0, obj.y0, obj.x1, obj.y1))
    return PageLayout(number, ltpage.width, ltpage.height, tuple(lines), tuple(rules)), rotated


def ltline_to_line(ltline: LTTextLine) -> TextLine | None:
    """pdfminer's line to a TextLine, in drawing order; a line drawn right to left is read left to right."""
    chars = [ch for ch in ltline if isinstance(ch, LTChar) and not ch.get_text().isspace()]
    if len(chars) > 1 and chars[-1].x0 < chars[0].x0:
        return backwards_to_line(chars, ltline)
    glyphs: list[Glyph] = []
    size = 0.0
    for item in ltline:
        if isinstance(item, LTChar):
            glyphs.append(Glyph(item.get_text(), item.x0, item.x1))
            size = max(size, item.size)
        elif isinstance(item, LTAnno) and item.get_text() == " " and glyphs:
            glyphs.append(Glyph(" ", glyphs[-1].x1, glyphs[-1].x1))
    return make_line(glyphs, ltline.y0, ltline.y1, size or ltline.height)


def backwards_to_line(chars: list[LTChar], ltline: LTTextLine) -> TextLine | None:
    """A line whose characters are drawn right to left (the footer "第26页共29页" drawn as "页29共页26第",
    the caption "表22" as "22表", the minus of "-309" after its digits) in x order, a space where the gap
    is wider than pdfminer's word margin, as pdfium's reader does (:func:`.pdfium.run_to_line`)."""
    glyphs: list[Glyph] = []
    for ch in sorted(chars, key=lambda c: c.x0):
        if glyphs and ch.x0 - glyphs[-1].x1 > LAPARAMS.word_margin * max(ch.width, ch.height):
            glyphs.append(Glyph(" ", glyphs[-1].x1, glyphs[-1].x1))
        glyphs.append(Glyph(ch.get_text(), ch.x0, ch.x1))
    return make_line(glyphs, ltline.y0, ltline.y1, max(ch.size for ch in chars) or ltline.height)


# ---------------------------------------------------------------- assembly

def page_to_blocks(page: PageLayout, body_size: float) -> list[LaidBlock]:
    """One page (running lines already dropped) to blocks in reading order."""
    lines, tables = page_to_tables(page)
    blocks: list[LaidBlock] = []
    for flow in lines_to_flows(lines, page.width):
        for part, side in split_side_by_side(flow, page.rules):
            rows = lift_corner_caption(lines_to_rows(part)) if side else lines_to_rows(part)
            blocks.extend(rows_to_blocks(rows, body_size, tables, side_table_rows(rows) if side else None))
    return blocks


def add_block(out: TextBuilder, block: LaidBlock) -> list[tuple[RawCell, ...]]:
    """Write one block's rows (cells separated by TAB, rows by newline); return its cells."""
    rows: list[tuple[RawCell, ...]] = []
    for r, row in enumerate(block.rows):
        if r:
            out.add("\n")
        cells = []
        for c, cell in enumerate(row):
            if c:
                out.add("\t")
            start, end = out.add(cell)
            cells.append(RawCell(cell, start, end))
        rows.append(tuple(cells))
    return rows


def join_across_pages(blocks: list[Block], text: str) -> tuple[Block, ...]:
    """A paragraph a page break cut in two is one block (its page is the first part's; a claim's page comes
    from its own offset)."""
    out: list[Block] = []
    for block in blocks:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == block.kind == PARAGRAPH and block.page == prev.page + 1 \
                and continues_over_page(text[prev.start:prev.end], text[block.start:block.end]):
            out[-1] = replace(prev, end=block.end)
            continue
        out.append(block)
    return tuple(out)


def layouts_to_document(layouts: list[PageLayout], *, path: Path, doc_id: str, sha256: str) -> Document:
    """Pages (pages separated by a blank line, blocks by a newline) into a Document with offsets."""
    layouts = [drop_template_tags(page) for page in drop_running_lines([drop_tiny_lines(p) for p in layouts])]
    body = pages_body_size(layouts)
    out = TextBuilder()
    pages: list[Page] = []
    blocks: list[Block] = []
    tables: list[RawTable] = []
    title = None
    for layout in layouts:
        if pages:
            out.add("\n\n")
        laid = page_to_blocks(layout, body)
        if layout.number == 1:
            title = blocks_to_title(laid, body)
        page_start = out.pos
        for i, block in enumerate(laid):
            if i:
                out.add("\n")
            start = out.pos
            rows = add_block(out, block)
            blocks.append(Block(block.kind, start, out.pos, layout.number, None, block.bbox))
            if block.kind == TABLE:
                tables.append(RawTable(layout.number, start, out.pos, tuple(rows), block.bbox, block.columns))
        pages.append(Page(layout.number, page_start, out.pos))
    text = out.text()
    return Document(doc_id=doc_id, path=str(path), sha256=sha256, format="pdf", encoding="",
                    text=text, pages=tuple(pages), blocks=join_across_pages(blocks, text), title=title,
                    raw_tables=tuple(tables))
