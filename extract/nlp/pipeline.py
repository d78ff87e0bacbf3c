"""make_nlp(): spaCy's blank "zh" with our jieba tokenizer, the organisation finder and the claim finder."""
from __future__ import annotations

from functools import lru_cache

import spacy

from . import components, tokenizer  # noqa: F401  (registers the tokenizer and the factory)

CONFIG = {"nlp": {"tokenizer": {"@tokenizers": "tieout.JiebaTokenizer.v1"}}}


@lru_cache(maxsize=1)
def make_nlp(with_claims: bool = True):
    """A blank Chinese pipeline segmenting with jieba + the domain dictionary of models/."""
    nlp = spacy.blank("zh", config=CONFIG)
    nlp.add_pipe("tieout_orgs")
    if with_claims:
        nlp.add_pipe("tieout_claims")
    return nlp
