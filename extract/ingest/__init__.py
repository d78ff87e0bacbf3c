"""Ingest: a file on disk -> Document (source text, pages, blocks with offsets)."""
from __future__ import annotations

import errno
import hashlib
import os
from pathlib import Path

from ..errors import InputError
from ..records import Document

SUPPORTED = (".txt", ".pdf", ".docx")


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def missing_reason(path: Path, default: str = "no such file") -> str:
    """Why ``path`` (for which ``exists()`` is False) is not there: a symbolic link loop, a broken
    symbolic link, or ``default``."""
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop"
        if path.is_symlink():
            return f"broken symbolic link (to {os.readlink(path)})"
        if exc.errno not in (errno.ENOENT, errno.ENOTDIR):
            return f"cannot open: {exc.strerror}"
    return default


def read_document(path: str | Path, *, doc_id: str | None = None) -> Document:
    """Read a .txt, .pdf or .docx file into a Document. Raises an ExtractError naming the file."""
    path = Path(path)
    if not path.exists():
        raise InputError(str(path), missing_reason(path))
    if path.is_dir():
        raise InputError(str(path), "is a folder, not a file")
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise InputError(str(path), f"unsupported format {suffix or '(none)'}; expected .txt, .pdf or .docx")
    if path.stat().st_size == 0:
        raise InputError(str(path), "empty file")
    try:
        sha = file_sha256(path)
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from exc
    doc_id = doc_id or path.stem
    if suffix == ".txt":
        from .text import read_txt
        return read_txt(path, doc_id=doc_id, sha256=sha)
    if suffix == ".pdf":
        from ..pdf.reader import read_pdf
        return read_pdf(path, doc_id=doc_id, sha256=sha)
    from .docx import read_docx
    return read_docx(path, doc_id=doc_id, sha256=sha)
