"""Tables a PDF text dump printed one cell per line: rows rebuilt from the header and the count.

pdftotext prints some tables as the caption, the column labels one per line, then every cell on
its own line::

    表 3-3 2022-2023年毕业生初次就业情况          表 2-9 1+X 证书试点学生获证情况统计
    序号 / 指标 / 单位 / 2022 年 / 2023 年         年度 / 试点数 / … / 通过率
    1 / 毕业生初次就业人数* / 人 / 2291 / 3379     2020 / 47 / 28 / … / 60.8%
    …                                              合计 / 5746 / 1416 / 4330 / /

Stages: ``find_cell_run`` (the lines under the caption, up to prose, a heading, a source note or
the next caption, skipping 单位 notes and the page numbers and running headers of a page break;
used only when most value lines hold one cell), ``run_to_items`` (the cells in order; a row
printed whole on one line gives its label and numbers), ``items_to_shape`` (try every split of header / body and every column count: the body cut
into rows of ``n`` cells whose columns keep one kind, or rows that start at each row label and
take the numbers after it; the header count, the 合计 row's sums and the year/serial first column
choose among them), giving a :class:`CellShape` with aligned rows, or the reason no shape fits.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from itertools import pairwise

import regex

from ..records import RawCell
from .captions import Line, is_figure, is_heading, is_note, is_prose, is_source
from .cells import BARE_YEAR_RE, TOTAL_LABELS, cell_kind, is_value_text, parse_cell_value, strip_label
from .flat_headers import (
    CLOSE_BRACKETS,
    attach_brackets,
    fragments_to_labels,
    is_open,
    label_score,
    partition_fragments,
)
from .flat_tokens import line_to_tokens
from .totals import fill_by_totals, sums_match, value_of

SERIAL_RE = regex.compile(r"^\d{1,3}$")
MIN_SINGLES = 3          # value lines holding one cell, at least
SINGLE_SHARE = 3         # ... and this many times the lines holding several cells
MAX_LABEL_CHARS = 40     # a longer text line is prose, not a cell
MAX_HEADER = 120
PAGE_EDGE = 2            # lines on each side of a page break that can be page furniture
# 页码："5"、"- 5 -"、"第 5 页"、"5/40"。
PAGE_NUMBER_RE = regex.compile(r"^[-—–\s]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*/\s*\d{1,4})?[-—–\s]*$")

Row = list[RawCell | None]


@dataclass(frozen=True, slots=True)
class CellShape:
    """A one-cell-per-line table rebuilt: column labels and aligned rows, or why it is not."""

    header: tuple[str, ...]
    aligned: tuple[tuple[RawCell | None, ...], ...]
    shape: str                       # how the rows were rebuilt, for ``--debug``
    reason: str | None = None        # why no rows were rebuilt


@dataclass(frozen=True, slots=True)
class Candidate:
    """One way to read the items: ``h`` header items, ``n`` columns, rows, and its score."""

    h: int
    n: int
    kind: str                        # "grid" (rows of n cells) or "labelled" (rows start at labels)
    rows: tuple[tuple[RawCell | None, ...], ...]
    score: tuple[int, ...]


def is_value_line(tokens: tuple[RawCell, ...]) -> bool:
    """Every cell of the line is a number or an empty-cell mark."""
    return bool(tokens) and all(is_value_text(t.text) for t in tokens)


def is_cell_stop(text: str) -> bool:
    """A text line no one-cell-per-line body runs through."""
    body = text.strip()
    return (is_heading(body) or is_prose(body) or is_figure(body) or is_source(body) or is_note(body)
            or len(strip_label(body)) > MAX_LABEL_CHARS)


def around_break(lines: list[Line], i: int) -> list[int]:
    """The non-blank lines next to the page break on line ``i``: up to ``PAGE_EDGE`` before it and
    ``PAGE_EDGE`` from it on."""
    before = [j for j in range(i - 1, max(-1, i - 6), -1) if not lines[j].blank][:PAGE_EDGE]
    after = [j for j in range(i, min(len(lines), i + 6)) if not lines[j].blank][:PAGE_EDGE]
    return before + after


def page_number(text: str) -> int | None:
    """The number of a page-number line ("- 5 -", "第 5 页"), or None."""
    if not PAGE_NUMBER_RE.match(text.strip()):
        return None
    return int(regex.search(r"\d+", text).group())


def page_furniture(lines: list[Line], first: int, stop: int) -> set[int]:
    """Lines of ``lines[first:stop]`` that a page break ("\\f") put there: page numbers next to it
    (the break before or after it has the number one less or one more) and running headers/footers
    (a text next to a break that stands next to another break too)."""
    if not any("\f" in line.text for line in lines[first:stop]):
        return set()
    breaks = [i for i, line in enumerate(lines) if "\f" in line.text]
    near = {i: around_break(lines, i) for i in breaks}
    numbers = {i: {page_number(lines[j].text) for j in near[i]} - {None} for i in breaks}
    texts = Counter(lines[j].text.strip() for i in breaks for j in near[i])
    out: set[int] = set()
    for k, i in enumerate(breaks):
        if not first <= i < stop:
            continue
        neighbours = set().union(*(numbers[b] for b in breaks[max(0, k - 1):k + 2] if b != i))
        for j in near[i]:
            n, text = page_number(lines[j].text), lines[j].text.strip()
            if (n is not None and {n - 1, n + 1} & neighbours) or \
                    (n is None and not is_value_text(text) and texts[text] >= 2):
                out.add(j)
    return out


def find_cell_run(lines: list[Line], first: int, stop: int, claimed: set[int]) -> list[Line] | None:
    """The lines of a one-cell-per-line body under a caption, or None when the body is not printed
    that way (value lines mostly hold several cells, or there are too few values)."""
    run: list[Line] = []
    furniture = page_furniture(lines, first, stop)
    any_value = False
    for line in lines[first:stop]:
        if line.blank or line.index in furniture:
            continue
        if line.index in claimed:
            break
        tokens = line_to_tokens(line)
        if is_value_line(tokens):
            run.append(line)
            any_value = True
            continue
        if (not run and is_source(line.text)) or (is_note(line.text) and not any_value):
            continue                                 # "单位：人" above or amid the header labels
        if is_cell_stop(line.text):
            break
        run.append(line)
    while run and not ((last := line_to_tokens(run[-1])) and is_value_text(last[-1].text)):
        run.pop()                                    # trailing text lines: no row without values (nor a row of
        # rules alone, "|||||||||||", as a page's copy of an empty row prints it)
    tokens = [line_to_tokens(line) for line in run]
    singles = sum(1 for t in tokens if len(t) == 1 and is_value_line(t))
    several = sum(1 for t in tokens if len(t) > 1 and any(is_value_text(c.text) for c in t))
    if singles < MIN_SINGLES or singles < SINGLE_SHARE * several:
        return None
    return run


def run_to_items(run: list[Line]) -> list[RawCell]:
    """The cells in reading order: a value line gives each of its numbers; a text line before the
    first value line gives each of its words (header labels on one line), later text lines one
    cell each (a row label with a space in it)."""
    items: list[RawCell] = []
    seen_value = False
    for line in run:
        tokens = line_to_tokens(line)
        if is_value_line(tokens):
            seen_value = True
            items.extend(tokens)
        elif not seen_value:
            items.extend(tokens)
        elif (split := label_then_values(tokens)) is not None:
            items.extend(split)
        else:
            lead = len(line.text) - len(line.text.lstrip())
            body = line.text.strip()
            body = body[:-1].rstrip() if body.endswith(("|", "｜")) else body     # a web table's cell bar
            items.append(RawCell(body, line.start + lead, line.start + lead + len(body)))
    return items


def label_then_values(tokens: tuple[RawCell, ...]) -> list[RawCell] | None:
    """A row printed whole amid one-cell lines ("合计 5746 1416 4330 /"): its label (words joined)
    and its numbers; None for any other line."""
    values = 0
    while values < len(tokens) and is_value_text(tokens[len(tokens) - 1 - values].text):
        values += 1
    words = tokens[:len(tokens) - values]
    if not values or not words or any(is_value_text(t.text) for t in words):
        return None
    label = RawCell(" ".join(t.text for t in words), words[0].start, words[-1].end)
    return [label, *tokens[len(words):]]


def kind(cell: RawCell) -> str:
    """"e" empty mark, "y" bare year, "v" number, "t" text (``cells.cell_kind``)."""
    return cell_kind(cell.text.strip())


def is_row_key(text: str) -> bool:
    """A value that can open an unlabelled row: a year or a serial number."""
    return bool(BARE_YEAR_RE.match(text.strip()) or SERIAL_RE.match(text.strip()))


def keys_in_order(keys: list[str]) -> bool:
    """The first cells of unlabelled rows run as years (one direction) or serials 1, 2, 3 …"""
    if not all(is_row_key(k) for k in keys):
        return False
    nums = [int(k) for k in keys]
    if len(nums) < 2:
        return True
    steps = {b - a for a, b in pairwise(nums)}
    if all(BARE_YEAR_RE.match(k) for k in keys):
        return all(s > 0 for s in steps) or all(s < 0 for s in steps)
    return steps == {1}


def header_labels(frags: list[str], n: int) -> list[str] | None:
    """``n`` column labels (the first over the row labels) from ``frags``, or None if too few."""
    frags = attach_brackets(frags)
    if len(frags) == n:
        return frags
    if len(frags) == n - 1:
        return [""] + frags
    if len(frags) < n:
        return None
    stub, values = fragments_to_labels(frags, n - 1)
    if not stub:
        stub, values = frags[0], partition_fragments(frags[1:], n - 1)
    return [stub] + values


def header_fit(frags: list[str], n: int) -> int:
    """3: one label per column; 2: no label over the row labels; 1: labels wrapped over lines."""
    count = len(attach_brackets(frags))
    return 3 if count == n else 2 if count == n - 1 else 1 if count > n else 0


def as_grid(body: list[RawCell], n: int) -> list[tuple[RawCell | None, ...]] | None:
    """The body cut into rows of ``n`` cells, when every column keeps one kind (text or numbers)
    and the rows have a label: a text column, or years/serials in the first column."""
    if n < 2 or not body or len(body) % n:
        return None
    rows = [tuple(body[i:i + n]) for i in range(0, len(body), n)]
    kinds = [[kind(r[j]) for r in rows] for j in range(n)]
    for col in kinds:
        if "t" in col and "v" in col:
            return None
    if not any("v" in col or "y" in col for col in kinds[1:]):
        return None
    has_text = any(set(col) <= {"t", "e"} and "t" in col for col in kinds)
    if not has_text and not keys_in_order([r[0].text for r in rows]):
        return None
    return rows


def join_label(cells: list[RawCell]) -> RawCell:
    """A row label wrapped over several lines, as one cell."""
    return RawCell("".join(c.text.strip() for c in cells), cells[0].start, cells[-1].end)


def as_labelled(body: list[RawCell], n: int) -> tuple[list[Row], list[int]] | None:
    """Rows that start at each row label (text lines joined) and take the ``n - 1`` numbers after
    it; numbers left over (or before the first label) make rows of ``n`` opened by a year or serial.
    Returns the rows (short ones right-aligned) and the indices of short rows, or None."""
    k, rows, short, i = n - 1, [], [], 0
    first_label_lines, other_label_lines = 0, [0]
    while i < len(body):
        label: list[RawCell] = []
        while i < len(body) and kind(body[i]) == "t":
            label.append(body[i])
            i += 1
        values: list[RawCell] = []
        while i < len(body) and kind(body[i]) != "t":
            values.append(body[i])
            i += 1
        if not values:
            return None
        if label:
            if not rows:
                first_label_lines = len(label)
            else:
                other_label_lines.append(len(label))
            own, values = values[:k], values[k:]
            if len(own) < k:
                short.append(len(rows))
            rows.append([join_label(label)] + [None] * (k - len(own)) + own)
        if len(values) % n or not keys_in_order([values[j].text for j in range(0, len(values), n)]):
            return None
        rows.extend(list(values[j:j + n]) for j in range(0, len(values), n))
    if not rows or first_label_lines > max(other_label_lines):
        return None                  # the first label took a header line
    return rows, short


def total_index(rows: list[Row]) -> int | None:
    """The index of the 合计/总计 row, or None."""
    return next((i for i, r in enumerate(rows) if r[0] is not None and strip_label(r[0].text) in TOTAL_LABELS),
                None)


def place_short_total(rows: list[Row], t: int, value_cols: list[int]) -> Row | None:
    """The 合计 row's numbers placed, in order, under the columns they are the sums of (empty
    marks anywhere), when the other rows are complete; None if no placement agrees."""
    others = [r for i, r in enumerate(rows) if i != t]
    sums = {j: sum(value_of(r[j]) for r in others) for j in value_cols}
    values = [c for c in rows[t][1:] if c is not None]

    def place(vi: int, ci: int) -> list[int] | None:
        if vi == len(values):
            return []
        for c in range(ci, len(value_cols)):
            value, _ = parse_cell_value(values[vi].text)
            if value is None or value == sums[value_cols[c]]:
                rest = place(vi + 1, c + 1)
                if rest is not None:
                    return [value_cols[c]] + rest
        return None

    cols = place(0, 0)
    if cols is None:
        return None
    out: Row = [rows[t][0]] + [None] * (len(rows[t]) - 1)
    for j, cell in zip(cols, values):
        out[j] = cell
    return out


def place_short_rows(rows: list[Row], short: list[int], labels: list[str]) -> list[Row] | None:
    """Short rows placed so the columns add up to the 合计 row (a short 合计 row placed under the
    sums of the others); None when there is no 合计 row that decides it."""
    if not short:
        return rows
    n = len(rows[0])
    value_cols = list(range(1, n))
    t = total_index(rows)
    if t is None:
        return None
    if short == [t]:
        placed = place_short_total(rows, t, value_cols)
        return None if placed is None else rows[:t] + [placed] + rows[t + 1:]
    if t in short:
        return None
    filled = fill_by_totals(rows, [], labels, "t" + "v" * (n - 1))
    body = [r for i, r in enumerate(filled) if i != t]
    if not sums_match(body, filled[t], value_cols):
        return None
    return filled


def totals_agree(rows: list[Row]) -> bool:
    """A complete 合计 row equals the sum of the other rows in every number column."""
    t = total_index(rows)
    if t is None or any(c is None for c in rows[t]):
        return False
    body = [r for i, r in enumerate(rows) if i != t]
    cols = [j for j in range(1, len(rows[t])) if parse_cell_value(rows[t][j].text)[0] is not None]
    return bool(cols) and sums_match(body, rows[t], cols) and any(value_of(rows[t][j]) != Decimal(0) for j in cols)


def steady(rows: list[Row]) -> int:
    """1 when the rows opened by a year or serial count up or down by one (2020, 2021 …), or
    there are none; a reading that pairs rows up skips every other year."""
    keys = [int(r[0].text.strip()) for r in rows if r[0] is not None and is_row_key(r[0].text)]
    steps = {b - a for a, b in pairwise(keys)}
    return int(steps <= {1} or steps <= {-1})


def header_limit(items: list[RawCell]) -> int:
    """How many leading items can be header labels: text, or bare years (year columns)."""
    h = 0
    while h < min(len(items) - 1, MAX_HEADER) and kind(items[h]) in ("t", "y"):
        h += 1
    return h


def column_counts(body: list[RawCell], header_count: int) -> list[int]:
    """Column counts worth trying (2 up to one more than the header labels): divisors of the body
    (rows of ``n`` cells), and of each run of numbers ``r`` (rows opened by a year or serial) and
    ``r + 1`` (a label, its numbers, then such rows)."""
    sizes = {len(body)}
    run = 0
    for cell in body + [RawCell("", 0, 0)]:
        if cell.text and kind(cell) != "t":
            run += 1
            continue
        sizes.update((run, run + 1))
        run = 0
    top = header_count + 1
    counts = {header_count, top} | {n for size in sizes for n in range(2, min(size, top) + 1) if size % n == 0}
    return sorted(n for n in counts if 2 <= n <= top)


def candidates(items: list[RawCell]) -> list[Candidate]:
    """Every (header size, column count, row shape) that reads all the items."""
    out = []
    for h in range(1, header_limit(items) + 1):
        frags = [strip_label(c.text) for c in items[:h]]
        body = items[h:]
        for n in column_counts(body, len(attach_brackets(frags))):
            fit = header_fit(frags, n)
            if not fit:
                continue
            closed = int(not is_open(attach_brackets(frags)[-1]) and not body[0].text.startswith(CLOSE_BRACKETS))
            ends = label_score((frags[-1],))
            grid = as_grid(body, n)
            if grid is not None:
                rows = [list(r) for r in grid]
                out.append(Candidate(h, n, "grid", tuple(tuple(r) for r in rows),
                                     (closed, fit, ends, int(totals_agree(rows)), steady(rows), int(len(rows) >= 2), 1, -n)))
                continue
            labelled = as_labelled(body, n)
            if labelled is None:
                continue
            labels = header_labels(frags, n) if labelled[1] else [""] * n
            placed = place_short_rows(labelled[0], labelled[1], labels or [""] * n)
            if placed is None:
                continue
            out.append(Candidate(h, n, "labelled", tuple(tuple(r) for r in placed),
                                 (closed, fit, ends, int(totals_agree(placed)), steady(placed), int(len(placed) >= 2), 0, -n)))
    return out


def why_not(items: list[RawCell]) -> str:
    """Why no shape reads the items, said against the columns the header gives: the first run of
    numbers that does not fill whole rows."""
    h = 0
    while h < len(items) and kind(items[h]) == "t":
        h += 1
    body = items[h:]
    labelled = any(kind(c) == "t" for c in body)
    if labelled and h > 1 and not is_row_key(body[0].text if body else ""):
        h -= 1                                        # the last leading text is the first row label
        body = items[h:]
    n = max(2, len(attach_brackets([strip_label(c.text) for c in items[:h]])))
    if labelled and body and kind(body[0]) != "t" and any(kind(c) == "t" for c in body[:n]) \
            and len(body) % n:
        return f"cells {len(body)} not a multiple of {n} columns"      # rows of serial, label, numbers
    k, i = n - 1, 0
    while i < len(body):
        label = []
        while i < len(body) and kind(body[i]) == "t":
            label.append(body[i].text.strip())
            i += 1
        j = i
        while i < len(body) and kind(body[i]) != "t":
            i += 1
        count = i - j
        if not label and count % n:
            return f"values {count} not a multiple of {n} columns"
        if label and count < k:
            return (f"values {count} under the row label {''.join(label)}: fewer than {k} columns, and no "
                    f"合计 row whose sums place them")
        if label and (count - k) % n:
            return f"values {count} under the row label {''.join(label)} not {k} (one row of {n} columns)"
    return f"no split of the {len(items)} cells into a header and rows of one column count fits"


def items_to_shape(items: list[RawCell]) -> CellShape:
    """The best reading of the items (no bracket left open between header and rows, then header
    fit, a last header label that ends like one, 合计 sums, years counting by one, more rows, rows
    of ``n`` cells, fewer columns), or a ``CellShape`` with no rows and the reason."""
    found = candidates(items)
    if not found:
        return CellShape((), (), "no header/column split reads every cell", why_not(items))
    best = max(found, key=lambda c: c.score)
    frags = [strip_label(c.text) for c in items[:best.h]]
    labels = header_labels(frags, best.n) or []
    shape = (f"{best.kind}: {best.h} header cells -> {best.n} columns, {len(best.rows)} rows "
             f"({len(found)} readings fit)")
    return CellShape(tuple(labels), best.rows, shape)


def run_to_shape(run: list[Line]) -> CellShape:
    """The rebuilt table of a one-cell-per-line run."""
    return items_to_shape(run_to_items(run))
