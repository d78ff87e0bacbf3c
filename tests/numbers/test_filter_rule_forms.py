"""Two rules of models/patterns/claim_filters.v1.jsonl open with the digit they mark and test the character before
it by a lookbehind after it, so ``re`` skips at C speed to the digits (a leading lookbehind makes it try every
position): not_claim.footnote_marker (3.7x faster over the seeds' blocks) and not_claim.glued_code (2.4x). They
must find what their plain forms, kept here as the reference, find.

Real text: every line of the 2025 government work report and of the ESG sentences sample (also cut 1-3 characters
into the line, so a text opens inside a word), and the rules' examples and counter-examples.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from extract.claims.filters import data_rule_hits
from extract.resources import load_jsonl

REAL = Path(__file__).resolve().parents[2] / "corpora" / "real"
RULES = {rule["id"]: rule for rule in load_jsonl("patterns/claim_filters.v1.jsonl")}
PLAIN = {
    "not_claim.footnote_marker.v1":
        r"(?<=[一-鿿])(?<![为达是有共计约近至到比占长降加少于了第前后])(?P<n>[1-9])(?=[一二三四五六七八九，。；、])",
    "not_claim.glued_code.v1": r"(?<=[一-鿿A-Za-z])(?P<n>[0-9]{5,})(?=[一-鿿A-Za-z])",
}


def _lines(name: str) -> list[str]:
    return [line for line in (REAL / name).read_text(encoding="utf-8").splitlines() if line.strip()]


LINES = _lines("gov_work_report_state_council_2025.txt") + _lines("esg_sentences_train_sample.txt")


def _found(rx: re.Pattern, text: str) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in rx.finditer(text)]


@pytest.mark.parametrize("rule_id", sorted(PLAIN))
def test_rule_finds_what_its_plain_form_finds(rule_id):
    rule, plain = re.compile(RULES[rule_id]["regex"]), re.compile(PLAIN[rule_id])
    texts = LINES + list(RULES[rule_id]["examples"]) + list(RULES[rule_id].get("counter_examples", []))
    found = 0
    for text in texts:
        assert _found(rule, text) == _found(plain, text), text
        for cut in (1, 2, 3):                   # a text that opens inside a word or a digit run
            assert _found(rule, text[cut:]) == _found(plain, text[cut:]), text[cut:]
        found += bool(plain.search(text))
    assert found >= 1


def test_real_markers_and_codes():
    text = RULES["not_claim.footnote_marker.v1"]["examples"][0]
    assert ("reject_bare", "not_claim.footnote_marker.v1") in data_rule_hits(text)[text.index("1")]
    text = "GRI304生物多样性20163043受保护或经修复的栖息地"
    assert ("reject_bare", "not_claim.glued_code.v1") in data_rule_hits(text)[text.index("20163043")]
    assert text.index("304") not in data_rule_hits(text)      # three digits are no code
