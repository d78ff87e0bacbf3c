"""Tables: captioned tables of the document and the PDF/DOCX layout tables, as cells with row/column labels.

Every source yields a ``RawTable`` (a grid of raw cells) and one chain of named stages turns it into
a ``Table`` (:mod:`.stages`: ``pad_rows`` -> ``count_header_rows`` -> ``header_to_labels`` ->
``find_label_columns`` -> ``body_to_cells``; ``tieout tables FILE --debug`` shows each stage):

- captioned TAB text: ``find_captions`` -> ``find_tab_lines`` -> ``tab_to_raw``;
- captioned flattened PDF text: ``find_flat_body`` -> ``body_to_raw`` (lines of space-separated
  cells, or one cell per line: ``find_cell_run`` -> ``run_to_shape`` in ``flat_cells``);
- uncaptioned TAB or Markdown rows of a text: ``find_cell_runs`` (merged cells written once placed by
  ``written_once.rebuild``); a web table's cells one at a time, each closed by its bar: ``find_stream_runs`` ->
  ``cells_to_blocks`` -> ``block_to_grid`` in ``cell_stream``;
- PDF/DOCX layout tables of the readers: ``layout_tables.find_layout_tables``.

A caption without a body (an image table) still becomes a ``Table`` with ``present=False``; a table
with no cells says why in ``reason`` (no body, or a body whose rows could not be rebuilt).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace


from ..records import Document, RawTable, Table
from .captions import (Caption, Line, find_captions, find_inline_source, is_source,
                       next_nonblank, source_text, text_to_lines)
from .cells import parse_cell_value
from .flat_tables import FlatBody, body_to_raw, find_flat_body, headed_runs, is_data_line
from .flat_tokens import line_to_tokens
from .layout_context import TableContext, find_context
from .layout_tables import find_layout_tables, position_id, raw_to_table, stages_to_table
from .stages import CAPTIONED, REBUILT, TEXT_RUNS, TableStages, raw_to_stages
from .cell_stream import block_to_raw, find_stream_runs, run_to_blocks
from .text_tables import (find_cell_runs, find_tab_lines, is_cell_row, is_contents, is_rectangular, split_cells,
                          tab_to_raw)
from .units import note_units, read_unit_note
from .written_once import rebuild

__all__ = ["find_tables", "find_captions", "parse_cell_value", "caption_to_table", "raw_to_table"]

# "单位：万元" / "（单位：人）" 说明行。
SOURCE_WINDOW = 3
MAX_TITLE_CHARS = 40        # a line above an uncaptioned header this short, and no row of figures, is its title
NO_BODY = ("no body between the caption and the next caption (an image table, or a layout the "
           "finders do not read)")
NO_CELLS = "a body was found but no cell was read from it"
COVERED = "covered by a captioned table"
STREAM = "find_stream_runs"
NO_STREAM_ROWS = ("cells printed one at a time with their bars, but no header with a label over each column of "
                  "figures, nor a known form's, was found before them")


def find_tables(document: Document) -> list[Table]:
    """Every table of the document: captioned tables in the text (TAB text tables and flattened
    PDF-text tables) first, then the PDF/DOCX layout tables no captioned table already covers."""
    lines = text_to_lines(document.text)
    captions = find_captions(document.text)
    tables: list[Table] = []
    claimed: set[int] = set()
    for k, caption in enumerate(captions):
        stop = captions[k + 1].first_line if k + 1 < len(captions) else len(lines)
        table = caption_to_table(document, lines, caption, stop, claimed)
        tables.append(table)
    covered = [(t.char_start, t.char_end) for t in tables if t.present]
    if document.format == "txt":       # a PDF's or DOCX's grids are its layout tables
        tables += uncaptioned_text_tables(document, lines, covered, {t.id for t in tables})
        covered = [(t.char_start, t.char_end) for t in tables if t.present]
        tables += [read.table for _caption, read in headed_reads(document, lines, claimed, {t.id for t in tables},
                                                                 covered)]
        covered = [(t.char_start, t.char_end) for t in tables if t.present]
    return tables + find_layout_tables(document, covered, frozenset(t.id for t in tables))


def _covered(run: list[Line], covered: Sequence[tuple[int, int]]) -> bool:
    """Whether a run of lines overlaps a table already read."""
    return any(start < run[-1].end and run[0].start < end for start, end in covered)


def run_skip_reason(run: list[Line], covered: list[tuple[int, int]], placed: bool = True) -> str:
    """Why a run of TAB or Markdown rows is no uncaptioned table ("" when it may be one). ``placed``: its
    cells stand in a grid (every row as wide, or merged cells a known header form placed)."""
    if _covered(run, covered):
        return COVERED
    if not placed:
        return "rows of different widths: merged cells written once, in no header form known to place them by"
    if is_contents(run):
        return "a table of contents"
    return ""


@dataclass(frozen=True, slots=True)
class UncaptionedRun:
    """One run of TAB or Markdown rows no caption claims, read as layout tables are: its raw grid and stages (None
    when skipped before them), its ordinal among its page's readable runs, and why it is no table ("" when it is)."""

    run: list[Line]
    page: int
    index: int
    raw: RawTable | None
    stages: TableStages | None
    reason: str
    finder: str = "find_cell_runs"      # the stage that found the run: TAB/Markdown rows, or cells one at a time


def _short_last_row(run: list[Line]) -> str:
    """How to read a run whose last row holds fewer cells than the row above it, where the rest of the run is a grid
    of its own: "pad" where the rest is rectangular and the row holds as many filled cells as the row above, having
    only lost its filler bars ("收入总计 | 83593 | 88613 |" under "其中:上年结转 | 1155 | 1195 | |||"), else "cut": the
    text ends inside the row ("7.属于行政执法案卷 | 0 | 0 | 0 | 0 | 0 | 0 |" under rows of eight); "" otherwise."""
    if len(run) < 3 or len(split_cells(run[-1])) >= len(split_cells(run[-2])):
        return ""
    rest = run[:-1]
    rectangular = is_rectangular(rest)
    if not (rectangular or rebuild(rest) is not None):
        return ""
    above, last = (sum(1 for c in split_cells(line) if c.text) for line in run[-2:])
    return "pad" if rectangular and last >= above else "cut"


def uncaptioned_runs(document: Document, lines: list[Line], covered: list[tuple[int, int]]) -> list[UncaptionedRun]:
    """Every run of cell rows of a plain text, read or skipped (``find_tables`` and ``tieout tables --debug`` alike)."""
    out: list[UncaptionedRun] = []
    counts: dict[int, int] = {}
    for run in find_cell_runs(lines):
        page = document.page_at(run[0].start)
        # a known form's header written once is placed by it even when filler bars made every row as wide
        # ("申请人情况 | ||||||||" over "自然人 | 法人或其他组织 | 总计 | |||||||": the columns were shifted)
        grid = rebuild(run)
        rectangular = grid is None and is_rectangular(run)
        short = "" if rectangular or grid is not None else _short_last_row(run)
        if short == "pad":
            rectangular = True      # tab_to_raw pads the row
        elif short:
            run = run[:-1]      # the text ends inside the table's last row: the rows above it are the table
            grid = rebuild(run)
            rectangular = grid is None and is_rectangular(run)
        reason = run_skip_reason(run, covered, rectangular or grid is not None)
        if reason:
            out.append(UncaptionedRun(run, page, 0, None, None, reason))
            continue
        counts[page] = counts.get(page, 0) + 1
        raw = tab_to_raw(run, page) if grid is None else \
            RawTable(page, run[0].start, run[-1].end, tuple(tuple(row) for row in grid))
        st = raw_to_stages(raw, find_context(document, raw), TEXT_RUNS)
        caption = (st.context.caption or "").rstrip(" |") if st.context is not None else ""
        # a table of contents ("目录", "图表目录": titles and their pages) holds no figures
        reason = st.reason or ("a table of contents" if caption.endswith("目录") else "")
        out.append(UncaptionedRun(run, page, counts[page], raw, st, reason))
    for run in find_stream_runs(lines):
        page = document.page_at(run[0].start)
        if _covered(run, covered):
            out.append(UncaptionedRun(run, page, 0, None, None, COVERED, STREAM))
            continue
        blocks = run_to_blocks(run)
        if not blocks:
            out.append(UncaptionedRun(run, page, 0, None, None, NO_STREAM_ROWS, STREAM))
        left = None
        for block in blocks:
            raw = block_to_raw(block, page)
            counts[page] = counts.get(page, 0) + 1
            context = find_context(document, raw)
            if block.caption is not None:       # the part's own caption, not the figures above it
                context = replace(context, label=None, caption=block.caption.text, name="")
            elif left is not None and raw.start < left[0].end:
                context = replace(left[1], label=None, name="")     # the right one of two tables side by side: the
                # left one's caption and unit (the cells above it are the left one's)
            left = (raw, context)
            st = raw_to_stages(raw, context, TEXT_RUNS)
            out.append(UncaptionedRun(run, page, counts[page], raw, st, st.reason or "", STREAM))
    return out


def uncaptioned_text_tables(document: Document, lines: list[Line], covered: list[tuple[int, int]],
                            ids: set[str]) -> list[Table]:
    """Runs of TAB or Markdown rows no caption claims, read as layout tables are (their context from the text above
    them, junk and tables of words dropped), each by its place unless a label above names it."""
    out: list[Table] = []
    for read in uncaptioned_runs(document, lines, covered):
        table = stages_to_table(document, read.raw, read.index, read.stages) if not read.reason else None
        if table is None:
            continue
        if table.id in ids:
            table = replace(table, id=position_id(read.raw, read.index))
        ids.add(table.id)
        out.append(table)
    return out


def headed_reads(document: Document, lines: list[Line], claimed: set[int], ids: set[str],
                 covered: Sequence[tuple[int, int]] = ()) -> list[tuple[Caption, "CaptionedStages"]]:
    """Runs of space-separated rows under a header line no caption claims, read as a captioned body is (the line
    above, past a unit note, is their title unless it holds figures; their id is their place): each with the caption
    made for it and its stages (``find_tables`` and ``tieout tables --debug`` alike)."""
    out: list[tuple[Caption, CaptionedStages]] = []
    for header, end in headed_runs(lines, claimed):
        if any(is_cell_row(lines[k].text) for k in range(header, end)) or \
                any(start < lines[end - 1].end and lines[header].start < stop for start, stop in covered):
            continue        # TAB or Markdown rows: read as uncaptioned runs are
        above = next((k for k in range(header - 1, max(-1, header - 3), -1)
                      if not lines[k].blank and not any(read_unit_note(lines[k].text))), None)
        titled = above is not None and len(lines[above].text.strip()) <= MAX_TITLE_CHARS and \
            not is_data_line(line_to_tokens(lines[above]))
        first = max(above if above is not None else header - 1, 0)     # the caption's line, above any unit note
        page = document.page_at(lines[header].start)
        k = 1
        while f"表@p{page}-{k}" in ids:
            k += 1
        caption = Caption(f"表@p{page}-{k}", lines[above].text.strip() if titled else "", lines[first].start,
                          lines[first].end, first, first)
        read = caption_stages(document, lines, caption, end, claimed)
        if read.table.present and read.table.cells:
            ids.add(read.table.id)
            out.append((caption, read))
    return out


def caption_to_table(document: Document, lines: list[Line], caption: Caption, stop: int,
                     claimed: set[int] | None = None) -> Table:
    """The table under one caption; ``stop`` is the line of the next caption."""
    return caption_stages(document, lines, caption, stop, claimed).table


@dataclass(frozen=True, slots=True)
class CaptionedStages:
    """How a captioned table was read: where its body came from, the stages of its raw grid, the table."""

    source: str                              # "text" (TAB rows), "flat" (flattened text), "image" (none)
    body: FlatBody | None
    raw: RawTable | None
    stages: TableStages | None
    table: Table


def caption_stages(document: Document, lines: list[Line], caption: Caption, stop: int,
                   claimed: set[int] | None = None) -> CaptionedStages:
    """The body under a caption as a ``RawTable`` (TAB rows, else a flattened body rebuilt into
    rows, else cells written one at a time: ``stream_grid``), run through the one chain of stages; a caption with no
    body or no cells says why."""
    claimed = set() if claimed is None else claimed
    first = caption.last_line + 1
    page = document.page_at(caption.start)
    tab = find_tab_lines(lines, first, stop)
    reason, settings = None, CAPTIONED
    body = None if tab else find_flat_body(lines, first, stop, claimed)
    stream = None if tab or body else stream_grid(lines[first:stop], page)
    if tab:
        source, raw, last = "text", tab_to_raw(tab, page), tab[-1].index
    elif stream is not None:         # its cells one at a time, one per line or each closed by its bar
        (raw, last), source = stream, "stream"
        claimed.update(range(first, last + 1))
    else:
        source, reason, settings = ("flat" if body else "image"), (body.reason if body else NO_BODY), REBUILT
        raw, last = (body_to_raw(body, page), body.lines[-1].index) if body else (None, caption.last_line)
        if body:
            claimed.update(line.index for line in body.lines)
    units, label_units = read_unit_note(find_unit_note(lines, first, stop))
    units = units or (() if label_units else note_units(caption.title))
    unit = units[0] if units else ""
    source_note = find_source(lines, caption, last, stop)
    context = TableContext(caption.label, caption.title, unit, caption.start, units=units, label_units=label_units)
    stages = raw_to_stages(raw, context, settings) if raw is not None and raw.rows else None
    table = stages_to_captioned(document, caption, stages, lines[last].end, unit, source_note, reason)
    return CaptionedStages(source, body, raw, stages, table)


def stream_grid(lines: list[Line], page: int) -> tuple[RawTable, int] | None:
    """The first block of cells written one at a time right under a caption (its first run of them starting within
    two lines of it) as a raw grid, and the index of its last line; None when there is none."""
    runs = find_stream_runs(lines)
    if not runs or runs[0][0] not in [line for line in lines if not line.blank][:2]:
        return None
    run = runs[0]
    blocks = run_to_blocks(run, corner=True)
    if not blocks:
        return None
    raw = block_to_raw(blocks[0], page)
    return raw, max(line.index for line in run if line.start < raw.end)


def stages_to_captioned(document: Document, caption: Caption, st: TableStages | None, end: int, unit: str,
                        source: str | None, reason: str | None = None) -> Table:
    """The ``Table`` record of a caption and its stages (``st`` None: no body, no cells; ``reason``
    says why a table has no cells)."""
    page = document.page_at(caption.start)
    if st is None or not st.n_rows:
        return Table(document.doc_id, caption.label, caption.title, source, page, caption.start, caption.end,
                     0, 0, (), (), unit, False, reason or NO_CELLS)
    end = max([end] + [c.char_end for c in st.cells if c.char_end is not None])
    return Table(document.doc_id, caption.label, caption.title, source, page, caption.start, end,
                 st.n_rows, len(st.header), st.header, st.cells, st.unit, True,
                 st.note or (None if st.cells else NO_CELLS))


def find_unit_note(lines: list[Line], first: int, stop: int) -> str:
    """The "单位：万元" / "单位：万元，%" / "单位：人数（人），比例（%）" note right under the caption, or ""."""
    for i in range(first, min(stop, first + 4)):
        text = lines[i].text
        if len(text.strip()) <= 30 and any(read_unit_note(text)):
            return text
    return ""


def find_source(lines: list[Line], caption: Caption, last: int, stop: int) -> str | None:
    """The data-source note of a table: after its body, right after its caption, or before it."""
    for start, end in ((last + 1, min(stop, last + 1 + SOURCE_WINDOW)),
                       (caption.last_line + 1, min(stop, caption.last_line + 1 + SOURCE_WINDOW))):
        j = next_nonblank(lines, start, end)
        if j is not None and is_source(lines[j].text):
            return source_text(lines[j].text)
    return find_source_before(lines, caption)


def find_source_before(lines: list[Line], caption: Caption) -> str | None:
    """A source note or "（数据来源…）" remark on the line just before the caption, or None; a source note
    right under another table's last row is that table's ("资料来源：Wind…" closing 资产负债表 over 表22)."""
    for j in range(caption.first_line - 1, max(-1, caption.first_line - SOURCE_WINDOW - 1), -1):
        if lines[j].blank:
            continue
        if is_source(lines[j].text):
            above = next((lines[k] for k in range(j - 1, -1, -1) if not lines[k].blank), None)
            return None if above is not None and "\t" in above.text else source_text(lines[j].text)
        return find_inline_source(lines[j].text)
    return None
