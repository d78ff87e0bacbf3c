"""Column stages of the one table chain (:mod:`.stages`): which columns name the rows
(``find_label_columns``: the leftmost column of words, the columns of words it groups, or a more
varied one), which count them (``serial_columns``: 序号; ``reference_columns``: 附注), which name
their unit (``unit_columns``: 单位), rows written one cell to the left put back (``realign_rows``), and a table
printed in side-by-side blocks under a repeated header put back into one (``unfold_side_by_side``).
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ..records import RawCell
from ..structure import outline_level
from .cells import SERIAL_LABELS, cell_value, cell_words, is_empty_mark, strip_label
from .grid_header import is_numeric
from .units import is_unit_header

# 标签列选择：右侧的文本列比最左文本列的不同取值多出这么多倍时，改用它作行标签。
LABEL_SWITCH_RATIO = 1.5


def is_text_column(rows: list[list[RawCell]], j: int) -> bool:
    """Most filled cells of column ``j`` are text (not numbers, not placeholders)."""
    filled = [r[j].text for r in rows if r[j].text.strip()]
    text = [t for t in filled if not is_numeric(t) and not is_empty_mark(t)]
    return bool(filled) and len(text) * 2 > len(filled)


def is_word_column(rows: list[list[RawCell]], j: int) -> bool:
    """A text column of words, not of figures written with text ("2600-20000（含税：元/万毫升）"); a label opening
    with its outline number ("1.属于国家秘密") is a word."""
    filled = [r[j].text.strip() for r in rows if r[j].text.strip()]
    figures = [t for t in filled if t[0].isdigit() and outline_level(strip_label(t)) is None]
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
        return (first,) if stub or names_rows(header[first], rows, first) else ()
    units = unit_columns(header)
    last = first
    while last + 1 < width and last + 1 not in units + serial and is_word_column(rows, last + 1) and \
            not is_flag_column(rows, last + 1) and \
            (groups_rows(rows, last, last + 1) or not header[last + 1] or header[last + 1] == header[last]):
        last += 1
    if last == first:
        return (most_varied(rows, first, [k for k in range(first + 1, width) if k not in units + serial]),)
    return tuple(range(first, last + 1))


def names_rows(label: str, rows: list[list[RawCell]], j: int) -> bool:
    """Column ``j``, headed by a word that names the row-label column ("设备类型", "年份"), names the rows even when
    most of its cells read as figures: 冷运 车辆 classes "1.5吨", "3.5吨" under 冷链运输车辆 and beside EPP温控箱."""
    head = strip_label(label)
    return bool(head) and head.endswith(_label_column_words()) and \
        any(r[j].text.strip() and not is_numeric(r[j].text) and not is_empty_mark(r[j].text) for r in rows)


@lru_cache(maxsize=1)
def _label_column_words() -> tuple[str, ...]:
    """The corner words of table_cells that name a label column (项目, 名称, 类别, 年份 …; not 序号 nor 单位)."""
    return tuple(w for w in cell_words("corner") if w not in SERIAL_LABELS and not is_unit_header(w))


# 是否列：短格（不超过这么多字）都是"是/否"时，整列是各行的属性（长格是跨列印的说明文字，不算）。
MAX_FLAG_CELL = 4


def is_flag_column(rows: list[list[RawCell]], j: int) -> bool:
    """A column of yes/no answers ("是否已变更项目（含部分变更）": 否, 否, 是, with placeholders "-"): an attribute of
    its rows, never part of their names, even under an empty header cell (鼎泰 募集资金使用情况对照表, whose header row
    stands in the body under its key/value rows). Two answers at least, and every short cell one; a paragraph
    printed across the columns of a foot row ("根据本公司第二届董事会…") is no answer and no name."""
    short = [strip_label(r[j].text) for r in rows
             if r[j].text.strip() and not is_empty_mark(r[j].text) and len(r[j].text.strip()) <= MAX_FLAG_CELL]
    return len(short) >= 2 and all(text in cell_words("flag") for text in short)


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


def serial_columns(header: Sequence[str]) -> tuple[int, ...]:
    """The 序号/编号 columns (numbers that count rows) and 附注 columns (references to notes): not
    row names; a 序号 cell is kept as a cell without a unit, a 附注 cell is dropped."""
    skip = SERIAL_LABELS | cell_words("reference")
    return tuple(j for j, label in enumerate(header) if strip_label(label) in skip)


def reference_columns(header: Sequence[str]) -> tuple[int, ...]:
    """The 附注 columns (references to the notes): neither values nor row names."""
    return tuple(j for j, label in enumerate(header) if strip_label(label) in cell_words("reference"))


def unit_columns(header: Sequence[str]) -> tuple[int, ...]:
    """The columns headed "单位"/"计量单位": their cells name the unit of their row."""
    return tuple(j for j, label in enumerate(header) if is_unit_header(label))


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


MIN_BLOCK_WIDTH = 2     # a block of a side-by-side table: its label column and one value column at least


def unfold_side_by_side(header: tuple[str, ...], body: list[list[RawCell]]
                        ) -> tuple[tuple[str, ...], list[list[RawCell]]]:
    """"民族 | 毕业人数 | 占比 | 民族 | 毕业人数 | 占比": a long table printed in blocks side by side, under its header
    repeated, is one table; the blocks' rows follow one another, the left block's first (a block with nothing in
    it adds no row). Each block opens with a column of words (the row labels), so "金额 | 占比 | 金额 | 占比" under
    two years is no such table. The header and body unchanged when the header does not repeat."""
    width = len(header)
    for n in range(width // MIN_BLOCK_WIDTH, 1, -1):
        if width % n:
            continue
        size = width // n
        blocks = [header[k * size:(k + 1) * size] for k in range(n)]
        labels = 1 if strip_label(blocks[0][0]) in SERIAL_LABELS and size >= 3 else 0
        if not blocks[0][0] or any(b != blocks[0] for b in blocks) or \
                not all(is_word_column(body, k * size + labels) for k in range(n)):
            continue        # (a block may open with its 序号 before the words: "序号 | 学院名称 | 人数 | 比例 | 序号 | …")
        rows = [row[k * size:(k + 1) * size] for k in range(n) for row in body]
        return blocks[0], [row for row in rows if any(c.text.strip() for c in row)]
    return header, body
