"""Layout tables: the ``RawTable`` grids of the PDF and DOCX readers as ``Table`` records.

Stages: ``find_layout_tables`` (every raw table) -> ``group_continued`` (a table continued on the
next page joined to its first part) -> ``merge_raws`` -> ``find_context`` (caption, id and unit note
from the lines just above) -> the one chain of :mod:`.stages` (``layout_stages``) ->
``stages_to_table``.

Ids: a numbered caption just above the table gives its label ("表7-2"); else the numbered heading
right above it names it, enumerator removed ("(1).研发投入情况表" -> "研发投入情况表";
:mod:`.names`); a table nothing names, or whose name an earlier table took, is ``"表@p{page}-{n}"``:
the ``n``-th (1-based) raw table the reader found on page ``page``, in reading order (a table
continued on later pages keeps the id of its first part). All are unique in a document and stable
across re-runs of the same reader.
"""
from __future__ import annotations

import itertools
import math
from collections.abc import Sequence
from dataclasses import replace

from ..records import Document, RawCell, RawTable, Table
from .cells import cell_value, is_empty_mark, strip_label
from .layout_context import find_context, find_source_after
from .names import CONTINUED_RE
from .grid_header import is_header_row
from .stages import LAYOUT, TableStages, raw_to_stages


def layout_stages(document: Document, raw: RawTable) -> TableStages:
    """Every stage of one raw layout table (its context read from the text above it)."""
    return raw_to_stages(raw, find_context(document, raw), LAYOUT)


def raw_to_table(document: Document, raw: RawTable, index: int) -> Table | None:
    """The ``Table`` of one raw layout table (``index``: its 1-based ordinal on its page), or None
    for junk: fewer than two rows, no data row or too few numeric cells."""
    return stages_to_table(document, raw, index, layout_stages(document, raw))


def stages_to_table(document: Document, raw: RawTable, index: int, st: TableStages) -> Table | None:
    """The ``Table`` record of a raw table's stages (None when ``st.reason`` says it is none)."""
    if st.reason or st.context is None:
        return None
    table_id = st.context.label or st.context.name or position_id(raw, index)
    return Table(document.doc_id, table_id, st.context.caption, find_source_after(document, raw), raw.page,
                 min(st.context.start, raw.start), raw.end, st.n_rows, len(st.header),
                 st.header, st.cells, st.unit, True, st.note or None)


def position_id(raw: RawTable, index: int) -> str:
    """The id of a table by its place: the ``index``-th raw table of its first page."""
    return f"表@p{raw.page}-{index}"


def is_continuation(document: Document, first: RawTable, nxt: RawTable) -> bool:
    """``nxt`` continues ``first`` on the next page: only blank text or a "续表" line between them,
    and the same width without a header of its own, a repeated header, or a group row ending ``first``."""
    if nxt.page != first.page + 1 or not first.rows or not nxt.rows:
        return False
    between = [line for line in document.text[first.end:nxt.start].split("\n") if line.strip()]
    if any(not CONTINUED_RE.match(line) for line in between):
        return False
    if between:
        return True
    width_first, width_next = max(len(r) for r in first.rows), max(len(r) for r in nxt.rows)
    head = [c.text for c in nxt.rows[0]]
    if head == [c.text for c in first.rows[0]] or repeats_header_block(first, nxt):
        return True
    ends_open = is_header_row(first.rows[-1])       # a table does not end on a header or group row
    narrower = width_next < width_first and len(nxt.rows[0]) == width_next   # empty columns dropped
    return ends_open or ((width_first == width_next or narrower) and not is_header_row(nxt.rows[0]))


def repeats_header_block(first: RawTable, nxt: RawTable) -> bool:
    """``nxt`` opens with a header row of ``first`` again, its first cell aside (a new block:
    "分地区 | 营业收入 | 营业成本 …" after "分行业 | 营业收入 | 营业成本 …")."""
    heads = [[strip_label(c.text) for c in row[1:]] for row in first.rows if is_header_row(row) and len(row) > 2]
    return any([strip_label(c.text) for c in row[1:]] in heads for row in nxt.rows[:2]
               if is_header_row(row) and len(row) > 2 and sum(1 for c in row[1:] if c.text.strip()) >= 2)


def merge_raws(parts: Sequence[RawTable]) -> RawTable:
    """One raw table of a table's parts (a header repeated on a later page dropped; a part whose
    empty columns the page dropped realigned to the first part's columns)."""
    rows = list(parts[0].rows)
    width = max(len(r) for r in rows)
    for part in parts[1:]:
        same_head = [c.text for c in part.rows[0]] == [c.text for c in parts[0].rows[0]]
        more = list(part.rows[1:] if same_head else part.rows)
        if more and max(len(r) for r in more) < width:
            more = align_part(rows, more, width)
        rows.extend(more)
    return RawTable(parts[0].page, parts[0].start, parts[-1].end, tuple(rows), parts[0].bbox, parts[0].columns)


def column_profile(rows: Sequence[Sequence[RawCell]], j: int) -> tuple[float, float | None, float]:
    """(share of numeric cells among the filled, mean log10 magnitude of the numbers, share empty)."""
    texts = [r[j].text.strip() if j < len(r) else "" for r in rows]
    filled = [t for t in texts if t and not is_empty_mark(t)]
    numbers = [abs(v) for t in filled if (v := cell_value(t)[0]) is not None]
    magnitude = sum(math.log10(float(v) + 1) for v in numbers) / len(numbers) if numbers else None
    return len(numbers) / max(1, len(filled)), magnitude, 1 - len(filled) / max(1, len(texts))


def align_part(above: Sequence[Sequence[RawCell]], part: list[tuple[RawCell, ...]],
               width: int) -> list[tuple[RawCell, ...]]:
    """The rows of a narrower continued part with empty cells put back where the page dropped whole
    empty columns: the columns chosen so each part column looks like the column above it (numeric
    share, magnitude) and the columns put back are the ones mostly empty above."""
    narrow = max(len(r) for r in part)
    missing = width - narrow
    if missing > 3 or any(len(r) != narrow for r in part):
        return part
    body = [r for r in above if not is_header_row(r)] or list(above)
    first = [column_profile(body, j) for j in range(width)]
    second = [column_profile(part, j) for j in range(narrow)]

    def cost(inserted: tuple[int, ...]) -> float:
        kept = [j for j in range(width) if j not in inserted]
        total = sum(1 - first[j][2] for j in inserted)
        for (share, mag, _), j in zip(second, kept):
            share_above, mag_above, _ = first[j]
            total += abs(share - share_above)
            if (mag is None) != (mag_above is None):
                total += 1
            elif mag is not None and mag_above is not None:
                total += abs(mag - mag_above) / 2
        return total

    best = min(itertools.combinations(range(1, width), missing), key=cost)
    out = []
    for row in part:
        cells, k = [], 0
        for j in range(width):
            if j in best:
                anchor = cells[-1].end if cells else row[0].start
                cells.append(RawCell("", anchor, anchor))
            else:
                cells.append(row[k])
                k += 1
        out.append(tuple(cells))
    return out


COLUMN_TOLERANCE = 0.25    # two right edges closer than this share of the column pitch are one column


def borrow_header(document: Document, raw: RawTable) -> RawTable:
    """A borderless table printed without a header row (the page opens inside a statement continued
    from the page before) with the header row of another table on its page whose value columns stand
    at the same x (the next statement, printed in the same grid: "| 2018 | 2019 … | 2023E"); the
    table itself when it has a header or no such neighbour."""
    if len(raw.columns) < 3 or not raw.rows or is_header_row(raw.rows[0]):
        return raw
    for other in document.raw_tables:
        if other.page != raw.page or other.start == raw.start or len(other.columns) != len(raw.columns):
            continue
        head = other.rows[0] if other.rows else ()
        if len(head) != len(raw.columns) or not is_header_row(head) or not all(c.text.strip() for c in head[1:]):
            continue
        pitch = min(b - a for a, b in itertools.pairwise(raw.columns[1:]))
        if all(abs(a - b) <= COLUMN_TOLERANCE * pitch for a, b in zip(raw.columns[1:], other.columns[1:])):
            return replace(raw, rows=(head, *raw.rows))
    return raw


def group_continued(document: Document) -> list[tuple[int, list[RawTable]]]:
    """The raw tables grouped into tables (continued parts joined), each with its page ordinal."""
    groups: list[tuple[int, list[RawTable]]] = []
    per_page: dict[int, int] = {}
    for raw in document.raw_tables:
        per_page[raw.page] = per_page.get(raw.page, 0) + 1
        if groups and is_continuation(document, groups[-1][1][-1], raw):
            groups[-1][1].append(raw)
        else:
            groups.append((per_page[raw.page], [raw]))
    return groups


def find_layout_tables(document: Document, covered: Sequence[tuple[int, int]] = (),
                       taken: frozenset[str] = frozenset()) -> list[Table]:
    """The layout tables of a PDF/DOCX document, skipping those overlapping a ``covered`` span
    (a captioned table found in the text); a label or name already ``taken`` (or taken by an
    earlier table) gives way to the table's place, so ids are unique in the document."""
    tables: list[Table] = []
    ids = set(taken)
    for index, parts in group_continued(document):
        raw = borrow_header(document, merge_raws(parts))
        if any(start < raw.end and raw.start < end for start, end in covered):
            continue
        table = raw_to_table(document, raw, index)
        if table is None:
            continue
        if table.id in ids:
            table = replace(table, id=position_id(raw, index))
        ids.add(table.id)
        tables.append(table)
    return tables
