"""From one document's contract records to the rows of every store table: key columns and child tables.

The records say which section, case, cell a claim or check refers to by label; the store turns each
reference into a key that a declared foreign key can check (DESIGN.md §4):

- ``claims.section_id``: the innermost section whose span holds the claim; ``claims.case_id``: the
  claim's ``case`` when that case is stored; ``claims.words``: the sentence segmented for search.
- ``cells.n``: the cell's position in its table; ``links.cell``: the cell the link's row and column
  labels (and value) name.
- ``case_claims``, ``check_claims``, ``check_cells``: the list fields as rows.

A record whose primary key repeats an earlier one of the same document is dropped with a warning, and
references that point at nothing become NULL keys, so one odd record never costs the document.
"""
from __future__ import annotations

import logging
import re
import unicodedata
from bisect import bisect_right
from collections import defaultdict
from typing import Any, Iterable

from .schema import TABLES

logger = logging.getLogger(__name__)

Rows = dict[str, list[dict[str, Any]]]
_WORD = re.compile(r"\w", re.UNICODE)


def search_words(text: str | None) -> str:
    """``text`` as space-separated words for FTS5's unicode61 tokenizer: jieba's search-mode cut (every
    dictionary word inside a longer word too: 毕业生就业率 -> 毕业 毕业生 就业 就业率)."""
    if not text:
        return ""
    from ..nlp.segmenter import jieba_tokenizer

    words = (w.strip() for w in jieba_tokenizer().cut_for_search(text, HMM=False))
    return " ".join(w for w in words if w and _WORD.search(w))


def query_words(text: str) -> list[str]:
    """The words of a search query (jieba's ordinary cut; punctuation and spaces dropped)."""
    from ..nlp.segmenter import jieba_tokenizer

    text = unicodedata.normalize("NFKC", text)
    return [w for w in (w.strip() for w in jieba_tokenizer().cut(text, HMM=False)) if w and _WORD.search(w)]


def _dedupe(name: str, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Records with a primary key not seen before (a repeat is logged and dropped)."""
    key = TABLES[name].primary_key
    seen: set[tuple[Any, ...]] = set()
    out = []
    for record in records:
        value = tuple(record.get(k) for k in key)
        if value in seen:
            logger.warning("%s: %s %s repeats an earlier one; dropped", record.get("doc"), name, value)
            continue
        seen.add(value)
        out.append(record)
    return out


class _SectionFinder:
    """The innermost section whose [char_start, char_end) holds an offset."""

    def __init__(self, sections: list[dict[str, Any]]):
        self.sections = sorted((s for s in sections if s.get("char_start") is not None),
                               key=lambda s: (s["char_start"], -(s.get("char_end") or 0)))
        self.starts = [s["char_start"] for s in self.sections]

    def find(self, offset: int | None) -> str | None:
        if offset is None:
            return None
        for index in range(bisect_right(self.starts, offset) - 1, -1, -1):
            section = self.sections[index]
            if section["char_start"] <= offset < (section.get("char_end") or 0):
                return section["id"]
        return None


def _cell_keys(cells: list[dict[str, Any]]) -> tuple[dict[tuple[str, str, str], list[dict]], dict[str, tuple]]:
    """Cells by (table, row, col) labels, and the first cell of each 'table/row/col' reference."""
    by_labels: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
    refs: dict[str, tuple[str, int]] = {}
    for cell in cells:
        by_labels[(cell["table_id"], cell.get("row"), cell.get("col"))].append(cell)
        refs.setdefault(f"{cell['table_id']}/{cell.get('row')}/{cell.get('col')}", (cell["table_id"], cell["n"]))
    return by_labels, refs


def _link_cell(link: dict[str, Any], by_labels: dict[tuple[str, str, str], list[dict]]) -> int | None:
    """The position of the cell a link names: same labels, the same value when several share them."""
    candidates = by_labels.get((link["table_id"], link.get("row"), link.get("col")), [])
    for cell in candidates:
        if link.get("value") is not None and cell.get("value") == link.get("value"):
            return cell["n"]
    return candidates[0]["n"] if candidates else None


def _pairs(doc: str, owners: Iterable[dict[str, Any]], owner_key: str, known: set[str]) -> list[dict[str, Any]]:
    """(owner, claim) rows for the claim ids listed in each owner's ``claims``, known ones only."""
    out, seen = [], set()
    for owner in owners:
        for claim_id in owner.get("claims") or ():
            if claim_id in known and (owner["id"], claim_id) not in seen:
                seen.add((owner["id"], claim_id))
                out.append({"doc": doc, owner_key: owner["id"], "claim_id": claim_id})
    return out


def document_rows(doc: str, grouped: Rows, text: str | None = None,
                  pages: Iterable[tuple[int, int, int]] = ()) -> Rows:
    """Every store row of one document from its records grouped by table (``cells`` already split out
    of their tables, each with ``table_id``)."""
    rows: Rows = {name: _dedupe(name, list(records)) for name, records in grouped.items()
                  if name in TABLES and name != "cells"}
    if text is not None:
        rows["texts"] = [{"doc": doc, "text": text}]
    rows["pages"] = [{"doc": doc, "page": n, "char_start": start, "char_end": end} for n, start, end in pages]
    tables = {t["id"] for t in rows.get("tables", [])}
    cells: list[dict[str, Any]] = []
    position: dict[str, int] = defaultdict(int)
    for cell in grouped.get("cells", []):
        if cell["table_id"] not in tables:
            continue
        cells.append({**cell, "n": position[cell["table_id"]]})
        position[cell["table_id"]] += 1
    rows["cells"] = cells
    sections = _SectionFinder(rows.get("sections", []))
    cases = {c["id"] for c in rows.get("cases", [])}
    claims = rows.get("claims", [])
    for claim in claims:
        claim["section_id"] = sections.find(claim.get("char_start"))
        claim["case_id"] = claim.get("case") if claim.get("case") in cases else None
        claim["words"] = search_words(claim.get("sentence"))
    claim_ids = {c["id"] for c in claims}
    by_labels, refs = _cell_keys(cells)
    links = [link for link in rows.get("links", []) if link.get("claim_id") in claim_ids
             and link.get("table_id") in tables]
    for link in links:
        link["cell"] = _link_cell(link, by_labels)
    rows["links"] = links
    rows["case_claims"] = _pairs(doc, rows.get("cases", []), "case_id", claim_ids)
    rows["check_claims"] = _pairs(doc, rows.get("checks", []), "check_id", claim_ids)
    check_cells, seen = [], set()
    for check in rows.get("checks", []):
        for ref in check.get("cells") or ():
            if (check["id"], ref) in seen:
                continue
            seen.add((check["id"], ref))
            table_id, n = refs.get(ref, (None, None))
            check_cells.append({"doc": doc, "check_id": check["id"], "ref": ref, "table_id": table_id, "cell": n})
    rows["check_cells"] = check_cells
    return rows
