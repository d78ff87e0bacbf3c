"""The linker's TF-IDF built without scikit-learn's vectorizer gives the vectorizer's weights and cosines.

``linker.tfidf_matrix`` (issue 12: the per-document vectorizer fit was ~5% of read_report) must equal
``TfidfVectorizer(analyzer="char", ngram_range=(1, 2), sublinear_tf=True)`` on the real candidate pairs of
a real document (the Qiandongnan 2016 statistics bulletin: its tables' labels, its claims' metrics and
sentences), up to float rounding, so that link probabilities are unchanged.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

from extract.link import CellIndex, candidate_pairs, to_samples
from extract.link.features import TEXT_FEATURES, Pair, make_context, pair_numbers
from extract.link.linker import char_ngrams, sample_similarities, tfidf_matrix

ROOT = Path(__file__).resolve().parents[2]
BULLETIN = ROOT / "corpora" / "real" / "stats_bulletin_qiandongnan_2016.docx"
RANGE = (1, 2)


def vectorizer() -> TfidfVectorizer:
    return TfidfVectorizer(analyzer="char", ngram_range=RANGE, sublinear_tf=True)


def reference_similarities(samples: list[dict]) -> np.ndarray:
    """The linker's former cosines: one scikit-learn vectorizer per document on its distinct texts."""
    out = np.zeros((len(samples), len(TEXT_FEATURES)))
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, sample in enumerate(samples):
        by_doc[sample["doc"]].append(i)
    for rows in by_doc.values():
        pairs = [samples[i]["texts"][name] for i in rows for name in TEXT_FEATURES]
        index: dict[str, int] = {}
        lefts = [index.setdefault(a or "", len(index)) for a, _ in pairs]
        rights = [index.setdefault(b or "", len(index)) for _, b in pairs]
        matrix = normalize(vectorizer().fit_transform(list(index)))
        cosines = np.asarray(matrix[lefts].multiply(matrix[rights]).sum(axis=1)).ravel()
        out[rows] = cosines.reshape(len(rows), len(TEXT_FEATURES))
    return out


@pytest.fixture(scope="module")
def bulletin_samples() -> list[dict]:
    from extract.api import read_report

    report = read_report(BULLETIN)
    index = CellIndex(report.tables)
    found = [cp for claim in report.claims for cp in candidate_pairs(claim, index)]
    context = make_context(report.claims, report.tables, [p for p, equal in found if equal], report.sections)
    return to_samples([p for p, _ in found], context, report.document.doc_id)


def test_cosines_of_real_candidate_pairs_equal_the_vectorizer(bulletin_samples):
    assert len(bulletin_samples) > 100          # the bulletin's tables give many candidate pairs
    ours = sample_similarities(bulletin_samples, RANGE)
    np.testing.assert_allclose(ours, reference_similarities(bulletin_samples), rtol=0, atol=1e-12)
    assert 0 < (ours > 0.999).sum() < ours.size   # identical label and metric, and differing texts


def test_weights_of_real_labels_equal_the_vectorizer(bulletin_samples):
    texts = list(dict.fromkeys(t for s in bulletin_samples for name in TEXT_FEATURES for t in s["texts"][name]))
    texts = [t or "" for t in texts]
    fitted = vectorizer()
    theirs = fitted.fit_transform(texts).toarray()
    ours = tfidf_matrix(texts, RANGE)
    assert ours.shape == theirs.shape
    # our columns are in order of first appearance: map each n-gram to scikit-learn's column
    order = {}
    for text in texts:
        for gram in char_ngrams(text, RANGE):
            order.setdefault(gram, len(order))
    columns = [fitted.vocabulary_[gram] for gram in order]
    np.testing.assert_allclose(ours.toarray(), theirs[:, columns], rtol=0, atol=1e-12)


def test_whitespace_case_and_empty_texts_as_the_vectorizer():
    # labels as tables print them: spaces inside, a Latin abbreviation, an empty column label
    texts = ["营业收入", "", "GDP  增长", "营 业 收 入", "  ", "gdp"]
    theirs = vectorizer().fit_transform(texts)
    ours = tfidf_matrix(texts, RANGE)
    np.testing.assert_allclose(np.sort(ours.toarray(), axis=1), np.sort(theirs.toarray(), axis=1), atol=1e-12)
    assert char_ngrams("GDP  增长", RANGE) == ["g", "d", "p", " ", "增", "长", "gd", "dp", "p ", " 增", "增长"]
    assert tfidf_matrix(["", ""], RANGE) is None          # scikit-learn: "empty vocabulary"


def test_pair_features_memoised_per_claim_and_table_equal_fresh_ones():
    # pair_numbers keeps the features of a claim and a table (references, locality) once per context; pairs
    # of other claims and tables, even made and dropped one by one, get their own (the bulletin's real pairs)
    from extract.api import read_report

    report = read_report(BULLETIN)
    index = CellIndex(report.tables)
    pairs = [p for claim in report.claims for p, _ in candidate_pairs(claim, index)]
    shared = make_context(report.claims, report.tables, pairs, report.sections)
    for pair in pairs[:300]:
        copy = Pair(replace(pair.claim), replace(pair.table), pair.cell, pair.rounded, pair.unsigned)
        fresh = make_context(report.claims, report.tables, pairs, report.sections)
        assert pair_numbers(copy, shared) == pair_numbers(pair, fresh)
    assert len({frozenset(pair_numbers(p, shared).items()) for p in pairs}) > 10
