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

from conftest import SEED_NUMBERS, SEED_TEXT
from extract import charts
from extract.store import Store
from extract.web import Review, ReviewError, add_review, export_reviews, make_server

HOSTILE = '<script>alert(1)</script>\n<b onmouseover="x()">粗体</b> & "引号" <!-- c -->\n'
# The claim ids of the hostile document: c<char_start> of each seed number after HOSTILE (c106 … c163).
C1, C2, C3, C4 = (f"c{len(HOSTILE) + SEED_TEXT.index(written)}" for written, *_ in SEED_NUMBERS)


def build_store(tmp_path: Path, report_factory, *, keep_file: bool = True) -> tuple[Path, str]:
    """A store with one document whose text holds HTML, a conflicting link and a failed check.

    Returns the store path and the id of the conflicting claim.
    """
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
    row = re.search(r"<tr data-doc=\"hostile\"><td><a [^>]*>hostile</a>.*?</tr>", page).group()
    assert [unescape(c) for c in re.findall(r"<td[^>]*>([^<]*)</td>", row)][-5:] == ["4", "1", "1", "1", "0"]
    assert "default-src 'none'" in headers["Content-Security-Policy"]


def test_report_page_escapes_report_text(served):
    client, _, _ = served
    status, _, page = client.request(report_path())
    assert status == 200
    assert "<script>alert(1)</script>" not in page
    assert re.findall(r"<script[^>]*>", page) == ['<script src="/static/review.js" defer>']
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


def wsgi_get(app, query: str, host: str = "127.0.0.1") -> tuple[str, str]:
    seen = {}
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": "/report", "QUERY_STRING": query, "HTTP_HOST": host}
    body = b"".join(app(environ, lambda status, headers: seen.setdefault("status", status))).decode()
    return seen["status"], body


def test_report_page_is_served_from_the_store_not_the_source(tmp_path, report_factory, monkeypatch):
    """The source file is gone and reading any file fails: the page still shows the stored text."""
    import extract.ingest

    db, claim_id = build_store(tmp_path, report_factory, keep_file=False)
    monkeypatch.setattr(extract.ingest, "read_document", lambda *a, **k: pytest.fail("source re-read"))
    from extract.web.app import ReviewApp

    status, body = wsgi_get(ReviewApp(db), "doc=hostile")
    assert status.startswith("200") and "&lt;script&gt;alert(1)" in body and "已落实就业" in body


def test_store_without_text_falls_back_to_sentences(tmp_path, report_factory):
    db, _ = build_store(tmp_path, report_factory)
    with sqlite3.connect(db) as conn:
        conn.execute("DELETE FROM texts")
    from extract.web.app import ReviewApp

    status, body = wsgi_get(ReviewApp(db), "doc=hostile")
    assert status.startswith("200") and "Claim sentences are shown instead" in body and "83.31%" in body


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


# -- hardening --------------------------------------------------------------------------------
@pytest.mark.parametrize("host, ok", [
    ("127.0.0.1", True), ("127.0.0.1:{port}", True), ("localhost:{port}", True), ("LOCALHOST", True),
    ("[::1]:{port}", True), ("127.0.0.1:evil.com", False), ("127.0.0.1:{port}:1", False),
    ("127.0.0.1:1", False), ("evil.com", False), ("evil.com:{port}", False), ("", False),
    ("127.0.0.1@evil.com", False), ("[::1]evil", False),
])
def test_host_header_is_checked_strictly(served, host, ok):
    client, _, _ = served
    port = client.base.rsplit(":", 1)[1]
    status = client.request("/", headers={"Host": host.format(port=port)})[0]
    assert (status == 200) is ok, (host, status)


def test_host_policy_of_a_wildcard_bind_takes_ip_literals_only():
    from extract.web.app import allowed_hosts

    policy = allowed_hosts("0.0.0.0", 8000)
    assert policy.allows("192.0.2.7:8000") and policy.allows("localhost:8000")
    assert not policy.allows("rebind.example:8000") and not policy.allows("192.0.2.7:evil.com")


def _raw_request(base: str, data: bytes, wait: float) -> bytes:
    import socket
    import time

    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=wait + 10) as sock:
        sock.sendall(data)
        started = time.monotonic()
        reply = b""
        while chunk := sock.recv(65536):
            reply += chunk
        assert time.monotonic() - started < wait + 5
        return reply


def test_a_body_that_never_arrives_times_out(served, monkeypatch):
    from extract.web import app as web_app

    monkeypatch.setattr(web_app._QuietHandler, "timeout", 1.0)
    client, db, claim_id = served
    request = (f"POST /review HTTP/1.1\r\nHost: {client.base[7:]}\r\nContent-Type: application/x-www-form-urlencoded"
               "\r\nContent-Length: 500\r\n\r\ncsrf=abc").encode()
    reply = _raw_request(client.base, request, wait=1.0)
    assert reply.startswith(b"HTTP/1.0 408"), reply[:80]
    assert n_reviews(db) == 0


def test_headers_that_never_end_free_the_thread(served, monkeypatch):
    from extract.web import app as web_app

    monkeypatch.setattr(web_app._QuietHandler, "timeout", 1.0)
    client, _, _ = served
    reply = _raw_request(client.base, f"GET / HTTP/1.1\r\nHost: {client.base[7:]}\r\n".encode(), wait=1.0)
    assert b"200 OK" not in reply           # closed after the time-out, nothing served


def test_a_body_over_the_limit_is_refused_unread(served):
    client, db, claim_id = served
    request = (f"POST /review HTTP/1.1\r\nHost: {client.base[7:]}\r\nContent-Length: 100000000\r\n\r\n").encode()
    assert _raw_request(client.base, request, wait=5.0).startswith(b"HTTP/1.0 413")


def test_requests_beyond_the_concurrency_limit_get_503(tmp_path, report_factory):
    from extract.web.app import ReviewApp

    db, _ = build_store(tmp_path, report_factory)
    status, _ = wsgi_get(ReviewApp(db, max_concurrent=1), "doc=hostile")
    assert status.startswith("200")
    app = ReviewApp(db, max_concurrent=1)
    app.slots.acquire()                 # one request in flight
    assert wsgi_get(app, "doc=hostile")[0].startswith("503")


def test_a_request_over_its_time_budget_gets_503(tmp_path, report_factory, monkeypatch):
    from extract.web import app as web_app

    db, _ = build_store(tmp_path, report_factory)
    endless = ("WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r) "
               "SELECT count(*) FROM r")                       # a query that never ends by itself

    def heavy(store, *args):
        store.conn.execute(endless).fetchall()

    monkeypatch.setattr(web_app, "load_report_view", heavy)
    status, body = wsgi_get(web_app.ReviewApp(db, work_seconds=0.2), "doc=hostile")
    assert status.startswith("503") and "took too long" in body


def test_read_only_store_serves_pages_and_refuses_reviews(tmp_path, report_factory):
    from extract.web.app import ReviewApp

    db, claim_id = build_store(tmp_path, report_factory)
    (tmp_path / "review.db-shm").unlink(missing_ok=True)
    (tmp_path / "review.db-wal").unlink(missing_ok=True)
    (tmp_path / "review.db-shm").mkdir()          # SQLite can create nothing beside the store
    (tmp_path / "review.db-wal").mkdir()
    app = ReviewApp(db)
    assert wsgi_get(app, "doc=hostile")[0].startswith("200")
    form = urllib.parse.urlencode({"csrf": "t" * 43, "doc": "hostile", "claim_id": claim_id, "action": "wrong",
                                   "reviewer": "王"}).encode()
    environ = {"REQUEST_METHOD": "POST", "PATH_INFO": "/review", "HTTP_HOST": "127.0.0.1",
               "HTTP_COOKIE": "tieout_csrf=" + "t" * 43, "CONTENT_LENGTH": str(len(form)),
               "wsgi.input": io.BytesIO(form)}
    seen = {}
    app(environ, lambda status, headers: seen.setdefault("status", status))
    assert seen["status"].startswith("503")


# -- the report page scales: filters, paging, counts ------------------------------------------
def test_filters_and_paging_with_counts_that_agree(tmp_path, report_factory):
    from extract.store import Store
    from extract.web.data import document_counts, load_report_view

    db, conflict_id = build_store(tmp_path, report_factory)
    with Store(db) as store:
        from extract.store.reviews import add_review as store_add

        store_add(store, Review("hostile", C4, "confirm", "王审计"))
    with Store(db, readonly=True) as store:
        counts = document_counts(store, "hostile")
        assert counts == {**counts, "claims": 4, "linked": 1, "conflicts": 1, "failed_checks": 1, "reviewed": 1}
        first = load_report_view(store, "hostile", {"size": "3"})
        second = load_report_view(store, "hostile", {"size": "3", "p": "1"})
        assert [len(first.claims), len(second.claims)] == [3, 1] and first.total == second.total == 4
        assert first.counts == second.counts == counts
        ids = [c["id"] for c in first.claims + second.claims]
        assert ids == [C1, C2, C3, C4]
        expected = {"kind=share": [C3], "linked=yes": [conflict_id], "linked=no": ids[1:],
                    "conflict=1": [conflict_id], "failed=1": [C1, C2],
                    "reviewed=yes": [C4], "reviewed=no": ids[:3], "q=薪资": [C4],
                    "q=就业&kind=count": [C1, C2], "kind=bogus": ids}
        for query, want in expected.items():
            view = load_report_view(store, "hostile", dict(urllib.parse.parse_qsl(query)))
            assert [c["id"] for c in view.claims] == want and view.total == len(want), query
            assert view.counts == counts, query
        chosen = load_report_view(store, "hostile", {"size": "3"}, C4)
        assert chosen.filters.p == 1 and chosen.prev_id == C3 and chosen.next_id is None


def test_report_page_counts_match_the_documents_list(served):
    client, _, _ = served
    _, _, listing = client.request("/")
    _, _, page = client.request(report_path())
    for name in ("claims", "linked", "conflicts", "failed_checks", "reviewed"):
        in_list = re.search(rf'data-count="{name}">([^<]*)<', listing).group(1)
        in_page = re.search(rf'data-count="{name}">[^<]*<b>([^<]*)</b>', page).group(1)
        assert in_list == in_page, name
    assert "Failed checks (1)" in page and "Conflicts (1)" in page


def test_review_redirects_to_the_next_claim_under_the_same_filters(served):
    client, db, claim_id = served
    client.request("/")
    stay = review_form(client, claim_id, "confirm", next=C3)
    stayed = urllib.parse.urlparse(client.request("/review", stay)[1]["Location"]).query
    assert dict(urllib.parse.parse_qsl(stayed))["claim"] == C1 == claim_id     # a click stays
    form = review_form(client, claim_id, "confirm", next=C3, advance="1", back_kind="share", back_q="就业")
    status, headers, _ = client.request("/review", form)
    assert status == 303
    location = urllib.parse.urlparse(headers["Location"])
    assert location.path == "/report" and dict(urllib.parse.parse_qsl(location.query)) == {
        "doc": "hostile", "claim": C3, "q": "就业", "kind": "share"}


def test_two_documents_with_the_same_claim_ids_are_reviewed_apart(tmp_path, report_factory):
    """Claim ids are scoped to their document (doc + id name a claim): the same text stored as two
    documents has the same ids, and a decision on one document's claim shows on that document only."""
    db, claim_id = build_store(tmp_path, report_factory)
    with Store(db) as store:
        store.write_report(report_factory("twin", text=HOSTILE + SEED_TEXT, path=str(tmp_path / "twin.txt")))
        assert [c["id"] for c in store.claims("twin")] == [c["id"] for c in store.claims("hostile")] == [C1, C2, C3, C4]
    server = make_server(db, "127.0.0.1", 0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        client = Client(f"http://127.0.0.1:{server.server_port}")
        client.request("/")
        status, headers, _ = client.request("/review", review_form(client, C1, "wrong", doc="twin"))
        assert status == 303
        assert dict(urllib.parse.parse_qsl(urllib.parse.urlparse(headers["Location"]).query))["doc"] == "twin"
        twin_page = client.request("/report?" + urllib.parse.urlencode({"doc": "twin", "claim": C1}))[2]
        own_page = client.request(report_path(C1))[2]
        assert 'data-decision="wrong"' in twin_page and 'data-decision="wrong"' not in own_page
        assert client.request("/review", review_form(client, C1, "confirm"))[0] == 303
        with sqlite3.connect(db) as conn:
            assert conn.execute("SELECT doc, claim_id, action FROM reviews ORDER BY id").fetchall() == [
                ("twin", C1, "wrong"), ("hostile", C1, "confirm")]
        listing = client.request("/")[2]
        for doc in ("twin", "hostile"):             # one reviewed claim each
            row = re.search(rf'<tr data-doc="{doc}">.*?</tr>', listing).group()
            assert re.search(r'data-count="reviewed">1<', row), doc
    finally:
        server.shutdown()
        server.server_close()


def test_keyboard_script_is_served_with_a_strict_policy(served):
    client, _, _ = served
    status, headers, script = client.request("/static/review.js")
    assert status == 200 and "javascript" in headers["Content-Type"]
    assert "requestSubmit" in script and "script-src 'self'" in headers["Content-Security-Policy"]


def test_documents_are_labelled_by_author_and_title():
    jilin = {"id": "003_63e6428607ab0510", "title": "吉林省高等职业教育质量报告", "org": "吉林省教育厅", "year": 2023}
    assert charts.document_label(jilin) == "吉林省教育厅 吉林省高等职业教育质量报告 (2023)"
    assert charts.document_label(jilin, cjk=False) == "003_63e6428607ab0510 (2023)"
    bulletin = {"id": "b", "title": "2016年国民经济和社会发展统计公报", "org": "黔东南州统计局", "year": 2016}
    assert charts.document_label(bulletin) == "黔东南州统计局 2016年国民经济和社会发展统计公报"
    assert charts.document_label({"id": "untitled", "title": None, "year": None}) == "untitled"
