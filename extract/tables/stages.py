"""The one chain of table stages: a ``RawTable`` (rows of raw cells, from any source) -> ``Table`` cells.

Every source builds a raw grid first — TAB text rows (``text_tables.tab_to_raw``), a flattened PDF
text dump rebuilt into rows (``flat_tables.body_to_raw``), a PDF page's ruled or aligned table and a
DOCX table (the readers' ``Document.raw_tables``) — and every raw grid goes through the same named
stages (pdfplumber's TableFinder is the model: ``x_to_y`` functions, a settings object, each stage's
output kept in :class:`TableStages` for ``tieout tables FILE --debug``):

``pad_rows`` (rows of equal width) -> ``count_header_rows`` -> ``header_to_labels`` (one label per
column from a multi-row header with merged group cells) -> ``unfold_side_by_side`` (blocks printed side by side
under a repeated header, one after another) -> ``find_label_columns`` (the row-label
columns) -> ``realign_rows`` (a row written one cell to the left put back) -> ``body_to_rows`` (group
rows, repeated sub-headers, row labels carried down merged cells) -> ``body_to_cells`` (values, units,
column labels) -> ``is_table_like`` (an uncaptioned grid must hold statistics) or ``is_word_table``
(a captioned grid of words is a table too: its ``note`` says it has no figures).

The stages live in :mod:`.grid_header`, :mod:`.grid_columns` and :mod:`.grid_body`; this module
holds the settings, the record of every stage's output and ``raw_to_stages`` that runs them.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..records import Cell, RawCell, RawTable
from ..text.lines import is_sentence_cell
from .cells import is_empty_mark
from .grid_body import body_to_cells
from .grid_columns import find_label_columns, realign_rows, serial_columns, unfold_side_by_side
from .grid_header import MAX_HEADER_ROWS, count_header_rows, header_to_labels, pad_rows
from .layout_context import TableContext
from .units import note_unit

MIN_NUMERIC_SHARE = 0.3     # least share of numeric cells among the filled value cells


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


def is_one_row_table(header: Sequence[str], cells: Sequence[Cell], n_rows: int, n_header: int,
                     context: TableContext | None) -> bool:
    """A captioned table of one row of figures under a header naming each figure's column: the national format of the
    政府信息公开工作年度报告 prints two in every report ("第二十条第(五)项": 信息内容 | 本年处理决定数量 / 行政许可 | 349;
    "第二十条第(八)项": 信息内容 | 本年收费金额(单位:万元) / 行政事业性收费 | 0), which two numbers or more would drop."""
    numeric = [c for c in cells if c.value is not None]
    return bool(context is not None and context.caption and n_header >= 1 and n_rows == 1 and numeric) and \
        len(numeric) == len(cells) and \
        all(0 <= c.col_index < len(header) and _names_a_column(header[c.col_index]) for c in numeric)


MAX_COLUMN_NAME = 20        # a longer header cell is a value of a key-value list ("详见《董事、监事和…报酬情况表》")


def _names_a_column(label: str) -> bool:
    """A header cell that names a column of figures: words without a figure of their own (not "…金宇大街1号", a key-value
    list's first value read as a header)."""
    return bool(label) and len(label) <= MAX_COLUMN_NAME and not any(ch.isdigit() for ch in label) and "《" not in label


MIN_WORD_COLUMNS = 3        # a table of words has three columns or more (two are a key-value list)
MAX_WORD_CELL = 40          # a cell longer than this is a sentence
MAX_LONG_SHARE = 0.2        # least share of sentence cells that makes a grid of words prose


def is_word_table(header: Sequence[str], cells: Sequence[Cell], n_rows: int, context: TableContext | None) -> bool:
    """A captioned table of words ("按细分行业、治疗领域划分的主要药（产）品基本情况": 品名, 注册分类,
    适应症, 是否处方药 …): a caption above it, a header naming three distinct columns or more, two
    rows at least, short cells (not a list of names with their careers, not prose in a grid), and
    beside the row labels two columns whose cells differ (a glossary "生物控股 | 指 | 内蒙古…" is a
    list of pairs)."""
    labels = [h for h in header if h]
    if context is None or not context.caption or len(labels) < MIN_WORD_COLUMNS or len(labels) < len(header) \
            or len(set(labels)) < len(labels) or n_rows < 2:
        return False
    texts = [c.text for c in cells if c.text.strip()]
    if not texts or sum(1 for t in texts if len(t) > MAX_WORD_CELL) > MAX_LONG_SHARE * len(texts):
        return False
    by_column: dict[int, set[str]] = {}
    for c in cells:
        by_column.setdefault(c.col_index, set()).add(c.text.strip())
    varying = sum(1 for texts_of in by_column.values() if len(texts_of) > 1)
    return varying + 1 >= MIN_WORD_COLUMNS      # the row labels and two columns saying more than "指"


MIN_PARAGRAPH_COLUMNS = 2   # a grid of paragraphs under a header naming two columns or more


def is_paragraph_table(header: Sequence[str], body: Sequence[Sequence[RawCell]], label_cols: Sequence[int],
                       context: TableContext | None) -> bool:
    """A captioned grid whose header names its columns and whose rows open with a paragraph ("事项概述 |
    查询索引": "2020年10月28日，公司召开了第十届董事会…首次授予限制性股票627.90万股。" | "该事项公告详见…"): a
    table of words whose cells are prose (their figures are claims); not a list of names with their careers,
    whose paragraphs stand beside the names."""
    labels = [h for h in header if h]
    if context is None or not context.caption or len(labels) < MIN_PARAGRAPH_COLUMNS or len(labels) < len(header) \
            or len(set(labels)) < len(labels) or any(len(h) > MAX_WORD_CELL for h in labels) or len(body) < 2:
        return False
    first = label_cols[0] if label_cols else 0
    opened = sum(1 for row in body if first < len(row) and is_sentence_cell(row[first].text))
    return opened * 2 >= len(body)


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
    # A captioned grid of one row of figures under a header naming their columns is a table (``is_one_row_table``:
    # rows a text prints with bars, as web copies of the 政府信息公开工作年度报告's national format do).
    one_row: bool = False


LAYOUT = TableSettings()
TEXT_RUNS = TableSettings(one_row=True)
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
    note: str = ""                           # what a table lacks ("no figures: a table of words")


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
    header, body = unfold_side_by_side(header, rows[n_header:])
    rows = [*(row[:len(header)] for row in rows[:n_header]), *body]
    label_cols = find_label_columns(body, header, settings.stub)
    body = realign_rows(body, label_cols)
    unit = context.unit or next((noted for h in header if (noted := note_unit(h))), "")
    rate_unit = "%" if "%" in context.units else ""     # "单位：万元，%": the rate rows' unit
    cells, n_rows = body_to_cells(body, header, label_cols, unit, rate_unit, dict(context.label_units))
    numeric = sum(1 for c in cells if c.value is not None)
    serial = serial_columns(header)
    like = is_table_like(cells, n_rows, settings.min_numeric_share, serial) or \
        (settings.one_row and is_one_row_table(header, cells, n_rows, n_header, context))
    words = not like and is_word_table(header, cells, n_rows, context)
    paragraphs = not like and not words and is_paragraph_table(header, body, label_cols, context)
    words = words or paragraphs
    reason = "" if not settings.statistical_only or like or words else \
        f"not a statistical table: {numeric} numeric of {len(cells)} cells in {n_rows} rows"
    figures = sum(1 for c in cells if c.value is not None and c.col_index not in serial)
    note = f"no figures: a table of paragraphs ({len(body)} rows of prose; their figures are claims)" \
        if paragraphs and not figures else \
        f"no figures: a table of words ({len(cells)} cells in {n_rows} rows)" if cells and not figures else ""
    if paragraphs and not figures:      # prose set in a grid: a text-only table, its sentences stay prose
        cells, n_rows = (), len(body)
    return TableStages([*rows[:n_header], *body], n_header, header, label_cols, context, unit, cells, n_rows,
                       reason, note)
