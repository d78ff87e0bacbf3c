"""find_mentions reads a match's groups through one itemgetter over ``groups()`` (``_pick_groups``) instead of
``groupdict()``: it must hand _to_mention the same values, group for group, on real text.

Real text: every line of the 2025 government work report and of the ESG sentences sample, and real sentences
with a range, a signed amount and a parenthesised negative.
"""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from extract.numbers.mentions import _GROUPS, _pick_groups, find_mentions, mention_regex

REAL = Path(__file__).resolve().parents[2] / "corpora" / "real"


def _lines(name: str) -> list[str]:
    return ["".join(line.split()) for line in (REAL / name).read_text(encoding="utf-8").splitlines() if line.strip()]


# ranges and signed amounts, as reports print them (the restructuring plan, the annual report, a bulletin)
DECIDING = ["据统计，60%—70%的网络购物需要依靠快递给予支撑和保障。", "专利技术3-20年直线法专利技术",
            "本年经营活动产生的现金流量净额-318.59亿元。", "全年人口自然增长率-0.57‰。",
            "归属于上市公司股东的净利润为（1,234.56）万元。"]
LINES = _lines("gov_work_report_state_council_2025.txt") + _lines("esg_sentences_train_sample.txt") + DECIDING


def test_picked_groups_are_the_named_groups():
    pick = _pick_groups()
    seen: set[str] = set()
    matches = 0
    for line in LINES:
        for m in mention_regex().finditer(line):
            named = m.groupdict()
            assert pick(m.groups()) == tuple(named[name] for name in _GROUPS), line
            seen.update(name for name in _GROUPS if named[name] is not None)
            matches += 1
    assert matches > 1000
    # the lines exercise the groups the reading depends on: bounds before and after, ranges, units, percent signs
    assert {"pre", "post", "num2", "unit", "u1", "scale", "sign"} <= seen


def test_mentions_of_real_sentences():
    text = "单位国内生产总值能耗降幅超过3%"
    (m,) = find_mentions(text)
    assert (m.numeral, m.value, m.unit, m.bound, m.prefix) == ("3", Decimal(3), "%", ">", "超过")
    text = "全国城镇新增就业1256万人"
    (m,) = find_mentions(text)
    assert (m.value, m.scale, m.unit, m.unit_kind, m.bound) == (Decimal(1256), 10000, "人", "count", "=")
    (m,) = find_mentions(DECIDING[0])
    assert (m.value, m.high, m.unit) == (Decimal(60), Decimal(70), "%")
    (m,) = find_mentions(DECIDING[2])
    assert (m.numeral, m.value, m.scale, m.unit) == ("-318.59", Decimal("-318.59"), 10 ** 8, "元")
    (m,) = find_mentions(DECIDING[4])
    assert (m.numeral, m.value, m.scale) == ("（1,234.56）", Decimal("-1234.56"), 10000)
