"""A change stated in prose links to the cell of an index table (上年=100) that holds it: "下降0.1%" is
the cell 99.9, "上涨1.1%" the cell 101.1 (issue 11: decreases link to index cells).

The table is the real 广州统计年鉴2022 table 7-2 (corpora/fixtures/index_tables, README there),
read by the whole pipeline from a text document. The yearbook page prints no prose and no stored
page prints the bureau's price paragraph beside such a table, so the sentence restates the table's
own 2021 column in a statistical bulletin's wording (比上年上涨/下降): the figures are the
yearbook's, the words those every bulletin uses.
"""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from extract.api import read_report

FIXTURES = Path(__file__).resolve().parents[2] / "corpora" / "fixtures" / "index_tables"
SENTENCE = ("2021年，全市城市居民消费价格比上年上涨1.1%。其中，食品烟酒类价格下降0.1%，"
            "其他用品和服务类价格下降2.9%，畜肉类价格下降17.5%。")


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    table = (FIXTURES / "guangzhou_yearbook_2022_table_7-2.txt").read_text(encoding="utf-8")
    path = tmp_path_factory.mktemp("index") / "guangzhou_prices_2021.txt"
    path.write_text(f"广州市居民消费价格\n\n{SENTENCE}\n\n表{table}", encoding="utf-8")
    return read_report(path)


def link_of(report, value: str):
    claims = [c for c in report.claims if c.value == Decimal(value) and c.unit == "%"]
    assert len(claims) == 1, [(c.text, c.value) for c in report.claims]
    links = [link for link in report.links if link.claim_id == claims[0].id]
    assert len(links) == 1, links
    return claims[0], links[0]


def test_the_yearbook_table_is_read_as_an_index_table(report):
    (table,) = report.tables
    assert table.id == "表7-2" and "上年=100" in table.caption


@pytest.mark.parametrize("value, row, cell", [
    ("0.1", "一、食品烟酒", "99.9"),          # a fall of 0.1%, not 四、生活用品及服务 100.1 (a rise)
    ("2.9", "八、其他用品和服务", "97.1"),
    ("17.5", "畜肉类", "82.5"),
])
def test_a_decrease_links_to_the_index_below_100(report, value, row, cell):
    claim, link = link_of(report, value)
    assert claim.direction == "down"
    assert (link.table_id, link.row, link.col, link.value, link.status) == ("表7-2", row, "2021", Decimal(cell), "match")


def test_an_increase_links_to_the_index_above_100(report):
    claim, link = link_of(report, "1.1")
    assert claim.direction == "up"
    assert (link.row, link.col, link.value, link.status) == ("居民消费价格总指数", "2021", Decimal("101.1"), "match")


def test_index_links_raise_no_failed_check(report):
    assert not [c for c in report.checks if not c.ok]
