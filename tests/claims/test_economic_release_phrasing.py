"""Economic-release phrasing, as statistics bureaux and city governments write their monthly and quarterly releases
(the language of work reports' reviews and statistical bulletins): the months of the year so far as a period (1-10月,
1—5月, 前11个月) and as a baseline (较前三季度), 百分点 written once after a run of bare changes, and changes of growth
rates stated 分别 after them. Sentences of public releases (named at each); none is from a report the product is
judged on."""
from __future__ import annotations

from .sentences import claims_of


def _by_text(text: str) -> dict[str, object]:
    return {c.text: c for c in claims_of(text)}


# tisino.com, 2016-12-02: 1-10月 全区规模以上服务业
SERVICES = ("1-10月，交通运输仓储邮政业实现营业收入30.1亿元，增长30.4%，增速较前三季度提高3.2个百分点；"
            "水利、环境和公共设施管理业实现营业收入1.12亿元，增长94.4%，增速较前三季度提高6.7个百分点。")
FOUR_DOWN = ("“四降”：1-10月，信息传输、软件和信息技术服务业，租赁和商务服务业，居民服务、修理和其他服务业，教育四类行业"
             "增速分别为28.8%、11.1%、24.3%和21.3%，分别较前三季度回落2.5、1.8、1.8和4.0个百分点。")
# tjj.changzhou.gov.cn, 2013: 1-11月 服务业重点企业
ELEVEN_MONTHS = "从总量看，交通运输、仓储和邮政业占比最大，前11个月累计实现营业收入75.4亿元，占重点企业营业收入的比重达23.1%。"
# cqzpit.com, 2025-07-31: 2025年上半年经济运行
FIVE_MONTHS = "1—5月，规上服务业营业收入增长11.5%。"
LIVESTOCK = "畜牧业总体实现回升，猪、牛出栏分别增长2.2%、25%，分别较一季度回升2.9个、23.9个百分点。"


def test_months_of_the_year_so_far_are_the_period():
    """1-10月 and 1—5月 opening a sentence were no period (the figures had none, or the 三季度 inside 较前三季度)."""
    got = _by_text(SERVICES)
    assert [got[t].period for t in ("30.1亿元", "30.4%", "3.2个百分点", "94.4%")] == ["1-10月"] * 4
    assert _by_text(FIVE_MONTHS)["11.5%"].period == "1—5月"


def test_months_so_far_are_no_duration():
    """前11个月 was a claim of 11 months named 累计实现营业收入; it is the period of the amount after it."""
    got = _by_text(ELEVEN_MONTHS)
    assert "11个月" not in got
    assert got["75.4亿元"].period == "前11个月"


def test_the_months_before_are_a_baseline():
    """增速较前三季度提高3.2个百分点: the change of the growth rate, against 前三季度 (its metric was 增速较)."""
    got = _by_text(SERVICES)["3.2个百分点"]
    assert (got.kind, got.baseline, got.metric) == ("delta", "前三季度", "营业收入")


def test_percentage_points_written_once_after_a_run():
    """回落2.5、1.8、1.8和4.0个百分点: the three bare changes before the last are in 百分点 too (they had no unit)."""
    got = [c for c in claims_of(FOUR_DOWN) if c.kind == "delta"]
    assert [(str(c.value), c.unit) for c in got] == [("2.5", "百分点"), ("1.8", "百分点"), ("1.8", "百分点"),
                                                     ("4.0", "百分点")]


def test_changes_after_fenbie_change_the_growth_rates_before_them():
    """分别较一季度回升2.9个、23.9个百分点 after 猪、牛出栏分别增长2.2%、25%: each changes its own growth rate (both
    were named 分别回升)."""
    got = _by_text(LIVESTOCK)
    assert (got["2.9个"].metric, got["23.9个百分点"].metric) == ("猪出栏", "牛出栏")
    assert got["2.9个"].unit == "百分点" and got["2.9个"].baseline == "一季度"


def test_months_follow_the_year_the_sentence_named():
    """A broker's note (corpora/real/broker_research_report_tebon_gaoce_688556_2022.pdf, labelled): 1-5月 after
    2022年 in the sentence is 2022年1-5月 (was 2022年)."""
    text = ("光伏金刚线需求22年提升源于两方面：1）2022年光伏产业链景气度高涨，1-5月光伏装机同比+24.4%，"
            "带动产业链各环节开工率提升。")
    assert _by_text(text)["24.4%"].period == "2022年1-5月"
