"""Cost of linking against document size: ``tie_out`` on 1x and on 10x the claims and cells.

The claims and tables of the two seeds and the Word statistical bulletin are read once; a document
of ``k`` copies lays them out one after another (offsets and pages shifted, ids and every label,
caption, metric and sentence marked with the copy's character so no copy profits from another's
cached text work). Both sizes are timed side by side in one run, per-text caches emptied before
each timing. Target: 10x the claims and cells take <= 12x the time (linear cost).

    python benchmarks/bench_linking.py [--copies 10] [--repeat 3]
"""
from __future__ import annotations

import argparse
import time
from dataclasses import replace
from unittest import mock

from _common import REAL, SEEDS, load
from bench_text import clear_text_caches

import extract.link as link
from extract.api import read_report
from extract.link.linker import load_linker
from extract.records import Document, Page

SOURCES = [*SEEDS, REAL / "stats_bulletin_qiandongnan_2016.docx"]


def read_sources() -> list:
    """Claims, tables, text and page count of each source (linking skipped: only its inputs)."""
    out = []
    for path in SOURCES:
        with mock.patch.object(link, "tie_out", lambda *a, **k: ([], [])):
            report = read_report(path)
        out.append(report)
    return out


def mark(text: str | None, k: int) -> str | None:
    """The text with the copy's mark at its end (None stays None)."""
    return None if text is None else f"{text}{chr(0x4E00 + k)}"


def build(reports: list, copies: int) -> tuple[Document, list, list]:
    """One document holding ``copies`` copies of every source, laid out one after another."""
    claims, tables, texts, pages = [], [], [], []
    offset, page0 = 0, 0
    for k in range(copies):
        for report in reports:
            doc = report.document
            for c in report.claims:
                claims.append(replace(c, doc="bench", id=f"{c.id}#{k}", char_start=c.char_start + offset,
                                      char_end=c.char_end + offset, page=c.page + page0,
                                      metric=mark(c.metric, k), sentence=mark(c.sentence, k)))
            for t in report.tables:
                cells = tuple(replace(x, row=mark(x.row, k), col=mark(x.col, k)) for x in t.cells)
                tables.append(replace(t, doc="bench", id=f"{t.id}#{k}", caption=mark(t.caption, k),
                                      char_start=t.char_start + offset, char_end=t.char_end + offset,
                                      page=t.page + page0, cells=cells))
            n_pages = max(1, len(doc.pages))
            pages += [Page(page0 + i + 1, offset + p.start, offset + p.end) for i, p in enumerate(doc.pages)]
            texts.append(doc.text)
            offset += len(doc.text)
            page0 += n_pages
    text = "".join(texts)
    document = Document("bench", "bench.txt", "0" * 64, "txt", "utf-8", text, tuple(pages), ())
    return document, claims, tables


def timed(document: Document, claims: list, tables: list, repeat: int) -> tuple[float, float, int, int]:
    """Fastest wall and CPU time of ``tie_out`` (caches emptied first), with its link and check
    counts. CPU time is printed too: on a shared machine it is the steadier of the two."""
    best, cpu, result = float("inf"), float("inf"), ([], [])
    for _ in range(repeat):
        clear_text_caches()
        start, start_cpu = time.perf_counter(), time.process_time()
        result = link.tie_out(document, claims, tables)
        best = min(best, time.perf_counter() - start)
        cpu = min(cpu, time.process_time() - start_cpu)
    return best, cpu, len(result[0]), len(result[1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    load_linker()                                   # the model loads once, outside the timings
    reports = read_sources()
    print(load())
    rows = []
    for copies in (1, args.copies):
        document, claims, tables = build(reports, copies)
        n_cells = sum(len(t.cells) for t in tables)
        seconds, cpu, n_links, n_checks = timed(document, claims, tables, args.repeat)
        rows.append((copies, len(claims), n_cells, seconds, cpu))
        print(f"{copies:>3}x: {len(claims):>6} claims, {n_cells:>6} cells, {len(tables):>4} tables -> "
              f"{n_links} links, {n_checks} checks in {seconds:.2f} s wall, {cpu:.2f} s CPU")
    (_, c1, n1, t1, u1), (_, c10, n10, t10, u10) = rows
    print(f"claims x{c10 / c1:.1f}, cells x{n10 / n1:.1f}: wall time x{t10 / t1:.2f}, CPU time x{u10 / u1:.2f} "
          f"(target <= {1.2 * args.copies:.0f}x for {args.copies}x)")
    print(load())


if __name__ == "__main__":
    main()
