"""Industry names of 《国民经济行业分类》 as one item (models/lexicons/industry_names.v1.tsv): the 、 and 和 inside
交通运输、仓储和邮政业 join words of one name, so a metric keeps the name whole and a list does not split inside it;
statistics bureaux separate such names with ，. Every row with an example is run; the list sentences are public
releases (named at each)."""
from __future__ import annotations

import pytest

from extract.resources import load_tsv

from .sentences import by_text, claims_of

ROWS = [row for row in load_tsv("lexicons/industry_names.v1.tsv") if len(row) >= 5]


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r[0])
def test_industry_name_example(row):
    """The name was cut at its last 、 (信息传输、软件和信息技术服务业增加值 read 软件和信息技术服务业增加值)."""
    example, written, metric = row[2], row[3], row[4]
    got = {c.text: c.metric for c in claims_of(example)}
    assert got[written] == metric, got


def test_names_separated_by_commas_are_one_list():
    """tisino.com, 2016-12-02: four sections, two of them holding 、, separated by ，, then 分别 (each growth was
    named 教育四类行业); the count after the last item (四类行业) is no part of it."""
    text = ("“四降”：1-10月，信息传输、软件和信息技术服务业，租赁和商务服务业，居民服务、修理和其他服务业，教育四类行业"
            "增速分别为28.8%、11.1%、24.3%和21.3%，分别较前三季度回落2.5、1.8、1.8和4.0个百分点。")
    got = {c.text: c.metric for c in claims_of(text)}
    assert [got[t] for t in ("28.8%", "11.1%", "24.3%", "21.3%")] == [
        "信息传输、软件和信息技术服务业", "租赁和商务服务业", "居民服务、修理和其他服务业", "教育"]
    assert got["4.0个百分点"] == "教育" and got["2.5"] == "信息传输、软件和信息技术服务业"



def test_a_sections_enterprises_keep_its_whole_name():
    """ahscb.com (安徽 省统计局, 2023-11-30): 信息传输、软件和信息技术服务企业 is the section's stem with 企业 (the metric
    was 软件和信息技术服务企业营业收入)."""
    text = "全省规上信息传输、软件和信息技术服务企业营业收入增长9.4%，比1~9月加快1个百分点，增速创年内新高。"
    got = by_text(text)
    assert got["9.4%"].metric == "信息传输、软件和信息技术服务企业营业收入"
    assert got["1个百分点"].baseline == "1~9月"
