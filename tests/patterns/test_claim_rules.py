"""The data rules of claims run end to end on their own examples: numeral regex, mention rules, filters.

``models/patterns/claim_filters.v1.jsonl``: each example's numeral (group ``n``/``n2``) is found as a
mention and kept ("keep") or rejected by that very rule ("reject"). ``models/patterns/mentions.v1.jsonl``:
each example yields the mention the rule adds, retypes or merges.
"""
from __future__ import annotations

import re
from decimal import Decimal

import pytest

from extract.claims.filters import enclosing_spans, filter_rules, reject_reason
from extract.numbers.mentions import find_mentions, mention_rules
from extract.resources import load_jsonl

FILTERS = load_jsonl("patterns/claim_filters.v1.jsonl")
MENTIONS = load_jsonl("patterns/mentions.v1.jsonl")


def _compact(text: str) -> str:
    return "".join(text.split())


def _numeral_starts(rx: re.Pattern, text: str) -> list[int]:
    starts = []
    for hit in rx.finditer(text):
        for group in ("n", "n2", "n3"):
            if group in rx.groupindex and hit.start(group) >= 0:
                starts.append(hit.start(group))
    return starts


@pytest.mark.parametrize("rule", FILTERS, ids=[r["id"] for r in FILTERS])
def test_filter_rule_decides_its_examples(rule):
    rx = re.compile(rule["regex"])
    for example in rule["examples"]:
        text = _compact(example)
        mentions = {m.num_start: m for m in find_mentions(text)}
        starts = _numeral_starts(rx, text)
        assert starts and starts[0] in mentions, example
        for start in (s for s in starts if s in mentions):   # n2 may be the high end of a range
            reason = reject_reason(mentions[start], text, enclosing_spans(text))
            assert reason == (None if rule["label"] == "keep" else rule["id"]), (example, reason)


def test_filter_rules_load_in_file_order():
    assert [r[0] for r in filter_rules()] == [r["id"] for r in FILTERS]
    assert {r["label"] for r in FILTERS} <= {"keep", "reject"}
    assert [r[1].removesuffix("_bare") for r in filter_rules()] == [r["label"] for r in FILTERS]


@pytest.mark.parametrize("rule", MENTIONS, ids=[r["id"] for r in MENTIONS])
def test_mention_rule_applies_to_its_examples(rule):
    assert any(r.id == rule["id"] for r in mention_rules())
    rx = re.compile(rule["regex"])
    for example in rule["examples"]:
        text = _compact(example)
        hit = rx.search(text)
        found = {m.num_start: m for m in find_mentions(text)}
        if rule["label"] == "mention":
            m = found[hit.start("n")]
            assert m.value == Decimal(rule["value"]) and m.unit_written == hit.group("u")
        elif rule["label"] == "retype":
            assert found[hit.start("n")].unit_kind == rule["unit_kind"]
        elif rule["label"] == "unit":
            assert found[hit.start("n")].unit == rule["unit"] and found[hit.start("n")].unit_written == ""
        else:
            m = found[hit.start()]
            assert m.numeral == hit.group() and m.end == hit.end()
            assert not any(hit.start() < s < hit.end() for s in found), "parts of a fraction are not numbers"
