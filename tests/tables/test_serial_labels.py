"""序号 columns kept as labels (issue 11): in a table of figures the serial counts the rows and is no quantity
beside them; in a list of words whose only numbers are its serials, the numbering is what it prints. Real tables
of restructuring_plan_002352_dingtai_sf_2016 (PDF p70, （二）公司前十大股东情况) and seed 000 (表2-2)."""
from __future__ import annotations

from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from extract.pdf.reader import read_pdf
from extract.records import Cell, Document, Page, Table
from extract.tables import find_tables
from extract.tables.grid_body import serials_as_labels

ROOT = Path(__file__).resolve().parents[2]
DINGTAI = ROOT / "corpora" / "real" / "restructuring_plan_002352_dingtai_sf_2016.pdf"
PAGES = 295          # one reading serves these tests, test_continued_tables (p282-285) and test_label_columns (p295)


@lru_cache(maxsize=None)
def dingtai_tables_to(max_pages: int) -> tuple[Table, ...]:
    """The tables of the restructuring plan's first ``max_pages`` pages, read once per test run."""
    return tuple(find_tables(read_pdf(DINGTAI, doc_id="dingtai", sha256="", max_pages=max_pages)))


def holders() -> Table:
    return next(t for t in dingtai_tables_to(PAGES) if t.page == 70 and "前十大股东" in (t.caption or ""))


class TestSerialInATableOfFigures:
    def test_serials_of_the_top_ten_holders_are_labels(self):
        table = holders()
        assert table.header[0] == "序号"
        serials = [c for c in table.cells if c.col == "序号"]
        assert [c.text for c in serials][:3] == ["1", "2", "3"]
        assert all(c.value is None and c.unit == "" for c in serials)

    def test_holdings_beside_them_are_figures(self):
        first = {c.col: c for c in holders().cells if c.row == "刘冀鲁"}
        assert first["持股数量（股）"].value == Decimal("50082169") and first["持股数量（股）"].unit == "股"
        assert first["持股比例（%）"].value == Decimal("42.90") and first["持股比例（%）"].unit == "%"

    def test_no_serial_is_summed_or_linked(self):
        # the figures of the table are the holdings only: 10 rows and the 合计 row, two figures each
        figures = [c for c in holders().cells if c.value is not None]
        assert {c.col for c in figures} == {"持股数量（股）", "持股比例（%）"}


class TestSerialInAListOfWords:
    def test_serials_of_a_list_of_words_keep_their_value(self):
        # seed 000 表2-2 (序号 | 所属学院 | 专业名称 | 类别): its first two rows as printed
        text = ("表 2-2 哈尔滨职业技术学院 2023 年开展国际认证专业统计表\n\n"
                "序号\t所属学院\t专业名称\t类别\n"
                "1\t建筑工程与应急管理学院\t道路与桥梁工程技术\t悉尼协议\n"
                "2\t建筑工程与应急管理学院\t工程造价\t悉尼协议\n")
        document = Document("t", "t.txt", "0" * 64, "txt", "", text, (Page(1, 0, len(text)),), ())
        [table] = find_tables(document)
        assert [(c.row, c.value) for c in table.cells if c.col == "序号"] == [
            ("道路与桥梁工程技术", 1), ("工程造价", 2)]

    def test_rule_on_cells(self):
        serial = Cell("刘冀鲁", "序号", Decimal(1), "1", "", 0, 0)
        held = Cell("刘冀鲁", "持股数量（股）", Decimal("50082169"), "50,082,169", "股", 0, 2)
        assert serials_as_labels([serial, held], (0,))[0].value is None
        assert serials_as_labels([serial], (0,))[0].value == 1
