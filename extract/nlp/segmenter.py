"""A private jieba tokenizer loaded with the domain user dictionary (never jieba's global one)."""
from __future__ import annotations

import logging
from functools import lru_cache

from ..resources import model_path

USER_DICT = "lexicons/jieba_user.v1.txt"


@lru_cache(maxsize=1)
def jieba_tokenizer():
    """A ``jieba.Tokenizer`` with the user dictionary of models/ (built once per process)."""
    import jieba

    logging.getLogger("jieba").setLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    tokenizer.load_userdict(str(model_path(USER_DICT)))
    return tokenizer


@lru_cache(maxsize=1)
def pos_tokenizer():
    """A ``jieba.posseg.POSTokenizer`` over :func:`jieba_tokenizer`."""
    import jieba.posseg

    return jieba.posseg.POSTokenizer(jieba_tokenizer())


def cut(text: str) -> list[str]:
    return list(jieba_tokenizer().cut(text))


@lru_cache(maxsize=8192)
def cut_pos(text: str) -> tuple[tuple[str, str], ...]:
    """(word, part-of-speech flag) pairs; cached, since clauses and names repeat within a report."""
    return tuple((p.word, p.flag) for p in pos_tokenizer().cut(text, HMM=False))
