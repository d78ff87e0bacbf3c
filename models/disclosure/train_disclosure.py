#!/usr/bin/env python3
"""Train the quantitative-disclosure sentence classifier (extract/claims/disclosure.py) on the TRAIN split
of corpora/real/esg_report_sentences_labeled.csv and write its plain weights and data card.

Split: data rows are numbered from 1 after the header; a row whose number is divisible by 5 is the TEST
split. This script skips those rows before their text is read and asserts that none was used; it never
measures on them (corpora/evaluate_esg.py does, once, and records the score in the data card).

Label: 1 when quality_label is 定量文本, else 0 (定性文本, 无关文本).
Model: logistic regression (class_weight balanced) over character 1–3-gram TF-IDF (n-grams in ≥ 5 training
sentences, sublinear tf, L2-normalised) and tieout's own features of the sentence (claims, kinds, units,
digits, cues). C is chosen by 5-fold stratified cross-validation on the train split.

Usage: .venv/bin/python models/disclosure/train_disclosure.py [--cv-only]
Writes models/disclosure/disclosure.v1.weights.json and models/disclosure/disclosure.v1.json.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path

import numpy as np
import sklearn
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, precision_score, recall_score, roc_auc_score
from sklearn.model_selection import StratifiedKFold

from extract.claims.disclosure import (
    NGRAM,
    DisclosureModel,
    document_frequencies,
    features,
    fit_idf,
    idf_of,
    sentence_claims,
)

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CSV = ROOT / "corpora" / "real" / "esg_report_sentences_labeled.csv"
WEIGHTS = HERE / "disclosure.v1.weights.json"
CARD = HERE / "disclosure.v1.json"
POSITIVE = "定量文本"
C_GRID = (4.0, 10.0, 20.0, 50.0)
MIN_DF = 5     # 2 gives 4x the n-grams for +0.003 CV F1
FOLDS = 5
SEED = 0
THRESHOLD = 0.5
DIGIT = re.compile(r"[0-9０-９]")


def is_test(row_no: int) -> bool:
    return row_no % 5 == 0


def train_rows(path: Path = CSV) -> list[tuple[int, str, str]]:
    """(row number, sentence, quality_label) of every TRAIN-split row; test rows are skipped unread."""
    out = []
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        next(reader)
        for row_no, row in enumerate(reader, 1):
            if is_test(row_no):
                continue
            out.append((row_no, row[0], row[2]))
    assert out and not any(is_test(n) for n, _, _ in out), "test-split row in the training data"
    return out


def scores(y: np.ndarray, pred: np.ndarray) -> dict[str, float]:
    return {"precision": round(float(precision_score(y, pred)), 4), "recall": round(float(recall_score(y, pred)), 4),
            "f1": round(float(f1_score(y, pred)), 4)}


def fit(feats: list[dict[str, float]], y: np.ndarray, C: float) -> tuple[DictVectorizer, LogisticRegression]:
    vec = DictVectorizer()
    X = vec.fit_transform(feats)
    clf = LogisticRegression(C=C, max_iter=5000, class_weight="balanced").fit(X, y)
    return vec, clf


def cross_validate(sentences: list[str], claims: list, y: np.ndarray) -> dict:
    """Out-of-fold probabilities for each C of the grid (idf fitted on each training fold only)."""
    probs = {C: np.zeros(len(y)) for C in C_GRID}
    folds = StratifiedKFold(FOLDS, shuffle=True, random_state=SEED)
    per_fold: dict[float, list[float]] = {C: [] for C in C_GRID}
    for train, held in folds.split(sentences, y):
        idf = fit_idf((sentences[i] for i in train), MIN_DF)
        f_train = [features(sentences[i], claims[i], idf) for i in train]
        f_held = [features(sentences[i], claims[i], idf) for i in held]
        for C in C_GRID:
            vec, clf = fit(f_train, y[train], C)
            p = clf.predict_proba(vec.transform(f_held))[:, 1]
            probs[C][held] = p
            per_fold[C].append(round(float(f1_score(y[held], p >= THRESHOLD)), 4))
    return {"probs": probs, "per_fold": per_fold}


def write_weights(data: dict) -> None:
    WEIGHTS.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")), encoding="utf-8")


def _round(x: float) -> float:
    return float(f"{x:.5g}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cv-only", action="store_true", help="cross-validate only; write nothing")
    args = ap.parse_args(argv)

    rows = train_rows()
    sentences = [s for _, s, _ in rows]
    y = np.array([label == POSITIVE for _, _, label in rows], dtype=int)
    claims = [sentence_claims(s) for s in sentences]

    cv = cross_validate(sentences, claims, y)
    grid = {str(C): {**scores(y, cv["probs"][C] >= THRESHOLD), "per_fold_f1": cv["per_fold"][C]} for C in C_GRID}
    best_C = max(C_GRID, key=lambda C: (grid[str(C)]["f1"], -C))
    best = cv["probs"][best_C]
    has_claim = np.array([bool(c) for c in claims], dtype=int)
    has_digit = np.array([bool(DIGIT.search(s)) for s in sentences], dtype=int)
    print(f"train rows {len(rows)} (定量文本 {int(y.sum())}); CV F1 by C: "
          + ", ".join(f"{C}: {grid[str(C)]['f1']}" for C in C_GRID), file=sys.stderr)
    print(f"chosen C={best_C}: CV {grid[str(best_C)]}; AUC {roc_auc_score(y, best):.4f}", file=sys.stderr)
    print(f"on the same rows: claim-finder has-claim {scores(y, has_claim)}, digit rule {scores(y, has_digit)}",
          file=sys.stderr)
    if args.cv_only:
        return 0

    n, df = document_frequencies(sentences)
    idf = idf_of(n, df, MIN_DF)
    vec, clf = fit([features(s, c, idf) for s, c in zip(sentences, claims)], y, best_C)
    coef = clf.coef_[0]
    weights = {name: _round(coef[i]) for name, i in vec.vocabulary_.items()}
    data = {"n": n, "ngrams": {g: [df[g], weights.get("g:" + g, 0.0)] for g in idf},
            "hand": {k: w for k, w in weights.items() if not k.startswith("g:")},
            "bias": _round(clf.intercept_[0]), "threshold": THRESHOLD, "ngram": list(NGRAM)}
    write_weights(data)
    stored = DisclosureModel.from_json(data)
    check = [stored.probability(s, c) for s, c in zip(sentences[:200], claims[:200])]
    fitted = clf.predict_proba(vec.transform([features(s, c, idf) for s, c in zip(sentences[:200], claims[:200])]))[:, 1]
    assert max(abs(a - b) for a, b in zip(check, fitted)) < 1e-3, "stored weights disagree with the fitted model"
    labels = {}
    for _, _, label in rows:
        labels[label] = labels.get(label, 0) + 1
    card = {
        "model": WEIGHTS.name,
        "task": "sentence is quantitative disclosure (quality_label 定量文本) vs not (定性文本, 无关文本)",
        "data": "corpora/real/esg_report_sentences_labeled.csv (SOURCES.md §10)",
        "split": "train = data rows whose 1-based number is not divisible by 5; test rows are never read here",
        "train_rows": len(rows),
        "train_labels": labels,
        "features": {"char_ngrams": list(NGRAM), "min_df": MIN_DF, "tf": "sublinear", "norm": "l2",
                     "ngrams_kept": len(idf), "hand": "claims count, claim kinds and units, digits, years only, "
                     "percent sign, length, cues (models/disclosure/cues.v1.jsonl)"},
        "classifier": {"type": "LogisticRegression", "class_weight": "balanced", "C": best_C,
                       "C_grid": list(C_GRID), "threshold": THRESHOLD, "sklearn": sklearn.__version__},
        "cv": {"folds": FOLDS, "seed": SEED, "by_C": grid, "chosen": grid[str(best_C)],
               "auc": round(float(roc_auc_score(y, best)), 4),
               "note": "C chosen by the same CV, so the chosen score is slightly optimistic"},
        "train_baselines": {"claim_finder_has_claim": scores(y, has_claim), "digit_rule": scores(y, has_digit)},
        "test": None,
        "test_note": "set once by `corpora/evaluate_esg.py --record` after training; retraining clears it",
    }
    CARD.write_text(json.dumps(card, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {WEIGHTS.name} ({WEIGHTS.stat().st_size // 1024} KB, {len(weights)} weights) and {CARD.name}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
