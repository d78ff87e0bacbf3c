"""``tieout extract --scheduler``: the same extraction mapped over a real Dask cluster.

A ``LocalCluster`` of two worker processes (one thread each) on 127.0.0.1 extracts the two seeds
and one small PDF; the store must hold exactly the rows a local ``--workers 1`` run stores.
"""
from __future__ import annotations

import socket
from pathlib import Path

import pytest
from click.testing import CliRunner

from extract.cli import cli
from extract.distributed import SchedulerError, connect
from extract.store import Store

distributed = pytest.importorskip("distributed")

ROOT = Path(__file__).resolve().parent.parent
INPUTS = ("corpora/seeds", "corpora/real/bond_prospectus_page_yancheng_hitech_2023.pdf")
COMPARED = ("documents", "sections", "claims", "cases", "tables", "cells", "links", "checks")


@pytest.fixture(scope="module")
def cluster():
    """Two worker processes on loopback, shut down whatever the tests do."""
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None, worker_dashboard_address=None) as local:
        yield local


def rows(db: Path) -> dict[str, list[str]]:
    """Every record of the compared tables, sorted (run-independent)."""
    with Store(db, create=False) as store:
        return {name: sorted(map(repr, store.records(name))) for name in COMPARED}


def test_scheduler_run_stores_what_a_local_run_stores(cluster, pipeline, tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)             # relative paths: workers get absolute ones, the store keeps these
    runner = CliRunner()
    for name, how in (("dask", ["--scheduler", cluster.scheduler_address]), ("local", ["--workers", "1"])):
        result = runner.invoke(cli, ["extract", *INPUTS, "--store", str(tmp_path / f"{name}.db"), *how])
        assert result.exit_code == 0, result.stderr
        assert result.stderr.strip().startswith("3 documents,")
    dask_rows, local_rows = rows(tmp_path / "dask.db"), rows(tmp_path / "local.db")
    assert all(local_rows[name] for name in ("documents", "claims", "tables", "cases"))
    assert dask_rows == local_rows
    with Store(tmp_path / "dask.db") as store:
        assert sorted(d["path"] for d in store.documents()) == [
            INPUTS[1], "corpora/seeds/000_0d6d81e4e345128e.txt", "corpora/seeds/003_63e6428607ab0510.txt"]


def test_scheduler_run_records_failures_and_skips(cluster, pipeline, tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    db = str(tmp_path / "t.db")
    runner = CliRunner()
    args = ["extract", str(ROOT / INPUTS[1]), str(tmp_path / "empty.txt"), "--store", db,
            "--scheduler", cluster.scheduler_address]
    first = runner.invoke(cli, args)
    summary = first.stderr.strip().splitlines()[-1]
    assert first.exit_code == 2 and summary.startswith("1 document,") and summary.endswith(" 1 failed")
    assert f"tieout: {tmp_path / 'empty.txt'}: empty file" in first.stderr
    again = runner.invoke(cli, args)
    assert again.stderr.strip().endswith("1 failed, 1 skipped (already stored)")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_unreachable_scheduler_is_one_error():
    with pytest.raises(SchedulerError, match="cannot reach the Dask scheduler"):
        connect(f"tcp://127.0.0.1:{free_port()}", timeout="1s")
