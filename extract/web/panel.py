"""HTML of the claim panel: fields (with corrections), linked tables with the cell marked, checks,
review forms and the claim's review history. Every value is escaped."""
from __future__ import annotations

from typing import Any

from .data import ReportView
from .markup import esc, hidden
from .reviews import CORRECTABLE

FIELDS = ("id", "text", "value", "scale", "unit", "normalized", "kind", "bound", "direction", "metric",
          "period", "baseline", "subject", "case", "section", "page", "char_start", "char_end", "sentence")
MARK = ' class="mark"'
MAX_TABLE_ROWS = 60          # a long linked table is cut around the marked row


def decision_class(decision: dict[str, Any] | None) -> list[str]:
    """CSS classes showing a claim's latest decisions (wrong, link confirmed or rejected)."""
    if not decision:
        return []
    if decision["wrong"] is not None:
        return ["rev-wrong"]
    actions = {r["action"] for r in decision["links"].values()}
    if "reject_link" in actions:
        return ["rev-rejected"]
    return ["rev-confirmed"] if "confirm_link" in actions or decision.get("confirmed") else []


def _by_whom(review: dict[str, Any]) -> str:
    note = f": {review['note']}" if review.get("note") else ""
    return f"by {review['reviewer']} at {review['at']}{note}"


def review_form(view: ReportView, claim: dict[str, Any], action: str, label: str, ctx: dict[str, Any],
                extra: str = "", key: str = "") -> str:
    """A POST form for one decision: CSRF token, claim, reviewer name, optional note, button; the list's
    filters and the next claim ride along so the reviewer lands on the next claim (``key`` names the
    keyboard action that submits this form)."""
    back = "".join(hidden(f"back_{name}", value) for name, value in ctx.get("back", {}).items())
    key_attr = f" data-key=\"{esc(key)}\"" if key else ""
    return (f"<form class=\"inline\" method=\"post\" action=\"/review\"{key_attr}>"
            + hidden("csrf", ctx["csrf"]) + hidden("doc", view.document["id"]) + hidden("claim_id", claim["id"])
            + hidden("action", action) + hidden("next", ctx.get("next", "")) + hidden("advance", "") + back + extra
            + f"<input name=\"reviewer\" placeholder=\"reviewer\" required size=\"8\" value=\"{esc(ctx['reviewer'])}\">"
            + "<input name=\"note\" placeholder=\"note\" size=\"10\">"
            + f"<button type=\"submit\" name=\"do\" value=\"{esc(action)}\">{esc(label)}</button></form>")


def fields_table(claim: dict[str, Any], decision: dict[str, Any] | None) -> str:
    """The claim's fields; a corrected field shows the reviewer's value next to the extracted one."""
    corrected = decision["fields"] if decision else {}
    rows = []
    for name in FIELDS:
        fix = corrected.get(name)
        extra = (f" <span class=\"decision\">→ {esc(fix['value'])} (corrected {esc(_by_whom(fix))})</span>"
                 if fix else "")
        rows.append(f"<tr><th>{esc(name)}</th><td>{esc(claim.get(name))}{extra}</td></tr>")
    return "<table class=\"fields\">" + "".join(rows) + "</table>"


def _window(rows: list[int], marked: set[int]) -> list[int]:
    """At most MAX_TABLE_ROWS row indexes, centred on the first marked row."""
    if len(rows) <= MAX_TABLE_ROWS:
        return rows
    centre = rows.index(min(marked)) if marked and min(marked) in rows else 0
    start = max(0, min(centre - MAX_TABLE_ROWS // 2, len(rows) - MAX_TABLE_ROWS))
    return rows[start:start + MAX_TABLE_ROWS]


def _row_html(i: int, cols: range, grid: dict[tuple[int, int], dict[str, Any]], link: dict[str, Any]) -> str:
    """One table row; column 0 shows the row label when it holds no cell."""
    tds = []
    for j in cols:
        cell = grid.get((i, j))
        if cell is None and j == 0:
            label = next((c.get("row") for (r, _), c in grid.items() if r == i), "")
            tds.append(f"<th>{esc(label)}</th>")
            continue
        hit = cell is not None and cell.get("row") == link.get("row") and cell.get("col") == link.get("col")
        tds.append(f"<td{MARK if hit else ''}>{esc(cell.get('text') if cell else '')}</td>")
    return "<tr>" + "".join(tds) + "</tr>"


def table_grid(table: dict[str, Any], cells: list[dict[str, Any]], link: dict[str, Any]) -> str:
    """The linked table as a grid (row labels first), the linked cell (the link's row and column) marked."""
    grid = {(int(c.get("row_index") or 0), int(c.get("col_index") or 0)): c for c in cells}
    header = list(table.get("header") or ())
    cols = range(max([len(header), int(table.get("n_cols") or 0)] + [j + 1 for _, j in grid]))
    marked = {i for (i, _), c in grid.items() if c.get("row") == link.get("row") and c.get("col") == link.get("col")}
    head = "".join(f"<th>{esc(header[j] if j < len(header) else '')}</th>" for j in cols) if header else ""
    body = "".join(_row_html(i, cols, grid, link) for i in _window(sorted({i for i, _ in grid}), marked))
    caption = f"{table.get('id')} {table.get('caption') or ''}"
    return (f"<table class=\"linked\"><caption>{esc(caption)}</caption>"
            + (f"<tr>{head}</tr>" if head else "") + body + "</table>"
            + (f"<p class=\"note\">{esc(table.get('source'))}</p>" if table.get("source") else ""))


def link_block(view: ReportView, claim: dict[str, Any], link: dict[str, Any], ctx: dict[str, Any],
               first: bool = False) -> str:
    """One link: its status, its latest decision, confirm/reject forms and the table with the cell."""
    key = (link["table_id"], link.get("row"), link.get("col"))
    decision = (view.decisions.get(claim["id"]) or {"links": {}})["links"].get(key)
    verdict = ""
    if decision:
        word = "confirmed" if decision["action"] == "confirm_link" else "rejected"
        verdict = f"<p class=\"decision\" data-decision=\"{word}\">Link {word} {esc(_by_whom(decision))}</p>"
    extra = hidden("table_id", link["table_id"]) + hidden("row", link.get("row")) + hidden("col", link.get("col"))
    table = view.tables.get(link["table_id"])
    grid = table_grid(table, view.cells.get(link["table_id"], []), link) if table else ""
    status_class = "bad" if link.get("status") == "conflict" else "ok"
    return (f"<div class=\"link\"><p><strong class=\"{status_class}\">{esc(link.get('status'))}</strong> "
            f"{esc(link['table_id'])} · {esc(link.get('row'))} × {esc(link.get('col'))} = {esc(link.get('value'))}"
            f" <span class=\"note\">score {esc(link.get('score'))}</span></p>{verdict}"
            + review_form(view, claim, "confirm_link", "Confirm link", ctx, extra, "accept" if first else "")
            + review_form(view, claim, "reject_link", "Reject link", ctx, extra, "reject" if first else "")
            + grid + "</div>")


def checks_block(checks: list[dict[str, Any]]) -> str:
    """The arithmetic checks involving the claim."""
    if not checks:
        return "<p class=\"note\">No arithmetic checks involve this claim.</p>"
    rows = "".join(f"<tr><td>{esc(k.get('kind'))}</td><td class=\"{_result(k)[0]}\">"
                   f"{_result(k)[1]}</td><td>{esc(k.get('stated'))}</td>"
                   f"<td>{esc(k.get('expected'))}</td><td>{esc(k.get('explanation'))}</td></tr>" for k in checks)
    return ("<table class=\"checks\"><tr><th>kind</th><th>result</th><th>stated</th><th>expected</th>"
            f"<th>explanation</th></tr>{rows}</table>")


def _result(check: dict[str, Any]) -> tuple[str, str]:
    """CSS class and word of a check's result: ok, failed, or not checkable (``ok`` None)."""
    ok = check.get("ok")
    return ("note", "not checkable") if ok is None else ("ok", "ok") if ok else ("bad", "failed")


def correction_form(view: ReportView, claim: dict[str, Any], ctx: dict[str, Any]) -> str:
    """Correct one field of the claim."""
    options = "".join(f"<option value=\"{esc(f)}\">{esc(f)}</option>" for f in CORRECTABLE)
    extra = (f"<select name=\"field\">{options}</select>"
             "<input name=\"value\" placeholder=\"correct value\" size=\"10\">")
    return review_form(view, claim, "correct", "Correct field", ctx, extra)


def history_block(decision: dict[str, Any] | None) -> str:
    """Every review of the claim, oldest first."""
    if not decision:
        return "<p class=\"note\">Not reviewed yet.</p>"
    items = "".join(f"<li>{esc(r['action'])} {esc(r.get('table_id') or r.get('field') or '')} "
                    f"{esc(r.get('value') or '')} {esc(_by_whom(r))}</li>" for r in decision["history"])
    return f"<ol class=\"history\">{items}</ol>"


def claim_panel(view: ReportView, claim: dict[str, Any], ctx: dict[str, Any]) -> str:
    """The panel of one claim: fields, links with tables, checks, review forms and history (``ctx``: csrf,
    reviewer, back (the list's filters), next (the next claim's id))."""
    decision = view.decisions.get(claim["id"])
    wrong = decision["wrong"] if decision else None
    confirmed = decision.get("confirmed") if decision else None
    banner = (f"<p class=\"decision\" data-decision=\"wrong\">Marked wrong {esc(_by_whom(wrong))}</p>"
              if wrong else f"<p class=\"decision\" data-decision=\"confirmed\">Claim confirmed "
              f"{esc(_by_whom(confirmed))}</p>" if confirmed else "")
    links = view.links.get(claim["id"], [])
    link_html = "".join(link_block(view, claim, link, ctx, n == 0) for n, link in enumerate(links)) or \
        "<p class=\"note\">Unsupported: no table cell is linked to this claim.</p>"
    return (f"<h3 id=\"claim-panel\">{esc(claim.get('text'))} <span class=\"st-{view.status(claim['id'])}\">"
            f"{view.status(claim['id'])}</span></h3>{banner}"
            f"<h4>Fields</h4>{fields_table(claim, decision)}<h4>Links</h4>{link_html}"
            f"<h4>Checks</h4>{checks_block(view.checks.get(claim['id'], []))}"
            f"<h4>Review</h4>{review_form(view, claim, 'confirm', 'Confirm claim', ctx, '', '' if links else 'accept')}"
            f"{review_form(view, claim, 'wrong', 'Mark claim wrong', ctx, '', 'wrong' if links else 'reject')}"
            f"{correction_form(view, claim, ctx)}<h4>History</h4>{history_block(decision)}")
