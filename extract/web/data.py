"""What the review page shows, read from the claim store only (never from the source file): document
counts, one page of a report's claims under the reviewer's filters, a window of the stored source text,
and the selected claim with its links, tables, checks and decisions.

Work per request is bounded: at most ``MAX_PAGE_SIZE`` claims listed, ``TEXT_WINDOW`` characters of
text, ``MAX_LISTED`` conflicts and failed checks, a search query of ``MAX_QUERY`` characters; the
counts are single SQL aggregates, the same ones for the documents list and the report page.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Iterable

from ..store import Store
from ..store.rows import query_words
from ..store.schema import CLAIM_KINDS, FTS_TABLE, TABLES, quote, row_to_record, select_sql
from . import reviews as rv

MATCH, CONFLICT, UNSUPPORTED = "match", "conflict", "unsupported"
PAGE_SIZE = 50
MAX_PAGE_SIZE = 200
MAX_QUERY = 200
MAX_LISTED = 100
TEXT_WINDOW = 12_000        # characters of source text shown at once
MAX_LIST_PAGE = 100_000
YES_NO = ("yes", "no")

CLAIM_COLUMNS = select_sql(TABLES["claims"], "c")
LINKED = "EXISTS (SELECT 1 FROM links l WHERE l.doc = c.doc AND l.claim_id = c.id)"
IN_CONFLICT = "EXISTS (SELECT 1 FROM links l WHERE l.doc = c.doc AND l.claim_id = c.id AND l.status = 'conflict')"
IN_FAILED_CHECK = ("EXISTS (SELECT 1 FROM check_claims x JOIN checks k ON k.doc = x.doc AND k.id = x.check_id "
                   "WHERE x.doc = c.doc AND x.claim_id = c.id AND NOT k.ok)")
REVIEWED = "EXISTS (SELECT 1 FROM reviews r WHERE r.doc = c.doc AND r.claim_id = c.id)"

COUNTS_SQL = f"""
SELECT d.id AS id, d.title AS title, d.org AS org, d.year AS year, d.path AS path, d.pages AS pages,
  (SELECT count(*) FROM claims c WHERE c.doc = d.id) AS claims,
  (SELECT count(*) FROM claims c WHERE c.doc = d.id AND {LINKED}) AS linked,
  (SELECT count(*) FROM claims c WHERE c.doc = d.id AND {IN_CONFLICT}) AS conflicts,
  (SELECT count(*) FROM checks k WHERE k.doc = d.id AND NOT k.ok) AS failed_checks,
  (SELECT count(*) FROM claims c WHERE c.doc = d.id AND {REVIEWED}) AS reviewed
FROM documents d
"""


def document_summaries(store: Store) -> list[dict[str, Any]]:
    """One dict per stored document: id, title, org, year, path, pages and the counts (claims, linked,
    conflicts, failed_checks, reviewed) the list page and each report page show."""
    return [dict(row) for row in store.conn.execute(COUNTS_SQL + " ORDER BY d.id")]


def document_counts(store: Store, doc: str) -> dict[str, Any] | None:
    """The summary of one document (None if there is no such document)."""
    row = store.conn.execute(COUNTS_SQL + " WHERE d.id = ?", (doc,)).fetchone()
    return dict(row) if row else None


@dataclass(frozen=True, slots=True)
class Filters:
    """The reviewer's filters of the claim list, validated (unknown values are dropped)."""

    q: str = ""
    kind: str = ""
    linked: str = ""            # yes | no | ""
    conflict: bool = False
    failed: bool = False
    reviewed: str = ""          # yes | no | ""
    p: int = 0                  # list page, 0-based
    size: int = PAGE_SIZE

    @classmethod
    def from_query(cls, query: dict[str, str]) -> "Filters":
        def number(name: str, default: int, high: int) -> int:
            try:
                return max(0, min(int(query.get(name, default)), high))
            except ValueError:
                return default
        return cls(q=" ".join(query.get("q", "").split())[:MAX_QUERY],
                   kind=query.get("kind", "") if query.get("kind") in CLAIM_KINDS else "",
                   linked=query.get("linked", "") if query.get("linked") in YES_NO else "",
                   conflict=query.get("conflict") == "1", failed=query.get("failed") == "1",
                   reviewed=query.get("reviewed", "") if query.get("reviewed") in YES_NO else "",
                   p=number("p", 0, MAX_LIST_PAGE), size=max(1, number("size", PAGE_SIZE, MAX_PAGE_SIZE)))

    def params(self, **changes: Any) -> dict[str, str]:
        """The filters as URL parameters (defaults left out), with ``changes`` applied."""
        values = {"q": self.q, "kind": self.kind, "linked": self.linked, "conflict": "1" if self.conflict else "",
                  "failed": "1" if self.failed else "", "reviewed": self.reviewed,
                  "p": str(self.p) if self.p else "", "size": str(self.size) if self.size != PAGE_SIZE else ""}
        values.update({k: ("" if v is None else str(v)) for k, v in changes.items()})
        return {k: v for k, v in values.items() if v}

    @property
    def active(self) -> bool:
        return bool(self.q or self.kind or self.linked or self.conflict or self.failed or self.reviewed)


def filter_sql(doc: str, filters: Filters) -> tuple[str, list[Any]]:
    """The WHERE clause (over ``claims c``) and its parameters for one document under the filters."""
    clauses, params = ["c.doc = ?"], [doc]
    if filters.q:
        words = query_words(filters.q)
        if words:
            clauses.append(f"c.rowid IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?)")
            params.append(" ".join('"' + w.replace('"', '""') + '"' for w in words))
        else:
            clauses.append("instr(c.sentence, ?) > 0")
            params.append(filters.q)
    if filters.kind:
        clauses.append("c.kind = ?")
        params.append(filters.kind)
    if filters.linked:
        clauses.append(LINKED if filters.linked == "yes" else f"NOT {LINKED}")
    if filters.conflict:
        clauses.append(IN_CONFLICT)
    if filters.failed:
        clauses.append(IN_FAILED_CHECK)
    if filters.reviewed:
        clauses.append(REVIEWED if filters.reviewed == "yes" else f"NOT {REVIEWED}")
    return " AND ".join(clauses), params


ORDER = "c.char_start, c.id"


@dataclass(slots=True)
class ReportView:
    """Everything the report page needs for one document, all of it bounded in size."""

    document: dict[str, Any]
    counts: dict[str, Any]
    filters: Filters
    total: int                                   # claims matching the filters
    claims: list[dict[str, Any]]                 # this list page
    selected: dict[str, Any] | None = None
    position: int | None = None                  # of the selected claim among the matching ones
    prev_id: str | None = None
    next_id: str | None = None
    text: str | None = None                      # the text window
    window: tuple[int, int] = (0, 0)             # its [start, end) in the source text
    window_page: int | None = None
    text_length: int = 0
    text_note: str = ""
    window_claims: list[dict[str, Any]] = field(default_factory=list)
    links: dict[str, list[dict[str, Any]]] = field(default_factory=dict)       # by claim id
    checks: dict[str, list[dict[str, Any]]] = field(default_factory=dict)      # by claim id
    tables: dict[str, dict[str, Any]] = field(default_factory=dict)            # by table id
    cells: dict[str, list[dict[str, Any]]] = field(default_factory=dict)       # by table id
    decisions: dict[str, dict[str, Any]] = field(default_factory=dict)         # by claim id
    conflict_claims: list[dict[str, Any]] = field(default_factory=list)
    failed: list[dict[str, Any]] = field(default_factory=list)
    sections: list[tuple[str, int]] = field(default_factory=list)

    @property
    def n_pages(self) -> int:
        return max(1, -(-self.total // self.filters.size))

    def claim(self, claim_id: str | None) -> dict[str, Any] | None:
        """The selected claim when its id is asked for, else None."""
        return self.selected if self.selected is not None and self.selected["id"] == claim_id else None

    def status(self, claim_id: str) -> str:
        """Tie-out status of a claim: conflict if any link conflicts, match if linked, else unsupported."""
        statuses = {link["status"] for link in self.links.get(claim_id, ())}
        if CONFLICT in statuses:
            return CONFLICT
        return MATCH if statuses else UNSUPPORTED

    def status_counts(self) -> tuple[int, int, int]:
        """(match, unsupported, conflict) over all the document's claims."""
        c = self.counts
        return c["linked"] - c["conflicts"], c["claims"] - c["linked"], c["conflicts"]

    def failed_checks(self) -> list[dict[str, Any]]:
        """The document's failed checks (at most MAX_LISTED; ``counts['failed_checks']`` has them all)."""
        return self.failed


def _records(store: Store, table: str, where: str, params: Iterable[Any], order: str = "rowid",
             limit: int | None = None) -> list[dict[str, Any]]:
    sql = f"SELECT {select_sql(TABLES[table])} FROM {quote(table)} WHERE {where} ORDER BY {order}"
    sql += f" LIMIT {int(limit)}" if limit else ""
    return [row_to_record(TABLES[table], row) for row in store.conn.execute(sql, list(params))]


def _claims(store: Store, where: str, params: list[Any], limit: int, offset: int = 0) -> list[dict[str, Any]]:
    sql = f"SELECT {CLAIM_COLUMNS} FROM claims c WHERE {where} ORDER BY {ORDER} LIMIT ? OFFSET ?"
    return [row_to_record(TABLES["claims"], row) for row in store.conn.execute(sql, params + [limit, offset])]


def _in(ids: list[str]) -> str:
    return ", ".join("?" * len(ids))


def _position(store: Store, where: str, params: list[Any], claim: dict[str, Any]) -> int | None:
    """The 0-based position of ``claim`` among the claims matching ``where`` (None if it does not match)."""
    hit = store.conn.execute(f"SELECT 1 FROM claims c WHERE {where} AND c.id = ?", params + [claim["id"]]).fetchone()
    if hit is None:
        return None
    before = store.conn.execute(
        f"SELECT count(*) FROM claims c WHERE {where} AND (c.char_start < ? OR (c.char_start = ? AND c.id < ?))",
        params + [claim["char_start"], claim["char_start"], claim["id"]]).fetchone()[0]
    return int(before)


def _window(store: Store, doc: str, length: int, at: int | None) -> tuple[int, int, int | None]:
    """The text window holding offset ``at``: its page when the page is short enough, else a TEXT_WINDOW
    stretch of it (aligned, so windows tile the text)."""
    at = max(0, min(at or 0, max(length - 1, 0)))
    row = store.conn.execute("SELECT page, char_start, char_end FROM pages WHERE doc = ? AND char_start <= ? "
                             "ORDER BY char_start DESC LIMIT 1", (doc, at)).fetchone()
    start, end, page = (row[1], row[2], row[0]) if row else (0, length, None)
    if end - start > TEXT_WINDOW:
        chunk = (at - start) // TEXT_WINDOW
        start, end = start + chunk * TEXT_WINDOW, min(end, start + (chunk + 1) * TEXT_WINDOW)
    return start, max(start, min(end, length)), page


def load_report_view(store: Store, doc_id: str, query: dict[str, str] | None = None,
                     claim_id: str | None = None, at: int | None = None) -> ReportView | None:
    """The view of one stored document under the filters of ``query`` (None if there is no such
    document). ``claim_id`` selects a claim (its list page and text window are shown unless ``p`` or
    ``at`` say otherwise)."""
    counts = document_counts(store, doc_id)
    if counts is None:
        return None
    document = _records(store, "documents", "id = ?", [doc_id])[0]
    filters = Filters.from_query(query or {})
    where, params = filter_sql(doc_id, filters)
    total = store.conn.execute(f"SELECT count(*) FROM claims c WHERE {where}", params).fetchone()[0]
    found = _claims(store, "c.doc = ? AND c.id = ?", [doc_id, claim_id], 1) if claim_id else []
    selected = found[0] if found else None
    position = _position(store, where, params, selected) if selected else None
    if selected is not None and position is not None and "p" not in (query or {}):
        filters = replace(filters, p=position // filters.size)
    page_claims = _claims(store, where, params, filters.size, filters.p * filters.size)
    view = ReportView(document=document, counts=counts, filters=filters, total=total, claims=page_claims,
                      selected=selected, position=position)
    if position is not None:
        neighbours = _claims(store, where, params, 3 if position else 2, max(position - 1, 0))
        ids = [c["id"] for c in neighbours]
        here = ids.index(selected["id"])
        view.prev_id = ids[here - 1] if here > 0 else None
        view.next_id = ids[here + 1] if here + 1 < len(ids) else None
    elif page_claims:
        view.next_id = page_claims[0]["id"]
    _load_text(store, view, doc_id, at if at is not None else (selected or (page_claims or [{}])[0]).get("char_start"))
    _load_details(store, view, doc_id)
    return view


def _load_text(store: Store, view: ReportView, doc: str, at: int | None) -> None:
    row = store.conn.execute("SELECT length(text) FROM texts WHERE doc = ?", (doc,)).fetchone()
    if row is None:
        view.text_note = ("The source text is not in this store (made by an older tieout); extract the file "
                          "again with --force to see it. Claim sentences are shown instead.")
        return
    view.text_length = int(row[0])
    start, end, page = _window(store, doc, view.text_length, at)
    view.text = store.conn.execute("SELECT substr(text, ?, ?) FROM texts WHERE doc = ?",
                                   (start + 1, end - start, doc)).fetchone()[0]
    view.window, view.window_page = (start, end), page
    view.window_claims = _claims(store, "c.doc = ? AND c.char_start >= ? AND c.char_end <= ?", [doc, start, end],
                                 TEXT_WINDOW)


def _load_details(store: Store, view: ReportView, doc: str) -> None:
    """Links, decisions (of every claim shown), checks, tables and cells (of the selected claim), the
    document's conflicts and failed checks (bounded) and its claims per section."""
    shown = {c["id"] for c in view.claims + view.window_claims}
    if view.selected is not None:
        shown.add(view.selected["id"])
    ids = sorted(shown)
    for start in range(0, len(ids), 500):
        batch = ids[start:start + 500]
        for link in _records(store, "links", f"doc = ? AND claim_id IN ({_in(batch)})", [doc] + batch):
            view.links.setdefault(link["claim_id"], []).append(link)
        reviews = _records(store, "reviews", f"doc = ? AND claim_id IN ({_in(batch)})", [doc] + batch, "id")
        view.decisions.update(rv.claim_decisions(reviews))
    if view.selected is not None:
        claim_id = view.selected["id"]
        view.checks[claim_id] = _records(
            store, "checks", "doc = ? AND id IN (SELECT check_id FROM check_claims WHERE doc = ? AND claim_id = ?)",
            [doc, doc, claim_id], "id")
        for table_id in {link["table_id"] for link in view.links.get(claim_id, [])}:
            table = _records(store, "tables", "doc = ? AND id = ?", [doc, table_id])
            if table:
                view.tables[table_id] = table[0]
                view.cells[table_id] = _records(store, "cells", "doc = ? AND table_id = ?", [doc, table_id], "n")
    view.conflict_claims = _claims(store, f"c.doc = ? AND {IN_CONFLICT}", [doc], MAX_LISTED)
    view.failed = _records(store, "checks", "doc = ? AND NOT ok", [doc], "id", MAX_LISTED)
    view.sections = [(row[0] or "", row[1]) for row in store.conn.execute(
        "SELECT section, count(*) FROM claims WHERE doc = ? GROUP BY section ORDER BY count(*) DESC, section",
        (doc,))]
