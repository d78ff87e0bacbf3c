"""Real sentences read the way the pipeline reads a paragraph: the claims tests' shared helpers."""
from __future__ import annotations

from dataclasses import replace

from extract.claims import find_claims
from extract.ingest.text import document_from_text
from extract.structure import find_cases, find_sections


def claims_of(text: str, year: int | None = None):
    """The claims of ``text`` read as a document (``year`` the report's year when given)."""
    document = document_from_text(text)
    if year:
        document = replace(document, year=year)
    sections = find_sections(document)
    return find_claims(document, sections=sections, cases=find_cases(document, sections))


def by_text(text: str, year: int | None = None) -> dict:
    """The claims of ``text`` by their text as written ("2.9%", "1.2个")."""
    return {c.text: c for c in claims_of(text, year)}


def one(text: str, written: str, year: int | None = None):
    """The first claim whose text holds ``written`` or is part of it."""
    found = [c for c in claims_of(text, year) if written in c.text or c.text in written]
    assert found, f"no claim {written!r} in {[c.text for c in claims_of(text, year)]}"
    return found[0]


def metrics_at(text: str, written: str) -> list[str | None]:
    """The metrics of the claims that start where ``written`` does (``written`` holds the number and what follows
    it, to tell apart counts written more than once)."""
    at = text.index(written)
    return [c.metric for c in claims_of(text + "\n") if c.char_start == at]


def metric_of(text: str, written: str) -> str | None:
    """The metric of the first claim whose text holds ``written``."""
    found = [c for c in claims_of(text) if written in c.text]
    assert found, f"no claim {written!r} in {[c.text for c in claims_of(text)]}"
    return found[0].metric
