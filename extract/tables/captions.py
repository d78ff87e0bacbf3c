"""Table captions and the lines around them.

Stages: ``text_to_lines`` (source text -> lines with offsets), ``find_captions`` (lines ->
"表 X-Y …" / "表 N …" / "附表 N …" captions, table-of-contents lines and prose mentions
skipped), and the line classifiers the body finders stop at (headings, prose, figure captions,
data-source notes).

>>> [c.label for c in find_captions("见表 1-1。\\n表 1-1 核心指标统计表\\t3\\n\\n表 1-1 核心指标统计表\\n")]
['表1-1']
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from ..text.lines import RULE_ROW, is_numeric_cell

# 表题：行首的 "表 2-10"、"表 1"、"附表 1：" ，可被 ** 包围（Word 转出的加粗）。
# 表号后可紧接年份（"表82016年房地产…" -> 表8，"表1-92022届毕业生…" -> 表1-9）；空白含不换行空格（"表1\xa0凯里市…"）；表号可有三级（"表1-1-1"）。
CAPTION_RE = regex.compile(
    r"^[ \t\u3000\xa0]*(?:\*\*)?[ \t\u3000\xa0]*(?P<label>(?:附[ \t\u3000\xa0]*)?表[ \t\u3000\xa0]*"
    r"(?:[0-9０-９]{1,3}(?:[-－—–.．][0-9０-９]{1,3}){0,2}(?=(?:19|20)[0-9]{2}[年届])"
    r"|[0-9０-９]+(?:[ \t\xa0]*[-－—–.．][ \t\xa0]*[0-9０-９]+){0,2}(?![0-9０-９])))"
    r"[ \t\u3000\xa0]*[:：.、]?[ \t\u3000\xa0]*(?P<title>\S.*?)?[ \t\u3000\xa0]*$")
# 目录行：表题后跟页码（制表符、连续空格或点线之后的数字）。
TOC_TAIL_RE = regex.compile(r"(?:\t|[ \u3000]{2,}|[.…·．]{2,}\s*)[0-9]{1,4}\s*$")
# 章节标题："2.5.1 运动育人"、"一、"、"（二）"、"第三章"、"3. 课程建设"。
HEADING_RE = regex.compile(
    r"^\s*(?:\d+(?:\.\d+)+\s*\S|\d+\s*[.．、]\s*\S|[一二三四五六七八九十]+\s*、|"
    r"[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十\d]+[章节部分])")
# 图题、照片说明、案例标题：表体在它们之前结束。
FIGURE_RE = regex.compile(r"^\s*(?:\*\*)?\s*(?:图\s*[0-9０-９]+(?:\s*[-－—–.]\s*[0-9]+)?|图为|案例\s*\d)")
# 数据来源说明（可在括号里，可无冒号）。
SOURCE_RE = regex.compile(r"^\s*[（(]?\s*(?:此)?(?:数据)?(?:来源|资料来源|数据来源)\s*[:：]?")
# 表前/表后的说明行："单位：万元"、"名称：吉林省(220000)"、"注：…"。
NOTE_RE = regex.compile(r"^\s*(?:单位|名称|注|说明|计量单位)\s*[:：]")
# 表内合并单元格的 markdown 分隔行 "----\t------"。
RULE_RE = RULE_ROW        # text.lines owns what a rule line is
SPACE_OR_BOLD_RE = regex.compile(r"\s+|\*\*")
_SENTENCE_END = ("。", "；", "，", "！", "？")
MAX_TITLE = 80


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the source text: ``text`` is ``source[start:end]`` without the newline."""

    index: int
    start: int
    end: int
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()


@dataclass(frozen=True, slots=True)
class Caption:
    """A table caption: ``label`` as written without whitespace ("表2-10"), ``title`` without it."""

    label: str
    title: str
    start: int
    end: int
    first_line: int
    last_line: int


def text_to_lines(text: str) -> list[Line]:
    """The lines of ``text`` with their offsets (``\\n`` and ``\\r\\n`` endings)."""
    return list(_text_lines(text))


@lru_cache(maxsize=8)          # find_tables and find_captions both ask for the lines of one text
def _text_lines(text: str) -> tuple[Line, ...]:
    lines: list[Line] = []
    start = 0
    for index, chunk in enumerate(text.split("\n")):
        end = start + len(chunk)
        body = chunk[:-1] if chunk.endswith("\r") else chunk
        lines.append(Line(index, start, start + len(body), body))
        start = end + 1
    return tuple(lines)


def compact(text: str) -> str:
    """``text`` without whitespace and markdown bold markers."""
    return SPACE_OR_BOLD_RE.sub("", text)


def is_heading(text: str) -> bool:
    """A numbered section heading (short, not a sentence)."""
    body = text.strip()
    return bool(HEADING_RE.match(body)) and len(body) <= 40 and not body.endswith(_SENTENCE_END[:2]) \
        and not _figures_only(body)     # "6.34 6.22 1.93": a row of figures whose label wrapped away


def _figures_only(body: str) -> bool:
    parts = body.split()
    return len(parts) >= 2 and all(is_numeric_cell(part) for part in parts)


def is_prose(text: str) -> bool:
    """A line of running text: ends a sentence, or is long and has no cell gaps."""
    body = text.strip()
    if not body or "\t" in body:
        return False
    if body.endswith(_SENTENCE_END[:2]) and len(body) >= 4:
        return True
    words = body.split()
    if len(body) >= 30 and len(words) <= 2:
        return True
    return len(compact(body)) >= 22 and any(p in body for p in _SENTENCE_END[:3])


def is_figure(text: str) -> bool:
    """A figure caption, photo caption or case-study heading."""
    return bool(FIGURE_RE.match(text))


def is_source(text: str) -> bool:
    """A data-source note ("数据来源：…")."""
    return bool(SOURCE_RE.match(text)) and len(text.strip()) <= 120


JUNK_CELL_RE = regex.compile(r"[?？\p{P}\s]*")


def lone_cell(text: str) -> str:
    """The one filled cell of a line written as a row of bars ("2015年…统计表 | ||", "? | 单位:万元 | |": a title or a
    unit note a web page prints in its table's top rows; a "?" is a lost character); "" for any other line."""
    if "|" not in text and "｜" not in text:
        return ""
    filled = [c.strip() for c in regex.split(r"[|｜]", text) if not JUNK_CELL_RE.fullmatch(c)]
    return filled[0] if len(filled) == 1 else ""


def is_note(text: str) -> bool:
    """A unit/name/remark line that sits between a caption and its body."""
    return bool(NOTE_RE.match(text)) and len(text.strip()) <= 60


def line_to_caption(lines: list[Line], i: int) -> Caption | None:
    """The caption starting at line ``i``, or None (TOC line, prose mention, over-long title)."""
    line = lines[i]
    match = CAPTION_RE.match(line.text)
    if match is None or TOC_TAIL_RE.search(line.text):
        return None
    title = match.group("title") or ""
    last = i
    if line.text.lstrip().startswith("**") and not line.text.rstrip().endswith("**"):
        nxt = next_nonblank(lines, i + 1, i + 3)
        if nxt is not None and lines[nxt].text.rstrip().endswith("**") and len(lines[nxt].text) < 40:
            title, last = title + lines[nxt].text, nxt
    title = compact(title)
    if len(title) > MAX_TITLE or title.endswith(_SENTENCE_END[:2]) or "。" in title:
        return None
    return Caption(compact(match.group("label")), title, line.start + match.start("label"),
                   lines[last].end, i, last)


def next_nonblank(lines: list[Line], i: int, stop: int) -> int | None:
    """Index of the first non-blank line in ``lines[i:stop]``, or None."""
    for j in range(i, min(stop, len(lines))):
        if not lines[j].blank:
            return j
    return None


def find_captions(text: str) -> list[Caption]:
    """Every table caption of the text, in order; a repeated label keeps its first caption."""
    lines = text_to_lines(text)
    captions: list[Caption] = []
    seen: set[str] = set()
    for i in range(len(lines)):
        caption = line_to_caption(lines, i)
        if caption is not None and caption.label not in seen:
            seen.add(caption.label)
            captions.append(caption)
    return captions


def source_text(text: str) -> str:
    """A data-source note as stored: whitespace and enclosing brackets removed."""
    body = compact(text)
    if body[:1] in "（(" and body[-1:] in "）)":
        body = body[1:-1]
    return body.lstrip("此")


def find_inline_source(text: str) -> str | None:
    """A "（数据来源…）" remark at the end of a paragraph, or None."""
    match = regex.search(r"[（(]((?:数据)?来源[^（）()]{2,80})[)）]\s*$", text)
    return compact(match.group(1)) if match else None
