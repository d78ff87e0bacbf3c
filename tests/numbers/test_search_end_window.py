"""search_end (extract/text/literals.py) reads the text before a number with rules that end at its end (``…等$``):
it starts the search no earlier than a match of the rule's greatest width can start (``end_width``), and keeps
each rule's end characters and width by the regex's id. It must find what ``rx.search`` finds.

Real text: every line of the 2025 government work report and of the ESG sentences sample, cut after each
character a rule can end with (the text before a number, as the claim fields and the metric composer read it),
searched whole and from a start and to an end inside the line; and each rule's examples after a long real line.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from extract.resources import load_jsonl
from extract.text.literals import end_chars, end_width, search_end

REAL = Path(__file__).resolve().parents[2] / "corpora" / "real"
RULE_FILES = ("patterns/claim_fields.v1.jsonl", "patterns/metric_compose.v1.jsonl")


def _lines(name: str) -> list[str]:
    return [line for line in (REAL / name).read_text(encoding="utf-8").splitlines() if line.strip()]


LINES = _lines("gov_work_report_state_council_2025.txt") + _lines("esg_sentences_train_sample.txt")
RULES = [rule for name in RULE_FILES for rule in load_jsonl(name)
         if "regex" in rule and end_width(re.compile(rule["regex"])) is not None]


def _found(m: re.Match | None):
    return None if m is None else (m.span(), m.groups())


def test_rules_the_window_applies_to():
    ids = {rule["id"] for rule in RULES}
    assert {"field.set_owner.v1", "compose.use_prefix.v1", "compose.top_prefix.v1"} <= ids
    assert len(RULES) >= 5
    # the lazy owner rule (…有/包括…等$) matches real text cut after 等, so the window is compared where it finds
    owner = re.compile(next(rule["regex"] for rule in RULES if rule["id"] == "field.set_owner.v1"))
    assert sum(1 for line in LINES for i, ch in enumerate(line) if ch == "等" and owner.search(line[:i + 1])) >= 10


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule["id"])
def test_search_end_finds_what_search_finds(rule):
    rx = re.compile(rule["regex"])
    chars = end_chars(rx)
    compared = matched = 0
    for line in LINES:
        for i, ch in enumerate(line):
            if ch not in chars:
                continue
            text = line[:i + 1]
            plain = _found(rx.search(text))
            assert _found(search_end(rx, text)) == plain, text
            assert _found(search_end(rx, text + "\n")) == _found(rx.search(text + "\n")), text
            assert _found(search_end(rx, line, i // 2, i + 1)) == _found(rx.search(line, i // 2, i + 1)), text
            compared += 1
            matched += plain is not None
    long_line = max(LINES, key=len)
    for example in rule.get("examples") or []:
        text = long_line + example
        assert _found(search_end(rx, text)) == _found(rx.search(text)), example
        assert _found(search_end(rx, text, len(long_line) - 3)) == _found(rx.search(text, len(long_line) - 3))
    assert compared > 0
