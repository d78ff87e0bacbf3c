"""Features of a (claim, table, cell) pair for the claim-cell linker. Pure: no scikit-learn here.

A pair is described twice: by text pairs (``pair_texts``) whose similarity the linker measures
with a character n-gram TF-IDF cosine, and by numbers (``pair_numbers``) computed here: year
agreement, 合计 agreement, unit agreement, explicit references ("见表3-4", "（见下表）"),
distance in characters, how specific the value is. ``hand_score`` combines the pure features
with fixed weights; it is the documented fallback when no trained linker is installed.

Example:
    >>> clean_label("其中：A类：留在当地就业*")
    '留在当地就业'
    >>> label_unit_scale("2021金额（万元）")
    ('元', 10000)
    >>> years_in("2020年至2023年上半年")
    (2020, 2023)
"""
from __future__ import annotations

import bisect
import math
from dataclasses import dataclass, field
from functools import lru_cache
from operator import add
from typing import Any, Sequence

import regex

from ..numbers.parse import SCALE_WORDS
from ..records import Cell, Claim, Section, Table
from ..tables.cells import without_group_phrase
from ..tables.units import is_unit
from ..resources import load_tsv, load_word_kinds
from ..text.view import simplified_chars

# 四位年份（不与更长数字相连）。
YEAR_RE = regex.compile(r"(?<!\d)((?:19|20)\d{2})(?!\d)")
# 时点：完整日期（"2020年12月31日"、"2020-12-31"、"2020.12.31"）、月末（"2020年6月末"）与年末（"2020年末"、
# "2020年底"）。资产负债表的 2020年12月31日 与重述的 2020年1月1日 同一年份，只有日期分得开。
DATE_RE = regex.compile(r"(?<!\d)((?:19|20)\d{2})\s*(?:年\s*(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日|([末底]))"
                        r"|年度?([末底])|([-./])(\d{1,2})\6(\d{1,2})(?!\d))")
# 日期不合时（同一年的另一时点）一个年份标签的得分。
DATE_MISS = 0.25
# 累计/合计类说法：声明指向合计行或合计列。
TOTAL_WORD_RE = regex.compile(r"累计|合计|总计|共计|总数|总量|两年|近[两二三四五六七八九十\d]+年|[二三四五六七八九十]年来|以来|历年")
# 合计类标签。
TOTAL_LABEL_RE = regex.compile(r"^(?:合计|总计|总数|小计|总和|累计|共计)$")
# 表格引用："见表3-4"、"表 2-10"、"附表6"。
TABLE_REF_RE = regex.compile(r"(附?表)\s*(\d+(?:\s*[-—－.]\s*\d+)?)(?![\d-])")
# 指向下一张表的说法："（见下表）"、"如下表所示"。
NEXT_TABLE_RE = regex.compile(r"[见如]下表|下表[所列显]")
# 标签里的噪声：其中：、A类：、星号、括号里的单位、空白。
LABEL_NOISE_RE = regex.compile(r"其中[：:]|^[A-Z]类[：:]|[A-Z]类[：:]|\*|（[^）]*）|\([^)]*\)|\s+")
# 行标签前的列举编号："2.衣着"、"二、联营企业小计"（比对声明用词时去掉）。
ENUMERATOR_RE = regex.compile(r"^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.、．](?!\d)")
# 章/节标题的编号（"第四节"、"第二章"、"第一部分"）：年报的一"节"里有自己的 一、二、…… 各级标题。
CHAPTER_NUMBER_RE = regex.compile(r"^第[一二三四五六七八九十百零〇\d]+[章节篇部]")
# 本期类标签或标签前缀：报告期本身（"本期数"、"本年金额"、"期末余额"、多级表头 "本期发生额/成本" 的上层；
# 股份变动情况表的 "本次变动后数量" 是变动完成后的现状）。
CURRENT_LABEL_RE = regex.compile(r"^(?:本期末?|本年度?|本报告期|报告期内?|当期|期末|年末|本次变动后)(?:发生额|金额|余额|数(?!量)|累计|实际)?")
# 期末类标签与声明的期末时点（"期末余额" 与 "2020年末"、"截止报告期末"）。
END_LABEL_RE = regex.compile(r"^(?:期末|年末|本期末)")
PERIOD_END_RE = regex.compile(r"[年期]末")
# 表题的编号与泛称尾巴："(1).研发投入情况表" -> "研发投入"。
CAPTION_NOISE_RE = regex.compile(r"^(?:附?表\s*\d+(?:[-—－.]\d+)*|[(（]?[\d一二三四五六七八九十]+[)）]?)?[.、．:：\s]*"
                                 r"|(?:情况|统计|汇总|一览|明细)?表?$")
# 从句分隔符，千分位逗号（"以389,454.60万元认购19,860万股"）除外。
CLAUSE_SPLIT_RE = regex.compile(r"[，；;。！？：:（）()]|,(?!\d{3})")
# 数字（从上下文中去掉，只留文字）。
NUMBER_RE = regex.compile(r"[\d.．%％]+")
# A row label that is a number with its unit and perhaps a bound (1.5吨, 30岁以下, 500万元以上): a class, not a figure.
CLASS_LABEL_RE = regex.compile(r"\d+(?:\.\d+)?[^\d\s]{1,4}")
EACH_WORDS = ("各", "分别")      # a clause opening with one of these states each listed one's figure
CLASS_LABEL_GAP = 8              # characters between a class label and the claim's figure (its noun: 冷运车)
# 第一个阿拉伯数字（千分位逗号算在数里："1,126,240,241" 是十位有效数字，不是 "1"）。
FIRST_NUMBER_RE = regex.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
# 括号里的单位："（万元）"、"(万册)"、"（%）"。
BRACKET_UNIT_RE = regex.compile(r"[（(]\s*([^（）()]{1,6}?)\s*[)）]")
# 变化类标签（增量、增幅）。
CHANGE_LABEL_RE = regex.compile(r"增|减|变化|变动|同比|提升|下降|增幅|涨")
# 变动表（期初余额、本期增减、期末余额）的期初列与期末列：两者之间的列都是变动额。
OPENING_WORDS_FILE = "linker/opening_words.v1.tsv"
CLOSING_LABEL_RE = regex.compile(r"^(?:期末|年末|本期末|本次变动后)")
CHANGE_KINDS = frozenset({"delta", "growth"})
# 只有动词的从句（"支付"、"累计支付"：泛称 累计 之外两个字）最多这么多字：它的主语在前一从句里。
SUBJECT_VERB_CHARS = 2
# 从句分隔符，千分位逗号（"7,720,515"）除外。
SUBJECT_SPLIT_RE = regex.compile(r"[，；;。！？：:（）()]|,(?!\d{3})")
# 泛称标签：只说明"数量/金额"，配合声明的类别或单位。
GENERIC_LABELS = {"数量": "count", "数值": "count", "数目": "count", "金额": "money", "人数": "人",
                  "人次": "人次", "比例": "%", "占比": "%"}
# 名次与奖项等级的同义说法。
LABEL_SYNONYMS = {"第一名": "一等奖", "第二名": "二等奖", "第三名": "三等奖", "金奖": "一等奖",
                  "银奖": "二等奖", "铜奖": "三等奖"}
# 编号/单位列：其中的数不是数据。
SKIP_COLUMNS = frozenset({"序号", "编号", "单位", "排名"})
# 表注单位里的杂项："元币种"（"单位：元 币种：人民币" 读坏了）、"人民币百万元"。
UNIT_NOISE_RE = regex.compile(r"\s+|币种.*$|^人民币(?=.)|^货币")
# 数字不是单位（表格解析把相邻单元格的 "4.6" 当成了单位）。
NOT_A_UNIT_RE = regex.compile(r"[\d.,，\s-]+")
SCALE_PREFIXES = (("亿", 100_000_000), ("万", 10_000), ("千", 1000), ("百", 100))
GENERIC_WORDS_FILE = "linker/generic_words.v1.tsv"
LABEL_ALIASES_FILE = "linker/label_aliases.v1.tsv"
# Bound of the per-text caches (labels, bigrams, containment): large enough that a 300-page report's
# labels and claims stay cached through one linking pass, bounded so memory does not grow with a batch.
CACHE_SIZE = 65536
# Distances are scaled by this many characters (a report section is a few thousand characters).
DISTANCE_SCALE = 20_000.0

NUMBER_FEATURES = (
    "row_match", "col_match", "min_match", "year_match", "year_mismatch", "total_agree",
    "unit_agree", "unit_mismatch", "explicit_ref", "other_table_ref", "next_table_ref",
    "distance", "candidate_rank", "value_digits", "n_equal_cells", "value_rounded", "sign_unsigned",
    "page_near", "same_section", "same_chapter", "sentence_support",
)
TEXT_FEATURES = ("metric_label", "clause_label", "sentence_caption")


@dataclass(frozen=True, slots=True)
class Pair:
    """A claim, one table and one of its cells, with the cell's value after the table's scale."""

    claim: Claim
    table: Table
    cell: Cell
    rounded: bool = False       # the cell holds the figure only once rounded to the claim's digits
    unsigned: bool = False      # a decrease met by a positive cell


@dataclass(frozen=True, slots=True)
class Context:
    """Document-level facts the features of a pair depend on (computed once per document).

    ``table_starts`` lists (start offset, table id) in text order; ``n_equal`` maps a claim id to
    the number of cells in the document that hold its value; ``candidate_tables`` maps a claim id
    to the ids of the tables holding its value, nearest first; ``latest_year`` maps a table id to
    the latest year its labels name; ``section_starts`` and ``chapter_starts`` are the sorted start
    offsets of every heading and of the chapter headings (``chapter_starts``); ``sentence_tables``
    maps a claim id to, per table id, how many other claims of its sentence hold a figure in that table.
    """

    table_starts: tuple[tuple[int, str], ...]
    n_equal: dict[str, int]
    candidate_tables: dict[str, tuple[str, ...]]
    latest_year: dict[str, int | None]
    views: dict[str, "ClaimView"] = field(default_factory=dict)
    section_starts: tuple[int, ...] = ()
    chapter_starts: tuple[int, ...] = ()
    sentence_tables: dict[str, dict[str, int]] = field(default_factory=dict)
    # id(claim), id(table) -> claim, table and the features of a pair that depend on them only (``pair_numbers``;
    # holding the claim and table keeps their ids from being reused)
    table_features: dict[tuple[int, int], tuple[Any, Any, dict[str, float], dict[str, float]]] = \
        field(default_factory=dict)

    def view(self, claim: Claim) -> "ClaimView":
        """What the features read of a claim, computed once per claim and document."""
        found = self.views.get(claim.id)
        if found is None:
            found = self.views[claim.id] = claim_view(claim)
        return found


@dataclass(frozen=True, slots=True)
class ClaimView:
    """The parts of a claim the label features compare (hashable, cheap to hash)."""

    words: str
    years: tuple[int, ...]
    total_word: bool          # a total word (累计, 两年来) in the claim's own period or words
    total_clause: bool        # ... in its own period or clause
    metric: str               # numbers removed
    kind: str
    unit: str
    period_end: bool = False  # a balance at the end of the period (2020年末, 截止报告期末)
    opening: bool = False     # said of the period's start: "（上期期末：31,874,132.63）", 年初, 期初
    dates: tuple[tuple[int, int, int], ...] = ()     # the points in time of its period (``dates_in``)


def claim_view(claim: Claim) -> ClaimView:
    """The ClaimView of a claim."""
    words, period = claim_words(claim), own_period(claim)
    words = f"{words}|{aliases}" if (aliases := label_words(words)) else words
    return ClaimView(words, years_in(claim.period), bool(TOTAL_WORD_RE.search(f"{period}{words}")),
                     bool(TOTAL_WORD_RE.search(f"{period}{claim_clause(claim)}")),
                     NUMBER_RE.sub("", claim.metric or ""), claim.kind, claim.unit,
                     bool(PERIOD_END_RE.search(f"{claim.period or ''}{claim_clause(claim)}")), _opening(claim),
                     dates_in(claim.period))


@lru_cache(maxsize=None)
def opening_words(kinds: tuple[str, ...] = ("word",)) -> tuple[str, ...]:
    """Words naming a period's start (models/linker/opening_words.v1.tsv), longest first: 上期期末, 期初, 年初 …;
    with "label", also what only a column label says (本次变动前)."""
    words = load_word_kinds(OPENING_WORDS_FILE)
    return tuple(sorted((w for kind in kinds for w in words.get(kind, ())), key=len, reverse=True))


@lru_cache(maxsize=1)
def opening_label_re() -> regex.Pattern:
    """A column label that opens with a period's start: 期初余额, 上年年末, 本次变动前数量."""
    return regex.compile("^(?:" + "|".join(map(regex.escape, opening_words(("word", "label")))) + ")")


@lru_cache(maxsize=1)
def _opening_word_re() -> regex.Pattern:
    return regex.compile("(?:" + "|".join(map(regex.escape, opening_words())) + ")[:：为是]?$")


def _opening(claim: Claim) -> bool:
    """上期期末/期初/年初 right before a figure: the balance at the period's start (the 期初余额 column), not its end."""
    sentence = claim.sentence or ""
    at, _ = locate_text(claim.text or "", sentence)
    return at > 0 and bool(_opening_word_re().search(sentence[max(0, at - 8):at]))


_SPACES = regex.compile(r"\s+")
_NON_DIGITS = regex.compile(r"\D")


@lru_cache(maxsize=CACHE_SIZE)
def clean_label(text: str) -> str:
    """A row/column label without 其中：, A类：, asterisks, bracketed units, whitespace and the section words it opens with
    (分三大门类采矿业), in simplified characters (a traditional page's claims are read in simplified ones: 作出694宗行政許可
    is named 行政许可)."""
    return without_group_phrase(simplified_chars(LABEL_NOISE_RE.sub("", text or "")))


@lru_cache(maxsize=1)
def _unit_lexicon() -> dict[str, tuple[str, int]]:
    """Unit as written -> (base unit, scale), from models/lexicons/units.v1.tsv."""
    return {row[0]: (row[1], int(row[2])) for row in load_tsv("lexicons/units.v1.tsv") if len(row) >= 3}


@lru_cache(maxsize=4096)
def unit_scale(unit: str) -> tuple[str, int]:
    """("元", 10000) for "万元", ("册", 10000) for "万册", ("%", 1) for "%"; ("", 1) if unknown."""
    unit = UNIT_NOISE_RE.sub("", (unit or "").strip())
    if not unit or NOT_A_UNIT_RE.fullmatch(unit):
        return "", 1
    lexicon = _unit_lexicon()
    if unit in lexicon:
        return lexicon[unit]
    if unit in SCALE_WORDS:
        return "", 10 ** SCALE_WORDS[unit]      # "1,704.97 亿": a scale of no unit
    for prefix, scale in SCALE_PREFIXES:
        if unit.startswith(prefix) and len(unit) > 1:
            base, inner = unit_scale(unit[len(prefix):])
            return base or unit[len(prefix):], scale * inner
    return unit, 1


def label_unit_scale(label: str) -> tuple[str, int]:
    """The unit a label names in brackets, split into base unit and scale ("（万元）" -> 元, 1e4)."""
    match = BRACKET_UNIT_RE.search(label or "")
    if match is None:
        return "", 1
    tail = (label or "")[match.end():match.end() + 1]
    unit = match.group(1) + (tail if tail in "元人次个项门册" and tail else "")
    if not is_unit(unit):
        return "", 1        # "三、本年度办理结果（一）予以公开": an outline number in brackets is no unit
    return unit_scale(unit)


def cell_unit_scale(cell: Cell, table: Table) -> tuple[str, int]:
    """Base unit and scale of a cell: its own unit, else its labels' (column, row), else the table's."""
    return _unit_of(cell.unit, cell.col, cell.row, table.unit)


@lru_cache(maxsize=CACHE_SIZE)
def _unit_of(unit: str, col: str, row: str, table_unit: str) -> tuple[str, int]:
    """``cell_unit_scale`` on hashable parts (cached)."""
    if unit in SCALE_WORDS:         # "3330.60亿" under 营业收入(元): the label's unit at the cell's scale
        base, scale = next((found for found in map(label_unit_scale, (col, row)) if found[0]), unit_scale(table_unit))
        return base, 10 ** SCALE_WORDS[unit] * (scale if base else 1)
    if unit:
        return unit_scale(unit)
    for label in (col, row):
        base, scale = label_unit_scale(label)
        if base:
            return base, scale
    return unit_scale(table_unit)


@lru_cache(maxsize=CACHE_SIZE)
def years_in(text: str | None) -> tuple[int, ...]:
    """Four-digit years named in a text, in order, without repeats."""
    out: list[int] = []
    for match in YEAR_RE.finditer(text or ""):
        year = int(match.group(1))
        if year not in out:
            out.append(year)
    return tuple(out)


@lru_cache(maxsize=CACHE_SIZE)
def dates_in(text: str | None) -> tuple[tuple[int, int, int], ...]:
    """Points in time a text names, as (year, month, day), day 0 for a month's end ("2020年6月末"), a year's end
    ("2020年末", "2020年底") as its 31 December: "截至2020年12月31日" -> ((2020, 12, 31),)."""
    out: list[tuple[int, int, int]] = []
    for m in DATE_RE.finditer(text or ""):
        year = int(m.group(1))
        if m.group(5):
            date = (year, 12, 31)
        elif m.group(2):
            date = (year, int(m.group(2)), int(m.group(3) or 0))
        else:
            date = (year, int(m.group(7)), int(m.group(8)))
        if 1 <= date[1] <= 12 and date not in out:
            out.append(date)
    return tuple(out)


def dates_meet(a: Sequence[tuple[int, int, int]], b: Sequence[tuple[int, int, int]]) -> bool:
    """Some date of ``a`` is some date of ``b`` (a month's end, day 0, meets any day of its month)."""
    return any(x[:2] == y[:2] and (x[2] == y[2] or not x[2] or not y[2]) for x in a for y in b)


def value_matches(claim: Claim, cell: Cell, table: Table) -> bool:
    """True when the cell holds the claim's number once scale and unit are normalized.

    The cell may be written in the claim's scale (1204.28 in a 万元 column for "1204.28 万元"), in
    base units, or in its label's unit; percentages must be equal as written.
    """
    if cell.value is None or clean_label(cell.col) in SKIP_COLUMNS:
        return False
    base, scale = cell_unit_scale(cell, table)
    if claim.unit in ("%", "百分点") or base == "%":
        return cell.value == claim.value and base in ("%", "", claim.unit)
    if base and claim.unit and base != claim.unit:
        return False
    return cell.value in (claim.value, claim.normalized) or cell.value * scale == claim.normalized


def claim_clause(claim: Claim) -> str:
    """The words of the sentence clause holding the claim's number, numbers removed."""
    return _clause(claim.sentence or "", claim.text or "", claim.metric or "")


def listed_clause(claim: Claim) -> str:
    """The clause naming whom a claim's figure is each one's: its own, or the one before it when its own opens with
    各/分别 ("陶志刚、陈雪颖、杨涛、危平分别出资311.6029万元，各占认缴出资额的0.08%": the 0.08% is each partner's)."""
    sentence = claim.sentence or ""
    at, _ = locate_text(claim.text or "", sentence, claim.metric or "")
    starts = _clause_starts(sentence, max(at, 0))
    own = starts[-1] if starts else 0
    if at < 0 or not sentence.startswith(EACH_WORDS, own) or not starts:
        return claim_clause(claim)
    return sentence[starts[-2] if len(starts) >= 2 else 0:own]


@lru_cache(maxsize=CACHE_SIZE)          # keyed on the strings it reads: a claim's hash covers all its fields
def _clause(sentence: str, text: str, metric: str) -> str:
    at, length = locate_text(text, sentence, metric)
    if at < 0:
        return NUMBER_RE.sub("", metric)
    starts = _clause_starts(sentence, at)
    end_match = CLAUSE_SPLIT_RE.search(sentence, at + length)
    start = starts[-1] if starts else 0
    end = end_match.start() if end_match else len(sentence)
    return NUMBER_RE.sub("", sentence[start:end])


def _clause_starts(sentence: str, at: int) -> list[int]:
    """Where the clauses before ``at`` start (after each clause delimiter)."""
    return [m.end() for m in CLAUSE_SPLIT_RE.finditer(sentence, 0, at)]


@lru_cache(maxsize=CACHE_SIZE)
def locate_text(text: str, sentence: str, metric: str = "") -> tuple[int, int]:
    """Where the claim's text (whitespace ignored) is in the sentence: (start, length) or (-1, 0). Of
    several occurrences, the first right after the claim's ``metric`` ("增加10,026,321.51元，…，支付
    10,026,321.51元" with the metric 支付: the second)."""
    compact = "".join(text.split())
    at = sentence.find(compact) if compact else -1
    while at > 0 and compact[:1].isdigit() and (sentence[at - 1].isdigit() or sentence[at - 1] in ".,"):
        at = sentence.find(compact, at + 1)     # "3%" is not the end of "14.3%" before it
    if at >= 0:                 # sentences are whitespace-free views: the common case needs no regex
        if metric and len(metric) >= 2 and sentence.find(compact, at + 1) >= 0 and not sentence[:at].endswith(metric):
            later = sentence.find(metric + compact)
            at = later + len(metric) if later >= 0 else at
        return at, len(compact)
    pattern = r"\s*".join(regex.escape(ch) for ch in compact)
    match = regex.search(pattern, sentence) if pattern else None
    return (match.start(), match.end() - match.start()) if match else (-1, 0)


@lru_cache(maxsize=CACHE_SIZE)
def caption_core(caption: str) -> str:
    """A caption without its number and 情况表-like ending ("(1).研发投入情况表" -> "研发投入")."""
    return CAPTION_NOISE_RE.sub("", clean_label(caption))


@lru_cache(maxsize=CACHE_SIZE)
def caption_named(caption: str, words: str) -> bool:
    """The claim's words hold the caption's core, of at least three characters, whole."""
    core = caption_core(caption)
    return len(core) >= 3 and core in words


def is_change_cell(table: Table, cell: Cell) -> bool:
    """Whether a cell states a change: its labels or the caption say so (增减, 变动, 同比), or it is a
    movement column of a roll-forward table, between the opening (期初余额) and closing (期末余额)
    columns (长期股权投资: 期初余额, 追加投资, 权益法下确认的投资损益, …, 期末余额)."""
    return bool(CHANGE_LABEL_RE.search(cell.row + cell.col + (table.caption or ""))) or \
        movement_column(tuple(table.header), cell.col)


@lru_cache(maxsize=4096)
def movement_column(header: tuple[str, ...], col: str) -> bool:
    """The column ``col`` lies between an opening (期初…) and a closing (期末…) column of ``header``."""
    labels = [clean_label(h) for h in header]
    col = clean_label(col)
    if col not in labels:
        return False
    at = labels.index(col)
    opening = [i for i, h in enumerate(labels) if opening_label_re().match(h)]
    closing = [i for i, h in enumerate(labels) if CLOSING_LABEL_RE.match(h)]
    return any(i < at for i in opening) and any(at < j for j in closing)


def pair_texts(pair: Pair) -> dict[str, tuple[str, str]]:
    """The text pairs whose similarity the linker measures, keyed by TEXT_FEATURES names."""
    claim, cell = pair.claim, pair.cell
    label = clean_label(cell.row) + clean_label(cell.col)
    return {
        "metric_label": (claim.metric or claim_clause(claim), label),
        "clause_label": (claim_clause(claim), label),
        "sentence_caption": (sentence_words(claim.sentence), pair.table.caption or ""),
    }


@lru_cache(maxsize=CACHE_SIZE)          # the sentence-level helpers below are asked once per candidate pair
def sentence_words(sentence: str | None) -> str:
    """A sentence without its numbers."""
    return NUMBER_RE.sub("", sentence or "")


@lru_cache(maxsize=CACHE_SIZE)
def points_to_next_table(sentence: str | None) -> bool:
    """The sentence points to the table after it ("见下表", "如下表所示")."""
    return bool(NEXT_TABLE_RE.search(sentence or ""))


@lru_cache(maxsize=1)
def generic_words() -> frozenset[str]:
    """Two-character words that tie nothing on their own (models/linker/generic_words.v1.tsv)."""
    return frozenset(row[0] for row in load_tsv(GENERIC_WORDS_FILE) if row and row[0])


def shares_words(claim: Claim, table: Table, cell: Cell) -> bool:
    """Whether the claim's metric and clause share a character bigram with the cell's row, column
    or the table's caption once generic words (增长, 上年, 合计, …) are taken out of both. A figure
    that only happens to equal a cell of an unrelated row ("生产总值…比上年增长13.3%" and "投资额
    比上年增长（%）") does not."""
    own = f"{claim.metric or ''}{claim_clause(claim)}"
    words = content_grams(own) | content_grams(label_words(own))
    labels = _label_grams(cell.row, cell.col, table.caption or "")
    return bool(words & labels) or bool(content_grams(subject_clause(claim)) & labels) \
        or class_row_named(claim, cell.row)


def class_row_named(claim: Claim, row: str) -> bool:
    """"其中1.5吨冷运车299辆": a row labelled by a number and its unit (a class: 1.5吨, 30岁以下), whose words are all
    taken out with its number, is named where its label stands right before the claim's figure."""
    label = clean_label(row)
    if not CLASS_LABEL_RE.fullmatch(label):
        return False
    sentence = "".join((claim.sentence or "").split())
    at, _ = locate_text(claim.text or "", sentence, claim.metric or "")
    return at >= 0 and label in sentence[max(0, at - len(label) - CLASS_LABEL_GAP):at]


# 股权表的表题："整体变更后，顺丰控股的股权结构如下：" 是 顺丰控股 这家公司的股权表（表题逗号后的一段）。
EQUITY_CAPTION_RE = regex.compile(r"^(?P<org>\p{Han}{2,20}?)的?(?:股权|股本|出资|股东)(?:结构|构成)")
# 泛称的公司（作者、标的）：表题不指名哪家公司。
GENERIC_ORG_RE = regex.compile(r"^(?:本|该)?公司$|上市公司|本公司|发行人|标的|本次|交易")
# 声明是一笔股权（"受让76%的股权"、"持有…9,999股股份"）：数字后紧跟的词。
STAKE_AFTER_RE = regex.compile(r"的?(?:股权|股份)")
# 一家公司作为股权所属方出现："持有顺丰控股68.4%的股权"：名称后、同一从句里有 股权/股份 或百分数。
STAKE_WORD_RE = regex.compile(r"股权|股份|%")
# 股权所属方写作"公司"："刘景秋将其所持公司10%的股份"：句中决议的那家公司。
OWN_COMPANY_RE = regex.compile(r"持有?的?公司$")
CAPTION_SPLIT_RE = regex.compile(r"[，,；;。：:]")


@lru_cache(maxsize=CACHE_SIZE)
def equity_table_org(caption: str) -> str:
    """The company whose equity table this is, named by its caption ("整体变更后，顺丰控股的股权结构如下：" ->
    "顺丰控股"); "" when the caption names none or only the author or a defined party (公司, 上市公司, 标的公司)."""
    for piece in CAPTION_SPLIT_RE.split("".join((caption or "").split())):
        match = EQUITY_CAPTION_RE.match(piece)
        if match and not GENERIC_ORG_RE.search(match.group("org")):
            return match.group("org")
    return ""


def other_company_stake(claim: Claim, table: Table) -> bool:
    """A stake ("受让76%的股权") whose sentence never names, as the company whose shares are held, the company
    whose equity table this is: "同意将商贸控股100%股权以人民币10元转让，其中明德控股以7.6元受让76%的股权" is a stake in
    商贸控股, not the 明德控股 | 股权比例 76.00 cell of 顺丰控股's 股权结构 table ("持有顺丰控股68.4%的股权" is)."""
    org = equity_table_org(table.caption or "")
    if not org:
        return False
    return _other_company_stake(claim.sentence or "", claim.text or "", claim.metric or "", org)


@lru_cache(maxsize=CACHE_SIZE)
def _other_company_stake(sentence: str, text: str, metric: str, org: str) -> bool:
    at, length = locate_text(text, sentence, metric)
    if at < 0 or not STAKE_AFTER_RE.match(sentence, at + length):
        return False
    if OWN_COMPANY_RE.search(sentence, 0, at) and org in sentence:
        return False        # "成兴业运输通过股东会决议，同意…刘景秋将其所持公司10%的股份转让…": 公司 is 成兴业运输
    for found in regex.finditer(regex.escape(org), sentence):
        end = CLAUSE_SPLIT_RE.search(sentence, found.end())
        if STAKE_WORD_RE.search(sentence[found.end():end.start() if end else len(sentence)]):
            return False
    return True


def subject_clause(claim: Claim) -> str:
    """The clause before the claim's own when that one is a bare verb and its figure ("本期回购股份491,900股，
    支付10,026,321.51元": what was paid is the 回购股份 of the clause before), "" otherwise. A change
    ("…，增长6.1%") does not borrow: its clause names the change, the row it belongs to is another matter."""
    if claim.kind in CHANGE_KINDS:
        return ""
    return _subject_clause(claim.sentence or "", claim.text or "", claim.metric or "")


@lru_cache(maxsize=CACHE_SIZE)
def _subject_clause(sentence: str, text: str, metric: str) -> str:
    at, _ = locate_text(text, sentence, metric)
    if at <= 0:
        return ""
    starts = [m for m in SUBJECT_SPLIT_RE.finditer(sentence, 0, at)]
    lead = generic_pattern().sub("", sentence[starts[-1].end():at]) if starts else ""
    if not starts or len(lead) > SUBJECT_VERB_CHARS or starts[-1].group(0) not in "，,；;":
        return ""
    before = [m.end() for m in starts[:-1]]
    return NUMBER_RE.sub("", sentence[before[-1] if before else 0:starts[-1].start()])


@lru_cache(maxsize=1)
def label_aliases() -> tuple[tuple[str, str], ...]:
    """(claim word, label word) pairs of models/linker/label_aliases.v1.tsv."""
    return tuple((row[0], row[1]) for row in load_tsv(LABEL_ALIASES_FILE) if len(row) >= 2 and row[0] and row[1])


@lru_cache(maxsize=CACHE_SIZE)
def label_words(words: str) -> str:
    """The label words a table prints for claim words in ``words`` ("限制性股票" -> "有限售条件股份": the 股份变动情况表
    row of the restricted shares granted), joined by "|"; "" when there are none."""
    return "|".join(label for word, label in label_aliases() if word in words)


@lru_cache(maxsize=1)
def generic_pattern() -> regex.Pattern:
    """Any generic word, longest first."""
    words = sorted(generic_words(), key=len, reverse=True)
    return regex.compile("|".join(regex.escape(w) for w in words)) if words else regex.compile(r"(?!)")


# 比率名里字母间的斜杠："P/E" 与 "PE" 同名。
LETTER_SLASH_RE = regex.compile(r"(?<=[A-Za-z])[/／](?=[A-Za-z])")


@lru_cache(maxsize=CACHE_SIZE)
def content_grams(text: str) -> frozenset[str]:
    """Bigrams of two Han characters or letters of a text, generic words and numbers taken out; a slash
    between letters is dropped (the row "P/E" and "对应PE 30倍" share "PE")."""
    text = LETTER_SLASH_RE.sub("", "".join((text or "").split()))
    text = generic_pattern().sub("|", NUMBER_RE.sub("|", text))
    return frozenset(g for g in bigrams(text) if len(g) == 2 and g.isalpha())      # both characters letters


@lru_cache(maxsize=CACHE_SIZE)
def _label_grams(row: str, col: str, caption: str) -> frozenset[str]:
    """Content bigrams of a cell's labels (and their synonyms) and of the caption."""
    out: set[str] = set()
    for text in (row, col, caption):     # (a traditional-script label as its simplified claim words: 規模以上工業增加值)
        out |= content_grams(simplified_chars(text)) | content_grams(LABEL_SYNONYMS.get(clean_label(text), ""))
    return frozenset(out)


def own_period(claim: Claim) -> str:
    """The claim's period when its sentence states it ("近两年，…"), "" when it was carried over from
    the paragraph or heading (a period the sentence does not repeat says less about the figure)."""
    period = claim.period or ""
    return period if period and period in "".join((claim.sentence or "").split()) else ""


def claim_words(claim: Claim) -> str:
    """What the claim's own words say: its subject (which may name a row), metric, clause and unit (numbers
    removed), and the clause before when its own is a bare verb (``subject_clause``)."""
    words = f"{claim.subject or ''}{claim.metric or ''}{claim_clause(claim)}{NUMBER_RE.sub('', claim.text or '')}"
    return subject_clause(claim) + words


@lru_cache(maxsize=CACHE_SIZE)
def bigrams(text: str) -> frozenset[str]:
    """Character bigrams of a text (single characters for one-character texts)."""
    text = text or ""
    if len(text) < 2:
        return frozenset(text)
    return frozenset(map(add, text, text[1:]))          # text[i] + text[i + 1], i < len(text) - 1


@lru_cache(maxsize=CACHE_SIZE)
def containment(part: str, whole: str) -> float:
    """Share of ``part``'s character bigrams found in ``whole`` (0 when ``part`` is empty)."""
    a = bigrams(part)
    return len(a & bigrams(whole)) / len(a) if a else 0.0


def latest_year(table: Table) -> int | None:
    """The latest year any row or column label of the table names."""
    years = [y for c in table.cells for y in years_in(c.row + " " + c.col)]
    return max(years) if years else None


@lru_cache(maxsize=CACHE_SIZE)
def unigram_containment(part: str, whole: str) -> float:
    """Share of ``part``'s distinct characters found in ``whole``."""
    chars = set(part)
    return len(chars & set(whole)) / len(chars) if chars else 0.0


@lru_cache(maxsize=65536)
def label_match(label: str, view: ClaimView, latest: int | None) -> float:
    """How well the claim explains one label of the cell, in [0, 1].

    A year label must be the claim's year (and, when both name a day, its date: DATE_MISS for the restated
    2020年1月1日 column of a claim "截至2020年12月31日"; or, for a claim without one, the table's latest; a
    claim about a total prefers the 合计 cell); a 合计 label wants a total word (累计, 两年来); a
    generic label (数量, 金额) fits a claim of its kind; any other label is matched by its
    character bigrams (or, squared, its characters) inside the claim's words, or by the claim's
    metric inside the label. A label naming the report's own period (本期数, 本年金额, 期末余额) fits a
    claim without a year, and (0.75) one with a year (fully, a year-end balance: 期末余额 and
    "2020年末"); as the upper level of a two-level header
    ("本期发生额成本") it is left out and the rest matched.
    """
    label = ENUMERATOR_RE.sub("", clean_label(label))
    label = LABEL_SYNONYMS.get(label, label)
    if not label:
        return 0.5
    years = set(years_in(label))
    words = view.words
    if years:
        if view.years:
            if not years & set(view.years):
                return 0.0
            # the claim's date chooses among its year's columns (2020年12月31日, not the restated 2020年1月1日)
            dates = dates_in(label) if view.dates else ()
            return DATE_MISS if dates and not dates_meet(dates, view.dates) else 1.0
        return 0.25 if latest not in years else 0.5 if view.total_word else 1.0
    if TOTAL_LABEL_RE.match(label):
        return 1.0 if view.total_word else 0.5
    opening = opening_label_re().match(label)
    if view.opening and opening:
        return 1.0          # "（上期期末：…）" and the 期初余额 column
    current = CURRENT_LABEL_RE.match(label)
    if current and current.end() == len(label):
        if view.opening:
            return 0.25
        return 1.0 if not view.years or (view.period_end and END_LABEL_RE.match(label)) else 0.75
    if current:
        label = label[current.end():]
    if label in GENERIC_LABELS:
        return 0.75 if GENERIC_LABELS[label] in (view.kind, view.unit) else 0.25
    metric = view.metric
    return max(containment(label, words), unigram_containment(label, words) ** 2,
               0.8 * containment(metric, label) if len(metric) >= 3 else 0.0)


def _label_features(claim: Claim, table: Table, cell: Cell, context: Context) -> dict[str, float]:
    """Label coverage (row, column, the weaker of both), year and total agreement."""
    view = context.view(claim)
    latest = context.latest_year.get(table.id)
    row = label_match(cell.row, view, latest)
    col = label_match(cell.col, view, latest)
    if view.kind in CHANGE_KINDS and movement_column(tuple(table.header), cell.col):
        col = max(col, 0.75)            # 较年初增加 in the movement column of a roll-forward table
    if caption_named(table.caption or "", view.words):
        # the 合计 of a table whose caption the claim names is the caption's figure (长期股权投资: 合计)
        row, col = (1.0 if TOTAL_LABEL_RE.match(clean_label(x)) else m for x, m in ((cell.row, row), (cell.col, col)))
    claim_years = set(view.years)
    cell_years = set(years_in(cell.row + " " + cell.col))
    cell_total = _is_total(cell.row) or _is_total(cell.col)
    return {"row_match": row, "col_match": col, "min_match": min(row, col),
            "year_match": float(bool(claim_years & cell_years)),
            "year_mismatch": float(bool(claim_years and cell_years and not claim_years & cell_years)),
            "total_agree": float(view.total_clause and cell_total)}


@lru_cache(maxsize=CACHE_SIZE)
def _is_total(label: str) -> bool:
    """A 合计-like label (after ``clean_label``)."""
    return bool(TOTAL_LABEL_RE.match(clean_label(label)))


def _unit_features(claim: Claim, cell: Cell, table: Table) -> dict[str, float]:
    """Whether the claim's base unit and the cell's agree, disagree, or one is unknown."""
    base, _ = cell_unit_scale(cell, table)
    known = bool(base and claim.unit)
    same = known and same_unit(claim.unit, base, cell.row + cell.col)
    return {"unit_agree": float(same), "unit_mismatch": float(known and not same)}


# 股本类标签：股份公司每股面值1元，注册资本、股本、实收资本（元）与股数是同一个数。
SHARE_CAPITAL_RE = regex.compile(r"注册资本|股本|实收资本")
RATE_LABEL_RE = regex.compile(r"率|比例|比重|占比")


@lru_cache(maxsize=CACHE_SIZE)
def same_unit(claim_unit: str, base: str, labels: str) -> bool:
    """The claim's unit and the cell's base unit name the same thing: equal, or a share count (股) and a cell of
    share capital in 元 (``labels``: the cell's row and column), equal at a par value of 1元 ("顺信丰合认购140万股" and
    the cell 顺信丰合 | 注册资本（万元） 140 of a 股份有限公司's 股权结构 table), or a change in points and a rate's change
    printed in % ("费用率下降4.38个百分点" and 期间费用率 | 同比变动 -4.38%: a 2024 年报解读 page)."""
    return base == claim_unit or (claim_unit == "股" and base == "元" and bool(SHARE_CAPITAL_RE.search(labels))) or (
        claim_unit == "百分点" and base == "%" and bool(CHANGE_LABEL_RE.search(labels)) and bool(RATE_LABEL_RE.search(labels)))


@lru_cache(maxsize=CACHE_SIZE)        # asked for every candidate pair of the sentence's claims
def referenced_tables(sentence: str) -> frozenset[str]:
    """Table ids a sentence names ("见表3-4" -> {"表3-4"}), whitespace and dashes normalized."""
    out = set()
    for match in TABLE_REF_RE.finditer(sentence or ""):
        number = _SPACES.sub("", match.group(2)).replace("—", "-").replace("－", "-")
        out.add(match.group(1) + number)
    return frozenset(out)


def next_table_id(claim: Claim, context: Context) -> str | None:
    """The id of the first table that starts after the claim."""
    at = bisect.bisect_right(context.table_starts, (claim.char_start, "\U0010ffff"))
    return context.table_starts[at][1] if at < len(context.table_starts) else None


@lru_cache(maxsize=CACHE_SIZE)
def _compact_id(table_id: str) -> str:
    """A table id without whitespace (as ``referenced_tables`` gives them)."""
    return _SPACES.sub("", table_id)


def _reference_features(claim: Claim, table: Table, context: Context) -> dict[str, float]:
    """Explicit references to this table or another one, and how near the table is."""
    refs = referenced_tables(claim.sentence)
    table_id = _compact_id(table.id)
    next_ref = points_to_next_table(claim.sentence) and next_table_id(claim, context) == table.id
    candidates = context.candidate_tables.get(claim.id, ())
    rank = candidates.index(table.id) if table.id in candidates else len(candidates)
    return {
        "explicit_ref": float(table_id in refs),
        "other_table_ref": float(bool(refs) and table_id not in refs),
        "next_table_ref": float(next_ref),
        "distance": min(1.0, abs(table.char_start - claim.char_start) / DISTANCE_SCALE),
        "candidate_rank": min(1.0, rank / 3.0),
    }


@lru_cache(maxsize=CACHE_SIZE)
def significant_digits(text: str) -> int:
    """Digits of a number as written, leading zeros removed ("1204.28" -> 6, "0.88" -> 2)."""
    digits = _NON_DIGITS.sub("", text or "").lstrip("0")
    return len(digits)


def figure_digits(text: str | None) -> int:
    """Digits of the first number of a claim's text, zeros at either end aside: what no other figure shares by
    chance ("116,746,170股" -> 8, "1,800,000,000元" -> 2, "6,279,000.00" -> 4)."""
    return len(_NON_DIGITS.sub("", _first_number(text)).strip("0"))


@lru_cache(maxsize=CACHE_SIZE)
def _first_number(text: str | None) -> str:
    """The first run of digits and decimal points in a text ("" if none)."""
    match = FIRST_NUMBER_RE.search(text or "")
    return match.group(0) if match else ""


def pair_numbers(pair: Pair, context: Context) -> dict[str, float]:
    """The numeric features of a pair, keyed by NUMBER_FEATURES names (values in [0, 1])."""
    claim, table, cell = pair.claim, pair.table, pair.cell
    key = (id(claim), id(table))
    if key not in context.table_features:
        before = _reference_features(claim, table, context)
        before["value_digits"] = min(1.0, significant_digits(_first_number(claim.text)) / 6.0)
        before["n_equal_cells"] = min(1.0, math.log1p(context.n_equal.get(claim.id, 0)) / math.log(50))
        after = {"page_near": float(abs(table.page - claim.page) <= 1), **_locality_features(claim, table, context)}
        context.table_features[key] = (claim, table, before, after)
    _, _, before, after = context.table_features[key]
    return {**_label_features(claim, table, cell, context), **_unit_features(claim, cell, table), **before,
            "value_rounded": float(pair.rounded), "sign_unsigned": float(pair.unsigned), **after}


def _locality_features(claim: Claim, table: Table, context: Context) -> dict[str, float]:
    """Where the table sits for the claim: under the claim's own heading (no heading between them), in
    its chapter (no chapter heading between them), and how many other figures of the claim's sentence
    the table holds (two or more: 1). A report often prints a figure in several tables (营业收入 in 主要会计数据
    and in the 利润表 analysis): the table of the claim's own section, and the one holding its sentence's
    other figures, is the one the sentence reports."""
    support = context.sentence_tables.get(claim.id, {}).get(table.id, 0)
    return {"same_section": float(_same_part(context.section_starts, claim.char_start, table.char_start)),
            "same_chapter": float(_same_part(context.chapter_starts, claim.char_start, table.char_start)),
            "sentence_support": min(1.0, support / 2.0)}


def _same_part(starts: Sequence[int], a: int, b: int) -> bool:
    """No start of ``starts`` (sorted) lies between offsets ``a`` and ``b``."""
    return bisect.bisect_right(starts, a) == bisect.bisect_right(starts, b)


def chapter_starts(sections: Sequence[Section]) -> tuple[int, ...]:
    """Start offsets of a document's chapters: its 第N节/第N章 headings when it has any (an annual report's
    一、二、 restart in every 节), else its top-level headings."""
    marked = [s.char_start for s in sections if CHAPTER_NUMBER_RE.match((s.number or "").strip())]
    if marked:
        return tuple(sorted(marked))
    top = min((s.level for s in sections), default=None)
    return tuple(sorted(s.char_start for s in sections if s.level == top))


def make_context(claims: Sequence[Claim], tables: Sequence[Table],
                 equal_pairs: Sequence[Pair] = (), sections: Sequence[Section] = ()) -> Context:
    """The per-document context of the pair features; ``equal_pairs`` are the equal-valued pairs,
    ``sections`` the document's headings."""
    starts = tuple(sorted((t.char_start, t.id) for t in tables))
    n_equal: dict[str, int] = {}
    near: dict[str, dict[str, int]] = {}
    for pair in equal_pairs:
        n_equal[pair.claim.id] = n_equal.get(pair.claim.id, 0) + 1
        near.setdefault(pair.claim.id, {})[pair.table.id] = abs(pair.table.char_start - pair.claim.char_start)
    ranked = {cid: tuple(sorted(d, key=d.__getitem__)) for cid, d in near.items()}
    return Context(starts, n_equal, ranked, {t.id: latest_year(t) for t in tables},
                   section_starts=tuple(sorted(s.char_start for s in sections)),
                   chapter_starts=chapter_starts(sections), sentence_tables=_sentence_tables(claims, near))


def _sentence_tables(claims: Sequence[Claim], holding: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
    """Claim id -> table id -> how many other claims of its sentence (another figure) have a cell in the table."""
    by_sentence: dict[str, list[Claim]] = {}
    for claim in claims:
        if claim.id in holding and claim.sentence:
            by_sentence.setdefault(claim.sentence, []).append(claim)
    out: dict[str, dict[str, int]] = {}
    for group in by_sentence.values():
        for claim in group:
            counts: dict[str, int] = {}
            for other in group:
                if other.id != claim.id and other.normalized != claim.normalized:
                    for table_id in holding[other.id]:
                        counts[table_id] = counts.get(table_id, 0) + 1
            if counts:
                out[claim.id] = counts
    return out


# Hand-set weights of the fallback score (used when models/linker/linker.v2.joblib is missing):
# label agreement dominates, an explicit reference or a matching year adds, a wrong year, a wrong
# unit or a far-away table subtract. Chosen by reading the dev gold, not fitted.
HAND_WEIGHTS = {
    "min_match": 4.0, "row_match": 1.0, "col_match": 1.0, "year_mismatch": -2.0, "total_agree": 0.5,
    "unit_agree": 0.5, "unit_mismatch": -2.0, "explicit_ref": 1.5, "next_table_ref": 1.0,
    "other_table_ref": -1.0, "distance": -1.0, "candidate_rank": -1.0, "value_digits": 1.0,
    "n_equal_cells": -1.0, "value_rounded": -0.5, "sign_unsigned": -1.0, "page_near": 0.5,
    "sentence_support": 0.5,
}
HAND_BIAS = -4.0


def hand_score(numbers: dict[str, float]) -> float:
    """The fallback link probability: a logistic of HAND_WEIGHTS · features + HAND_BIAS."""
    z = HAND_BIAS + sum(w * numbers.get(name, 0.0) for name, w in HAND_WEIGHTS.items())
    return 1.0 / (1.0 + math.exp(-z))


__all__ = ["Pair", "Context", "NUMBER_FEATURES", "TEXT_FEATURES", "clean_label", "unit_scale",
           "label_unit_scale", "cell_unit_scale", "years_in", "dates_in", "dates_meet", "value_matches",
           "claim_clause", "ClaimView", "claim_view", "claim_words", "label_words", "label_match",
           "pair_texts", "pair_numbers", "make_context", "containment", "bigrams", "locate_text",
           "shares_words", "generic_words", "generic_pattern", "content_grams", "referenced_tables",
           "points_to_next_table", "sentence_words", "hand_score", "latest_year", "chapter_starts",
           "is_change_cell", "movement_column", "caption_core", "caption_named"]
