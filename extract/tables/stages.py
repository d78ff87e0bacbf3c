"""The one chain of table stages: a ``RawTable`` (rows of raw cells, from any source) -> ``Table`` cells.

Every source builds a raw grid first — TAB text rows (``text_tables.tab_to_raw``), a flattened PDF
text dump rebuilt into rows (``flat_tables.body_to_raw``), a PDF page's ruled or aligned table and a
DOCX table (the readers' ``Document.raw_tables``) — and every raw grid goes through the same named
stages (pdfplumber's TableFinder is the model: ``x_to_y`` functions, a settings object, each stage's
output kept in :class:`TableStages` for ``tieout tables FILE --debug``):

``pad_rows`` (rows of equal width) -> ``realign_rows`` (a row written one cell to the left put back)
-> ``count_header_rows`` -> ``header_to_labels`` (one label per column from a multi-row header with
merged group cells) -> ``find_label_columns`` (the row-label columns) -> ``body_to_rows`` (group rows,
repeated sub-headers, row labels carried down merged cells) -> ``body_to_cells`` (values, units,
column labels) -> ``is_table_like`` (an uncaptioned grid must hold statistics).

>>> cell_value("(10.9%)")
(Decimal('-10.9'), '%')
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regex

from ..records import Cell, RawCell, RawTable
from .cells import (PERIOD_COL_RE, SERIAL_LABELS, TOTAL_LABELS, cell_value, cell_words, is_empty_mark,
                    is_year_label, strip_footnote, strip_label)
from .layout_context import UNIT_NOTE_RE, TableContext, label_to_unit
from .units import cell_unit_word, column_word_unit, is_unit_header

MAX_HEADER_ROWS = 4
MIN_NUMERIC_SHARE = 0.3     # least share of numeric cells among the filled value cells
# 一格印两个带单位的数（"14.60元/股2.83年"）：每个数后跟不含数字的单位。
GLUED_PART_RE = regex.compile(r"\d[\d,]*(?:\.\d+)?[^\d\s.,，、;；]{1,4}")
GLUED_VALUES_RE = regex.compile(r"(?:\d[\d,]*(?:\.\d+)?[^\d\s.,，、;；]{1,4}){2,3}")
BRACKET_TAIL_RE = regex.compile(r"[（(][^（）()]*[)）]\s*$")
SUBTOTAL_LABELS = frozenset({"小计"})     # a subtotal closes the group row above it
PERCENT_UNITS = frozenset({"%", "百分点", "个百分点"})
# 标签列选择：右侧的文本列比最左文本列的不同取值多出这么多倍时，改用它作行标签。
LABEL_SWITCH_RATIO = 1.5
OUTLINE_RE = regex.compile(r"^(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十\d]+[、.．])")


@dataclass(frozen=True, slots=True)
class RowLabel:
    """A body row's lowest label and the nearest label to its left (its parent, for repeats)."""

    lowest: str
    parent: str


def is_numeric(text: str) -> bool:
    """A cell holding a number (years and "2021E" period labels are labels, not numbers)."""
    return bool(text.strip()) and not is_year_label(text) and cell_value(text)[0] is not None


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


def count_header_rows(rows: list[list[RawCell]], limit: int = MAX_HEADER_ROWS) -> int:
    """Leading header rows (at most ``limit``, leaving at least one row); a table of words only (a
    list of names under its caption) has one header row."""
    n = 0
    while n < min(limit, len(rows) - 1) and is_header_row(rows[n]) and not (n and is_outline_row(rows[n])):
        n += 1
    if n and n == min(limit, len(rows) - 1) and all(is_header_row(r) or not any(c.text.strip() for c in r)
                                                    for r in rows):
        return 1
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


def find_label_columns(rows: list[list[RawCell]], header: tuple[str, ...], stub: bool = False) -> tuple[int, ...]:
    """The row-label columns: the leftmost text column and the text columns right after it that it
    groups (merged down over their rows) or that share its header cell, up to the first value, 单位
    or 序号 column ("分行业 | 成本构成项目 | 本期金额 …": two label columns). ``stub``: the source put
    the row labels leftmost (a flattened table rebuilt), so the leftmost filled column is the labels
    even when they read as numbers ("2021 人次")."""
    width = len(rows[0]) if rows else 0
    serial = serial_columns(header)
    first = next((j for j in range(width) if j not in serial and any(r[j].text.strip() for r in rows)), None)
    if first is None:
        return ()
    if not is_text_column(rows, first):
        return (first,) if stub else ()
    units = unit_columns(header)
    last = first
    while last + 1 < width and last + 1 not in units + serial and is_word_column(rows, last + 1) and \
            (groups_rows(rows, last, last + 1) or not header[last + 1] or header[last + 1] == header[last]):
        last += 1
    if last == first:
        return (most_varied(rows, first, [k for k in range(first + 1, width) if k not in units + serial]),)
    return tuple(range(first, last + 1))


def distinct_texts(rows: list[list[RawCell]], j: int) -> int:
    return len({r[j].text.strip() for r in rows if r[j].text.strip()})


def most_varied(rows: list[list[RawCell]], first: int, after: Sequence[int]) -> int:
    """The label column among the word columns from ``first`` on: ``first``, unless a column of words
    after it names its rows ``LABEL_SWITCH_RATIO`` times as variously ("所属学院 | 专业名称 | 类别":
    a college repeats, the programme names the row) and names every row the first one names (no "-"
    where "合计" or "货币资金" stands)."""
    best = first
    for k in after:
        if not is_text_column(rows, k):
            break
        names_all = all(r[k].text.strip() and not is_empty_mark(r[k].text) for r in rows if r[first].text.strip())
        if names_all and distinct_texts(rows, k) >= LABEL_SWITCH_RATIO * distinct_texts(rows, best):
            best = k
    return best


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
        if not label.lowest and not is_group_row(row, label_cols):
            label = unlabelled_row(row, header, out[-1].label if out else None)
        if is_group_row(row, label_cols):
            group_unit = label_to_unit(next(c.text for c in row if c.text.strip()))
            group = label.lowest
        else:
            if label.lowest in SUBTOTAL_LABELS and not label.parent and group:
                label = RowLabel(label.lowest, group)      # "二、联营企业" + "小计"
            out.append(DataRow(row, labels, label, group_unit))
    return out


def unlabelled_row(row: list[RawCell], header: tuple[str, ...], above: RowLabel | None) -> RowLabel:
    """The label of a row whose label cells are empty: a word in its 序号 cell ("合计" written across
    序号 and 名称), else, when it names a unit of its own in the 单位 column, the row above's (a second
    unit of the same indicator: "教学计划内课程总数 | 门 | 21008" then " | | 学时 | 3006136")."""
    for j in serial_columns(header):
        text = row[j].text.strip()
        if text and cell_value(text)[0] is None and not is_empty_mark(text):
            return RowLabel(strip_label(text), "")
    if above is not None and any(row[j].text.strip() for j in unit_columns(header)):
        return above
    return RowLabel("", "")


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
    unit_cols, serial = unit_columns(header), serial_columns(header)
    skip = set(label_cols) | set(unit_cols) | set(reference_columns(header))
    value_cols = [j for j in range(len(header)) if j not in skip and j not in serial]
    summary = summary_rows(rows, value_cols, [j for j in value_cols if is_text_column(body, j)])
    cells: list[Cell] = []
    for i, (row, name) in enumerate(zip(rows, row_names(rows))):
        row_unit = next((u for j in unit_cols if (u := row_unit_word(row.cells[j].text))), "")
        for j, raw in enumerate(row.cells):
            if j in skip or not raw.text.strip() or (j in serial and cell_value(raw.text)[0] is None):
                continue        # a word in the 序号 column ("合计") names the row: no cell
            col = "" if i in summary else row.labels[j] if j < len(row.labels) else ""
            for text in glued_values(raw.text):
                value, own = cell_value(text)
                unit = "" if value is None or j in serial else \
                    cell_unit(own, name, col, row.group_unit, table_unit, row_unit)
                cells.append(Cell(strip_footnote(name), strip_footnote(col), value, text, unit, i, j, raw.start, raw.end))
    return tuple(cells), len(rows)


def glued_values(text: str) -> list[str]:
    """The figures of a cell printing several, each closed by its unit ("14.60元/股2.83年": the price and
    the remaining term of 股份支付总体情况), else the cell's text alone."""
    text = text.strip()
    if cell_value(text)[0] is not None or not GLUED_VALUES_RE.fullmatch(text):
        return [text]
    parts = [m.group(0) for m in GLUED_PART_RE.finditer(text)]
    return parts if cell_value(parts[0])[0] is not None else [text]


def summary_rows(rows: Sequence[DataRow], value_cols: Sequence[int], word_cols: Sequence[int] = ()) -> set[int]:
    """The trailing rows whose one value sits in a cell merged over the value columns ("同行业平均
    研发投入金额 | 7,724.69" under a table of peers): one value, not in the first column of numbers
    (``word_cols``, columns of words, aside: "合计 | | 18门" under "年份 | 项目 | 数量" is no summary),
    which every row above them fills. Their value has no column label."""
    numbers = [j for j in value_cols if j not in word_cols]
    if len(value_cols) < 2 or not numbers:
        return set()
    first = numbers[0]

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
    """The 序号/编号 columns (numbers that count rows) and 附注 columns (references to notes): not
    row names; a 序号 cell is kept as a cell without a unit, a 附注 cell is dropped."""
    skip = SERIAL_LABELS | cell_words("reference")
    return tuple(j for j, label in enumerate(header) if strip_label(label) in skip)


def reference_columns(header: Sequence[str]) -> tuple[int, ...]:
    """The 附注 columns (references to the notes): neither values nor row names."""
    return tuple(j for j, label in enumerate(header) if strip_label(label) in cell_words("reference"))


def row_unit_word(text: str) -> str:
    """The unit a row's 单位 cell names: a known unit ("亿元"), or any short word the column holds
    ("万重量箱"), not a placeholder; "" for none."""
    word = strip_label(text)
    if cell_unit_word(word):
        return cell_unit_word(word)
    if 0 < len(word) <= 6 and not is_empty_mark(word) and not regex.search(r"\d", word):
        return word
    return ""


def realign_rows(body: list[list[RawCell]], label_cols: tuple[int, ...]) -> list[list[RawCell]]:
    """Rows written one cell to the left put back: a word in the (序号) cell before the first label
    column and the last cell empty ("教学计划内课程-网络教学课程数 | 门 | 2723 |" under
    "序号 | 指标 | 单位 | 2023年")."""
    if not label_cols or label_cols[0] == 0:
        return body
    j = label_cols[0] - 1
    out = []
    for row in body:
        if row[j].text.strip() and not row[-1].text.strip() and not cell_value(row[j].text)[0] \
                and not is_empty_mark(row[j].text) and row[label_cols[0]].text.strip():
            row = [RawCell("", row[0].start, row[0].start)] + row[:-1]
        out.append(row)
    return out


def unit_columns(header: Sequence[str]) -> tuple[int, ...]:
    """The columns headed "单位"/"计量单位": their cells name the unit of their row."""
    return tuple(j for j, label in enumerate(header) if is_unit_header(label))


def is_table_like(cells: Sequence[Cell], n_rows: int, min_share: float = MIN_NUMERIC_SHARE,
                  serial: Sequence[int] = ()) -> bool:
    """A statistical table, not a key-value list of names: two numbers or more (序号 numbers count
    rows, not statistics), in a third of the data rows at least and in ``min_share`` of the filled
    cells of the columns holding numbers (a column of words beside them, 主营业务 or 行业类别, is an
    attribute of the rows); ``serial``: the 序号 columns."""
    numeric = [c for c in cells if c.value is not None and c.col_index not in serial]
    number_cols = {c.col_index for c in numeric}
    filled = sum(1 for c in cells if c.col_index in number_cols and not is_empty_mark(c.text))
    rows = len({c.row_index for c in numeric})
    return len(numeric) >= 2 and rows * 3 >= n_rows and len(numeric) >= min_share * filled



@dataclass(frozen=True, slots=True)
class TableSettings:
    """How the stages read a raw grid (pdfplumber's ``table_settings``)."""

    max_header_rows: int = MAX_HEADER_ROWS
    min_numeric_share: float = MIN_NUMERIC_SHARE
    # A grid no caption names must look like statistics (``is_table_like``); a captioned table is a
    # table whatever it holds (a list of names under "表2-3 …名单" keeps its text cells).
    statistical_only: bool = True
    # Header rows the source already knows (a flattened table's rebuilt row of column labels), or
    # None to count them (``count_header_rows``).
    header_rows: int | None = None
    # The source put the row labels in the leftmost column (``find_label_columns``).
    stub: bool = False


LAYOUT = TableSettings()
CAPTIONED = TableSettings(statistical_only=False)
REBUILT = TableSettings(statistical_only=False, header_rows=1, stub=True)


@dataclass(frozen=True, slots=True)
class TableStages:
    """What each stage made of one raw table (``tieout tables --debug``)."""

    rows: list[list[RawCell]]                # pad_rows, realign_rows
    n_header: int                            # count_header_rows
    header: tuple[str, ...]                  # header_to_labels
    label_cols: tuple[int, ...]              # find_label_columns
    context: TableContext | None             # caption, id label, unit note (find_context or the caption)
    unit: str
    cells: tuple[Cell, ...]                  # body_to_cells
    n_rows: int
    reason: str                              # why it is not a table ("" when it is)


def raw_to_stages(raw: RawTable, context: TableContext, settings: TableSettings = LAYOUT) -> TableStages:
    """Every stage of one raw table, and why it is not a table when it is not."""
    rows = pad_rows(raw)
    if len(rows) < 2 and settings.statistical_only:
        return TableStages(rows, 0, (), (), None, "", (), 0, "fewer than two rows")
    if not rows:
        return TableStages(rows, 0, (), (), context, context.unit, (), 0, "no rows")
    n_header = settings.header_rows if settings.header_rows is not None else \
        count_header_rows(rows, settings.max_header_rows)
    header = header_to_labels(rows[:n_header]) if n_header else ("",) * len(rows[0])
    body = rows[n_header:]
    label_cols = find_label_columns(body, header, settings.stub)
    body = realign_rows(body, label_cols)
    unit = context.unit or next((label_to_unit(h) for h in header if UNIT_NOTE_RE.search(h)), "")
    cells, n_rows = body_to_cells(body, header, label_cols, unit)
    numeric = sum(1 for c in cells if c.value is not None)
    like = is_table_like(cells, n_rows, settings.min_numeric_share, serial_columns(header))
    reason = "" if not settings.statistical_only or like else \
        f"not a statistical table: {numeric} numeric of {len(cells)} cells in {n_rows} rows"
    return TableStages([*rows[:n_header], *body], n_header, header, label_cols, context, unit, cells, n_rows, reason)
