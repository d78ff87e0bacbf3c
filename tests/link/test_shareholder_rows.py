"""A company's registered capital written beside the shareholder that paid it: "变更后公司注册资本为人民币5,000万元，均由顺丰集团
出资" ties to the 合计 of the company's 股权结构 table, not to 顺丰集团's row of equal value. The subject is 顺丰控股 (泰海投资
is its former name, 释义: 泰海投资 指 深圳市泰海投资有限公司，顺丰控股有限的前身), whose name shares 顺丰 with the
shareholder's; the shareholder's row is another company's, no detail of the total (it was taken as one once the
subject became 顺丰控股). Real sentences and tables of corpora/real/restructuring_plan_002352_dingtai_sf_2016.pdf (p116-117)."""
from __future__ import annotations


def test_the_capital_a_shareholder_paid_ties_to_the_total(plan):
    claims = [c for c in plan.claims if c.text == "5,000万元" and "均由顺丰集团出资" in (c.sentence or "")]
    assert claims and all(c.subject == "顺丰控股" for c in claims)
    for claim in claims:
        assert [(l.row, l.col) for l in plan.links if l.claim_id == claim.id and l.status == "match"] == \
            [("合计", "注册资本（万元）")]


def test_a_stake_in_the_company_the_sentence_names_ties_to_its_table(plan):
    """"2004年5月10日，成兴业运输通过股东会决议，同意深圳市成兴业投资发展有限公司将其所持公司90%的股份转让给…，刘景秋将其所持公司
    10%的股份转让给…": 公司 there is 成兴业运输, so its 股权结构 table holds the stakes (they went to 华安恒业运输's table, whose
    caption names no company, as a stake in another company than 成兴业运输's)."""
    sentence = "刘景秋将其所持公司10%的股份转让给顺丰速运（香港）有限公司"
    for written, row in (("90%", "深圳市成兴业投资发展有限公司"), ("10%", "刘景秋")):
        claim = next(c for c in plan.claims if c.text == written and sentence in (c.sentence or ""))
        links = [l for l in plan.links if l.claim_id == claim.id and l.status == "match"]
        tables = {t.id: t for t in plan.tables}
        assert [(l.row, l.col) for l in links] == [(row, "出资比例（%）")]
        assert "成兴业运输" in (tables[links[0].table_id].caption or "")
