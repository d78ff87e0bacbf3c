"""Text utilities shared by ingest and later stages: line roles, offset-keeping views, sentences."""
from __future__ import annotations

import re

_SPACE_OR_STAR = re.compile(r"\s+|\*")
HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")       # a Chinese character (CJK unified ideographs)


def compact(text: str) -> str:
    """``text`` with whitespace and ``*`` (Word dumps' bold markers) removed: how headings compare."""
    return _SPACE_OR_STAR.sub("", text)


def is_han(text: str, at: int = 0) -> bool:
    """Whether the character of ``text`` at ``at`` is a Chinese character (CJK unified ideographs)."""
    return 0 <= at < len(text) and HAN_CHAR.match(text, at) is not None
