"""Row labels of a table with a yes/no column and groups closed by their own subtotal: the 是/否 column
("是否已变更项目（含部分变更）") is an attribute of the rows, not part of their names, even where the header row
stands in the body under key/value rows; a group row ("承诺投资项目", "超募资金投向") whose subtotal names it
("承诺投资项目小计") is the parent of the rows between them, and only of those. Real tables of
restructuring_plan_002352_dingtai_sf_2016 (PDF p282-285, 募集资金使用情况对照表) and
annual_report_600201_jinyu_biotech_2020 (PDF p136, 17、长期股权投资: a group closed by a bare 小计)."""
from __future__ import annotations

from decimal import Decimal

from extract.records import RawCell
from extract.tables.grid_columns import is_flag_column

from .test_serial_labels import PAGES, dingtai_tables_to
from .test_units import jinyu_tables_of


def ledger():
    [table] = [t for t in dingtai_tables_to(PAGES) if 282 <= t.page <= 285]
    return table


def rows_of(table) -> list[str]:
    return list(dict.fromkeys(c.row for c in table.cells))


def column(*texts: str) -> list[list[RawCell]]:
    return [[RawCell("项目", 0, 2), RawCell(t, 0, len(t))] for t in texts]


class TestYesNoColumn:
    def test_answers_with_placeholders_and_a_paragraph_are_a_flag_column(self):
        # p282-284, column 2 of the body: 否 否 是 (blank rows) - … then the foot rows' paragraphs
        rows = column("否", "否", "是", "", "", "-", "否", "否", "否", "",
                      "根据本公司第二届董事会第十四次会议决议，公司已经具备先进涂镀技术与稀土材料工程的基础研究和产业应用能力",
                      "不适用", "无")
        assert is_flag_column(rows, 1)

    def test_a_column_of_names_or_a_single_answer_is_not(self):
        assert not is_flag_column(column("兽用疫苗", "是", "否"), 1)
        assert not is_flag_column(column("否", "", "-"), 1)

    def test_the_answers_stay_out_of_the_row_labels(self):
        table = ledger()
        assert not any(row.endswith(("否", "是", "-")) for row in rows_of(table))
        answers = {c.row: c.text for c in table.cells if c.col == "是否已变更项目（含部分变更）"}
        assert answers["承诺投资项目年产2.6万吨稀土锌铝合金镀层钢丝、钢绞线项目"] == "是"
        assert answers["超募资金投向收购广海分公司"] == "否"


class TestGroupsClosedByTheirSubtotal:
    def test_rows_between_a_group_and_its_subtotal_have_the_group_as_parent(self):
        rows = rows_of(ledger())
        promised = rows[rows.index("承诺投资项目年产3万吨稀土多元合金镀层钢丝、钢绞线项目"):rows.index("承诺投资项目小计")]
        assert len(promised) == 5 and all(r.startswith("承诺投资项目") for r in promised)
        assert "超募资金投向增资隆泰子公司建设年产6万吨高铁PC制品项目" in rows
        assert "超募资金投向补充流动资金" in rows

    def test_the_subtotal_the_total_and_the_foot_rows_keep_their_names(self):
        table = ledger()
        rows = rows_of(table)
        assert {"承诺投资项目小计", "超募资金投向小计", "合计", "尚未使用的募集资金用途及去向"} <= set(rows)
        assert [c.value for c in table.cells if c.row == "合计" and c.col == "2013年度投入金额"] == [Decimal("4563.96")]

    def test_a_group_closed_by_a_bare_subtotal_leaves_its_rows_alone(self):
        investments = next(t for t in jinyu_tables_of(173) if t.caption == "17、长期股权投资")
        rows = rows_of(investments)
        assert "北京中技华科创业投资合伙企业（有限合伙）" in rows and "二、联营企业小计" in rows
