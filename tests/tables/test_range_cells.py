"""A table cell giving a range ("21.60-97.40") gives its low and high end, not nothing. Real cells of
the 德邦 broker report on 高测股份 (2022) and the 2020 金宇生物 annual report."""
from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

import pytest

from extract.pdf.reader import read_pdf
from extract.records import Table
from extract.tables import find_tables
from extract.tables.cells import cell_range
from extract.tables.grid_body import cell_figures

from .test_units import REAL, table_with

GAOCE = REAL / "broker_research_report_tebon_gaoce_688556_2022.pdf"


@lru_cache(maxsize=None)
def gaoce_tables() -> tuple[Table, ...]:
    return tuple(find_tables(read_pdf(GAOCE, doc_id="gaoce", sha256="")))


@pytest.mark.parametrize("text, expected", [
    ("21.60-97.40", (Decimal("21.60"), Decimal("97.40"), "")),           # 高测 p2 52周内股价区间(元)
    ("2600-20000（含税：元/万毫升）", (Decimal("2600"), Decimal("20000"), "元/万毫升")),  # 金宇 p20 中标价格区间
    ("700-3000（含税：元/万头份）", (Decimal("700"), Decimal("3000"), "元/万头份")),
    ("2020-2021", None),                    # 高测 资料来源：公司年报（2020-2021）: a span of years
    ("2021-07", None),                      # 高测 p1 price chart: a month
    ("0471-6539434", None),                 # 金宇 p4 电话: a telephone number
    ("3200（含税：元/万头份）", None),       # one price, no range
    ("309-", None),                         # a broker's negative
])
def test_cell_range(text, expected):
    assert cell_range(text) == expected


def test_price_range_cell_gives_low_and_high():
    """高测 p2 股票数据: "52周内股价区间(元)： 21.60-97.40" was a cell with no value."""
    table = table_with(gaoce_tables(), "股票数据")
    cells = [c for c in table.cells if c.row.startswith("52周内股价区间")]
    assert [(c.value, c.unit, c.text) for c in cells] == [(Decimal("21.60"), "元", "21.60-97.40"),
                                                         (Decimal("97.40"), "元", "21.60-97.40")]


def test_serial_and_glued_cells_are_no_range():
    assert [v for _, v, _ in cell_figures("1-2", serial=True)] == [None]
    assert [(t, v) for t, v, _ in cell_figures("14.60元/股2.83年")] == [("14.60元/股", Decimal("14.60")),
                                                                        ("2.83年", Decimal("2.83"))]
