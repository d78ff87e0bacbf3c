"""Classify one line of a text dump by its role (heading, caption, table row, footer, …).

The regexes live in ``models/patterns/lines.v1.jsonl``; this module adds the checks a regex
cannot express well (length, ending punctuation, numeric density).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..resources import load_jsonl
from . import compact

LINE_PATTERNS = "patterns/lines.v1.jsonl"
# Longest heading / caption we accept, in non-space characters.
MAX_HEADING_CHARS = 34
MAX_CAPTION_CHARS = 70
SENTENCE_END = "。；！？!?;"
_NUMERIC_TOKEN = re.compile(r"^[-+−]?[\d,，.．]+[%％]?-?$|^[-—/／]$")


@lru_cache(maxsize=1)
def line_rules() -> tuple[tuple[str, str, re.Pattern], ...]:
    """(rule id, label, compiled regex) in file order; the first rule that fits wins."""
    return tuple((r["id"], r["label"], re.compile(r["regex"])) for r in load_jsonl(LINE_PATTERNS))


def is_table_row(line: str) -> bool:
    """A TAB-separated row, or a line of mostly numeric space-separated cells (flattened PDF table)."""
    if "\t" in line.strip("\t"):
        return True
    tokens = line.split()
    if len(tokens) < 3:
        return False
    numeric = sum(1 for t in tokens if _NUMERIC_TOKEN.match(t))
    return numeric >= 3 and numeric / len(tokens) >= 0.6


def classify_line(line: str) -> str:
    """Role of one line: heading, caption, figure, source, case, toc, toc_title, footer, table, body, blank."""
    if not line.strip():
        return "blank"
    compact_line = compact(line)
    for _rule_id, label, rx in line_rules():
        if not rx.search(line):
            continue
        if label == "heading" and not _plausible_heading(compact_line):
            continue
        if _rule_id.startswith("line.heading_numbered") and not _numbered_heading_ok(line):
            continue
        if label == "caption" and (len(compact_line) > MAX_CAPTION_CHARS or compact_line[-1] in SENTENCE_END):
            continue
        if label == "toc" and "\t" in line and is_table_row(line) and line.count("\t") > 1:
            continue
        return label
    return "table" if is_table_row(line) else "body"


_NUMBERED = re.compile(r"^(\s*)\**\s*(\d{1,2}(?:\s*[.．]\s*\d{1,2}){0,3})\s*([.．、]?)\s*(.*)$")


def _numbered_heading_ok(line: str) -> bool:
    """"2.1 就业质量" yes; table rows ("1 建筑工程学院 道路与桥梁 悉尼协议") and bare "5 《规划》" no.

    A number without any dot is a heading only where a PDF dump starts a page with it (leading space).
    """
    m = _NUMBERED.match(line)
    if not m:
        return False
    lead, number, dot, title = m.groups()
    if "." not in number and "．" not in number and not dot and not lead:
        return False
    tokens = title.split()
    return len(tokens) <= 2 and not any(_NUMERIC_TOKEN.match(t) for t in tokens[1:])


def _plausible_heading(compact: str) -> bool:
    if len(compact) > MAX_HEADING_CHARS or compact[-1] in SENTENCE_END + "，,、：:":
        return False
    return "。" not in compact and compact.count("，") <= 1
