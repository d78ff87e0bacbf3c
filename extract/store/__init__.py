"""The claim store: SQLite with declared keys and full-text search, holding the records of DESIGN.md §2 (§4)."""
from .schema import SCHEMA_VERSION, TABLES
from .sqlite import DEFAULT_PATH, Store

__all__ = ["DEFAULT_PATH", "SCHEMA_VERSION", "Store", "TABLES"]
