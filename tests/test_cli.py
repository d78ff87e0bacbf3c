"""The ``tieout`` CLI: extract / text / claims, exit codes, one-line errors, output formats.

Most tests replace ``read_report`` in ``extract.batch`` by a stand-in that builds a report by hand
(conftest.build_report) so they test the CLI and store, not the extraction stages; the tests using
the ``pipeline`` fixture run the real pipeline and skip while one of its stages is missing.
"""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from extract import batch
from extract.cli import _cell, _width, cli
from extract.errors import InputError

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def fake_pipeline(monkeypatch, report_factory):
    """``read_report`` for files holding the seed sentences; other files raise InputError."""
    def fake(path, *, doc_id=None):
        text = Path(path).read_text(encoding="utf-8")
        if "4786" not in text:
            raise InputError(str(path), "no claims here", page=2)
        return report_factory(doc_id or Path(path).stem, text=text, path=str(path))

    monkeypatch.setattr(batch, "read_report", fake)


@pytest.fixture
def two_files(tmp_path, seed_text) -> Path:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(seed_text, encoding="utf-8")
    (folder / "sub" / "b.txt").write_text("前言\n" + seed_text, encoding="utf-8")
    (folder / "notes.md").write_text("ignored", encoding="utf-8")
    return folder


def run(runner: CliRunner, *args: str):
    return runner.invoke(cli, list(args), catch_exceptions=False)


# -- help -------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_has_help_with_an_example(runner, name):
    result = run(runner, name, "--help")
    assert result.exit_code == 0
    assert "Example:" in result.output and "tieout " + name in result.output


# -- extract ----------------------------------------------------------------------------------
def test_extract_folder_then_list_claims(runner, fake_pipeline, two_files, tmp_path):
    db = str(tmp_path / "t.db")
    result = run(runner, "extract", str(two_files), "--store", db)
    assert result.exit_code == 0, result.stderr
    assert result.stderr.strip().splitlines()[-1] == "2 documents, 8 claims, 0 failed"
    assert result.stdout == ""
    listed = run(runner, "claims", "--store", db, "--format", "jsonl")
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    assert {r["doc"] for r in rows} == {"a", "b"} and all(r["type"] == "claim" for r in rows)


def test_extract_jsonl_to_stdout_is_pure_jsonl(runner, fake_pipeline, two_files, tmp_path):
    result = run(runner, "extract", str(two_files), "--store", str(tmp_path / "t.db"), "--jsonl", "-")
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["type"] for r in records].count("document") == 2
    assert all(next(iter(r)) == "type" for r in records)
    assert "documents" in result.stderr and "{" not in result.stderr


def test_extract_jsonl_to_file(runner, fake_pipeline, two_files, tmp_path):
    out = tmp_path / "out.jsonl"
    run(runner, "extract", str(two_files / "a.txt"), "--store", str(tmp_path / "t.db"), "--jsonl", str(out))
    lines = out.read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[0])["type"] == "document" and "毕业生" in out.read_text(encoding="utf-8")


def test_extract_twice_keeps_counts(runner, fake_pipeline, two_files, tmp_path):
    db = str(tmp_path / "t.db")
    run(runner, "extract", str(two_files), "--store", db)
    run(runner, "extract", str(two_files), "--store", db)
    listed = run(runner, "claims", "--store", db, "--format", "jsonl")
    assert len(listed.stdout.splitlines()) == 8


def test_extract_same_stem_gets_sha_suffix(runner, fake_pipeline, tmp_path, seed_text):
    for name, extra in (("x", ""), ("y", "附：\n")):
        (tmp_path / name).mkdir()
        (tmp_path / name / "2023年度报告.txt").write_text(extra + seed_text, encoding="utf-8")
    db = str(tmp_path / "t.db")
    run(runner, "extract", str(tmp_path / "x"), str(tmp_path / "y"), "--store", db)
    docs = {json.loads(r)["doc"] for r in run(runner, "claims", "--store", db, "--format", "jsonl").stdout.splitlines()}
    assert len(docs) == 2 and "2023年度报告" in docs
    assert any(d.startswith("2023年度报告-") and len(d) == len("2023年度报告-") + 8 for d in docs)


def test_extract_some_failed_exit_2_with_page(runner, fake_pipeline, two_files, tmp_path):
    (two_files / "c.txt").write_text("没有数字。\n", encoding="utf-8")
    result = run(runner, "extract", str(two_files), "--store", str(tmp_path / "t.db"))
    assert result.exit_code == 2
    assert f"tieout: {two_files / 'c.txt'}, page 2: no claims here" in result.stderr.splitlines()
    assert result.stderr.strip().splitlines()[-1] == "2 documents, 8 claims, 1 failed"


def test_extract_unexpected_error_is_one_line(runner, monkeypatch, tmp_path, seed_text):
    def broken(path, *, doc_id=None):
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setattr(batch, "read_report", broken)
    (tmp_path / "a.txt").write_text(seed_text, encoding="utf-8")
    result = run(runner, "extract", str(tmp_path / "a.txt"), "--store", str(tmp_path / "t.db"))
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"tieout: {tmp_path / 'a.txt'}: RuntimeError: boom",
                                          "0 documents, 0 claims, 1 failed"]


def test_extract_empty_folder_exit_1(runner, tmp_path):
    (tmp_path / "empty").mkdir()
    result = run(runner, "extract", str(tmp_path / "empty"), "--store", str(tmp_path / "t.db"))
    assert result.exit_code == 1
    assert result.stderr == f"tieout: no .txt, .pdf or .docx files in {tmp_path / 'empty'}\n"


def test_extract_store_that_cannot_be_opened(runner, tmp_path, seed_text):
    bad_db = tmp_path / "not.db"
    bad_db.write_bytes(b"garbage" * 200)
    (tmp_path / "a.txt").write_text(seed_text, encoding="utf-8")
    result = runner.invoke(cli, ["extract", str(tmp_path / "a.txt"), "--store", str(bad_db)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"tieout: {bad_db}: cannot open store") and len(result.stderr.splitlines()) == 1


# -- claims -----------------------------------------------------------------------------------
def test_claims_missing_store(runner, tmp_path):
    result = runner.invoke(cli, ["claims", "--store", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "no such store" in result.stderr
    assert not (tmp_path / "none.db").exists()


def test_claims_formats_and_filters(runner, fake_pipeline, two_files, tmp_path):
    db = str(tmp_path / "t.db")
    run(runner, "extract", str(two_files), "--store", db)
    table = run(runner, "claims", "--store", db, "--doc", "a").stdout.splitlines()
    assert table[0].split() == ["doc", "id", "page", "text", "kind", "metric", "normalized", "unit", "period",
                                "sentence"]
    assert len(table) == 5 and table[3].startswith("a ")
    rows = list(csv.DictReader(io.StringIO(run(runner, "claims", "--store", db, "--format", "csv").stdout)))
    assert len(rows) == 8 and rows[0]["sentence"]
    shares = run(runner, "claims", "--store", db, "--kind", "share", "--metric", "落实率", "--format", "jsonl")
    assert [json.loads(line)["text"] for line in shares.stdout.splitlines()] == ["83.31%", "83.31%"]


def test_table_cells_are_truncated_by_display_width():
    assert _width("毕业生") == 6 and _width("abc") == 3
    cut = _cell("截止2023年9月1日，2023届毕业生共4786人，已落实就业3987人")
    assert cut.endswith("…") and _width(cut) <= 28


# -- text -------------------------------------------------------------------------------------
def test_text_prints_the_source_text(runner, tmp_path, seed_text):
    path = tmp_path / "a.txt"
    path.write_text(seed_text, encoding="utf-8")
    result = runner.invoke(cli, ["text", str(path)])
    assert result.exit_code == 0
    assert result.stdout_bytes.decode("utf-8") == seed_text


def test_text_missing_file_is_one_line(runner, tmp_path):
    result = runner.invoke(cli, ["text", str(tmp_path / "gone.txt")])
    assert result.exit_code == 1
    assert result.stderr == f"tieout: {tmp_path / 'gone.txt'}: no such file\n"


# -- as a process -----------------------------------------------------------------------------
def test_module_entry_point_runs(tmp_path, seed_text):
    path = tmp_path / "a.txt"
    path.write_text(seed_text, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "extract.cli", "text", str(path)], capture_output=True,
                          cwd=ROOT, timeout=120)
    assert done.returncode == 0 and done.stdout.decode("utf-8") == seed_text


# -- the real pipeline ------------------------------------------------------------------------
def test_extract_real_pipeline(runner, pipeline, two_files, tmp_path):
    db = str(tmp_path / "t.db")
    result = run(runner, "extract", str(two_files), "--store", db, "--jsonl", "-")
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    docs = [r for r in records if r["type"] == "document"]
    assert sorted(d["id"] for d in docs) == ["a", "b"]
    claims = [r for r in records if r["type"] == "claim"]
    listed = run(runner, "claims", "--store", db, "--format", "jsonl").stdout.splitlines()
    assert len(listed) == len(claims)


# -- the library under the CLI ----------------------------------------------------------------
def test_extract_paths_result_and_run_record(fake_pipeline, two_files, store):
    (two_files / "c.txt").write_text("没有数字。\n", encoding="utf-8")
    seen = []
    result = batch.extract_paths([two_files, two_files / "gone.txt"], store=store,
                                 on_progress=lambda outcome, total: seen.append((outcome.path, total)))
    assert [Path(d.path).name for d in result.ok] == ["a.txt", "b.txt"]     # sorted: a, c, sub/b
    assert [Path(f.path).name for f in result.failed] == ["c.txt", "gone.txt"]
    assert (result.exit_code, result.claims, result.summary()) == (2, 8, "2 documents, 8 claims, 2 failed")
    assert [total for _, total in seen] == [4] * 4
    run = store.records("runs")[-1]
    assert (run["n_ok"], run["n_failed"], run["argv"]) == (2, 2, [str(two_files), str(two_files / "gone.txt")])
    assert sorted(Path(f["path"]).name for f in store.failures()) == ["c.txt", "gone.txt"]


# -- conventions (issue: CLI habits) ----------------------------------------------------------
QUERY_COMMANDS = (("claims",), ("failures",), ("documents",), ("search", "就业"), ("review", "--list"))


@pytest.fixture
def filled_db(runner, fake_pipeline, two_files, tmp_path) -> str:
    db = str(tmp_path / "t.db")
    assert run(runner, "extract", str(two_files), "--store", db).exit_code == 0
    return db


def test_python_dash_m_extract_runs_the_cli(tmp_path, seed_text):
    path = tmp_path / "a.txt"
    path.write_text(seed_text, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "extract", "text", str(path)], capture_output=True,
                          cwd=ROOT, timeout=120)
    assert done.returncode == 0 and done.stdout.decode("utf-8") == seed_text
    usage = subprocess.run([sys.executable, "-m", "extract", "claims", "--kind", "nope"], capture_output=True,
                           cwd=ROOT, timeout=120, text=True)
    assert usage.returncode == 2


@pytest.mark.parametrize("command", QUERY_COMMANDS, ids=[c[0] for c in QUERY_COMMANDS])
@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv", "table"])
def test_every_query_command_takes_every_format(runner, filled_db, command, fmt):
    result = run(runner, *command, "--store", filled_db, "--format", fmt)
    assert result.exit_code == 0, result.stderr
    if fmt == "json":
        assert isinstance(json.loads(result.stdout), list)
    elif fmt == "jsonl":
        assert all(isinstance(json.loads(line), dict) for line in result.stdout.splitlines())


def test_json_format_is_one_array_of_records(runner, filled_db):
    rows = json.loads(run(runner, "search", "就业", "--store", filled_db, "--format", "json").stdout)
    assert {r["text"] for r in rows} == {"4786人", "3987人", "83.31%"} and {r["doc"] for r in rows} == {"a", "b"}
    docs = json.loads(run(runner, "documents", "--store", filled_db, "--format", "json").stdout)
    assert [d["id"] for d in docs] == ["a", "b"]


def test_choices_are_validated_with_the_valid_ones_listed(runner, filled_db):
    result = runner.invoke(cli, ["claims", "--store", filled_db, "--kind", "amount"])
    assert result.exit_code == 2
    assert "'amount' is not one of 'count', 'money', 'measure', 'share', 'delta', 'growth', 'rank'" in result.stderr
    bad_format = runner.invoke(cli, ["documents", "--store", filled_db, "--format", "xml"])
    assert bad_format.exit_code == 2 and "'json'" in bad_format.stderr
    bad_action = runner.invoke(cli, ["review", "a", "c34", "approve", "--reviewer", "me", "--store", filled_db])
    assert bad_action.exit_code == 2 and "'confirm_link'" in bad_action.stderr


def test_dash_reads_standard_input(runner, fake_pipeline, tmp_path, seed_text):
    db = str(tmp_path / "t.db")
    result = runner.invoke(cli, ["extract", "-", "--store", db], input=seed_text.encode("utf-8"))
    assert result.exit_code == 0, result.stderr
    assert [d["id"] for d in json.loads(run(runner, "documents", "--store", db, "--format", "json").stdout)] == ["stdin"]
    text = runner.invoke(cli, ["text", "-"], input=seed_text.encode("utf-8"))
    assert text.exit_code == 0 and text.stdout_bytes.decode("utf-8") == seed_text


def test_quiet_leaves_only_errors_on_stderr(runner, fake_pipeline, two_files, tmp_path):
    db = str(tmp_path / "t.db")
    quiet = runner.invoke(cli, ["-q", "extract", str(two_files), "--store", db])
    assert quiet.exit_code == 0 and quiet.stderr == ""
    (two_files / "c.txt").write_text("没有数字。\n", encoding="utf-8")
    failed = runner.invoke(cli, ["-q", "extract", str(two_files), "--store", db])
    assert failed.exit_code == 2 and failed.stderr == f"tieout: {two_files / 'c.txt'}, page 2: no claims here\n"
    loud = runner.invoke(cli, ["extract", str(two_files), "--store", db])
    assert "documents" in loud.stderr


def test_quiet_after_the_command_name(runner, fake_pipeline, two_files, tmp_path):
    """``tieout extract DIR --store db -q``, as people write it, is ``tieout -q extract …``, not a usage error."""
    db = str(tmp_path / "t.db")
    quiet = runner.invoke(cli, ["extract", str(two_files), "--store", db, "-q"])
    assert quiet.exit_code == 0 and quiet.stderr == ""
    listed = runner.invoke(cli, ["documents", "--store", db, "--format", "csv", "--quiet"])
    assert listed.exit_code == 0 and listed.stderr == "" and listed.stdout.count("\n") == 3


def test_verbose_adds_notes(runner, tmp_path):
    import sqlite3

    from test_store import V1_DDL

    for name in ("quiet.db", "loud.db"):
        conn = sqlite3.connect(tmp_path / name)
        for statement in V1_DDL:
            conn.execute(statement)
        conn.close()
    plain = runner.invoke(cli, ["documents", "--store", str(tmp_path / "quiet.db")])
    assert plain.exit_code == 0 and plain.stderr == ""
    loud = runner.invoke(cli, ["-v", "documents", "--store", str(tmp_path / "loud.db")])
    assert loud.exit_code == 0 and "migrated from schema 1 to 4" in loud.stderr


def test_exit_codes_are_documented(runner):
    text = runner.invoke(cli, ["--help"]).output
    assert "Exit status:" in text and "0  success" in text and "2  usage error" in text
    assert "Exit status:" in runner.invoke(cli, ["extract", "--help"]).output


def test_review_from_the_shell_reaches_the_export(runner, filled_db, tmp_path):
    result = runner.invoke(cli, ["review", "a", "c34", "confirm_link", "--reviewer", "王审计", "--table", "表2-1",
                                 "--row", "毕业生", "--col", "人数", "--note", "核对无误", "--store", filled_db])
    assert result.exit_code == 0, result.stderr
    lines = '{"doc": "b", "claim_id": "c64", "action": "wrong", "reviewer": "李"}\n'
    piped = runner.invoke(cli, ["review", "-", "--store", filled_db], input=lines)
    assert piped.exit_code == 0, piped.stderr
    missing = runner.invoke(cli, ["review", "a", "c99", "wrong", "--reviewer", "me", "--store", filled_db])
    assert missing.exit_code == 1 and missing.stderr == "tieout: no claim 'c99' in document 'a'\n"
    no_name = runner.invoke(cli, ["review", "a", "c34", "wrong", "--store", filled_db])
    assert no_name.exit_code == 1 and "reviewer name is required" in no_name.stderr
    out = runner.invoke(cli, ["export", "--store", filled_db, "--jsonl", "-"])
    reviews = [r for r in map(json.loads, out.stdout.splitlines()) if r["type"] == "review"]
    assert [(r["claim_id"], r["action"], r["reviewer"], r["note"]) for r in reviews] == [
        ("c34", "confirm_link", "王审计", "核对无误"), ("c64", "wrong", "李", None)]
    listed = list(csv.DictReader(io.StringIO(run(runner, "review", "--list", "--format", "csv", "--store",
                                                 filled_db).stdout)))
    assert [r["reviewer"] for r in listed] == ["王审计", "李"]


def test_the_same_claim_id_in_two_documents_is_reviewed_per_document(runner, fake_pipeline, tmp_path, seed_text):
    """Ids are scoped to their document: two reports with the seed sentences at the same offsets both keep
    c34 … c91; `tieout claims` shows doc and id, and a decision names the document it is about."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(seed_text, encoding="utf-8")
    (folder / "a2.txt").write_text(seed_text + "附注。\n", encoding="utf-8")
    db = str(tmp_path / "t.db")
    assert run(runner, "extract", str(folder), "--store", db).exit_code == 0
    claims = json.loads(run(runner, "claims", "--store", db, "--format", "json").stdout)
    assert [(c["doc"], c["id"]) for c in claims] == [(doc, i) for doc in ("a", "a2") for i in ("c34", "c45", "c61", "c91")]
    for doc, action in (("a2", "wrong"), ("a", "confirm")):
        done = runner.invoke(cli, ["review", doc, "c34", action, "--reviewer", "王审计", "--store", db])
        assert done.exit_code == 0, done.stderr
    listed = json.loads(run(runner, "review", "--list", "--format", "json", "--store", db).stdout)
    assert [(r["doc"], r["claim_id"], r["action"]) for r in listed] == [("a2", "c34", "wrong"), ("a", "c34", "confirm")]


def test_query_commands_open_the_store_read_only(runner, filled_db, monkeypatch):
    from extract.store import Store

    opened = []
    original = Store.__init__

    def spy(self, *args, **kwargs):
        opened.append(kwargs.get("readonly", False))
        original(self, *args, **kwargs)

    monkeypatch.setattr(Store, "__init__", spy)
    for command in QUERY_COMMANDS:
        assert run(runner, *command, "--store", filled_db).exit_code == 0
    assert opened == [True] * len(QUERY_COMMANDS)


def test_readme_test_command_ends_with_the_pytest_summary():
    """``pytest -q`` prints its "N passed" line only when pyproject's addopts add no second -q."""
    import tomllib

    options = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["pytest"]["ini_options"]
    assert "-q" not in options.get("addopts", "").split()
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert ".venv/bin/python -m pytest -q" in readme
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           "tests/test_cli.py::test_table_cells_are_truncated_by_display_width"],
                          capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.stdout.strip().splitlines()[-1].startswith("1 passed")


def test_audit_of_a_stored_document_opens_the_store_read_only(runner, filled_db, monkeypatch):
    from extract.store import Store

    opened = []
    original = Store.__init__

    def spy(self, *args, **kwargs):
        opened.append(kwargs.get("readonly", False))
        original(self, *args, **kwargs)

    monkeypatch.setattr(Store, "__init__", spy)
    result = run(runner, "audit", "a", "--store", filled_db)
    assert result.exit_code == 0 and "4786" in result.stdout and opened == [True]
