"""field.time_absolute is written to open with a character class (so ``re`` skips to the characters a match can
start with); it finds what its plain form finds.

The plain form, as the rule read before (an optional 截至/截止到/截止/至 prefix, then a year, a year range (joined by 至 or a dash;
two years, 19xx or 20xx, and no amount's unit after a bare range: 7501-9000元 is none), a
class year, a fiscal year (2023财年) or a two-digit year with a part of the year; a fiscal year across two years, 2024/2025年 or 2023/24年度; a half or quarter as brokers write it, 2025H1, 24Q4, 1H25, 4Q23, 4Q2024, 4Q23末; 2022年年底 as 2022年底; a quarter's end, 2024年三季度末; an issuer's interim, 2024年中期), is
kept here as the reference. Real text: every line of the 2025 government work report and of the ESG sentences
sample (and each line's beginnings, as the text before a number), the rule's examples, and real lines where the
prefix and the change-verb lookbehind decide.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from extract.claims.fields import field_rule, find_period, strip_time
from extract.numbers.mentions import find_mentions
from extract.resources import load_jsonl

REAL = Path(__file__).resolve().parents[2] / "corpora" / "real"
_TAIL = (r"年(?:度)?(?:(?:\d{1,2}(?:[-—–~]\d{1,2})?|[一二三四五六七八九十]{1,3})月(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})日)?)?(?:年?底|年?末|初|上半年|下半年|半年度|半年报|中期(?!票据|贷款|借款|负债|目标|规划|评估|及|和|与|、)|前三季度|第?[1-4一二三四]季度末?|Q[1-4]末?)?"
         r"(?:[至—－～~-]\d{4}年(?:度)?(?:\d{1,2}月(?:\d{1,2}日)?)?(?:上半年|下半年|底|末)?)?")
PLAIN = re.compile(r"(?:截至|截止到|截止|(?<![降升增减提达涨跌扩缩])至)?(?:\d{4}" + _TAIL
                   + r"|[12]\d{3}[-—至~](?:19|20)\d{2}(?:年|届|(?![0-9元万亿千百人个名家所%％‰]))|\d{4}届|\d{4}学年|\d{4}财年"
                   + r"|\d{4}/(?:\d{4}|\d{2})(?:财)?年度?"
                   + r"|(?<![0-9])\d{2}年(?:第?[1-4一二三四]季度末?|Q[1-4]末?|上半年|下半年|底|末)"
                   + r"|(?<![0-9A-Za-z])(?:\d{4}|\d{2})(?:Q[1-4]|H[12])末?(?![0-9A-Za-z])"
                   + r"|(?<![0-9A-Za-z])(?:[1-4]Q|[12]H)(?:\d{4}|\d{2})末?(?![0-9A-Za-z]))")
FIELDS = load_jsonl("patterns/claim_fields.v1.jsonl")
RULE = next(rule for rule in FIELDS if rule["id"] == "field.time_absolute.v1")
# the rule's own examples and counter-examples (截至…末, a class-year range, a two-digit year with its quarter, a
# quarter written Q1) and real lines where 截止, 上升至 (a change verb's 至) and a year range decide
DECIDING = [*RULE["examples"], *RULE["counter_examples"],
            "截止2022年12月31日公司总资产55.69亿元净资产36.14亿元",
            "节能目标2022年至2026年全行能耗强度和碳排放强度呈下降趋势",
            "（PM2.5）平均浓度下降2.7%，优良天数比例上升至87.2%，地表水优良水质断面比例提高到90.4%"]


def _lines(name: str) -> list[str]:
    return [line for line in (REAL / name).read_text(encoding="utf-8").splitlines() if line.strip()]


LINES = _lines("gov_work_report_state_council_2025.txt") + _lines("esg_sentences_train_sample.txt") + DECIDING


def _spans(rx: re.Pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(text)]


def test_real_lines_name_times():
    assert sum(1 for line in LINES if PLAIN.search(line)) >= 100


def test_the_rule_finds_what_its_plain_form_finds():
    rule = field_rule("field.time_absolute")
    for line in LINES:
        assert _spans(rule, line) == _spans(PLAIN, line), line
        for end in range(0, len(line), 5):          # the text before a number, as _times_before reads it
            assert _spans(rule, line[:end]) == _spans(PLAIN, line[:end]), line[:end]
        assert rule.sub("", line) == PLAIN.sub("", line)


@pytest.mark.parametrize("text", DECIDING)
def test_prefix_verb_and_short_year_decide_the_same(text):
    rule = field_rule("field.time_absolute")
    assert _spans(rule, text) == _spans(PLAIN, text)
    for m in PLAIN.finditer(text):
        assert rule.fullmatch(m.group())


def test_periods_of_real_claims():
    text = DECIDING[0]
    m = next(m for m in find_mentions(text) if text[m.start:m.end].startswith("109"))
    assert find_period(text, m) == "截至2022年末"
    assert strip_time("节能目标2022年至2026年全行能耗强度") == "节能目标全行能耗强度"
