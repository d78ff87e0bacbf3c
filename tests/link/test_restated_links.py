"""A figure restated elsewhere in the report (same figure, unit, metric, bound and year) is the same fact: it ties to
the cell its other statement ties to, when that cell is its own candidate too, a little less probable for being
far away (``extract.link._restated``). Real report: annual_report_600201_jinyu_biotech_2020 (PDF), the p36 grant
and registration of restricted shares (第五节 重要事项) and the p49 ones under the p48 股份变动情况表."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.api import read_report
from extract.link import best_match, score_candidates
from extract.link.linker import load_linker

REPORT = Path(__file__).resolve().parents[2] / "corpora" / "real" / "annual_report_600201_jinyu_biotech_2020.pdf"
P36 = ("向公司本次激励计划的激励对象首次授予限制性股票627.90万股", "首次授予的627.90万股限制性股票完成登记")
P49 = ("向激励对象首次授予限制性股票627.90万股", "首次授予的限制性股票627.90万股于2020年11月30日完成登记")


@pytest.fixture(scope="module")
def report():
    return read_report(REPORT)


def _claims(report, phrases, page):
    return [next(c for c in report.claims if c.page == page and phrase in c.sentence and c.text == "627.90万股")
            for phrase in phrases]


def test_earlier_statements_tie_where_the_later_ones_do(report) -> None:
    earlier, later = _claims(report, P36, 36), _claims(report, P49, 49)
    linked = {l.claim_id: (l.table_id, l.row, l.status) for l in report.links}
    row = ("普通股股份变动情况表", "一、有限售条件股份", "match")
    assert [linked.get(c.id) for c in later] == [row, row]
    assert [linked.get(c.id) for c in earlier] == [row, row]


def test_alone_the_earlier_statements_are_below_threshold(report) -> None:
    # twelve pages and a chapter from the table, neither would be linked on its own
    earlier = _claims(report, P36, 36)
    scored = score_candidates(earlier, report.tables, load_linker(), doc=report.document.doc_id,
                              sections=report.sections)
    for claim in earlier:
        group = [s for s in scored if s.pair.claim.id == claim.id]
        assert any(s.equal and s.pair.cell.row == "一、有限售条件股份" for s in group)
        assert best_match(group) is None


def test_another_year_or_a_cap_is_another_fact(report) -> None:
    from dataclasses import replace

    from extract.link import choose_links

    earlier, later = _claims(report, P36, 36), _claims(report, P49, 49)
    for changed in (replace(earlier[0], period="2019年10月28日"), replace(earlier[0], bound="<=")):
        claims = [changed, *later]
        scored = score_candidates(claims, report.tables, load_linker(), doc=report.document.doc_id,
                                  sections=report.sections)
        links = choose_links(report.document.doc_id, claims, scored)
        assert changed.id not in {l.claim_id for l in links}
        assert {l.claim_id for l in links} >= {c.id for c in later}
