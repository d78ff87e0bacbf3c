"""Company annual report tables (2020 金宇生物, pages 1-27): row labels block/leaf from two label
columns, repeated header blocks, and tables continued on the next page."""
from __future__ import annotations

from decimal import Decimal

from .test_units import cell, jinyu_tables, table_with


def test_second_text_column_is_a_label_column():
    """成本分析表: "分行业 | 成本构成项目 | 本期金额 …"; 包装费 keeps its 行业 as parent."""
    costs = table_with(jinyu_tables(), "成本分析表")
    assert cell(costs, "生物制药包装费", "本期金额").value == Decimal("20393837.55")
    assert cell(costs, "其他行业能源成本", "本期金额较上年同期变动比例(%)").value == Decimal("-23.84")
    assert not any(c.col == "成本构成项目" for c in costs.cells)


def test_repeated_header_block_is_not_data():
    """成本分析表 repeats its header for 分产品: no cell holds the header words as text."""
    costs = table_with(jinyu_tables(), "成本分析表")
    assert not any(c.text == "本期金额" for c in costs.cells)
    assert sum(1 for c in costs.cells if c.row == "生物制药小计" and c.col == "本期金额") == 2


def test_block_continued_after_page_break():
    """主营业务分行业、分产品、分地区情况: the 分地区 block is on the next page, after a page break."""
    segments = table_with(jinyu_tables(), "主营业务分行业、分产品、分地区情况")
    assert cell(segments, "国内", "营业收入").value == Decimal("1565407816.19")
    assert cell(segments, "国外", "毛利率（%）").value == Decimal("76.99")
    assert not any(t.page == 15 and "国内" in {c.row for c in t.cells} and t is not segments
                   for t in jinyu_tables())


def test_continued_part_without_its_empty_column_is_realigned():
    """研发项目投入: on p26 the empty 资本化 column is not drawn; its rows keep their columns."""
    projects = table_with(jinyu_tables(), "主要研发项目投入情况")
    assert cell(projects, "犬四联疫苗", "研发投入金额").value == Decimal("258.55")
    assert cell(projects, "犬四联疫苗", "研发投入占营业收入比例（%）").value == Decimal("0.16")
    assert cell(projects, "犬四联疫苗", "本期金额较上年同期变动比例（%）").value == Decimal("-27.60")
    assert not any(c.row == "犬四联疫苗" and c.col == "研发投入资本化金额" for c in projects.cells)
