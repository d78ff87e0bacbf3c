"""Table cell values beyond a plain number: signs written as words, points, notes, placeholders,
footnote marks on labels. Real cells of the 2020 金宇生物 annual report (pages 1-27)."""
from __future__ import annotations

from decimal import Decimal

import pytest

from extract.ingest.text import document_from_text
from extract.link.features import cell_unit_scale
from extract.records import RawCell, RawTable
from extract.resources import load_tsv
from extract.tables import find_tables
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
    elif kind == "state":
        value, _ = cell_value(example)
        assert value is not None and (value < 0) == (word == "亏损")
    elif kind == "footnote":
        assert strip_footnote(example) == example[: -len(word)]
    elif kind == "reference":
        header = tuple(example.split())
        assert header.index(word) in serial_columns(header)
    elif kind == "corner":
        head = tuple(RawCell(t, 0, len(t)) for t in example.split())
        assert head[0].text == word and corner_caption(RawTable(1, 0, 1, (head, head))) == ""
    elif kind == "group_phrase":
        from extract.link.features import clean_label
        assert clean_label(example) == example[len(word):]
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


def test_a_scale_after_a_cells_figure_is_its_unit():
    """A data site's 利润表 of 格力电器 writes "1,704.97 亿" and "223.86 万": the cells had no value, so the first data rows
    were read as header rows and the body's figures as labels."""
    assert cell_value("1,704.97 亿") == (Decimal("1704.97"), "亿")
    assert cell_value("-19.38 亿") == (Decimal("-19.38"), "亿")
    assert cell_value("223.86 万") == (Decimal("223.86"), "万")


def test_a_markdown_table_of_scaled_cells_keeps_its_header():
    text = ("格力电器利润表 | 2020年报 | 2021年报 | 2022年报 | 2023年报 | 近12个月(TTM) |\n---|---|---|---|---|---|\n"
            "营业总收入 | 1,704.97 亿 | 1,896.54 亿 | 1,901.51 亿 | 2,050.18 亿 | 1,966.22 亿 |\n"
            "营业收入 | 1,681.99 亿 | 1,878.69 亿 | 1,889.88 亿 | 2,039.79 亿 | 1,956.94 亿 |\n"
            "利息收入 | 22.96 亿 | 17.85 亿 | 11.62 亿 | 10.39 亿 | 9.28 亿 |\n")
    table = find_tables(document_from_text(text))[0]
    found = {(c.row, c.col): (c.value, c.unit) for c in table.cells}
    assert found[("营业总收入", "2020年报")] == (Decimal("1704.97"), "亿")
    assert found[("利息收入", "近12个月(TTM)")] == (Decimal("9.28"), "亿")


def test_a_scaled_cell_under_a_labelled_unit_is_that_unit_at_its_scale():
    """美的集团's 主营构成分析 on a data site: 3330.60亿 under 营业收入(元) is 元 at 1e8 (its sums now check)."""
    table = find_tables(document_from_text(
        "主营构成分析\n\n  营业收入(元) 同比增长 占主营收入比 营业成本(元) 同比增长 占主营成本比 毛利率 同比增长\n"
        "按行业分 制造业 3330.60亿 8.90% 89.52% 2385.76亿 4.94% 87.24% 28.37% 10.53%\n"
        "其他业务(补充) 389.77亿 -- 10.48% 349.06亿 -- 12.76% 10.44% --\n"
        "合计 3720.37亿 8.18% 100.00% 2734.81亿 4.97% 100.00% 26.49% 9.27%\n"))[0]
    total = next(c for c in table.cells if c.row == "合计" and c.col == "营业收入(元)")
    assert (total.value, cell_unit_scale(total, table)) == (Decimal("3720.37"), ("元", 100_000_000))
