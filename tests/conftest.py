"""Shared fixtures: a hand-built Report from real seed sentences, and a pipeline-readiness check."""
from __future__ import annotations

import hashlib
import re
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

import pytest

from extract.records import Case, Cell, Check, Claim, Document, Link, Page, Report, Section, Table

ROOT = Path(__file__).resolve().parent.parent
BAD = ROOT / "corpora" / "fixtures" / "bad"
# Real sentences of corpora/seeds/000_0d6d81e4e345128e.txt (2.1.1 整体就业情况).
SEED_TEXT = ("2.1.1 整体就业情况\n截止2023年9月1日，2023届毕业生共4786人，已落实就业3987人，"
             "总体毕业去向落实率为83.31%。\n用人单位为2023届毕业生提供的月平均薪资为4311.44元。\n")
SEED_NUMBERS = (("4786人", "人", "count", "毕业生"), ("3987人", "人", "count", "已落实就业"),
                ("83.31%", "%", "share", "总体毕业去向落实率"), ("4311.44元", "元", "money", "月平均薪资"))


def build_report(doc_id: str = "seed", *, text: str = SEED_TEXT, path: str = "seed.txt") -> Report:
    """A small Report with one record of every type, built by hand from SEED_TEXT; claim ids are those of
    the contract (``c<char_start>``: c34, c45, c61, c91 in SEED_TEXT)."""
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    doc = Document(doc_id, path, sha, "txt", "utf-8", text, (Page(1, 0, len(text)),), ())
    claims = []
    for written, unit, kind, metric in SEED_NUMBERS:
        start = text.index(written)
        stop = text.rfind("\n", 0, start) + 1
        sentence = text[stop:text.index("\n", start)]
        value = Decimal(re.match(r"[\d.]+", written).group())
        claims.append(Claim(doc_id, f"c{start}", start, start + len(written), 1, written, value, 1, unit,
                            kind, "=", None, metric, "2023届", None, None, None, "2.1.1整体就业情况", sentence))
    section = Section(doc_id, "s1", "2.1.1", "整体就业情况", 3, 0, len(text), 1)
    case = Case(doc_id, "案例2-1", "就业", "2.1.1整体就业情况", None, 0, 10, 1, ("图为招聘会",), (claims[0].id,))
    cells = (Cell("毕业生", "人数", Decimal(4786), "4786", "人"), Cell("落实率", "%", Decimal("83.31"), "83.31"))
    table = Table(doc_id, "表2-1", "就业情况", "数据来源：学校", 1, 0, 20, 2, 1, ("项目", "人数"), cells)
    link = Link(doc_id, claims[0].id, "表2-1", "毕业生", "人数", Decimal(4786), "match", 1.0)
    check = Check(doc_id, "k1", "share", (claims[1].id, claims[0].id), (), Decimal("83.31"), Decimal("83.31"),
                  True, "3987 / 4786 = 83.31%")
    return Report(doc, (section,), tuple(claims), (case,), (table,), (link,), (check,))


@pytest.fixture
def report_factory():
    """``build_report(doc_id="seed", *, text=SEED_TEXT, path="seed.txt") -> Report``."""
    return build_report


@pytest.fixture
def store(tmp_path):
    from extract.store import Store

    with Store(tmp_path / "t.db") as opened:
        yield opened


@lru_cache(maxsize=None)
def pipeline_missing() -> str:
    """Why ``read_report`` cannot run yet on a .txt file (a missing stage), or "" when it can."""
    import tempfile

    from extract.api import read_report

    with tempfile.TemporaryDirectory() as tmp:
        probe = Path(tmp) / "probe.txt"
        probe.write_text(SEED_TEXT, encoding="utf-8")
        try:
            read_report(probe)
        except ImportError as exc:
            return f"pipeline stage missing: {exc}"
    return ""


@pytest.fixture
def pipeline():
    """Skip the test while ``read_report`` cannot run (a stage other people write is missing)."""
    reason = pipeline_missing()
    if reason:
        pytest.skip(reason)


@pytest.fixture
def seed_text() -> str:
    return SEED_TEXT
