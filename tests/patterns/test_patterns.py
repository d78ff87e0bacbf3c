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
