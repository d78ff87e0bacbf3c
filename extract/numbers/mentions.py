"""Find every quantity mention in a whitespace-free view: numeral, scale word, bound words and unit.

"近1.5万余人次" -> bound "~"… the pieces are kept apart: value 1.5 (as written), scale 10000,
unit "人次", bound ">" (余 wins over nothing; a prefix bound wins over a mid one).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from operator import itemgetter

import regex

from ..errors import ParseError
from ..resources import load_jsonl, load_tsv
from .parse import (ARABIC_DIGITS, CN_BIG_UNITS, CN_DIGITS, CN_SMALL_UNITS, DECIMAL_POINTS,
                    GROUP_SEPARATORS, SCALE_WORDS, split_scale)

UNITS_FILE = "lexicons/units.v1.tsv"
# Units of time a unit is counted per ("56次/周", "3,000元/月"), as of any count or measure of units.v1.tsv
# ("7.5万元/吨"); a unit written with one whole in units.v1.tsv (票/小时, 元/股) is matched whole first.
PER_TIME = "周|天|日|月|年|小时|分钟|秒"
# a compound unit's slash as reports print it: "/", full-width "／", and "╱" (Hong Kong issuers: 元╱兆瓦时)
SLASH = "[/／╱]"
SLASHES = str.maketrans("／╱", "//")
BOUNDS_FILE = "lexicons/bounds.v1.tsv"
RATIO_NAMES_FILE = "lexicons/ratio_names.v1.tsv"
MENTION_RULES_FILE = "patterns/mentions.v1.jsonl"

# The character classes are parse.py's: one definition of what a digit is.
NUM_AR = (rf"[{ARABIC_DIGITS}]+(?:[{GROUP_SEPARATORS}][{ARABIC_DIGITS}]{{3}})*"
          rf"(?:[{DECIMAL_POINTS}][{ARABIC_DIGITS}]+)?")
NUM_CN = (rf"[{CN_DIGITS}{CN_SMALL_UNITS}{CN_BIG_UNITS}]+"
          rf"(?:点[{CN_DIGITS.replace('两', '')}]+)?")
# Scale words after an Arabic number, longest first ("万亿" before "万").
SCALE = "|".join(sorted(SCALE_WORDS, key=len, reverse=True))
SCALE_VALUE = {word: 10 ** power for word, power in SCALE_WORDS.items()}
# A minus sign opens a negative amount ("现金流量净额-318.59亿元", "自然增长率-0.57‰") only after a word or a
# colon, never after a digit, a letter or a time word ("2010-2020", "Sep-15", "2021届-2023届" are not negatives);
# after yoy or qoq, a broker's 同比 and 环比, it signs a change ("营业收入600.7亿元/yoy-7.7%"); after 至/到 it signs a
# range's second end or the level reached (净利润为:-16000万元至-22000万元; 上行0.4个百分点至-14.6%).
SIGN = (r"(?:(?:(?<=(?:[Yy]o[Yy]|YOY|[Qq]o[Qq]|QOQ))|(?<![0-9０-９A-Za-z.．_年届月日号期\-−－~～]))"
        r"(?P<sign>[-−－])(?=[0-9０-９]))?")
# A parenthesised negative in prose needs separators or decimals and a unit: "（1,234.56）万元", not "（2）项".
NUM_AR_STRICT = (rf"[{ARABIC_DIGITS}]{{1,3}}(?:[{GROUP_SEPARATORS}][{ARABIC_DIGITS}]{{3}})+(?:[{DECIMAL_POINTS}][{ARABIC_DIGITS}]+)?"
                 rf"|[{ARABIC_DIGITS}]+[{DECIMAL_POINTS}][{ARABIC_DIGITS}]+")
# 区间连接符："3-5 年"、"10%—15%"、"三至五年"。
DASH = r"[-－—–~～至到]"
# 阿拉伯数字（半角；半角或全角）：一个数词是否写成数字。
_ASCII_DIGIT_RE = regex.compile(r"[0-9]")
_DIGIT_RE = regex.compile(r"[0-9０-９]")


@dataclass(frozen=True, slots=True)
class Unit:
    written: str
    base: str
    scale: int
    kind: str
    not_before: str = ""       # regex alternation: the unit is not read before these ("所有者", "位于")


@dataclass(frozen=True, slots=True)
class Mention:
    """One quantity in a view string; offsets are view offsets."""

    start: int                 # whole mention, bound words included
    end: int
    num_start: int             # the numeral itself
    num_end: int
    numeral: str
    value: Decimal             # as written, without the scale word
    high: Decimal | None       # upper end of a range
    scale: int
    unit: str                  # base unit ("元", "%", "百分点", "人次"), "" if none
    unit_written: str
    unit_kind: str             # money | count | measure | share | delta | ""
    bound: str
    prefix: str                # bound word before the number, if any
    chinese: bool              # numeral written in Chinese characters

    @property
    def normalized(self) -> Decimal:
        return self.value * self.scale


@lru_cache(maxsize=1)
def load_units() -> dict[str, Unit]:
    """Unit lexicon: written form -> Unit (base unit, scale, kind)."""
    return {row[0]: Unit(row[0], row[1], int(row[2]), row[3], row[4] if len(row) > 4 else "")
            for row in load_tsv(UNITS_FILE)}


def _unit_alternation(kinds: tuple[str, ...] = ()) -> str:
    """Units longest first (of ``kinds`` only, written without a slash, when given), each with its lookahead of the
    characters it is never read before."""
    units = {w: u for w, u in load_units().items() if not kinds or (u.kind in kinds and "/" not in w)}
    return "|".join(regex.escape(w).replace("/", SLASH) + (f"(?!{units[w].not_before})" if units[w].not_before else "")
                    for w in sorted(units, key=len, reverse=True))


@lru_cache(maxsize=1)
def load_bounds() -> dict[tuple[str, str], str]:
    """Bound lexicon: (position, word) -> bound symbol."""
    return {(row[1], row[0]): row[2] for row in load_tsv(BOUNDS_FILE)}


def _bound_alternation(position: str) -> str:
    """The bound words of a position ("pre": before the number, "post": after the unit), longest first, each with its
    guard: a pre word never read after some characters (节约13100支: 约 is part of 节约), a post word never before some
    (3个工作日内 is within; 2个内容 holds no bound), as units have their lookahead."""
    rows = sorted((row for row in load_tsv(BOUNDS_FILE) if row[1] == position), key=lambda row: len(row[0]), reverse=True)
    guarded = [(row[0], row[3] if len(row) > 3 else "") for row in rows]
    if position == "pre":
        return "|".join((f"(?<!{guard})" if guard else "") + regex.escape(word) for word, guard in guarded)
    return "|".join(regex.escape(word) + (f"(?!{guard})" if guard else "") for word, guard in guarded)


def _alternation(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _scale_alternation() -> str:
    """Scale words, longest first; a scale word is not taken where it opens a unit whose base unit it belongs
    to ("3.7亿千瓦": 亿 is the scale, 千瓦 the unit; "2136.97万元" may still read 万 + 元)."""
    units = load_units()
    alts = []
    for word in sorted(SCALE_WORDS, key=len, reverse=True):
        rests = [u[len(word):] for u, unit in units.items()
                 if u.startswith(word) and len(u) > len(word)
                 and (u[len(word):] not in units or units[u[len(word):]].base != unit.base)]
        alts.append(regex.escape(word) + (f"(?!{_alternation(rests)})" if rests else ""))
    return "|".join(alts)


@lru_cache(maxsize=1)
def unit_regex() -> regex.Pattern:
    """A scale word and/or a unit as written right after a number (万立方米, 亿元, 个), with the units' guards
    (``not before``): ``unit_regex().match(text)`` reads the unit an earlier number left at the start of a text."""
    return regex.compile(rf"(?:{_scale_alternation()})?(?:{_unit_alternation()}){_per_unit()}|(?:{_scale_alternation()})")


def _per_unit() -> str:
    """What a unit is counted per, optional: a unit of time ("56次/周", "3,000元/月") or a count or measure
    ("7.5万元/吨", "10万元/家"), its scale too ("2.61立方米/千升"; 千升 whole: "3.48立方米/千升降到…" is no 升降)."""
    return rf"(?P<per>{SLASH}(?:{PER_TIME}|千升|(?:千|百|万)?(?:{_unit_alternation(('count', 'measure'))})))?"


@lru_cache(maxsize=1)
def ratio_names() -> tuple[str, ...]:
    """The ratios printed glued to their figure ("加权平均ROE7.44%"): a figure may follow their last letter."""
    return tuple(row[0] for row in load_tsv(RATIO_NAMES_FILE))


def _ratio_names() -> str:
    return "|".join(regex.escape(name) for name in ratio_names())


def after_ratio_name(text: str, at: int) -> bool:
    """Whether a ratio's name (``ratio_names``), whole, ends right before offset ``at`` of ``text``."""
    for name in ratio_names():
        start = at - len(name)
        if start >= 0 and text.startswith(name, start) and not (start and text[start - 1].isascii()
                                                                 and text[start - 1].isalpha()):
            return True
    return False


@lru_cache(maxsize=1)
def mention_regex() -> regex.Pattern:
    bounds = load_bounds()
    pre = _bound_alternation("pre")
    mid = _alternation(w for (pos, w) in bounds if pos == "mid")
    post = _bound_alternation("post")
    unit = _unit_alternation()
    scale = _scale_alternation()
    num = rf"(?:{NUM_AR}|{NUM_CN})"
    return regex.compile(
        rf"(?:(?P<pre>{pre})(?:人民币)?)?"
        rf"(?:(?P<pct>百分之)(?P<pnum>{num})"
        rf"|(?P<open>[（(])(?P<nnum>{NUM_AR_STRICT})[）)](?P<nscale>{scale})?(?P<nunit>{unit})"
        rf"|{SIGN}(?:(?<=(?<![A-Za-z])(?:{_ratio_names()}))|(?<![0-9０-９A-Za-z.．_]))(?P<num>{num})(?P<scale1>{scale})?(?P<u1>[%％‰])?"
        rf"(?:(?P<dash>{DASH})(?P<sign2>(?<=[至到~～])[-−－])?(?P<num2>{num})(?(u1)[%％‰]?))?(?P<mid0>{mid})?(?P<scale>{scale})?(?P<mid>{mid})?"
        rf"(?(u1)|(?P<unit>{unit}))?(?(unit){_per_unit()}))"
        rf"(?P<post>{post})?")


def find_mentions(text: str) -> list[Mention]:
    """Every numeral of ``text`` with its scale, unit and bound words (view offsets)."""
    out = []
    pick = _pick_groups()
    rx = mention_regex()
    pos = 0
    while (m := rx.search(text, pos)) is not None:
        if m.group("num2") and _level_after_change(m):      # "下降0.27%至4.74%": the change, then its level
            m = rx.match(text, m.start(), m.start("dash")) or m
        mention = _to_mention(m, pick(m.groups()))
        if mention is not None:
            out.append(mention)
        pos = m.end() if m.end() > pos else pos + 1
    out = _dashed_ranges(_compound_amounts(_units_shared(text, out)))
    return apply_mention_rules(text, out) if any(r.quick in text for r in mention_rules()) else out


def _dashed_ranges(mentions: list[Mention]) -> list[Mention]:
    """"21.00亿元-23.60亿元": a minus right after a figure and its unit, before a figure in the same unit, joins a range's
    ends (森麒麟's 2024 业绩预告 as a page gives it: the second end was -23.60亿元)."""
    out = list(mentions)
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if b.start == a.end == b.num_start and b.numeral[:1] in "-−－" and a.unit and a.unit_written and \
                b.unit == a.unit and a.value >= 0 and a.high is None and b.high is None:
            out[i] = replace(b, start=b.start + 1, num_start=b.num_start + 1, numeral=b.numeral[1:], value=-b.value)
    return out


def _compound_amounts(mentions: list[Mention]) -> list[Mention]:
    """"港币452亿8,200万元", "3亿5000万元": a whole number of 亿 written right before a number of 万 and its unit is one
    amount (452.82亿元), not a bare 452亿 and an amount of 8,200万元."""
    yi, wan = SCALE_VALUE["亿"], SCALE_VALUE["万"]
    out: list[Mention] = []
    for b in mentions:
        a = out[-1] if out else None
        if a is not None and a.end == b.start and a.scale == yi and not a.unit and a.value == a.value.to_integral_value() \
                and b.scale == wan and b.unit and b.value < wan and b.high is None and a.high is None and not b.prefix:
            out[-1] = replace(b, start=a.start, num_start=a.num_start, numeral=a.numeral, value=a.value + b.value / wan,
                              scale=yi, prefix=a.prefix, bound=a.bound if a.bound != "=" else b.bound,
                              chinese=a.chinese and b.chinese)
            continue
        out.append(b)
    return out


_RUN_GAPS = ("、", "/", "、+", "/+", "、＋", "/＋", "和", "及", "与")
CHANGE_VERBS_FILE = "lexicons/change_verbs.v1.tsv"


@lru_cache(maxsize=1)
def verb_gap() -> regex.Pattern:
    """A joiner then a change verb of the lexicon between two figures of a run, each after its own verb ("较上年分别下降
    0.2个、下降0.6个、提高0.8个百分点": 宜章县's 2023 bulletin): the 百分点 after the last is each one's."""
    verbs = sorted({row[0] for row in load_tsv(CHANGE_VERBS_FILE) if len(row[0]) == 2}, key=len, reverse=True)
    return regex.compile("[、，,和及与](?:" + "|".join(map(regex.escape, verbs)) + ")")


def _units_shared(text: str, mentions: list[Mention]) -> list[Mention]:
    """"高于全国、全省1个、0.2个百分点": a count in 个 joined to a figure in 个百分点 is in 个百分点 too (its 百分点 is
    written once, after the last), and so is a bare number ("分别较前三季度回落2.5、1.8、1.8和4.0个百分点"); 基点 alike
    ("同比分别下降18个、15个、19个、17个基点"); and a bare number listed with 、 or a slash takes the scale and unit written
    after the last one ("4.7、7.2、9.3亿元", "1,265.89/206.30亿元")."""
    out = list(mentions)
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        gap = text[a.end:b.start]
        if b.unit in ("百分点", "基点") and (gap in ("、", "和", "及", "与") or (
                verb_gap().fullmatch(gap) and a.unit_written == "个")) and (
                a.unit_written == "个" and b.unit_written == "个" + b.unit or not a.unit_written and a.scale == 1):
            out[i] = replace(a, unit=b.unit, unit_written=b.unit_written, unit_kind="delta")
        elif b.unit and "".join(text[a.end:b.start].split()) in _RUN_GAPS and not a.unit_written \
                and a.scale == 1 and not a.chinese:
            # "4.7、7.2、9.3亿元", "1,265.89/206.30亿元": the unit of a run is written once, after its last figure (a sign
            # before it too: "毛利率/归母净利率分别同比变动+0.10/+0.06pct"; 和 before the last, and spaces around it:
            # "经纪、投行和资管净收入分别为44.67、3.99 和60.28 亿元")
            out[i] = replace(a, scale=b.scale, unit=b.unit, unit_written=b.unit_written, unit_kind=b.unit_kind)
    return out


# A range's ends are of one size (增长4.5%至5%, 10%-20%); a rate's level written after its change in percent is not
# (房地产贷款不良率下降0.27%至4.74%): ends farther apart than this, joined by 至/到, are two figures.
_RANGE_MAX_RATIO = 3


def _level_after_change(m: regex.Match) -> bool:
    """"0.27%至4.74%" after a change word: a change and the level it reached, not a range; so is a rate before an
    amount."""
    if not m.group("u1") or m.group("dash") not in ("至", "到") or m.group("sign2"):
        return False        # (two signed ends are a range: "变动幅度:-53.2%至-45.4%")
    if m.group("u1") in ("%", "％", "‰") and m.group("scale"):
        return True         # "同比+33.6%至66.12亿元": a rate, then the amount it reached
    after = m.string[m.end("num2"):m.end("num2") + 1]
    if m.group("u1") in ("%", "％", "‰") and after not in ("%", "％", "‰") and unit_regex().match(m.string, m.end()):
        return True         # "每股基本及摊薄盈利上升20%至48.38港仙": a rate, then the level in its own unit
    low, high = _value(m.group("num")), _value(m.group("num2"))
    return bool(low and high) and low[0] > 0 and (high[0] < low[0] or high[0] > _RANGE_MAX_RATIO * low[0])


@dataclass(frozen=True, slots=True)
class MentionRule:
    """A rule of ``models/patterns/mentions.v1.jsonl``: group ``n`` is the numeral, ``u`` its unit.

    ``mention`` rules add a word numeral the numeral regex cannot see (首位 -> 1); ``retype`` rules
    change the kind of the unit of a mention found there (连续37年: years counted, not a duration);
    ``fraction`` rules read numerator ``n`` over denominator ``d`` as one number (1/4, 三分之二);
    ``unit`` rules give a bare number the unit its source lost (占比96.69 -> %; an amount, after its scale too:
    捐赠1.2亿 -> 元); ``bound`` rules give a numeral the bound of a word before it that the bound lexicon cannot hold
    alone (上 of 上百支, 上万名: at least); ``unit_before`` rules give a kept claim's number the unit printed right
    before it (``with_units_before``)."""

    id: str
    label: str
    rx: regex.Pattern
    quick: str               # a string that must occur in the text for the rule to apply
    value: Decimal | None
    unit_kind: str
    unit: str = ""             # "unit" rules: the unit a bare number takes (its sign lost in the source)
    bound: str = ""            # "bound" rules: the bound a word before the numeral gives it (上百: at least 100)


@lru_cache(maxsize=1)
def mention_rules() -> tuple[MentionRule, ...]:
    out = []
    for r in load_jsonl(MENTION_RULES_FILE):
        out.append(MentionRule(r["id"], r["label"], regex.compile(r["regex"]), r.get("quick", ""),
                               Decimal(r["value"]) if "value" in r else None, r.get("unit_kind", ""),
                               r.get("unit", ""), r.get("bound", "")))
    return tuple(out)


def apply_mention_rules(text: str, mentions: list[Mention]) -> list[Mention]:
    by_start = {m.num_start: i for i, m in enumerate(mentions)}
    out = list(mentions)
    for rule in mention_rules():
        if rule.quick not in text or rule.label == "unit_before":
            continue
        for hit in rule.rx.finditer(text):
            i = by_start.get(hit.start("n"))
            if rule.label == "retype" and i is not None:
                out[i] = replace(out[i], unit_kind=rule.unit_kind)
            elif rule.label == "mention" and i is None and rule.value is not None:
                unit = load_units().get(hit.group("u"))
                out.append(Mention(hit.start("n"), hit.end("u"), hit.start("n"), hit.end("n"), hit.group("n"),
                                   rule.value, None, 1, unit.base if unit else hit.group("u"), hit.group("u"),
                                   unit.kind if unit else "", "=", "", True))
            elif rule.label == "bound" and i is not None and out[i].bound == "=":
                out[i] = replace(out[i], start=hit.start(), bound=rule.bound)
            elif rule.label == "unit" and i is not None and not out[i].unit:
                unit = load_units()[rule.unit]
                if out[i].scale == 1 or unit.kind == "money":     # 捐赠1.2亿: an amount's lost 元 after its scale
                    out[i] = replace(out[i], unit=unit.base, unit_kind=unit.kind)
            elif rule.label == "fraction":
                out = _merge_fraction(out, hit)
                by_start = {m.num_start: i for i, m in enumerate(out)}
    return sorted(out, key=lambda m: m.num_start)


def with_units_before(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the unit printed right before a number that has none (研发支出亿元287.18: 287.18亿元),
    by the ``unit_before`` rules. Applied to the numbers kept as claims only: in a table the unit column's word
    before each value must not change what makes the text a table."""
    out = list(mentions)
    by_start = {m.num_start: i for i, m in enumerate(out)}
    for rule in mention_rules():
        if rule.label != "unit_before":
            continue
        for hit in rule.rx.finditer(text):
            i = by_start.get(hit.start("n"))
            written = hit.group("u")
            scale, unit = (1, load_units().get(written)) if written in load_units() else \
                (SCALE_VALUE.get(written[:1], 1), load_units().get(written[1:]))     # 万吨: 万 and 吨
            if i is None or unit is None or out[i].unit or out[i].scale != 1:
                continue
            out[i] = replace(out[i], start=hit.start("u"), unit=unit.base, unit_written=unit.written,
                             unit_kind=unit.kind, scale=scale * unit.scale)
    return out


def _merge_fraction(mentions: list[Mention], hit: regex.Match) -> list[Mention]:
    num, den = _value(hit.group("n")), _value(hit.group("d"))
    if num is None or den is None or den[0] == 0:
        return mentions
    start, end = hit.start(), hit.end()
    rest = [m for m in mentions if not (start <= m.num_start < end)]
    value = (num[0] / den[0]).quantize(Decimal("0.000001"))
    kind = "share" if num[0] < den[0] else ""      # 六分之一 is a part of a whole; 17.6:1 (生师比) is a ratio
    return rest + [Mention(start, end, start, end, hit.group(), value, None, 1, "", "", kind, "=", "",
                           not _ASCII_DIGIT_RE.search(hit.group()))]


def _value(numeral: str) -> tuple[Decimal, int] | None:
    try:
        return split_scale(numeral)
    except ParseError:
        return None


# The groups of mention_regex() _to_mention reads, in the order it unpacks them.
_GROUPS = ("nnum", "pct", "pnum", "num", "sign", "sign2", "num2", "scale1", "scale", "unit", "u1", "per", "pre", "mid",
           "mid0", "post")


@lru_cache(maxsize=1)
def _pick_groups():
    """A match's ``groups()`` -> the values of ``_GROUPS`` (None when a group took no part), by one C call:
    ``groupdict()`` of the regex module builds a dict of all 19 groups and costs about 20 times as much."""
    index = mention_regex().groupindex
    return itemgetter(*(index[name] - 1 for name in _GROUPS))


def _to_mention(m: regex.Match, groups: tuple) -> Mention | None:
    nnum, pct, pnum, num, sign, sign2, num2, scale1, scale_word, unit_group, u1, per, pre, mid, mid0, post = groups
    if nnum:
        return _negative_in_parens(m)
    numeral = pnum or num
    sign = sign or ""
    parsed = _value(sign + numeral)
    if parsed is None:
        return None
    value, scale = parsed
    high = None
    if num2:
        parsed_high = _value((sign2 or "") + num2)     # "变动幅度:-70%至-134%": both ends signed
        high = parsed_high[0] if parsed_high else None
    scale_word = scale1 or scale_word
    if scale_word:
        scale *= SCALE_VALUE[scale_word]
    unit_written = "%" if pct else (unit_group or u1 or "")
    unit = load_units().get(unit_written.translate(SLASHES))
    base, kind = (unit.base, unit.kind) if unit else ("", "")
    if unit:
        scale *= unit.scale
    if per:                 # "56次/周": a count per unit of time is a rate
        unit_written, base, kind = unit_written + per, base + per.translate(SLASHES), "measure" if kind == "count" else kind
    bounds = load_bounds()
    prefix = pre or ""
    bound = (bounds.get(("pre", prefix)) or bounds.get(("mid", mid or mid0 or ""))
             or bounds.get(("post", post or "")) or "=")
    num_start = m.start("pnum") if pct else m.start("sign") if sign else m.start("num")
    start = m.start("pre") if prefix else m.start("pct") if pct else num_start
    numeral = sign + numeral
    return Mention(start, m.end(), num_start, num_start + len(numeral), numeral, value, high, scale, base,
                   unit_written, kind, bound, prefix, not _DIGIT_RE.search(numeral))


def _negative_in_parens(m: regex.Match) -> Mention | None:
    """"（1,234.56）万元": the accounting convention for a negative amount."""
    parsed = _value(m.group("nnum"))
    if parsed is None:
        return None
    value, scale = parsed
    if m.group("nscale"):
        scale *= SCALE_VALUE[m.group("nscale")]
    unit = load_units()[m.group("nunit")]
    bounds = load_bounds()
    prefix = m.group("pre") or ""
    bound = bounds.get(("pre", prefix)) or bounds.get(("post", m.group("post") or "")) or "="
    start = m.start("pre") if prefix else m.start("open")
    numeral = m.group("open") + m.group("nnum") + m.string[m.end("nnum")]
    return Mention(start, m.end(), m.start("open"), m.end("nnum") + 1, numeral, -value, None, scale * unit.scale,
                   unit.base, unit.written, unit.kind, bound, prefix, False)
