"""Pure layout passes over positioned text: running lines, ruled grids, columns, rows, blocks.

Nothing here imports pdfminer: :mod:`extract.pdf.reader` turns pdfminer objects into the plain
dataclasses below (``Glyph``, ``TextLine``, ``Rule``, ``PageLayout``), and every function here is a
linear (or near-linear) pass over them. Coordinates are PDF user space (y grows upwards).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from statistics import median

from ..records import HEADING, PARAGRAPH, TABLE
from ..resources import load_patterns
from ..text.lines import (MAX_LAID_HEADING_CHARS, is_cell_row, is_heading_text, is_numeric_cell, is_page_number,
                          opens_block)

CELL_GAP = 0.6          # a gap wider than this many font sizes splits a line into cells
SPACE_GAP = 0.3         # a gap wider than this many font sizes is a space (between ASCII only)
EDGE_BAND = 0.12        # top/bottom share of the page where running headers/footers live
MIN_PROSE_CHARS = 5     # the median line of a column of prose has at least this many characters
EDGE_LINES = 4          # only this many outermost lines per side can be running lines
# A line's role (page number, heading, list item, table row) is decided in extract/text/lines.py.
HEADING_MAX_CHARS = MAX_LAID_HEADING_CHARS

RE_PUA = re.compile("[\ue000-\uf8ff]")


@dataclass(frozen=True, slots=True)
class Glyph:
    text: str
    x0: float
    x1: float


@dataclass(frozen=True, slots=True)
class TextLine:
    """One horizontal run of glyphs; ``text`` is already normalised (see ``glyphs_to_text``)."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    size: float
    glyphs: tuple[Glyph, ...] = ()
    ends_with_space: bool = False
    table: int | None = None          # index of a ruled table this placeholder stands for


@dataclass(frozen=True, slots=True)
class Rule:
    x0: float
    y0: float
    x1: float
    y1: float


@dataclass(frozen=True, slots=True)
class PageLayout:
    number: int
    width: float
    height: float
    lines: tuple[TextLine, ...]
    rules: tuple[Rule, ...] = ()


@dataclass(frozen=True, slots=True)
class LaidBlock:
    """A block before offsets: ``rows`` of cells (a paragraph is one row of one cell)."""

    kind: str
    rows: tuple[tuple[str, ...], ...]
    bbox: tuple[float, float, float, float]
    size: float = 0.0
    columns: tuple[float, ...] = ()     # a borderless table's column right edges (:func:`column_edges`)


# ---------------------------------------------------------------- text of a line

def is_ascii_word(ch: str) -> bool:
    return ch.isascii() and not ch.isspace()


def glyphs_to_text(glyphs: tuple[Glyph, ...] | list[Glyph], size: float) -> str:
    """Glyphs to text: spaces only between two ASCII characters, never between CJK ones."""
    out: list[str] = []
    prev: Glyph | None = None
    pending = False
    for g in glyphs:
        if not g.text or g.text.isspace():
            pending = True
            continue
        text = RE_PUA.sub("•", g.text)
        if prev is not None and out and is_ascii_word(out[-1][-1]) and is_ascii_word(text[0]):
            if pending or g.x0 - prev.x1 > SPACE_GAP * size:
                out.append(" ")
        out.append(text)
        prev, pending = g, False
    return "".join(out)


def join_lines(left: str, right: str, had_space: bool) -> str:
    """Join a wrapped line: a space only between two ASCII characters when the PDF had one."""
    if left and right and had_space and is_ascii_word(left[-1]) and is_ascii_word(right[0]):
        return f"{left} {right}"
    return left + right


def make_line(glyphs: list[Glyph], y0: float, y1: float, size: float) -> TextLine | None:
    """A TextLine from glyphs, or None when they hold no visible text."""
    text = glyphs_to_text(glyphs, size)
    if not text:
        return None
    solid = [g for g in glyphs if g.text and not g.text.isspace()]
    return TextLine(text, solid[0].x0, y0, solid[-1].x1, y1, size, tuple(glyphs),
                    bool(glyphs) and glyphs[-1].text.isspace())


def line_to_cells(line: TextLine) -> list[TextLine]:
    """Split a line where the gap between visible glyphs is wider than ``CELL_GAP`` sizes."""
    if not line.glyphs:
        return [line]
    parts: list[list[Glyph]] = [[]]
    last: Glyph | None = None
    for g in line.glyphs:
        if g.text.isspace():
            parts[-1].append(g)
            continue
        if last is not None and g.x0 - last.x1 > CELL_GAP * line.size:
            parts.append([])
        parts[-1].append(g)
        last = g
    cells = [make_line(p, line.y0, line.y1, line.size) for p in parts]
    return [c for c in cells if c is not None]


# ---------------------------------------------------------------- running headers / footers

def _ruled_beyond(line: TextLine, rules: tuple[Rule, ...], below: bool) -> bool:
    """Whether a ruling lies below (or above) the line across its x-range: then it sits in a table."""
    for r in rules:
        if r.x1 > line.x0 and r.x0 < line.x1 and (r.y1 < line.y0 if below else r.y0 > line.y1):
            return True
    return False


def _edge_lines(page: PageLayout) -> list[TextLine]:
    """The outermost few lines at the top and bottom of a page, in the edge bands, outside tables."""
    top, bottom = page.height * (1 - EDGE_BAND), page.height * EDGE_BAND
    by_top = sorted(page.lines, key=lambda ln: -ln.y1)[:EDGE_LINES]
    by_bottom = sorted(page.lines, key=lambda ln: ln.y0)[:EDGE_LINES]
    return ([ln for ln in by_top if ln.y0 >= top and not _ruled_beyond(ln, page.rules, False)]
            + [ln for ln in by_bottom if ln.y1 <= bottom and not _ruled_beyond(ln, page.rules, True)])


def running_key(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


def _edge_parts(line: TextLine) -> list[str]:
    return [c.text.strip() for c in line_to_cells(line)]


def drop_running_lines(pages: list[PageLayout]) -> list[PageLayout]:
    """Remove page numbers and text repeated in the top/bottom band of several pages.

    An edge line is split at wide gaps first ("2 / 4      请务必阅读…"); it goes when every part
    is a page number or recurs (digits ignored) on 2 pages (documents up to 4 pages) or 3 pages.
    """
    counts: Counter[str] = Counter()
    for page in pages:
        counts.update({running_key(t) for ln in _edge_lines(page) for t in _edge_parts(ln)})
    need = 2 if len(pages) <= 4 else 3

    def running(line: TextLine) -> bool:
        return all(is_page_number(t) or counts[running_key(t)] >= need for t in _edge_parts(line))

    out = []
    for page in pages:
        edge = {id(ln) for ln in _edge_lines(page)}
        keep = tuple(ln for ln in page.lines if id(ln) not in edge or not running(ln))
        out.append(replace(page, lines=keep))
    return out


# ---------------------------------------------------------------- hidden text

TINY_TEXT = 2.0         # a line less than this many points tall is no text a reader sees


def drop_tiny_lines(page: PageLayout) -> PageLayout:
    """A page without lines too small to read (a 1-point "26" printed under a table's row label, which would
    shift the row's values one column), measured on the page, whatever font size the PDF declares."""
    keep = tuple(ln for ln in page.lines if ln.table is not None or ln.y1 - ln.y0 >= TINY_TEXT
                 or ln.size >= TINY_TEXT)
    return page if len(keep) == len(page.lines) else replace(page, lines=keep)


# ---------------------------------------------------------------- template tags

PDF_MARKS = "patterns/pdf_marks.v1.jsonl"


def _mark(name: str) -> re.Pattern:
    return load_patterns(PDF_MARKS)[f"pdf.{name}.v1"]


def opens_note(text: str) -> bool:
    """A line opening a table's source or remark note ("资料来源：…", "备注：…")."""
    return bool(_mark("note_opening").match(text))


def strip_template_tag(line: TextLine) -> TextLine | None:
    """A line without the template tag it opens with ("[Table_Base]股票数据" -> "股票数据"); None when the tag
    was all of it; the line itself when it has none."""
    match = _mark("template_tag").match(line.text)
    if match is None:
        return line
    if not line.glyphs:
        rest = line.text[match.end():]
        return replace(line, text=rest) if rest.strip() else None
    taken, i = 0, 0
    while i < len(line.glyphs) and taken < match.end():
        taken += len(line.glyphs[i].text) if not line.glyphs[i].text.isspace() else 0
        i += 1
    rest = make_line(list(line.glyphs[i:]), line.y0, line.y1, line.size)
    return rest if rest is None or line.table is None else replace(rest, table=line.table)


def drop_template_tags(page: PageLayout) -> PageLayout:
    """A page without report-template tags ([Table_Main], [Table_Base] …)."""
    lines = [strip_template_tag(ln) for ln in page.lines]
    return replace(page, lines=tuple(ln for ln in lines if ln is not None))


# ---------------------------------------------------------------- columns and reading order

def _numeric_share(lines: list[TextLine]) -> float:
    numeric = sum(1 for ln in lines if is_numeric_cell(ln.text))
    return numeric / len(lines) if lines else 0.0


def _median_chars(lines: list[TextLine]) -> float:
    return median(len(ln.text) for ln in lines) if lines else 0.0


def find_gutter(lines: list[TextLine], width: float) -> float | None:
    """The x of a two-column gutter that few lines cross and prose lies on both sides of, or None."""
    best: tuple[int, float] | None = None
    for step in range(int(width * 0.2), int(width * 0.8), 2):
        x = float(step)
        left = [ln for ln in lines if ln.x1 < x]
        right = [ln for ln in lines if ln.x0 > x]
        crossing = len(lines) - len(left) - len(right)
        if len(left) < 3 or len(right) < 3 or crossing > 0.25 * len(lines):
            continue
        if sum(len(ln.text) for ln in left) < 40 or sum(len(ln.text) for ln in right) < 40:
            continue
        if _numeric_share(left) > 0.4 or _numeric_share(right) > 0.4:
            continue
        if min(_median_chars(left), _median_chars(right)) < MIN_PROSE_CHARS:
            continue        # a column of short cells (简称: 金宇保灵, 研究院) is a table's, not prose
        if best is None or crossing < best[0]:
            best = (crossing, x)
    return best[1] if best else None


def lines_to_flows(lines: list[TextLine], width: float) -> list[list[TextLine]]:
    """Reading order: top to bottom, or column by column between full-width lines."""
    ordered = sorted(lines, key=lambda ln: (-ln.y1, ln.x0))
    gutter = find_gutter([ln for ln in ordered if ln.table is None], width)
    if gutter is None:
        return [ordered] if ordered else []
    flows: list[list[TextLine]] = []
    left: list[TextLine] = []
    right: list[TextLine] = []
    across: list[TextLine] = []         # consecutive full-width lines are one flow (a paragraph's lines)
    for ln in ordered:
        if ln.x1 < gutter or ln.x0 > gutter:
            if across:
                flows.append(across)
                across = []
            (left if ln.x1 < gutter else right).append(ln)
        else:
            flows.extend(f for f in (left, right) if f)
            left, right = [], []
            across.append(ln)
    flows.extend(f for f in (across, left, right) if f)
    return flows


def lines_to_rows(lines: list[TextLine]) -> list[list[TextLine]]:
    """Group lines (already top-to-bottom) sharing a baseline into visual rows of cells, left to right."""
    rows: list[list[TextLine]] = []
    for ln in lines:
        if rows and ln.table is None and rows[-1][0].table is None and _same_row(rows[-1][0], ln):
            rows[-1].append(ln)
        else:
            rows.append([ln])
    out = []
    for row in rows:
        cells = [c for ln in sorted(row, key=lambda r: r.x0) for c in line_to_cells(ln)]
        out.append(cells)
    return out


def _same_row(a: TextLine, b: TextLine) -> bool:
    overlap = min(a.y1, b.y1) - max(a.y0, b.y0)
    return overlap > 0.5 * min(a.y1 - a.y0, b.y1 - b.y0)


def is_table_row(cells: list[TextLine]) -> bool:
    return is_cell_row([c.text for c in cells])


# ---------------------------------------------------------------- blocks

def _breaks(prev: TextLine, cur: TextLine, left: float, right: float) -> bool:
    """Whether ``cur`` starts a new paragraph after ``prev`` in a flow spanning [left, right]."""
    size = max(prev.size, cur.size)
    if abs(prev.size - cur.size) > 0.12 * size or prev.y0 - cur.y1 > 1.6 * size:
        return True
    if prev.x1 < right - 2 * size or cur.x0 > left + 1.5 * size:
        return True
    if _mark("item_opening").match(cur.text) and (is_heading_text(prev.text) or _mark("item_opening").match(prev.text)
                                                  or prev.text.rstrip().endswith("。")):
        return True         # "(一)普通股股份变动情况表" over "1、普通股股份变动情况表": two headings; "…批准。" over "2. 合并…"
    return opens_block(cur.text) or opens_note(cur.text)


def _bbox(lines: list[TextLine]) -> tuple[float, float, float, float]:
    return (min(ln.x0 for ln in lines), min(ln.y0 for ln in lines),
            max(ln.x1 for ln in lines), max(ln.y1 for ln in lines))


def _paragraph(lines: list[TextLine], body_size: float) -> LaidBlock:
    text = ""
    for i, ln in enumerate(lines):
        text = join_lines(text, ln.text, i > 0 and lines[i - 1].ends_with_space)
    size = max(ln.size for ln in lines)
    big = size >= 1.2 * body_size and len(text) <= 2 * HEADING_MAX_CHARS
    kind = HEADING if is_heading_text(text) or (big and not text.endswith("。")) else PARAGRAPH
    return LaidBlock(kind, ((text,),), _bbox(lines), size)


def with_corner(rows: list[list[TextLine]]) -> list[list[TextLine]]:
    """A header row printed without its corner cell ("2018 2019 … 2023E" over "净利润 345 585 …") gets an
    empty first cell, when it starts right of the row labels and is one cell short of the full rows."""
    if len(rows) < 2 or not rows[0]:
        return rows
    width = max(len(row) for row in rows[1:])
    full = [row for row in rows[1:] if len(row) == width]
    head = rows[0]
    if len(head) != width - 1 or head[0].x0 <= max(row[0].x1 for row in full):
        return rows
    label = min(full, key=lambda row: row[0].x0)[0]
    return [[TextLine("", label.x0, head[0].y0, label.x0, head[0].y1, head[0].size), *head], *rows[1:]]


def column_edges(rows: list[list[TextLine]]) -> tuple[float, ...]:
    """The right edge of each column of a borderless table (figures are set flush right): the median
    x1 of the column's cells over the rows that fill every column; () when fewer than two do."""
    width = max(len(row) for row in rows)
    full = [row for row in rows if len(row) == width]
    if len(full) < 2:
        return ()
    return tuple(median(row[j].x1 for row in full) for j in range(width))


def is_header_over(head: list[TextLine], row: list[TextLine]) -> bool:
    """``head`` is the header row of the table row under it: as many cells, words only (no figure, no
    sentence), each standing over the cell below it ("序号 | 子公司名称 | 简称" over "1 | 金宇保灵… | 金宇保灵")."""
    return len(head) == len(row) >= 3 and not any(is_numeric_cell(c.text) or c.text.rstrip().endswith("。")
                                                  for c in head) \
        and all(min(h.x1, c.x1) > max(h.x0, c.x0) for h, c in zip(head, row))


def header_rows(kinds: list[bool], rows: list[list[TextLine]]) -> list[bool]:
    """Table-row flags with the header row of words right over a borderless table's first row set too."""
    out = list(kinds)
    for i in range(len(rows) - 1):
        if not kinds[i] and kinds[i + 1] and (i == 0 or not kinds[i - 1]) and is_header_over(rows[i], rows[i + 1]):
            out[i] = True
    return out


def _table(rows: list[list[TextLine]]) -> LaidBlock:
    rows = with_corner(rows)
    cells = tuple(tuple(c.text.replace("\t", " ") for c in row) for row in rows)
    flat = [c for row in rows for c in row]
    return LaidBlock(TABLE, cells, _bbox(flat), max(c.size for c in flat), column_edges(rows))


def _merge_row(row: list[TextLine]) -> TextLine:
    """A prose row split by gaps becomes one line again (parts joined by one space)."""
    if len(row) == 1:
        return row[0]
    text = " ".join(c.text for c in row)
    return TextLine(text, row[0].x0, min(c.y0 for c in row), row[-1].x1, max(c.y1 for c in row),
                    max(c.size for c in row), (), row[-1].ends_with_space)


def flow_margins(lines: list[TextLine]) -> tuple[float, float]:
    """Left margin (smallest x0) and right margin (most common x1 of longer lines, else the largest)."""
    if not lines:
        return 0.0, 0.0
    ends = Counter(round(ln.x1 / 4) for ln in lines if len(ln.text) >= 10)
    right = max(ln.x1 for ln in lines)
    if ends:
        top = max(ends.values())
        right = 4.0 * max(k for k, n in ends.items() if n == top) + 2
    return min(ln.x0 for ln in lines), right


def rows_to_blocks(rows: list[list[TextLine]], body_size: float,
                   tables: list[LaidBlock] | tuple[LaidBlock, ...] = (),
                   table_rows: list[bool] | None = None) -> list[LaidBlock]:
    """Visual rows of one flow to blocks: table rows, ruled-table placeholders, paragraphs.

    ``table_rows`` says which rows are table rows (default: ``is_table_row`` of each); a side-by-side
    table (:mod:`extract.pdf.sides`) passes its own, which keeps group-label rows inside the table.
    """
    out: list[LaidBlock] = []
    prose: list[TextLine] = []
    grid: list[list[TextLine]] = []
    merged = [_merge_row(r) for r in rows]
    kinds = table_rows if table_rows is not None else header_rows([is_table_row(r) for r in rows], rows)
    # Margins of the prose: a ruled table's placeholder (often wider than the text) does not set them.
    left, right = flow_margins([ln for k, ln in zip(kinds, merged) if not k and ln.table is None and ln.text.strip()])

    def flush() -> None:
        if prose:
            out.append(_paragraph(prose, body_size))
            prose.clear()
        if grid:
            out.append(_table(grid))
            grid.clear()

    for row, line, kind in zip(rows, merged, kinds):
        if line.table is not None:
            flush()
            out.append(tables[line.table])
        elif kind:
            if prose:
                flush()
            grid.append(row)
        else:
            if grid or (prose and _breaks(prose[-1], line, left, right)):
                flush()
            prose.append(line)
    flush()
    return out


def pages_body_size(pages: list[PageLayout]) -> float:
    """The font size carrying most characters of prose lines (15+ characters) in the document."""
    sizes: Counter[float] = Counter()
    for page in pages:
        for ln in page.lines:
            if len(ln.text) >= 15:
                sizes[round(ln.size)] += len(ln.text)
    return float(sizes.most_common(1)[0][0]) if sizes else 10.0


def blocks_to_title(blocks: list[LaidBlock], body_size: float) -> str | None:
    """The first run of the largest-font blocks at the top of page 1, when larger than body text."""
    prose = [b for b in blocks if b.kind != TABLE]
    if not prose:
        return None
    top = max(b.size for b in prose)
    if top < 1.2 * body_size:
        return None
    start = next(i for i, b in enumerate(blocks) if b.kind != TABLE and b.size == top)
    run = []
    for b in blocks[start:start + 3]:
        if b.kind == TABLE or b.size != top:
            break
        run.append(b.rows[0][0])
    return "".join(run) or None
