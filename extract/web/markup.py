"""Shared HTML helpers of the review page: escaping and URLs."""
from __future__ import annotations

from html import escape
from typing import Any
from urllib.parse import urlencode


def esc(value: Any) -> str:
    """Text as HTML (None as empty), quotes escaped too."""
    return "" if value is None else escape(str(value), quote=True)


def report_url(doc: str, claim: str | None = None, anchor: str = "", **params: Any) -> str:
    """The URL of a report page (optionally with a claim selected and filter/paging parameters)."""
    query = {"doc": doc} | ({"claim": claim} if claim else {}) | {k: str(v) for k, v in params.items() if v not in
                                                                  (None, "")}
    return "/report?" + urlencode(query) + (f"#{anchor}" if anchor else "")


def hidden(name: str, value: Any) -> str:
    """A hidden form field."""
    return f"<input type=\"hidden\" name=\"{esc(name)}\" value=\"{esc(value)}\">"
