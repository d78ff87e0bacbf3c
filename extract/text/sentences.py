"""Split a view into sentences on Chinese and Latin sentence punctuation; cut over-long blocks.

Neither depends on line breaks: a report saved without them (one 1M-character line) splits into the
same sentences, and ``bounded_blocks`` cuts a block longer than ``MAX_BLOCK_CHARS`` at sentence ends
(then at ；/，/ spaces, last at a hard length), so no later stage ever works on one giant block —
their cost per block grows with the block's length times its numbers.

Example:
    >>> [s.text for s in split_sentences("共有学生1200人。其中女生占52%！")]
    ['共有学生1200人。', '其中女生占52%！']
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..records import Block

# A sentence ends at 。！？ — not at ；, which joins the parts of one statement in these reports.
_SENTENCE = re.compile(r"[^。！？!?]*(?:[。！？!?]+[”’」』）)]*|$)")
# Real paragraphs stay far below this (longest in the dev corpora: ~1,150 characters).
MAX_BLOCK_CHARS = 2000
# Where a piece without sentence ends may be cut, best first.
_SOFT_ENDS = (re.compile(r"[；;]"), re.compile(r"[，,、：:]"), re.compile(r"\s"))


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


def _cut(text: str, start: int, end: int, limit: int) -> Iterator[tuple[int, int]]:
    """[start, end) of ``text`` in pieces of at most ``limit`` characters, each ending at the last
    sentence end in reach, else the last soft end (；，、 space), else at the limit."""
    while end - start > limit:
        stop = start + limit
        window = text[start:stop]
        cut = max((m.end() for m in _SENTENCE.finditer(window) if m.end() < limit and m.group()
                   and m.group()[-1] in "。！？!?”’」』）)"), default=0)
        for soft in _SOFT_ENDS:
            if cut:
                break
            cut = max((m.end() for m in soft.finditer(window, limit // 2)), default=0)
        cut = cut or limit
        yield start, start + cut
        start += cut
    if end > start:
        yield start, end


def bounded_blocks(text: str, blocks: list[Block] | tuple[Block, ...],
                   limit: int = MAX_BLOCK_CHARS) -> list[Block]:
    """The blocks, each longer than ``limit`` characters cut into consecutive blocks of the same kind
    and page (at sentence ends where there are any). Linear in the text's length."""
    out: list[Block] = []
    for block in blocks:
        if block.end - block.start <= limit:
            out.append(block)
            continue
        for start, end in _cut(text, block.start, block.end, limit):
            out.append(replace(block, start=start, end=end))
    return out
