"""Tables a PDF text dump flattened into lines of space-separated cells.

Stages: ``find_flat_body`` (the lines of a table under its caption, or a body the dump moved
further down past headings and prose), ``line_to_tokens`` (cells of one line, "2022 年" and
"3 门" kept whole), ``lines_to_rows`` (data rows; labels wrapped over several lines and serial
numbers on their own line joined to their row), ``body_to_raw`` (column labels from the header
lines, see :mod:`.flat_headers`, and every row aligned to the columns: the ``RawTable`` the one
chain of :mod:`.stages` reads).

A body printed one cell per line (every label and number on its own line) is rebuilt from the
header and the count of numbers by :mod:`.flat_cells` (``find_cell_run`` -> ``run_to_shape``).

Rows shorter than the header are aligned by cell kind (text to the left, numbers to the right);
when a complete 合计/总数 row exists, short rows are placed so that the column sums equal it
(``fill_by_totals``).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex

from ..records import RawCell, RawTable
from .captions import RULE_RE, Line, is_figure, is_heading, is_note, is_prose, is_source
from .cells import cell_kind, is_value_text, is_year_label, strip_label
from .flat_cells import CellShape, find_cell_run, run_to_shape
from .flat_headers import fragments_to_labels, lines_to_labels
from .flat_tokens import line_to_tokens
from .totals import fill_by_totals

MAX_SCAN = 80          # how far below a body-less caption a moved body is looked for (lines)
MIN_MOVED_ROWS = 2
MISMATCH = 10.0        # alignment cost of a number in a text column or text in a number column


@dataclass(frozen=True, slots=True)
class FlatRow:
    """One data row: its cells as written and, when it was wrapped, the label joined from lines."""

    tokens: tuple[RawCell, ...]
    label: str | None


@dataclass(frozen=True, slots=True)
class FlatBody:
    """The header lines and data rows of one flattened table, and all the lines it covers."""

    header: tuple[tuple[RawCell, ...], ...]
    rows: tuple[FlatRow, ...]
    lines: tuple[Line, ...]
    cells: CellShape | None = None       # a body printed one cell per line, rebuilt (see flat_cells)

    @property
    def reason(self) -> str | None:
        """Why the body's rows could not be rebuilt, or None."""
        return self.cells.reason if self.cells is not None else None


def token_kind(text: str, first: bool) -> str:
    """"v" for a number or an empty-cell mark, "t" for text; a leading bare year is a label."""
    kind = cell_kind(text.strip())
    return "t" if kind == "t" or (kind == "y" and first) else "v"


def kinds_of(tokens: tuple[RawCell, ...]) -> str:
    """The kinds of a row's cells as a string ("tvvv")."""
    return "".join(token_kind(t.text, i == 0) for i, t in enumerate(tokens))


def is_stop_line(text: str) -> bool:
    """A line no table body runs through: heading, prose, figure caption or source note."""
    return is_heading(text) or is_prose(text) or is_figure(text) or is_source(text)


def is_data_line(tokens: tuple[RawCell, ...]) -> bool:
    """A line with a number and at least one more cell."""
    return len(tokens) >= 2 and "v" in kinds_of(tokens)


def find_run(lines: list[Line], first: int, stop: int, claimed: set[int]) -> list[Line]:
    """Consecutive table-like lines from ``first`` (notes and a source note at the start skipped)."""
    run: list[Line] = []
    for line in lines[first:stop]:
        if line.blank:
            continue
        if line.index in claimed or (run and is_source(line.text)):
            break
        if not run and (is_source(line.text) or is_note(line.text)):
            continue
        if is_stop_line(line.text):
            break
        run.append(line)
    return run


MIN_HEADED_ROWS = 3     # data lines under an uncaptioned header line before it is read as a table
MAX_HEADER_WORD = 16
_CLAUSE_MARK = regex.compile(r"[，。；,;]")
_HAN_CHAR = regex.compile(r"\p{Han}")


def is_header_line(line: Line) -> bool:
    """A line of three or more column labels, words only ("项目 本报告期 上年同期 增减变动幅度(%)"), no sentence."""
    if len(line.text.split(None, 2)) < 3 or _CLAUSE_MARK.search(line.text):
        return False        # (most lines of a text: no cells to read)
    tokens = line_to_tokens(line)
    return len(tokens) >= 3 and "v" not in kinds_of(tokens) and not is_stop_line(line.text) and \
        all(len(t.text) <= MAX_HEADER_WORD for t in tokens) and sum(1 for t in tokens if _HAN_CHAR.search(t.text)) >= 2


def headed_runs(lines: list[Line], claimed: set[int]) -> list[tuple[int, int]]:
    """(header line, end line) of each run of space-separated rows no caption claims that opens with a header line
    and holds at least MIN_HEADED_ROWS data lines (a 业绩快报's 主要财务数据 printed without a caption or ruling); a
    second header line ends the run before it ("项目 本报告期末 本报告期初 …" opens the balance-sheet half)."""
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        if lines[i].index in claimed or lines[i].blank or not is_header_line(lines[i]):
            i += 1
            continue
        j, data = i + 1, 0
        while j < len(lines) and lines[j].index not in claimed and not (data and is_header_line(lines[j])):
            if not lines[j].blank:
                if is_stop_line(lines[j].text) or is_note(lines[j].text):
                    break
                data += is_data_line(line_to_tokens(lines[j]))
            j += 1
        if data >= MIN_HEADED_ROWS:
            out.append((i, j))
            i = j
        else:
            i += 1
    return out


def is_table_run(run: list[Line], minimum: int) -> bool:
    """A run holding at least ``minimum`` data lines, or a text-only table of 2+ multi-cell lines."""
    tokens = [line_to_tokens(line) for line in run]
    if sum(1 for t in tokens if is_data_line(t)) >= minimum:
        return True
    return minimum == 1 and len(tokens) >= 2 and len(tokens[0]) >= 2 and sum(len(t) >= 2 for t in tokens) >= 2


def find_flat_body(lines: list[Line], first: int, stop: int, claimed: set[int]) -> FlatBody | None:
    """The flattened body under a caption: one cell per line (rebuilt by ``run_to_shape``), else
    lines of several cells; if none, a body moved down before the next caption."""
    cell_run = find_cell_run(lines, first, stop, claimed)
    if cell_run:
        return FlatBody((), (), tuple(cell_run), run_to_shape(cell_run))
    run = find_run(lines, first, stop, claimed)
    if run and is_table_run(run, 1):
        return run_to_body(run)
    i = first
    while i < min(stop, first + MAX_SCAN):
        run = find_run(lines, i, stop, claimed) if not is_stop_line(lines[i].text) else []
        if run and is_table_run(run, MIN_MOVED_ROWS) and len(line_to_tokens(run[0])) >= 2:
            return run_to_body(run)
        i = run[-1].index + 1 if run else i + 1
    return None


def run_to_body(run: list[Line]) -> FlatBody:
    """Split a run into header lines (before the first data line or leading year) and rows; a line of rules alone
    ("|||||||||||", a web page's copy of a ruled header) is neither."""
    tokens = [line_to_tokens(line) for line in run if not RULE_RE.match(line.text)]
    n = 0
    while n < len(tokens) and not (is_data_line(tokens[n]) or starts_with_year(tokens[n])
                                   or kinds_of(tokens[n]) == "v"):
        n += 1
    if n == len(tokens):
        n = 1
    return FlatBody(tuple(tokens[:n]), tuple(lines_to_rows(tokens[n:], tokens[:n])), tuple(run))


def starts_with_year(tokens: tuple[RawCell, ...]) -> bool:
    """A line that is only a year ("2021"): the start of a row group."""
    return len(tokens) == 1 and is_year_label(tokens[0].text)


def lines_to_rows(lines: list[tuple[RawCell, ...]], header: Sequence[tuple[RawCell, ...]] = ()) -> list[FlatRow]:
    """Data rows: pending label lines and serial numbers joined to the row that follows them; a
    ``header`` line printed again after a page break is no label ("序号 所属学院 专业名称 类别")."""
    repeated = {strip_label("".join(t.text for t in line)) for line in header if len(line) >= 2}
    text_only = not any(is_data_line(t) for t in lines)
    rows: list[FlatRow] = []
    pending: list[str] = []
    serial: RawCell | None = None
    group = ""
    for k, tokens in enumerate(lines):
        kinds = kinds_of(tokens)
        if kinds == "v":
            serial = serial or tokens[0]
            continue
        if "v" not in kinds and not (text_only and len(tokens) >= 2):
            text = strip_label("".join(t.text for t in tokens))
            if rows and rows[-1].label and _wrapped_around(rows[-1], lines[k + 1:]):
                rows[-1] = FlatRow(rows[-1].tokens, rows[-1].label + text)
                continue        # "归属于母公司所有者的扣除非经" | "35,166.15 …" | "常性损益的净利润"
            if text not in repeated:
                pending.append(text)
            continue
        label, group = compose_label(tokens, kinds, pending, group)
        rows.append(FlatRow(((serial,) if serial else ()) + tokens, label))
        pending, serial = [], None
    return rows


def _wrapped_around(row: FlatRow, rest: Sequence[tuple[RawCell, ...]]) -> bool:
    """Whether a text line right after ``row`` ends the label a PDF's copy wrapped around the row's figures: the row has
    no label of its own (its label came from the line above it), and the next data line has one, or none follows."""
    if kinds_of(row.tokens)[0] == "t":
        return False
    nxt = next((t for t in rest if "v" in kinds_of(t)), None)
    return nxt is None or kinds_of(nxt)[0] == "t"


def compose_label(tokens: tuple[RawCell, ...], kinds: str, pending: list[str],
                  group: str) -> tuple[str | None, str]:
    """(label override, current year group) for a row after ``pending`` label lines.

    A row without its own label takes the pending lines ("2021"+"金额"+"（万元）"); a leading
    year among them becomes the group prefixed to the next rows ("人次" -> "2021人次").
    """
    own = strip_label("".join(t.text for t, k in zip(tokens, kinds) if k == "t")) if kinds[0] == "t" else ""
    if pending:
        group = pending[0] if is_year_label(pending[0]) else ""
        if not own:
            return "".join(pending), group
        return (group + own if group else None), group
    return (group + own if group and own else None), group


def rotate_trailing_label(tokens: tuple[RawCell, ...]) -> tuple[RawCell, ...]:
    """Numbers first and a text label last ("84.21 … 2023 年"): move the label to the front."""
    kinds = kinds_of(tokens)
    if regex.fullmatch(r"vv+t", kinds):
        return tokens[-1:] + tokens[:-1]
    return tokens


def align_row(tokens: tuple[RawCell, ...], types: str) -> list[RawCell | None]:
    """Place a row's cells in order into the columns (numbers rightmost, text leftmost)."""
    n, kinds = len(types), kinds_of(tokens)
    while len(tokens) > n and "tt" in kinds:
        i = kinds.index("tt")
        merged = RawCell(tokens[i].text + tokens[i + 1].text, tokens[i].start, tokens[i + 1].end)
        tokens, kinds = tokens[:i] + (merged,) + tokens[i + 2:], kinds[:i] + kinds[i + 1:]
    tokens, kinds = tokens[-n:], kinds[-n:]
    m = len(tokens)
    cost = {(m, j): (0.0, ()) for j in range(n + 1)}
    for i in range(m - 1, -1, -1):
        for j in range(n - 1, -1, -1):
            if n - j < m - i:
                continue
            here = (MISMATCH if kinds[i] != types[j] else 0.0) + 0.01 * (n - 1 - j if kinds[i] == "v" else j)
            take = (here + cost[(i + 1, j + 1)][0], (j,) + cost[(i + 1, j + 1)][1])
            skip = cost.get((i, j + 1), (float("inf"), ()))
            cost[(i, j)] = min(take, skip)
    row: list[RawCell | None] = [None] * n
    for token, j in zip(tokens, cost[(0, 0)][1]):
        row[j] = token
    return row


def column_types(rows: list[tuple[RawCell, ...]], width: int, k: int) -> str:
    """"t"/"v" per column: majority kind in full-width rows, else text then ``k`` number columns."""
    full = [kinds_of(r) for r in rows if len(r) == width]
    if not full:
        return "t" * (width - k) + "v" * k
    return "".join("v" if sum(f[j] == "v" for f in full) * 2 > len(full) else "t" for j in range(width))


def body_to_raw(body: FlatBody, page: int) -> RawTable:
    """The raw grid of a flattened table: a row of column labels, then every row aligned to the
    columns (a wrapped label joined into the row's label cell)."""
    if body.cells is not None:
        return aligned_to_raw(body.cells.header, [list(r) for r in body.cells.aligned],
                              [None] * len(body.cells.aligned), page, body.lines)
    rows = [rotate_trailing_label(r.tokens) for r in body.rows]
    k = max((kinds_of(r).count("v") for r in rows), default=0)
    width = max((len(r) for r in rows), default=0)
    header = [[strip_label(t.text) for t in line] for line in body.header]
    labels = lines_to_labels(header, k, width)
    if labels is None:
        stub, values = fragments_to_labels([f for line in header for f in line], k)
        labels = [stub] * max(1, width - k) + values
    width = max(width, len(labels))
    labels = [""] * (width - len(labels)) + labels
    types = column_types(rows, width, k)
    aligned = fill_by_totals([align_row(r, types) for r in rows], rows, labels, types)
    return aligned_to_raw(tuple(labels), aligned, [r.label for r in body.rows], page, body.lines)


def aligned_to_raw(header: tuple[str, ...], aligned: list[list[RawCell | None]], overrides: list[str | None],
                   page: int, lines: tuple[Line, ...]) -> RawTable:
    """A header row of the column labels, then the aligned rows; a row's wrapped label (``overrides``)
    written into its cell of the first column of words."""
    start, end = lines[0].start, lines[-1].end
    label_col = next((j for j in range(len(header)) if any(
        j < len(r) and r[j] is not None and not is_value_text(r[j].text) for r in aligned)), 0)
    rows = [tuple(RawCell(label, start, start) for label in header)]
    for row, override in zip(aligned, overrides):
        cells = [c or RawCell("", start, start) for c in row]
        if override and label_col < len(cells):
            old = cells[label_col]
            cells[label_col] = RawCell(override, old.start, old.end)
        rows.append(tuple(cells))
    return RawTable(page, start, end, tuple(rows))
