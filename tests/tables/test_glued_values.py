"""A layout cell printing two figures, each closed by its unit: annual_report_600201_jinyu_biotech_2020
(PDF p182-183), note 十三、1 股份支付总体情况, a key/value table whose one price cell reads "14.60元/股2.83年"
(the exercise price and the remaining term). Read as one unparsed cell, the table held one number and
was dropped as "not a statistical table"; its price is what the sentence "授予价格：14.60元/股" ties to."""
from __future__ import annotations

from decimal import Decimal

from extract.records import RawCell
from extract.tables.grid_body import body_to_cells, glued_values
from extract.tables.stages import is_table_like

ROWS = [("公司本期授予的各项权益工具总额", "6,279,000.00"), ("公司本期行权的各项权益工具总额", ""),
        ("公司本期失效的各项权益工具总额", ""), ("公司期末发行在外的股票期权行权价格的范围和合同剩余期限", "14.60元/股2.83年"),
        ("公司期末发行在外的其他权益工具行权价格的范围和合同剩余期限", "")]


def body() -> list[list[RawCell]]:
    out, at = [], 158_268
    for label, value in ROWS:
        out.append([RawCell(label, at, at + len(label)), RawCell(value, at + len(label), at + len(label) + len(value))])
        at += len(label) + len(value) + 1
    return out


class TestGluedValues:
    def test_two_figures_with_their_units_are_two_cells(self):
        assert glued_values("14.60元/股2.83年") == ["14.60元/股", "2.83年"]

    def test_one_figure_or_a_date_stays_whole(self):
        assert glued_values("6,279,000.00") == ["6,279,000.00"]
        assert glued_values("2020年12月31日") == ["2020年12月31日"]
        assert glued_values("股票市价") == ["股票市价"]

    def test_the_share_payment_table_is_a_table_with_its_price(self):
        cells, n_rows = body_to_cells(body(), ("", ""), (0,), "股")
        price = [c for c in cells if c.row.startswith("公司期末发行在外的股票期权")]
        assert [(c.text, c.value, c.unit) for c in price][0] == ("14.60元/股", Decimal("14.60"), "元/股")
        assert is_table_like(cells, n_rows)
