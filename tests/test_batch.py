"""Batches on the real pipeline: process pool, kill and resume, two writers on one store, failures.

Inputs are copies of slices of the seed reports (the first ~12,000 characters of each, with a
distinct first line so that every copy has its own sha256): they take well under a second each.
"""
from __future__ import annotations

import multiprocessing
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from extract.batch import Failure, Skipped, extract_one, extract_paths, run_pool, store_outcome
from extract.cli import cli
from extract.store import Store

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "corpora" / "seeds").glob("*.txt"))
BAD = ROOT / "corpora" / "fixtures" / "bad"
SLICE = 12_000
pytestmark = pytest.mark.usefixtures("pipeline")


def make_copies(folder: Path, n: int, start: int = 0) -> list[Path]:
    """``n`` distinct files cut from the seeds: copy k = "副本<CJK k>" line + a slice of a seed."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for k in range(start, start + n):
        text = SEEDS[k % len(SEEDS)].read_text(encoding="utf-8")
        body = text[:text.index("\n", SLICE) + 1]
        path = folder / f"copy_{k:03d}.txt"
        path.write_text(f"副本{chr(0x4E00 + k)}\n{body}", encoding="utf-8")
        out.append(path)
    return out


def tieout(*args: str | Path, **kwargs) -> subprocess.Popen:
    """``python -m extract.cli ARGS`` in its own session (so a kill reaches its workers)."""
    return subprocess.Popen([sys.executable, "-m", "extract.cli", *map(str, args)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True, **kwargs)


def query(db: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(db, timeout=30)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def stored_docs(db: Path) -> int:
    try:
        return query(db, "SELECT count(*) FROM documents")[0][0]
    except sqlite3.OperationalError:        # not created yet
        return 0


def assert_each_file_once(db: Path, files: list[Path]) -> None:
    """Every file stored once, with its claims, and nothing else; no failures."""
    paths = sorted(p for (p,) in query(db, "SELECT path FROM documents"))
    assert paths == sorted(str(f) for f in files)
    assert query(db, "SELECT count(DISTINCT sha256) FROM documents")[0][0] == len(files)
    assert query(db, "SELECT count(*) FROM documents WHERE id NOT IN (SELECT doc FROM claims)")[0][0] == 0
    assert query(db, "SELECT count(*) FROM claims") == query(db, "SELECT count(*) FROM claims_fts")
    assert query(db, "SELECT * FROM failures") == []


def gone(pgid: int, seconds: float = 20) -> bool:
    """True once no process of the group is left."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.1)
    return False


def test_killed_batch_resumes_without_redoing_anything(tmp_path):
    files = make_copies(tmp_path / "in", 20)
    db = tmp_path / "t.db"
    proc = tieout("extract", tmp_path / "in", "--store", db, "--workers", "2")
    try:
        deadline = time.monotonic() + 120
        while stored_docs(db) < 3 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)           # the parent only: its workers must stop too
        proc.wait(30)
        assert gone(proc.pid), "pool workers outlived their killed parent"
    finally:
        if not gone(proc.pid, 0.1):
            os.killpg(proc.pid, signal.SIGKILL)
    before = stored_docs(db)
    assert 3 <= before < 20
    again = tieout("extract", tmp_path / "in", "--store", db, "--workers", "2")
    _, err = again.communicate(timeout=300)
    assert again.returncode == 0, err
    assert err.strip().splitlines()[-1].endswith(f", 0 failed, {before} skipped (already stored)")
    assert err.strip().splitlines()[-1].startswith(f"{20 - before} documents")
    assert_each_file_once(db, files)


@pytest.mark.parametrize("first, second", [((0, 8), (8, 8)), ((0, 10), (4, 12))],
                         ids=["disjoint", "overlapping"])
def test_two_extract_processes_on_one_store(tmp_path, first, second):
    copies = make_copies(tmp_path / "all", 16)
    db = tmp_path / "t.db"
    procs = []
    for name, (start, n) in zip("ab", (first, second)):
        folder = tmp_path / name
        folder.mkdir()
        for path in copies[start:start + n]:
            os.link(path, folder / path.name)
        procs.append(tieout("extract", folder, "--store", db, "--workers", "1"))
    errs = [p.communicate(timeout=300)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], errs
    expected = {c.name for start, n in (first, second) for c in copies[start:start + n]}
    stored = [Path(p).name for (p,) in query(db, "SELECT path FROM documents")]
    assert sorted(stored) == sorted(expected)
    assert query(db, "SELECT count(*) FROM claims") == query(db, "SELECT count(*) FROM claims_fts")
    assert query(db, "SELECT * FROM failures") == []


def test_pool_and_in_process_store_the_same_records(tmp_path):
    make_copies(tmp_path / "in", 4)
    shutil.copy(BAD / "junk.pdf", tmp_path / "in" / "junk.pdf")
    results = {}
    for workers in (1, 2):
        with Store(tmp_path / f"w{workers}.db") as store:
            result = extract_paths([tmp_path / "in"], store=store, workers=workers)
            records = {t: sorted(map(str, store.records(t))) for t in ("claims", "tables", "cases")}
            results[workers] = (result.summary(), [d.path for d in result.ok], records)
    assert results[1] == results[2]
    assert results[1][0].startswith("4 documents, ") and results[1][0].endswith(" claims, 1 failed")


def test_rerun_skips_stored_files_and_force_redoes_them(tmp_path):
    make_copies(tmp_path / "in", 2)
    db = str(tmp_path / "t.db")
    runner = CliRunner()
    first = runner.invoke(cli, ["extract", str(tmp_path / "in"), "--store", db])
    assert first.exit_code == 0 and first.stderr.strip().endswith("0 failed")
    again = runner.invoke(cli, ["extract", str(tmp_path / "in"), "--store", db])
    skipped = "0 documents, 0 claims, 0 failed, 2 skipped (already stored)"
    assert (again.exit_code, again.stderr.strip()) == (0, skipped)
    forced = runner.invoke(cli, ["extract", str(tmp_path / "in"), "--store", db, "--force"])
    assert forced.stderr.strip() == first.stderr.strip()


def test_same_content_under_two_names_is_stored_once(tmp_path, store):
    (path,) = make_copies(tmp_path / "in", 1)
    shutil.copy(path, tmp_path / "in" / "same.txt")
    result = extract_paths([tmp_path / "in"], store=store, workers=2)
    assert [d.doc_id for d in result.ok] == ["copy_000"]
    assert result.skipped == [Skipped(str(tmp_path / "in" / "same.txt"), "copy_000",
                                      f"{tmp_path / 'in' / 'same.txt'}: already stored as copy_000")]


def test_id_taken_by_another_process_meanwhile(tmp_path, store, report_factory):
    (path,) = make_copies(tmp_path / "in", 1)
    task = (path, store.doc_id_for(path, "0" * 64))
    extracted = extract_one(*task)
    store.write_report(report_factory(task[1]))          # another file takes the id first
    done = store_outcome(task, extracted, store=store)
    assert done.doc_id == f"{path.stem}-{extracted.document.sha256[:8]}"
    assert {d["id"] for d in store.documents()} == {task[1], done.doc_id}


def test_failures_are_stored_and_listed(tmp_path):
    make_copies(tmp_path / "in", 2)
    for name in ("empty.txt", "junk.pdf"):
        shutil.copy(BAD / name, tmp_path / "in" / name)
    db = str(tmp_path / "t.db")
    runner = CliRunner()
    result = runner.invoke(cli, ["extract", str(tmp_path / "in"), "--store", db, "--workers", "2"])
    assert result.exit_code == 2 and result.stderr.strip().endswith("2 failed")
    listed = runner.invoke(cli, ["failures", "--store", db]).stdout.splitlines()
    bad = [str(tmp_path / "in" / name) for name in ("empty.txt", "junk.pdf")]
    assert [line.split(":")[0] for line in listed] == bad
    assert listed[0].endswith("empty file  [InputError]")
    rows = runner.invoke(cli, ["failures", "--store", db, "--format", "csv"]).stdout.splitlines()
    assert rows[0] == "path,page,error,message,at,run" and len(rows) == 3


def test_a_killed_worker_fails_its_files_and_the_pool_goes_on(tmp_path):
    files = make_copies(tmp_path / "in", 8)
    results = run_pool([(path, path.stem) for path in files], 2)
    first = next(results)
    os.kill(multiprocessing.active_children()[0].pid, signal.SIGKILL)
    outcomes = [first, *results]
    assert sorted(task[0] for task, _ in outcomes) == files
    died = [o for _, o in outcomes if isinstance(o, Failure)]
    assert died and all(o.message.endswith("worker process died (BrokenProcessPool)") for o in died)
    assert len(outcomes) - len(died) >= 2       # not only the first: a new pool took the rest
