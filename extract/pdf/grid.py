"""Ruled tables (pure): rulings -> grids -> cells, pdfplumber-style named stages.

A grid keeps its segments, not only its coordinates, so a merged cell (a ruling that stops short)
keeps its text whole: a glyph belongs to the cell whose nearest *actual* ruling lies above / left of it.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..records import TABLE
from .layout import Glyph, LaidBlock, PageLayout, Rule, TextLine, join_lines, make_line

SNAP = 2.5              # points within which ruling coordinates are the same line


@dataclass(frozen=True, slots=True)
class Segment:
    at: float           # y of a horizontal ruling, x of a vertical one
    lo: float           # where it starts along the other axis
    hi: float


@dataclass(frozen=True, slots=True)
class Grid:
    xs: tuple[float, ...]                 # ascending
    ys: tuple[float, ...]                 # descending (top first)
    horizontals: tuple[Segment, ...]
    verticals: tuple[Segment, ...]

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (self.xs[0], self.ys[-1], self.xs[-1], self.ys[0])


def _snap(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > SNAP:
            out.append(v)
    return out


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def rules_to_segments(rules: tuple[Rule, ...] | list[Rule]) -> tuple[list[Segment], list[Segment]]:
    """Thin rulings to horizontal and vertical segments."""
    hs = [Segment((r.y0 + r.y1) / 2, r.x0, r.x1) for r in rules
          if r.y1 - r.y0 <= SNAP and r.x1 - r.x0 > 2 * SNAP]
    vs = [Segment((r.x0 + r.x1) / 2, r.y0, r.y1) for r in rules
          if r.x1 - r.x0 <= SNAP and r.y1 - r.y0 > 2 * SNAP]
    return hs, vs


def segments_to_grids(hs: list[Segment], vs: list[Segment]) -> list[Grid]:
    """Group touching horizontal and vertical segments into grids of at least 2 x 2 rulings."""
    parent = list(range(len(hs) + len(vs)))
    for i, h in enumerate(hs):
        for j, v in enumerate(vs, start=len(hs)):
            if h.lo - SNAP <= v.at <= h.hi + SNAP and v.lo - SNAP <= h.at <= v.hi + SNAP:
                parent[_find(parent, i)] = _find(parent, j)
    groups: dict[int, tuple[list[Segment], list[Segment]]] = {}
    for i, seg in enumerate(hs + vs):
        groups.setdefault(_find(parent, i), ([], []))[0 if i < len(hs) else 1].append(seg)
    grids = []
    for gh, gv in groups.values():
        # an open-sided table (no outer verticals): its horizontal rulings give its left and right edges
        edges = [min(s.lo for s in gh), max(s.hi for s in gh)] if gh else []
        xs, ys = _snap([s.at for s in gv] + edges), _snap([s.at for s in gh])
        if len(xs) >= 2 and len(ys) >= 2 and xs[-1] - xs[0] > 20 and ys[-1] - ys[0] > 10:
            grids.append(Grid(tuple(xs), tuple(reversed(ys)), tuple(gh), tuple(gv)))
    return grids


def rules_to_grids(rules: tuple[Rule, ...] | list[Rule]) -> list[Grid]:
    hs, vs = rules_to_segments(rules)
    return segments_to_grids(hs, vs) if len(hs) >= 2 and len(vs) >= 2 else []


def _index(value: float, coords: tuple[float, ...]) -> int:
    return min(range(len(coords)), key=lambda i: abs(coords[i] - value))


def row_boundaries(grid: Grid, cy: float) -> list[tuple[float, int]]:
    """(x, column index) of the vertical rulings crossing height ``cy``, left to right."""
    return sorted((v.at, _index(v.at, grid.xs)) for v in grid.verticals if v.lo - SNAP <= cy <= v.hi + SNAP)


def point_to_row(grid: Grid, cx: float, cy: float) -> int:
    """Row of a point: the nearest horizontal ruling above it that covers its x."""
    above = [h.at for h in grid.horizontals if h.at >= cy - 0.5 and h.lo - SNAP <= cx <= h.hi + SNAP]
    return min(_index(min(above), grid.ys) if above else 0, len(grid.ys) - 2)


def x_to_column(bounds: list[tuple[float, int]], cx: float, n_cols: int) -> int:
    """Column of an x: the nearest vertical ruling left of it (merged cells keep their first column)."""
    col = 0
    for x, index in bounds:
        if x > cx + 0.5:
            break
        col = index
    return min(col, n_cols - 1)


def _inside(line: TextLine, grid: Grid) -> bool:
    x0, y0, x1, y1 = grid.bbox
    cx, cy = (line.x0 + line.x1) / 2, (line.y0 + line.y1) / 2
    return x0 <= cx <= x1 and y0 <= cy <= y1


def _cell_text(parts: list[TextLine]) -> str:
    text = ""
    for i, part in enumerate(parts):
        text = join_lines(text, part.text, i > 0 and parts[i - 1].ends_with_space)
    return text.replace("\t", " ")


def lines_to_cells(grid: Grid, lines: list[TextLine]) -> dict[tuple[int, int], list[TextLine]]:
    """Every line's glyphs distributed over the grid's cells (top-down, then left-right)."""
    cells: dict[tuple[int, int], list[TextLine]] = {}
    n_cols = len(grid.xs) - 1
    for line in sorted(lines, key=lambda ln: (-ln.y1, ln.x0)):
        cy = (line.y0 + line.y1) / 2
        bounds = row_boundaries(grid, cy)
        parts: dict[int, list[Glyph]] = {}
        for g in line.glyphs:
            parts.setdefault(x_to_column(bounds, (g.x0 + g.x1) / 2, n_cols), []).append(g)
        for col, glyphs in parts.items():
            part = make_line(glyphs, line.y0, line.y1, line.size)
            if part is not None:
                key = (point_to_row(grid, (part.x0 + part.x1) / 2, cy), col)
                cells.setdefault(key, []).append(part)
    return cells


def grid_to_block(grid: Grid, lines: list[TextLine]) -> LaidBlock | None:
    """The lines inside a grid as a table block: one row per grid row, empty rows/columns dropped."""
    cells = lines_to_cells(grid, lines)
    if not cells:
        return None
    n_rows, n_cols = len(grid.ys) - 1, len(grid.xs) - 1
    texts = [[_cell_text(cells.get((r, c), [])) for c in range(n_cols)] for r in range(n_rows)]
    texts = [row for row in texts if any(row)]
    used = [c for c in range(n_cols) if any(row[c] for row in texts)]
    rows = tuple(tuple(row[c] for c in used) for row in texts)
    # the kept columns' right edges: a part continued on the next page whose page left a column empty is
    # put back under the columns of the part before it by these (tables.layout_tables.merge_raws)
    return LaidBlock(TABLE, rows, grid.bbox, max(ln.size for ln in lines), tuple(grid.xs[c + 1] for c in used))


def page_to_tables(page: PageLayout) -> tuple[list[TextLine], list[LaidBlock]]:
    """Lift ruled tables out of a page: remaining lines (one placeholder line per table) and tables."""
    lines = list(page.lines)
    tables: list[LaidBlock] = []
    for grid in rules_to_grids(page.rules):
        inside = [ln for ln in lines if _inside(ln, grid)]
        block = grid_to_block(grid, inside) if inside else None
        if block is None:
            continue
        lines = [ln for ln in lines if not _inside(ln, grid)]
        x0, y0, x1, y1 = grid.bbox
        lines.append(TextLine("", x0, y0, x1, y1, block.size, table=len(tables)))
        tables.append(block)
    return lines, tables
