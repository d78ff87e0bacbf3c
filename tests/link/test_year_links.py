"""A figure whose sentence names no year is of the year its context gives: a cell whose labels name only
other years is another year's figure, never its match (``extract.link._other_year``). A year the sentence names
may differ from the cell's on purpose. Real sentences and cells: corpora/seeds/000_0d6d81e4e345128e.txt (2.3
课程育人, 表2-3) and annual_report_600201_jinyu_biotech_2020 (p33, its 2019年度 dividend)."""
from __future__ import annotations

from decimal import Decimal

from extract.link import _other_year, tie_out
from extract.link.features import Pair
from extract.records import Cell, Claim, Document, Page, Table

SEED = "000_0d6d81e4e345128e"
CORE = "认定黑龙江省职业教育一流核心课程5门，分别归属5个专业大类，专业覆盖面广。"
# 表2-3 省级课程思政示范课立项建设表 (年份 | 项目 | 数量), its 数量 column
COURSES = Table(SEED, "表2-3", "省级课程思政示范课立项建设表", "数据来源：哈尔滨职业技术学院教务处统计", 10, 6381, 6545, 5, 3,
                ("年份", "项目", "数量"),
                tuple(Cell(row, "数量", Decimal(n), f"{n} 门", "门", i, 2)
                      for i, (row, n) in enumerate((("2020年", 3), ("2021年", 4), ("2022年", 5), ("2023年", 6),
                                                    ("合计", 18)))))


def _core(period: str) -> Claim:
    # the sentence names no year: 至2023年末 is the paragraph's
    return Claim(SEED, "c6724", 6724, 6727, 10, "5 门", Decimal(5), 1, "门", "count", "=", None,
                 "黑龙江省职业教育一流核心课程", period, None, None, None, "2.3课程育人", CORE)


def test_a_year_from_the_context_is_not_another_years_row() -> None:
    claim = _core("至2023年末")
    assert _other_year(Pair(claim, COURSES, COURSES.cells[2]))            # 2022年 | 数量 5 门
    document = Document(SEED, f"{SEED}.txt", "0" * 64, "txt", "utf-8", "x" * 20_000, (Page(10, 0, 20_000),), ())
    links, _ = tie_out(document, [claim], [COURSES])
    assert links == []


def test_a_year_the_sentence_names_may_differ_from_the_cells() -> None:
    # p33: the 2019年度 dividend paid to the holders of record on 2020年6月11日 is the 2019年 row of 近三年…分配方案
    sentence = ("公司2020年4月20日召开的2019年度股东大会审议通过了公司2019年度利润分配方案，以股权登记日2020年6月11日的公司"
                "总股本1,126,240,241股扣除回购账户已回购的公司股份7,720,515股后的股份数量1,118,519,726股为基数，向全体股东按照"
                "每10股派发现金红利0.60元（含税），共计派发现金股利67,111,183.56元。")
    doc = "annual_report_600201_jinyu_biotech_2020"
    claim = Claim(doc, "c34141", 34141, 34146, 33, "0.60元", Decimal("0.60"), 1, "元", "money", "=", None,
                  "每10股派发现金红利", "2020年6月11日", None, None, None, "(一)现金分红政策的制定、执行或调整情况", sentence)
    cell = Cell("2019年", "每10股派息数(元)（含税）", Decimal("0.6"), "0.6", "元", 1, 2)
    table = Table(doc, "公司近三年（含报告期）的普通股股利分配方案", "公司近三年（含报告期）的普通股股利分配方案或预案", None, 33,
                  33_000, 33_600, 3, 6, ("分红年度", "每10股派息数(元)（含税）"), (cell,), "元")
    assert not _other_year(Pair(claim, table, cell))
