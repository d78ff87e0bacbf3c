"""Candidate cells of a claim: the document's numeric cells indexed by value, looked up with the
rounding the claim's written digits allow, and restricted by locality so the cost of linking grows
linearly with the number of claims and cells.

A claim stands for every value its written digits round from: "15.82亿元" for [15.815, 15.825)
亿元, so the 元 cell 1,581,905,632.48 holds it, and so does "158,191万元". A decrease (下降, 减少)
is a negative figure: "同比减少193.37%" meets the cell −193.37 (or "(193.37)", or "减少193.37"),
and meets a +193.37 cell only when no negative one holds it. A 百分点 change meets 百分点 or change
cells, never a level share; a percentage never meets an amount. In an index table (上年=100) a
growth of −0.1% is the cell 99.9.

Cost: each claim looks up sorted arrays (``bisect``); when a value is common (more than
``MAX_GLOBAL`` cells hold it) only the tables near the claim (same or adjacent page, within
``LOCAL_CHARS`` characters, or named by the sentence) and the tables with a label the claim's
words name (``LabelIndex``, a few nearest per label) are searched, table by table: the work per
claim does not grow with the document.

Example:
    >>> from decimal import Decimal
    >>> claim_interval(Decimal("15.82"), 100_000_000, "=")
    (Decimal('1581500000.000'), Decimal('1582999999.999999999'))
    >>> claim_interval(Decimal("5"), 1, "=")
    (Decimal('5'), Decimal('5'))
    >>> cell_number(Cell("净额", "增减", Decimal("10.9"), "(10.9%)"))
    Decimal('-10.9')
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Iterable, Sequence

import regex

from ..records import Cell, Claim, Table
from .features import (CHANGE_LABEL_RE, SKIP_COLUMNS, caption_core, cell_unit_scale, clean_label, dates_in,
                       dates_meet, generic_pattern, referenced_tables, same_unit)

MAX_GLOBAL = 4           # more value hits than this: search only the claim's nearby and named tables
MAX_NAMED_HITS = 2       # ... and the first tables holding it among those its words name
LOCAL_PAGES = 1          # nearby: within this many pages ...
LOCAL_CHARS = 6000       # ... or this many characters of the claim
CHANGE_KINDS = frozenset({"delta", "growth"})
PERCENT_UNITS = frozenset({"%", "百分点"})
# 倍数是两数之比，写成整数也是四舍五入的结果（"对应PE 30倍" 即 30.47 倍）。
RATIO_UNITS = frozenset({"倍"})
# 单元格文字里的负数写法与减少类说法。
NEGATIVE_TEXT_RE = regex.compile(r"^\s*(?:[(（]\s*[\d.,，]+\s*%?\s*[)）]|[-−－]\s*\d)")
DOWN_TEXT_RE = regex.compile(r"减少|下降|降低|减|降")
UP_TEXT_RE = regex.compile(r"增加|上升|提高|增长|增|升")
TEXT_NUMBER_RE = regex.compile(r"(\d+(?:[.．]\d+)?)")
# 指数表：以上一年为基期（"上年=100"、"以上年为100"、"以上年同期价格为100"、"preceding year=100"）；定基指数
# （"2010年=100"）不是：111.7 是比 2010 年，不是比上年。
INDEX_TABLE_RE = regex.compile(r"(?:上年(?:同期|同月)?|preceding\s*year)\s*[=＝]\s*100(?!\d)"
                               r"|以上年(?:同期|同月)?(?:价格)?为\s*100(?!\d)", regex.I)
HUNDRED = Decimal(100)
# 标签末尾的泛称（"专任教师总数" 的 "总数"）。
GENERIC_END_RE = regex.compile(r"(?:合计|总计|小计|总数|人数|数量|总量|总额|金额|数)$")


def cell_number(cell: Cell) -> Decimal | None:
    """The cell's signed value: parenthesised or minus-signed text, and 减少/下降 words, make it
    negative ("(10.9%)" -> −10.9, "减少2.07个百分点" -> −2.07), whatever the table parser left."""
    value = cell.value
    text = cell.text or ""
    if value is None:
        match = TEXT_NUMBER_RE.search(text)
        if match is None or not (DOWN_TEXT_RE.search(text) or UP_TEXT_RE.search(text)):
            return None
        value = Decimal(match.group(1).replace("．", "."))
    if value > 0 and (NEGATIVE_TEXT_RE.match(text) or DOWN_TEXT_RE.match(text.strip())
                      or (DOWN_TEXT_RE.search(text) and not UP_TEXT_RE.search(text))):
        return -value
    return value


def claim_interval(value: Decimal, scale: int, bound: str, ratio: bool = False) -> tuple[Decimal, Decimal]:
    """[low, high] of the magnitudes a written figure stands for, in base units.

    "=", "~" and ">" (余), when the figure was rounded (written with decimals or a scale word, or a
    ratio such as "30倍": a quotient is always rounded): what rounds to it, half a unit of the last
    written digit either side ("15.82亿元" -> 15.815–15.825 亿元), or what was cut to it (151,753.52
    万元 printed "151,753万元"), up to one unit above. A whole number without a scale word ("5项",
    "923人") and other bounds (>=, <, <=) stand for themselves.
    """
    value = abs(value)
    rounded = scale != 1 or value.as_tuple().exponent < 0 or ratio
    if bound in ("=", "~", ">") and rounded:
        unit = Decimal(1).scaleb(value.as_tuple().exponent)
        return (value - unit / 2) * scale, (value + unit) * scale - Decimal("1e-9")
    return value * scale, value * scale


def claim_sign(claim: Claim) -> int:
    """−1 for a stated decrease (减少, 下降), +1 for an increase, 0 when the figure has no direction."""
    if claim.kind not in CHANGE_KINDS and claim.unit != "百分点":
        return 0
    return -1 if claim.direction == "down" else 1 if claim.direction == "up" else 0


@lru_cache(maxsize=4096)
def is_index_table(caption: str, header: tuple[str, ...], source: str, unit: str = "") -> bool:
    """A table of indices on the year before (上年=100, 以上年为100, in its caption, header, source or
    unit note): a growth of 1.2% is printed 101.2, a fall of 0.1% 99.9."""
    return bool(INDEX_TABLE_RE.search(caption + "".join(header) + source + unit))


def table_is_index(table: Table) -> bool:
    return is_index_table(table.caption or "", tuple(table.header), table.source or "", table.unit or "")


@dataclass(frozen=True, slots=True)
class Entry:
    """One numeric cell of the index: its table, signed value, base unit and scale."""

    table: Table
    cell: Cell
    number: Decimal
    base: str
    scale: int
    index_table: bool


@dataclass(frozen=True, slots=True)
class Hit:
    """A cell holding a claim's figure: whether only rounding or only an unsigned reading makes it so."""

    entry: Entry
    rounded: bool
    unsigned: bool


class _Sorted:
    """Entry numbers sorted by magnitude (scaled and as written), for range look-ups."""

    def __init__(self) -> None:
        self.scaled: list[tuple[Decimal, int]] = []
        self.raw: list[tuple[Decimal, int]] = []

    def add(self, i: int, entry: Entry) -> None:
        self.scaled.append((abs(entry.number) * entry.scale, i))
        self.raw.append((abs(entry.number), i))
        if entry.index_table:
            self.raw.append((abs(entry.number - HUNDRED), i))

    def freeze(self) -> None:
        self.scaled.sort()
        self.raw.sort()

    @staticmethod
    def _range(keys: list[tuple[Decimal, int]], low: Decimal, high: Decimal) -> tuple[int, int]:
        return bisect.bisect_left(keys, (low, -1)), bisect.bisect_right(keys, (high, 1 << 62))

    def count(self, low: Decimal, high: Decimal, wlow: Decimal, whigh: Decimal) -> int:
        a, b = self._range(self.scaled, low, high)
        c, d = self._range(self.raw, wlow, whigh)
        return (b - a) + (d - c)

    def ids(self, low: Decimal, high: Decimal, wlow: Decimal, whigh: Decimal) -> set[int]:
        a, b = self._range(self.scaled, low, high)
        c, d = self._range(self.raw, wlow, whigh)
        return {i for _, i in self.scaled[a:b]} | {i for _, i in self.raw[c:d]}


class ValueIndex:
    """The numeric cells of a document's tables by magnitude, with per-table and per-page look-ups."""

    def __init__(self, tables: Sequence[Table]):
        self.entries: list[Entry] = []
        self.tables = sorted(tables, key=lambda t: t.char_start)
        self.starts = [t.char_start for t in self.tables]
        self.all = _Sorted()
        self.per_table: dict[int, _Sorted] = {}
        self.by_page: dict[int, list[int]] = {}
        self.by_id: dict[str, list[int]] = {}
        for k, table in enumerate(self.tables):
            self.by_page.setdefault(table.page, []).append(k)
            self.by_id.setdefault("".join(table.id.split()), []).append(k)
            index_table = table_is_index(table)
            own = self.per_table[k] = _Sorted()
            for cell in table.cells:
                number = cell_number(cell)
                if number is None or clean_label(cell.col) in SKIP_COLUMNS:
                    continue
                base, scale = cell_unit_scale(cell, table)
                entry = Entry(table, cell, number, base, scale, index_table)
                i = len(self.entries)
                self.entries.append(entry)
                self.all.add(i, entry)
                own.add(i, entry)
            own.freeze()
        self.all.freeze()

    def near_tables(self, claim: Claim, pages: bool = True) -> list[int]:
        """Positions of the tables near a claim: same or adjacent page (unless ``pages`` is False),
        within LOCAL_CHARS characters, or named by its sentence ("见表3-2")."""
        out = set()
        for page in range(claim.page - LOCAL_PAGES, claim.page + LOCAL_PAGES + 1) if pages else ():
            out.update(self.by_page.get(page, ()))
        lo = bisect.bisect_left(self.starts, claim.char_start - LOCAL_CHARS)
        hi = bisect.bisect_right(self.starts, claim.char_start + LOCAL_CHARS)
        out.update(range(lo, hi))
        for ref in referenced_tables(claim.sentence):
            out.update(self.by_id.get(ref, ()))
        return sorted(out)

    def lookup(self, claim: Claim, named: Sequence[int] = (), series: Sequence[int] = ()) -> list[Hit]:
        """Cells holding the claim's figure (see the module doc). When the value is common: the
        cells of the tables near the claim, and of the first MAX_NAMED_HITS tables of ``named`` (tables
        whose labels the claim's words name, best first) that hold it. A named table is searched even
        when a near one holds the figure: a report prints it in several tables, and the one its words
        name may be pages away. The ``series`` tables (holding the other figures of the claim's
        sentence) are searched too: "收入规模分别为273.82亿元、389.11亿元及481.01亿元" is one row of a table
        twenty pages back, even when 481.01亿元 is printed in many other tables."""
        percent = claim.unit in PERCENT_UNITS
        ratio = claim.unit in RATIO_UNITS
        low, high = claim_interval(claim.value, 1 if percent else claim.scale, claim.bound, ratio)
        wlow, whigh = claim_interval(claim.value, 1, claim.bound, ratio)
        # a cell in base units (scale 1) is in both sorted arrays: count it once
        few = self.all.count(low, high, wlow, whigh) <= 2 * MAX_GLOBAL
        ids = self.all.ids(low, high, wlow, whigh) if few else set()
        if few and len(ids) <= MAX_GLOBAL:
            hits = self._agreeing(claim, ids)
        else:
            near = self.near_tables(claim)
            hits = self._agreeing(claim, {i for k in near for i in self.per_table[k].ids(low, high, wlow, whigh)})
            found, seen = 0, set(near)
            for k in named:
                if found >= MAX_NAMED_HITS:
                    break
                if k in seen:
                    continue
                seen.add(k)
                more = self._agreeing(claim, self.per_table[k].ids(low, high, wlow, whigh))
                hits += more
                found += bool(more)
            hits += self._agreeing(claim, {i for k in set(series) - seen
                                           for i in self.per_table[k].ids(low, high, wlow, whigh)})
        if claim.unit and any(h.entry.base == claim.unit for h in hits):
            # a cell in the claim's own unit (股) is the figure; share capital in 元 only stands in for it
            hits = [h for h in hits if not h.entry.base or h.entry.base == claim.unit]
        sign = claim_sign(claim)
        if sign < 0 and any(not h.unsigned for h in hits):
            hits = [h for h in hits if not h.unsigned]
        elif sign == 0 and claim.value >= 0 and any(h.entry.number >= 0 for h in hits):
            hits = [h for h in hits if h.entry.number >= 0]     # "限售流通股6,279,000股" is not the −6,279,000 change
        return hits

    def _agreeing(self, claim: Claim, ids: Iterable[int]) -> list[Hit]:
        """The entries of ``ids`` that hold the claim's figure, in index order."""
        return [h for i in sorted(ids) if (h := agree(claim, self.entries[i])) is not None]


def cell_agrees(claim: Claim, table: Table, cell: Cell) -> bool:
    """Whether one cell holds the claim's figure (``agree`` outside an index)."""
    number = cell_number(cell)
    if number is None or clean_label(cell.col) in SKIP_COLUMNS:
        return False
    base, scale = cell_unit_scale(cell, table)
    index_table = table_is_index(table)
    return agree(claim, Entry(table, cell, number, base, scale, index_table)) is not None


class LabelIndex:
    """Row/column labels -> the tables holding them, in text order: the tables whose labels a
    claim's words name, nearest first. A label, and a caption without its number and 情况表-like
    ending ("(1).研发投入情况表" -> 研发投入), is keyed whole (and without a generic ending such
    as 人数/总数/合计), and by its pieces of SPAN characters that hold no generic word ("本期资本化研发
    投入" is named by "资本化研发投入"; "归属于上市公司股东的净利润" by "…股东净利润"). Each key also keeps
    the tables whose labels name a date (``dates_in``), by date: a claim of a date finds the nearest table
    with a column of that date even past nearer ones of other dates ("截至2020年12月31日…注册资本" and the
    合并资产负债表's 2020年12月31日 column, twenty pages before the restated 2020年1月1日 one)."""

    MIN_LABEL, MAX_LABEL, SPAN = 3, 14, 5

    def __init__(self, tables: Sequence[Table]):
        postings: dict[str, set[tuple[int, int]]] = {}
        labels: dict[str, set[tuple[int, int]]] = {}
        self.dates: dict[int, frozenset[tuple[int, int, int]]] = {}
        for k, table in enumerate(tables):
            dates: set[tuple[int, int, int]] = set()
            for cell in table.cells:
                if cell.value is None:
                    continue
                dates.update(dates_in(cell.row), dates_in(cell.col))
                for label in (clean_label(cell.row), clean_label(cell.col)):
                    labels.setdefault(label, set()).add((table.char_start, k))
            if dates:
                self.dates[k] = frozenset(dates)
            caption = caption_core(table.caption or "")
            if caption and any(cell.value is not None for cell in table.cells):
                labels.setdefault(caption, set()).add((table.char_start, k))
        generic = generic_pattern()
        for label, where in labels.items():
            label = label.replace("的", "")
            keys = {key for key in (label, GENERIC_END_RE.sub("", label))
                    if self.MIN_LABEL <= len(key) <= self.MAX_LABEL}
            keys |= {label[i:i + self.SPAN] for i in range(len(label) - self.SPAN + 1)
                     if not generic.search(label[i:i + self.SPAN])}
            for key in keys:
                postings.setdefault(key, set()).update(where)
        self.postings = {key: sorted(v) for key, v in postings.items()}
        # key -> (year, month) -> its tables with a label of a day of that month (day 0 meets any day)
        self.dated: dict[str, dict[tuple[int, int], list[tuple[int, int]]]] = {}
        for key, found in self.postings.items():
            for start, k in found:
                for month in {d[:2] for d in self.dates.get(k, ())}:
                    self.dated.setdefault(key, {}).setdefault(month, []).append((start, k))
        # every prefix (MIN_LABEL characters or more) of a key: a substring that is none stops the scan
        self.prefixes = {key[:m] for key in self.postings for m in range(self.MIN_LABEL, len(key) + 1)}

    def tables_for(self, words: str, at: int, per_key: int = 1,
                   dates: Sequence[tuple[int, int, int]] = ()) -> dict[int, int]:
        """Tables with a label (or a piece of one) that is a substring of ``words``: the ``per_key``
        nearest to offset ``at`` on each side, per key (constant work per claim whatever the
        document's length), each with the length of the longest key it matched ("的" ignored); and,
        per key and date of ``dates`` (the claim's period), the ``per_key`` nearest on each side whose
        labels name that date."""
        out: dict[int, int] = {}
        months = {d[:2] for d in dates}
        words = words.replace("的", "")
        n = len(words)
        postings, prefixes = self.postings, self.prefixes
        for i in range(n):
            for j in range(i + self.MIN_LABEL, min(n, i + self.MAX_LABEL) + 1):
                piece = words[i:j]
                if piece not in prefixes:
                    break
                found = postings.get(piece)
                if found:
                    pos = bisect.bisect_left(found, (at, -1))
                    for _, k in found[max(0, pos - per_key):pos + per_key]:
                        out[k] = max(out.get(k, 0), j - i)
                for month in months & self.dated.get(piece, {}).keys():
                    dated = self.dated[piece][month]
                    pos = bisect.bisect_left(dated, (at, -1))
                    for _, k in dated[max(0, pos - per_key):pos + per_key]:
                        out[k] = max(out.get(k, 0), j - i)
        return out

    def names_date(self, k: int, dates: Sequence[tuple[int, int, int]]) -> bool:
        """Whether table ``k`` has a label naming one of ``dates``."""
        return bool(dates) and dates_meet(self.dates.get(k, ()), dates)


def agree(claim: Claim, entry: Entry) -> Hit | None:
    """Whether the entry holds the claim's figure (units, percent kinds, sign, rounding)."""
    cell, base = entry.cell, entry.base
    sign = claim_sign(claim)
    labels = cell.row + cell.col
    number = entry.number
    if entry.index_table and claim.kind == "growth" and claim.unit == "%" and number > 50:
        number = number - HUNDRED
    if claim.unit in PERCENT_UNITS or base in PERCENT_UNITS:
        if claim.unit == "%" and base not in ("%", ""):
            return None
        if claim.unit == "百分点" and not (base == "百分点" or CHANGE_LABEL_RE.search(labels)
                                           or "百分点" in (cell.text or "")):
            return None
        if claim.unit not in PERCENT_UNITS:
            return None
        readings = [(number, False)]
        low, high = claim_interval(claim.value, 1, claim.bound)
    else:
        if base and claim.unit and not same_unit(claim.unit, base, labels):
            return None
        low, high = claim_interval(claim.value, claim.scale, claim.bound, claim.unit in RATIO_UNITS)
        readings = [(number * entry.scale, False)]
        if entry.scale == 1 and not base and claim.scale != 1:
            readings.append((number * claim.scale, False))      # written in the claim's scale
        if number == claim.value and entry.scale != claim.scale:
            readings.append((number * claim.scale, True))       # same digits, other scale word
    for value, _ in readings:
        if low <= abs(value) <= high:
            if sign > 0 and value < 0:
                return None
            unsigned = sign < 0 and value > 0
            exact = abs(value) == abs(claim.normalized if claim.unit not in PERCENT_UNITS else claim.value)
            return Hit(entry, not exact, unsigned)
    return None


__all__ = ["cell_agrees", "ValueIndex", "LabelIndex", "Entry", "Hit", "agree", "cell_number", "claim_interval", "claim_sign",
           "is_index_table", "table_is_index", "MAX_GLOBAL", "LOCAL_CHARS", "LOCAL_PAGES"]
