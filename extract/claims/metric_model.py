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
import re
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, repeat
from operator import add, itemgetter, mul

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
_WORD = itemgetter(0)


@dataclass(slots=True)
class Span:
    """A candidate metric (not frozen: a claim builds a dozen or more, and a frozen dataclass's ``__init__`` sets each
    field through ``object.__setattr__``)."""

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
        words = cut_pos(sentence)
        ends = list(accumulate(map(len, map(_WORD, words))))       # where each (word, flag) ends
        self.starts: dict[int, tuple[str, str]] = dict(zip([0, *ends], words))
        self.ends: dict[int, tuple[str, str]] = dict(zip(ends, words))


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


_PART_END = re.compile("[；;。]")
_FIGURE_AFTER_CLAUSE = re.compile("[" + re.escape("".join(sorted(HARD_DELIMS))) + "][^0-9０-９]*?(?P<figure>[0-9０-９])")


def candidate_positions(sentence: str, m_start: int, m_end: int) -> list[int]:
    """Positions a metric may start or end (exclusive) at, on either side of the number."""
    lo, hi = max(0, m_start - WINDOW_LEFT), min(len(sentence), m_end + WINDOW_RIGHT)
    return [*range(lo, m_start + 1), *range(m_end, hi + 1)]


def candidate_spans(sentence: str, m_start: int, m_end: int, p_start: dict[int, float],
                    p_end: dict[int, float], top: int = 8, *, blocked: list[int] | None = None) -> list[Span]:
    """Well-formed spans from the most probable starts and ends: start before end, on one side of the
    number, no clause punctuation inside, not only digits. ``blocked``: the sentence's
    :func:`_blocked_before` (computed when not given)."""
    if blocked is None:
        blocked = _blocked_before(sentence)
    beyond = _next_figure(sentence, m_end)
    out = []
    starts = sorted(p_start.items(), key=_P, reverse=True)[:top]     # ties keep the positions' order
    # each position's log-probability once (the same floats as computed per pair)
    ends = [(e, math.log(max(pe, 1e-9))) for e, pe in sorted(p_end.items(), key=_P, reverse=True)[:top]]
    for s, ps in starts:
        log_s, lo, hi, blocked_s = math.log(max(ps, 1e-9)), s, s + MAX_SPAN, blocked[s]
        left = s < m_end                    # a span starting before the number's end must end at its start
        for e, log_e in ends:
            if not (lo < e <= hi) or (left and e > m_start) or s >= beyond:
                continue
            if blocked[e] != blocked_s:             # a character of _NOT_IN_SPAN inside
                continue
            out.append(Span(s, e, log_s + log_e))
    return out


def _next_figure(sentence: str, m_end: int) -> int:
    """Where the first figure of a later clause starts (the sentence's length if none): a span on the number's right
    starts before it ("完成产值1710.7亿元，可比增长3.4%，占规上工业总产值的36.4%": 占规上工业总产值 names the share after,
    not the amount; "共有5批14名学生被授予中国石化博士奖学金": in one clause, the batches are of 奖学金)."""
    hit = _FIGURE_AFTER_CLAUSE.search(sentence, m_end)
    part = _PART_END.search(sentence, m_end)    # nor past a semicolon: "…完成预算的102.3%，增长9.5%；地方政府一般债务还本
    # 支出5.71亿元": the growth was named by the next part's 一般债务还本支出
    return min(hit.start("figure") if hit else len(sentence), part.start() if part else len(sentence))


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
        shared = set(a).intersection(b)
        common = sum(map(min, map(a.count, shared), map(b.count, shared)))
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


_Z4 = (0.0, 0.0, 0.0, 0.0)
_Z6 = (0.0, 0.0, 0.0, 0.0, 0.0, 0.0)
# Feature families of a position (``_chars`` and ``_position_features``) by what they look up.
_CHAR_FAMILIES, _GRAM_FAMILIES, _WORD_FAMILIES = ("p", "c"), ("pc", "ppc", "cn"), ("w", "pw", "nw")
# A candidate position lies at most this far from the number, so a claim's distance never reaches the last bucket
# index (63) the claim tables are built for.
assert WINDOW_LEFT < 63 and WINDOW_RIGHT < 63


@dataclass(frozen=True, slots=True)
class _PositionWeights:
    """The start and end scorers' weights of the position features, one look-up per character, bigram, word
    and flag of a sentence: ``chars[c]`` = (p= start, p= end, c= start, c= end); ``grams[b]`` = (pc= start,
    pc= end, ppc= start, ppc= end, cn= start, cn= end); ``words[w]`` and ``flags[f]`` = (w= start, w= end,
    pw= start, nw= end) and (f= start, f= end, pf= start, nf= end); 0.0 for a feature a scorer lacks."""

    chars: dict[str, tuple[float, float, float, float]]
    grams: dict[str, tuple[float, float, float, float, float, float]]
    words: dict[str, tuple[float, float, float, float]]
    flags: dict[str, tuple[float, float, float, float]]
    role_start: float
    role_end: float
    tb_start: float
    tb_end: float
    after_delim: float
    before_delim: float
    pairs: _PairWeights = None        # type: ignore[assignment]      (set by ``of``)
    tokens: _TokenWeights = None      # type: ignore[assignment]      (set by ``of``)

    @classmethod
    def of(cls, start: LinearScorer, end: LinearScorer) -> _PositionWeights:
        ws, we = start.weights, end.weights
        keys: dict[str, set[str]] = {"chars": set(), "grams": set(), "words": set(), "flags": set()}
        for name in ws.keys() | we.keys():
            family, sep, rest = name.partition("=")
            if not sep:
                continue
            if family in _CHAR_FAMILIES:
                keys["chars"].add(rest)
            elif family in _GRAM_FAMILIES:
                keys["grams"].add(rest)
            elif family in _WORD_FAMILIES:
                keys["words"].add(rest)
            elif family in ("f", "pf", "nf"):
                keys["flags"].add(rest)
        s, e = ws.get, we.get
        weights = cls(
            chars={c: (s("p=" + c, 0.0), e("p=" + c, 0.0), s("c=" + c, 0.0), e("c=" + c, 0.0)) for c in keys["chars"]},
            grams={b: (s("pc=" + b, 0.0), e("pc=" + b, 0.0), s("ppc=" + b, 0.0), e("ppc=" + b, 0.0),
                       s("cn=" + b, 0.0), e("cn=" + b, 0.0)) for b in keys["grams"]},
            words={w: (s("w=" + w, 0.0), e("w=" + w, 0.0), s("pw=" + w, 0.0), e("nw=" + w, 0.0)) for w in keys["words"]},
            flags={f: (s("f=" + f, 0.0), e("f=" + f, 0.0), s("pf=" + f, 0.0), e("nf=" + f, 0.0)) for f in keys["flags"]},
            role_start=s("role=start", 0.0), role_end=e("role=end", 0.0), tb_start=s("tb", 0.0), tb_end=e("tb", 0.0),
            after_delim=s("after_delim", 0.0), before_delim=e("before_delim", 0.0), pairs=_PairWeights(),
            tokens=_TokenWeights())
        weights.pairs.weights = weights.tokens.weights = weights
        return weights


class _PairWeights(dict):
    """Bigram of the padded sentence (previous char, own char) -> the weights a position reads from it: (the
    start's ``(p= + c=) + pc=``, the same for the end, ppc= start, ppc= end, cn= start, cn= end). The first two sum
    what a position reads of its previous and own character in the order ``_chars`` lists them, so a position's
    score is that sum + the ppc= of the bigram before + the cn= of the bigram after: the same floats, one look-up
    per position. Filled as bigrams are met, and emptied when it holds MAX_PAIRS (about 16 MB), so a long batch's
    memory does not grow with the bigrams it reads."""

    __slots__ = ("weights",)
    MAX_PAIRS = 65536

    def __missing__(self, gram: str) -> tuple[float, float, float, float, float, float]:
        if len(self) >= self.MAX_PAIRS:
            self.clear()
        w = self.weights
        prev, cur = w.chars.get(gram[0], _Z4), w.chars.get(gram[1], _Z4)
        g = w.grams.get(gram, _Z6)
        value = self[gram] = (prev[0] + cur[2] + g[0], prev[1] + cur[3] + g[1], g[2], g[3], g[4], g[5])
        return value


class _TokenWeights(dict):
    """A segmenter token ``(word, flag)`` -> its word's and its flag's weights side by side: ``words[word] +
    flags[flag]`` (w= start, w= end, pw= start, nw= end, f= start, f= end, pf= start, nf= end; 0.0 for a word or
    flag no scorer knows). Filled as tokens are met, emptied when it holds MAX_TOKENS (as ``_PairWeights``)."""

    __slots__ = ("weights",)
    MAX_TOKENS = 65536

    def __missing__(self, token: tuple[str, str]) -> tuple[float, ...]:
        if len(self) >= self.MAX_TOKENS:
            self.clear()
        w = self.weights
        value = self[token] = w.words.get(token[0], _Z4) + w.flags.get(token[1], _Z4)
        return value


def _static_scores(sentence: str, tokens: _Tokens, w: _PositionWeights) -> tuple[list[float], list[float]]:
    """``LinearScorer.partial(_position_features(sentence, tokens, i, role))`` of the start and the end scorer for
    every position 0…len(sentence), without building the feature dicts: each character, bigram, word and flag
    of the sentence is looked up once, and the features' weights are summed column by column (``map``) in the
    order :func:`_chars` and :func:`_position_features` list them, so each sum is the same float to the last bit
    (tests/claims/test_metric_speed_equivalence.py checks it). A feature a scorer lacks adds 0.0, which changes
    no sum (only the sign of a zero, which no probability sees)."""
    n = len(sentence)
    padded = "^^" + sentence + "$$"          # position i: previous char padded[i + 1], its own padded[i + 2]
    pairs = w.pairs
    # the bigrams padded[j:j + 2]; position i reads (p= + c=) + pc= of bigram i + 1, ppc= of bigram i, cn= of i + 2
    col = list(zip(*map(pairs.__getitem__, map(add, padded[:-1], padded[1:]))))
    s = list(map(add, map(add, map(add, col[0][1:n + 2], col[2][0:n + 1]), col[4][2:n + 3]), repeat(w.role_start)))
    e = list(map(add, map(add, map(add, col[1][1:n + 2], col[3][0:n + 1]), col[5][2:n + 3]), repeat(w.role_end)))
    # The words' parts, in the order the features list them: at a position the word starting there (own word of
    # "start": tb, w=, f=) then the one ending there (pw=, pf=); for "end" the word ending there (tb, w=, f=) then the
    # one starting there (nw=, nf=). The words tile the sentence (``_Tokens``), so one walk over them visits each
    # boundary once with both its words, each ``(word, flag)`` looked up once (``w.tokens``: its w=/f= weights).
    table, tb_s, tb_e = w.tokens, w.tb_start, w.tb_end
    last = None
    for i, token in tokens.starts.items():
        a = table[token]
        if last is None:                                     # the sentence's start: no word ends here
            s[i] = s[i] + tb_s + a[0] + a[4]
            e[i] = e[i] + a[3] + a[7]
        else:
            s[i] = s[i] + tb_s + a[0] + a[4] + last[2] + last[6]
            e[i] = e[i] + tb_e + last[1] + last[5] + a[3] + a[7]
        last = a
    if last is not None:                                     # the sentence's end: no word starts here
        i = next(reversed(tokens.ends))
        s[i] = s[i] + last[2] + last[6]
        e[i] = e[i] + tb_e + last[1] + last[5]
    after, before = w.after_delim, w.before_delim
    s[0] = s[0] + after
    e[n] = e[n] + before
    for m in _DELIM_RE.finditer(sentence):
        i = m.start()
        s[i + 1] = s[i + 1] + after
        if m.group() != "、":
            e[i] = e[i] + before
    return s, e


# A character of HARD_DELIMS or 、 (a metric starts after either and ends before the first).
_DELIM_RE = re.compile("[" + re.escape("".join(sorted(HARD_DELIMS)) + "、") + "]")


@dataclass(slots=True)
class _SentenceScores:
    """One sentence's segmentation, its positions' static start/end scores, and the count of characters no
    metric holds (``_NOT_IN_SPAN``) before each position."""

    sentence: str
    tokens: _Tokens
    start: list[float]
    end: list[float]
    blocked: list[int]


def _blocked_before(sentence: str) -> list[int]:
    return list(accumulate(map(_NOT_IN_SPAN.__contains__, sentence), add, initial=0))


def _sigmoids(zs: list[float]) -> list[float]:
    """``_sigmoid`` of each logit (the same floats: 1.0 / (1.0 + exp(-z)), 0.0 at or below -30)."""
    exp = math.exp
    if zs and min(zs) > -30:          # the usual case: no logit to cut, no test per logit
        return [1.0 / (1.0 + exp(-z)) for z in zs]
    return [1.0 / (1.0 + exp(-z)) if z > -30 else 0.0 for z in zs]


_AGREE = ("none", "1", "hi", "lo", "0")


@dataclass(frozen=True, slots=True)
class _RerankWeights:
    """The reranker's weights by feature family (``span_features``), looked up without building names: per
    value of a bucket or a label, per character of "first="/"last=", per word or flag."""

    bias: float
    kind: dict[str, float]
    length: tuple[float, ...]          # len= by length 0…63
    agree: dict[str, float]            # rules_agree=
    is_rules: float
    rules_in_sentence: float
    score: float
    covers: dict[str, float]           # covers_rules= suffix/prefix/mid
    extra: tuple[float, ...]           # extra= by length 0…63
    ext_flag: dict[str, float]
    ext_word: dict[str, float]
    inside_rules: float
    p_start: float
    p_end: float
    side_left: float
    side_right: float
    gap: tuple[float, ...]             # gap= by length 0…63
    gap_delim: float
    tb_start: float
    tb_end: float
    first: dict[str, float]
    last: dict[str, float]
    last_flag: dict[str, float]
    first_flag: dict[str, float]

    @classmethod
    def of(cls, scorer: LinearScorer) -> _RerankWeights:
        w = scorer.weights

        def family(prefix: str) -> dict[str, float]:
            return {name[len(prefix):]: value for name, value in w.items() if name.startswith(prefix)}

        def by_length(prefix: str) -> tuple[float, ...]:
            return tuple(w.get(prefix + b, 0.0) for b in _BUCKETS)

        return cls(bias=scorer.bias, kind=family("kind="), length=by_length("len="),
                   agree={a: w.get("rules_agree=" + a, 0.0) for a in _AGREE}, is_rules=w.get("is_rules", 0.0),
                   rules_in_sentence=w.get("rules_in_sentence", 0.0), score=w.get("score", 0.0),
                   covers={c: w.get("covers_rules=" + c, 0.0) for c in ("suffix", "prefix", "mid")},
                   extra=by_length("extra="), ext_flag=family("ext_flag="), ext_word=family("ext_word="),
                   inside_rules=w.get("inside_rules", 0.0), p_start=w.get("p_start", 0.0), p_end=w.get("p_end", 0.0),
                   side_left=w.get("side=L", 0.0), side_right=w.get("side=R", 0.0), gap=by_length("gap="),
                   gap_delim=w.get("gap_delim", 0.0), tb_start=w.get("tb_start", 0.0), tb_end=w.get("tb_end", 0.0),
                   first=family("first="), last=family("last="), last_flag=family("last_flag="),
                   first_flag=family("first_flag="))


def _by_length(table: tuple[float, ...], prefix: str, weights: dict[str, float], n: int) -> float:
    return table[n] if n < 64 else weights.get(prefix + _bucket(n), 0.0)


def _rerank_score(rw: _RerankWeights, weights: dict[str, float], sentence: str, tokens: _Tokens, span: Span | None,
                  text: str, m_start: int, m_end: int, kind: str, rules: str, p_start: dict[int, float],
                  p_end: dict[int, float]) -> float:
    """``LinearScorer.score(span_features(...))`` without building the dict: each feature's weight times its
    value, added in the order :func:`span_features` lists them, so the same float to the last bit (a feature
    worth 0.0 adds nothing but the sign of a zero; tests/claims/test_metric_speed_equivalence.py checks it).
    ``rw``: the reranker's weights by family; ``weights``: all of them (a length past the bucket table)."""
    total = rw.kind.get(kind, 0.0) + _by_length(rw.length, "len=", weights, len(text))
    agree = _overlap(text, rules)
    total += rw.agree["none" if not rules else "1" if agree >= 0.99 else "hi" if agree >= 0.6 else
                      "lo" if agree > 0 else "0"]
    if span is None:
        total += rw.is_rules
        if text in sentence:
            total += rw.rules_in_sentence
        return rw.bias + total
    total += rw.score * span.score
    starts, ends = tokens.starts, tokens.ends
    if rules and rules != text and rules in text:
        suffix = text.endswith(rules)
        total += rw.covers["suffix" if suffix else "prefix" if text.startswith(rules) else "mid"]
        total += _by_length(rw.extra, "extra=", weights, len(text) - len(rules))
        if suffix and span.start in starts:
            word, flag = starts[span.start]
            total += rw.ext_flag.get(flag, 0.0)
            total += rw.ext_word.get(word, 0.0)
    elif rules and text != rules and text in rules:
        total += rw.inside_rules
    total += rw.p_start * p_start.get(span.start, 0.0)
    total += rw.p_end * p_end.get(span.end, 0.0)
    if span.end <= m_start:
        total += rw.side_left
        gap_start, gap_end = span.end, m_start
    else:
        total += rw.side_right
        gap_start, gap_end = m_end, span.start
    total += _by_length(rw.gap, "gap=", weights, max(0, min(gap_end, len(sentence)) - gap_start))
    if gap_end > gap_start and not HARD_DELIMS.isdisjoint(sentence[gap_start:gap_end]):
        total += rw.gap_delim
    at_start, at_end = starts.get(span.start), ends.get(span.end)
    if at_start is not None:
        total += rw.tb_start
    if at_end is not None:
        total += rw.tb_end
    total += rw.first.get(text[0], 0.0)
    total += rw.last.get(text[-1], 0.0)
    if at_end is not None:
        total += rw.last_flag.get(at_end[1], 0.0)
    if at_start is not None:
        total += rw.first_flag.get(at_start[1], 0.0)
    return rw.bias + total


def _best_span(rw: _RerankWeights, weights: dict[str, float], state: _SentenceScores, positions: list[int],
               z_s: list[float], z_e: list[float], m_start: int, m_end: int, kind: str,
               rules: str) -> tuple[str, float | None]:
    """The text and reranker score of the first best span of a claim (None: no span), as :meth:`MetricModel._spans`
    lists the spans (:func:`candidate_spans`, then :func:`rules_extensions`) and :func:`_rerank_score` scores
    them, in one pass without ``Span`` objects or probability dicts: a position's probability is found by its
    index among ``positions``; what a span's score adds for its start and for its end (probability term, token
    boundary, first/last character and flag, side and gap) is looked up once per position; the overlap with the
    rules' metric is counted over the rules' characters. The same additions in the same order, so the same
    floats, except that a feature a span lacks adds 0.0 instead of nothing, which changes at most the sign of a
    zero and so no comparison (tests/claims/test_metric_speed_equivalence.py checks the choice)."""
    sentence, tokens, blocked = state.sentence, state.tokens, state.blocked
    starts, ends = tokens.starts, tokens.ends
    ps, pe = _sigmoids(z_s), _sigmoids(z_e)
    lo, n_left, n_pos = positions[0], m_start - positions[0] + 1, len(positions)
    hi = positions[-1]

    def index(i: int) -> int:          # of position i among ``positions``, or -1
        return i - lo if lo <= i <= m_start else i - m_end + n_left if m_end <= i <= hi else -1

    log = math.log
    order = range(n_pos)
    top_e = [(positions[j], log(max(pe[j], 1e-9))) for j in sorted(order, key=pe.__getitem__, reverse=True)[:8]]
    spans = []
    beyond = _next_figure(sentence, m_end)
    for j in sorted(order, key=ps.__getitem__, reverse=True)[:8]:      # ties keep the positions' order
        s = positions[j]
        if s >= beyond:
            continue
        log_s, blocked_s = log(max(ps[j], 1e-9)), blocked[s]
        last = min(s + MAX_SPAN, m_start) if s < m_end else s + MAX_SPAN    # a left span ends by the number's start
        spans += [(s, e, log_s + log_e) for e, log_e in top_e if s < e <= last and blocked[e] == blocked_s]
    n_rules = len(rules)
    if rules:                          # rules_extensions, the spans not listed yet
        end = sentence.rfind(rules, 0, m_start)
        if end >= 0 and end + n_rules <= m_start:
            start, end = end, end + n_rules
            k = index(end)
            log_end = log(max(pe[k] if k >= 0 else 0.0, 1e-9))
            seen = {(s, e) for s, e, _ in spans}
            i = start
            while i > 0 and sentence[i - 1] not in HARD_DELIMS and start - i < MAX_SPAN:
                i -= 1
                if i in starts and end - i <= MAX_SPAN and (i, end) not in seen:
                    k = index(i)
                    spans.append((i, end, log(max(ps[k] if k >= 0 else 0.0, 1e-9)) + log_end))
    if not spans:
        return rules, None
    n_sentence, disjoint = len(sentence), HARD_DELIMS.isdisjoint
    length, gap_t = rw.length, rw.gap

    def gap_terms(side: float, gap_start: int, gap_end: int) -> tuple[float, float, float]:
        k = max(0, min(gap_end, n_sentence) - gap_start)
        return (side, gap_t[k] if k < 64 else weights.get("gap=" + _bucket(k), 0.0),
                rw.gap_delim if gap_end > gap_start and not disjoint(sentence[gap_start:gap_end]) else 0.0)

    by_start, by_end = {}, {}
    for s, e, _ in spans:
        if s not in by_start:
            k = index(s)
            at = starts.get(s)
            by_start[s] = (rw.p_start * (ps[k] if k >= 0 else 0.0), 0.0 if at is None else rw.tb_start,
                           rw.first.get(sentence[s], 0.0), 0.0 if at is None else rw.first_flag.get(at[1], 0.0),
                           *(gap_terms(rw.side_right, m_end, s) if s >= m_end else _Z3))
        if e not in by_end:
            k = index(e)
            at = ends.get(e)
            by_end[e] = (rw.p_end * (pe[k] if k >= 0 else 0.0), 0.0 if at is None else rw.tb_end,
                         rw.last.get(sentence[e - 1], 0.0), 0.0 if at is None else rw.last_flag.get(at[1], 0.0),
                         *(gap_terms(rw.side_left, e, m_start) if e <= m_start else _Z3))
    kind_w, agree_w, w_score, bias = rw.kind.get(kind, 0.0), rw.agree, rw.score, rw.bias
    no_rules = agree_w["none"]
    rules_chars = tuple(set(rules))
    rules_counts = tuple(map(rules.count, rules_chars))
    # each character of the rules' metric once (the usual case): the multiset intersection is the set intersection
    rules_set = frozenset(rules_chars) if len(rules_chars) == n_rules else None
    best, best_score = rules, None
    for s, e, span_score in spans:
        text = sentence[s:e]
        n = e - s
        total = kind_w + (length[n] if n < 64 else weights.get("len=" + _bucket(n), 0.0))
        if not rules:
            total += no_rules
            total += w_score * span_score
        elif text == rules:
            total += agree_w["1"]
            total += w_score * span_score
        else:
            covers = rules in text
            inside = not covers and text in rules
            common = (n_rules if covers else n if inside else len(rules_set.intersection(text)) if rules_set is not None
                      else sum(map(min, map(text.count, rules_chars), rules_counts)))
            if common:
                p, r = common / n, common / n_rules
                agree = 2 * p * r / (p + r)
                total += agree_w["1" if agree >= 0.99 else "hi" if agree >= 0.6 else "lo"]
            else:
                total += agree_w["0"]
            total += w_score * span_score
            if covers:
                suffix = text.endswith(rules)
                total += rw.covers["suffix" if suffix else "prefix" if text.startswith(rules) else "mid"]
                k = n - n_rules
                total += rw.extra[k] if k < 64 else weights.get("extra=" + _bucket(k), 0.0)
                if suffix and s in starts:
                    word, flag = starts[s]
                    total += rw.ext_flag.get(flag, 0.0)
                    total += rw.ext_word.get(word, 0.0)
            elif inside:
                total += rw.inside_rules
        at_s, at_e = by_start[s], by_end[e]
        total += at_s[0]
        total += at_e[0]
        side = at_e if e <= m_start else at_s
        total += side[4]
        total += side[5]
        total += side[6]
        total += at_s[1]
        total += at_e[1]
        total += at_s[2]
        total += at_e[2]
        total += at_e[3]
        total += at_s[3]
        score = bias + total
        if best_score is None or score > best_score:
            best, best_score = text, score
    return best, best_score


_Z3 = (0.0, 0.0, 0.0)


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
        state = self._sentence(sentence, tokens)
        positions, z_s, z_e = self._logits(state, m_start, m_end, kind, unit)
        return dict(zip(positions, _sigmoids(z_s))), dict(zip(positions, _sigmoids(z_e)))

    def _logits(self, state: _SentenceScores, m_start: int, m_end: int, kind: str,
                unit: str) -> tuple[list[int], list[float], list[float]]:
        """The candidate positions (``candidate_positions``) and their start and end logits: the position's
        static score plus the claim's table at its side and distance (plus ``at_number`` for an end at the
        number), added as the features are listed."""
        lo, hi = max(0, m_start - WINDOW_LEFT), min(len(state.sentence), m_end + WINDOW_RIGHT)
        left_s, right_s, left_e, right_e = self._claim_tables(kind, unit)
        k, r = m_start - lo, hi - m_end + 1                # distances k…0 on the left, 0…r-1 on the right
        z_s = list(map(add, state.start[lo:m_start + 1], left_s[k::-1]))
        z_s += map(add, state.start[m_end:hi + 1], right_s[:r])
        z_e = list(map(add, state.end[lo:m_start + 1], left_e[k::-1]))
        z_e[k] = z_e[k] + self.__dict__.setdefault("_at_number", self.end.weights.get("at_number", 0.0))
        z_e += map(add, state.end[m_end:hi + 1], right_e[:r])
        return [*range(lo, m_start + 1), *range(m_end, hi + 1)], z_s, z_e

    def _claim_tables(self, kind: str, unit: str) -> tuple[list[float], ...]:
        """The start and end scorers' :meth:`LinearScorer.claim_table` as lists by distance (0…63) for the
        left and the right side: start left, start right, end left, end right; kept per (kind, unit)."""
        tables = self.__dict__.setdefault("_claim_tables_cache", {})
        key = (kind, unit)
        if key not in tables:
            start, end = self.start.claim_table(kind, unit), self.end.claim_table(kind, unit)
            tables[key] = tuple([table[(side, b)] for b in _BUCKETS] for table in (start, end) for side in "LR")
        return tables[key]

    def _sentence(self, sentence: str, tokens: _Tokens | None = None) -> _SentenceScores:
        """The per-sentence state (segmentation, every position's static scores) of the sentence being read;
        claims of one sentence come one after another, so only the last sentence is kept."""
        state = self.__dict__.get("_static")
        if state is None or state.sentence != sentence or (
                tokens is not None and state.tokens is not tokens
                and (state.tokens.starts != tokens.starts or state.tokens.ends != tokens.ends)):
            tokens = tokens or _Tokens(sentence)
            weights = self.__dict__.get("_weights")
            if weights is None:
                weights = self._weights = _PositionWeights.of(self.start, self.end)
            start, end = _static_scores(sentence, tokens, weights)
            state = self._static = _SentenceScores(sentence, tokens, start, end, _blocked_before(sentence))
        return state

    def _spans(self, state: _SentenceScores, m_start: int, m_end: int, kind: str, unit: str, rules: str):
        """The candidate spans of a claim (the boundary models' best pairs, then the rules' metric widened) and the
        boundary probabilities."""
        sentence, tokens = state.sentence, state.tokens
        p_s, p_e = self.boundaries(sentence, tokens, m_start, m_end, kind, unit)
        spans = candidate_spans(sentence, m_start, m_end, p_s, p_e, blocked=state.blocked)
        seen = {(sp.start, sp.end) for sp in spans}
        spans += [sp for sp in rules_extensions(sentence, tokens, rules, m_start, p_s, p_e)
                  if (sp.start, sp.end) not in seen]
        return spans, p_s, p_e

    def candidates(self, sentence: str, m_start: int, m_end: int, kind: str, unit: str, rules: str):
        """(metric text, reranker features) for every candidate, the rules' metric last."""
        state = self._sentence(sentence)
        tokens = state.tokens
        spans, p_s, p_e = self._spans(state, m_start, m_end, kind, unit, rules)
        out = [(sentence[sp.start:sp.end],
                span_features(sentence, tokens, sp, sentence[sp.start:sp.end], m_start, m_end, kind, rules, p_s, p_e))
               for sp in spans]
        out.append((rules, span_features(sentence, tokens, None, rules, m_start, m_end, kind, rules, p_s, p_e)))
        return out

    def metric(self, sentence: str, m_start: int, m_end: int, kind: str, unit: str, rules: str = "") -> str:
        """The best candidate metric; the rules' metric when no span beats it (of equal scores the first, as
        ``max`` over :meth:`candidates` keeps it)."""
        state = self._sentence(sentence)
        tokens = state.tokens
        rw = self.__dict__.get("_rerank_weights")
        if rw is None:
            rw = self._rerank_weights = _RerankWeights.of(self.rerank)
        best, best_score = _best_span(rw, self.rerank.weights, state, *self._logits(state, m_start, m_end, kind, unit),
                                      m_start, m_end, kind, rules)
        score = _rerank_score(rw, self.rerank.weights, sentence, tokens, None, rules, m_start, m_end, kind, rules, {}, {})
        return rules if best_score is None or score > best_score else best


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


_USING: ContextVar[MetricModel | None] = ContextVar("tieout_metric_model", default=None)


@contextmanager
def using_model(model: MetricModel):
    """Within this block claims take their metric from ``model`` (a model held out from a document, to score
    the whole pipeline on it)."""
    token = _USING.set(model)
    try:
        yield
    finally:
        _USING.reset(token)


def active_metric_model() -> MetricModel | None:
    return None if _RULES_ONLY.get() else _USING.get() or load_metric_model()


@lru_cache(maxsize=1)
def load_metric_model() -> MetricModel | None:
    """The shipped model, or None when models/ holds none (the rules then decide alone)."""
    return load_joblib(MODEL_FILE)
