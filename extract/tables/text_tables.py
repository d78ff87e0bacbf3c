"""Tables written as TAB-separated rows (Word documents dumped to text, tables of the PDF text).

Stages: ``find_tab_lines`` (the TAB rows under a caption, across blank lines), ``lines_to_rows``
(rows of raw cells with offsets; a web table's cells merged down and left out of the rows below them put back:
``carry_corner``, ``carry_groups``; a header row repeated for each breakdown: ``repeated_header_groups``),
``tab_to_raw`` (the ``RawTable`` the one chain of :mod:`.stages` reads: header rows, label columns, cells).
"""
from __future__ import annotations

import regex

from ..records import RawCell, RawTable
from ..text.lines import is_markdown_row, is_numeric_cell
from .captions import RULE_RE, Line, is_note, is_source, lone_cell
from .cells import without_closing_empties
from .units import is_unit_note

MAX_GROUP_CHARS = 20
TITLE_CELL_RE = regex.compile(r"表(?:[(（][^()（）]{1,12}[)）])?$")


def is_cell_row(text: str) -> bool:
    """A line of cells: TAB-separated, or a Markdown table row (``text.lines.is_markdown_row``)."""
    return "\t" in text or is_markdown_row(text)


def _separator(text: str) -> str:
    return "\t" if "\t" in text else "|"


def is_group_label(text: str) -> bool:
    """One short word, no figure: a group's name ("本科生"), not a header line flattened into one cell."""
    return bool(text) and len(text) <= MAX_GROUP_CHARS and len(text.split()) == 1 and not is_numeric_cell(text)


def is_group_line(lines: list[Line], k: int) -> bool:
    """"本科生 |" between rows of cells: a web table's row label merged down over the rows after it (rowspan), printed
    alone on its line with its bar, the next line a row of cells with a figure ("第二十条第(五)项 |" over the header
    "信息内容 | 本年处理决定数量 |" is the caption of a part)."""
    text = lines[k].text.strip()
    if not text.endswith(("|", "｜")) or text.count("|") + text.count("｜") != 1:
        return False
    if not is_group_label(text[:-1].strip()):
        return False
    after = next((i for i in range(k + 1, len(lines)) if not lines[i].blank), None)
    return after is not None and is_cell_row(lines[after].text) and \
        any(is_numeric_cell(c.text) for c in split_cells(lines[after]))


def find_tab_lines(lines: list[Line], first: int, stop: int) -> list[Line]:
    """The TAB rows starting at ``lines[first]`` (after notes), up to the first other text line."""
    rows: list[Line] = []
    for k in range(first, min(stop, len(lines))):
        line = lines[k]
        if line.blank or RULE_RE.match(line.text):
            continue
        if is_cell_row(line.text) or (rows and is_group_line(lines, k)):
            rows.append(line)
        elif rows or not (is_note(line.text) or is_source(line.text)):
            break
    return rows


def split_cells(line: Line) -> list[RawCell]:
    """One TAB or Markdown line's cells with their offsets ("| a | b |": the outer bars open and close the row)."""
    cells, start = [], line.start
    sep = _separator(line.text)
    parts = line.text.split(sep)
    if sep == "|":
        if not parts[0].strip():
            start += len(parts[0]) + 1
            parts = parts[1:]
        if parts and not parts[-1].strip():
            parts = parts[:-1]
    for part in parts:
        lead = len(part) - len(part.lstrip())
        text = part.strip()
        cells.append(RawCell(text, start + lead, start + lead + len(text)))
        start += len(part) + 1
    return cells


def is_rectangular(lines: list[Line]) -> bool:
    """Every line has as many cells: a grid whose merged cells, if any, were written out (a grid that lost them,
    header rows shorter than its body, cannot be placed without a caption's table to go by)."""
    return len({len(split_cells(line)) for line in lines}) == 1


def is_contents(lines: list[Line]) -> bool:
    """A table of contents: titles, each with the page it starts on, the pages in order ("表 1-1 …\t3",
    "附表 1: …\t64")."""
    rows = [split_cells(line) for line in lines]
    if any(len(r) != 2 or not r[1].text.isdigit() for r in rows):
        return False
    pages = [int(r[1].text) for r in rows]
    return pages == sorted(pages)


def lines_to_rows(lines: list[Line]) -> list[list[RawCell]]:
    """Each TAB (or Markdown) line split into raw cells with offsets (note rows and rule rows dropped)."""
    rows: list[list[RawCell]] = []
    for line in lines:
        cells = split_cells(line)
        filled = [c for c in cells if c.text]
        if RULE_RE.match(line.text) or (len(filled) == 1 and is_note(filled[0].text)):
            continue
        rows.append(cells)
    width = max((len(r) for r in rows), default=0)
    rows = carry_groups(carry_corner(rows, width), width)
    rows = [r + [RawCell("", r[-1].end, r[-1].end)] * (width - len(r)) for r in rows]
    return repeated_header_groups(rows)


def carry_corner(rows: list[list[RawCell]], width: int) -> list[list[RawCell]]:
    """"学科门类 | 学科门类构成 | 性别构成" then "毕业生 | 比例 | 男 | 女 | 男女比例" over rows of one label and five
    figures: a second header row short by just the label cells, under a header row whose label cells are written,
    stands under the figures; the corner cells above are merged down over it (a web table's rowspan)."""
    first = next((r for r in rows if any(is_numeric_cell(c.text) for c in r)), None)
    labels = next((k for k, c in enumerate(first) if is_numeric_cell(c.text)), 0) if first else 0
    out: list[list[RawCell]] = []
    for row in rows:
        core = without_closing_empties(row)
        above = out[-1] if out else None
        if above is not None and labels and len(core) == width - labels >= 2 and row is not first and \
                _is_header(above) and _is_header(core) and all(c.text for c in core) and \
                all(c.text for c in above[:labels]):
            out.append([*above[:labels], *core])
            continue
        out.append(row)
    return out


def _is_header(cells: list[RawCell]) -> bool:
    return any(c.text for c in cells) and not any(is_numeric_cell(c.text) for c in cells)


def repeated_header_groups(rows: list[list[RawCell]]) -> list[list[RawCell]]:
    """"分行业 | 营业收入 | 占比 | 毛利率" and, further down, "分产品 | 营业收入 | 占比 | 毛利率": a header row repeated with
    another first cell opens a block of rows of that kind; the first cells become a column of groups, each written once
    over its block (分行业, 分产品, 分地区: the 主营业务构成 of an annual report as a page copies it)."""
    if len(rows) < 4 or not rows[0] or not _is_header(rows[0]):
        return rows
    head = [c.text for c in rows[0][1:]]
    if sum(1 for text in head if text) < 2:
        return rows         # "第二十条第(一)项 | |||": a part's caption over its header, no header of its own
    repeats = [k for k, r in enumerate(rows) if k > 0 and _is_header(r) and [c.text for c in r[1:]] == head
               and r[0].text and r[0].text != rows[0][0].text]
    if not repeats:
        return rows
    edge = rows[0][0].start
    out = [[RawCell("", edge, edge), RawCell("", edge, edge), *rows[0][1:]]]
    group: RawCell | None = rows[0][0]
    for k, row in enumerate(rows[1:], 1):
        if k in repeats:
            group = row[0]
            continue
        start = row[0].start
        out.append([group or RawCell("", start, start), *row])
        group = None        # written once, as a merged cell is
    return out


def carry_groups(rows: list[list[RawCell]], width: int) -> list[list[RawCell]]:
    """A row of one word ("本科生 |") followed by rows of a label and figures one cell short of the table's width
    is their first column, merged down: it opens the first of them and is written once, as a merged cell is."""
    out: list[list[RawCell]] = []
    group: RawCell | None = None
    for k, row in enumerate(rows):
        core = without_closing_empties(row)
        if len(core) == 1 and is_group_label(core[0].text) and k + 1 < len(rows) and \
                len(rows[k + 1]) == width - 1 >= 2 and not is_numeric_cell(rows[k + 1][0].text):
            group = core[0]
            continue
        if group is not None and len(core) == width - 1 and not is_numeric_cell(core[0].text):
            out.append([group, *core])
            group = RawCell("", core[0].start, core[0].start)
            continue
        group = None
        out.append(row)
    return out


def find_cell_runs(lines: list[Line]) -> list[list[Line]]:
    """Runs of two or more lines of cells (blank lines between them allowed): the tables a text prints without a
    caption ("二、主动公开政府信息情况" then "信息内容 | 本年制发件数 | …"); a caption's own body is one of them."""
    runs: list[list[Line]] = []
    run: list[Line] = []
    for line in lines:
        if line.blank:
            continue
        if is_cell_row(line.text) or (run and RULE_RE.match(line.text)):
            run.append(line)
            continue
        if len(run) >= 2:
            runs.append(run)
        run = []
    if len(run) >= 2:
        runs.append(run)
    runs = [[line for line in r if not RULE_RE.match(line.text)] for r in runs]
    return [r[k:] for r in runs if len(r) - (k := _title_rows(r)) >= 2]


def _title_rows(run: list[Line]) -> int:
    """How many lines opening a run are the table's title or unit note written as a row of cells, one cell filled
    ("2015年桂林市司法局部门“三公”经费情况统计表 | ||", "? | 单位:万元 | |", "单位:万元 | |||||"): left above the
    run, where the caption and unit are looked for."""
    k = 0
    while k < len(run):
        cell = lone_cell(run[k].text)
        if not cell or not (is_unit_note(cell) or TITLE_CELL_RE.search(cell)):
            break
        k += 1
    return k


def tab_to_raw(lines: list[Line], page: int) -> RawTable:
    """The raw grid of a TAB table (its rows padded on the right: TAB cells align from the left)."""
    rows = lines_to_rows(lines)
    return RawTable(page, lines[0].start, lines[-1].end, tuple(tuple(r) for r in rows))
