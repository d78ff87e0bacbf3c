"""Whole ``read_report`` of a PDF vs pdfminer.six ``extract_pages`` alone on the same file.

The baseline lays out every page with the reader's own LAParams (``extract.pdf.reader.LAPARAMS``)
and consumes the pages; ours is the whole pipeline (layout, reading order, tables, claims, links).
Target: ours <= 1.5x pdfminer. ``--small`` skips the two ~300-page annual reports (~40 s each).

    python benchmarks/bench_pdf.py [--small] [--repeat 1]
"""
from __future__ import annotations

import argparse
from pathlib import Path

from _common import ANNUAL_REPORTS, SMALL_PDFS, best_of, load
from pdfminer.high_level import extract_pages

from extract.api import read_report
from extract.pdf.reader import LAPARAMS


def measure(path: Path, repeat: int) -> tuple[float, float, int]:
    """(pdfminer seconds, read_report seconds, pages) for one file."""
    pages = len(read_report(path).document.pages)       # also warms the pipeline up
    miner = best_of(repeat, lambda: sum(1 for _ in extract_pages(path, laparams=LAPARAMS)))
    ours = best_of(repeat, lambda: read_report(path))
    return miner, ours, pages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", action="store_true", help="only the PDFs under 1 MB")
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    files = SMALL_PDFS + ([] if args.small else ANNUAL_REPORTS)
    print(f"best of {args.repeat}; {load()}")
    print(f"  {'file':58s} {'pages':>5s} {'pdfminer':>9s} {'ours':>9s} {'ratio':>6s}")
    totals = [0.0, 0.0]
    for path in files:
        miner, ours, pages = measure(path, args.repeat)
        totals[0] += miner
        totals[1] += ours
        print(f"  {path.name[:58]:58s} {pages:5d} {miner:8.2f}s {ours:8.2f}s {ours / miner:5.2f}x")
    print(f"  {'all files':58s} {'':5s} {totals[0]:8.2f}s {totals[1]:8.2f}s {totals[1] / totals[0]:5.2f}x")


if __name__ == "__main__":
    main()
