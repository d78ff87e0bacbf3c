"""HTML of the review page: layout, document list, and a report page that scales to 300-page reports
(a filtered, paged claim list, one window of source text, the selected claim's panel).

Every piece of stored or report text goes through ``esc`` (html.escape, quotes included); markup is
built only from constants. The only script is ``/static/review.js`` (keyboard review), served by the
app itself (CSP ``script-src 'self'``); every action also works without it.
"""
from __future__ import annotations

from typing import Any, Iterable

from .. import charts
from ..link.checks import check_line
from ..store.schema import CLAIM_KINDS
from .data import ReportView
from .markup import esc, hidden, report_url
from .panel import claim_panel, decision_class

CSS = """
body{font-family:sans-serif;margin:0;color:#222;background:#fafafa}
header{background:#263238;color:#fff;padding:8px 16px}header a{color:#fff;margin-right:16px}
main{padding:12px 16px}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px;
font-size:13px;text-align:left;vertical-align:top}th{background:#eceff1}
.grid{display:grid;grid-template-columns:minmax(0,3fr) minmax(320px,2fr);gap:16px;align-items:start}
.text{white-space:pre-wrap;line-height:1.7;background:#fff;padding:12px;border:1px solid #ddd;font-size:14px;
max-height:70vh;overflow:auto}
.panel{position:sticky;top:0;max-height:100vh;overflow:auto;background:#fff;border:1px solid #ddd;padding:10px}
a.claim{color:inherit;text-decoration:none;border-bottom:3px solid #90a4ae;padding:0 1px}
.st-match{background:#c8e6c9}.st-conflict{background:#ffcdd2;outline:2px solid #c62828}
.st-unsupported{background:#eeeeee}
.k-count{border-color:#1565c0!important}.k-money{border-color:#6a1b9a!important}
.k-share{border-color:#ef6c00!important}.k-growth{border-color:#2e7d32!important}
.k-delta{border-color:#00838f!important}.k-rank{border-color:#ad1457!important}
.k-measure{border-color:#5d4037!important}
a.claim.sel,tr.sel td{box-shadow:0 0 0 3px #ffd600}.rev-wrong{text-decoration:line-through!important}
.rev-confirmed::after{content:" \\2713";color:#2e7d32}.rev-rejected::after{content:" \\2717";color:#c62828}
.mark{background:#ffd600;font-weight:bold}.bad{color:#c62828}.ok{color:#2e7d32}.note{color:#666}
.charts svg{margin-right:16px;vertical-align:top}.legend span{margin-right:10px;padding:0 4px}
form.inline{display:inline-block;margin:2px 4px 2px 0}input,select{font-size:13px}
.decision{background:#fff8e1;border:1px solid #ffe082;padding:4px;margin:4px 0}
caption{text-align:left;font-weight:bold;padding:4px 0}
.filters{background:#fff;border:1px solid #ddd;padding:6px;margin:8px 0}.filters label{margin-right:10px}
.pager a,.pager span{margin-right:10px}.counts span{margin-right:14px}
table.claims{width:100%;margin:6px 0}kbd{border:1px solid #999;border-radius:3px;padding:0 3px;font-size:12px}
"""
CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'self'; form-action 'self'; "
       "frame-ancestors 'none'; base-uri 'none'")
LIST_COLUMNS = ("claims", "linked", "conflicts", "failed_checks", "reviewed")


def page(title: str, body: str, body_attrs: str = "", script: bool = False) -> str:
    """A whole HTML page."""
    return ("<!doctype html><html lang=\"zh\"><head><meta charset=\"utf-8\">"
            f"<title>{esc(title)}</title><style>{CSS}</style>"
            + ("<script src=\"/static/review.js\" defer></script>" if script else "")
            + f"</head><body{body_attrs}>"
            "<header><a href=\"/\">Documents</a><a href=\"/reviews.csv\">reviews.csv</a>"
            f"<strong>{esc(title)}</strong></header><main>{body}</main></body></html>")


def documents_page(summaries: Iterable[dict[str, Any]]) -> str:
    """The list of documents with their counts."""
    head = "".join(f"<th>{esc(c.replace('_', ' '))}</th>" for c in ("document", "title", "year") + LIST_COLUMNS)
    rows = []
    for doc in summaries:
        counts = "".join(f"<td class=\"{'bad' if c in ('conflicts', 'failed_checks') and doc[c] else ''}\" "
                         f"data-count=\"{c}\">{esc(doc[c])}</td>" for c in LIST_COLUMNS)
        rows.append(f"<tr data-doc=\"{esc(doc['id'])}\"><td><a href=\"{esc(report_url(doc['id']))}\">"
                    f"{esc(doc['id'])}</a></td><td>{esc(doc.get('title'))}</td><td>{esc(doc.get('year'))}</td>"
                    f"{counts}</tr>")
    if not rows:
        rows.append(f"<tr><td colspan=\"{3 + len(LIST_COLUMNS)}\">No documents in this store yet "
                    "(run <code>tieout extract</code>).</td></tr>")
    return page("tieout review", f"<table class=\"docs\"><tr>{head}</tr>{''.join(rows)}</table>")


def claim_anchor(index: int) -> str:
    """The HTML id of the index-th claim in the text window."""
    return f"claim-{index}"


def _url(view: ReportView, claim: str | None = None, anchor: str = "", **changes: Any) -> str:
    return report_url(view.document["id"], claim, anchor, **view.filters.params(**changes))


def _claim_link(view: ReportView, claim: dict[str, Any], index: int, label: str) -> str:
    status = view.status(claim["id"])
    selected = view.selected["id"] if view.selected else None
    classes = ["claim", f"k-{claim.get('kind') or 'none'}", f"st-{status}"]
    classes += ["sel"] if claim["id"] == selected else []
    classes += decision_class(view.decisions.get(claim["id"]))
    title = f"{claim.get('kind')} · {status} · {claim.get('metric') or ''}"
    href = _url(view, claim["id"], "claim-panel")
    return (f"<a class=\"{esc(' '.join(classes))}\" id=\"{claim_anchor(index)}\" href=\"{esc(href)}\" "
            f"title=\"{esc(title)}\" data-claim=\"{esc(claim['id'])}\" data-status=\"{status}\">"
            f"{esc(label)}</a>")


def highlighted_text(view: ReportView) -> str:
    """The text window, escaped, with every claim in it a link coloured by kind and status."""
    text, (base, end) = view.text or "", view.window
    out, pos = [], 0
    for index, claim in enumerate(view.window_claims):
        start, stop = int(claim["char_start"]) - base, int(claim["char_end"]) - base
        if start < pos or stop > len(text) or start >= stop:
            continue        # overlapping or out-of-range spans are listed in the panel only
        out.append(esc(text[pos:start]))
        out.append(_claim_link(view, claim, index, text[start:stop]))
        pos = stop
    out.append(esc(text[pos:]))
    where = f"page {view.window_page}, " if view.window_page else ""
    nav = []
    if base > 0:
        nav.append(f"<a rel=\"prev\" class=\"text-prev\" href=\"{esc(_url(view, at=base - 1))}\">◀ previous text</a>")
    if end < view.text_length:
        nav.append(f"<a class=\"text-next\" href=\"{esc(_url(view, at=end))}\">next text ▶</a>")
    return (f"<p class=\"note pager\">Text: {esc(where)}characters {base}–{end} of {view.text_length} "
            + "".join(nav) + "</p><div class=\"text\">" + "".join(out) + "</div>")


def sentences_only(view: ReportView) -> str:
    """Fallback without a stored source text: the listed claims with their sentences."""
    items = [f"<li>{_claim_link(view, c, i, c.get('text') or '')} "
             f"<span class=\"note\">{esc(c.get('sentence'))}</span></li>" for i, c in enumerate(view.claims)]
    return f"<p class=\"note\">{esc(view.text_note)}</p><ol class=\"text\">" + "".join(items) + "</ol>"


def legend() -> str:
    """What the highlight colours mean."""
    spans = "".join(f"<span class=\"st-{s}\">{s}</span>" for s in ("match", "conflict", "unsupported"))
    kinds = "".join(f"<span class=\"claim k-{k}\" style=\"border-bottom:3px solid\">{k}</span>" for k in CLAIM_KINDS)
    return f"<p class=\"legend\">Tie-out: {spans} · Kind (underline): {kinds}</p>"


def counts_line(counts: dict[str, Any]) -> str:
    """The document's counts, the same numbers as on the documents list."""
    return "<p class=\"counts\">" + "".join(
        f"<span data-count=\"{c}\">{esc(c.replace('_', ' '))}: <b>{esc(counts[c])}</b></span>"
        for c in LIST_COLUMNS) + "</p>"


def overview(view: ReportView) -> str:
    """Title, counts, the two charts and the conflicts / failed checks of the report."""
    doc, counts = view.document, view.counts
    conflicts = "".join(f"<li><a href=\"{esc(_url(view, c['id'], 'claim-panel'))}\">{esc(c.get('text'))}</a> "
                        f"{esc(c.get('metric'))} <span class=\"note\">p. {esc(c.get('page'))}</span></li>"
                        for c in view.conflict_claims)
    failed = "".join(f"<li>{esc(check_line(k))}</li>" for k in view.failed)    # as the audit report prints it
    more = lambda shown, total: (f"<li class=\"note\">… {total - shown} more</li>" if total > shown else "")  # noqa: E731
    return (f"<h2>{esc(doc.get('title') or doc['id'])}</h2>"
            f"<p class=\"note\">{esc(doc['id'])} · {esc(doc.get('org'))} · {esc(doc.get('year'))} · "
            f"{esc(doc.get('pages'))} pages</p>{counts_line(counts)}"
            f"<div class=\"charts\">{charts.tieout_status_svg(*view.status_counts())}"
            f"{charts.section_bars_svg(view.sections)}</div>{legend()}"
            f"<details><summary>Conflicts ({counts['conflicts']})</summary><ul>{conflicts}"
            f"{more(len(view.conflict_claims), counts['conflicts'])}</ul></details>"
            f"<details><summary>Failed checks ({counts['failed_checks']})</summary><ul>{failed}"
            f"{more(len(view.failed), counts['failed_checks'])}</ul></details>")


def _select(name: str, value: str, options: Iterable[tuple[str, str]]) -> str:
    items = "".join(f"<option value=\"{esc(v)}\"{' selected' if v == value else ''}>{esc(label)}</option>"
                    for v, label in options)
    return f"<select name=\"{name}\">{items}</select>"


def filter_form(view: ReportView) -> str:
    """Search and filters of the claim list (a GET form: every state is a URL)."""
    f = view.filters
    kinds = [("", "any kind")] + [(k, k) for k in CLAIM_KINDS]
    yes_no = lambda any_label: [("", any_label), ("yes", "yes"), ("no", "no")]  # noqa: E731
    return ("<form class=\"filters\" method=\"get\" action=\"/report\">" + hidden("doc", view.document["id"])
            + f"<label>Search <input name=\"q\" type=\"search\" value=\"{esc(f.q)}\" placeholder=\"就业\" "
              "maxlength=\"200\"></label>"
            + f"<label>Kind {_select('kind', f.kind, kinds)}</label>"
            + f"<label>Linked {_select('linked', f.linked, yes_no('any'))}</label>"
            + f"<label><input type=\"checkbox\" name=\"conflict\" value=\"1\"{' checked' if f.conflict else ''}>"
              " conflict</label>"
            + f"<label><input type=\"checkbox\" name=\"failed\" value=\"1\"{' checked' if f.failed else ''}>"
              " failed check</label>"
            + f"<label>Reviewed {_select('reviewed', f.reviewed, yes_no('any'))}</label>"
            + "<button type=\"submit\">Filter</button> "
            + f"<a href=\"{esc(report_url(view.document['id']))}\">clear</a></form>")


def pager(view: ReportView) -> str:
    """Which claims are listed, of how many, and links to the other list pages."""
    f, total = view.filters, view.total
    first, last = (f.p * f.size + 1, min(total, (f.p + 1) * f.size)) if total else (0, 0)
    of = f" (of {view.counts['claims']} in the report)" if f.active else ""
    links = []
    if f.p > 0:
        links += [f"<a class=\"first\" href=\"{esc(_url(view, p=''))}\">first</a>",
                  f"<a class=\"prev-page\" href=\"{esc(_url(view, p=f.p - 1 or ''))}\">◀ previous</a>"]
    links.append(f"<span>page {f.p + 1} of {view.n_pages}</span>")
    if f.p + 1 < view.n_pages:
        links += [f"<a class=\"next-page\" href=\"{esc(_url(view, p=f.p + 1))}\">next ▶</a>",
                  f"<a class=\"last\" href=\"{esc(_url(view, p=view.n_pages - 1))}\">last</a>"]
    return (f"<p class=\"pager\"><span class=\"shown\" data-total=\"{total}\">Claims {first}–{last} of "
            f"{total}{esc(of)}</span>" + "".join(links) + "</p>")


def claim_list(view: ReportView) -> str:
    """The listed claims as a table."""
    selected = view.selected["id"] if view.selected else None
    rows = []
    for claim in view.claims:
        decision = view.decisions.get(claim["id"])
        status = view.status(claim["id"])
        classes = " ".join(["sel"] * (claim["id"] == selected) + decision_class(decision))
        rows.append(f"<tr class=\"{esc(classes)}\" data-claim=\"{esc(claim['id'])}\"><td>{esc(claim.get('page'))}</td>"
                    f"<td><a href=\"{esc(_url(view, claim['id'], 'claim-panel'))}\">{esc(claim.get('text'))}</a></td>"
                    f"<td>{esc(claim.get('kind'))}</td><td>{esc(claim.get('metric'))}</td>"
                    f"<td class=\"st-{status}\">{status}</td><td>{esc(_decision_word(decision))}</td></tr>")
    if not rows:
        rows.append("<tr><td colspan=\"6\">No claim matches these filters.</td></tr>")
    return ("<table class=\"claims\"><tr><th>page</th><th>claim</th><th>kind</th><th>metric</th><th>tie-out</th>"
            "<th>review</th></tr>" + "".join(rows) + "</table>")


def _decision_word(decision: dict[str, Any] | None) -> str:
    if not decision:
        return ""
    return decision["history"][-1]["action"].replace("_", " ")


def keyboard_help() -> str:
    return ("<p class=\"note keys\">Keys: <kbd>j</kbd> next claim · <kbd>k</kbd> previous · <kbd>a</kbd> accept "
            "(confirm the link, or the claim) · <kbd>r</kbd> reject (the link, or mark the claim wrong) · "
            "<kbd>w</kbd> wrong · <kbd>/</kbd> search</p>")


def report_page(view: ReportView, csrf: str, reviewer: str) -> str:
    """The report view: overview, filters, paged claim list, text window, and the selected claim's panel."""
    text = highlighted_text(view) if view.text is not None else sentences_only(view)
    ctx = {"csrf": csrf, "reviewer": reviewer, "back": view.filters.params(p=""), "next": view.next_id or ""}
    panel = (claim_panel(view, view.selected, ctx) if view.selected is not None
             else "<p class=\"note\">Pick a claim in the list or the text to see its fields, table cell and "
                  "checks; <kbd>j</kbd> starts at the first.</p>")
    nav = []
    if view.prev_id:
        nav.append(f"<a rel=\"prev\" class=\"prev-claim\" href=\"{esc(_url(view, view.prev_id, 'claim-panel', p=None))}\">"
                   "◀ previous claim</a>")
    if view.next_id:
        nav.append(f"<a rel=\"next\" class=\"next-claim\" href=\"{esc(_url(view, view.next_id, 'claim-panel', p=None))}\">"
                   "next claim ▶</a>")
    attrs = "".join(f" data-{name}=\"{esc(_url(view, claim_id, 'claim-panel', p=None))}\""
                    for name, claim_id in (("prev", view.prev_id), ("next", view.next_id)) if claim_id)
    body = (overview(view) + filter_form(view) + keyboard_help()
            + f"<div class=\"grid\"><div>{pager(view)}{claim_list(view)}{text}</div>"
            f"<aside class=\"panel\" id=\"panel\"><p class=\"pager\">{' '.join(nav)}</p>{panel}</aside></div>")
    return page(str(view.document.get("title") or view.document["id"]), body, attrs, script=True)


def message_page(title: str, message: str) -> str:
    """A small page for errors (404, 403, 400, 503)."""
    return page(title, f"<p>{esc(message)}</p><p><a href=\"/\">Back to the documents</a></p>")
