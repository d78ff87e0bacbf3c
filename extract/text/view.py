"""A whitespace-free view of a stretch of source text that keeps the way back to source offsets.

PDF dumps put spaces between digits and Chinese ("2023 年") and break lines mid-sentence; the
view drops that whitespace (keeping one space between two ASCII letters/digits, so "12 461" stays
two numbers) and the ``**`` bold markers of Word dumps. Every view character maps to its source index.
"""
from __future__ import annotations

from dataclasses import dataclass

_ASCII_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


@dataclass(frozen=True, slots=True)
class TextView:
    text: str
    offsets: tuple[int, ...]      # source index of each view character
    end: int                      # source index just past the viewed stretch

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Source [start, end) of the view slice [start, end)."""
        if start >= len(self.offsets):
            return self.end, self.end
        src_start = self.offsets[start]
        src_end = self.offsets[end - 1] + 1 if end > start else src_start
        return src_start, src_end


def make_view(text: str, start: int = 0, end: int | None = None) -> TextView:
    """View of ``text[start:end]`` without whitespace runs and ``**`` markers."""
    end = len(text) if end is None else end
    chars: list[str] = []
    offsets: list[int] = []
    i = start
    while i < end:
        ch = text[i]
        if ch == "*" and i + 1 < end and text[i + 1] == "*":
            i += 2
            continue
        if ch.isspace():
            j = i
            while j < end and text[j].isspace():
                j += 1
            if chars and j < end and chars[-1] in _ASCII_WORD and text[j] in _ASCII_WORD:
                chars.append(" ")
                offsets.append(i)
            i = j
            continue
        chars.append(ch)
        offsets.append(i)
        i += 1
    return TextView("".join(chars), tuple(offsets), end)
