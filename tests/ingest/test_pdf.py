"""PDF ingest on real reports (corpora/real) and on broken / synthetic files."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extract.errors import PdfReadError
from extract.ingest import read_document
from extract.pdf.grid import rules_to_grids, page_to_tables
from extract.pdf.layout import (Glyph, PageLayout, Rule, TextLine, drop_running_lines, glyphs_to_text,
                                join_lines, lines_to_flows, lines_to_rows, rows_to_blocks)
from extract.pdf.reader import read_pdf
from extract.records import HEADING, PARAGRAPH, TABLE

REAL = Path(__file__).resolve().parents[2] / "corpora" / "real"
# The reserved documents (pingan 2024, huaian 2024) are only read to see that nothing crashes.
JINYU = REAL / "annual_report_600201_jinyu_biotech_2020.pdf"
BROKER = REAL / "broker_research_report_tebon_gaoce_688556_2022.pdf"
SMALL = sorted(p for p in REAL.glob("*.pdf") if p.stat().st_size < 1_000_000)


# ---------------------------------------------------------------- tiny hand-written PDFs

def make_pdf(objects: list[bytes], trailer: bytes = b"") -> bytes:
    """A PDF file from object bodies (object 1 must be the catalog), with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer, xref)
    return bytes(out)


def page_objects(content: bytes) -> list[bytes]:
    return [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            b" /Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]


TEXT_PDF = make_pdf(page_objects(b"BT /F1 12 Tf 72 720 Td (Revenue 2024 rose 12.5 percent) Tj ET"))
SCANNED_PDF = make_pdf(page_objects(b"0 0 1 rg 72 72 400 600 re f"))
ENCRYPTED_PDF = make_pdf(page_objects(b"BT /F1 12 Tf 72 720 Td (secret) Tj ET") + [
    b"<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <%s> /U <%s> >>" % (b"ab" * 32, b"cd" * 32)],
    trailer=b"/Encrypt 6 0 R /ID [<00112233445566778899aabbccddeeff><00112233445566778899aabbccddeeff>] ")


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# ---------------------------------------------------------------- real documents

@pytest.fixture(scope="module")
def jinyu():
    return read_pdf(JINYU, doc_id="jinyu", sha256="", max_pages=12)


def test_jinyu_pages_and_spans(jinyu) -> None:
    assert [p.number for p in jinyu.pages] == list(range(1, 13))
    for a, b in zip(jinyu.pages, jinyu.pages[1:]):
        assert jinyu.text[a.end:b.start] == "\n\n"
    assert "\f" not in jinyu.text
    assert jinyu.title == "金宇生物技术股份有限公司2020年年度报告"


def test_jinyu_sentence_reads_unbroken_across_its_line_break(jinyu) -> None:
    sentence = ("公司拟以未来实施权益分派方案时股权登记日的公司总股本扣除股份回购专户中股份数量及拟回购注销"
                "离职激励对象所持有限制性股票的股份数量后的股份总数为基数，向全体股东每10股派送现金红利1.20元（含税）。")
    at = jinyu.text.index(sentence)
    block = next(b for b in jinyu.blocks if b.start <= at < b.end)
    assert block.kind == PARAGRAPH and block.page == 2 == jinyu.page_at(at)
    assert jinyu.text[block.start:block.end] == sentence


def test_jinyu_running_header_and_page_numbers_removed(jinyu) -> None:
    """"2020 年年度报告" heads every page and "N / 195" foots it: both go."""
    for page in jinyu.pages[1:]:
        lines = jinyu.text[page.start:page.end].split("\n")
        assert "2020年年度报告" not in lines and "2020 年年度报告" not in lines
        assert not any(re.fullmatch(r"\d{1,3}\s*/\s*\d{1,3}|\d{1,3}", line) for line in lines)


def test_jinyu_blocks_in_reading_order(jinyu) -> None:
    starts = [b.start for b in jinyu.blocks]
    assert starts == sorted(starts)
    for block in jinyu.blocks:
        if "\n\n" in jinyu.text[block.start:block.end]:     # only a paragraph a page break cut in two
            assert block.kind == PARAGRAPH and jinyu.page_at(block.end - 1) == block.page + 1
        assert block.page == jinyu.page_at(block.start)
    headings = [jinyu.text[b.start:b.end] for b in jinyu.blocks if b.kind == HEADING]
    at = headings.index("第二节 公司简介和主要财务指标")
    assert headings[at:at + 4] == ["第二节 公司简介和主要财务指标", "一、 公司信息", "二、 联系人和联系方式",
                                   "三、基本情况简介"]


def test_jinyu_ruled_table_rows(jinyu) -> None:
    rows = [tuple(c.text for c in row) for table in jinyu.raw_tables for row in table.rows]
    assert ("营业收入", "1,581,905,632.48", "1,126,782,253.35", "40.39", "1,896,608,630.19") in rows
    # the 主要会计数据 grid goes on over the page break: its last rows are ruled rows of page 6
    assert ("总资产", "6,278,282,683.24", "5,585,879,172.02", "12.40", "6,313,213,299.08") in rows
    assert ("归属于上市公司股东的净利润", "150,513,913.05", "31,931,767.81", "113,287,251.42",
            "110,462,531.29") in rows
    for table in jinyu.raw_tables:
        assert jinyu.text[table.start:table.end].count("\n") == len(table.rows) - 1
        for row in table.rows:
            for cell in row:
                assert jinyu.text[cell.start:cell.end] == cell.text


def test_broker_two_columns_read_column_by_column() -> None:
    doc = read_pdf(BROKER, doc_id="broker", sha256="")
    text = doc.text
    assert "预计一期总投资额约6.66亿元" in text
    assert "预计公司2022-2024年归母净利润4.7、7.2、9.3亿元，对应PE 30、20、15倍" in text
    assert text.index("相关研究") < text.index("投资要点")          # sidebar first, then main column
    assert "请务必阅读正文之后的信息披露和法律声明" not in text
    assert doc.title == "高测股份（688556.SH）：扩产4000万公里金刚线，强化光伏硅片切割三元布局"


@pytest.mark.parametrize("path", SMALL, ids=lambda p: p.stem)
def test_small_real_pdfs_read(path: Path) -> None:
    doc = read_document(path)
    assert doc.format == "pdf" and len(doc.text) > 500
    assert all(doc.text[c.start:c.end] == c.text for t in doc.raw_tables for r in t.rows for c in r)


@pytest.mark.slow
@pytest.mark.parametrize("path", sorted(REAL.glob("*.pdf")), ids=lambda p: p.stem)
def test_every_real_pdf_reads(path: Path) -> None:
    doc = read_document(path)
    assert len(doc.pages) >= 1 and len(doc.text) > 500
    assert [p.number for p in doc.pages] == list(range(1, len(doc.pages) + 1))


# ---------------------------------------------------------------- bad input

def test_text_pdf_reads(tmp_path: Path) -> None:
    doc = read_pdf(write(tmp_path, "t.pdf", TEXT_PDF), doc_id="t", sha256="")
    assert doc.text == "Revenue 2024 rose 12.5 percent"


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("scan.pdf", SCANNED_PDF, "no text layer"),
    ("locked.pdf", ENCRYPTED_PDF, "encrypted PDF"),
    ("junk.pdf", b"this is not a PDF at all", "not a PDF file"),
    ("cut.pdf", TEXT_PDF[:200], "corrupt or truncated"),
])
def test_bad_pdf_raises_pdf_read_error(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    with pytest.raises(PdfReadError, match=reason) as info:
        read_pdf(write(tmp_path, name, data), doc_id="x", sha256="")
    assert "\n" not in str(info.value)


def test_truncated_real_pdf_raises(tmp_path: Path) -> None:
    path = write(tmp_path, "cut.pdf", JINYU.read_bytes()[:4000])
    with pytest.raises(PdfReadError):
        read_document(path)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cut=st.integers(min_value=0, max_value=len(TEXT_PDF)), junk=st.binary(max_size=8))
def test_damaged_pdf_never_leaks_pdfminer_errors(tmp_path: Path, cut: int, junk: bytes) -> None:
    data = TEXT_PDF[:cut] + junk + TEXT_PDF[cut + len(junk):]
    try:
        read_pdf(write(tmp_path, "d.pdf", data), doc_id="d", sha256="")
    except PdfReadError:
        pass


# ---------------------------------------------------------------- pure layout passes

def line(text: str, x0: float, y: float, x1: float, size: float = 10.0) -> TextLine:
    step = (x1 - x0) / max(len(text), 1)
    glyphs = tuple(Glyph(ch, x0 + i * step, x0 + (i + 1) * step) for i, ch in enumerate(text))
    return TextLine(text, x0, y, x1, y + size, size, glyphs)


@pytest.mark.parametrize(("glyphs", "text"), [
    ([Glyph("2", 0, 5), Glyph("0", 5, 10), Glyph(" ", 10, 13), Glyph("年", 13, 23)], "20年"),
    ([Glyph("增", 0, 10), Glyph(" ", 10, 13), Glyph("长", 13, 23)], "增长"),
    ([Glyph("P", 0, 5), Glyph("E", 5, 10), Glyph(" ", 10, 13), Glyph("3", 13, 18)], "PE 3"),
    ([Glyph("A", 0, 5), Glyph("B", 9, 14)], "A B"),
    ([Glyph("\uf06c", 0, 5), Glyph("事", 9, 19)], "•事"),
])
def test_glyphs_to_text(glyphs: list[Glyph], text: str) -> None:
    assert glyphs_to_text(glyphs, 10.0) == text


@pytest.mark.parametrize(("left", "right", "had_space", "joined"), [
    ("实现归属于上市公司股东", "的净利润40,620万元", False, "实现归属于上市公司股东的净利润40,620万元"),
    ("金刚线母线直径已由2016", "年的80um", True, "金刚线母线直径已由2016年的80um"),
    ("net profit", "rose", True, "net profit rose"),
    ("22Q1", "HJT", False, "22Q1HJT"),
])
def test_join_lines(left: str, right: str, had_space: bool, joined: str) -> None:
    assert join_lines(left, right, had_space) == joined


def test_drop_running_lines_removes_headers_and_page_numbers() -> None:
    pages = [PageLayout(n, 595, 842, (line("2020 年年度报告", 450, 800, 520),
                                       line(f"{n} / 195", 500, 785, 520),
                                       line(f"正文第{n}页的内容，营业收入增长{n}%", 72, 500, 500),
                                       line(f"- {n} -", 280, 30, 310)))
             for n in range(1, 6)]
    kept = drop_running_lines(pages)
    assert [[ln.text for ln in p.lines] for p in kept] == [[f"正文第{n}页的内容，营业收入增长{n}%"] for n in range(1, 6)]


def test_flows_read_two_columns_left_then_right() -> None:
    left = [line(f"左栏第{i}行文字内容较长一些", 30, 700 - 15 * i, 180) for i in range(5)]
    right = [line(f"右栏第{i}行正文内容也相当的长一些", 220, 700 - 15 * i, 560) for i in range(5)]
    title = line("跨栏的大标题", 30, 760, 560, size=20)
    flows = lines_to_flows(right + left + [title], 595)
    assert [ln.text for flow in flows for ln in flow][:2] == ["跨栏的大标题", "左栏第0行文字内容较长一些"]
    assert [ln.text for ln in flows[-1]][0] == "右栏第0行正文内容也相当的长一些"


def test_rows_to_blocks_splits_paragraphs_and_tables() -> None:
    lines = [line("报告期内，公司实现营业收入158,191万元，同比增加40.39%；实现归属于上市公司股东", 106, 700, 518),
             line("的净利润40,620万元，同比增加83.76%。", 74, 680, 260),
             line("营业收入", 74, 650, 120), line("746", 300, 650, 318), line("1,567", 400, 650, 430),
             line("净利润", 74, 630, 110), line("59", 300, 630, 312), line("173", 400, 630, 418)]
    blocks = rows_to_blocks(lines_to_rows(lines), 10.0)
    assert [b.kind for b in blocks] == [PARAGRAPH, TABLE]
    assert blocks[0].rows == (("报告期内，公司实现营业收入158,191万元，同比增加40.39%；实现归属于上市公司股东"
                                "的净利润40,620万元，同比增加83.76%。",),)
    assert blocks[1].rows == (("营业收入", "746", "1,567"), ("净利润", "59", "173"))


def test_ruled_grid_keeps_merged_cell_whole() -> None:
    rules = [Rule(0, y, 300, y) for y in (100, 80, 60)] + [Rule(x, 60, x, 100) for x in (0, 300)]
    rules += [Rule(100, 60, 100, 80), Rule(200, 60, 200, 100)]      # first row: cell 0 spans 2 columns
    page = PageLayout(1, 595, 842, (line("合并表头单元格", 10, 85, 150), line("合计", 210, 85, 240),
                                    line("甲", 10, 65, 20), line("40", 110, 65, 120), line("60", 210, 65, 220)),
                      tuple(rules))
    assert len(rules_to_grids(page.rules)) == 1
    lines, tables = page_to_tables(page)
    assert [ln.table for ln in lines] == [0]
    assert tables[0].rows == (("合并表头单元格", "", "合计"), ("甲", "40", "60"))
