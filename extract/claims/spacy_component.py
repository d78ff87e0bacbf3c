"""The claim finder as a spaCy component, ``nlp.add_pipe("tieout_claims")``, and the full pipeline.

A thin adapter: it reads ``doc.text`` like a small report (paragraphs, headings), runs
:func:`extract.claims.find_claims` on it and aligns each claim to tokens, setting ``doc.spans["claims"]``
(label = kind) with the claim fields as ``Span._`` extensions, so displacy can render them
(``style="span", options={"spans_key": "claims"}``).

It lives here, above ``extract.nlp`` (tokenizer, organisation names), so that nothing in ``nlp``
imports ``claims``:

    >>> from extract.claims.spacy_component import make_nlp   # doctest: +SKIP
    >>> doc = make_nlp()("2023 年奖助总金额为 2136.97 万元，增长了 18.14%。")   # doctest: +SKIP
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable

from spacy.language import Language
from spacy.tokens import Doc

from ..ingest.text import document_from_text
from ..nlp.extensions import CLAIM_FIELDS, install_extensions
from ..nlp.pipeline import blank_nlp
from ..records import Claim
from ..structure import find_cases, find_sections
from .build import find_claims

SPANS_KEY = "claims"
FLOAT_FIELDS = frozenset({"value", "normalized"})


def claims_of_text(text: str) -> list[Claim]:
    """The claims of a piece of text read as a small report (its sections and case boxes included)."""
    document = document_from_text(text)
    sections = find_sections(document)
    return find_claims(document, sections=sections, cases=find_cases(document, sections))


class ClaimFinder:
    def __init__(self, nlp: Language, name: str, spans_key: str = SPANS_KEY):
        install_extensions()
        self.name = name
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        return self.set_annotations(doc, claims_of_text(doc.text))

    def set_annotations(self, doc: Doc, claims: Iterable[Claim]) -> Doc:
        spans = []
        for claim in claims:
            span = doc.char_span(claim.char_start, claim.char_end, label=claim.kind, alignment_mode="expand")
            if span is None:
                continue
            for field in CLAIM_FIELDS:
                value = claim.id if field == "claim_id" else getattr(claim, field)
                span._.set(field, float(value) if field in FLOAT_FIELDS else value)
            spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


@Language.factory("tieout_claims", assigns=["doc.spans"], default_config={"spans_key": SPANS_KEY})
def make_claim_finder(nlp: Language, name: str, spans_key: str) -> ClaimFinder:
    return ClaimFinder(nlp, name, spans_key)


@lru_cache(maxsize=1)
def make_nlp() -> Language:
    """spaCy's blank "zh" with our jieba tokenizer, ``tieout_orgs`` and ``tieout_claims``."""
    nlp = blank_nlp()
    nlp.add_pipe("tieout_claims")
    return nlp
