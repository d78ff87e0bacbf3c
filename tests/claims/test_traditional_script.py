"""Text written in traditional characters is read one character for one as simplified (``text.view.as_simplified``,
the table ``models/lexicons/t2s_chars.v1.tsv`` from OpenCC): statistical bulletins and news pages in traditional script
had no units (億元, 萬人) and no change words (增長). Sentences of public pages (named at each)."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from extract.resources import load_tsv
from extract.text.view import T2S_FILE, as_simplified, make_view

from .sentences import by_text

ROOT = Path(__file__).resolve().parents[2]


def test_a_bulletin_in_traditional_script_has_units_and_changes():
    """宜章縣's 2023 统计公报 as a page prints it: 276.29億元 was a measure named 億 and 增長5.1% a share named 增長."""
    got = by_text("一、綜合 初步核算,2023年全縣實現地區生產總值(GDP)276.29億元,按可比價格計算,比上年增長5.1%。其中,第一產業增加值"
                  "33.26億元,增長4.0%;第二產業增加值96.21億元,增長7.9%;第三產業增加值146.82億元,增長3.5%。\n")
    gdp, growth = got["276.29億元"], got["5.1%"]
    assert (gdp.unit, gdp.kind, gdp.scale, gdp.metric) == ("元", "money", 100_000_000, "地区生产总值（GDP）")
    assert (growth.kind, growth.metric) == ("growth", "地区生产总值（GDP）")
    assert got["33.26億元"].metric == "第一产业增加值"


def test_the_view_keeps_every_offset():
    text = "全年地區生產總值2313億元,比上年增長5.2%。"       # 蚌埠市's 2024 bulletin, without its page's pinyin
    view = make_view(text)
    assert view.text == "全年地区生产总值2313亿元，比上年增长5.2%。"
    assert len(view.offsets) == len(view.text) and view.to_source(8, 14) == (8, 14)


def test_simplified_text_is_left_as_it_is():
    """A simplified stretch holds none of the table's characters, or too few to be traditional (显著, 乾隆 stay)."""
    seed = (ROOT / "corpora" / "seeds" / "000_0d6d81e4e345128e.txt").read_text(encoding="utf-8")[:5000]
    assert as_simplified(seed) == seed
    assert as_simplified("成效显著，乾隆年间") == "成效显著，乾隆年间"


def test_the_table_maps_one_character_to_one():
    rows = load_tsv(T2S_FILE)
    assert rows and all(len(t) == 1 and len(s) == 1 and t != s for t, s in rows)


def test_a_line_with_few_traditional_characters_is_read_as_its_page_is():
    """宜都市's 2025 work report as a traditional-script page prints it, one phrase per line: 完成地方一般公共預算收入33.2億元
    holds two traditional characters only, and 33.2 was a measure named 億 (the page, not the line, is in traditional
    script)."""
    got = by_text("固定資產(chǎn)投資增長(zhǎng)10.5%\n社會(huì)消費(fèi)品零售總額增長(zhǎng)5.6%\n"
                  "完成地方一般公共預(yù)算收入33.2億元\n增長(zhǎng)10.5%\n")
    money = got["33.2億元"]
    assert (money.metric, money.kind, money.unit, money.scale) == ("地方一般公共预算收入", "money", "元", 100_000_000)


def test_a_title_with_a_reading_aid_and_an_update_note_names_the_report_year():
    """蚌埠市's 2024 bulletin as a traditional-script page prints it: the title 2024年…國(guó)民經(jīng)濟…統計公報(2025年更新)
    was no title (pinyin and the note after 公報), so the release date under it, 2025年3月31日, gave every figure 2025年."""
    got = by_text("2024年安徽省蚌埠市人民政府國(guó)民經(jīng)濟(jì)和社會(huì)發(fā)展統(tǒng)計(jì)公報(bào)(2025年更新)\n"
                  "蚌埠市統(tǒng)計(jì)局\n2025年3月31日\n"
                  "初步核算,全年地區(qū)生產(chǎn)總值(GDP)[2]2313億元,比上年增長(zhǎng)5.2%。\n")
    assert (got["2313億元"].period, got["5.2%"].period) == ("2024年", "2024年")


# 世界日報 on 北京's 2026 work report (a traditional-script page): 兆 is 万亿, and 全中國 is an area compared with
BEIJING_2026 = ("報告提出，2025年，北京全市地區生產總值（GDP）為人民幣5.2兆元、年增長5.4%，高於全中國0.4個百分點，另，一般公共預算收入"
                "增長4.8%，城鎮調查失業率4.1%，居民人均可支配收入實際增長4.4%。")


def test_zhao_yuan_is_a_trillion_yuan():
    """5.2 had no unit, and 兆 was its metric and the metric of the two figures after it."""
    got = by_text(BEIJING_2026)
    level = got["5.2兆元"]
    assert (level.value, level.scale, level.unit, level.kind) == (Decimal("5.2"), 10 ** 12, "元", "money")
    assert got["5.4%"].metric == level.metric == "北京全市地区生产总值（GDP）"


def test_an_area_compared_with_is_no_baseline_of_the_growth_rates_after_it():
    got = by_text(BEIJING_2026)
    assert got["0.4個百分點"].baseline == "全中国"
    assert got["4.8%"].baseline is None and got["4.4%"].baseline is None


def test_has_not_exceeded_is_at_most():
    """未超過 is 不超過 (a traditional-script review of rural banks' 2025 interim results, ditubang.cn: it was >)."""
    got = by_text("具體看,江陰銀行、常熟銀行兩家江蘇地區的農商行增速領跑,上半年營收同比分別增長10.45%、10.1%,"
                  "其他A股上市農商行營收同比增速均未超過5%。")
    assert got["未超過5%"].bound == "<="
