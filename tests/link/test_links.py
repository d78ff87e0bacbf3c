"""Claim <-> cell links and conflicts, on real sentences and tables of non-reserved text."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sklearn.exceptions import NotFittedError

from extract.link import tie_out
from extract.link.features import (Pair, cell_unit_scale, clean_label, label_unit_scale, make_context,
                                   value_matches)
from extract.link.linker import ClaimCellLinker, load_linker
from extract.records import Cell, Claim, Document, Page, Table

ROOT = Path(__file__).resolve().parents[2]


def make_claim(sentence: str, text: str, value: str, *, unit: str, kind: str = "count", scale: int = 1,
               metric: str | None = None, period: str | None = None, start: int = 0, bound: str = "=",
               cid: str = "c1", direction: str | None = None) -> Claim:
    """A claim record as the extractor makes it (offsets relative to a tiny document)."""
    at = start + sentence.index(text.replace(" ", "")) if text.replace(" ", "") in sentence else start
    return Claim("doc", f"doc#{cid}", at, at + len(text), 1, text, Decimal(value), scale, unit, kind, bound,
                 direction, metric, period, None, None, None, None, sentence)


def make_table(tid: str, caption: str, cells: list[tuple[str, str, str, str]], *, start: int = 500) -> Table:
    """A table record from (row, col, text, unit) cells."""
    rows = list(dict.fromkeys(c[0] for c in cells))
    header = tuple(dict.fromkeys(c[1] for c in cells))
    recs = tuple(Cell(r, c, Decimal(t) if t else None, t, u, rows.index(r), header.index(c)) for r, c, t, u in cells)
    return Table("doc", tid, caption, None, 1, start, start + 100, len(cells), len(header), header, recs)


def document(text: str = "x" * 1000) -> Document:
    return Document("doc", "doc.txt", "0" * 64, "txt", "utf-8", text, (Page(1, 0, len(text)),), (),
                    org="哈尔滨职业技术学院")


# 表2-10 of seed 000 (amounts in 万元, the unit only in the first amount row's label).
AID_TABLE = make_table("表2-10", "哈尔滨职业技术学院2021-2023年学生奖助情况汇总表", [
    ("2021金额（万元）", "国家助学贷款", "656.66", ""), ("2022金额", "国家助学贷款", "606.42", ""),
    ("2023金额", "国家助学贷款", "1204.28", ""), ("2023金额", "国家助学金", "460.75", ""),
    ("2023人次", "国家助学贷款", "923", ""), ("2023金额", "勤工助学", "45.7", "")])
LOAN = "国家助学贷款金额为1204.28，占比全年总奖助金额的56.35%，占有比重最大。"
# corpora/real/stats_bulletin_qiandongnan_2016.docx, 一、综合 (its 表1 is 凯里市居民消费价格).
PRICES = ("在居民消费价格中，食品烟酒价格上涨2.6%，衣着价格上涨1.0%，居住价格上涨2.3%，生活用品及服务价格上涨0.2%，"
          "交通和通信价格下降2.5%，教育文化和娱乐价格上涨1.9%，医疗保健价格上涨3.3%，其他用品和服务价格上涨0.6%。")


class TestValueMatches:
    def test_plain_number_matches_cell_written_in_table_scale(self):
        claim = make_claim(LOAN, "1204.28", "1204.28", unit="", kind="money", metric="国家助学贷款金额")
        cell = AID_TABLE.cells[2]
        assert value_matches(claim, cell, AID_TABLE)

    def test_wan_yuan_claim_matches_cell_in_wan_yuan_row(self):
        sentence = "申请、续签助学贷款1204.28万元，发放受灾学生临时困难补助5.8万元"
        claim = make_claim(sentence, "1204.28万元", "1204.28", unit="元", kind="money", scale=10000)
        assert value_matches(claim, AID_TABLE.cells[2], AID_TABLE)

    def test_wan_ce_claim_matches_cell_in_wan_ce_column(self):
        table = make_table("表2-7", "图书馆藏资源表", [("2023年", "电子期刊（万册）", "33.77", "")])
        claim = make_claim("电子期刊33.77万册", "33.77万册", "33.77", unit="册", scale=10000)
        assert cell_unit_scale(table.cells[0], table) == ("册", 10000)
        assert value_matches(claim, table.cells[0], table)

    def test_percentages_equal_only_as_written(self):
        # 黔东南 2016 bulletin: 衣着 +1.0% is 表1's row; 表10's 摄像机/农村 "1 台" is the same number, not the figure.
        prices = make_table("表1", "凯里市居民消费价格", [("2.衣着", "比上年上涨（%）", "1.0", "%")])
        goods = make_table("表10", "年末每百户城乡居民家庭拥有耐用品", [("摄像机", "城镇", "3", "台"),
                                                             ("摄像机", "农村", "1", "台")])
        claim = make_claim(PRICES, "1.0%", "1.0", unit="%", kind="growth", metric="衣着价格", direction="up")
        assert value_matches(claim, prices.cells[0], prices)
        assert not value_matches(claim, goods.cells[1], goods)

    def test_serial_number_column_never_matches(self):
        table = make_table("表3-2", "科研技术服务到款情况", [("横向技术服务到款额", "序号", "1", "")])
        claim = make_claim("合作1项", "1项", "1", unit="项")
        assert not value_matches(claim, table.cells[0], table)


@pytest.mark.parametrize("label, expected", [
    ("其中：A类：留在当地就业*", "留在当地就业"), ("严重心理问题（人）", "严重心理问题"), ("2023 年", "2023年")])
def test_clean_label(label, expected):
    assert clean_label(label) == expected


def test_label_unit_scale_reads_bracketed_wan_yuan():
    assert label_unit_scale("2021金额（万元）") == ("元", 10000)


@pytest.mark.parametrize("linker", ["default", None], ids=["trained", "hand_fallback"])
def test_loan_amount_links_to_table_2_10(linker):
    claim = make_claim(LOAN, "1204.28", "1204.28", unit="", kind="money", metric="国家助学贷款金额", start=300)
    links, _ = tie_out(document(), [claim], [AID_TABLE], linker=linker)
    assert [(l.table_id, l.row, l.col, l.status) for l in links] == [("表2-10", "2023金额", "国家助学贷款", "match")]


def test_unrelated_small_number_is_not_linked():
    # seed 000: the 7 national contest awards are no 表3-2 patent count, though both are "7 项".
    sentence = "师生获二十六部委国赛奖项7项，省级奖项30余项。"
    claim = make_claim(sentence, "7项", "7", unit="项", metric="部委国赛奖项", start=300)
    table = make_table("表3-2", "哈尔滨职业技术学院2022-2023年科研技术服务到款情况", [
        ("发明专利授权数量", "2022年", "7", "项"), ("发明专利授权数量", "2023年", "6", "项")])
    links, _ = tie_out(document(), [claim], [table])
    assert links == []


# 表2-5 of seed 000 (its 2023 row and two 2022 cells) and the bracket that swaps its two 2023 figures.
PSYCHOLOGY = make_table("表2-5", "哈尔滨职业技术学院2012-2023年新生心理普查与筛查情况统计表", [
    ("2023", "普查人数（人）", "5042", "人"), ("2023", "异常人数（人）", "1966", "人"),
    ("2023", "严重心理问题（人）", "182", "人"), ("2023", "一般心理问题（人）", "217", "人"),
    ("2022", "严重心理问题（人）", "609", "人"), ("2022", "一般心理问题（人）", "1050", "人")], start=100)
SWAPPED = "（严重心理问题为A类217人，一般心理问题为B类182人，C类即异常人数中除去A类和B类的学生，据此做饼状图。）"


def test_figure_contradicting_its_cell_in_table_2_5_is_a_conflict():
    claim = make_claim(SWAPPED, "182人", "182", unit="人", metric="一般心理问题为B类", start=400, period="2023年")
    links, _ = tie_out(document(), [claim], [PSYCHOLOGY])
    assert [(l.table_id, l.row, l.col, l.status, l.value) for l in links] == [
        ("表2-5", "2023", "一般心理问题（人）", "conflict", Decimal("217"))]


# 表11 (从业人员情况) of the 黔东南 2016 bulletin: the sentence states its 年末城镇登记失业人员数 as printed.
LABOUR = make_table("表11", "从业人员情况", [
    ("从业人员", "绝对数", "203.33", "万人"), ("年末城镇登记失业人员数", "绝对数", "11588", "人"),
    ("年末城镇登记失业率（%）", "绝对数", "3.25", "%")], start=900)


def test_same_figure_as_table_11_is_a_match_not_a_conflict():
    sentence = "年末城镇登记失业人员11588人，年末城镇登记失业率为3.25%。"
    claim = make_claim(sentence, "11588人", "11588", unit="人", metric="城镇登记失业人员", period="2016年末")
    links, _ = tie_out(document(), [claim], [LABOUR])
    assert [(l.row, l.status) for l in links] == [("年末城镇登记失业人员数", "match")]


def test_swapped_figures_in_psychology_table_are_conflicts():
    table = make_table("表2-5", "新生心理普查与筛查情况统计表", [
        ("2023", "普查人数（人）", "5042", "人"), ("2023", "严重心理问题（人）", "182", "人"),
        ("2023", "一般心理问题（人）", "217", "人"), ("2022", "严重心理问题（人）", "609", "人")], start=100)
    sentence = "（严重心理问题为A类217人，一般心理问题为B类182人，C类即异常人数中除去A类和B类的学生。）"
    claim = make_claim(sentence, "217人", "217", unit="人", metric="严重心理问题为A类", start=400, period="2023年")
    links, _ = tie_out(document(), [claim], [table])
    assert [(l.col, l.status, l.value) for l in links] == [("严重心理问题（人）", "conflict", Decimal("182"))]


def test_selected_subset_far_from_table_total_is_not_a_conflict():
    # seed 000, 案例 3-2: the 8 natural-science-fund projects are a few of 表3-1's 纵向课题 (国家级 2, 省级 57).
    table = make_table("表3-1", "哈尔滨职业技术学院教师2022-2023年科研课题及获奖情况", [
        ("国家级", "2022年", "1", "项"), ("国家级", "2023年", "1", "项"), ("国家级", "合计", "2", "项"),
        ("省级", "2022年", "30", "项"), ("省级", "2023年", "27", "项"), ("省级", "合计", "57", "项")], start=900)
    sentence = "累计参与省级以上自然科学基金等研究项目8项，2023年参与国家级项目1项，为龙江地区创新发展提供高品质社会化服务。"
    claim = make_claim(sentence, "8项", "8", unit="项", metric="研究项目", period="2023年")
    links, _ = tie_out(document(), [claim], [table])
    assert [l for l in links if l.status == "conflict"] == []


class TestLinkerConventions:
    def test_unfitted_linker_raises(self):
        with pytest.raises(NotFittedError):
            ClaimCellLinker().predict_proba([{"doc": "d", "numbers": {}, "texts": {}}])

    def test_invalid_parameter_is_rejected_in_fit(self):
        with pytest.raises(ValueError):
            ClaimCellLinker(C=-1.0).fit([], [])

    def test_fit_returns_self_and_learns_label_agreement(self):
        claim = make_claim(LOAN, "1204.28", "1204.28", unit="", kind="money", metric="国家助学贷款金额")
        pairs = [Pair(claim, AID_TABLE, cell) for cell in AID_TABLE.cells]
        context = make_context([claim], [AID_TABLE], pairs)
        from extract.link import to_samples
        samples = to_samples(pairs, context, "doc")
        labels = [1 if c.row == "2023金额" and c.col == "国家助学贷款" else 0 for c in AID_TABLE.cells]
        linker = ClaimCellLinker(C=10.0)
        assert linker.fit(samples, labels) is linker
        probs = linker.predict_proba(samples)[:, 1]
        assert probs.argmax() == 2 and linker.feature_names_[0] == "row_match"

    def test_shipped_model_loads_with_card(self):
        linker = load_linker()
        assert linker is not None and hasattr(linker, "model_")
        import json
        card = json.loads((ROOT / "models" / "linker" / "linker.v2.json").read_text(encoding="utf-8"))
        assert card["features"] == linker.feature_names_ and "cross_validated" in card
        assert card["sklearn_version"] and set(card["lodo_link_f1"]) <= set(card["training_data"]["documents"])


@pytest.mark.parametrize("path, claim_text, table_id, row", [
    ("seeds/000_0d6d81e4e345128e.txt", "1204.28", "表2-10", "2023金额"),
    ("real/stats_bulletin_qiandongnan_2016.docx", "11588", "表11", "年末城镇登记失业人员数"),
])
def test_report_links(path, claim_text, table_id, row):
    from extract.api import read_report
    report = read_report(ROOT / "corpora" / path)
    ids = {c.id for c in report.claims if c.text.replace(" ", "").startswith(claim_text)}
    hits = [(l.table_id, l.row) for l in report.links if l.claim_id in ids]
    assert (table_id, row) in hits
    assert all(l.score >= 0 for l in report.links)


# seed 000 表3-2 (per-row 单位 column) and the sentence that ties its figures to it ("见表3-2").
SERVICE = make_table("表3-2", "哈尔滨职业技术学院2022-2023年科研技术服务到款情况", [
    ("横向技术服务到款额", "2022年", "524.49", "万元"), ("横向技术服务到款额", "2023年", "1814.15", "万元"),
    ("横向技术服务产生的经济效益", "2022年", "2000", "万元"), ("横向技术服务产生的经济效益", "2023年", "1814.15", "万元")],
    start=700)
SERVICE_SENTENCE = ("各团队完成横向技术服务到款额1814.15万元，同比增长245.89%（见表3-2），纵向科研经费到款额129.01万元，"
                    "同比增长993.31%；技术产权交易收入6.3万元，专利成果转化到款额6.2万元，为企业创造经济效益300余万元，"
                    "服务小微企业23家。")


class TestConflictWithoutPeriod:
    def test_figure_tied_to_the_table_by_its_sentence_conflicts_with_latest_year(self):
        amount = make_claim(SERVICE_SENTENCE, "1814.15万元", "1814.15", unit="元", kind="money", scale=10000,
                            metric="横向技术服务到款额", start=300, cid="c1")
        benefit = make_claim(SERVICE_SENTENCE, "300余万元", "300", unit="元", kind="money", scale=10000,
                             metric="经济效益", start=300, bound=">", cid="c2")
        links, _ = tie_out(document("x" * 300 + SERVICE_SENTENCE + "x" * 500), [amount, benefit], [SERVICE])
        status = {l.claim_id: (l.row, l.col, l.status) for l in links}
        assert status["doc#c2"] == ("横向技术服务产生的经济效益", "2023年", "conflict")

    def test_figure_without_period_or_context_is_not_a_conflict_with_a_year_column(self):
        sentence = "为企业创造经济效益300余万元，服务小微企业23家。"
        benefit = make_claim(sentence, "300余万元", "300", unit="元", kind="money", scale=10000,
                             metric="经济效益", start=300, bound=">", cid="c2")
        links, _ = tie_out(document("x" * 300 + sentence + "x" * 500), [benefit], [SERVICE])
        assert [l for l in links if l.status == "conflict"] == []


# 无表格的文本不加载链接模型 (a text without tables does not load the linker and scikit-learn)
def test_text_without_tables_does_not_load_the_linker(tmp_path):
    import subprocess
    import sys

    text = tmp_path / "one.txt"
    text.write_text("截止2023年9月1日，2023届毕业生共4786人，已落实就业3987人。\n", encoding="utf-8")
    code = ("import sys, extract.api as a; r = a.read_report(sys.argv[1]); "
            "print(len(r.claims), 'sklearn' in sys.modules, 'extract.link.linker' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code, str(text)], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["2", "False", "False"]
