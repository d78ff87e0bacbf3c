"""The claim finder as a spaCy component: ``nlp.add_pipe("tieout_claims")``.

It reads ``doc.text`` like a small report (paragraphs, headings), finds claims on characters and
aligns them to tokens, setting ``doc.spans["claims"]`` (label = kind) with the claim fields as
``Span._`` extensions, so displacy can render them (``style="span", options={"spans_key": "claims"}``).
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .extensions import CLAIM_FIELDS, install_extensions

SPANS_KEY = "claims"


class ClaimFinder:
    def __init__(self, nlp: Language, name: str, spans_key: str = SPANS_KEY):
        install_extensions()
        self.name = name
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        return self.set_annotations(doc, self.match(doc))

    def match(self, doc: Doc):
        from ..claims import find_claims
        from ..ingest.text import document_from_text
        from ..structure import find_cases, find_sections

        document = document_from_text(doc.text)
        sections = find_sections(document)
        return find_claims(document, sections=sections, cases=find_cases(document, sections))

    def set_annotations(self, doc: Doc, claims) -> Doc:
        spans = []
        for claim in claims:
            span = doc.char_span(claim.char_start, claim.char_end, label=claim.kind, alignment_mode="expand")
            if span is None:
                continue
            for field in CLAIM_FIELDS:
                value = claim.id if field == "claim_id" else getattr(claim, field)
                span._.set(field, float(value) if field in ("value", "normalized") else value)
            spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


@Language.factory("tieout_claims", assigns=["doc.spans"], default_config={"spans_key": SPANS_KEY})
def make_claim_finder(nlp: Language, name: str, spans_key: str) -> ClaimFinder:
    return ClaimFinder(nlp, name, spans_key)


ORGS_KEY = "orgs"


class OrgFinder:
    """Organisation names as ``doc.spans["orgs"]`` (label = school | company | government | alliance | …).

    The name endings come from models/lexicons/org_suffixes.v1.tsv; the left edge of a name is found with
    jieba's part-of-speech tags (see ``extract.nlp.orgs``).
    """

    def __init__(self, nlp: Language, name: str, spans_key: str = ORGS_KEY):
        self.name = name
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        from ..text.view import make_view
        from .orgs import find_org_spans

        view = make_view(doc.text)
        spans = []
        for org in find_org_spans(view.text):
            start, end = view.to_source(org.start, org.end)
            span = doc.char_span(start, end, label=org.kind, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


@Language.factory("tieout_orgs", assigns=["doc.spans"], default_config={"spans_key": ORGS_KEY})
def make_org_finder(nlp: Language, name: str, spans_key: str) -> OrgFinder:
    return OrgFinder(nlp, name, spans_key)
