"""The metric model's fast scoring gives the same floats, to the last bit, as scoring its feature dicts.

``MetricModel`` scores each position of a sentence without building the feature dicts the training script
builds (``_position_features``); the reference here is the straightforward form: the scorer's ``partial``
over the dict, plus the claim's table, through the sigmoid. Real sentences: those with numbers in
the opening of the 2025 government work report, each number's mention as a claim.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from extract.claims import metric_model as mm
from extract.numbers.mentions import find_mentions
from extract.text.sentences import split_sentences

REAL = Path(__file__).resolve().parents[2] / "corpora" / "real"


def _sentences() -> list[str]:
    text = (REAL / "gov_work_report_state_council_2025.txt").read_text(encoding="utf-8")[:5000]
    out = [s.text.strip() for line in text.splitlines() for s in split_sentences(line)]
    return [s for s in out if any(ch.isdigit() for ch in s)]


SENTENCES = _sentences()
MODEL = mm.load_metric_model()


def _claims():
    for sentence in SENTENCES:
        for m in find_mentions(sentence):
            yield sentence, m.start, m.end, m.unit or ""


def reference_boundaries(model, sentence: str, m_start: int, m_end: int, kind: str, unit: str):
    """The per-dict form: partial(features of the position) + the claim's table, then the sigmoid."""
    tokens = mm._Tokens(sentence)
    claim_s, claim_e = model.start.claim_table(kind, unit), model.end.claim_table(kind, unit)
    at_number = model.end.weights.get("at_number", 0.0)
    p_s, p_e = {}, {}
    for i in mm.candidate_positions(sentence, m_start, m_end):
        key = ("L", mm._bucket(m_start - i)) if i <= m_start else ("R", mm._bucket(i - m_end))
        s = sum(model.start.weights.get(n, 0.0) * v
                for n, v in mm._position_features(sentence, tokens, i, "start").items())
        e = sum(model.end.weights.get(n, 0.0) * v for n, v in mm._position_features(sentence, tokens, i, "end").items())
        p_s[i] = mm._sigmoid(s + claim_s[key])
        p_e[i] = mm._sigmoid(e + claim_e[key] + (at_number if i == m_start else 0.0))
    return p_s, p_e


def test_real_sentences_with_numbers_are_read():
    assert len(SENTENCES) >= 20
    assert sum(1 for _ in _claims()) >= 50


@pytest.mark.parametrize("kind", ["level", "growth"])
def test_boundary_probabilities_are_the_same_floats(kind):
    model = mm.MetricModel(MODEL.start, MODEL.end, MODEL.rerank, MODEL.meta)     # fresh caches
    for sentence, m_start, m_end, unit in _claims():
        tokens = model._sentence(sentence).tokens
        assert model.boundaries(sentence, tokens, m_start, m_end, kind, unit) == \
            reference_boundaries(MODEL, sentence, m_start, m_end, kind, unit), sentence


def _figure_of_later_clause(text: str) -> bool:
    """A digit of ``text`` after one of its clause delimiters."""
    cut = next((k for k, ch in enumerate(text) if ch in mm.HARD_DELIMS), None)
    return cut is not None and any(ch in "0123456789０１２３４５６７８９" for ch in text[cut:])


def test_candidate_spans_keep_the_order_of_tied_positions():
    for sentence, m_start, m_end, unit in _claims():
        p_s, p_e = reference_boundaries(MODEL, sentence, m_start, m_end, "level", unit)
        starts = sorted(p_s.items(), key=lambda kv: -kv[1])[:8]
        ends = sorted(p_e.items(), key=lambda kv: -kv[1])[:8]
        expected = [(s, e) for s, _ in starts for e, _ in ends
                    if s < e <= s + mm.MAX_SPAN and (e <= m_start or s >= m_end)
                    and not any(ch in mm.HARD_DELIMS or ch in mm.DIGITS for ch in sentence[s:e])
                    # a span on the right starts before the first figure of a later clause, and before a
                    # semicolon or full stop
                    and (e <= m_start or not _figure_of_later_clause(sentence[m_end:s + 1]))
                    and (e <= m_start or not any(ch in "；;。" for ch in sentence[m_end:s + 1]))]
        got = mm.candidate_spans(sentence, m_start, m_end, p_s, p_e)
        assert [(sp.start, sp.end) for sp in got] == expected, sentence


def test_reranker_scores_and_overlaps_are_the_same_floats():
    for sentence, m_start, m_end, unit in _claims():
        for text, features in MODEL.candidates(sentence, m_start, m_end, "level", unit, "国内生产总值"):
            w = MODEL.rerank.weights
            assert MODEL.rerank.score(features) == MODEL.rerank.bias + sum(w.get(n, 0.0) * v
                                                                           for n, v in features.items())
            common = sum((Counter(text) & Counter("国内生产总值")).values())
            p, r = (common / len(text), common / 6) if text and common else (0.0, 0.0)
            assert mm._overlap(text, "国内生产总值") == (2 * p * r / (p + r) if common else 0.0)



@pytest.mark.parametrize("rules", ["国内生产总值", "增长", ""])
def test_reranker_scores_without_feature_dicts_are_the_same_floats(rules):
    """``metric`` scores each candidate straight from the weights; ``candidates`` gives the dicts the training
    script fits on. Both must give the same float, and so the same choice."""
    model = mm.MetricModel(MODEL.start, MODEL.end, MODEL.rerank, MODEL.meta)
    w = MODEL.rerank
    by_family = mm._RerankWeights.of(w)
    for sentence, m_start, m_end, unit in _claims():
        state = model._sentence(sentence)
        spans, p_s, p_e = model._spans(state, m_start, m_end, "growth", unit, rules)
        texts = [sentence[sp.start:sp.end] for sp in spans] + [rules]
        scores = [mm._rerank_score(by_family, w.weights, sentence, state.tokens, sp, text, m_start, m_end, "growth",
                                   rules, p_s, p_e) for sp, text in zip([*spans, None], texts)]
        cands = model.candidates(sentence, m_start, m_end, "growth", unit, rules)
        assert [text for text, _ in cands] == texts
        assert scores == [w.score(features) for _, features in cands], sentence
        assert model.metric(sentence, m_start, m_end, "growth", unit, rules) == \
            max(cands, key=lambda cand: w.score(cand[1]))[0]


@pytest.mark.parametrize("table, limit, size, field", [(mm._PairWeights, "MAX_PAIRS", 40, "pairs"),
                                                       (mm._TokenWeights, "MAX_TOKENS", 30, "tokens")])
def test_a_weight_table_stays_bounded_and_exact(monkeypatch, table, limit, size, field):
    # _PairWeights (bigrams) and _TokenWeights (words) are emptied when full (a long batch reads ever more of them);
    # scores do not change
    weights = mm._PositionWeights.of(MODEL.start, MODEL.end)
    expected = [mm._static_scores(s, mm._Tokens(s), weights) for s in SENTENCES]
    monkeypatch.setattr(table, limit, size)
    small = mm._PositionWeights.of(MODEL.start, MODEL.end)
    assert [mm._static_scores(s, mm._Tokens(s), small) for s in SENTENCES] == expected
    assert len(getattr(small, field)) <= size


def test_choice_is_the_best_candidate_when_the_rules_name_words_of_the_sentence():
    """The rules' metric taken from the sentence itself (the words just before the number, or two of them): spans
    then cover it, lie inside it or equal it, and the rules' metric is widened to the left (``rules_extensions``);
    ``metric`` scores them without building the candidates and must choose as ``max`` over them does."""
    model = mm.MetricModel(MODEL.start, MODEL.end, MODEL.rerank, MODEL.meta)
    w = MODEL.rerank
    seen = 0
    for sentence, m_start, m_end, unit in _claims():
        for rules in {sentence[max(0, m_start - 4):m_start], sentence[max(0, m_start - 6):max(0, m_start - 4)]} - {""}:
            cands = model.candidates(sentence, m_start, m_end, "level", unit, rules)
            assert model.metric(sentence, m_start, m_end, "level", unit, rules) == \
                max(cands, key=lambda cand: w.score(cand[1]))[0], (sentence, rules)
            seen += len(cands)
    assert seen >= 500


def test_choice_when_the_rules_metric_repeats_a_character():
    """The span choice counts the characters a span shares with the rules' metric as a set intersection when the
    rules' metric holds each character once; with a repeated character (增长率比上年增长) it counts the multiset. Both
    must choose as ``max`` over the candidates' feature dicts does."""
    model = mm.MetricModel(MODEL.start, MODEL.end, MODEL.rerank, MODEL.meta)
    w = MODEL.rerank
    for rules in ("增长率比上年增长", "国内生产总值", "生产生产"):
        for sentence, m_start, m_end, unit in _claims():
            cands = model.candidates(sentence, m_start, m_end, "growth", unit, rules)
            assert model.metric(sentence, m_start, m_end, "growth", unit, rules) == \
                max(cands, key=lambda cand: w.score(cand[1]))[0], (sentence, rules)
