"""Many files: expand folders, extract each file, store it, capture failures per file and go on.

The unit of work is ``extract_one(path, doc_id) -> Report | Failure``: a top-level function of
picklable arguments, so a process pool (or Dask) can map it over files while this process hashes
files, picks document ids and writes to the store.

Example:
    >>> from extract.batch import extract_paths
    >>> from extract.store import Store
    >>> with Store("tieout.db") as store:                                  # doctest: +SKIP
    ...     result = extract_paths(["corpora/seeds"], store=store)
    >>> result.exit_code, [f.message for f in result.failed]               # doctest: +SKIP
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, TextIO

from . import __version__
from .api import read_report
from .errors import ExtractError, InputError
from .ingest import SUPPORTED, file_sha256
from .records import Report, report_records
from .store import Store

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Failure:
    """A file that could not be extracted: ``message`` is one line, "FILE[, page N]: reason"."""

    path: str
    message: str
    error: str                  # exception type name
    page: int | None = None

    @classmethod
    def from_exception(cls, path: str | Path, exc: BaseException) -> "Failure":
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


Outcome = Done | Failure


@dataclass(slots=True)
class BatchResult:
    """What happened to every file of a batch, in input order."""

    ok: list[Done] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)

    @property
    def claims(self) -> int:
        return sum(d.claims for d in self.ok)

    @property
    def exit_code(self) -> int:
        """0 when every file was processed, 1 when none could be, 2 when some failed."""
        if not self.failed and self.ok:
            return 0
        return 2 if self.ok else 1

    def summary(self) -> str:
        """``"3 documents, 1250 claims, 1 failed"``."""
        docs = "document" if len(self.ok) == 1 else "documents"
        return f"{len(self.ok)} {docs}, {self.claims} claims, {len(self.failed)} failed"


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, folders replaced by their .txt/.pdf/.docx files (recursive, sorted).

    Missing paths are kept (extracting them yields a Failure); duplicates are dropped.
    """
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED))
        else:
            out.append(path)
    return list(dict.fromkeys(out))


def extract_one(path: str | Path, doc_id: str | None = None) -> Report | Failure:
    """Extract one file; every error becomes a Failure naming the file (never raises Exception)."""
    try:
        return read_report(path, doc_id=doc_id)
    except Exception as exc:    # last resort: one bad file must not stop a batch
        if not isinstance(exc, ExtractError):
            logger.debug("unexpected error on %s", path, exc_info=True)
        return Failure.from_exception(path, exc)


def _prepare(path: Path, store: Store) -> str | Failure:
    """The document id for ``path`` (hashing it), or a Failure if it cannot be read."""
    if not path.exists():
        return Failure.from_exception(path, InputError(str(path), "no such file or folder"))
    if not path.is_file():
        return Failure.from_exception(path, InputError(str(path), "not a regular file"))
    try:
        return store.doc_id_for(path, file_sha256(path))
    except OSError as exc:
        return Failure.from_exception(path, InputError(str(path), f"cannot read: {exc.strerror or exc}"))


def write_jsonl(report: Report, sink: TextIO) -> None:
    """Append the report's records to a JSONL sink, one object per line, UTF-8 text."""
    for record in report_records(report):
        sink.write(json.dumps(record, ensure_ascii=False) + "\n")
    sink.flush()


def process_file(path: Path, *, store: Store, jsonl: TextIO | None = None) -> Outcome:
    """Hash, extract, store and export one file. Store failures become Failures too."""
    prepared = _prepare(path, store)
    outcome = prepared if isinstance(prepared, Failure) else extract_one(path, prepared)
    if isinstance(outcome, Report):
        try:
            store.write_report(outcome)
        except Exception as exc:
            return Failure.from_exception(path, exc)
        if jsonl is not None:
            write_jsonl(outcome, jsonl)
        n = len(outcome.claims)
        return Done(str(path), outcome.document.doc_id, n, f"{path}: {outcome.document.doc_id}, {n} claims")
    return outcome


def _remember(store: Store, failure: Failure, run: int) -> None:
    """Record a failure in the store; a store that cannot take it does not stop the batch."""
    try:
        store.record_failure(failure.path, failure.page, failure.message, error_type=failure.error, run=run)
    except Exception:
        logger.warning("could not record failure of %s", failure.path, exc_info=True)


def extract_paths(paths: Iterable[str | Path], *, store: Store, jsonl: TextIO | None = None,
                  on_progress: Callable[[Outcome, int], None] | None = None) -> BatchResult:
    """Extract every file under ``paths`` into ``store`` (and ``jsonl``), one file at a time.

    ``on_progress(outcome, total)`` is called after each file. Failures are recorded in the store's
    ``failures`` table and returned; they never raise.
    """
    paths = list(paths)
    files = expand_paths(paths)
    run = store.start_run(__version__, [str(p) for p in paths])
    result = BatchResult()
    for path in files:
        outcome = process_file(path, store=store, jsonl=jsonl)
        if isinstance(outcome, Failure):
            result.failed.append(outcome)
            _remember(store, outcome, run)
        else:
            result.ok.append(outcome)
        if on_progress is not None:
            on_progress(outcome, len(files))
    store.finish_run(run, len(result.ok), len(result.failed))
    return result
