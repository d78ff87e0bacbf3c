"""PDF sanity per page (issue 13, item 3): rotated pages and text, glyph codes, private-use text, mojibake.

The odd PDFs are built at test time from a real one-page PDF of corpora/real: its page rotated with
/Rotate, its content drawn rotated (pypdfium2), its fonts stripped of their ToUnicode maps (pypdf).
"""
from __future__ import annotations

from pathlib import Path

import pypdf
import pypdfium2 as pdfium
import pytest
from pypdf.generic import NameObject

from extract.api import read_report
from extract.errors import PdfReadError
from extract.pdf.layout import Glyph, PageLayout, TextLine
from extract.pdf.reader import read_pdf
from extract.pdf.sanity import PageStats, check_pages, page_problem, quarter_turn

REAL = Path(__file__).resolve().parents[2] / "corpora" / "real"
BOND = REAL / "bond_prospectus_page_yancheng_hitech_2023.pdf"          # 1 page, 2 ruled tables
BROKER = REAL / "broker_research_report_tebon_gaoce_688556_2022.pdf"   # 4 pages
ENGINES = ("pdfium", "pdfminer")


@pytest.fixture(scope="module")
def bond_text() -> str:
    return read_pdf(BOND, doc_id="bond", sha256="", engine="pdfium").text


def rotate_page(out: Path, degrees: int) -> Path:
    pdf = pdfium.PdfDocument(str(BOND))
    pdf[0].set_rotation(degrees)
    pdf.save(str(out))
    return out


def rotate_content(out: Path, *, ccw: bool, page_rotate: int = 0) -> Path:
    """The page's content drawn turned by 90 degrees on a landscape page (optionally shown with /Rotate)."""
    pdf = pdfium.PdfDocument(str(BOND))
    page = pdf[0]
    width, height = page.get_size()
    matrix = pdfium.PdfMatrix().rotate(90, ccw=ccw)
    matrix = matrix.translate(height, 0) if ccw else matrix.translate(0, width)
    for obj in list(page.get_objects(max_depth=1)):
        obj.transform(matrix)
    page.set_mediabox(0, 0, height, width)
    if page_rotate:
        page.set_rotation(page_rotate)
    page.gen_content()
    pdf.save(str(out))
    return out


def strip_to_unicode(src: Path, out: Path) -> Path:
    """A copy of ``src`` whose fonts have no ToUnicode map (Identity-H CID fonts: glyph codes only)."""
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(src))
    for page in writer.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            if "/ToUnicode" in font:
                del font[NameObject("/ToUnicode")]
    writer.write(out)
    return out


def concat(parts: list[Path], out: Path) -> Path:
    writer = pypdf.PdfWriter()
    for part in parts:
        writer.append(str(part))
    writer.write(out)
    return out


# ---------------------------------------------------------------- rotation

@pytest.mark.parametrize("engine", ENGINES)
@pytest.mark.parametrize("degrees", [90, 180, 270])
def test_page_with_rotate_reads_like_the_original(tmp_path: Path, bond_text: str, engine: str,
                                                  degrees: int) -> None:
    doc = read_pdf(rotate_page(tmp_path / "r.pdf", degrees), doc_id="r", sha256="", engine=engine)
    assert doc.text == bond_text
    assert len(doc.raw_tables) == 2
    assert doc.warnings == ()


@pytest.mark.parametrize(("ccw", "page_rotate"), [(True, 0), (False, 0), (True, 90), (False, 270)],
                         ids=["up", "down", "up-shown-upright", "down-shown-upright"])
def test_pdfium_reads_text_drawn_rotated_along_its_direction(tmp_path: Path, bond_text: str, ccw: bool,
                                                            page_rotate: int) -> None:
    path = rotate_content(tmp_path / "t.pdf", ccw=ccw, page_rotate=page_rotate)
    doc = read_pdf(path, doc_id="t", sha256="", engine="pdfium")
    assert doc.text == bond_text
    assert "46,265.00" in doc.text and len(doc.raw_tables) == 2


def test_pdfminer_refuses_rotated_text_naming_the_page(tmp_path: Path) -> None:
    """pdfminer lays rotated text out letter by letter ("书\\n明\\n说…"): the page is not read."""
    path = concat([BROKER, rotate_content(tmp_path / "t.pdf", ccw=True)], tmp_path / "mixed.pdf")
    doc = read_pdf(path, doc_id="m", sha256="", engine="pdfminer")
    assert [w.split(": ")[0] for w in doc.warnings] == [f"{path}, page 5"]
    assert "text drawn rotated" in doc.warnings[0]
    assert doc.pages[4].start == doc.pages[4].end          # page 5 is there, empty
    assert "盐城高新区" not in doc.text


def test_quarter_turn_of_text_matrices() -> None:
    assert quarter_turn(10.5, 0.0) == 0
    assert quarter_turn(3.0616171e-18, 0.05) == 90       # pdfminer calls this "upright" (a*d > 0)
    assert quarter_turn(-1.0, 0.0) == 180
    assert quarter_turn(0.0, -1.0) == 270


# ---------------------------------------------------------------- glyph codes

@pytest.mark.parametrize("engine", ENGINES)
def test_glyph_code_page_is_reported_and_gives_no_claims(tmp_path: Path, engine: str,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Page 5 (the bond page without ToUnicode maps: pdfminer prints "(cid:12)") is left out with a
    warning naming file and page; pages 1-4 still give their claims."""
    monkeypatch.setenv("TIEOUT_PDF_ENGINE", engine)
    path = concat([BROKER, strip_to_unicode(BOND, tmp_path / "nomap.pdf")], tmp_path / "mixed.pdf")
    report = read_report(path)
    doc = report.document
    assert len(doc.pages) == 5
    assert doc.warnings == ((f"{path}, page 5: glyph codes instead of text (font without a ToUnicode map); "
                             "page not read"),)
    assert doc.pages[4].start == doc.pages[4].end
    assert "(cid:" not in doc.text
    assert report.claims and all(c.page <= 4 for c in report.claims)
    assert not any(t.page == 5 for t in report.tables)


@pytest.mark.parametrize("engine", ENGINES)
def test_pdf_of_glyph_codes_only_is_a_one_line_error(tmp_path: Path, engine: str) -> None:
    path = strip_to_unicode(BOND, tmp_path / "nomap.pdf")
    with pytest.raises(PdfReadError, match=r"nomap\.pdf: no readable text layer \(glyph codes"):
        read_pdf(path, doc_id="n", sha256="", engine=engine)


def test_glyph_code_page_goes_to_the_failures_table(tmp_path: Path) -> None:
    from extract.batch import extract_paths
    from extract.store import Store

    path = concat([BROKER, strip_to_unicode(BOND, tmp_path / "nomap.pdf")], tmp_path / "mixed.pdf")
    with Store(tmp_path / "t.db") as store:
        result = extract_paths([path], store=store)
        rows = store.failures()
    assert result.exit_code == 0 and len(result.ok) == 1
    assert [(r["path"], r["page"]) for r in rows] == [(str(path), 5)]
    assert "glyph codes" in rows[0]["message"]


# ---------------------------------------------------------------- private-use characters, mojibake

def line(text: str, y: float = 700.0) -> TextLine:
    glyphs = tuple(Glyph(ch, 72.0 + 10 * i, 82.0 + 10 * i) for i, ch in enumerate(text))
    return TextLine(text, 72.0, y, 72.0 + 10 * len(text), y + 10, 10.0, glyphs)


@pytest.mark.parametrize(("text", "problem"), [
    # a symbol font's private-use code points (what pdfium gives for a font without a Unicode map)
    ("\ue0a1\ue0b2\ue013\ue0c4\ue0a1\ue0f7\ue011\ue0d8：2023年", "private-use characters"),
    # "奖助总金额为2136.97万元" encoded in UTF-8 and read as Latin-1
    ("å¥\x96å\x8a©æ\x80»é\x87\x91é¢\x9dä¸º2136.97ä¸\x87å\x85\x83", "mojibake"),
    ("(cid:12)(cid:7)(cid:30)(cid:5)(cid:9)(cid:44)", "glyph codes"),
])
def test_unreadable_page_text_is_detected(text: str, problem: str) -> None:
    page = PageLayout(2, 595, 842, (line(text),))
    assert page_problem(page, PageStats(2)).startswith(problem)
    pages, warnings = check_pages("r.pdf", [page], [PageStats(2)])
    assert pages[0].lines == () and warnings[0].startswith(f"r.pdf, page 2: {problem}")


@pytest.mark.parametrize("text", [
    "2023 年奖助总金额为 2136.97 万元，比去年增加了 328.15 万元，增长了 18.14%。",
    "营业收入（元）\t1,234,567.89\t同比增减（%）\t-12.5 × 2 ± 0.3 °C",
    "Revenue of Müller & Söhne rose 12.5% in 2024",
])
def test_real_text_is_not_flagged(text: str) -> None:
    assert page_problem(PageLayout(1, 595, 842, (line(text),)), PageStats(1)) is None


def test_extract_command_names_the_page_left_out(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from extract.cli import cli

    path = concat([BROKER, strip_to_unicode(BOND, tmp_path / "nomap.pdf")], tmp_path / "mixed.pdf")
    result = CliRunner().invoke(cli, ["extract", str(path), "--store", str(tmp_path / "t.db")])
    assert result.exit_code == 0
    assert f"tieout: warning: {path}, page 5: glyph codes instead of text" in result.stderr
    listed = CliRunner().invoke(cli, ["failures", "--store", str(tmp_path / "t.db")])
    assert f"{path}, page 5: glyph codes" in listed.output
