"""Batches at scale (issue 12): a time budget per file, largest files first without changing ids, the
pipeline loaded once before workers fork, and no import between the batch and the Dask modules."""
from __future__ import annotations

import ast
import time
from pathlib import Path

import pytest

from extract import batch
from extract.batch import TimeBudgetExceeded, extract_one, extract_paths, largest_first, warm_up
from extract.store import Store

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpora" / "seeds" / "003_63e6428607ab0510.txt"
BOND = ROOT / "corpora" / "real" / "bond_prospectus_page_yancheng_hitech_2023.pdf"


@pytest.fixture()
def stuck_on(monkeypatch):
    """``read_report`` that never finishes on files named stuck.txt (a stand-in for a pathological
    file), and reads every other file for real."""
    real = batch.read_report

    def read_report(path, **kwargs):
        if Path(path).name == "stuck.txt":
            time.sleep(120)
        return real(path, **kwargs)

    monkeypatch.setattr(batch, "read_report", read_report)


def two_files(tmp_path: Path) -> list[Path]:
    good = tmp_path / "good.txt"
    good.write_text(SEED.read_text(encoding="utf-8")[:4000], encoding="utf-8")
    stuck = tmp_path / "stuck.txt"
    stuck.write_text("2023 年奖助总金额为 2136.97 万元。\n", encoding="utf-8")
    return [stuck, good]


@pytest.mark.parametrize("workers", [1, 2])
def test_file_past_its_time_budget_is_a_failure_and_the_batch_goes_on(tmp_path, stuck_on, workers):
    files = two_files(tmp_path)
    started = time.monotonic()
    with Store(tmp_path / "t.db") as store:
        result = extract_paths(files, store=store, workers=workers, timeout=2)
        failures = store.failures()
    assert time.monotonic() - started < 100
    assert [d.path for d in result.ok] == [str(files[1])] and result.ok[0].claims > 0
    assert [(f.path, f.error) for f in result.failed] == [(str(files[0]), "TimeBudgetExceeded")]
    assert "time budget of 2 s per file" in result.failed[0].message
    assert [(r["path"], r["error"]) for r in failures] == [(str(files[0]), "TimeBudgetExceeded")]
    assert result.exit_code == 2


def test_time_budget_is_lifted_after_the_file(tmp_path):
    """A budget left armed would fire later, in the middle of the next file."""
    outcome = extract_one(SEED, "seed", timeout=30)
    assert not isinstance(outcome, batch.Failure)
    time.sleep(0.1)
    import signal
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert issubclass(TimeBudgetExceeded, batch.ExtractError)


def test_largest_first_keeps_the_ids_of_input_order(tmp_path):
    """Two files named report.txt: the first given keeps the plain id whichever runs first."""
    small, large = tmp_path / "a" / "report.txt", tmp_path / "b" / "report.txt"
    for path, size in ((small, 3000), (large, 30000)):
        path.parent.mkdir()
        path.write_text(SEED.read_text(encoding="utf-8")[:size], encoding="utf-8")
    assert [p for p, _ in largest_first([(small, "x"), (large, "y")])] == [large, small]
    ids = {}
    for workers in (1, 2):
        with Store(tmp_path / f"w{workers}.db") as store:
            result = extract_paths([small, large], store=store, workers=workers)
        ids[workers] = [(d.path, d.doc_id) for d in result.ok]
    assert ids[1] == ids[2]
    assert ids[1][0] == (str(small), "report") and ids[1][1][1].startswith("report-")


def test_warm_up_loads_the_pipeline_once():
    from extract.nlp.segmenter import jieba_tokenizer

    warm_up()
    loaded = jieba_tokenizer()
    warm_up()
    assert jieba_tokenizer() is loaded and jieba_tokenizer.cache_info().currsize == 1


def test_batch_and_dask_modules_do_not_import_each_other():
    tree = ast.parse((ROOT / "extract" / "distributed.py").read_text(encoding="utf-8"))
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert "batch" not in imported and "extract.batch" not in imported
