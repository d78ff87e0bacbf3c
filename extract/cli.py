"""The ``tieout`` command line: thin commands over the library (parse, call, format).

Errors become one line on stderr ("tieout: FILE[, page N]: reason") and a non-zero exit status;
set TIEOUT_DEBUG=1 to see the traceback of an unexpected error instead.

Conventions (each has a test in tests/test_cli.py): ``python -m extract`` runs the same CLI; every query
command takes ``--format json|jsonl|csv|table``; ``-`` names standard input; choices are validated with a
message listing the valid ones; ``-q`` leaves nothing on stderr but errors and ``-v`` adds progress
notes; query commands open the store read-only. Exit status: see EXIT_CODES.
"""
from __future__ import annotations

import csv
import functools
import io
import json
import logging
import os
import sys
import tempfile
import time
import unicodedata
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Callable, Iterator, Sequence

import click

from . import __version__
from .batch import Done, Failure, Outcome, default_workers, expand_paths, extract_paths
from .distributed import SchedulerError
from .errors import ExtractError, StoreError
from .ingest import read_document
from .store import DEFAULT_PATH, Store
from .store.schema import CLAIM_KINDS

TABLE_COLUMNS = ("doc", "id", "page", "text", "kind", "metric", "normalized", "unit", "period", "sentence")
DOCUMENT_COLUMNS = ("id", "title", "org", "year", "format", "pages", "chars")
REVIEW_COLUMNS = ("id", "at", "reviewer", "doc", "claim_id", "action", "table_id", "field", "value", "note")
INDICATOR_COLUMNS = ("source", "org", "year", "value", "unit", "page", "doc", "label", "ref", "sentence")
SENTENCE_COLUMNS = ("page", "label", "p", "claims", "text")
MAX_CELL_WIDTH = 28         # display columns (a CJK character counts 2)
FORMATS = ("table", "csv", "jsonl", "json")
EXIT_CODES = """\b
Exit status:
  0  success
  1  error: nothing done (bad store, unreadable input, invalid review, ...)
  2  usage error (unknown option, invalid choice), or: extract stored some
     files but others failed (each named on stderr)"""


class CliError(click.ClickException):
    """A one-line error at the CLI boundary: "tieout: message", exit status 1."""

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(f"tieout: {self.format_message()}", err=True)


def store_option(create: bool = True, readonly: bool = False) -> Callable:
    """``--store DB`` (env TIEOUT_STORE), opened as a Store (read-only for commands that only read) and
    passed as ``store``."""
    def decorator(func: Callable) -> Callable:
        @click.option("--store", "store_path", default=DEFAULT_PATH, show_default=True, envvar="TIEOUT_STORE",
                      help="SQLite claim store (file).")
        @functools.wraps(func)
        def wrapper(store_path: str, **kwargs: Any) -> Any:
            with open_store(store_path, create=create, readonly=readonly) as store:
                return func(store=store, **kwargs)
        return wrapper
    return decorator


def format_option(default: str = "table") -> Callable:
    """``--format table|csv|jsonl|json`` (passed as ``fmt``)."""
    return click.option("--format", "fmt", type=click.Choice(FORMATS), default=default, show_default=True,
                        help="Output format: an aligned table, CSV, one JSON object per line, or one JSON array.")


def quiet() -> bool:
    """Whether ``-q`` was given (nothing on stderr but errors)."""
    ctx = click.get_current_context(silent=True)
    return bool(ctx and ctx.find_root().obj and ctx.find_root().obj.get("quiet"))


def note(message: str) -> None:
    """A progress or summary line on stderr, unless ``-q``."""
    if not quiet():
        click.echo(message, err=True)


@contextmanager
def input_path(name: str) -> Iterator[str]:
    """``name`` itself, or for ``-`` a temporary file holding standard input (named stdin.pdf, stdin.docx
    or stdin.txt after its first bytes)."""
    if name != "-":
        yield name
        return
    data = sys.stdin.buffer.read()
    suffix = ".pdf" if data.startswith(b"%PDF") else ".docx" if data.startswith(b"PK\x03\x04") else ".txt"
    with tempfile.TemporaryDirectory(prefix="tieout-stdin-") as folder:
        path = Path(folder) / f"stdin{suffix}"
        path.write_bytes(data)
        yield str(path)


def pdf_engine_option(func: Callable) -> Callable:
    """``--pdf-engine pdfium|pdfminer`` (env TIEOUT_PDF_ENGINE), set in the environment so that worker
    processes read PDFs with the same engine."""
    from .pdf import ENGINE_VARIABLE, ENGINES

    def remember(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
        if value:
            os.environ[ENGINE_VARIABLE] = value
        return value

    return click.option("--pdf-engine", type=click.Choice(ENGINES), default=None, expose_value=False,
                        envvar=ENGINE_VARIABLE, callback=remember, is_eager=True,
                        help="PDF reader: pdfium (fast, default) or pdfminer (pdfminer.six layout; "
                             "also the fallback when pdfium fails).")(func)


def open_store(path: str, *, create: bool = True, readonly: bool = False) -> Store:
    """A Store, or a one-line CliError when it cannot be opened."""
    try:
        return Store(path, create=create, readonly=readonly)
    except StoreError as exc:
        raise CliError(str(exc)) from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]}, epilog=EXIT_CODES)
@click.version_option(__version__, prog_name="tieout")
@click.option("-q", "--quiet", "quiet_", is_flag=True, help="Nothing on stderr but errors.")
@click.option("-v", "--verbose", count=True, help="More notes on stderr (-vv: debugging detail).")
@click.pass_context
def cli(ctx: click.Context, quiet_: bool, verbose: int) -> None:
    """Extract quantitative claims, tables and case studies from Chinese reports."""
    ctx.obj = {"quiet": quiet_, "verbose": verbose}
    _set_logging(quiet_, verbose)


def _set_logging(quiet_: bool, verbose: int) -> None:
    root = logging.getLogger("extract")        # the library's loggers: silent unless -v
    root.handlers[:] = []
    root.setLevel(logging.ERROR if quiet_ else logging.NOTSET)
    root.propagate = True
    if verbose and not quiet_:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("tieout: %(message)s"))
        root.handlers[:] = [handler]
        root.setLevel(logging.INFO if verbose == 1 else logging.DEBUG)
        root.propagate = False


@cli.command(epilog=EXIT_CODES)
@click.argument("paths", nargs=-1, required=True, type=click.Path(readable=False))   # unreadable: a failure
@click.option("--jsonl", type=click.File("w", encoding="utf-8"), default=None,
              help="Also write the records as JSONL to FILE ('-' for stdout).")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Processes extracting files at once  [default: all cores; 1 = in this process]")
@click.option("--scheduler", metavar="tcp://HOST:PORT", default=None,
              help="Run the files on this Dask scheduler's workers (same paths on shared storage).")
@click.option("--force", is_flag=True, help="Extract again files whose sha256 is already stored.")
@click.option("--timeout-per-file", "timeout", type=click.FloatRange(min=0), default=600.0, show_default=True,
              metavar="SECONDS", help="A file still running after this is recorded as failed and the batch "
                                      "goes on (0 = no limit).")
@pdf_engine_option
@store_option()
def extract(store: Store, paths: tuple[str, ...], jsonl: IO[str] | None, workers: int | None,
            scheduler: str | None, force: bool, timeout: float) -> None:
    """Extract files or folders (.txt, .pdf, .docx) into the store.

    Files already stored (same sha256) are skipped, so an interrupted run can simply be
    started again. One line per failed file on stderr; exit status 0 if every file was
    processed, 2 if some failed, 1 if none could be. '-' reads one file from standard input
    (stored as document "stdin").

    Example:

    \b
        tieout extract corpora/seeds/ report.pdf --store claims.db --jsonl out.jsonl
        cat report.pdf | tieout extract - --store claims.db
        tieout extract reports/ --workers 4
        tieout extract /shared/reports/ --scheduler tcp://10.0.0.5:8786
    """
    with input_path("-" if "-" in paths else "") as stdin_file:
        files = expand_paths([stdin_file if p == "-" else p for p in paths])
        if not files:
            raise CliError(f"no .txt, .pdf or .docx files in {', '.join(paths)}")
        with _progress(len(files)) as on_progress:
            try:
                result = extract_paths(files, store=store, jsonl=jsonl, on_progress=on_progress, force=force,
                                       workers=workers or default_workers(), scheduler=scheduler,
                                       timeout=timeout or None)
            except (StoreError, SchedulerError) as exc:
                raise CliError(str(exc)) from None
    note(result.summary())
    click.get_current_context().exit(result.exit_code)


@contextmanager
def _progress(total: int) -> Iterator[Callable[[Outcome, int], None]]:
    """A progress callback: a tqdm bar on stderr for several files (off when stderr is not a TTY)
    showing files done/total, pages per second and failures so far, and one
    "tieout: FILE: reason" line per failed file."""
    from tqdm import tqdm

    bar = tqdm(total=total, file=sys.stderr, unit="file", leave=False,
               disable=True if total < 2 or quiet() else None)
    seen = {"pages": 0, "failed": 0, "start": time.monotonic()}

    def on_progress(outcome: Outcome, _total: int) -> None:
        if isinstance(outcome, Failure):
            seen["failed"] += 1
            tqdm.write(f"tieout: {outcome.message}", file=sys.stderr)
        for warning in outcome.warnings if isinstance(outcome, Done) and not quiet() else ():   # pages left out
            tqdm.write(f"tieout: warning: {warning}", file=sys.stderr)
        seen["pages"] += outcome.pages if isinstance(outcome, Done) else 0
        elapsed = max(time.monotonic() - seen["start"], 1e-9)
        bar.set_postfix_str(f"{seen['pages'] / elapsed:.1f} pages/s, {seen['failed']} failed", refresh=False)
        bar.update(1)

    try:
        yield on_progress
    finally:
        bar.close()


@cli.command()
@click.argument("file", type=click.Path(readable=False))
@pdf_engine_option
def text(file: str) -> None:
    """Print the source text of FILE that every offset points into (UTF-8); '-' reads standard input.

    Example:

    \b
        tieout text report.pdf > report.txt
        cat report.txt | tieout text -
    """
    try:
        with input_path(file) as path:
            document = read_document(path)
    except ExtractError as exc:
        raise CliError(exc.one_line()) from None
    click.echo(document.text.encode("utf-8"), nl=False)


@cli.command()
@click.argument("file", type=click.Path(readable=False))
@click.option("--debug", is_flag=True, help="Every table candidate with each stage's output, and why "
              "a candidate is no table or has no cells.")
def tables(file: str, debug: bool) -> None:
    """Print the tables read from FILE: id, page, caption, unit, header and cells row by row.

    Example:

    \b
        tieout tables report.pdf --debug
    """
    from .tables import find_tables
    from .tables.trace import table_lines, trace_lines, trace_tables
    try:
        document = read_document(file)
    except ExtractError as exc:
        raise CliError(exc.one_line()) from None
    if debug:
        blocks = [trace_lines(trace) for trace in trace_tables(document)]
    else:
        blocks = [table_lines(table) for table in find_tables(document)]
    for block in blocks:
        click.echo("\n".join(block) + "\n")


@cli.command()
@click.argument("file", type=click.Path(readable=False))
@click.option("--quantitative", is_flag=True, help="Only the sentences classified as quantitative disclosure.")
@format_option()
@pdf_engine_option
def sentences(file: str, quantitative: bool, fmt: str) -> None:
    """List the prose sentences of FILE, each labelled quantitative disclosure or other (a classifier
    trained on labelled ESG report sentences: a zero-incident sentence without a digit can be
    quantitative, a sentence with a year only is not), with its probability and the ids of its claims.

    Example:

    \b
        tieout sentences esg_report.pdf --quantitative --format csv
    """
    from .api import read_report
    from .claims.disclosure import disclosure_sentences
    try:
        with input_path(file) as path:
            report = read_report(path)
    except ExtractError as exc:
        raise CliError(exc.one_line()) from None
    rows = [{"doc": s.doc, "page": s.page, "char_start": s.char_start, "char_end": s.char_end, "label": s.label,
             "p": s.p, "claims": " ".join(s.claims), "text": s.text}
            for s in disclosure_sentences(report.document, report.claims)
            if s.label == "quantitative" or not quantitative]
    emit(rows, fmt, columns=SENTENCE_COLUMNS)


@cli.command()
@click.option("--doc", help="Only this document id.")
@click.option("--kind", type=click.Choice(CLAIM_KINDS), help="Only claims of this kind.")
@click.option("--metric", help="Only claims whose metric contains this text.")
@click.option("--indicator", help="One national indicator (id or Chinese name, see models/indicators/) "
              "across all documents, from claims and table cells.")
@format_option()
@store_option(create=False, readonly=True)
def claims(store: Store, doc: str | None, kind: str | None, metric: str | None, indicator: str | None,
           fmt: str) -> None:
    """List the claims in the store.

    Example:

    \b
        tieout claims --store claims.db --kind share --metric 满意度 --format csv
        tieout claims --store claims.db --indicator 毕业去向落实率 --format csv
    """
    if indicator and (kind or metric):
        raise CliError("--indicator cannot be combined with --kind or --metric")
    try:
        rows = _indicator_rows(store, indicator, doc) if indicator else store.claims(doc=doc, kind=kind, metric=metric)
    except StoreError as exc:
        raise CliError(str(exc)) from None
    emit(rows, fmt, columns=INDICATOR_COLUMNS if indicator else TABLE_COLUMNS)


def emit(rows: Sequence[dict[str, Any]], fmt: str, columns: Sequence[str] = TABLE_COLUMNS) -> None:
    """Print rows in one of FORMATS on stdout, in UTF-8 whatever the locale."""
    out = io.StringIO()
    if fmt == "table":
        format_table(rows, out, columns=columns)
    else:
        FORMATTERS[fmt](rows, out)
    click.echo(out.getvalue().encode("utf-8"), nl=False)


@cli.command()
@format_option()
@store_option(create=False, readonly=True)
def failures(store: Store, fmt: str) -> None:
    """List the files that could not be extracted: file, page, error, message.

    Example:

    \b
        tieout failures --store claims.db --format csv
    """
    try:
        rows = store.failures()
    except StoreError as exc:
        raise CliError(str(exc)) from None
    if fmt == "table":
        click.echo("".join(f"{r['message']}  [{r['error']}]\n" for r in rows).encode("utf-8"), nl=False)
    else:
        emit(rows, fmt)


@cli.command()
@click.option("--parquet", "parquet_dir", type=click.Path(file_okay=False),
              help="Write DIR/<table>/*.parquet.")
@click.option("--csv", "csv_dir", type=click.Path(file_okay=False), help="Write DIR/<table>.csv.")
@click.option("--jsonl", "jsonl_out", type=click.Path(dir_okay=False, allow_dash=True),
              help="Write every record as JSONL to FILE ('-' for stdout).")
@store_option(create=False, readonly=True)
def export(store: Store, parquet_dir: str | None, csv_dir: str | None, jsonl_out: str | None) -> None:
    """Export every record table (documents … checks, reviews, failures, runs) as Parquet datasets,
    CSV files and/or JSONL.

    Example:

    \b
        tieout export --store claims.db --parquet out/ --csv out-csv/ --jsonl all.jsonl
        duckdb -c "select kind, count(*) from 'out/claims/*.parquet' group by kind"
    """
    from .store.parquet import export_csv, export_jsonl, export_parquet
    if not parquet_dir and not csv_dir and not jsonl_out:
        raise CliError("nothing to do: give --parquet DIR, --csv DIR and/or --jsonl FILE")
    try:
        counts = export_parquet(store, parquet_dir) if parquet_dir else {}
        counts = export_csv(store, csv_dir) if csv_dir else counts
        if jsonl_out == "-":
            stream = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="\n")
            try:
                per_type = export_jsonl(store, stream)
            finally:
                stream.flush()
                stream.detach()         # leave stdout open
        if jsonl_out:
            per_type = per_type if jsonl_out == "-" else export_jsonl(store, jsonl_out)
            counts = counts or {f"{name}s": n for name, n in per_type.items()}
    except (StoreError, OSError) as exc:
        raise CliError(str(exc)) from None
    note(", ".join(f"{n} {name}" for name, n in counts.items()))


@cli.command()
@click.argument("target", metavar="FILE|DOC_ID")
@click.option("--html", "html_out", type=click.Path(dir_okay=False), help="Write a self-contained HTML page.")
@click.option("--csv", "csv_out", type=click.Path(dir_okay=False), help="Write the audit rows as CSV.")
@click.option("--store", "store_path", default=DEFAULT_PATH, show_default=True, envvar="TIEOUT_STORE",
              help="SQLite claim store (file).")
def audit(store_path: str, target: str, html_out: str | None, csv_out: str | None) -> None:
    """Tie-out audit: conflicts and failed checks first, then every claim and its cell(s).

    A FILE is extracted into the store first; a DOC_ID is read from the store (opened read-only).

    Example:

    \b
        tieout audit report.pdf --store claims.db --html audit.html --csv audit.csv
    """
    from .audit import audit_html, audit_text, load_audit, write_csv
    reading = not Path(target).is_file()
    try:
        with open_store(store_path, create=not reading, readonly=reading) as store:
            result = load_audit(target, store)
    except StoreError as exc:
        raise CliError(str(exc)) from None
    if html_out:
        open(html_out, "w", encoding="utf-8").write(audit_html(result))
    if csv_out:
        with open(csv_out, "w", encoding="utf-8", newline="") as out:
            write_csv(result, out)
    click.echo(audit_text(result).encode("utf-8"), nl=False)


@cli.command()
@click.option("--store", "store_path", default=DEFAULT_PATH, show_default=True, envvar="TIEOUT_STORE",
              help="SQLite claim store (file).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (loopback by default).")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="Port (0: any free).")
def serve(store_path: str, host: str, port: int) -> None:
    """Review page: browse the store, inspect tie-outs, confirm/reject links, correct claims.

    Example:

    \b
        tieout serve --store claims.db --port 8000
    """
    from .web import make_server
    open_store(store_path, create=False, readonly=True).close()
    try:
        server = make_server(store_path, host, port)
    except OSError as exc:
        raise CliError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    note(f"tieout: serving {store_path} on http://{host}:{server.server_port}/ (Ctrl-C stops)")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@cli.command()
@click.argument("words")
@click.option("--doc", help="Only this document id.")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="At most this many claims.")
@format_option()
@store_option(create=False, readonly=True)
def search(store: Store, words: str, doc: str | None, limit: int | None, fmt: str) -> None:
    """Claims whose sentence holds WORDS (Chinese words: 就业, 学生; several words: all of them).

    Example:

    \b
        tieout search 就业 --store claims.db --format json
    """
    try:
        rows = store.search(words, doc=doc, limit=limit)
    except StoreError as exc:
        raise CliError(str(exc)) from None
    emit(rows, fmt)


@cli.command()
@format_option()
@store_option(create=False, readonly=True)
def documents(store: Store, fmt: str) -> None:
    """List the stored documents: id, title, author, year, pages.

    Example:

    \b
        tieout documents --store claims.db --format csv
    """
    try:
        rows = store.documents()
    except StoreError as exc:
        raise CliError(str(exc)) from None
    emit(rows, fmt, columns=DOCUMENT_COLUMNS)


@cli.command()
@click.argument("decision", nargs=-1, metavar="[DOC CLAIM_ID ACTION | -]")
@click.option("--reviewer", envvar="TIEOUT_REVIEWER", help="Who decides (env TIEOUT_REVIEWER).")
@click.option("--table", "table_id", help="The link's table (confirm_link, reject_link).")
@click.option("--row", help="The link's row label.")
@click.option("--col", help="The link's column label.")
@click.option("--field", help="The corrected claim field (correct).")
@click.option("--value", help="The corrected value (correct).")
@click.option("--note", "note_text", help="A note kept with the decision.")
@click.option("--list", "list_", is_flag=True, help="List the recorded reviews instead.")
@format_option()
@click.option("--store", "store_path", default=DEFAULT_PATH, show_default=True, envvar="TIEOUT_STORE",
              help="SQLite claim store (file).")
def review(decision: tuple[str, ...], reviewer: str | None, table_id: str | None, row: str | None,
           col: str | None, field: str | None, value: str | None, note_text: str | None, list_: bool,
           fmt: str, store_path: str) -> None:
    """Record a reviewer's decision on a claim, as the review page does; '-' reads decisions as JSONL
    from standard input ({"doc", "claim_id", "action", "reviewer", "table_id", ...} per line).

    ACTION is one of confirm_link, reject_link (with --table, --row, --col), correct (with --field,
    --value) or wrong. Decisions go to the store's reviews table and every export.

    Example:

    \b
        tieout review 000_0d6d81e4e345128e c6600 wrong --reviewer 王审计 --note 页码
        tieout review --list --format csv
    """
    from .store.reviews import ACTIONS, Review, ReviewError, add_review, reviews_of

    if list_:
        with open_store(store_path, create=False, readonly=True) as store:
            emit(reviews_of(store.conn), fmt, columns=REVIEW_COLUMNS)
        return
    if decision == ("-",):
        lines = [line for line in sys.stdin.buffer.read().decode("utf-8", "replace").splitlines() if line.strip()]
        try:
            items = [json.loads(line) for line in lines]
        except json.JSONDecodeError as exc:
            raise CliError(f"<stdin>: line {exc.lineno}: not JSON: {exc.msg}") from None
    elif len(decision) == 3:
        items = [{"doc": decision[0], "claim_id": decision[1], "action": decision[2], "reviewer": reviewer,
                  "table_id": table_id, "row": row, "col": col, "field": field, "value": value, "note": note_text}]
    else:
        raise click.UsageError("give DOC CLAIM_ID ACTION, or '-' to read decisions from standard input")
    for item in items:
        if item.get("action") not in ACTIONS:
            raise click.BadParameter(f"{item.get('action')!r} is not one of {', '.join(map(repr, ACTIONS))}.",
                                     param_hint="'ACTION'")
    with open_store(store_path, create=False) as store:
        try:
            for n, item in enumerate(items, 1):
                fields = {k: item.get(k) for k in ("table_id", "row", "col", "field", "value", "note")}
                review_id = add_review(store, Review(str(item.get("doc") or ""), str(item.get("claim_id") or ""),
                                                     item["action"], str(item.get("reviewer") or reviewer or ""),
                                                     **fields))
                note(f"tieout: review {review_id} recorded: {item['action']} {item.get('claim_id')}")
        except (ReviewError, StoreError) as exc:
            where = f"decision {n}: " if len(items) > 1 else ""
            raise CliError(f"{where}{exc}") from None


@cli.command()
@click.option("--store", "store_path", default=DEFAULT_PATH, show_default=True, envvar="TIEOUT_STORE",
              help="SQLite claim store (file).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (loopback by default).")
@click.option("--port", default=8001, show_default=True, type=click.IntRange(0, 65535), help="Port.")
def browse(store_path: str, host: str, port: int) -> None:
    """Open the store in datasette (pip install 'tieout[browse]'): search, facets, foreign-key links,
    canned queries (claims by indicator, conflicts, unlinked money claims).

    Example:

    \b
        tieout browse --store claims.db      # then http://127.0.0.1:8001/
    """
    import importlib.util
    import signal
    import subprocess

    from .store.browse import datasette_command, metadata_for

    if importlib.util.find_spec("datasette") is None:
        raise CliError("datasette is not installed: pip install 'tieout[browse]'")
    open_store(store_path, create=False).close()        # migrated to this schema if older
    with tempfile.TemporaryDirectory(prefix="tieout-browse-") as folder:
        metadata = Path(folder) / "metadata.json"
        metadata.write_text(json.dumps(metadata_for(store_path), ensure_ascii=False), encoding="utf-8")
        note(f"tieout: datasette on http://{host}:{port}/ (Ctrl-C stops)")
        child = subprocess.Popen(datasette_command(store_path, metadata, host=host, port=port,
                                                   python=sys.executable))
        previous = signal.signal(signal.SIGTERM, lambda *_: child.terminate())   # stopping us stops it
        try:
            code = child.wait()
        except KeyboardInterrupt:
            child.terminate()
            code = 0
        finally:
            child.wait()
            signal.signal(signal.SIGTERM, previous)
    click.get_current_context().exit(code if code > 0 else 0)


@cli.command()
@store_option()
def migrate(store: Store) -> None:
    """Bring a store made by an older tieout to this version's schema (done on any write too).

    Example:

    \b
        tieout migrate --store old.db
    """
    problems = store.check()
    if problems:
        raise CliError(f"{store.path}: " + "; ".join(problems[:5]))
    note(f"tieout: {store.path}: schema {store.version}, integrity and foreign keys clean")


def _indicator_rows(store: Store, indicator: str, doc: str | None) -> list[dict[str, Any]]:
    """``extract.indicators.indicator_rows``; an unknown indicator is a one-line CliError."""
    from .indicators import UnknownIndicator, indicator_rows

    try:
        return indicator_rows(store, indicator, doc=doc)
    except UnknownIndicator as exc:
        raise CliError(exc.args[0]) from None


def format_jsonl(rows: Sequence[dict[str, Any]], out: IO[str]) -> None:
    """One record per line."""
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
    out.flush()


def format_csv(rows: Sequence[dict[str, Any]], out: IO[str]) -> None:
    """Every column, header first (no ``type`` column)."""
    if not rows:
        return
    names = [k for k in rows[0] if k != "type"]
    writer = csv.DictWriter(out, fieldnames=names, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    out.flush()


def format_table(rows: Sequence[dict[str, Any]], out: IO[str], columns: Sequence[str] = TABLE_COLUMNS) -> None:
    """An aligned plain-text table of the main columns; wide cells are truncated with "…"."""
    cells = [list(columns)] + [[_cell(row.get(c)) for c in columns] for row in rows]
    widths = [max(_width(line[i]) for line in cells) for i in range(len(columns))]
    for line in cells:
        padded = [value + " " * (width - _width(value)) for value, width in zip(line, widths)]
        out.write("  ".join(padded).rstrip() + "\n")
    out.flush()


def format_json(rows: Sequence[dict[str, Any]], out: IO[str]) -> None:
    """One JSON array of the records."""
    json.dump(list(rows), out, ensure_ascii=False, indent=1)
    out.write("\n")
    out.flush()


FORMATTERS: dict[str, Callable[[Sequence[dict[str, Any]], IO[str]], None]] = {
    "table": format_table, "csv": format_csv, "jsonl": format_jsonl, "json": format_json}


def _width(text: str) -> int:
    """Display width: wide and full-width characters count 2."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _cell(value: Any) -> str:
    """A value as one line, cut to MAX_CELL_WIDTH display columns."""
    text = "" if value is None else " ".join(str(value).split())
    if _width(text) <= MAX_CELL_WIDTH:
        return text
    out, used = [], 0
    for ch in text:
        used += _width(ch)
        if used > MAX_CELL_WIDTH - 1:
            break
        out.append(ch)
    return "".join(out) + "…"


def _command_verbosity(ctx: click.Context, param: click.Parameter, value: Any) -> None:
    """``-q``/``-v`` after the command name (``tieout extract a.pdf -q``) mean what they mean before it."""
    if not value:
        return
    shared = ctx.find_root().ensure_object(dict)
    if param.name == "quiet_":
        shared["quiet"] = True
    else:
        shared["verbose"] = shared.get("verbose", 0) + value
    _set_logging(shared.get("quiet", False), shared.get("verbose", 0))


for _command in cli.commands.values():
    _command.params += [
        click.Option(["-q", "--quiet", "quiet_"], is_flag=True, expose_value=False, callback=_command_verbosity,
                     help="Nothing on stderr but errors (as before the command)."),
        click.Option(["-v", "--verbose"], count=True, expose_value=False, callback=_command_verbosity,
                     help="More notes on stderr (as before the command)."),
    ]


def main(argv: Sequence[str] | None = None) -> None:
    """Console-script entry point: run the CLI; an unexpected error is one line, not a traceback."""
    try:
        cli.main(args=list(argv) if argv is not None else None, prog_name="tieout")
    except Exception as exc:   # click already handled its own exceptions and SystemExit
        if os.environ.get("TIEOUT_DEBUG"):
            raise
        click.echo(f"tieout: internal error: {type(exc).__name__}: {exc}", err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
