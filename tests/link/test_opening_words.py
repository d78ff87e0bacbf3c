"""Words naming a period's start have one owner (models/linker/opening_words.v1.tsv): the opening column of a
roll-forward table, a figure stated as the opening balance, and a change since the start all read them. Real
labels and sentences of the 2020 annual report of 金宇生物."""
from __future__ import annotations

from decimal import Decimal

import pytest

from extract.link.features import _opening, movement_column, opening_label_re, opening_words
from extract.records import Claim
from extract.resources import load_tsv

DOC = "annual_report_600201_jinyu_biotech_2020"
ROWS = [row for row in load_tsv("linker/opening_words.v1.tsv") if len(row) >= 3 and row[2]]


def _claim(sentence: str, text: str) -> Claim:
    at = sentence.index(text)
    return Claim(DOC, "c1", at, at + len(text), 145, text, Decimal(text.replace(",", "")), 1, "", "measure", "=",
                 None, "商誉", None, None, None, None, None, sentence)


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r[1])
def test_every_example_opens_a_period(row):
    kind, word, example = row[0], row[1], row[2]
    assert word in example
    if example.endswith("。"):            # a sentence: the figure after the word is an opening balance
        figure = example[example.index(word) + len(word):].lstrip("：:为是").split("）")[0]
        assert _opening(_claim(example, figure))
    else:                                # a column label
        assert opening_label_re().match(example)
    assert (word in opening_words()) == (kind == "word")


def test_a_movement_column_lies_between_the_opening_and_the_closing_one():
    header = ("被投资单位", "期初余额", "追加投资", "权益法下确认的投资损益", "期末余额")
    assert movement_column(header, "权益法下确认的投资损益")
    assert not movement_column(header, "期初余额") and not movement_column(header, "期末余额")
