"""Export the claim store as Parquet datasets or CSV files, streamed table by table.

Layout: ``DIR/<table>/part-00000.parquet`` for each record table (documents, sections, claims,
cases, tables, cells, links, checks), so pandas (``pd.read_parquet("DIR/claims")``) and DuckDB
(``select * from 'DIR/claims/*.parquet'``) read a table as one dataset; ``--csv`` writes
``DIR/<table>.csv``. Arrow schemas come from ``store.schema``: text and JSON columns are strings
(JSON text), integers int64, numeric columns float64 (as SQLite stores them), booleans bool.
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
from pathlib import Path
from typing import Any, Callable

import pyarrow as pa
import pyarrow.parquet as pq

from . import schema
from .schema import TABLES, TableDef
from .sqlite import Store

# The tables exported, in the order of the record contract.
EXPORT_TABLES = ("documents", "sections", "claims", "cases", "tables", "cells", "links", "checks")
DEFAULT_BATCH_SIZE = 10_000
PART_NAME = "part-00000.parquet"

_ARROW_TYPE = {schema.TEXT: pa.string(), schema.INT: pa.int64(), schema.NUM: pa.float64(),
               schema.JSON: pa.string(), schema.BOOL: pa.bool_()}


def _as_float(value: Any) -> float | None:
    return None if value is None else float(value)


def _as_bool(value: Any) -> bool | None:
    return None if value is None else bool(value)


_CONVERT: dict[str, Callable[[Any], Any]] = {schema.NUM: _as_float, schema.BOOL: _as_bool}


def arrow_schema(table: TableDef) -> pa.Schema:
    """The Arrow schema of one store table (every column nullable)."""
    return pa.schema([pa.field(c.name, _ARROW_TYPE[c.kind]) for c in table.columns])


def rows_to_batch(table: TableDef, rows: list[tuple[Any, ...]]) -> pa.RecordBatch:
    """Stored rows (SQLite values) as one Arrow record batch of ``arrow_schema(table)``."""
    columns = []
    for n, column in enumerate(table.columns):
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
        writer.writerow(table.names)
        for rows in store.iter_rows(name, batch_size):
            writer.writerows(rows)
            count += len(rows)
    return count


def export_csv(store: Store, directory: str | Path, *,
               batch_size: int = DEFAULT_BATCH_SIZE) -> dict[str, int]:
    """One CSV file per record table under ``directory``; returns rows per table."""
    out = Path(directory)
    return {name: export_table_csv(store, name, out, batch_size) for name in EXPORT_TABLES}
