"""Parse one numeral as written in a Chinese report into an exact ``Decimal``.

Pure module (stdlib + ``regex``): no spaCy, no I/O, no state beyond compiled constants.

Three entry points:

* :func:`parse_numeral` -- the value of one numeral, internal multipliers and a trailing
  scale word applied: ``"1.5万"`` -> 15000, ``"一千零五"`` -> 1005.
* :func:`split_scale` -- the same numeral split into (value as written, trailing scale):
  ``"1.5万"`` -> ``(Decimal("1.5"), 10000)``. Always ``value * scale == parse_numeral(text)``.
* :data:`NUMERAL_RE` -- finds numeral *candidates* in running text (see its comment).

Forms accepted by :func:`parse_numeral`:

* Arabic: half- or full-width digits, thousands separators ``,``/``，`` in strict groups of
  three, decimals, a trailing dot (``"5,469,551."``), a leading sign (``- − － +``), the
  table conventions ``"309-"`` and ``"(309)"`` for negatives, and one trailing scale word
  (``百 千 万 亿 百万 千万 百亿 千亿 万亿``), optionally after one space as PDF text often has it
  (``"2136.97 万"``).
* Chinese positional: ``二十六``, ``一千零五``, ``三万五千``, ``两万五`` (= 25000, the
  colloquial dropped last unit), a bare ``十`` opening a numeral (``十三``), bare
  ``百``/``千``/``万``/``亿`` alone or before a bigger unit (``百``, ``百万``, ``万亿``), and the
  financial capitals ``壹贰叁肆伍陆柒捌玖拾佰仟``. ``两`` counts only hundreds and up
  (``两百``, not ``两十``/``十两``).
* Chinese digit-by-digit (two or more digits, no units): ``二〇二三`` -> 2023.
* Chinese decimals ``三点五`` and ``三点五万``; a leading ``负`` for negatives.
* Percent form ``百分之三点五`` -> 3.5: the number after 百分之 (the caller knows it is a %).

Everything else raises :class:`extract.errors.ParseError`, in particular ranges and
approximations written as adjacent digits (``二三百``, ``十四五``, ``一两``), repeated units
(``十十``, ``万万``), words (``万一``), malformed Arabic (``1..2``, ``12,34``), a ``%`` sign
(a unit, not part of the numeral) and Chinese list markers ``(三)``.

>>> parse_numeral("1，204.28")
Decimal('1204.28')
>>> parse_numeral("三万五千")
Decimal('35000')
>>> split_scale("1.2万亿")
(Decimal('1.2'), 1000000000000)
"""
from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal, localcontext
from functools import lru_cache

import regex

from extract.errors import ParseError

__all__ = [
    "ARABIC_DIGITS", "CN_BIG_UNITS", "CN_DIGITS", "CN_SMALL_UNITS", "DECIMAL_POINTS", "GROUP_SEPARATORS",
    "MINUS_SIGNS", "NUMERAL_RE", "SCALE_WORDS", "is_chinese_numeral", "parse_numeral", "split_scale",
]

# ---------------------------------------------------------------------------
# 字符类（regex 字符类的内容，直接放进 [...] 使用）
# ---------------------------------------------------------------------------

# 阿拉伯数字：半角 0-9 与全角 ０-９（PDF 抽取和中文排版里全角数字很常见）。
# 不用 \d：它还匹配阿拉伯-印度数字等其他文字的数字。
ARABIC_DIGITS = "0-9０-９"

# 千分位分隔符：半角逗号与全角逗号（中文报告常写 "1，204.28"）。只在严格三位一组时算分隔符。
GROUP_SEPARATORS = ",，"

# 小数点：半角点与全角点 "．"。不含句号 "。"：它是句末标点，不是小数点。
DECIMAL_POINTS = ".．"

# 负号：ASCII 连字符、数学减号 U+2212、全角减号 U+FF0D。
# 不含破折号 "—"/"——"：中文用它表示范围和插入语。
MINUS_SIGNS = r"\-−－"

# 中文个位数字：〇/○（年份里常见 "二○二三"）、零、小写一至九、"两"，以及大写 壹…玖。
CN_DIGITS = "零〇○一二两三四五六七八九壹贰叁肆伍陆柒捌玖"

# 中文位数词 十/百/千 及其大写 拾/佰/仟：节内（一万以下）的位。
CN_SMALL_UNITS = "十百千拾佰仟"

# 中文大数单位 万/亿（繁体 萬/億 在大写金额里也见到）：把数分成"节"。
CN_BIG_UNITS = "万亿萬億"

# 尾随量级词 -> 10 的幂，长词在前以便正则按最长匹配（"万亿" 先于 "万"）。
SCALE_WORDS: dict[str, int] = {
    "万亿": 12, "千亿": 11, "百亿": 10, "亿": 8, "千万": 7, "百万": 6, "万": 4, "千": 3, "百": 2,
}

# ---------------------------------------------------------------------------
# NUMERAL_RE：在连续中文文本里找数字"候选"
# ---------------------------------------------------------------------------
# 只做候选级别的查找，调用方负责过滤。中文数字字符也是普通词的一部分，所以这些都会被匹配：
# "一些"/"统一"/"第一" 里的 "一"，"万一"，"十分"，"百姓" 里的 "百"，"千万不要"，"二十大"，
# "十四五"（十四五规划，parse_numeral 会拒绝），"五一"（劳动节，逐位读作 51）。
# 行内负号前面不能是数字或字母，以免把 "2010-2020" 读成 -2020；表格里的 "309-" 和 "(309)"
# 只由 parse_numeral 在整格文本上处理，NUMERAL_RE 不找它们。
_SCALE_ALT = "|".join(sorted(SCALE_WORDS, key=len, reverse=True))
_ARABIC_BODY = (
    rf"(?:[{ARABIC_DIGITS}]{{1,3}}(?:[{GROUP_SEPARATORS}][{ARABIC_DIGITS}]{{3}}(?![{ARABIC_DIGITS}]))+"
    rf"|[{ARABIC_DIGITS}]+)(?:[{DECIMAL_POINTS}][{ARABIC_DIGITS}]+)?"
)
_CN_BODY = (
    rf"[{CN_DIGITS}{CN_SMALL_UNITS}{CN_BIG_UNITS}]+"
    rf"(?:点[{CN_DIGITS}]+(?:{_SCALE_ALT})?)?"
)
NUMERAL_RE = regex.compile(
    rf"""
    (?<![{ARABIC_DIGITS}])
    (?:
        百分之(?:{_ARABIC_BODY}|{_CN_BODY})                      # 百分之三点五, 百分之15
      | (?:(?<![{ARABIC_DIGITS}A-Za-z])[{MINUS_SIGNS}])?
        {_ARABIC_BODY}(?:[ \u3000]?(?:{_SCALE_ALT}))?            # 1,204.28  1.5万  2136.97 万
      | 负?{_CN_BODY}                                             # 二十六  三点五万  二〇二三
    )
    """,
    regex.VERBOSE,
)

# ---------------------------------------------------------------------------
# Parsing tables (closed sets of the writing system, not lexicons)
# ---------------------------------------------------------------------------

# Full-width and variant characters -> the ASCII/simplified form the parsers below expect.
_NORMALIZE = str.maketrans(
    "０１２３４５６７８９，．－−﹣＋（）\u3000\u00a0○萬億",
    "0123456789,.---+()  〇万亿",
)
_DIGIT_VALUE = {**dict(zip("〇一二三四五六七八九", range(10))),
                **dict(zip("零壹贰叁肆伍陆柒捌玖", range(10))), "两": 2}
_ZEROS = frozenset("零〇")
_SMALL_UNIT_VALUE = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_SECTION_LIMIT = 10_000  # a section (节) is below 一万; also the "no unit seen yet" sentinel

_ARABIC_RE = regex.compile(
    rf"""
    (?P<open>\()?
    (?P<sign>[+-])?
    (?P<int>[0-9]{{1,3}}(?:,[0-9]{{3}})+|[0-9]+)
    (?P<frac>\.[0-9]*)?
    (?:\ ?(?P<scale>{_SCALE_ALT}))?
    (?P<close>\))?
    (?P<trail>-)?
    """,
    regex.VERBOSE,
)
# After 点 the digits are read one by one; 两 is a quantity word, never a decimal digit.
_CN_DECIMAL_RE = regex.compile(
    rf"(?P<int>[^点]+)点(?P<frac>[{CN_DIGITS.replace('两', '')}]+)(?P<scale>{_SCALE_ALT})?"
)
_CN_TRAILING_SCALE_RE = regex.compile(r"(?P<pre>[^万亿]+)(?P<scale>万亿|万|亿)")
_ARABIC_CHAR_RE = regex.compile(r"[0-9]")
_PERCENT_PREFIX = "百分之"


def parse_numeral(text: str) -> Decimal:
    """Return the exact value of one numeral, with internal and trailing multipliers applied.

    >>> parse_numeral("２６"), parse_numeral("二十六"), parse_numeral("二〇二三")
    (Decimal('26'), Decimal('26'), Decimal('2023'))
    >>> parse_numeral("3.2亿")
    Decimal('320000000.0')
    >>> parse_numeral("309-"), parse_numeral("(309)"), parse_numeral("百分之三点五")
    (Decimal('-309'), Decimal('-309'), Decimal('3.5'))
    >>> parse_numeral("十十")
    Traceback (most recent call last):
    ...
    extract.errors.ParseError: not a number: '十十'
    """
    value, scale = split_scale(text)
    if scale == 1:
        return value
    with localcontext() as ctx:
        ctx.prec = max(28, len(value.as_tuple().digits) + 13)  # exact: scales are <= 10**12
        return value * scale


def split_scale(text: str) -> tuple[Decimal, int]:
    """Split a numeral into (value as written, trailing scale); ``value * scale`` is its value.

    The trailing scale is one of :data:`SCALE_WORDS` after an Arabic or Chinese-decimal
    number (``"5千万"`` -> (5, 10**7)). For a Chinese integer the rule is: if it ends in
    万, 亿 or 万亿 and what comes before contains no 万/亿 of its own, that part is the value
    and the ending the scale (``"十万"`` -> (10, 10**4), ``"三千万"`` -> (3000, 10**4),
    ``"两亿"`` -> (2, 10**8)); otherwise the scale is 1 (``"三万五千"``, ``"一亿五千万"``,
    and bare ``"万"`` -> (10000, 1), like ``"百"`` -> (100, 1)).

    >>> split_scale("1.5万")
    (Decimal('1.5'), 10000)
    >>> split_scale("2136.97")
    (Decimal('2136.97'), 1)
    >>> split_scale("十万"), split_scale("三万五千")
    ((Decimal('10'), 10000), (Decimal('35000'), 1))
    """
    if not isinstance(text, str):
        raise ParseError(repr(text), "not a string")
    return _split_text(text)


@lru_cache(maxsize=16384)          # a report repeats its numerals (claims, cells, totals)
def _split_text(text: str) -> tuple[Decimal, int]:
    """``split_scale`` of a string (failures raise ``ParseError`` each time: they are not cached)."""
    body = text.strip().translate(_NORMALIZE)
    if body.startswith(_PERCENT_PREFIX):
        body = body[len(_PERCENT_PREFIX):]
        if not body or body[0] in "+-(负":
            raise ParseError(text)
    if not body:
        raise ParseError(text)
    if _ARABIC_CHAR_RE.search(body):
        return _split_arabic(body, text)
    return _split_chinese(body, text)


def is_chinese_numeral(text: str) -> bool:
    """True if ``text`` is a numeral written without Arabic digits that :func:`parse_numeral` accepts.

    >>> is_chinese_numeral("二十六"), is_chinese_numeral("壹佰"), is_chinese_numeral("百分之十五")
    (True, True, True)
    >>> is_chinese_numeral("26"), is_chinese_numeral("1.5万"), is_chinese_numeral("十四五")
    (False, False, False)
    """
    if not isinstance(text, str) or _ARABIC_CHAR_RE.search(text.translate(_NORMALIZE)):
        return False
    try:
        split_scale(text)
    except ParseError:
        return False
    return True


# ---------------------------------------------------------------------------
# Arabic numerals
# ---------------------------------------------------------------------------


def _split_arabic(body: str, text: str) -> tuple[Decimal, int]:
    """Arabic digits with separators, decimals, sign conventions and one trailing scale word."""
    m = _ARABIC_RE.fullmatch(body)
    if m is None:
        raise ParseError(text)
    parens = bool(m["open"]) + bool(m["close"])
    if parens == 1 or (parens == 2 and (m["sign"] or m["trail"])) or (m["sign"] and m["trail"]):
        raise ParseError(text, "inconsistent sign")
    negative = parens == 2 or m["sign"] == "-" or bool(m["trail"])
    digits = m["int"].replace(",", "") + (m["frac"] or "")
    value = Decimal(digits)
    scale = 10 ** SCALE_WORDS[m["scale"]] if m["scale"] else 1
    return (-value if negative else value), scale


# ---------------------------------------------------------------------------
# Chinese numerals
# ---------------------------------------------------------------------------


def _split_chinese(body: str, text: str) -> tuple[Decimal, int]:
    """Chinese integer or decimal, with an optional leading 负."""
    negative = body.startswith("负")
    if negative:
        body = body[1:]
    try:
        value, scale = _split_cn_unsigned(body)
    except _Invalid as err:
        raise ParseError(text) from err
    return (-value if negative else value), scale


def _split_cn_unsigned(body: str) -> tuple[Decimal, int]:
    """Dispatch between Chinese decimal (三点五万) and Chinese integer (三万五千)."""
    if "点" in body:
        m = _CN_DECIMAL_RE.fullmatch(body)
        if m is None:
            raise _Invalid(body)
        whole = _cn_integer(m["int"])
        frac = "".join(str(_DIGIT_VALUE[ch]) for ch in m["frac"])
        scale = 10 ** SCALE_WORDS[m["scale"]] if m["scale"] else 1
        return Decimal(f"{whole}.{frac}"), scale
    m = _CN_TRAILING_SCALE_RE.fullmatch(body)
    if m is not None and not m["pre"].startswith(tuple(_ZEROS)):
        # "十万" -> (10, 10**4): the value before a final 万/亿/万亿 is one section.
        return Decimal(_cn_section(m["pre"], at_start=True)), 10 ** SCALE_WORDS[m["scale"]]
    return _cn_integer(body), 1


def _cn_integer(s: str) -> Decimal:
    """Chinese integer: digit-by-digit (二〇二三) or positional (一千零五)."""
    if not s:
        raise _Invalid(s)
    if len(s) == 1 and s in _DIGIT_VALUE:
        return Decimal(_DIGIT_VALUE[s])
    if all(ch in _DIGIT_VALUE and ch != "两" for ch in s):
        # Decimal from a digit string: no int-size limit for very long digit runs.
        return Decimal("".join(str(_DIGIT_VALUE[ch]) for ch in s))
    return Decimal(_cn_grouped(s, "亿", 10**8, _cn_below_yi, at_start=True))


def _cn_below_yi(s: str, at_start: bool) -> int:
    """A positional numeral below 一亿: up to one 万 splitting two sections."""
    return _cn_grouped(s, "万", 10**4, _cn_section, at_start=at_start)


def _cn_grouped(
    s: str, unit: str, unit_value: int, lower: Callable[[str, bool], int], *, at_start: bool
) -> int:
    """Split ``s`` on one big unit (万 or 亿): ``high * unit_value + low``.

    A low part that is one digit right after "digit + unit" is the colloquial dropped unit:
    两万五 = 25000, 一亿五 = 150000000. Elsewhere a lone low digit is rejected: 万一 is a
    word, and 十万零一 (not 十万一) is how 100001 is written.
    """
    parts = s.split(unit)
    if len(parts) == 1:
        return lower(s, at_start)
    if len(parts) > 2:
        raise _Invalid(s)
    high_text, low_text = parts
    if high_text:
        high = lower(high_text, at_start)
    elif at_start and not low_text:
        high = 1  # bare 万 / 亿 (also the 万 of 万亿); 万一千 is not a numeral
    else:
        raise _Invalid(s)
    if not low_text:
        return high * unit_value
    if len(low_text) == 1 and low_text in _DIGIT_VALUE:
        if not _may_drop_unit(high_text, low_text):
            raise _Invalid(s)
        return high * unit_value + _DIGIT_VALUE[low_text] * unit_value // 10
    return high * unit_value + lower(low_text, False)


def _may_drop_unit(before: str, digit: str) -> bool:
    """True if ``digit`` may stand for "digit x next lower unit" after ``before`` + unit (一百五, 两万五)."""
    return (
        digit not in _ZEROS
        and digit != "两"
        and len(before) >= 1
        and before[-1] in _DIGIT_VALUE
        and before[-1] not in _ZEROS
    )


def _cn_section(s: str, at_start: bool) -> int:
    """One section below 一万: digits, 零 and 十百千 in falling order.

    ``at_start``: a bare unit may open the numeral (十三, 百, not 百一十). A 零 must mark a real gap
    (一千零五, not 一十零五). 两 counts hundreds and up, never tens or ones (两百, not 两十 or
    十两, which is "ten taels").
    """
    total, pending, last_unit, after_zero = 0, "", _SECTION_LIMIT, False
    for i, ch in enumerate(s):
        if ch in _ZEROS:
            if pending or after_zero or (at_start and i == 0):
                raise _Invalid(s)
            after_zero = True
        elif ch in _DIGIT_VALUE:
            if pending:
                raise _Invalid(s)  # 二三百, 十四五: adjacent digits are a range or a name
            pending = ch
        elif ch in _SMALL_UNIT_VALUE:
            unit = _SMALL_UNIT_VALUE[ch]
            gap_missing = after_zero and last_unit < _SECTION_LIMIT and unit * 10 >= last_unit
            # Only 十 may open a longer numeral bare (十三); 百/千 bare stand alone (百, 百万).
            bare = not pending and not (at_start and i == 0 and (unit == 10 or len(s) == 1))
            if unit >= last_unit or gap_missing or bare or (unit == 10 and pending == "两"):
                raise _Invalid(s)
            total += (_DIGIT_VALUE[pending] if pending else 1) * unit
            pending, last_unit, after_zero = "", unit, False
        else:
            raise _Invalid(s)
    return total + _section_tail(s, pending, last_unit, after_zero)


def _section_tail(s: str, pending: str, last_unit: int, after_zero: bool) -> int:
    """Value of the digit ``pending`` left over at the end of section ``s`` (0 if none).

    After 零 or 十 it is the ones digit; after 百/千 without 零 it is the colloquial dropped
    unit (一百五 = 150, 三千二 = 3200), which needs an explicit digit before the unit (not 百五).
    """
    if not pending:
        if after_zero or not s:
            raise _Invalid(s)  # dangling 零, or empty section
        return 0
    if pending == "两" and len(s) > 1:
        raise _Invalid(s)
    value = _DIGIT_VALUE[pending]
    if after_zero:
        if last_unit <= 10:
            raise _Invalid(s)  # 一十零五: no gap for the 零 to mark
        return value
    if last_unit in (_SECTION_LIMIT, 10):
        return value
    if not _may_drop_unit(s[:-2], pending):
        raise _Invalid(s)
    return value * (last_unit // 10)


class _Invalid(Exception):
    """Internal: a Chinese numeral fragment is malformed (converted to ParseError)."""
