"""The store in datasette: its metadata file (table and column descriptions, facets, search, canned
queries such as "claims by indicator", "conflicts", "unlinked money claims"), keyed by the name datasette
gives the database (the file's stem).

Example:
    >>> metadata_for("claims.db")["databases"].keys()
    dict_keys(['claims'])
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

METADATA_FILE = Path(__file__).with_name("datasette_metadata.json")
TEMPLATE_NAME = "tieout"


@lru_cache(maxsize=1)
def _template() -> str:
    return METADATA_FILE.read_text(encoding="utf-8")


def metadata_for(store_path: str | Path) -> dict[str, Any]:
    """The datasette metadata for the store at ``store_path``."""
    metadata = json.loads(_template())
    database = metadata["databases"].pop(TEMPLATE_NAME)
    metadata["databases"][Path(store_path).stem] = database
    return metadata


def datasette_command(store_path: str | Path, metadata_path: str | Path, *, host: str, port: int,
                      python: str) -> list[str]:
    """The command that serves the store read-only in datasette with the metadata."""
    return [python, "-m", "datasette", "serve", str(store_path), "--metadata", str(metadata_path),
            "--host", host, "--port", str(port), "--setting", "default_page_size", "50",
            "--setting", "sql_time_limit_ms", "3000"]
