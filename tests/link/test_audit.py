"""The audit views: conflicts first, unsupported claims, escaped report text, CLI command."""
from __future__ import annotations

import csv
import io
from pathlib import Path

from click.testing import CliRunner

from extract.audit import audit_html, audit_rows, audit_text, build_audit, highlight, write_csv
from extract.cli import cli

ROOT = Path(__file__).resolve().parents[2]
EVIL = "全日制在校生<script>alert(1)</script>总数228528人"


def records() -> dict:
    claims = [
        {"id": "d#1", "doc": "d", "page": 3, "char_start": 10, "text": "1204.28", "value": 1204.28, "unit": "",
         "metric": "国家助学贷款金额", "sentence": "国家助学贷款金额为1204.28，占比全年总奖助金额的56.35%。"},
        {"id": "d#2", "doc": "d", "page": 9, "char_start": 90, "text": "228528人", "value": 228528, "unit": "人",
         "metric": "全日制在校生总数", "sentence": EVIL},
        {"id": "d#3", "doc": "d", "page": 9, "char_start": 95, "text": "4所", "value": 4, "unit": "所",
         "metric": "院校", "sentence": "共有国家示范性高职院校4所。"}]
    tables = [{"id": "附表6", "caption": "落实政策表<b>", "doc": "d"}, {"id": "表2-10", "caption": "奖助", "doc": "d"}]
    cells = [{"table_id": "附表6", "row": "全日制在校生人数", "col": "2023年", "text": "223488", "value": 223488},
             {"table_id": "表2-10", "row": "2023金额", "col": "国家助学贷款", "text": "1204.28", "value": 1204.28}]
    links = [{"claim_id": "d#1", "table_id": "表2-10", "row": "2023金额", "col": "国家助学贷款", "value": 1204.28,
              "status": "match", "score": 0.97},
             {"claim_id": "d#2", "table_id": "附表6", "row": "全日制在校生人数", "col": "2023年", "value": 223488,
              "status": "conflict", "score": 0.98}]
    checks = [{"id": "d#check-sum-1", "kind": "sum", "claims": [], "cells": ["附表6/合计/2023年"], "ok": False,
               "explanation": "附表6 合计/2023年 as the sum of 3 cells: stated 9, expected 10."}]
    return {"claims": claims, "tables": tables, "cells": cells, "links": links, "checks": checks}


def test_html_puts_conflict_first_and_escapes_report_text():
    page = audit_html(build_audit("d", records()))
    assert "<script>" not in page and "&lt;script&gt;" in page and "&lt;b&gt;" in page
    assert page.index("Conflicts") < page.index("228528") < page.index("Failed checks")


def test_html_is_self_contained():
    page = audit_html(build_audit("d", records()))
    assert "<style>" in page and "http" not in page and "<link" not in page and "src=" not in page


def test_highlight_marks_the_number_and_escapes_the_rest():
    out = highlight(EVIL, "228528 人")
    assert "<mark>228528人</mark>" in out and "&lt;script&gt;" in out


def test_rows_and_text_order_conflicts_failed_checks_then_claims():
    audit = build_audit("d", records())
    sections = [r["section"] for r in audit_rows(audit)]
    assert sections[:2] == ["conflict", "failed check"] and sections[2:] == ["claim"] * 3
    text = audit_text(audit)
    assert text.splitlines()[1].startswith("CONFLICT: p.9 228528人 -> 附表6")
    assert "unsupported: p.9 4所 -> unsupported" in text
    failed = text.splitlines()[2]
    assert failed.startswith("FAILED sum") and failed.endswith("[cells 附表6/合计/2023年]")   # what it used


def test_csv_has_header_and_one_row_per_item():
    out = io.StringIO()
    write_csv(build_audit("d", records()), out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(rows) == 5 and rows[0]["status"] == "conflict" and rows[-1]["status"] == "unsupported"


def test_cli_audit_extracts_a_new_file_then_reads_it_by_id(tmp_path):
    runner = CliRunner()
    seed = ROOT / "corpora" / "seeds" / "003_63e6428607ab0510.txt"
    db, page, table = tmp_path / "a.db", tmp_path / "a.html", tmp_path / "a.csv"
    result = runner.invoke(cli, ["audit", str(seed), "--store", str(db), "--html", str(page), "--csv", str(table)])
    assert result.exit_code == 0, result.output
    assert "CONFLICT: p.1 228528" in result.output
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    again = runner.invoke(cli, ["audit", "003_63e6428607ab0510", "--store", str(db)])
    assert again.exit_code == 0 and again.output == result.output
    missing = runner.invoke(cli, ["audit", "no-such-doc", "--store", str(db)])
    assert missing.exit_code == 1
