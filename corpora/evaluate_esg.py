#!/usr/bin/env python3
"""Which ESG sentences disclose a quantity: claim finder vs "has a digit" vs the disclosure classifier.

Reads corpora/real/esg_report_sentences_labeled.csv (8,471 single sentences, most without final
punctuation) and scores three ways of saying "this sentence is 定量文本" (quantitative disclosure), side by
side on one split:
- claim finder: the sentence, read alone, yields at least one claim (SCHEMA.md claims);
- digit rule: the sentence holds an Arabic digit;
- classifier: extract.claims.disclosure.classify (trained on the train split only).

Split: 1-based data rows divisible by 5 are the TEST split (1,694 rows), the rest the train split. The
classifier never saw the test split; on the train split its score is in-sample (see the data card's CV).

Usage:
    .venv/bin/python corpora/evaluate_esg.py [--split test|train] [--json] [--record]
--record (test split only) writes the test scores into models/disclosure/disclosure.v1.json.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path

from extract.claims.disclosure import classify, sentence_claims

HERE = Path(__file__).resolve().parent
CSV = HERE / "real" / "esg_report_sentences_labeled.csv"
CARD = HERE.parent / "models" / "disclosure" / "disclosure.v1.json"
POSITIVE = "定量文本"
DIGIT = re.compile(r"[0-9０-９]")


def split_rows(split: str) -> list[tuple[int, str, str]]:
    """(row number, sentence, quality_label) of the rows of one split."""
    want_test = split == "test"
    with CSV.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        next(reader)
        return [(n, row[0], row[2]) for n, row in enumerate(reader, 1) if (n % 5 == 0) == want_test]


def prf(gold: list[bool], pred: list[bool]) -> dict[str, float]:
    tp = sum(g and p for g, p in zip(gold, pred))
    fp = sum(p and not g for g, p in zip(gold, pred))
    fn = sum(g and not p for g, p in zip(gold, pred))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def evaluate(split: str) -> dict:
    rows = split_rows(split)
    gold, has_claim, has_digit, classified = [], [], [], []
    for _, sentence, label in rows:
        claims = sentence_claims(sentence)
        gold.append(label == POSITIVE)
        has_claim.append(bool(claims))
        has_digit.append(bool(DIGIT.search(sentence)))
        classified.append(classify(sentence, claims)[0] == "quantitative")
    return {"split": split, "rows": len(rows), "positive": sum(gold),
            "claim_finder_has_claim": prf(gold, has_claim), "digit_rule": prf(gold, has_digit),
            "classifier": prf(gold, classified)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=("test", "train"), default="test")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    ap.add_argument("--record", action="store_true", help="write the test scores into the data card")
    args = ap.parse_args(argv)
    if args.record and args.split != "test":
        ap.error("--record needs --split test")
    result = evaluate(args.split)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        note = " (in-sample: see the data card's CV)" if args.split == "train" else ""
        print(f"{args.split} split: {result['rows']} sentences, {result['positive']} labelled {POSITIVE}")
        print(f"{'method':<26} {'precision':>9} {'recall':>7} {'f1':>7}")
        for name, key in (("claim finder (has claim)", "claim_finder_has_claim"), ("digit rule", "digit_rule"),
                          ("disclosure classifier" + note, "classifier")):
            s = result[key]
            print(f"{name:<26} {s['precision']:>9.4f} {s['recall']:>7.4f} {s['f1']:>7.4f}")
    if args.record:
        card = json.loads(CARD.read_text(encoding="utf-8"))
        card["test"] = {k: result[k] for k in ("rows", "positive", "claim_finder_has_claim", "digit_rule",
                                               "classifier")}
        CARD.write_text(json.dumps(card, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
