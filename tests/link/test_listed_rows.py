"""Equal figures in a list of named rows: "林哲莹、杜浩洋分别出资64,713万元" is each partner's, and the link goes to the row
named first (it went to the last, nearest the number; the plan prints the partners' table twice, p97 and p98, so the
cells are about equally probable). Real sentences and tables of corpora/real/restructuring_plan_002352_dingtai_sf_2016.pdf
(p96-98)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("written, first", [
    ("64,713万元", "林哲莹"),          # 林哲莹、杜浩洋分别出资64,713万元
    ("311.6029万元", "陶志刚"),        # 陶志刚、陈雪颖、杨涛、危平分别出资311.6029万元
    ("103.5408万元", "曾治平"),        # 曾治平、宋永昕、桑利、林凤娟、潘韦、刘晓利、许苏林、周海强、王锋分别出资103.5408万元
])
def test_a_figure_each_named_row_holds_links_the_first_named(plan, written, first):
    claim = next(c for c in plan.claims if c.text == written and "分别出资" in (c.sentence or ""))
    assert [(l.row, l.col) for l in plan.links if l.claim_id == claim.id] == [(first, "认缴出资（万元）")]
