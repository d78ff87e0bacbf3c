"""Cell texts: values and units, placeholders, footnote marks, year labels.

Stages: ``parse_cell_value`` (one cell text as written -> value and unit), ``cell_value`` (beyond
it: "(10.9%)", "减少2.07个百分点", "3200（含税：元/万头份）"), ``cell_range`` (a range "21.60-97.40":
its low and high end), ``strip_footnote``, ``strip_label``.

>>> parse_cell_value("60.8%")
(Decimal('60.8'), '%')
>>> parse_cell_value("309-")
(Decimal('-309'), '')
>>> parse_cell_value("2023 年")
(None, '')
"""
from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from functools import lru_cache

import regex

from ..errors import ParseError
from ..numbers.parse import parse_numeral
from ..records import RawCell
from ..resources import load_tsv
from .units import is_unit, leading_unit

# 数字主体：可带括号（负数）、符号、千分位、小数点、末尾 "-"（券商表格的负数写法 309-）。
_NUMBER = r"[(（]?[-−－+]?[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]*)?[)）]?-?"
# 单元格 = 数字 + 可选的短单位（%、门、项、万元、人次……）；单位不能以数字开头。
CELL_RE = regex.compile(rf"^(?P<num>{_NUMBER})\s*(?P<unit>[%％‰]|[^\s\d０-９]{{1,3}})?$")
CELLS_FILE = "lexicons/table_cells.v1.tsv"
# A scale written after a cell's figure is its unit ("1,704.97 亿", "223.86 万": a data site's 利润表); the linker
# reads it as a scale of no unit (link.features.unit_scale).
CELL_SCALES = frozenset({"万亿", "亿", "千万", "百万", "万"})
_PLAIN = r"[-−－+]?[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?"
PAREN_PERCENT_RE = regex.compile(rf"^[(（]\s*({_PLAIN})\s*[%％]\s*[)）]$")
POINTS_RE = regex.compile(rf"^({_PLAIN})\s*个?百分点$")
CHANGE_RE = regex.compile(rf"^(?P<word>\p{{Han}}{{1,2}})\s*(?P<num>{_PLAIN})\s*(?P<unit>个?百分点|[%％])?$")
# "3200（含税：元/万头份）": a number with a bracketed note after it; "8次（出生至出栏）": after its unit.
NOTE_RE = regex.compile(rf"^(?P<num>{_PLAIN})\s*(?P<unit>[^\s\d０-９（）()]{{1,3}})?\s*"
                        rf"[（(](?P<note>[^（）()]*\p{{Han}}[^（）()]*)[)）]$")
# 预测表的年份列 "2021E"、"2020A"。
PERIOD_COL_RE = regex.compile(r"^(?:19|20)\d{2}\s*[AEFPaefp]$")
# 年份标签："2023 年"、"2023年度"、"2023届" 是行/列标签，不是数值；裸 "2023" 视位置而定。
YEAR_LABEL_RE = regex.compile(r"^(?:19|20)\d{2}\s*(?:年度?|届|学年)?$")
BARE_YEAR_RE = regex.compile(r"^(?:19|20)\d{2}$")
YEAR_WORD_RE = regex.compile(r"^(?:19|20)\d{2}\s*(?:年度?|届|学年)$")
SPACES_RE = regex.compile(r"\s+")
# 日期类后缀不是单位（"9 月" 是时间，不是数值 9）。
_DATE_UNITS = frozenset({"年", "年度", "届", "月", "日", "学年", "年级"})
# 合计类行/列标签。
TOTAL_LABELS = frozenset({"合计", "总计", "总数", "小计", "总和", "累计"})
# 序号列：数值是编号，没有单位。
SERIAL_LABELS = frozenset({"序号", "编号", "排名"})


@lru_cache(maxsize=16384)
def is_year_label(text: str) -> bool:
    """True for "2023 年", "2023届" and a bare "2023" (a time label where a label is expected)."""
    return bool(YEAR_LABEL_RE.match(text.strip()))


@lru_cache(maxsize=None)
def cell_words(kind: str) -> frozenset[str]:
    """Words of one kind in models/lexicons/table_cells.v1.tsv (empty, sign, footnote)."""
    return frozenset(row[1] for row in load_tsv(CELLS_FILE) if len(row) >= 2 and row[0] == kind)


MIN_GROUPED_CHARS = 2


def without_group_phrase(label: str) -> str:
    """A row label without the section words it opens with (cell_words group_phrase: 分三大门类采矿业 -> 采矿业), if a
    name of two characters or more is left."""
    for phrase in cell_words("group_phrase"):
        if label.startswith(phrase) and len(label) - len(phrase) >= MIN_GROUPED_CHARS:
            return label[len(phrase):]
    return label


@lru_cache(maxsize=16384)          # per label or cell text: a table's labels repeat in every row and column
def is_empty_mark(text: str) -> bool:
    """True for the placeholders a table writes for "no data" ("-", "—", "/", "不适用")."""
    body = text.strip()
    return body in cell_words("empty") or (len(body) >= 2 and set(body) == {"_"})   # a blank "____" line


def profit_state(text: str) -> tuple[int, str] | None:
    """(+1 or -1, the rest) of a cell opening with a profit or loss word and its colon ("亏损:2,882.27万元" ->
    (-1, "2,882.27万元")); None for any other cell."""
    body = text.strip()
    for word in cell_words("state"):
        if body.startswith(word) and body[len(word):len(word) + 1] in (":", "："):
            return (-1 if word in LOSS_WORDS else 1), body[len(word) + 1:].strip()
    return None


LOSS_WORDS = frozenset({"亏损"})


def change_sign(word: str) -> int:
    """+1 / -1 for a sign word of a change ("增加", "减少"), 0 for any other word."""
    for row in load_tsv(CELLS_FILE):
        if len(row) >= 3 and row[0] == "sign" and row[1] == word:
            return -1 if row[1] in NEGATIVE_SIGNS else 1
    return 0


NEGATIVE_SIGNS = frozenset({"减少", "下降", "降低", "减"})
BRACKETED_MARK_RE = regex.compile(r"(?<=\p{Han}|[)）])\[[1-9][0-9]?\]$")


@lru_cache(maxsize=16384)          # per label or cell text: a table's labels repeat in every row and column
def strip_footnote(label: str) -> str:
    """A label without the footnote mark at its end: "营业收入①" -> "营业收入", "知识产权项目数*" -> ..., and a bracketed
    note number after a word ("其中:第一产业[3]": a bulletin's table as its page saves it)."""
    bracketed = BRACKETED_MARK_RE.search(label)
    if bracketed and bracketed.start() > 0:
        return label[:bracketed.start()].rstrip()
    for mark in sorted(cell_words("footnote"), key=len, reverse=True):
        if label.endswith(mark) and len(label) > len(mark):
            return label[: -len(mark)].rstrip()
    return label


# A decimal point with spaces beside it inside one figure ("37 .49%").
SPACED_DECIMAL_RE = regex.compile(r"^([0-9]+)(?:\s+([.．])\s*|([.．])\s+)([0-9]+)\s*([%％])?$")


@lru_cache(maxsize=16384)          # per cell text, like parse_cell_value
def cell_value(text: str) -> tuple[Decimal | None, str]:
    """The value and unit of a table cell, beyond ``parse_cell_value``: "(10.9%)" -> -10.9 %,
    "减少2.07个百分点" -> -2.07 百分点, "-0.24个百分点", "3200（含税：元/万头份）" -> 3200,
    "8次（出生至出栏）" -> 8 次, "2021E" and "不适用" -> no value."""
    stated = profit_state(text)
    if stated:          # "盈利:19,234.89万元", "亏损:2,882.27万元": the figure after the word, signed by it
        value, unit = cell_value(stated[1])
        return (None, "") if value is None else (stated[0] * value, unit)
    body = text.strip()
    if not body or is_empty_mark(body) or PERIOD_COL_RE.match(body):
        return None, ""
    spaced = SPACED_DECIMAL_RE.match(body)
    if spaced:          # "37 .49%", "18 . 58%": a web page's spaced decimal point (a college's 2022 就业质量报告)
        body = "".join(part for part in spaced.groups() if part)
    match = PAREN_PERCENT_RE.match(body)
    if match:
        value, _ = parse_cell_value(match.group(1))
        return (None, "") if value is None else (-value, "%")
    match = POINTS_RE.match(body)
    if match:
        value, _ = parse_cell_value(match.group(1))
        return (None, "") if value is None else (value, "百分点")
    match = CHANGE_RE.match(body)
    if match and (sign := change_sign(match.group("word"))):
        value, _ = parse_cell_value(match.group("num"))
        unit = "%" if match.group("unit") in ("%", "％") else ("百分点" if match.group("unit") else "")
        return (None, "") if value is None else (sign * value, unit)
    match = NOTE_RE.match(body)
    if match and match.group("unit"):       # the unit before the note: "22次（出生至出栏）" -> 22 次
        return parse_cell_value(match.group("num") + match.group("unit"))
    if match:
        value, _ = parse_cell_value(match.group("num"))
        note = match.group("note")
        return value, leading_unit(note.split("：")[-1].split(":")[-1]) if value is not None else ""
    return parse_cell_value(body)


# "21.60-97.40"、"2600-20000（含税：元/万毫升）"、"5%~8%": a range of two figures, the low end unsigned.
RANGE_RE = regex.compile(r"^(?P<low>[0-9０-９][0-9０-９,，]*(?:[.．][0-9０-９]+)?\s*(?:[%％]|[^\s\d０-９\-~～—–－至]{1,3})?)"
                         r"\s*(?:[-－—–~～]|至)\s*(?P<high>[0-9０-９].*)$")
LEADING_ZERO_RE = regex.compile(r"^0[0-9]")
DATE_TAIL_RE = regex.compile(r"^[01]?\d(?:[-/.]\d{1,2})?\s*月?$")
YEAR_START_RE = regex.compile(r"^(?:19|20)\d{2}(?![\d,，])")


@lru_cache(maxsize=4096)
def cell_range(text: str) -> tuple[Decimal, Decimal, str] | None:
    """The low and high end and the unit of a cell giving a range ("52周内股价区间(元)： 21.60-97.40"
    -> 21.60, 97.40), or None: a single figure, a year span ("2020-2021"), a date ("2022-07"), a
    telephone or code number ("0471-6539434"), or a low end not below the high one.

    >>> cell_range("21.60-97.40")
    (Decimal('21.60'), Decimal('97.40'), '')
    >>> cell_range("2600-20000（含税：元/万毫升）")
    (Decimal('2600'), Decimal('20000'), '元/万毫升')
    """
    stated = profit_state(text)
    if stated:          # "盈利:30,000万元–35,000万元", "亏损:3,500万元—4,500万元" (a loss's ends negative)
        span = cell_range(stated[1])
        return None if span is None else span if stated[0] > 0 else (-span[1], -span[0], span[2])
    match = RANGE_RE.match(text.strip())
    if match is None or LEADING_ZERO_RE.match(match.group("low")):
        return None
    low_text, high_text = match.group("low").strip(), match.group("high")
    if YEAR_START_RE.match(low_text) and (YEAR_START_RE.match(high_text) or DATE_TAIL_RE.match(high_text)):
        return None             # "2020-2021", "2019.12-2020.6", "2022-07": a span of time, a date
    low, low_unit = parse_cell_value(match.group("low"))
    high, high_unit = cell_value(match.group("high"))
    if low is None or high is None or low >= high or (low_unit and high_unit and low_unit != high_unit):
        return None
    return low, high, high_unit or low_unit


@lru_cache(maxsize=16384)          # a table's cell texts are read by the grid finders and again as cells
def parse_cell_value(text: str) -> tuple[Decimal | None, str]:
    """The value and unit of one cell as written; ``(None, "")`` for text, years and placeholders.

    Handles thousands separators, "%"/"％" (unit "%"), negatives "-5", "(309)" and broker-style
    "309-", a trailing dot ("5469551."), and a short unit suffix ("3 门" -> (3, "门")).
    """
    body = text.strip()
    if not body or is_empty_mark(body) or YEAR_WORD_RE.match(body):
        return None, ""
    match = CELL_RE.match(body)
    if match is None:
        return None, ""
    unit = match.group("unit") or ""
    duration = unit == "年" and "." in match.group("num")      # "2.83年" (剩余期限) is a length of time
    if not duration and unit not in CELL_SCALES and (unit in _DATE_UNITS or (unit and not is_unit(unit))):
        return None, ""         # "2020年末", "9 月": a time label; "1#、5#": not a unit
    try:
        value = parse_numeral(match.group("num"))
    except ParseError:
        return None, ""
    return value, "%" if unit in ("%", "％") else unit


@lru_cache(maxsize=4096)          # every reading of a flattened table asks again
def cell_kind(text: str) -> str:
    """The kind of a cell's text: "e" empty mark ("-", "—"), "y" bare year ("2023"), "v" number,
    "t" text (labels, "2023年")."""
    if is_empty_mark(text):
        return "e"
    if BARE_YEAR_RE.match(text.strip()):
        return "y"
    return "v" if is_value_text(text) else "t"


def is_value_text(text: str) -> bool:
    """True when the text is a numeric cell or an empty-cell placeholder (it fills a value column)."""
    return is_empty_mark(text) or parse_cell_value(text)[0] is not None


def without_closing_empties(cells: Sequence[RawCell]) -> list[RawCell]:
    """A row's cells without the empty ones closing it ("西部地区 | 52 | 3.77% |", "苗族 | 283 | 8.7 | |": the closing bars
    open no cell)."""
    core = list(cells)
    while core and not core[-1].text.strip():
        core.pop()
    return core


def strip_label(text: str) -> str:
    """A label with all whitespace removed (labels are compared and stored without spaces)."""
    return SPACES_RE.sub("", text)
