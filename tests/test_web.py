"""The review server (extract.web) over a hand-built store: pages, escaping, CSRF, the audit trail."""
from __future__ import annotations

import csv
import http.cookiejar
import io
import re
import sqlite3
import threading
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import replace
from html import unescape
from pathlib import Path

import pytest

from extract import charts
from extract.store import Store
from extract.web import Review, ReviewError, add_review, export_reviews, make_server

HOSTILE = '<script>alert(1)</script>\n<b onmouseover="x()">粗体</b> & "引号" <!-- c -->\n'


def build_store(tmp_path: Path, report_factory, *, keep_file: bool = True) -> tuple[Path, str]:
    """A store with one document whose text holds HTML, a conflicting link and a failed check.

    Returns the store path and the id of the conflicting claim.
    """
    from conftest import SEED_TEXT

    text = HOSTILE + SEED_TEXT
    source = tmp_path / "hostile.txt"
    source.write_text(text, encoding="utf-8", newline="")
    report = report_factory("hostile", text=text, path=str(source))
    conflict = replace(report.links[0], status="conflict", value=report.links[0].value + 1)
    check = replace(report.checks[0], ok=False, explanation="<i>3987 / 4786</i> ≠ 83.31%")
    cells = tuple(replace(c, row_index=i, col_index=1) for i, c in enumerate(report.tables[0].cells))
    table = replace(report.tables[0], cells=cells, n_cols=2, caption="<u>就业</u>情况")
    report = replace(report, links=(conflict,), checks=(check,), tables=(table,))
    db = tmp_path / "review.db"
    with Store(db) as store:
        store.write_report(report)
    if not keep_file:
        source.unlink()
    return db, conflict.claim_id


class Client:
    """urllib with a cookie jar, no redirect following, responses as (status, headers, text)."""

    class _NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    def __init__(self, base: str):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), self._NoRedirect)

    def request(self, path: str, data: dict | None = None, headers: dict | None = None):
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        req = urllib.request.Request(self.base + path, data=body, headers=headers or {})
        try:
            with self.opener.open(req, timeout=20) as resp:
                return resp.status, resp.headers, resp.read().decode("utf-8")
        except urllib.error.HTTPError as exc:
            return exc.code, exc.headers, exc.read().decode("utf-8")

    def csrf(self) -> str:
        return next(c.value for c in self.jar if c.name == "tieout_csrf")


@pytest.fixture
def served(tmp_path, report_factory):
    db, claim_id = build_store(tmp_path, report_factory)
    server = make_server(db, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Client(f"http://127.0.0.1:{server.server_port}"), db, claim_id
    finally:
        server.shutdown()
        server.server_close()


def report_path(claim: str | None = None) -> str:
    query = {"doc": "hostile"} | ({"claim": claim} if claim else {})
    return "/report?" + urllib.parse.urlencode(query)


def review_form(client: Client, claim_id: str, action: str = "confirm_link", **extra) -> dict:
    form = {"csrf": client.csrf(), "doc": "hostile", "claim_id": claim_id, "action": action,
            "reviewer": "王审计", "table_id": "表2-1", "row": "毕业生", "col": "人数"}
    form.update(extra)
    return form


def n_reviews(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT count(*) FROM reviews").fetchone()[0]


def test_list_page_shows_documents_with_counts(served):
    client, _, _ = served
    status, headers, page = client.request("/")
    assert status == 200 and "text/html" in headers["Content-Type"]
    assert "hostile" in page and "failed checks" in page
    row = re.search(r"<tr><td><a [^>]*>hostile</a>.*?</tr>", page).group()
    assert [unescape(c) for c in re.findall(r"<td[^>]*>([^<]*)</td>", row)][-5:] == ["4", "1", "1", "1", "0"]
    assert "default-src 'none'" in headers["Content-Security-Policy"]


def test_report_page_escapes_report_text(served):
    client, _, _ = served
    status, _, page = client.request(report_path())
    assert status == 200
    assert "<script>alert(1)</script>" not in page and "<script" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<b onmouseover" not in page and "&lt;b onmouseover=&quot;x()&quot;&gt;" in page
    assert "&lt;!-- c --&gt;" in page and "&amp; &quot;引号&quot;" in page
    assert page.count("<svg") == 2 and "Claims per section" in page
    assert 'data-status="conflict"' in page and 'data-status="unsupported"' in page


def test_claim_panel_shows_fields_marked_cell_and_checks(served):
    client, _, claim_id = served
    status, _, page = client.request(report_path(claim_id))
    assert status == 200
    panel = page[page.index('id="panel"'):]
    assert "总体毕业去向落实率" in page and "毕业生" in panel
    assert '<td class="mark">4786</td>' in panel and "<th>毕业生</th>" in panel
    assert "&lt;u&gt;就业&lt;/u&gt;情况" in panel
    assert "&lt;i&gt;3987 / 4786&lt;/i&gt;" in panel and "<i>3987" not in panel
    assert "Confirm link" in panel and 'name="csrf"' in panel


def test_post_without_csrf_token_is_rejected(served):
    client, db, claim_id = served
    client.request("/")
    form = review_form(client, claim_id)
    del form["csrf"]
    status, _, page = client.request("/review", form)
    assert status == 403 and "CSRF" in page
    status, _, _ = client.request("/review", review_form(client, claim_id, csrf="x" * 43))
    assert status == 403
    assert n_reviews(db) == 0


def test_post_from_another_origin_is_rejected(served):
    client, db, claim_id = served
    client.request("/")
    status, _, page = client.request("/review", review_form(client, claim_id),
                                     headers={"Origin": "http://evil.example"})
    assert status == 403 and "cross-origin" in page
    assert n_reviews(db) == 0


def test_unknown_host_is_refused(served):
    client, _, _ = served
    status, _, _ = client.request("/", headers={"Host": "rebind.example:80"})
    assert status == 403


def test_confirm_link_is_stored_and_shown_after_reload(served):
    client, db, claim_id = served
    client.request("/")
    status, headers, _ = client.request("/review", review_form(client, claim_id),
                                        headers={"Origin": client.base})
    assert status == 303 and "claim=" in headers["Location"]
    assert n_reviews(db) == 1
    _, _, page = client.request(report_path(claim_id))
    assert 'data-decision="confirmed"' in page and "王审计" in page
    assert "rev-confirmed" in page
    _, _, listing = client.request("/")
    assert re.search(r"<td[^>]*>1</td></tr>", listing)             # reviewed = 1


def test_correction_and_wrong_are_shown_and_exported(served, tmp_path):
    client, db, claim_id = served
    client.request("/")
    assert client.request("/review", review_form(client, claim_id, "correct", field="metric",
                                                 value="<毕业生总数>"))[0] == 303
    assert client.request("/review", review_form(client, claim_id, "wrong", note="表内数字"))[0] == 303
    _, _, page = client.request(report_path(claim_id))
    assert "→ &lt;毕业生总数&gt;" in page and 'data-decision="wrong"' in page and "rev-wrong" in page
    status, headers, text = client.request("/reviews.csv")
    assert status == 200 and "text/csv" in headers["Content-Type"]
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [r["action"] for r in rows] == ["correct", "wrong"] and rows[0]["reviewer"] == "王审计"
    assert export_reviews(db, tmp_path / "out.csv") == 2
    assert "<毕业生总数>" in (tmp_path / "out.csv").read_text(encoding="utf-8")


def test_reviewer_name_is_required_and_remembered(served):
    client, db, claim_id = served
    client.request("/")
    assert client.request("/review", review_form(client, claim_id, reviewer=""))[0] == 400
    assert client.request("/review", review_form(client, claim_id))[0] == 303
    assert client.request("/review", review_form(client, claim_id, "reject_link", reviewer=""))[0] == 303
    with sqlite3.connect(db) as conn:
        assert [r[0] for r in conn.execute("SELECT reviewer FROM reviews ORDER BY id")] == ["王审计"] * 2


def test_missing_source_falls_back_to_sentences(tmp_path, report_factory):
    db, claim_id = build_store(tmp_path, report_factory, keep_file=False)
    from extract.web.app import ReviewApp

    app = ReviewApp(db)
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": "/report", "QUERY_STRING": "doc=hostile",
               "HTTP_HOST": "127.0.0.1:1"}
    body = b"".join(app(environ, lambda status, headers: None)).decode()
    assert "showing claim sentences only" in body and "83.31%" in body


def test_unknown_document_is_404(served):
    client, _, _ = served
    assert client.request("/report?doc=%3Cnope%3E")[0] == 404
    assert client.request("/nothing")[0] == 404


def test_invalid_reviews_raise(tmp_path, report_factory):
    db, claim_id = build_store(tmp_path, report_factory)
    with pytest.raises(ReviewError):
        add_review(db, Review("hostile", claim_id, "delete_everything", "me"))
    with pytest.raises(ReviewError):
        add_review(db, Review("hostile", claim_id, "correct", "me", field="id", value="x"))
    with pytest.raises(ReviewError, match="no claim"):
        add_review(db, Review("hostile", "hostile#nope", "wrong", "me"))
    assert add_review(db, Review("hostile", claim_id, "wrong", "me")) == 1


def test_charts_are_escaped_svg():
    svg = charts.claims_per_section_svg([{"section": "<b>一、概况</b>"}] * 3 + [{"section": None}])
    assert svg.startswith("<svg") and "<b>" not in svg and "&lt;b&gt;" in svg and ">3<" in svg
    many = [{"section": f"s{i}"} for i in range(30)]
    assert "(other)" in charts.claims_per_section_svg(many)
    status = charts.tieout_status_svg(3, 5, 2)
    assert "match 3" in status and "unsupported 5" in status and "conflict 2" in status
    assert "Tie-out of 0 claims" in charts.tieout_status_svg(0, 0, 0)
