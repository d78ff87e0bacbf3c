"""Organisation names as a spaCy component: ``nlp.add_pipe("tieout_orgs")``.

The claim finder's component (``tieout_claims``) lives one stage up, in ``extract.claims.spacy_component``:
nothing in ``extract.nlp`` imports ``extract.claims``.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..text.view import make_view
from .orgs import find_org_spans

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
