"""HTML of the review page: layout, document list, report text with highlighted claims.

Every piece of stored or report text goes through ``esc`` (html.escape, quotes included); markup is
built only from constants. The page carries no script at all.
"""
from __future__ import annotations

from typing import Any, Iterable

from .. import charts
from .data import CONFLICT, ReportView
from .markup import esc, report_url
from .panel import claim_panel, decision_class

CSS = """
body{font-family:sans-serif;margin:0;color:#222;background:#fafafa}
header{background:#263238;color:#fff;padding:8px 16px}header a{color:#fff;margin-right:16px}
main{padding:12px 16px}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px;
font-size:13px;text-align:left;vertical-align:top}th{background:#eceff1}
.grid{display:grid;grid-template-columns:minmax(0,3fr) minmax(320px,2fr);gap:16px;align-items:start}
.text{white-space:pre-wrap;line-height:1.7;background:#fff;padding:12px;border:1px solid #ddd;font-size:14px}
.panel{position:sticky;top:0;max-height:100vh;overflow:auto;background:#fff;border:1px solid #ddd;padding:10px}
a.claim{color:inherit;text-decoration:none;border-bottom:3px solid #90a4ae;padding:0 1px}
.st-match{background:#c8e6c9}.st-conflict{background:#ffcdd2;outline:2px solid #c62828}
.st-unsupported{background:#eeeeee}
.k-count{border-color:#1565c0!important}.k-money{border-color:#6a1b9a!important}
.k-share{border-color:#ef6c00!important}.k-growth{border-color:#2e7d32!important}
.k-delta{border-color:#00838f!important}.k-rank{border-color:#ad1457!important}
.k-measure{border-color:#5d4037!important}
a.claim.sel{box-shadow:0 0 0 3px #ffd600}.rev-wrong{text-decoration:line-through!important}
.rev-confirmed::after{content:" \\2713";color:#2e7d32}.rev-rejected::after{content:" \\2717";color:#c62828}
.mark{background:#ffd600;font-weight:bold}.bad{color:#c62828}.ok{color:#2e7d32}.note{color:#666}
.charts svg{margin-right:16px;vertical-align:top}.legend span{margin-right:10px;padding:0 4px}
form.inline{display:inline-block;margin:2px 4px 2px 0}input,select{font-size:13px}
.decision{background:#fff8e1;border:1px solid #ffe082;padding:4px;margin:4px 0}
caption{text-align:left;font-weight:bold;padding:4px 0}
"""
CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; "
       "frame-ancestors 'none'; base-uri 'none'")


def page(title: str, body: str) -> str:
    """A whole HTML page."""
    return ("<!doctype html><html lang=\"zh\"><head><meta charset=\"utf-8\">"
            f"<title>{esc(title)}</title><style>{CSS}</style></head><body>"
            "<header><a href=\"/\">Documents</a><a href=\"/reviews.csv\">reviews.csv</a>"
            f"<strong>{esc(title)}</strong></header><main>{body}</main></body></html>")


LIST_COLUMNS = ("claims", "links", "conflicts", "failed_checks", "reviewed")


def documents_page(summaries: Iterable[dict[str, Any]]) -> str:
    """The list of documents with their counts."""
    head = "".join(f"<th>{esc(c.replace('_', ' '))}</th>" for c in ("document", "title", "year") + LIST_COLUMNS)
    rows = []
    for doc in summaries:
        counts = "".join(f"<td class=\"{'bad' if c in ('conflicts', 'failed_checks') and doc[c] else ''}\">"
                         f"{esc(doc[c])}</td>" for c in LIST_COLUMNS)
        rows.append(f"<tr><td><a href=\"{esc(report_url(doc['id']))}\">{esc(doc['id'])}</a></td>"
                    f"<td>{esc(doc.get('title'))}</td><td>{esc(doc.get('year'))}</td>{counts}</tr>")
    if not rows:
        rows.append(f"<tr><td colspan=\"{3 + len(LIST_COLUMNS)}\">No documents in this store yet "
                    "(run <code>tieout extract</code>).</td></tr>")
    return page("tieout review", f"<table class=\"docs\"><tr>{head}</tr>{''.join(rows)}</table>")


def claim_anchor(index: int) -> str:
    """The HTML id of the index-th claim in the text."""
    return f"claim-{index}"


def _claim_link(view: ReportView, claim: dict[str, Any], index: int, selected: str | None, label: str) -> str:
    status = view.status(claim["id"])
    classes = ["claim", f"k-{claim.get('kind') or 'none'}", f"st-{status}"]
    classes += ["sel"] if claim["id"] == selected else []
    classes += decision_class(view.decisions.get(claim["id"]))
    title = f"{claim.get('kind')} · {status} · {claim.get('metric') or ''}"
    href = report_url(view.document["id"], claim["id"], claim_anchor(index))
    return (f"<a class=\"{esc(' '.join(classes))}\" id=\"{claim_anchor(index)}\" href=\"{esc(href)}\" "
            f"title=\"{esc(title)}\" data-claim=\"{esc(claim['id'])}\" data-status=\"{status}\">"
            f"{esc(label)}</a>")


def highlighted_text(view: ReportView, selected: str | None) -> str:
    """The source text, escaped, with every claim a link coloured by kind and status."""
    text = view.text or ""
    out, pos = [], 0
    for index, claim in enumerate(view.claims):
        start, end = int(claim["char_start"]), int(claim["char_end"])
        if start < pos or end > len(text) or start >= end:
            continue        # overlapping or out-of-range spans are listed in the panel only
        out.append(esc(text[pos:start]))
        out.append(_claim_link(view, claim, index, selected, text[start:end]))
        pos = end
    out.append(esc(text[pos:]))
    return "<div class=\"text\">" + "".join(out) + "</div>"


def sentences_only(view: ReportView, selected: str | None) -> str:
    """Fallback without source text: each claim with its sentence."""
    items = [f"<li>{_claim_link(view, c, i, selected, c.get('text') or '')} "
             f"<span class=\"note\">{esc(c.get('sentence'))}</span></li>" for i, c in enumerate(view.claims)]
    return (f"<p class=\"note\">{esc(view.text_note)}</p><ol class=\"text\">" + "".join(items) + "</ol>")


def legend() -> str:
    """What the highlight colours mean."""
    spans = "".join(f"<span class=\"st-{s}\">{s}</span>" for s in ("match", "conflict", "unsupported"))
    kinds = "".join(f"<span class=\"claim k-{k}\" style=\"border-bottom:3px solid\">{k}</span>"
                    for k in ("count", "money", "measure", "share", "delta", "growth", "rank"))
    return f"<p class=\"legend\">Tie-out: {spans} · Kind (underline): {kinds}</p>"


def overview(view: ReportView) -> str:
    """Title, counts, the two charts and the conflicts / failed checks of the report."""
    doc = view.document
    n_match, n_unsupported, n_conflict = view.status_counts()
    conflicts = [(i, c) for i, c in enumerate(view.claims) if view.status(c["id"]) == CONFLICT]
    items = "".join(f"<li><a href=\"{esc(report_url(doc['id'], c['id'], claim_anchor(i)))}\">"
                    f"{esc(c.get('text'))}</a> {esc(c.get('metric'))}</li>" for i, c in conflicts)
    failed = "".join(f"<li>{esc(k.get('kind'))}: {esc(k.get('explanation'))}</li>" for k in view.failed_checks())
    return (f"<h2>{esc(doc.get('title') or doc['id'])}</h2>"
            f"<p class=\"note\">{esc(doc['id'])} · {esc(doc.get('org'))} · {esc(doc.get('year'))} · "
            f"{len(view.claims)} claims</p>"
            f"<div class=\"charts\">{charts.tieout_status_svg(n_match, n_unsupported, n_conflict)}"
            f"{charts.claims_per_section_svg(view.claims)}</div>{legend()}"
            f"<details{' open' if items else ''}><summary>Conflicts ({len(conflicts)})</summary><ul>{items}</ul>"
            f"</details><details><summary>Failed checks ({len(view.failed_checks())})</summary><ul>{failed}"
            "</ul></details>")


def report_page(view: ReportView, selected: str | None, csrf: str, reviewer: str) -> str:
    """The report view: overview, highlighted text, and the selected claim's panel."""
    body = highlighted_text(view, selected) if view.text is not None else sentences_only(view, selected)
    claim = view.claim(selected)
    panel = (claim_panel(view, claim, csrf, reviewer) if claim is not None
             else "<p class=\"note\">Click a highlighted number to see its fields, table cell and checks.</p>")
    return page(str(view.document.get("title") or view.document["id"]),
                overview(view) + f"<div class=\"grid\">{body}<aside class=\"panel\" id=\"panel\">{panel}"
                "</aside></div>")


def message_page(title: str, message: str) -> str:
    """A small page for errors (404, 403, 400)."""
    return page(title, f"<p>{esc(message)}</p><p><a href=\"/\">Back to the documents</a></p>")
