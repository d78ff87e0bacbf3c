"""Figures in sentences printed inside a table (an annual report's 事项概述 | 查询索引 table of the 2020 金宇生物
report, p36) are claims like any sentence's; the table's other cells and numeric tables are not prose."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from extract.claims import find_claims
from extract.pdf.reader import read_pdf
from extract.tables import find_tables
from extract.text.lines import is_sentence_cell

JINYU = Path(__file__).resolve().parents[2] / "corpora" / "real" / "annual_report_600201_jinyu_biotech_2020.pdf"


@lru_cache(maxsize=None)
def jinyu_claims():
    document = read_pdf(JINYU, doc_id="jinyu", sha256="", max_pages=36)
    return document, find_claims(document, tables=find_tables(document))


@pytest.mark.parametrize("text, prose", [
    ("2020年11月30日，公司2020年限制性股票激励计划首次授予的627.90万股限制性股票完成登记，中国证券登记结算有限责任"
     "公司上海分公司向公司出具《证券变更登记证明》。", True),
    ("该事项公告详见上海证券交易所网站www.sse.com.cn", False),       # the 查询索引 cell: no sentence
    ("1,126,240,241", False),
    ("事项概述", False),
])
def test_a_sentence_cell_is_a_sentence_of_clauses(text, prose):
    assert is_sentence_cell(text) is prose


def test_figures_in_the_sentences_of_a_table_of_words_are_claims():
    document, claims = jinyu_claims()
    granted = [c for c in claims if c.text == "627.90万股"]
    assert len(granted) == 2
    assert all(c.kind == "count" and c.unit == "股" and c.metric.endswith("限制性股票") for c in granted)
    assert all("查询索引" not in c.sentence and "www" not in c.sentence for c in granted)


def test_numeric_table_cells_stay_cells():
    document, claims = jinyu_claims()
    tables = find_tables(document)
    cells = {(c.char_start) for t in tables for c in t.cells if c.char_start is not None}
    assert not any(c.char_start in cells for c in claims)


def test_a_plan_named_by_its_year_gives_no_period():
    """"公司2020年限制性股票激励计划": the year names the plan; the grant's date opens the sentence."""
    document, claims = jinyu_claims()
    registered = [c for c in claims if c.text == "627.90万股" and "完成登记" in c.sentence]
    assert [c.period for c in registered] == ["2020年11月30日"]
