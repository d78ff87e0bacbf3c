"""Reviewers' decisions: the ``reviews`` table of the store, one row per decision (an audit trail).

A decision never changes the extracted records; it is an overlay read back by the review page, the
exports and ``tieout review``. Actions: ``confirm_link`` / ``reject_link`` (a claim's link to a table
cell), ``correct`` (a claim field gets a new value), ``confirm`` (the claim is right as extracted),
``wrong`` (the claim is not a claim or is misread).

Example:
    >>> from extract.store import Store                                          # doctest: +SKIP
    >>> from extract.store.reviews import Review, add_review                     # doctest: +SKIP
    >>> with Store("tieout.db") as store:                                        # doctest: +SKIP
    ...     add_review(store, Review("doc", "c363", "confirm_link", "王审", table_id="表2-1"))
"""
from __future__ import annotations

import sqlite3
from dataclasses import astuple, dataclass, fields
from datetime import datetime, timezone
from typing import Any

from ..errors import StoreError
from .schema import TABLES
from .sqlite import Store

ACTIONS = ("confirm", "confirm_link", "reject_link", "correct", "wrong")
LINK_ACTIONS = frozenset({"confirm_link", "reject_link"})
# Claim fields a reviewer may correct (the rest are offsets and ids).
CORRECTABLE = ("value", "scale", "unit", "kind", "bound", "direction", "metric", "period", "baseline",
               "subject", "case", "section")
MAX_TEXT = 2000            # longest stored reviewer text (name, value, note)
COLUMNS = TABLES["reviews"].names


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


def add_review(store: Store, review: Review) -> int:
    """Store one decision with the current UTC time; returns its id. Raises ReviewError if invalid
    (an unknown document or claim included)."""
    review.validate()
    known = store.conn.execute("SELECT 1 FROM claims WHERE doc = ? AND id = ?", (review.doc, review.claim_id))
    if known.fetchone() is None:
        raise ReviewError(f"no claim {review.claim_id!r} in document {review.doc!r}")
    names = [f.name for f in fields(Review)]
    cols = ", ".join(f'"{n}"' for n in ["at"] + names)
    marks = ", ".join("?" for _ in range(len(names) + 1))
    try:
        with store.transaction() as conn:
            cur = conn.execute(f"INSERT INTO reviews ({cols}) VALUES ({marks})", (_now(), *astuple(review)))
    except sqlite3.Error as exc:
        raise StoreError(f"{store.path}: cannot record the review: {exc}") from exc
    return int(cur.lastrowid or 0)


def reviews_of(conn: sqlite3.Connection, doc: str | None = None) -> list[dict[str, Any]]:
    """Every review (of one document), oldest first, as dicts of COLUMNS."""
    sql = "SELECT " + ", ".join(f'"{c}"' for c in COLUMNS) + " FROM reviews"
    params: tuple[Any, ...] = ()
    if doc is not None:
        sql += " WHERE doc = ?"
        params = (doc,)
    return [dict(row) for row in conn.execute(sql + " ORDER BY id", params)]


