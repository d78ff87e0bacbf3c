"""The reviewers' audit trail as the review page uses it: latest decision per claim, CSV of all reviews.

The ``reviews`` table and the ``Review`` record live in the store (``extract.store.reviews``); this
module adds what the page and ``/reviews.csv`` need.

Example:
    >>> from extract.web.reviews import Review, add_review, export_reviews   # doctest: +SKIP
    >>> add_review("tieout.db", Review("doc", "c363", "confirm_link", "王审", table_id="表2-1"))  # doctest: +SKIP
    >>> export_reviews("tieout.db", "reviews.csv")                          # doctest: +SKIP
"""
from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import IO, Any

from ..store import Store
from ..store import reviews as store_reviews
from ..store.reviews import ACTIONS, COLUMNS, CORRECTABLE, LINK_ACTIONS, Review, ReviewError, reviews_of

__all__ = ["ACTIONS", "COLUMNS", "CORRECTABLE", "LINK_ACTIONS", "Review", "ReviewError", "add_review",
           "claim_decisions", "export_reviews", "reviews_csv_text", "reviews_of", "write_reviews_csv"]


def add_review(store_path: str | Path, review: Review) -> int:
    """Store one decision in the store file; returns its id. Raises ReviewError if invalid."""
    review.validate()
    with Store(store_path, create=False) as store:
        return store_reviews.add_review(store, review)


def claim_decisions(reviews: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Per claim id, its latest decision: ``{"wrong": review|None, "confirmed": review|None,
    "links": {(table,row,col): review},
    "fields": {field: review}, "history": [reviews]}`` (a later review overrides an earlier one)."""
    out: dict[str, dict[str, Any]] = {}
    for review in reviews:
        state = out.setdefault(review["claim_id"], {"wrong": None, "confirmed": None, "links": {}, "fields": {},
                                                    "history": []})
        state["history"].append(review)
        if review["action"] == "wrong":
            state["wrong"], state["confirmed"] = review, None
        elif review["action"] == "confirm":
            state["confirmed"], state["wrong"] = review, None
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
    with Store(store_path, readonly=True) as store:
        rows = reviews_of(store.conn)
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
