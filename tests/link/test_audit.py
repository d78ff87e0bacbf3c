"""The audit views: conflicts first, unsupported claims, escaped report text, CLI command."""
from __future__ import annotations

import csv
import io
from pathlib import Path

from click.testing import CliRunner

from extract.audit import audit_html, audit_rows, audit_text, build_audit, highlight, write_csv
from extract.cli import cli

ROOT = Path(__file__).resolve().parents[2]
# seed 000 (before its last dev-gold claim): the bracket under 表2-5 that swaps its 2023 figures, with markup put in.
EVIL = "（严重心理问题为A类<script>alert(1)</script>217人，一般心理问题为B类182人，C类即异常人数中除去A类和B类的学生，据此做饼状图。）"


# seed 000 表3-3: "同比增长4.4%" where its rows give 1146 -> 1199 (+4.62%).
LOCAL = ["表3-3/其中：A类：留在当地就业/2023年", "表3-3/其中：A类：留在当地就业/2022年"]


def records() -> dict:
    claims = [
        {"id": "d#1", "doc": "d", "page": 3, "char_start": 10, "text": "1204.28", "value": 1204.28, "unit": "",
         "metric": "国家助学贷款金额", "sentence": "国家助学贷款金额为1204.28，占比全年总奖助金额的56.35%。"},
        {"id": "d#2", "doc": "d", "page": 13, "char_start": 90, "text": "217人", "value": 217, "unit": "人",
         "metric": "严重心理问题为A类", "sentence": EVIL},
        {"id": "d#3", "doc": "d", "page": 9, "char_start": 95, "text": "4所", "value": 4, "unit": "所",
         "metric": "院校", "sentence": "共有国家示范性高职院校4所。"}]
    tables = [{"id": "表2-5", "caption": "新生心理普查与筛查情况统计表<b>", "doc": "d"},
              {"id": "表2-10", "caption": "奖助", "doc": "d"}]
    cells = [{"table_id": "表2-5", "row": "2023", "col": "严重心理问题（人）", "text": "182", "value": 182},
             {"table_id": "表2-10", "row": "2023金额", "col": "国家助学贷款", "text": "1204.28", "value": 1204.28}]
    links = [{"claim_id": "d#1", "table_id": "表2-10", "row": "2023金额", "col": "国家助学贷款", "value": 1204.28,
              "status": "match", "score": 0.97},
             {"claim_id": "d#2", "table_id": "表2-5", "row": "2023", "col": "严重心理问题（人）", "value": 182,
              "status": "conflict", "score": 0.98}]
    checks = [{"id": "d#check-growth-1", "kind": "growth", "claims": [], "cells": LOCAL, "ok": False,
               "explanation": "growth from 2022年 1146 to 1199 in 表3-3: (1199 - 1146) / 1146 x 100: stated 4.4, "
                              "expected 4.6248 (allowed 4.5748 to 4.6748)."}]
    return {"claims": claims, "tables": tables, "cells": cells, "links": links, "checks": checks}


def test_html_puts_conflict_first_and_escapes_report_text():
    page = audit_html(build_audit("d", records()))
    assert "<script>" not in page and "&lt;script&gt;" in page and "&lt;b&gt;" in page
    assert page.index("Conflicts") < page.index("217人") < page.index("Failed checks")


def test_html_is_self_contained():
    page = audit_html(build_audit("d", records()))
    assert "<style>" in page and "http" not in page and "<link" not in page and "src=" not in page


def test_highlight_marks_the_number_and_escapes_the_rest():
    out = highlight(EVIL, "217 人")
    assert "<mark>217人</mark>" in out and "&lt;script&gt;" in out


def test_rows_and_text_order_conflicts_failed_checks_then_claims():
    audit = build_audit("d", records())
    sections = [r["section"] for r in audit_rows(audit)]
    assert sections[:2] == ["conflict", "failed check"] and sections[2:] == ["claim"] * 3
    text = audit_text(audit)
    assert text.splitlines()[1].startswith("CONFLICT: p.13 217人 -> 表2-5 [2023 / 严重心理问题（人）] = 182")
    assert "unsupported: p.9 4所 -> unsupported" in text
    failed = text.splitlines()[2]
    assert failed.startswith("FAILED growth") and failed.endswith(f"[cells {' '.join(LOCAL)}]")   # what it used


def test_csv_has_header_and_one_row_per_item():
    out = io.StringIO()
    write_csv(build_audit("d", records()), out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(rows) == 5 and rows[0]["status"] == "conflict" and rows[-1]["status"] == "unsupported"


def test_cli_audit_extracts_a_new_file_then_reads_it_by_id(tmp_path):
    runner = CliRunner()
    seed = ROOT / "corpora" / "seeds" / "000_0d6d81e4e345128e.txt"
    db, page, table = tmp_path / "a.db", tmp_path / "a.html", tmp_path / "a.csv"
    result = runner.invoke(cli, ["audit", str(seed), "--store", str(db), "--html", str(page), "--csv", str(table)])
    assert result.exit_code == 0, result.output
    assert "CONFLICT: p.13 217 人 -> 表2-5 [2023 / 严重心理问题（人）] = 182" in result.output
    assert page.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    again = runner.invoke(cli, ["audit", "000_0d6d81e4e345128e", "--store", str(db)])
    assert again.exit_code == 0 and again.output == result.output
    missing = runner.invoke(cli, ["audit", "no-such-doc", "--store", str(db)])
    assert missing.exit_code == 1
