"""Counted things after their classifier ("16条运输线路"): every row of models/lexicons/classifiers.v1.tsv."""
from __future__ import annotations

import pytest

from extract.claims import find_claims
from extract.ingest.text import document_from_text
from extract.resources import load_tsv


@pytest.mark.parametrize("row", load_tsv("lexicons/classifiers.v1.tsv"), ids=lambda r: r[0])
def test_classifier_example(row):
    unit, example = row[0], row[1]
    expected = row[2] if len(row) > 2 and row[2] else None
    claims = [c for c in find_claims(document_from_text(example + "\n")) if c.unit == unit]
    assert claims, (example, [(c.text, c.unit) for c in find_claims(document_from_text(example + "\n"))])
    if expected:
        assert claims[0].metric == expected, (example, claims[0].metric)
