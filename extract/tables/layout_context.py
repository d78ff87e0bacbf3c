"""What surrounds a layout table in the source text: its caption, id label and unit note above it,
its data-source note below it, and the raw table stacked right above it.

Stages: ``text_lines_before`` (the lines above a table, nearest first) -> ``find_context`` (a
numbered caption "表7-2 …" or "续表", else the nearest heading or short line; a "单位：万元" /
"（货币单位：人民币百万元）" note; yes/no questions and "□适用 √不适用" answers skipped; a chart's
axis ticks right above end the search, and the title printed in the header's corner is the caption:
``corner_caption``, "沪深300对比 | 1M | 2M | 3M", never a corner word such as 项目 or 指标).

>>> label_to_unit("（货币单位：人民币百万元）")
'百万元'
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

import regex

from ..records import Document, RawTable
from .captions import CAPTION_RE, compact, is_heading, is_source, lone_cell, source_text
from .cells import cell_value, cell_words
from .names import CONTINUED_RE, GENERIC_RE, LEAD_IN_RE, table_name
from .units import is_unit_note, label_unit, note_start, note_unit, read_unit_note

HEADING_LOOKBACK = 12      # lines above a table searched for its section heading when prose sits between
CONTEXT_LINES = 5           # non-blank lines above a table searched for its caption and unit note
CONTEXT_CHARS = 800
MAX_CAPTION = 50            # an unnumbered caption line is at most this long (whitespace removed)
CAPTION_GAP = 3.0           # an unnumbered caption is at most this many of its heights above the block under it
CHECKBOX_RE = regex.compile(r"[□√☑■]")
NOTE_LINE_RE = regex.compile(r"^[（(]?(?:货币|编制)?单位|^(?:注|说明)\s*[:：]")
# the date line under a statement's title: "2020年12月31日", "2020年1—12月", "2020年度".
DATE_LINE_RE = regex.compile(r"^(?:19|20)\d{2}年(?:\d{1,2}(?:[—\-–~至]\d{1,2})?月(?:\d{1,2}日)?|度)?$")
YES_NO_RE = regex.compile(r"[□√☑■]\s*是.*[□√☑■]\s*否")
CIRCLED_RE = regex.compile(r"^[①-⑳]\s*\S")
# a numbered sub-heading line right above a table: "(1).研发投入情况表", "（2）主要财务指标".
SUB_HEADING_RE = regex.compile(r"^[（(]\s*[0-9一二三四五六七八九十]+\s*[)）]\s*[.．、]?\s*\S")
SENTENCE_END_RE = regex.compile(r"[。；！？;]\s*$|。")
LAST_SENTENCE_RE = regex.compile(r"(?<=[。；！？;])")     # a paragraph's sentences, ends kept
HAN_PAIR_RE = regex.compile(r"\p{Han}{2}")
MIN_LEAD_IN = 6             # a lead-in caption names its table in this many characters before "如下"
# a chart's axis ticks above a table: "-60%-40%-20%0%20%…", "2021-07 2021-11 2022-03 2022-07".
CHART_TICKS_RE = regex.compile(r"^[\s\d.,%％\-−+/:]+$")
MIN_TICKS = 3


@dataclass(frozen=True, slots=True)
class TableContext:
    """What the lines above a table say: its numbered label (or None), caption, unit and start."""

    label: str | None
    caption: str
    unit: str
    start: int
    name: str = ""          # the id of a table without a label (:func:`.names.table_name`), or ""
    units: tuple[str, ...] = ()     # every unit the note names ("单位：万元，%" -> 万元, %)
    # the unit of each column the note names ("单位：人数（人），比例（%）" -> (人数, 人), (比例, %))
    label_units: tuple[tuple[str, str], ...] = ()


@lru_cache(maxsize=16384)          # per label or cell text: a table's labels repeat in every row and column
def label_to_unit(label: str) -> str:
    """The unit a label or note names: "（单位：万元）" -> "万元", "每股比率（元/股）：" -> "元/股"."""
    return note_unit(label) or label_unit(label.rstrip(" ：:"))


def text_lines_before(text: str, offset: int) -> list[tuple[int, str]]:
    """The lines ending before ``offset`` (nearest first), as (start offset, text)."""
    begin = max(0, offset - CONTEXT_CHARS)
    window = text[begin:offset]
    out, pos = [], begin
    for line in window.split("\n"):
        out.append((pos, line))
        pos += len(line) + 1
    if begin > 0:
        out = out[1:]
    return list(reversed(out))


def previous_raw(document: Document, raw: RawTable) -> RawTable | None:
    """The raw table ending right above ``raw`` (only blank text between them), or None."""
    for other in document.raw_tables:
        if other.end <= raw.start and not document.text[other.end:raw.start].strip():
            return other
    return None


def find_context(document: Document, raw: RawTable) -> TableContext:
    """The caption (numbered, else the nearest heading or short line), label and unit note above a
    table; a table stacked right under another shares that one's caption and unit."""
    label, caption, unit, start, units, label_units = None, "", "", raw.start, (), ()
    seen, question, prose, chart, lead = 0, False, False, False, ""
    before = text_lines_before(document.text, raw.start)
    at = -1                                     # the caption's line in ``before``
    for k, (pos, line) in enumerate(before):
        body = compact(lone_cell(line) or line)
        if not body:
            continue
        if is_chart_ticks(line):
            chart = not caption     # a chart sits right above: its legend and title are no caption
            break
        if "\t" in line or is_source(line) or SENTENCE_END_RE.search(body) or seen >= CONTEXT_LINES:
            prose = "\t" not in line and not is_source(line)
            lead = lead_in_sentence(line) if prose else ""
            break
        seen += 1
        if not unit and not label_units:    # "单位：人数（人），比例（%）": each column's unit, no one of the table
            units, label_units = read_unit_note(body)
            unit = units[0] if units else ""
        match = CAPTION_RE.match(line)
        if match or CONTINUED_RE.match(line):
            label = compact(match.group("label")) if match else None
            caption, start, at = (compact(match.group("title") or "") if match else body), pos, k
            break
        if CHECKBOX_RE.search(body):
            if caption:
                break
            question = bool(YES_NO_RE.search(body))
            continue
        if NOTE_LINE_RE.match(body) or (body[:1] in "（(" and is_unit_note(body)) or DATE_LINE_RE.match(body) \
                or question:      # "（除特别注明外，金额单位为人民币百万元）" under a statement's title
            question = False
            continue
        if caption and is_heading(line) and (SUB_HEADING_RE.match(caption) or caption.endswith("表")):
            break       # "(1).研发投入情况表" under "4. 研发投入", "合并资产负债表" under "二、财务报表"
        if not is_heading(line) and not caption and far_above(document, pos, raw):
            break       # a running header over a table continued onto the page ("公司深度")
        if is_heading(line) or (len(body) <= MAX_CAPTION and not caption):
            at_note = note_start(body)
            cut = body[:at_note].rstrip("（(货币") if at_note > 0 else ""
            caption, at = cut or body, k            # "2.1主要财务数据 单位:元" -> "2.1主要财务数据"
            if is_heading(line):
                break
    if seen == 0 and (above := previous_raw(document, raw)) is not None:
        shared = find_context(document, above)
        return TableContext(None, shared.caption, shared.unit, raw.start, units=shared.units,
                            label_units=shared.label_units)
    # a name only from a caption right above the table, not from a heading over prose or a chart
    name = table_name(before[at][1], (line for _, line in before[at + 1:])) \
        if at >= 0 and label is None and not chart else ""
    if not caption and prose:
        heading = heading_above(document.text, raw.start)
        caption = lead if lead and not same_subject(lead, heading) else heading
    if chart:
        caption = corner_caption(raw)
    return TableContext(label, caption, unit, start, name, units, label_units)


def lead_in_sentence(line: str) -> str:
    """The sentence that ends the paragraph right above a table and leads into it, as its caption:
    "…减轻人工成本。使用该方案减少猪只免疫次数情况如下：" -> "使用该方案减少猪只免疫次数情况如下："; "" when
    the paragraph ends otherwise, or its last sentence is too long for a caption or names nothing but the
    lead-in ("具体如下：")."""
    last = LAST_SENTENCE_RE.split(compact(line))[-1]
    lead = LEAD_IN_RE.search(last)
    return last if lead and len(last) <= MAX_CAPTION and lead.start() >= MIN_LEAD_IN else ""


def same_subject(lead: str, heading: str) -> bool:
    """Whether a lead-in sentence and the heading over its paragraph name the same thing (a pair of
    characters in common, generic words aside): "…同行业可比公司的资产负债率对比情况如下：" under "4、上市公司、
    标的公司的资产负债率与同行业资产负债率对比" (the heading is the table's title), not "使用该方案减少猪只免疫
    次数情况如下：" under "3、产品品牌优势" (a section's topic)."""
    def pairs(text: str) -> set[str]:
        body = GENERIC_RE.sub("", LEAD_IN_RE.sub("", compact(text)))
        return {body[i:i + 2] for i in range(len(body) - 1) if HAN_PAIR_RE.fullmatch(body[i:i + 2])}
    return bool(pairs(lead) & pairs(heading))


def far_above(document: Document, offset: int, raw: RawTable) -> bool:
    """Whether the PDF block holding ``offset`` stands more than ``CAPTION_GAP`` of its own heights above
    the next block of its page: a short line set apart like that is no caption (a caption sits right over
    its table or its unit note; 申万宏源's running header 公司深度 stands 5.9 heights above the table)."""
    if raw.bbox is None:
        return False
    at = bisect_right([b.start for b in document.blocks], offset) - 1
    if at < 0 or at + 1 >= len(document.blocks):
        return False
    block, below = document.blocks[at], document.blocks[at + 1]
    if block.bbox is None or below.bbox is None or block.page != raw.page or below.page != raw.page \
            or not block.start <= offset < block.end:
        return False
    height = block.bbox[3] - block.bbox[1]
    return height > 0 and block.bbox[1] - below.bbox[3] > CAPTION_GAP * height


def is_chart_ticks(line: str) -> bool:
    """A line of a chart's axis ticks: numbers, percents and dates only, three or more (a TAB row of
    years is a table's)."""
    return "\t" not in line and bool(CHART_TICKS_RE.match(line)) and len(regex.findall(r"\d+", line)) >= MIN_TICKS


def corner_caption(raw: RawTable) -> str:
    """The title a table prints in its header's corner cell ("沪深300对比 | 1M | 2M | 3M" under a
    price chart), or "": an empty corner, a figure, or a word naming the label column (项目, 指标)."""
    if not raw.rows or len(raw.rows[0]) < 2:
        return ""
    corner = compact(raw.rows[0][0].text)
    if not corner or cell_value(corner)[0] is not None or corner.rstrip("：:") in cell_words("corner"):
        return ""
    return corner if all(c.text.strip() for c in raw.rows[0][1:]) else ""


def heading_above(text: str, offset: int) -> str:
    """The nearest heading over the prose right above a table ("⑥项目投资规模估算" over "…具体如下：
    单位：万元"), within ``HEADING_LOOKBACK`` lines and not past another table; "" when none."""
    for n, (_, line) in enumerate(text_lines_before(text, offset)):
        if "\t" in line or n >= HEADING_LOOKBACK:
            break
        body = compact(line)
        if body and len(body) <= MAX_CAPTION and (is_heading(line) or SUB_HEADING_RE.match(body)
                                                  or CIRCLED_RE.match(body)):
            return body
    return ""


def find_source_after(document: Document, raw: RawTable) -> str | None:
    """The data-source note on the first non-blank line after the table, or None."""
    for line in document.text[raw.end:raw.end + 300].split("\n")[:3]:
        if line.strip():
            return source_text(line) if is_source(line) else None
    return None
