"""A table printing its title in the header's corner under a chart: the corner is the caption, not
the chart's ticks; corner words (项目, 指标, 单位) are never captions. Real tables: the 德邦 broker
report on 高测股份 (2022) and the 2020 金宇生物 annual report."""
from __future__ import annotations

from decimal import Decimal

import pytest

from extract.records import RawCell, RawTable
from extract.tables.layout_context import corner_caption, is_chart_ticks

from .test_range_cells import gaoce_tables
from .test_units import jinyu_tables, table_with


def test_corner_title_under_a_price_chart_is_the_caption():
    """高测 p1 sidebar: the chart's ticks ("2021-07 2021-11 2022-03 2022-07") were taken as the
    caption of the "沪深300对比 | 1M | 2M | 3M" table."""
    table = next(t for t in gaoce_tables() if t.page == 1)
    assert table.caption == "沪深300对比"
    assert any(c.row == "绝对涨幅(%)" and c.col == "1M" and c.value == Decimal("7.18") for c in table.cells)


@pytest.mark.parametrize("line, ticks", [
    ("-60%-40%-20%0%20%40%60%80%100%120%", True),
    ("2021-07 2021-11 2022-03 2022-07", True),
    ("单位：元 币种：人民币", False),
    ("2020", False),
    ("\t2021\t2022\t2023", False),            # a table's TAB row of years
])
def test_chart_ticks(line, ticks):
    assert is_chart_ticks(line) == ticks


def raw_header(*texts: str) -> RawTable:
    head = tuple(RawCell(t, 0, len(t)) for t in texts)
    body = tuple(RawCell(t, 0, len(t)) for t in ("营业成本", *("1.0",) * (len(texts) - 1)))
    return RawTable(1, 0, 10, (head, body))


def test_corner_words_are_no_caption():
    assert corner_caption(raw_header("沪深300对比", "1M", "2M", "3M")) == "沪深300对比"
    assert corner_caption(raw_header("项目", "本期金额", "上期金额")) == ""
    assert corner_caption(raw_header("", "2021", "2022E")) == ""


def test_ordinary_corner_keeps_the_caption_above():
    """金宇 p16 成本分析表: the corner 分行业 is no caption; the line above is."""
    table = table_with(jinyu_tables(), "成本分析表")
    assert table.caption == "(3).成本分析表"
