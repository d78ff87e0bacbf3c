"""A private jieba tokenizer loaded with the domain user dictionary (never jieba's global one)."""
from __future__ import annotations

import logging
from functools import lru_cache

from ..errors import PatternError
from ..resources import load_tsv, model_path

# Built from the domain lexicons by models/lexicons/build_jieba_user.py (never from a report's text).
USER_DICT = "lexicons/jieba_user.v2.txt"


def user_words() -> tuple[tuple[str, int, str], ...]:
    """(word, frequency, tag) of the user dictionary (jieba's format: one "word freq tag" a line)."""
    out = []
    for no, row in enumerate(load_tsv(USER_DICT), 1):
        parts = row[0].split(" ")
        if len(parts) != 3 or not parts[1].isdigit():
            raise PatternError(str(model_path(USER_DICT)), no, f"expected 'word freq tag', got {row[0]!r}")
        out.append((parts[0], int(parts[1]), parts[2]))
    return tuple(out)


@lru_cache(maxsize=1)
def jieba_tokenizer():
    """A ``jieba.Tokenizer`` with the user dictionary of models/ (built once per process)."""
    import jieba

    logging.getLogger("jieba").setLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    for word, freq, tag in user_words():
        tokenizer.add_word(word, freq, tag)
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
