"""One cold run of the claims pipeline on the seeds, for counting its instructions (not a test).

Load-free A/B of a speed change on this shared machine: callgrind counts the instructions of the
claims pipeline (``bench_scale.claims_pipeline``: document, sections, cases, aliases, ``find_claims``
with the metric model) and nothing else. The run is made inside ``functools.reduce``, a C function the
pipeline never calls, so callgrind collects only while it runs (loading jieba, the models and one
warm-up report before it is not counted). Per-text caches are emptied first, as in ``bench_scale``.

    PYTHONHASHSEED=0 valgrind --tool=callgrind --collect-atstart=no --toggle-collect=functools_reduce \\
        --callgrind-out-file=/tmp/cg.out .venv/bin/python benchmarks/count_claims.py

prints "Collected : N" on stderr (N instructions, about 2.86 G at the ninth session's end; a run takes about
2.5 minutes). Without valgrind it prints the run's CPU seconds. Put another tree's ``extract`` first on
``PYTHONPATH`` (a copy with and without the change) to compare the two; compare counts of this script only
(another harness around the same pipeline counted 0.4% fewer).
"""
from __future__ import annotations

import functools
import sys
import tempfile
import time
from pathlib import Path

from _common import SEEDS
from bench_scale import claims_pipeline
from bench_text import clear_text_caches

from extract.api import read_report
from extract.ingest import read_document
from extract.nlp.segmenter import load_dictionary
from extract.tables import find_tables


def main() -> None:
    seeds = "\n\n".join(p.read_text(encoding="utf-8") for p in SEEDS)
    with tempfile.TemporaryDirectory(prefix="tieout-count-") as tmp:
        path = Path(tmp) / "seeds_1.txt"
        path.write_text(seeds, encoding="utf-8")
        load_dictionary()
        read_report(SEEDS[0])                       # models and lexicons loaded before the counted run
        tables = find_tables(read_document(path))
        clear_text_caches()
        start = time.process_time()
        claims = functools.reduce(lambda _a, _b: claims_pipeline(path, tables), [0, 1])
        print(f"{len(claims)} claims, {len(seeds):,} chars, {time.process_time() - start:.3f} s CPU", file=sys.stdout)


if __name__ == "__main__":
    main()
