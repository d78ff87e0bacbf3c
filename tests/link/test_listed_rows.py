"""Equal figures in a list of named rows: "林哲莹、杜浩洋分别出资64,713万元" is each partner's, and the link goes to the row
named first (it went to the last, nearest the number; the plan prints the partners' table twice, p97 and p98, so the
cells are about equally probable). Real sentences and tables of corpora/real/restructuring_plan_002352_dingtai_sf_2016.pdf
(p96-98)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("written, first, col", [
    ("64,713万元", "林哲莹", "认缴出资（万元）"),          # 林哲莹、杜浩洋分别出资64,713万元
    ("311.6029万元", "陶志刚", "认缴出资（万元）"),        # 陶志刚、陈雪颖、杨涛、危平分别出资311.6029万元
    ("103.5408万元", "曾治平", "认缴出资（万元）"),        # 曾治平、宋永昕、桑利、林凤娟、…、王锋分别出资103.5408万元
    # the clause after the list, opening with 各/分别, states each one's share: 各占认缴出资额的0.08%
    ("0.08%", "陶志刚", "认缴出资比例（%）"),
    ("0.03%", "曾治平", "认缴出资比例（%）"),
])
def test_a_figure_each_named_row_holds_links_the_first_named(plan, written, first, col):
    claim = next(c for c in plan.claims if c.text == written and "分别出资" in (c.sentence or ""))
    assert [(l.row, l.col) for l in plan.links if l.claim_id == claim.id] == [(first, col)]
