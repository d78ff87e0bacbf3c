"""TAB-separated tables (Word documents dumped to text), with real rows of seed 003."""
from __future__ import annotations

from decimal import Decimal

import pytest

from extract.records import Document, Page, Table
from extract.tables import find_captions, find_tables, parse_cell_value


def make_document(text: str) -> Document:
    return Document("t", "t.txt", "", "txt", "utf-8", text, (Page(1, 0, len(text)),), ())


def only_table(text: str) -> Table:
    tables = find_tables(make_document(text))
    assert len(tables) == 1
    return tables[0]


def cell(table: Table, row: str, col: str):
    return next(c for c in table.cells if c.row == row and c.col == col)


# 单元格取值：纯数、千分位、百分号、负数（券商写法）、占位符、年份标签、带单位
@pytest.mark.parametrize("text, value, unit", [
    ("98981.85", Decimal("98981.85"), ""),
    ("1,204.28", Decimal("1204.28"), ""),
    ("60.8%", Decimal("60.8"), "%"),
    ("60.8％", Decimal("60.8"), "%"),
    ("-5", Decimal("-5"), ""),
    ("309-", Decimal("-309"), ""),
    ("(309)", Decimal("-309"), ""),
    ("5469551.", Decimal("5469551"), ""),
    ("3 门", Decimal("3"), "门"),
    ("18门", Decimal("18"), "门"),
    ("-", None, ""),
    ("—", None, ""),
    ("/", None, ""),
    ("2023 年", None, ""),
    ("网络问卷调查", None, ""),
    ("1/198", None, ""),
])
def test_parse_cell_value(text, value, unit):
    assert parse_cell_value(text) == (value, unit)


TWO_ROW_HEADER = (
    "表 1-1 吉林省高职院校核心指标统计表\n\n"
    "学校名称\t办学条件\t\t师资队伍\t\n"
    "\t教学用科研及辅助用房面积（平方米）\t纸质图书资源量（万册）\t专任教师数（人）\t专任教师高级职称人数\n"
    "省均值\t98981.85\t6999.06\t344.43\t114.47\n"
    "长春职业技术学院\t207676.80\t82.4011\t716\t292\n\n"
    "（三）工作成效\n")


def test_two_row_header_keeps_lower_labels():
    table = only_table(TWO_ROW_HEADER)
    assert table.id == "表1-1" and table.caption == "吉林省高职院校核心指标统计表"
    assert table.header[1:3] == ("教学用科研及辅助用房面积（平方米）", "纸质图书资源量（万册）")
    assert (table.n_rows, table.n_cols) == (2, 5)
    c = cell(table, "长春职业技术学院", "专任教师数（人）")
    assert c.value == Decimal("716") and c.unit == "人"
    assert TWO_ROW_HEADER[c.char_start:c.char_end] == "716"
    assert cell(table, "省均值", "教学用科研及辅助用房面积（平方米）").unit == "平方米"


def test_two_row_header_prefixes_group_when_labels_repeat():
    text = ("表 2-8 学生技能大赛获奖情况统计表\n"
            "获奖时间\t国家级\t\t省级\t\n"
            "\t一等奖\t二等奖\t一等奖\t二等奖\n"
            "2021 年\t1\t0\t22\t31\n")
    table = only_table(text)
    assert table.header == ("获奖时间", "国家级一等奖", "国家级二等奖", "省级一等奖", "省级二等奖")
    assert cell(table, "2021年", "省级一等奖").value == 22


def test_total_row_labelled_from_serial_column():
    text = ("表 2-1 2022-2023 学年吉林省高职院校专业设置情况统计表\n\n"
            "序号\t名称\t设置专业数\t招生专业数\n"
            "1\t长春师范高等专科学校\t25\t23\n"
            "2\t辽源职业技术学院\t92\t46\n"
            "合计\t\t1133\t876\n\n"
            "数据来源：2023 年全国高等职业学校人才培养工作状态数据采集与管理平台\n")
    table = only_table(text)
    assert cell(table, "合计", "设置专业数").value == 1133
    assert cell(table, "长春师范高等专科学校", "序号").value == 1
    assert table.source == "数据来源：2023年全国高等职业学校人才培养工作状态数据采集与管理平台"


def test_sub_rows_and_shifted_rows_in_indicator_table():
    text = ("附表 3：教学资源表\n\n"
            "名称：吉林省(220000)\t\t\t\n"
            "序号\t指标\t单位\t2023年\n"
            "5\t教学计划内课程总数\t门\t21008\n"
            "\t\t学时\t3006136\n"
            "教学计划内课程-网络教学课程数\t门\t2723\t\n"
            "6\t专业教学资源库数\t个\t74\n"
            "\t其中：国家级数量\t个\t1\n")
    table = only_table(text)
    assert table.id == "附表3" and table.header == ("序号", "指标", "单位", "2023年")
    assert cell(table, "教学计划内课程-网络教学课程数", "2023年").value == 2723
    assert cell(table, "其中：国家级数量", "2023年").unit == "个"
    hours = [c for c in table.cells if c.value == 3006136]
    assert hours[0].row == "教学计划内课程总数" and hours[0].unit == "学时"


def test_bold_caption_over_two_lines_and_rule_row():
    text = ("**表 2-3 吉林省高职院校国家级职业教育教师教学创新团队名单\n(含立项建设)**\n\n"
            "序号\t学校名称\t专业领域/ 专业大类\t专业名称\t批次及性质\n"
            "----\t------\t---------------\t------\t-------\n\n"
            "1\t长春职业技术学院\t工业机器人应用与维护\t机电一体化技术\t国家首批通过\n"
            "2\t吉林工业职业技术学院\t化工与制药技术\t应用化工技术\t国家首批通过\n")
    table = only_table(text)
    assert table.caption == "吉林省高职院校国家级职业教育教师教学创新团队名单(含立项建设)"
    assert table.n_rows == 2 and table.present


def test_toc_lines_and_prose_mentions_are_not_captions():
    text = ("表 1-1 吉林省高职院校核心指标统计表\t3\n"
            "附表 1: 人才培养质量计分卡\t64\n"
            "2023 年，吉林省核心指标达标学校 10 所。各校核心指标具体见表 1-1。\n")
    assert find_captions(text) == []
    assert find_tables(make_document(text)) == []


def test_serial_column_takes_no_table_unit():
    """盐城高新 prospectus p1 表7-2 (单位：万元): 序号 1, 2 … are counts of rows, not 万元."""
    from pathlib import Path

    from extract.ingest import read_document

    pdf = Path(__file__).resolve().parents[2] / "corpora" / "real" / "bond_prospectus_page_yancheng_hitech_2023.pdf"
    credit = next(t for t in find_tables(read_document(pdf)) if t.id == "表7-2")
    serials = [c for c in credit.cells if c.col == "序号"]
    assert serials and all(c.unit == "" for c in serials)
    assert next(c for c in credit.cells if c.row == "工商银行" and c.col == "授信总额").unit == "万元"
