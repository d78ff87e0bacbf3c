"""Claims pipeline vs spaCy blank-zh + jieba tokenization, in characters per second.

Ours: ``read_report`` on the seed reports (everything: sections, tables, cases, claims, links), and
``find_claims`` alone on their Documents. Baseline: ``spacy.blank("zh")`` with the jieba
segmenter tokenizing the same text. Target: ours >= 0.5x the tokenizer. ``--profile`` prints
where ``read_report`` spends its time (cProfile, top functions by own time); ``--sample N`` samples the
call stack every half millisecond of CPU time over N runs of ``read_report`` on the seeds and prints each
function's share, with its callees (inclusive) and without (exclusive). The sampler adds no cost per call, so
unlike cProfile it does not inflate code that makes many small calls (generators, one-line helpers).

    python benchmarks/bench_text.py [--repeat 3] [--profile] [--sample 20]
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import sys

from _common import ROOT, SEEDS, best_of, load

from extract.api import read_report
from extract.claims import find_claims
from extract.ingest import read_document
from extract.structure import find_cases, find_sections
from extract.tables import find_tables


def clear_text_caches() -> None:
    """Empty the per-text caches (segmentation, label matching) so no run profits from an earlier
    run over the same text; loaded models and lexicons (maxsize 1 or unbounded) stay loaded."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("extract"):
            continue
        for value in vars(module).values():
            info = getattr(value, "cache_info", None)
            if info is not None and (info().maxsize or 0) > 1:
                value.cache_clear()


def cold(fn):
    def run():
        clear_text_caches()
        return fn()
    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--sample", type=int, default=0, metavar="N", help="sample N runs of read_report")
    args = parser.parse_args()
    import spacy

    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    docs = [read_document(p) for p in SEEDS]
    chars = sum(len(d.text) for d in docs)
    for doc in docs:                                    # warm up both (jieba dictionary, models)
        nlp(doc.text), read_report(doc.path)
    context = [(d, find_sections(d), find_tables(d)) for d in docs]
    timings = {
        "spacy blank zh + jieba tokenizer": best_of(args.repeat, lambda: [nlp(d.text) for d in docs]),
        "read_report (whole pipeline)": best_of(args.repeat, cold(lambda: [read_report(d.path) for d in docs])),
        "find_claims (claims stage only)": best_of(args.repeat, cold(lambda: [
            find_claims(d, sections=s, cases=find_cases(d, s), tables=t) for d, s, t in context])),
    }
    print(f"{len(docs)} seed reports, {chars} chars; best of {args.repeat}; {load()}")
    base = chars / timings["spacy blank zh + jieba tokenizer"]
    for name, seconds in timings.items():
        rate = chars / seconds
        print(f"  {name:36s} {seconds:7.3f} s  {rate:10,.0f} chars/s  {rate / base:5.2f}x tokenizer")
    if args.profile:
        profile(docs)
    if args.sample:
        sample(docs, args.sample)


def sample(docs: list, runs: int, top: int = 40, interval: float = 0.0005) -> None:
    """Shares of CPU time of ``read_report`` by function (file:name), from stacks sampled every ``interval``
    seconds of this process's CPU time (``ITIMER_PROF``), per-text caches emptied before each run."""
    import collections
    import signal

    inclusive: collections.Counter[str] = collections.Counter()
    exclusive: collections.Counter[str] = collections.Counter()

    def name(frame) -> str:
        code = frame.f_code
        return f"{code.co_filename.replace(str(ROOT) + '/', '')}:{code.co_name}"

    def record(_signum, frame) -> None:
        exclusive[name(frame)] += 1
        seen = set()
        while frame is not None:
            seen.add(name(frame))
            frame = frame.f_back
        inclusive.update(seen)

    previous = signal.signal(signal.SIGPROF, record)
    signal.setitimer(signal.ITIMER_PROF, interval, interval)
    try:
        for _ in range(runs):
            clear_text_caches()         # (its own cost is sampled too: under "bench_text.py")
            for doc in docs:
                read_report(doc.path)
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, previous)
    total = sum(exclusive.values()) or 1
    for title, counts in (("inclusive", inclusive), ("exclusive", exclusive)):
        print(f"\n{title} share of {total} samples ({runs} runs):")
        for key, n in counts.most_common(top):
            print(f"  {n / total:6.1%}  {key}")


def profile(docs: list) -> None:
    """Top functions of ``read_report`` by own time."""
    profiler = cProfile.Profile()
    profiler.enable()
    for doc in docs:
        read_report(doc.path)
    profiler.disable()
    pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)


if __name__ == "__main__":
    main()
