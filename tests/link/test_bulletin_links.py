"""Links on the Word statistical bulletin (corpora/real/stats_bulletin_qiandongnan_2016.docx), read whole."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

pytest.importorskip("docx")

from extract.api import read_report  # noqa: E402

BULLETIN = Path(__file__).resolve().parents[2] / "corpora" / "real" / "stats_bulletin_qiandongnan_2016.docx"


@pytest.fixture(scope="module")
def bulletin():
    return read_report(BULLETIN)


def links_of(report, sentence_part: str, value: str):
    claims = [c for c in report.claims if sentence_part in c.sentence and c.value == Decimal(value)]
    assert claims, f"no claim {value} in a sentence with {sentence_part}"
    return [link for link in report.links if link.claim_id in {c.id for c in claims}]


def test_growth_meets_the_first_of_two_stacked_numbers(bulletin) -> None:
    # "一般公共预算支出376.82亿元，比上年增长5.2%。" against 表2, whose cell prints 5.2 over 4.6
    (link,) = links_of(bulletin, "一般公共预算支出376.82亿元", "5.2")
    assert (link.table_id, link.row, link.col, link.value, link.status) == \
        ("表2", "一般公共预算支出", "比上年增长（%）", Decimal("5.2"), "match")


def test_the_stacked_second_number_is_not_a_conflict(bulletin) -> None:
    assert not [link for link in bulletin.links if link.status == "conflict" and link.table_id == "表2"]
    assert all(check.ok for check in bulletin.checks)


def test_amount_in_yi_yuan_meets_its_row_in_a_unit_column_table(bulletin) -> None:
    # "全州房地产开发投资完成140.30亿元" and 表8, whose 单位 column gives the 投资额 row 亿元
    (link,) = links_of(bulletin, "全州房地产开发投资完成140.30亿元", "140.30")
    assert (link.table_id, link.row, link.value, link.status) == ("表8", "投资额", Decimal("140.30"), "match")


def test_yi_yuan_balance_meets_the_wan_yuan_cell_it_rounds(bulletin) -> None:
    # "2016年末，全部金融机构存款余额1466.64亿元" and 表9 绝对额（万元） 14666372
    (link,) = links_of(bulletin, "全部金融机构存款余额1466.64亿元", "1466.64")
    assert (link.table_id, link.row, link.col, link.value, link.status) == \
        ("表9", "各项存款余额", "绝对额（万元）", Decimal("14666372"), "match")
