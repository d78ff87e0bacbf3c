"""spaCy tokenizer over our private jieba tokenizer (the domain user dictionary, no global state)."""
from __future__ import annotations

from spacy.tokens import Doc
from spacy.util import get_words_and_spaces, registry

from .segmenter import jieba_tokenizer


class JiebaTokenizer:
    """Segments with :func:`segmenter.jieba_tokenizer`, so the user dictionary of models/ applies."""

    def __init__(self, vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words = [w for w in jieba_tokenizer().cut(text, cut_all=False) if w]
        words, spaces = get_words_and_spaces(words, text)
        return Doc(self.vocab, words=words, spaces=spaces)

    # spaCy serialises tokenizers; ours holds no state beyond the versioned models/ data.
    def to_bytes(self, **_kwargs) -> bytes:
        return b""

    def from_bytes(self, _data: bytes, **_kwargs) -> "JiebaTokenizer":
        return self

    def to_disk(self, _path, **_kwargs) -> None:
        return None

    def from_disk(self, _path, **_kwargs) -> "JiebaTokenizer":
        return self


@registry.tokenizers("tieout.JiebaTokenizer.v1")
def create_jieba_tokenizer():
    def make(nlp):
        return JiebaTokenizer(nlp.vocab)
    return make
