"""Company annual-report phrasing (主营业务分析: an item's figure, the prior year's figure it is compared with, the
change and its rate): sentences of public copies of listed companies' reports, none a report the product is judged
on."""
from __future__ import annotations

from .sentences import by_text, one


# hezhiquan.com's copy of a 2015 annual report (主营业务分析, 利润表及现金流量表相关科目变动分析)
COSTS = "（2）本期销售费用8715.97万元，较上年同期3933.57万元，增加4782.40万元，增幅121.58%，主要因本期销量增加。"
CASH_FLOWS = "（6）本期投资活动产生的现金流量较上年同期减幅55.09%，主要因公司购建固定资产、无形资产支付的现金减少。"


def test_the_figure_compared_with_is_of_the_period_it_is_compared_at():
    """较上年同期3933.57万元: the prior year's expense had no period (本期 was no period word either)."""
    got = by_text(COSTS)
    assert (got["8715.97万元"].period, got["3933.57万元"].period) == ("本期", "上年同期")
    assert (got["4782.40万元"].kind, got["4782.40万元"].baseline) == ("delta", "上年同期")


def test_a_fall_named_jianfu_is_a_change():
    """较上年同期减幅55.09% was a share named 投资活动产生的现金流量减幅."""
    got = one(CASH_FLOWS, "55.09%")
    assert (got.kind, got.direction, got.metric) == ("growth", "down", "投资活动产生的现金流量")
