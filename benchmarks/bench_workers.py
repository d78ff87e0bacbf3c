"""``tieout extract --workers 1`` vs ``--workers 2`` on the same batch (copies of the seeds).

Each run is a fresh process on a fresh store; wall-clock time includes start-up. Target: 2 workers
>= 1.7x faster than 1 (needs 2 idle cores: the load average is printed with the result).

    python benchmarks/bench_workers.py [--copies 40] [--max-chars N]
"""
from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from _common import SEEDS, load, make_copies, run_tieout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=40)
    parser.add_argument("--max-chars", type=int, default=None, help="cut each copy after N chars")
    args = parser.parse_args()
    print(f"{args.copies} copies of the seeds; before: {load()}")
    times = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        make_copies(folder, args.copies, SEEDS, max_chars=args.max_chars)
        for workers in (1, 2):
            seconds, rss, summary = run_tieout("extract", folder, "--store", Path(tmp) / f"w{workers}.db",
                                               "--workers", str(workers))
            times[workers] = seconds
            print(f"  --workers {workers}: {seconds:6.1f} s  peak RSS {rss} MiB  ({summary})")
    print(f"  speed-up 2 vs 1 workers: {times[1] / times[2]:.2f}x; after: {load()}")


if __name__ == "__main__":
    main()
