"""The SQLite store: round trip, replace-on-rewrite, doc ids, crash safety, FTS, concurrent writers."""
from __future__ import annotations

import multiprocessing
import sqlite3
from dataclasses import fields, replace

import pytest

from extract.errors import InputError, StoreError
from extract.records import Case, Cell, Check, Claim, Link, Section, Table, report_records
from extract.store import TABLES, Store
from extract.store.sqlite import _group_records

COUNTED = ("documents", "sections", "claims", "cases", "tables", "cells", "links", "checks", "sentences_fts")


def counts(store: Store) -> dict[str, int]:
    return {name: store.conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in COUNTED}


def stored_records(store: Store, doc: str) -> list[dict]:
    """The report's records as read back, in contract order, cells folded into their table."""
    out = store.records("documents", doc)
    for name in ("sections", "cases", "claims", "tables", "links", "checks"):
        rows = store.records(name, doc)
        if name == "tables":
            for row in rows:
                cells = [c for c in store.records("cells", doc) if c["table_id"] == row["id"]]
                row["cells"] = [{k: v for k, v in c.items() if k not in ("doc", "table_id")} for c in cells]
        out.extend(rows)
    return out


# -- schema -----------------------------------------------------------------------------------
@pytest.mark.parametrize("record_type, table", [
    (Section, "sections"), (Case, "cases"), (Claim, "claims"), (Table, "tables"), (Cell, "cells"),
    (Link, "links"), (Check, "checks"),
])
def test_schema_has_a_column_for_every_record_field(record_type, table):
    names = set(TABLES[table].names)
    missing = {f.name for f in fields(record_type)} - names - {"cells"}
    assert not missing


def test_schema_document_columns_follow_the_contract(report_factory):
    record = report_records(report_factory())[0]
    assert set(record) - {"type"} == set(TABLES["documents"].names)


def test_store_creates_wal_and_fts(store):
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.fts_tokenizer in ("trigram", "unicode61")


# -- round trip and replace -------------------------------------------------------------------
def test_write_report_round_trip(store, report_factory):
    report = report_factory()
    store.write_report(report)
    assert stored_records(store, "seed") == report_records(report)
    assert store.documents() == [report_records(report)[0]]


def test_claims_filters(store, report_factory):
    store.write_report(report_factory("a"))
    store.write_report(report_factory("b", text=report_factory().document.text + "\n", path="b.txt"))
    assert len(store.claims()) == 8
    assert {c["doc"] for c in store.claims(doc="a")} == {"a"}
    assert [c["text"] for c in store.claims(doc="a", kind="share")] == ["83.31%"]
    assert [c["metric"] for c in store.claims(doc="b", metric="落实")] == ["已落实就业", "总体毕业去向落实率"]
    assert store.claims(doc="nope") == []


def test_rewrite_same_document_replaces_rows(store, report_factory):
    report = report_factory()
    store.write_report(report)
    before = counts(store)
    store.write_report(report)
    assert counts(store) == before
    fewer = replace(report, claims=report.claims[:1])
    store.write_report(fewer)
    assert counts(store)["claims"] == 1 and counts(store)["sentences_fts"] == 1


def test_write_clears_an_earlier_failure_of_the_file(store, report_factory):
    store.record_failure("seed.txt", 3, InputError("seed.txt", "bad page", page=3))
    assert store.failures()[0]["message"] == "seed.txt, page 3: bad page"
    store.write_report(report_factory())
    assert store.failures() == []


# -- document ids -----------------------------------------------------------------------------
def test_doc_id_is_the_stem_then_stem_plus_sha8(store, report_factory):
    first = report_factory("2023年度报告", path="a/2023年度报告.txt")
    assert store.doc_id_for("a/2023年度报告.txt", first.document.sha256) == "2023年度报告"
    store.write_report(first)
    other_sha = "ab12cd34" + "0" * 56
    assert store.doc_id_for("b/2023年度报告.pdf", other_sha) == "2023年度报告-ab12cd34"
    assert store.doc_id_for("c/2023年度报告.txt", first.document.sha256) == "2023年度报告"
    assert store.has_sha256(first.document.sha256) == "2023年度报告"
    assert store.has_sha256(other_sha) is None


def test_doc_id_same_file_keeps_its_long_id(store, report_factory):
    store.write_report(report_factory("r", path="x/r.txt"))
    second = report_factory("r", text="其他文字。\n" + report_factory().document.text, path="y/r.txt")
    doc_id = store.doc_id_for("y/r.txt", second.document.sha256)
    assert doc_id == "r-" + second.document.sha256[:8]
    store.write_report(report_factory(doc_id, text=second.document.text, path="y/r.txt"))
    assert store.doc_id_for("y/r.txt", second.document.sha256) == doc_id
    assert [d["id"] for d in store.documents()] == ["r", doc_id]


def test_write_refuses_an_id_holding_another_file(store, report_factory):
    store.write_report(report_factory("r"))
    other = report_factory("r", text="其他文字。\n" + report_factory().document.text)
    with pytest.raises(StoreError, match="already holds another file"):
        store.write_report(other)
    assert counts(store)["claims"] == 4


# -- crash safety -----------------------------------------------------------------------------
def test_crash_mid_write_leaves_previous_rows(store, report_factory, monkeypatch):
    report = report_factory()
    store.write_report(report)
    before = stored_records(store, "seed")
    original = Store._insert_rows

    def crashing(self, name, records):
        if name == "claims":
            raise RuntimeError("disk on fire")
        original(self, name, records)

    monkeypatch.setattr(Store, "_insert_rows", crashing)
    with pytest.raises(RuntimeError):
        store.write_report(replace(report, claims=report.claims[:2]))
    assert stored_records(store, "seed") == before
    assert counts(store)["sentences_fts"] == 4
    assert not store.conn.in_transaction


def test_batches_rows_with_executemany(tmp_path, report_factory):
    with Store(tmp_path / "b.db", batch_size=1) as small:
        small.write_report(report_factory())
        assert len(small.claims()) == 4


# -- full-text search -------------------------------------------------------------------------
def test_fts_match_finds_claims_by_chinese_word(store, report_factory):
    store.write_report(report_factory())
    rows = store.conn.execute("SELECT claim_id FROM sentences_fts WHERE sentences_fts MATCH '毕业生'").fetchall()
    if store.fts_tokenizer == "trigram":
        assert {r[0] for r in rows} == {"seed#c1", "seed#c2", "seed#c3", "seed#c4"}
    assert [c["id"] for c in store.search("月平均薪资")] == ["seed#c4"]
    assert [c["id"] for c in store.search("薪资")] == ["seed#c4"]     # 2 chars: LIKE under trigram
    assert store.search("不存在的词") == []


# -- opening ----------------------------------------------------------------------------------
def test_open_missing_store_without_create(tmp_path):
    with pytest.raises(StoreError, match="no such store"):
        Store(tmp_path / "none.db", create=False)


@pytest.mark.parametrize("make", [
    lambda p: p.mkdir(),                                   # a folder
    lambda p: p.write_bytes(b"this is not a database" * 100),
])
def test_open_unusable_store_raises_store_error(tmp_path, make):
    target = tmp_path / "bad.db"
    make(target)
    with pytest.raises(StoreError, match="cannot open store"):
        Store(target)


def test_grouping_splits_table_cells(report_factory):
    grouped = _group_records(report_records(report_factory()))
    assert [c["table_id"] for c in grouped["cells"]] == ["表2-1", "表2-1"]


# -- two processes ----------------------------------------------------------------------------
def _write_many(db: str, doc_id: str, rounds: int) -> None:
    from conftest import build_report   # the child imports tests/ via sys.path (pytest rootdir)

    report = build_report(doc_id, text=f"{doc_id}。\n" + build_report().document.text, path=f"{doc_id}.txt")
    with Store(db, timeout=60) as store:
        for _ in range(rounds):
            store.write_report(report)


def test_two_processes_write_concurrently(tmp_path):
    db = str(tmp_path / "shared.db")
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_write_many, args=(db, doc, 15)) for doc in ("p1", "p2")]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join(120)
    assert [p.exitcode for p in procs] == [0, 0]
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT doc, count(*) FROM claims GROUP BY doc ORDER BY doc").fetchall() == [
        ("p1", 4), ("p2", 4)]
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 2


def test_open_store_from_a_newer_tieout(tmp_path):
    path = tmp_path / "new.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        Store(path)
