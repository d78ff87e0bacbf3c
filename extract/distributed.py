"""Beyond one machine: map ``extract_one`` over a Dask distributed cluster.

The parent process (``tieout extract ... --scheduler tcp://HOST:PORT``) hashes the files, picks
their document ids and writes every Report to the store; the workers only run ``extract_one``.
Workers read the files themselves, so the files must be on storage every worker sees under the
same absolute path (the parent sends absolute paths).

Example:
    >>> from distributed import LocalCluster                                  # doctest: +SKIP
    >>> with LocalCluster(n_workers=2) as cluster, Store("t.db") as store:     # doctest: +SKIP
    ...     extract_paths(["corpora/seeds"], store=store, scheduler=cluster.scheduler_address)
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from itertools import islice
from pathlib import Path
from typing import Any

from .records import Report

# The per-file function and the failure type come from ``extract.batch`` as arguments (it imports this
# module lazily); importing them here would make the two modules import each other.
Task = tuple[Path, str]                         # (file, document id)
Work = Callable[[str, str], Any]                # extract_one(path, doc_id) -> Report | Failure
Fail = Callable[[Path, BaseException], Any]     # Failure.from_exception(path, exc)

logger = logging.getLogger(__name__)

DEFAULT_CONNECT_TIMEOUT = "30s"


class SchedulerError(Exception):
    """The Dask scheduler could not be reached."""


def connect(address: str, *, timeout: str = DEFAULT_CONNECT_TIMEOUT) -> Any:
    """A ``distributed.Client`` connected to the scheduler at ``address`` (SchedulerError if not)."""
    from distributed import Client

    try:
        return Client(address, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        raise SchedulerError(f"{address}: cannot reach the Dask scheduler: {exc}") from exc


def _window(client: Any) -> int:
    """Files in flight: twice the cluster's threads (at least 4), so memory stays bounded."""
    return max(4, 2 * sum(client.nthreads().values()))


def _outcome(future: Any, task: Task, fail: Fail) -> Any:
    """The future's Report (with the path as the parent gave it) or a Failure."""
    try:
        outcome = future.result()
    except Exception as exc:    # KilledWorker, CancelledError, a lost connection …
        return fail(task[0], exc)
    if isinstance(outcome, Report):
        return replace(outcome, document=replace(outcome.document, path=str(task[0])))
    return outcome


def run_dask(tasks: Iterable[Task], address: str, work: Work, fail: Fail) -> Iterator[tuple[Task, Any]]:
    """Run ``work`` (``extract.batch.extract_one``) over the tasks on the cluster at ``address``,
    yielding each Report or Failure as it completes (``fail`` turns a lost task into a Failure).

    Tasks are sent with ``client.map`` in windows of a few per worker thread, and each result is
    released as soon as it has been yielded.
    """
    from distributed import as_completed

    client = connect(address)
    try:
        todo = iter(tasks)
        pending: dict[Any, Task] = {}
        done = as_completed(loop=client.loop)       # not the default client: there may be none
        while True:
            batch = list(islice(todo, max(0, _window(client) - len(pending))))   # workers may leave
            if batch:
                futures = client.map(work, [str(Path(p).resolve()) for p, _ in batch],
                                     [doc_id for _, doc_id in batch], pure=False)
                pending.update(zip(futures, batch))
                done.update(futures)
            if not pending:
                return
            future = next(done)
            task = pending.pop(future)
            yield task, _outcome(future, task, fail)
            future.release()
    finally:
        client.close()
