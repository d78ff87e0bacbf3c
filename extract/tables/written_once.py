"""Text tables whose merged cells were written once (a web page's table saved as text: each row lists only the
cells that start in it), rebuilt into a full grid the one chain of :mod:`.stages` reads.

The header of such a table cannot be placed from its text alone ("自然人 | 法人或其他组织 | 总计" over five
cells: which one do the five stand under?), so only header forms known in ``models/tables/header_forms.v1.jsonl``
(the fixed tables of the national formats, as 收到和处理政府信息公开申请情况) are placed. The body's label cells
are placed by their outline numbers ("三、本年度办理结果 | （一）予以公开", then "（二）部分公开" alone: its group is
the 三、 above it), else from the right.
"""
from __future__ import annotations

from functools import lru_cache
from itertools import dropwhile

import regex

from ..records import RawCell
from ..resources import load_jsonl
from ..structure import outline_level
from ..text.view import simplified_chars
from .captions import Line
from .cells import cell_value, is_empty_mark, strip_label
from .text_tables import split_cells

FORMS_FILE = "tables/header_forms.v1.jsonl"
MAX_LABEL_CELLS = 3
BRACKETS = str.maketrans("（）：", "():")
# "(本列数据的勾稽关系为：…)": a note printed in the header, over no column
NOTE_CELL_RE = regex.compile(r"^[(（][^()（）]*[)）]$")
# "第二十条第(一)项" (第二十條 in traditional script) over a table is its part's caption, no header row
PART_CAPTION_RE = regex.compile(r"^第.{1,6}[条條]")


def header_key(text: str) -> str:
    """A header cell as forms are compared: no whitespace, half-width brackets and colons, simplified characters (a
    traditional-script copy prints 商業企業)."""
    return simplified_chars(strip_label(text)).translate(BRACKETS)


@lru_cache(maxsize=None)
def header_forms() -> tuple[tuple[tuple[str, ...], tuple[tuple[str, ...], ...]], ...]:
    """Each known form as (its cells written once, row by row and flattened; its full header grid)."""
    out = []
    for form in load_jsonl(FORMS_FILE):
        grid = tuple(tuple(row) for row in form["header"])
        out.append((tuple(header_key(c) for c in written_once(grid)), grid))
    return tuple(out)


@lru_cache(maxsize=1)
def form_cells() -> frozenset[str]:
    """Every header cell of the known forms, as ``header_key`` writes it."""
    return frozenset(header_key(c) for _key, grid in header_forms() for row in grid for c in row)


def is_wrapped_form_cell(first: str, second: str) -> bool:
    """Whether two cells are the parts of one known form's header cell wrapped over two lines ("商业", "企业")."""
    cells = form_cells()
    return header_key(first + second) in cells and header_key(first) not in cells and header_key(second) not in cells


def written_once(grid: tuple[tuple[str, ...], ...]) -> list[str]:
    """A full header grid's cells as a text writes them once: a cell continuing the one to its left or above is
    not written again."""
    cells: list[str] = []
    for i, row in enumerate(grid):
        for j, text in enumerate(row):
            if (j and row[j - 1] == text) or (i and grid[i - 1][j] == text):
                continue
            cells.append(text)
    return cells


def is_value(text: str) -> bool:
    return cell_value(text)[0] is not None or is_empty_mark(text)


def split_body_row(cells: list[RawCell], blanks: bool = False) -> tuple[list[RawCell], list[RawCell]] | None:
    """A body row's label cells and value cells (the values close the row), or None when words follow a value.
    ``blanks``: the row's empty cells too, a blank after its labels standing in a value's column and blanks before them
    labels merged down from above (徐闻县's 申请情况 form: "三、本年度办理结果 | (一)予以公开 | | | | | | | 0 |"); then a
    row with no label is None as well."""
    if blanks:
        cells = list(dropwhile(lambda c: not c.text, cells))
    k = len(cells)
    while k and (is_value(cells[k - 1].text) or blanks and not cells[k - 1].text):
        k -= 1
    labels = cells[:k]
    if any(is_value(c.text) or not c.text for c in labels) or (blanks and not labels):
        return None
    return labels, cells[k:]


def label_columns(rows: list[list[RawCell]]) -> list[list[int]]:
    """The label column of each label cell: its outline level's rank when every label opens with a number
    ("一、" left of "（一）" left of "1."), else its place counted from the right."""
    levels = [[outline_level(strip_label(c.text)) for c in row] for row in rows]
    if all(level is not None for row in levels for level in row):
        ranks = {level: k for k, level in enumerate(sorted({level for row in levels for level in row}))}
        placed = [[ranks[level] for level in row] for row in levels]
        if all(row == sorted(set(row)) for row in placed):
            return placed
    width = max((len(row) for row in rows), default=0)
    return [list(range(width - len(row), width)) for row in rows]


def rebuild(lines: list[Line]) -> list[list[RawCell]] | None:
    """The full grid of a run of cell rows written with its merged cells once, or None when its header is no
    known form or its body is not label cells then as many values in every row."""
    rows = [split_cells(line) for line in lines]
    rows = [r for r in rows if any(c.text for c in r) and not PART_CAPTION_RE.match(strip_label(r[0].text))]
    first = next((i for i, r in enumerate(rows) if any(cell_value(c.text)[0] is not None for c in r)), None)
    if not first:
        return None
    split = [split_body_row([c for c in r if c.text]) for r in rows[first:]]
    if not _one_width(split):       # blank cells in the value columns ("| 0 | | | … | 0 |")
        split = [split_body_row(r, blanks=True) for r in rows[first:]]
        if not _one_width(split):
            return None
    width = len(split[0][1])
    header = [c for r in _joined_wraps(rows[:first]) for c in r if c.text and not NOTE_CELL_RE.match(c.text)]
    form = known_form(header, width)
    if form is None or any(c not in rows[0] for c in header[:len(header) - len(form[0])]):
        return None             # cells before the form's own stand over the label columns of its first row only
    columns = label_columns([labels for labels, _ in split])
    n_labels = max((max(cols) + 1 for cols in columns if cols), default=0)
    return [*place_header(form, header, n_labels), *body_rows(split, columns, n_labels)]


def _one_width(split: list[tuple[list[RawCell], list[RawCell]] | None]) -> bool:
    """Whether every row split into at most ``MAX_LABEL_CELLS`` labels and as many values as the others."""
    return all(s is not None and len(s[0]) <= MAX_LABEL_CELLS for s in split) and \
        len({len(values) for _, values in split}) == 1


def _joined_wraps(rows: list[list[RawCell]]) -> list[list[RawCell]]:
    """Header rows with a row that only ends the cells above it joined to them ("商业 | 科研 | 社会公益组织 | …" over
    "企业 | 机构 |": 徐闻县's 申请情况 form, its two header cells wrapped)."""
    out: list[list[RawCell]] = []
    for row in rows:
        filled = [c for c in row if c.text]
        above = [c for c in out[-1] if c.text] if out else []
        if filled and len(filled) <= len(above) and all(is_wrapped_form_cell(a.text, c.text)
                                                        for a, c in zip(above, filled)):
            joined = [RawCell(a.text + c.text, a.start, c.end) for a, c in zip(above, filled)]
            out[-1] = joined + above[len(filled):]
            continue
        out.append(row)
    return out


Form = tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]     # (its cells written once, its full header grid)


def known_form(header: list[RawCell], width: int) -> Form | None:
    """The known form whose cells written once close ``header`` and whose grid is ``width`` figures wide, or None."""
    return next(((key, g) for key, g in header_forms() if len(g[0]) == width and len(key) <= len(header)
                 and tuple(header_key(c.text) for c in header[len(header) - len(key):]) == key), None)


def place_header(form: Form, header: list[RawCell], n_labels: int = 1) -> list[list[RawCell]]:
    """The full header rows of ``form``, which ``header`` ends with (the cells before the form's own stand over the
    label columns of its first row)."""
    key, grid = form
    corner, written = header[:len(header) - len(key)], header[len(header) - len(key):]
    return header_rows(grid, written, corner, n_labels)


def header_rows(grid: tuple[tuple[str, ...], ...], written: list[RawCell], corner: list[RawCell],
                n_labels: int) -> list[list[RawCell]]:
    """The form's full header rows, each cell the form's label at the offsets of the cell the text wrote for it
    (a continued cell at those of the one it continues), the corner over the label columns of the first row."""
    order = iter(written)
    at: dict[tuple[int, int], RawCell] = {}
    out: list[list[RawCell]] = []
    for i, row in enumerate(grid):
        cells: list[RawCell] = []
        for j, text in enumerate(row):
            if j and row[j - 1] == text:
                source = at[(i, j - 1)]
            elif i and grid[i - 1][j] == text:
                source = at[(i - 1, j)]
            else:
                source = next(order)
            at[(i, j)] = source
            cells.append(RawCell(text, source.start, source.end))
        edge = cells[0].start
        stub = [RawCell(corner[0].text, corner[0].start, corner[0].end) if i == 0 and corner and k == 0
                else RawCell("", edge, edge) for k in range(n_labels)]
        out.append(stub + cells)
    return out


def body_rows(split: list[tuple[list[RawCell], list[RawCell]]], columns: list[list[int]],
              n_labels: int) -> list[list[RawCell]]:
    """Each body row with its label cells in their columns (the others empty: carried down by the chain) and its
    values after them."""
    out = []
    for (labels, values), cols in zip(split, columns):
        edge = (labels or values)[0].start
        stub = [RawCell("", edge, edge) for _ in range(n_labels)]
        for cell, col in zip(labels, cols):
            stub[col] = cell
        out.append(stub + values)
    return out
