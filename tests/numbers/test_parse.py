"""Table-driven tests for extract.numbers.parse, grouped by phenomenon (JioNLP money-parser style).

Cases marked "seed" come from corpora/seeds/*.txt or corpora/real/*.txt (the numeral part of
the snippet quoted in the comment).
"""
from __future__ import annotations

from decimal import Decimal

import pytest

from extract.errors import ParseError
from extract.numbers import NUMERAL_RE, is_chinese_numeral, parse_numeral, split_scale

D = Decimal

PARSE_CASES = [
    # ---- 阿拉伯数字：千分位、小数、全角、末尾点 ----
    pytest.param("26", D("26"), id="arabic-int"),
    pytest.param("２６", D("26"), id="arabic-fullwidth"),
    pytest.param("1,204.28", D("1204.28"), id="arabic-thousands-comma"),
    pytest.param("1，204.28", D("1204.28"), id="arabic-thousands-fullwidth-comma"),
    pytest.param("１，２０４．２８", D("1204.28"), id="arabic-all-fullwidth"),
    pytest.param("2136.97", D("2136.97"), id="seed-2136.97"),  # 奖助总金额为 2136.97 万元
    pytest.param("215.99", D("215.99"), id="seed-table-cell"),  # 金额 8.8 193.5 460.75 1204.28 215.99 (表2-10)
    pytest.param("5,469,551.", D("5469551"), id="arabic-trailing-dot"),
    pytest.param("12,345,678", D("12345678"), id="arabic-two-groups"),
    pytest.param("0.5", D("0.5"), id="arabic-leading-zero"),
    pytest.param(" 26\u3000", D("26"), id="arabic-outer-whitespace"),
    # ---- 中文数字 ----
    pytest.param("十三", D("13"), id="cn-13"),
    pytest.param("二十六", D("26"), id="seed-cn-26"),  # 第二十六届全国发明展
    pytest.param("八", D("8"), id="seed-cn-8"),  # 八所院校合并组建而成
    pytest.param("两", D("2"), id="seed-cn-liang"),  # 两校间 43 名师生
    pytest.param("百", D("100"), id="seed-cn-bare-bai"),  # 四大系列百余种动物疫苗 (金宇 2020)
    pytest.param("〇", D("0"), id="cn-ling-circle"),
    pytest.param("零", D("0"), id="cn-ling"),
    pytest.param("十", D("10"), id="cn-bare-shi"),
    pytest.param("一十", D("10"), id="cn-yi-shi"),
    pytest.param("千", D("1000"), id="cn-bare-qian"),
    pytest.param("万", D("10000"), id="cn-bare-wan"),
    pytest.param("亿", D("100000000"), id="cn-bare-yi"),
    pytest.param("一百二十", D("120"), id="cn-120"),
    pytest.param("一千零五", D("1005"), id="cn-1005-zero-gap"),
    pytest.param("一千零五十", D("1050"), id="cn-1050"),
    pytest.param("三万五千", D("35000"), id="cn-35000-internal-wan"),
    pytest.param("一万零二百零三", D("10203"), id="cn-10203-two-zeros"),
    pytest.param("十万零一十", D("100010"), id="cn-100010"),
    pytest.param("一亿零五千", D("100005000"), id="cn-zero-across-sections"),
    pytest.param("一亿五千万", D("150000000"), id="cn-yi-and-wan"),
    pytest.param("三万亿", D("3000000000000"), id="cn-wan-yi"),
    pytest.param("两万五", D("25000"), id="cn-colloquial-dropped-unit"),
    pytest.param("一百五", D("150"), id="cn-colloquial-dropped-shi"),
    pytest.param("三千二", D("3200"), id="cn-colloquial-dropped-bai"),
    pytest.param("十五万五", D("155000"), id="cn-colloquial-after-two-digit-wan"),
    pytest.param("一万一", D("11000"), id="cn-colloquial-yi-wan-yi"),
    pytest.param("百万", D("1000000"), id="cn-bare-bai-wan"),
    pytest.param("两千两百", D("2200"), id="cn-liang-twice"),
    pytest.param("二〇二三", D("2023"), id="cn-digit-by-digit"),
    pytest.param("二〇二四", D("2024"), id="seed-cn-year"),  # 二〇二四年二月
    pytest.param("二○二三", D("2023"), id="cn-digit-by-digit-white-circle"),
    pytest.param("三点五", D("3.5"), id="cn-decimal"),
    pytest.param("十点零五", D("10.05"), id="cn-decimal-zero"),
    # ---- 大写数字 ----
    pytest.param("壹佰贰拾叁", D("123"), id="capital-123"),
    pytest.param("壹仟零伍拾", D("1050"), id="capital-1050"),
    pytest.param("玖拾", D("90"), id="capital-90"),
    pytest.param("贰万叁仟肆佰伍拾陆", D("23456"), id="capital-23456"),
    pytest.param("壹萬", D("10000"), id="capital-traditional-wan"),
    pytest.param("陆柒", D("67"), id="capital-digit-by-digit"),
    # ---- 混合：阿拉伯数字 + 量级词 ----
    pytest.param("1.5万", D("15000"), id="mixed-1.5wan"),
    pytest.param("1.5 万", D("15000"), id="seed-mixed-space"),  # 资助学生 1.5 万余人次
    pytest.param("3.2亿", D("320000000"), id="mixed-3.2yi"),
    pytest.param("15.82亿", D("1582000000"), id="seed-mixed-yi"),  # 实现营业收入15.82亿元 (金宇 2020)
    pytest.param("480.9095万", D("4809095"), id="seed-mixed-4-decimals"),  # 480.9095万元
    pytest.param("1.2万亿", D("1200000000000"), id="mixed-wan-yi"),
    pytest.param("1.3万亿", D("1300000000000"), id="real-gov-report-wan-yi"),
    pytest.param("5千万", D("50000000"), id="mixed-qian-wan"),
    pytest.param("3百万", D("3000000"), id="mixed-bai-wan"),
    pytest.param("1,204.28万", D("12042800"), id="mixed-thousands-and-wan"),
    pytest.param("三点五万", D("35000"), id="mixed-cn-decimal-wan"),
    # ---- 百分数 ----
    pytest.param("百分之三点五", D("3.5"), id="percent-cn-decimal"),
    pytest.param("百分之十五", D("15"), id="percent-cn-15"),
    pytest.param("百分之百", D("100"), id="percent-bai"),
    pytest.param("百分之15", D("15"), id="percent-arabic"),
    # ---- 负数 ----
    pytest.param("-5", D("-5"), id="neg-hyphen"),
    pytest.param("−5", D("-5"), id="neg-math-minus"),
    pytest.param("－5", D("-5"), id="neg-fullwidth-minus"),
    pytest.param("309-", D("-309"), id="neg-broker-trailing-minus"),
    pytest.param("(309)", D("-309"), id="neg-parentheses"),
    pytest.param("（1,309.5）", D("-1309.5"), id="neg-fullwidth-parentheses"),
    pytest.param("-1.2亿", D("-120000000"), id="neg-mixed"),
    pytest.param("负三", D("-3"), id="neg-cn"),
    pytest.param("+12.5", D("12.5"), id="pos-explicit-plus"),
]

REJECT_CASES = [
    # ---- 拒绝：不是一个数字 ----
    pytest.param("", id="empty"),
    pytest.param("  ", id="blank"),
    pytest.param("abc", id="latin"),
    pytest.param("一些", id="word-yixie"),
    pytest.param("十十", id="repeated-small-unit"),
    pytest.param("万万", id="repeated-big-unit"),
    pytest.param("亿万", id="bare-unit-after-yi"),
    pytest.param("1..2", id="double-dot"),
    pytest.param(".5", id="leading-dot"),
    pytest.param("12,34", id="bad-thousands-group"),
    pytest.param("1,2345", id="bad-thousands-group-long"),
    pytest.param("十四五", id="seed-plan-name"),  # "十四五"规划: adjacent digits, not a number
    pytest.param("二三百", id="approximate-range"),  # 二三百人 = 200-300
    pytest.param("一两", id="approximate-yi-liang"),
    pytest.param("三点两", id="liang-after-dian"),
    pytest.param("零十", id="leading-zero-unit"),
    pytest.param("万一", id="word-wanyi"),  # 万一 = "in case"
    pytest.param("十万一", id="lone-digit-after-bare-unit"),  # 100001 is 十万零一
    pytest.param("百五", id="dropped-unit-without-digit"),
    pytest.param("百一十", id="bare-bai-not-alone"),
    pytest.param("万一千", id="bare-wan-not-alone"),
    pytest.param("两十", id="liang-before-shi"),
    pytest.param("十两", id="liang-as-ones"),  # 十两 = ten taels
    pytest.param("一百零", id="dangling-zero"),
    pytest.param("一十零五", id="zero-without-gap"),
    pytest.param("(309", id="unbalanced-parenthesis"),
    pytest.param("(-309)", id="parenthesis-and-sign"),
    pytest.param("-309-", id="two-minus-signs"),
    pytest.param("(三)", id="cn-list-marker"),  # （三）headings are never negatives
    pytest.param("百分之", id="percent-without-number"),
    pytest.param("百分之-5", id="percent-signed"),
    pytest.param("1.5%", id="percent-sign-is-a-unit"),
    pytest.param("3万5千", id="mixed-two-scales"),
    pytest.param("2010-2020", id="seed-year-range"),  # 规划纲要（2010-2020 年）
    pytest.param("二0二三", id="mixed-digit-scripts"),
    pytest.param("点五", id="dian-without-integer"),
    pytest.param("٣", id="arabic-indic-digit"),
]


@pytest.mark.parametrize(("text", "expected"), PARSE_CASES)
def test_parse_numeral(text, expected):
    assert parse_numeral(text) == expected


@pytest.mark.parametrize(("text", "expected"), PARSE_CASES)
def test_parse_returns_decimal(text, expected):
    assert type(parse_numeral(text)) is Decimal


@pytest.mark.parametrize(("text", "expected"), PARSE_CASES)
def test_split_scale_multiplies_back(text, expected):
    value, scale = split_scale(text)
    assert type(scale) is int
    assert value * scale == parse_numeral(text)


@pytest.mark.parametrize("text", REJECT_CASES)
def test_parse_numeral_rejects(text):
    with pytest.raises(ParseError) as info:
        parse_numeral(text)
    assert info.value.text == text


SPLIT_CASES = [
    # ---- 尾随量级词：阿拉伯数字 ----
    pytest.param("1.5万", (D("1.5"), 10**4), id="arabic-wan"),
    pytest.param("2136.97 万", (D("2136.97"), 10**4), id="seed-arabic-space-wan"),
    pytest.param("3.2亿", (D("3.2"), 10**8), id="arabic-yi"),
    pytest.param("1.2万亿", (D("1.2"), 10**12), id="arabic-wan-yi"),
    pytest.param("5千万", (D("5"), 10**7), id="arabic-qian-wan"),
    pytest.param("3百万", (D("3"), 10**6), id="arabic-bai-wan"),
    pytest.param("5000亿", (D("5000"), 10**8), id="real-gov-report-yi"),
    pytest.param("2136.97", (D("2136.97"), 1), id="arabic-no-scale"),
    pytest.param("-1.5万", (D("-1.5"), 10**4), id="arabic-negative-wan"),
    # ---- 尾随量级词：中文数字（末尾 万/亿/万亿 之前是一节才拆） ----
    pytest.param("二十六", (D("26"), 1), id="cn-no-scale"),
    pytest.param("三万五千", (D("35000"), 1), id="cn-internal-wan"),
    pytest.param("百", (D("100"), 1), id="cn-bare-bai"),
    pytest.param("万", (D("10000"), 1), id="cn-bare-wan"),
    pytest.param("十万", (D("10"), 10**4), id="cn-shi-wan"),
    pytest.param("五万", (D("5"), 10**4), id="cn-wu-wan"),
    pytest.param("两亿", (D("2"), 10**8), id="cn-liang-yi"),
    pytest.param("三千万", (D("3000"), 10**4), id="cn-section-before-wan"),
    pytest.param("一亿五千万", (D("150000000"), 1), id="cn-yi-inside"),
    pytest.param("三万亿", (D("3"), 10**12), id="cn-wan-yi"),
    pytest.param("三点五万", (D("3.5"), 10**4), id="cn-decimal-wan"),
    pytest.param("百分之三点五", (D("3.5"), 1), id="percent"),
]


@pytest.mark.parametrize(("text", "expected"), SPLIT_CASES)
def test_split_scale(text, expected):
    assert split_scale(text) == expected


@pytest.mark.parametrize("text", ["", "十十", "1.5万万", "万万"])
def test_split_scale_rejects(text):
    with pytest.raises(ParseError):
        split_scale(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("二十六", True, id="cn"),
        pytest.param("壹佰", True, id="capital"),
        pytest.param("二〇二三", True, id="digit-by-digit"),
        pytest.param("百分之十五", True, id="percent"),
        pytest.param("负三点五", True, id="negative-decimal"),
        pytest.param("26", False, id="arabic"),
        pytest.param("２６", False, id="fullwidth-arabic"),
        pytest.param("1.5万", False, id="mixed"),
        pytest.param("十四五", False, id="plan-name"),
        pytest.param("一些", False, id="word"),
        pytest.param("", False, id="empty"),
    ],
)
def test_is_chinese_numeral(text, expected):
    assert is_chinese_numeral(text) is expected


FIND_CASES = [
    # ---- NUMERAL_RE：候选级别，调用方过滤 ----
    pytest.param("本年度资助学生 1.5 万余人次、年", ["1.5 万"], id="seed-space-before-wan"),
    pytest.param("2023 年奖助总金额为 2136.97 万元，比去年增加了", ["2023", "2136.97 万"], id="seed-money"),
    pytest.param("规划纲要（2010-2020 年）", ["2010", "2020"], id="seed-range-not-negative"),
    pytest.param("并参加第二十六届全国发明展", ["二十六"], id="seed-cn"),
    pytest.param("工程学校等八所院校合并", ["八"], id="seed-cn-single"),
    pytest.param("两校间 43 名师生", ["两", "43"], id="seed-liang"),
    pytest.param("四大系列百余种动物疫苗", ["四", "百"], id="seed-bai-yu"),   # 金宇 2020, 主要业务
    pytest.param("二〇二四年二月", ["二〇二四", "二"], id="seed-date"),
    pytest.param("占比百分之三点五。", ["百分之三点五"], id="percent-whole"),
    pytest.param("净利润为-1.2亿元", ["-1.2亿"], id="negative-mixed"),
    pytest.param("共１，２０４．２８万元", ["１，２０４．２８万"], id="fullwidth"),
    pytest.param("增长12，下降3", ["12", "3"], id="fullwidth-comma-as-enumeration"),
    pytest.param("共12，345人", ["12，345"], id="fullwidth-comma-as-separator"),
    pytest.param("投资1.3万亿元", ["1.3万亿"], id="real-wan-yi"),
    pytest.param("三点五万人", ["三点五万"], id="cn-decimal-scale"),
    # ---- 候选包含普通词里的数字字符：记录现状，调用方过滤 ----
    pytest.param("统一思想", ["一"], id="word-tongyi"),
    pytest.param("千万不要", ["千万"], id="word-qianwan"),
    pytest.param("十四五规划", ["十四五"], id="plan-name-candidate"),
    pytest.param("没有数字", [], id="no-numeral"),
]


@pytest.mark.parametrize(("text", "expected"), FIND_CASES)
def test_numeral_re_finds(text, expected):
    assert [m.group() for m in NUMERAL_RE.finditer(text)] == expected


def test_numeral_re_is_compiled_regex_module_pattern():
    import regex

    assert isinstance(NUMERAL_RE, regex.Pattern)


def test_parse_error_message_names_text():
    with pytest.raises(ParseError, match="十十"):
        parse_numeral("十十")


# 亿和万连写的金额是一个数 (a whole number of 亿 written right before a number of 万 is one amount): 长和's 2024 annual
# report, its ports division (corpora/real/company_report_pages_sample.txt page 1): 452亿 had been a bare number and
# 8,200万元 an amount of its own
def test_yi_and_wan_written_together_are_one_amount():
    from extract.numbers.mentions import find_mentions

    text = ("以呈报货币计算,EBITDA较2023年上升19%至港币161亿7,200万元,而EBIT则上升27%至港币118亿7,300万元,主要")
    got = [(m.value, m.scale, m.unit, text[m.start:m.end]) for m in find_mentions(text) if m.scale > 1]
    assert got == [(Decimal("161.72"), 10 ** 8, "元", "161亿7,200万元"), (Decimal("118.73"), 10 ** 8, "元", "118亿7,300万元")]
