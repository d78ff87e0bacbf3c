"""``tieout tables FILE [--debug]``: the tables read, and each candidate's stages with the reason a
candidate is no table (2020 金宇生物 annual report pp.1-27, 博思 2015 summary)."""
from __future__ import annotations

from click.testing import CliRunner

from extract.cli import cli
from extract.tables.trace import trace_tables

from .test_docx_tables import BOSI
from .test_units import jinyu


def test_every_candidate_without_a_table_says_why():
    traces = trace_tables(jinyu())
    rejected = [t for t in traces if t.table is None]
    assert rejected and all(t.reason for t in rejected)
    # 公司办公地址 / 邮政编码 / 网址: a key-value list of names, not statistics
    address = next(t for t in rejected if any("公司办公地址" in text for _, text in t.stages))
    assert address.reason.startswith("not a statistical table")


def test_stages_are_named_in_order():
    trace = next(t for t in trace_tables(jinyu()) if t.table is not None and "成本分析表" in t.table.caption)
    names = [name for name, _ in trace.stages]
    assert names == ["group_continued", "merge_raws", "pad_rows", "count_header_rows", "header_to_labels",
                     "find_label_columns", "find_context", "body_to_cells"]
    assert dict(trace.stages)["find_label_columns"] == "[0, 1]"


def test_cli_tables_prints_rows_and_debug_prints_stages():
    runner = CliRunner()
    plain = runner.invoke(cli, ["tables", str(BOSI)])
    assert plain.exit_code == 0
    assert "2.2股本结构表" in plain.output and "期末比例=30.00 %" in plain.output
    debug = runner.invoke(cli, ["tables", str(BOSI), "--debug"])
    assert debug.exit_code == 0 and "· header_to_labels: ['股份性质', '股份性质', '期初数量'" in debug.output


def test_cli_tables_bad_file_is_one_line(tmp_path):
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 not really")
    result = CliRunner().invoke(cli, ["tables", str(bad)])
    assert result.exit_code != 0 and "broken.pdf" in result.output and "Traceback" not in result.output
