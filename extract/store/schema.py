"""Table definitions of the claim store: the single source for the SQLite DDL (and later Parquet).

Columns follow the record contract of DESIGN.md §2: a stored row is a contract record without its
``type``. Lists (``case.figures``, ``table.header``, ``check.claims`` …) are stored as JSON text,
booleans as 0/1, numbers with NUMERIC affinity (integers stay integers). Table cells, which the
contract nests inside the ``table`` record, get their own ``cells`` table keyed by ``(doc, table_id)``.

``sentences_fts`` is an FTS5 index over claim sentences. FTS5's default tokenizer does not segment
Chinese, so the ``trigram`` tokenizer (SQLite >= 3.34) is used when available: any query of three or
more characters matches as a substring (``MATCH '毕业生'``). Shorter queries match nothing under
trigram; use ``LIKE`` for them (``Store.search`` does). Without trigram support the index falls back
to ``unicode61``, which only matches whole runs of CJK text between punctuation.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

SCHEMA_VERSION = 1
FTS_TABLE = "sentences_fts"

# Column kinds: how a record value becomes a SQLite value and back.
TEXT, INT, NUM, JSON, BOOL = "text", "int", "num", "json", "bool"
_SQL_TYPE = {TEXT: "TEXT", INT: "INTEGER", NUM: "NUMERIC", JSON: "TEXT", BOOL: "INTEGER"}


@dataclass(frozen=True, slots=True)
class Column:
    """One column: its name (as in the record) and kind."""

    name: str
    kind: str = TEXT


@dataclass(frozen=True, slots=True)
class TableDef:
    """One store table: columns in record order, primary key, extra indexes, record type."""

    name: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...] = ()
    indexes: tuple[tuple[str, ...], ...] = ()
    record_type: str | None = None        # the contract ``type`` stored here, if any

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    def column(self, name: str) -> Column:
        """The column called ``name`` (KeyError if there is none)."""
        for column in self.columns:
            if column.name == name:
                return column
        raise KeyError(f"{self.name} has no column {name!r}")


def _cols(spec: str) -> tuple[Column, ...]:
    """``"doc id page:int"`` -> Columns (kind after a colon, text by default)."""
    out = []
    for item in spec.split():
        name, _, kind = item.partition(":")
        out.append(Column(name, kind or TEXT))
    return tuple(out)


TABLES: dict[str, TableDef] = {t.name: t for t in (
    TableDef("documents", _cols("id path sha256 format encoding pages:int chars:int title org year:int"),
             ("id",), (("sha256",),), "document"),
    TableDef("sections", _cols("doc id number title level:int char_start:int char_end:int page:int"),
             ("doc", "id"), (), "section"),
    TableDef("claims", _cols(
        "doc id char_start:int char_end:int page:int text value:num scale:num unit normalized:num kind "
        "bound direction metric period baseline subject case section sentence high:num rule"),
        ("doc", "id"), (("kind",), ("metric",)), "claim"),
    TableDef("cases", _cols("doc id title section subject char_start:int char_end:int page:int "
                            "figures:json claims:json"), ("doc", "id"), (), "case"),
    TableDef("tables", _cols("doc id caption source page:int char_start:int char_end:int n_rows:int "
                             "n_cols:int header:json unit present:bool"), ("doc", "id"), (), "table"),
    TableDef("cells", _cols("doc table_id row col value:num text unit row_index:int col_index:int "
                            "char_start:int char_end:int"), (), (("doc", "table_id"),)),
    TableDef("links", _cols("doc claim_id table_id row col value:num status score:num"),
             (), (("doc",), ("doc", "claim_id")), "link"),
    TableDef("checks", _cols("doc id kind claims:json cells:json stated:num expected:num ok:bool "
                             "explanation"), ("doc", "id"), (), "check"),
    TableDef("failures", _cols("path page:int error message at run:int"), ("path",)),
    TableDef("runs", _cols("id:int started finished version argv:json n_ok:int n_failed:int"), ("id",)),
)}

# Tables holding one document's extracted records (replaced as a whole by ``write_report``).
DOC_TABLES = ("sections", "claims", "cases", "tables", "cells", "links", "checks", "documents")
RECORD_TABLE = {t.record_type: t.name for t in TABLES.values() if t.record_type}


def quote(name: str) -> str:
    """A quoted SQL identifier (``case``, ``row``, ``text`` … are keywords or near enough)."""
    return '"' + name.replace('"', '""') + '"'


def table_ddl(table: TableDef) -> list[str]:
    """``CREATE TABLE`` plus its ``CREATE INDEX`` statements."""
    cols = [f"{quote(c.name)} {_SQL_TYPE[c.kind]}" for c in table.columns]
    if table.primary_key:
        cols.append(f"PRIMARY KEY ({', '.join(quote(k) for k in table.primary_key)})")
    out = [f"CREATE TABLE IF NOT EXISTS {quote(table.name)} ({', '.join(cols)})"]
    for index in table.indexes:
        name = f"idx_{table.name}_{'_'.join(index)}"
        out.append(f"CREATE INDEX IF NOT EXISTS {quote(name)} ON {quote(table.name)} "
                   f"({', '.join(quote(c) for c in index)})")
    return out


def fts_tokenizer() -> str:
    """``trigram`` if this SQLite's FTS5 has it, else ``unicode61``."""
    probe = sqlite3.connect(":memory:")
    try:
        probe.execute("CREATE VIRTUAL TABLE t USING fts5(s, tokenize='trigram')")
        return "trigram"
    except sqlite3.OperationalError:
        return "unicode61"
    finally:
        probe.close()


def fts_ddl(tokenizer: str) -> str:
    """The FTS5 index over claim sentences: doc, claim id (not indexed) and the sentence."""
    return (f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
            f"doc UNINDEXED, claim_id UNINDEXED, sentence, tokenize='{tokenizer}')")


def all_ddl(tokenizer: str | None = None) -> list[str]:
    """Every statement creating the store (idempotent)."""
    out: list[str] = []
    for table in TABLES.values():
        out.extend(table_ddl(table))
    out.append(fts_ddl(tokenizer or fts_tokenizer()))
    return out


def insert_sql(table: TableDef) -> str:
    """``INSERT`` with one ``?`` per column."""
    cols = ", ".join(quote(n) for n in table.names)
    marks = ", ".join("?" for _ in table.columns)
    return f"INSERT INTO {quote(table.name)} ({cols}) VALUES ({marks})"


def to_sql(column: Column, value: Any) -> Any:
    """A record value as a SQLite value."""
    if value is None:
        return None
    if column.kind == JSON:
        return json.dumps(value, ensure_ascii=False)
    if column.kind == BOOL:
        return int(bool(value))
    return value


def from_sql(column: Column, value: Any) -> Any:
    """A SQLite value back as a record value."""
    if value is None:
        return None
    if column.kind == JSON:
        return json.loads(value)
    if column.kind == BOOL:
        return bool(value)
    return value


def record_to_row(table: TableDef, record: dict[str, Any]) -> tuple[Any, ...]:
    """The row of ``table`` for one record (keys missing from the record become NULL)."""
    return tuple(to_sql(c, record.get(c.name)) for c in table.columns)


def row_to_record(table: TableDef, row: sqlite3.Row | tuple[Any, ...]) -> dict[str, Any]:
    """A stored row as a record: ``type`` first when the table holds contract records."""
    out: dict[str, Any] = {"type": table.record_type} if table.record_type else {}
    for column, value in zip(table.columns, tuple(row)):
        out[column.name] = from_sql(column, value)
    return out
