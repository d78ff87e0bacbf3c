"""Layout tables (PDF ruling / aligned text, DOCX tables) as Table records, on built and real reports."""
from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from pathlib import Path

import pytest

from extract.records import Document, Page, RawCell, RawTable, Table
from extract.tables import find_tables, raw_to_table
from extract.tables.cells import cell_value
from extract.tables.layout_context import label_to_unit
from extract.tables.layout_tables import find_layout_tables

ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT / "corpora" / "real"
JINYU = REAL / "annual_report_600201_jinyu_biotech_2020.pdf"
BROKER = REAL / "broker_research_report_page_financial_forecast_tables.pdf"


class Builder:
    """Source text written page by page, with the RawTables of its TAB rows."""

    def __init__(self) -> None:
        self.text, self.pages, self.tables = "", [], []

    def line(self, text: str) -> None:
        self.text += text + "\n"

    def table(self, page: int, rows: list[list[str]]) -> None:
        start, raw_rows = len(self.text), []
        for row in rows:
            cells, pos = [], len(self.text)
            for k, cell in enumerate(row):
                cells.append(RawCell(cell, pos, pos + len(cell)))
                pos += len(cell) + 1
            raw_rows.append(tuple(cells))
            self.line("\t".join(row))
        self.tables.append(RawTable(page, start, len(self.text) - 1, tuple(raw_rows)))

    def new_page(self) -> None:
        self.pages.append(len(self.text))

    def document(self) -> Document:
        starts = [0] + self.pages
        ends = self.pages + [len(self.text)]
        pages = tuple(Page(n, s, e) for n, (s, e) in enumerate(zip(starts, ends), 1))
        return Document("t", "t.pdf", "", "pdf", "", self.text, pages, (), raw_tables=tuple(self.tables))


def cell(table: Table, row: str, col: str):
    return next(c for c in table.cells if c.row == row and c.col == col)


@lru_cache(maxsize=None)
def read(path: Path, max_pages: int | None = None) -> Document:
    from extract.pdf.reader import read_pdf
    return read_pdf(path, doc_id=path.stem, sha256="", max_pages=max_pages)


@pytest.mark.parametrize("text, value, unit", [
    ("(37.76%)", Decimal("-37.76"), "%"),
    ("（4.2%）", Decimal("-4.2"), "%"),
    ("-2.07个百分点", Decimal("-2.07"), "百分点"),
    ("+3.88个百分点", Decimal("3.88"), "百分点"),
    ("(385,700)", Decimal("-385700"), ""),
    ("309-", Decimal("-309"), ""),
    ("2021E", None, ""),
    ("-", None, ""),
    ("上年为负", None, ""),
])
def test_layout_value(text, value, unit):
    assert cell_value(text) == (value, unit)


@pytest.mark.parametrize("label, unit", [
    ("（金额单位：人民币百万元）", "百万元"),
    ("单位：百万元 币种：人民币", "百万元"),
    ("本年收费金额（单位：万元）", "万元"),
    ("每股比率（元/股）：", "元/股"),
    ("财务比率（%）：", "%"),
    ("营业收入", ""),
])
def test_label_to_unit(label, unit):
    assert label_to_unit(label) == unit


def test_unit_note_caption_and_heading_id():
    b = Builder()
    b.line("(一)主要会计数据")
    b.line("（金额单位：人民币百万元）")
    b.table(1, [["项目", "2020年", "2019年", "本期比上年同期增减"],
                ["投资活动产生的现金流量净额", "(386)", "413", "(193.4%)"],
                ["加权平均净资产收益率", "8.37%", "4.49%", "+3.88个百分点"],
                ["", "2020年末", "2019年末", "本期末比上年同期末增减"],
                ["总资产", "6,278", "5,586", "12.4%"]])
    [table] = find_tables(b.document())
    assert (table.id, table.caption, table.unit) == ("主要会计数据", "(一)主要会计数据", "百万元")   # heading, enumerator removed
    assert table.header == ("项目", "2020年", "2019年", "本期比上年同期增减")
    flow = cell(table, "投资活动产生的现金流量净额", "2020年")
    assert (flow.value, flow.unit) == (Decimal("-386"), "百万元")
    assert cell(table, "投资活动产生的现金流量净额", "本期比上年同期增减").value == Decimal("-193.4")
    assert cell(table, "加权平均净资产收益率", "2020年").unit == "%"
    # a repeated header inside the body relabels the columns below it
    assert cell(table, "总资产", "2020年末").value == Decimal("6278")


def test_multi_row_header_prefixes_repeated_groups():
    b = Builder()
    b.line("四、政府信息公开行政复议、行政诉讼情况")
    b.table(1, [["行政复议", "", "行政诉讼", "", "", ""],
                ["结果维持", "总计", "未经复议直接起诉", "", "复议后起诉", ""],
                ["", "", "结果维持", "总计", "结果维持", "总计"],
                ["15", "42", "3", "9", "2", "7"]])
    [table] = find_tables(b.document())
    assert table.header == ("行政复议结果维持", "行政复议总计", "未经复议直接起诉结果维持",
                            "未经复议直接起诉总计", "复议后起诉结果维持", "复议后起诉总计")
    assert cell(table, "", "行政复议总计").value == Decimal("42")


def test_table_continued_on_next_page_is_merged():
    b = Builder()
    b.line("三、收到和处理政府信息公开申请情况")
    b.table(1, [["项目", "", "自然人", "总计"],
                ["一、本年新收申请数量", "", "210", "236"],
                ["三、本年度办理结果", "（一）予以公开", "98", "105"]])
    b.new_page()
    b.table(2, [["", "（二）部分公开", "31", "33"],
                ["", "（七）总计", "201", "228"]])
    [table] = find_tables(b.document())
    assert (table.id, table.page, table.n_rows) == ("收到和处理政府信息公开申请情况", 1, 4)
    # a row under a parent label carried down its column names its parent (block/leaf)
    assert cell(table, "三、本年度办理结果（二）部分公开", "总计").value == Decimal("33")
    assert cell(table, "三、本年度办理结果（七）总计", "总计").value == Decimal("228")


def test_group_rows_give_units_and_stacked_tables_share_caption():
    b = Builder()
    b.line("七、近三年主要会计数据和财务指标")
    b.line("（金额单位：人民币百万元）")
    b.table(1, [["项目", "2020年12月31日", "2019年12月31日"], ["总资产", "6,278", "5,586"]])
    b.table(1, [["项目", "2020年", "2019年"],
                ["营业收入", "1,582", "1,127"],
                ["每股指标（元/股）：", "", ""],
                ["基本每股收益", "0.36", "0.20"]])
    first, second = find_tables(b.document())
    assert (first.id, second.id) == ("近三年主要会计数据和财务指标", "表@p1-2")    # the name is taken: the place
    assert second.caption == first.caption == "七、近三年主要会计数据和财务指标"
    assert cell(second, "营业收入", "2020年").unit == "百万元"
    assert cell(second, "基本每股收益", "2020年").unit == "元/股"


def test_numbered_caption_gives_id_and_junk_is_dropped():
    b = Builder()
    b.line("释 义")
    b.table(1, [["常用词语释义", "指", "释义内容"], ["公司、本公司、生物股份", "指", "金宇生物技术股份有限公司"],
                ["生物控股", "指", "内蒙古金宇生物控股有限公司"]])
    b.line("续表 3")
    b.table(1, [["股票简称", "生物股份"], ["股票代码", "600201"]])
    document = b.document()
    assert [raw_to_table(document, raw, 1) for raw in document.raw_tables] == [None, None]
    b.line("表 7-2 收入构成")
    b.table(1, [["项目", "金额"], ["主营业务收入", "1,567"], ["其他业务收入", "15"]])
    tables = find_layout_tables(b.document())
    assert [t.id for t in tables] == ["表7-2"]


def test_docx_table_with_caption_unit(tmp_path):
    import docx
    from extract.ingest.docx import read_docx
    word = docx.Document()
    word.add_paragraph("一、经费收入")
    word.add_paragraph("表 1 2023年经费收入情况（单位：万元）")
    grid = word.add_table(rows=4, cols=3)
    for i, row in enumerate([("项目", "2023年", "占比（%）"), ("财政拨款", "12,345.6", "60.5"),
                             ("学费收入", "5,000", "24.5"), ("合计", "20,406", "100")]):
        for j, text in enumerate(row):
            grid.cell(i, j).text = text
    word.add_paragraph("全年经费收入20406万元，其中财政拨款12345.6万元。")
    path = tmp_path / "report.docx"
    word.save(str(path))
    document = read_docx(path, doc_id="report", sha256="")
    table = raw_to_table(document, document.raw_tables[0], 1)
    assert (table.id, table.caption, table.unit) == ("表1", "2023年经费收入情况（单位：万元）", "万元")
    assert table.header == ("项目", "2023年", "占比（%）")
    grant = cell(table, "财政拨款", "2023年")
    assert (grant.value, grant.unit, grant.text) == (Decimal("12345.6"), "万元", "12,345.6")
    assert document.text[grant.char_start:grant.char_end] == "12,345.6"
    assert (cell(table, "财政拨款", "占比（%）").unit, cell(table, "合计", "2023年").value) == ("%", Decimal("20406"))
    # the captioned text table covers it: one table, with the caption's unit note
    [found] = find_tables(document)
    assert (found.id, found.unit, len(found.cells)) == ("表1", "万元", 6)


@pytest.fixture(scope="module")
def jinyu() -> Document:
    """Pages 1-18 of 195: 主要会计数据 (p5-6) and 第四节's tables and prose (p11-18)."""
    return read(JINYU, 18)


@pytest.fixture(scope="module")
def jinyu_tables(jinyu) -> dict[str, Table]:
    return {t.id: t for t in find_tables(jinyu)}


def test_jinyu_key_accounting_data_continued_across_pages(jinyu, jinyu_tables):
    key = jinyu_tables["主要会计数据"]           # its 2020年末 block is cut by the page break: two rows on page 6
    assert (key.caption, key.unit) == ("(一)主要会计数据", "元")     # from "单位：元 币种：人民币"
    assert key.header == ("主要会计数据", "2020年", "2019年", "本期比上年同期增减(%)", "2018年")
    revenue = cell(key, "营业收入", "2020年")
    assert (revenue.value, revenue.unit, revenue.text) == (Decimal("1581905632.48"), "元", "1,581,905,632.48")
    growth = cell(key, "归属于上市公司股东的净利润", "本期比上年同期增减(%)")
    assert (growth.value, growth.unit) == (Decimal("83.76"), "%")
    assets = cell(key, "总资产", "2020年末")              # page 6 part, under its own sub-header row
    assert assets.value == Decimal("6278282683.24") and jinyu.page_at(assets.char_start) == 6
    assert cell(key, "归属于上市公司股东的净资产", "2018年末").value == Decimal("5031440737.47")
    ratios = jinyu_tables["主要财务指标"]
    assert ratios.caption == "(二)主要财务指标"
    eps = cell(ratios, "基本每股收益（元／股）", "2020年")
    assert (eps.value, eps.unit) == (Decimal("0.36"), "元/股")
    roe = cell(ratios, "加权平均净资产收益率（%）", "本期比上年同期增减(%)")
    assert (roe.text, roe.value, roe.unit) == ("增加3.88个百分点", Decimal("3.88"), "百分点")


def test_jinyu_negative_changes(jinyu, jinyu_tables):
    flows = jinyu_tables["利润表及现金流量表相关科目变动分析表"]
    assert flows.caption == "1.利润表及现金流量表相关科目变动分析表"
    assert cell(flows, "投资活动产生的现金流量净额", "本期数").value == Decimal("-385699567.66")
    assert cell(flows, "投资活动产生的现金流量净额", "变动比例（%）").value == Decimal("-193.37")
    assert cell(flows, "财务费用", "上年同期数").value == Decimal("-17828357.07")
    segments = jinyu_tables["主营业务分行业、分产品、分地区情况"]         # 分行业 / 分产品 on page 14, 分地区 continued on page 15
    margin = cell(segments, "国内", "毛利率比上年增减（%）")
    assert (margin.text, margin.value, margin.unit) == ("减少1.11个百分点", Decimal("-1.11"), "百分点")
    assert jinyu.page_at(margin.char_start) == 15
    assert cell(segments, "国内", "营业收入").value == Decimal("1565407816.19")


def test_jinyu_prose_links_to_table_cells(jinyu, jinyu_tables):
    from extract.claims import find_claims
    from extract.link import tie_out
    from extract.structure import find_cases, find_sections
    sections = find_sections(jinyu)
    tables = list(jinyu_tables.values())
    claims = find_claims(jinyu, sections=sections, cases=find_cases(jinyu, sections), tables=tables)
    links, _ = tie_out(jinyu, claims, tables)
    by_id = {c.id: c for c in claims}
    linked = {(by_id[l.claim_id].text, l.table_id, l.row, l.col) for l in links if l.status == "match"}
    # p13 "实现归属于上市公司股东的净利润 40,620 万元，同比增加 83.76%" -> 主要会计数据 (p5), 元 cell rounded to 万元
    assert ("40,620万元", "主要会计数据", "归属于上市公司股东的净利润", "2020年") in linked
    assert ("83.76%", "主要会计数据", "归属于上市公司股东的净利润", "本期比上年同期增减(%)") in linked
    # p17 "投资活动产生的现金流量净额同比减少193.37%" -> the signed cell -193.37 of 5.现金流 (p17)
    assert ("193.37%", "现金流", "投资活动产生的现金流量净额", "增减比例（%）") in linked


def test_broker_caption_unit_in_millions():
    sheet = next(t for t in find_tables(read(BROKER)) if t.id == "表22")   # "表22 ：现金流量表（单位：百万元）"
    assert (sheet.caption, sheet.unit) == ("现金流量表（单位：百万元）", "百万元")
    assert {c.unit for c in sheet.cells} == {"百万元"}
    assert Decimal("1819") in {c.value for c in sheet.cells if c.row == "净利润"}


def test_broker_forecast_negative_suffix():
    tables = find_tables(read(BROKER))
    sheet = next(t for t in tables if t.id != "表22")     # the balance sheet continued onto the page
    assert sheet.source == "资料来源：Wind、申万宏源研究"
    reserve = [c.value for c in sheet.cells if c.row == "资本公积"]
    assert reserve[:3] == [Decimal("-309"), Decimal("-665"), Decimal("1590")]
