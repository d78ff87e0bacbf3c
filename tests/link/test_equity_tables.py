"""Links to a company's 股权结构 tables: a stake in another company is not a cell of this company's table, a share
count of a 股份有限公司 is its 注册资本 in 元 (par value 1元), and a thousands separator does not end a clause. Real
sentences and cells of restructuring_plan_002352_dingtai_sf_2016 (PDF, p121-122 股权结构 tables, p121-131 prose)."""
from __future__ import annotations

from decimal import Decimal

from extract.link import tie_out
from extract.link.features import claim_clause, equity_table_org, other_company_stake, same_unit
from extract.records import Cell, Claim, Document, Page, Table

DOC = "restructuring_plan_002352_dingtai_sf_2016"
HEADER = ("股东名称", "注册资本（万元）", "股权比例（%）")


def _table(tid: str, caption: str, rows: list[tuple[str, str, str]], *, start: int, page: int) -> Table:
    cells = []
    for i, (name, capital, share) in enumerate(rows):
        cells.append(Cell(name, HEADER[1], Decimal(capital.replace(",", "")), capital, "万元", i, 1))
        cells.append(Cell(name, HEADER[2], Decimal(share), share, "%", i, 2))
    return Table(DOC, tid, caption, None, page, start, start + 130, len(rows), 3, HEADER, tuple(cells), "")


# p121: 整体变更后，顺丰控股的股权结构如下：
CONVERTED = _table("表@p121-1", "整体变更后，顺丰控股的股权结构如下：", [
    ("明德控股", "136,800", "76.00"), ("嘉强顺风", "13,500", "7.50"), ("招广投资", "13,500", "7.50"),
    ("元禾顺风", "13,500", "7.50"), ("古玉秋创", "2,700", "1.50"), ("合计", "180,000", "100.00")],
    start=93_313, page=121)
# p122: 本次增资完成后，顺丰控股的股权结构如下：
ENLARGED = _table("表@p122-1", "本次增资完成后，顺丰控股的股权结构如下：", [
    ("明德控股", "136,800", "68.40"), ("顺达丰润", "19,860", "9.93"), ("嘉强顺风", "13,500", "6.75"),
    ("招广投资", "13,500", "6.75"), ("元禾顺风", "13,500", "6.75"), ("古玉秋创", "2,700", "1.35"),
    ("顺信丰合", "140", "0.07"), ("合计", "200,000", "100.00")], start=94_011, page=122)

# p127, 第五章 三 (二)
SOLD = ("2015年9月25日，顺丰控股有限股东会作出决议，鉴于顺丰控股有限尚未对商贸控股的注册资本进行实缴，同意将商贸控股100%股权"
        "以人民币10元转让，其中明德控股以7.6元受让76%的股权、嘉强顺风以0.75元受让7.5%的股权、招广投资以0.75元受让7.5%的股权、"
        "元禾顺风以0.75元受让7.5%的股权、古玉秋创以0.15元受让1.5%的股权。")
# p131
HELD = "截至本预案签署日，明德控股持有顺丰控股68.4%的股权。"
# p121 and p122, 第五章 二 (十一)-(十二)
CONVERTED_TO_SHARES = ("2015年10月23日，顺丰控股有限召开股东会，同意以顺丰控股有限截至2015年6月30日经审计的账面净资产按1:0.1262的比例"
                       "折合为股份公司1,800,000,000股股本，其余净资产12,461,867,967.12元计入股份公司的资本公积。")
SUBSCRIBED = ("同日，明德控股、顺达丰润、嘉强顺风、招广投资、元禾顺风、古玉秋创和顺信丰合签订《顺丰控股（集团）股份有限公司增资协议》，"
              "顺达丰润、顺信丰合以19.61元/股的价格认购新增股本20,000万元，其中顺达丰润以389,454.60万元认购19,860万股，"
              "顺信丰合以2,745.40万元认购140万股。")


def _claim(sentence: str, text: str, value: str, *, at: int, page: int, unit: str, kind: str, metric: str,
           subject: str | None, scale: int = 1, period: str | None = None, nth: int = 0) -> Claim:
    offset = -1
    for _ in range(nth + 1):
        offset = sentence.index(text, offset + 1)
    start = at + offset
    return Claim(DOC, f"c{start}", start, start + len(text), page, text, Decimal(value), scale, unit, kind, "=", None,
                 metric, period, None, subject, None, None, sentence)


def _document(n: int = 300_000) -> Document:
    return Document(DOC, f"{DOC}.pdf", "0" * 64, "pdf", "", "x" * n, (Page(1, 0, n),), ())


def _stake(text: str, value: str, subject: str, nth: int = 0) -> Claim:
    return _claim(SOLD, text, value, at=97_600, page=127, unit="%", kind="share", metric="股权", subject=subject,
                  nth=nth)


class TestStakeInAnotherCompany:
    def test_caption_names_the_company_whose_equity_it_is(self):
        assert equity_table_org(CONVERTED.caption) == "顺丰控股"
        assert equity_table_org("本次交易完成后，上市公司的股权结构如下：") == ""      # the author: no company named
        assert equity_table_org("（1）优质服务带来良好口碑和品牌形象") == ""

    def test_stakes_in_shangmao_are_not_cells_of_shunfeng_table(self):
        # 商贸控股's 76%, 7.5% and 100% happen to equal the 明德控股, 元禾顺风 and 合计 cells of 顺丰控股's table
        stakes = [_stake("100%", "100", "顺丰控股"), _stake("76%", "76", "明德控股"),
                  _stake("7.5%", "7.5", "嘉强顺风"), _stake("7.5%", "7.5", "元禾顺风", nth=2),
                  _stake("1.5%", "1.5", "古玉秋创")]
        assert all(other_company_stake(c, CONVERTED) for c in stakes)
        links, _ = tie_out(_document(), stakes, [CONVERTED, ENLARGED])
        assert links == []

    def test_a_stake_in_the_table_company_still_ties(self):
        held = _claim(HELD, "68.4%", "68.4", at=98_540, page=131, unit="%", kind="share", metric="顺丰控股股权",
                      subject="明德控股")
        assert not other_company_stake(held, ENLARGED)
        links, _ = tie_out(_document(), [held], [CONVERTED, ENLARGED])
        assert [(l.table_id, l.row, l.col, l.status) for l in links] == [
            ("表@p122-1", "明德控股", "股权比例（%）", "match")]


class TestSharesAreShareCapital:
    def test_a_share_count_is_share_capital_in_yuan(self):
        assert same_unit("股", "元", "顺信丰合注册资本（万元）")
        assert same_unit("股", "元", "合计实收资本（股本）")
        assert not same_unit("股", "元", "明德控股净资产")
        assert not same_unit("元", "股", "合计注册资本")

    def test_subscribed_shares_tie_to_the_subscribers_capital(self):
        shares = [_claim(SUBSCRIBED, "19,860万股", "19860", at=93_580, page=122, unit="股", kind="count", scale=10_000,
                         metric="认购", subject="顺达丰润"),
                  _claim(SUBSCRIBED, "140万股", "140", at=93_580, page=122, unit="股", kind="count", scale=10_000,
                         metric="认购", subject="顺信丰合")]
        links, _ = tie_out(_document(), shares, [CONVERTED, ENLARGED])
        assert sorted((l.claim_id, l.row, l.col) for l in links) == sorted([
            (shares[0].id, "顺达丰润", "注册资本（万元）"), (shares[1].id, "顺信丰合", "注册资本（万元）")])

    def test_share_capital_of_the_new_company_ties_to_the_total(self):
        # 股本 names the 注册资本 column (models/linker/label_aliases.v1.tsv)
        capital = _claim(CONVERTED_TO_SHARES, "1,800,000,000股", "1800000000", at=92_760, page=121, unit="股",
                         kind="count", metric="股本", subject="顺丰控股", period="2015年10月23日")
        links, _ = tie_out(_document(), [capital], [CONVERTED, ENLARGED])
        assert [(l.table_id, l.row, l.col) for l in links] == [("表@p121-1", "合计", "注册资本（万元）")]


class TestThousandsSeparator:
    def test_a_thousands_comma_does_not_end_the_clause(self):
        shares = _claim(SUBSCRIBED, "19,860万股", "19860", at=93_580, page=122, unit="股", kind="count",
                        scale=10_000, metric="认购", subject="顺达丰润")
        # the clause runs from 其中 to the figure, numbers taken out (their separators stay)
        assert claim_clause(shares) == "其中顺达丰润以,万元认购,万股"


class TestSoleShareholderOfTheSameName:
    # p74: the company's 注册资本 is its table's 合计; its one shareholder, 顺丰速运（香港）有限公司, holds all of it and reads
    # as the company's own name without its bracket (both figures linked to that shareholder's row).
    HEADER = ("序号", "股东", "注册资本（万美元）", "出资比例（%）")
    TABLE = Table(DOC, "表@p74-1", "上述增资完成后，顺丰速运有限公司的股权结构如下所示：", None, 74, 62_248, 62_400, 2, 4, HEADER, (
        Cell("顺丰速运（香港）有限公司", "注册资本（万美元）", Decimal("1250"), "1,250", "万美元", 0, 2),
        Cell("顺丰速运（香港）有限公司", "出资比例（%）", Decimal("100.00"), "100.00", "%", 0, 3),
        Cell("合计", "注册资本（万美元）", Decimal("1250"), "1,250", "万美元", 1, 2),
        Cell("合计", "出资比例（%）", Decimal("100.00"), "100.00", "%", 1, 3)), "")
    SENTENCE = ("2005年6月30日，深圳明华会计师事务所出具深明华验字【2005】第032号《验资报告》，验证截至2005年6月30日，"
                "顺丰速运有限公司注册资本为1,250万美元，累计注册资本实收金额为1,250万美元。")

    def test_the_company_s_capital_is_the_total_not_its_namesake_shareholder(self):
        capital = _claim(self.SENTENCE, "1,250万美元", "1250", at=62_100, page=74, unit="美元", kind="money",
                         metric="注册资本", subject="顺丰速运", scale=10_000)
        paid = _claim(self.SENTENCE, "1,250万美元", "1250", at=62_100, page=74, unit="美元", kind="money",
                      metric="注册资本实收金额", subject="顺丰速运", scale=10_000, nth=1)
        links, _ = tie_out(_document(), [capital, paid], [self.TABLE])
        assert [(l.row, l.col) for l in links] == [("合计", "注册资本（万美元）")] * 2
