"""The review server: a small WSGI application over the claim store (stdlib only).

Routes: ``GET /`` (documents with counts), ``GET /report?doc=ID[&claim=CID][&q=&kind=&linked=&conflict=
&failed=&reviewed=&p=&at=]`` (counts, charts, a filtered page of claims, a window of text, the claim
panel), ``POST /review`` (one decision), ``GET /reviews.csv`` (the audit trail), ``GET /static/review.js``
(keyboard review).

Everything shown is read from the store (opened read-only for GET; the store works in a read-only folder,
where a POST then answers 503); the source file is never re-read.

Hardening: the ``Host`` header must be a loopback name or the bound address, with the bound port if a port
is given ("127.0.0.1:evil.com" is refused: DNS rebinding); with a wildcard bind, IP literals and this
machine's name are accepted too (rebinding needs a DNS name). Sockets time out (``REQUEST_TIMEOUT``), so a
client that stops sending a request or its body holds a thread for at most that long; bodies over
``MAX_BODY`` are refused unread; at most ``MAX_CONCURRENT`` requests are served at once (others get 503);
a request's SQL stops after ``WORK_SECONDS`` (503), and data.py bounds what a page holds.
Cross-site protection: every response sets a per-session CSRF token cookie (``SameSite=Strict``,
``HttpOnly``) that each form repeats in a hidden field; a POST is accepted only when both are present
and equal, and when its ``Origin`` (if sent) is the server's own. The CSP allows only the app's own script.

Example:
    >>> from extract.web import make_server                     # doctest: +SKIP
    >>> server = make_server("tieout.db", "127.0.0.1", 8000)     # doctest: +SKIP
    >>> server.serve_forever()                                   # doctest: +SKIP
"""
from __future__ import annotations

import hmac
import ipaddress
import logging
import secrets
import socket
import sqlite3
import threading
import time
from dataclasses import dataclass, field
from http.cookies import CookieError, SimpleCookie
from pathlib import Path
from socketserver import ThreadingMixIn
from contextlib import contextmanager
from typing import Any, Callable, Iterable, Iterator
from urllib.parse import parse_qs, quote, unquote
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer
from wsgiref.simple_server import make_server as _wsgi_server

from ..errors import StoreError
from ..store import Store
from ..store import reviews as store_reviews
from ..store.rows import query_words
from . import render
from .data import Filters, document_summaries, load_report_view
from .markup import report_url
from .reviews import Review, ReviewError, reviews_csv_text

logger = logging.getLogger(__name__)

CSRF_COOKIE = "tieout_csrf"
REVIEWER_COOKIE = "tieout_reviewer"
MAX_BODY = 64 * 1024
REQUEST_TIMEOUT = 15.0      # seconds a socket may stay silent (request line, headers, body)
MAX_CONCURRENT = 8          # requests served at once
WORK_SECONDS = 10.0         # SQL time one request may use
STATIC = Path(__file__).with_name("static")
STATIC_FILES = {"/static/review.js": ("review.js", "text/javascript; charset=utf-8")}
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


@dataclass(frozen=True, slots=True)
class HostPolicy:
    """Which ``Host`` headers a request may carry: ``names`` (lower case), IP literals when
    ``ip_literals``, and a port, if any, equal to ``port`` (0: not known yet, any port)."""

    names: frozenset[str]
    ip_literals: bool = False
    port: int = 0

    def allows(self, header: str) -> bool:
        parsed = split_host(header)
        if parsed is None:
            return False
        name, port = parsed
        if port is not None and self.port and port != self.port:
            return False
        return name in self.names or (self.ip_literals and _is_ip(name))


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name.strip("[]"))
        return True
    except ValueError:
        return False


def split_host(header: str) -> tuple[str, int | None] | None:
    """A Host header as (name in lower case, port or None); None when it is not ``name[:digits]`` or
    ``[v6][:digits]`` ("127.0.0.1:evil.com", "a:b:c", empty names and ports are refused)."""
    header = header.strip().lower()
    if header.startswith("["):
        end = header.find("]")
        if end < 0:
            return None
        name, rest = header[:end + 1], header[end + 1:]
    else:
        name, _, port_text = header.partition(":")
        rest = ":" + port_text if _ else ""
    if rest and not (rest.startswith(":") and rest[1:].isdigit() and len(rest) <= 6):
        return None
    if not name or any(ch in name for ch in "/@\\ "):
        return None
    return name, int(rest[1:]) if rest else None


def allowed_hosts(host: str, port: int = 0) -> HostPolicy:
    """The Host policy of a server bound to ``host``: loopback names for a loopback bind, the bound address
    (and the loopback names) otherwise; a wildcard bind also takes IP literals and this machine's name."""
    names = set(LOOPBACK_NAMES)
    if host in WILDCARD_HOSTS:
        names |= {socket.gethostname().lower(), socket.getfqdn().lower()}
        return HostPolicy(frozenset(names), ip_literals=True, port=port)
    names |= {host.lower(), f"[{host.lower()}]"}
    return HostPolicy(frozenset(names), port=port)


class Busy(Exception):
    """The server is serving MAX_CONCURRENT requests, or a request used up its time."""


@contextmanager
def time_budget(store: Store, seconds: float = WORK_SECONDS) -> Iterator[None]:
    """Interrupt the store's SQL once ``seconds`` have passed (raises Busy)."""
    deadline = time.monotonic() + seconds
    store.conn.set_progress_handler(lambda: int(time.monotonic() > deadline), 1_000)
    try:
        yield
    except sqlite3.OperationalError as exc:
        if "interrupted" in str(exc):
            raise Busy("this page took too long; narrow the filters") from None
        raise
    finally:
        store.conn.set_progress_handler(None, 0)


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
    """A urlencoded POST body as one value per name (bodies over MAX_BODY raise ReviewError; a body that
    stops arriving raises TimeoutError after the socket's REQUEST_TIMEOUT)."""
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    if length > MAX_BODY:
        raise ReviewError("request body too large")
    raw = environ["wsgi.input"].read(length) if length > 0 else b""
    if len(raw) < length:
        raise TimeoutError("request body ended early")
    parsed = parse_qs(raw.decode("utf-8", "replace"), keep_blank_values=True)
    return {name: values[0] for name, values in parsed.items()}


class ReviewApp:
    """The WSGI application. ``store_path`` is the claim store; ``hosts`` the Host policy."""

    def __init__(self, store_path: str | Path, *, hosts: HostPolicy | None = None,
                 max_concurrent: int = MAX_CONCURRENT, work_seconds: float = WORK_SECONDS):
        self.store_path = Path(store_path)
        self.work_seconds = work_seconds
        self.hosts = hosts or allowed_hosts("127.0.0.1")
        self.slots = threading.BoundedSemaphore(max_concurrent)

    def __call__(self, environ: dict[str, Any], start_response: Callable) -> Iterable[bytes]:
        cookies = read_cookies(environ)
        token = cookies.get(CSRF_COOKIE, "")
        new_token = not (20 <= len(token) <= 100 and token.replace("-", "").replace("_", "").isalnum())
        token = secrets.token_urlsafe(32) if new_token else token
        if not self.slots.acquire(blocking=False):
            response = Response.html(render.message_page("Busy", "Too many requests at once; try again."),
                                     "503 Service Unavailable")
            response.headers.append(("Retry-After", "2"))
            start_response(response.status, response.headers + SECURITY_HEADERS)
            return [response.body]
        try:
            response = self.dispatch(environ, cookies, token)
        except Busy as exc:
            response = Response.html(render.message_page("Busy", str(exc)), "503 Service Unavailable")
        except (TimeoutError, socket.timeout):
            response = Response.html(render.message_page("Timeout", "The request body did not arrive in time."),
                                     "408 Request Timeout")
        except Exception:      # one broken request must not stop the server
            logger.exception("error serving %s", environ.get("PATH_INFO"))
            response = Response.html(render.message_page("Error", "Internal error; see the server log."),
                                     "500 Internal Server Error")
        finally:
            self.slots.release()
        headers = response.headers + SECURITY_HEADERS
        if new_token:
            headers.append(set_cookie(CSRF_COOKIE, token))
        start_response(response.status, headers)
        return [response.body]

    def dispatch(self, environ: dict[str, Any], cookies: dict[str, str], token: str) -> Response:
        """Check the Host header, then route by method and path."""
        if not self.hosts.allows(environ.get("HTTP_HOST", "")):
            return Response.html(render.message_page("Forbidden", "Unknown host."), "403 Forbidden")
        method, path = environ.get("REQUEST_METHOD", "GET"), environ.get("PATH_INFO", "/")
        query = {k: v[0] for k, v in parse_qs(environ.get("QUERY_STRING", "")[:4096]).items()}
        reviewer = unquote(cookies.get(REVIEWER_COOKIE, ""))
        if method == "POST" and path == "/review":
            return self.post_review(environ, cookies)
        if method not in ("GET", "HEAD"):
            return Response.html(render.message_page("Not allowed", "Method not allowed."),
                                 "405 Method Not Allowed")
        if path == "/":
            return self.list_page()
        if path == "/report":
            return self.report(query, token, reviewer)
        if path in STATIC_FILES:
            name, kind = STATIC_FILES[path]
            return Response("200 OK", (STATIC / name).read_bytes(), [("Content-Type", kind)])
        if path == "/reviews.csv":
            return Response("200 OK", reviews_csv_text(self.store_path).encode("utf-8"),
                            [("Content-Type", "text/csv; charset=utf-8"),
                             ("Content-Disposition", "attachment; filename=reviews.csv")])
        return Response.html(render.message_page("Not found", f"No page {path}."), "404 Not Found")

    def list_page(self) -> Response:
        """The documents with their counts."""
        with Store(self.store_path, readonly=True) as store, time_budget(store, self.work_seconds):
            return Response.html(render.documents_page(document_summaries(store)))

    def report(self, query: dict[str, str], token: str, reviewer: str) -> Response:
        """One report's page (404 for an unknown document)."""
        doc = query.get("doc", "")
        try:
            at = int(query["at"]) if "at" in query else None
        except ValueError:
            at = None
        with Store(self.store_path, readonly=True) as store, time_budget(store, self.work_seconds):
            view = load_report_view(store, doc, query, query.get("claim"), at)
            if view is None:
                return Response.html(render.message_page("Not found", f"No document {doc!r} in this store."),
                                     "404 Not Found")
            return Response.html(render.report_page(view, token, reviewer))

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
            review.validate()
            with Store(self.store_path, create=False) as store:
                store_reviews.add_review(store, review)
        except ReviewError as exc:
            return Response.html(render.message_page("Bad request", str(exc)), "400 Bad Request")
        except StoreError as exc:
            logger.warning("cannot store a review: %s", exc)
            return Response.html(render.message_page("Not saved", "The store cannot be written (read-only?); "
                                                     "the decision was not recorded."), "503 Service Unavailable")
        back = Filters.from_query({k[5:]: v for k, v in form.items() if k.startswith("back_")})
        target = form.get("next") if form.get("advance") == "1" and form.get("next") else review.claim_id
        location = report_url(review.doc, target, "claim-panel", **back.params(p=""))
        return Response("303 See Other", b"", [("Location", location),
                                               set_cookie(REVIEWER_COOKIE, quote(reviewer, safe=""))])


class _ThreadingServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True
    allow_reuse_address = True


class _QuietHandler(WSGIRequestHandler):
    timeout = REQUEST_TIMEOUT       # socket timeout: a silent client frees its thread

    def log_message(self, format: str, *args: Any) -> None:    # noqa: A002 (stdlib signature)
        """Access log lines go to logging, not stderr."""
        logger.info("%s - %s", self.address_string(), format % args)


def make_server(store_path: str | Path, host: str = "127.0.0.1", port: int = 8000) -> WSGIServer:
    """A threaded HTTP server for the review app, bound (not yet serving); ``port=0`` picks a free one."""
    app = ReviewApp(store_path, hosts=allowed_hosts(host, port))
    server = _wsgi_server(host, port, app, server_class=_ThreadingServer, handler_class=_QuietHandler)
    app.hosts = allowed_hosts(host, server.server_port)        # the port really bound (port=0 picks one)
    # Load the segmenter now (1-3 s), not on the first search.
    threading.Thread(target=query_words, args=("就业",), daemon=True, name="warm-jieba").start()
    return server


def serve(store_path: str | Path, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the review page until interrupted."""
    server = make_server(store_path, host, port)
    try:
        server.serve_forever()
    finally:
        server.server_close()
