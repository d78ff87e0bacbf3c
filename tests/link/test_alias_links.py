"""A claim's word for what a table's label names otherwise (models/linker/label_aliases.v1.tsv): "限制性股票" granted
are the 股份变动情况表's "有限售条件股份". Real sentences and cells of annual_report_600201_jinyu_biotech_2020
(PDF, p48 普通股股份变动情况表, p49 限售股份变动情况 and the sentences under them)."""
from __future__ import annotations

import re
from decimal import Decimal

import pytest

from extract.link import tie_out
from extract.link.features import label_aliases, label_words, shares_words
from extract.records import Cell, Claim, Document, Page, Table
from extract.resources import load_tsv

DOC = "annual_report_600201_jinyu_biotech_2020"
HEADER = ("", "本次变动前数量", "其他", "小计", "本次变动后数量")


def _table(tid: str, caption: str, header: tuple[str, ...], rows: list[tuple[str, str, str]], *, start: int,
           page: int) -> Table:
    labels = list(dict.fromkeys(r for r, _, _ in rows))
    cells = tuple(Cell(r, c, Decimal(t.replace(",", "")), t, "股", labels.index(r), header.index(c))
                  for r, c, t in rows)
    return Table(DOC, tid, caption, None, page, start, start + 560, len(labels), len(header), header, cells, "股")


def _rows(label: str, before: str, change: str, after: str) -> list[tuple[str, str, str]]:
    return [(label, "本次变动前数量", before), (label, "其他", change), (label, "小计", change),
            (label, "本次变动后数量", after)]


# p48 (一)普通股股份变动情况表 (its percentage columns left out)
CHANGES = _table("普通股股份变动情况表", "(一)普通股股份变动情况表1、普通股股份变动情况表", HEADER,
                 _rows("一、有限售条件股份", "0", "6,279,000", "6,279,000")
                 + _rows("3、其他内资持股", "0", "6,279,000", "6,279,000")
                 + _rows("境内自然人持股", "0", "6,279,000", "6,279,000")
                 + _rows("二、无限售条件流通股份", "1,126,240,241", "-6,279,000", "1,119,961,241")
                 + _rows("三、普通股股份总数", "1,126,240,241", "0", "1,126,240,241"), start=44_122, page=48)
# p49 (二)限售股份变动情况, its 合计 line
LOCKED = _table("限售股份变动情况", "(二)限售股份变动情况", ("股东名称", "本年增加限售股数", "年末限售股数"),
                [("合计", "本年增加限售股数", "6,279,000"), ("合计", "年末限售股数", "6,279,000")],
                start=45_026, page=49)
GRANT = ("2020年10月28日，公司召开了第十届董事会第八次会议和第十届监事会第八次会议，审议通过了《关于向公司2020年限制性股票"
         "激励计划激励对象首次授予限制性股票的议案》,向激励对象首次授予限制性股票627.90万股，股份来源为公司在二级市场以集中竞价"
         "交易方式回购的股份。")
REGISTERED = "首次授予的限制性股票627.90万股于2020年11月30日完成登记，中国证券登记结算有限责任公司上海分公司向公司出具《证券变更登记证明》。"


def _claim(sentence: str, at: int, period: str) -> Claim:
    offset = sentence.index("627.90万股")
    return Claim(DOC, f"c{at + offset}", at + offset, at + offset + 8, 49, "627.90万股", Decimal("627.90"), 10_000,
                 "股", "count", "=", None, "限制性股票", period, None, None, None,
                 "(一)普通股股份变动情况表1、普通股股份变动情况表", sentence)


def _document(n: int = 166_635) -> Document:
    return Document(DOC, f"{DOC}.pdf", "0" * 64, "pdf", "", "x" * n, (Page(1, 0, n),), ())


class TestAliasFile:
    ROWS = [row for row in load_tsv("linker/label_aliases.v1.tsv") if len(row) >= 3 and row[2]]

    def test_every_row_has_a_real_example(self):
        assert self.ROWS and len(self.ROWS) == len(label_aliases())

    @pytest.mark.parametrize("row", ROWS, ids=lambda r: r[0])
    def test_example_claim_holds_the_word_and_its_row_the_label(self, row):
        word, label, example = row[:3]
        claim_text = re.search(r'"([^"]+)"', example).group(1)
        assert word in claim_text and label in label_words(claim_text).split("|")
        assert label in example.split("|", 1)[1]


class TestRestrictedShares:
    def test_granted_restricted_shares_share_words_with_the_restricted_row(self):
        grant = _claim(GRANT, 44_700, "2020年10月28日")
        # 一、有限售条件股份 | 其他: no bigram in common with the sentence's own words (限制 is not 限售)
        assert shares_words(grant, CHANGES, CHANGES.cells[1])

    def test_grant_and_registration_tie_to_the_restricted_row(self):
        grant = _claim(GRANT, 44_700, "2020年10月28日")
        registered = _claim(REGISTERED, 44_840, "2020年11月30日")
        links, _ = tie_out(_document(), [grant, registered], [CHANGES, LOCKED])
        assert {(l.claim_id, l.table_id, l.row, l.status) for l in links} == {
            (grant.id, "普通股股份变动情况表", "一、有限售条件股份", "match"),
            (registered.id, "普通股股份变动情况表", "一、有限售条件股份", "match")}


# 1,126,240,241 in 元 in the statements: (id, caption, page, start, row, columns)
CAPITAL = [
    ("表@p66-1", "合并资产负债表", 66, 58_337, "实收资本（或股本）", ("2020年12月31日", "2019年12月31日")),
    ("表@p69-1", "母公司资产负债表", 69, 61_267, "实收资本（或股本）", ("2020年12月31日",)),
    ("表@p77-1", "合并所有者权益变动表", 77, 69_075, "四、本期期末余额", ("实收资本(或股本)",)),
    ("表@p79-2", "合并所有者权益变动表", 79, 70_593, "四、本期期末余额", ("实收资本(或股本)",)),
    ("表@p82-1", "母公司所有者权益变动表", 82, 72_370, "四、本期期末余额", ("实收资本(或股本)",)),
    ("表@p83-2", "母公司所有者权益变动表", 83, 73_536, "四、本期期末余额", ("实收资本(或股本)",)),
    ("表@p117-5", "合并资产负债表", 117, 105_791, "实收资本（或股本）", ("2019年12月31日", "2020年1月1日")),
    ("表@p120-2", "母公司资产负债表", 120, 108_376, "实收资本（或股本）", ("2019年12月31日", "2020年1月1日")),
]


def _capital(tid: str, caption: str, page: int, start: int, row: str, cols: tuple[str, ...]) -> Table:
    cells = tuple(Cell(row, c, Decimal("1126240241.00"), "1,126,240,241.00", "元", 0, j + 1)
                  for j, c in enumerate(cols))
    return Table(DOC, tid, caption, None, page, start, start + 900, 1, len(cols) + 1, ("项目", *cols), cells, "元")


class TestShareCapitalTotal:
    # p85 1.公司概况: "截至2020年12月31日，本公司累计发行股本总数1,126,240,241股，注册资本为1,126,240,241元"
    SENTENCE = ("截至2020年12月31日，本公司累计发行股本总数1,126,240,241股，注册资本为1,126,240,241元，注册地：内蒙古自治区呼和"
                "浩特市经济技术开发区沙尔沁工业园区金宇大街1号")

    def test_issued_share_capital_ties_to_the_total_shares_row(self):
        offset = self.SENTENCE.index("1,126,240,241股")
        at = 75_109
        total = Claim(DOC, f"c{at}", at, at + 14, 85, "1,126,240,241股", Decimal("1126240241"), 1, "股", "count",
                      "=", None, "累计发行股本总数", "截至2020年12月31日", None, None, None, "1.公司概况",
                      self.SENTENCE)
        assert self.SENTENCE[offset:offset + 14] == total.text
        # the figure is printed in 元 in a dozen statements (实收资本（或股本）): too common to be sought beyond the
        # tables near p85 but for those whose labels the claim's words name
        statements = [_capital(*spec) for spec in CAPITAL]
        assert sum(len(t.cells) for t in statements) > 8
        links, _ = tie_out(_document(), [total], [CHANGES, LOCKED, *statements])
        assert [(l.table_id, l.row, l.value, l.status) for l in links] == [
            ("普通股股份变动情况表", "三、普通股股份总数", Decimal("1126240241"), "match")]


class TestStakeInShares:
    # restructuring plan p77 and p131: "王卫先生持有明德控股99.9%的股份" is 王卫's 出资比例 in 明德控股's share table (p77);
    # 股份 shared no word with 出资比例（%）, and neither sentence was linked
    @pytest.mark.parametrize("words", ["王卫先生持有明德控股99.9%的股份", "王卫持有顺丰控股控股股东明德控股99.9%的股份"])
    def test_a_stake_in_shares_links_to_the_holder_s_share_of_capital(self, plan, words):
        claim = next(c for c in plan.claims if c.text == "99.9%" and words in (c.sentence or ""))
        assert [(l.table_id, l.row, l.col) for l in plan.links if l.claim_id == claim.id] == [
            ("表@p77-1", "王卫", "出资比例（%）")]
