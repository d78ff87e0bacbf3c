"""Units of tables, one owner: what unit a table note, a header label or a 单位 cell names.

Stages: ``note_unit`` ("单位：元 币种：人民币" -> "元"; ``note_units``: every unit of "单位：万元，%",
the first the table's, a "%" the unit of its rate rows: ``is_rate_label``; ``note_label_units``: each named
column's, "单位：人数（人），比例（%）"), ``label_unit`` (a bracketed unit at the
end of a row or column label, only when it is a known unit word: "（%）", "（万元）", never
"（有限合伙）" or "（1-3月份）"), ``cell_unit_word`` (a cell of a 单位 column), ``is_unit_header``.
The unit words are data: ``models/lexicons/table_units.v1.tsv`` plus every unit of
``models/lexicons/units.v1.tsv``. A unit keeps its scale word (万元, 百万元): the linker scales.

>>> note_unit("单位：元 币种：人民币")
'元'
>>> note_unit("（货币单位：人民币百万元）")
'百万元'
>>> note_unit("编制单位:金宇生物技术股份有限公司 单位:元 币种:人民币")
'元'
>>> note_units("单位：万元，%")
('万元', '%')
>>> label_unit("本期比上年同期增减(%)")
'%'
>>> label_unit("北京中技华科创业投资合伙企业（有限合伙）")
''
>>> label_unit("基本每股收益（元／股）")
'元/股'
"""
from __future__ import annotations

from functools import lru_cache

import regex

from ..resources import load_tsv
from ..text.view import simplified_chars

TABLE_UNITS_FILE = "lexicons/table_units.v1.tsv"
UNITS_FILE = "lexicons/units.v1.tsv"
MAX_UNIT = 8                 # longest unit word read after "单位："
NOTE_RE = regex.compile(r"单\s*位\s*[:：]\s*")
# "金额单位为人民币百万元", "货币单位均以人民币百万元列示": a note written as a sentence names an amount's unit
NOTE_IS_RE = regex.compile(r"单\s*位\s*均?[为以]\s*(?=(?:人民币)?\s*[百千万亿]*\s*元)")
# a bracket that opens with the currency and its scale, as banks and oil companies print it under a statement's
# title: "（人民币百万元，特别注明除外）", "（人民币千元）"
PLAIN_NOTE_RE = regex.compile(r"^\s*[（(]\s*(?=人民币\s*[百千万亿]*\s*元)")
SPACES_RE = regex.compile(r"\s+")
# a bracketed tail of a label: "（万元）", "(%)", "（万）元", "（单位：万元）".
LABEL_TAIL_RE = regex.compile(r"[（(]\s*([^（）()]{1,12}?)\s*[)）]\s*([元人次个项门册]?)\s*[*＊]*\s*[：:]?\s*$")
SLASHES = str.maketrans({"／": "/", "％": "%"})
# between the units of one note: "单位：万元，%", "单位：万元、%".
UNIT_LIST_RE = regex.compile(r"\s*[，,、；;]\s*")


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, frozenset[str]]:
    kinds: dict[str, set[str]] = {}
    for row in load_tsv(TABLE_UNITS_FILE):
        if len(row) >= 2 and row[1]:
            kinds.setdefault(row[0], set()).add(regex.sub(r"\s+", "", row[1]))
    units = kinds.setdefault("unit", set())
    units.update(row[0] for row in load_tsv(UNITS_FILE) if row and row[0])
    return {kind: frozenset(words) for kind, words in kinds.items()}


def words(kind: str) -> frozenset[str]:
    """The words of one kind of the table-unit lexicon (unit, prefix, scale, header, percent)."""
    return _lexicon().get(kind, frozenset())


@lru_cache(maxsize=16384)          # per label or cell text: a table's labels repeat in every row and column
def normalize_unit(word: str) -> str:
    """Full-width slash and percent to ASCII, simplified characters; a percent word to "%"."""
    word = simplified_chars(SPACES_RE.sub("", word)).translate(SLASHES)
    return "%" if word in words("percent") else word


@lru_cache(maxsize=16384)          # per label or cell text: a table's labels repeat in every row and column
def is_unit(word: str) -> bool:
    """A known unit word: "万元", "%", a scale word before a unit ("万人次"), or "元/股"-style rates
    (a unit over a short word)."""
    word = normalize_unit(word)
    if not word:
        return False
    if word in words("unit") or word == "%":
        return True
    if "/" in word:
        top, _, per = word.partition("/")
        return is_unit(top) and 0 < len(per) <= 3 and not any(ch.isdigit() for ch in per)
    return any(word.startswith(s) and len(word) > len(s) and word[len(s):] in words("unit")
               for s in words("scale"))


def _strip_prefix(text: str) -> str:
    for prefix in sorted(words("prefix"), key=len, reverse=True):
        if text.startswith(prefix) and len(text) > len(prefix):
            return text[len(prefix):]
    return text


def leading_unit(text: str) -> str:
    """The longest known unit at the start of ``text`` ("元币种：人民币" -> "元"), or ""."""
    body = _strip_prefix(normalize_unit(text))
    for n in range(min(MAX_UNIT, len(body)), 0, -1):
        if is_unit(body[:n]):
            word = normalize_unit(body[:n])
            return "元" if word in words("prefix") else word
    return ""


def _notes(text: str):
    """Where each unit note of ``text`` may start and where its units begin: "单位：", "金额单位为", "货币单位均以",
    or a bracket opening with 人民币."""
    text = simplified_chars(text)       # one for one: a traditional copy's 單位：萬元, at the same offsets
    yield from NOTE_RE.finditer(text)
    yield from NOTE_IS_RE.finditer(text)
    plain = PLAIN_NOTE_RE.match(text)
    if plain:
        yield plain


def note_units(text: str) -> tuple[str, ...]:
    """Every unit a "单位：…" note names, in order ("单位：万元，%" -> ("万元", "%")): units joined by
    "，"/"、"/";" after the note's first unit; () without a note. "（除特别注明外，金额单位为人民币百万元）" and
    "（人民币千元）" are notes too.

    >>> note_units("（除特别注明外，金额单位为人民币百万元）"), note_units("（人民币百万元，特别注明除外）")
    (('百万元',), ('百万元',))
    """
    for match in _notes(text):     # "编制单位:金宇生物… 单位:元": the one naming a unit
        units: list[str] = []
        for part in UNIT_LIST_RE.split(text[match.end():]):
            unit = leading_unit(part)
            if not unit:
                break
            units.append(unit)
            if normalize_unit(_strip_prefix(normalize_unit(part))) != unit:
                break                       # "元 币种：人民币": the note goes on with other words
        if units:
            return tuple(units)
    return ()


# "人数（人）" in "单位：人数（人），比例（%）": a label and the unit of its column
LABELLED_UNIT_RE = regex.compile(r"(?P<label>\p{Han}{1,8})\s*[（(]\s*(?P<unit>[^（）()]{1,6}?)\s*[）)]")


def note_label_units(text: str) -> tuple[tuple[str, str], ...]:
    """The (label, unit) pairs of a note that gives each column its unit ("单位：人数（人），比例（%）" ->
    (("人数", "人"), ("比例", "%"))), or () when the note names the table's units alone ("单位：万元，%").

    >>> note_label_units("单位：人数（人），比例（%）")
    (('人数', '人'), ('比例', '%'))
    """
    found = NOTE_RE.search(text)
    if not found:
        return ()
    pairs: list[tuple[str, str]] = []
    for part in UNIT_LIST_RE.split(text[found.end():].strip()):
        labelled = LABELLED_UNIT_RE.fullmatch(part)
        unit = normalize_unit(labelled.group("unit")) if labelled else ""
        if not labelled or not is_unit(unit):
            break
        pairs.append((labelled.group("label"), unit))
    return tuple(pairs)


def read_unit_note(text: str) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """(the table's units, each named column's unit) a note gives: per column when it names them
    ("单位：人数（人），比例（%）" -> (), (("人数", "人"), ("比例", "%"))), else the table's ("单位：万元，%" ->
    ("万元", "%"), ())."""
    labelled = note_label_units(text)
    return ((), labelled) if labelled else (note_units(text), ())


@lru_cache(maxsize=16384)          # per label: a table's row labels repeat in every column
def is_rate_label(label: str) -> bool:
    """A label naming a rate, counted in percent ("资产负债率", "毛利率", "占营业收入比例"), not a ratio
    or a count of times ("流动比率", "总资产周转率"): its last word is of kind ``rate`` and not of kind
    ``ratio`` in the table-unit lexicon; a bracketed tail is left aside ("毛利率（合并）")."""
    body = LABEL_TAIL_RE.sub("", SPACES_RE.sub("", label)) or SPACES_RE.sub("", label)
    return any(body.endswith(w) for w in words("rate")) and not any(body.endswith(w) for w in words("ratio"))


def note_unit(text: str) -> str:
    """The unit a "单位：…" note names ("单位：元 币种：人民币" -> "元"), or "" without a note."""
    for match in _notes(text):     # "编制单位:金宇生物… 单位:元": the one naming a unit
        unit = leading_unit(text[match.end():])
        if unit:
            return unit
    return ""


def note_start(text: str) -> int:
    """Where the unit note in ``text`` starts ("合并资产负债表 单位：元" -> 8), or -1 when it holds none."""
    for match in _notes(text):
        if leading_unit(text[match.end():]):
            return match.start()
    return -1


def is_unit_note(text: str) -> bool:
    """Whether ``text`` holds a note naming a unit ("单位：万元", "（除特别注明外，金额单位为人民币百万元）")."""
    return note_start(text) >= 0


# A label ending with a bare % after a word or ± (no brackets): 宜都市's 2024 bulletin prints "单位 产量 比上年±%".
BARE_PERCENT_TAIL_RE = regex.compile(r"[±\p{Han}]\s*[%％]$")


@lru_cache(maxsize=16384)          # per label or cell text: a table's labels repeat in every row and column
def label_unit(label: str) -> str:
    """The unit a label names in brackets at its end, when it is a unit: "专任教师数（人）" -> "人",
    "学费收入（万）元" -> "万元", "本年收费金额（单位：万元）" -> "万元"; "（有限合伙）" -> ""."""
    label = simplified_chars(label)      # a traditional copy's 單位：萬元
    if NOTE_RE.search(label):
        return note_unit(label)
    if BARE_PERCENT_TAIL_RE.search(label.strip()):
        return "%"          # "比上年±%", "比上年增长%": a column of rates, not the row's 单位
    match = LABEL_TAIL_RE.search(label.strip())
    if match is None:
        return ""
    word = normalize_unit(match.group(1) + match.group(2))
    return word if is_unit(word) else ""


@lru_cache(maxsize=16384)          # per label or cell text: a table's labels repeat in every row and column
def column_word_unit(label: str) -> str:
    """The unit a column (or row) label implies by its last word ("年龄" -> 岁, "缺席次数" -> 次,
    "股东总数" -> 户), or ""."""
    body = SPACES_RE.sub("", label)
    for row in load_tsv(TABLE_UNITS_FILE):
        if len(row) >= 4 and row[0] == "column" and body.endswith(row[1]):
            return row[3]
    return ""


def cell_unit_word(text: str) -> str:
    """The unit written in a cell of a 单位 column ("亿元", "万头份"), or ""."""
    word = normalize_unit(text)
    return word if is_unit(word) else ""


def is_unit_header(label: str) -> bool:
    """A column header ("单位", "计量单位") whose cells give the unit of their row."""
    return SPACES_RE.sub("", label) in words("header")
