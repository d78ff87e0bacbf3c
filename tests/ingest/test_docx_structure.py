"""Word reports whose headings are typed in the Normal style, and whose document properties are stale
(corpora/real/stats_bulletin_qiandongnan_2016.docx: its file properties name another city's bulletin)."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.api import read_report

BULLETIN = Path(__file__).resolve().parents[2] / "corpora" / "real" / "stats_bulletin_qiandongnan_2016.docx"


@pytest.fixture(scope="module")
def bulletin():
    return read_report(BULLETIN)


def test_normal_style_headings_are_sections(bulletin):
    titles = [s.number + s.title for s in bulletin.sections]
    assert titles[0] == "一、综合" and titles[-1] == "十三、环境保护和安全生产" and len(titles) == 13


def test_claims_carry_their_section_and_the_report_year(bulletin):
    claim = next(c for c in bulletin.claims if c.text.startswith("939.05"))
    assert claim.section == "一、综合"
    assert claim.period == "2016年"


def test_title_from_the_body_not_the_file_properties(bulletin):
    assert bulletin.document.title == "2016年国民经济和社会发展统计公报"
    assert bulletin.document.year == 2016
