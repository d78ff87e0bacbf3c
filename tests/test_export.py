"""``tieout export``: Parquet datasets, CSV files and JSONL of every record table (reviews, failures and runs
included), read back by DuckDB and pandas with lists as lists."""
from __future__ import annotations

import csv
import json

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from extract.cli import cli
from extract.store import TABLES, Store
from extract.store.parquet import EXPORT_TABLES, arrow_schema, export_csv, export_jsonl, export_parquet
from extract.store.reviews import Review, add_review


@pytest.fixture
def filled(tmp_path, report_factory):
    """A store holding two hand-built reports (one record of every type each)."""
    db = tmp_path / "t.db"
    with Store(db) as store:
        for doc_id in ("a", "b"):
            store.write_report(report_factory(doc_id, path=f"{doc_id}.txt",
                                              text=f"{doc_id}。\n" + report_factory().document.text))
        add_review(store, Review("a", "c37", "confirm_link", "王审计", table_id="表2-1", row="毕业生", col="人数"))
        run = store.start_run("0.1.0", ["a.txt", "b.txt", "bad.pdf"])
        store.record_failure("bad.pdf", 2, "bad.pdf, page 2: no text", error_type="InputError", run=run)
        store.finish_run(run, 2, 1)
    return db


def counts(db) -> dict[str, int]:
    with Store(db, create=False) as store:
        return {name: len(store.records(name)) for name in EXPORT_TABLES}


@pytest.mark.parametrize("batch_size", [1, 3, 10_000])
def test_parquet_round_trips_every_table(filled, tmp_path, batch_size):
    out = tmp_path / "pq"
    with Store(filled, create=False) as store:
        written = export_parquet(store, out, batch_size=batch_size)
        expected = {name: store.records(name) for name in EXPORT_TABLES}
    assert written == {name: len(rows) for name, rows in expected.items()} and written["claims"] == 8
    for name in EXPORT_TABLES:
        table = pq.read_table(out / name)
        assert table.schema == arrow_schema(TABLES[name])
        got = table.to_pylist()
        assert [{k: v for k, v in r.items() if k != "type"} for r in expected[name]] == [
            {k: _back(TABLES[name], k, v) for k, v in row.items()} for row in got]


def _back(table, name, value):
    """A Parquet value as the store's record value (numbers compared as stored)."""
    kind = table.column(name).kind
    if value is None:
        return None
    if kind == "num" and value == int(value):
        return int(value)
    return value


def test_duckdb_and_pandas_read_the_datasets(filled, tmp_path):
    out = tmp_path / "pq"
    with Store(filled, create=False) as store:
        export_parquet(store, out)
    assert duckdb.sql(f"select count(*) from '{out}/claims/*.parquet'").fetchall()[0][0] == 8
    shares = duckdb.sql(f"select doc, normalized from '{out}/claims/*.parquet' "
                        "where kind = 'share' order by doc")
    assert shares.fetchall() == [("a", 83.31), ("b", 83.31)]
    frame = pd.read_parquet(out / "tables")
    assert list(frame["present"]) == [True, True] and list(frame["header"][0]) == ["项目", "人数"]
    assert len(pd.read_parquet(out / "cells")) == 4
    # lists are lists in DuckDB too, and every numeric column is one type across tables
    assert duckdb.sql(f"select header[2] from '{out}/tables/*.parquet' limit 1").fetchall() == [("人数",)]
    assert duckdb.sql(f"select len(claims) from '{out}/checks/*.parquet' where doc = 'a'").fetchall() == [(2,)]
    types = {str(pq.read_schema(out / name / "part-00000.parquet").field(col).type)
             for name, col in (("claims", "value"), ("cells", "value"), ("links", "value"), ("checks", "stated"))}
    assert types == {"double"}


def test_reviews_failures_and_runs_are_exported(filled, tmp_path):
    with Store(filled, create=False) as store:
        export_parquet(store, tmp_path / "pq")
        export_csv(store, tmp_path / "csv")
        counts = export_jsonl(store, tmp_path / "all.jsonl")
    reviews = pd.read_parquet(tmp_path / "pq" / "reviews")
    assert list(reviews["reviewer"]) == ["王审计"] and list(reviews["action"]) == ["confirm_link"]
    assert list(pd.read_parquet(tmp_path / "pq" / "failures")["page"]) == [2]
    assert list(pd.read_parquet(tmp_path / "pq" / "runs")["argv"][0]) == ["a.txt", "b.txt", "bad.pdf"]
    assert list(pd.read_csv(tmp_path / "csv" / "reviews.csv")["claim_id"]) == ["c37"]
    records = [json.loads(line) for line in open(tmp_path / "all.jsonl", encoding="utf-8")]
    assert counts == {"document": 2, "section": 2, "case": 2, "claim": 8, "table": 2, "link": 2, "check": 2,
                      "review": 1, "failure": 1, "run": 1}
    table = next(r for r in records if r["type"] == "table")
    assert [c["text"] for c in table["cells"]] == ["4786", "83.31"]
    assert next(r for r in records if r["type"] == "review")["note"] is None


def test_exports_say_which_id_form_they_hold(filled, tmp_path):
    """Record contract 2: every document names the contract; claims of two documents share short ids and
    are told apart by doc (a check's claims and a link's claim_id name claims of the same doc)."""
    with Store(filled, create=False) as store:
        export_parquet(store, tmp_path / "pq")
        export_jsonl(store, tmp_path / "all.jsonl")
    records = [json.loads(line) for line in open(tmp_path / "all.jsonl", encoding="utf-8")]
    assert [r["contract"] for r in records if r["type"] == "document"] == [2, 2]
    assert list(pd.read_parquet(tmp_path / "pq" / "documents")["contract"]) == [2, 2]
    assert "reason" in pd.read_parquet(tmp_path / "pq" / "tables").columns
    claims = duckdb.sql(f"select doc, id from '{tmp_path}/pq/claims/*.parquet' order by doc, id").fetchall()
    assert claims == [(doc, i) for doc in ("a", "b") for i in ("c37", "c48", "c64", "c94")]
    joined = duckdb.sql(f"select l.doc, c.text from '{tmp_path}/pq/links/*.parquet' l join "
                        f"'{tmp_path}/pq/claims/*.parquet' c on c.doc = l.doc and c.id = l.claim_id order by l.doc")
    assert joined.fetchall() == [("a", "4786人"), ("b", "4786人")]


def test_empty_store_exports_empty_datasets_with_schema(tmp_path):
    with Store(tmp_path / "e.db") as store:
        written = export_parquet(store, tmp_path / "pq")
    assert set(written.values()) == {0}
    assert duckdb.sql(f"select count(*) from '{tmp_path}/pq/links/*.parquet'").fetchall()[0][0] == 0
    links = pq.read_schema(tmp_path / "pq" / "links" / "part-00000.parquet")
    assert links.names == list(TABLES["links"].record_names)


def test_csv_one_file_per_table(filled, tmp_path):
    with Store(filled, create=False) as store:
        written = export_csv(store, tmp_path / "csv", batch_size=2)
    assert written == counts(filled)
    with open(tmp_path / "csv" / "claims.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert len(rows) == 8 and rows[0]["metric"] == "毕业生"
    assert list(rows[0]) == list(TABLES["claims"].record_names)
    assert len(pd.read_csv(tmp_path / "csv" / "cells.csv")) == 4


def test_cli_export_both(filled, tmp_path):
    result = CliRunner().invoke(cli, ["export", "--store", str(filled), "--parquet", str(tmp_path / "pq"),
                                      "--csv", str(tmp_path / "csv")])
    assert result.exit_code == 0, result.stderr
    assert "8 claims" in result.stderr
    assert sorted(p.name for p in (tmp_path / "pq").iterdir()) == sorted(EXPORT_TABLES)
    assert sorted(p.stem for p in (tmp_path / "csv").iterdir()) == sorted(EXPORT_TABLES)


def test_cli_export_needs_a_target_and_a_store(filled, tmp_path):
    runner = CliRunner()
    nothing = runner.invoke(cli, ["export", "--store", str(filled)])
    assert nothing.exit_code == 1
    assert nothing.stderr == "tieout: nothing to do: give --parquet DIR, --csv DIR and/or --jsonl FILE\n"
    missing = runner.invoke(cli, ["export", "--store", str(tmp_path / "no.db"), "--csv", str(tmp_path / "c")])
    assert missing.exit_code == 1 and "no such store" in missing.stderr
