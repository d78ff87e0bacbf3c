"""A claim's date chooses the column of its date among the columns of its year: "截至2020年12月31日，…注册资本为
1,126,240,241元" is the 合并资产负债表's 实收资本（或股本） | 2020年12月31日 cell (p66), not the restated 2020年1月1日
column of the adjustment table (p117) that prints the same figure, nor the 母公司资产负债表's (p68). Real tables of
annual_report_600201_jinyu_biotech_2020 (PDF, pages 1-173 as the PDF reader gives them) and its p85 sentence."""
from __future__ import annotations

from decimal import Decimal

import pytest

from extract.link import tie_out
from extract.link.candidates import LabelIndex
from extract.link.features import DATE_MISS, claim_view, dates_in, dates_meet, label_match
from extract.records import Claim, Document, Table
from tests.tables.test_units import jinyu_pages, jinyu_tables_of

DOC = "annual_report_600201_jinyu_biotech_2020"
# p85 三、公司基本情况
SENTENCE = "截至2020年12月31日，本公司累计发行股本总数1,126,240,241股，注册资本为1,126,240,241元，"
FIGURE = "1,126,240,241元"


def capital_claim(document: Document, period: str = "截至2020年12月31日") -> Claim:
    text = "".join(document.text.split())
    assert SENTENCE in text
    at = document.text.index("注册资本为1,126,240,241") + len("注册资本为")
    return Claim(document.doc_id, f"{DOC}#c{at}", at, at + len(FIGURE), 85, FIGURE, Decimal(1126240241), 1, "元",
                 "money", "=", None, "注册资本", period, None, None, None, "三、公司基本情况", SENTENCE)


@pytest.fixture(scope="module")
def document() -> Document:
    return jinyu_pages(173)


@pytest.fixture(scope="module")
def tables() -> tuple[Table, ...]:
    return jinyu_tables_of(173)


class TestDates:
    def test_days_month_ends_and_year_ends(self):
        assert dates_in("截至2020年12月31日") == ((2020, 12, 31),)
        assert dates_in("2020年1月1日") == ((2020, 1, 1),)
        assert dates_in("2020年末") == dates_in("2020年底") == ((2020, 12, 31),)
        assert dates_in("2020年6月末") == ((2020, 6, 0),)
        assert dates_in("2020-12-31") == ((2020, 12, 31),)

    def test_a_year_or_a_span_of_months_is_no_date(self):
        assert dates_in("2020年度") == () and dates_in("2020年1-6月") == ()

    def test_a_month_end_meets_any_day_of_its_month(self):
        assert dates_meet(dates_in("2020年6月末"), dates_in("2020年6月30日"))
        assert not dates_meet(dates_in("2020年末"), dates_in("2020年1月1日"))


class TestDatedColumn:
    def test_the_claim_date_column_fits_and_the_restated_opening_column_does_not(self, document):
        view = claim_view(capital_claim(document))
        assert label_match("2020年12月31日", view, 2020) == 1.0
        assert label_match("2020年1月1日", view, 2020) == DATE_MISS
        assert label_match("2019年12月31日", view, 2020) == 0.0

    def test_a_year_alone_still_meets_every_date_of_its_year(self, document):
        view = claim_view(capital_claim(document, period="2020年"))
        assert label_match("2020年1月1日", view, 2020) == label_match("2020年12月31日", view, 2020) == 1.0

    def test_the_balance_sheet_of_the_date_is_named_past_nearer_tables(self, document, tables):
        # the 所有者权益变动表s (pp.77-83) and the adjustment tables (pp.117-120) are nearer to p85 than p66
        claim = capital_claim(document)
        index = LabelIndex(sorted(tables, key=lambda t: t.char_start))
        ordered = sorted(tables, key=lambda t: t.char_start)
        found = index.tables_for("注册资本|实收资本", claim.char_start, 2, dates_in(claim.period))
        assert "合并资产负债表" in {ordered[k].caption for k in found if ordered[k].page == 66}
        assert "合并资产负债表" not in {ordered[k].caption for k in index.tables_for("注册资本|实收资本", claim.char_start, 2)
                                     if ordered[k].page == 66}

    def test_registered_capital_ties_to_the_consolidated_balance_sheet_at_its_date(self, document, tables):
        claim = capital_claim(document)
        links, _ = tie_out(document, [claim], tables)
        assert [(l.status, l.row, l.col) for l in links] == [("match", "实收资本（或股本）", "2020年12月31日")]
        table = next(t for t in tables if t.id == links[0].table_id)
        assert table.caption == "合并资产负债表" and table.page == 66

    def test_another_date_of_the_year_is_no_conflict(self, document, tables):
        from extract.link import _period_agrees
        from extract.link.features import Pair

        claim = capital_claim(document)
        restated = next(t for t in tables if t.page == 117 and "2020年1月1日" in t.header)
        cells = {c.col: c for c in restated.cells if c.row == "实收资本（或股本）"}
        assert not _period_agrees(claim, Pair(claim, restated, cells["2020年1月1日"]))
        balance = next(t for t in tables if t.page == 66 and t.caption == "合并资产负债表")
        cell = next(c for c in balance.cells if c.row == "实收资本（或股本）" and c.col == "2020年12月31日")
        assert _period_agrees(claim, Pair(claim, balance, cell))
