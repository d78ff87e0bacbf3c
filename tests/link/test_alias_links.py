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
