"""Prose or flattened table: the decision for a paragraph block that has lost its punctuation.

A table that reached us as a paragraph shows it in its content: digits dominate, cells glued together once
whitespace is gone ("84.215.170.88"), or, with no word of a sentence in it, several bare Arabic numbers or a
bare number closing it ("年末城镇登记失业人员数人11588").
A line with a copula or a verb of change ("占比为10", "同比减少37.21") is prose even without a comma or a
full stop (ESG sentences, text exported without punctuation). The cue words and the glued-cell patterns are
data (``models/patterns/prose.v1.jsonl``).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Protocol, Sequence

from ..resources import load_jsonl, load_patterns

PROSE_PATTERNS = "patterns/prose.v1.jsonl"
CLAUSE_PUNCTUATION = "。，；,;！？!?"
# Shorter blocks are never tables.
MIN_TABLE_CHARS = 5
# Digits above this share of a block's characters make it a table row.
MAX_PROSE_DIGIT_SHARE = 0.5
# This many numbers without a unit, and no cue word of a sentence, make a table row.
MIN_BARE_NUMBERS = 3
# This many figures with a column header's name in the paragraph (企业名称, 序号 …) make it a flattened table.
MIN_HEADER_ROW_NUMBERS = 8
# A number followed by one of these is part of a date (2022年1月10日), no cell of a table.
DATE_PARTS = ("月", "日")
# Prose before a flattened table's glued cells is read when it has at least this many different cue words and figures
# with units (a flattened honours table "…百强第28位…覆盖…" has two).
MIN_HEAD_CUES = 4
# Prose after a flattened table's last bare number is read when it is at least this long.
MIN_PROSE_TAIL = 30


class NumberSpan(Protocol):
    """What this module needs of a quantity mention (``extract.numbers.mentions.Mention``)."""

    unit: str
    start: int
    end: int
    chinese: bool


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    compiled = load_patterns(PROSE_PATTERNS)
    return {r["label"]: compiled[r["id"]] for r in load_jsonl(PROSE_PATTERNS)}


def _bare(mentions: Sequence[NumberSpan]) -> list[NumberSpan]:
    """The numbers without a unit written in Arabic digits: what a flattened table's cells are (千企结千村, 六一 and 四川
    are words)."""
    return [m for m in mentions if not m.unit and not m.chinese]


_KEY_VALUE = re.compile(r"[\u4e00-\u9fff]{2,12}[：:]\d")


def is_table_like(text: str, mentions: Sequence[NumberSpan]) -> bool:
    """True when a whitespace-free paragraph ``text`` with these quantity mentions is a flattened table row,
    not prose. Punctuated text is prose; so is an unpunctuated sentence that has a cue word."""
    if len(text) < MIN_TABLE_CHARS or any(ch in text for ch in CLAUSE_PUNCTUATION):
        return False
    if len(mentions) == 1 and mentions[0].unit and _KEY_VALUE.match(text) and mentions[0].end == len(text):
        return False        # "注册资本:227697827.00元": a key and its one amount, a line of a list of facts, not a row
    digits = sum(ch.isdigit() for ch in text)
    if digits / len(text) > MAX_PROSE_DIGIT_SHARE or _patterns()["table"].search(text):
        return True
    if len(mentions) >= MIN_HEADER_ROW_NUMBERS and _patterns()["header"].search(text):
        return True         # a column header's name among many figures: "…企业名称新兴技术与装备应用…节约能耗数量…"
    if _patterns()["prose"].search(text):
        return False
    bare = [m for m in _bare(mentions) if text[m.end:m.end + 1] not in DATE_PARTS]     # 1月10日 is a date
    closing_bare = bool(mentions) and not mentions[-1].unit and not mentions[-1].chinese and mentions[-1].end == len(text)
    return len(bare) >= MIN_BARE_NUMBERS or closing_bare


def prose_head(text: str, mentions: Sequence[NumberSpan]) -> int | None:
    """Where the prose before a flattened table's glued cells ends, or None: at the first glued cells, when the words
    before them are long enough to be a sentence and are prose themselves ("…课程300多节全年在线培训19.7万人次…
    外籍员工占比分别达24.5496.69管理…": a long sentence, then two shares glued together)."""
    glued = _patterns()["table"].search(text)
    if glued is None or glued.start() < MIN_PROSE_TAIL:
        return None
    head = text[:glued.start()]
    before = [m for m in mentions if m.end <= glued.start()]
    bare = _bare(before)
    cues = len(set(_patterns()["prose"].findall(head)))
    if len(bare) > 1 or cues < MIN_HEAD_CUES or len(before) - len(bare) < MIN_HEAD_CUES or is_table_like(head, before):
        return None         # a flattened table's first rows ("…社会保险覆盖率100100100…"): no sentence
    return glued.start()


def prose_tail(text: str, mentions: Sequence[NumberSpan]) -> int | None:
    """Where prose may start after the flattened table of a table-like paragraph ``text``, or None: after its last
    bare number, when the words after it are long enough to be a sentence ("…2022年ESG报告34水下作业需要使用到挖沟机在内
    的12套电气设备…安装三台1200KW的发电机": a chart's figures, then a sentence). Whether they are prose is for
    ``is_table_like`` to say of them."""
    bare = _bare(mentions)
    return bare[-1].end if bare and len(text) - bare[-1].end >= MIN_PROSE_TAIL else None
