"""Running headers are judged by their position on pages, not by how often a line repeats in the file
(issue 13: a report inside a compiled volume lost 8% of its claims to 'headers' that were its own lines)."""
from __future__ import annotations

from pathlib import Path

import extract
from extract.ingest.text import text_to_lines

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "corpora" / "seeds" / "003_63e6428607ab0510.txt"
REPORT = ROOT / "corpora" / "real" / "gov_work_report_state_council_2025.txt"
OPENING_CHARS = 11700   # the seed's labelled opening


def test_report_inside_a_volume_keeps_its_claims(tmp_path):
    opening = SEED.read_text(encoding="utf-8")[:OPENING_CHARS]
    alone, volume = tmp_path / "alone.txt", tmp_path / "volume.txt"
    alone.write_text(opening, encoding="utf-8")
    volume.write_text("\n\n".join([opening] * 3), encoding="utf-8")
    n_alone = len(extract.read_report(alone).claims)
    assert n_alone >= 20
    assert len(extract.read_report(volume).claims) == 3 * n_alone


def test_header_at_the_top_of_every_page_is_a_running_header():
    paragraphs = [p.strip() for p in REPORT.read_text(encoding="utf-8").splitlines() if p.strip()][:12]
    header = "2025年国务院政府工作报告"
    text = "\f".join(f"{header}\n{p}\n" for p in paragraphs)
    roles = {ln.text.strip("\f"): ln.role for ln in text_to_lines(text)}
    assert roles[header] == "header"
    assert all(roles[p] != "header" for p in paragraphs[1:])
