"""The SQLite claim store: one file, one transaction per document, FTS5 over segmented claim sentences.

Example:
    >>> from extract.store import Store
    >>> with Store("tieout.db") as store:                       # doctest: +SKIP
    ...     doc_id = store.doc_id_for(path, sha256)
    ...     store.write_report(read_report(path, doc_id=doc_id))
    ...     store.claims(kind="share", metric="满意度")[:3]
"""
from __future__ import annotations

import logging
import os
import sqlite3
import time
from collections import defaultdict
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..errors import ExtractError, StoreError
from ..records import Report, report_records
from . import schema
from .rows import document_rows, query_words
from .schema import FTS_TABLE, TABLES, quote

logger = logging.getLogger(__name__)

DEFAULT_PATH = "tieout.db"
DEFAULT_TIMEOUT = 30.0      # seconds a writer waits for another process's transaction
DEFAULT_BATCH_SIZE = 500


class DocIdTaken(StoreError):
    """The document id is already used by another file (another process stored it first)."""


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


# Pause between tries to set up a store that another process is setting up.
SETUP_RETRY_SECONDS = 0.05


class Store:
    """A claim store in one SQLite file (WAL mode, so several processes can write to it).

    Args:
        path: the database file (created with its tables unless ``create=False``).
        create: when False, a missing file raises StoreError instead of being created.
        readonly: open without ever writing (works in a read-only folder; writing raises StoreError).
        timeout: seconds to wait for another writer before giving up.
        batch_size: rows per ``executemany`` call.

    A store of an older schema version is upgraded in place when opened for writing (``migrate``);
    opened read-only, it is upgraded first when its folder is writable, else refused with a hint.
    """

    def __init__(self, path: str | Path = DEFAULT_PATH, *, create: bool = True, readonly: bool = False,
                 timeout: float = DEFAULT_TIMEOUT, batch_size: int = DEFAULT_BATCH_SIZE):
        self.path = Path(path)
        self.batch_size = batch_size
        self.readonly = readonly
        if (readonly or not create) and not self.path.is_file():
            raise StoreError(f"{self.path}: no such store (run `tieout extract` first)")
        try:
            self.conn = self._connect_readonly(timeout) if readonly else \
                sqlite3.connect(str(self.path), timeout=timeout, isolation_level=None)
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot open store: {exc}") from exc
        self.conn.row_factory = sqlite3.Row
        try:
            if readonly:
                self._check_readonly_version(timeout)
            else:
                self._setup_retrying(timeout)
        except StoreError:
            self.conn.close()
            raise
        except sqlite3.Error as exc:
            self.conn.close()
            raise StoreError(f"{self.path}: cannot open store: {exc}") from exc

    def _connect_readonly(self, timeout: float) -> sqlite3.Connection:
        """A read-only connection; in a folder where SQLite cannot create the WAL index (a read-only
        folder), the file is opened as immutable."""
        uri = self.path.resolve().as_uri()
        conn = sqlite3.connect(f"{uri}?mode=ro", uri=True, timeout=timeout, isolation_level=None)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.OperationalError:
            conn.close()
        return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, timeout=timeout, isolation_level=None)

    def _check_readonly_version(self, timeout: float) -> None:
        self.conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        self.conn.execute("PRAGMA query_only = 1")
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version == schema.SCHEMA_VERSION:
            return
        if version > schema.SCHEMA_VERSION:
            raise StoreError(f"{self.path}: store schema {version} is newer than this tieout "
                             f"({schema.SCHEMA_VERSION})")
        if not os.access(self.path.parent, os.W_OK) or not os.access(self.path, os.W_OK):
            raise StoreError(f"{self.path}: store schema {version} is older than this tieout's "
                             f"({schema.SCHEMA_VERSION}) and the file is read-only; copy it somewhere "
                             "writable and run `tieout migrate --store COPY`")
        self.conn.close()
        Store(self.path, create=False, timeout=timeout).close()        # upgrades it
        self.conn = self._connect_readonly(timeout)
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA query_only = 1")

    def _setup_retrying(self, timeout: float) -> None:
        """``_setup``, tried again while another process holds the lock: switching a fresh file to WAL
        can report "database is locked" at once, without waiting on the busy timeout."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                return self._setup(timeout)
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() >= deadline:
                    raise
                time.sleep(SETUP_RETRY_SECONDS)

    def _setup(self, timeout: float) -> None:
        """WAL, busy timeout, and the tables (idempotent, safe when two processes start at once);
        an older schema is migrated."""
        self.conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA synchronous = NORMAL")
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > schema.SCHEMA_VERSION:
            raise StoreError(f"{self.path}: store schema {version} is newer than this tieout "
                             f"({schema.SCHEMA_VERSION})")
        if version == schema.SCHEMA_VERSION:
            return
        with self.transaction():
            version = self.conn.execute("PRAGMA user_version").fetchone()[0]    # another process may have won
            if version == schema.SCHEMA_VERSION:
                return
            if version > 0 or self._has_tables():
                from .migrate import migrate
                migrate(self, version)
            else:
                for statement in schema.all_ddl():
                    self.conn.execute(statement)
            self.conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION}")

    def _has_tables(self) -> bool:
        return self.conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                                 "AND name = 'documents'").fetchone()[0] > 0

    @property
    def version(self) -> int:
        """The schema version of the open file."""
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    # -- lifecycle ---------------------------------------------------------------------------
    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` … ``COMMIT``; any error rolls back and propagates."""
        if self.readonly:
            raise StoreError(f"{self.path}: opened read-only")
        if self.conn.in_transaction:          # nested: part of the caller's transaction
            yield self.conn
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    def check(self) -> list[str]:
        """Problems ``PRAGMA integrity_check`` and ``foreign_key_check`` find (empty when clean)."""
        problems = [row[0] for row in self.conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
        problems += [f"{row[0]} row {row[1]}: no {row[2]} for foreign key {row[3]}"
                     for row in self.conn.execute("PRAGMA foreign_key_check")]
        return problems

    # -- writing -----------------------------------------------------------------------------
    def write_report(self, report: Report, *, if_new: bool = False) -> bool:
        """Replace every record of the report's document by the report's, in one transaction.

        With ``if_new``, nothing is written (and False returned) when a document with the report's
        sha256 is already stored: the check and the write are one transaction, so two processes
        extracting the same file store it once. Raises DocIdTaken if the document id already holds
        another file (different sha256): use ``doc_id_for`` to pick the id. On any error the store
        is left as it was. Reviews of the document are kept.
        """
        doc = report.document
        rows = document_rows(doc.doc_id, group_records(report_records(report)), doc.text,
                             [(p.number, p.start, p.end) for p in doc.pages])
        try:
            with self.transaction():
                if if_new and self.has_sha256(doc.sha256) is not None:
                    return False
                self._check_owner(doc.doc_id, doc.sha256)
                self.write_rows(doc.doc_id, rows)
                self.conn.execute("DELETE FROM failures WHERE path = ?", (doc.path,))
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot write {doc.doc_id}: {exc}") from exc
        return True

    def write_rows(self, doc_id: str, rows: dict[str, list[dict[str, Any]]]) -> None:
        """Replace one document's rows (inside the caller's transaction), parents before children."""
        self._delete_doc(doc_id)
        for name in reversed(schema.DOC_TABLES):
            self._insert_rows(name, rows.get(name, []))

    def _check_owner(self, doc_id: str, sha256: str) -> None:
        row = self.conn.execute("SELECT sha256 FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is not None and row[0] != sha256:
            raise DocIdTaken(f"{self.path}: document id {doc_id!r} already holds another file "
                             f"(sha256 {row[0][:8]}); pick the id with Store.doc_id_for")

    def _delete_doc(self, doc_id: str) -> None:
        for name in schema.DOC_TABLES:
            key = "id" if name == "documents" else "doc"
            self.conn.execute(f"DELETE FROM {quote(name)} WHERE {quote(key)} = ?", (doc_id,))

    def _insert_rows(self, name: str, records: list[dict[str, Any]]) -> None:
        """Insert records into one table, ``batch_size`` rows per ``executemany``."""
        table = TABLES[name]
        sql = schema.insert_sql(table)
        for start in range(0, len(records), self.batch_size):
            batch = records[start:start + self.batch_size]
            self.conn.executemany(sql, [schema.record_to_row(table, r) for r in batch])

    def record_failure(self, path: str | Path, page: int | None, error: BaseException | str, *,
                       error_type: str | None = None, run: int | None = None) -> None:
        """Remember that ``path`` could not be extracted (replaces an earlier failure of it).

        ``error`` is the exception (its one-line message and type are stored) or a message.
        """
        if isinstance(error, BaseException):
            message = error.one_line() if isinstance(error, ExtractError) else f"{type(error).__name__}: {error}"
            error_type = error_type or type(error).__name__
        else:
            message = error
        row = (str(path), page, error_type or "Error", message, _now(), run)
        try:
            with self.transaction():
                self.conn.execute("DELETE FROM failures WHERE path = ?", (str(path),))
                self.conn.execute(schema.insert_sql(TABLES["failures"]), row)
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot record failure of {path}: {exc}") from exc

    def start_run(self, version: str, argv: list[str]) -> int:
        """Open a row in ``runs``; returns its id."""
        argv_json = schema.to_sql(TABLES["runs"].column("argv"), argv)
        try:
            with self.transaction():
                cur = self.conn.execute("INSERT INTO runs (started, version, argv) VALUES (?, ?, ?)",
                                        (_now(), version, argv_json))
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot start a run: {exc}") from exc
        return int(cur.lastrowid or 0)

    def finish_run(self, run: int, n_ok: int, n_failed: int) -> None:
        """Close a row in ``runs`` with its counts."""
        try:
            with self.transaction():
                self.conn.execute("UPDATE runs SET finished = ?, n_ok = ?, n_failed = ? WHERE id = ?",
                                  (_now(), n_ok, n_failed, run))
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot finish run {run}: {exc}") from exc

    # -- ids ---------------------------------------------------------------------------------
    def has_sha256(self, sha256: str) -> str | None:
        """The id of a stored document with this sha256, else None."""
        row = self.conn.execute("SELECT id FROM documents WHERE sha256 = ? ORDER BY id LIMIT 1",
                                (sha256,)).fetchone()
        return row[0] if row else None

    def doc_id_for(self, path: str | Path, sha256: str) -> str:
        """The document id of DESIGN.md §2: the file stem, or stem-<sha8> when the stem is taken.

        The stem is taken when another file (different sha256) is stored under it; the same file
        re-extracted keeps the id it already has.
        """
        stem = Path(path).stem
        long_id = f"{stem}-{sha256[:8]}"
        for candidate in (stem, long_id):
            owner = self.conn.execute("SELECT sha256 FROM documents WHERE id = ?", (candidate,)).fetchone()
            if owner is None or owner[0] == sha256:
                return candidate
        return long_id

    # -- reading -----------------------------------------------------------------------------
    def _select(self, name: str, where: Iterable[tuple[str, Any]] = (), order: str = "",
                limit: int | None = None) -> list[dict]:
        table = TABLES[name]
        clauses, params = [], []
        for clause, param in where:
            clauses.append(clause)
            params.append(param)
        sql = f"SELECT {', '.join(quote(n) for n in table.names)} FROM {quote(name)}"
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        if order:
            sql += " ORDER BY " + order
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        try:
            rows = self.conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot read {name}: {exc}") from exc
        return [schema.row_to_record(table, row) for row in rows]

    def iter_rows(self, name: str, batch_size: int | None = None) -> Iterator[list[tuple[Any, ...]]]:
        """Every row of one table as stored (SQLite values, columns in schema order), in batches
        of ``batch_size`` rows (``fetchmany``), so a big table is never in memory at once."""
        table = TABLES[name]
        sql = f"SELECT {', '.join(quote(n) for n in table.names)} FROM {quote(name)} ORDER BY rowid"
        try:
            cursor = self.conn.execute(sql)
            while batch := cursor.fetchmany(batch_size or self.batch_size):
                yield [tuple(row) for row in batch]
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot read {name}: {exc}") from exc

    def documents(self) -> list[dict[str, Any]]:
        """Document records, by id."""
        return self._select("documents", order="id")

    def claims(self, doc: str | None = None, kind: str | None = None,
               metric: str | None = None) -> list[dict[str, Any]]:
        """Claim records, filtered by document id, kind, and a substring of the metric."""
        where = []
        if doc is not None:
            where.append(('"doc" = ?', doc))
        if kind is not None:
            where.append(('"kind" = ?', kind))
        if metric is not None:
            where.append(("instr(\"metric\", ?) > 0", metric))
        return self._select("claims", where, order='"doc", "char_start", "char_end", "id"')

    def records(self, name: str, doc: str | None = None) -> list[dict[str, Any]]:
        """All rows of one table (optionally one document's) as records."""
        key = "id" if name == "documents" else "doc"
        where = [(f"{quote(key)} = ?", doc)] if doc is not None and (
            name in schema.DOC_TABLES or name == "reviews") else []
        return self._select(name, where, order="rowid")

    def failures(self) -> list[dict[str, Any]]:
        """Files that could not be extracted: path, page, error type, one-line message, time, run."""
        return self._select("failures", order="path")

    def search(self, text: str, *, doc: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        """Claims whose sentence holds the words of ``text`` (FTS5 over the jieba-segmented sentence, every
        word of the query required); when the words match nothing, claims whose sentence contains
        ``text`` as written."""
        words = query_words(text)
        found: list[dict[str, Any]] = []
        if words:
            match = " ".join('"' + w.replace('"', '""') + '"' for w in words)
            where = [(f"rowid IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?)", match)]
            where += [('"doc" = ?', doc)] if doc is not None else []
            found = self._select("claims", where, order='"doc", "char_start", "id"', limit=limit)
        if found or not text.strip():
            return found
        escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        where = [("\"sentence\" LIKE ? ESCAPE '\\'", f"%{escaped}%")] + ([('"doc" = ?', doc)] if doc is not None else [])
        return self._select("claims", where, order='"doc", "char_start", "id"', limit=limit)

    def text(self, doc: str) -> str | None:
        """The document's source text as stored (None for a store migrated from schema 1)."""
        row = self._fetch("SELECT text FROM texts WHERE doc = ?", [doc], "texts")
        return row[0][0] if row else None

    def pages(self, doc: str) -> list[tuple[int, int, int]]:
        """(page, char_start, char_end) of each page of the document."""
        rows = self._fetch("SELECT page, char_start, char_end FROM pages WHERE doc = ? ORDER BY page", [doc], "pages")
        return [(r[0], r[1], r[2]) for r in rows]

    # -- indicator queries: extract.indicators matches the labels, these fetch them ----------------
    def _fetch(self, sql: str, params: list[Any], what: str) -> list[sqlite3.Row]:
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot read {what}: {exc}") from exc

    def metric_units(self, doc: str | None = None, kinds: Iterable[str] = ()) -> list[tuple[str, str]]:
        """Distinct (metric, unit) pairs of the claims (of one document, of some kinds if given)."""
        kinds = list(kinds)
        sql = 'SELECT DISTINCT "metric", coalesce("unit", \'\') FROM claims WHERE "metric" IS NOT NULL'
        sql += ' AND "doc" = ?' * (doc is not None)
        sql += f' AND "kind" IN ({", ".join("?" * len(kinds))})' * bool(kinds)
        rows = self._fetch(sql, ([doc] if doc is not None else []) + kinds, "claims")
        return [(row[0], row[1]) for row in rows]

    def claims_with_metrics(self, metrics: Iterable[str], doc: str | None = None) -> list[dict[str, Any]]:
        """Claim records whose metric is one of ``metrics`` (``batch_size`` metrics per query)."""
        wanted, out = sorted(set(metrics)), []
        for start in range(0, len(wanted), self.batch_size):
            batch = wanted[start:start + self.batch_size]
            table = TABLES["claims"]
            sql = (f"SELECT {', '.join(quote(n) for n in table.names)} FROM claims "
                   f'WHERE "metric" IN ({", ".join("?" * len(batch))})' + ' AND "doc" = ?' * (doc is not None))
            rows = self._fetch(sql, batch + ([doc] if doc is not None else []), "claims")
            out.extend(schema.row_to_record(table, row) for row in rows)
        return out

    def table_rows(self, doc: str | None = None) -> list[tuple[str, str, str, str]]:
        """Distinct (doc, table id, row label, unit) of the numeric cells; the unit is the cell's,
        else its table's."""
        sql = ('SELECT DISTINCT c."doc", c."table_id", c."row", coalesce(nullif(c."unit", \'\'), t."unit", \'\') '
               'FROM cells c JOIN tables t ON t."doc" = c."doc" AND t."id" = c."table_id" '
               'WHERE c."value" IS NOT NULL AND c."row" IS NOT NULL' + ' AND c."doc" = ?' * (doc is not None))
        rows = self._fetch(sql, [doc] if doc is not None else [], "cells")
        return [(row[0], row[1], row[2], row[3]) for row in rows]

    def cells_with_rows(self, rows: Iterable[str], doc: str | None = None) -> list[dict[str, Any]]:
        """Numeric cell records whose row label is one of ``rows``, each with its table's ``page``,
        ``caption`` and ``table_unit``."""
        wanted, out, table = sorted(set(rows)), [], TABLES["cells"]
        columns = ", ".join("c." + quote(n) for n in table.names)
        for start in range(0, len(wanted), self.batch_size):
            batch = wanted[start:start + self.batch_size]
            sql = (f'SELECT {columns}, t."page", t."caption", t."unit" FROM cells c JOIN tables t '
                   f'ON t."doc" = c."doc" AND t."id" = c."table_id" WHERE c."value" IS NOT NULL '
                   f'AND c."row" IN ({", ".join("?" * len(batch))})' + ' AND c."doc" = ?' * (doc is not None))
            for row in self._fetch(sql, batch + ([doc] if doc is not None else []), "cells"):
                cell = schema.row_to_record(table, tuple(row)[:len(table.names)])
                cell.update(page=row[-3], caption=row[-2], table_unit=row[-1] or "")
                out.append(cell)
        return out


def group_records(records: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Contract records by store table; table cells are split out into ``cells`` rows."""
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in records:
        name = schema.RECORD_TABLE.get(record.get("type", ""))
        if name is None:
            logger.warning("record type %r has no store table; skipped", record.get("type"))
            continue
        grouped[name].append(record)
        if name == "tables":
            for cell in record.get("cells") or ():
                grouped["cells"].append({"doc": record["doc"], "table_id": record["id"], **cell})
    return dict(grouped)
