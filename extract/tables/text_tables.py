"""Tables written as TAB-separated rows (Word documents dumped to text, tables of the PDF text).

Stages: ``find_tab_lines`` (the TAB rows under a caption, across blank lines), ``lines_to_rows``
(rows of raw cells with offsets), ``tab_to_raw`` (the ``RawTable`` the one chain of
:mod:`.stages` reads: header rows, label columns, cells).
"""
from __future__ import annotations

from ..records import RawCell, RawTable
from .captions import RULE_RE, Line, is_note, is_source


def find_tab_lines(lines: list[Line], first: int, stop: int) -> list[Line]:
    """The TAB rows starting at ``lines[first]`` (after notes), up to the first other text line."""
    rows: list[Line] = []
    for line in lines[first:stop]:
        if line.blank or RULE_RE.match(line.text):
            continue
        if "\t" in line.text:
            rows.append(line)
        elif rows or not (is_note(line.text) or is_source(line.text)):
            break
    return rows


def lines_to_rows(lines: list[Line]) -> list[list[RawCell]]:
    """Each TAB line split into raw cells with offsets (note rows and rule rows dropped)."""
    rows: list[list[RawCell]] = []
    for line in lines:
        cells, start = [], line.start
        for part in line.text.split("\t"):
            lead = len(part) - len(part.lstrip())
            text = part.strip()
            cells.append(RawCell(text, start + lead, start + lead + len(text)))
            start += len(part) + 1
        filled = [c for c in cells if c.text]
        if RULE_RE.match(line.text) or (len(filled) == 1 and is_note(filled[0].text)):
            continue
        rows.append(cells)
    width = max((len(r) for r in rows), default=0)
    return [r + [RawCell("", r[-1].end, r[-1].end)] * (width - len(r)) for r in rows]


def tab_to_raw(lines: list[Line], page: int) -> RawTable:
    """The raw grid of a TAB table (its rows padded on the right: TAB cells align from the left)."""
    rows = lines_to_rows(lines)
    return RawTable(page, lines[0].start, lines[-1].end, tuple(tuple(r) for r in rows))
