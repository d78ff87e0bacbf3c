"""Build a document's source text piece by piece, handing out the offsets of each piece."""
from __future__ import annotations


class TextBuilder:
    """Accumulates the source text; ``add`` returns the [start, end) of what it appended."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0

    def add(self, text: str) -> tuple[int, int]:
        start = self.pos
        self.parts.append(text)
        self.pos += len(text)
        return start, self.pos

    def text(self) -> str:
        return "".join(self.parts)
