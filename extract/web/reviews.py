"""The reviewers' audit trail: a ``reviews`` table in the store file, one row per decision.

A decision never changes the extracted records; it is an overlay read back by the review page.
Actions: ``confirm_link`` / ``reject_link`` (a claim's link to a table cell), ``correct`` (a claim
field gets a new value), ``wrong`` (the claim is not a claim or is misread). The table is created on
first use (``CREATE TABLE IF NOT EXISTS``), so any store file can be reviewed.

Example:
    >>> from extract.web.reviews import Review, add_review, export_reviews   # doctest: +SKIP
    >>> add_review("tieout.db", Review("doc", "doc#c1", "confirm_link", "王审", table_id="表2-1"))  # doctest: +SKIP
    >>> export_reviews("tieout.db", "reviews.csv")                          # doctest: +SKIP
"""
from __future__ import annotations

import csv
import io
import sqlite3
from dataclasses import astuple, dataclass, fields
from datetime import datetime, timezone
from pathlib import Path
from typing import IO, Any

ACTIONS = ("confirm_link", "reject_link", "correct", "wrong")
LINK_ACTIONS = frozenset({"confirm_link", "reject_link"})
# Claim fields a reviewer may correct (the rest are offsets and ids).
CORRECTABLE = ("value", "scale", "unit", "kind", "bound", "direction", "metric", "period", "baseline",
               "subject", "case", "section")
MAX_TEXT = 2000            # longest stored reviewer text (name, value, note)
COLUMNS = ("id", "at", "reviewer", "doc", "claim_id", "action", "table_id", "row", "col", "field", "value",
           "note")
DDL = ('CREATE TABLE IF NOT EXISTS reviews (id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, '
       'reviewer TEXT NOT NULL, doc TEXT NOT NULL, claim_id TEXT NOT NULL, action TEXT NOT NULL, '
       'table_id TEXT, "row" TEXT, col TEXT, field TEXT, value TEXT, note TEXT)',
       "CREATE INDEX IF NOT EXISTS idx_reviews_doc_claim ON reviews (doc, claim_id)")


class ReviewError(ValueError):
    """A review that cannot be stored as given (unknown action, missing reviewer, bad field)."""


@dataclass(frozen=True, slots=True)
class Review:
    """One reviewer decision on a claim (and, for link actions, on one of its links)."""

    doc: str
    claim_id: str
    action: str
    reviewer: str
    table_id: str | None = None
    row: str | None = None
    col: str | None = None
    field: str | None = None
    value: str | None = None
    note: str | None = None

    def validate(self) -> "Review":
        """The review itself, or ReviewError naming what is wrong."""
        if self.action not in ACTIONS:
            raise ReviewError(f"unknown action {self.action!r}; expected one of {', '.join(ACTIONS)}")
        if not self.reviewer.strip():
            raise ReviewError("a reviewer name is required")
        if not self.doc or not self.claim_id:
            raise ReviewError("doc and claim_id are required")
        if self.action in LINK_ACTIONS and not self.table_id:
            raise ReviewError(f"{self.action} needs the link's table_id")
        if self.action == "correct" and self.field not in CORRECTABLE:
            raise ReviewError(f"cannot correct field {self.field!r}; expected one of {', '.join(CORRECTABLE)}")
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, str) and len(value) > MAX_TEXT:
                raise ReviewError(f"{f.name} is longer than {MAX_TEXT} characters")
        return self


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def connect(store_path: str | Path) -> sqlite3.Connection:
    """A connection to the store file with the ``reviews`` table ensured (rows as sqlite3.Row)."""
    conn = sqlite3.connect(str(store_path), timeout=30.0)
    conn.row_factory = sqlite3.Row
    with conn:
        for statement in DDL:
            conn.execute(statement)
    return conn


def add_review(store_path: str | Path, review: Review) -> int:
    """Store one decision with the current UTC time; returns its id. Raises ReviewError if invalid."""
    review.validate()
    names = [f.name for f in fields(Review)]
    cols = ", ".join(f'"{n}"' for n in ["at"] + names)
    marks = ", ".join("?" for _ in range(len(names) + 1))
    conn = connect(store_path)
    try:
        with conn:
            cur = conn.execute(f"INSERT INTO reviews ({cols}) VALUES ({marks})", (_now(), *astuple(review)))
        return int(cur.lastrowid or 0)
    finally:
        conn.close()


def reviews_of(conn: sqlite3.Connection, doc: str | None = None) -> list[dict[str, Any]]:
    """Every review (of one document), oldest first, as dicts of COLUMNS."""
    sql = "SELECT " + ", ".join(f'"{c}"' for c in COLUMNS) + " FROM reviews"
    params: tuple[Any, ...] = ()
    if doc is not None:
        sql += " WHERE doc = ?"
        params = (doc,)
    return [dict(row) for row in conn.execute(sql + " ORDER BY id", params)]


def claim_decisions(reviews: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Per claim id, its latest decision: ``{"wrong": review|None, "links": {(table,row,col): review},
    "fields": {field: review}, "history": [reviews]}`` (a later review overrides an earlier one)."""
    out: dict[str, dict[str, Any]] = {}
    for review in reviews:
        state = out.setdefault(review["claim_id"], {"wrong": None, "links": {}, "fields": {}, "history": []})
        state["history"].append(review)
        if review["action"] == "wrong":
            state["wrong"] = review
        elif review["action"] == "correct":
            state["fields"][review["field"]] = review
        else:
            state["links"][(review["table_id"], review["row"], review["col"])] = review
    return out


def write_reviews_csv(rows: list[dict[str, Any]], out: IO[str]) -> None:
    """The reviews as CSV, header first."""
    writer = csv.DictWriter(out, fieldnames=list(COLUMNS), extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)


def export_reviews(store_path: str | Path, out: str | Path | IO[str]) -> int:
    """Write every review of the store as CSV to a path or text stream; returns the number of rows."""
    conn = connect(store_path)
    try:
        rows = reviews_of(conn)
    finally:
        conn.close()
    if isinstance(out, (str, Path)):
        with open(out, "w", encoding="utf-8", newline="") as fh:
            write_reviews_csv(rows, fh)
    else:
        write_reviews_csv(rows, out)
    return len(rows)


def reviews_csv_text(store_path: str | Path) -> str:
    """Every review as CSV text (what ``/reviews.csv`` serves)."""
    buffer = io.StringIO()
    export_reviews(store_path, buffer)
    return buffer.getvalue()
