"""The SQLite store: round trip, replace-on-rewrite, doc ids, crash safety, keys, search, migration,
read-only use, concurrent writers."""
from __future__ import annotations

import multiprocessing
import os
import re
import sqlite3
import subprocess
import sys
from dataclasses import fields, replace
from pathlib import Path

import pytest

from extract.errors import InputError, StoreError
from extract.records import Case, Cell, Check, Claim, Link, Section, Table, report_records
from extract.store import SCHEMA_VERSION, TABLES, Store
from extract.store.sqlite import group_records

COUNTED = ("documents", "sections", "claims", "cases", "tables", "cells", "links", "checks", "claims_fts")
NOT_STORED = {"rule"}      # a Claim field outside the record contract


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
    missing = {f.name for f in fields(record_type)} - names - {"cells"} - NOT_STORED
    assert not missing


def test_schema_document_columns_follow_the_contract(report_factory):
    record = report_records(report_factory())[0]
    assert set(record) - {"type"} == set(TABLES["documents"].names)


def test_store_creates_wal_and_a_schema_version(store):
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.version == SCHEMA_VERSION == 5


def contract(records: list[dict]) -> list[dict]:
    """Records as the store keeps them: '' is NULL except for units, fields outside the contract dropped."""
    out = []
    for record in records:
        row = {k: (None if v == "" and k != "unit" else v) for k, v in record.items() if k not in NOT_STORED}
        if "cells" in row:
            row["cells"] = [{k: (None if v == "" and k != "unit" else v) for k, v in c.items()} for c in row["cells"]]
        if row.get("type") == "table":
            row.setdefault("reason", None)      # tables.reason: why a table has no cells (None when it has)
        out.append(row)
    return out


# -- round trip and replace -------------------------------------------------------------------
def test_write_report_round_trip(store, report_factory):
    report = report_factory()
    store.write_report(report)
    assert stored_records(store, "seed") == contract(report_records(report))
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
    assert counts(store)["claims"] == 1 and len(store.search("毕业生")) == 1


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
    assert len(store.search("毕业生")) == 4
    assert not store.conn.in_transaction


def test_batches_rows_with_executemany(tmp_path, report_factory):
    with Store(tmp_path / "b.db", batch_size=1) as small:
        small.write_report(report_factory())
        assert len(small.claims()) == 4


# -- full-text search -------------------------------------------------------------------------
def test_search_finds_one_and_two_character_words(store, report_factory):
    store.write_report(report_factory())
    assert [c["id"] for c in store.search("月平均薪资")] == ["c91"]
    assert [c["id"] for c in store.search("薪资")] == ["c91"]
    assert [c["id"] for c in store.search("就业")] == ["c34", "c45", "c61"]
    assert [c["id"] for c in store.search("为")] == ["c34", "c45", "c61", "c91"]
    assert [c["id"] for c in store.search("毕业生 薪资")] == ["c91"]      # every word required
    assert store.search("不存在的词") == []


def test_fts_rows_lead_to_the_claim_sentence_and_page(store, report_factory):
    store.write_report(report_factory())
    rows = store.conn.execute(
        "SELECT c.doc, c.id, c.page, c.sentence FROM claims_fts f JOIN claims c ON c.rowid = f.rowid "
        "WHERE claims_fts MATCH '就业' ORDER BY c.char_start").fetchall()
    assert [tuple(r)[:3] for r in rows] == [("seed", "c34", 1), ("seed", "c45", 1), ("seed", "c61", 1)]
    assert "已落实就业3987人" in rows[0][3]


# -- keys ---------------------------------------------------------------------------------------
def declared_foreign_keys(store: Store, table: str) -> set[str]:
    return {row[2] for row in store.conn.execute(f'PRAGMA foreign_key_list("{table}")')}


@pytest.mark.parametrize("table, parents", [
    ("sections", {"documents"}), ("claims", {"documents", "sections", "cases"}), ("cases", {"documents"}),
    ("tables", {"documents"}), ("cells", {"tables"}), ("links", {"claims", "tables", "cells"}),
    ("checks", {"documents"}), ("check_claims", {"checks", "claims"}), ("check_cells", {"checks", "cells", "tables"}),
    ("case_claims", {"cases", "claims"}), ("reviews", {"documents"}), ("texts", {"documents"}),
])
def test_every_record_table_declares_its_foreign_keys(store, table, parents):
    assert declared_foreign_keys(store, table) == parents


def test_links_and_cells_have_primary_keys(store):
    for table in ("links", "cells", "check_claims"):
        pk = [row[1] for row in store.conn.execute(f'PRAGMA table_info("{table}")') if row[5]]
        assert pk, table


def test_keys_resolve_and_checks_are_clean(store, report_factory):
    store.write_report(report_factory())
    assert store.check() == []
    section, case = store.conn.execute(
        "SELECT section_id, case_id FROM claims WHERE id = 'c34'").fetchone()
    assert (section, case) == ("s1", None)        # the claim names no case
    cell = store.conn.execute("SELECT c.text FROM links l JOIN cells c ON c.doc = l.doc "
                              "AND c.table_id = l.table_id AND c.n = l.cell").fetchone()[0]
    assert cell == "4786"
    assert [tuple(r) for r in store.conn.execute("SELECT claim_id FROM check_claims ORDER BY claim_id")] == [
        ("c34",), ("c45",)]


def test_empty_text_is_null_and_no_unit_is_empty(store, report_factory):
    store.write_report(report_factory())
    assert store.conn.execute("SELECT count(*) FROM claims WHERE direction = ''").fetchone()[0] == 0
    assert store.conn.execute("SELECT count(*) FROM claims WHERE direction IS NULL").fetchone()[0] == 4
    assert store.conn.execute("SELECT unit FROM cells WHERE text = '83.31'").fetchone()[0] == ""


def test_repeated_record_ids_keep_the_document(store, report_factory):
    report = report_factory()
    twice = replace(report, tables=report.tables * 2, sections=report.sections * 2)
    store.write_report(twice)
    assert counts(store)["tables"] == 1 and counts(store)["claims"] == 4 and store.check() == []


def test_source_text_and_pages_are_stored(store, report_factory):
    report = report_factory()
    store.write_report(report)
    assert store.text("seed") == report.document.text
    assert store.pages("seed") == [(1, 0, len(report.document.text))]


# -- migration ----------------------------------------------------------------------------------
V1_DDL = [
    "CREATE TABLE documents (id TEXT, path TEXT, sha256 TEXT, format TEXT, encoding TEXT, pages INTEGER, "
    "chars INTEGER, title TEXT, org TEXT, year INTEGER, PRIMARY KEY (id))",
    "CREATE TABLE claims (doc TEXT, id TEXT, char_start INTEGER, char_end INTEGER, page INTEGER, text TEXT, "
    "value NUMERIC, scale NUMERIC, unit TEXT, normalized NUMERIC, kind TEXT, bound TEXT, direction TEXT, "
    "metric TEXT, period TEXT, baseline TEXT, subject TEXT, \"case\" TEXT, section TEXT, sentence TEXT, "
    "high NUMERIC, rule TEXT, PRIMARY KEY (doc, id))",
    "CREATE INDEX idx_claims_kind ON claims (kind)",
    "CREATE TABLE reviews (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, reviewer TEXT NOT NULL, "
    "doc TEXT NOT NULL, claim_id TEXT NOT NULL, action TEXT NOT NULL, table_id TEXT, \"row\" TEXT, col TEXT, "
    "field TEXT, value TEXT, note TEXT)",
    "CREATE VIRTUAL TABLE sentences_fts USING fts5(doc UNINDEXED, claim_id UNINDEXED, sentence, tokenize='trigram')",
    "PRAGMA user_version = 1",
]


def test_a_version_1_store_is_migrated(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for statement in V1_DDL:
        conn.execute(statement)
    conn.execute("INSERT INTO documents VALUES ('d', 'd.txt', 'ab', 'txt', 'utf-8', 1, 40, 'T', NULL, 2023)")
    conn.execute("INSERT INTO claims VALUES ('d', 'd#1', 5, 11, 1, '4786人', 4786, 1, '人', 4786, 'count', '=', "
                 "'', '毕业生', NULL, NULL, NULL, NULL, NULL, '2023届毕业生共4786人', NULL, '')")
    conn.execute("INSERT INTO reviews (at, reviewer, doc, claim_id, action) VALUES ('t', '王审', 'd', 'd#1', 'wrong')")
    conn.commit()
    conn.close()
    with Store(path) as store:
        assert store.version == SCHEMA_VERSION
        assert [c["id"] for c in store.search("毕业生")] == ["c5"]      # d#1 at offset 5
        assert store.claims()[0]["direction"] is None                    # '' became NULL
        assert [(r["reviewer"], r["claim_id"]) for r in store.records("reviews")] == [("王审", "c5")]
        assert store.check() == []
        assert "rule" not in store.claims()[0]


def test_a_version_2_store_gains_the_encoding_confidence(tmp_path, report_factory):
    path = tmp_path / "v2.db"
    with Store(path) as store:
        store.write_report(report_factory())
        store.conn.execute("ALTER TABLE documents DROP COLUMN encoding_confidence")
        store.conn.execute("PRAGMA user_version = 2")
    with Store(path) as store:
        assert store.version == SCHEMA_VERSION and store.check() == []
        assert store.documents()[0]["encoding_confidence"] is None and len(store.claims()) == 4


def test_a_version_3_store_gains_the_organisations_table(tmp_path, report_factory):
    path = tmp_path / "v3.db"
    with Store(path) as store:
        store.write_report(report_factory())
        store.conn.execute("DROP TABLE organisations")
        store.conn.execute("PRAGMA user_version = 3")
    with Store(path) as store:
        assert store.version == SCHEMA_VERSION and store.check() == []
        assert store.records("organisations") == [] and len(store.claims()) == 4


# -- short document-scoped ids (record contract 2) and the 4 -> 5 migration ---------------------------
SEED = Path(__file__).resolve().parent.parent / "corpora/seeds/000_0d6d81e4e345128e.txt"
SHORT_CLAIM_ID = re.compile(r"c\d+(\(\d+\))?")


@pytest.fixture(scope="module")
def seed_part(tmp_path_factory) -> Path:
    """The first part of the college seed (its dev-gold region: tables, a case, links and checks)."""
    path = tmp_path_factory.mktemp("seed") / "college.txt"
    path.write_text(SEED.read_text(encoding="utf-8")[:12000], encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def seed_report(seed_part):
    from extract.api import read_report

    return read_report(seed_part)


def test_ids_are_short_scoped_to_the_document_and_stable(seed_report, seed_part):
    from extract.api import read_report
    from extract.records import CONTRACT_VERSION

    report = seed_report
    assert report_records(report)[0]["contract"] == CONTRACT_VERSION == 2
    claims = {c.id for c in report.claims}
    assert len(claims) == len(report.claims) and all(SHORT_CLAIM_ID.fullmatch(i) for i in claims)
    assert {c.id for c in report.claims if c.char_start == 363} == {"c363"}     # 毕业生共4786人 …
    assert report.links and {link.claim_id for link in report.links} <= claims
    assert report.checks and all(re.fullmatch(r"check-[a-z]+-[0-9a-f]{10}", k.id) for k in report.checks)
    assert all(set(k.claims) <= claims for k in report.checks) and all(set(c.claims) <= claims for c in report.cases)
    again = read_report(seed_part, doc_id="college-copy")         # a re-run, under another document id
    for group in ("claims", "checks", "cases", "tables", "sections"):
        assert [r.id for r in getattr(again, group)] == [r.id for r in getattr(report, group)], group
    assert [link.claim_id for link in again.links] == [link.claim_id for link in report.links]


def test_claims_sharing_an_offset_keep_apart():
    from extract.records import short_claim_ids

    assert short_claim_ids([363, 363, 997, 363]) == ["c363", "c363(2)", "c997", "c363(3)"]
    assert short_claim_ids([5, None], ["c5", "x"]) == ["c5", "x"]


def as_version_4(report):
    """The report as tieout wrote it before contract 2: ids repeat the document id ("DOC#363"), checks are
    named from those ids ("DOC#check-share-…")."""
    from extract.link.checks import check_id

    doc = report.document.doc_id
    long = {c.id: f"{doc}#{c.char_start}" for c in report.claims}
    checks = tuple(replace(k, claims=tuple(long[i] for i in k.claims)) for k in report.checks)
    return replace(report, claims=tuple(replace(c, id=long[c.id]) for c in report.claims),
                   cases=tuple(replace(c, claims=tuple(long[i] for i in c.claims)) for c in report.cases),
                   links=tuple(replace(link, claim_id=long[link.claim_id]) for link in report.links),
                   checks=tuple(replace(k, id=check_id(doc, k.kind, k.claims, k.cells)) for k in checks))


def _without_reason(records: list[dict]) -> list[dict]:
    return [{k: v for k, v in r.items() if k != "reason"} for r in records]


DOC_RECORD_TABLES = ("sections", "cases", "claims", "tables", "cells", "links", "checks", "case_claims",
                     "check_claims", "check_cells")


def test_a_version_4_store_gets_short_ids(tmp_path, seed_report):
    """A store as version 4 wrote it (long ids, no documents.contract, no tables.reason), with a review,
    is migrated in place to the store the current tieout writes; keys and integrity stay clean."""
    from extract.store.reviews import Review, add_review

    doc = seed_report.document.doc_id
    old = as_version_4(seed_report)
    linked = old.links[0].claim_id
    path = tmp_path / "v4.db"
    with Store(path) as store:
        store.write_report(old)
        add_review(store, Review(doc, linked, "confirm_link", "王审计", table_id=old.links[0].table_id))
        add_review(store, Review(doc, old.checks[0].claims[0], "wrong", "李"))
        store.conn.execute("ALTER TABLE documents DROP COLUMN contract")
        store.conn.execute("ALTER TABLE tables DROP COLUMN reason")
        store.conn.execute("PRAGMA user_version = 4")
        assert store.conn.execute("SELECT id FROM claims LIMIT 1").fetchone()[0].startswith(doc + "#")
    fresh = tmp_path / "fresh.db"
    with Store(fresh) as store:
        store.write_report(seed_report)
    with Store(path) as migrated, Store(fresh) as expected:
        assert migrated.version == SCHEMA_VERSION == 5 and migrated.check() == []
        assert [r[0] for r in migrated.conn.execute("PRAGMA integrity_check")] == ["ok"]
        assert migrated.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        for name in DOC_RECORD_TABLES:
            assert _without_reason(migrated.records(name, doc)) == _without_reason(expected.records(name, doc)), name
        # a version 4 store kept no reason: a table of words ("no figures: …") has none after the migration
        assert {t["id"] for t in migrated.records("tables", doc) if t["reason"]} == set()
        assert migrated.documents()[0]["contract"] == 2
        assert [c["id"] for c in migrated.search("就业")] == [c["id"] for c in expected.search("就业")] != []
        reviews = migrated.records("reviews", doc)
        assert [r["claim_id"] for r in reviews] == [seed_report.links[0].claim_id, seed_report.checks[0].claims[0]]
        assert all(SHORT_CLAIM_ID.fullmatch(r["claim_id"]) for r in reviews)


def test_two_documents_with_the_same_claim_ids_are_kept_and_reviewed_apart(store, report_factory):
    from extract.store.reviews import Review, add_review

    a, b = report_factory("a"), report_factory("b", text=report_factory().document.text + "\n", path="b.txt")
    assert [c.id for c in a.claims] == [c.id for c in b.claims] == ["c34", "c45", "c61", "c91"]
    store.write_report(a)
    store.write_report(b)
    assert counts(store)["claims"] == 8 and store.check() == []
    add_review(store, Review("a", "c34", "wrong", "王审计"))
    add_review(store, Review("b", "c34", "confirm", "李"))
    assert [(r["doc"], r["claim_id"], r["action"]) for r in store.records("reviews")] == [
        ("a", "c34", "wrong"), ("b", "c34", "confirm")]
    assert [r["action"] for r in store.records("reviews", "b")] == ["confirm"]
    assert [(c["doc"], c["id"]) for c in store.search("月平均薪资")] == [("a", "c91"), ("b", "c91")]
    store.write_report(a)                                   # re-extracting a keeps b's claims and both reviews
    assert counts(store)["claims"] == 8 and len(store.records("reviews")) == 2


def test_organisations_are_stored_with_their_canonical_name(tmp_path, report_factory):
    from dataclasses import replace

    from extract.records import Organisation
    report = report_factory()
    orgs = (Organisation("seed", "金宇保灵", "金宇保灵生物药品有限公司", "alias", 8),
            Organisation("seed", "金宇保灵生物药品有限公司", "金宇保灵生物药品有限公司", "name", 7))
    with Store(tmp_path / "t.db") as store:
        store.write_report(replace(report, organisations=orgs))
        rows = store.conn.execute("SELECT canonical, SUM(mentions) FROM organisations GROUP BY canonical").fetchall()
        assert [tuple(r) for r in rows] == [("金宇保灵生物药品有限公司", 15)]
        assert store.check() == []


# -- read-only use ------------------------------------------------------------------------------
def test_read_only_store_in_a_read_only_folder(tmp_path, report_factory):
    """Readers work where SQLite cannot create the WAL index (-shm) or log: a read-only folder, or, when
    the tests run as root (whom permissions do not stop), folders standing where those files would go."""
    folder = tmp_path / "ro"
    folder.mkdir()
    with Store(folder / "t.db") as store:
        store.write_report(report_factory())
    (folder / "t.db").chmod(0o444)
    folder.chmod(0o555)
    if os.access(folder, os.W_OK):            # root
        folder.chmod(0o755)
        (folder / "t.db-shm").mkdir()
        (folder / "t.db-wal").mkdir()
    before = sorted(p.name for p in folder.iterdir())
    try:
        with Store(folder / "t.db", readonly=True) as store:
            assert len(store.claims()) == 4 and len(store.search("就业")) == 3
            with pytest.raises(sqlite3.OperationalError):
                store.conn.execute("DELETE FROM claims")
        assert sorted(p.name for p in folder.iterdir()) == before
    finally:
        folder.chmod(0o755)


def test_read_only_store_refuses_writes(tmp_path, report_factory):
    with Store(tmp_path / "t.db") as store:
        store.write_report(report_factory())
    with Store(tmp_path / "t.db", readonly=True) as store:
        with pytest.raises(StoreError, match="read-only"):
            store.write_report(report_factory())


def test_read_only_open_never_creates_a_file(tmp_path):
    with pytest.raises(StoreError, match="no such store"):
        Store(tmp_path / "none.db", readonly=True)
    assert not (tmp_path / "none.db").exists()


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
    grouped = group_records(report_records(report_factory()))
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


# -- datasette (the `browse` extra) ---------------------------------------------------------------
def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get_json(url: str, deadline: float):
    import json
    import time
    import urllib.request

    while True:
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                return json.loads(response.read().decode("utf-8"))
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def test_datasette_serves_a_store_made_by_tieout_extract(tmp_path, pipeline):
    """`tieout extract` on real seed text, then `tieout browse`: search finds 就业 and 学生 and leads to
    claims, canned queries run, the metadata describes the tables."""
    import time
    import urllib.parse

    root = Path(__file__).resolve().parent.parent
    source = tmp_path / "college.txt"
    source.write_text((root / "corpora/seeds/000_0d6d81e4e345128e.txt").read_text(encoding="utf-8")[:12000],
                      encoding="utf-8")
    db = tmp_path / "claims.db"
    done = subprocess.run([sys.executable, "-m", "extract", "-q", "extract", str(source), "--store", str(db),
                           "--workers", "1"], capture_output=True, text=True, timeout=300, cwd=root)
    assert done.returncode == 0, done.stderr
    with Store(db, readonly=True) as store:
        assert store.check() == []
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "extract", "-q", "browse", "--store", str(db), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=root, start_new_session=True)
    base = f"http://127.0.0.1:{port}/claims"
    try:
        deadline = time.monotonic() + 60
        for word in ("就业", "学生"):
            rows = _get_json(f"{base}/claims.json?_shape=array&_search={urllib.parse.quote(word)}", deadline)
            assert rows and all(word in r["words"].split() for r in rows)
            assert {"doc", "id", "page", "sentence"} <= set(rows[0]) and all(word in r["sentence"] for r in rows)
        table = _get_json(f"{base}/claims.json?_size=1", deadline)
        assert table["human_description_en"] is not None and "kind" in table["facet_results"]
        for query in ("conflicts", "unlinked_money_claims", "failed_checks"):
            assert "rows" in _get_json(f"{base}/{query}.json", deadline)
        by_indicator = _get_json(f"{base}/claims_by_indicator.json?_shape=array&metric={urllib.parse.quote('毕业')}",
                                 deadline)
        assert by_indicator and all("毕业" in r["metric"] for r in by_indicator)
        meta = _get_json(f"http://127.0.0.1:{port}/-/metadata.json", deadline)
        assert meta["databases"]["claims"]["tables"]["claims"]["fts_table"] == "claims_fts"
    finally:
        proc.terminate()                     # tieout browse stops its datasette
        proc.wait(timeout=20)
    time.sleep(0.5)
    assert not [p for p in Path("/proc").glob("[0-9]*/cmdline")
                if str(db).encode() in _read_bytes(p)], "datasette outlived tieout browse"


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:             # the process ended meanwhile
        return b""


def test_datasette_metadata_describes_every_table_and_existing_columns():
    from extract.store.browse import metadata_for

    tables = metadata_for("x.db")["databases"]["x"]["tables"]
    for name, table in TABLES.items():
        assert tables[name]["description"], name
        assert set(tables[name].get("columns", {})) <= set(table.names), name
