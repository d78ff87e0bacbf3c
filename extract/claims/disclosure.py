"""Quantitative disclosure: does a sentence disclose a figure, the way ESG readers label it?

The claim finder follows corpora/gold/SCHEMA.md (a claim is a number with what it measures). ESG
researchers label sentences by a wider notion, "定量文本": a sentence that reports a quantity of the
topic — a zero count without a digit ("本年度集团未新增职业病疑似职业病及职业禁忌证的病例"), a KPI line, a
figure with its unit — while many sentences that hold a count of activities are labelled qualitative.
This module learns that label: a logistic regression over character 1–3-gram TF-IDF of the sentence
and what tieout's own analysis says of it (how many claims, their kinds and units, digits, years only,
cue words such as a negation before an incident word, ``models/disclosure/cues.v1.jsonl``). It never
changes the claims.

Trained by ``models/disclosure/train_disclosure.py`` on the train split of the labelled ESG sentences
and stored as plain weights (``models/disclosure/disclosure.v1.weights.json``); the data card is
``models/disclosure/disclosure.v1.json``.

Example:
    >>> classify("本年度集团未新增职业病疑似职业病及职业禁忌证的病例")     # doctest: +SKIP
    ('quantitative', 0.9...)
"""
from __future__ import annotations

import bisect
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from ..ingest.text import document_from_text
from ..records import Claim, Document
from ..resources import load_json, load_jsonl
from ..structure import find_cases, find_sections
from ..text.sentences import split_sentences
from ..text.view import make_view
from .build import PROSE_KINDS, find_claims

WEIGHTS_FILE = "disclosure/disclosure.v1.weights.json"
CUES_FILE = "disclosure/cues.v1.jsonl"
QUANTITATIVE = "quantitative"
OTHER = "other"
NGRAM = (1, 3)
_DIGIT = re.compile(r"[0-9０-９]")
_NUMBER = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?")
_YEAR_AFTER = re.compile(r"[年度届]")


def compact(sentence: str) -> str:
    """The sentence without whitespace (as the claim finder's views read it)."""
    return "".join(sentence.split())


def ngram_counts(text: str, lo: int = NGRAM[0], hi: int = NGRAM[1]) -> Counter[str]:
    """Character n-grams of ``text`` (lo..hi characters) with their counts."""
    return Counter(text[i:i + n] for n in range(lo, hi + 1) for i in range(len(text) - n + 1))


def document_frequencies(texts: Iterable[str]) -> tuple[int, Counter[str]]:
    """How many texts, and in how many of them each n-gram occurs."""
    df: Counter[str] = Counter()
    n = 0
    for text in texts:
        n += 1
        df.update(ngram_counts(compact(text)).keys())
    return n, df


def idf_of(n: int, df: dict[str, int], min_df: int = 1) -> dict[str, float]:
    """Inverse document frequency of every n-gram in at least ``min_df`` of ``n`` texts (smoothed, as
    scikit-learn's TfidfVectorizer: ln((1 + n) / (1 + df)) + 1)."""
    return {g: math.log((1 + n) / (1 + k)) + 1.0 for g, k in df.items() if k >= min_df}


def fit_idf(texts: Iterable[str], min_df: int = 2) -> dict[str, float]:
    """``idf_of`` the n-grams of ``texts``."""
    return idf_of(*document_frequencies(texts), min_df)


def ngram_features(text: str, idf: dict[str, float]) -> dict[str, float]:
    """Sublinear TF-IDF of the known n-grams of ``text``, L2-normalised, as features "g:<n-gram>"."""
    raw = {g: (1.0 + math.log(tf)) * idf[g] for g, tf in ngram_counts(text).items() if g in idf}
    norm = math.sqrt(sum(v * v for v in raw.values())) or 1.0
    return {"g:" + g: v / norm for g, v in raw.items()}


@dataclass(frozen=True, slots=True)
class Cue:
    """A named cue that holds when every one of its patterns is found in the sentence."""

    name: str
    patterns: tuple[re.Pattern[str], ...]
    example: str

    def holds(self, text: str) -> bool:
        return all(p.search(text) for p in self.patterns)


@lru_cache(maxsize=1)
def cues() -> tuple[Cue, ...]:
    return tuple(Cue(o["cue"], tuple(re.compile(p) for p in o["all"]), o["example"]) for o in load_jsonl(CUES_FILE))


def _bucket(n: int, top: int) -> str:
    return str(min(n, top))


def hand_features(text: str, claims: Sequence[Claim]) -> dict[str, float]:
    """What tieout's analysis says of the (whitespace-free) sentence: claims, their kinds and units, digits,
    whether every number is a year, percent signs, length, cue words."""
    f = {"h:claims=" + _bucket(len(claims), 4): 1.0}
    for claim in claims:
        f["h:kind=" + claim.kind] = 1.0
        f["h:unit=" + (claim.unit or "-")] = 1.0
    digits = len(_DIGIT.findall(text))
    f["h:digits=" + _bucket(digits, 6)] = 1.0
    if digits:
        f["h:has_digit"] = 1.0
    numbers = list(_NUMBER.finditer(text))
    if numbers and all(len(m.group()) == 4 and m.group()[:2] in ("19", "20") and _YEAR_AFTER.match(text, m.end())
                       for m in numbers):
        f["h:years_only"] = 1.0
    if "%" in text or "％" in text:
        f["h:percent"] = 1.0
    f["h:len=" + _bucket(len(text) // 20, 8)] = 1.0
    for cue in cues():
        if cue.holds(text):
            f["h:cue=" + cue.name] = 1.0
    return f


def features(sentence: str, claims: Sequence[Claim], idf: dict[str, float]) -> dict[str, float]:
    """Every feature of one sentence given its claims."""
    text = compact(sentence)
    return ngram_features(text, idf) | hand_features(text, claims)


def sentence_claims(sentence: str) -> list[Claim]:
    """The claims of one sentence read alone as a small text (how the classifier was trained)."""
    document = document_from_text(sentence)
    sections = find_sections(document)
    return find_claims(document, sections=sections, cases=find_cases(document, sections))


@dataclass(frozen=True, slots=True)
class DisclosureModel:
    """The fitted classifier as plain numbers: the n-grams' idf, the feature weights, the bias."""

    idf: dict[str, float]
    weights: dict[str, float]
    bias: float
    threshold: float = 0.5

    def probability(self, sentence: str, claims: Sequence[Claim]) -> float:
        f = features(sentence, claims, self.idf)
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in f.items())
        return 1.0 / (1.0 + math.exp(-z)) if z > -30 else 0.0

    @classmethod
    def from_json(cls, data: dict) -> DisclosureModel:
        """From the stored form: {"n": training sentences, "ngrams": {n-gram: [document frequency, weight]},
        "hand": {feature: weight}, "bias", "threshold"}."""
        ngrams = data["ngrams"]
        idf = idf_of(int(data["n"]), {g: int(v[0]) for g, v in ngrams.items()})
        weights = {"g:" + g: float(v[1]) for g, v in ngrams.items()} | {k: float(w) for k, w in data["hand"].items()}
        return cls(idf, weights, float(data["bias"]), float(data.get("threshold", 0.5)))


@lru_cache(maxsize=1)
def load_model() -> DisclosureModel:
    """The stored model (plain JSON; no scikit-learn needed at run time)."""
    data = load_json(WEIGHTS_FILE)
    if data is None:
        raise FileNotFoundError(f"tieout: models/{WEIGHTS_FILE} missing; run models/disclosure/train_disclosure.py")
    return DisclosureModel.from_json(data)


def classify(sentence: str, claims: Sequence[Claim] | None = None) -> tuple[str, float]:
    """("quantitative" | "other", probability of quantitative disclosure) for one sentence; its claims are
    found when not given."""
    model = load_model()
    p = model.probability(sentence, sentence_claims(sentence) if claims is None else claims)
    return (QUANTITATIVE if p >= model.threshold else OTHER), p


@dataclass(frozen=True, slots=True)
class SentenceDisclosure:
    """One prose sentence of a document with its claims and its disclosure label."""

    doc: str
    char_start: int       # source offsets
    char_end: int
    page: int
    text: str             # the whitespace-free sentence
    claims: tuple[str, ...]   # ids of the claims in it
    label: str
    p: float


def disclosure_sentences(document: Document, claims: Sequence[Claim]) -> list[SentenceDisclosure]:
    """Every prose sentence of ``document`` with its disclosure label, using the report's own claims
    (found in their paragraph's context) for the claim features."""
    model = load_model()
    ordered = sorted(claims, key=lambda c: c.char_start)
    starts = [c.char_start for c in ordered]
    out: list[SentenceDisclosure] = []
    for block in document.blocks:
        if block.kind not in PROSE_KINDS:
            continue
        view = make_view(document.text, block.start, block.end)
        for sent in split_sentences(view.text):
            text = compact(sent.text)
            if not text:
                continue
            start, end = view.to_source(sent.start, sent.end)
            own = ordered[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]
            p = model.probability(text, own)
            out.append(SentenceDisclosure(document.doc_id, start, end, own[0].page if own else block.page, text,
                                          tuple(c.id for c in own), QUANTITATIVE if p >= model.threshold else OTHER,
                                          round(p, 4)))
    return out
