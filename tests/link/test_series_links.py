"""A series of figures in one sentence is one line of one table (corpora/real/
restructuring_plan_002352_dingtai_sf_2016.pdf): p287 "2013年度、2014年度及2015年度，拟置入资产收入规模分别为
273.82亿元、389.11亿元及481.01亿元" and the p266 table 最近三年主要财务数据 (单位：万元) 营业收入 2,738,186.17,
3,891,114.14, 4,810,115.48. 481.01亿元 is printed in many tables of the plan, so its own look-up only searches
the tables near p287; the table holding the other figures of its sentence is searched too."""
from __future__ import annotations

from decimal import Decimal


def _sentence_claims(report, words: str):
    return sorted((c for c in report.claims if words in (c.sentence or "")), key=lambda c: c.char_start)


def test_revenue_series_in_yi_yuan_meets_its_wan_yuan_row(plan) -> None:
    claims = _sentence_claims(plan, "拟置入资产收入规模分别为273.82亿元")
    assert [c.text for c in claims] == ["273.82亿元", "389.11亿元", "481.01亿元"]
    linked = {l.claim_id: (l.table_id, l.row, l.col, l.value, l.status) for l in plan.links}
    assert [linked.get(c.id) for c in claims] == [
        ("最近三年主要财务数据", "营业收入", f"{year}年12月31日/{year}年度", Decimal(value), "match")
        for year, value in (("2013", "2738186.17"), ("2014", "3891114.14"), ("2015", "4810115.48"))]


def test_a_table_holding_one_of_two_other_figures_is_no_series(plan) -> None:
    # p76 "增加注册资本1,000万元，其中王卫增资999.9万元，于国强增资0.1万元" is 顺丰集团's increase; the p116 table of
    # 泰海投资's shareholders (王卫 999.90, 于国强 0.10, 合计 1,000.00 万元) holds the 1,000 but not the common 0.1
    claims = _sentence_claims(plan, "其中王卫增资999.9万元")
    wang = next(c for c in claims if c.text == "999.9万元")
    assert not [l for l in plan.links if l.claim_id == wang.id and l.row == "王卫"]
