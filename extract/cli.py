"""The ``tieout`` command line: thin commands over the library (parse, call, format).

Errors become one line on stderr ("tieout: FILE[, page N]: reason") and a non-zero exit status;
set TIEOUT_DEBUG=1 to see the traceback of an unexpected error instead.
"""
from __future__ import annotations

import csv
import functools
import io
import json
import os
import sys
import time
import unicodedata
from contextlib import contextmanager
from typing import IO, Any, Callable, Iterator, Sequence

import click

from . import __version__
from .batch import Done, Failure, Outcome, default_workers, expand_paths, extract_paths
from .distributed import SchedulerError
from .errors import ExtractError, StoreError
from .ingest import read_document
from .store import DEFAULT_PATH, Store

TABLE_COLUMNS = ("doc", "id", "page", "text", "kind", "metric", "normalized", "unit", "period", "sentence")
INDICATOR_COLUMNS = ("source", "org", "year", "value", "unit", "page", "doc", "label", "ref", "sentence")
MAX_CELL_WIDTH = 28         # display columns (a CJK character counts 2)


class CliError(click.ClickException):
    """A one-line error at the CLI boundary: "tieout: message", exit status 1."""

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(f"tieout: {self.format_message()}", err=True)


def store_option(create: bool = True) -> Callable:
    """``--store DB`` (env TIEOUT_STORE), opened as a Store and passed as ``store``."""
    def decorator(func: Callable) -> Callable:
        @click.option("--store", "store_path", default=DEFAULT_PATH, show_default=True, envvar="TIEOUT_STORE",
                      help="SQLite claim store (file).")
        @functools.wraps(func)
        def wrapper(store_path: str, **kwargs: Any) -> Any:
            with open_store(store_path, create=create) as store:
                return func(store=store, **kwargs)
        return wrapper
    return decorator


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


def open_store(path: str, *, create: bool = True) -> Store:
    """A Store, or a one-line CliError when it cannot be opened."""
    try:
        return Store(path, create=create)
    except StoreError as exc:
        raise CliError(str(exc)) from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="tieout")
def cli() -> None:
    """Extract quantitative claims, tables and case studies from Chinese reports."""


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option("--jsonl", type=click.File("w", encoding="utf-8"), default=None,
              help="Also write the records as JSONL to FILE ('-' for stdout).")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Processes extracting files at once  [default: all cores; 1 = in this process]")
@click.option("--scheduler", metavar="tcp://HOST:PORT", default=None,
              help="Run the files on this Dask scheduler's workers (same paths on shared storage).")
@click.option("--force", is_flag=True, help="Extract again files whose sha256 is already stored.")
@pdf_engine_option
@store_option()
def extract(store: Store, paths: tuple[str, ...], jsonl: IO[str] | None, workers: int | None,
            scheduler: str | None, force: bool) -> None:
    """Extract files or folders (.txt, .pdf, .docx) into the store.

    Files already stored (same sha256) are skipped, so an interrupted run can simply be
    started again. One line per failed file on stderr; exit status 0 if every file was
    processed, 2 if some failed, 1 if none could be.

    Example:

    \b
        tieout extract corpora/seeds/ report.pdf --store claims.db --jsonl out.jsonl
        tieout extract reports/ --workers 4
        tieout extract /shared/reports/ --scheduler tcp://10.0.0.5:8786
    """
    files = expand_paths(paths)
    if not files:
        raise CliError(f"no .txt, .pdf or .docx files in {', '.join(paths)}")
    with _progress(len(files)) as on_progress:
        try:
            result = extract_paths(files, store=store, jsonl=jsonl, on_progress=on_progress, force=force,
                                   workers=workers or default_workers(), scheduler=scheduler)
        except (StoreError, SchedulerError) as exc:
            raise CliError(str(exc)) from None
    click.echo(result.summary(), err=True)
    click.get_current_context().exit(result.exit_code)


@contextmanager
def _progress(total: int) -> Iterator[Callable[[Outcome, int], None]]:
    """A progress callback: a tqdm bar on stderr for several files (off when stderr is not a TTY)
    showing files done/total, pages per second and failures so far, and one
    "tieout: FILE: reason" line per failed file."""
    from tqdm import tqdm

    bar = tqdm(total=total, file=sys.stderr, unit="file", leave=False, disable=True if total < 2 else None)
    seen = {"pages": 0, "failed": 0, "start": time.monotonic()}

    def on_progress(outcome: Outcome, _total: int) -> None:
        if isinstance(outcome, Failure):
            seen["failed"] += 1
            tqdm.write(f"tieout: {outcome.message}", file=sys.stderr)
        seen["pages"] += outcome.pages if isinstance(outcome, Done) else 0
        elapsed = max(time.monotonic() - seen["start"], 1e-9)
        bar.set_postfix_str(f"{seen['pages'] / elapsed:.1f} pages/s, {seen['failed']} failed", refresh=False)
        bar.update(1)

    try:
        yield on_progress
    finally:
        bar.close()


@cli.command()
@click.argument("file", type=click.Path())
@pdf_engine_option
def text(file: str) -> None:
    """Print the source text of FILE that every offset points into (UTF-8).

    Example:

    \b
        tieout text report.pdf > report.txt
    """
    try:
        document = read_document(file)
    except ExtractError as exc:
        raise CliError(exc.one_line()) from None
    click.echo(document.text.encode("utf-8"), nl=False)


@cli.command()
@click.option("--doc", help="Only this document id.")
@click.option("--kind", help="Only this kind (count, money, measure, share, delta, growth, rank).")
@click.option("--metric", help="Only claims whose metric contains this text.")
@click.option("--indicator", help="One national indicator (id or Chinese name, see models/indicators/) "
              "across all documents, from claims and table cells.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "jsonl"]), default="table",
              show_default=True, help="Output format.")
@store_option(create=False)
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
    out = io.StringIO()
    if indicator and fmt == "table":
        format_table(rows, out, columns=INDICATOR_COLUMNS)
    else:
        FORMATTERS[fmt](rows, out)
    click.echo(out.getvalue().encode("utf-8"), nl=False)     # UTF-8 whatever the locale


@cli.command()
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "jsonl"]), default="table",
              show_default=True, help="Output format.")
@store_option(create=False)
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
    out = io.StringIO()
    if fmt == "table":
        out.writelines(f"{r['message']}  [{r['error']}]\n" for r in rows)
    else:
        FORMATTERS[fmt](rows, out)
    click.echo(out.getvalue().encode("utf-8"), nl=False)


@cli.command()
@click.option("--parquet", "parquet_dir", type=click.Path(file_okay=False),
              help="Write DIR/<table>/*.parquet.")
@click.option("--csv", "csv_dir", type=click.Path(file_okay=False), help="Write DIR/<table>.csv.")
@store_option(create=False)
def export(store: Store, parquet_dir: str | None, csv_dir: str | None) -> None:
    """Export every record table (documents … checks) as Parquet datasets and/or CSV files.

    Example:

    \b
        tieout export --store claims.db --parquet out/ --csv out-csv/
        duckdb -c "select kind, count(*) from 'out/claims/*.parquet' group by kind"
    """
    from .store.parquet import export_csv, export_parquet
    if not parquet_dir and not csv_dir:
        raise CliError("nothing to do: give --parquet DIR and/or --csv DIR")
    try:
        counts = export_parquet(store, parquet_dir) if parquet_dir else {}
        counts = export_csv(store, csv_dir) if csv_dir else counts
    except (StoreError, OSError) as exc:
        raise CliError(str(exc)) from None
    click.echo(", ".join(f"{n} {name}" for name, n in counts.items()), err=True)


@cli.command()
@click.argument("target", metavar="FILE|DOC_ID")
@click.option("--html", "html_out", type=click.Path(dir_okay=False), help="Write a self-contained HTML page.")
@click.option("--csv", "csv_out", type=click.Path(dir_okay=False), help="Write the audit rows as CSV.")
@store_option()
def audit(store: Store, target: str, html_out: str | None, csv_out: str | None) -> None:
    """Tie-out audit: conflicts and failed checks first, then every claim and its cell(s).

    Example:

    \b
        tieout audit report.pdf --store claims.db --html audit.html --csv audit.csv
    """
    from .audit import audit_html, audit_text, load_audit, write_csv
    try:
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
    open_store(store_path, create=False).close()
    try:
        server = make_server(store_path, host, port)
    except OSError as exc:
        raise CliError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    click.echo(f"tieout: serving {store_path} on http://{host}:{server.server_port}/ (Ctrl-C stops)", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()

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


FORMATTERS: dict[str, Callable[[Sequence[dict[str, Any]], IO[str]], None]] = {
    "table": format_table, "csv": format_csv, "jsonl": format_jsonl}


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
