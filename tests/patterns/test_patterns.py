"""Every pattern in models/patterns/*.jsonl carries examples and counter-examples; both are checked here."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

PATTERN_DIR = Path(__file__).resolve().parents[2] / "models" / "patterns"
RULES = [json.loads(line) for path in sorted(PATTERN_DIR.glob("*.jsonl"))
         for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("rule", RULES, ids=[r["id"] for r in RULES])
def test_rule_has_examples_and_versioned_id(rule):
    assert rule["examples"], "a rule without examples fails CI"
    assert re.search(r"\.v\d+$", rule["id"])


@pytest.mark.parametrize("rule", RULES, ids=[r["id"] for r in RULES])
def test_rule_matches_its_examples(rule):
    rx = re.compile(rule["regex"])
    for example in rule["examples"]:
        assert rx.search(example), example
    for counter in rule.get("counter_examples", []):
        assert not rx.search(counter), counter


def test_rule_ids_are_unique():
    """A second rule under an id one file already holds replaced the first when loaded (a 7×24小时 rule once hid the
    24小时 service rule of the same id, and 24小时投诉电话 was a claim again)."""
    ids = [rule["id"] for rule in RULES]
    assert sorted(i for i in set(ids) if ids.count(i) > 1) == []
