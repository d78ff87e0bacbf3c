"""Peak RSS of ``tieout extract`` on 10 vs 200 documents (copies of the corpus), one process each.

The corpus is the two seeds (cut after 12,000 characters so that 200 documents take minutes, not
half an hour) and the small PDFs, copied with distinct sha256. Each run is
``python -m extract.cli extract DIR --workers 1`` in a fresh process; its peak RSS comes from the
rusage ``os.wait4`` returns for that child. Target: 200/10 <= 1.2x.

    python benchmarks/bench_memory.py [--small 10] [--large 200] [--workers 1]
"""
from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from _common import SEEDS, SMALL_PDFS, load, make_copies, run_tieout

MAX_CHARS = 12_000


def peak(n: int, workers: int, tmp: Path) -> tuple[int, float, str]:
    """(peak RSS MiB, seconds, summary line) extracting ``n`` copies into a fresh store."""
    folder = tmp / f"in{n}"
    make_copies(folder, n, SEEDS + SMALL_PDFS, max_chars=MAX_CHARS)
    seconds, rss, summary = run_tieout("extract", folder, "--store", tmp / f"{n}.db",
                                       "--workers", str(workers))
    return rss, seconds, summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=10)
    parser.add_argument("--large", type=int, default=200)
    parser.add_argument("--workers", type=int, default=1)
    args = parser.parse_args()
    print(f"corpus: {len(SEEDS)} seeds (first {MAX_CHARS} chars) + {len(SMALL_PDFS)} small PDFs; "
          f"--workers {args.workers}; {load()}")
    with tempfile.TemporaryDirectory() as tmp:
        results = {n: peak(n, args.workers, Path(tmp)) for n in (args.small, args.large)}
    for n, (rss, seconds, summary) in results.items():
        print(f"  {n:4d} documents: peak RSS {rss:5d} MiB  {seconds:6.1f} s  ({summary})")
    ratio = results[args.large][0] / results[args.small][0]
    print(f"  peak RSS {args.large}/{args.small}: {ratio:.2f}x")


if __name__ == "__main__":
    main()
