"""Ruled PDF tables (extract/pdf/grid.py): an open-sided table, ruled with horizontals across its
full width but verticals only between inner columns, keeps its outer columns.

The rulings are those of the 鼎泰新材 restructuring plan (2016), p65, 股份公司设立时股本结构
(序号 | 股东姓名 | 持股数（股） | 持股比例（%）), as the PDF reader gives them."""
from __future__ import annotations

from extract.pdf.grid import rules_to_grids
from extract.pdf.layout import Rule

P65_RULES = [Rule(*r) for r in [
    (85, 143, 140, 144), (140, 143, 142, 144), (142, 143, 234, 144), (234, 143, 235, 144),
    (235, 143, 364, 144), (364, 143, 365, 144), (365, 143, 511, 144), (140, 123, 141, 143),
    (234, 123, 234, 143), (364, 123, 364, 143), (85, 122, 140, 123), (140, 122, 141, 123),
    (141, 122, 234, 123), (234, 122, 234, 123), (234, 122, 364, 123), (364, 122, 364, 123),
    (364, 122, 511, 123), (140, 103, 141, 122), (234, 103, 234, 122), (364, 103, 364, 122),
    (85, 102, 140, 103), (140, 102, 141, 103), (141, 102, 234, 103), (234, 102, 234, 103),
    (234, 102, 364, 103), (364, 102, 364, 103), (364, 102, 511, 103), (84, 80, 140, 82),
    (140, 82, 141, 102), (140, 80, 142, 82), (142, 80, 234, 82), (234, 82, 234, 102),
    (234, 80, 235, 82), (235, 80, 364, 82), (364, 82, 364, 102), (364, 80, 365, 82), (365, 80, 511, 82)]]


def test_open_sided_table_keeps_its_outer_columns():
    [grid] = rules_to_grids(P65_RULES)
    assert len(grid.xs) - 1 == 4                         # 序号 | 股东姓名 | 持股数 | 持股比例
    x0, _, x1, _ = grid.bbox
    assert x0 < 102 and x1 > 505                          # "序号" at x=102, "66.7300" ends at x=505
