"""The claim store: SQLite (one file, FTS5 over claim sentences) holding the records of DESIGN.md §2."""
from .schema import SCHEMA_VERSION, TABLES
from .sqlite import DEFAULT_PATH, Store

__all__ = ["DEFAULT_PATH", "SCHEMA_VERSION", "Store", "TABLES"]
