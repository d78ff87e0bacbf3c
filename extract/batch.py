"""Many files: expand folders, extract each file, store it, capture failures per file and go on.

The unit of work is ``extract_one(path, doc_id) -> Report | Failure``: a top-level function of
picklable arguments, so a process pool (``workers=N``) or a Dask cluster (``scheduler=ADDRESS``,
see ``extract.distributed``) can map it over files while this process hashes files, picks document
ids and writes each Report to the store in its own transaction. Files whose sha256 is already stored
are skipped, so a run that was killed resumes where it stopped.

Example:
    >>> from extract.batch import extract_paths
    >>> from extract.store import Store
    >>> with Store("tieout.db") as store:                                  # doctest: +SKIP
    ...     result = extract_paths(["corpora/seeds"], store=store, workers=2)
    >>> result.summary()                                                   # doctest: +SKIP
    '2 documents, 1250 claims, 0 failed'
"""
from __future__ import annotations

import ctypes
import gc
import json
import logging
import multiprocessing
import os
import re
import signal
import tempfile
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from . import __version__
from .api import read_report
from .errors import ExtractError, InputError
from .ingest import SUPPORTED, file_sha256, missing_reason
from .records import Report, report_records
from .store import Store
from .store.sqlite import DocIdTaken

logger = logging.getLogger(__name__)

Task = tuple[Path, str]                     # (file, document id)
PR_SET_PDEATHSIG = 1                        # linux/prctl.h
DEFAULT_TIMEOUT = 600.0                     # seconds per file (``--timeout-per-file``)


@dataclass(frozen=True, slots=True)
class Failure:
    """A file that could not be extracted: ``message`` is one line, "FILE[, page N]: reason"."""

    path: str
    message: str
    error: str                  # exception type name
    page: int | None = None

    @classmethod
    def from_exception(cls, path: str | Path, exc: BaseException) -> Failure:
        """A Failure naming the file; unexpected exceptions keep their type in the message."""
        if isinstance(exc, ExtractError):
            message = " ".join(exc.one_line().splitlines())
            return cls(str(path), message, type(exc).__name__, exc.page)
        detail = str(exc).splitlines()[0] if str(exc) else ""
        message = f"{path}: {type(exc).__name__}" + (f": {detail}" if detail else "")
        return cls(str(path), message, type(exc).__name__)


@dataclass(frozen=True, slots=True)
class Done:
    """A file extracted and stored."""

    path: str
    doc_id: str
    claims: int
    message: str
    pages: int = 0
    warnings: tuple[str, ...] = ()      # pages left out and the like ("FILE, page N: reason")


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file not extracted because a file with the same sha256 is already stored (as ``doc_id``)."""

    path: str
    doc_id: str
    message: str


Outcome = Done | Failure | Skipped
Runner = Callable[[Iterable[Task]], Iterator[tuple[Task, "Report | Failure"]]]


@dataclass(slots=True)
class BatchResult:
    """What happened to every file of a batch, in input order."""

    ok: list[Done] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)

    @property
    def claims(self) -> int:
        return sum(d.claims for d in self.ok)

    @property
    def pages(self) -> int:
        return sum(d.pages for d in self.ok)

    @property
    def exit_code(self) -> int:
        """0 when every file was processed (or already stored), 1 when none could be, 2 when some failed."""
        if not self.failed and (self.ok or self.skipped):
            return 0
        return 2 if self.ok or self.skipped else 1

    def add(self, outcome: Outcome) -> None:
        """File one outcome under ok, failed or skipped."""
        if isinstance(outcome, Done):
            self.ok.append(outcome)
        elif isinstance(outcome, Skipped):
            self.skipped.append(outcome)
        else:
            self.failed.append(outcome)

    def sort(self, order: dict[str, int]) -> None:
        """Put every list back in input order (``order``: path -> position)."""
        for group in (self.ok, self.failed, self.skipped):
            group.sort(key=lambda o: order.get(o.path, len(order)))

    def summary(self) -> str:
        """``"3 documents, 1250 claims, 1 failed"`` (plus ``", 2 skipped (already stored)"``)."""
        docs = "document" if len(self.ok) == 1 else "documents"
        text = f"{len(self.ok)} {docs}, {self.claims} claims, {len(self.failed)} failed"
        return text + (f", {len(self.skipped)} skipped (already stored)" if self.skipped else "")


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, folders replaced by their .txt/.pdf/.docx files (recursive, sorted).

    Missing paths are kept (extracting them yields a Failure); duplicates are dropped.
    """
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir() and folder_error(path) is None:
            out.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED))
        else:
            out.append(path)        # a folder that cannot be listed fails like a missing file
    return list(dict.fromkeys(out))


def folder_error(path: Path) -> str | None:
    """Why the folder ``path`` cannot be listed (None: it can)."""
    try:
        with os.scandir(path):
            return None
    except OSError as exc:
        return f"cannot list the folder: {exc.strerror or exc}"


class TimeBudgetExceeded(ExtractError):
    """A file took longer than the batch's time budget per file (``--timeout-per-file``)."""


@contextmanager
def time_budget(path: str | Path, seconds: float | None) -> Iterator[None]:
    """Raise TimeBudgetExceeded in this thread after ``seconds`` (SIGALRM; only in a process's main
    thread, so Dask worker threads run without a budget). ``None`` or 0: no budget."""
    usable = bool(seconds) and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not usable:
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise TimeBudgetExceeded(str(path), f"took longer than the time budget of {seconds:g} s per file "
                                            "(--timeout-per-file); not extracted")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, float(seconds))  # type: ignore[arg-type]
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def extract_one(path: str | Path, doc_id: str | None = None,
                timeout: float | None = None) -> Report | Failure:
    """Extract one file within ``timeout`` seconds (None: no budget); every error, and a file past its
    budget, becomes a Failure naming the file (never raises Exception)."""
    try:
        with time_budget(path, timeout):
            return read_report(path, doc_id=doc_id)
    except Exception as exc:    # last resort: one bad file must not stop a batch
        if not isinstance(exc, ExtractError):
            logger.debug("unexpected error on %s", path, exc_info=True)
        return Failure.from_exception(path, exc)


# A short real sentence (README's worked example) run once in the parent before workers fork, so
# spaCy, jieba, the lexicons and the linker are loaded once and shared copy-on-write.
WARM_UP_TEXT = "一、奖助情况\n2023 年奖助总金额为 2136.97 万元，比去年增加了 328.15 万元，增长了 18.14%。\n"


def warm_up() -> None:
    """Load the whole pipeline in this process (by extracting a one-sentence text once)."""
    global _warm
    if _warm:
        return
    with tempfile.TemporaryDirectory(prefix="tieout-warm-") as folder:
        path = Path(folder) / "warm_up.txt"
        path.write_text(WARM_UP_TEXT, encoding="utf-8")
        outcome = extract_one(path, "warm_up")
    if isinstance(outcome, Failure):
        logger.warning("warming up the pipeline failed: %s", outcome.message)
    gc.freeze()     # the loaded pipeline is never collected: cheap collections, pages shared by forked workers
    _warm = True


_warm = False


def default_workers() -> int:
    """The number of CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:      # not on Linux
        return os.cpu_count() or 1


class Planner:
    """Hashes files and picks their document ids in the parent process, remembering the ids and
    hashes handed out in this run (so two files of one batch never get the same id)."""

    def __init__(self, store: Store, *, force: bool = False):
        self.store = store
        self.force = force
        self.ids: dict[str, str] = {}       # doc id -> sha256, this run
        self.shas: dict[str, str] = {}      # sha256 -> doc id, this run
        self.firsts: dict[str, str] = {}    # sha256 -> the first file with it, this run
        self.copies: dict[str, str] = {}    # file -> the earlier file of this run with the same content

    def plan(self, path: Path) -> Task | Failure | Skipped:
        """``(path, doc_id)`` to extract, a Skipped if its content is stored, or a Failure."""
        if not path.exists():
            reason = missing_reason(path, "no such file or folder")
            return Failure.from_exception(path, InputError(str(path), reason))
        if not path.is_file():
            reason = (folder_error(path) if path.is_dir() else None) or "not a regular file"
            return Failure.from_exception(path, InputError(str(path), reason))
        try:
            sha = file_sha256(path)
        except OSError as exc:
            return Failure.from_exception(path, InputError(str(path), f"cannot read: {exc.strerror or exc}"))
        stored = self.store.has_sha256(sha)
        if (stored is not None and not self.force) or sha in self.shas:
            doc_id = self.shas.get(sha) or stored or ""
            if sha in self.shas:
                self.copies[str(path)] = self.firsts[sha]
            return Skipped(str(path), doc_id, f"{path}: already stored as {doc_id}")
        doc_id = stored or self.store.doc_id_for(path, sha)     # forced: the stored copy is replaced
        if self.ids.get(doc_id, sha) != sha:
            doc_id = f"{path.stem}-{sha[:8]}"
        self.ids[doc_id], self.shas[sha], self.firsts[sha] = sha, doc_id, str(path)
        return path, doc_id

    def tasks(self, files: Iterable[Path], emit: Callable[[Outcome], None]) -> Iterator[Task]:
        """The files to extract, planned lazily; skipped and failed ones go to ``emit`` instead."""
        for path in files:
            planned = self.plan(path)
            if isinstance(planned, tuple):
                yield planned
            elif planned.path not in self.copies:      # a copy's outcome is its first file's (copy_outcomes)
                emit(planned)

    def copy_outcomes(self, result: BatchResult) -> Iterator[Outcome]:
        """Each copy of an earlier file of this run, once that file is done: skipped when it was stored,
        failed for the same reason when it failed (an empty or broken file is never "already stored")."""
        firsts = {o.path: o for group in (result.ok, result.failed, result.skipped) for o in group}
        for path, first in self.copies.items():
            outcome = firsts.get(first)
            if isinstance(outcome, Failure):
                named = outcome.message.startswith(first)
                rest = outcome.message[len(first):] if named else f": {outcome.message}"
                yield Failure(path, f"{path}{rest} (same content as {first})", outcome.error, outcome.page)
            else:
                doc_id = outcome.doc_id if outcome is not None else ""
                yield Skipped(path, doc_id, f"{path}: already stored as {doc_id}")


def write_jsonl(report: Report, sink: TextIO) -> None:
    """Append the report's records to a JSONL sink, one object per line, UTF-8 text."""
    sink.writelines(json.dumps(record, ensure_ascii=False) + "\n" for record in report_records(report))
    sink.flush()


def store_outcome(task: Task, outcome: Report | Failure, *, store: Store, jsonl: TextIO | None = None,
                  force: bool = False, retry: bool = True) -> Outcome:
    """Write one extracted Report in one transaction (and to ``jsonl``); store errors become Failures.

    Unless ``force``, a report whose file another run stored meanwhile is not written (Skipped).
    If another process took the document id meanwhile, the file is extracted again here under
    the id ``Store.doc_id_for`` now gives (once).
    """
    path, doc_id = task
    if isinstance(outcome, Failure):
        return outcome
    try:
        written = store.write_report(outcome, if_new=not force)
    except DocIdTaken as exc:
        if not retry:
            return Failure.from_exception(path, exc)
        new_task = (path, store.doc_id_for(path, outcome.document.sha256))
        return store_outcome(new_task, extract_one(*new_task), store=store, jsonl=jsonl, force=force,
                             retry=False)
    except Exception as exc:
        return Failure.from_exception(path, exc)
    if not written:
        stored = store.has_sha256(outcome.document.sha256) or doc_id
        return Skipped(str(path), stored, f"{path}: already stored as {stored} (by another run)")
    if jsonl is not None:
        write_jsonl(outcome, jsonl)
    n, doc = len(outcome.claims), outcome.document
    return Done(str(path), doc.doc_id, n, f"{path}: {doc.doc_id}, {n} claims", len(doc.pages), doc.warnings)


def run_inline(tasks: Iterable[Task], timeout: float | None = None) -> Iterator[tuple[Task, Report | Failure]]:
    """Extract the tasks one after the other in this process (the pipeline loaded first when there is a
    time budget, so that loading it is not charged to the first file)."""
    if timeout:
        warm_up()
    for task in tasks:
        yield task, extract_one(*task, timeout)


def _die_with_parent() -> None:
    """Pool initializer: on Linux, have the kernel stop this worker when the parent is killed."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, int(signal.SIGTERM))
    except (OSError, AttributeError):   # not Linux
        return
    if os.getppid() == 1:               # the parent died before prctl
        os._exit(1)


def _new_pool(workers: int) -> ProcessPoolExecutor:
    """Worker processes forked from this one (they inherit the loaded modules; POSIX only)."""
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    return ProcessPoolExecutor(workers, mp_context=context, initializer=_die_with_parent)


def _result(future: Future, task: Task) -> Report | Failure:
    try:
        return future.result()
    except BrokenProcessPool as exc:    # a worker died (killed, out of memory, crashed)
        name = type(exc).__name__
        return Failure(str(task[0]), f"{task[0]}: worker process died ({name})", name)


def run_pool(tasks: Iterable[Task], workers: int,
             timeout: float | None = None) -> Iterator[tuple[Task, Report | Failure]]:
    """Extract the tasks in ``workers`` processes, yielding results as they complete.

    The pipeline is loaded here first (``warm_up``), so the forked workers share it copy-on-write
    instead of each loading spaCy, jieba and the lexicons again. At most ``2 * workers`` files are in
    flight, so memory does not grow with the batch. If a worker dies, the files in flight become
    Failures and a new pool takes the rest.
    """
    todo = iter(tasks)
    pending: dict[Future, Task] = {}
    warm_up()
    from .nlp.segmenter import load_dictionary
    load_dictionary()       # all of jieba's dictionary (a text loads only its characters'), shared by the workers
    pool = _new_pool(workers)
    try:
        while True:
            for task in todo:
                try:
                    pending[pool.submit(extract_one, *task, timeout)] = task
                except BrokenProcessPool:
                    pool.shutdown(wait=False)
                    pool = _new_pool(workers)
                    pending[pool.submit(extract_one, *task, timeout)] = task
                if len(pending) >= 2 * workers:
                    break
            if not pending:
                return
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                task = pending.pop(future)
                yield task, _result(future, task)
    finally:
        pool.shutdown(cancel_futures=True)


def make_runner(workers: int = 1, scheduler: str | None = None, timeout: float | None = None) -> Runner:
    """In-process (``workers=1``), a process pool, or a Dask cluster at ``scheduler``; each runs
    ``extract_one`` (Dask worker threads without a time budget: SIGALRM needs a main thread)."""
    if scheduler:
        from .distributed import run_dask

        return lambda tasks: run_dask(tasks, scheduler, extract_one, Failure.from_exception)
    if workers > 1:
        return lambda tasks: run_pool(tasks, workers, timeout)
    return lambda tasks: run_inline(tasks, timeout)


def largest_first(tasks: Iterable[Task]) -> list[Task]:
    """Tasks by file size, largest first (a pool ends sooner when the long files start early)."""
    def size(task: Task) -> int:
        try:
            return task[0].stat().st_size
        except OSError:
            return 0
    return sorted(tasks, key=size, reverse=True)


RE_WARNING_PAGE = re.compile(r", page (\d+): ")


def warnings_failure(done: Done) -> Failure:
    """A stored file's reading warnings as one row of the failures table (the first page it names)."""
    first = done.warnings[0]
    page = RE_WARNING_PAGE.search(first)
    pages = [m.group(1) for w in done.warnings[1:] if (m := RE_WARNING_PAGE.search(w))]
    more = f" (also pages {', '.join(pages)})" if pages else ""
    if len(done.warnings) > 1 and not pages:
        more = f" (and {len(done.warnings) - 1} more warnings)"
    return Failure(done.path, first + more, "PageWarning", int(page.group(1)) if page else None)


def _remember(store: Store, failure: Failure, run: int) -> None:
    """Record a failure in the store; a store that cannot take it does not stop the batch."""
    try:
        store.record_failure(failure.path, failure.page, failure.message, error_type=failure.error, run=run)
    except Exception:
        logger.warning("could not record failure of %s", failure.path, exc_info=True)


def extract_paths(paths: Iterable[str | Path], *, store: Store, jsonl: TextIO | None = None,
                  on_progress: Callable[[Outcome, int], None] | None = None, workers: int = 1,
                  scheduler: str | None = None, force: bool = False,
                  timeout: float | None = DEFAULT_TIMEOUT) -> BatchResult:
    """Extract every file under ``paths`` into ``store`` (and ``jsonl``).

    Files run in this process (``workers=1``), in a pool of ``workers`` processes (largest files
    first), or on the Dask cluster at ``scheduler``; this process is the one store writer, each
    Report in one transaction. Files already stored (same sha256) are skipped unless ``force``. A
    file still running after ``timeout`` seconds becomes a Failure and the batch goes on.
    ``on_progress(outcome, total)`` is called after each file. Failures (and pages left out of
    stored files) are recorded in the store's ``failures`` table.
    """
    paths = list(paths)
    files = expand_paths(paths)
    run = store.start_run(__version__, [str(p) for p in paths])
    result = BatchResult()

    def emit(outcome: Outcome) -> None:
        result.add(outcome)
        if isinstance(outcome, Failure):
            _remember(store, outcome, run)
        elif isinstance(outcome, Done) and outcome.warnings:
            _remember(store, warnings_failure(outcome), run)
        if on_progress is not None:
            on_progress(outcome, len(files))

    workers = workers if len(files) > 1 else 1
    runner = make_runner(workers, scheduler, timeout)
    planner = Planner(store, force=force)
    tasks: Iterable[Task] = planner.tasks(files, emit)
    if workers > 1 or scheduler:
        tasks = largest_first(tasks)    # ids are planned in input order first, so they do not change
    for task, extracted in runner(tasks):
        emit(store_outcome(task, extracted, store=store, jsonl=jsonl, force=force))
    for outcome in planner.copy_outcomes(result):
        emit(outcome)
    result.sort({str(p): n for n, p in enumerate(files)})
    store.finish_run(run, len(result.ok), len(result.failed))
    return result
