"""The literal prefilter (extract/text/literals.py) skips a regex only over a text it cannot match.

Every regex of every pattern file in models/patterns/ is checked on its own examples and counter-examples:
wherever the regex matches, the text holds what ``needs`` says it needs. Then single phenomena: a required
word, a branch, a lookahead, and what the reader leaves alone (\\d, negated classes, case-insensitive parts).
"""
from __future__ import annotations

import re
import pytest

from extract.resources import load_jsonl, models_dir
from extract.text.literals import may_match, needs

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
