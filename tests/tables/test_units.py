"""Table units, one owner (extract/tables/units.py): notes, header labels and 单位 columns.

Real lines and tables: the 2020 金宇生物 annual report (pages 1-27) and the 黔东南州 2016 bulletin.
"""
from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from pathlib import Path

import pytest

from extract.ingest import read_document
from extract.pdf.reader import read_pdf
from extract.records import Document, Table
from extract.resources import load_tsv
from extract.tables import find_tables
from extract.tables.units import (TABLE_UNITS_FILE, column_word_unit, is_rate_label, is_unit_header, label_unit,
                                  note_unit, note_units)

REAL = Path(__file__).resolve().parents[2] / "corpora" / "real"
JINYU = REAL / "annual_report_600201_jinyu_biotech_2020.pdf"
BULLETIN = REAL / "stats_bulletin_qiandongnan_2016.docx"
DINGTAI = REAL / "restructuring_plan_002352_dingtai_sf_2016.pdf"


@lru_cache(maxsize=None)
def jinyu_pages(max_pages: int) -> Document:
    """The 2020 annual report's first ``max_pages`` pages, read once per test run."""
    return read_pdf(JINYU, doc_id="jinyu", sha256="", max_pages=max_pages)


@lru_cache(maxsize=None)
def jinyu_tables_of(max_pages: int) -> tuple[Table, ...]:
    return tuple(find_tables(jinyu_pages(max_pages)))


def jinyu() -> Document:
    return jinyu_pages(27)


def jinyu_tables() -> tuple[Table, ...]:
    return jinyu_tables_of(27)


@lru_cache(maxsize=None)
def bulletin_tables() -> tuple[Table, ...]:
    return tuple(find_tables(read_document(BULLETIN)))


def table_with(tables, caption: str) -> Table:
    return next(t for t in tables if caption in t.caption)


def cell(table: Table, row: str, col: str):
    return next(c for c in table.cells if c.row == row and c.col == col)


@pytest.mark.parametrize("kind, word, example, unit",
                         [(r + ("",))[:4] for r in load_tsv(TABLE_UNITS_FILE) if len(r) >= 3])
def test_lexicon_examples(kind, word, example, unit):
    """Every word of models/lexicons/table_units.v1.tsv is read from its own example."""
    if kind == "unit":
        assert (note_unit(example) or label_unit(example)) == word
    elif kind == "prefix":
        assert not note_unit(example).startswith(word)
    elif kind == "scale":
        assert (note_unit(example) or label_unit(example)).startswith(word)
    elif kind == "header":
        assert is_unit_header(word) and word in example
    elif kind == "percent":
        assert label_unit(example) == "%"
    elif kind == "column":
        assert column_word_unit(example) == unit
    elif kind == "rate":
        assert is_rate_label(example) and example.endswith(word)
    elif kind == "ratio":
        assert not is_rate_label(example) and word in example


@pytest.mark.parametrize("note, unit", [
    ("单位：元 币种：人民币", "元"),              # 金宇 p5: was "元币种"
    ("单位:元 币种:人民币", "元"),                # 金宇 p14
    ("单位：万元 币种：人民币", "万元"),          # 金宇 p25: was "万元币种"
    ("（货币单位：人民币百万元）", "百万元"),
    ("编制单位:金宇生物技术股份有限公司 单位:元 币种:人民币", "元"),   # 金宇 p66: the second 单位
    ("2.3 前10名股东持股情况表              单位：股", "股"),   # 博思 2015 summary
    ("说明", ""),
    # banks', insurers' and oil companies' statements print the note as a sentence or a bare bracket (PetroChina's
    # and 招商银行's statements, as public repositories quote them): 343 of a bank report's 399 tables had no unit
    ("（除特别注明外，金额单位为人民币百万元）", "百万元"),
    ("(除特别注明外，金额单位为人民币百万元)", "百万元"),
    ("（除特别注明外，货币单位均以人民币百万元列示）", "百万元"),
    ("（人民币百万元，特别注明除外）", "百万元"),
    ("（人民币千元）", "千元"),
    ("本行的最小核算单位为部门", ""),           # 单位为 in prose names an amount's unit only before 元
    # a traditional-character copy of a 2024 政府信息公开工作年度报告 (996bkk.com): its 收费 column had no unit
    ("本年收費金額(單位:萬元)", "万元"),
])
def test_note_unit(note, unit):
    assert note_unit(note) == unit


@pytest.mark.parametrize("note, units", [
    ("单位：万元，%", ("万元", "%")),             # 鼎泰 restructuring plan p266, p267
    ("单位：万元、%", ("万元", "%")),
    ("单位：元 币种：人民币", ("元",)),            # 金宇 p5: one unit, then the currency
    ("单位：人民币万元，%", ("万元", "%")),
    ("说明", ()),
])
def test_note_names_every_unit(note, units):
    assert note_units(note) == units
    assert note_unit(note) == (units[0] if units else "")


@lru_cache(maxsize=None)
def dingtai_tables() -> tuple[Table, ...]:
    """鼎泰 restructuring plan pp.266-267: 十、最近三年主要财务指标, under "单位：万元，%"."""
    from extract.pdf.reader import read_pdf as read
    document = read(DINGTAI, doc_id="dingtai", sha256="", max_pages=267)
    return tuple(t for t in find_tables(document) if t.page in (266, 267))


def test_mixed_unit_note_gives_rate_rows_percent():
    """"单位：万元，%": amounts in 万元, the rate rows (资产负债率, 毛利率) in %, a turnover in 次."""
    data, going = table_with(dingtai_tables(), "最近三年主要财务数据"), table_with(dingtai_tables(), "持续经营业务")
    assert data.unit == going.unit == "万元"
    assert {(c.row, c.unit) for c in data.cells if c.col.startswith("2015")} >= {
        ("总资产", "万元"), ("营业收入", "万元"), ("资产负债率", "%"), ("毛利率", "%"), ("总资产周转率（次）", "次")}
    margin = cell(going, "毛利率", "2015年度")
    assert (margin.value, margin.unit) == (Decimal("20.42"), "%")
    assert cell(going, "营业收入", "2015年度").unit == "万元"


@pytest.mark.parametrize("label, unit", [
    ("本期比上年同期增减(%)", "%"),
    ("基本每股收益（元／股）", "元/股"),
    ("绝对额（万元）", "万元"),
    ("北京中技华科创业投资合伙企业（有限合伙）", ""),    # header words are not units
    ("第一季度（1-3月份）", ""),
    ("致同会计师事务所（特殊普通合伙）", ""),
    ("中标价格区间（含税）", ""),
])
def test_label_unit(label, unit):
    assert label_unit(label) == unit


def test_annual_report_note_gives_plain_yuan():
    accounts = table_with(jinyu_tables(), "主要会计数据")
    assert accounts.unit == "元"
    assert cell(accounts, "营业收入", "2020年").unit == "元"
    assert cell(accounts, "营业收入", "本期比上年同期增减(%)").unit == "%"
    rd = table_with(jinyu_tables(), "主要研发项目投入情况")
    assert rd.unit == "万元"


def test_quarter_header_words_do_not_leak_into_units():
    quarters = next(t for t in jinyu_tables() if "第一季度（1-3月份）" in t.header)
    assert {c.unit for c in quarters.cells if c.value is not None} == {"元"}


def test_percent_column_beats_row_unit():
    ratios = table_with(jinyu_tables(), "主要财务指标")
    assert cell(ratios, "基本每股收益（元／股）", "2020年").unit == "元/股"
    assert cell(ratios, "基本每股收益（元／股）", "本期比上年同期增减(%)").unit == "%"


def test_unit_column_gives_each_row_its_unit():
    """金宇 产销量情况分析表: 口蹄疫疫苗 in 万毫升, 布病疫苗 in 万头份 (a 单位 column)."""
    output = table_with(jinyu_tables(), "产销量情况分析表")
    assert cell(output, "口蹄疫疫苗", "生产量").unit == "万毫升"
    assert cell(output, "布病疫苗", "销售量").unit == "万头份"
    assert cell(output, "布病疫苗", "生产量比上年增减（%）").unit == "%"


def test_bulletin_unit_column_rows():
    """黔东南 2016 表8: 投资额 140.30 in 亿元 (its 单位 cell), 表4 木材采伐 in 万立方米."""
    tables = bulletin_tables()
    housing = table_with(tables, "房地产开发和销售主要指标")
    assert cell(housing, "投资额", "绝对数").unit == "亿元"
    forestry = table_with(tables, "主要林业产品产量")
    assert cell(forestry, "木材采伐", "产量").unit == "万立方米"
    assert cell(forestry, "生漆", "产量").unit == "吨"


def test_column_word_beats_the_table_note():
    """金宇 p54 董监高持股 (单位：股): 年龄 67 is in 岁, 年初持股数 in 股 (rows as printed)."""
    from .test_layout_tables import Builder

    b = Builder()
    b.line("(一)现任及报告期内离任董事、监事和高级管理人员持股变动及报酬情况")
    b.line("单位：股")
    b.table(1, [["姓名", "职务(注)", "性别", "年龄", "年初持股数", "年末持股数"],
                ["张翀宇", "董事长", "男", "67", "18,538,226", "18,538,226"],
                ["魏学峰", "副董事长", "男", "59", "1,676,716", "1,676,716"]])
    [table] = find_tables(b.document())
    assert cell(table, "张翀宇", "年龄").unit == "岁"
    assert cell(table, "张翀宇", "年初持股数").unit == "股"


# A statement under "(除特别注明外，金额单位为人民币百万元)": its cells are in 百万元, so a sentence in 亿元 ties out to them
# (rows of PetroChina's 2024 income statement, as a public repository's test quotes them; the sentence restates two)
def test_a_sentence_note_gives_the_statement_its_unit(tmp_path):
    from extract.api import read_report
    path = tmp_path / "statement.txt"
    path.write_text("三、财务报表\n表1 2024年度合并及公司利润表\n(除特别注明外，金额单位为人民币百万元)\n"
                    "项目\t附注\t2024年\t2023年\n财务费用\t47\t(12,552)\t(18,091)\n其中：利息费用\t\t20,731\t24,063\n"
                    "利息收入\t\t8,799\t8,288\n加：其他收益\t48\t20,122\t21,704\n投资收益\t49\t11,934\t9,554\n\n"
                    "2024年，本集团利息费用为207.31亿元，比上年减少33.32亿元；投资收益119.34亿元。\n", encoding="utf-8")
    report = read_report(path)
    (table,) = report.tables
    assert table.unit == "百万元" and {c.unit for c in table.cells if c.value is not None} == {"百万元"}
    assert {(link.row, link.col) for link in report.links if link.status == "match"} == {("其中：利息费用", "2024年"),
                                                                                           ("投资收益", "2024年")}
