"""Text files in the encodings Chinese reports come in, built at test time from a real seed report.

Issue 13 rows: Big5 text read as GB18030, UTF-16 with BOM refused, one bad UTF-8 byte losing the file.
"""
from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

import pytest

import extract
from extract.errors import InputError
from extract.ingest import read_document
from extract.records import document_record

SEED = Path(__file__).resolve().parents[2] / "corpora" / "seeds" / "000_0d6d81e4e345128e.txt"
TEXT = SEED.read_text(encoding="utf-8")
# A seed sentence in traditional characters (as a Taiwan or Hong Kong report would write it).
TRADITIONAL = ("學院2023年獎助總金額為2136.97萬元，比去年增加了328.15萬元，增長了18.14%。\n"
               "全年共資助學生4786人次，其中國家助學金覆蓋1520人。\n")


@pytest.fixture(scope="module")
def reference():
    return read_document(SEED)


@pytest.mark.parametrize("encoding, recorded", [
    ("gb18030", "gb18030"),
    ("utf-8-sig", "utf-8"),
    ("utf-16", "utf-16"),        # with BOM
    ("utf-16-le", "utf-16-le"),  # without BOM
    ("utf-16-be", "utf-16-be"),
    ("utf-32", "utf-32"),
    ("utf-32-le", "utf-32-le"),
])
def test_encodings_decode_to_the_same_text(tmp_path, reference, encoding, recorded):
    path = tmp_path / f"{SEED.stem}.txt"
    path.write_bytes(TEXT.encode(encoding))
    doc = read_document(path)
    assert doc.text == reference.text and doc.blocks == reference.blocks
    assert doc.encoding == recorded and doc.encoding_confidence is not None and doc.encoding_confidence > 0.5
    assert not doc.warnings


def test_big5_gives_the_claims_of_utf8(tmp_path):
    (tmp_path / "u.txt").write_text(TRADITIONAL, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(TRADITIONAL.encode("big5"))
    big5 = extract.read_report(tmp_path / "b.txt")
    utf8 = extract.read_report(tmp_path / "u.txt")
    assert big5.document.encoding == "big5"
    assert big5.document.text == TRADITIONAL
    assert [(c.char_start, c.value, c.unit) for c in big5.claims] == \
        [(c.char_start, c.value, c.unit) for c in utf8.claims]
    assert len(utf8.claims) >= 4


def test_one_bad_byte_is_replaced_and_named(tmp_path, reference):
    data = bytearray(TEXT.encode("utf-8"))
    at = len(data) // 2
    while data[at] & 0xC0 == 0x80:   # a lead byte, so that exactly one character is lost
        at += 1
    data[at] = 0xFF
    path = tmp_path / "bad.txt"
    path.write_bytes(bytes(data))
    doc = read_document(path)
    assert doc.encoding == "utf-8" and doc.encoding_confidence < 1.0
    assert doc.text.count("\ufffd") >= 1 and len(doc.text) >= len(reference.text) - 2
    assert len(doc.warnings) == 1 and str(at) in doc.warnings[0] and "bad.txt" in doc.warnings[0]
    assert document_record(doc)["encoding"] == "utf-8"


def _zip_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("report.txt", TEXT)
    return buf.getvalue()


@pytest.mark.parametrize("name, data", [
    ("zip", _zip_bytes()),
    ("random", random.Random(13).randbytes(40000)),
    ("pdf_named_txt", (Path(__file__).resolve().parents[2] / "corpora" / "real"
                       / "bond_prospectus_page_yancheng_hitech_2023.pdf").read_bytes()),
])
def test_non_text_is_one_line_error(tmp_path, name, data):
    path = tmp_path / f"{name}.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as err:
        read_document(path)
    message = str(err.value)
    assert "\n" not in message and str(path) in message and "text" in message


def test_document_record_keeps_encoding_and_confidence(tmp_path):
    path = tmp_path / "g.txt"
    path.write_bytes(TRADITIONAL.encode("big5"))
    record = document_record(read_document(path))
    assert record["encoding"] == "big5" and 0 < record["encoding_confidence"] <= 1
