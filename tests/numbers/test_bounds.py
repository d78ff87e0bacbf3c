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


# 不高于 is at most, not 不 + more than (重组预案: the metric ended in 不); 之内 after a duration is at most (ESG ninth pass)
def test_at_most_before_and_after_a_number():
    assert ("不高于20%", "<=") in _bounds("顺丰控股扣除土地使用权后无形资产净额占期末归属母公司所有者权益的比例不高于20%")
    assert ("1小时之内", "<=") in _bounds("我们要求在接到用户投诉后1小时之内充分了解用户诉求")


# 或以上 / 及以上 include the number: at least (ESG thirty-eighth pass: 90分或以上 was more than 90)
def test_or_above_includes_the_number():
    assert ("90分或以上", ">=") in _bounds("泊寓致力维持综合客户满意度评分为90分或以上")


# 远超 (far exceeds) is more than, as 超 is (wxredian.com, a 2024 paper on graduates' jobs quoting 教育部's bulletins:
# the metric was 毕业生人数远)
def test_far_above_is_more_than():
    text = "2022届毕业生人数首次突破1000万，2023届毕业生人数远超1100万，大学生已经成为规模最大的首次就业群体。"
    assert ("远超1100万", ">") in _bounds(text)


# 破 before an amount is more than it, as 突破 is, and 跌破 is less (a news summary of the six big banks' 2025 interims:
# 营收破1.83万亿元 was named 营收破; a page on 盛京银行's 2024 report: 首次跌破百亿元大关 was no claim)
def test_po_before_an_amount_is_more_than_it_and_diepo_less():
    assert ("破1.83万亿元", ">") in _bounds("【财经分析】国有六大行2025中报透视：营收破1.83万亿元，非息收入占比提升构筑新增长极")
    assert ("跌破百亿元", "<") in _bounds("数据显示,该行2024年经营表现呈现显著承压态势:全年实现营业收入85.8亿元,较上年锐减14.6%,"
                                      "首次跌破百亿元大关;归母净利润同步下滑15.21%至6.2亿元,盈利能力持续弱化。")
    assert ("破2万亿", ">") in _bounds("自普惠金融战略实施以来建设银行成为首家普惠金融贷款余额破2万亿的银行")


# 不及 (falls short of) is less than (a 2024 report roundup of ten rural banks, 乐居财经: 均不及1% was named
# 和营收增速均不及 and read as a share)
def test_falling_short_of_is_less_than():
    assert ("不及1%", "<") in _bounds("相对而言,沪农商行和紫金银行去年营收增速均不及1%,分别为0.86%、0.98%。")


# 跨过 a figure is past it (安庆's 2025 work report as bx2200.com gives it: 总量跨过3000亿元 was exact)
def test_crossing_a_figure_is_past_it():
    assert ("跨过3000亿元", ">") in _bounds("全年GDP增长6%，总量跨过3000亿元历史性节点。")


# a bound verb with its 了 (a page on 75所部属高校's 2020 employment reports, heibian.com: 均突破了10% was exact and named 突破)
def test_a_bound_verb_with_le_is_the_same_bound():
    sentence = ("本科、硕士和博士毕业生选择留京工作的比例分别为45.86%、48.84%和47.27%,均未超过半数;而到东北、中西部地区工作的本科和"
                "硕士毕业生的比例均突破了10%,其中,博士毕业生到中西部地区和东北地区工作的比例明显高于本科和硕士毕业生,占25%以上。")
    assert ("突破了10%", ">") in _bounds(sentence)

