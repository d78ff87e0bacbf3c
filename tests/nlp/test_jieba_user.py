"""The jieba user dictionary is built from the domain lexicons of models/ (never from a report's text)."""
from __future__ import annotations

import importlib.util
import re
from pathlib import Path

from extract.nlp.segmenter import USER_DICT, cut, cut_pos, user_words
from extract.resources import load_tsv, model_path

BUILDER = Path(__file__).resolve().parents[2] / "models" / "lexicons" / "build_jieba_user.py"
# the sources the terms file's header describes ("#   stat   国家统计局…")
TERMS_SOURCES = set(re.findall(r"^#   (\w+) ", model_path("lexicons/jieba_user_terms.v1.tsv").read_text(encoding="utf-8"),
                               re.M))


def _builder():
    spec = importlib.util.spec_from_file_location("build_jieba_user", BUILDER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_dictionary_is_what_the_script_builds():
    assert USER_DICT.endswith("jieba_user.v2.txt")
    assert model_path(USER_DICT).read_text(encoding="utf-8") == _builder().build(), \
        "stale: run .venv/bin/python models/lexicons/build_jieba_user.py"


def test_every_domain_term_names_its_source():
    for term, tag, source in load_tsv("lexicons/jieba_user_terms.v1.tsv"):
        assert source in TERMS_SOURCES and tag, term


def test_every_word_of_the_dictionary_comes_from_a_lexicon():
    sources = {word for word, _source, _tag in _builder().source_words()}
    assert {word for word, _freq, _tag in user_words()} <= sources


# Sentences of the 2025 State Council work report (dev gold).
def test_statistical_indicator_names_stay_whole():
    """jieba alone cut 国内/生产总值 and 城镇/调查/失业率 (metric 生产总值 for 国内生产总值)."""
    assert "国内生产总值" in cut("经济规模稳步扩大，国内生产总值达到134.9万亿元、增长5%")
    words = cut("城镇新增就业1256万人、城镇调查失业率平均为5.1%，居民消费价格上涨0.2%")
    assert {"城镇新增就业", "城镇调查失业率", "居民消费价格"} <= set(words)


def test_units_are_quantifiers_not_nouns():
    assert ("个百分点", "q") in cut_pos("拟按4%左右安排、比上年提高1个百分点")


def test_school_names_end_in_one_word():
    assert cut("长春职业技术学院在全国 205 所参赛院校中获奖总数并列第一。")[:2] == ["长春", "职业技术学院"]


# Sentences of the restructuring plan (corpora/real/restructuring_plan_002352_dingtai_sf_2016.pdf).
def test_restructuring_terms_and_statement_items_stay_whole():
    """jieba cut 拟|置|出|资产 (the metric was 资产初步作价) and tagged 所有者 a conjunction (归属于母公司所有者权益 gave
    权益)."""
    assert "拟置出资产" in cut("经交易双方协商一致，本次交易中拟置入资产初步作价433亿元，拟置出资产初步作价80,000万元")
    assert "归属于母公司所有者权益" in cut("本次交易拟购买资产顺丰控股截至2015年12月31日归属于母公司所有者权益为136.96亿元")
