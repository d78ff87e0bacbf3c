"""Word tables (python-docx): merged cells (gridSpan, vMerge), 序号 columns, 单位 columns, and
captions with no-break spaces or a year glued to the table number. Real reports: the 黔东南州 2016
statistical bulletin and the 博思 2015 annual-report summary (NEEQ)."""
from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from extract.ingest import read_document
from extract.records import Table
from extract.tables import find_tables
from extract.tables.captions import CAPTION_RE

from .test_units import REAL, bulletin_tables, cell, table_with

BOSI = REAL / "annual_report_summary_neeq_bosi_2015.docx"


@lru_cache(maxsize=None)
def bosi_tables() -> tuple[Table, ...]:
    return tuple(find_tables(read_document(BOSI)))


def test_grid_span_header_gives_each_column_its_path():
    """2.2 股本结构表: 期初/期末 each span 数量 and 比例 (gridSpan 2)."""
    shares = table_with(bosi_tables(), "股本结构表")
    assert shares.header[2:] == ("期初数量", "期初比例", "期末数量", "期末比例")
    assert cell(shares, "无限售条件的股份无限售股份总数", "期末比例").value == Decimal("30.00")
    assert cell(shares, "无限售条件的股份无限售股份总数", "期初数量").value == Decimal("10000000")


def test_vertically_merged_row_label_is_carried_down():
    shares = table_with(bosi_tables(), "股本结构表")
    assert cell(shares, "无限售条件的股份核心员工", "期末数量").value == Decimal("5")


def test_serial_column_is_neither_quantity_nor_name():
    """2.3 前10名股东持股情况表: 序号 1, 6, 3 … are not values in 股 and do not name the rows (issue 11: a 序号
    column is kept as a label of its row, its text printed, with no value and no unit: it counts rows)."""
    holders = table_with(bosi_tables(), "前10名股东持股情况表")
    serials = [c for c in holders.cells if c.col == "序号"]
    assert serials and all(c.unit == "" and c.value is None for c in serials)
    assert cell(holders, "卢俊文", "序号").text == "1"
    assert cell(holders, "卢俊文", "期末持股数").value == Decimal("36611374")


def test_caption_keeps_out_the_unit_note():
    """"2.1 主要财务数据              单位:元" on one line."""
    assert any(t.caption == "2.1主要财务数据" and t.unit == "元" for t in bosi_tables())


def test_no_break_space_and_glued_year_in_captions():
    assert CAPTION_RE.match("表1\xa0凯里市居民消费价格").group("label") == "表1"
    glued = CAPTION_RE.match("表82016年房地产开发和销售主要指标及增长增速")
    assert (glued.group("label"), glued.group("title")) == ("表8", "2016年房地产开发和销售主要指标及增长增速")
    ids = {t.id for t in bulletin_tables()}
    assert {"表1", "表2", "表5", "表8", "表11"} <= ids


def test_unit_column_cells_are_not_cells():
    forestry = table_with(bulletin_tables(), "主要林业产品产量")
    assert not any(c.col == "单位" for c in forestry.cells)


def test_value_merged_over_columns_that_differ_has_no_column():
    """2.2 股本结构表: "股东总数 | 3", the 3 merged over 期初数量 … 期末比例 (gridSpan 4), belongs to none
    of them (it was read as 期初数量); the raw cell keeps its span."""
    raw = read_document(BOSI).raw_tables[1]
    holders_row = next(r for r in raw.rows if r[0].text == "股东总数")
    assert [c.span for c in holders_row if c.text] == [2, 4]
    shares = table_with(bosi_tables(), "股本结构表")
    merged = [c for c in shares.cells if c.row == "股东总数"]
    assert [(c.col, c.value) for c in merged] == [("", 3)]
    assert cell(shares, "总股本", "期末数量").value == Decimal("49560000")


def test_spanned_label_is_the_label_its_columns_share():
    from extract.tables.grid_body import spanned_label

    header = ("股份性质", "股份性质", "期初数量", "期初比例", "期末数量", "期末比例")
    assert spanned_label(header, 2, 4) == ""
    assert spanned_label(header, 0, 2) == "股份性质"        # "总股本" merged over the two label columns
    assert spanned_label(header, 4) == "期末数量"


def test_holder_count_is_not_counted_in_the_table_unit():
    """"单位：股" is the shares' unit; 股东总数 3 counts holders (户, as the CSRC forms print it)."""
    shares = table_with(bosi_tables(), "股本结构表")
    assert next(c for c in shares.cells if c.row == "股东总数").unit == "户"
    assert cell(shares, "总股本", "期初数量").unit == "股"
