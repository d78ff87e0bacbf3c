"""Tables a web page saved as text prints one cell at a time, each cell closed by its bar: the 政府信息公开工作年度报告's
tables as pages copy them::

    第二十条第(一)项 |        商业            申请人情况
    信息内容 |               企业 |           |
    本年制发件数 |            科研            自然人
    …                       机构 |           |
    规章 |
    0 |

(a cell per line, or wrapped over lines up to its bar, or the bar alone on the next line). Some copies drop the
bars and print each cell alone on its line ("信息内容" / "本年制发件数" / … / "规章" / "0"): a run of such bare lines
(``is_bare_cell``) is read the same way, one cell per line, the parts of a header cell wrapped over two lines joined
where together they are a known form's cell ("商业" / "企业").

Stages: ``find_stream_runs`` (the lines of such cells, with at least ``MIN_VALUES`` figures), ``run_to_cells`` (the
cells, split at their bars, the lines of a wrapped cell joined), ``cells_to_blocks`` (header cells, then rows: their
labels then as many figures as the header has figure columns; a row of another count of figures opens the next
block, as the parts of the 主动公开 table do), ``block_to_grid`` (a header as wide as the figures and the label column,
a header of two rows whose upper cells each span as many columns (``two_level``), or a national form's header written
once, placed by :mod:`.written_once`). Each grid is read by the one chain of
:mod:`.stages` as the other uncaptioned text tables are.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from ..records import RawCell, RawTable
from .captions import Line, is_heading
from .grid_columns import unit_columns
from .grid_header import one_group, two_level
from .units import is_unit, is_unit_note
from .written_once import (
    NOTE_CELL_RE,
    PART_CAPTION_RE,
    body_rows,
    header_key,
    is_value,
    is_wrapped_form_cell,
    known_form,
    label_columns,
    place_header,
)

BAR_RE = regex.compile(r"[|｜]")
MIN_VALUES = 3            # figures in a run, at least
MAX_WRAP_CHARS = 12       # a line without its bar, longer than this, is no part of a wrapped cell
MAX_WRAPPED = 3           # lines of one wrapped cell, at most
MAX_CELL_CHARS = 60
MAX_LABELS = 3            # label cells opening one row, at most
MAX_TITLE_LINES = 2       # title lines a bare run may open with, above its header
MIN_TITLE_CHARS = 8       # a title line is this long at least ("2021年全市生产总值及增长速度"), longer than a label
CLAUSE_MARK_RE = regex.compile(r"[，,。；;！!？?]")
BRACKETED_RE = regex.compile(r"[(（][^()（）]*[)）]")
SIDE_BY_SIDE = 2           # cells a row of each of two tables printed side by side holds (a label and its figure)
SPACED_WORD_RE = regex.compile(r"\p{Han}(?:\s+\p{Han}){1,3}")     # "指    标", "合    计": one word spaced to the width


@dataclass(frozen=True, slots=True)
class Block:
    """One table of a stream: its header cells and its rows (label cells, then the figures)."""

    header: tuple[RawCell, ...]
    rows: tuple[tuple[tuple[RawCell, ...], tuple[RawCell, ...]], ...]
    caption: RawCell | None = None      # "第二十条第(五)项": the part's caption, printed as a cell over its header


def is_bar_line(text: str) -> bool:
    """One cell closed by its bar ("规章 |", "0 |"), or bars alone ("|", "|||")."""
    body = text.strip()
    if not body or not BAR_RE.search(body[-1]):
        return False
    inner = body.rstrip("|｜ ")
    return not BAR_RE.search(inner) and len(inner) <= MAX_CELL_CHARS


def find_stream_runs(lines: list[Line]) -> list[list[Line]]:
    """Runs of bar-closed cell lines (lines without their bar inside a run are a cell's first part: see
    ``is_cell_part``), then runs of bare cell lines outside them (``is_bare_cell``), each with at least
    ``MIN_VALUES`` figures, in the text's order."""
    filled = [line for line in lines if not line.blank]
    runs: list[list[Line]] = []
    run: list[Line] = []
    for k, line in enumerate(filled):
        if is_bar_line(line.text) or is_cell_part(filled, k, bool(run)):
            run.append(line)
            continue
        runs.append(run)
        run = []
    runs.append(run)
    barred = {line.index for r in runs for line in r}
    bare: list[Line] = []
    for line in filled:
        if line.index not in barred and is_bare_cell(line.text):
            bare.append(line)
            continue
        runs.append(bare)
        bare = []
    runs.append(bare)
    return sorted((r for r in runs if sum(1 for c in run_to_cells(r) if is_value(c.text)) >= MIN_VALUES),
                  key=lambda r: r[0].start)


def is_bare_cell(text: str) -> bool:
    """A line that is one table cell without a bar: short, no bar, no second cell after a gap (but a word spaced to the
    column's width, "指    标"), no sentence (no clause mark outside brackets: "(本列数据的勾稽关系为:第一项加第二项之和,
    等于第三项加第四项之和)" is a cell)."""
    body = text.strip()
    if not body or len(body) > MAX_CELL_CHARS or BAR_RE.search(body) or \
            (regex.search(r"\S\s{2,}\S", body) and not SPACED_WORD_RE.fullmatch(body)
             and not PART_CAPTION_RE.match(body)):
        return False
    return not CLAUSE_MARK_RE.search(BRACKETED_RE.sub("", body))


def is_cell_part(filled: list[Line], k: int, in_run: bool) -> bool:
    """A line without a bar that opens or continues a cell a later line's bar closes: a cell whose bar stands alone on
    the next line ("一、本年新收政府信息公开申请数量" / "|"), or a short part of one wrapped over lines ("商业" /
    "企业 |"); before a run, no heading ("二、主动公开政府信息情况" over "第二十条第(一)项 |")."""
    text = filled[k].text.strip()
    if BAR_RE.search(text) or len(text) > MAX_CELL_CHARS or (not in_run and is_unit_note(text)):
        return False        # ("单位:亿元" over a run's first cell "收入 |" is the table's unit note, no part of that cell)
    for j in range(k + 1, min(k + 1 + MAX_WRAPPED, len(filled))):
        after = filled[j].text.strip()
        if is_bar_line(after):
            alone = not after.rstrip("|｜ ")
            return (alone and j == k + 1) or (len(text) <= MAX_WRAP_CHARS and (in_run or not is_heading(text)))
        if BAR_RE.search(after) or len(after) > MAX_WRAP_CHARS:
            return False
    return False


def run_to_cells(run: list[Line], fillers: bool = False) -> list[RawCell]:
    """The cells of a run in order: text up to each bar, over lines ("商业" / "企业 |" is 商业企业); a bar alone on the
    line after a closed cell is an empty cell (a form's blank: "56 |" / "|" / … / "56 |"); other empty cells (the bar
    closing a wrapped cell, "|||" fillers) dropped, but with ``fillers`` a line of bars alone after a closed cell is an
    empty cell per bar ("||": two). A run without bars: each line one cell (``bare_cells``)."""
    if is_bare_run(run):
        return bare_cells(run)
    cells: list[RawCell] = []
    parts: list[tuple[str, int, int]] = []
    closed = False          # the line before ended with its bar
    for line in run:
        at = line.start
        bars = line.text.strip()
        if closed and not parts and BAR_RE.fullmatch(bars):
            cells.append(RawCell("", at, at))   # a bar alone after a closed cell: an empty cell ("56 |" / "|" / "|")
            continue
        if fillers and closed and not parts and bars and not BAR_RE.sub("", bars).strip():
            cells.extend(RawCell("", at, at) for _ in BAR_RE.findall(bars))
            continue
        closed = bool(BAR_RE.search(line.text.rstrip()[-1:]))
        for piece in regex.split(r"([|｜])", line.text):
            if BAR_RE.fullmatch(piece):
                text = "".join(p for p, _, _ in parts)
                if text:
                    cells.append(RawCell(text, parts[0][1], parts[-1][2]))
                parts = []
            elif piece.strip():
                lead = len(piece) - len(piece.lstrip())
                body = piece.strip()
                parts.append((body, at + lead, at + lead + len(body)))
            at += len(piece)
    return cells


def is_bare_run(run: list[Line]) -> bool:
    """Whether a run's cells are written without bars, one a line (``is_bare_cell``)."""
    return not any(BAR_RE.search(line.text) for line in run)


def bare_cells(run: list[Line]) -> list[RawCell]:
    """A bare run's cells, one per line, with two lines joined where each is no cell of a known form and together
    they are one ("商业" / "企业": the header cell 商业企业 wrapped)."""
    cells: list[RawCell] = []
    for line in run:
        body = line.text.strip()
        at = line.start + line.text.find(body)
        cell = RawCell(body, at, at + len(body))
        if cells and (is_wrapped_form_cell(cells[-1].text, body) or is_unit_under(cells[-1].text, body)):
            cells[-1] = RawCell(cells[-1].text + body, cells[-1].start, cell.end)
            continue
        cells.append(cell)
    return cells


def is_unit_under(label: str, text: str) -> bool:
    """Whether ``text`` is the bracketed unit of the header word above it ("播种面积" / "(千公顷)")."""
    return bool(NOTE_CELL_RE.match(text)) and is_unit(text[1:-1]) and not is_value(label) and \
        not NOTE_CELL_RE.match(label)


def segments(cells: list[RawCell]) -> list[tuple[list[RawCell], list[RawCell]]]:
    """The cells as runs of words, each followed by its run of figures (empty cells among or before figures too)."""
    out: list[tuple[list[RawCell], list[RawCell]]] = []
    words: list[RawCell] = []
    figures: list[RawCell] = []
    empties: list[RawCell] = []     # empty cells after words, kept only where a figure follows them
    for cell in cells:
        if not cell.text:           # an empty cell stands in a figure's column, inside a row's figures
            (figures if figures else empties).append(cell)
            continue
        if is_value(cell.text):
            figures.extend(empties)
            empties = []
            figures.append(cell)
            continue
        empties = []                # between words (a group's row, a header's closing bar): no column
        if figures:
            out.append((words, figures))
            words, figures = [], []
        words.append(cell)
    if figures:
        out.append((words, figures))
    return out


def side_by_side(cells: list[RawCell]) -> tuple[list[RawCell], list[RawCell]] | None:
    """The cells (read with their fillers) of a run printed as two tables side by side, each row a label and its figure,
    as a budget report's 收支平衡表 is (收入 | 执行数 | 支出 | 执行数, then 总计 | 155.41 | 总计 | 155.41, …; empty cells,
    "||" or "|" / "|", where the right one has no more rows): the left table's cells, then the right one's; None for
    any other run."""
    head = cells[:2 * SIDE_BY_SIDE]
    if len(head) < 2 * SIDE_BY_SIDE or not all(c.text and not is_value(c.text) for c in head) or \
            header_key(head[1].text) != header_key(head[3].text) or header_key(head[0].text) == header_key(head[2].text):
        return None
    sides: tuple[list[RawCell], list[RawCell]] = (list(head[:2]), list(head[2:]))
    side, k = 0, len(head)
    while k < len(cells):
        pair = cells[k:k + SIDE_BY_SIDE]
        if len(pair) < SIDE_BY_SIDE:
            return None
        if side == 1 and not any(c.text for c in pair):
            side, k = 0, k + SIDE_BY_SIDE   # the right table's row left empty
            continue
        if not pair[0].text or is_value(pair[0].text) or not is_value(pair[1].text):
            return None
        sides[side].extend(pair)
        side, k = 1 - side, k + SIDE_BY_SIDE
    rows = (len(sides[0]) - SIDE_BY_SIDE) // SIDE_BY_SIDE
    return sides if rows >= 2 and len(sides[1]) > SIDE_BY_SIDE else None


def run_to_blocks(run: list[Line], corner: bool = False) -> list[Block]:
    """The blocks of a run: ``cells_to_blocks`` of its cells; two tables printed side by side (``side_by_side``) are
    two blocks, the left one first."""
    halves = side_by_side(run_to_cells(run, fillers=True)) if not is_bare_run(run) else None
    if halves:
        return [block for half in halves for block in cells_to_blocks(half, corner=corner)]
    return cells_to_blocks(run_to_cells(run), bare=is_bare_run(run), corner=corner)


def cells_to_blocks(cells: list[RawCell], bare: bool = False, corner: bool = False) -> list[Block]:
    """Header cells, then rows of up to ``MAX_LABELS`` labels and as many figures as the first row; a run of words
    and figures that is no such row opens the next block. ``bare``, ``corner``: as ``opening_row`` reads them."""
    blocks: list[Block] = []
    opened: tuple[RawCell | None, list[RawCell], list[RawCell]] | None = None
    rows: list[tuple[tuple[RawCell, ...], tuple[RawCell, ...]]] = []
    width = 0
    for words, figures in segments(cells):
        if opened is not None and len(figures) > width and not any(c.text for c in figures[width:]):
            figures = figures[:width]       # a row's closing bar alone after its last cell, read as one more empty
        if opened is not None and 1 <= len(words) <= MAX_LABELS and len(figures) == width:
            rows.append((tuple(words), tuple(figures)))
            continue
        if opened is not None:
            blocks.append(Block(tuple(opened[1]), tuple(rows), opened[0]))
        width, opened = _opening(words, figures, bare, corner)
        figures = figures[:width]
        rows = [(tuple(opened[2]), tuple(figures))] if opened is not None else []
    if opened is not None:
        blocks.append(Block(tuple(opened[1]), tuple(rows), opened[0]))
    return blocks


def _opening(words: list[RawCell], figures: list[RawCell], bare: bool,
             corner: bool) -> tuple[int, tuple[RawCell | None, list[RawCell], list[RawCell]] | None]:
    """The width and ``opening_row`` of a block's first row, whose blanks after its last figure may close the row rather
    than stand in a column ("规章 | 0 | 0 | | |" under three columns; "8 | … | 8 |" then "|" under a form's seven):
    a known form's header first, then the fewest labels."""
    filled = max((k + 1 for k, c in enumerate(figures) if c.text), default=0)
    found = [(w, opened) for w in range(max(filled, 1), len(figures) + 1)
             if (opened := opening_row(words, w, bare, corner)) is not None]
    if not found:
        return len(figures), None
    return min(found, key=lambda f: (known_form(f[1][1], f[0]) is None, len(f[1][2]), f[0]))


def opening_row(words: list[RawCell], width: int, bare: bool = False,
                corner: bool = False) -> tuple[RawCell | None, list[RawCell], list[RawCell]] | None:
    """A block's words split into its caption cell (or None), its header cells and its first row's labels: the header
    a national form knows, else one label over the label column and one over each figure column. ``bare``: cells
    without bars, where a header cell wrapped over two lines reads as two (one label opens the first row then, so that
    "本年新" / "制作数量" / … can't pass for a header of as many cells as the figures and their label). ``corner``: the
    header may leave the label column's word out (a captioned table's "播种面积" / … / "全年粮食" / "119319.1" / …; not
    in uncaptioned text, where a part's first row would pass for its header's last word)."""
    words = [w for w in words if not NOTE_CELL_RE.match(w.text)]
    # a bare run holds the lines before its first header too: a section's heading ("二、主动公开政府信息情况"), the
    # previous part's words; the part's caption, or else the first cell after those headings, opens the header
    parts = [k for k, w in enumerate(words[:-1]) if PART_CAPTION_RE.match(w.text)]
    caption = words[parts[-1]] if parts else None
    if parts:
        words = words[parts[-1] + 1:]
    while len(words) > 2 and is_heading(words[0].text):
        words = words[1:]
    for n in range(1, min(MAX_LABELS if not bare else 1, len(words) - 1) + 1):
        header = words[:len(words) - n]
        if known_form(header, width) is not None or len(header) == width + 1 or two_level(header, width) or \
                _with_unit_column(header, words[len(words) - n:], width) or one_group(header, width):
            return caption, header, words[len(words) - n:]
        if corner and len(header) == width and header:   # no word over the label column
            edge = header[0].start
            return caption, [RawCell("", edge, edge), *header], words[len(words) - n:]
    for k in range(1, MAX_TITLE_LINES + 1):     # a bare run opens with the table's title line(s) above its header
        header = words[k:len(words) - 1]
        if bare and len(header) == width + 1 and all(len(w.text) >= MIN_TITLE_CHARS for w in words[:k]):
            return caption, header, words[len(words) - 1:]
    return None


def _with_unit_column(header: list[RawCell], labels: list[RawCell], width: int) -> bool:
    """A header over the label, a 单位 column and the figures, the row's last label its unit ("指 标 | 单位 | 2021年 |
    比上年增长(%)" over "地区生产总值 | 亿元 | 91.3 | 7.5": a bulletin's table as its page saves it)."""
    return len(header) == width + 2 and len(labels) >= 2 and is_unit(labels[-1].text) and \
        unit_columns([cell.text for cell in header]) == (1,)


def block_to_grid(block: Block) -> list[list[RawCell]]:
    """The block's rows as a grid: its header row(s), then each row's labels in their columns and its figures."""
    width = len(block.rows[0][1])
    split = [(list(labels), list(figures)) for labels, figures in block.rows]
    columns = label_columns([labels for labels, _ in split])
    n_labels = max((max(cols) + 1 for cols in columns if cols), default=1)
    body = body_rows(split, columns, n_labels)
    form = known_form(list(block.header), width)
    if form is not None:
        return [*place_header(form, list(block.header), n_labels), *body]
    levels = two_level(list(block.header), width) if len(block.header) != width + 1 else None
    if levels is None and n_labels == 1:
        levels = one_group(list(block.header), width)
    if levels is not None:
        edge = block.header[0].end
        return [[row[0], *(RawCell("", edge, edge) for _ in range(n_labels - 1)), *row[1:]] for row in levels] + body
    header = list(block.header)
    if len(header) == width + n_labels:
        return [header, *body]      # a word over each label column (指标 | 单位)
    edge = header[0].end
    return [[header[0], *(RawCell("", edge, edge) for _ in range(n_labels - 1)), *header[1:]], *body]


def block_to_raw(block: Block, page: int) -> RawTable:
    """A block's grid (``block_to_grid``) as a raw table, spanning its written cells."""
    grid = block_to_grid(block)
    filled = [c for row in grid for c in row if c.text]
    return RawTable(page, min(c.start for c in filled), max(c.end for c in filled), tuple(tuple(row) for row in grid))
