"""Tables written as TAB-separated rows (Word documents dumped to text).

Stages: ``find_tab_lines`` (the TAB rows under a caption, across blank lines), ``lines_to_rows``
(rows of raw cells with offsets), ``rows_to_header`` (one label per column from a one- or
two-row header with merged group cells), ``rows_to_grid`` (aligned body rows with row labels).

A two-row header writes the group names in the upper row (a group spans the empty cells after
it) and the real column labels in the lower row. The lower label is kept; the group is prefixed
only when the lower labels repeat (一等奖 under two groups), so labels stay unique.
"""
from __future__ import annotations

from ..records import RawCell
from .captions import RULE_RE, Line, is_note, is_source
from .cells import Grid, is_value_text, is_year_label, strip_label

MAX_HEADER_ROWS = 3
# 标签列选择：右侧的文本列比最左文本列的不同取值多出这么多倍时，改用它作行标签。
LABEL_SWITCH_RATIO = 1.5
UNIT_HEADERS = frozenset({"单位", "计量单位"})


def find_tab_lines(lines: list[Line], first: int, stop: int) -> list[Line]:
    """The TAB rows starting at ``lines[first]`` (after notes), up to the first other text line."""
    rows: list[Line] = []
    for line in lines[first:stop]:
        if line.blank or RULE_RE.match(line.text):
            continue
        if "\t" in line.text:
            rows.append(line)
        elif rows or not (is_note(line.text) or is_source(line.text)):
            break
    return rows


def lines_to_rows(lines: list[Line]) -> list[list[RawCell]]:
    """Each TAB line split into raw cells with offsets (note rows and rule rows dropped)."""
    rows: list[list[RawCell]] = []
    for line in lines:
        cells, start = [], line.start
        for part in line.text.split("\t"):
            lead = len(part) - len(part.lstrip())
            text = part.strip()
            cells.append(RawCell(text, start + lead, start + lead + len(text)))
            start += len(part) + 1
        filled = [c for c in cells if c.text]
        if RULE_RE.match(line.text) or (len(filled) == 1 and is_note(filled[0].text)):
            continue
        rows.append(cells)
    width = max((len(r) for r in rows), default=0)
    return [r + [RawCell("", r[-1].end, r[-1].end)] * (width - len(r)) for r in rows]


def is_header_row(row: list[RawCell]) -> bool:
    """A row with no numeric cell (years and text only)."""
    return not any(c.text and is_value_text(c.text) and not is_year_label(c.text) for c in row)


def count_header_rows(rows: list[list[RawCell]]) -> int:
    """How many leading rows are header rows (at least 1, leaving at least one body row)."""
    n = 0
    while n < min(MAX_HEADER_ROWS, len(rows) - 1) and is_header_row(rows[n]):
        n += 1
    if n == len(rows) - 1 and all(is_header_row(r) for r in rows):
        return 1
    return max(n, 1) if len(rows) > 1 else 0


def group_spans(row: list[RawCell]) -> list[str]:
    """The group label covering each column of an upper header row (a label spans empty cells)."""
    out, current = [], ""
    for cell in row:
        current = strip_label(cell.text) or current
        out.append(current)
    return out


def rows_to_header(header_rows: list[list[RawCell]]) -> tuple[str, ...]:
    """One label per column: the lowest label, prefixed by its group when lower labels repeat."""
    if not header_rows:
        return ()
    width = len(header_rows[0])
    lower = [""] * width
    for row in header_rows:
        for j, cell in enumerate(row):
            lower[j] = strip_label(cell.text) or lower[j]
    labels = list(lower)
    if len(header_rows) > 1 and len(set(filter(None, lower))) < len(list(filter(None, lower))):
        groups = group_spans(header_rows[0])
        bottom = [strip_label(c.text) for c in header_rows[-1]]
        labels = [g + b if b and g != b else lo for g, b, lo in zip(groups, bottom, lower)]
    return tuple(labels)


def is_text_column(rows: list[list[RawCell]], j: int) -> bool:
    """Most filled body cells of column ``j`` are text (or year labels)."""
    filled = [r[j].text for r in rows if r[j].text]
    text = [t for t in filled if not is_value_text(t) or is_year_label(t)]
    return bool(filled) and len(text) * 2 > len(filled)


def find_label_column(rows: list[list[RawCell]], header: tuple[str, ...]) -> int:
    """The column holding row labels: the leftmost text column, or a much more varied one."""
    candidates = [j for j in range(len(header)) if header[j] not in UNIT_HEADERS and is_text_column(rows, j)]
    if not candidates:
        return 0
    distinct = {j: len({r[j].text for r in rows if r[j].text}) for j in candidates}
    best = candidates[0]
    for j in candidates[1:]:
        if distinct[j] >= LABEL_SWITCH_RATIO * distinct[best]:
            best = j
    return best


def shift_row(row: list[RawCell], label_col: int) -> list[RawCell]:
    """Undo a row written one cell to the left (its label in the serial column, last cell empty)."""
    if label_col == 0 or row[label_col - 1].text == "" or row[-1].text != "":
        return row
    if is_value_text(row[label_col - 1].text):
        return row
    return [RawCell("", row[0].start, row[0].start)] + row[:-1]


def row_label(row: list[RawCell], label_col: int, unit_col: int | None, previous: str) -> str:
    """The row's label: its label cell, else its first other text cell, else the previous label."""
    if row[label_col].text:
        return strip_label(row[label_col].text)
    for j, cell in enumerate(row):
        if cell.text and j != unit_col and not is_value_text(cell.text):
            return strip_label(cell.text)
    return previous


def rows_to_grid(rows: list[list[RawCell]]) -> Grid:
    """Header labels, aligned body rows, row labels and row units of a TAB table."""
    n_header = count_header_rows(rows)
    header = rows_to_header(rows[:n_header])
    body = rows[n_header:]
    label_col = find_label_column(body, header)
    body = [shift_row(r, label_col) for r in body]
    unit_col = next((j for j, h in enumerate(header) if h in UNIT_HEADERS), None)
    labels, units, previous = [], [], ""
    for row in body:
        previous = row_label(row, label_col, unit_col, previous)
        labels.append(previous)
        units.append(strip_label(row[unit_col].text) if unit_col is not None else "")
    cells = tuple(tuple(c if c.text else None for c in r) for r in body)
    return Grid(header, cells, tuple(labels), tuple(units), label_col)
