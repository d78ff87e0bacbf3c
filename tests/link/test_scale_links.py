"""Scale words between prose and tables on a broker report (corpora/real/
broker_research_report_tebon_gaoce_688556_2022.pdf): prose in 亿元, the forecast table in 百万元."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from extract.api import read_report
from extract.link.features import label_unit_scale

REPORT = Path(__file__).resolve().parents[2] / "corpora" / "real" / "broker_research_report_tebon_gaoce_688556_2022.pdf"


@pytest.fixture(scope="module")
def report():
    return read_report(REPORT)


def test_yi_yuan_forecasts_meet_the_million_yuan_cells(report) -> None:
    # p1 "预计公司2022-2024年归母净利润4.7、7.2、9.3亿元" and the 主要财务数据及预测 table: 净利润(百万元) 471 717 933
    sentence = "预计公司2022-2024年归母净利润4.7、7.2、9.3亿元"
    claims = sorted((c for c in report.claims if sentence in c.sentence and c.unit == "元"), key=lambda c: c.char_start)
    assert [(c.value, c.scale) for c in claims] == [(Decimal("4.7"), 10**8), (Decimal("7.2"), 10**8), (Decimal("9.3"), 10**8)]
    linked = {l.claim_id: (l.row, l.value, l.status) for l in report.links}
    assert [linked.get(c.id) for c in claims] == [("净利润(百万元)", Decimal(v), "match") for v in ("471", "717", "933")]


def test_whole_multiples_meet_the_ratio_cells_they_round(report) -> None:
    # "对应PE 30、20、15倍" and 主要财务指标 P/E 30.47 20.02 15.38 (2022E-2024E): a multiple is a quotient,
    # written whole it is rounded; the row "P/E" is the sentence's "PE"
    claims = sorted((c for c in report.claims if "对应PE" in c.sentence and c.unit == "倍"), key=lambda c: c.char_start)
    linked = {l.claim_id: (l.row, l.col, l.value, l.status) for l in report.links}
    assert [linked.get(c.id) for c in claims] == [
        ("P/E", "2022E", Decimal("30.47"), "match"), ("P/E", "2023E", Decimal("20.02"), "match"),
        ("P/E", "2024E", Decimal("15.38"), "match")]


# 政府信息公开工作年度报告 (format of 国办公开办函〔2021〕30号), the table 收到和处理政府信息公开申请情况: its rows are
# labelled by outline numbers in brackets (三、本年度办理结果 | （一）予以公开), which name no unit; read as one (一), no
# count in 件 could meet the row's 总计 (深圳市龙岗区 a department's 2024 report: 予以公开 3, 部分公开 17)
def test_an_outline_number_in_brackets_is_no_unit_of_a_row():
    assert label_unit_scale("三、本年度办理结果（一）予以公开") == ("", 1)
    assert label_unit_scale("（二）部分公开（区分处理的，只计这一情形，不计其他情形）") == ("", 1)
    assert label_unit_scale("本年收费金额（万元）") == ("元", 10000)
