"""What the review page shows, read from the claim store: document counts and one report's view.

The store keeps records, not the source text; the text is re-read from the document's path (as
``tieout text`` would print it) and used only when its sha256 still matches the stored one.
"""
from __future__ import annotations

import logging
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..store import Store
from . import reviews as rv

logger = logging.getLogger(__name__)

MATCH, CONFLICT, UNSUPPORTED = "match", "conflict", "unsupported"

COUNTS_SQL = """
SELECT d.id AS id, d.title AS title, d.org AS org, d.year AS year, d.path AS path,
  (SELECT count(*) FROM claims c WHERE c.doc = d.id) AS claims,
  (SELECT count(*) FROM links l WHERE l.doc = d.id) AS links,
  (SELECT count(*) FROM links l WHERE l.doc = d.id AND l.status = 'conflict') AS conflicts,
  (SELECT count(*) FROM checks k WHERE k.doc = d.id AND NOT k.ok) AS failed_checks,
  (SELECT count(DISTINCT r.claim_id) FROM reviews r WHERE r.doc = d.id) AS reviewed
FROM documents d ORDER BY d.id
"""


def document_summaries(store: Store) -> list[dict[str, Any]]:
    """One dict per stored document: id, title, org, year, path and the counts of the list page."""
    return [dict(row) for row in store.conn.execute(COUNTS_SQL)]


@lru_cache(maxsize=8)
def _read_text(path: str, sha256: str) -> str | None:
    """The source text of ``path`` if the file still has this sha256, else None."""
    from ..ingest import file_sha256, read_document

    try:
        if file_sha256(Path(path)) != sha256:
            return None
        return read_document(path).text
    except Exception:   # any unreadable file: the page falls back to claim sentences
        logger.debug("cannot re-read %s", path, exc_info=True)
        return None


def source_text(document: dict[str, Any], store_path: Path) -> tuple[str | None, str]:
    """(source text or None, a note saying why it is missing) for a document record."""
    raw = Path(document.get("path") or "")
    candidates = [raw] if raw.is_absolute() else [raw, store_path.parent / raw]
    for path in candidates:
        if path.is_file():
            text = _read_text(str(path.resolve()), document.get("sha256") or "")
            if text is not None:
                return text, ""
            return None, f"{path} changed since it was extracted; showing claim sentences only"
    return None, f"{raw} is not readable from here; showing claim sentences only"


@dataclass(slots=True)
class ReportView:
    """Everything the report page needs for one document."""

    document: dict[str, Any]
    text: str | None
    text_note: str
    claims: list[dict[str, Any]]
    links: dict[str, list[dict[str, Any]]] = field(default_factory=dict)       # by claim id
    checks: dict[str, list[dict[str, Any]]] = field(default_factory=dict)      # by claim id
    tables: dict[str, dict[str, Any]] = field(default_factory=dict)            # by table id
    cells: dict[str, list[dict[str, Any]]] = field(default_factory=dict)       # by table id
    decisions: dict[str, dict[str, Any]] = field(default_factory=dict)         # by claim id

    def claim(self, claim_id: str | None) -> dict[str, Any] | None:
        """The claim record with this id, or None."""
        return next((c for c in self.claims if c["id"] == claim_id), None) if claim_id else None

    def status(self, claim_id: str) -> str:
        """Tie-out status of a claim: conflict if any link conflicts, match if linked, else unsupported."""
        statuses = {link["status"] for link in self.links.get(claim_id, ())}
        if CONFLICT in statuses:
            return CONFLICT
        return MATCH if statuses else UNSUPPORTED

    def status_counts(self) -> tuple[int, int, int]:
        """(match, unsupported, conflict) over all claims."""
        counts = defaultdict(int)
        for claim in self.claims:
            counts[self.status(claim["id"])] += 1
        return counts[MATCH], counts[UNSUPPORTED], counts[CONFLICT]

    def failed_checks(self) -> list[dict[str, Any]]:
        """Every failed check of the document, once."""
        seen: dict[str, dict[str, Any]] = {}
        for checks in self.checks.values():
            for check in checks:
                if not check.get("ok"):
                    seen.setdefault(check["id"], check)
        return list(seen.values())


def _by(records: list[dict[str, Any]], key: str) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for record in records:
        out[record[key]].append(record)
    return dict(out)


def _checks_by_claim(checks: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for check in checks:
        for claim_id in check.get("claims") or ():
            out[claim_id].append(check)
    return dict(out)


def load_report_view(store: Store, doc_id: str) -> ReportView | None:
    """The view of one stored document, or None if there is no such document."""
    document = next((d for d in store.records("documents", doc_id)), None)
    if document is None:
        return None
    text, note = source_text(document, store.path)
    tables = store.records("tables", doc_id)
    cells = store.records("cells", doc_id) if tables else []
    return ReportView(
        document=document, text=text, text_note=note, claims=store.claims(doc=doc_id),
        links=_by(store.records("links", doc_id), "claim_id"),
        checks=_checks_by_claim(store.records("checks", doc_id)),
        tables={t["id"]: t for t in tables}, cells=_by(cells, "table_id"),
        decisions=rv.claim_decisions(rv.reviews_of(store.conn, doc_id)))
