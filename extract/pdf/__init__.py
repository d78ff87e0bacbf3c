"""PDF ingest: ``read_pdf`` (in ``reader``: pdfium by default, pdfminer.six selectable) over pure layout
passes (``layout``, ``grid``, ``sides``) and per-page sanity checks (``sanity``).

Importing this package loads neither engine; ``read_pdf`` is imported on first use.
"""
from __future__ import annotations

from typing import Any

ENGINES = ("pdfium", "pdfminer")
ENGINE_VARIABLE = "TIEOUT_PDF_ENGINE"      # the engine worker processes use (``tieout --pdf-engine``)

__all__ = ["ENGINES", "ENGINE_VARIABLE", "read_pdf"]


def __getattr__(name: str) -> Any:
    if name == "read_pdf":
        from .reader import read_pdf

        return read_pdf
    raise AttributeError(name)
