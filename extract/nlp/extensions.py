"""The only place that registers spaCy extension attributes (prefix-free names under ``Span._``)."""
from __future__ import annotations

from spacy.tokens import Span

CLAIM_FIELDS = ("value", "scale", "unit", "normalized", "kind", "bound", "direction", "metric", "period",
                "baseline", "subject", "case", "section", "claim_id")


def install_extensions() -> None:
    """Register the claim fields as ``Span._.<field>``; existing ones are left alone."""
    for name in CLAIM_FIELDS:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)
