"""classify_line tests a line against all line rules at once first (``_any_rule``); a line no rule fits is a
table row or body at once. The answer must be the same as testing each rule in turn."""
from __future__ import annotations

import re
from pathlib import Path

from extract.text import lines
from seed_parts import dev_text

REAL = Path(__file__).resolve().parents[2] / "corpora" / "real"


def _real_lines() -> list[str]:
    texts = [dev_text("000_0d6d81e4e345128e"), dev_text("003_63e6428607ab0510"), (REAL / "gov_work_report_state_council_2025.txt").read_text("utf-8"),
             (REAL / "esg_sentences_train_sample.txt").read_text("utf-8")]
    return [line for text in texts for line in text.splitlines()]


def test_the_shipped_rules_are_tested_at_once():
    assert lines._any_rule() is not None


def test_real_lines_get_the_roles_of_testing_each_rule(monkeypatch):
    real = _real_lines()
    fast = [lines.classify_line(line) for line in real]
    monkeypatch.setattr(lines, "_any_rule", lambda: None)       # each rule in turn
    assert fast == [lines.classify_line(line) for line in real]
    assert {"heading", "caption", "table", "body"} <= set(fast)


def test_a_rule_not_anchored_at_the_line_start_turns_the_shortcut_off(monkeypatch):
    rules = lines.line_rules()
    lines._any_rule.cache_clear()
    try:
        monkeypatch.setattr(lines, "line_rules", lambda: rules + (("line.x", "source", re.compile("资料|^来源")),))
        assert lines._any_rule() is None
        assert lines.classify_line("表中资料整理自年报") == "source"
    finally:
        monkeypatch.undo()
        lines._any_rule.cache_clear()
