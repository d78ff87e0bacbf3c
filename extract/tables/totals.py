"""Place the numbers of short flattened rows so that the columns add up to the total row.

A PDF dump drops empty cells, so "第一名 11 2 1 2 16" under eight columns does not say which
columns are empty. When the table has a complete 合计/总数 row, the placement whose column sums
equal that row is the right one (``fill_by_totals``); a trailing row-total column is pinned
first when the row's last number is the sum of the others.
"""
from __future__ import annotations

from decimal import Decimal
from itertools import combinations, product

from ..records import RawCell
from .cells import TOTAL_LABELS, parse_cell_value, strip_label

MAX_PLACEMENTS = 200_000

Row = list[RawCell | None]


def value_of(cell: RawCell | None) -> Decimal:
    """The number in a cell, 0 when empty or not a number."""
    if cell is None:
        return Decimal(0)
    value, _ = parse_cell_value(cell.text)
    return value if value is not None else Decimal(0)


def is_total_row(row: Row, value_cols: list[int]) -> bool:
    """A row labelled 合计/总数/… with every number column filled."""
    texts = [strip_label(c.text) for c in row if c is not None]
    return bool(texts) and texts[0] in TOTAL_LABELS and all(row[j] is not None for j in value_cols)


def row_placements(row: Row, value_cols: list[int], total_col: int | None) -> list[Row]:
    """Every way to put the row's numbers, in order, into the number columns."""
    values = [row[j] for j in value_cols if row[j] is not None]
    free, fixed = list(value_cols), {}
    if total_col is not None and len(values) > 1 and \
            sum(value_of(v) for v in values[:-1]) == value_of(values[-1]):
        free.remove(total_col)
        fixed[total_col] = values.pop()
    out = []
    for cols in combinations(free, len(values)):
        placed = [c if j not in value_cols else None for j, c in enumerate(row)]
        for j, v in zip(cols, values):
            placed[j] = v
        for j, v in fixed.items():
            placed[j] = v
        out.append(placed)
    return out


def sums_match(rows: list[Row], total: Row, value_cols: list[int]) -> bool:
    """Each number column of ``rows`` adds up to the total row."""
    return all(sum(value_of(r[j]) for r in rows) == value_of(total[j]) for j in value_cols)


def fill_by_totals(aligned: list[Row], rows: list[tuple[RawCell, ...]], header: list[str],
                   types: str) -> list[Row]:
    """``aligned`` with its short rows re-placed so the columns sum to the total row, if one fits."""
    value_cols = [j for j, t in enumerate(types) if t == "v"]
    totals = [i for i, row in enumerate(aligned) if is_total_row(row, value_cols)]
    if not totals or not value_cols:
        return aligned
    total_col = value_cols[-1] if header[value_cols[-1]] in TOTAL_LABELS else None
    body = [i for i in range(len(aligned)) if i not in totals]
    short = [i for i in body if 0 < sum(aligned[i][j] is not None for j in value_cols) < len(value_cols)]
    if not short:
        return aligned
    options = [row_placements(aligned[i], value_cols, total_col) for i in short]
    count = 1
    for opts in options:
        count *= len(opts)
    if count > MAX_PLACEMENTS:
        return aligned
    fixed = [aligned[i] for i in body if i not in short]
    for choice in product(*options):
        if sums_match(fixed + list(choice), aligned[totals[0]], value_cols):
            out = list(aligned)
            for i, row in zip(short, choice):
                out[i] = row
            return out
    return aligned
