"""Sections and case-study boxes of the two seed layouts (PDF dump and Word dump)."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract.ingest import read_document
from extract.ingest.text import document_from_text
from extract.records import HEADER, TOC
from extract.structure import find_cases, find_sections
from seed_parts import dev_end

SEEDS = Path(__file__).resolve().parents[2] / "corpora" / "seeds"


@pytest.fixture(scope="module")
def college():
    return read_document(SEEDS / "000_0d6d81e4e345128e.txt")


@pytest.fixture(scope="module")
def province():
    return read_document(SEEDS / "003_63e6428607ab0510.txt")


def labels(document):
    return [s.number + s.title for s in find_sections(document)]


def test_pdf_dump_headings_and_levels(college):
    sections = find_sections(college)
    names = [s.number + s.title for s in sections]
    assert names[:4] == ["前言", "一、编制目的", "二、编制过程", "三、年度亮点"]
    assert "2.1.1整体就业情况" in names and "2.7.21+x证书制度" in names
    level = {s.number + s.title: s.level for s in sections}
    assert (level["2.1就业质量"], level["2.1.1整体就业情况"]) == (2, 3)


def test_wrapped_list_items_are_not_headings(college):
    assert not any(name.startswith("2.编制《年报》") for name in labels(college))


# Seed 000's last dev-gold claim ends here (非学历培训到账经费为480.9095万元, 3.4): the text after it is reserved.
COLLEGE_DEV_END = dev_end("000_0d6d81e4e345128e")


def test_pdf_dump_pages_and_running_lines(college):
    assert sum(p.start < COLLEGE_DEV_END for p in college.pages) > 20
    kinds = {b.kind for b in college.blocks if b.start < COLLEGE_DEV_END}
    # no line of this dump repeats at the top or bottom of pages: table cells repeated in its tables
    # (表2-2's "建筑工程与应急管理学院", "悉尼协议") are not running headers
    assert HEADER not in kinds
    # The dump's only printed footer ("第 42 页") lies after the last dev-gold claim: no footer is asserted.


def test_word_dump_sections_skip_the_table_of_contents(province):
    names = labels(province)
    assert names[:4] == ["前言", "一、基本情况", "（一）院校布局", "（二）核心指标"]
    toc = [b for b in province.blocks if b.kind == TOC]
    assert len(toc) > 50 and all(b.end < province.text.index("（二）核心指标\n") for b in toc)


def test_cases_with_colon_bold_and_title_on_next_line(province):
    cases = {c.id: c for c in find_cases(province, find_sections(province))}
    assert cases["案例2-1"].title == "吉林铁道职业技术学院精准对接拓岗位、多措并举促就业"
    assert cases["案例2-2"].title == "竞赛精锻炼竞赛精神提升学校荣誉"
    assert cases["案例2-1"].section == "2.就业质量"


def test_case_extent_and_photo_captions(college):
    cases = {c.id: c for c in find_cases(college, find_sections(college))}
    case = cases["案例2-3"]
    assert case.title == "学生资助育人工作案例" and case.section == "2.8资助育人"
    assert case.figures == ("图为资助项目发放仪式", "图为资助政策宣传班会", "图为资助教育活动板报")
    assert "技能，实现“扶困-育人-成才-回馈”的良性循环" in college.text[case.char_start:case.char_end]


def test_gb18030_text_is_decoded(tmp_path):
    path = tmp_path / "gbk.txt"
    path.write_bytes("2023 年奖助总金额为 2136.97 万元。\n".encode("gbk"))
    document = read_document(path)
    assert document.encoding == "gb18030" and "奖助总金额" in document.text


def test_text_from_a_string_has_one_page():
    document = document_from_text("一、总体情况\n全年受理申请 3119 件。")
    assert len(document.pages) == 1 and [s.title for s in find_sections(document)] == ["总体情况"]
