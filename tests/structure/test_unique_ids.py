"""A compiled volume (two copies of one report in one file): every case and table kept, ids made unique in a
stable way, a warning per renamed id, and every claim stored (issue 13: "UNIQUE constraint failed: cases.doc,
cases.id" used to lose the whole document)."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

import extract
from extract.cli import cli

SEED = Path(__file__).resolve().parents[2] / "corpora" / "seeds" / "003_63e6428607ab0510.txt"
OPENING_CHARS = 11700   # the seed's labelled opening: title, contents, 案例2-1 … 案例2-4


@pytest.fixture(scope="module")
def volume(tmp_path_factory) -> Path:
    opening = SEED.read_text(encoding="utf-8")[:OPENING_CHARS]
    path = tmp_path_factory.mktemp("vol") / "volume.txt"
    path.write_text(opening + "\n\n" + opening, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def report(volume):
    return extract.read_report(volume)


def test_case_ids_are_unique_and_stable(report):
    ids = [c.id for c in report.cases]
    assert len(ids) == len(set(ids))
    first = [i for i in ids if "(" not in i]
    assert "案例2-1" in first and "案例2-1(2)" in ids
    assert ids.index("案例2-1") < ids.index("案例2-1(2)")


def test_each_renamed_id_has_a_warning_naming_the_file(report, volume):
    renamed = [c.id for c in report.cases if "(" in c.id] + [t.id for t in report.tables if "(" in t.id]
    warnings = [w for w in report.document.warnings if "is used again" in w]
    assert renamed and len(warnings) == len(renamed)
    assert all(w.startswith(str(volume)) for w in warnings)


def test_claims_of_the_second_copy_point_at_the_renamed_cases(report):
    cases = {c.id for c in report.cases}
    assert all(c.case in cases for c in report.claims if c.case)
    assert any(c.case and c.case.endswith("(2)") for c in report.claims)


def test_whole_volume_is_stored(volume, report, tmp_path):
    store = tmp_path / "v.db"
    result = CliRunner().invoke(cli, ["extract", str(volume), "--store", str(store), "--jsonl",
                                      str(tmp_path / "v.jsonl")])
    assert result.exit_code == 0, result.output
    with sqlite3.connect(store) as con:
        assert con.execute("select count(*) from claims").fetchone()[0] == len(report.claims)
        assert con.execute("select count(*) from cases").fetchone()[0] == len(report.cases)
        assert con.execute("pragma integrity_check").fetchone()[0] == "ok"
    records = [json.loads(line) for line in (tmp_path / "v.jsonl").read_text(encoding="utf-8").splitlines()]
    assert sum(r["type"] == "claim" for r in records) == len(report.claims)
