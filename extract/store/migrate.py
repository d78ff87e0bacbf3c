"""Upgrade an older claim store in place (inside the opening transaction of ``Store``).

Version 2 -> 3 adds ``documents.encoding_confidence``. Version 1 -> 3: the old tables are renamed ``*_v1``, the version-2 tables created, documents, reviews,
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
    logger.info("%s: migrated from schema 1 to %d", store.path, schema.SCHEMA_VERSION)
    return schema.SCHEMA_VERSION


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


MIGRATIONS = {1: migrate_v1, 2: migrate_v2, 3: migrate_v3}


def migrate(store: "Store", version: int) -> None:
    """Upgrade the open store from ``version`` to ``schema.SCHEMA_VERSION`` (inside a transaction)."""
    if version == 0:            # tables without a version: the first stores did not always set it
        version = 1
    while version < schema.SCHEMA_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise StoreError(f"{store.path}: no migration from store schema {version}")
        version = step(store)
