"""enclosing_spans (extract/claims/filters.py) visits only the brackets and quotes of a text (found by one regex)
instead of every character: the stretches must be those the character-by-character reading finds, kept here as
the reference. Real text: the whole 2025 government work report and the ESG sentences sample, each line, and
real lines with nested, unclosed and stray brackets.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.claims.filters import PAIRS, enclosing_spans

REAL = Path(__file__).resolve().parents[2] / "corpora" / "real"
TEXTS = [(REAL / name).read_text(encoding="utf-8")
         for name in ("gov_work_report_state_council_2025.txt", "esg_sentences_train_sample.txt")]
LINES = [line for text in TEXTS for line in text.splitlines() if line.strip()]


def _plain(text: str) -> list[tuple[int, int, str]]:
    spans, stack = [], []
    for i, ch in enumerate(text):
        if stack and ch == PAIRS[stack[-1][1]]:
            start, opener = stack.pop()
            spans.append((start, i + 1, opener))
        elif ch in PAIRS:
            stack.append((i, ch))
    return spans


def test_spans_of_real_text_are_the_plain_reading():
    found = 0
    for text in TEXTS + LINES:
        spans = enclosing_spans(text)
        assert spans == _plain(text), text[:80]
        found += len(spans)
    assert found > 100
    assert {opener for text in TEXTS for _s, _e, opener in enclosing_spans(text)} >= {"“", "《", "（"}


@pytest.mark.parametrize("text, spans", [
    # nested: the inner title closes first
    ("深入学习贯彻《中共中央关于进一步全面深化改革、推进中国式现代化的决定》（以下简称《决定》）",
     [(6, 35, "《"), (40, 44, "《"), (35, 45, "（")]),
    # a closer of another kind inside does not close the stretch; a stray closer is ignored
    ("“十五五”规划）", [(0, 5, "“")]),
    # an opener left open swallows the closers of the outer kind
    ("（“百企千村）", []),
])
def test_nested_and_stray_brackets(text, spans):
    assert enclosing_spans(text) == spans == _plain(text)
