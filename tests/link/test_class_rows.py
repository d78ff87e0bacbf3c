"""A row labelled by a number and its unit is a class (1.5吨, 14吨 vehicles): with its number taken out of the label
nothing is left to share with the claim, so "其中1.5吨冷运车299辆、14吨冷运车171辆" was never linked to the p295 投资
table's 1.5吨 and 14吨 rows; the label standing right before the figure names the row. Real sentences and table of
corpora/real/restructuring_plan_002352_dingtai_sf_2016.pdf (p293, p295)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("written, row", [("299辆", "1.5吨"), ("171辆", "14吨")])
def test_a_class_label_before_the_figure_names_its_row(plan, written, row):
    claim = next(c for c in plan.claims if c.text == written and "冷运车" in (c.sentence or ""))
    assert [(l.row, l.col) for l in plan.links if l.claim_id == claim.id] == [(row, "购置数量合计（辆）")]

