"""Read a .txt report: decode (BOM, UTF-8, else charset-normalizer), find pages, group lines into blocks.

Two layouts are common: text dumped from a PDF (hard-wrapped lines, a line that begins with a
space starts a page, flattened tables) and text dumped from Word (one paragraph per line, TAB
tables). The source text is the decoded file, unchanged; blocks point into it.
"""
from __future__ import annotations

import codecs
import re
from collections import Counter
from contextvars import ContextVar
from dataclasses import dataclass, replace
from pathlib import Path
from typing import NamedTuple

import charset_normalizer

from ..errors import InputError
from ..text import HAN_CHAR
from ..text.sentences import bounded_blocks
from ..records import (CAPTION, FIGURE, FOOTER, HEADER, HEADING, PARAGRAPH, SOURCE, TABLE, TOC, Block,
                       Document, Page, page_at)
from ..text.lines import (SENTENCE_END, classify_line, figure_runs_on, opens_item, opens_report, runs_on,
                          unit_runs_on)

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


# Encodings a Chinese report comes in when it has no BOM; charset-normalizer chooses among them.
CANDIDATE_ENCODINGS = ["utf_8", "gb18030", "big5", "utf_16_le", "utf_16_be", "utf_32_le", "utf_32_be"]
# UTF-8 with at most this many bad bytes (and at most 1 in 1000) is UTF-8 with damage, not another encoding.
MAX_BAD_UTF8_BYTES = 16
MAX_LISTED_OFFSETS = 10
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_BAD_OFFSETS: ContextVar[list[int]] = ContextVar("tieout_bad_offsets")


def _record_bad_bytes(exc: UnicodeError) -> tuple[str, int]:
    _BAD_OFFSETS.get().extend(range(exc.start, exc.end))  # type: ignore[attr-defined]
    return "\ufffd", exc.end  # type: ignore[attr-defined]


codecs.register_error("tieout.record", _record_bad_bytes)


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    confidence: float                 # 1.0 for a BOM or valid UTF-8; charset-normalizer's guess otherwise
    bad_offsets: tuple[int, ...] = ()  # byte offsets replaced by U+FFFD

    def warning(self, source: str) -> str | None:
        if not self.bad_offsets:
            return None
        shown = ", ".join(str(o) for o in self.bad_offsets[:MAX_LISTED_OFFSETS])
        more = " …" if len(self.bad_offsets) > MAX_LISTED_OFFSETS else ""
        return (f"{source}: {len(self.bad_offsets)} undecodable byte(s) in {self.encoding} replaced by U+FFFD "
                f"at byte offset(s) {shown}{more}")


def _decode_recording(data: bytes, encoding: str) -> tuple[str, tuple[int, ...]]:
    token = _BAD_OFFSETS.set([])
    try:
        text = data.decode(encoding, errors="tieout.record")
        return text, tuple(_BAD_OFFSETS.get())
    finally:
        _BAD_OFFSETS.reset(token)


def decode_text(data: bytes, source: str) -> Decoded:
    """Decode a text file: a BOM wins; then UTF-8 (a few bad bytes are replaced and their offsets kept); then
    the best of GB18030, Big5 and BOM-less UTF-16/32 by charset-normalizer. Not text -> InputError."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text, bad = _decode_recording(data, encoding)
            return Decoded(text, encoding.replace("-sig", ""), 1.0, bad)
    if b"\x00" not in data:
        try:
            return Decoded(data.decode("utf-8"), "utf-8", 1.0)
        except UnicodeDecodeError:
            pass
        text, bad = _decode_recording(data, "utf-8")
        if len(bad) <= min(MAX_BAD_UTF8_BYTES, max(1, len(data) // 1000)):
            return Decoded(text, "utf-8", min(0.99, round(1.0 - len(bad) / max(1, len(data)), 4)), bad)
    best = charset_normalizer.from_bytes(data, cp_isolation=CANDIDATE_ENCODINGS).best()
    if best is None:
        raise InputError(source, "binary file, not text: no text encoding (UTF-8, GB18030, Big5, UTF-16/32) fits")
    encoding = codecs.lookup(best.encoding).name
    return Decoded(str(best), encoding, round(max(0.0, 1.0 - best.chaos), 4))


def decode_bytes(data: bytes, source: str) -> tuple[str, str]:
    """(text, encoding) of a text file (see :func:`decode_text`)."""
    decoded = decode_text(data, source)
    return decoded.text, decoded.encoding


def _control_ratio(text: str) -> float:
    bad = sum(1 for ch in text[:20000] if (ord(ch) < 32 and ch not in "\n\r\t\f") or ch == "\ufffd")
    return bad / max(1, min(len(text), 20000))


# Characters of text a report is written in: ASCII, Latin-1, general punctuation and symbols, CJK and its
# punctuation, full-width forms. A file whose decoded text is mostly other code points is not text.
_TEXT_RANGES = ((0x09, 0x0D), (0x20, 0x7E), (0xA0, 0x24F), (0x2000, 0x27BF), (0x3000, 0x303F), (0x3200, 0x33FF),
                (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0xFE30, 0xFE4F), (0xFF00, 0xFFEF))
MIN_TEXT_SHARE = 0.9


_TEXT_RUN = re.compile("[" + "".join(f"\\u{lo:04x}-\\u{hi:04x}" for lo, hi in _TEXT_RANGES) + "]+")


def _text_share(text: str) -> float:
    sample = text[:20000]
    ok = sum(map(len, _TEXT_RUN.findall(sample)))
    return ok / max(1, len(sample))


def read_txt(path: Path, *, doc_id: str, sha256: str) -> Document:
    source = str(path)
    decoded = decode_text(path.read_bytes(), source)
    text = decoded.text
    if not text.strip():
        raise InputError(source, "no text (empty or only whitespace)")
    if _control_ratio(text) > 0.01 or _text_share(text) < MIN_TEXT_SHARE:
        raise InputError(source, f"binary file, not text (read as {decoded.encoding})")
    document = document_from_text(text, doc_id=doc_id, path=source, sha256=sha256, encoding=decoded.encoding)
    warning = decoded.warning(source)
    return replace(document, encoding_confidence=decoded.confidence,
                   warnings=document.warnings + ((warning,) if warning else ()))


def document_from_text(text: str, *, doc_id: str = "text", path: str = "", sha256: str = "",
                       encoding: str = "utf-8") -> Document:
    """A Document over a string (a report's text, or one paragraph from a notebook)."""
    lines = text_to_lines(text)
    pages = lines_to_pages(lines, len(text))
    blocks = bounded_blocks(text, lines_to_blocks(lines, pages))   # a text without line breaks too
    return Document(doc_id=doc_id, path=path, sha256=sha256, format="txt", encoding=encoding, text=text,
                    pages=tuple(pages), blocks=tuple(blocks), title=find_title(lines))


def text_to_lines(text: str) -> list[Line]:
    """Every line with its offsets and role; short lines repeated at the top or bottom of pages become running
    headers (judged by position on pages, not by counts over the file: a compiled volume repeats its headings)."""
    lines, pos = [], 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        lines.append(Line(pos, pos + len(body), body, classify_line(body)))
        pos += len(raw)
    repeated = _running_lines(lines, lines_to_pages(lines, pos))
    return [Line(ln.start, ln.end, ln.text, "header") if ln.text.strip() in repeated else ln for ln in lines]


# Lines at each end of a page where running headers and footers stand.
PAGE_EDGE_LINES = 2


def _running_lines(lines: list[Line], pages: list[Page]) -> set[str]:
    """Short body lines that stand at the top or bottom of at least MIN_RUNNING_HEADER_REPEATS pages."""
    if len(pages) < MIN_RUNNING_HEADER_REPEATS:
        return set()
    edges: Counter[str] = Counter()
    i = 0
    for page in pages:
        on_page = []
        while i < len(lines) and lines[i].start < page.end:
            if lines[i].start >= page.start and lines[i].role != "blank":
                on_page.append(lines[i])
            i += 1
        edge = on_page[:PAGE_EDGE_LINES] + on_page[-PAGE_EDGE_LINES:]
        edges.update({ln.text.strip() for ln in edge if ln.role == "body" and 4 <= len(ln.text.strip()) <= 40})
    return {t for t, n in edges.items() if n >= MIN_RUNNING_HEADER_REPEATS and t[-1] not in SENTENCE_END + "，"}


def lines_to_pages(lines: list[Line], n_chars: int) -> list[Page]:
    """Pages of a PDF dump: a line that begins with a space starts a page; form feeds also do."""
    starts = [0]
    for ln in lines:
        if ln.start and ((ln.text[:1] == " " and ln.text.strip()) or "\f" in ln.text):
            starts.append(ln.start)   # str.splitlines cuts at a form feed: it stands on a line of its own
    if len(starts) < 3 and not any("\f" in ln.text for ln in lines):
        starts = [0]
    bounds = starts + [n_chars]
    return [Page(i + 1, bounds[i], bounds[i + 1]) for i in range(len(starts))]


def _is_word_dump(lines: list[Line]) -> bool:
    lengths = sorted(len(ln.text.strip()) for ln in lines if ln.role == "body")
    return bool(lengths) and lengths[len(lengths) // 2] >= WORD_DUMP_MEDIAN_CHARS


def lines_to_blocks(lines: list[Line], pages: list[Page]) -> list[Block]:
    """Group lines into blocks: special lines stand alone, wrapped body lines join into paragraphs.

    Lines join only in a hard-wrapped dump (many lines of the page width); there a paragraph ends at a
    short line that closes a sentence, and at a blank line where blank lines separate paragraphs (not where
    they follow every line). Elsewhere (Word dumps, one sentence per line) every line is a paragraph. In a text of
    several reports one after another, each under its own title, each report's lines are laid out its own way."""
    parts = _report_parts(lines)
    layouts = [_Layout.of(part) for part in parts]
    part_of = [k for k, part in enumerate(parts) for _ in part]
    blocks: list[Block] = []
    para: list[Line] = []

    def flush() -> None:
        if para:
            blocks.append(Block(PARAGRAPH, para[0].start, para[-1].end, page_at(pages, para[0].start)))
            para.clear()

    marked = _mark_toc(lines)
    joining = False
    for k, ln in enumerate(marked):
        one_per_line, blank_splits, width, wrap = layouts[part_of[k]]
        if ln.role == "blank":
            if blank_splits and not joining:
                flush()
            continue
        joining = False
        if ln.role == "heading" and not one_per_line and _too_wide_for_heading(ln.text, width):
            ln = Line(ln.start, ln.end, ln.text, "body")
        if ln.role != "body":
            flush()
            blocks.append(Block(ROLE_KIND[ln.role], ln.start, ln.end, page_at(pages, ln.start)))
            continue
        if opens_item(ln.text):
            flush()         # a bullet opens a paragraph: "- 2024年29家上市银行合计零售客户数超46亿户" under a lead line
        para.append(ln)
        nxt = marked[k + 1] if k + 1 < len(marked) else None
        if one_per_line and nxt is not None and nxt.role == "body" and (runs_on(ln.text, nxt.text)
                                                                       or unit_runs_on(ln.text, nxt.text)):
            continue        # "…归属于上市公司股东的净利润为" | "-57,904.70万元；…": one sentence
        after = next((other for other in marked[k + 1:] if other.role != "blank"), None)
        if after is not None and after.role == "body" and figure_runs_on(ln.text, after.text):
            joining = True  # "…较年初增长" | "" | "4.90%;吸收存款…": one sentence over blank lines too
            continue
        if one_per_line or _ends_paragraph(ln.text, width, wrap):
            flush()
    flush()
    return blocks


class _Layout(NamedTuple):
    one_per_line: bool      # a paragraph per line (Word dumps, one sentence per line), not hard-wrapped
    blank_splits: bool      # blank lines end paragraphs
    width: int              # the typical width of a body line
    wrap: int               # the width most lines were wrapped at (0: not hard-wrapped)

    @classmethod
    def of(cls, lines: list[Line]) -> _Layout:
        wrap = _wrap_width(lines)
        return cls(_is_word_dump(lines) or not wrap, _blank_lines_split(lines), _typical_width(lines), wrap)


def _report_parts(lines: list[Line]) -> list[list[Line]]:
    """``lines`` cut before each report's own title on a line of its own ("【11】兰州银行:2024年半年度报告"), so that a
    page copied hard-wrapped from a PDF among pages of one paragraph per line is joined (its lines broke 不良贷 | 款率)."""
    parts: list[list[Line]] = [[]]
    for ln in lines:
        if ln.role == "heading" and parts[-1] and opens_report(ln.text):
            parts.append([])
        parts[-1].append(ln)
    return parts


# A dump is hard-wrapped when this share of its body lines are within WRAP_SLACK characters of one length.
MIN_WRAPPED_SHARE = 0.25
WRAP_SLACK = 2
# ... and at least two lines share a width of at least this many characters (a title and one sentence do not).
MIN_WRAPPED_LINES = 2
MIN_WRAP_WIDTH = 20
# Blank lines are line spacing, not paragraph breaks, when they follow at least this share of body lines.
MAX_PARAGRAPH_BLANK_SHARE = 0.5
MAX_CELL_LINE = 6


def _width(text: str) -> int:
    """How wide ``text`` prints, in full-width characters: an ASCII digit or letter is half as wide (a wrapped line of
    a PDF dump that holds 163,470,000 has more characters than one of words only, not more width)."""
    compact = "".join(text.split())
    return round(len(compact) - sum(ch.isascii() for ch in compact) / 2)


def _is_cell_line(ln: Line) -> bool:
    """A line of a few characters: one table cell or label of a table a PDF dump printed a cell per line. It
    says nothing of how the prose around it is wrapped or spaced."""
    return _width(ln.text) <= MAX_CELL_LINE


def _wrap_width(lines: list[Line]) -> int:
    """The width a hard-wrapped dump's lines were wrapped at, or 0 when the lines are not hard-wrapped."""
    lengths = Counter(_width(ln.text) for ln in lines if ln.role == "body" and not _is_cell_line(ln))
    total = sum(lengths.values())
    if not total:
        return 0
    best, width = max((sum(lengths.get(n + d, 0) for d in range(-WRAP_SLACK, WRAP_SLACK + 1)), n) for n in lengths)
    wrapped = best >= MIN_WRAPPED_LINES and width >= MIN_WRAP_WIDTH and best / total >= MIN_WRAPPED_SHARE
    return width if wrapped else 0


def _blank_lines_split(lines: list[Line]) -> bool:
    """True when blank lines mark paragraph ends: they follow fewer than half of the non-blank lines."""
    gaps = followed = 0
    for ln, nxt in zip(lines, lines[1:]):
        if ln.role != "blank" and not _is_cell_line(ln):
            gaps += 1
            followed += nxt.role == "blank"
    return bool(gaps) and followed / gaps < MAX_PARAGRAPH_BLANK_SHARE


# In a PDF dump, a one-level numbered line longer than this is a list item, not a heading.
MAX_LIST_LEVEL_HEADING_CHARS = 20
_ONE_LEVEL = re.compile(r"^\s*\d{1,2}\s*[.．、](?!\s*\d)")


def _too_wide_for_heading(line: str, width: int) -> bool:
    """In a PDF dump a wrapped list item ("2.编制《年报》是完善…促进高等职业学校加强") fills the line."""
    compact = _width(line)
    if _ONE_LEVEL.match(line) and compact > MAX_LIST_LEVEL_HEADING_CHARS:
        return True
    return compact >= width - 3


def _typical_width(lines: list[Line]) -> int:
    lengths = sorted(_width(ln.text) for ln in lines if ln.role == "body")
    return lengths[int(len(lengths) * 0.8)] if lengths else 0


# A line of a hard-wrapped dump this short (or shorter), with no punctuation at all, is a title of its own
# ("经营业绩", "总燃料成本" over the paragraph that opens with it), not the start of a wrapped paragraph.
MAX_TITLE_LINE = 12
_PUNCTUATION = re.compile(r"[，,。；;：:、！？!?）)”]")


# A line this much shorter than the wrap width stopped short of it: its paragraph ends there, punctuated or not
# (辽宁日报's 全省经济总体平稳、稳中有进 over 城镇新增就业48万人, a page of short lines in a text spaced by blank lines).
SHORT_LINE_SHARE = 0.6


def _ends_paragraph(line: str, width: int, wrap: int = 0) -> bool:
    stripped = line.strip()
    if len(stripped) < wrap * SHORT_LINE_SHARE:      # (spaces count: a letter-spaced line "度 合 并 报 表…" fills its line)
        return True
    if len(stripped) <= MAX_TITLE_LINE < width - 2 and len(HAN_CHAR.findall(stripped)) >= 2 \
            and not _PUNCTUATION.search(stripped):       # (two Chinese characters: words, not a bullet alone, "-")
        return True
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
    """First short line among the first 40 that reads like a report title ("…质量报告", "…公报"); a line
    wrapped out of a paragraph ("…（以下简称报") is not one. Else the report the opening names in
    book-title marks ("形成《哈尔滨职业技术学院高等职业教育质量发展年度报告（2023年度）》")."""
    for ln in lines[:40]:
        text = ln.text.strip().strip("*")
        if text and ln.role == "body" and len(text) <= 40 and text[-1] not in SENTENCE_END + "，、：:" \
                and "，" not in text and any(word in text for word in TITLE_WORDS) and _balanced(text):
            return text
    opening = "".join("".join(ln.text.split()) for ln in lines[:40])
    for m in _NAMED_REPORT.finditer(opening):
        if any(word in m.group(1) for word in ("报告", "公报", "年报")) and len(m.group(1)) <= 60:
            return m.group(1)
    return None


_NAMED_REPORT = re.compile(r"(?:形成|编制|发布|编写)《([^《》]{6,60})》")


def _balanced(text: str) -> bool:
    return all(text.count(a) == text.count(b) for a, b in ("《》", "（）", "()", "“”")) and "以下简称" not in text
