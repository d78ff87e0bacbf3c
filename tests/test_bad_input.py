"""Bad input never stops a batch and never shows a traceback: one line per bad file, exit 1 or 2.

Fixtures: corpora/fixtures/bad/ (see its README); the truncated PDF is made here.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from extract.cli import cli
from extract.errors import ExtractError
from extract.ingest import read_document

ROOT = Path(__file__).resolve().parent.parent
BAD = ROOT / "corpora" / "fixtures" / "bad"
ANNUAL_REPORT = ROOT / "corpora" / "real" / "annual_report_600201_jinyu_biotech_2020.pdf"
TIEOUT = Path(sys.executable).parent / "tieout"


@pytest.fixture
def truncated_pdf(tmp_path) -> Path:
    data = ANNUAL_REPORT.read_bytes()
    path = tmp_path / "truncated.pdf"
    path.write_bytes(data[: int(len(data) * 0.3)])
    return path


@pytest.fixture
def bad_folder(tmp_path, truncated_pdf) -> Path:
    """empty.txt, junk.txt, junk.pdf and a truncated PDF: nothing extractable."""
    folder = tmp_path / "bad"
    folder.mkdir()
    for name in ("empty.txt", "junk.txt", "junk.pdf"):
        shutil.copy(BAD / name, folder / name)
    shutil.move(truncated_pdf, folder / "truncated.pdf")
    return folder


def extract(*args: str):
    return CliRunner().invoke(cli, ["extract", *args])


def assert_one_line_per_bad_file(stderr: str, bad: list[Path]) -> None:
    assert "Traceback" not in stderr
    lines = [line for line in stderr.splitlines() if line.startswith("tieout: ")]
    assert len(lines) == len(bad)
    for path in bad:
        assert sum(line.startswith(f"tieout: {path}") for line in lines) == 1, path


# -- one file at a time -----------------------------------------------------------------------
@pytest.mark.parametrize("name, reason", [
    ("empty.txt", "empty"),
    ("junk.txt", "binary"),
    ("junk.pdf", "not a PDF"),
])
def test_bad_file_is_one_line_exit_1(tmp_path, name, reason):
    with pytest.raises(ExtractError, match=reason):
        read_document(BAD / name)
    result = extract(str(BAD / name), "--store", str(tmp_path / "t.db"))
    assert result.exit_code == 1
    assert_one_line_per_bad_file(result.stderr, [BAD / name])
    assert result.stderr.splitlines()[-1] == "0 documents, 0 claims, 1 failed"


def test_truncated_pdf_is_one_line(tmp_path, truncated_pdf):
    with pytest.raises(ExtractError):
        read_document(truncated_pdf)
    result = extract(str(truncated_pdf), "--store", str(tmp_path / "t.db"))
    assert result.exit_code == 1
    assert_one_line_per_bad_file(result.stderr, [truncated_pdf])


def test_missing_path_counts_as_failed(tmp_path):
    missing = tmp_path / "gone.txt"
    result = extract(str(missing), str(tmp_path / "gone-folder"), "--store", str(tmp_path / "t.db"))
    assert result.exit_code == 1
    assert_one_line_per_bad_file(result.stderr, [missing, tmp_path / "gone-folder"])
    assert "no such file" in result.stderr


def test_failures_are_recorded_in_the_store(tmp_path, bad_folder):
    from extract.store import Store

    extract(str(bad_folder), "--store", str(tmp_path / "t.db"))
    with Store(tmp_path / "t.db") as store:
        failed = store.failures()
    assert sorted(Path(f["path"]).name for f in failed) == ["empty.txt", "junk.pdf", "junk.txt",
                                                          "truncated.pdf"]
    assert all(f["message"].startswith(f["path"]) for f in failed)


# -- GBK text ---------------------------------------------------------------------------------
def test_gbk_text_is_read_as_gb18030():
    document = read_document(BAD / "gbk.txt")
    assert document.encoding == "gb18030"
    assert "毕业生共 4786 人" in document.text


def test_gbk_text_prints_as_utf8():
    result = CliRunner().invoke(cli, ["text", str(BAD / "gbk.txt")])
    assert result.exit_code == 0
    assert result.stdout_bytes.decode("utf-8") == (BAD / "gbk.txt").read_bytes().decode("gb18030")


def test_gbk_text_is_extracted(tmp_path, pipeline):
    result = extract(str(BAD / "gbk.txt"), "--store", str(tmp_path / "t.db"), "--jsonl", "-")
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout.splitlines()[0])
    assert document["type"] == "document" and document["encoding"] == "gb18030" and document["id"] == "gbk"


# -- folders ----------------------------------------------------------------------------------
def test_folder_of_good_and_bad_files_exit_2(tmp_path, bad_folder, seed_text, pipeline):
    (bad_folder / "good.txt").write_text(seed_text, encoding="utf-8")
    shutil.copy(BAD / "gbk.txt", bad_folder / "gbk.txt")
    db = str(tmp_path / "t.db")
    result = extract(str(bad_folder), str(tmp_path / "gone.txt"), "--store", db)
    assert result.exit_code == 2, result.stderr
    bad = [bad_folder / n for n in ("empty.txt", "junk.pdf", "junk.txt", "truncated.pdf")]
    assert_one_line_per_bad_file(result.stderr, bad + [tmp_path / "gone.txt"])
    for reason in ("empty file", "binary file", "no %PDF header", "truncated PDF", "no such file"):
        assert reason in result.stderr
    assert result.stderr.splitlines()[-1].startswith("2 documents, ")
    listed = CliRunner().invoke(cli, ["claims", "--store", db, "--format", "jsonl"])
    assert listed.exit_code == 0
    assert {json.loads(line)["doc"] for line in listed.stdout.splitlines()} <= {"good", "gbk"}


def test_folder_of_bad_files_exit_1(tmp_path, bad_folder):
    result = extract(str(bad_folder), "--store", str(tmp_path / "t.db"))
    assert result.exit_code == 1
    assert_one_line_per_bad_file(result.stderr, sorted(bad_folder.iterdir()))
    assert result.stderr.splitlines()[-1] == "0 documents, 0 claims, 4 failed"


@pytest.mark.skipif(not TIEOUT.exists(), reason="console script not installed (pip install -e .)")
def test_console_script_on_bad_folder(tmp_path, bad_folder):
    done = subprocess.run([str(TIEOUT), "extract", str(bad_folder), str(tmp_path / "gone.txt"),
                           "--store", str(tmp_path / "t.db"), "--jsonl", "-"],
                          capture_output=True, timeout=300, cwd=tmp_path)
    stderr = done.stderr.decode("utf-8")
    assert done.returncode == 1, stderr
    assert done.stdout == b""
    assert_one_line_per_bad_file(stderr, sorted(bad_folder.iterdir()) + [tmp_path / "gone.txt"])
    assert stderr.splitlines()[-1] == "0 documents, 0 claims, 5 failed"
