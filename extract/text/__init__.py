"""Text utilities shared by ingest and later stages: line roles, offset-keeping views, sentences."""
from __future__ import annotations

import re

_SPACE_OR_STAR = re.compile(r"\s+|\*")


def compact(text: str) -> str:
    """``text`` with whitespace and ``*`` (Word dumps' bold markers) removed: how headings compare."""
    return _SPACE_OR_STAR.sub("", text)
