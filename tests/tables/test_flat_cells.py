"""Tables a PDF text dump printed one cell per line (caption, header labels on lines, then every
label and number on its own line), rebuilt from the header and the count of cells.

No non-reserved document of the project is printed this way, so each dump is made here from a
real table of a real document, the way pdftotext prints it: the first (dev-gold) parts of seeds
000 and 003, with the real prose around the table. The cells read from the flattened dump must
equal the cells read from the table as the document prints it, and a claim of the prose that
states a cell's figure must link to that cell.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from extract.api import read_report
from extract.claims import find_claims
from extract.ingest.text import document_from_text
from extract.records import Document, Page, Table
from extract.tables import find_tables
from extract.tables.trace import trace_tables

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "corpora" / "seeds"
# Lines up to each seed's last dev-gold anchor: the rest of a seed is reserved, never read here.
FIRST_PART = {"000_0d6d81e4e345128e": 1135, "003_63e6428607ab0510": 310}


def seed_lines(stem: str) -> list[str]:
    return (SEEDS / f"{stem}.txt").read_text(encoding="utf-8").split("\n")[:FIRST_PART[stem]]


SEED000 = seed_lines("000_0d6d81e4e345128e")
SEED003 = seed_lines("003_63e6428607ab0510")


def index_of(lines: list[str], prefix: str, start: int = 0) -> int:
    return next(i for i in range(start, len(lines)) if lines[i].strip().startswith(prefix))


def make_document(text: str) -> Document:
    return Document("t", "t.txt", "", "txt", "utf-8", text, (Page(1, 0, len(text)),), ())


def tables_of(text: str) -> dict[str, Table]:
    return {t.id: t for t in find_tables(make_document(text))}


def cell_set(table: Table) -> set[tuple[str, str, object]]:
    return {(c.row, c.col, c.value) for c in table.cells}


def flatten(lines: list[str], caption: str, end: str, split: Callable[[str], list[str]],
            header: Callable[[str], list[str]]) -> tuple[int, int, list[str]]:
    """(first line, end line, the table printed one cell per line): caption, the header labels,
    then each row's cells, each on its own line, as pdftotext prints a table with no ruling."""
    i = index_of(lines, caption)
    j = index_of(lines, end, i + 1)
    rows = [line for line in lines[i + 1:j] if line.strip()]
    out = [lines[i].strip()] + header(rows[0])
    for row in rows[1:]:
        out += split(row)
    return i, j, out


def words(line: str) -> list[str]:
    """Space-separated cells, "2022 年" kept whole (pdftotext keeps a cell's spaces)."""
    return re.findall(r"\d{4} 年|\S+", line)


def serial_label_unit_values(line: str) -> list[str]:
    """"3 B 类：到西部和东北地区就业* 人 1501 1787" -> serial, label, unit, numbers."""
    t = line.split()
    return [t[0], " ".join(t[1:-3])] + t[-3:]


# 表 3-3 of seed 000: 序号 / 指标 / 单位 / 2022 年 / 2023 年, serial-numbered rows with a unit column
def employment_dump(drop: str | None = None) -> tuple[str, str]:
    """(window of seed 000 as printed, the same window with 表3-3 printed one cell per line);
    ``drop`` loses one cell (a dump that dropped it)."""
    start = index_of(SEED000, "3.2 服务地方发展")
    stop = index_of(SEED000, "案例 3-3", start)
    i, j, flat = flatten(SEED000, "表 3-3", "数据来源", serial_label_unit_values, words)
    if drop:
        flat.remove(drop)
    original = "\n".join(SEED000[start:stop])
    return original, "\n".join(SEED000[start:i] + flat + [""] + SEED000[j:stop])


def certificate_dump(drop: str | None = None) -> tuple[str, str]:
    """表 2-9 of seed 000 (rows opened by a year, then a short 合计 row), with its prose."""
    start = index_of(SEED000, "2.7.2 1+x 证书制度")
    stop = index_of(SEED000, "2.8 资助育人", start)

    def cells(line: str) -> list[str]:
        t = line.split()
        return [c for c in t if c != drop] if t[0] == "2021" else t

    i, j, flat = flatten(SEED000, "表 2-9", "数据来源", cells, str.split)
    return "\n".join(SEED000[start:stop]), "\n".join(SEED000[start:i] + flat + [""] + SEED000[j:stop])


def test_serial_rows_with_label_and_unit_columns():
    original, flat = employment_dump()
    before, after = tables_of(original)["表3-3"], tables_of(flat)["表3-3"]
    assert after.reason is None and after.present
    assert cell_set(after) == cell_set(before) and len(after.cells) == 15
    assert after.header == ("序号", "指标", "单位", "2022年", "2023年")
    b_2023 = next(c for c in after.cells if c.row.startswith("B类") and c.col == "2023年")
    assert (b_2023.value, b_2023.unit, flat[b_2023.char_start:b_2023.char_end]) == (1787, "人", "1787")


def test_year_rows_and_short_total_placed_under_the_columns_it_sums():
    original, flat = certificate_dump()
    before, after = tables_of(original)["表2-9"], tables_of(flat)["表2-9"]
    assert cell_set(after) == cell_set(before) and len(after.cells) == 28
    total = {c.col: c.value for c in after.cells if c.row == "合计"}
    assert total == {"获证数": 5746, "初级证书数": 1416, "中级证书数": 4330, "通过率": None}


@pytest.mark.parametrize("with_total", [True, False])
def test_wrapped_header_column_count_from_the_rows(with_total):
    # header labels wrapped every 2 characters ("试点" / "数" …): 15 fragments for 7 columns; rows of
    # 14 would also cut the 28 numbers, but the 合计 row is not the sum of such columns, and their
    # years skip (2020, 2022)
    original, flat = certificate_dump()
    lines = flat.split("\n")
    i, j, total = lines.index("年度"), lines.index("通过率"), lines.index("合计")
    wrapped = [label[k:k + 2] for label in lines[i:j + 1] for k in range(0, len(label), 2)]
    rest = lines[j + 1:] if with_total else lines[j + 1:total] + [""] + lines[total + 5:]
    after = tables_of("\n".join(lines[:i] + wrapped + rest))["表2-9"]
    before = tables_of(original)["表2-9"]
    assert after.header == before.header
    assert cell_set(after) == {c for c in cell_set(before) if with_total or c[0] != "合计"}


def test_row_printed_whole_amid_one_cell_lines():
    # the dump keeps the short 合计 row on one line: "合计 5746 1416 4330 /"
    original, flat = certificate_dump()
    lines = flat.split("\n")
    t = lines.index("合计")
    after = tables_of("\n".join(lines[:t] + [" ".join(lines[t:t + 5])] + lines[t + 5:]))["表2-9"]
    assert cell_set(after) == cell_set(tables_of(original)["表2-9"])


def test_short_rows_placed_by_the_total_row():
    # 表 2-6 of seed 000: empty cells are not printed; the 总数 row decides where the numbers go
    i = index_of(SEED000, "表 2-6")
    j = index_of(SEED000, "数据来源", i)
    body = [line for line in SEED000[i + 1:j] if line.strip()]
    cells = [cell for line in body for cell in line.split()]
    flat = [SEED000[i].strip()] + cells + [SEED000[j]]
    before, after = tables_of("\n".join(SEED000[i:j + 1]))["表2-6"], tables_of("\n".join(flat))["表2-6"]
    assert cell_set(after) == cell_set(before)
    row3 = {c.col: c.value for c in after.cells if c.row == "第三名"}
    assert row3 == {"体育舞蹈": 1, "羽毛球": 2, "田径": 2, "总数": 5}
    # a 单位 note printed amid the header labels is not a cell; it gives the table its unit
    noted = [SEED000[i].strip()] + cells[:3] + ["单位：项"] + cells[3:] + [SEED000[j]]
    table = tables_of("\n".join(noted))["表2-6"]
    assert cell_set(table) == cell_set(before) and {c.unit for c in table.cells} == {"项"}


def core_indicator_dump(label_width: int | None, header_width: int | None, lose: str | None = None) -> tuple[str, str]:
    """表 1-1 of seed 003 (TAB text: school, 15 indicators) printed one cell per line, school names
    wrapped every ``label_width`` characters and header labels every ``header_width``."""
    start = index_of(SEED003, "（二）核心指标")
    i = index_of(SEED003, "表 1-1", start)
    j = index_of(SEED003, "（三）工作成效", i)
    rows = [line.split("\t") for line in SEED003[i + 1:j] if line.strip()]
    labels = [c for c in rows[1] if c.strip()]

    def wrap(text: str, width: int | None) -> list[str]:
        return [text[k:k + width] for k in range(0, len(text), width)] if width else [text]

    flat = [SEED003[i], rows[0][0]] + [part for label in labels for part in wrap(label, header_width)]
    for row in rows[2:]:
        values = row[1:] if row[0] != lose else row[1:5] + row[6:]
        flat += wrap(row[0], label_width) + values
    return "\n".join(SEED003[start:j]), "\n".join(SEED003[start:i] + flat + [""] + SEED003[j:j + 3])


@pytest.mark.parametrize("label_width,header_width", [(None, None), (8, None), (None, 7), (6, 7)])
def test_labelled_rows_with_wrapped_labels_and_headers(label_width, header_width):
    original, flat = core_indicator_dump(label_width, header_width)
    before, after = tables_of(original)["表1-1"], tables_of(flat)["表1-1"]
    assert len(before.cells) == 465
    assert cell_set(after) == cell_set(before)
    assert after.header == before.header[:1] + before.header[1:]
    assert ("长春汽车工业高等专科学校", "专任教师数（人）", 610) in cell_set(after)


@pytest.mark.parametrize("make,table_id,reason", [
    (lambda: certificate_dump(drop="41")[1], "表2-9", "values 27 not a multiple of 7 columns"),
    (lambda: employment_dump(drop="1501")[1], "表3-3", "cells 24 not a multiple of 5 columns"),
    (lambda: core_indicator_dump(None, None, lose="四平职业大学")[1], "表1-1",
     "values 14 under the row label 四平职业大学: fewer than 15 columns"),
])
def test_unrebuildable_shape_says_why(make, table_id, reason):
    table = tables_of(make())[table_id]
    assert table.cells == () and not table.present
    assert table.reason is not None and table.reason.startswith(reason)


def test_image_table_says_it_has_no_body():
    # seed 000 表2-5: its caption, its source line, then the next section (the body is printed further on).
    table = tables_of("表 2-5 哈尔滨职业技术学院 2012-2023 年新生心理普查与筛查情况统计表\n\n"
                      "数据来源：大学生人格测试问卷（UPI）\n\n2.5 活动育人\n\n2.5.1 运动育人\n")["表2-5"]
    assert table.cells == () and table.reason.startswith("no body between the caption")


def test_debug_trace_shows_the_rebuild_and_the_reason():
    traces = {t.table.id: t for t in trace_tables(make_document(certificate_dump()[1])) if t.table}
    stages = dict(traces["表2-9"].stages)
    assert stages["run_to_shape"].startswith("labelled: 7 header cells -> 7 columns, 5 rows")
    broken = {t.table.id: t for t in trace_tables(make_document(certificate_dump(drop="41")[1])) if t.table}
    assert broken["表2-9"].reason == "values 27 not a multiple of 7 columns"


@pytest.fixture(scope="module")
def employment_report(tmp_path_factory):
    path = tmp_path_factory.mktemp("flat") / "employment_flat.txt"
    path.write_text(employment_dump()[1], encoding="utf-8")
    return read_report(path)


@pytest.mark.parametrize("figure,row", [("1787", "B类：到西部和东北地区就业"), ("1199", "其中：A类：留在当地就业"),
                                        ("2021", "C类：到中小微企业等基层就业")])
def test_prose_claim_links_to_the_rebuilt_cell(employment_report, figure, row):
    # "2023 年到西部和东北地区就业有 1787 人（见表 3-3）" ... the figures of the 2023年 column
    claims = {c.id: c for c in employment_report.claims}
    links = [link for link in employment_report.links if link.table_id == "表3-3" and link.status == "match"
             and claims[link.claim_id].text.replace(" ", "").startswith(figure)]
    assert [(link.row.rstrip("*"), link.col) for link in links] == [(row, "2023年")]


def test_page_break_inside_the_table_drops_page_number_and_running_header():
    # pdftotext ends each page with its footer and starts the next with "\f" and the running header
    original, flat = core_indicator_dump(8, None)
    lines = flat.split("\n")
    header = "吉林省高等职业教育质量年度报告（2024）"
    at = lines.index("吉林交通职业技术")                 # the school name wrapped: "吉林交通职业技术" / "学院"
    caption = next(i for i, line in enumerate(lines) if line.startswith("表 1-1"))
    lines[at:at] = ["", "- 4 -", f"\f{header}", ""]
    lines[caption:caption] = ["- 3 -", f"\f{header}", ""]
    before, after = tables_of(original)["表1-1"], tables_of("\n".join(lines))["表1-1"]
    assert cell_set(after) == cell_set(before)


def test_row_labels_printed_on_their_own_line_are_not_claims():
    # 表 2-6 of seed 000 printed one cell per line: "第一名" is a row label of the rebuilt table, not a rank
    i = index_of(SEED000, "表 2-6")
    j = index_of(SEED000, "数据来源", i)
    cells = [cell for line in SEED000[i + 1:j] if line.strip() for cell in line.split()]
    document = document_from_text("\n".join([SEED000[i].strip()] + cells + [SEED000[j]]))
    tables = find_tables(document)
    assert tables and tables[0].cells
    assert any(c.kind == "rank" for c in find_claims(document))    # read as prose, 第一名 would be a rank
    assert find_claims(document, tables=tables) == []


@pytest.mark.parametrize("make", [employment_dump, certificate_dump])
def test_prose_around_a_flattened_table_reads_as_around_the_printed_one(make, tmp_path):
    # one-cell lines neither decide whether the dump is hard-wrapped nor whether blank lines end paragraphs:
    # the prose claims (units, periods) are those of the window as printed
    claims = []
    for name, text in zip(("printed.txt", "flat.txt"), make()):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        claims.append(sorted((c.text.replace(" ", "").replace("\n", ""), c.unit, c.period)
                             for c in read_report(path).claims))
    assert claims[0] == claims[1]
