"""Tables a web page saved as text prints one cell at a time, each closed by its bar (政府信息公开工作年度报告 pages,
``corpora/fixtures/web_tables``). No table was read from them (no candidate at all in ``tieout tables --debug``), so
the report's 行政处罚3项 had no cell to tie to."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from extract.records import Document, Page, Table
from extract.tables import find_tables
from extract.tables.captions import Line
from extract.tables.cell_stream import cells_to_blocks, find_stream_runs, run_to_cells

FIXTURES = Path(__file__).resolve().parents[2] / "corpora" / "fixtures" / "web_tables"


def tables_of(name: str) -> list[Table]:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    return find_tables(Document("t", name, "", "txt", "utf-8", text, (Page(1, 0, len(text)),), ()))


def value(table: Table, row: str, col: str):
    (cell,) = [c for c in table.cells if c.row == row and c.col == col]
    return cell.value


def lines_of(text: str) -> list[Line]:
    out, at = [], 0
    for k, line in enumerate(text.split("\n")):
        out.append(Line(k, at, at + len(line), line))
        at += len(line) + 1
    return out


def test_the_parts_of_the_table_of_information_made_public_are_each_a_table():
    parts = tables_of("ccxi_jiaowen_2025_disclosure.txt")
    assert [t.caption for t in parts] == ["第二十条第(一)项", "第二十条第(五)项", "第二十条第(六)项", "第二十条第(八)项"]
    assert parts[0].header == ("信息内容", "本年制发件数", "本年废止件数", "现行有效件数")
    assert value(parts[0], "行政规范性文件", "现行有效件数") == 0
    assert value(parts[1], "行政许可", "本年处理决定数量") == 423
    assert value(parts[2], "行政处罚", "本年处理决定数量") == 3
    assert value(parts[3], "行政事业性收费", "本年收费金额(单位:万元)") == 0
    assert parts[3].unit == "万元"


@pytest.mark.parametrize("name", ["haizhu_tzcj_2023_applications.txt", "xjnlk_zhen_2023_applications.txt"])
def test_the_applications_table_takes_its_national_form_header(name):
    (table,) = tables_of(name)
    assert table.header[-7:] == ("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计")
    assert value(table, "一、本年新收政府信息公开申请数量", "总计") == 0
    assert value(table, "三、本年度办理结果(一)予以公开", "自然人") == 0
    assert value(table, "(三)不予公开1.属于国家秘密", "法律服务机构") == 0


def test_a_cell_wrapped_over_lines_is_one_cell():
    lines = lines_of("自然人 |\n总计 |\n商业\n企业 |\n科研\n机构 |\n一、本年新收政府信息公开申请数量 |\n0 |\n0 |\n0 |\n")
    (run,) = find_stream_runs(lines)
    assert [c.text for c in run_to_cells(run)][:4] == ["自然人", "总计", "商业企业", "科研机构"]


def test_a_heading_over_the_first_cell_is_no_part_of_it():
    lines = lines_of("二、主动公开政府信息情况\n第二十条第(一)项 |\n信息内容 |\n本年制发件数 |\n规章 |\n0 |\n行政规范性文件 |\n5 |\n"
                     "行政许可 |\n7 |\n")
    (run,) = find_stream_runs(lines)
    assert run_to_cells(run)[0].text == "第二十条第(一)项"


@pytest.mark.parametrize("name, row, values", [
    # one cell a line: 4.5 was under 1—8月, 3.9 under 同比增長(%), and 指標 over no column
    ("nbs_industry_2023m8_traditional.txt", "規模以上工業增加值", {"8月同比增長(%)": 4.5, "1—8月同比增長(%)": 3.9}),
    # a row a line: 4.4 was under 1—6月絕對量, 3.8 under a column named 1—6月
    ("nbs_industry_2023h1_traditional.txt", "規模以上工業增加值", {"6月同比增長(%)": 4.4, "1—6月同比增長(%)": 3.8}),
])
def test_a_two_level_header_spreads_its_upper_cells_over_their_columns(name, row, values):
    """国家统计局's 主要数据 tables: 指標 | 8月 | 1—8月 over 絕對量 | 同比增長(%) | 絕對量 | 同比增長(%)."""
    table = next(t for t in tables_of(name) if t.cells)
    got = {c.col: float(c.value) for c in table.cells if c.row == row and c.value is not None}
    assert got == values


# Some copies drop the bars: every cell alone on its line, header cells wrapped over two lines ("商业" / "企业"). No
# candidate was found at all (the helper's review of 信丰县卫生健康委's 2023 report, five such pages).
def test_cells_one_a_line_without_bars_are_read_as_barred_ones():
    tables = tables_of("xinfeng_wjw_2023_bare_cells.txt")
    parts = [t for t in tables if t.caption.startswith("第二十条")]
    assert [t.caption for t in parts] == ["第二十条第(一)项", "第二十条第(五)项", "第二十条第(六)项", "第二十条第(八)项"]
    assert value(parts[1], "行政许可", "本年处理决定数量") == 9
    assert value(parts[2], "行政处罚", "本年处理决定数量") == 47
    assert parts[3].unit == "万元"
    (applications,) = [t for t in tables if t.id == "收到和处理政府信息公开申请情况"]
    assert applications.header[-7:] == ("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计")
    assert value(applications, "二、上年结转政府信息公开申请数量", "总计") == 0


def test_a_bare_line_that_is_a_sentence_is_no_cell():
    lines = lines_of("截至2023年12月31日,全年主动公开政府信息数465条。\n规章\n0\n0\n0\n")
    (run,) = find_stream_runs(lines)
    assert [c.text for c in run_to_cells(run)] == ["规章", "0", "0", "0"]


def test_a_header_word_wrapped_over_two_bare_lines_is_cut_no_further():
    """The 2019 form's 本年新 / 制作数量 is no known cell: one label opens the first row, so the six words can't pass for
    a header of four cells over the label 公开数量 / 对外公开总数量 / 规章 (the table is left unread)."""
    lines = lines_of("第二十条第(一)项\n信息内容\n本年新\n制作数量\n本年新\n公开数量\n对外公开总数量\n规章\n0\n0\n0\n")
    (run,) = find_stream_runs(lines)
    assert cells_to_blocks(run_to_cells(run), bare=True) == []


# 国家统计局's 2024 grain release as 农易网 copies it: 表1's cells one a line, each header word's unit on the line under
# it ("播种面积" / "(千公顷)"), no word over the label column. The caption had "no body"; 119319千公顷 was unsupported.
def test_a_captioned_table_one_cell_a_line_takes_the_units_under_its_header_words():
    (table,) = [t for t in tables_of("nbs_grain_2024_bare_cells.txt") if t.id == "表1"]
    assert table.present
    (cell,) = [c for c in table.cells if c.row == "全年粮食" and c.col == "播种面积(千公顷)"]
    assert (float(cell.value), cell.unit) == (119319.1, "千公顷")
    assert value(table, "二、分品种1、谷物", "总产量(万吨)") == Decimal("65228.7")


# Rows padded with filler bars ("申请人情况 | ||||||||", "自然人 | 法人或其他组织 | 总计 | |||||||") are all as wide, so
# the header written once was read as a plain grid: 自然人 and 商业企业 lost, every value a column to the right
@pytest.mark.parametrize("name", ["yanta_mzj_2023_filler_bars.txt", "fuyuan_zrzy_2022_traditional_filler_bars.txt"])
def test_filler_bars_leave_the_national_form_its_place(name):
    (table,) = [t for t in tables_of(name) if t.id.startswith("收到和")]
    assert table.header[-7:] == ("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计")
    assert not any("勾稽" in label for label in table.header)     # the note over the corner is no header
    row = next(r for r in {c.row for c in table.cells} if r.startswith("一、本年新收"))
    assert {c.col for c in table.cells if c.row == row} == set(table.header[-7:])


def test_a_unit_column_between_the_labels_and_the_figures_gives_each_row_its_unit():
    """A district's 2021 bulletin: 指 标 | 单位 | 2021年 | 比上年增长(%) over 地区生产总值 | 亿元 | 91.3 | 7.5, one cell a line.
    The unit was glued to the row's label (地区生产总值亿元), the levels were dropped and the growth rates stood under
    2021年, so the prose's 第一产业增加值6.2亿元 conflicted with the growth 6.9."""
    table, = tables_of("district_2021_bulletin_unit_column.txt")
    assert value(table, "地区生产总值", "2021年") == Decimal("91.3")
    assert value(table, "第一产业", "2021年") == Decimal("6.2")
    assert value(table, "第一产业", "比上年增长(%)") == Decimal("6.9")
    (cell,) = [c for c in table.cells if c.row == "第一产业" and c.col == "2021年"]
    assert cell.unit == "亿元"


def test_a_bare_tables_title_line_and_spaced_header_word_open_it():
    """宿州's 2021 bulletin: the table's title on the line above its header and 指    标 spaced to the column's width; the
    table had no candidate (no header over each column), so its figures met no cell."""
    table, = tables_of("suzhou_2021_bulletin_spaced_header.txt")
    assert table.caption == "2021年全市生产总值及增长速度"
    assert value(table, "地区生产总值", "绝对数(亿元)") == Decimal("2167.67")
    assert value(table, "其中:第一产业", "比上年增长(%)") == Decimal("8.0")      # its note number [3] left out


def test_a_bar_alone_after_a_closed_cell_is_a_blank_cell_of_the_form():
    """二道区's 2022 report: a blank cell is a bar alone on its line, so the rows held two figures for the form's seven
    columns and the table had no candidate (no header over the figures)."""
    table, = tables_of("erdao_2022_application_blank_cells.txt")
    assert value(table, "一、本年新收政府信息公开申请数量", "自然人") == 56
    assert value(table, "一、本年新收政府信息公开申请数量", "总计") == 56
    assert value(table, "二、上年结转政府信息公开申请数量", "总计") == 0
    assert not [c for c in table.cells if c.row.startswith("一、") and c.col == "商业企业"]


def test_a_bar_alone_closing_a_row_stands_in_no_column():
    """汉阳区's 2022 report: each row closed by a bar alone on its line, 规章's third cell blank. The header word
    现行有效件数 was read as the label over 规章 and the row 行政规范性文件 (5, 12, 8) was lost."""
    first, *_, applications = tables_of("hanyang_2022_row_closing_bars.txt")
    assert value(first, "行政规范性文件", "现行有效件数(历史累计)") == 8
    assert value(first, "规章", "本年制发件数") == 0
    assert value(applications, "一、本年新收政府信息公开申请数量", "总计") == 8


def test_one_upper_cell_over_the_lower_cells_after_it():
    """衢江区's 2016 三公 table: 公车购置及运行维护费 over 合计 | 车辆购置 | 车辆运行, the other upper cells merged down. 车辆运行
    was read as the first row's label, every column a place to the left (73 under 合计), and a sum check failed on it."""
    table, = tables_of("qujiang_2016_sangong_group_header.txt")
    assert value(table, "2015年", "车辆购置") == 73
    assert value(table, "2016年", "车辆运行") == 959
    assert value(table, "2016年", "合计") == 2364


def test_a_part_caption_spaced_inside_still_opens_its_part():
    """长春新区's 2025 report prints each part's caption with two spaces (第二十条  第(五)项) and its cells bare, one a line:
    the spaced caption read as two cells on one line, so only the first part was a table and 行政许可 29858, 行政处罚 912
    and 行政事业性收费 5125.11万元 had none."""
    first, licences, penalties, fees = tables_of("changchun_xinqu_2025_spaced_part_captions.txt")
    assert value(first, "行政规范性文件", "现行有效件数") == 15
    assert value(licences, "行政许可", "本年处理决定数量") == 29858
    assert value(penalties, "行政强制", "本年处理决定数量") == 7
    assert value(fees, "行政事业性收费", "本年收费金额(单位:万元)") == Decimal("5125.11") and fees.unit == "万元"


def test_a_row_of_no_data_marks_is_a_body_row():
    """A district 统计局's 2023 report: 规章 | / | / | / (no rules of its own to make) was read as a second header row, so
    every column label ended in / (本年制发件数/) and 规章 was no row."""
    first, *_ = tables_of("district_tjj_2023_na_marks.txt")
    assert first.header == ("信息内容", "本年制发件数", "本年废止件数", "现行有效件数")
    assert value(first, "行政规范性文件", "本年废止件数") == 0
    assert [c.text for c in first.cells if c.row == "规章"] == ["/", "/", "/"]


def test_two_tables_side_by_side_are_two_tables():
    """Budget reports print their 收支平衡表 as 收入 | 执行数 | 支出 | 执行数, one cell a line: every row label read as
    执行数…, both halves' items in one column, two 总计 rows; 单位:亿元 right over 收入 | was read as part of that cell."""
    income, spending = tables_of("kaizhou_2024_budget_side_by_side.txt")
    assert (income.header, spending.header) == (("收入", "执行数"), ("支出", "执行数"))
    assert income.caption == spending.caption == "2024年全区一般公共预算收支执行表" and income.unit == "亿元"
    assert value(income, "一、本级收入", "执行数") == Decimal("30.09")
    assert value(income, "接受援助收入", "执行数") == Decimal("0.21")       # after the right one's rows ran out (||)
    assert value(spending, "结转下年", "执行数") == Decimal("10.58")
    general, general_out, funds, funds_out = tables_of("pengshui_2021_budget_side_by_side.txt")
    assert value(general, "上年结转", "执行数") == 13438 and value(general_out, "总计", "执行数") == 660464
    assert value(funds, "一、本级收入", "执行数") == 96370 and value(funds_out, "一、本级支出", "执行数") == 181091
