#!/usr/bin/env python3
"""Rebuild corpora/real/esg_sentences_train_sample.txt (+ .rows.txt) from the ESG sentence CSV.

Rule (deterministic): rows are numbered from 1 after the header. Rows whose number is divisible by 5
are the TEST split and are never used. Among the remaining (train) rows, keep those whose sentence
contains an Arabic digit or a Chinese numeral character (the candidates); take every STEP-th of them
(the STEP-th, 2*STEP-th, ...). A second pass (issue 10) takes every STEP2-th candidate starting at the
START2-th (cand[START2-1::STEP2]); none of them is in the first pass, and they are APPENDED after the
first pass so that every anchor of the first gold stays valid. A third pass (issue 10 item 1) takes
every STEP3-th candidate from the START3-th (cand[START3-1::STEP3]), none in the first two passes,
APPENDED after the second. A fourth pass (issue 10 item 1) takes every STEP4-th candidate from the START4-th
(cand[START4-1::STEP4]), none in the first three passes, APPENDED after the third. A fifth, small pass (issue 10
item 1) takes every STEP5-th candidate from the START5-th (cand[START5-1::STEP5]), none in the first four passes,
APPENDED after the fourth. A sixth pass (issue 10) takes every STEP6-th candidate from the START6-th
(cand[START6-1::STEP6]), none in the first five passes, APPENDED after the fifth. A seventh pass (issue 10) takes
every STEP7-th candidate from the START7-th (cand[START7-1::STEP7]), none in the first six passes, APPENDED after
the sixth. An eighth pass (issue 10) takes every STEP8-th candidate from the START8-th (cand[START8-1::STEP8]),
none in the first seven passes, APPENDED after the seventh. A ninth pass (issue 10) takes every STEP9-th candidate
from the START9-th (cand[START9-1::STEP9]), none in the first eight passes, APPENDED after the eighth. A tenth pass
(issue 10) takes every STEP10-th candidate from the START10-th (cand[START10-1::STEP10]), none in the first nine
passes, APPENDED after the ninth. An eleventh pass (issue 10) takes every STEP11-th candidate from the START11-th
(cand[START11-1::STEP11]), none in the first ten passes, APPENDED after the tenth. A twelfth pass (issue 10) takes
every STEP12-th candidate from the START12-th (cand[START12-1::STEP12]), none in the first eleven passes, APPENDED
after the eleventh. A thirteenth pass (issue 10) takes every STEP13-th candidate from the START13-th
(cand[START13-1::STEP13]), none in the first twelve passes, APPENDED after the twelfth. A fourteenth pass (issue 10)
takes every STEP14-th candidate from the START14-th (cand[START14-1::STEP14]), none in the first thirteen passes,
APPENDED after the thirteenth. A fifteenth pass (issue 10) takes every STEP15-th candidate from the START15-th
(cand[START15-1::STEP15]), none in the first fourteen passes, APPENDED after the fourteenth. A sixteenth pass (issue 10) takes every STEP16-th candidate from the START16-th
(cand[START16-1::STEP16]), none in the first fifteen passes, APPENDED after the fifteenth. A seventeenth pass (issue 10)
takes every STEP17-th candidate from the START17-th (cand[START17-1::STEP17]), none in the first sixteen passes,
APPENDED after the sixteenth. An eighteenth pass (issue 10) takes every STEP18-th candidate from the START18-th
(cand[START18-1::STEP18]), none in the first seventeen passes, APPENDED after the seventeenth. A nineteenth pass
(issue 10) takes every STEP19-th candidate from the START19-th (cand[START19-1::STEP19]), none in the first eighteen
passes, APPENDED after the eighteenth. A twentieth pass (issue 10) takes every STEP20-th candidate from the START20-th
(cand[START20-1::STEP20]), none in the first nineteen passes, APPENDED after the nineteenth. A twenty-first pass (issue 10) takes every STEP21-th candidate from the START21-th
(cand[START21-1::STEP21]), none in the first twenty passes, APPENDED after the twentieth. Output: a title line, then one sentence per line exactly as in the CSV.

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
STEP = 19
STEP2, START2 = 38, 9
STEP3, START3 = 38, 28
STEP4, START4 = 38, 18
STEP5, START5 = 76, 4
STEP6, START6 = 38, 13
STEP7, START7 = 38, 32
STEP8, START8 = 38, 23
STEP9, START9 = 76, 6
STEP10, START10 = 76, 2
STEP11, START11 = 76, 7
STEP12, START12 = 76, 8
STEP13, START13 = 76, 10
STEP14, START14 = 76, 11
STEP15, START15 = 76, 12
STEP16, START16 = 76, 14
STEP17, START17 = 76, 15
STEP18, START18 = 76, 17
STEP19, START19 = 76, 20
STEP20, START20 = 76, 21
STEP21, START21 = 76, 22
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
    first = cand[STEP - 1 :: STEP]
    second = cand[START2 - 1 :: STEP2]
    assert not {n for n, _ in first} & {n for n, _ in second}, "second pass overlaps the first"
    third = cand[START3 - 1 :: STEP3]
    assert not {n for n, _ in first + second} & {n for n, _ in third}, "third pass overlaps the first two"
    fourth = cand[START4 - 1 :: STEP4]
    assert not {n for n, _ in first + second + third} & {n for n, _ in fourth}, "fourth pass overlaps the first three"
    fifth = cand[START5 - 1 :: STEP5]
    assert not {n for n, _ in first + second + third + fourth} & {n for n, _ in fifth}, "fifth pass overlaps the first four"
    sixth = cand[START6 - 1 :: STEP6]
    assert not {n for n, _ in first + second + third + fourth + fifth} & {n for n, _ in sixth}, "sixth pass overlaps the first five"
    seventh = cand[START7 - 1 :: STEP7]
    assert not {n for n, _ in first + second + third + fourth + fifth + sixth} & {n for n, _ in seventh}, "seventh pass overlaps the first six"
    eighth = cand[START8 - 1 :: STEP8]
    assert not {n for n, _ in first + second + third + fourth + fifth + sixth + seventh} & {n for n, _ in eighth}, "eighth pass overlaps the first seven"
    ninth = cand[START9 - 1 :: STEP9]
    assert not {n for n, _ in first + second + third + fourth + fifth + sixth + seventh + eighth} & {n for n, _ in ninth}, "ninth pass overlaps the first eight"
    tenth = cand[START10 - 1 :: STEP10]
    assert not {n for n, _ in first + second + third + fourth + fifth + sixth + seventh + eighth + ninth} & {n for n, _ in tenth}, "tenth pass overlaps the first nine"
    eleventh = cand[START11 - 1 :: STEP11]
    assert not {n for n, _ in first + second + third + fourth + fifth + sixth + seventh + eighth + ninth + tenth} & {n for n, _ in eleventh}, "eleventh pass overlaps the first ten"
    twelfth = cand[START12 - 1 :: STEP12]
    assert not {n for n, _ in first + second + third + fourth + fifth + sixth + seventh + eighth + ninth + tenth + eleventh} & {n for n, _ in twelfth}, "twelfth pass overlaps the first eleven"
    thirteenth = cand[START13 - 1 :: STEP13]
    assert not {n for n, _ in first + second + third + fourth + fifth + sixth + seventh + eighth + ninth + tenth + eleventh + twelfth} & {n for n, _ in thirteenth}, "thirteenth pass overlaps the first twelve"
    fourteenth = cand[START14 - 1 :: STEP14]
    assert not {n for n, _ in first + second + third + fourth + fifth + sixth + seventh + eighth + ninth + tenth + eleventh + twelfth + thirteenth} & {n for n, _ in fourteenth}, "fourteenth pass overlaps the first thirteen"
    fifteenth = cand[START15 - 1 :: STEP15]
    assert not {n for n, _ in first + second + third + fourth + fifth + sixth + seventh + eighth + ninth + tenth + eleventh + twelfth + thirteenth + fourteenth} & {n for n, _ in fifteenth}, "fifteenth pass overlaps the first fourteen"
    sixteenth = cand[START16 - 1 :: STEP16]
    assert not {n for n, _ in first + second + third + fourth + fifth + sixth + seventh + eighth + ninth + tenth + eleventh + twelfth + thirteenth + fourteenth + fifteenth} & {n for n, _ in sixteenth}, "sixteenth pass overlaps the first fifteen"
    seventeenth = cand[START17 - 1 :: STEP17]
    assert not {n for n, _ in first + second + third + fourth + fifth + sixth + seventh + eighth + ninth + tenth + eleventh + twelfth + thirteenth + fourteenth + fifteenth + sixteenth} & {n for n, _ in seventeenth}, "seventeenth pass overlaps the first sixteen"
    eighteenth = cand[START18 - 1 :: STEP18]
    assert not {n for n, _ in first + second + third + fourth + fifth + sixth + seventh + eighth + ninth + tenth + eleventh + twelfth + thirteenth + fourteenth + fifteenth + sixteenth + seventeenth} & {n for n, _ in eighteenth}, "eighteenth pass overlaps the first seventeen"
    nineteenth = cand[START19 - 1 :: STEP19]
    assert not {n for n, _ in first + second + third + fourth + fifth + sixth + seventh + eighth + ninth + tenth + eleventh + twelfth + thirteenth + fourteenth + fifteenth + sixteenth + seventeenth + eighteenth} & {n for n, _ in nineteenth}, "nineteenth pass overlaps the first eighteen"
    twentieth = cand[START20 - 1 :: STEP20]
    assert not {n for n, _ in first + second + third + fourth + fifth + sixth + seventh + eighth + ninth + tenth + eleventh + twelfth + thirteenth + fourteenth + fifteenth + sixteenth + seventeenth + eighteenth + nineteenth} & {n for n, _ in twentieth}, "twentieth pass overlaps the first nineteen"
    twenty_first = cand[START21 - 1 :: STEP21]
    assert not {n for n, _ in first + second + third + fourth + fifth + sixth + seventh + eighth + ninth + tenth + eleventh + twelfth + thirteenth + fourteenth + fifteenth + sixteenth + seventeenth + eighteenth + nineteenth + twentieth} & {n for n, _ in twenty_first}, "twenty-first pass overlaps the first twenty"
    picked = first + second + third + fourth + fifth + sixth + seventh + eighth + ninth + tenth + eleventh + twelfth + thirteenth + fourteenth + fifteenth + sixteenth + seventeenth + eighteenth + nineteenth + twentieth + twenty_first
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
