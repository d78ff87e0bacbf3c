"""Tables a web page saved as text prints one cell at a time, each closed by its bar (政府信息公开工作年度报告 pages,
``corpora/fixtures/web_tables``). No table was read from them (no candidate at all in ``tieout tables --debug``), so
the report's 行政处罚3项 had no cell to tie to."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.records import Document, Page, Table
from extract.tables import find_tables
from extract.tables.captions import Line
from extract.tables.cell_stream import find_stream_runs, run_to_cells

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
