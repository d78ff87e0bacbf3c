"""Body stages of the one table chain (:mod:`.stages`): ``body_to_rows`` (data rows; group rows set
a unit, repeated sub-headers relabel the columns, row labels carried down merged cells, a total in
the 序号 cell names its row) -> ``body_to_cells`` (values, units from the cell, a percent column, the
row's 单位 cell, the row label, the column label, the group or the table; a summary value merged
over the columns has no column label; a cell printing two figures is two cells).

>>> glued_values("14.60元/股2.83年")
['14.60元/股', '2.83年']
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

import regex

from ..records import Cell, RawCell
from .cells import TOTAL_LABELS, cell_range, cell_value, is_empty_mark, is_year_label, strip_footnote, strip_label
from .grid_columns import is_text_column, reference_columns, serial_columns, unit_columns
from .grid_header import header_to_labels, is_header_row
from .layout_context import label_to_unit
from .units import cell_unit_word, column_word_unit, is_rate_label

# 一格印两个带单位的数（"14.60元/股2.83年"）：每个数后跟不含数字的单位。
GLUED_PART_RE = regex.compile(r"\d[\d,]*(?:\.\d+)?[^\d\s.,，、;；]{1,4}")
GLUED_VALUES_RE = regex.compile(r"(?:\d[\d,]*(?:\.\d+)?[^\d\s.,，、;；]{1,4}){2,3}")
SUBTOTAL_LABELS = frozenset({"小计"})     # a subtotal closes the group row above it
PERCENT_UNITS = frozenset({"%", "百分点", "个百分点"})


@dataclass(frozen=True, slots=True)
class RowLabel:
    """A body row's lowest label and the nearest label to its left (its parent, for repeats)."""

    lowest: str
    parent: str


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
              row_unit: str = "", rate_unit: str = "", label_units: Mapping[str, str] | None = None) -> str:
    """A cell's unit: its own; else a percent column's "%"; else its row's 单位 cell, its row label's,
    its column label's, the one a note gives its column or row ("单位：人数（人），比例（%）"), the unit its
    column's or row's last word implies (股东总数 -> 户), its group's; else ``rate_unit`` (the "%" of a note
    "单位：万元，%") when its row or column names a rate (资产负债率, 毛利率), else the table's."""
    col = label_to_unit(col_label)
    if own or col in PERCENT_UNITS:
        return own or col
    noted = (label_units.get(col_label) or label_units.get(row_label, "")) if label_units else ""
    named = row_unit or label_to_unit(row_label) or col or noted or column_word_unit(col_label) or \
        column_word_unit(row_label) or group_unit
    if named:
        return named
    return rate_unit if rate_unit and (is_rate_label(row_label) or is_rate_label(col_label)) else table_unit


def row_unit_word(text: str) -> str:
    """The unit a row's 单位 cell names: a known unit ("亿元"), or any short word the column holds
    ("万重量箱"), not a placeholder; "" for none."""
    word = strip_label(text)
    if cell_unit_word(word):
        return cell_unit_word(word)
    if 0 < len(word) <= 6 and not is_empty_mark(word) and not regex.search(r"\d", word):
        return word
    return ""


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
    out: list[DataRow] = []
    opened: list[tuple[int, str]] = []      # (data rows before it, name) of each group row
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
            opened.append((len(out), group))
        else:
            if label.lowest in SUBTOTAL_LABELS and not label.parent and group:
                label = RowLabel(label.lowest, group)      # "二、联营企业" + "小计"
            out.append(DataRow(row, labels, label, group_unit))
    return named_groups(out, opened)


def named_groups(rows: list[DataRow], opened: Sequence[tuple[int, str]]) -> list[DataRow]:
    """The rows of a group whose subtotal names it ("承诺投资项目" over its projects, closed by "承诺投资项目小计")
    with the group as their parent: "承诺投资项目" + "年产3万吨稀土多元合金镀层钢丝、钢绞线项目" (the same project
    name stands under another group too). ``opened``: (position in ``rows``, name) of each group row. The rows
    between the nearest group row of that name and its subtotal are its rows (a wrapped label's tail read as a
    group row between them changes nothing); a group closed by a bare "小计", or by none, leaves its rows as they
    are (a statement's "流动资产：" rows keep their own names), and so do the rows after its subtotal (合计)."""
    out = list(rows)
    for end, row in enumerate(rows):
        name = next((name for at, name in reversed(opened) if at <= end and name
                     and row.label.lowest in {name + word for word in SUBTOTAL_LABELS}), "")
        if not name:
            continue
        start = max(at for at, group in opened if at <= end and group == name)
        for i in range(start, end):
            label = out[i].label
            if label.lowest and not label.parent and not label.lowest.startswith(name):
                out[i] = replace(out[i], label=RowLabel(label.lowest, name))
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


def row_names(rows: Sequence[DataRow]) -> list[str]:
    """Each data row's label: its lowest label, prefixed by its parent (the label carried down in a
    column to its left: "生物制药" + "原材料"; "三、本年度办理结果" + "（七）总计")."""
    return [row.label.parent + row.label.lowest if row.label.lowest and row.label.parent else row.label.lowest
            for row in rows]


def body_to_cells(body: list[list[RawCell]], header: tuple[str, ...], label_cols: tuple[int, ...],
                  table_unit: str, rate_unit: str = "", label_units: Mapping[str, str] | None = None
                  ) -> tuple[tuple[Cell, ...], int]:
    """``Cell`` records of the data rows, and the number of data rows (``rate_unit``: the unit of
    the rows and columns naming a rate, from a note naming several units; ``label_units``: the unit a note gives
    each column it names; see ``cell_unit``)."""
    rows = body_to_rows(body, header, label_cols)
    unit_cols, serial = unit_columns(header), serial_columns(header)
    skip = set(label_cols) | set(unit_cols) | set(reference_columns(header))
    value_cols = [j for j in range(len(header)) if j not in skip and j not in serial]
    summary = summary_rows(rows, value_cols, [j for j in value_cols if is_text_column(body, j)])
    totals = [j for j in value_cols if strip_label(header[j]) in TOTAL_LABELS]
    # a value under a column headed 总计 is that column's, not one merged over the row ("二、上年结转… | | … | 0" in
    # a 申请情况 form whose other cells are blank)
    summary = {i for i in summary if not any(rows[i].cells[j].text.strip() for j in totals if j < len(rows[i].cells))}
    cells: list[Cell] = []
    for i, (row, row_name) in enumerate(zip(rows, row_names(rows))):
        row_unit = next((u for j in unit_cols if (u := row_unit_word(row.cells[j].text))), "")
        name, paired = row_name, False
        for j, raw in enumerate(row.cells):
            if j in skip or not raw.text.strip() or (j in serial and cell_value(raw.text)[0] is None):
                continue        # a word in the 序号 column ("合计") names the row: no cell
            # a value merged over the columns has no column of its own; a grand total (总计 215) is the 总计 of all
            col = (strip_label(name) if strip_label(name) in TOTAL_LABELS else "") if i in summary else \
                spanned_label(row.labels, j, raw.span)
            if paired and not col and i not in summary and j not in serial and \
                    (pair := key_of_pair(raw.text, row.cells[j + 1:], row.labels[j + 1:])):
                name, rest = pair      # a second key of a key/value row names the values after it
                if not rest:
                    continue
                raw = RawCell(rest, raw.end - len(rest), raw.end, raw.span)
            # a key/value row: a value under no column label after the row's own label
            paired = paired or (not col and j not in serial and is_figure(raw.text))
            for text, value, own in cell_figures(raw.text, j in serial):
                unit = "" if value is None or j in serial else \
                    cell_unit(own, name, col, row.group_unit, table_unit, row_unit, rate_unit, label_units)
                cells.append(Cell(strip_footnote(name), strip_footnote(col), value, text, unit, i, j, raw.start, raw.end))
    return serials_as_labels(cells, serial), len(rows)


# 键值行里的第二个键（"本年度投入募集资金总额"），或与其值粘在一起的键（"已累计投入募集资金总额59,629.15"）。
KEY_RE = regex.compile(r"^(?P<key>\p{Han}[\p{Han}（）()、]{3,30}?)(?P<value>-?\d[\d,]*(?:\.\d+)?%?)?$")


def key_of_pair(text: str, after: Sequence[RawCell], labels: Sequence[str]) -> tuple[str, str] | None:
    """A key of a key/value row under no column label ("募集资金总额 | 58,639.54 | 本年度投入募集资金总额 | 4,563.96"):
    (the key, its value's text when printed in the same cell, else ""). A word is a key when a value under no
    column label follows it in its row; a key glued to its value is one."""
    match = KEY_RE.match("".join(text.split()))
    if match is None:
        return None
    if match.group("value"):
        return match.group("key"), match.group("value")
    follows = any(is_figure(c.text) and not (labels[k] if k < len(labels) else "") for k, c in enumerate(after))
    return (match.group("key"), "") if follows else None


def is_figure(text: str) -> bool:
    """A cell holding a figure, not a year ("2022" over "年获奖数量" is a header cell)."""
    return bool(text.strip()) and cell_value(text)[0] is not None and not is_year_label(text)


def serials_as_labels(cells: Sequence[Cell], serial: Sequence[int]) -> tuple[Cell, ...]:
    """序号 cells kept as labels of their rows (text, no value, no unit) in a table of figures: "1 | 刘冀鲁 |
    50,082,169 | 42.90" counts the 前十大股东, it is no quantity beside their holdings. In a list of words whose
    only numbers are its 序号 ("1 | 建筑工程与应急管理学院 | 道路与桥梁工程技术 | 悉尼协议"), the numbering is what
    the list prints, and its cells keep their value."""
    if not any(c.value is not None and c.col_index not in serial for c in cells):
        return tuple(cells)
    return tuple(replace(c, value=None, unit="") if c.col_index in serial else c for c in cells)


def spanned_label(labels: Sequence[str], j: int, span: int = 1) -> str:
    """The column label of a cell at column ``j`` merged over ``span`` columns: the label they share,
    else "" (a value merged over columns that say different things belongs to none of them: "股东总数
    | 3" under 期初数量, 期初比例, 期末数量, 期末比例)."""
    named = {labels[k] for k in range(j, min(j + max(span, 1), len(labels))) if labels[k]}
    return named.pop() if len(named) == 1 else ""


def cell_figures(text: str, serial: bool = False) -> list[tuple[str, Decimal | None, str]]:
    """The figures of one cell as (text, value, own unit): a cell printing several gives each
    (``glued_values``); a range gives its low and high end, both with the cell's text ("52周内股价
    区间(元)： 21.60-97.40" -> 21.60 and 97.40); any other cell its value (None for words)."""
    parts = glued_values(text)
    if len(parts) == 1 and not serial and cell_value(parts[0])[0] is None and (span := cell_range(parts[0])):
        return [(parts[0], span[0], span[2]), (parts[0], span[1], span[2])]
    return [(part, *cell_value(part)) for part in parts]


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
