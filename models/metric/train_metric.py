#!/usr/bin/env python3
"""Train the metric span model on the labelled corpus and write metric.v1.joblib + metric.v1.json.

Usage (from the repository root):
    .venv/bin/python models/metric/train_metric.py [--lodo-only] [--examples CACHE.jsonl]

Examples: every extracted claim of a labelled document (corpora/gold/*.claims.jsonl whose document is
in corpora/) that matches a gold claim by score.py's matching, with its whitespace-free sentence, the
number's place in it, its kind and unit, and the gold metric. Where the gold metric is written in the
sentence, its occurrence nearest the number gives the positive start and end boundaries.

Validation: leave-one-document-out. For each document, boundary models fitted on the other documents
and a reranker choose each claim's metric among the model's spans and the rules' metric, scored as score.py scores
metric_f1 (mean character F1 over matched claims): lodo_f1. pipeline_lodo_f1 reads the held-out document with
``read_report`` using that model and scores it with corpora/score.py --region (what a user gets on a document the
model has not seen). Figures per document go to metric.v1.json (the data card) with the sklearn version.
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

import joblib
import numpy as np
import sklearn
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from extract.api import read_report
from extract.claims.metric_model import (LinearScorer, MetricModel, _Tokens, candidate_positions, end_features,
                                         rules_only, start_features, using_model)
from extract.text import compact

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
# Labelled documents: gold stem -> source file (reserved documents are never listed here).
DOCUMENTS = {
    "000_0d6d81e4e345128e": "corpora/seeds/000_0d6d81e4e345128e.txt",
    "003_63e6428607ab0510": "corpora/seeds/003_63e6428607ab0510.txt",
    "gov_work_report_state_council_2025": "corpora/real/gov_work_report_state_council_2025.txt",
    "annual_report_600201_jinyu_biotech_2020": "corpora/real/annual_report_600201_jinyu_biotech_2020.pdf",
    "stats_bulletin_qiandongnan_2016": "corpora/real/stats_bulletin_qiandongnan_2016.docx",
    "esg_sentences_train_sample": "corpora/real/esg_sentences_train_sample.txt",
    "restructuring_plan_002352_dingtai_sf_2016": "corpora/real/restructuring_plan_002352_dingtai_sf_2016.pdf",
    "bond_prospectus_page_yancheng_hitech_2023": "corpora/real/bond_prospectus_page_yancheng_hitech_2023.pdf",
    "broker_research_report_tebon_gaoce_688556_2022":
        "corpora/real/broker_research_report_tebon_gaoce_688556_2022.pdf",
    "gov_info_disclosure_pages_sample": "corpora/real/gov_info_disclosure_pages_sample.txt",
    "bank_report_pages_sample": "corpora/real/bank_report_pages_sample.txt",
    "company_report_pages_sample": "corpora/real/company_report_pages_sample.txt",
    "work_report_pages_sample": "corpora/real/work_report_pages_sample.txt",
}
C = 0.5
BALANCE = False


def _module(path: Path, name: str) -> Any:
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SCORE = _module(ROOT / "corpora" / "score.py", "tieout_score")
match_gold = _module(ROOT / "models" / "linker" / "train_linker.py", "tieout_train_linker").match_gold


def _local(claims, claim) -> tuple[int, int] | None:
    """The claim's place in its whitespace-free sentence: the k-th occurrence of its text, k counting the
    earlier claims of the same sentence with the same text."""
    text = compact(claim.text)
    k = sum(1 for c in claims if c.sentence == claim.sentence and compact(c.text) == text
            and c.char_start < claim.char_start)
    pos = -1
    for _ in range(k + 1):
        pos = claim.sentence.find(text, pos + 1)
        if pos < 0:
            return None
    return pos, pos + len(text)


def _gold_span(sentence: str, metric: str, m_start: int, m_end: int) -> tuple[int, int] | None:
    """The occurrence of the gold metric nearest the number (before it first)."""
    if not metric:
        return None
    found = []
    i = sentence.find(metric)
    while i >= 0:
        found.append(i)
        i = sentence.find(metric, i + 1)
    before = [i for i in found if i + len(metric) <= m_start]
    after = [i for i in found if i >= m_end]
    if before:
        return before[-1], before[-1] + len(metric)
    if after:
        return after[0], after[0] + len(metric)
    return None


def document_examples(stem: str, source: str) -> list[dict]:
    with rules_only():
        report = read_report(ROOT / source)
    gold = SCORE.load_jsonl(ROOT / "corpora" / "gold" / f"{stem}.claims.jsonl")
    matched = match_gold(SCORE, report.document.text, report, gold)
    out = []
    for claim in report.claims:
        g = matched.get(claim.id)
        if g is None or not claim.sentence:
            continue
        local = _local(report.claims, claim)
        if local is None:
            continue
        metric = SCORE.ws(g.get("metric"))
        span = _gold_span(claim.sentence, metric, *local)
        out.append({"doc": stem, "sentence": claim.sentence, "m_start": local[0], "m_end": local[1],
                    "kind": claim.kind, "unit": claim.unit, "gold": metric, "span": span,
                    "rules": claim.metric or ""})
    return out


def doc_weights(examples: list[dict]) -> dict[str, float]:
    """Each document's weight when BALANCE: its examples together weigh as much as another document's
    (the mean document size), so the largest documents don't set the conventions alone."""
    sizes: dict[str, int] = {}
    for ex in examples:
        sizes[ex["doc"]] = sizes.get(ex["doc"], 0) + 1
    mean = len(examples) / len(sizes) if sizes else 1.0
    return {doc: (mean / n if BALANCE else 1.0) for doc, n in sizes.items()}


def _rows(examples: list[dict]):
    feats, y_start, y_end, weights = [], [], [], []
    per_doc = doc_weights(examples)
    for ex in examples:
        if not ex["span"]:
            continue
        s, e = ex["span"]
        tokens = _Tokens(ex["sentence"])
        positions = candidate_positions(ex["sentence"], ex["m_start"], ex["m_end"])
        if s not in positions or e not in positions:
            continue
        for i in positions:
            feats.append(start_features(ex["sentence"], tokens, i, ex["m_start"], ex["m_end"], ex["kind"], ex["unit"]))
            y_start.append(i == s)
        for j in positions:
            feats.append(end_features(ex["sentence"], tokens, j, ex["m_start"], ex["m_end"], ex["kind"], ex["unit"]))
            y_end.append(j == e)
        weights += [per_doc[ex["doc"]]] * (2 * len(positions))
    return feats, y_start, y_end, np.array(weights)


def fit_boundaries(examples: list[dict]):
    feats, y_start, y_end, weights = _rows(examples)
    vectorizer = DictVectorizer()
    X = vectorizer.fit_transform(feats)
    is_start = np.array([f.get("role=start", 0.0) == 1.0 for f in feats])
    start_clf = LogisticRegression(C=C, max_iter=2000).fit(X[is_start], np.array(y_start),
                                                            sample_weight=weights[is_start])
    end_clf = LogisticRegression(C=C, max_iter=2000).fit(X[~is_start], np.array(y_end), sample_weight=weights[~is_start])
    return LinearScorer.of(vectorizer, start_clf), LinearScorer.of(vectorizer, end_clf)


def _rerank_rows(model: MetricModel, examples: list[dict]):
    """Candidates of each example with label: it is (one of) the best candidates, and good enough."""
    feats, labels, weights = [], [], []
    per_doc = doc_weights(examples)
    for ex in examples:
        cands = model.candidates(ex["sentence"], ex["m_start"], ex["m_end"], ex["kind"], ex["unit"], ex["rules"])
        f1s = [SCORE.char_f1(ex["gold"], text) for text, _f in cands]
        top = max(f1s)
        for (_text, f), score in zip(cands, f1s):
            feats.append(f)
            labels.append(top >= 0.5 and score >= top - 1e-9)
            weights.append(per_doc[ex["doc"]])
    return feats, labels, weights


def fit(examples: list[dict]) -> MetricModel:
    """Boundary models on all examples; the reranker on candidates from boundary models fitted on the other
    half of the documents (so it learns how far to trust them on text they have not seen)."""
    docs = sorted({ex["doc"] for ex in examples})
    halves = [set(docs[0::2]), set(docs[1::2])]
    feats, labels, weights = [], [], []
    for half in halves:
        inner = [ex for ex in examples if ex["doc"] not in half]
        outer = [ex for ex in examples if ex["doc"] in half]
        if not inner or not outer:
            continue
        probe = MetricModel(*fit_boundaries(inner), None, {})
        f, y, w = _rerank_rows(probe, outer)
        feats += f
        labels += y
        weights += w
    rerank_vectorizer = DictVectorizer()
    rerank_clf = LogisticRegression(C=C, max_iter=2000).fit(rerank_vectorizer.fit_transform(feats), np.array(labels),
                                                              sample_weight=np.array(weights))
    return MetricModel(*fit_boundaries(examples), LinearScorer.of(rerank_vectorizer, rerank_clf), {})


def predict(model: MetricModel, examples: list[dict]) -> list[str]:
    return [model.metric(ex["sentence"], ex["m_start"], ex["m_end"], ex["kind"], ex["unit"], ex["rules"])
            for ex in examples]


def f1(examples: list[dict], predicted: list[str]) -> float:
    return round(sum(SCORE.char_f1(ex["gold"], p) for ex, p in zip(examples, predicted)) / len(examples), 4) \
        if examples else 0.0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--examples", help="cache file for the extracted examples (read if present)")
    parser.add_argument("--lodo-only", action="store_true", help="print held-out scores, write nothing")
    parser.add_argument("--errors", metavar="FILE", help="write each held-out claim whose metric is not exact")
    parser.add_argument("--balance", action="store_true", help="weigh each document equally (see doc_weights)")
    parser.add_argument("--out", metavar="DIR", help="write the model and its card here instead of models/metric")
    args = parser.parse_args(argv)
    global BALANCE
    BALANCE = BALANCE or args.balance
    cache = Path(args.examples) if args.examples else None
    if cache and cache.exists():
        examples = [json.loads(line) for line in cache.read_text(encoding="utf-8").splitlines()]
    else:
        examples = []
        for stem, source in DOCUMENTS.items():
            if (ROOT / source).exists() and (ROOT / "corpora" / "gold" / f"{stem}.claims.jsonl").exists():
                examples.extend(document_examples(stem, source))
        if cache:
            cache.write_text("".join(json.dumps(ex, ensure_ascii=False) + "\n" for ex in examples), encoding="utf-8")
    docs = sorted({ex["doc"] for ex in examples})
    held, pipeline = {}, {}
    evaluate = _module(ROOT / "corpora" / "evaluate.py", "tieout_evaluate")
    for doc in docs:
        test = [ex for ex in examples if ex["doc"] == doc]
        model = fit([ex for ex in examples if ex["doc"] != doc])
        held[doc] = (test, predict(model, test))
        with using_model(model):       # the whole pipeline on the held-out document, scored as evaluate.py does
            pipeline[doc] = round(evaluate.score_document(doc, ROOT / DOCUMENTS[doc])["metric_f1"], 4)
    if args.errors:
        with open(args.errors, "w", encoding="utf-8") as fh:
            for doc, (test, found) in held.items():
                for ex, metric in zip(test, found):
                    if SCORE.char_f1(ex["gold"], metric) < 0.99:
                        fh.write(f"{doc[:12]}\tgold={ex['gold']}\tpred={metric}\trules={ex['rules']}\t"
                                 f"{ex['kind']}\t{ex['sentence'][max(0, ex['m_start'] - 30):ex['m_end'] + 5]}\n")
    card = {
        "model": "metric.v1.joblib", "sklearn": sklearn.__version__, "C": C, "balanced": BALANCE,
        "documents": {doc: {"claims": len(test),
                            "with_span_in_sentence": sum(1 for ex in test if ex["span"]),
                            "rules_f1": f1(test, [ex["rules"] for ex in test]),
                            "lodo_f1": f1(test, found),
                            "pipeline_lodo_f1": pipeline[doc]} for doc, (test, found) in held.items()},
        "claims": len(examples),
        "training_data_sha256": hashlib.sha256(json.dumps(examples, ensure_ascii=False, sort_keys=True)
                                               .encode("utf-8")).hexdigest(),
        "validation": "leave-one-document-out: the model fitted on the other documents picks among its spans "
                      "and the rules' metric; mean character F1 over matched claims (as score.py's metric_f1). "
                      "lodo_f1 scores the model's choice alone; pipeline_lodo_f1 runs read_report on the held-out "
                      "document with that model (compose, lists, inheritance after the choice) and scores it with "
                      "corpora/score.py --region, as corpora/evaluate.py does",
    }
    print(json.dumps(card, ensure_ascii=False, indent=1))
    if args.lodo_only:
        return 0
    model = fit(examples)
    model.meta = {k: card[k] for k in ("sklearn", "C", "balanced", "claims", "training_data_sha256")}
    out = Path(args.out) if args.out else HERE
    out.mkdir(parents=True, exist_ok=True)
    joblib.dump(model, out / "metric.v1.joblib", compress=3)
    (out / "metric.v1.json").write_text(json.dumps(card, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
