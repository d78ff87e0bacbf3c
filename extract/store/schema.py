"""Table definitions of the claim store: the single source for the SQLite DDL, the exports and datasette.

Columns follow the record contract of DESIGN.md §2: a stored row is a contract record without its
``type``, plus a few *key* columns the store derives so that every reference is a declared foreign key
(``claims.section_id``, ``claims.case_id``, ``cells.n``, ``links.cell`` …). Key columns are never part
of a record read back (``row_to_record`` drops them). Lists (``case.figures``, ``table.header``,
``check.claims`` …) are JSON arrays in SQLite (datasette and DuckDB's ``json`` read them as arrays) and
Arrow lists in Parquet; the references inside them are also child tables (``case_claims``,
``check_claims``, ``check_cells``) with foreign keys. Booleans are 0/1, numbers NUMERIC (integers stay
integers). "None" is NULL everywhere except ``unit``, whose contract value for "no unit" is ``''``.

Search: ``claims_fts`` is an FTS5 index over ``claims.words``, the claim's sentence segmented by jieba
(search mode: 毕业生就业率 -> 毕业 毕业生 就业 就业率), so one- and two-character words (人, 就业, 学生)
match whole words; it is an external-content index of ``claims`` (datasette's search box finds it) kept
in step by triggers, and each hit is a claim row (doc, id, page, sentence).

Ids: every record is named by ``(doc, id)``; ids are short and scoped to their document (record contract 2,
``documents.contract``): claim ``c363`` (its char_start; ``c363(2)`` for a second claim at that offset),
section ``s5``, table ``表2-1``, case ``案例2-1``, check ``check-growth-1a2b3c4d5e``. Every join on a claim
id is on ``(doc, claim_id)``.

Schema versions (``PRAGMA user_version``): 1 = the first store (no foreign keys, trigram FTS, reviews
created by the review page); 2 = keys, segmented search, texts, reviews; 3 = ``documents.encoding_confidence``;
4 = ``organisations``; 5 = short document-scoped ids (contract 2: ``DOC#363`` became ``c363``),
``documents.contract``, ``tables.reason``. ``extract.store.migrate`` upgrades an older file in place.
"""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

SCHEMA_VERSION = 5
FTS_TABLE = "claims_fts"

# Column kinds: how a record value becomes a SQLite value and back.
TEXT, INT, NUM, JSON, BOOL = "text", "int", "num", "json", "bool"
_SQL_TYPE = {TEXT: "TEXT", INT: "INTEGER", NUM: "NUMERIC", JSON: "TEXT", BOOL: "INTEGER"}
# The values of ``claim.kind`` and ``link.status`` in the record contract.
CLAIM_KINDS = ("count", "money", "measure", "share", "delta", "growth", "rank")
LINK_STATUSES = ("match", "conflict")
# Text columns whose "none" is '' in the contract (every other column stores none as NULL).
EMPTY_IS_VALUE = frozenset({"unit"})


@dataclass(frozen=True, slots=True)
class Column:
    """One column: its name (as in the record), kind, and whether the store derives it (a key column)."""

    name: str
    kind: str = TEXT
    derived: bool = False
    not_null: bool = False


@dataclass(frozen=True, slots=True)
class ForeignKey:
    """``columns`` of this table reference ``ref_columns`` of ``ref_table``."""

    columns: tuple[str, ...]
    ref_table: str
    ref_columns: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TableDef:
    """One store table: columns in record order, primary key, foreign keys, indexes, record type."""

    name: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...] = ()
    indexes: tuple[tuple[str, ...], ...] = ()
    record_type: str | None = None        # the contract ``type`` stored here, if any
    foreign_keys: tuple[ForeignKey, ...] = ()
    description: str = ""

    @property
    def names(self) -> tuple[str, ...]:
        """Every column, derived ones included (the stored row)."""
        return tuple(c.name for c in self.columns)

    @property
    def record_names(self) -> tuple[str, ...]:
        """The columns a record has (derived key columns left out)."""
        return tuple(c.name for c in self.columns if not c.derived)

    def column(self, name: str) -> Column:
        """The column called ``name`` (KeyError if there is none)."""
        for column in self.columns:
            if column.name == name:
                return column
        raise KeyError(f"{self.name} has no column {name!r}")


def _cols(spec: str) -> tuple[Column, ...]:
    """``"doc! id page:int +section_id"`` -> Columns (kind after a colon, text by default; ``+`` marks a
    derived key column, ``!`` a NOT NULL one)."""
    out = []
    for item in spec.split():
        derived = item.startswith("+")
        name, _, kind = item.lstrip("+").partition(":")
        not_null = name.endswith("!")
        out.append(Column(name.rstrip("!"), kind or TEXT, derived, not_null))
    return tuple(out)


def _fk(columns: str, ref_table: str, ref_columns: str) -> ForeignKey:
    return ForeignKey(tuple(columns.split()), ref_table, tuple(ref_columns.split()))


DOC_FK = _fk("doc", "documents", "id")

TABLES: dict[str, TableDef] = {t.name: t for t in (
    TableDef("documents", _cols("id! path sha256! format encoding encoding_confidence:num pages:int chars:int "
                                "title org year:int contract:int"),
             ("id",), (("sha256",),), "document", (),
             "One row per extracted file; id is the file stem (plus -sha8 when the stem is taken); contract is "
             "the record contract its ids follow (2: short ids scoped to the document, c363)."),
    TableDef("texts", _cols("doc! text!"), ("doc",), (), None, (DOC_FK,),
             "The source text every char_start/char_end points into (what `tieout text FILE` prints)."),
    TableDef("pages", _cols("doc! page!:int char_start:int char_end:int"), ("doc", "page"), (), None, (DOC_FK,),
             "Where each 1-based page starts and ends in the source text."),
    TableDef("sections", _cols("doc! id! number title level:int char_start:int char_end:int page:int"),
             ("doc", "id"), (), "section", (DOC_FK,), "Headings, with the text span they govern."),
    TableDef("cases", _cols("doc! id! title section subject char_start:int char_end:int page:int "
                            "figures:json claims:json"), ("doc", "id"), (), "case", (DOC_FK,),
             "Case-study boxes (案例2-1); figures and claims are JSON arrays."),
    TableDef("claims", _cols(
        "doc! id! char_start:int char_end:int page:int text value:num scale:num unit normalized:num kind "
        "bound direction metric period baseline subject case section sentence high:num "
        "+section_id +case_id +words"),
        ("doc", "id"), (("kind",), ("metric",), ("doc", "page")), "claim",
        (DOC_FK, _fk("doc section_id", "sections", "doc id"), _fk("doc case_id", "cases", "doc id")),
        "Quantitative claims of the prose: one number with what it measures; id is c<char_start>, unique "
        "within the document (join on doc and id)."),
    TableDef("tables", _cols("doc! id! caption source page:int char_start:int char_end:int n_rows:int "
                             "n_cols:int header:json unit present:bool reason"), ("doc", "id"), (), "table", (DOC_FK,),
             "Tables (表2-10); header is a JSON array, cells are in `cells`; reason says why a table has no "
             "cells."),
    TableDef("cells", _cols("doc! table_id! +n!:int row col value:num text unit row_index:int col_index:int "
                            "char_start:int char_end:int"), ("doc", "table_id", "n"), (("doc", "table_id"),),
             None, (_fk("doc table_id", "tables", "doc id"),),
             "Table cells with row and column labels; n is the cell's position in its table."),
    TableDef("links", _cols("doc! claim_id! table_id! row col value:num status score:num +cell:int"),
             ("doc", "claim_id", "table_id", "row", "col"), (("doc",), ("doc", "claim_id")), "link",
             (_fk("doc claim_id", "claims", "doc id"), _fk("doc table_id", "tables", "doc id"),
              _fk("doc table_id cell", "cells", "doc table_id n")),
             "A claim tied out to a table cell: match or conflict."),
    TableDef("checks", _cols("doc! id! kind claims:json cells:json stated:num expected:num ok:bool "
                             "explanation"), ("doc", "id"), (), "check", (DOC_FK,),
             "Arithmetic checks (growth = delta / base, shares, sums); ok is 1 (passed), 0 (failed) or NULL "
             "(not checkable: a scale mismatch, the explanation says why)."),
    TableDef("organisations", _cols("doc! name! canonical kind mentions:int"), ("doc", "name"),
             (("canonical",),), "organisation", (DOC_FK,),
             "Every name an organisation goes by in a report and its canonical name (claims.subject); kind is "
             "author, alias (a short name the report defines) or name. Group by canonical to count an "
             "organisation once."),
    TableDef("case_claims", _cols("doc! case_id! claim_id!"), ("doc", "case_id", "claim_id"), (), None,
             (_fk("doc case_id", "cases", "doc id"), _fk("doc claim_id", "claims", "doc id")),
             "The claims inside each case (cases.claims as rows)."),
    TableDef("check_claims", _cols("doc! check_id! claim_id!"), ("doc", "check_id", "claim_id"), (), None,
             (_fk("doc check_id", "checks", "doc id"), _fk("doc claim_id", "claims", "doc id")),
             "The claims of each check (checks.claims as rows)."),
    TableDef("check_cells", _cols("doc! check_id! ref! table_id cell:int"), ("doc", "check_id", "ref"), (), None,
             (_fk("doc check_id", "checks", "doc id"), _fk("doc table_id", "tables", "doc id"),
              _fk("doc table_id cell", "cells", "doc table_id n")),
             "The cells of each check (checks.cells as rows; ref is 'table/row/col')."),
    TableDef("reviews", _cols("id:int at! reviewer! doc! claim_id! action! table_id row col field value note"),
             ("id",), (("doc", "claim_id"),), "review", (DOC_FK,),
             "Reviewers' decisions (confirm_link, reject_link, correct, wrong): an audit trail over the "
             "extracted records, which it never changes."),
    TableDef("failures", _cols("path! page:int error message at run:int"), ("path",), (), "failure",
             (_fk("run", "runs", "id"),), "Files that could not be extracted, with a one-line reason."),
    TableDef("runs", _cols("id:int started finished version argv:json n_ok:int n_failed:int"), ("id",), (),
             "run", (), "Each `tieout extract` run: when, which version, how many files went well or failed."),
)}

# Tables holding one document's records, children first (the order rows are deleted in).
DOC_TABLES = ("organisations", "check_cells", "check_claims", "case_claims", "links", "checks", "cells", "tables", "claims",
              "cases", "sections", "pages", "texts", "documents")
RECORD_TABLE = {t.record_type: t.name for t in TABLES.values() if t.record_type}
# Derived tables filled by the store from the records (not written from records directly).
CHILD_TABLES = ("case_claims", "check_claims", "check_cells")


def quote(name: str) -> str:
    """A quoted SQL identifier (``case``, ``row``, ``text`` … are keywords or near enough)."""
    return '"' + name.replace('"', '""') + '"'


def _cols_sql(names: tuple[str, ...]) -> str:
    return ", ".join(quote(n) for n in names)


def table_ddl(table: TableDef) -> list[str]:
    """``CREATE TABLE`` plus its ``CREATE INDEX`` statements."""
    cols = []
    for c in table.columns:
        if table.primary_key == (c.name,) and c.kind == INT:
            cols.append(f"{quote(c.name)} INTEGER PRIMARY KEY")
            continue
        cols.append(f"{quote(c.name)} {_SQL_TYPE[c.kind]}" + (" NOT NULL" if c.not_null else ""))
    if table.primary_key and not (len(table.primary_key) == 1 and table.column(table.primary_key[0]).kind == INT):
        cols.append(f"PRIMARY KEY ({_cols_sql(table.primary_key)})")
    for fk in table.foreign_keys:
        cols.append(f"FOREIGN KEY ({_cols_sql(fk.columns)}) REFERENCES {quote(fk.ref_table)} "
                    f"({_cols_sql(fk.ref_columns)})")
    out = [f"CREATE TABLE IF NOT EXISTS {quote(table.name)} ({', '.join(cols)})"]
    for index in table.indexes:
        name = f"idx_{table.name}_{'_'.join(index)}"
        out.append(f"CREATE INDEX IF NOT EXISTS {quote(name)} ON {quote(table.name)} ({_cols_sql(index)})")
    return out


def fts_ddl() -> list[str]:
    """The FTS5 index over ``claims.words`` (external content) and the triggers keeping it in step."""
    return [
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5(words, content=\"claims\", "
        "content_rowid=\"rowid\", tokenize='unicode61')",
        f"CREATE TRIGGER IF NOT EXISTS claims_ai AFTER INSERT ON claims BEGIN "
        f"INSERT INTO {FTS_TABLE} (rowid, words) VALUES (new.rowid, new.words); END",
        f"CREATE TRIGGER IF NOT EXISTS claims_ad AFTER DELETE ON claims BEGIN "
        f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rowid, words) VALUES ('delete', old.rowid, old.words); END",
        f"CREATE TRIGGER IF NOT EXISTS claims_au AFTER UPDATE ON claims BEGIN "
        f"INSERT INTO {FTS_TABLE} ({FTS_TABLE}, rowid, words) VALUES ('delete', old.rowid, old.words); "
        f"INSERT INTO {FTS_TABLE} (rowid, words) VALUES (new.rowid, new.words); END",
    ]


def all_ddl() -> list[str]:
    """Every statement creating the store (idempotent)."""
    out: list[str] = []
    for table in TABLES.values():
        out.extend(table_ddl(table))
    return out + fts_ddl()


def insert_sql(table: TableDef) -> str:
    """``INSERT`` with one ``?`` per column."""
    marks = ", ".join("?" for _ in table.columns)
    return f"INSERT INTO {quote(table.name)} ({_cols_sql(table.names)}) VALUES ({marks})"


def select_sql(table: TableDef, alias: str = "") -> str:
    """The column list of a stored row (``alias.`` before each name when given)."""
    prefix = f"{alias}." if alias else ""
    return ", ".join(prefix + quote(n) for n in table.names)


def to_sql(column: Column, value: Any) -> Any:
    """A record value as a SQLite value ('' becomes NULL except where '' is the contract's value)."""
    if value is None:
        return "" if column.name in EMPTY_IS_VALUE else None
    if column.kind == JSON:
        return json.dumps(list(value) if isinstance(value, tuple) else value, ensure_ascii=False)
    if column.kind == BOOL:
        return int(bool(value))
    if column.kind == TEXT and value == "" and column.name not in EMPTY_IS_VALUE:
        return None
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
    """A stored row as a record: ``type`` first when the table holds contract records, derived key
    columns left out."""
    out: dict[str, Any] = {"type": table.record_type} if table.record_type else {}
    for column, value in zip(table.columns, tuple(row)):
        if not column.derived:
            out[column.name] = from_sql(column, value)
    return out
