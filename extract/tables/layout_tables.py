"""Layout tables: the ``RawTable`` rows of the PDF and DOCX readers as ``Table`` records.

Stages: ``find_layout_tables`` (every raw table) -> ``group_continued`` (a table continued on the
next page joined to its first part) -> ``merge_raws`` -> ``raw_to_table``: ``find_context`` (caption,
id and unit note from the lines just above), ``count_header_rows`` + ``header_to_labels`` (one
label per column from a multi-row header with merged cells), ``body_to_cells`` (group rows,
repeated sub-headers, row labels from the label columns, values and units).

Ids: a numbered caption just above the table gives its label ("表7-2"); an unnumbered table is
``"表@p{page}-{n}"``: the ``n``-th (1-based) raw table the reader found on page ``page``, in
reading order (a table continued on later pages keeps the id of its first part). Both are stable
across re-runs of the same reader.

>>> layout_value("(10.9%)")
(Decimal('-10.9'), '%')
>>> layout_value("-0.24个百分点")
(Decimal('-0.24'), '百分点')
"""
from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

import regex

from ..records import Cell, Document, RawCell, RawTable, Table
from .cells import (PERIOD_COL_RE, SERIAL_LABELS, TOTAL_LABELS, cell_value, cell_words, is_empty_mark,
                    is_year_label, strip_footnote, strip_label)
from .layout_context import (CONTINUED_RE, UNIT_NOTE_RE, TableContext, find_context, find_source_after,
                             label_to_unit)
from .units import cell_unit_word, column_word_unit, is_unit_header

MAX_HEADER_ROWS = 4
MIN_NUMERIC_SHARE = 0.3     # least share of numeric cells among the filled value cells
# 一格印两个带单位的数（"14.60元/股2.83年"）：每个数后跟不含数字的单位。
GLUED_PART_RE = regex.compile(r"\d[\d,]*(?:\.\d+)?[^\d\s.,，、;；]{1,4}")
GLUED_VALUES_RE = regex.compile(r"(?:\d[\d,]*(?:\.\d+)?[^\d\s.,，、;；]{1,4}){2,3}")
BRACKET_TAIL_RE = regex.compile(r"[（(][^（）()]*[)）]\s*$")
SUBTOTAL_LABELS = frozenset({"小计"})     # a subtotal closes the group row above it
PERCENT_UNITS = frozenset({"%", "百分点", "个百分点"})
OUTLINE_RE = regex.compile(r"^(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十\d]+[、.．])")


@dataclass(frozen=True, slots=True)
class RowLabel:
    """A body row's lowest label and the nearest label to its left (its parent, for repeats)."""

    lowest: str
    parent: str


def layout_value(text: str) -> tuple[Decimal | None, str]:
    """A layout cell's value and unit (``cells.cell_value``)."""
    return cell_value(text)


def is_numeric(text: str) -> bool:
    """A cell holding a number (years and "2021E" period labels are labels, not numbers)."""
    return bool(text.strip()) and not is_year_label(text) and layout_value(text)[0] is not None


def pad_rows(raw: RawTable) -> list[list[RawCell]]:
    """Rows padded to the widest row; a short header row of periods is aligned to the right."""
    width = max((len(r) for r in raw.rows), default=0)
    rows = []
    for row in raw.rows:
        cells = list(row)
        fill = [RawCell("", cells[-1].end if cells else raw.start, cells[-1].end if cells else raw.start)]
        gap = width - len(cells)
        periods = bool(cells) and (is_year_label(cells[0].text) or bool(PERIOD_COL_RE.match(cells[0].text)))
        rows.append(fill * gap + cells if gap and periods else cells + fill * gap)
    return rows


def is_header_row(row: Sequence[RawCell]) -> bool:
    """A row with text and no numeric cell."""
    return any(c.text.strip() for c in row) and not any(is_numeric(c.text) for c in row)


def count_header_rows(rows: list[list[RawCell]]) -> int:
    """Leading header rows (at most ``MAX_HEADER_ROWS``, leaving at least one row)."""
    n = 0
    while n < min(MAX_HEADER_ROWS, len(rows) - 1) and is_header_row(rows[n]) and not (n and is_outline_row(rows[n])):
        n += 1
    return n


def is_outline_row(row: Sequence[RawCell]) -> bool:
    """A row naming a group of the rows below it in its first cell only ("一、合营企业")."""
    filled = [j for j, c in enumerate(row) if c.text.strip()]
    return filled == [0] and len(row) > 2


def header_chains(rows: list[list[RawCell]]) -> list[list[str]]:
    """Per column, its label in each header row; a merged (empty) cell takes the label to its left
    while the row above still names the same group (never in the lowest row)."""
    width = len(rows[0]) if rows else 0
    chains: list[list[str]] = [[] for _ in range(width)]
    for i, row in enumerate(rows):
        last_row = i == len(rows) - 1
        for j in range(width):
            text = strip_label(row[j].text)
            same_group = j > 0 and (i == 0 or chains[j][i - 1] == chains[j - 1][i - 1])
            if not text and not last_row and same_group:
                text = chains[j - 1][i]
            chains[j].append(text)
    return chains


def header_to_labels(rows: list[list[RawCell]]) -> tuple[str, ...]:
    """One label per column: its lowest label, prefixed by the next label up while labels repeat, and
    by the label of its group when only the group names a unit ("持股比例(%)" over "直接":
    "持股比例直接(%)")."""
    chains = [[t for t in chain if t] for chain in header_chains(rows)]
    labels = [chain[-1] if chain else "" for chain in chains]
    for depth in range(2, MAX_HEADER_ROWS + 1):
        repeated = {lab for lab in labels if lab and labels.count(lab) > 1}
        if not repeated:
            break
        for j, chain in enumerate(chains):
            if labels[j] in repeated and len(chain) >= depth and chain[-depth] not in labels[j]:
                labels[j] = chain[-depth] + labels[j]
    for j, chain in enumerate(chains):      # "持股比例(%)" over "直接 | 间接": the group's unit
        group = next((up for up in reversed(chain[:-1]) if label_to_unit(up)), "")
        tail = BRACKET_TAIL_RE.search(group)
        if group and tail and not label_to_unit(labels[j]) and group not in labels[j]:
            labels[j] = group[:tail.start()] + labels[j] + tail.group()    # "持股比例直接(%)"
    return tuple(labels)


def is_text_column(rows: list[list[RawCell]], j: int) -> bool:
    """Most filled cells of column ``j`` are text (not numbers, not placeholders)."""
    filled = [r[j].text for r in rows if r[j].text.strip()]
    text = [t for t in filled if not is_numeric(t) and not is_empty_mark(t)]
    return bool(filled) and len(text) * 2 > len(filled)


def is_word_column(rows: list[list[RawCell]], j: int) -> bool:
    """A text column of words, not of figures written with text ("2600-20000（含税：元/万毫升）")."""
    filled = [r[j].text.strip() for r in rows if r[j].text.strip()]
    figures = [t for t in filled if t[0].isdigit()]
    return is_text_column(rows, j) and len(figures) * 2 < len(filled)


def find_label_columns(rows: list[list[RawCell]], header: tuple[str, ...]) -> tuple[int, ...]:
    """The row-label columns: the leftmost text column and the text columns right after it that it
    groups (merged down over their rows) or that share its header cell, up to the first value, 单位
    or 序号 column ("分行业 | 成本构成项目 | 本期金额 …": two label columns)."""
    width = len(rows[0]) if rows else 0
    serial = serial_columns(header)
    first = next((j for j in range(width) if j not in serial and any(r[j].text.strip() for r in rows)), None)
    if first is None or not is_text_column(rows, first):
        return ()
    units = unit_columns(header)
    last = first
    while last + 1 < width and last + 1 not in units + serial and is_word_column(rows, last + 1) and \
            (groups_rows(rows, last, last + 1) or not header[last + 1] or header[last + 1] == header[last]):
        last += 1
    return tuple(range(first, last + 1))


def groups_rows(rows: list[list[RawCell]], j: int, k: int) -> bool:
    """Column ``j`` names groups of rows that column ``k`` names one by one: ``j`` is empty in some
    row where ``k`` is filled (a label merged down over its rows: "生物制药" over 原材料, 包装费 …).
    Columns filled in every row ("姓名 | 职务 | 性别") are attributes, not a hierarchy."""
    return any(not r[j].text.strip() and r[k].text.strip() for r in rows)


def is_group_row(row: list[RawCell], label_cols: tuple[int, ...]) -> bool:
    """A row naming a group of the rows below it: one text cell, in a label column."""
    filled = [j for j, c in enumerate(row) if c.text.strip()]
    return len(filled) == 1 and (not label_cols or filled[0] <= label_cols[-1]) and is_header_row(row)


def is_subheader(row: list[RawCell], label_cols: tuple[int, ...], corner: str,
                 current: Sequence[str] = ()) -> bool:
    """A repeated header inside the body: no numbers, distinct labels over the value columns, and an
    empty label cell, the header's corner label ("项目"), a period among them, or the same labels as
    the current header over the value columns ("分产品 | 成本构成项目 | 本期金额 …" under "分行业 …")."""
    if not is_header_row(row) or is_group_row(row, label_cols):
        return False
    values = [c.text.strip() for j, c in enumerate(row) if j not in label_cols and c.text.strip()]
    if not values or len(set(values)) < len(values) or any(is_empty_mark(v) for v in values):
        return False
    labels = [strip_label(row[j].text) for j in label_cols if row[j].text.strip()]
    repeats = len(values) >= 2 and all(strip_label(c.text) == current[j] for j, c in enumerate(row)
                                       if j not in label_cols and c.text.strip() and j < len(current))
    return not labels or labels[0] == corner or repeats or any(is_year_label(v[:4]) for v in values)


def row_to_label(row: list[RawCell], label_cols: tuple[int, ...], carried: dict[int, str]) -> RowLabel:
    """The row's lowest label cell and its parent (carried down from rows above, merged cells)."""
    filled = [j for j in label_cols if row[j].text.strip()]
    for j in filled:
        carried[j] = strip_label(row[j].text).rstrip("：:")
        for k in label_cols:
            if k > j and k not in filled:
                carried.pop(k, None)
    if not filled:
        return RowLabel("", "")
    lowest = filled[-1]
    parent = next((carried[k] for k in reversed(label_cols) if k < lowest and carried.get(k)), "")
    return RowLabel(carried[lowest], parent)


def cell_unit(own: str, row_label: str, col_label: str, group_unit: str, table_unit: str,
              row_unit: str = "") -> str:
    """A cell's unit: its own; else a percent column's "%"; else its row's 单位 cell, its row label's,
    its column label's, its group's or the table's."""
    col = label_to_unit(col_label)
    if own or col in PERCENT_UNITS:
        return own or col
    return row_unit or label_to_unit(row_label) or col or column_word_unit(col_label) or group_unit or table_unit


@dataclass(frozen=True, slots=True)
class DataRow:
    """A body row holding data, with the column labels above it, its label and its group's unit."""

    cells: list[RawCell]
    labels: tuple[str, ...]
    label: RowLabel
    group_unit: str


def body_to_rows(body: list[list[RawCell]], header: tuple[str, ...], label_cols: tuple[int, ...]) -> list[DataRow]:
    """The data rows of the body; a repeated header relabels the columns, a group row sets a unit."""
    corner = header[label_cols[0]] if label_cols and label_cols[0] < len(header) else ""
    labels, pending, group_unit, carried, group = header, [], "", {}, ""
    out = []
    for row in body:
        if is_subheader(row, label_cols, corner, labels):
            pending.append(row)
            carried.clear()
            continue
        if pending:
            fresh = header_to_labels(pending)
            labels = tuple(f or (old if j in label_cols else "") for j, (f, old) in enumerate(zip(fresh, labels)))
            pending, group_unit = [], ""
        label = row_to_label(row, label_cols, carried)
        if is_group_row(row, label_cols):
            group_unit = label_to_unit(next(c.text for c in row if c.text.strip()))
            group = label.lowest
        else:
            if label.lowest in SUBTOTAL_LABELS and not label.parent and group:
                label = RowLabel(label.lowest, group)      # "二、联营企业" + "小计"
            out.append(DataRow(row, labels, label, group_unit))
    return out


def is_total_label(label: str) -> bool:
    """A total row label, outline number aside: "（七）总计", "合计"."""
    return OUTLINE_RE.sub("", label) in TOTAL_LABELS


def row_names(rows: Sequence[DataRow]) -> list[str]:
    """Each data row's label: its lowest label, prefixed by its parent (the label carried down in a
    column to its left: "生物制药" + "原材料"; "三、本年度办理结果" + "（七）总计")."""
    return [row.label.parent + row.label.lowest if row.label.lowest and row.label.parent else row.label.lowest
            for row in rows]


def body_to_cells(body: list[list[RawCell]], header: tuple[str, ...], label_cols: tuple[int, ...],
                  table_unit: str) -> tuple[tuple[Cell, ...], int]:
    """``Cell`` records of the data rows, and the number of data rows."""
    rows = body_to_rows(body, header, label_cols)
    unit_cols = unit_columns(header) + serial_columns(header)
    summary = summary_rows(rows, [j for j in range(len(header)) if j not in label_cols and j not in unit_cols])
    cells: list[Cell] = []
    for i, (row, name) in enumerate(zip(rows, row_names(rows))):
        row_unit = next((u for j in unit_cols if (u := cell_unit_word(row.cells[j].text))), "")
        for j, raw in enumerate(row.cells):
            if j in label_cols or j in unit_cols or not raw.text.strip():
                continue
            col = "" if i in summary else row.labels[j] if j < len(row.labels) else ""
            for text in glued_values(raw.text):
                value, own = layout_value(text)
                unit = cell_unit(own, name, col, row.group_unit, table_unit, row_unit) if value is not None else ""
                cells.append(Cell(strip_footnote(name), strip_footnote(col), value, text, unit, i, j, raw.start, raw.end))
    return tuple(cells), len(rows)


def glued_values(text: str) -> list[str]:
    """The figures of a cell printing several, each closed by its unit ("14.60元/股2.83年": the price and
    the remaining term of 股份支付总体情况), else the cell's text alone."""
    text = text.strip()
    if layout_value(text)[0] is not None or not GLUED_VALUES_RE.fullmatch(text):
        return [text]
    parts = [m.group(0) for m in GLUED_PART_RE.finditer(text)]
    return parts if layout_value(parts[0])[0] is not None else [text]


def summary_rows(rows: Sequence[DataRow], value_cols: Sequence[int]) -> set[int]:
    """The trailing rows whose one value sits in a cell merged over the value columns ("同行业平均
    研发投入金额 | 7,724.69" under a table of peers): one value, not in the first value column, which
    every row above them fills. Their value has no column label."""
    if len(value_cols) < 2:
        return set()
    first = value_cols[0]

    def filled(row: DataRow) -> list[int]:
        return [j for j in value_cols if j < len(row.cells) and row.cells[j].text.strip()]

    k = len(rows)
    while k > 0 and len(filled(rows[k - 1])) == 1 and filled(rows[k - 1])[0] != first:
        k -= 1
    above = rows[:k]
    if k == len(rows) or not above or not all(first in filled(r) for r in above):
        return set()
    return set(range(k, len(rows)))


def serial_columns(header: Sequence[str]) -> tuple[int, ...]:
    """The 序号/编号 columns (numbers that count rows) and 附注 columns (references to notes):
    neither values nor row names."""
    skip = SERIAL_LABELS | cell_words("reference")
    return tuple(j for j, label in enumerate(header) if strip_label(label) in skip)


def unit_columns(header: Sequence[str]) -> tuple[int, ...]:
    """The columns headed "单位"/"计量单位": their cells name the unit of their row."""
    return tuple(j for j, label in enumerate(header) if is_unit_header(label))


def is_table_like(cells: Sequence[Cell], n_rows: int) -> bool:
    """A statistical table, not a key-value list of names: two numbers or more, in a third of the
    data rows at least and in ``MIN_NUMERIC_SHARE`` of the filled cells of the columns holding
    numbers (a column of words beside them, 主营业务 or 行业类别, is an attribute of the rows)."""
    numeric = [c for c in cells if c.value is not None]
    number_cols = {c.col_index for c in numeric}
    filled = sum(1 for c in cells if c.col_index in number_cols and not is_empty_mark(c.text))
    rows = len({c.row_index for c in numeric})
    return len(numeric) >= 2 and rows * 3 >= n_rows and len(numeric) >= MIN_NUMERIC_SHARE * filled


@dataclass(frozen=True, slots=True)
class LayoutStages:
    """What each stage of ``raw_to_table`` made of one raw table (``tieout tables --debug``)."""

    rows: list[list[RawCell]]                # pad_rows
    n_header: int                            # count_header_rows
    header: tuple[str, ...]                  # header_to_labels
    label_cols: tuple[int, ...]              # find_label_columns
    context: TableContext | None             # find_context: caption, id label, unit note
    unit: str
    cells: tuple[Cell, ...]                  # body_to_cells
    n_rows: int
    reason: str                              # why it is not a table ("" when it is)


def raw_to_stages(document: Document, raw: RawTable) -> LayoutStages:
    """Every stage of one raw layout table, and why it is not a table when it is not."""
    rows = pad_rows(raw)
    if len(rows) < 2:
        return LayoutStages(rows, 0, (), (), None, "", (), 0, "fewer than two rows")
    n_header = count_header_rows(rows)
    header = header_to_labels(rows[:n_header]) if n_header else ("",) * len(rows[0])
    body = rows[n_header:]
    label_cols = find_label_columns(body, header)
    context = find_context(document, raw)
    unit = context.unit or next((label_to_unit(h) for h in header if UNIT_NOTE_RE.search(h)), "")
    cells, n_rows = body_to_cells(body, header, label_cols, unit)
    numeric = sum(1 for c in cells if c.value is not None)
    reason = "" if is_table_like(cells, n_rows) else \
        f"not a statistical table: {numeric} numeric of {len(cells)} cells in {n_rows} rows"
    return LayoutStages(rows, n_header, header, label_cols, context, unit, cells, n_rows, reason)


def raw_to_table(document: Document, raw: RawTable, index: int) -> Table | None:
    """The ``Table`` of one raw layout table (``index``: its 1-based ordinal on its page), or None
    for junk: fewer than two rows, no data row or too few numeric cells."""
    return stages_to_table(document, raw, index, raw_to_stages(document, raw))


def stages_to_table(document: Document, raw: RawTable, index: int, st: LayoutStages) -> Table | None:
    """The ``Table`` record of a raw table's stages (None when ``st.reason`` says it is none)."""
    if st.reason or st.context is None:
        return None
    table_id = st.context.label or f"表@p{raw.page}-{index}"
    return Table(document.doc_id, table_id, st.context.caption, find_source_after(document, raw), raw.page,
                 min(st.context.start, raw.start), raw.end, st.n_rows, len(st.header),
                 st.header, st.cells, st.unit, True)


def is_continuation(document: Document, first: RawTable, nxt: RawTable) -> bool:
    """``nxt`` continues ``first`` on the next page: only blank text or a "续表" line between them,
    and the same width without a header of its own, a repeated header, or a group row ending ``first``."""
    if nxt.page != first.page + 1 or not first.rows or not nxt.rows:
        return False
    between = [line for line in document.text[first.end:nxt.start].split("\n") if line.strip()]
    if any(not CONTINUED_RE.match(line) for line in between):
        return False
    if between:
        return True
    width_first, width_next = max(len(r) for r in first.rows), max(len(r) for r in nxt.rows)
    head = [c.text for c in nxt.rows[0]]
    if head == [c.text for c in first.rows[0]] or repeats_header_block(first, nxt):
        return True
    ends_open = is_header_row(first.rows[-1])       # a table does not end on a header or group row
    narrower = width_next < width_first and len(nxt.rows[0]) == width_next   # empty columns dropped
    return ends_open or ((width_first == width_next or narrower) and not is_header_row(nxt.rows[0]))


def repeats_header_block(first: RawTable, nxt: RawTable) -> bool:
    """``nxt`` opens with a header row of ``first`` again, its first cell aside (a new block:
    "分地区 | 营业收入 | 营业成本 …" after "分行业 | 营业收入 | 营业成本 …")."""
    heads = [[strip_label(c.text) for c in row[1:]] for row in first.rows if is_header_row(row) and len(row) > 2]
    return any([strip_label(c.text) for c in row[1:]] in heads for row in nxt.rows[:2]
               if is_header_row(row) and len(row) > 2 and sum(1 for c in row[1:] if c.text.strip()) >= 2)


def merge_raws(parts: Sequence[RawTable]) -> RawTable:
    """One raw table of a table's parts (a header repeated on a later page dropped; a part whose
    empty columns the page dropped realigned to the first part's columns)."""
    rows = list(parts[0].rows)
    width = max(len(r) for r in rows)
    for part in parts[1:]:
        same_head = [c.text for c in part.rows[0]] == [c.text for c in parts[0].rows[0]]
        more = list(part.rows[1:] if same_head else part.rows)
        if more and max(len(r) for r in more) < width:
            more = align_part(rows, more, width)
        rows.extend(more)
    return RawTable(parts[0].page, parts[0].start, parts[-1].end, tuple(rows), parts[0].bbox)


def column_profile(rows: Sequence[Sequence[RawCell]], j: int) -> tuple[float, float | None, float]:
    """(share of numeric cells among the filled, mean log10 magnitude of the numbers, share empty)."""
    texts = [r[j].text.strip() if j < len(r) else "" for r in rows]
    filled = [t for t in texts if t and not is_empty_mark(t)]
    numbers = [abs(v) for t in filled if (v := cell_value(t)[0]) is not None]
    magnitude = sum(math.log10(float(v) + 1) for v in numbers) / len(numbers) if numbers else None
    return len(numbers) / max(1, len(filled)), magnitude, 1 - len(filled) / max(1, len(texts))


def align_part(above: Sequence[Sequence[RawCell]], part: list[tuple[RawCell, ...]],
               width: int) -> list[tuple[RawCell, ...]]:
    """The rows of a narrower continued part with empty cells put back where the page dropped whole
    empty columns: the columns chosen so each part column looks like the column above it (numeric
    share, magnitude) and the columns put back are the ones mostly empty above."""
    narrow = max(len(r) for r in part)
    missing = width - narrow
    if missing > 3 or any(len(r) != narrow for r in part):
        return part
    body = [r for r in above if not is_header_row(r)] or list(above)
    first = [column_profile(body, j) for j in range(width)]
    second = [column_profile(part, j) for j in range(narrow)]

    def cost(inserted: tuple[int, ...]) -> float:
        kept = [j for j in range(width) if j not in inserted]
        total = sum(1 - first[j][2] for j in inserted)
        for (share, mag, _), j in zip(second, kept):
            share_above, mag_above, _ = first[j]
            total += abs(share - share_above)
            if (mag is None) != (mag_above is None):
                total += 1
            elif mag is not None and mag_above is not None:
                total += abs(mag - mag_above) / 2
        return total

    best = min(itertools.combinations(range(1, width), missing), key=cost)
    out = []
    for row in part:
        cells, k = [], 0
        for j in range(width):
            if j in best:
                anchor = cells[-1].end if cells else row[0].start
                cells.append(RawCell("", anchor, anchor))
            else:
                cells.append(row[k])
                k += 1
        out.append(tuple(cells))
    return out


def group_continued(document: Document) -> list[tuple[int, list[RawTable]]]:
    """The raw tables grouped into tables (continued parts joined), each with its page ordinal."""
    groups: list[tuple[int, list[RawTable]]] = []
    per_page: dict[int, int] = {}
    for raw in document.raw_tables:
        per_page[raw.page] = per_page.get(raw.page, 0) + 1
        if groups and is_continuation(document, groups[-1][1][-1], raw):
            groups[-1][1].append(raw)
        else:
            groups.append((per_page[raw.page], [raw]))
    return groups


def find_layout_tables(document: Document, covered: Sequence[tuple[int, int]] = (),
                       taken: frozenset[str] = frozenset()) -> list[Table]:
    """The layout tables of a PDF/DOCX document, skipping those overlapping a ``covered`` span
    (a captioned table found in the text) and renaming a numbered id already ``taken``."""
    tables: list[Table] = []
    ids = set(taken)
    for index, parts in group_continued(document):
        raw = merge_raws(parts)
        if any(start < raw.end and raw.start < end for start, end in covered):
            continue
        table = raw_to_table(document, raw, index)
        if table is None:
            continue
        if table.id in ids:
            table = replace(table, id=f"表@p{raw.page}-{index}")
        ids.add(table.id)
        tables.append(table)
    return tables
