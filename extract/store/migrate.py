"""Upgrade an older claim store in place (inside the opening transaction of ``Store``).

Version 4 -> 5 renames every id to the short document-scoped form of record contract 2 (``DOC#363`` ->
``c363``; a check is named again from its kind, renamed claims and cells, ``check-growth-1a2b3c4d5e``, as
``extract.api.read_report`` names it) wherever it is used: ``claims.id``,
``links.claim_id``, ``case_claims``/``check_claims``, ``checks.id``, ``check_cells.check_id``, the
``claims`` of cases and checks (JSON arrays) and ``reviews.claim_id``; it adds ``documents.contract``
and ``tables.reason``. Renames go through a marked temporary value so no two rows share a key midway;
the search index follows ``claims`` through its update trigger (its rows hold words, not ids).
Version 3 -> 4 adds ``organisations``; 2 -> 3 adds ``documents.encoding_confidence``.
Version 1 -> 4: the old tables are renamed ``*_v1``, the current tables created, documents, reviews,
failures and runs copied column by column, and each document's records read back and written again
through ``rows.document_rows`` (so key columns, child tables and the search index are filled); the old
tables and the trigram index are then dropped. Source texts were not kept by version 1, so ``texts``
and ``pages`` stay empty for migrated documents until they are extracted again (``--force``).
"""
from __future__ import annotations

import json
import logging
from typing import TYPE_CHECKING, Any

from ..errors import StoreError
from ..records import CONTRACT_VERSION, scoped_id, short_claim_ids
from . import schema
from .rows import document_rows
from .schema import TABLES, quote

if TYPE_CHECKING:
    from .sqlite import Store

logger = logging.getLogger(__name__)

V1_TABLES = ("documents", "sections", "claims", "cases", "tables", "cells", "links", "checks", "failures",
             "runs", "reviews")
V1_JSON = {"figures", "claims", "header", "cells", "argv"}
COPIED = ("documents", "reviews", "runs", "failures")


def _columns(conn, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA table_info({quote(table)})")]


def _old_rows(conn, table: str, doc: str) -> list[dict[str, Any]]:
    names = _columns(conn, f"{table}_v1")
    rows = conn.execute(f"SELECT * FROM {quote(table + '_v1')} WHERE doc = ? ORDER BY rowid", (doc,)).fetchall()
    out = []
    for row in rows:
        record = dict(zip(names, tuple(row)))
        for name in V1_JSON & set(record):
            if isinstance(record[name], str):
                record[name] = json.loads(record[name])
        if table == "tables" and record.get("present") is not None:
            record["present"] = bool(record["present"])
        if table == "checks" and record.get("ok") is not None:
            record["ok"] = bool(record["ok"])
        out.append(record)
    return out


def migrate_v1(store: "Store") -> int:
    """Schema 1 -> the current one (see the module docstring); returns the version reached."""
    conn = store.conn
    present = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    old = [t for t in V1_TABLES if t in present]
    for index, in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL").fetchall():
        conn.execute(f"DROP INDEX {quote(index)}")
    for table in old:
        conn.execute(f"ALTER TABLE {quote(table)} RENAME TO {quote(table + '_v1')}")
    if "sentences_fts" in present:
        conn.execute("DROP TABLE sentences_fts")
    for statement in schema.all_ddl():
        conn.execute(statement)
    for table in COPIED:
        if table not in old:
            continue
        names = [n for n in TABLES[table].names if n in _columns(conn, f"{table}_v1")]
        cols = ", ".join(quote(n) for n in names)
        conn.execute(f"INSERT INTO {quote(table)} ({cols}) SELECT {cols} FROM {quote(table + '_v1')}")
    for (doc,) in conn.execute("SELECT id FROM documents ORDER BY id").fetchall():
        grouped = {name: _old_rows(conn, name, doc) for name in
                   ("sections", "claims", "cases", "tables", "cells", "links", "checks") if name in old}
        rows = document_rows(doc, grouped)     # the document row is already copied
        for name in reversed(schema.DOC_TABLES[:-1]):
            store._insert_rows(name, rows.get(name, []))
    for table in old:
        conn.execute(f"DROP TABLE {quote(table + '_v1')}")
    logger.info("%s: migrated from schema 1 to 4", store.path)
    return 4        # the ids are still those of version 1: 4 -> 5 shortens them


def migrate_v2(store: "Store") -> int:
    """Schema 2 -> 3: the document's encoding confidence."""
    if "encoding_confidence" not in _columns(store.conn, "documents"):
        store.conn.execute("ALTER TABLE documents ADD COLUMN encoding_confidence NUMERIC")
    logger.info("%s: migrated from schema 2 to 3", store.path)
    return 3


def migrate_v3(store: "Store") -> int:
    """Schema 3 -> 4: the organisations each document names."""
    for statement in schema.table_ddl(schema.TABLES["organisations"]):
        store.conn.execute(statement)
    logger.info("%s: migrated from schema 3 to 4", store.path)
    return 4


# Where each id lives: (table, column, what it names); every table here has a ``doc`` column.
ID_COLUMNS = (("claims", "id", "claim"), ("links", "claim_id", "claim"), ("case_claims", "claim_id", "claim"),
              ("check_claims", "claim_id", "claim"), ("checks", "id", "check"), ("check_claims", "check_id", "check"),
              ("check_cells", "check_id", "check"))
_MARK = "\x01"        # prefix of a renamed id until every row of the table is renamed


def _legacy_claim_id(doc: str, claim_id: str) -> str:
    """A version-4 claim id of a claim not stored (a review of a claim gone since): "DOC#363" -> "c363"."""
    rest = scoped_id(doc, claim_id)
    return f"c{rest}" if rest.isdigit() else rest


def _renames(conn, doc: str) -> dict[str, dict[str, str]]:
    """Old id -> new id of the document's claims and checks (ids that keep their form left out)."""
    rows = conn.execute("SELECT id, char_start FROM claims WHERE doc = ? ORDER BY rowid", (doc,)).fetchall()
    new = short_claim_ids((r[1] for r in rows), (_legacy_claim_id(doc, r[0]) for r in rows))
    claims: dict[str, str] = {}
    for (old, _), short in zip(rows, new):
        claims.setdefault(old, short)
    from ..link.checks import check_id

    checks = {}
    for key, kind, listed, cells in conn.execute("SELECT id, kind, claims, cells FROM checks WHERE doc = ?", (doc,)):
        renamed = [claims.get(i) or _legacy_claim_id(doc, i) for i in json.loads(listed or "[]")]
        checks[key] = check_id("", kind, renamed, json.loads(cells or "[]")).lstrip("#")
    return {"claim": {o: n for o, n in claims.items() if o != n}, "check": {o: n for o, n in checks.items() if o != n}}


def _rename_lists(conn, table: str, doc: str, claims: dict[str, str]) -> None:
    """The ``claims`` JSON array of each row of ``table`` (cases, checks) with the claims' new ids."""
    updates = []
    for key, value in conn.execute(f"SELECT id, claims FROM {quote(table)} WHERE doc = ?", (doc,)).fetchall():
        if not value:
            continue
        old = json.loads(value)
        renamed = [claims.get(i) or _legacy_claim_id(doc, i) for i in old]
        if renamed != old:
            updates.append((json.dumps(renamed, ensure_ascii=False), doc, key))
    conn.executemany(f"UPDATE {quote(table)} SET claims = ? WHERE doc = ? AND id = ?", updates)


def migrate_v4(store: "Store") -> int:
    """Schema 4 -> 5: short document-scoped ids (record contract 2), ``documents.contract``,
    ``tables.reason`` (see the module docstring)."""
    conn = store.conn
    if "contract" not in _columns(conn, "documents"):
        conn.execute("ALTER TABLE documents ADD COLUMN contract INTEGER")
    if "reason" not in _columns(conn, "tables"):
        conn.execute("ALTER TABLE tables ADD COLUMN reason TEXT")
    conn.execute("CREATE TEMP TABLE id_renames (what TEXT, doc TEXT, old TEXT, new TEXT, PRIMARY KEY (what, doc, old))")
    docs = [row[0] for row in conn.execute("SELECT id FROM documents ORDER BY id").fetchall()]
    claim_maps: dict[str, dict[str, str]] = {}
    for doc in docs:
        renames = _renames(conn, doc)
        claim_maps[doc] = renames["claim"]
        conn.executemany("INSERT INTO temp.id_renames VALUES (?, ?, ?, ?)",
                         [(what, doc, old, new) for what, pairs in renames.items() for old, new in pairs.items()])
    for table, column, what in ID_COLUMNS:
        t, c = quote(table), quote(column)
        match = f"r.what = ? AND r.doc = {t}.doc AND r.old = {t}.{c}"
        conn.execute(f"UPDATE {t} SET {c} = ? || (SELECT r.new FROM temp.id_renames r WHERE {match}) "
                     f"WHERE EXISTS (SELECT 1 FROM temp.id_renames r WHERE {match})", (_MARK, what, what))
        conn.execute(f"UPDATE {t} SET {c} = substr({c}, 2) WHERE substr({c}, 1, 1) = ?", (_MARK,))
    for doc in docs:
        _rename_lists(conn, "cases", doc, claim_maps[doc])
        _rename_lists(conn, "checks", doc, claim_maps[doc])
        conn.executemany("UPDATE reviews SET claim_id = ? WHERE id = ?", [
            (claim_maps[doc].get(old) or _legacy_claim_id(doc, old), key) for key, old in
            conn.execute("SELECT id, claim_id FROM reviews WHERE doc = ?", (doc,)).fetchall()])
    conn.execute("DROP TABLE temp.id_renames")
    conn.execute("UPDATE documents SET contract = ?", (CONTRACT_VERSION,))
    logger.info("%s: migrated from schema 4 to 5 (short ids)", store.path)
    return 5


MIGRATIONS = {1: migrate_v1, 2: migrate_v2, 3: migrate_v3, 4: migrate_v4}


def migrate(store: "Store", version: int) -> None:
    """Upgrade the open store from ``version`` to ``schema.SCHEMA_VERSION`` (inside a transaction)."""
    if version == 0:            # tables without a version: the first stores did not always set it
        version = 1
    while version < schema.SCHEMA_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise StoreError(f"{store.path}: no migration from store schema {version}")
        version = step(store)
