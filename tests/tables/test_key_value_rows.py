"""A key/value row under no column labels names each value by the key before it: "募集资金总额 | 58,639.54 |
本年度投入募集资金总额 | 4,563.96", and a key glued to its value ("已累计投入募集资金总额59,629.15") is one pair. Real
head block of restructuring_plan_002352_dingtai_sf_2016 (PDF p282, 募集资金使用情况对照表)."""
from __future__ import annotations

from decimal import Decimal

from extract.records import RawCell
from extract.tables.grid_body import key_of_pair

from .test_serial_labels import PAGES, dingtai_tables_to


def head_block() -> dict[str, Decimal | None]:
    table = next(t for t in dingtai_tables_to(PAGES) if t.page == 282 and t.caption == "募集资金使用情况对照表")
    return {c.row: c.value for c in table.cells if c.col == "" and c.row_index < 4 and c.value is not None}


class TestKeyValueRows:
    def test_each_value_of_the_head_block_has_its_key(self):
        assert head_block() == {
            "募集资金总额": Decimal("58639.54"), "本年度投入募集资金总额": Decimal("4563.96"),
            "2013年度变更用途的募集资金总额": Decimal("1780.21"), "已累计投入募集资金总额": Decimal("59629.15"),
            "累计变更用途的募集资金总额": Decimal("4004.41"), "累计变更用途的募集资金总额比例": Decimal("6.83")}

    def test_a_key_needs_a_figure_after_it_under_no_label(self):
        after = [RawCell("", 0, 0), RawCell("4,563.96", 0, 8)]
        assert key_of_pair("本年度投入募集资金总额", after, ["", ""]) == ("本年度投入募集资金总额", "")
        assert key_of_pair("本年度投入募集资金总额", after, ["", "2013年度投入金额"]) is None
        assert key_of_pair("获奖赛项", [RawCell("2023", 0, 4)], [""]) is None        # a year heads a column
        assert key_of_pair("已累计投入募集资金总额59,629.15", [], []) == ("已累计投入募集资金总额", "59,629.15")
        assert key_of_pair("否", after, ["", ""]) is None                            # a yes/no word is no key
