"""Prose without punctuation (issue 13 item 2): blank lines split paragraphs; the prose/table decision reads
the content of a block (cue words, glued cells, digit share), not its commas and full stops."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

import extract
from extract.claims import find_claims
from extract.ingest.text import document_from_text
from extract.numbers.mentions import find_mentions
from extract.records import PARAGRAPH
from extract.text.prose import is_table_like

ROOT = Path(__file__).resolve().parents[2]
REPORT = ROOT / "corpora" / "real" / "gov_work_report_state_council_2025.txt"
PDF_DUMP_SEED = ROOT / "corpora" / "seeds" / "000_0d6d81e4e345128e.txt"   # hard-wrapped, a blank after each line


@pytest.mark.parametrize("sentence", [   # ESG sentences of the train split, punctuation lost at the source
    "其中职工代表监事3人占比37.5",
    "截至2022年末公司女性董事占比为10",
    "2022年共受理客户投诉数量27宗同比减少37.21",
    "2022年度员工创新提案4600多条被采纳800多条",
    # a date's numbers (1月10日) are no bare cells: the line yielded nothing
    "2021胡润中国民营企业可持续发展百强榜第四位2022年1月10日胡润研究院发布2021胡润中国民营企业可持续发展百强榜海尔智家排名第四位",
])
def test_unpunctuated_sentence_is_prose(sentence):
    assert not is_table_like(sentence, find_mentions(sentence))
    document = document_from_text(sentence)
    from extract.claims import find_claims
    assert find_claims(document)


# Chinese numerals inside words (千企结千村, 六一, 四川) are no bare table cells: the sentence kept none of its 4 gifts
def test_chinese_numerals_in_words_do_not_make_a_table_row():
    sentence = ("2018年响应中央脱贫攻坚号召捐赠50万元参与浙江省委组织部千企结千村消灭薄弱村专项行动每年向上虞慈善总会捐款100万元"
                "向结对村捐赠10万元向曹娥教育捐赠10万元每年利用3.5雷锋日六一等节日向四川贫困山区孩子虞南山区群众赠送阳光灯具")
    assert not is_table_like(sentence, find_mentions(sentence))
    from extract.claims import find_claims
    assert [c.text for c in find_claims(document_from_text(sentence))][:4] == ["50万元", "100万元", "10万元", "10万元"]


STATS = ROOT / "corpora" / "real" / "stats_bulletin_qiandongnan_2016.docx"


@pytest.fixture(scope="module")
def stats_rows() -> list[str]:
    """The statistical bulletin's table rows as a PDF flattens them: cells run together."""
    from extract.ingest import read_document
    text = read_document(STATS).text
    return ["".join(ln.split()) for ln in text.splitlines() if ln.count("\t") >= 2 and re.search(r"\d", ln)]


def test_flattened_table_rows_are_not_prose(stats_rows):
    assert len(stats_rows) >= 40
    prose = [row for row in stats_rows if not is_table_like(row, find_mentions(row))]
    assert len(prose) <= len(stats_rows) // 10, prose


@pytest.mark.parametrize("row", ["肉类总产量万吨18.99-3.4", "年末城镇登记失业人员数人11588", "第二名5111210"])
def test_row_closing_in_a_bare_number_is_a_table(row):
    assert is_table_like(row, find_mentions(row))


def _paragraphs(n: int) -> list[str]:
    return [p.strip() for p in REPORT.read_text(encoding="utf-8").splitlines() if p.strip()][:n]


def test_blank_lines_split_paragraphs():
    paragraphs = _paragraphs(12)
    document = document_from_text("\n\n".join(re.sub(r"[。，；：！？、]", "", p) for p in paragraphs) + "\n")
    assert len([b for b in document.blocks if b.kind == PARAGRAPH]) >= len(paragraphs) - 2


def test_blank_lines_after_every_line_are_spacing_not_paragraphs():
    text = PDF_DUMP_SEED.read_text(encoding="utf-8")
    text = text[:len(text) // 4]                        # the labelled opening only
    doc = document_from_text(text)
    joined = [b for b in doc.blocks if b.kind == PARAGRAPH and "\n" in text[b.start:b.end]]
    assert joined, "wrapped lines of a PDF dump still join into paragraphs"


def test_unpunctuated_report_keeps_its_claims(tmp_path):
    paragraphs = _paragraphs(40)
    with_punct, without = tmp_path / "p.txt", tmp_path / "n.txt"
    with_punct.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    without.write_text("\n\n".join(re.sub(r"[。，；：！？、]", "", p) for p in paragraphs) + "\n", encoding="utf-8")
    n_with = len(extract.read_report(with_punct).claims)
    n_without = len(extract.read_report(without).claims)
    assert n_with >= 20 and n_without >= 0.8 * n_with


# A column header's name among many figures is a flattened table, cue words or not: line 584 of the ESG sample
# (复星医药's 重点节能减排项目汇总 table, its 29 figures were read as claims)
def test_a_column_header_among_many_figures_is_a_table_row():
    line = (ROOT / "corpora" / "real" / "esg_sentences_train_sample.txt").read_text(encoding="utf-8").splitlines()[583]
    text = "".join(line.split())
    assert "企业名称" in text
    assert is_table_like(text, find_mentions(text))


# 图表之后的正文 (a chart's figures flattened into a line, then a sentence: lines 674 and 784 of the ESG sample, 中国
# 石油's board and 中海油服's emissions table; their 9 claims were lost with the table)
@pytest.mark.parametrize("line_no, expected", [
    (674, ["1人", "1人", "3人", "2人", "4人", "5个"]),
    (784, ["12套", "三台", "1200KW"]),
])
def test_the_prose_after_a_flattened_chart_keeps_its_claims(line_no, expected):
    line = (ROOT / "corpora" / "real" / "esg_sentences_train_sample.txt").read_text(encoding="utf-8").splitlines()[line_no - 1]
    text = "".join(line.split())
    assert is_table_like(text, find_mentions(text))
    doc = document_from_text(line + "\n")
    assert [c.text for c in find_claims(doc)] == expected


# 粘连单元格之前的正文 (a long sentence, then two shares glued together, 24.54 and 96.69: line 2651 of the ESG sample,
# 中国石油; all its claims were lost with the glued cells); a flattened honours table before its glued rows stays a
# table (line 1891: 百强第28位 … are cells of its 奖项名称 column)
def test_the_prose_before_glued_cells_keeps_its_claims():
    lines = (ROOT / "corpora" / "real" / "esg_sentences_train_sample.txt").read_text(encoding="utf-8").splitlines()
    prose = [c.text for c in find_claims(document_from_text(lines[2650] + "\n"))]
    assert prose[:5] == ["300多节", "19.7万人次", "17个", "685名", "447万元"] and "2070.96亿立方米" in prose
    honours = [c.text for c in find_claims(document_from_text(lines[1890] + "\n"))]
    assert "28位" not in honours and "426位" not in honours


def test_a_line_far_short_of_the_wrap_width_ends_its_paragraph():
    """辽宁日报's page on the 2026 work report, a line per paragraph with a blank after each: read as a hard-wrapped
    dump, 全省经济总体平稳、稳中有进 ran on into the next line, and 48万人 was named 稳中有进城镇新增就业."""
    text = ("2025年\n\n全省经济总体平稳、稳中有进\n\n城镇新增就业48万人\n\n"
            "城镇和农村居民人均可支配收入分别增长4.3%、5.3%\n\n粮食产量515.6亿斤、创历史新高\n\n辽宁落点\n\n2026年\n\n"
            "地区生产总值增长4.5%左右,在实际工作中努力争取更好结果\n\n一般公共预算收入增长2.5%左右\n\n"
            "城镇新增就业45万人以上,城镇调查失业率5.5%左右\n\n居民人均可支配收入增长与经济增长基本同步\n\n")
    got = {c.text: c.metric for c in find_claims(document_from_text(text))}
    assert got["48万人"] == "城镇新增就业"


def test_a_letter_spaced_line_of_a_hard_wrapped_dump_runs_on():
    """浙商中拓's 2023 profit distribution notice: the letter-spaced line fills its line though it holds few characters;
    ended there as a short line, 710,787,405.60元 lost its name."""
    text = (
            '浙商中拓:关于公司2023年度利润分配预案的公告\n'
            '证券代码:000906        证券简称:浙商中拓          公告编号:2024-32\n'
            '          浙商中拓集团股份有限公司\n'
            '    关于公司 2023 年度利润分配预案的公告\n'
            '  本公司及董事会全体成员保证信息披露的内容真实、准确、完整,没有虚假记载、误导性陈述或重大遗漏。\n'
            '  浙商中拓集团股份有限公司(以下简称“公司”)于 2024 年4 月 23 日召开第八届董事会第五次会议,会议审议通过了《公司 2023 年度利润分配预案》,该议案尚需提交公司 2023 年年度股东大会审议。现将有关事项公告如下:\n'
            '  一、2023 年度利润分配方案基本情况\n'
            '  经大华会计师事务所(特殊普通合伙)审计,公司 2023 年\n'
            '度 合 并 报 表 实 现 归 属 于 上 市 公 司 股 东 的 净 利 润 为\n'
            '710,787,405.60 元。根据《公司法》和《公司章程》规定,公司本年度拟按母公司实现的净利润 555,438,863.63 元提取 10%法定盈余公积金 55,543,886.36 元,2023 年末母公司报表可供股东分配的利润为 1,399,794,166.93 元。\n'
            '  2023 年度,公司拟以利润分配预案披露时的最新总股本\n'
            '699,491,979 股为基数,向全体股东每 10 股派现金红利 3.50 元\n'
            '(含税),共计派送现金红利 244,822,192.65 元,占合并报表归属于上市公司股东净利润的比例为 34.44%,占母公司可供股东分配利润的比例为 17.49%。剩余未分配利润结转下一年度;本年度公司不进行资本公积金转增股本。\n'
    )
    got = {c.text: c.metric for c in find_claims(document_from_text(text))}
    assert got["710,787,405.60 元"] == "归属于上市公司股东的净利润"


def test_wrap_width_counts_ascii_as_half():
    """莱斯信息's 2023 summary opening (corpora/fixtures/layout): counted in characters its wrapped lines shared no width,
    so 占公司2023年合并报表归属于上市 | 公司股东净利润的50.74% stayed apart and the share was named 公司股东净利润."""
    text = (ROOT / "corpora" / "fixtures" / "layout" / "laisi_2023_summary_opening.txt").read_text(encoding="utf-8")
    got = {c.text: c.metric for c in find_claims(document_from_text(text))}
    assert got["50.74%"] == "现金红利占公司2023年合并报表归属于上市公司股东净利润"


def test_a_key_and_its_one_amount_is_prose():
    """余庆农商银行's 2024 environmental disclosure (基本信息): 注册资本:227697827.00元 on a line of its own was read as a
    flattened table row (most of it digits), and the amount was lost."""
    assert [c.metric for c in find_claims(document_from_text("注册资本:227697827.00元\n"))] == ["注册资本"]
