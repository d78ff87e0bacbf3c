"""The literal prefilter (extract/text/literals.py) skips a regex only over a text it cannot match.

Every regex of every pattern file in models/patterns/ is checked on its own examples and counter-examples:
wherever the regex matches, the text holds what ``needs`` says it needs. Then single phenomena: a required
word, a branch, a lookahead, and what the reader leaves alone (\\d, negated classes, case-insensitive parts).
"""
from __future__ import annotations

import re
import pytest

from extract.resources import load_jsonl, models_dir
from extract.text.literals import anchor, end_chars, finditer, may_match, needs, search_end

PATTERN_FILES = sorted(p.name for p in (models_dir() / "patterns").glob("*.jsonl"))


def _texts(rule: dict) -> list[str]:
    return list(rule.get("examples") or []) + list(rule.get("counter_examples") or [])


@pytest.mark.parametrize("name", PATTERN_FILES)
def test_no_rule_is_skipped_where_it_matches(name: str):
    checked = 0
    for rule in load_jsonl(f"patterns/{name}"):
        if "regex" not in rule:
            continue
        rx = re.compile(rule["regex"])
        for text in _texts(rule):
            if rx.search(text):
                assert may_match(rx, text), (rule["id"], text)
                checked += 1
    assert checked or name.startswith("metric")      # pattern files with examples have matching ones


def test_hotline_needs_a_hotline_word_or_quote():
    rx = re.compile(next(r["regex"] for r in load_jsonl("patterns/claim_filters.v1.jsonl")
                         if r["id"] == "not_claim.hotline.v1"))
    assert may_match(rx, "开通12345政务服务便民热线")
    assert not may_match(rx, "全年接待游客12345人次，比上年增长5.2%。")


def test_streak_needs_its_word_and_its_year():
    rx = re.compile(r"连续(?P<n>[0-9０-９]+|[一二三四五六七八九十两]{1,3})个?年")
    assert may_match(rx, "连续37年保持增长")
    assert not may_match(rx, "连续走低")
    assert not may_match(rx, "37年来保持增长")


def test_a_lookahead_needs_its_text_a_lookbehind_nothing():
    assert not may_match(re.compile(r"前(?P<n>\d+)(?=客户|供应商)"), "前五名股东持股3%")
    assert may_match(re.compile(r"(?<=报告)(?P<n>\d+)"), "第12页")


def test_unknown_parts_need_nothing():
    for pattern in (r"[^，。]{2,4}", r"(?:年)?\d+", r".+", r"(?i:abc)\d", r"(?i)abc"):
        assert needs(re.compile(pattern)) == (), pattern
    assert [c.pattern for c in needs(re.compile(r"\d+%"))] == ["%"]


def _signature(matches) -> list:
    return [(m.span(), m.groups()) for m in matches]


@pytest.mark.parametrize("name", PATTERN_FILES)
def test_anchored_search_finds_what_finditer_finds(name: str):
    rules = [r for r in load_jsonl(f"patterns/{name}") if "regex" in r]
    joined = "\n".join(t for r in rules for t in _texts(r))       # many matches, windows that overlap
    for rule in rules:
        rx = re.compile(rule["regex"])
        for text in _texts(rule) + [joined]:
            assert _signature(finditer(rx, text)) == _signature(rx.finditer(text)), (rule["id"], text[:40])


def test_alias_definitions_are_searched_around_their_word():
    rules = {r["id"]: re.compile(r["regex"]) for r in load_jsonl("patterns/org_aliases.v1.jsonl")}
    assert anchor(rules["alias.short.v1"])[:3] == ("简称", 5, 41)       # 4–40 name characters and （ before it
    assert anchor(rules["alias.definition_row.v1"])[:3] == ("\t指\t", 2, 30)
    text = "扬州优邦生物药品有限公司（简称“扬州优邦”）为公司全资子公司，金宇保灵生物药品有限公司（简称“金宇保灵”）"
    assert [m.group("alias") for m in finditer(rules["alias.short.v1"], text)] == ["扬州优邦", "金宇保灵"]


def test_what_looks_ahead_is_not_anchored():
    for pattern in (r"前(?P<n>\d{1,2})(?=客户)", r"指\d{1,3}$", r"指\b", r"(\d)指\1", r"指\d+"):
        assert anchor(re.compile(pattern)) is None, pattern


@pytest.mark.parametrize("name", PATTERN_FILES)
def test_search_at_the_end_finds_what_search_finds(name: str):
    """A rule anchored at the text's end is searched only where the text ends with a character it can end with."""
    rules = [r for r in load_jsonl(f"patterns/{name}") if "regex" in r]
    for rule in rules:
        rx = re.compile(rule["regex"])
        for text in _texts(rule):
            for variant in (text, text + "\n", text[:-1], text + "。"):
                found, plain = search_end(rx, variant), rx.search(variant)
                assert (found and found.span()) == (plain and plain.span()), (rule["id"], variant)
            if len(text) > 2:
                found, plain = search_end(rx, text, 1, len(text) - 1), rx.search(text, 1, len(text) - 1)
                assert (found and found.span()) == (plain and plain.span()), (rule["id"], text)


def test_a_run_of_figures_ends_with_its_joiner():
    """compose.run_member: "分别不低于21.8亿元、28亿元和34.8亿元" — the text before 34.8 ends with 和."""
    rx = re.compile(next(r["regex"] for r in load_jsonl("patterns/metric_compose.v1.jsonl")
                         if r["id"] == "compose.run_member.v1"))
    assert end_chars(rx) == frozenset("、和及与")
    before = "顺丰控股在2016年度、2017年度及2018年度实现的扣除非经常性损益后归属于母公司所有者的净利润分别不低于21.8亿元、28亿元和"
    assert search_end(rx, before).group() == "28亿元和"
    assert search_end(rx, before + "\n").group() == "28亿元和"       # $ also before a final line break
    assert search_end(rx, before[:-1]) is None and rx.search(before[:-1]) is None


def test_what_may_end_elsewhere_or_end_with_anything_has_no_end_characters():
    assert end_chars(re.compile(r"[^，,。；;]{1,30}?等共?$")) == frozenset("等共")     # an optional last part
    assert end_chars(re.compile(r"(?:国家|省)级以上$|[一二三]等奖$")) == frozenset("上奖")   # each alternative ends
    for pattern in (r"等共?", r"等$|共", r"\d+$", r"[^，]+$", r"(?m)等$", r"年(?:的|(?<=\d{4}年))$", r"x?$"):
        assert end_chars(re.compile(pattern)) is None, pattern
