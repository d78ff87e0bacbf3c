"""The review server: a small WSGI application over the claim store (stdlib only).

Routes: ``GET /`` (documents with counts), ``GET /report?doc=ID[&claim=CID]`` (text, charts, claim
panel), ``POST /review`` (one decision), ``GET /reviews.csv`` (the audit trail).

Cross-site protection: every response sets a per-session CSRF token cookie (``SameSite=Strict``,
``HttpOnly``) that each form repeats in a hidden field; a POST is accepted only when both are present
and equal, and when its ``Origin`` (if sent) is the server's own. Requests whose ``Host`` is not a
name of the bound address are refused (DNS rebinding). Pages carry a CSP without any script source.

Example:
    >>> from extract.web import make_server                     # doctest: +SKIP
    >>> server = make_server("tieout.db", "127.0.0.1", 8000)     # doctest: +SKIP
    >>> server.serve_forever()                                   # doctest: +SKIP
"""
from __future__ import annotations

import hmac
import logging
import secrets
from dataclasses import dataclass, field
from http.cookies import CookieError, SimpleCookie
from pathlib import Path
from socketserver import ThreadingMixIn
from typing import Any, Callable, Iterable
from urllib.parse import parse_qs, quote, unquote
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer
from wsgiref.simple_server import make_server as _wsgi_server

from ..store import Store
from . import render
from .data import document_summaries, load_report_view
from .reviews import Review, ReviewError, add_review, reviews_csv_text

logger = logging.getLogger(__name__)

CSRF_COOKIE = "tieout_csrf"
REVIEWER_COOKIE = "tieout_reviewer"
MAX_BODY = 64 * 1024
LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})
WILDCARD_HOSTS = frozenset({"", "0.0.0.0", "::"})
SECURITY_HEADERS = [("Content-Security-Policy", render.CSP), ("X-Content-Type-Options", "nosniff"),
                    ("Referrer-Policy", "same-origin"), ("X-Frame-Options", "DENY"),
                    ("Cache-Control", "no-store")]


@dataclass(slots=True)
class Response:
    """Status, body and headers of one response."""

    status: str
    body: bytes = b""
    headers: list[tuple[str, str]] = field(default_factory=list)

    @classmethod
    def html(cls, text: str, status: str = "200 OK") -> "Response":
        """An HTML response in UTF-8."""
        return cls(status, text.encode("utf-8"), [("Content-Type", "text/html; charset=utf-8")])


def allowed_hosts(host: str) -> frozenset[str] | None:
    """Host names a request may address: loopback names for a loopback bind, None (any) for 0.0.0.0."""
    if host in WILDCARD_HOSTS:
        return None
    if host in LOOPBACK_NAMES:
        return LOOPBACK_NAMES
    return frozenset({host, f"[{host}]"})


def _host_name(host_header: str) -> str:
    """``"127.0.0.1:8000"`` -> ``"127.0.0.1"``; ``"[::1]:8000"`` -> ``"[::1]"``."""
    if host_header.startswith("["):
        return host_header.split("]")[0] + "]"
    return host_header.rsplit(":", 1)[0] if host_header.count(":") == 1 else host_header


def read_cookies(environ: dict[str, Any]) -> dict[str, str]:
    """The request's cookies (an unparsable header counts as none)."""
    jar = SimpleCookie()
    try:
        jar.load(environ.get("HTTP_COOKIE", ""))
    except CookieError:
        return {}
    return {name: morsel.value for name, morsel in jar.items()}


def set_cookie(name: str, value: str, *, http_only: bool = True) -> tuple[str, str]:
    """A Set-Cookie header for the whole site, SameSite=Strict."""
    flags = "; HttpOnly" if http_only else ""
    return ("Set-Cookie", f"{name}={value}; Path=/; SameSite=Strict{flags}")


def read_form(environ: dict[str, Any]) -> dict[str, str]:
    """A urlencoded POST body as one value per name (bodies over MAX_BODY raise ReviewError)."""
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    if length > MAX_BODY:
        raise ReviewError("request body too large")
    raw = environ["wsgi.input"].read(length) if length > 0 else b""
    parsed = parse_qs(raw.decode("utf-8", "replace"), keep_blank_values=True)
    return {name: values[0] for name, values in parsed.items()}


class ReviewApp:
    """The WSGI application. ``store_path`` is the claim store; ``hosts`` the allowed Host names."""

    def __init__(self, store_path: str | Path, *, hosts: frozenset[str] | None = LOOPBACK_NAMES):
        self.store_path = Path(store_path)
        self.hosts = hosts

    def __call__(self, environ: dict[str, Any], start_response: Callable) -> Iterable[bytes]:
        cookies = read_cookies(environ)
        token = cookies.get(CSRF_COOKIE, "")
        new_token = not (20 <= len(token) <= 100 and token.replace("-", "").replace("_", "").isalnum())
        token = secrets.token_urlsafe(32) if new_token else token
        try:
            response = self.dispatch(environ, cookies, token)
        except Exception:      # one broken request must not stop the server
            logger.exception("error serving %s", environ.get("PATH_INFO"))
            response = Response.html(render.message_page("Error", "Internal error; see the server log."),
                                     "500 Internal Server Error")
        headers = response.headers + SECURITY_HEADERS
        if new_token:
            headers.append(set_cookie(CSRF_COOKIE, token))
        start_response(response.status, headers)
        return [response.body]

    def dispatch(self, environ: dict[str, Any], cookies: dict[str, str], token: str) -> Response:
        """Check the Host header, then route by method and path."""
        if self.hosts is not None and _host_name(environ.get("HTTP_HOST", "")) not in self.hosts:
            return Response.html(render.message_page("Forbidden", "Unknown host."), "403 Forbidden")
        method, path = environ.get("REQUEST_METHOD", "GET"), environ.get("PATH_INFO", "/")
        query = {k: v[0] for k, v in parse_qs(environ.get("QUERY_STRING", "")).items()}
        reviewer = unquote(cookies.get(REVIEWER_COOKIE, ""))
        if method == "POST" and path == "/review":
            return self.post_review(environ, cookies)
        if method not in ("GET", "HEAD"):
            return Response.html(render.message_page("Not allowed", "Method not allowed."),
                                 "405 Method Not Allowed")
        if path == "/":
            return self.list_page()
        if path == "/report":
            return self.report(query.get("doc", ""), query.get("claim"), token, reviewer)
        if path == "/reviews.csv":
            return Response("200 OK", reviews_csv_text(self.store_path).encode("utf-8"),
                            [("Content-Type", "text/csv; charset=utf-8"),
                             ("Content-Disposition", "attachment; filename=reviews.csv")])
        return Response.html(render.message_page("Not found", f"No page {path}."), "404 Not Found")

    def list_page(self) -> Response:
        """The documents with their counts."""
        with Store(self.store_path, create=False) as store:
            return Response.html(render.documents_page(document_summaries(store)))

    def report(self, doc: str, claim: str | None, token: str, reviewer: str) -> Response:
        """One report's page (404 for an unknown document)."""
        with Store(self.store_path, create=False) as store:
            view = load_report_view(store, doc)
        if view is None:
            return Response.html(render.message_page("Not found", f"No document {doc!r} in this store."),
                                 "404 Not Found")
        return Response.html(render.report_page(view, claim, token, reviewer))

    def cross_site(self, environ: dict[str, Any], cookies: dict[str, str], form: dict[str, str]) -> str:
        """Why a POST looks cross-site ("" when it does not): Origin and CSRF token."""
        origin = environ.get("HTTP_ORIGIN")
        if origin is not None and origin != f"http://{environ.get('HTTP_HOST', '')}":
            return "cross-origin request refused"
        cookie, sent = cookies.get(CSRF_COOKIE, ""), form.get("csrf", "")
        if not cookie or not sent or not hmac.compare_digest(cookie.encode(), sent.encode()):
            return "missing or wrong CSRF token; reload the page and try again"
        return ""

    def post_review(self, environ: dict[str, Any], cookies: dict[str, str]) -> Response:
        """Store one decision, then redirect (303) back to the claim."""
        try:
            form = read_form(environ)
        except ReviewError as exc:
            return Response.html(render.message_page("Bad request", str(exc)), "413 Payload Too Large")
        refused = self.cross_site(environ, cookies, form)
        if refused:
            return Response.html(render.message_page("Forbidden", refused), "403 Forbidden")
        reviewer = (form.get("reviewer") or unquote(cookies.get(REVIEWER_COOKIE, ""))).strip()
        review = Review(doc=form.get("doc", ""), claim_id=form.get("claim_id", ""),
                        action=form.get("action", ""), reviewer=reviewer,
                        **{k: form.get(k) or None for k in ("table_id", "row", "col", "field", "value", "note")})
        try:
            add_review(self.store_path, review)
        except ReviewError as exc:
            return Response.html(render.message_page("Bad request", str(exc)), "400 Bad Request")
        location = render.report_url(review.doc, review.claim_id, "claim-panel")
        return Response("303 See Other", b"", [("Location", location),
                                               set_cookie(REVIEWER_COOKIE, quote(reviewer, safe=""))])


class _ThreadingServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True
    allow_reuse_address = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:    # noqa: A002 (stdlib signature)
        """Access log lines go to logging, not stderr."""
        logger.info("%s - %s", self.address_string(), format % args)


def make_server(store_path: str | Path, host: str = "127.0.0.1", port: int = 8000) -> WSGIServer:
    """A threaded HTTP server for the review app, bound (not yet serving); ``port=0`` picks a free one."""
    app = ReviewApp(store_path, hosts=allowed_hosts(host))
    return _wsgi_server(host, port, app, server_class=_ThreadingServer, handler_class=_QuietHandler)


def serve(store_path: str | Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the review page until interrupted."""
    server = make_server(store_path, host, port)
    try:
        server.serve_forever()
    finally:
        server.server_close()
