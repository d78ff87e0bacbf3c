"""Narrative figures of a college's 2022届就业质量报告 tie out to its web table whose group labels were merged down
(data59.com's copy prints "本科生 |" alone on its line over its rows; the table had no cell, so 2017人 and 283人 were
unsupported)."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from extract.api import read_report
from tests.tables.test_text_tables import GUIZHOU_2022_TABLE_1_4

PAGE = (
    "民族结构\n"
    "2022 届本科毕业生来自 23 个民族,其中汉族毕业生共 2017 人,占毕业生 总人数的 61.99%;少数民族毕业生共 1237 人,"
    "占毕业生总人数的 38.01%。少数民族人数最多的为苗族,有 283 人。\n"
    "2022 届专科毕业生来自 3 个民族,分别是汉族(4 人)、白族(1 人)、回族(1 人)。\n"
    + GUIZHOU_2022_TABLE_1_4)


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    path = tmp_path_factory.mktemp("web") / "guizhou_college_2022_ethnicity.txt"
    path.write_text(PAGE, encoding="utf-8")
    return read_report(path)


@pytest.mark.parametrize("value, unit, row, col", [
    ("2017", "人", "本科生汉族", "人数"),
    ("61.99", "%", "本科生汉族", "比例"),
    ("283", "人", "本科生苗族", "人数"),
    ("4", "人", "专科生汉族", "人数"),
])
def test_a_figure_ties_to_its_row_under_its_group(report, value, unit, row, col):
    (claim,) = [c for c in report.claims if c.value == Decimal(value) and c.unit == unit]
    (link,) = [link for link in report.links if link.claim_id == claim.id]
    assert (link.status, link.table_id, link.row, link.col) == ("match", "表1-4", row, col)


# A district bureau's 2025 政府信息公开工作年度报告 (corpora/fixtures/web_tables): its table of decisions, printed one
# cell per line, was not read; read, the small count 行政处罚3项 scored 0.16 against the 行政处罚 row (one digit, no
# unit in the cell, another part of the report) and stayed unsupported though its metric names the row word for word.
@pytest.fixture(scope="module")
def disclosure():
    path = Path(__file__).resolve().parents[2] / "corpora" / "fixtures" / "web_tables" / "ccxi_jiaowen_2025_disclosure.txt"
    return read_report(path)


def test_a_count_named_as_its_row_ties_to_that_row(disclosure):
    (claim,) = [c for c in disclosure.claims if c.text == "3项"]
    (link,) = [link for link in disclosure.links if link.claim_id == claim.id]
    assert (link.status, link.row, link.col, link.value) == ("match", "行政处罚", "本年处理决定数量", 3)


def test_a_count_no_row_names_stays_unsupported(disclosure):
    (claim,) = [c for c in disclosure.claims if c.text == "55项"]     # 行政许可信息 published, not decisions
    assert not [link for link in disclosure.links if link.claim_id == claim.id]


def test_a_traditional_page_ties_its_simplified_claim_to_its_traditional_row():
    """清远市教育局's 2024 report as a traditional-character mirror prints it: the claim is read in simplified
    characters (行政许可), the table's rows are printed in traditional ones (行政許可), and 694宗 stayed unsupported."""
    path = Path(__file__).resolve().parents[2] / "corpora" / "fixtures" / "web_tables" / "qingyuan_jyj_2024_traditional.txt"
    report = read_report(path)
    (claim,) = [c for c in report.claims if c.value == 694]
    (link,) = [link for link in report.links if link.claim_id == claim.id]
    assert (link.status, link.row, link.value) == ("match", "行政許可", 694)


def test_a_change_in_points_ties_to_a_rates_change_printed_in_percent(tmp_path):
    """九联科技's 2024 annual report as 识道's analysis page gives it (/tmp/s49/h5): 费用率下降4.38个百分点 scored 0.49
    against 期间费用率 | 同比变动 -4.38%, the unit read as a mismatch (百分点 against %)."""
    path = tmp_path / "jiulian_2024_analysis.txt"
    path.write_text("指标 | 2024年 | 2023年 | 同比变动 |\n---|---|---|---|\n营业收入(亿元) | 25.17 | 21.71 | +15.93% |\n"
                    "毛利率 | 11.59% | 10.63% | +0.96% |\n期间费用率 | 16.88% | 21.26% | -4.38% |\n"
                    "费用优化成效: 期间费用总额减少3817万元,费用率下降4.38个百分点,反映公司降本增效措施取得阶段性成果。\n",
                    encoding="utf-8")
    report = read_report(path)
    (claim,) = [c for c in report.claims if c.unit == "百分点"]
    (link,) = [link for link in report.links if link.claim_id == claim.id]
    assert (link.status, link.row, link.col) == ("match", "期间费用率", "同比变动")


# 国家统计局's 2023 June and first-half industry release as a traditional-character mirror copies it
# (corpora/fixtures/web_tables/nbs_industry_2023h1_traditional.txt): its table's labels are traditional, the claims'
# words simplified, so no label shared a word with 规模以上工业增加值 and both growths were unsupported
NBS_H1 = Path(__file__).resolve().parents[2] / "corpora" / "fixtures" / "web_tables" / "nbs_industry_2023h1_traditional.txt"


@pytest.mark.parametrize("value, col", [("3.8", "1—6月同比增長(%)"), ("4.4", "6月同比增長(%)")])
def test_a_figure_ties_to_a_traditional_labelled_row(value, col):
    """The release's first figures (上半年…增長3.8%, 6月份…增長4.4%; the later ones are of industries)."""
    report = read_report(NBS_H1)
    claim = next(c for c in report.claims if c.value == Decimal(value) and c.unit == "%")
    (link,) = [link for link in report.links if link.claim_id == claim.id]
    assert (link.status, link.row, link.col) == ("match", "規模以上工業增加值", col)


# 国家统计局's 2024 grain release (corpora/fixtures/web_tables): 表1 printed one cell a line was not read, so the
# release's rounded figures had no cell; read, each ties to its row and column.
@pytest.fixture(scope="module")
def grain():
    path = Path(__file__).resolve().parents[2] / "corpora" / "fixtures" / "web_tables" / "nbs_grain_2024_bare_cells.txt"
    return read_report(path)


@pytest.mark.parametrize("text, row, col", [
    ("119319千公顷", "全年粮食", "播种面积(千公顷)"),
    ("70650万吨", "全年粮食", "总产量(万吨)"),
    ("65229万吨", "二、分品种1、谷物", "总产量(万吨)"),
])
def test_a_rounded_release_figure_ties_to_its_cell(grain, text, row, col):
    (claim,) = [c for c in grain.claims if c.text == text]
    (link,) = [link for link in grain.links if link.claim_id == claim.id]
    assert (link.status, link.table_id, link.row, link.col) == ("match", "表1", row, col)


def test_a_budget_reports_figures_tie_to_each_of_its_side_by_side_tables():
    """彭水's 2021 budget report (corpora/fixtures/web_tables/pengshui_2021_budget_side_by_side.txt): its 收支平衡表 was one
    column of both halves' items, so 上解支出1.4亿元 had no row of its own and no sum could be checked."""
    report = read_report(Path(__file__).resolve().parents[2] / "corpora" / "fixtures" / "web_tables"
                         / "pengshui_2021_budget_side_by_side.txt")
    tied = {(c.text, link.table_id, link.row) for link in report.links for c in report.claims
            if c.id == link.claim_id and link.status == "match"}
    assert ("39亿元", "表@p1-1", "上级补助收入") in tied and ("1.4亿元", "表@p1-2", "上解支出") in tied
    sums = [check for check in report.checks if check.kind == "sum"]
    assert len(sums) == 4 and all(check.ok for check in sums)       # 总计 = 一、本级… + 二、转移性…, each table
