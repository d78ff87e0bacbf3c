"""CPU seconds of tie-out (``extract.link.tie_out``) and tables (``extract.tables.find_tables``) on the seeds, and
of tie-out's parts, each the least of ``--repeat`` runs over the inputs ``read_report`` gave them (not a test).

Issue 12's stages beside the tokeniser comparison of ``bench_scale.py``: the inputs are captured once,
per-text caches are emptied before every run (``bench_text.clear_text_caches``), the loaded linker stays.
To compare two versions of the code, run each with ``PYTHONPATH`` pointing at its tree, alternating.

    python benchmarks/bench_tieout.py [--repeat 15]
"""
from __future__ import annotations

import argparse
import sys
import time
from typing import Any, Callable

from _common import SEEDS, load
from bench_text import clear_text_caches

import extract.link as link
import extract.link.linker as linker
import extract.tables as tables
from extract.api import read_report
from extract.batch import warm_up
from extract.nlp.segmenter import load_dictionary

PARTS = ((link, "candidate_pairs"), (link, "to_samples"), (linker, "sample_similarities"), (link, "choose_links"),
         (link, "find_checks"))


def capture() -> dict[str, list[tuple[tuple, dict]]]:
    """The arguments ``read_report`` passes to tie_out and find_tables on the seeds."""
    calls: dict[str, list[tuple[tuple, dict]]] = {"tie_out": [], "find_tables": []}
    originals = {name: getattr(module, name) for module, name in ((link, "tie_out"), (tables, "find_tables"))}

    def spy(name: str) -> Callable:
        def call(*args: Any, **kwargs: Any) -> Any:
            calls[name].append((args, kwargs))
            return originals[name](*args, **kwargs)
        return call

    link.tie_out, tables.find_tables = spy("tie_out"), spy("find_tables")
    try:
        for path in SEEDS:
            read_report(path)
    finally:
        link.tie_out, tables.find_tables = originals["tie_out"], originals["find_tables"]
    return calls


def timed_parts(spent: dict[str, float]) -> None:
    """Wrap PARTS so each call adds its CPU seconds to ``spent``."""
    for module, name in PARTS:
        func = getattr(module, name)

        def part(*args: Any, _func: Callable = func, _name: str = name, **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                return _func(*args, **kwargs)
            finally:
                spent[_name] = spent.get(_name, 0.0) + time.process_time() - start
        setattr(module, name, part)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    print(f"start: {load()}", flush=True)
    warm_up()
    load_dictionary()
    calls = capture()
    stages = {"tie_out": link.tie_out, "find_tables": tables.find_tables}
    spent: dict[str, float] = {}
    timed_parts(spent)
    best: dict[str, float] = {}
    for _ in range(args.repeat):
        spent.clear()
        for name, func in stages.items():
            clear_text_caches()
            start = time.process_time()
            for a, kw in calls[name]:
                func(*a, **kw)
            spent[name] = time.process_time() - start
        for name, seconds in spent.items():
            best[name] = min(best.get(name, float("inf")), seconds)
    print(f"end: {load()}")
    print(f"code: {link.__file__}")
    for name, seconds in best.items():
        print(f"  {name}: {seconds:.3f} s CPU (least of {args.repeat})")


if __name__ == "__main__":
    sys.exit(main())
