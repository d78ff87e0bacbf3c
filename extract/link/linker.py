"""``ClaimCellLinker``: the scikit-learn model that scores claim-cell pairs (the only sklearn importer).

The linker turns the feature dicts of ``extract.link.features`` into one row per pair: the pure
numeric features plus, for each text pair, the cosine of character n-gram TF-IDF vectors, and
fits a logistic regression on them. The TF-IDF weights are estimated per document (the ``doc``
key of each sample), so characters every label of a report shares ("人", "数", "年") weigh less.

Example:
    >>> linker = ClaimCellLinker(C=1.0)                         # doctest: +SKIP
    >>> linker.fit(samples, labels).predict_proba(samples)[:, 1]   # doctest: +SKIP
"""
from __future__ import annotations

import logging
import operator
import re
from numbers import Real
from collections import defaultdict
from functools import lru_cache
from typing import Any, Sequence

import numpy as np
from scipy import sparse
import sklearn
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.linear_model import LogisticRegression
from sklearn.utils._param_validation import Interval, StrOptions
from sklearn.utils.validation import check_is_fitted

from ..resources import load_joblib, load_json
from .features import NUMBER_FEATURES, TEXT_FEATURES

logger = logging.getLogger(__name__)

MODEL_FILE = "linker/linker.v2.joblib"
CARD_FILE = "linker/linker.v2.json"

Sample = dict[str, Any]   # {"doc": str, "numbers": {name: float}, "texts": {name: (str, str)}}


# scikit-learn's char analyzer folds runs of two or more whitespace characters into one space
_WHITE_SPACES = re.compile(r"\s\s+")


def char_ngrams(text: str, ngram_range: tuple[int, int]) -> list[str]:
    """The character n-grams of ``text`` as TfidfVectorizer(analyzer="char") takes them (lower-cased,
    whitespace runs folded): ``char_ngrams("营业收入", (1, 2))`` -> 营 业 收 入 营业 业收 收入."""
    text = _WHITE_SPACES.sub(" ", text.lower())
    low, high = ngram_range
    grams = list(text) if low == 1 else []
    for n in range(max(low, 2), min(high, len(text)) + 1):
        if n == 2:
            grams += map(operator.add, text, text[1:])       # the bigrams, without a slice each
        else:
            grams += [text[i:i + n] for i in range(len(text) - n + 1)]
    return grams


def tfidf_matrix(texts: Sequence[str], ngram_range: tuple[int, int]) -> sparse.csr_matrix | None:
    """L2-normalised TF-IDF rows of ``texts``: the weights of
    ``TfidfVectorizer(analyzer="char", ngram_range=ngram_range, sublinear_tf=True).fit_transform(texts)``
    (tf 1 + ln(count), smoothed idf ln((1 + n) / (1 + df)) + 1) up to rounding, its columns in order of first
    appearance instead of sorted; None when no text has an n-gram (where scikit-learn raises "empty
    vocabulary"). Built directly: the linker's documents have a few hundred short distinct texts, where
    the vectorizer's checks and vocabulary sorting cost more than the arithmetic."""
    vocabulary: defaultdict[str, int] = defaultdict()
    vocabulary.default_factory = vocabulary.__len__      # a new n-gram gets the next column
    indices: list[int] = []
    indptr = [0]
    for text in texts:
        indices += map(vocabulary.__getitem__, char_ngrams(text, ngram_range))
        indptr.append(len(indices))
    if not vocabulary:
        return None
    matrix = sparse.csr_matrix((np.ones(len(indices)), np.array(indices, dtype=np.int64), np.array(indptr)),
                               shape=(len(texts), len(vocabulary)))
    matrix.sum_duplicates()                       # n-gram counts per text
    df = np.bincount(matrix.indices, minlength=len(vocabulary))
    idf = np.log((len(texts) + 1) / (df + 1)) + 1.0
    data = (np.log(matrix.data) + 1.0) * idf[matrix.indices]
    lengths = np.diff(matrix.indptr)
    filled = lengths > 0                          # an empty text has no n-gram (and no norm)
    norms = np.ones(len(texts))
    norms[filled] = np.sqrt(np.add.reduceat(data * data, matrix.indptr[:-1][filled]))
    matrix.data = data / np.repeat(norms, lengths)
    return matrix


def sample_similarities(samples: Sequence[Sample], ngram_range: tuple[int, int]) -> np.ndarray:
    """Cosine of the TF-IDF vectors of each text pair, one column per TEXT_FEATURES name.

    One TF-IDF model is fitted per document on the distinct texts of that document's samples (``tfidf_matrix``).
    """
    out = np.zeros((len(samples), len(TEXT_FEATURES)))
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, sample in enumerate(samples):
        by_doc[str(sample.get("doc", ""))].append(i)
    for rows in by_doc.values():
        pairs = [samples[i]["texts"][name] for i in rows for name in TEXT_FEATURES]
        # Candidate pairs repeat the same labels and metrics many times: analyse each text once,
        # and compare each distinct pair of texts once.
        index: dict[str, int] = {}
        keys = [(index.setdefault(a or "", len(index)), index.setdefault(b or "", len(index))) for a, b in pairs]
        if not any(index):
            continue
        matrix = tfidf_matrix(list(index), ngram_range)
        if matrix is None:        # every text empty after analysis
            continue
        distinct: dict[tuple[int, int], int] = {}
        at = [distinct.setdefault(key, len(distinct)) for key in keys]
        lefts, rights = zip(*distinct)
        products = matrix[list(lefts)].multiply(matrix[list(rights)])
        cosines = np.asarray(products.sum(axis=1)).ravel()
        out[rows] = cosines[at].reshape(len(rows), len(TEXT_FEATURES))
    return out


class ClaimCellLinker(ClassifierMixin, BaseEstimator):
    """Probability that a claim and a table cell report the same figure.

    Parameters
    ----------
    C : float, default=1.0
        Inverse regularization strength of the logistic regression.
    class_weight : {"balanced"} or None, default="balanced"
        Passed to LogisticRegression (true links are rare among candidates).
    ngram_range : tuple of int, default=(1, 2)
        Character n-gram sizes of the TF-IDF vectors.
    threshold : float, default=0.5
        ``predict`` returns 1 when the link probability is at least this.

    Attributes
    ----------
    model_ : LogisticRegression
        The fitted classifier.
    feature_names_ : list of str
        Column names of the design matrix (numeric features, then text similarities).
    classes_ : ndarray of shape (2,)
        ``[0, 1]``.
    sklearn_version_ : str
        The scikit-learn version the model was fitted with.
    """

    _parameter_constraints: dict = {
        "C": [Interval(Real, 0, None, closed="neither")],
        "class_weight": [StrOptions({"balanced"}), dict, None],
        "ngram_range": [tuple],
        "threshold": [Interval(Real, 0, 1, closed="neither")],
    }

    def __init__(self, C: float = 1.0, *, class_weight: str | None = "balanced",
                 ngram_range: tuple[int, int] = (1, 2), threshold: float = 0.5):
        self.C = C
        self.class_weight = class_weight
        self.ngram_range = ngram_range
        self.threshold = threshold

    def transform_samples(self, samples: Sequence[Sample]) -> np.ndarray:
        """The design matrix of the samples: numeric features then TF-IDF cosines."""
        zeros = (0.0,) * len(NUMBER_FEATURES)      # a feature a sample lacks is 0
        numbers = np.array([tuple(map(s["numbers"].get, NUMBER_FEATURES, zeros)) for s in samples],
                           dtype=float).reshape(len(samples), len(NUMBER_FEATURES))
        return np.hstack([numbers, sample_similarities(samples, tuple(self.ngram_range))])

    def fit(self, X: Sequence[Sample], y: Sequence[int]) -> "ClaimCellLinker":
        """Fit the logistic regression on samples ``X`` and 0/1 labels ``y``; returns self."""
        self._validate_params()
        target = np.asarray(y, dtype=int)
        self.model_ = LogisticRegression(C=self.C, class_weight=self.class_weight, max_iter=2000)
        self.model_.fit(self.transform_samples(X), target)
        self.classes_ = self.model_.classes_
        self.feature_names_ = list(NUMBER_FEATURES) + list(TEXT_FEATURES)
        self.sklearn_version_ = sklearn.__version__
        return self

    def predict_proba(self, X: Sequence[Sample]) -> np.ndarray:
        """Probabilities of [no link, link] per sample."""
        check_is_fitted(self, "model_")
        if len(X) == 0:
            return np.zeros((0, 2))
        return self.model_.predict_proba(self.transform_samples(X))

    def predict(self, X: Sequence[Sample]) -> np.ndarray:
        """1 where the link probability reaches ``threshold``, else 0."""
        return (self.predict_proba(X)[:, 1] >= self.threshold).astype(int)

    def coefficients(self) -> dict[str, float]:
        """Feature name -> logistic coefficient (on the raw feature scale)."""
        check_is_fitted(self, "model_")
        return dict(zip(self.feature_names_, (float(c) for c in self.model_.coef_[0])))


@lru_cache(maxsize=1)
def load_linker() -> ClaimCellLinker | None:
    """The trained linker from models/linker/linker.v2.joblib (MODEL_FILE), or None when it is missing.

    A model saved by another scikit-learn version is still used, with a warning; a model trained
    on another feature list is not (None, so the hand-weighted score is used).
    """
    linker = load_joblib(MODEL_FILE)
    if linker is None:
        logger.warning("models/%s not found; linking with the hand-weighted fallback score", MODEL_FILE)
        return None
    if getattr(linker, "feature_names_", None) != list(NUMBER_FEATURES) + list(TEXT_FEATURES):
        logger.warning("models/%s was trained on other features; linking with the hand-weighted fallback "
                       "score (retrain with models/linker/train_linker.py)", MODEL_FILE)
        return None
    if getattr(linker, "sklearn_version_", sklearn.__version__) != sklearn.__version__:
        logger.warning("models/%s was fitted with scikit-learn %s (running %s)", MODEL_FILE,
                       linker.sklearn_version_, sklearn.__version__)
    return linker


def load_card() -> dict[str, Any]:
    """The model card models/linker/linker.v2.json (CARD_FILE; {} when missing)."""
    return load_json(CARD_FILE) or {}


__all__ = ["ClaimCellLinker", "load_linker", "load_card", "sample_similarities", "tfidf_matrix", "char_ngrams", "MODEL_FILE", "CARD_FILE"]
