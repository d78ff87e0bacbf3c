"""Layout tables (PDF ruling / aligned text, DOCX tables) as Table records, on built and real reports."""
from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from pathlib import Path

import pytest

from extract.records import Document, Page, RawCell, RawTable, Table
from extract.tables import find_tables, raw_to_table
from extract.tables.layout_tables import find_layout_tables, label_to_unit, layout_value

ROOT = Path(__file__).resolve().parents[2]
REAL = ROOT / "corpora" / "real"
HUAIAN = REAL / "gov_info_disclosure_annual_report_huaian_2024.pdf"
PINGAN = REAL / "annual_report_000001_pingan_bank_2024.pdf"
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
    ("(10.9%)", Decimal("-10.9"), "%"),
    ("（4.2%）", Decimal("-4.2"), "%"),
    ("-0.24个百分点", Decimal("-0.24"), "百分点"),
    ("+7.95个百分点", Decimal("7.95"), "百分点"),
    ("(21,382)", Decimal("-21382"), ""),
    ("309-", Decimal("-309"), ""),
    ("2021E", None, ""),
    ("-", None, ""),
    ("上年为负", None, ""),
])
def test_layout_value(text, value, unit):
    assert layout_value(text) == (value, unit)


@pytest.mark.parametrize("label, unit", [
    ("（货币单位：人民币百万元）", "百万元"),
    ("本年收费金额（单位：万元）", "万元"),
    ("每股比率（元/股）：", "元/股"),
    ("财务比率（%）：", "%"),
    ("营业收入", ""),
])
def test_label_to_unit(label, unit):
    assert label_to_unit(label) == unit


def test_unit_note_caption_and_page_id():
    b = Builder()
    b.line("2.1关键指标")
    b.line("（货币单位：人民币百万元）")
    b.table(1, [["项目", "2024年", "2023年", "本年同比增减"],
                ["营业收入", "146,695", "164,699", "(10.9%)"],
                ["成本收入比", "27.66%", "27.90%", "-0.24个百分点"],
                ["", "2024年12月31日", "2023年12月31日", "本年末比上年末增减"],
                ["吸收存款本金", "3,533,678", "3,407,295", "3.7%"]])
    [table] = find_tables(b.document())
    assert (table.id, table.caption, table.unit) == ("表@p1-1", "2.1关键指标", "百万元")
    assert table.header == ("项目", "2024年", "2023年", "本年同比增减")
    revenue = cell(table, "营业收入", "2024年")
    assert (revenue.value, revenue.unit) == (Decimal("146695"), "百万元")
    assert cell(table, "营业收入", "本年同比增减").value == Decimal("-10.9")
    assert cell(table, "成本收入比", "2024年").unit == "%"
    # a repeated header inside the body relabels the columns below it
    assert cell(table, "吸收存款本金", "2024年12月31日").value == Decimal("3533678")


def test_multi_row_header_prefixes_repeated_groups():
    b = Builder()
    b.line("四、政府信息公开行政复议、行政诉讼情况")
    b.table(1, [["行政复议", "", "行政诉讼", "", "", ""],
                ["结果维持", "总计", "未经复议直接起诉", "", "复议后起诉", ""],
                ["", "", "结果维持", "总计", "结果维持", "总计"],
                ["72", "351", "13", "26", "12", "20"]])
    [table] = find_tables(b.document())
    assert table.header == ("行政复议结果维持", "行政复议总计", "未经复议直接起诉结果维持",
                            "未经复议直接起诉总计", "复议后起诉结果维持", "复议后起诉总计")
    assert cell(table, "", "行政复议总计").value == Decimal("351")


def test_table_continued_on_next_page_is_merged():
    b = Builder()
    b.line("三、收到和处理政府信息公开申请情况")
    b.table(1, [["项目", "", "自然人", "总计"],
                ["一、本年新收申请数量", "", "3001", "3119"],
                ["三、本年度办理结果", "（一）予以公开", "1288", "1362"]])
    b.new_page()
    b.table(2, [["", "（二）部分公开", "447", "454"],
                ["", "（七）总计", "2932", "3050"]])
    [table] = find_tables(b.document())
    assert (table.id, table.page, table.n_rows) == ("表@p1-1", 1, 4)
    # a row under a parent label carried down its column names its parent (block/leaf)
    assert cell(table, "三、本年度办理结果（二）部分公开", "总计").value == Decimal("454")
    assert cell(table, "三、本年度办理结果（七）总计", "总计").value == Decimal("3050")


def test_group_rows_give_units_and_stacked_tables_share_caption():
    b = Builder()
    b.line("2.2主要会计数据和财务指标")
    b.line("（货币单位：人民币百万元）")
    b.table(1, [["项目", "2024年12月31日", "2023年12月31日"], ["资产总额", "5,769,270", "5,587,116"]])
    b.table(1, [["项目", "2024年", "2023年"],
                ["营业收入", "146,695", "164,699"],
                ["每股比率（元/股）：", "", ""],
                ["基本/稀释每股收益", "2.15", "2.25"]])
    first, second = find_tables(b.document())
    assert (first.id, second.id) == ("表@p1-1", "表@p1-2")
    assert second.caption == first.caption == "2.2主要会计数据和财务指标"
    assert cell(second, "营业收入", "2024年").unit == "百万元"
    assert cell(second, "基本/稀释每股收益", "2024年").unit == "元/股"


def test_numbered_caption_gives_id_and_junk_is_dropped():
    b = Builder()
    b.line("释 义")
    b.table(1, [["释义项", "指", "释义内容"], ["本行", "指", "平安银行股份有限公司"], ["央行", "指", "中国人民银行"]])
    b.line("续表 3")
    b.table(1, [["股票简称", "平安银行"], ["股票代码", "000001"]])
    document = b.document()
    assert [raw_to_table(document, raw, 1) for raw in document.raw_tables] == [None, None]
    b.line("表 7-2 收入构成")
    b.table(1, [["项目", "金额"], ["利息净收入", "93,427"], ["非利息净收入", "53,268"]])
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


def test_huaian_statistics_tables():
    tables = find_tables(read(HUAIAN))
    by_id = {t.id: t for t in tables}
    assert set(by_id) == {"表@p3-1", "表@p4-2", "表@p5-2"}
    requests = by_id["表@p4-2"]             # 依申请公开, continued from page 4 to page 5
    assert requests.caption == "三、收到和处理政府信息公开申请情况"
    assert cell(requests, "一、本年新收政府信息公开申请数量", "总计").value == Decimal("3119")
    assert cell(requests, "一、本年新收政府信息公开申请数量", "自然人").value == Decimal("3001")
    assert cell(requests, "四、结转下年度继续办理", "总计").value == Decimal("103")   # page 5 part
    active = by_id["表@p3-1"]
    assert cell(active, "行政规范性文件", "现行有效件数").value == Decimal("66")
    assert cell(active, "行政处罚", "本年处理决定数量").value == Decimal("3985758")  # page 4 part
    assert cell(active, "行政事业性收费", "本年收费金额（单位：万元）").unit == "万元"
    review = by_id["表@p5-2"]
    assert cell(review, "", "行政复议总计").value == Decimal("351")


def test_huaian_prose_links_to_statistics_table():
    from extract.api import read_report
    report = read_report(HUAIAN)
    claims = {c.id: c for c in report.claims}
    linked = {(claims[l.claim_id].text, l.table_id, l.row, l.col) for l in report.links if l.status == "match"}
    assert ("3119件", "表@p4-2", "一、本年新收政府信息公开申请数量", "总计") in linked
    assert ("351件", "表@p5-2", "", "行政复议总计") in linked


def test_pingan_key_indicator_tables():
    document = read(PINGAN, 19)
    tables = [t for t in find_tables(document) if t.cells]
    key = next(t for t in tables if t.caption == "2.1关键指标")
    revenue = cell(key, "营业收入", "2024年")
    assert (revenue.value, revenue.unit, key.unit) == (Decimal("146695"), "百万元", "百万元")
    assert cell(key, "营业收入", "本年同比增减").value == Decimal("-10.9")
    assert cell(key, "归属于本行股东的净利润", "2023年").value == Decimal("46455")
    assert cell(key, "不良贷款率", "2024年12月31日").value == Decimal("1.06")
    main = [t for t in tables if t.caption == "2.2主要会计数据和财务指标"]
    income = next(t for t in main if "2022年" in t.header)    # continued from page 16 to 17
    assert cell(income, "营业收入", "2022年").value == Decimal("179895")
    assert cell(income, "归属于本行股东的净利润", "2024年").value == Decimal("44508")
    eps = cell(income, "基本/稀释每股收益", "2024年")
    assert (eps.value, eps.unit) == (Decimal("2.15"), "元/股")
    assert not any(t.caption.startswith("1.1.1") for t in tables)     # 公司信息: names, not statistics


def test_broker_forecast_negative_suffix():
    tables = find_tables(read(BROKER))
    sheet = next(t for t in tables if t.caption == "公司深度")     # pdfium also gives 表22 its id
    assert sheet.source == "资料来源：Wind、申万宏源研究"
    reserve = [c.value for c in sheet.cells if c.row == "资本公积"]
    assert reserve[:3] == [Decimal("-309"), Decimal("-665"), Decimal("1590")]
