"""models/patterns/line_marks.v1.jsonl: the marks the PDF and Word readers ask extract/text/lines.py about,
each run through the function that reads it, on lines of corpora/ (金宇生物 2020 年报 and 鼎泰新材 预案 PDFs)."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.resources import load_jsonl
from extract.tables.names import heading_name
from extract.text.lines import (continues_over_page, heading_enumerator, heading_style_level, is_cell_row,
                                is_heading_text, is_page_number, opens_block, runs_on, figure_runs_on,
                                unit_runs_on)

MARKS = load_jsonl("patterns/line_marks.v1.jsonl")
CHECKS = {
    # a running line's part: "11 / 195" goes on every page, the running title only when it recurs
    "line.page_number.v1": lambda: is_page_number("11 / 195") and not is_page_number("2020 年年度报告"),
    "line.heading_opening.v1": lambda: opens_block("(二) 主要财务指标") and opens_block("第三节 公司业务概要")
    and not opens_block("2020 年年度报告"),
    "line.bullet.v1": lambda: opens_block("√适用□不适用"),
    # short enumerated / numbered text is a heading; the long 一、 sentence of the report's opening page is not
    "line.heading_text.v1": lambda: is_heading_text("(一)主要会计数据") and is_heading_text("2.1 就业质量")
    and not is_heading_text("一、本公司董事会、监事会及董事、监事、高级管理人员保证年度报告内容的真实、准确、完整，不存在虚假记载"),
    "line.heading_style.v1": lambda: (heading_style_level("Heading 1"), heading_style_level("标题 2"),
                                      heading_style_level("Normal")) == (1, 2, None),
    "line.title_style.v1": lambda: heading_style_level("Title") == 0 and heading_style_level("Subtitle") is None,
    # a page that opens a numbered list item does not go on with the paragraph the page before ended with
    # a numbered heading's enumerator, stripped to name the table under it (金宇 p19: (2).主要药（产）品基本情况)
    "line.enumerator.v1": lambda: heading_enumerator("(2).主要药（产）品基本情况").group() == "(2)."
    and heading_name("(2).主要药（产）品基本情况") == "主要药（产）品基本情况" and heading_enumerator("2020年年度报告") is None,
    "line.runs_on.v1": lambda: runs_on("公司2024年度实现营业收入为91,737.19万元；归属于上市公司股东的净利润为", "-57,904.70万元；")
    and runs_on("预计 2025 年半年度实现归属于上市公司股东的净利润 18.30 亿元左右,", "与上年同期(法定披露数据)相比,将减少 3.21 亿元左右")
    and not runs_on("全年依法缴纳税款39.35亿元，有力地支持了地方财政，", "2021年，公司重点支持")
    and not runs_on("公司尚未实现盈利。", "2024年度实现营业收入")
    and runs_on("董事会已建议宣派截至2023年12月31日止年度之末期股息每股普通股3.50港仙", "(2022年12月31日:3.00港仙)。")
    and not runs_on("本集团纯利为人民币232百万元。", "(2022年12月31日:3.00港仙)。")
    and runs_on("14,405.13 万元;归属于母公司的净利润 7,844.71 万元,较上年同", "比上涨 2.49%。")
    and runs_on("(三)营业成本:报告期内的营业成本 304,000.98 万元,同比", "上升 30.57%。主营业务成本具体如下:")
    and not runs_on("公司积极推进产品结构调整,营业收入同比", "公司主要产品为"),
    # 兰州银行's 2025 interim report as a web page copies it: a figure opening the next line ends the clause before it
    "line.unit_runs_on.v1": lambda: unit_runs_on("吸收存款 3,516.27 亿元,较年初增长 4.23%;发放贷款和垫款 2,459.69",
                                                 "亿元,较年初增长 3.32%,为甘肃省存贷款规模最大的商业银行;")
    and not unit_runs_on("营业收入", "39.21亿元,同比增长"),
    "line.figure_runs_on.v1": lambda: figure_runs_on("截至2025年6月末,兰州银行资产总额5,097.42亿元,较年初增长4.82%,其中发放"
                                                     "贷款和垫款2,573.82亿元,较年初增长", "4.90%;吸收存款3,733.12亿元,较年初增长")
    and not figure_runs_on("营业收入", "39.21亿元,同比增长"),
    "line.numbered_item.v1": lambda: not continues_over_page("公司就本次交易相关事项作出如下说明，具体情况如下", "（2）补偿方式")
    and continues_over_page("公司就本次交易相关事项作出如下说明，具体情况如下", "2015年12月31日为基准日"),
}


@pytest.mark.parametrize("mark", MARKS, ids=[m["id"] for m in MARKS])
def test_line_mark_decides_its_lines(mark):
    assert CHECKS[mark["id"]]()


def test_every_line_mark_is_read_by_lines_py():
    code = (Path(__file__).resolve().parents[2] / "extract" / "text" / "lines.py").read_text(encoding="utf-8")
    for mark in MARKS:
        name = mark["id"].removeprefix("line.").removesuffix(".v1")
        assert f'_mark("{name}")' in code, mark["id"]


# a laid-out row of the 鼎泰新材 预案 (募集资金投资项目, split at wide gaps) is a table row; a heading is not
def test_cell_row_of_a_pdf_table():
    assert is_cell_row(["1.1", "航材购置", "62,065.22", "76,521.56", "99,035.31", "237,622.08"])
    assert not is_cell_row(["(二) 主要财务指标"])
    assert not is_cell_row(["一、", "2020 年年度报告"])
