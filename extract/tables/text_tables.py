"""Tables written as TAB-separated rows (Word documents dumped to text, tables of the PDF text).

Stages: ``find_tab_lines`` (the TAB rows under a caption, across blank lines), ``lines_to_rows``
(rows of raw cells with offsets), ``tab_to_raw`` (the ``RawTable`` the one chain of
:mod:`.stages` reads: header rows, label columns, cells).
"""
from __future__ import annotations

from ..records import RawCell, RawTable
from ..text.lines import is_markdown_row
from .captions import RULE_RE, Line, is_note, is_source


def is_cell_row(text: str) -> bool:
    """A line of cells: TAB-separated, or a Markdown table row (``text.lines.is_markdown_row``)."""
    return "\t" in text or is_markdown_row(text)


def _separator(text: str) -> str:
    return "\t" if "\t" in text else "|"


def find_tab_lines(lines: list[Line], first: int, stop: int) -> list[Line]:
    """The TAB rows starting at ``lines[first]`` (after notes), up to the first other text line."""
    rows: list[Line] = []
    for line in lines[first:stop]:
        if line.blank or RULE_RE.match(line.text):
            continue
        if is_cell_row(line.text):
            rows.append(line)
        elif rows or not (is_note(line.text) or is_source(line.text)):
            break
    return rows


def split_cells(line: Line) -> list[RawCell]:
    """One TAB or Markdown line's cells with their offsets ("| a | b |": the outer bars open and close the row)."""
    cells, start = [], line.start
    sep = _separator(line.text)
    parts = line.text.split(sep)
    if sep == "|":
        if not parts[0].strip():
            start += len(parts[0]) + 1
            parts = parts[1:]
        if parts and not parts[-1].strip():
            parts = parts[:-1]
    for part in parts:
        lead = len(part) - len(part.lstrip())
        text = part.strip()
        cells.append(RawCell(text, start + lead, start + lead + len(text)))
        start += len(part) + 1
    return cells


def is_rectangular(lines: list[Line]) -> bool:
    """Every line has as many cells: a grid whose merged cells, if any, were written out (a grid that lost them,
    header rows shorter than its body, cannot be placed without a caption's table to go by)."""
    return len({len(split_cells(line)) for line in lines}) == 1


def is_contents(lines: list[Line]) -> bool:
    """A table of contents: titles, each with the page it starts on, the pages in order ("表 1-1 …\t3",
    "附表 1: …\t64")."""
    rows = [split_cells(line) for line in lines]
    if any(len(r) != 2 or not r[1].text.isdigit() for r in rows):
        return False
    pages = [int(r[1].text) for r in rows]
    return pages == sorted(pages)


def lines_to_rows(lines: list[Line]) -> list[list[RawCell]]:
    """Each TAB (or Markdown) line split into raw cells with offsets (note rows and rule rows dropped)."""
    rows: list[list[RawCell]] = []
    for line in lines:
        cells = split_cells(line)
        filled = [c for c in cells if c.text]
        if RULE_RE.match(line.text) or (len(filled) == 1 and is_note(filled[0].text)):
            continue
        rows.append(cells)
    width = max((len(r) for r in rows), default=0)
    return [r + [RawCell("", r[-1].end, r[-1].end)] * (width - len(r)) for r in rows]


def find_cell_runs(lines: list[Line]) -> list[list[Line]]:
    """Runs of two or more lines of cells (blank lines between them allowed): the tables a text prints without a
    caption ("二、主动公开政府信息情况" then "信息内容 | 本年制发件数 | …"); a caption's own body is one of them."""
    runs: list[list[Line]] = []
    run: list[Line] = []
    for line in lines:
        if line.blank:
            continue
        if is_cell_row(line.text) or (run and RULE_RE.match(line.text)):
            run.append(line)
            continue
        if len(run) >= 2:
            runs.append(run)
        run = []
    if len(run) >= 2:
        runs.append(run)
    return [[line for line in r if not RULE_RE.match(line.text)] for r in runs]


def tab_to_raw(lines: list[Line], page: int) -> RawTable:
    """The raw grid of a TAB table (its rows padded on the right: TAB cells align from the left)."""
    rows = lines_to_rows(lines)
    return RawTable(page, lines[0].start, lines[-1].end, tuple(tuple(r) for r in rows))
