"""Frozen records for every concept that flows through tieout.

Offsets (``start``/``end``, ``char_start``/``char_end``) are Python string indices into the
document's source text (``Document.text``); ``page`` is 1-based.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, fields, replace
from decimal import Decimal
from operator import attrgetter
from typing import Any, Callable, Iterable

# The version of the record contract (DESIGN.md §2) a record follows; the document record carries it.
# 1: ids repeated the document id ("DOC#363", "DOC#check-growth-…"); 2: ids are short and scoped to the
# document ("c363", "check-growth-…"): a record is named by (doc, id).
CONTRACT_VERSION = 2

# Block kinds produced by ingest (and refined by structure).
PARAGRAPH = "paragraph"
HEADING = "heading"
CAPTION = "caption"
TABLE = "table"
FIGURE = "figure"          # photo / figure caption lines ("图为…", "图 2-1 …")
SOURCE = "source"          # data-source notes ("数据来源：…")
HEADER = "header"          # running header
FOOTER = "footer"          # page number / running footer
TOC = "toc"                # table-of-contents line
NOISE_KINDS = frozenset({HEADER, FOOTER, TOC})


@dataclass(frozen=True, slots=True)
class Page:
    number: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Block:
    """A stretch of the source text with one role: a paragraph, heading, table row group, …"""

    kind: str
    start: int
    end: int
    page: int
    heading_level: int | None = None      # from a DOCX heading style, when known
    bbox: tuple[float, float, float, float] | None = None   # PDF user space, when known


@dataclass(frozen=True, slots=True)
class Document:
    doc_id: str
    path: str
    sha256: str
    format: str                # "txt" | "pdf" | "docx"
    encoding: str              # "utf-8" | "gb18030" | "big5" | "utf-16" | … | "" (binary formats)
    text: str                  # the source text every offset points into
    pages: tuple[Page, ...]
    blocks: tuple[Block, ...]
    title: str | None = None
    org: str | None = None
    year: int | None = None
    # PDF/DOCX tables found by layout, as rows of cell texts with offsets (filled by readers).
    raw_tables: tuple["RawTable", ...] = ()
    # One-line problems met while reading that did not stop it ("FILE, page N: reason"), e.g. a PDF
    # page of glyph codes left out; the batch records them in the store's failures table.
    warnings: tuple[str, ...] = ()
    # How sure the text decoding was (1.0: BOM or valid UTF-8; else charset-normalizer's 1 - chaos).
    encoding_confidence: float | None = None

    def page_at(self, offset: int) -> int:
        """1-based page holding ``offset`` (the last page that starts at or before it)."""
        return page_at(self.pages, offset)


def page_at(pages, offset: int) -> int:
    """1-based number of the last of ``pages`` (in order) that starts at or before ``offset`` (by bisection), 1 when
    none does."""
    i = bisect.bisect_right(pages, offset, key=_PAGE_START)
    return pages[i - 1].number if i else 1


_PAGE_START = attrgetter("start")


@dataclass(frozen=True, slots=True)
class RawCell:
    text: str
    start: int
    end: int
    span: int = 1       # grid columns the cell covers: a merged cell (DOCX gridSpan) is followed by span-1 empty ones


@dataclass(frozen=True, slots=True)
class RawTable:
    """A table as laid out by a reader (PDF ruling / DOCX table): rows of cells, no labels yet."""

    page: int
    start: int
    end: int
    rows: tuple[tuple[RawCell, ...], ...]
    bbox: tuple[float, float, float, float] | None = None
    columns: tuple[float, ...] = ()     # a borderless PDF table's column right edges (x1), left to right


@dataclass(frozen=True, slots=True)
class Section:
    doc: str
    id: str
    number: str
    title: str
    level: int
    char_start: int
    char_end: int
    page: int


@dataclass(frozen=True, slots=True)
class Case:
    doc: str
    id: str
    title: str
    section: str | None
    subject: str | None
    char_start: int
    char_end: int
    page: int
    figures: tuple[str, ...] = ()
    claims: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Quantity:
    """A numeral as written: value without scale, the scale word, unit and bound."""

    value: Decimal
    scale: int = 1
    unit: str = ""
    bound: str = "="
    high: Decimal | None = None        # upper end of a range ("3-5 年" -> value 3, high 5)

    @property
    def normalized(self) -> Decimal:
        return self.value * self.scale


@dataclass(frozen=True, slots=True)
class Claim:
    doc: str
    id: str
    char_start: int
    char_end: int
    page: int
    text: str
    value: Decimal
    scale: int
    unit: str
    kind: str
    bound: str
    direction: str | None
    metric: str | None
    period: str | None
    baseline: str | None
    subject: str | None
    case: str | None
    section: str | None
    sentence: str
    high: Decimal | None = None
    rule: str = ""

    @property
    def normalized(self) -> Decimal:
        return self.value * self.scale


@dataclass(frozen=True, slots=True)
class Cell:
    row: str
    col: str
    value: Decimal | None
    text: str
    unit: str = ""
    row_index: int = 0
    col_index: int = 0
    char_start: int | None = None
    char_end: int | None = None


@dataclass(frozen=True, slots=True)
class Table:
    doc: str
    id: str
    caption: str
    source: str | None
    page: int
    char_start: int
    char_end: int
    n_rows: int
    n_cols: int
    header: tuple[str, ...]
    cells: tuple[Cell, ...]
    unit: str = ""
    present: bool = True
    reason: str | None = None      # why the table has no cells (no body found, shape not rebuilt)


@dataclass(frozen=True, slots=True)
class Link:
    doc: str
    claim_id: str
    table_id: str
    row: str
    col: str
    value: Decimal | None
    status: str            # "match" | "conflict"
    score: float


@dataclass(frozen=True, slots=True)
class Check:
    doc: str
    id: str
    kind: str              # growth | delta | share | sum | breakdown
    claims: tuple[str, ...]
    cells: tuple[str, ...]
    stated: Decimal | None
    expected: Decimal | None
    ok: bool | None        # None: not checkable (a scale mismatch); the explanation says why
    explanation: str


@dataclass(frozen=True, slots=True)
class Organisation:
    """One name an organisation goes by in a document, and the canonical name its mentions are grouped under
    (the name a claim's ``subject`` gives). kind: author (the report's own names) | alias (a short name the
    report defines) | name."""

    doc: str
    name: str
    canonical: str
    kind: str
    mentions: int


@dataclass(frozen=True, slots=True)
class Report:
    """Everything extracted from one document."""

    document: Document
    sections: tuple[Section, ...] = ()
    claims: tuple[Claim, ...] = ()
    cases: tuple[Case, ...] = ()
    tables: tuple[Table, ...] = ()
    links: tuple[Link, ...] = ()
    checks: tuple[Check, ...] = ()
    organisations: tuple[Organisation, ...] = ()


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() and abs(value) < 10**15 else float(value)
    if isinstance(value, tuple):
        return [_plain(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    return value


def document_record(doc: Document) -> dict[str, Any]:
    return {"type": "document", "id": doc.doc_id, "path": doc.path, "sha256": doc.sha256,
            "format": doc.format, "encoding": doc.encoding, "encoding_confidence": doc.encoding_confidence,
            "pages": len(doc.pages),
            "chars": len(doc.text), "title": doc.title, "org": doc.org, "year": doc.year,
            "contract": CONTRACT_VERSION}


def short_claim_ids(starts: Iterable[int | None], fallback: Iterable[str] = ()) -> list[str]:
    """The short ids of a document's claims, in document order: ``c<char_start>``; a claim that shares its
    offset with an earlier one gets ``c363(2)``, ``c363(3)`` … (the k-th use, as repeated case and table
    ids do). A claim without an offset keeps its ``fallback`` id (scoped by ``scoped_id``)."""
    taken: set[str] = set()
    out: list[str] = []
    spare = list(fallback)
    for n, start in enumerate(starts):
        base = f"c{start}" if start is not None else (spare[n] if n < len(spare) else f"c{n}")
        new, k = base, 1
        while new in taken:
            k += 1
            new = f"{base}({k})"
        taken.add(new)
        out.append(new)
    return out


def scoped_id(doc: str, record_id: str) -> str:
    """A contract-1 id without its document prefix: "DOC#check-share-1a2b" -> "check-share-1a2b"."""
    prefix = f"{doc}#"
    return record_id[len(prefix):] if record_id.startswith(prefix) else record_id


def short_ids(report: "Report", check_name: Callable[["Check"], str] | None = None) -> "Report":
    """The report with short document-scoped ids (contract 2): claims ``c<char_start>`` (see
    ``short_claim_ids``) and every reference to them (a case's ``claims``, a link's ``claim_id``, a check's
    ``claims``) renamed alike; a check is named by ``check_name`` of the renamed check (link.checks names it
    from its kind, claims and cells), else keeps its id without the document prefix. Idempotent."""
    doc = report.document.doc_id
    new = short_claim_ids((c.char_start for c in report.claims), (scoped_id(doc, c.id) for c in report.claims))
    renamed: dict[str, str] = {}
    for claim, short in zip(report.claims, new):
        renamed.setdefault(claim.id, short)

    def claim_ref(claim_id: str) -> str:
        return renamed.get(claim_id, scoped_id(doc, claim_id))

    checks = tuple(replace(k, id=scoped_id(doc, k.id), claims=tuple(claim_ref(i) for i in k.claims))
                   for k in report.checks)
    return replace(
        report,
        claims=tuple(replace(c, id=short) for c, short in zip(report.claims, new)),
        cases=tuple(replace(c, claims=tuple(claim_ref(i) for i in c.claims)) for c in report.cases),
        links=tuple(replace(link, claim_id=claim_ref(link.claim_id)) for link in report.links),
        checks=tuple(replace(k, id=check_name(k)) for k in checks) if check_name else checks)


def to_record(obj: Any) -> dict[str, Any]:
    """The JSONL record of DESIGN.md §2 for any record object (``type`` first)."""
    if isinstance(obj, Document):
        return document_record(obj)
    kind = type(obj).__name__.lower()
    out: dict[str, Any] = {"type": kind}
    out.update(_plain(obj))
    if isinstance(obj, Claim):
        out["normalized"] = _plain(obj.normalized)
    return out


def report_records(report: Report) -> list[dict[str, Any]]:
    """All records of a report in contract order."""
    rows = [to_record(report.document)]
    for group in (report.sections, report.cases, report.claims, report.tables, report.links, report.checks,
                  report.organisations):
        rows.extend(to_record(r) for r in group)
    return rows

