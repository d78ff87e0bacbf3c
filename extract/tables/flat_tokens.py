"""Cells of one line of a PDF text dump: runs of non-space text, "2022 年" and "UK 认证" kept whole.

>>> [t.text for t in line_to_tokens(Line(0, 0, 14, "2022 年 UK 认证 3 门"))]
['2022 年', 'UK 认证', '3 门']
"""
from __future__ import annotations

import regex

from ..records import RawCell
from .captions import Line

# 数字后的时间词/短单位并回数字："2022 年" -> "2022年"，"3 门" -> "3门"。
SUFFIX_RE = regex.compile(r"^(?:[年届月门项人个名次所家篇本册元种台套倍%％]|人次|万元|亿元|年度|学年|个百分点|百分点)$")
# 变动方向词后接数字："增加 1.2 个百分点" 是一个单元格（业绩快报的 加权平均净资产收益率 一行）。
CHANGE_WORD_RE = regex.compile(r"^(?:增加|减少|上升|下降|提高|降低)$")
BARE_NUMBER_RE = regex.compile(r"^[-−]?[0-9０-９][0-9０-９,，.．]*$")
# 西文词后接中文："UK 认证"、"B 类：…" 是一个单元格。
ASCII_WORD_RE = regex.compile(r"^[A-Za-z][A-Za-z0-9+&.-]{0,9}$")
HAN_START_RE = regex.compile(r"^[\p{Han}“「《]")
TOKEN_RE = regex.compile(r"\S+")


def should_join(prev: str, cur: str) -> bool:
    """Two space-separated pieces that are one cell ("2022"+"年", "UK"+"认证", "增加"+"1.2"+"个百分点")."""
    return bool((BARE_NUMBER_RE.match(prev) and SUFFIX_RE.match(cur))
                or (ASCII_WORD_RE.match(prev) and HAN_START_RE.match(cur))
                or (CHANGE_WORD_RE.match(prev) and BARE_NUMBER_RE.match(cur))
                or (OPEN_DECIMAL_RE.fullmatch(prev) and cur[:1].isdigit()))     # "12. 18%": a web copy's decimal


OPEN_DECIMAL_RE = regex.compile(r"[0-9]+[.．]")


def line_to_tokens(line: Line) -> tuple[RawCell, ...]:
    """The cells of one line (runs of non-space text), with offsets into the source."""
    out: list[RawCell] = []
    for m in TOKEN_RE.finditer(line.text):
        if not m.group().strip("|｜"):
            continue        # "2513 |": the bar a web table's cell ends with when each cell is printed on a line of its own
            # (or bars alone, "|||||", its empty cells)
        start, end = line.start + m.start(), line.start + m.end()
        if out and should_join(out[-1].text.split()[-1], m.group()):
            prev = out.pop()
            start = prev.start
        out.append(RawCell(line.text[start - line.start:end - line.start], start, end))
    return tuple(out)
