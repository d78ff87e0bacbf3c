"""Our jieba loading and part-of-speech cut give what jieba itself gives.

The tokenizer reads jieba's dictionary from a local cache, by first character as texts need it, and
``cut_pos`` cuts without importing ``jieba.posseg``; the reference is jieba as the pipeline used it
before: ``jieba.Tokenizer`` + ``add_word`` of the user dictionary, ``jieba.posseg.POSTokenizer`` over it,
``cut(text, HMM=False)``. Real lines: the 2025 government work report and the ESG sample sentences.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import jieba
import jieba.posseg
import pytest

from extract.nlp import segmenter
from extract.resources import load_joblib

REAL = Path(__file__).resolve().parents[2] / "corpora" / "real"
LINES = [line for name in ("gov_work_report_state_council_2025.txt", "esg_sentences_train_sample.txt")
         for line in (REAL / name).read_text(encoding="utf-8").splitlines()[:150] if line.strip()]


@pytest.fixture(scope="module")
def reference():
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    for word, freq, tag in segmenter.user_words():
        tokenizer.add_word(word, freq, tag)
    return tokenizer, jieba.posseg.POSTokenizer(tokenizer)


def test_real_lines_are_read():
    assert len(LINES) >= 150


def test_words_and_tags_are_jiebas(reference):
    tokenizer, pos = reference
    for line in LINES:
        assert segmenter.cut_pos(line) == tuple((p.word, p.flag) for p in pos.cut(line, HMM=False)), line
        assert segmenter.cut(line) == list(tokenizer.cut(line)), line
        assert list(segmenter.jieba_tokenizer().cut_for_search(line, HMM=False)) == \
            list(tokenizer.cut_for_search(line, HMM=False)), line


def test_punctuation_spaces_and_line_breaks_between_runs_are_jiebas(reference):
    # cut_pos tags what lies between two runs of han/letters/digits itself: each character "x", a "\r\n" one word
    _tokenizer, pos = reference
    for text in ("\r\n".join(LINES[:40]), " \t".join(LINES[40:80]), "\n\n".join(LINES[80:120])):
        assert segmenter.cut_pos(text) == tuple((p.word, p.flag) for p in pos.cut(text, HMM=False))


def test_user_words_keep_their_tags():
    # 个百分点 is a quantifier of the user dictionary (jieba alone has no such word)
    assert ("个百分点", "q") in segmenter.cut_pos("比上年提高1个百分点")


def test_the_whole_dictionary_is_jiebas_with_the_user_words(reference):
    tokenizer, pos = reference
    segmenter.load_dictionary()
    ours = segmenter.jieba_tokenizer()
    assert ours.total == tokenizer.total
    assert ours.FREQ == tokenizer.FREQ
    pos.cut("预热")                                   # jieba merges the user words' tags on the first cut
    assert segmenter.word_tags() == pos.word_tag_tab


def test_a_new_cache_folder_is_filled_and_read(tmp_path):
    """A fresh process with an empty cache folder builds the cache there and cuts the same."""
    line = "城镇新增就业1256万人、城镇调查失业率平均为5.1%"
    code = ("from extract.nlp import segmenter; import sys; "
            "print(repr(segmenter.cut_pos(sys.argv[1])))")
    env = {"TIEOUT_CACHE_DIR": str(tmp_path), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    first = subprocess.run([sys.executable, "-c", code, line], env=env, capture_output=True, text=True, check=True)
    assert [p.suffix for p in tmp_path.iterdir()] == [".bin"]
    second = subprocess.run([sys.executable, "-c", code, line], env=env, capture_output=True, text=True, check=True)
    assert first.stdout == second.stdout == repr(segmenter.cut_pos(line)) + "\n"


def test_claims_path_does_not_import_posseg_or_joblib():
    code = ("import sys; from extract.nlp.segmenter import cut_pos; from extract.claims.metric_model import "
            "load_metric_model; cut_pos('国内生产总值达到134.9万亿元'); assert load_metric_model() is not None; "
            "print(sorted(m for m in ('jieba.posseg', 'joblib', 'numpy', 'pkg_resources') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_metric_model_file_loads_as_joblib_loads_it():
    import joblib

    from extract.resources import model_path

    ours, theirs = load_joblib("metric/metric.v1.joblib"), joblib.load(model_path("metric/metric.v1.joblib"))
    assert (ours.start, ours.end, ours.rerank, ours.meta) == (theirs.start, theirs.end, theirs.rerank, theirs.meta)
