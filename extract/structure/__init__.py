"""Structure: the section tree and the case-study boxes of a document."""
from __future__ import annotations

import bisect
import re
from dataclasses import replace
from operator import attrgetter
from typing import Sequence, TypeVar

from ..records import CAPTION, FIGURE, HEADING, PARAGRAPH, TABLE, Block, Case, Document, Section
from ..text import compact
from ..text.lines import classify_line, opens_report

_CASE_ID = re.compile(r"案例\s*(\d+)(?:\s*[-－—–]\s*(\d+))?")
_SECTION_NUMBER = re.compile(
    r"^\s*\**\s*(第\s*[一二三四五六七八九十百\d]+\s*[章节篇部分]|[一二三四五六七八九十]{1,3}\s*[、.．]|"
    r"[（(]\s*[一二三四五六七八九十]{1,3}\s*[）)]|\d{1,2}(?:\s*[.．]\s*\d{1,2}){0,3}\s*[.．、]?)")
_PHOTO = re.compile(r"^\s*(图为|图片为|照片为)")


# A case heading that a PDF reader left inside a paragraph block is at most this long (first line).
MAX_CASE_HEADING_CHARS = 60


def _is_case_block(document: Document, block: Block) -> bool:
    if block.kind not in (HEADING, PARAGRAPH):
        return False
    first = document.text[block.start:block.end].split("\n", 1)[0]
    return classify_line(first) == "case" and (block.kind == HEADING or len(compact(first)) <= MAX_CASE_HEADING_CHARS)


# a part printed under a heading with no number: "“十四五”时期重大成就" / "■综合实力再上台阶" (陕西省's 2026 work report as a
# news page gives it)
SQUARE_BULLET = "■"


def _level(number: str, uses_cn_enum: bool) -> int:
    if not number or number.startswith("第") or number[0] in "一二三四五六七八九十":
        return 1
    if number[0] in "（(":
        return 2
    depth = len(re.findall(r"\d+", number))
    return depth + (2 if uses_cn_enum and depth == 1 and number.rstrip()[-1:] in ".．、" else 0)


def outline_level(label: str, uses_cn_enum: bool = True) -> int | None:
    """The outline level of a label's leading number, as headings are ranked ("一、" 1, "（一）" 2, "1." 3 under
    Chinese numbering), None when it opens with none."""
    m = _SECTION_NUMBER.match(label)
    number = compact(m.group(1)) if m else ""
    if not number or (number[0].isdigit() and number[-1] not in ".．、"):      # "2024年" opens with no number
        return None
    return _level(number, uses_cn_enum)


def find_sections(document: Document) -> list[Section]:
    """Headings as sections (case headings excluded); each section runs to the next heading."""
    heads = [b for b in document.blocks if b.kind == HEADING and not _is_case_block(document, b)]
    uses_cn_enum = any(re.match(r"^\s*[一二三四五六七八九十]{1,3}、", document.text[b.start:b.end]) for b in heads)
    sections = []
    for i, block in enumerate(heads):
        raw = document.text[block.start:block.end]
        m = _SECTION_NUMBER.match(raw)
        if m and compact(m.group(1)).isdigit() and raw[m.end():m.end() + 1].isdigit():
            m = None            # "2024年工作回顾": a year opens it, no number (was number 20, title 24年工作回顾)
        number = compact(m.group(1)) if m else ""
        title = compact(raw[m.end():] if m else raw)
        end = heads[i + 1].start if i + 1 < len(heads) else len(document.text)
        level = block.heading_level or (0 if opens_report(raw) else 2 if raw.lstrip().startswith(SQUARE_BULLET)
                                        else _level(number, uses_cn_enum))
        sections.append(Section(document.doc_id, f"s{i + 1}", number, title, level, block.start, end, block.page))
    return sections


def section_at(sections: Sequence[Section], offset: int) -> Section | None:
    """Innermost section whose heading precedes ``offset`` (``sections`` in text order, as ``find_sections`` gives
    them: the last one starting at or before it, found by bisection)."""
    i = bisect.bisect_right(sections, offset, key=_START)
    return sections[i - 1] if i else None


_START = attrgetter("char_start")


def section_label(section: Section | None) -> str | None:
    return (section.number + section.title) if section else None


def find_cases(document: Document, sections: list[Section]) -> list[Case]:
    """Case-study boxes ("案例 2-1 …"): id, title, section, subject, extent and photo captions."""
    blocks = list(document.blocks)
    cases = []
    for i, block in enumerate(blocks):
        if not _is_case_block(document, block):
            continue
        raw = document.text[block.start:block.end].split("\n", 1)[0]
        m = _CASE_ID.search(raw)
        case_id = "案例" + m.group(1) + (f"-{m.group(2)}" if m.group(2) else "")
        title = compact(raw[m.end():]).lstrip("：:.、 ")
        j = i + 1
        if not title and j < len(blocks):
            title = compact(document.text[blocks[j].start:blocks[j].end]).lstrip("：:")
            j += 1
        end_block = _case_end(blocks, j, document.text)
        end = blocks[end_block - 1].end if end_block > i + 1 else block.end
        figures = tuple(compact(document.text[b.start:b.end]) for b in blocks[i + 1:end_block]
                        if b.kind == FIGURE and _PHOTO.match(document.text[b.start:b.end]))
        cases.append(Case(document.doc_id, case_id, title, section_label(section_at(sections, block.start)),
                          None, block.start, end, block.page, figures))
    return cases


def _case_end(blocks: list[Block], start: int, text: str) -> int:
    """Index of the first block after the case body: a heading, a table caption or a numbered figure."""
    for k in range(start, len(blocks)):
        b = blocks[k]
        if b.kind in (HEADING, CAPTION, TABLE):
            return k
        if b.kind == FIGURE and not _PHOTO.match(text[b.start:b.end]):
            return k
    return len(blocks)


T = TypeVar("T")


def unique_ids(items: Sequence[T], source: str, what: str) -> tuple[list[T], list[str]]:
    """Items (cases, tables) whose ``id`` repeats an earlier one of the document get a stable unique id: the
    k-th use of "案例2-1" becomes "案例2-1(k)", in document order (a compiled volume, two copies of one
    report). One warning per renamed item, naming the file."""
    seen: dict[str, int] = {}
    taken = {item.id for item in items}  # type: ignore[attr-defined]
    out: list[T] = []
    warnings: list[str] = []
    for item in items:
        old = item.id  # type: ignore[attr-defined]
        seen[old] = seen.get(old, 0) + 1
        if seen[old] == 1:
            out.append(item)
            continue
        k = seen[old]
        while f"{old}({k})" in taken:
            k += 1
        new = f"{old}({k})"
        taken.add(new)
        out.append(replace(item, id=new))  # type: ignore[type-var]
        warnings.append(f"{source}: {what} id {old} is used again; this one is stored as {new}")
    return out, warnings
