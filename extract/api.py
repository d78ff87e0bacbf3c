"""The library façade used by the CLI and by notebooks.

Example:
    >>> import extract
    >>> report = extract.read_report("corpora/seeds/000_0d6d81e4e345128e.txt")   # doctest: +SKIP
    >>> extract.claims_frame(report).head()                                     # doctest: +SKIP
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any, Iterable

from .ingest import read_document
from .records import Report, report_records, short_ids


def read_report(path: str | Path, *, doc_id: str | None = None) -> Report:
    """Extract everything from one file: document, sections, cases, claims, tables, links, checks."""
    document = read_document(path, doc_id=doc_id)
    from .claims import (assign_case_subjects, attach_claims, find_aliases, find_author, find_claims,
                         find_organisations, find_year)
    from .structure import find_cases, find_sections, unique_ids
    from .tables import find_tables
    from .link import tie_out
    from .link.checks import check_id

    sections = find_sections(document)
    source = document.path or document.doc_id
    tables, table_warnings = unique_ids(find_tables(document), source, "table")
    author = document.org or find_author(document)
    if author and not document.org:
        document = replace(document, org=author)
    if document.year is None:
        document = replace(document, year=find_year(document))
    cases, case_warnings = unique_ids(find_cases(document, sections), source, "case")
    if table_warnings or case_warnings:
        document = replace(document, warnings=document.warnings + tuple(table_warnings + case_warnings))
    cases = assign_case_subjects(document, cases, author)
    aliases = find_aliases(document.text)
    claims = find_claims(document, sections=sections, cases=cases, tables=tables, aliases=aliases)
    cases = attach_claims(cases, claims)
    links, checks = tie_out(document, claims, tables, sections=sections)
    report = Report(document=document, sections=tuple(sections), claims=tuple(claims), cases=tuple(cases),
                    tables=tuple(tables), links=tuple(links), checks=tuple(checks),
                    organisations=tuple(find_organisations(document, author, aliases)))
    # Record ids are short and scoped to the document (contract 2): c363, check-growth-1a2b3c4d5e.
    return short_ids(report, lambda k: check_id("", k.kind, k.claims, k.cells).lstrip("#"))


extract_report = read_report


def records(report: Report) -> list[dict[str, Any]]:
    """The report as JSON-ready records of the contract (DESIGN.md §2)."""
    return report_records(report)


def claims_frame(reports: Report | Iterable[Report]):
    """Claims of one or more reports as a pandas DataFrame (one row per claim)."""
    import pandas as pd

    if isinstance(reports, Report):
        reports = [reports]
    rows = [r for rep in reports for r in report_records(rep) if r["type"] == "claim"]
    return pd.DataFrame(rows)
