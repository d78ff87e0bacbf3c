"""DOCX ingest: body order, headings, tables with cell offsets, page breaks, bad files."""
from __future__ import annotations

from pathlib import Path

import pytest

docx = pytest.importorskip("docx")

from extract.errors import DocxReadError  # noqa: E402
from extract.ingest import read_document  # noqa: E402
from extract.ingest.docx import clean_text, read_docx, style_to_level  # noqa: E402
from extract.records import HEADING, PARAGRAPH, TABLE  # noqa: E402

SEEDS = Path(__file__).resolve().parents[2] / "corpora" / "seeds"


def write_report(path: Path) -> Path:
    doc = docx.Document()
    doc.core_properties.title = ""
    doc.add_heading("哈尔滨职业技术学院2023年质量年度报告", level=0)
    doc.add_heading("一、学生发展", level=1)
    doc.add_paragraph("2023年招生二千三百人，较上年增长12.5%，就业率达到96.8%。")
    table = doc.add_table(rows=3, cols=3)
    for r, row in enumerate([("指标", "2022年", "2023年"), ("招生数（人）", "2,045", "2,300"),
                             ("就业率", "95.1%", "96.8%")]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    doc.add_paragraph("")
    doc.add_heading("（一）教学资源", level=2)
    doc.add_paragraph("生师比为 18:1。").runs[0].add_break(docx.enum.text.WD_BREAK.PAGE)
    doc.add_paragraph("第二页的段落，共有教师 512 人。")
    doc.save(path)
    return path


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory):
    path = write_report(tmp_path_factory.mktemp("docx") / "report.docx")
    return read_docx(path, doc_id="report", sha256="0" * 64)


def test_docx_blocks_in_body_order(report) -> None:
    kinds = [b.kind for b in report.blocks]
    assert kinds == [HEADING, HEADING, PARAGRAPH, TABLE, HEADING, PARAGRAPH, PARAGRAPH]
    assert [b.heading_level for b in report.blocks[:2]] == [0, 1]
    assert report.blocks[4].heading_level == 2


def test_docx_text_lines_and_title(report) -> None:
    lines = report.text.split("\n")
    assert lines[:3] == ["哈尔滨职业技术学院2023年质量年度报告", "一、学生发展",
                         "2023年招生二千三百人，较上年增长12.5%，就业率达到96.8%。"]
    assert "指标\t2022年\t2023年" in lines
    assert report.title == "哈尔滨职业技术学院2023年质量年度报告"
    assert report.format == "docx"


def test_docx_raw_table_cells_point_into_text(report) -> None:
    (table,) = report.raw_tables
    assert [c.text for c in table.rows[1]] == ["招生数（人）", "2,045", "2,300"]
    for row in table.rows:
        for cell in row:
            assert report.text[cell.start:cell.end] == cell.text
    block = next(b for b in report.blocks if b.kind == TABLE)
    assert (block.start, block.end) == (table.start, table.end)


def test_docx_page_break_starts_page_two(report) -> None:
    assert [p.number for p in report.pages] == [1, 2]
    second = report.text[report.pages[1].start:report.pages[1].end]
    assert second == "第二页的段落，共有教师 512 人。"
    assert report.blocks[-1].page == 2 and report.blocks[-2].page == 1
    assert report.text[report.pages[0].end:report.pages[1].start] == "\n\n"


def test_docx_seed_paragraph_round_trips(tmp_path: Path) -> None:
    seed = next(SEEDS.glob("*.txt")).read_text(encoding="utf-8")
    paragraph = next(p.strip() for p in seed.split("\n") if len(p.strip()) > 30)
    doc = docx.Document()
    doc.add_paragraph(paragraph)
    doc.save(tmp_path / "seed.docx")
    out = read_docx(tmp_path / "seed.docx", doc_id="seed", sha256="")
    assert out.text == paragraph
    assert [(b.kind, b.start, b.end) for b in out.blocks] == [(PARAGRAPH, 0, len(paragraph))]


def test_docx_merged_cells_once(tmp_path: Path) -> None:
    doc = docx.Document()
    table = doc.add_table(rows=2, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "项目合计"
    table.cell(0, 2).text = "100"
    table.cell(1, 0).text = "甲"
    table.cell(1, 1).text = "40"
    table.cell(1, 2).text = "60"
    doc.save(tmp_path / "merged.docx")
    out = read_docx(tmp_path / "merged.docx", doc_id="m", sha256="")
    assert out.text == "项目合计\t100\n甲\t40\t60"


@pytest.mark.parametrize("data", [b"PK\x03\x04 not really a zip", b"hello world", b"%PDF-1.4\n"])
def test_docx_junk_raises_docx_read_error(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "bad.docx"
    path.write_bytes(data)
    with pytest.raises(DocxReadError, match="not a readable Word document"):
        read_docx(path, doc_id="bad", sha256="")
    with pytest.raises(DocxReadError):
        read_document(path)


@pytest.mark.parametrize(("name", "level"), [("Heading 1", 1), ("heading 3", 3), ("标题 2", 2),
                                             ("Title", 0), ("Normal", None), ("List Paragraph", None)])
def test_style_to_level(name: str, level: int | None) -> None:
    assert style_to_level(name) == level


@pytest.mark.parametrize(("raw", "clean"), [("第一行\n第二行", "第一行第二行"), ("word\nwrap", "word wrap"),
                                            ("a\tb", "a b"), ("  两端空白 ", "两端空白")])
def test_clean_text(raw: str, clean: str) -> None:
    assert clean_text(raw) == clean


# --- cells of stacked numbers (several paragraphs, each a number) --------------------------------------

BULLETIN = Path(__file__).resolve().parents[2] / "corpora" / "real" / "stats_bulletin_qiandongnan_2016.docx"


@pytest.fixture(scope="module")
def bulletin():
    return read_docx(BULLETIN, doc_id="stats_bulletin_qiandongnan_2016", sha256="")


def test_stacked_numbers_beside_a_one_line_label_keep_the_first_on_the_row(bulletin) -> None:
    # 表2 财政收支情况: the 比上年增长 cell of 一般公共预算支出 holds the paragraphs "5.2" and "4.6" (four empty
    # ones between); the prose says "一般公共预算支出376.82亿元，比上年增长5.2%"
    lines = bulletin.text.split("\n")
    at = lines.index("一般公共预算支出\t376.82\t5.2")
    assert lines[at + 1] == "\t\t4.6"
    assert "5.2 4.6" not in bulletin.text
    table = next(t for t in bulletin.raw_tables if any(c.text == "一般公共预算支出" for r in t.rows for c in r))
    row = next(i for i, r in enumerate(table.rows) if r[0].text == "一般公共预算支出")
    assert [c.text for c in table.rows[row]] == ["一般公共预算支出", "376.82", "5.2"]
    assert [c.text for c in table.rows[row + 1]] == ["", "", "4.6"]
    for r in table.rows[row:row + 2]:
        for cell in r:
            assert bulletin.text[cell.start:cell.end] == cell.text


def test_one_label_cell_of_two_paragraphs_is_not_split(bulletin) -> None:
    # 表6: the label cell "发电量" / "自来水生产产量" beside one number per cell stays one row as printed
    assert "发电量自来水生产产量\t亿千瓦时\t102.52\t-0.8" in bulletin.text.split("\n")


def test_stacked_rows_with_as_many_label_paragraphs_become_rows(tmp_path: Path) -> None:
    # 表5 of the bulletin with two of its rows typed into one row, one paragraph per line in every cell
    doc = docx.Document()
    table = doc.add_table(rows=2, cols=4)
    for c, text in enumerate(("", "单位", "产量", "比上年增长（%）")):
        table.cell(0, c).text = text
    for c, lines in enumerate((("牛肉", "羊肉"), ("万吨",), ("1.82", "0.34"), ("5.2", "2.5"))):
        cell = table.cell(1, c)
        cell.text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)
    doc.save(tmp_path / "stacked.docx")
    out = read_docx(tmp_path / "stacked.docx", doc_id="s", sha256="")
    assert out.text.split("\n") == ["\t单位\t产量\t比上年增长（%）", "牛肉\t万吨\t1.82\t5.2", "羊肉\t万吨\t0.34\t2.5"]
    (raw,) = out.raw_tables
    assert [[c.text for c in r] for r in raw.rows[1:]] == [["牛肉", "万吨", "1.82", "5.2"], ["羊肉", "万吨", "0.34", "2.5"]]
