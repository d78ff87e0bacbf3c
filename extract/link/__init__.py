"""Tie-out: claim <-> cell links and arithmetic checks."""
from __future__ import annotations

from ..records import Check, Claim, Document, Link, Table


def tie_out(document: Document, claims, tables) -> tuple[list[Link], list[Check]]:
    return [], []
