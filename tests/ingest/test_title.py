"""A report's title: a title line, never a line wrapped out of a paragraph; else the report the opening names."""
from __future__ import annotations

from pathlib import Path

from extract.ingest import read_document

SEEDS = Path(__file__).resolve().parents[2] / "corpora" / "seeds"


def test_title_named_in_the_opening_when_no_title_line():
    # the college seed's text dump starts with 前言; its title is only named in the first paragraph
    document = read_document(SEEDS / "000_0d6d81e4e345128e.txt")
    assert document.title == "哈尔滨职业技术学院高等职业教育质量发展年度报告（2023年度）"


def test_title_line():
    assert read_document(SEEDS / "003_63e6428607ab0510.txt").title == "吉林省高等职业教育质量报告"
