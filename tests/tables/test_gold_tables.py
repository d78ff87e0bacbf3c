"""Tables of the seed reports scored against the gold with corpora/score.py (``--region``), each seed up to its
last dev-gold claim (tests/seed_parts.py): tables printed after it are reserved and scored on neither side."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from extract.records import Document, Page, to_record
from extract.tables import find_tables
from seed_parts import dev_end, dev_gold

CORPORA = Path(__file__).resolve().parents[2] / "corpora"
# The targets of corpora/gold/TARGETS.md (table_f1, caption_acc, cell_recall), not measured figures.
TARGETS = (0.95, 0.95, 0.95)
SEEDS = ("000_0d6d81e4e345128e", "003_63e6428607ab0510")


def load_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("tieout_score", CORPORA / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score_tables(stem: str, tmp_path: Path) -> dict:
    path = CORPORA / "seeds" / f"{stem}.txt"
    text = path.read_text(encoding="utf-8")
    doc = Document(stem, str(path), "", "txt", "utf-8", text, (Page(1, 0, len(text)),), ())
    pred = tmp_path / f"{stem}.jsonl"
    tables = [t for t in find_tables(doc) if t.char_start < dev_end(stem)]
    pred.write_text("".join(json.dumps(to_record(t), ensure_ascii=False) + "\n" for t in tables), encoding="utf-8")
    return load_scorer().score(str(path), str(dev_gold(stem, tmp_path / "gold")), str(pred), use_region=True)


@pytest.mark.parametrize("stem", SEEDS)
def test_gold_tables(stem, tmp_path):
    result = score_tables(stem, tmp_path)
    table_f1, caption_acc, cell_recall = TARGETS
    assert result["table_f1"] >= table_f1
    assert result["caption_acc"] >= caption_acc
    assert result["cell_recall"] >= cell_recall


@pytest.mark.parametrize("name", sorted(p.name for p in (CORPORA / "real").glob("*.txt")))
def test_no_tables_invented_in_reports_without_captions(name):
    text = (CORPORA / "real" / name).read_text(encoding="utf-8")
    doc = Document(name, name, "", "txt", "utf-8", text, (Page(1, 0, len(text)),), ())
    tables = find_tables(doc)
    if name == "bank_report_pages_sample.txt":
        # a rural bank's 2.1报告期主要利润指标情况, printed one cell a line under its title line: a real table
        (table,) = tables
        assert (table.caption, table.unit) == ("2.1报告期主要利润指标情况", "万元")
        assert {(c.row, c.col, str(c.value)) for c in table.cells} >= {
            ("营业收入", "2024年", "27736.66"), ("净利润", "2023年", "5214.66")}
        return
    assert tables == []
