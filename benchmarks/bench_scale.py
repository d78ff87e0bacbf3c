"""Every ratio of issue 12's table, each measured side by side in one run (not a test).

1. the claims pipeline vs spaCy blank-zh + jieba tokenising the same text, on the seeds, on 8x the
   seeds and on the text of six labelled real documents (distinct text: an annual report, a restructuring
   plan, a statistical bulletin, a work report, a broker report, the ESG sentences), read two ways: (a) the
   claims pipeline proper (:func:`claims_pipeline`: file -> blocks -> sections and cases -> sentences,
   quantities -> claims with the metric model; the tables it is given are found before the timing) and (b)
   the whole ``read_report`` (with tables, tie-out, checks);
2. cost growth: read_report throughput at 8x the text vs at 1x;
3. a ~1M-character prose text without line breaks vs the same text with them;
4. ``read_report`` on a 40-page annual-report PDF (pdfium, the default, and pdfminer) vs pdfminer.six's
   own ``extract_pages`` over it (the reader's LAParams);
5. 2 worker processes vs 1 over 10 real documents (start-up excluded: the pipeline is loaded first);
6. start-up: wall time of ``tieout --help``, ``tieout claims`` and ``tieout extract`` of a one-line text.

Per-text caches are emptied before every timed run of ours. In-process figures (1-4) are CPU
seconds of this process (``time.process_time``), since the machine is shared and wall time there
measures the other users too; the worker and start-up figures are wall time. The load average is printed.
The tokeniser comparison runs each side ``--repeat`` times, alternating, and keeps each side's least
time (the run the other users disturbed least; both sides alike).

    python benchmarks/bench_scale.py [--quick] [--skip workers,pdf,...] [--repeat 3]
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from _common import REAL, ROOT, SEEDS, load
from bench_text import clear_text_caches

from extract.api import read_report
from extract.batch import extract_paths, warm_up
from extract.claims import assign_case_subjects, find_aliases, find_author, find_claims, find_year
from extract.ingest import read_document
from extract.nlp.segmenter import load_dictionary
from extract.store import Store
from extract.structure import find_cases, find_sections
from extract.tables import find_tables
from extract.text.lines import classify_line

JINYU = REAL / "annual_report_600201_jinyu_biotech_2020.pdf"
TEN = [*SEEDS, REAL / "gov_work_report_state_council_2025.txt", REAL / "stats_bulletin_qiandongnan_2016.docx",
       REAL / "annual_report_summary_neeq_bosi_2015.docx", REAL / "bond_prospectus_page_yancheng_hitech_2023.pdf",
       REAL / "broker_research_report_page_financial_forecast_tables.pdf",
       REAL / "broker_research_report_tebon_gaoce_688556_2022.pdf", REAL / "restructuring_plan_002352_dingtai_sf_2016.pdf",
       JINYU]
rows: list[tuple[str, str, str]] = []


def timed(func) -> float:
    """CPU seconds of ``func()`` in this process (per-text caches emptied first)."""
    clear_text_caches()
    start = time.process_time()
    func()
    return time.process_time() - start


def report(figure: str, measured: str, ratio: str) -> None:
    rows.append((figure, measured, ratio))
    print(f"  {figure}: {measured} -> {ratio}", flush=True)


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def claims_pipeline(path: Path, tables) -> list:
    """The claims of ``path`` as ``read_report`` finds them, without finding tables (``tables``: the file's,
    found beforehand; its claims skip their cells), tie-out, checks and the organisation list: the document
    and its blocks, sections, author and year, cases, defined short names, then ``find_claims``."""
    document = read_document(path)
    sections = find_sections(document)
    author = document.org or find_author(document)
    if author and not document.org:
        document = replace(document, org=author)
    if document.year is None:
        document = replace(document, year=find_year(document))
    cases = assign_case_subjects(document, find_cases(document, sections), author)
    return find_claims(document, sections=sections, cases=cases, tables=tables, aliases=find_aliases(document.text))


def bench_tokenise(folder: Path, copies: int, repeat: int = 3) -> None:
    import spacy

    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    seeds = "\n\n".join(p.read_text(encoding="utf-8") for p in SEEDS)
    # Both sides loaded before they are timed: the tokeniser by a first call, ours by the whole jieba
    # dictionary (a text loads only its characters' entries) and one report with tables (the linker
    # model loads with the first table cell).
    nlp(seeds[:2000])
    load_dictionary()
    read_report(SEEDS[0])
    for label, n in (("1x", 1), (f"{copies}x", copies)):
        text = "\n\n".join([seeds] * n)
        path = write(folder, f"seeds_{n}.txt", text)
        tables = find_tables(read_document(path))
        tok = claims = ours = float("inf")
        for _ in range(repeat):        # the sides alternate, so all see the same load; the least run of each
            tok = min(tok, timed(lambda text=text: nlp(text)))
            claims = min(claims, timed(lambda path=path, tables=tables: claims_pipeline(path, tables)))
            ours = min(ours, timed(lambda path=path: read_report(path)))
        report(f"(a) claims pipeline vs tokeniser, seeds {label} ({len(text):,} chars, least of {repeat} runs)",
               f"tokeniser {len(text) / tok:,.0f} chars/s, claims pipeline {len(text) / claims:,.0f} chars/s",
               f"{tok / claims:.2f}x")
        report(f"(b) whole read_report vs tokeniser, seeds {label} (same runs)",
               f"tokeniser {len(text) / tok:,.0f} chars/s, read_report {len(text) / ours:,.0f} chars/s",
               f"{tok / ours:.2f}x")
        if n == 1:
            one = len(text) / ours
        else:
            report(f"cost growth: throughput at {copies}x vs 1x", f"{one:,.0f} -> {len(text) / ours:,.0f} chars/s",
                   f"{len(text) / ours / one:.2f}")
    bench_real_text(folder, nlp, repeat)


# Labelled documents that are not reserved, as the text each one's reader gives: distinct text (no copy repeats a
# sentence, so no per-text cache hits across copies), of the genres the product reads.
REAL_TEXTS = [JINYU, REAL / "restructuring_plan_002352_dingtai_sf_2016.pdf",
              REAL / "stats_bulletin_qiandongnan_2016.docx", REAL / "gov_work_report_state_council_2025.txt",
              REAL / "broker_research_report_tebon_gaoce_688556_2022.pdf", REAL / "esg_sentences_train_sample.txt"]


def bench_real_text(folder: Path, nlp, repeat: int) -> None:
    """(a) and (b) over the reader's text of the real documents above, summed: each file timed on its own, both
    sides alternating, the least of ``repeat`` runs of each side per file."""
    chars = tok_all = claims_all = ours_all = 0.0
    for source in REAL_TEXTS:
        text = read_document(source).text
        path = write(folder, f"real_{source.stem}.txt", text)
        tables = find_tables(read_document(path))
        tok = claims = ours = float("inf")
        for _ in range(repeat):
            tok = min(tok, timed(lambda text=text: nlp(text)))
            claims = min(claims, timed(lambda path=path, tables=tables: claims_pipeline(path, tables)))
            ours = min(ours, timed(lambda path=path: read_report(path)))
        chars, tok_all, claims_all, ours_all = chars + len(text), tok_all + tok, claims_all + claims, ours_all + ours
    label = f"{len(REAL_TEXTS)} real documents' text ({chars:,.0f} chars, distinct, least of {repeat} runs per file)"
    report(f"(a) claims pipeline vs tokeniser, {label}",
           f"tokeniser {chars / tok_all:,.0f} chars/s, claims pipeline {chars / claims_all:,.0f} chars/s",
           f"{tok_all / claims_all:.2f}x")
    report(f"(b) whole read_report vs tokeniser, {label}",
           f"tokeniser {chars / tok_all:,.0f} chars/s, read_report {chars / ours_all:,.0f} chars/s",
           f"{tok_all / ours_all:.2f}x")


def prose(target: int) -> list[str]:
    lines = [ln.strip() for p in SEEDS for ln in p.read_text(encoding="utf-8").splitlines()
             if classify_line(ln) == "body" and len(ln.strip()) > 40 and ln.strip().endswith("。")]
    size = sum(map(len, lines)) + len(lines)
    return lines * max(1, target // size)


def bench_line_breaks(folder: Path, target: int) -> None:
    lines = prose(target)
    with_breaks = write(folder, "with_breaks.txt", "\n".join(lines))
    without = write(folder, "without_breaks.txt", "".join(lines))
    t_with = timed(lambda: read_report(with_breaks))
    t_without = timed(lambda: read_report(without))
    report(f"text without line breaks vs with ({len(''.join(lines)):,} chars)",
           f"{t_without:.1f} s vs {t_with:.1f} s CPU", f"{t_without / t_with:.2f}x")


def bench_pdf(folder: Path, pages: int) -> None:
    import pypdfium2 as pdfium
    from pdfminer.high_level import extract_pages

    from extract.pdf.reader import LAPARAMS

    pdf = pdfium.PdfDocument(str(JINYU))
    part = pdfium.PdfDocument.new()
    part.import_pages(pdf, list(range(pages)))
    path = folder / f"jinyu_{pages}p.pdf"
    part.save(str(path))
    miner = timed(lambda: sum(1 for _ in extract_pages(path, laparams=LAPARAMS)))
    for engine in ("pdfium", "pdfminer"):
        os.environ["TIEOUT_PDF_ENGINE"] = engine
        ours = timed(lambda: read_report(path))
        report(f"read_report ({engine}) on a {pages}-page annual report vs pdfminer extract_pages",
               f"{ours:.1f} s vs {miner:.1f} s CPU", f"{ours / miner:.2f}x")
    os.environ.pop("TIEOUT_PDF_ENGINE", None)


def bench_workers(folder: Path) -> None:
    seconds = {}
    for workers in (1, 2):
        with Store(folder / f"workers_{workers}.db") as store:
            start = time.perf_counter()
            result = extract_paths(TEN, store=store, workers=workers)
            seconds[workers] = time.perf_counter() - start
        assert len(result.ok) == len(TEN), result.failed
    report(f"2 workers vs 1, {len(TEN)} real documents (pipeline loaded first)",
           f"{seconds[1]:.1f} s vs {seconds[2]:.1f} s", f"{seconds[1] / seconds[2]:.2f}x")


def wall(*args: str) -> float:
    start = time.perf_counter()
    subprocess.run([str(ROOT / ".venv" / "bin" / "tieout"), *args], cwd=ROOT, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def bench_startup(folder: Path) -> None:
    one = write(folder, "one_line.txt", "2023 年奖助总金额为 2136.97 万元，比去年增加了 328.15 万元。\n")
    store = folder / "startup.db"
    wall("extract", str(one), "--store", str(store))
    for label, args in (("tieout --help", ("--help",)), ("tieout claims", ("claims", "--store", str(store))),
                        ("tieout extract of a one-line text", ("extract", str(one), "--store", str(store),
                                                               "--force"))):
        best = min(wall(*args) for _ in range(3))
        report(f"start-up: {label}", f"{best:.2f} s (best of 3)", f"{best:.2f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller inputs (4x, 300k chars, 20 pages)")
    parser.add_argument("--skip", default="", help="comma-separated: tokenise,breaks,pdf,workers,startup")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each side of the tokeniser comparison")
    args = parser.parse_args()
    skip = set(filter(None, args.skip.split(",")))
    print(f"start: {load()}", flush=True)
    warm_up()
    with tempfile.TemporaryDirectory(prefix="tieout-bench-") as tmp:
        folder = Path(tmp)
        steps = {"tokenise": lambda: bench_tokenise(folder, 4 if args.quick else 8, args.repeat),
                 "breaks": lambda: bench_line_breaks(folder, 300_000 if args.quick else 1_000_000),
                 "pdf": lambda: bench_pdf(folder, 20 if args.quick else 40),
                 "workers": lambda: bench_workers(folder),
                 "startup": lambda: bench_startup(folder)}
        for name, step in steps.items():
            if name not in skip:
                print(f"{name} ({load()})", flush=True)
                step()
    print(f"end: {load()}")
    print("\n| figure | measured | ratio |\n|---|---|---|")
    for figure, measured, ratio in rows:
        print(f"| {figure} | {measured} | {ratio} |")


if __name__ == "__main__":
    sys.exit(main())
