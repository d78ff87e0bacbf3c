"""Arithmetic checks (placeholder while links are built)."""
from __future__ import annotations


def find_checks(doc, claims, tables, links):
    return []
