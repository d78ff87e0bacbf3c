"""The metric as a learned span: where the words naming what a number measures start and end.

Every character position near the number is a candidate boundary (so a segmenter's cut cannot
truncate a word); two scikit-learn classifiers score each position as the span's start and as its
end from the characters around it, the segmenter's boundaries and part-of-speech flags, punctuation,
the distance to the number, the side of the number and the claim's kind. The best pair (start before
end, no clause punctuation inside, on one side of the number) are candidates, and so is the rules'
metric; a third classifier (the reranker) picks one, so the rules decide where the model is unsure.
Trained by ``models/metric/train_metric.py``.
"""
from __future__ import annotations

import math
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import repeat
from operator import itemgetter, mul

from ..nlp.segmenter import cut_pos
from ..resources import load_joblib

MODEL_FILE = "metric/metric.v1.joblib"
# How far from the number a metric may lie (characters, whitespace-free sentence).
WINDOW_LEFT = 40
WINDOW_RIGHT = 20
MAX_SPAN = 24
# Punctuation a metric never contains (、 may join the items of a named group); nor digits: another number
# of the sentence is not part of what this one measures (the rules' metric may still hold "PM2.5").
HARD_DELIMS = frozenset("，,。；;：:！？!?（）()“”\"")
DIGITS = frozenset("0123456789０１２３４５６７８９.．%％")
_NOT_IN_SPAN = HARD_DELIMS | DIGITS
_P = itemgetter(1)


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    score: float          # log-probability of the start and end together


def _bucket(n: int) -> str:
    return str(n) if n <= 4 else ("8" if n <= 8 else ("16" if n <= 16 else "far"))


_BUCKETS = tuple(_bucket(n) for n in range(64))


class _Tokens:
    """Segmenter boundaries and flags of one sentence, by character position."""

    __slots__ = ("starts", "ends")

    def __init__(self, sentence: str):
        self.starts: dict[int, tuple[str, str]] = {}
        self.ends: dict[int, tuple[str, str]] = {}
        pos = 0
        for word, flag in cut_pos(sentence):
            self.starts[pos] = (word, flag)
            pos += len(word)
            self.ends[pos] = (word, flag)


def _claim_features(i: int, m_start: int, m_end: int, kind: str, unit: str) -> dict[str, float]:
    """What a position means for one claim: its side of the number, how far, the claim's kind and unit."""
    left = i <= m_start
    side = "L" if left else "R"
    dist = _bucket(m_start - i if left else i - m_end)
    return {"side=" + side: 1.0, "dist=" + dist: 1.0, "kind=" + kind: 1.0, "unit=" + (unit or "-"): 1.0,
            "side_dist=" + side + dist: 1.0}


def _chars(sentence: str, i: int) -> dict[str, float]:
    prev = sentence[i - 1] if i > 0 else "^"
    cur = sentence[i] if i < len(sentence) else "$"
    return {"p=" + prev: 1.0, "c=" + cur: 1.0, "pc=" + prev + cur: 1.0,
            "ppc=" + (sentence[i - 2] if i > 1 else "^") + prev: 1.0,
            "cn=" + cur + (sentence[i + 1] if i + 1 < len(sentence) else "$"): 1.0}


def _position_features(sentence: str, tokens: _Tokens, i: int, role: str) -> dict[str, float]:
    """What position ``i`` of the sentence looks like as a metric's first character (role "start") or as
    its end, exclusive (role "end"); the same for every claim of the sentence. The word that starts (ends)
    there is the boundary word; the one on the other side is the neighbour ("pw"/"nw")."""
    f = _chars(sentence, i)
    f["role=" + role] = 1.0
    own, other, side = (tokens.starts, tokens.ends, "p") if role == "start" else (tokens.ends, tokens.starts, "n")
    if i in own:
        word, flag = own[i]
        f["tb"] = 1.0
        f["w=" + word] = 1.0
        f["f=" + flag] = 1.0
    if i in other:
        word, flag = other[i]
        f[side + "w=" + word] = 1.0
        f[side + "f=" + flag] = 1.0
    if role == "start" and (i == 0 or sentence[i - 1] in HARD_DELIMS or sentence[i - 1] == "、"):
        f["after_delim"] = 1.0
    if role == "end" and (i >= len(sentence) or sentence[i] in HARD_DELIMS):
        f["before_delim"] = 1.0
    return f


def start_features(sentence: str, tokens: _Tokens, i: int, m_start: int, m_end: int, kind: str,
                   unit: str) -> dict[str, float]:
    return _position_features(sentence, tokens, i, "start") | _claim_features(i, m_start, m_end, kind, unit)


def end_features(sentence: str, tokens: _Tokens, e: int, m_start: int, m_end: int, kind: str,
                 unit: str) -> dict[str, float]:
    f = _position_features(sentence, tokens, e, "end") | _claim_features(e, m_start, m_end, kind, unit)
    if e == m_start:
        f["at_number"] = 1.0
    return f


def candidate_positions(sentence: str, m_start: int, m_end: int) -> list[int]:
    """Positions a metric may start or end (exclusive) at, on either side of the number."""
    lo, hi = max(0, m_start - WINDOW_LEFT), min(len(sentence), m_end + WINDOW_RIGHT)
    return [*range(lo, m_start + 1), *range(m_end, hi + 1)]


def candidate_spans(sentence: str, m_start: int, m_end: int, p_start: dict[int, float],
                    p_end: dict[int, float], top: int = 8) -> list[Span]:
    """Well-formed spans from the most probable starts and ends: start before end, on one side of the
    number, no clause punctuation inside, not only digits."""
    out = []
    starts = sorted(p_start.items(), key=_P, reverse=True)[:top]     # ties keep the positions' order
    ends = sorted(p_end.items(), key=_P, reverse=True)[:top]
    for s, ps in starts:
        for e, pe in ends:
            if not (s < e <= s + MAX_SPAN) or not (e <= m_start or s >= m_end):
                continue
            if not _NOT_IN_SPAN.isdisjoint(sentence[s:e]):
                continue
            out.append(Span(s, e, math.log(max(ps, 1e-9)) + math.log(max(pe, 1e-9))))
    return out


def rules_extensions(sentence: str, tokens: _Tokens, rules: str, m_start: int, p_start: dict[int, float],
                     p_end: dict[int, float]) -> list[Span]:
    """The rules' metric widened to the left, one segmenter token at a time up to the clause start
    ("股权投资价值" -> "长期股权投资价值", "新兽药证书" -> "获批新兽药证书"): the rules often cut a qualifier
    or a leading verb that the labelled metrics keep."""
    if not rules:
        return []
    end = sentence.rfind(rules, 0, m_start)
    if end < 0 or end + len(rules) > m_start:
        return []
    start, end = end, end + len(rules)
    out = []
    i = start
    while i > 0 and sentence[i - 1] not in HARD_DELIMS and start - i < MAX_SPAN:
        i -= 1
        if i in tokens.starts and end - i <= MAX_SPAN:
            out.append(Span(i, end, math.log(max(p_start.get(i, 0.0), 1e-9))
                            + math.log(max(p_end.get(end, 0.0), 1e-9))))
    return out


@lru_cache(maxsize=4096)
def _overlap(a: str, b: str) -> float:
    """Character F1 of two metrics (as corpora/score.py compares them)."""
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0
    if a in b or b in a:            # the shorter one's characters are all in the other
        common = min(len(a), len(b))
    else:                           # size of the multiset intersection
        common = sum(min(a.count(ch), b.count(ch)) for ch in set(a).intersection(b))
    if not common:
        return 0.0
    p, r = common / len(a), common / len(b)
    return 2 * p * r / (p + r)


def span_features(sentence: str, tokens: _Tokens, span: Span | None, text: str, m_start: int, m_end: int,
                  kind: str, rules: str, p_start: dict[int, float], p_end: dict[int, float]) -> dict[str, float]:
    """What the reranker sees of one candidate metric (a span of the sentence, or the rules' metric)."""
    f: dict[str, float] = {"kind=" + kind: 1.0, "len=" + _bucket(len(text)): 1.0}
    agree = _overlap(text, rules)
    f["rules_agree=" + ("none" if not rules else "1" if agree >= 0.99 else "hi" if agree >= 0.6 else
                        "lo" if agree > 0 else "0")] = 1.0
    if span is None:
        f["is_rules"] = 1.0
        f["rules_in_sentence"] = float(text in sentence)
        return f
    f["score"] = span.score
    if rules and rules != text and rules in text:
        extra = len(text) - len(rules)
        f["covers_rules=" + ("suffix" if text.endswith(rules) else "prefix" if text.startswith(rules) else "mid")] = 1.0
        f["extra=" + _bucket(extra)] = 1.0
        if text.endswith(rules) and span.start in tokens.starts:
            f["ext_flag=" + tokens.starts[span.start][1]] = 1.0
            f["ext_word=" + tokens.starts[span.start][0]] = 1.0
    elif rules and text != rules and text in rules:
        f["inside_rules"] = 1.0
    f["p_start"] = p_start.get(span.start, 0.0)
    f["p_end"] = p_end.get(span.end, 0.0)
    left = span.end <= m_start
    between = sentence[span.end:m_start] if left else sentence[m_end:span.start]
    f["side=" + ("L" if left else "R")] = 1.0
    f["gap=" + _bucket(len(between))] = 1.0
    f["gap_delim"] = float(not HARD_DELIMS.isdisjoint(between))
    f["tb_start"] = float(span.start in tokens.starts)
    f["tb_end"] = float(span.end in tokens.ends)
    f["first=" + text[0]] = 1.0
    f["last=" + text[-1]] = 1.0
    if span.end in tokens.ends:
        f["last_flag=" + tokens.ends[span.end][1]] = 1.0
    if span.start in tokens.starts:
        f["first_flag=" + tokens.starts[span.start][1]] = 1.0
    return f


@dataclass(slots=True)
class _SentenceScores:
    """One sentence's segmentation and its positions' static start/end scores (filled as claims need them)."""

    sentence: str
    tokens: _Tokens
    start: dict[int, float] = field(default_factory=dict)
    end: dict[int, float] = field(default_factory=dict)


_NO_WEIGHT = (0.0, 0.0)


def _weight_pairs(start: LinearScorer, end: LinearScorer) -> dict[str, tuple[float, float]]:
    """Feature name -> (start weight, end weight): one look-up serves both scorers."""
    return {name: (start.weights.get(name, 0.0), end.weights.get(name, 0.0))
            for name in start.weights.keys() | end.weights.keys()}


def _score_positions(sentence: str, tokens: _Tokens, positions, pairs: dict[str, tuple[float, float]],
                     out_start: dict[int, float], out_end: dict[int, float]) -> None:
    """``LinearScorer.partial(_position_features(sentence, tokens, i, role))`` for both roles of each position,
    without building the feature dicts. The weights are added in the order the features are listed by
    :func:`_chars` and :func:`_position_features`, so each sum is the same float to the last bit
    (tests/claims/test_metric_speed_equivalence.py checks it)."""
    get = pairs.get
    n = len(sentence)
    starts, ends = tokens.starts, tokens.ends
    role_s = get("role=start", _NO_WEIGHT)[0]
    role_e = get("role=end", _NO_WEIGHT)[1]
    tb_s, tb_e = get("tb", _NO_WEIGHT)
    after = get("after_delim", _NO_WEIGHT)[0]
    before = get("before_delim", _NO_WEIGHT)[1]
    for i in positions:
        prev = sentence[i - 1] if i > 0 else "^"
        cur = sentence[i] if i < n else "$"
        w1 = get("p=" + prev, _NO_WEIGHT)
        w2 = get("c=" + cur, _NO_WEIGHT)
        w3 = get("pc=" + prev + cur, _NO_WEIGHT)
        w4 = get("ppc=" + (sentence[i - 2] if i > 1 else "^") + prev, _NO_WEIGHT)
        w5 = get("cn=" + cur + (sentence[i + 1] if i + 1 < n else "$"), _NO_WEIGHT)
        s = 0 + w1[0] + w2[0] + w3[0] + w4[0] + w5[0] + role_s
        e = 0 + w1[1] + w2[1] + w3[1] + w4[1] + w5[1] + role_e
        at_start, at_end = starts.get(i), ends.get(i)
        if at_start is not None:          # the word starting here: own word for "start", neighbour for "end"
            word, flag = at_start
            s = s + tb_s + get("w=" + word, _NO_WEIGHT)[0] + get("f=" + flag, _NO_WEIGHT)[0]
        if at_end is not None:
            word, flag = at_end
            s = s + get("pw=" + word, _NO_WEIGHT)[0] + get("pf=" + flag, _NO_WEIGHT)[0]
            e = e + tb_e + get("w=" + word, _NO_WEIGHT)[1] + get("f=" + flag, _NO_WEIGHT)[1]
        if at_start is not None:
            word, flag = at_start
            e = e + get("nw=" + word, _NO_WEIGHT)[1] + get("nf=" + flag, _NO_WEIGHT)[1]
        if i == 0 or sentence[i - 1] in HARD_DELIMS or sentence[i - 1] == "、":
            s = s + after
        if i >= n or sentence[i] in HARD_DELIMS:
            e = e + before
        out_start[i] = s
        out_end[i] = e


@dataclass
class MetricModel:
    """Two boundary classifiers and a reranker over their best spans and the rules' metric, each a fitted
    logistic regression kept as its feature weights (plain data: the file loads with any scikit-learn)."""

    start: LinearScorer
    end: LinearScorer
    rerank: LinearScorer | None
    meta: dict

    def __getstate__(self) -> dict:
        """Pickle the weights only, not the per-sentence and per-claim caches (attributes named ``_…``)."""
        return {k: v for k, v in self.__dict__.items() if not k.startswith("_")}

    def boundaries(self, sentence: str, tokens: _Tokens, m_start: int, m_end: int, kind: str, unit: str):
        """P(start here), P(end here) for every candidate position. A position's own features score the same
        for every claim of a sentence (computed once per sentence); the claim's features depend only on
        its kind, unit, and the side and distance bucket of the position."""
        positions = candidate_positions(sentence, m_start, m_end)
        static_s, static_e = self._sentence_scores(sentence, tokens, positions)
        left_s, right_s, left_e, right_e = self._claim_tables(kind, unit)
        at_number = self.end.weights.get("at_number", 0.0)
        p_s, p_e = {}, {}
        exp = math.exp
        for i in positions:
            if i <= m_start:
                d = min(m_start - i, 63)
                z_s, z_e = static_s[i] + left_s[d], static_e[i] + left_e[d] + (at_number if i == m_start else 0.0)
            else:
                d = min(i - m_end, 63)
                z_s, z_e = static_s[i] + right_s[d], static_e[i] + right_e[d] + 0.0
            p_s[i] = 1.0 / (1.0 + exp(-z_s)) if z_s > -30 else 0.0        # _sigmoid, inlined
            p_e[i] = 1.0 / (1.0 + exp(-z_e)) if z_e > -30 else 0.0
        return p_s, p_e

    def _claim_tables(self, kind: str, unit: str) -> tuple[list[float], ...]:
        """The start and end scorers' :meth:`LinearScorer.claim_table` as lists by distance (0…63) for the
        left and the right side: start left, start right, end left, end right; kept per (kind, unit)."""
        tables = self.__dict__.setdefault("_claim_tables_cache", {})
        key = (kind, unit)
        if key not in tables:
            start, end = self.start.claim_table(kind, unit), self.end.claim_table(kind, unit)
            tables[key] = tuple([table[(side, b)] for b in _BUCKETS] for table in (start, end) for side in "LR")
        return tables[key]

    def _sentence(self, sentence: str) -> _SentenceScores:
        """The per-sentence state (segmentation, position scores) of the sentence being read; claims of one
        sentence come one after another, so only the last sentence is kept."""
        state = self.__dict__.get("_static")
        if state is None or state.sentence != sentence:
            state = self._static = _SentenceScores(sentence, _Tokens(sentence))
        return state

    def _sentence_scores(self, sentence: str, tokens: _Tokens, positions) -> tuple[dict[int, float], dict[int, float]]:
        """Each position's own part of the start and end scores (``LinearScorer.partial`` of
        :func:`_position_features`), computed once per sentence and position."""
        state = self._sentence(sentence)
        if state.tokens is not tokens and (state.tokens.starts != tokens.starts or state.tokens.ends != tokens.ends):
            state = self._static = _SentenceScores(sentence, tokens)
        missing = [i for i in positions if i not in state.start]
        if missing:
            pairs = self.__dict__.get("_pairs")
            if pairs is None:
                pairs = self._pairs = _weight_pairs(self.start, self.end)
            _score_positions(sentence, state.tokens, missing, pairs, state.start, state.end)
        return state.start, state.end

    def candidates(self, sentence: str, m_start: int, m_end: int, kind: str, unit: str, rules: str):
        """(metric text, reranker features) for every candidate, the rules' metric last."""
        tokens = self._sentence(sentence).tokens
        p_s, p_e = self.boundaries(sentence, tokens, m_start, m_end, kind, unit)
        spans = candidate_spans(sentence, m_start, m_end, p_s, p_e)
        seen = {(sp.start, sp.end) for sp in spans}
        spans += [sp for sp in rules_extensions(sentence, tokens, rules, m_start, p_s, p_e)
                  if (sp.start, sp.end) not in seen]
        out = [(sentence[sp.start:sp.end],
                span_features(sentence, tokens, sp, sentence[sp.start:sp.end], m_start, m_end, kind, rules, p_s, p_e))
               for sp in spans]
        out.append((rules, span_features(sentence, tokens, None, rules, m_start, m_end, kind, rules, p_s, p_e)))
        return out

    def metric(self, sentence: str, m_start: int, m_end: int, kind: str, unit: str, rules: str = "") -> str:
        """The best candidate metric; the rules' metric when no span beats it."""
        cands = self.candidates(sentence, m_start, m_end, kind, unit, rules)
        return max(cands, key=lambda cand: self.rerank.score(cand[1]))[0]


@dataclass(frozen=True, slots=True)
class LinearScorer:
    """A fitted binary logistic regression as feature weights: scoring one dict of features by lookup is
    much faster than building a sparse matrix for it (a claim scores about a hundred positions)."""

    weights: dict[str, float]
    bias: float

    @classmethod
    def of(cls, vectorizer, clf) -> LinearScorer:
        coef = clf.coef_[0]
        return cls({name: float(coef[i]) for name, i in vectorizer.vocabulary_.items()}, float(clf.intercept_[0]))

    def score(self, features: dict[str, float]) -> float:
        return self.bias + self.partial(features)

    def claim_table(self, kind: str, unit: str) -> dict[tuple[str, str], float]:
        """Bias + the claim's features, for each side and distance bucket of a position."""
        w = self.weights
        const = self.bias + w.get("kind=" + kind, 0.0) + w.get("unit=" + (unit or "-"), 0.0)
        return {(side, b): const + w.get("side=" + side, 0.0) + w.get("dist=" + b, 0.0)
                + w.get("side_dist=" + side + b, 0.0) for side in "LR" for b in set(_BUCKETS)}

    def partial(self, features: dict[str, float]) -> float:
        """The features' part of the score, without the bias (summed left to right, in the features' order)."""
        return sum(map(mul, map(self.weights.get, features, _ZEROS), features.values()))


_ZEROS = repeat(0.0)


def _sigmoid(z: float) -> float:
    return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0


_RULES_ONLY: ContextVar[bool] = ContextVar("tieout_metric_rules_only", default=False)


@contextmanager
def rules_only():
    """Within this block claims take the rules' metric (how the training script sees what the rules say)."""
    token = _RULES_ONLY.set(True)
    try:
        yield
    finally:
        _RULES_ONLY.reset(token)


def active_metric_model() -> MetricModel | None:
    return None if _RULES_ONLY.get() else load_metric_model()


@lru_cache(maxsize=1)
def load_metric_model() -> MetricModel | None:
    """The shipped model, or None when models/ holds none (the rules then decide alone)."""
    return load_joblib(MODEL_FILE)
