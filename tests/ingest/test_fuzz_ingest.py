"""Fuzzing of text ingest (issue 13 item 7): random bytes, random Unicode, texts whose parts are in different
encodings. Reading either works or raises one ExtractError naming the file; never another exception. A batch
of such files leaves a store whose integrity check is clean."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import extract
from extract.cli import cli
from extract.errors import ExtractError
from extract.ingest import read_document

SEED = Path(__file__).resolve().parents[2] / "corpora" / "seeds" / "000_0d6d81e4e345128e.txt"
LINES = [ln for ln in SEED.read_text(encoding="utf-8")[:12000].splitlines() if ln.strip()]
ENCODINGS = ["utf-8", "gb18030", "utf-16", "utf-16-le", "utf-32", "big5"]
FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _read(path: Path, *, full: bool = False) -> None:
    try:
        extract.read_report(path) if full else read_document(path)
    except ExtractError as err:
        message = str(err)
        assert "\n" not in message and str(path) in message


@FUZZ
@given(data=st.binary(max_size=4000))
def test_random_bytes(tmp_path, data):
    path = tmp_path / "f.txt"
    path.write_bytes(data)
    _read(path)


@FUZZ
@given(text=st.text(max_size=600), encoding=st.sampled_from(["utf-8", "utf-16", "utf-32", "gb18030"]))
def test_random_unicode(tmp_path, text, encoding):
    path = tmp_path / "u.txt"
    path.write_bytes(text.encode(encoding, errors="replace"))
    _read(path, full=len(text) < 200)


@FUZZ
@given(parts=st.lists(st.tuples(st.sampled_from(LINES), st.sampled_from(ENCODINGS)), min_size=1, max_size=6),
       flips=st.lists(st.integers(min_value=0, max_value=10**6), max_size=3))
def test_mixed_encodings_and_flipped_bytes(tmp_path, parts, flips):
    data = bytearray(b"\n".join(line.encode(enc, errors="replace") for line, enc in parts))
    for at in flips:
        if data:
            data[at % len(data)] ^= 0xFF
    path = tmp_path / "m.txt"
    path.write_bytes(bytes(data))
    _read(path, full=True)


def test_batch_of_hostile_files_keeps_the_store_sound(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    text = "\n".join(LINES[:60]) + "\n"
    (folder / "good.txt").write_text(text, encoding="utf-8")
    (folder / "good_utf16.txt").write_bytes(text.encode("utf-16"))
    (folder / "junk.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "half.txt").write_bytes(text.encode("utf-8")[:999] + text.encode("utf-16-le"))
    store = tmp_path / "s.db"
    result = CliRunner().invoke(cli, ["extract", str(folder), "--store", str(store)])
    assert "Traceback" not in result.output
    assert result.exit_code == 2
    assert sum(line.startswith(f"tieout: {folder / 'junk.txt'}") for line in result.stderr.splitlines()) == 1
    with sqlite3.connect(store) as con:
        assert con.execute("pragma integrity_check").fetchone()[0] == "ok"
        assert con.execute("select count(*) from documents").fetchone()[0] >= 2
