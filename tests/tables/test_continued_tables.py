"""A table continued with the same columns is one table: on the next page (a wrapped row label or a group row
opening the continued part), and across a group row merged over the whole table that the reader printed as a
line of its own ("承诺投资项目", "超募资金投向"); a part narrower than the header above it goes under the header's
filled cells. Real tables of restructuring_plan_002352_dingtai_sf_2016 (PDF p282-285, 募集资金使用情况对照表) and
annual_report_600201_jinyu_biotech_2020 (PDF p68-69, 母公司资产负债表)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from extract.tables.layout_tables import is_group_line

from .test_serial_labels import PAGES, dingtai_tables_to
from .test_units import jinyu_tables_of


def value(table, row: str, col: str) -> Decimal | None:
    found = [c.value for c in table.cells if c.row == row and c.col == col]
    assert len(found) == 1, (row, col, found)
    return found[0]


def ledger():
    return [t for t in dingtai_tables_to(PAGES) if 282 <= t.page <= 285]


class TestGroupLines:
    @pytest.mark.parametrize("line", ["承诺投资项目", "超募资金投向"])
    def test_group_rows_printed_as_lines(self, line):
        assert is_group_line(line)

    @pytest.mark.parametrize("line", ["单位：万元", "上市公司前次募集资金使用情况如下表所示：", "（2）连续价值现值的计算",
                                      "2、合并利润表主要数据", "续表", "注：以上同行业公司2020年年报尚未完全披露"])
    def test_units_headings_notes_and_lead_ins_are_not(self, line):
        assert not is_group_line(line)


class TestLedgerOfProceeds:
    def test_one_table_from_its_head_block_to_its_last_page(self):
        [table] = ledger()
        assert table.caption == "募集资金使用情况对照表" and table.unit == "万元"
        assert table.page == 282
        head = [c.value for c in table.cells if c.row == "募集资金总额" and c.value is not None]
        assert head[0] == Decimal("58639.54")
        assert table.char_end > 223_000          # its p284 rows of notes are in it too

    def test_rows_after_the_group_lines_are_under_their_header(self):
        [table] = ledger()
        assert value(table, "承诺投资项目小计", "募集资金承诺投资总额") == Decimal("14184.00")
        assert value(table, "承诺投资项目小计", "2013年度投入金额") == Decimal("1863.79")
        assert value(table, "超募资金投向小计", "调整后投资总额(1)") == Decimal("45445.15")
        assert value(table, "合计", "2013年度投入金额") == Decimal("4563.96")
        assert value(table, "合计", "2013年度实现的效益") == Decimal("2025.32")

    def test_a_project_row_keeps_its_columns(self):
        [table] = ledger()
        label = "承诺投资项目年产3万吨稀土多元合金镀层钢丝、钢绞线项目"       # its first row (the second: 节余 510.15)
        first = min(c.row_index for c in table.cells if c.row == label)
        row = {c.col: c for c in table.cells if c.row == label and c.row_index == first}
        assert row["募集资金承诺投资总额"].value == Decimal("6300.00")
        assert row["调整后投资总额(1)"].value == Decimal("5789.85")
        assert row["2013年度实现的效益"].value == Decimal("710.50")


class TestBalanceSheetContinued:
    def test_part_opening_with_empty_rows_continues_the_sheet(self):
        # p69 opens with 在建工程 | | (label-only rows) in two columns fewer than p68's 项目 | 附注 | 2020年… | 2019年…
        sheet = next(t for t in jinyu_tables_of(173) if t.caption == "母公司资产负债表")
        assert sheet.page == 68
        assert value(sheet, "货币资金", "2020年12月31日") == Decimal("840062902.98")
        assert value(sheet, "无形资产", "2020年12月31日") == Decimal("1581407.24")
        assert value(sheet, "资产总计", "2019年12月31日") == Decimal("4364221950.76")


# A ruled table continued on the next page, where that page leaves a column empty: its figures stay under the
# columns whose right edges they share (2020 annual report p117-118, 首次执行新收入准则 合并资产负债表: the 调整数
# column is empty for 货币资金; its two figures went under 2020年1月1日 and 调整数), and the other statements so
# continued (p77-78 合并所有者权益变动表: 提取盈余公积 went under 减：库存股 and 其他综合收益)
class TestRuledPartUnderItsColumns:
    def test_adjusted_opening_balance_sheet(self):
        sheet = next(t for t in jinyu_tables_of(173) if t.caption == "合并资产负债表" and t.page == 117)
        assert value(sheet, "货币资金", "2019年12月31日") == Decimal("1108509231.31")
        assert value(sheet, "货币资金", "2020年1月1日") == Decimal("1108509231.31")
        assert not [c for c in sheet.cells if c.row == "货币资金" and c.col == "调整数"]
        assert value(sheet, "预收款项", "调整数") == Decimal("-72768571.91")      # a row that fills it keeps it

    def test_equity_statement_appropriation(self):
        equity = next(t for t in jinyu_tables_of(173) if t.caption == "合并所有者权益变动表" and t.page == 77)
        cells = {(c.row, c.col): c.value for c in equity.cells}
        assert cells.get(("1．提取盈余公积", "盈余公积")) == Decimal("21247371.96")
        assert cells.get(("1．提取盈余公积", "未分配利润")) == Decimal("-21247371.96")
