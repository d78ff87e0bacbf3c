"""Each table's way through the table stages, for ``tieout tables FILE --debug`` (pure: returns
records and lines, prints nothing).

Every table shows the same chain of :mod:`.stages` (``pad_rows``, ``count_header_rows``,
``header_to_labels``, ``find_label_columns``, ``find_context``, ``body_to_cells``) after the stages
that built its raw grid: captioned tables in the text ``caption`` -> ``tab_to_raw`` (TAB rows) or
``find_flat_body`` -> ``body_to_raw`` (flattened PDF text; one cell per line: ``find_cell_run`` ->
``run_to_shape``); uncaptioned TAB or Markdown rows of a text ``find_cell_runs``; layout tables of the PDF/DOCX
readers ``group_continued`` -> ``merge_raws``. A
caption with no cells, or a raw table that becomes no table, says why (no body, covered by a
captioned table, not a statistical table).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..records import Document, Table
from . import CaptionedStages, caption_stages, headed_reads, uncaptioned_runs
from .captions import Caption, find_captions, text_to_lines
from .layout_tables import group_parts, layout_stages, merge_raws, stages_to_table
from .stages import TableStages

PREVIEW_ROWS = 4
PREVIEW_CHARS = 100


@dataclass(frozen=True, slots=True)
class TableTrace:
    """One table candidate: where it came from, what each stage made of it, and the table (or why
    there is none)."""

    source: str                              # "text", "flat", "image" (caption, no body), "layout"
    page: int
    start: int
    table: Table | None
    stages: tuple[tuple[str, str], ...]
    reason: str = ""


def _short(text: str, limit: int = PREVIEW_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def stage_lines(st: TableStages) -> list[tuple[str, str]]:
    """The named stages of the one chain (``stages.raw_to_stages``), one line each."""
    width = len(st.rows[0]) if st.rows else 0
    numeric = sum(1 for c in st.cells if c.value is not None)
    out = [("pad_rows", f"{len(st.rows)} x {width}: " + " / ".join(
               _short(" | ".join(c.text for c in row), 60) for row in st.rows[:PREVIEW_ROWS])),
           ("count_header_rows", str(st.n_header)),
           ("header_to_labels", str(list(st.header))),
           ("find_label_columns", str(list(st.label_cols)))]
    if st.context is not None:
        out.append(("find_context", (f"label {st.context.label or '-'}, caption {st.context.caption!r}, "
                                     f"unit {st.context.unit or '-'}")))
    out.append(("body_to_cells", f"{len(st.cells)} cells ({numeric} numeric) in {st.n_rows} rows, unit {st.unit or '-'}"))
    return out


def trace_captioned(document: Document, claimed: set[int] | None = None) -> list[TableTrace]:
    """The captioned tables of the text, stage by stage (``claimed``: filled with the lines their bodies take)."""
    lines = text_to_lines(document.text)
    captions = find_captions(document.text)
    claimed = set() if claimed is None else claimed
    out = []
    for k, caption in enumerate(captions):
        stop = captions[k + 1].first_line if k + 1 < len(captions) else len(lines)
        out.append(_read_trace(caption, caption_stages(document, lines, caption, stop, claimed)))
    return out


def _read_trace(caption: Caption, read: CaptionedStages, made: str = "caption") -> TableTrace:
    """How a caption's body (or a header line's run, ``made`` "header_line") went through the stages."""
    stages = [(made, f"{caption.label} {caption.title} (lines {caption.first_line}-{caption.last_line})")]
    if read.source == "text" and read.raw is not None:
        stages.append(("tab_to_raw", f"{len(read.raw.rows)} TAB rows"))
    elif read.body is None:
        stages.append(("find_flat_body", "no body"))
    else:
        stages.append(("find_flat_body", f"{len(read.body.lines)} lines"))
        if read.body.cells is not None:
            stages += [("find_cell_run", (f"one cell per line, lines {read.body.lines[0].index}-"
                                          f"{read.body.lines[-1].index}")),
                       ("run_to_shape", read.body.cells.shape)]
        if read.raw is not None:
            stages.append(("body_to_raw", f"{len(read.raw.rows)} rows"))
    if read.stages is not None:
        stages += stage_lines(read.stages)
    table = read.table
    return TableTrace(read.source, table.page, table.char_start, table, tuple(stages), table.reason or "")


def trace_headed(document: Document, claimed: set[int], ids: set[str],
                 covered: Sequence[tuple[int, int, str]] = ()) -> list[TableTrace]:
    """The runs of space-separated rows under a header line no caption claims (``find_tables`` reads them as
    captioned bodies), stage by stage."""
    if document.format != "txt":
        return []
    return [_read_trace(caption, read, "header_line")
            for caption, read in headed_reads(document, text_to_lines(document.text), claimed, ids,
                                              [(start, end) for start, end, _tid in covered])]


def trace_layout(document: Document, covered: Sequence[tuple[int, int, str]] = ()) -> list[TableTrace]:
    """The raw layout tables of a PDF/DOCX document, stage by stage (``covered``: spans and ids of
    captioned tables already read from the text)."""
    out = []
    for index, parts, joins in group_parts(document):
        raw = merge_raws(parts, joins)
        pages = sorted({p.page for p in parts})
        groups = sum(len(rows) for rows in joins)
        stages = [("group_continued", f"pages {pages}, {len(parts)} part(s)" + (f", {groups} group line(s)" if groups else "")),
                  ("merge_raws", f"{len(raw.rows)} rows")]
        over = next((tid for start, end, tid in covered if start < raw.end and raw.start < end), None)
        if over is not None:
            out.append(TableTrace("layout", raw.page, raw.start, None, tuple(stages),
                                  f"covered by the captioned table {over}"))
            continue
        st = layout_stages(document, raw)
        stages += stage_lines(st)
        table = stages_to_table(document, raw, index, st)
        out.append(TableTrace("layout", raw.page, raw.start, table, tuple(stages), st.reason))
    return out


def trace_uncaptioned(document: Document, covered: Sequence[tuple[int, int, str]] = ()) -> list[TableTrace]:
    """The runs of TAB or Markdown rows of a text no caption claims, stage by stage (``find_tables`` reads them as
    its layout tables are read; a table of contents or a table of words becomes none)."""
    if document.format != "txt":
        return []
    out = []
    spans = [(start, end) for start, end, _tid in covered]
    for read in uncaptioned_runs(document, text_to_lines(document.text), spans):
        stages = [(read.finder, f"{len(read.run)} rows, lines {read.run[0].index}-{read.run[-1].index}")]
        stages += stage_lines(read.stages) if read.stages is not None else []
        table = stages_to_table(document, read.raw, read.index, read.stages) if not read.reason else None
        out.append(TableTrace("text", read.page, read.run[0].start, table, tuple(stages), read.reason))
    return out


def trace_tables(document: Document) -> list[TableTrace]:
    """Every table candidate of the document, captioned ones first, as ``find_tables`` reads them."""
    claimed: set[int] = set()
    captioned = trace_captioned(document, claimed)
    covered = [(t.table.char_start, t.table.char_end, t.table.id) for t in captioned
               if t.table is not None and t.table.present]
    uncaptioned = trace_uncaptioned(document, covered)
    covered += [(t.table.char_start, t.table.char_end, t.table.id) for t in uncaptioned if t.table is not None]
    headed = trace_headed(document, claimed, {t.table.id for t in captioned + uncaptioned if t.table is not None},
                          covered)
    covered += [(t.table.char_start, t.table.char_end, t.table.id) for t in headed if t.table is not None]
    return captioned + uncaptioned + headed + trace_layout(document, covered)


def table_lines(table: Table) -> list[str]:
    """A table as text: its id, caption, unit and size, then one line per row of cells."""
    out = [(f"{table.id}  p{table.page}  {table.caption}  [unit {table.unit or '-'}; "
           f"{table.n_rows} rows x {table.n_cols} cols{'' if table.present else '; no body'}]"),
           "  header: " + " | ".join(table.header)]
    rows: dict[int | None, list[str]] = {}
    labels: dict[int | None, str] = {}
    for c in table.cells:
        value = "" if c.value is None else f"={c.value}{c.unit and ' ' + c.unit}"
        rows.setdefault(c.row_index, []).append(f"{c.col or '∅'}{value}" if c.value is not None else
                                                f"{c.col or '∅'}:{_short(c.text, 30)}")
        labels[c.row_index] = c.row
    for key, cells in rows.items():
        out.append(f"  {labels[key] or '∅'}: " + "; ".join(cells))
    return out


def trace_lines(trace: TableTrace) -> list[str]:
    """A trace as text: the table (or why none), then each stage's output."""
    head = table_lines(trace.table) if trace.table is not None else \
        [f"(no table)  p{trace.page}  char {trace.start}  [{trace.source}]"]
    out = [head[0] + f"  <{trace.source}>"] + head[1:]
    if trace.reason:
        out.append(f"  reason: {trace.reason}")
    out.extend(f"  · {name}: {_short(text, 160)}" for name, text in trace.stages)
    return out
