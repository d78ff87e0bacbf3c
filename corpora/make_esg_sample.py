#!/usr/bin/env python3
"""Rebuild corpora/real/esg_sentences_train_sample.txt (+ .rows.txt) from the ESG sentence CSV.

Rule (deterministic): rows are numbered from 1 after the header. Rows whose number is divisible by 5
are the TEST split and are never used. Among the remaining (train) rows, keep those whose sentence
contains an Arabic digit or a Chinese numeral character (the candidates). Each labelling pass (PASSES, in the
order they were labelled; issue 10) takes every step-th candidate from the start-th (cand[start-1::step]); no
pass shares a row with an earlier one, and each is APPENDED after the earlier ones so that every anchor of the
earlier gold stays valid. Output: a title line, then one sentence per line exactly as in the CSV.

Usage: python3 corpora/make_esg_sample.py [--check]   (--check: compare with the committed files, and
check that every anchor of the gold claims occurs exactly once in the sample's stripped text)
"""
import csv
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CSV = HERE / "real" / "esg_report_sentences_labeled.csv"
OUT = HERE / "real" / "esg_sentences_train_sample.txt"
ROWS = HERE / "real" / "esg_sentences_train_sample.rows.txt"
GOLD = HERE / "gold" / "esg_sentences_train_sample.claims.jsonl"
TITLE = "ESG报告句子（训练集样本）"
# (step, start) of each pass: the first took every 19th candidate, the later ones residues of 38 and then of 76 that
# no earlier pass holds. The residues of 76 below 40 are used up; the fortieth to sixty-seventh passes take residues
# 42, 43, 45, 46, 48, 49, 50, 52, 54, 55, 41, 44, 53, 58, 59, 60, 62, 63, 64, 65, 67, 68, 69, 71, 72, 73, 74 and 75
# (cand[41::76], cand[42::76], cand[44::76], cand[45::76], cand[47::76], cand[48::76], cand[49::76], cand[51::76],
# cand[53::76], cand[54::76], cand[40::76], cand[43::76], cand[52::76], cand[57::76], cand[58::76], cand[59::76],
# cand[61::76], cand[62::76], cand[63::76], cand[64::76], cand[66::76], cand[67::76], cand[68::76], cand[70::76],
# cand[71::76], cand[72::76], cand[73::76], cand[74::76]).
# With the passes of step 19 and 38 (each holds the residues start-1, start-1+38 … of 76), every residue of 76 is now
# held: the sample is all 4,120 train candidates, and no candidate is left for another pass or as a pool (what the
# fortieth and forty-second passes' README sections call a pool is held by (38, 9), (38, 13), (38, 18), (38, 23),
# (38, 28), (38, 32) and (19, 19)).
PASSES = ((19, 19), (38, 9), (38, 28), (38, 18), (76, 4), (38, 13), (38, 32), (38, 23), (76, 6), (76, 2), (76, 7),
          (76, 8), (76, 10), (76, 11), (76, 12), (76, 14), (76, 15), (76, 17), (76, 20), (76, 21), (76, 22),
          (76, 24), (76, 25), (76, 26), (76, 27), (76, 29), (76, 30), (76, 31), (76, 33),
          (76, 34), (76, 35), (76, 36), (76, 37), (76, 39), (76, 40), (76, 1), (76, 3),
          (76, 5), (76, 16), (76, 42), (76, 43), (76, 45), (76, 46), (76, 48),
          (76, 49), (76, 50), (76, 52), (76, 54), (76, 55), (76, 41), (76, 44), (76, 53), (76, 58), (76, 59),
          (76, 60), (76, 62), (76, 63), (76, 64), (76, 65), (76, 67), (76, 68), (76, 69), (76, 71), (76, 72),
          (76, 73), (76, 74), (76, 75))
NUMERAL = re.compile(r"[0-9０-９〇零一二三四五六七八九十百千万亿两]")


def is_test(row_no: int) -> bool:
    return row_no % 5 == 0


def sample() -> list[tuple[int, str]]:
    with CSV.open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        next(reader)  # header
        cand = []
        for row_no, row in enumerate(reader, 1):
            if is_test(row_no):
                continue  # test split: not read further
            if NUMERAL.search(row[0]):
                cand.append((row_no, row[0]))
    picked: list[tuple[int, str]] = []
    for k, (step, start) in enumerate(PASSES, 1):
        taken = cand[start - 1 :: step]
        assert not {n for n, _ in picked} & {n for n, _ in taken}, f"pass {k} overlaps an earlier pass"
        picked += taken
    assert picked and not any(is_test(n) for n, _ in picked), "test-split row in sample"
    assert all("\n" not in s and "\r" not in s for _, s in picked)
    return picked


def main() -> int:
    picked = sample()
    text = TITLE + "\n" + "".join(s + "\n" for _, s in picked)
    rows = "".join(f"{n}\n" for n, _ in picked)
    if "--check" in sys.argv:
        same = OUT.read_text(encoding="utf-8") == text and ROWS.read_text(encoding="utf-8") == rows
        stripped = re.sub(r"\s", "", text)
        anchors = [json.loads(line)["anchor"] for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
        bad = [a for a in anchors if stripped.count(re.sub(r"\s", "", a)) != 1]
        print(("same" if same else "DIFFERENT") + f" ({len(picked)} sentences); gold anchors not exactly once: {bad or 'none'}")
        return 0 if same and not bad else 1
    OUT.write_text(text, encoding="utf-8")
    ROWS.write_text(rows, encoding="utf-8")
    print(f"{len(picked)} sentences -> {OUT.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
