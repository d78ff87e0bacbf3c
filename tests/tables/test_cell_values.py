"""Table cell values beyond a plain number: signs written as words, points, notes, placeholders,
footnote marks on labels. Real cells of the 2020 金宇生物 annual report (pages 1-27)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from extract.records import RawCell, RawTable
from extract.resources import load_tsv
from extract.tables.cells import CELLS_FILE, cell_value, is_empty_mark, strip_footnote
from extract.tables.grid_columns import serial_columns
from extract.tables.layout_context import corner_caption

from .test_units import cell, jinyu_tables, table_with


@pytest.mark.parametrize("kind, word, example", [r[:3] for r in load_tsv(CELLS_FILE) if len(r) >= 3])
def test_lexicon_examples(kind, word, example):
    """Every word of models/lexicons/table_cells.v1.tsv acts on its own example."""
    if kind == "empty":
        assert is_empty_mark(example) and cell_value(example) == (None, "")
    elif kind == "sign":
        value, _ = cell_value(example)
        assert value is not None and (value < 0) == (word in ("减少", "下降", "降低", "减"))
    elif kind == "footnote":
        assert strip_footnote(example) == example[: -len(word)]
    elif kind == "reference":
        header = tuple(example.split())
        assert header.index(word) in serial_columns(header)
    elif kind == "corner":
        head = tuple(RawCell(t, 0, len(t)) for t in example.split())
        assert head[0].text == word and corner_caption(RawTable(1, 0, 1, (head, head))) == ""
    elif kind == "flag":
        # the example is a yes/no column, its header first: the answers are a flag column
        from extract.tables.grid_columns import is_flag_column
        rows = [[RawCell("项目", 0, 2), RawCell(t, 0, len(t))] for t in example.split()[1:]]
        assert word in example.split()[1:] and is_flag_column(rows, 1)
    else:
        pytest.fail(f"unknown kind {kind!r}")


@pytest.mark.parametrize("text, value, unit", [
    ("减少2.07个百分点", Decimal("-2.07"), "百分点"),       # 金宇 p14 毛利率比上年增减
    ("增加3.88个百分点", Decimal("3.88"), "百分点"),        # 金宇 p6 加权平均净资产收益率
    ("-0.24个百分点", Decimal("-0.24"), "百分点"),
    ("(10.9%)", Decimal("-10.9"), "%"),
    ("-19,572,506.45", Decimal("-19572506.45"), ""),        # 金宇 p14 财务费用
    ("3200（含税：元/万头份）", Decimal("3200"), "元/万头份"),  # 金宇 p20 中标价格区间
    ("8次（出生至出栏）", Decimal("8"), "次"),               # 金宇 p11 组合免疫次数: a unit, then a note
    ("2020年（注）", None, ""),                              # a year with a note is still a year
    ("2600-20000（含税：元/万毫升）", None, ""),             # a price range is not a value
    ("不适用", None, ""),
    ("—", None, ""),
    ("2021E", None, ""),
])
def test_cell_value(text, value, unit):
    assert cell_value(text) == (value, unit)


def test_points_cells_in_a_real_table():
    segments = table_with(jinyu_tables(), "主营业务分行业、分产品、分地区情况")
    margin = cell(segments, "生物制药", "毛利率比上年增减（%）")
    assert margin.value == Decimal("-2.07")
    ratios = table_with(jinyu_tables(), "主要财务指标")
    assert cell(ratios, "加权平均净资产收益率（%）", "本期比上年同期增减(%)").value == Decimal("3.88")


def test_value_with_a_price_note():
    bids = table_with(jinyu_tables(), "中标情况")
    assert cell(bids, "猪瘟", "中标价格区间").value == Decimal("3200")
    # a price range is no one value: its low and high end, each with the note's unit
    ends = [(c.value, c.unit) for c in bids.cells if c.row == "口蹄疫疫苗" and c.col == "中标价格区间"]
    assert ends == [(Decimal("2600"), "元/万毫升"), (Decimal("20000"), "元/万毫升")]


def test_dash_is_no_value():
    projects = table_with(jinyu_tables(), "主要研发项目投入情况")
    assert cell(projects, "非洲猪瘟疫苗集成", "本期金额较上年同期变动比例（%）").value is None


def test_decimal_years_are_a_duration_not_a_time_label():
    # 金宇生物 2020 note 十三、1: "合同剩余期限 … 2.83年"; "2023年" and "2020年末" stay labels
    assert cell_value("2.83年") == (Decimal("2.83"), "年")
    assert cell_value("2023年") == (None, "") and cell_value("2020年末") == (None, "")
