"""Export the claim store as Parquet datasets or CSV files, streamed table by table.

Layout: ``DIR/<table>/part-00000.parquet`` for each record table (documents, sections, claims,
cases, tables, cells, links, checks, reviews, failures, runs), so pandas (``pd.read_parquet("DIR/claims")``)
and DuckDB (``select * from 'DIR/claims/*.parquet'``) read a table as one dataset; ``--csv`` writes
``DIR/<table>.csv``; ``--jsonl`` one file of contract records (``type`` first, tables with their cells)
followed by the reviews, failures and runs. Arrow schemas come from ``store.schema``: text columns are
strings, list columns lists of strings (``header``, ``figures``, ``claims``, ``cells``, ``argv``),
integers int64, every numeric column float64 (the same type in every table), booleans bool; CSV holds
lists as JSON arrays. Only record columns are exported (the store's derived key columns are not).
Rows are read with ``fetchmany`` and written a batch at a time, so memory does not grow with the
store.

Example:
    >>> from extract.store import Store
    >>> from extract.store.parquet import export_parquet
    >>> with Store("tieout.db", create=False) as store:                    # doctest: +SKIP
    ...     export_parquet(store, "out/")
    {'documents': 2, 'sections': 57, 'claims': 1250, ...}
"""
from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import IO, Any, Callable, Iterator

import pyarrow as pa
import pyarrow.parquet as pq

from . import schema
from .schema import TABLES, TableDef
from .sqlite import Store

# The tables exported, in the order of the record contract.
EXPORT_TABLES = ("documents", "sections", "claims", "cases", "tables", "cells", "links", "checks", "organisations",
                 "reviews", "failures", "runs")
DEFAULT_BATCH_SIZE = 10_000
PART_NAME = "part-00000.parquet"

_ARROW_TYPE = {schema.TEXT: pa.string(), schema.INT: pa.int64(), schema.NUM: pa.float64(),
               schema.JSON: pa.list_(pa.string()), schema.BOOL: pa.bool_()}


def _as_float(value: Any) -> float | None:
    return None if value is None else float(value)


def _as_bool(value: Any) -> bool | None:
    return None if value is None else bool(value)


def _as_list(value: Any) -> list[str | None] | None:
    if value is None:
        return None
    return [None if v is None else str(v) for v in json.loads(value)]


_CONVERT: dict[str, Callable[[Any], Any]] = {schema.NUM: _as_float, schema.BOOL: _as_bool, schema.JSON: _as_list}


def exported_columns(table: TableDef) -> tuple[schema.Column, ...]:
    """The columns an export holds: the record's (derived key columns left out)."""
    return tuple(c for c in table.columns if not c.derived)


def arrow_schema(table: TableDef) -> pa.Schema:
    """The Arrow schema of one exported table (every column nullable)."""
    return pa.schema([pa.field(c.name, _ARROW_TYPE[c.kind]) for c in exported_columns(table)])


def rows_to_batch(table: TableDef, rows: list[tuple[Any, ...]]) -> pa.RecordBatch:
    """Stored rows (SQLite values, every column) as one Arrow record batch of ``arrow_schema(table)``."""
    columns = []
    for n, column in enumerate(table.columns):
        if column.derived:
            continue
        convert = _CONVERT.get(column.kind)
        values = [row[n] for row in rows] if convert is None else [convert(row[n]) for row in rows]
        columns.append(pa.array(values, type=_ARROW_TYPE[column.kind]))
    return pa.RecordBatch.from_arrays(columns, schema=arrow_schema(table))


def export_table_parquet(store: Store, name: str, directory: Path, batch_size: int) -> int:
    """Write one table to ``directory/name/part-00000.parquet``; returns its row count."""
    table = TABLES[name]
    folder = directory / name
    folder.mkdir(parents=True, exist_ok=True)
    count = 0
    with pq.ParquetWriter(folder / PART_NAME, arrow_schema(table), compression="zstd") as writer:
        for rows in store.iter_rows(name, batch_size):
            writer.write_batch(rows_to_batch(table, rows))
            count += len(rows)
    return count


def export_parquet(store: Store, directory: str | Path, *,
                   batch_size: int = DEFAULT_BATCH_SIZE) -> dict[str, int]:
    """One Parquet dataset per record table under ``directory``; returns rows per table."""
    out = Path(directory)
    return {name: export_table_parquet(store, name, out, batch_size) for name in EXPORT_TABLES}


def export_table_csv(store: Store, name: str, directory: Path, batch_size: int) -> int:
    """Write one table to ``directory/name.csv`` (UTF-8, header first); returns its row count."""
    table = TABLES[name]
    directory.mkdir(parents=True, exist_ok=True)
    count = 0
    with open(directory / f"{name}.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        keep = [n for n, c in enumerate(table.columns) if not c.derived]
        writer.writerow(table.record_names)
        for rows in store.iter_rows(name, batch_size):
            writer.writerows([row[n] for n in keep] for row in rows)
            count += len(rows)
    return count


def export_csv(store: Store, directory: str | Path, *,
               batch_size: int = DEFAULT_BATCH_SIZE) -> dict[str, int]:
    """One CSV file per record table under ``directory``; returns rows per table."""
    out = Path(directory)
    return {name: export_table_csv(store, name, out, batch_size) for name in EXPORT_TABLES}


def iter_records(store: Store) -> Iterator[dict[str, Any]]:
    """Every record of the store as the JSONL contract has it, one document after another (tables with
    their cells), then the reviews, failures and runs."""
    for document in store.documents():
        doc = document["id"]
        yield document
        cells: dict[str, list[dict[str, Any]]] = {}
        for cell in store.records("cells", doc):
            cells.setdefault(cell.pop("table_id"), []).append({k: v for k, v in cell.items() if k != "doc"})
        for name in ("sections", "cases", "claims", "tables", "links", "checks", "organisations"):
            for record in store.records(name, doc):
                if name == "tables":
                    record["cells"] = cells.get(record["id"], [])
                yield record
    for name in ("reviews", "failures", "runs"):
        yield from store.records(name)


def export_jsonl(store: Store, out: str | Path | IO[str]) -> dict[str, int]:
    """Write every record as one JSON object per line (UTF-8) to a path or text stream; returns records
    per type."""
    counts: dict[str, int] = {}
    handle = open(out, "w", encoding="utf-8") if isinstance(out, (str, Path)) else out
    try:
        for record in iter_records(store):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            counts[record["type"]] = counts.get(record["type"], 0) + 1
    finally:
        if handle is not out:
            handle.close()
    return counts
