"""Split a view into sentences on Chinese and Latin sentence punctuation."""
from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence ends at 。！？ — not at ；, which joins the parts of one statement in these reports.
_SENTENCE = re.compile(r"[^。！？!?]*(?:[。！？!?]+[”’」』）)]*|$)")


@dataclass(frozen=True, slots=True)
class SentenceSpan:
    start: int     # view offsets
    end: int
    text: str


def split_sentences(text: str) -> list[SentenceSpan]:
    """Sentences of ``text`` with their [start, end) offsets; empty pieces dropped."""
    out = []
    for m in _SENTENCE.finditer(text):
        if m.group().strip():
            out.append(SentenceSpan(m.start(), m.end(), m.group()))
    return out
