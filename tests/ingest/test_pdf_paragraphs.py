"""Paragraphs of a PDF page are whole, whatever else the page holds: a ruled table wider than the text (p50 of
the 2020 annual report of 金宇生物) does not set the prose margins, so every indented continuation line is not
read as a new paragraph and a sentence broken by a line break before its number keeps its metric."""
from __future__ import annotations

from pathlib import Path

from extract.claims import find_claims
from extract.pdf.reader import read_pdf
from extract.records import PARAGRAPH
from extract.structure import find_sections

PDF = Path(__file__).resolve().parents[2] / "corpora" / "real" / "annual_report_600201_jinyu_biotech_2020.pdf"


def test_lines_of_a_paragraph_beside_a_wide_table_join():
    document = read_pdf(PDF, doc_id="jinyu", sha256="", max_pages=50)
    text = document.text
    at = text.index("1,126,240,241股,股本总数未发生变化")
    block = next(b for b in document.blocks if b.start <= at < b.end)
    assert block.kind == PARAGRAPH
    assert "公司普通股股份总数" in text[block.start:at]        # the line before the number is in the same block
    claims = [c for c in find_claims(document, sections=find_sections(document)) if c.char_start == at]
    assert claims and "股份总数" in (claims[0].metric or "")


DINGTAI = PDF.parent / "restructuring_plan_002352_dingtai_sf_2016.pdf"


def test_paragraph_cut_by_a_page_break_is_one_block():
    # "…决议以现金分红15亿元。根据《重" | page break | "大资产置换及发行股份购买资产协议》，经交易各方友好协商，…"
    document = read_pdf(DINGTAI, doc_id="dingtai", sha256="", max_pages=17)
    text = document.text
    cut = text.index("决议以现金分红15亿元。根据《重", text.index("本次交易需提交中国证监会"))
    at = text.index("大资产置换及发行股份购买资产协议》，经交易各方友好协商", cut)
    block = next(b for b in document.blocks if b.start <= at < b.end)
    assert "根据《重" in text[block.start:at] and document.page_at(block.start) < document.page_at(at)
    claims = find_claims(document, sections=find_sections(document))
    price = next(c for c in claims if c.char_start > at and c.text.startswith("433"))
    assert price.page == document.page_at(price.char_start)      # a claim's page is that of its own offset
    assert price.sentence.startswith("根据《重大资产置换")


def test_a_page_that_opens_a_heading_or_list_item_is_not_joined():
    from extract.text.lines import continues_over_page
    assert not continues_over_page("公司就本次交易相关事项作出如下说明，具体情况如下", "（2）补偿方式")
    assert not continues_over_page("报告期内公司主要会计数据和财务指标情况如下。", "单位：元")
    assert continues_over_page("经交易各方友好协商，决议以现金分红15亿元。根据《重", "大资产置换及发行股份购买资产协议》")


def test_full_width_lines_on_a_page_with_two_columns_stay_one_paragraph():
    # p85 (附注 三、公司基本情况) also prints a two-column list of subsidiaries; every full-width line crossing its
    # gutter was its own block, so "…累计发行股本总数1,126,240,241股，注" | "册资本为1,126,240,241元" lost 注册资本
    document = read_pdf(PDF, doc_id="jinyu", sha256="", max_pages=86)
    text = document.text
    at = text.index("1,126,240,241元，注册地")
    block = next(b for b in document.blocks if b.start <= at < b.end)
    assert "本公司累计发行股本总数" in text[block.start:at]
    claims = [c for c in find_claims(document, sections=find_sections(document)) if c.char_start == at]
    assert claims and claims[0].metric == "注册资本"
