"""A long figure printed digit for digit in one table is that table's cell however far from it the sentence stands:
the restructuring plan's 总股本116,746,170股 is restated in 重大事项提示 (p14, p18), 第一章 and 第八章 (pp.273-346), each
hundreds of pages from the share-structure table on p67 (its 合计), and was not linked there (link probability about
0.3, below 0.5). Real sentences and tables of corpora/real/restructuring_plan_002352_dingtai_sf_2016.pdf."""
from __future__ import annotations

from extract.link.features import figure_digits


def test_an_unmistakable_figure_links_to_its_cell_far_away(plan):
    restated = [c for c in plan.claims if c.text.startswith("116,746,170") and abs(c.page - 67) > 10]
    assert len(restated) >= 6
    linked = {l.claim_id: (l.table_id, l.row, l.col) for l in plan.links}
    assert {linked.get(c.id) for c in restated} == {("表@p67-2", "合计", "持股数（股）")}


def test_a_round_figure_is_no_unmistakable_one(plan):
    # 1,800,000,000 has two significant digits: many cells hold it by chance
    assert [figure_digits(t) for t in ("116,746,170股", "1,800,000,000元", "6,279,000.00")] == [8, 2, 4]
