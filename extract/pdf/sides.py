"""Tables printed side by side (pure): a vertical table gutter splits a stretch of a flow in two.

Broker reports print two tables next to each other (主要财务指标 | 利润表, 股票数据 | 主要财务数据及预测):
a visual row then holds a row of each, and reading it left to right glues two tables into one whose
right-hand cells take left-hand row labels. A *table gutter* is an x that, over a stretch of lines
(``find_sides``):

- no text cell runs across (a free band of at least ``2 * EDGE`` points),
- no horizontal ruling runs across (each side has its own rulings, if any),
- has, on each side, at least ``MIN_ROWS`` table rows that start with a row label (a non-numeric
  cell followed by numbers): a row-label column starts again right of the gutter. A gap between the
  value columns of one table never qualifies, since its right side starts with numbers.

The stretch is then read as: the lines of either side above everything on the other side (a section
heading), the left side, the right side, the lines below everything on the other side (notes under the
longer table). A side is cut again where a vertical gap wider than ``STACK_GAP`` font sizes parts two
tables stacked one under the other (主要财务指标 over 现金流量表).
"""
from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from ..text.lines import is_numeric_cell
from .layout import Rule, TextLine, is_table_row, line_to_cells, lines_to_rows, make_line

EDGE = 1.0              # points of free space required on each side of a gutter
MIN_ROWS = 3            # labelled table rows needed on each side
STACK_GAP = 1.5         # a vertical gap wider than this many font sizes parts two stacked tables
RULE_OVERHANG = 2.0     # a ruling crosses a gutter when it reaches this far past it on both sides
THIN_RULE = 2.5         # a horizontal ruling is at most this thick (points)


@dataclass(frozen=True, slots=True)
class Sides:
    """One side-by-side stretch of a flow: the lines before it, its parts, and the lines after it."""

    before: list[TextLine]
    above: list[TextLine]           # lines of one side above everything on the other side
    left: list[TextLine]
    right: list[TextLine]
    below: list[TextLine]           # lines of one side below everything on the other side
    after: list[TextLine]
    gutter: float


def _cells(line: TextLine) -> list[TextLine]:
    return [line] if line.table is not None else line_to_cells(line)


def _crosses(cell: TextLine, x: float) -> bool:
    return cell.x0 < x + EDGE and cell.x1 > x - EDGE


def is_labelled_row(row: list[TextLine]) -> bool:
    """A row label (a non-numeric text cell) followed by at least one number ("总股本(百万股)：  227.92")."""
    return len(row) >= 2 and row[0].table is None and not is_numeric_cell(row[0].text) \
        and any(is_numeric_cell(c.text) for c in row[1:])


def _labelled_rows(lines: list[TextLine]) -> int:
    return sum(1 for row in lines_to_rows(lines) if is_labelled_row(row))


def side_table_rows(rows: list[list[TextLine]]) -> list[bool]:
    """Which rows of one side's table are table rows: labelled or numeric rows, and every row between the
    first and the last of them (a group label such as 每股指标(元) over its leaf rows)."""
    kinds = [is_table_row(row) or is_labelled_row(row) for row in rows]
    hits = [i for i, kind in enumerate(kinds) if kind]
    if not hits:
        return kinds
    return [kind or (hits[0] <= i <= hits[-1] and rows[i][0].table is None) for i, kind in enumerate(kinds)]


def _cut(line: TextLine, x: float) -> tuple[TextLine | None, TextLine | None]:
    """A line's glyphs left and right of ``x`` as two lines (a placeholder goes whole to one side)."""
    if line.table is not None or not line.glyphs:
        return (line, None) if (line.x0 + line.x1) / 2 < x else (None, line)
    if line.x1 < x:
        return line, None
    if line.x0 > x:
        return None, line
    left = [g for g in line.glyphs if (g.x0 + g.x1) / 2 < x]
    right = [g for g in line.glyphs if (g.x0 + g.x1) / 2 >= x]
    return (make_line(left, line.y0, line.y1, line.size) if left else None,
            make_line(right, line.y0, line.y1, line.size) if right else None)


def _runs(ordered: list[TextLine], cells: list[list[TextLine]], x: float) -> Iterator[tuple[int, int]]:
    """(start, end) of the maximal runs of lines none of whose cells runs across ``x``."""
    start = None
    for i, parts in enumerate(cells):
        if any(_crosses(c, x) for c in parts):
            if start is not None:
                yield start, i
            start = None
        elif start is None:
            start = i
    if start is not None:
        yield start, len(ordered)


def _ruled_across(rules: tuple[Rule, ...] | list[Rule], x: float, top: float, bottom: float) -> bool:
    return any(r.x0 < x - RULE_OVERHANG and r.x1 > x + RULE_OVERHANG and bottom <= (r.y0 + r.y1) / 2 <= top
               for r in rules if r.y1 - r.y0 <= THIN_RULE)


def _split_run(run: list[TextLine], x: float) -> tuple[list[TextLine], list[TextLine]]:
    left: list[TextLine] = []
    right: list[TextLine] = []
    for line in run:
        a, b = _cut(line, x)
        if a is not None:
            left.append(a)
        if b is not None:
            right.append(b)
    return left, right


def _gutter(left: list[TextLine], right: list[TextLine]) -> float:
    """The middle of the free band between the two sides."""
    return (max(ln.x1 for ln in left) + min(ln.x0 for ln in right)) / 2


def _candidates(ordered: list[TextLine], cells: list[list[TextLine]]) -> list[float]:
    """Gutters to try, left to right: one left of every row-label column (``MIN_ROWS`` labels followed by a
    number starting at the same x), in the middle of the free band between it and the text before it."""
    starts: Counter[int] = Counter()
    for row in lines_to_rows(ordered):
        for label, value in pairwise(row):
            if label.table is None and not is_numeric_cell(label.text) and is_numeric_cell(value.text):
                starts[round(label.x0)] += 1
    edges = sorted(c.x1 for parts in cells for c in parts)
    out = []
    for start, count in starts.items():
        i = bisect_left(edges, start - EDGE)
        if count >= MIN_ROWS and i:
            out.append((edges[i - 1] + start) / 2)
    return sorted(out)


def _overhang(side: list[TextLine], other: list[TextLine]) -> tuple[list[TextLine], list[TextLine], list[TextLine]]:
    """A side's leading lines above all of ``other`` and trailing lines below all of it, and the rest."""
    top, bottom = max(ln.y1 for ln in other), min(ln.y0 for ln in other)
    i = 0
    while i < len(side) and side[i].y0 >= top:
        i += 1
    j = len(side)
    while j > i and side[j - 1].y1 <= bottom:
        j -= 1
    return side[:i], side[i:j], side[j:]


def _top_down(lines: list[TextLine]) -> list[TextLine]:
    return sorted(lines, key=lambda ln: (-ln.y1, ln.x0))


def find_sides(lines: list[TextLine], rules: tuple[Rule, ...] | list[Rule] = ()) -> Sides | None:
    """The first stretch of ``lines`` (top to bottom) that a table gutter splits, or None."""
    ordered = _top_down(lines)
    cells = [_cells(ln) for ln in ordered]
    if sum(1 for parts in cells for c in parts if is_numeric_cell(c.text)) < 2 * MIN_ROWS:
        return None
    for x in _candidates(ordered, cells):
        for start, end in _runs(ordered, cells, x):
            run = ordered[start:end]
            if len(run) < 2 * MIN_ROWS:
                continue
            left, right = _split_run(run, x)
            if not left or not right or _labelled_rows(left) < MIN_ROWS or _labelled_rows(right) < MIN_ROWS:
                continue
            gutter = _gutter(left, right)
            if _ruled_across(rules, gutter, max(ln.y1 for ln in run), min(ln.y0 for ln in run)):
                continue
            above_l, left_body, below_l = _overhang(left, right)
            above_r, right_body, below_r = _overhang(right, left)
            return Sides(ordered[:start], _top_down(above_l + above_r), left_body, right_body,
                         _top_down(below_l + below_r), ordered[end:], gutter)
    return None


def stack_to_tables(lines: list[TextLine]) -> list[list[TextLine]]:
    """One side's lines (top to bottom) cut where a vertical gap parts two stacked tables."""
    parts: list[list[TextLine]] = []
    floor = 0.0
    for line in lines:
        if not parts or floor - line.y1 > STACK_GAP * line.size:
            parts.append([])
            floor = line.y0
        parts[-1].append(line)
        floor = min(floor, line.y0)
    return parts


def lift_corner_caption(rows: list[list[TextLine]]) -> list[list[TextLine]]:
    """A side table that opens with its header row and a title in the corner ("利润表(百万元)  2021  2022E …"):
    the title goes on a row of its own above the table (where captions are looked for), the corner stays
    empty. A header whose corner is a number, or a table with no labelled row under it, is left alone."""
    if len(rows) < 2 or len(rows[0]) < 3:
        return rows
    corner, *head = rows[0]
    if corner.table is not None or is_numeric_cell(corner.text) or not all(is_numeric_cell(c.text) for c in head):
        return rows
    if not any(is_labelled_row(row) for row in rows[1:3]):
        return rows
    empty = TextLine("", corner.x0, corner.y0, corner.x0, corner.y1, corner.size)
    return [[corner], [empty, *head], *rows[1:]]


def split_side_by_side(lines: list[TextLine],
                       rules: tuple[Rule, ...] | list[Rule] = ()) -> list[tuple[list[TextLine], bool]]:
    """A flow (top to bottom) as flows, each flagged True when it is one side of side-by-side tables."""
    sides = find_sides(lines, rules)
    if sides is None:
        return [(lines, False)] if lines else []
    flows = split_side_by_side(sides.before, rules) + ([(sides.above, False)] if sides.above else [])
    flows.extend((part, True) for part in stack_to_tables(sides.left))
    flows.extend((part, True) for part in stack_to_tables(sides.right))
    return flows + split_side_by_side(sides.below + sides.after, rules)
