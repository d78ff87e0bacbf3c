"""Header stages of the one table chain (:mod:`.stages`): ``pad_rows`` (rows of equal width; a short
header row of periods aligned to the right) -> ``count_header_rows`` (leading rows with no number)
-> ``header_to_labels`` (one label per column from a multi-row header: a merged group cell spans
the empty cells after it, a label repeated under two groups takes its group's name, a group naming
the unit passes it on: "持股比例(%)" over "直接" -> "持股比例直接(%)").

>>> from extract.records import RawCell
>>> header_to_labels([[RawCell("获奖时间", 0, 4), RawCell("国家级", 5, 8), RawCell("", 9, 9)],
...                   [RawCell("", 10, 10), RawCell("一等奖", 11, 14), RawCell("二等奖", 15, 18)]])
('获奖时间', '一等奖', '二等奖')
"""
from __future__ import annotations

import os
from collections.abc import Sequence
from functools import lru_cache

import regex

from ..records import RawCell, RawTable
from .cells import (
    PERIOD_COL_RE,
    TOTAL_LABELS,
    cell_value,
    is_empty_mark,
    is_year_label,
    strip_label,
    without_closing_empties,
)
from .layout_context import label_to_unit

MAX_HEADER_ROWS = 4
MIN_STEM = 2                # row labels sharing this many leading characters are siblings ("境内会计师事务所…")
BRACKET_TAIL_RE = regex.compile(r"[（(][^（）()]*[)）]\s*$")


@lru_cache(maxsize=16384)          # per label or cell text: a table's labels repeat in every row and column
def is_numeric(text: str) -> bool:
    """A cell holding a number (years and "2021E" period labels are labels, not numbers)."""
    return bool(text.strip()) and not is_year_label(text) and cell_value(text)[0] is not None


def pad_rows(raw: RawTable) -> list[list[RawCell]]:
    """Rows padded to the widest row; a short header row of periods is aligned to the right."""
    width = max((len(r) for r in raw.rows), default=0)
    rows: list[list[RawCell]] = []
    spread = _two_level_rows(raw.rows, width)
    for row in ([*spread, *raw.rows[2:]] if spread else raw.rows):
        cells = list(row)
        fill = [RawCell("", cells[-1].end if cells else raw.start, cells[-1].end if cells else raw.start)]
        gap = width - len(cells)
        periods = bool(cells) and (is_year_label(cells[0].text) or bool(PERIOD_COL_RE.match(cells[0].text)))
        core = without_closing_empties(cells)
        if rows and len(core) < width and _under_merged_labels(rows[-1], core):
            rows.append(rows[-1][:width - len(core)] + core)
            continue
        rows.append(fill * gap + cells if gap and periods else cells + fill * gap)
    return rows


def two_level(header: list[RawCell], width: int) -> list[list[RawCell]] | None:
    """A header of two rows: one label over the label column, then k cells each over ``width // k`` figure columns,
    then a cell over each figure column (国家统计局's 主要数据 tables as pages copy them: 指标 | 8月 | 1—8月 over
    绝对量 | 同比增长(%) | 绝对量 | 同比增长(%)); the header rows with each upper cell over every column it spans, or None."""
    spans = len(header) - 1 - width
    if spans < 2 or width % spans or width // spans < 2:
        return None
    upper, lower = header[1:1 + spans], header[1 + spans:]
    edge = header[0].end
    return [[header[0], *(upper[k // (width // spans)] for k in range(width))], [RawCell("", edge, edge), *lower]]


def one_group(header: list[RawCell], width: int) -> list[list[RawCell]] | None:
    """A header of two rows where one upper cell spans the lower cells written after it and the cells before it are
    merged down ("年度 | 合计 | 因公出国(境)经费 | 公务接待费 | 公车购置及运行维护费" over "合计 | 车辆购置 | 车辆运行": 衢江区's
    三公 决算 table as its page saves it, one cell a line); each lower cell a total or shorter than the group's name, sharing
    two of its characters and not its ending. The header rows, or None."""
    if len(header) != width + 2:
        return None
    for g in range(len(header) - 3, 0, -1):
        group, lower = header[g], header[g + 1:]
        words = [c for c in lower if strip_label(c.text) not in TOTAL_LABELS]
        if words and all(len(set(c.text) & set(group.text)) >= 2 and len(c.text) < len(group.text) for c in words) \
                and not any(_same_ending(c.text, group.text) for c in words):
            before = header[1:g]
            edge = header[0].end
            return [[header[0], *before, *(group for _ in lower)], [RawCell("", edge, edge), *before, *lower]]
    return None


def _same_ending(a: str, b: str) -> bool:
    """Whether two header words end alike (本年制发件数, 本年废止件数: columns side by side, no group over the other)."""
    return len(a) >= 2 and len(b) >= 2 and a[-2:] == b[-2:]


def _two_level_rows(rows, width: int) -> list[list[RawCell]] | None:
    """The first two rows as a header of two levels (``two_level``) when they are one, their cells read left to right
    ("指標 | 6月 | 1—6月 | ||" over "絕對量 | 同比增長 (%) | 絕對量 | 同比增長 (%) | |" over rows of a label and four figures:
    the lower row was left-aligned under the label column, the upper cells over one column each); else None."""
    if len(rows) < 3 or len(without_closing_empties(list(rows[2]))) != width:
        return None
    upper, lower = without_closing_empties(list(rows[0])), without_closing_empties(list(rows[1]))
    if any(not c.text.strip() for c in (*upper, *lower)) or not is_header_row(lower) or len(lower) != width - 1:
        return None     # (the lower row names every figure column: not 调整前 | 调整后 under some years only)
    return two_level([*upper, *lower], width - 1)


def _under_merged_labels(above: list[RawCell], cells: list[RawCell]) -> bool:
    """"中西部地区 | 中部地区 | 1024 | 74.26%" then "西部地区 | 52 | 3.77%": a short row whose cells are, word for word and
    figure for figure, the right end of the full row above, under its leading words, leaves out the labels merged down
    from that row (a web table's rowspan); the row takes them."""
    gap = len(above) - len(cells)
    if gap <= 0 or not cells or is_numeric(cells[0].text) or not any(is_numeric(c.text) for c in cells):
        return False
    if any(not c.text.strip() or is_numeric(c.text) for c in above[:gap]):
        return False
    return [is_numeric(c.text) for c in above[gap:]] == [is_numeric(c.text) for c in cells] and \
        all(c.text.strip() for c in above[gap:])


def is_header_row(row: Sequence[RawCell]) -> bool:
    """A row with text and no numeric cell, and no "no data" mark after its first cell (规章 | / | / | / is a row of
    the body: a header names its columns)."""
    return any(c.text.strip() for c in row) and not any(is_numeric(c.text) for c in row) \
        and not any(c.text.strip() and is_empty_mark(c.text) for c in row[1:])


def count_header_rows(rows: list[list[RawCell]], limit: int = MAX_HEADER_ROWS) -> int:
    """Leading header rows (at most ``limit``, leaving at least one row); a table of words only (a
    list of names under its caption) has one header row."""
    n = 0
    while n < min(limit, len(rows) - 1) and is_header_row(rows[n]) and not (n and is_outline_row(rows[n])) \
            and not (n and opens_key_rows(rows, n)):
        n += 1
    if n and n == min(limit, len(rows) - 1) and all(is_header_row(r) or not any(c.text.strip() for c in r)
                                                    for r in rows):
        return 1
    return n


def opens_key_rows(rows: list[list[RawCell]], n: int) -> bool:
    """Row ``n`` (under a header row with an empty corner) is the first row of the body, not a second
    header row: its label shares its stem with the label of the row below, a row with figures
    ("| 现聘任" over "境内会计师事务所名称 | 致同…", "境内会计师事务所报酬 | 110")."""
    if rows[0][0].text.strip() or n + 1 >= len(rows) or is_header_row(rows[n + 1]):
        return False
    label, below = strip_label(rows[n][0].text), strip_label(rows[n + 1][0].text)
    return len(os.path.commonprefix([label, below])) >= MIN_STEM


def is_outline_row(row: Sequence[RawCell]) -> bool:
    """A row naming a group of the rows below it in its first cell only ("一、合营企业")."""
    filled = [j for j, c in enumerate(row) if c.text.strip()]
    return filled == [0] and len(row) > 2


def header_chains(rows: list[list[RawCell]]) -> list[list[str]]:
    """Per column, its label in each header row; a merged (empty) cell takes the label to its left
    while the row above still names the same group (never in the lowest row)."""
    width = len(rows[0]) if rows else 0
    chains: list[list[str]] = [[] for _ in range(width)]
    for i, row in enumerate(rows):
        last_row = i == len(rows) - 1
        for j in range(width):
            text = strip_label(row[j].text)
            same_group = j > 0 and (i == 0 or chains[j][i - 1] == chains[j - 1][i - 1])
            if not text and not last_row and same_group:
                text = chains[j - 1][i]
            chains[j].append(text)
    return chains


def header_to_labels(rows: list[list[RawCell]]) -> tuple[str, ...]:
    """One label per column: its lowest label, prefixed by the next label up while labels repeat, and
    by the label of its group when only the group names a unit ("持股比例(%)" over "直接":
    "持股比例直接(%)")."""
    chains = [[t for t in chain if t] for chain in header_chains(rows)]
    labels = [chain[-1] if chain else "" for chain in chains]
    for depth in range(2, MAX_HEADER_ROWS + 1):
        repeated = {lab for lab in labels if lab and labels.count(lab) > 1}
        if not repeated:
            break
        for j, chain in enumerate(chains):
            if labels[j] in repeated and len(chain) >= depth and chain[-depth] not in labels[j]:
                labels[j] = chain[-depth] + labels[j]
    for j, chain in enumerate(chains):      # "持股比例(%)" over "直接 | 间接": the group's unit
        group = next((up for up in reversed(chain[:-1]) if label_to_unit(up)), "")
        tail = BRACKET_TAIL_RE.search(group)
        if group and tail and not label_to_unit(labels[j]) and group not in labels[j]:
            labels[j] = group[:tail.start()] + labels[j] + tail.group()    # "持股比例直接(%)"
    return tuple(labels)
