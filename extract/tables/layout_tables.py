"""Layout tables: the ``RawTable`` grids of the PDF and DOCX readers as ``Table`` records.

Stages: ``find_layout_tables`` (every raw table) -> ``group_continued`` (a table continued on the
next page joined to its first part, and parts on one page split by a group row the reader printed as a
line, ``continuation_rows``) -> ``merge_raws`` -> ``find_context`` (caption, id and unit note
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

import regex

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
    caption = st.context.caption.rstrip(" |") if st.context.caption else st.context.caption   # a Markdown row's bar
    return Table(document.doc_id, table_id, caption, find_source_after(document, raw), raw.page,
                 min(st.context.start, raw.start), raw.end, st.n_rows, len(st.header),
                 st.header, st.cells, st.unit, True, st.note or None)


def position_id(raw: RawTable, index: int) -> str:
    """The id of a table by its place: the ``index``-th raw table of its first page."""
    return f"表@p{raw.page}-{index}"


def is_continuation(document: Document, first: RawTable, nxt: RawTable) -> bool:
    """``nxt`` continues ``first`` (see ``continuation_rows``)."""
    return continuation_rows(document, first, nxt) is not None


# 跨整表宽的分组行（"承诺投资项目"、"超募资金投向"）被读成表格之间的一行字：短、无数字、不像标题或说明。
GROUP_LINE_RE = regex.compile(r"^[\p{Han}A-Za-z（）()、/]{2,20}$")
NOT_GROUP_LINE_RE = regex.compile(r"^(?:[(（]?[一二三四五六七八九十\d]+[)）.、．]|附?表|续|单位|注|数据来源|资料来源)|如下|[：:]$")


def continuation_rows(document: Document, first: RawTable, nxt: RawTable) -> tuple[tuple[RawCell, ...], ...] | None:
    """The rows to put between ``first`` and ``nxt`` when ``nxt`` continues it, else None.

    On the next page: only blank text or a "续表" line between them, and the same width without a header of
    its own, a repeated header, a group row ending ``first``, or a first row holding only its label (a label
    wrapped over the page break: "…节余募集资金" | "补充流动资金"). On the same or the next page: one group line
    between them (a row merged across the table, which the PDF reader printed as a line: "承诺投资项目",
    "超募资金投向") when ``first`` ends on its header row or ``nxt`` has its width and no header; the line
    becomes a group row of the table."""
    if nxt.page not in (first.page, first.page + 1) or not first.rows or not nxt.rows:
        return None
    between = [line for line in document.text[first.end:nxt.start].split("\n") if line.strip()]
    width_first, width_next = max(len(r) for r in first.rows), max(len(r) for r in nxt.rows)
    ends_open = is_header_row(first.rows[-1])       # a table does not end on a header or group row
    # a PDF reader's artefact: in a DOCX grid (no bbox) a merged row stays a row of the table
    printed = first.bbox is not None and nxt.bbox is not None
    if printed and len(between) == 1 and is_group_line(between[0]) and \
            (ends_open or (width_first == width_next and not is_header_row(nxt.rows[0]))):
        return (group_row(document, first, nxt, between[0], width_next),)
    if nxt.page != first.page + 1:
        return None
    if any(not CONTINUED_RE.match(line) for line in between):
        return None
    if between:
        return ()
    head = [c.text for c in nxt.rows[0]]
    if head == [c.text for c in first.rows[0]] or repeats_header_block(first, nxt):
        return ()
    narrower = width_next < width_first and len(nxt.rows[0]) == width_next   # empty columns dropped
    same = width_first == width_next or narrower
    if ends_open or (same and (not is_header_row(nxt.rows[0]) or label_only(nxt.rows[0]))):
        return ()
    return None


def is_group_line(line: str) -> bool:
    """A short line of words that is no caption, heading, note or lead-in ("承诺投资项目")."""
    line = "".join(line.split())
    return bool(GROUP_LINE_RE.match(line)) and not NOT_GROUP_LINE_RE.search(line)


def label_only(row: Sequence[RawCell]) -> bool:
    """A row whose first cell alone is filled, with other cells to fill: a group row or a wrapped label."""
    return len(row) > 2 and bool(row[0].text.strip()) and not any(c.text.strip() for c in row[1:])


def group_row(document: Document, first: RawTable, nxt: RawTable, line: str, width: int) -> tuple[RawCell, ...]:
    """The group line between two parts as a row of ``width`` cells, its words in the first."""
    at = document.text.find(line.strip(), first.end, nxt.start)
    start = at if at >= 0 else first.end
    end = start + len(line.strip())
    return (RawCell(line.strip(), start, end), *(RawCell("", end, end) for _ in range(width - 1)))


def repeats_header_block(first: RawTable, nxt: RawTable) -> bool:
    """``nxt`` opens with a header row of ``first`` again, its first cell aside (a new block:
    "分地区 | 营业收入 | 营业成本 …" after "分行业 | 营业收入 | 营业成本 …")."""
    heads = [[strip_label(c.text) for c in row[1:]] for row in first.rows if is_header_row(row) and len(row) > 2]
    return any([strip_label(c.text) for c in row[1:]] in heads for row in nxt.rows[:2]
               if is_header_row(row) and len(row) > 2 and sum(1 for c in row[1:] if c.text.strip()) >= 2)


def merge_raws(parts: Sequence[RawTable], joins: Sequence[tuple[tuple[RawCell, ...], ...]] = ()) -> RawTable:
    """One raw table of a table's parts (a header repeated on a later page dropped; a part whose
    empty columns the page dropped realigned to the first part's columns; ``joins``: the rows put
    before each later part, its group line). A part narrower than a header row ending the rows
    above by that header's empty cells takes the header's filled columns (a header cell printed over
    two grid columns: "募集资金承诺投资总额 | ''" over one column of figures)."""
    rows = list(parts[0].rows)
    width = max(len(r) for r in rows)
    for k, part in enumerate(parts[1:]):
        same_head = [c.text for c in part.rows[0]] == [c.text for c in parts[0].rows[0]]
        more = list(joins[k] if k < len(joins) else ()) + list(part.rows[1:] if same_head else part.rows)
        if more and max(len(r) for r in more) < width:
            more = under_columns(rows, parts[0].columns, part.columns, more, width) or under_header(rows, more, width) \
                or align_part(rows, more, width)
        rows.extend(more)
    return RawTable(parts[0].page, parts[0].start, parts[-1].end, tuple(rows), parts[0].bbox, parts[0].columns)


def under_columns(above: Sequence[Sequence[RawCell]], first: Sequence[float], columns: Sequence[float],
                  part: list[tuple[RawCell, ...]], width: int) -> list[tuple[RawCell, ...]] | None:
    """The part's rows put under the first part's columns by the columns' right edges, where both parts give
    them (a ruled statement whose next page leaves the 调整数 column empty: its figures stay under 2019年12月31日 and
    2020年1月1日); None when the edges do not say it (not as many as the part is wide, two matching one, or the
    part's first cell spanning the label columns: a 合计 row printed over 序号 and 合伙人, or a figure put under a
    column the figures above never fill or no header names: a header cell printed over two grid columns)."""
    narrow = max(len(r) for r in part)
    if narrow < 3 or len(first) != width or len(columns) != narrow or any(len(r) != narrow for r in part):
        return None         # a label and one cell: a note printed across the whole table, no column of its own
    pitch = min((b - a for a, b in itertools.pairwise(first)), default=0.0)
    at = [min(range(width), key=lambda j: abs(first[j] - x)) for x in columns]
    if pitch <= 0 or at[0] != 0 or len(set(at)) != narrow or at != sorted(at) \
            or any(abs(first[j] - x) > COLUMN_TOLERANCE * pitch for j, x in zip(at, columns)):
        return None
    body = [r for r in above if not is_header_row(r)]
    filled = {j for r in body for j, c in enumerate(r) if j and c.text.strip()}
    headed = {j for r in above if is_header_row(r) for j, c in enumerate(r) if c.text.strip()}
    if (filled and any(j not in filled for j in at[1:])) or (headed and any(j not in headed for j in at[1:])):
        return None
    out = []
    for row in part:
        cells = dict(zip(at, row))
        out.append(tuple(cells.get(j) or RawCell("", row[0].start, row[0].start) for j in range(width)))
    return out


def under_header(above: Sequence[Sequence[RawCell]], part: list[tuple[RawCell, ...]],
                 width: int) -> list[tuple[RawCell, ...]] | None:
    """The part's rows spread under the filled cells of the last header row above them (None when
    the last header row of ``width`` cells holding more than a label does not have as many filled
    cells, the first always, as the part is wide)."""
    narrow = max(len(r) for r in part)
    if any(len(r) != narrow for r in part):
        return None
    heads = [r for r in above if len(r) == width and is_header_row(r) and not label_only(r)]
    if not heads:
        return None
    filled = [j for j, c in enumerate(heads[-1]) if c.text.strip() or j == 0]
    if len(filled) != narrow:
        return None
    out = []
    for row in part:
        cells = {j: cell for j, cell in zip(filled, row)}
        out.append(tuple(cells.get(j) or RawCell("", row[0].start, row[0].start) for j in range(width)))
    return out


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
    return [(index, parts) for index, parts, _ in group_parts(document)]


def group_parts(document: Document) -> list[tuple[int, list[RawTable], list[tuple[tuple[RawCell, ...], ...]]]]:
    """The raw tables grouped into tables, each with its page ordinal and the rows joining its parts."""
    groups: list[tuple[int, list[RawTable], list[tuple[tuple[RawCell, ...], ...]]]] = []
    per_page: dict[int, int] = {}
    for raw in document.raw_tables:
        per_page[raw.page] = per_page.get(raw.page, 0) + 1
        joined = continuation_rows(document, groups[-1][1][-1], raw) if groups else None
        if joined is not None:
            groups[-1][1].append(raw)
            groups[-1][2].append(joined)
        else:
            groups.append((per_page[raw.page], [raw], []))
    return groups


def find_layout_tables(document: Document, covered: Sequence[tuple[int, int]] = (),
                       taken: frozenset[str] = frozenset()) -> list[Table]:
    """The layout tables of a PDF/DOCX document, skipping those overlapping a ``covered`` span
    (a captioned table found in the text); a label or name already ``taken`` (or taken by an
    earlier table) gives way to the table's place, so ids are unique in the document."""
    tables: list[Table] = []
    ids = set(taken)
    for index, parts, joins in group_parts(document):
        raw = borrow_header(document, merge_raws(parts, joins))
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
