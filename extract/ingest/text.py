"""Read a .txt report: decode, find pages, group lines into blocks.

Two layouts are common: text dumped from a PDF (hard-wrapped lines, a line that begins with a
space starts a page, flattened tables) and text dumped from Word (one paragraph per line, TAB
tables). The source text is the decoded file, unchanged; blocks point into it.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..records import (CAPTION, FIGURE, FOOTER, HEADER, HEADING, PARAGRAPH, SOURCE, TABLE, TOC, Block,
                       Document, Page, page_at)
from ..text.lines import SENTENCE_END, classify_line

# A line role -> block kind (roles not listed are body text).
ROLE_KIND = {"heading": HEADING, "caption": CAPTION, "figure": FIGURE, "source": SOURCE, "case": HEADING,
             "toc": TOC, "toc_title": TOC, "footer": FOOTER, "header": HEADER, "table": TABLE}
# Word dumps have long lines; below this median length we treat the text as a PDF dump.
WORD_DUMP_MEDIAN_CHARS = 60
MIN_RUNNING_HEADER_REPEATS = 3


@dataclass(frozen=True, slots=True)
class Line:
    start: int
    end: int
    text: str
    role: str


def decode_bytes(data: bytes, source: str) -> tuple[str, str]:
    """(text, encoding): UTF-8, else GB18030; binary junk raises InputError."""
    if b"\x00" in data[:4096]:
        raise InputError(source, "binary file, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        raise InputError(source, "not UTF-8 or GB18030 text") from None
    return text, "gb18030"


def _control_ratio(text: str) -> float:
    bad = sum(1 for ch in text[:20000] if ord(ch) < 32 and ch not in "\n\r\t\f")
    return bad / max(1, min(len(text), 20000))


def read_txt(path: Path, *, doc_id: str, sha256: str) -> Document:
    source = str(path)
    text, encoding = decode_bytes(path.read_bytes(), source)
    if not text.strip():
        raise InputError(source, "no text (empty or only whitespace)")
    if _control_ratio(text) > 0.01:
        raise InputError(source, "binary file, not text")
    return document_from_text(text, doc_id=doc_id, path=source, sha256=sha256, encoding=encoding)


def document_from_text(text: str, *, doc_id: str = "text", path: str = "", sha256: str = "",
                       encoding: str = "utf-8") -> Document:
    """A Document over a string (a report's text, or one paragraph from a notebook)."""
    lines = text_to_lines(text)
    pages = lines_to_pages(lines, len(text))
    blocks = lines_to_blocks(lines, pages)
    return Document(doc_id=doc_id, path=path, sha256=sha256, format="txt", encoding=encoding, text=text,
                    pages=tuple(pages), blocks=tuple(blocks), title=find_title(lines))


def text_to_lines(text: str) -> list[Line]:
    """Every line with its offsets and role; repeated short lines become running headers."""
    lines, pos = [], 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        lines.append(Line(pos, pos + len(body), body, classify_line(body)))
        pos += len(raw)
    repeated = _running_lines(lines)
    return [Line(ln.start, ln.end, ln.text, "header") if ln.text.strip() in repeated else ln for ln in lines]


def _running_lines(lines: list[Line]) -> set[str]:
    counts = Counter(ln.text.strip() for ln in lines if ln.role == "body" and 4 <= len(ln.text.strip()) <= 40)
    return {t for t, n in counts.items() if n >= MIN_RUNNING_HEADER_REPEATS and t[-1] not in SENTENCE_END + "，"}


def lines_to_pages(lines: list[Line], n_chars: int) -> list[Page]:
    """Pages of a PDF dump: a line that begins with a space starts a page; form feeds also do."""
    starts = [0]
    for ln in lines:
        if ln.start and (ln.text[:1] in (" ", "\f") and ln.text.strip()):
            starts.append(ln.start)
    if len(starts) < 3 and not any("\f" in ln.text for ln in lines):
        starts = [0]
    bounds = starts + [n_chars]
    return [Page(i + 1, bounds[i], bounds[i + 1]) for i in range(len(starts))]


def _is_word_dump(lines: list[Line]) -> bool:
    lengths = sorted(len(ln.text.strip()) for ln in lines if ln.role == "body")
    return bool(lengths) and lengths[len(lengths) // 2] >= WORD_DUMP_MEDIAN_CHARS


def lines_to_blocks(lines: list[Line], pages: list[Page]) -> list[Block]:
    """Group lines into blocks: special lines stand alone, wrapped body lines join into paragraphs."""
    word_dump = _is_word_dump(lines)
    width = _typical_width(lines)
    blocks: list[Block] = []
    para: list[Line] = []

    def flush() -> None:
        if para:
            blocks.append(Block(PARAGRAPH, para[0].start, para[-1].end, page_at(pages, para[0].start)))
            para.clear()

    for ln in _mark_toc(lines):
        if ln.role == "blank":
            continue
        if ln.role == "heading" and not word_dump and _too_wide_for_heading(ln.text, width):
            ln = Line(ln.start, ln.end, ln.text, "body")
        if ln.role != "body":
            flush()
            blocks.append(Block(ROLE_KIND[ln.role], ln.start, ln.end, page_at(pages, ln.start)))
            continue
        para.append(ln)
        if word_dump or _ends_paragraph(ln.text, width):
            flush()
    flush()
    return blocks


# In a PDF dump, a one-level numbered line longer than this is a list item, not a heading.
MAX_LIST_LEVEL_HEADING_CHARS = 20
_ONE_LEVEL = re.compile(r"^\s*\d{1,2}\s*[.．、](?!\s*\d)")


def _too_wide_for_heading(line: str, width: int) -> bool:
    """In a PDF dump a wrapped list item ("2.编制《年报》是完善…促进高等职业学校加强") fills the line."""
    compact = len("".join(line.split()))
    if _ONE_LEVEL.match(line) and compact > MAX_LIST_LEVEL_HEADING_CHARS:
        return True
    return compact >= width - 3


def _typical_width(lines: list[Line]) -> int:
    lengths = sorted(len("".join(ln.text.split())) for ln in lines if ln.role == "body")
    return lengths[int(len(lengths) * 0.8)] if lengths else 0


def _ends_paragraph(line: str, width: int) -> bool:
    stripped = line.strip()
    return bool(stripped) and stripped[-1] in SENTENCE_END + "：:" and len(stripped) < width - 2


def _mark_toc(lines: list[Line]) -> list[Line]:
    """After a TOC title, lines up to the first real heading followed by body text are TOC lines."""
    out, in_toc = [], False
    for ln in lines:
        if ln.role == "toc_title":
            in_toc = True
        elif in_toc and ln.role not in ("toc", "blank"):
            in_toc = False
        if in_toc and ln.role not in ("blank", "toc_title"):
            ln = Line(ln.start, ln.end, ln.text, "toc")
        out.append(ln)
    return out


TITLE_WORDS = ("报告", "年报", "公报", "年度", "规划", "方案", "说明书", "计划", "白皮书", "纪要", "总结")


def find_title(lines: list[Line]) -> str | None:
    """First short line among the first 40 that reads like a report title ("…质量报告", "…公报")."""
    for ln in lines[:40]:
        text = ln.text.strip().strip("*")
        if text and ln.role == "body" and len(text) <= 40 and text[-1] not in SENTENCE_END + "，、：:" \
                and "，" not in text and any(word in text for word in TITLE_WORDS):
            return text
    return None
