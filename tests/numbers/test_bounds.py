"""Bound words before a number (models/lexicons/bounds.v1.tsv): 约 reads as about, not inside another word."""
from __future__ import annotations

from extract.numbers.mentions import find_mentions


def _bounds(text: str) -> list[tuple[str, str]]:
    return [(text[m.start:m.end], m.bound) for m in find_mentions(text)]


# 节约 is to save: 约 there is no bound (ESG train split, the eighth pass: 节约13100支 was read as about 13100)
def test_a_bound_word_inside_another_word_is_no_bound():
    assert _bounds("2022年部门日常和会议中的瓶装饮用水消耗量为65697支较上年节约13100支") == [
        ("2022年", "="), ("65697支", "="), ("13100支", "=")]


def test_about_before_a_number_is_a_bound():
    assert ("约7800人次", "~") in _bounds("提供细致周到的安居生活照料，参与助老活动志愿者约7800人次，累计志愿服务时长约2.3万小时")
