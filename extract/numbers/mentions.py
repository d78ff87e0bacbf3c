"""Find every quantity mention in a whitespace-free view: numeral, scale word, bound words and unit.

"近1.5万余人次" -> bound "~"… the pieces are kept apart: value 1.5 (as written), scale 10000,
unit "人次", bound ">" (余 wins over nothing; a prefix bound wins over a mid one).
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

import regex

from ..errors import ParseError
from ..resources import load_tsv
from .parse import (ARABIC_DIGITS, CN_BIG_UNITS, CN_DIGITS, CN_SMALL_UNITS, DECIMAL_POINTS,
                    GROUP_SEPARATORS, SCALE_WORDS, split_scale)

UNITS_FILE = "lexicons/units.v1.tsv"
BOUNDS_FILE = "lexicons/bounds.v1.tsv"

# The character classes are parse.py's: one definition of what a digit is.
NUM_AR = (rf"[{ARABIC_DIGITS}]+(?:[{GROUP_SEPARATORS}][{ARABIC_DIGITS}]{{3}})*"
          rf"(?:[{DECIMAL_POINTS}][{ARABIC_DIGITS}]+)?")
NUM_CN = (rf"[{CN_DIGITS}{CN_SMALL_UNITS}{CN_BIG_UNITS}]+"
          rf"(?:点[{CN_DIGITS.replace('两', '')}]+)?")
# Scale words after an Arabic number, longest first ("万亿" before "万").
SCALE = "|".join(sorted(SCALE_WORDS, key=len, reverse=True))
SCALE_VALUE = {word: 10 ** power for word, power in SCALE_WORDS.items()}
# 区间连接符："3-5 年"、"10%—15%"、"三至五年"。
DASH = r"[-－—–~～至到]"


@dataclass(frozen=True, slots=True)
class Unit:
    written: str
    base: str
    scale: int
    kind: str


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
    return {row[0]: Unit(row[0], row[1], int(row[2]), row[3]) for row in load_tsv(UNITS_FILE)}


@lru_cache(maxsize=1)
def load_bounds() -> dict[tuple[str, str], str]:
    """Bound lexicon: (position, word) -> bound symbol."""
    return {(row[1], row[0]): row[2] for row in load_tsv(BOUNDS_FILE)}


def _alternation(words) -> str:
    return "|".join(regex.escape(w) for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def mention_regex() -> regex.Pattern:
    bounds = load_bounds()
    pre = _alternation(w for (pos, w) in bounds if pos == "pre")
    mid = _alternation(w for (pos, w) in bounds if pos == "mid")
    post = _alternation(w for (pos, w) in bounds if pos == "post")
    unit = _alternation(load_units())
    num = rf"(?:{NUM_AR}|{NUM_CN})"
    return regex.compile(
        rf"(?P<pre>{pre})?"
        rf"(?:(?P<pct>百分之)(?P<pnum>{num})"
        rf"|(?<![0-9０-９A-Za-z.．])(?P<num>{num})(?P<scale1>{SCALE})?(?P<u1>[%％])?"
        rf"(?:(?P<dash>{DASH})(?P<num2>{num}))?(?P<mid0>{mid})?(?P<scale>{SCALE})?(?P<mid>{mid})?(?P<unit>{unit})?)"
        rf"(?P<post>{post})?")


def find_mentions(text: str) -> list[Mention]:
    """Every numeral of ``text`` with its scale, unit and bound words (view offsets)."""
    out = []
    for m in mention_regex().finditer(text):
        mention = _to_mention(m)
        if mention is not None:
            out.append(mention)
    return out


def _value(numeral: str) -> tuple[Decimal, int] | None:
    try:
        return split_scale(numeral)
    except ParseError:
        return None


def _to_mention(m: regex.Match) -> Mention | None:
    numeral = m.group("pnum") or m.group("num")
    parsed = _value(numeral)
    if parsed is None:
        return None
    value, scale = parsed
    high = None
    if m.group("num2"):
        parsed_high = _value(m.group("num2"))
        high = parsed_high[0] if parsed_high else None
    scale_word = m.group("scale1") or m.group("scale")
    if scale_word:
        scale *= SCALE_VALUE[scale_word]
    unit_written = "%" if m.group("pct") else (m.group("unit") or m.group("u1") or "")
    unit = load_units().get(unit_written)
    base, kind = (unit.base, unit.kind) if unit else ("", "")
    if unit:
        scale *= unit.scale
    bounds = load_bounds()
    prefix = m.group("pre") or ""
    bound = (bounds.get(("pre", prefix)) or bounds.get(("mid", m.group("mid") or m.group("mid0") or ""))
             or bounds.get(("post", m.group("post") or "")) or "=")
    start = m.start("pre") if prefix else m.start("pct") if m.group("pct") else m.start("num")
    num_start = m.start("pnum") if m.group("pct") else m.start("num")
    return Mention(start, m.end(), num_start, num_start + len(numeral), numeral, value, high, scale, base,
                   unit_written, kind, bound, prefix, not regex.search(r"[0-9０-９]", numeral))
