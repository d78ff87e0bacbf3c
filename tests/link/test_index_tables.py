"""Index tables on the year before (上年=100): 99.9 is a fall of 0.1%, 101.1 a rise of 1.1%. Real
captions and a real yearbook table (corpora/fixtures/index_tables, README there); a fixed-base index
(2010年=100) is not one."""
from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest

from extract.link.candidates import ValueIndex, claim_interval, is_index_table, table_is_index
from extract.records import Cell, Table

FIXTURES = Path(__file__).resolve().parents[2] / "corpora" / "fixtures" / "index_tables"


def bases() -> list[tuple[str, bool]]:
    with open(FIXTURES / "index_bases.tsv", encoding="utf-8", newline="") as f:
        return [(r["text"], r["is_index_on_previous_year"] == "yes") for r in csv.DictReader(f, delimiter="\t")]


@pytest.mark.parametrize("text, expected", bases())
def test_index_base_of_captions_notes_and_headers(text, expected):
    assert is_index_table(text, (), "") is expected
    assert is_index_table("", (text,), "") is expected


def table_from_fixture(name: str) -> Table:
    """The fixture's caption line, header line and TAB rows as a Table (one cell per number)."""
    caption, header, *rows = (FIXTURES / name).read_text(encoding="utf-8").splitlines()
    cols = header.split("\t")
    cells = []
    for r, line in enumerate(rows):
        label, *values = line.split("\t")
        cells += [Cell(label, cols[c + 1], Decimal(v), v, "", r, c + 1) for c, v in enumerate(values)]
    return Table("gz", "7-2", caption, None, 1, 0, 100, len(rows), len(cols), tuple(cols), tuple(cells))


GUANGZHOU = table_from_fixture("guangzhou_yearbook_2022_table_7-2.txt")


def cells_for_change(index: ValueIndex, change: str) -> set[tuple[str, str, str]]:
    """(row, col, text) of the cells a change of ``change``% (written so) is looked up as."""
    low, high = claim_interval(Decimal(change), 1, "=")
    return {(index.entries[i].cell.row, index.entries[i].cell.col, index.entries[i].cell.text)
            for i in index.all.ids(low, high, low, high)}


def test_yearbook_table_is_an_index_table():
    assert table_is_index(GUANGZHOU)


def test_change_of_a_tenth_is_the_index_just_below_or_above_100():
    # 2021: 一、食品烟酒 99.9 (down 0.1%), 四、生活用品及服务 100.1 (up 0.1%)
    assert cells_for_change(ValueIndex([GUANGZHOU]), "0.1") == {
        ("一、食品烟酒", "2021", "99.9"), ("四、生活用品及服务", "2021", "100.1")}


def test_larger_fall_is_the_index_it_leaves():
    # 畜肉类 2021 82.5: a fall of 17.5%
    assert ("畜肉类", "2021", "82.5") in cells_for_change(ValueIndex([GUANGZHOU]), "17.5")


def test_fixed_base_index_is_not_a_change_on_the_year_before():
    # 7-12 全省调查市、县居民消费价格定基指数 (2010年=100): 全省 111.7 is 2012 on 2010, not an 11.7% rise
    caption = "7-12 全省调查市、县居民消费价格定基指数(2012年) (2010年=100)"
    fixed = Table("qh", "7-12", caption, None, 1, 0, 100, 1, 2, ("项目", "全省"),
                  (Cell("居民消费价格总指数", "全省", Decimal("111.7"), "111.7", "", 0, 1),))
    assert not table_is_index(fixed)
    assert cells_for_change(ValueIndex([fixed]), "11.7") == set()
