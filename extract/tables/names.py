"""Names of tables printed without a "表N" label: the numbered heading right above them.

An annual report prints most tables under a numbered heading ("(1).研发投入情况表", "5. 现金流"), not
under a "表N" caption. Such a table is named after that heading with its enumerator removed — the name
a reader cites it by — and keeps the positional id ``表@p{page}-{n}`` when no numbered heading right
above names it (an unnumbered title, a lead-in under prose) or the name is already taken.

Stages: ``strip_enumerator`` ("(2).主要药（产）品基本情况" -> "主要药（产）品基本情况") ->
``heading_name`` (a numbered heading line, short and not a sentence, as a name) -> ``title_name`` (an
unnumbered caption that is a title, not a lead-in "…如下：") -> ``table_name`` (the caption's own
numbered heading, else the numbered heading right over a caption that only qualifies it or leads in).

>>> strip_enumerator("(2).主要药（产）品基本情况")
'主要药（产）品基本情况'
>>> heading_name("九、2020年分季度主要财务数据")
'2020年分季度主要财务数据'
>>> title_name("公司近5年研发投入情况如下：")
''
>>> lead_in_name("公司获得的主要发明专利如下：")
'主要发明专利'
"""
from __future__ import annotations

from collections.abc import Iterable

import regex

from ..text.lines import heading_enumerator
from .captions import compact

MAX_NAME = 50               # a heading or title longer than this (whitespace removed) is no name
MIN_NAME = 2
HEADING_SKIP = 3            # lines between a caption and the heading over it (□适用 answers, 单位 notes)
# what a heading line may carry after its name: a "√适用 □不适用" answer, a "单位：元" note.
TAIL_RE = regex.compile(r"[□√☑■].*$|[（(]?\s*(?:货币|计量)?单位\s*[:：].*$")
SENTENCE_RE = regex.compile(r"[。；;！？]|[：:，,]$|如下")
# lines skipped between a caption and the heading over it: "√适用 □不适用", "单位：元 币种：人民币".
SKIP_LINE_RE = regex.compile(r"^[□√☑■]|^[（(]?(?:货币|编制|计量)?单位\s*[:：]")
CONTINUED_RE = regex.compile(r"^\s*[（(]?续[表上]")     # a "续表" line (layout_context reads it too)
LEAD_IN_RE = regex.compile(r"如下(?:表|所示)?[：:]?$")
GENERIC_RE = regex.compile(r"(?:具体|基本|主要|简要)?(?:情况|明细|内容|信息|数据)|影响|变化|变动")
MIN_LEAD_IN_NAME = 3
HAS_WORD_RE = regex.compile(r"\p{Han}|[A-Za-z]")


def strip_enumerator(text: str) -> str:
    """``text`` without whitespace, its leading enumerator and a trailing answer or unit note."""
    body = compact(text)
    opened = heading_enumerator(body)
    return TAIL_RE.sub("", body[opened.end():] if opened else body).strip(" .．、:：")


def is_named_heading(text: str) -> bool:
    """A numbered heading line: an enumerator, then a short name that is not a sentence."""
    body = compact(text)
    return bool(heading_enumerator(body)) and len(body) <= MAX_NAME and not SENTENCE_RE.search(body)


def heading_name(text: str) -> str:
    """The name a numbered heading gives the table under it, or "" when it is no numbered heading."""
    if not is_named_heading(text):
        return ""
    name = strip_enumerator(text)
    return name if len(name) >= MIN_NAME and HAS_WORD_RE.search(name) else ""


def title_name(caption: str) -> str:
    """An unnumbered caption as a name when it is a title ("同行业比较情况"), or "" for a lead-in
    sentence ("公司获得的主要发明专利如下："), a "续表" line or an over-long line."""
    body = strip_enumerator(caption)
    if not MIN_NAME <= len(body) <= MAX_NAME or SENTENCE_RE.search(compact(caption)) or \
            CONTINUED_RE.match(body) or not HAS_WORD_RE.search(body):
        return ""
    return body


def table_name(caption: str, lines_above: Iterable[str]) -> str:
    """The name of a table whose caption line is ``caption`` (no "表N" label), or "" for none: the
    caption's own numbered heading; else the numbered heading right over the caption (``lines_above``:
    the lines above it, nearest first; only answers and notes may sit between) when the caption only
    qualifies that heading ("(2).主要药（产）品基本情况" over "按细分行业、治疗领域划分的主要药（产）品
    基本情况") or is no title ("公司前五名客户情况如下："). An unnumbered title names no table: another
    table often repeats it (two "同行业比较情况", "合并资产负债表" in a note), and the heading over it
    names the section rather than the table ("(2).销售费用情况分析" over "销售费用具体构成")."""
    if not compact(caption):
        return ""
    if heading_enumerator(compact(caption)):
        return heading_name(caption)
    heading = heading_over(lines_above)
    title = title_name(caption)
    if heading and (not title or title.endswith(heading)):
        return heading
    return "" if heading or title else lead_in_name(caption)


def lead_in_name(caption: str) -> str:
    """What a lead-in sentence says the table lists, after its last 的: "公司获得的主要发明专利如下：" ->
    "主要发明专利"; "" when it names nothing particular ("…具体情况如下：") or has no 的."""
    body = compact(caption)
    lead = LEAD_IN_RE.search(body)
    _, de, what = body[:lead.start()].rpartition("的") if lead else ("", "", "")
    return what if de and MIN_LEAD_IN_NAME <= len(what) <= MAX_NAME and not GENERIC_RE.fullmatch(what) else ""


def heading_over(lines_above: Iterable[str]) -> str:
    """The name of the numbered heading right over a caption (answers and notes between), or ""."""
    seen = 0
    for line in lines_above:
        body = compact(line)
        if not body:
            continue
        if "\t" not in line and SKIP_LINE_RE.match(body) and seen < HEADING_SKIP:
            seen += 1
            continue
        return heading_name(body) if "\t" not in line else ""
    return ""
