"""Helpers shared by the benchmark scripts (not a test module; benchmarks may print)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "corpora" / "seeds").glob("*.txt"))
REAL = ROOT / "corpora" / "real"
SMALL_PDFS = sorted(p for p in REAL.glob("*.pdf") if p.stat().st_size < 1_000_000)
ANNUAL_REPORTS = sorted(REAL.glob("annual_report_*.pdf"))


def load() -> str:
    """The 1/5/15-minute load averages and the CPU count, for the record."""
    one, five, fifteen = os.getloadavg()
    return f"load average {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} CPUs"


def best_of(repeat: int, func: Callable[[], object]) -> float:
    """The fastest of ``repeat`` wall-clock timings of ``func()`` (seconds)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def make_copies(folder: Path, n: int, sources: list[Path], *, max_chars: int | None = None) -> list[Path]:
    """``n`` files with distinct sha256 cut from ``sources`` in turn: a .txt gets a first line
    "副本<CJK k>" (and is cut after ``max_chars``), a PDF a comment after its %%EOF."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for k in range(n):
        source = sources[k % len(sources)]
        path = folder / f"copy_{k:04d}{source.suffix}"
        if source.suffix == ".pdf":
            shutil.copy(source, path)
            with open(path, "ab") as fh:
                fh.write(f"\n%copy {k}\n".encode())
        else:
            text = source.read_text(encoding="utf-8")
            if max_chars and len(text) > max_chars:
                text = text[:text.index("\n", max_chars) + 1]
            path.write_text(f"副本{chr(0x4E00 + k)}\n{text}", encoding="utf-8")
        out.append(path)
    return out


def run_tieout(*args: str | Path) -> tuple[float, int, str]:
    """Run ``python -m extract.cli ARGS``; wall seconds, peak RSS in MiB (that process and the
    workers it reaped, from wait4's rusage), and its stderr."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "extract.cli", *map(str, args)], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    err = proc.stderr.read() if proc.stderr else ""
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 2):
        raise RuntimeError(f"tieout {' '.join(map(str, args))} failed: {err}")
    return time.perf_counter() - start, usage.ru_maxrss // 1024, err.strip().splitlines()[-1]
