"""PDF ingest: ``read_pdf`` (pdfminer.six, in ``reader``) over pure layout passes (``layout``)."""
from __future__ import annotations

from .reader import read_pdf

__all__ = ["read_pdf"]
