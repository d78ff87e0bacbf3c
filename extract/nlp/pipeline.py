"""spaCy's blank "zh" with our jieba tokenizer and the organisation finder.

The claims component sits one stage up: ``extract.claims.spacy_component.make_nlp()`` is this pipeline
plus ``tieout_claims``.
"""
from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

from . import components, tokenizer  # noqa: F401  (registers the tokenizer and the tieout_orgs factory)

CONFIG = {"nlp": {"tokenizer": {"@tokenizers": "tieout.JiebaTokenizer.v1"}}}


def blank_nlp() -> Language:
    """A new blank Chinese pipeline: jieba + the domain dictionary of models/, then ``tieout_orgs``."""
    nlp = spacy.blank("zh", config=CONFIG)
    nlp.add_pipe("tieout_orgs")
    return nlp


@lru_cache(maxsize=1)
def make_nlp() -> Language:
    """:func:`blank_nlp`, built once per process (do not add pipes to it; call :func:`blank_nlp`)."""
    return blank_nlp()
