"""Text tables (Word documents dumped to text, TAB- or space-separated), with real rows of the seeds' dev parts
(before their last dev-gold claim)."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from extract.records import Document, Page, Table
from extract.tables import find_captions, find_tables, parse_cell_value
from extract.tables.cells import cell_range, cell_value


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
    ("悉尼协议", None, ""),
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


def test_total_row_with_fewer_cells_and_source_line():
    """Seed 000 表2-9: the 合计 row prints four of six values; they are the right-hand columns."""
    text = ("表 2-9 2020-2023 年 1+X 证书试点学生获证情况统计\n\n"
            "年度 试点数 专业数 获证数 初级证书数 中级证书数 通过率\n\n"
            "2022 34 47 1508 276 1232 59.0%\n\n"
            "2023 38 50 1303 0 1303 78.7%\n\n"
            "合计 5746 1416 4330 /\n\n"
            "数据来源：哈尔滨职业技术学院教务处统计\n\n"
            "2.8 资助育人\n")
    table = only_table(text)
    assert cell(table, "合计", "获证数").value == 5746 and cell(table, "合计", "中级证书数").value == 4330
    assert cell(table, "合计", "通过率").value is None and cell(table, "2023", "通过率").unit == "%"
    assert not [c for c in table.cells if c.row == "合计" and c.col in ("试点数", "专业数")]
    assert table.source == "数据来源：哈尔滨职业技术学院教务处统计"


def test_shifted_rows_in_indicator_table():
    """Seed 000 表3-2: rows without a 序号 (and 其中： rows) start one column left; 单位 is per row."""
    text = ("表 3-2 哈尔滨职业技术学院 2022-2023 年科研技术服务到款情况\n\n"
            "序号 指标 单位 2022 年 2023 年\n\n"
            "1\n横向技术服务到款额 万元 524.49 1814.15\n\n"
            "横向技术服务产生的经济效益 万元 2000 1814.15\n\n"
            "2 纵向科研经费到款额* 万元 11.80 129.01\n\n"
            "4\n\n知识产权项目数* 项 47 9\n\n"
            "其中：专利授权数量* 项 36 8\n\n"
            "发明专利授权数量* 项 7 6\n\n"
            "数据来源：哈尔滨职业技术学院科研处统计\n")
    table = only_table(text)
    assert table.id == "表3-2" and table.header == ("序号", "指标", "单位", "2022年", "2023年")
    assert cell(table, "横向技术服务到款额", "序号").text == "1"           # a label of its row (issue 11) ...
    assert cell(table, "横向技术服务到款额", "序号").value is None          # ... not a figure
    assert cell(table, "横向技术服务产生的经济效益", "2022年").value == 2000
    patents = cell(table, "其中：专利授权数量", "2023年")
    assert patents.value == 8 and patents.unit == "项"
    assert cell(table, "纵向科研经费到款额", "2023年").unit == "万元"
    # The appendix's unit-only continuation row (学时 under 教学计划内课程总数) is printed only after seed 003's
    # last dev-gold claim, and in no other non-reserved document: it has no test here.


def test_bold_caption_over_two_lines_and_rule_row():
    # No non-reserved document prints a bold caption over two lines or a rule row (seed 003 does, after its
    # last dev-gold claim): the markup is laid over seed 000's 表2-2 caption and first rows, as printed.
    text = ("**表 2-2 哈尔滨职业技术学院\n2023年开展国际认证专业统计表**\n\n"
            "序号\t所属学院\t专业名称\t类别\n"
            "----\t------\t------\t----\n\n"
            "1\t建筑工程与应急管理学院\t道路与桥梁工程技术\t悉尼协议\n"
            "2\t建筑工程与应急管理学院\t工程造价\t悉尼协议\n")
    table = only_table(text)
    assert table.caption == "哈尔滨职业技术学院2023年开展国际认证专业统计表"
    assert table.n_rows == 2 and table.present
    assert cell(table, "工程造价", "序号").value == 2   # the serial is a cell; the row is named by 专业名称


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


# 深圳市龙岗区 a department's 2024 report: its application table's header (merged cells written once) and first rows
APPLICATIONS_2024 = (
    "三、收到和处理政府信息公开申请情况\n"
    "(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) | 申请人情况 |\n"
    "自然人 | 法人或其他组织 | 总计 |\n"
    "商业 企业 | 科研 机构 | 社会公益组织 | 法律服务机构 | 其他 |\n"
    "一、本年新收政府信息公开申请数量 | 58 | 7 | 0 | 0 | 1 | 0 | 66 |\n"
    "二、上年结转政府信息公开申请数量 | 2 | 0 | 0 | 0 | 0 | 0 | 2 |\n")

# 深圳市龙岗区 a department's 2024 政府信息公开工作年度报告 as its web page reads saved as text: Markdown rows under a
# heading, no 表N caption. A grid of as many cells in every row is a table (its heading its caption); the application
# table, whose merged header cells were written once each (rows of 2, 3 and 5 cells over rows of 8), is placed by its
# form in the national format (models/tables/header_forms.v1.jsonl): it was skipped, as no form placed its header; a
# captioned table of one row of figures under a header naming them is a table (第二十条第(五)项: 行政许可, which a
# county's report prints as 349: it was dropped as "1 numeric of 1 cells"); a table of contents (目录) holds no figures.
LONGGANG_2024 = (
    "二、主动公开政府信息情况\n"
    "第二十条第(一)项 |\n"
    "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
    "规章 | 0 | 0 | 0 |\n"
    "行政规范性文件 | 5 | 1 | 25 |\n"
    "第二十条第(五)项 |\n"
    "信息内容 | 本年处理决定数量 |\n"
    "行政许可 | 0 |\n"
    + APPLICATIONS_2024 +
    "四、政府信息公开行政复议、行政诉讼情况\n")


def test_markdown_rows_under_a_heading_are_a_table():
    tables = find_tables(make_document(LONGGANG_2024))
    assert [t.caption for t in tables] == ["二、主动公开政府信息情况", "第二十条第(五)项", "三、收到和处理政府信息公开申请情况"]
    assert cell(tables[1], "行政许可", "本年处理决定数量").value == 0
    assert cell(tables[0], "行政规范性文件", "本年制发件数").value == 5
    assert cell(tables[0], "行政规范性文件", "现行有效件数").value == 25


def test_a_header_written_once_is_placed_by_its_national_form():
    applications = find_tables(make_document(LONGGANG_2024))[2]
    assert applications.id == "收到和处理政府信息公开申请情况"
    assert applications.header[-7:] == ("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计")
    assert cell(applications, "一、本年新收政府信息公开申请数量", "自然人").value == 58
    assert cell(applications, "一、本年新收政府信息公开申请数量", "法律服务机构").value == 1
    assert cell(applications, "一、本年新收政府信息公开申请数量", "总计").value == 66
    assert cell(applications, "二、上年结转政府信息公开申请数量", "总计").value == 2


# The same page's application table further down: a result group written once beside its first row
# ("三、本年度办理结果 | (一)予以公开"), a sub-group beside its first item ("(三)不予公开 | 1.属于国家秘密"); each row
# is named by its group (the outline numbers place the labels: "(二)部分公开" alone in its row is the 三、 group's).
LONGGANG_2024_RESULTS = (
    APPLICATIONS_2024 +
    "三、本年度办理结果 | (一)予以公开 | 2 | 1 | 0 | 0 | 0 | 0 | 3 |\n"
    "(二)部分公开(区分处理的,只计这一情形,不计其他情形) | 16 | 1 | 0 | 0 | 0 | 0 | 17 |\n"
    "(三)不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
    "2.其他法律行政法规禁止公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
    "3.危及“三安全一稳定” | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
    "4.保护第三方合法权益 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
    "5.属于三类内部事务信息 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |\n"
    "6.属于四类过程性信息 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n")


def test_row_groups_written_once_name_their_rows_by_outline_number():
    table, = find_tables(make_document(LONGGANG_2024_RESULTS))
    assert cell(table, "三、本年度办理结果(一)予以公开", "总计").value == 3
    assert cell(table, "三、本年度办理结果(二)部分公开(区分处理的,只计这一情形,不计其他情形)", "自然人").value == 16
    assert cell(table, "(三)不予公开1.属于国家秘密", "总计").value == 0
    assert cell(table, "(三)不予公开5.属于三类内部事务信息", "自然人").value == 1
    from extract.link.checks import sum_checks
    totals = sum_checks("t", table)      # each row's 总计 is its applicants' sum: an auditor's tick on every row
    assert len(totals) == 10 and all(c.ok for c in totals)


def test_every_header_form_places_its_example():
    from extract.resources import load_jsonl
    from extract.tables.text_tables import find_cell_runs
    from extract.tables.written_once import FORMS_FILE, rebuild
    from extract.tables.captions import text_to_lines
    for form in load_jsonl(FORMS_FILE):
        grid = rebuild(find_cell_runs(text_to_lines("\n".join(form["example"]) + "\n"))[0])
        assert grid is not None, form["id"]
        width = len(form["header"][0])
        assert [[c.text for c in row[-width:]] for row in grid[:len(form["header"])]] == form["header"]


def test_markdown_rows_are_table_lines_not_prose():
    """A Markdown row no table is read from (a table of one figure: 行政许可 | 0) is a table line, not prose: its 0 was
    a claim named "|". A paragraph with a table pasted into it stays prose (reportify.cn's digest of a 国泰君安 note on
    江苏银行: "…财务摘要 |项目|2022A|…| [7] 投资建议 - 24Q2营收增速放缓至2.9%…" keeps its claims)."""
    from extract.claims import find_claims
    from extract.ingest.text import document_from_text
    from extract.text.lines import classify_line
    assert [c.text for c in find_claims(document_from_text(LONGGANG_2024))] == []
    assert classify_line("行政许可 | 0 |") == "table"
    digest = ("财务摘要 |项目|2022A|2023A|2024E|2025E|2026E| | ---- | ---- | ---- | ---- | ---- | ---- | |营业收入(百万元)"
              "|70,570|74,293|80,131|87,234|94,200| [7] 投资建议 - 24Q2营收增速放缓至2.9%，净利润保持两位数平稳增长达10.1%，"
              "净利息收入和净手续费收入增速转正分别为4.4%、53.2%，预计下半年营收增速逐季改善 [8]")
    assert classify_line(digest) == "body"
    assert {"2.9%", "10.1%", "4.4%", "53.2%"} <= {c.text for c in find_claims(document_from_text(digest))}


def test_a_numeric_cell_alone_on_its_line_with_its_bar_is_a_table_line():
    """江门's 2024 基础教育情况表 as a page saves it, one cell per line each ending with a bar, and with no numbered
    caption: each number (650 |, 4318 |, …) was a claim named nothing. A label line stays body text."""
    from extract.claims import find_claims
    from extract.ingest.text import document_from_text
    from extract.text.lines import classify_line
    text = ("2024-2025年全市基础教育情况表\n类别 |\n学校数 |\n班级数 |\n在校学生数 |\n教职工数 |\n专任教师数 |\n"
            "学生与专任教师比 |\n学前教育 |\n650 |\n4318 |\n124541 |\n18235 |\n8987 |\n13.86 |\n")
    assert [c.text for c in find_claims(document_from_text(text))] == []
    assert (classify_line("124541 |"), classify_line("学前教育 |")) == ("table", "body")


def test_a_table_of_contents_is_no_table():
    text = "目录\n一、总体情况\t1\n二、主动公开政府信息情况\t2\n三、收到和处理政府信息公开申请情况\t3\n"
    assert find_tables(make_document(text)) == []


def test_the_debug_trace_shows_why_a_run_is_no_table():
    from extract.tables.trace import trace_tables
    traces = trace_tables(make_document(LONGGANG_2024 + "\n五、其他需要报告的事项\n说明 | 无 |\n备注 | 无 |\n"))
    assert [t.table.caption for t in traces if t.table is not None] == \
        ["二、主动公开政府信息情况", "第二十条第(五)项", "三、收到和处理政府信息公开申请情况"]
    assert any(t.reason == "not a statistical table: 0 numeric of 2 cells in 2 rows" for t in traces)
    assert all(t.stages[0][0] == "find_cell_runs" for t in traces)


# A college's 2022届毕业生就业质量年度报告 as data59.com prints it: a long table of 24 nationalities set in two blocks
# side by side under its header written twice. Its rows are one table's: the right block's (白族…) were read as cells of
# the left block's rows (汉族: 民族=白族, 毕业人数=3), so no figure of them could be tied out.
ETHNIC_2022 = (
    "表1-1 2022届毕业生民族分布情况\n"
    "民族 | 毕业人数 | 占比 | 民族 | 毕业人数 | 占比 |\n"
    "汉族 | 8118 | 94.00% | 白族 | 3 | 0.03% |\n"
    "回族 | 323 | 3.74% | 仫佬族 | 2 | 0.02% |\n"
    "满族 | 49 | 0.57% | 纳西族 | 2 | 0.02% |\n"
    "蒙古族 | 40 | 0.46% | 水族 | 2 | 0.02% |\n"
    "苗族 | 26 | 0.30% | 仡佬族 | 2 | 0.02% |\n")


def test_blocks_printed_side_by_side_are_one_table():
    table, = find_tables(make_document(ETHNIC_2022))
    assert table.header == ("民族", "毕业人数", "占比")
    rows = list(dict.fromkeys(c.row for c in table.cells))
    assert rows == ["汉族", "回族", "满族", "蒙古族", "苗族", "白族", "仫佬族", "纳西族", "水族", "仡佬族"]
    assert cell(table, "白族", "毕业人数").value == 3 and str(cell(table, "仡佬族", "占比").value) == "0.02"



# A college's 2022届毕业生就业质量年度报告 as data59.com prints it: the note under the caption gives each column its unit
# ("单位：人数（人），比例（%）"; the page prints it with half-width punctuation). Every cell had the unit 人, the note's
# first, so the prose's 77.69% met no cell.
SOURCES_2022 = (
    "2022 届毕业生生源分布较广泛， 来自于全国 26 个省/市/自治区。其中陕西省生源人数最多，有 2298 人，占毕业生总人数的 "
    "77.69%。省外生源共 660 人， 占毕业生总人数的 22.31%；省外生源人数位居前列的是甘肃省、河南省、山西省。\n"
    "表 1-4 2022 届毕业生生源地结构\n"
    "单位:人数(人),比例(%)\n"
    "省份 | 人数 | 比例 |\n"
    "陕西省 | 2298 | 77.69 |\n甘肃省 | 84 | 2.84 |\n河南省 | 81 | 2.74 |\n山西省 | 65 | 2.20 |\n四川省 | 49 | 1.66 |\n"
    "山东省 | 49 | 1.66 |\n江苏省 | 49 | 1.66 |\n河北省 | 43 | 1.45 |\n"
    "省份 | 人数 | 比例 |\n"
    "安徽省 | 40 | 1.35 |\n浙江省 | 32 | 1.08 |\n青海省 | 30 | 1.01 |\n内蒙古自治区 | 30 | 1.01 |\n新疆维吾尔自治区 | 23 | 0.78 |\n"
    "江西省 | 13 | 0.44 |\n黑龙江省 | 12 | 0.41 |\n辽宁省 | 11 | 0.37 |\n宁夏回族自治区 | 11 | 0.37 |\n福建省 | 9 | 0.30 |\n"
    "海南省 | 8 | 0.27 |\n广东省 | 7 | 0.24 |\n贵州省 | 5 | 0.17 |\n湖北省 | 4 | 0.14 |\n云南省 | 2 | 0.07 |\n"
    "湖南省 | 1 | 0.03 |\n重庆市 | 1 | 0.03 |\n吉林省 | 1 | 0.03 |\n"
    "总计 | 2958 | 100.00 |\n")


def test_a_note_naming_each_columns_unit_gives_it_to_that_column(tmp_path):
    from extract.api import read_report
    table, = find_tables(make_document(SOURCES_2022))
    assert (cell(table, "陕西省", "人数").unit, cell(table, "陕西省", "比例").unit) == ("人", "%")
    assert cell(table, "总计", "比例").unit == "%"
    path = tmp_path / "sources_2022.txt"
    path.write_text(SOURCES_2022, encoding="utf-8")
    report = read_report(path)
    tied = {(link.row, link.col) for link in report.links if link.status == "match"}
    assert {("陕西省", "人数"), ("陕西省", "比例")} <= tied
    assert report.checks and all(check.ok for check in report.checks)      # 总计 2958 is the sum of the column



# 武汉轻工大学 2023届本科毕业生就业质量报告 as a web page prints it: each cell of its tables on a line of its own, ended
# by a bar, captions numbered at three levels, and the 学院 table set in two blocks side by side, each opening with 序号.
# The caption was read 表1-1 titled "-12023届…", the bars were cells, and the second table's figures became claims.
WHUT_2023 = (
    "表1-1-1 2023届本科毕业生不同性别分布\n性别 |\n人数 |\n比例 |\n男生 |\n2513 |\n53.08% |\n女生 |\n2221 |\n46.92% |\n"
    "总体 |\n4734 |\n100.00% |\n二、学院结构\n"
    "学校2023届本科毕业生共分布在14个学院。其中本科毕业生人数占比位居前三位的分别为管理学院(721人、15.23%)、数学与计算机学院(545人、11.51%)、电气与电子工程学院(496人、10.48%)。各学院具体本科毕业生人数分布详见下表。\n"
    "表1-1-2 学校2023届本科毕业生学院规模(人)与比例分布\n序号 |\n学院名称 |\n人数 |\n比例 |\n序号 |\n学院名称 |\n人数 |\n比例 |\n1 |\n"
    "管理学院 |\n721 |\n15.23% |\n8 |\n化学与环境工程学院 |\n258 |\n5.45% |\n2 |\n数学与计算机学院 |\n545 |\n11.51% |\n"
    "9 |\n艺术设计学院 |\n254 |\n5.37% |\n3 |\n电气与电子工程学院 |\n496 |\n10.48% |\n10 |\n医学与健康学院 |\n216 |\n"
    "4.56% |\n4 |\n机械工程学院 |\n451 |\n9.53% |\n11 |\n经济学院 |\n203 |\n4.29% |\n5 |\n土木工程与建筑学院 |\n415 |\n"
    "8.77% |\n12 |\n外国语学院 |\n194 |\n4.10% |\n6 |\n食品科学与工程学院 |\n377 |\n7.96% |\n13 |\n人文与传媒学院 |\n"
    "148 |\n3.13% |\n7 |\n生命科学与技术学院 |\n308 |\n6.51% |\n14 |\n动物科学与营养工程学院 |\n148 |\n3.13% |\n")


def test_one_cell_per_line_with_bars_and_three_level_captions():
    first, second = find_tables(make_document(WHUT_2023))
    assert (first.id, first.caption, first.header) == ("表1-1-1", "2023届本科毕业生不同性别分布", ("性别", "人数", "比例"))
    assert cell(first, "女生", "人数").value == 2221
    assert second.header == ("序号", "学院名称", "人数", "比例")
    rows = list(dict.fromkeys(c.row for c in second.cells))
    assert len(rows) == 14 and rows[0] == "管理学院" and rows[7] == "化学与环境工程学院"
    assert cell(second, "动物科学与营养工程学院", "人数").value == 148


def test_a_row_under_labels_merged_down_takes_them():
    """A college's 2022届就业质量报告 (data59.com): 中西部地区 spans two rows, so the second prints three cells and its
    figures stood one column left (就业地区=52, 人数=3.77%)."""
    table, = find_tables(make_document(
        "表1-4 2022届毕业生中西部就业情况分布\n地区类型 | 就业地区 | 人数 | 比例 |\n中西部地区 | 中部地区 | 1024 | 74.26% |\n"
        "西部地区 | 52 | 3.77% |\n"))
    assert cell(table, "西部地区", "人数").value == 52 and str(cell(table, "西部地区", "比例").value) == "3.77"
    assert cell(table, "西部地区", "地区类型").text == "中西部地区"


def test_a_decimal_point_printed_with_spaces_is_one_figure():
    """A college's 2022届就业质量报告 (m.616edu.com): 合计比例 cells "37 .49%" and "18 . 58%" were text."""
    table, = find_tables(make_document(
        "表1-8 2022届毕业生就业单位性质统计表\n流向单位性质 | 本科生 | 高职高专 | 合计 | 合计比例 |\n"
        "其他企业 | 1159 | 167 | 1326 | 37 .49% |\n中初教育单位 | 339 | 318 | 657 | 18 . 58% |\n"
        "升学 | 310 | 216 | 526 | 14 . 87% |\n"))
    assert [str(cell(table, row, "合计比例").value) for row in ("其他企业", "中初教育单位")] == ["37.49", "18.58"]



# 珠海冠宇's 2024 业绩快报 as a page prints its PDF's text: the 主要财务数据 table has no caption and no ruling, only a
# header line of column labels, its long labels wrapped around their figures, and a second header for the balance
# sheet half. No table was read, so no narrative figure could be tied out.
GUANYU_2024 = (
    "计,具体数据以公司 2024 年年度报告为准,提请投资者注意投资风险。\n一、2024 年度主要财务数据和指标\n单位:人民币万元\n项目 本报告期 上年同期 增减变动幅度(%)\n"
    "营业总收入 1,154,485.61 1,144,562.22 0.87\n营业利润 11,605.70 9,653.06 20.23\n"
    "利润总额 10,952.42 6,001.88 82.48\n归属于母公司所有者的净利润 43,442.33 34,418.94 26.22\n归属于母公司所有者的扣除非经\n"
    "35,166.15 23,110.79 52.16\n常性损益的净利润\n基本每股收益(元) 0.39 0.31 25.81\n"
    "加权平均净资产收益率 6.16% 4.96% 增加 1.2 个百分点\n项目 本报告期末 本报告期初 增减变动幅度(%)\n"
    "总资产 2,120,015.26 2,150,845.27 -1.43\n归属于母公司的所有者权益 714,982.24 697,445.60 2.51\n"
    "股本 112,728.63 112,185.70 0.48\n归属于母公司所有者的每股净资\n6.34 6.22 1.93\n产(元)\n")


def test_rows_under_a_header_line_are_a_table_without_a_caption():
    first, second = find_tables(make_document(GUANYU_2024))
    assert first.header == ("项目", "本报告期", "上年同期", "增减变动幅度(%)") and first.unit == "万元"
    assert cell(first, "归属于母公司所有者的扣除非经常性损益的净利润", "本报告期").value == Decimal("35166.15")
    assert (str(cell(first, "加权平均净资产收益率", "增减变动幅度(%)").value),
            cell(first, "加权平均净资产收益率", "增减变动幅度(%)").unit) == ("1.2", "百分点")
    assert second.header == ("项目", "本报告期末", "本报告期初", "增减变动幅度(%)")
    assert cell(second, "归属于母公司所有者的每股净资产(元)", "本报告期末").value == Decimal("6.34")


def test_a_column_labelled_with_a_bare_percent_holds_rates():
    """宜都市's 2024 统计公报 (tjgb.hongheiku.com): 比上年±% took the row's 单位 (0.01 万吨)."""
    table, = find_tables(make_document("2024年主要农产品产量\n\n单位 产量 比上年±%\n粮食 万吨 9.83 0.01\n"
                                        "油料 万吨 2.36 2.3\n蔬菜 万吨 29.14 4.0\n茶叶 25712 6.9\n"))
    assert (cell(table, "粮食", "产量").unit, cell(table, "粮食", "比上年±%").unit) == ("万吨", "%")


# A Dalian university's 2022届就业质量报告 as a web page copies it: the caption's number runs into the year, a header
# line names three groups over six values (人数, 比例 each, unprinted), lines of bars alone stand where the ruled
# header was, and a decimal point is followed by a space. A line of bars alone had crashed the flat-table path
# (IndexError in find_cell_run), the caption was 表1-92022, a column was labelled |||||||||||, and 12. 18% was two cells.
REGIONS = ("表1-92022届毕业生四大经济区域就业情况\n地区 本科毕业生 毕业研究生 总体\n|\n|||||||||||\n"
           "东北地区 | 1061 | 46.31% | 238 | 30.36% | 1299 | 42.24% | |||||\n"
           "东部地区 | 657 | 28.68% | 407 | 51.91% | 1064 | 34.60% | |||||\n"
           "中部地区 | 279 | 12. 18% | 92 | 11.73% | 371 | 12.07% | |||||\n"
           "西部地区 | 294 | 12.83% | 47 | 5.99% | 341 | 11.09% |\n")


def test_groups_over_pairs_of_values_under_a_caption_glued_to_its_year():
    table = only_table(REGIONS)
    assert (table.id, table.caption) == ("表1-9", "2022届毕业生四大经济区域就业情况")
    assert table.header == ("地区", "本科毕业生", "本科毕业生", "毕业研究生", "毕业研究生", "总体", "总体")
    central = [c for c in table.cells if c.row == "中部地区" and c.value is not None]
    assert [(c.col, str(c.value), c.unit) for c in central] == [
        ("本科毕业生", "279", ""), ("本科毕业生", "12.18", "%"), ("毕业研究生", "92", ""), ("毕业研究生", "11.73", "%"),
        ("总体", "371", ""), ("总体", "12.07", "%")]


# 花园生物's 2024 业绩预告 as a page prints it (Markdown rows of the exchanges' template): 盈利:30,000万元–35,000万元 was
# text, so the row was taken for a header and the table had no numeric cell ("not a statistical table")
HUAYUAN_FORECAST = ("2、业绩预告情况:同向上升\n项 目 | 本报告期 | 上年同期 |\n"
                    "归属于上市公司股东的净利润 | 盈利:30,000万元–35,000万元 | 盈利:19,234.89万元 |\n"
                    "比上年同期增长:55.97% - 81.96% | ||\n"
                    "扣除非经常性损益后的净利润 | 盈利:25,000万元–29,000万元 | 盈利:14,761.68万元 |\n"
                    "比上年同期增长:69.36% - 96.45% |\n二、与会计师事务所沟通情况\n")


def test_a_forecast_states_profit_or_loss_before_each_amount():
    table = only_table(HUAYUAN_FORECAST)
    got = {(c.row, c.col, c.value) for c in table.cells}
    assert ("归属于上市公司股东的净利润", "本报告期", Decimal("30000")) in got
    assert ("归属于上市公司股东的净利润", "本报告期", Decimal("35000")) in got
    assert ("扣除非经常性损益后的净利润", "上年同期", Decimal("14761.68")) in got
    # a loss is negative (明德生物's 2025 half-year forecast writes 亏损:3,500万元—4,500万元 and 亏损:2,882.27万元)
    assert cell_range("亏损:3,500万元—4,500万元") == (Decimal("-4500"), Decimal("-3500"), "万元")
    assert cell_value("亏损:2,882.27万元") == (Decimal("-2882.27"), "万元")


def test_a_table_whose_text_stops_inside_its_last_row_keeps_the_rows_above():
    """A county's 2024 report as the page's copy gives it, stopping inside the application table's last row
    ("7.属于行政执法案卷 | 0 | 0 | 0 | 0 | 0 | 0 |", one cell short): the whole table was dropped for rows of different
    widths, losing 66, 2, 3, 17 …"""
    text = LONGGANG_2024_RESULTS + "7.属于行政执法案卷 | 0 | 0 | 0 | 0 | 0 | 0 |\n"
    table, = find_tables(make_document(text))
    assert cell(table, "一、本年新收政府信息公开申请数量", "总计").value == 66
    assert table.n_rows == 10



# Two colleges' 2022届就业质量报告 as web pages copy their tables (data59.com). A header cell merged down over two
# header rows is written only in the first, so the second header row stood over the wrong columns (工学: 比例=1144,
# 男=28.31%); a group label merged down over its rows is printed alone on its line with its bar ("本科生 |"), and the
# table stopped at it (表1-4 had no cell, and 汉族毕业生共2017人 no cell to tie to).
HEBEI_2022_TABLE_3_5 = (
    "表3-5 2022届本科毕业生的学科门类分布\n"
    "学科门类 | 学科门类构成 | 性别构成 | |||\n"
    "毕业生 | 比例 | 男 | 女 | 男女比例 | |\n"
    "工学 | 1144 | 28. 31% | 889 | 255 | 3. 95: 1 |\n"
    "管理学 | 1607 | 39. 77% | 508 | 1099 | 0. 46: 1 |\n"
    "经济学 | 314 | 7. 77% | 129 | 185 | 0. 70: 1 |\n")

GUIZHOU_2022_TABLE_1_4 = (
    "表 1-4 2022 届毕业生民族结构\n"
    "单位:人数(人),比例(%)\n"
    "学历 | 民族 | 人数 | 比例 |\n"
    "本科生 |\n"
    "汉族 | 2017 | 61.99 |\n"
    "苗族 | 283 | 8.7 | |\n"
    "小计 | 3254 | 100 | |\n"
    "专科生 |\n"
    "汉族 | 4 | 66.67 |\n"
    "白族 | 1 | 16.67 | |\n"
    "小计 | 6 | 100 |\n")


def test_a_second_header_row_under_a_corner_merged_down_stands_over_the_figures():
    table = only_table(HEBEI_2022_TABLE_3_5)
    assert table.header[1:] == ("毕业生", "比例", "男", "女", "男女比例")
    assert cell(table, "工学", "毕业生").value == 1144
    assert cell(table, "工学", "比例").value == Decimal("28.31")
    assert cell(table, "管理学", "女").value == 1099


def test_a_group_label_printed_alone_on_its_line_heads_the_rows_below_it():
    table = only_table(GUIZHOU_2022_TABLE_1_4)
    assert cell(table, "本科生汉族", "人数").value == 2017
    assert cell(table, "本科生汉族", "比例").value == Decimal("61.99")
    assert cell(table, "本科生小计", "人数").value == 3254
    assert cell(table, "专科生汉族", "人数").value == 4
    assert cell(table, "专科生小计", "比例").value == 100


def test_a_part_caption_alone_on_its_line_is_no_group_label():
    parts = find_tables(make_document(LONGGANG_2024))
    assert [t.caption for t in parts][:2] == ["二、主动公开政府信息情况", "第二十条第(五)项"]


# 合众思壮's 2023 annual report as beawan's 年报解读 copies its 主营业务构成 (one Markdown table whose header row is
# repeated for each breakdown): the 分产品 and 分地区 rows read as 分行业 rows, and the repeated headers were dropped.
HEZHONG_2023_BREAKDOWN = (
    "1、主营业务构成\n"
    "分行业 | 营业收入 | 占比 | 毛利率 |\n"
    "---|---|---|---|\n"
    "卫星导航系统技术开发及设备制造业 | 18.02亿元 | 100.0% | 34.58% |\n"
    "分产品 | 营业收入 | 占比 | 毛利率 |\n"
    "北斗高精度业务 | 7.01亿元 | 38.9% | 49.05% |\n"
    "其他业务 | 1.61亿元 | 8.91% | 64.43% |\n"
    "分地区 | 营业收入 | 占比 | 毛利率 |\n"
    "海外市场 | 5.17亿元 | 28.69% | 52.51% |\n"
    "华南地区 | 5.05亿元 | 28.03% | 23.68% |\n")


def test_a_header_row_repeated_with_another_first_cell_opens_a_group_of_rows():
    table = only_table(HEZHONG_2023_BREAKDOWN)
    assert cell(table, "分行业卫星导航系统技术开发及设备制造业", "营业收入").value == Decimal("18.02")
    assert cell(table, "分产品北斗高精度业务", "毛利率").value == Decimal("49.05")
    assert cell(table, "分地区华南地区", "占比").value == Decimal("28.03")
    assert table.header[-3:] == ("营业收入", "占比", "毛利率")


# 衡阳市石鼓区's 2016 revenue budget table as the page's copy gives it (hysgq.gov.cn): the unit note is the table's first
# row of bars, and the last row lost the filler bars the rows above it carry; the table was read without its unit, and
# the run was cut before 收入总计 as a text that stops inside its last row.
SHIGU_2016_BUDGET = (
    "单位:万元 | |||||\n"
    "项目 | 2016年预算数 | 上年完成数 | 比上年增减额 | 比上年增减% | 备注 |\n"
    "区级财政收入合计 | 44341 | 40310 | 4031 | 10.00 | |\n"
    "上级补助收入 | 37811 | 46850 | |||\n"
    "上年结转结余 | 1441 | 1453 | |||\n"
    "其中:上年结转 | 1155 | 1195 | |||\n"
    "收入总计 | 83593 | 88613 |\n")

# 桂林市司法局's 2015 三公 table (honghao99.com's copy): its title and its unit note are rows of bars above the header.
GUILIN_2015_SANGONG = (
    "2015年桂林市司法局部门“三公”经费情况统计表 | ||\n"
    "? | 单位:万元 | |\n"
    "项 目 | 本年预算数 | 其中:公共预算财政拨款 |\n"
    "合 计 | 34.35 | 34.35 |\n"
    "1.因公出国(境)费用 | 0 | 0 |\n"
    "2.公务接待费 | 1.70 | 1.70 |\n")


def test_a_last_row_without_the_filler_bars_above_it_is_kept():
    table = only_table(SHIGU_2016_BUDGET)
    assert cell(table, "收入总计", "2016年预算数").value == 83593
    assert cell(table, "收入总计", "上年完成数").value == 88613


def test_a_title_and_a_unit_note_written_as_rows_of_bars_caption_the_table():
    table = only_table(GUILIN_2015_SANGONG)
    assert table.caption == "2015年桂林市司法局部门“三公”经费情况统计表"
    assert table.unit == "万元"
    assert cell(table, "2.公务接待费", "本年预算数").value == Decimal("1.70")
    assert only_table(SHIGU_2016_BUDGET).unit == "万元"


def test_a_form_with_wrapped_header_cells_and_blank_cells_is_placed():
    """徐闻县's 申请情况 form: 商业 | 科研 over 企业 | 机构 and blank cells in the value columns left it no table, and a row
    with only its 总计 filled read as a value merged over the row (no column)."""
    text = (Path(__file__).resolve().parents[2] / "corpora" / "fixtures" / "web_tables" /
            "xuwen_application_wrapped_header_blanks.txt").read_text(encoding="utf-8")
    table = only_table(text)
    assert "商业企业" in table.header and "科研机构" in table.header
    assert cell(table, "二、上年结转政府信息公开申请数量", "总计").value == 0
    assert cell(table, "一、本年新收政府信息公开申请数量", "自然人").value == 0
