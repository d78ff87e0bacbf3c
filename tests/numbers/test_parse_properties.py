"""Property tests for extract.numbers.parse (hypothesis), with a reference int -> Chinese renderer."""
from __future__ import annotations

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from extract.errors import ParseError
from extract.numbers import NUMERAL_RE, parse_numeral, split_scale

FAST = settings(max_examples=300, deadline=None)

_CN = "零一二三四五六七八九"
_CAPITAL = str.maketrans("一二三四五六七八九十百千", "壹贰叁肆伍陆柒捌玖拾佰仟")
_FULL_WIDTH = str.maketrans("0123456789,.", "０１２３４５６７８９，．")


def _section_to_chinese(x: int) -> str:
    """1..9999 -> 一千零五, 二十六 (with 一十 kept; the caller drops a leading 一)."""
    out, gap = "", False
    for unit_value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit = x // unit_value % 10
        if digit == 0:
            gap = bool(out)
            continue
        out += ("零" if gap else "") + _CN[digit] + unit
        gap = False
    return out


def to_chinese(n: int, *, keep_leading_one: bool = False) -> str:
    """Reference renderer: 10203 -> 一万零二百零三, 10 -> 十 (or 一十), 100010 -> 十万零一十."""
    if n == 0:
        return "零"
    out, gap = "", False
    for value, unit in ((n // 10**8, "亿"), (n // 10**4 % 10**4, "万"), (n % 10**4, "")):
        if value == 0:
            gap = bool(out)
            continue
        if out and (gap or value < 1000):
            out += "零"
        out += _section_to_chinese(value) + unit
        gap = False
    if out.startswith("一十") and not keep_leading_one:
        out = out[1:]
    return out


def test_reference_renderer_examples():
    assert to_chinese(10203) == "一万零二百零三"
    assert to_chinese(10) == "十"
    assert to_chinese(10, keep_leading_one=True) == "一十"
    assert to_chinese(100010) == "十万零一十"
    assert to_chinese(35000) == "三万五千"
    assert to_chinese(1005) == "一千零五"
    assert to_chinese(20000001) == "二千万零一"


# Characters that reach the deeper parsing paths, mixed with a little noise.
NUMERAL_ALPHABET = "零〇○一二两三四五六七八九十百千万亿壹贰拾佰仟萬點点负分之0123456789０９,，.．-−()（） %a"


@FAST
@given(st.text())
def test_only_parse_error_on_arbitrary_text(text):
    try:
        result = parse_numeral(text)
    except ParseError:
        return
    assert isinstance(result, Decimal)


@FAST
@given(st.text(alphabet=NUMERAL_ALPHABET, max_size=12))
def test_only_parse_error_on_numeral_like_text(text):
    try:
        value, scale = split_scale(text)
    except ParseError:
        return
    assert isinstance(value, Decimal) and isinstance(scale, int)
    assert value * scale == parse_numeral(text)


@FAST
@given(st.integers(min_value=0, max_value=99_999_999))
def test_integer_renderings_agree(n):
    expected = Decimal(n)
    forms = {
        to_chinese(n),
        to_chinese(n, keep_leading_one=True),
        to_chinese(n).translate(_CAPITAL),
        str(n),
        str(n).translate(_FULL_WIDTH),
        f"{n:,}",
        f"{n:,}".translate(_FULL_WIDTH),
    }
    for form in forms:
        assert parse_numeral(form) == expected, form


@FAST
@given(st.integers(min_value=0, max_value=99_999_999))
def test_chinese_numeral_found_whole_in_running_text(n):
    written = to_chinese(n)
    text = f"全年共有{written}名学生"
    assert [m.group() for m in NUMERAL_RE.finditer(text)] == [written]


@FAST
@given(st.decimals(min_value=-10**9, max_value=10**9, places=4, allow_nan=False, allow_infinity=False))
def test_decimal_with_thousands_separators_round_trips(d):
    written = f"{d:,f}"
    assert parse_numeral(written) == d
    assert parse_numeral(written.replace(",", "，")) == d
    assert parse_numeral(written.translate(_FULL_WIDTH)) == d


@FAST
@given(st.decimals(min_value=-10**9, max_value=10**9, places=3, allow_nan=False, allow_infinity=False))
def test_arabic_found_whole_in_running_text(d):
    written = f"{d:,f}"
    text = f"营业收入为{written}万元。"
    assert [m.group() for m in NUMERAL_RE.finditer(text)] == [written + "万"]


@FAST
@given(
    st.decimals(min_value=-10**9, max_value=10**9, places=3, allow_nan=False, allow_infinity=False),
    st.sampled_from(["{:f}", "{:,f}"]),
)
def test_trailing_wan_is_split_off(d, pattern):
    x = pattern.format(d)
    assert split_scale(x + "万") == (parse_numeral(x), 10_000)
    assert parse_numeral(x + "万") == parse_numeral(x) * 10_000
