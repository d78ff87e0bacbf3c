"""One chain of table stages for every source: TAB text, flattened PDF text, PDF layout and DOCX tables
each yield a ``RawTable`` that ``stages.raw_to_stages`` turns into cells. Rows are real: seed 003 表1-1
(TAB), seed 000 表2-3 and 表2-8 (flattened), 鼎泰新材 2016 restructuring plan p83 and 金宇生物 2020 annual
report p46 (PDF layout), 盐城高新 2023 prospectus 表7-1 (TAB rows of a PDF text)."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from extract.records import Document, Page, Table
from extract.tables import find_tables
from extract.tables.trace import trace_tables

from .test_layout_tables import Builder

ROOT = Path(__file__).resolve().parents[2]
CHAIN = ["pad_rows", "count_header_rows", "header_to_labels", "find_label_columns", "find_context", "body_to_cells"]

TAB = ("表 1-1 吉林省高职院校核心指标统计表\n\n"
       "学校名称\t办学条件\t\t师资队伍\t\n"
       "\t教学用科研及辅助用房面积（平方米）\t纸质图书资源量（万册）\t专任教师数（人）\t专任教师高级职称人数\n"
       "省均值\t98981.85\t6999.06\t344.43\t114.47\n"
       "长春职业技术学院\t207676.80\t82.4011\t716\t292\n\n"
       "（三）工作成效\n")

FLAT = ("表 2-3 省级课程思政示范课立项建设表\n\n年份 项目 数量\n\n"
        "2020 年 黑龙江省课程思政建设示范课程 3 门\n\n2021 年 黑龙江省课程思政示范课程及教学团队 4 门\n\n"
        "合计 18 门\n\n数据来源：哈尔滨职业技术学院教务处统计\n")


def text_document(text: str) -> Document:
    return Document("t", "t.txt", "", "txt", "utf-8", text, (Page(1, 0, len(text)),), ())


def cell(table: Table, row: str, col: str):
    return next(c for c in table.cells if c.row == row and c.col == col)


class TestEverySourceShowsTheSameStages:
    def test_tab_text_table(self):
        trace = trace_tables(text_document(TAB))[0]
        names = [name for name, _ in trace.stages]
        assert names == ["caption", "tab_to_raw", *CHAIN]
        assert dict(trace.stages)["count_header_rows"] == "2"

    def test_flattened_text_table(self):
        trace = trace_tables(text_document(FLAT))[0]
        names = [name for name, _ in trace.stages]
        assert names == ["caption", "find_flat_body", "body_to_raw", *CHAIN]
        assert trace.table is not None and cell(trace.table, "2021年", "数量").value == 4

    def test_layout_table(self):
        built = Builder()
        built.line("（3）主要固体（危险）废物（旧厂区）")
        built.table(46, WASTE)
        trace = trace_tables(built.document())[0]
        assert [name for name, _ in trace.stages] == ["group_continued", "merge_raws", *CHAIN]


# 金宇生物 2020 p46: every row names the same company; the waste names the row.
WASTE = [["公司名称", "固体（危险）废物名称", "固废类别", "产生量", "转移量", "贮存量", "处置或者回收情况"],
         ["金宇保灵生物药品有限公司", "检验动物尸体", "HW01医疗废物", "127.15T", "127.15T", "0吨/年", "委托有资质的单位进行处置"],
         ["金宇保灵生物药品有限公司", "废机油", "HW08废矿物油", "0.23T", "0.23T", "0吨/年", "委托有资质的单位进行处置"]]

# 鼎泰新材 2016 restructuring plan p83: the total row writes 合计 in the 序号 column.
PARTNERS = [["序号", "合伙人", "合伙人类型", "认缴出资（万元）", "认缴出资比例（%）"],
            ["1", "中信资本（天津）股权投资合伙企业（有限合伙）", "有限合伙人", "60,000", "99.998"],
            ["2", "中信资本（天津）投资管理合伙企业（有限合伙）", "普通合伙人", "1", "0.002"],
            ["合计", "", "", "60,001", "100.000"]]


def layout_table(caption: str, rows: list[list[str]]) -> Table:
    built = Builder()
    built.line(caption)
    built.table(1, rows)
    tables = find_tables(built.document())
    assert len(tables) == 1
    return tables[0]


class TestRowLabels:
    def test_a_more_varied_word_column_names_the_rows(self):
        waste = layout_table("（3）主要固体（危险）废物（旧厂区）", WASTE)
        assert cell(waste, "检验动物尸体", "产生量").value == Decimal("127.15")
        assert cell(waste, "废机油", "转移量").value == Decimal("0.23")

    def test_total_written_in_the_serial_column_names_its_row(self):
        partners = layout_table("嘉强顺风设立时，股权结构如下所示：", PARTNERS)
        assert cell(partners, "合计", "认缴出资（万元）").value == 60001
        assert cell(partners, "合计", "认缴出资比例（%）").unit == "%"

    def test_serial_numbers_are_labels_without_value_and_words_there_are_no_cells(self):
        # issue 11: 序号 columns kept as labels: the text is kept, there is no value and no unit; "合计" written in
        # the 序号 cell names its row and is no cell
        partners = layout_table("嘉强顺风设立时，股权结构如下所示：", PARTNERS)
        serials = [c for c in partners.cells if c.col == "序号"]
        assert [(c.text, c.value, c.unit) for c in serials] == [("1", None, ""), ("2", None, "")]


class TestMergedTotals:
    def test_grand_total_merged_over_the_columns_is_the_total_column(self):
        """Seed 000 表2-8: "总计 215" under six award columns is the sum of all of them: its column is 总计 (as
        the dev gold labels it); a merged value that is no total (同行业平均研发投入金额) has no column."""
        text = (ROOT / "corpora" / "seeds" / "000_0d6d81e4e345128e.txt").read_text(encoding="utf-8")
        start = text.index("表 2-8")
        end = text.index("表 2-9")
        awards = next(t for t in find_tables(text_document(text[start:end])) if t.id == "表2-8")
        total = [c for c in awards.cells if c.row == "总计"]
        assert [(c.col, c.value) for c in total] == [("总计", 215)]
        assert cell(awards, "合计", "省级和省教指委、行业协会级三等奖").value == 64

    def test_a_total_beside_an_empty_word_column_keeps_its_column(self):
        table = find_tables(text_document(FLAT))[0]
        assert cell(table, "合计", "数量").value == 18 and cell(table, "合计", "数量").unit == "门"


def test_captioned_table_of_words_has_its_first_row_as_header():
    """盐城高新 prospectus 表7-1 发行人历史评级情况: no number at all; the 年份 row is the header."""
    from extract.ingest import read_document

    pdf = ROOT / "corpora" / "real" / "bond_prospectus_page_yancheng_hitech_2023.pdf"
    ratings = next(t for t in find_tables(read_document(pdf)) if t.id == "表7-1")
    assert ratings.header[:2] == ("年份", "主体信用评级")
    assert cell(ratings, "2022", "主体信用评级").text == "AA+"


def test_header_repeated_after_a_page_break_names_no_row():
    """Seed 000 表2-2: "序号 所属学院 专业名称 类别" printed again over row 20 is no label; the programme
    (more varied than the college) names the rows."""
    text = (ROOT / "corpora" / "seeds" / "000_0d6d81e4e345128e.txt").read_text(encoding="utf-8")
    start = text.index("表 2-2")
    end = text.index("表 2-3", start)
    programmes = next(t for t in find_tables(text_document(text[start:end])) if t.id == "表2-2")
    assert cell(programmes, "软件技术", "所属学院").text == "电子与信息工程学院"
    assert cell(programmes, "软件技术", "序号").value == 20
    assert not any("专业名称类别" in c.text or "专业名称类别" in c.row for c in programmes.cells)
