"""The tie-out audit of one document: conflicts and failed checks first, then every claim with the
cell(s) it ties to, or "unsupported". As plain text, CSV, or one self-contained HTML page.

Report text is untrusted: everything that goes into the HTML page is escaped, and the page loads
nothing (inline CSS, no scripts, no external resources).

Example:
    >>> from extract.store import Store                              # doctest: +SKIP
    >>> with Store("tieout.db") as store:                            # doctest: +SKIP
    ...     audit = load_audit("corpora/seeds/000_0d6d81e4e345128e.txt", store)
    ...     print(audit_text(audit))
"""
from __future__ import annotations

import csv
import html
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from .batch import extract_paths
from .charts import claims_per_section_svg, tieout_status_svg
from .errors import StoreError
from .ingest import file_sha256
from .link.checks import check_line
from .link.features import locate_text
from .store import Store

UNSUPPORTED = "unsupported"
CSV_COLUMNS = ("section", "status", "claim_id", "page", "text", "value", "unit", "metric", "table",
               "row", "col", "cell_value", "score", "explanation", "sentence")
RECORD_TABLES = ("claims", "tables", "cells", "links", "checks")
CSS = """body{font-family:sans-serif;margin:1.5em;color:#222}h1{font-size:1.3em}
h2{font-size:1.1em;border-bottom:1px solid #ccc}.item{border:1px solid #ddd;margin:.6em 0;padding:.5em}
.conflict{border-left:6px solid #c0392b}.fail{border-left:6px solid #e67e22}.match{border-left:6px solid #27ae60}
.unsupported{border-left:6px solid #999}mark{background:#ffe066}table{border-collapse:collapse;margin:.4em 0}
td,th{border:1px solid #bbb;padding:2px 6px;font-size:.9em}td.hit{background:#ffe066;font-weight:bold}
.meta{color:#666;font-size:.85em}"""


@dataclass
class Audit:
    """One document's records, grouped for the audit views."""

    doc: str
    claims: list[dict[str, Any]]
    tables: dict[str, dict[str, Any]]
    links: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    checks: list[dict[str, Any]] = field(default_factory=list)

    @property
    def conflicts(self) -> list[tuple[dict, dict]]:
        """(claim, link) of every conflict link, in text order."""
        return [(c, l) for c in self.claims for l in self.links.get(c["id"], []) if l["status"] == "conflict"]

    @property
    def failed(self) -> list[dict[str, Any]]:
        """Checks that failed (not those that could not be checked: ``ok`` None)."""
        return [c for c in self.checks if c.get("ok") is False]

    @property
    def unchecked(self) -> list[dict[str, Any]]:
        """Checks that could not be made (a scale mismatch); their explanation says why."""
        return [c for c in self.checks if c.get("ok") is None]


class AuditError(StoreError):
    """The audit target is neither a readable file nor a document id in the store."""


def load_audit(target: str, store: Store) -> Audit:
    """The audit of FILE (extracted into the store first when it is not there) or of a DOC_ID."""
    path = Path(target)
    doc = target
    if path.is_file():
        try:
            sha256 = file_sha256(path)
        except OSError as exc:
            raise AuditError(f"{path}: cannot read: {exc.strerror or exc}") from None
        doc = store.has_sha256(sha256) or _extract(path, sha256, store)
    records = {name: store.records(name, doc) for name in RECORD_TABLES}
    if not store.records("documents", doc):
        raise AuditError(f"{target}: no such file, and no document with this id in {store.path}")
    return build_audit(doc, records)


def _extract(path: Path, sha256: str, store: Store) -> str:
    """Extract one file into the store (``extract.batch``); its document id."""
    extract_paths([path], store=store)
    doc = store.has_sha256(sha256)
    if doc is None:
        failed = [f for f in store.failures() if f.get("path") == str(path)]
        raise AuditError(failed[0]["message"] if failed else f"{path}: could not be extracted")
    return doc


def build_audit(doc: str, records: dict[str, list[dict[str, Any]]]) -> Audit:
    """An Audit from store records (claims, tables, cells, links, checks) of one document."""
    tables = {t["id"]: {**t, "cells": []} for t in records.get("tables", [])}
    for cell in records.get("cells", []):
        if cell.get("table_id") in tables:
            tables[cell["table_id"]]["cells"].append(cell)
    links: dict[str, list[dict[str, Any]]] = {}
    for link in records.get("links", []):
        links.setdefault(link["claim_id"], []).append(link)
    claims = sorted(records.get("claims", []), key=lambda c: (c.get("char_start") or 0, c["id"]))
    return Audit(doc, claims, tables, links, list(records.get("checks", [])))


def claim_status(audit: Audit, claim: dict[str, Any]) -> str:
    """"conflict", "match" or "unsupported"."""
    statuses = {l["status"] for l in audit.links.get(claim["id"], [])}
    return "conflict" if "conflict" in statuses else "match" if statuses else UNSUPPORTED


def audit_rows(audit: Audit) -> list[dict[str, Any]]:
    """Flat rows: conflicts, failed checks, then every claim (with each of its links)."""
    rows = [_claim_row("conflict", c, l) for c, l in audit.conflicts]
    rows += [{"section": section, "status": chk["kind"], "claim_id": " ".join(chk.get("claims") or []),
              "table": " ".join(chk.get("cells") or []), "explanation": chk.get("explanation"), "check": chk}
             for section, checks in (("failed check", audit.failed), ("not checkable", audit.unchecked))
             for chk in checks]
    for claim in audit.claims:
        links = audit.links.get(claim["id"]) or [None]
        rows += [_claim_row("claim", claim, link) for link in links]
    return rows


def _claim_row(section: str, claim: dict[str, Any], link: dict[str, Any] | None) -> dict[str, Any]:
    """One flat audit row of a claim and one of its links (or none)."""
    row = {"section": section, "status": link["status"] if link else UNSUPPORTED, "claim_id": claim["id"],
           "page": claim.get("page"), "text": claim.get("text"), "value": claim.get("value"),
           "unit": claim.get("unit"), "metric": claim.get("metric"), "sentence": claim.get("sentence")}
    if link:
        row.update(table=link["table_id"], row=link["row"], col=link["col"], cell_value=link["value"],
                   score=link["score"])
    return row


def audit_text(audit: Audit) -> str:
    """The audit as plain text: one line per conflict, failed check and claim."""
    lines = [f"Audit of {audit.doc}: {len(audit.claims)} claims, {len(audit.conflicts)} conflicts, "
             f"{len(audit.failed)} failed checks of {len(audit.checks)}{_unchecked_note(audit)}"]
    for row in audit_rows(audit):
        if "check" in row:
            lines.append(check_line(row["check"]))
            continue
        where = f"{row['table']} [{row['row']} / {row['col']}] = {row['cell_value']}" if row.get("table") else UNSUPPORTED
        tag = "CONFLICT" if row["section"] == "conflict" else row["status"]
        lines.append(f"{tag}: p.{row['page']} {_one_line(row['text'])} -> {_one_line(where)} "
                     f"| {_one_line(row['sentence'])}")
    return "\n".join(lines) + "\n"


def _unchecked_note(audit: Audit) -> str:
    """", 2 not checkable" when some checks could not be made, else ""."""
    return f", {len(audit.unchecked)} not checkable" if audit.unchecked else ""


def _one_line(value: Any) -> str:
    """A value as one line of text ("" for None)."""
    return " ".join(str(value if value is not None else "").split())


def write_csv(audit: Audit, out: IO[str]) -> None:
    """The audit rows as CSV (header first)."""
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in audit_rows(audit):
        writer.writerow({k: _one_line(row.get(k)) for k in CSV_COLUMNS})


def audit_html(audit: Audit) -> str:
    """One self-contained HTML page (inline CSS, no scripts); all report text escaped."""
    esc = html.escape
    parts = [f"<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"utf-8\"><title>Audit {esc(audit.doc)}"
             f"</title><style>{CSS}</style></head><body><h1>Tie-out audit: {esc(audit.doc)}</h1>",
             f"<p class=\"meta\">{len(audit.claims)} claims, {len(audit.conflicts)} conflicts, "
             f"{len(audit.failed)} failed checks of {len(audit.checks)}{esc(_unchecked_note(audit))}</p>",
             f"<div class=\"charts\">{_charts(audit)}</div><h2>Conflicts</h2>"]
    parts += [_claim_html(audit, c, l, "conflict") for c, l in audit.conflicts] or ["<p>None.</p>"]
    parts.append("<h2>Failed checks</h2>")
    parts += [f"<div class=\"item fail\"><b>{esc(chk['kind'])}</b> {esc(str(chk.get('explanation') or ''))}"
              f"<div class=\"meta\">{esc(' '.join(chk.get('claims') or []))} {esc(' '.join(chk.get('cells') or []))}"
              f"</div></div>" for chk in audit.failed] or ["<p>None.</p>"]
    if audit.unchecked:
        parts.append("<h2>Not checkable</h2>")
        parts += [f"<div class=\"item unsupported\">{esc(check_line(chk))}</div>" for chk in audit.unchecked]
    parts.append("<h2>All claims</h2>")
    for claim in audit.claims:
        links = audit.links.get(claim["id"]) or [None]
        parts += [_claim_html(audit, claim, link, link["status"] if link else UNSUPPORTED) for link in links]
    parts.append("</body></html>")
    return "\n".join(parts)


def _charts(audit: Audit) -> str:
    """Claims per section and supported / unsupported / conflicting, as inline SVG."""
    statuses = [claim_status(audit, claim) for claim in audit.claims]
    n_conflict = statuses.count("conflict")
    n_match = statuses.count("match")
    return claims_per_section_svg(audit.claims) + tieout_status_svg(n_match, len(statuses) - n_match - n_conflict,
                                                                    n_conflict)


def _claim_html(audit: Audit, claim: dict[str, Any], link: dict[str, Any] | None, css: str) -> str:
    """A claim: page, highlighted sentence, and the table line with the tied cell marked."""
    esc = html.escape
    head = (f"<div class=\"item {esc(css)}\"><div class=\"meta\">p.{esc(str(claim.get('page')))} · "
            f"{esc(claim['id'])} · {esc(css)}</div><p>{highlight(claim.get('sentence') or '', claim.get('text') or '')}</p>")
    if link is None:
        return head + f"<p class=\"meta\">{UNSUPPORTED}: no table cell holds this figure</p></div>"
    where = (f"<p class=\"meta\">{esc(link['table_id'])} [{esc(str(link['row']))} / {esc(str(link['col']))}] = "
             f"{esc(str(link['value']))} (score {esc(str(link['score']))})</p>")
    return head + where + table_line_html(audit.tables.get(link["table_id"]), link) + "</div>"


def highlight(sentence: str, text: str) -> str:
    """The sentence, escaped, with the claim's text wrapped in <mark>."""
    start, length = locate_text(text, sentence)
    if start < 0:
        return html.escape(sentence)
    return (html.escape(sentence[:start]) + "<mark>" + html.escape(sentence[start:start + length])
            + "</mark>" + html.escape(sentence[start + length:]))


def table_line_html(table: dict[str, Any] | None, link: dict[str, Any]) -> str:
    """The linked table's header and the linked row, the tied cell marked (escaped)."""
    if not table:
        return ""
    esc = html.escape
    cols = list(dict.fromkeys(c["col"] for c in table["cells"]))
    row = {c["col"]: c for c in table["cells"] if c["row"] == link["row"]}
    head = "".join(f"<th>{esc(str(col))}</th>" for col in cols)
    body = "".join(f"<td class=\"{'hit' if col == link['col'] else ''}\">"
                   f"{esc(str(row[col]['text'])) if col in row else ''}</td>" for col in cols)
    return (f"<table><caption>{esc(str(table['id']))} {esc(str(table.get('caption') or ''))}</caption>"
            f"<tr><th></th>{head}</tr><tr><th>{esc(str(link['row']))}</th>{body}</tr></table>")


__all__ = ["Audit", "AuditError", "load_audit", "build_audit", "audit_rows", "audit_text", "write_csv",
           "audit_html", "highlight", "claim_status"]
