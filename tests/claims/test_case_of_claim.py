"""A claim's case is the first case (in the order find_cases gives them) whose extent holds the claim's start.

``build._case`` finds it by bisection in ``_case_index``; the reference is the plain scan over the cases.
Real cases: those find_cases reads in the dev part of seed 000 (案例2-1 …). find_cases can nest them (a
案例 line that is a paragraph, not a heading, inside the extent of the case before it), so the nested and
overlapping arrangements are built from those real cases too.
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from extract.claims.build import Context, _case, _case_index
from extract.ingest import read_document
from extract.structure import find_cases, find_sections
from seed_parts import dev_end

SEED = Path(__file__).resolve().parents[2] / "corpora" / "seeds" / "000_0d6d81e4e345128e.txt"


@pytest.fixture(scope="module")
def cases():
    document = read_document(SEED)
    end = dev_end(SEED.stem)
    found = [c for c in find_cases(document, find_sections(document)) if c.char_end <= end]
    assert len(found) >= 2
    return found


def _scan(cases, offset):
    return next((c for c in cases if c.char_start <= offset < c.char_end), None)


def _check(cases):
    ctx = Context(None, [], cases, None, None, cases_at=_case_index(cases))   # only the cases are read
    bounds = {b for c in cases for b in (c.char_start, c.char_end)}
    offsets = {b + d for b in bounds for d in (-1, 0, 1)} | {0, max(bounds, default=0) + 100}
    for offset in sorted(offsets):
        assert _case(ctx, offset) is _scan(cases, offset), offset


def test_cases_one_after_another(cases):
    _check(cases)


def test_a_case_nested_in_another_is_found_only_after_the_outer_one(cases):
    outer = cases[0]
    middle = (outer.char_start + outer.char_end) // 2
    inner = replace(cases[1], id="案例nested", char_start=middle, char_end=outer.char_end - 1)
    _check([outer, inner] + cases[1:])       # the outer case comes first: it wins over the inner one
    _check([inner, outer] + cases[1:])       # listed first, the inner case wins inside its extent


def test_overlapping_and_empty_cases(cases):
    first, second = cases[0], cases[1]
    overlap = replace(second, id="案例overlap", char_start=first.char_end - 5, char_end=second.char_start + 5)
    empty = replace(second, id="案例empty", char_start=first.char_start + 3, char_end=first.char_start + 3)
    _check([empty, overlap, first, second] + cases[2:])
    _check([])
