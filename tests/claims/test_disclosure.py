"""Quantitative disclosure per sentence (extract/claims/disclosure.py, models/disclosure/): real sentences of the
TRAIN split of corpora/real/esg_report_sentences_labeled.csv (row numbers not divisible by 5; the test split is
never used here), one group per phenomenon. The classifier labels sentences; it never changes the claims."""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from extract.claims import find_claims
from extract.claims.disclosure import (
    OTHER,
    QUANTITATIVE,
    classify,
    cues,
    disclosure_sentences,
    hand_features,
    sentence_claims,
)
from extract.cli import cli
from extract.ingest.text import document_from_text
from extract.resources import model_path

ROOT = Path(__file__).resolve().parents[2]
TRAIN_SCRIPT = ROOT / "models" / "disclosure" / "train_disclosure.py"


def train_row(row_no: int) -> str:
    """The sentence of one train-split data row (1-based), read from the CSV."""
    assert row_no % 5, "test-split row"
    import csv
    with (ROOT / "corpora" / "real" / "esg_report_sentences_labeled.csv").open(encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        next(reader)
        for n, row in enumerate(reader, 1):
            if n == row_no:
                return row[0]
    raise AssertionError(row_no)


# -- the split -----------------------------------------------------------------------------------
def test_training_never_reads_a_test_split_row():
    spec = importlib.util.spec_from_file_location("train_disclosure", TRAIN_SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rows = module.train_rows()
    numbers = [n for n, _, _ in rows]
    assert not any(n % 5 == 0 for n in numbers)
    assert len(numbers) == 6777 and numbers[:5] == [1, 2, 3, 4, 6]


# -- zero incidents: a count of none, without a digit, is quantitative disclosure ------------------------
@pytest.mark.parametrize("row_no, sentence", [
    (414, "本年度集团未新增职业病疑似职业病及职业禁忌证的病例"),
    (151, "在过去三年里我们没有发生信息安全事件"),
])
def test_zero_incident_sentence_is_quantitative(row_no, sentence):
    assert train_row(row_no) == sentence
    assert sentence_claims(sentence) == []          # no claim by SCHEMA.md: nothing is suppressed or added
    assert "h:cue=zero_incident" in hand_features(sentence, [])
    label, p = classify(sentence)
    assert label == QUANTITATIVE and p >= 0.5


# -- KPI lines and counts --------------------------------------------------------------------------
@pytest.mark.parametrize("row_no, sentence", [
    (59, "报告期内共召开8次监事会会议"),
    (433, "2627关键绩效指标B5.1按地区划分的供应商数目"),
])
def test_kpi_line_is_quantitative(row_no, sentence):
    assert train_row(row_no) == sentence
    assert classify(sentence)[0] == QUANTITATIVE


# -- a year is a time, not a disclosed quantity ------------------------------------------------------
@pytest.mark.parametrize("row_no, sentence", [
    (324, "2004年公司被国家中标认证中心授予节能贡献奖"),
    (286, "2022年公司所产生的有害废弃物均已合规处理"),
])
def test_qualitative_sentence_with_a_year_only(row_no, sentence):
    assert train_row(row_no) == sentence
    assert "h:years_only" in hand_features(sentence, [])
    label, p = classify(sentence)
    assert label == OTHER and p < 0.5


# -- rules as data: each cue holds on its example -------------------------------------------------------
def test_every_cue_holds_on_its_example():
    assert cues()
    for cue in cues():
        assert cue.holds(cue.example), cue.name


# -- the stored model: plain numbers, no scikit-learn at run time ---------------------------------
def test_stored_model_is_plain_json():
    data = json.loads(model_path("disclosure/disclosure.v1.weights.json").read_text(encoding="utf-8"))
    assert set(data) >= {"n", "ngrams", "hand", "bias", "threshold"}
    assert data["n"] == 6777


def test_classify_does_not_import_sklearn():
    code = ("import sys; from extract.claims.disclosure import classify; "
            "print(classify('报告期内共召开8次监事会会议')[0], 'sklearn' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.split() == [QUANTITATIVE, "False"]


# -- per sentence of a document, with the report's own claims ----------------------------------------
TEXT = ("本年度集团未新增职业病疑似职业病及职业禁忌证的病例。"
        "2004年公司被国家中标认证中心授予节能贡献奖。"
        "报告期内共召开8次监事会会议。\n")


def test_document_sentences_carry_label_and_claims():
    document = document_from_text(TEXT)
    claims = find_claims(document)
    found = disclosure_sentences(document, claims)
    assert [s.text for s in found] == [s + "。" for s in TEXT.strip().split("。") if s]
    assert [s.label for s in found] == [QUANTITATIVE, OTHER, QUANTITATIVE]
    eight = [c for c in claims if c.text.startswith("8")]
    assert len(eight) == 1 and found[2].claims == (eight[0].id,) and found[0].claims == ()
    for s in found:
        assert TEXT[s.char_start:s.char_end] == s.text


def test_cli_lists_quantitative_sentences(tmp_path):
    path = tmp_path / "esg.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(cli, ["sentences", str(path), "--quantitative", "--format", "jsonl"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["text"] for r in rows] == ["本年度集团未新增职业病疑似职业病及职业禁忌证的病例。", "报告期内共召开8次监事会会议。"]
    assert all(r["label"] == QUANTITATIVE and r["p"] >= 0.5 for r in rows)
