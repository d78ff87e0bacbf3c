"""Errors that say where: every error names its source file and, when known, the page."""
from __future__ import annotations


class ExtractError(Exception):
    """Base class. ``source`` is the file, ``page`` the 1-based page or None."""

    def __init__(self, source: str, detail: str, *, page: int | None = None):
        self.source = str(source)
        self.page = page
        self.detail = detail
        super().__init__(self.one_line())

    def one_line(self) -> str:
        where = self.source if self.page is None else f"{self.source}, page {self.page}"
        return f"{where}: {self.detail}"


class InputError(ExtractError):
    """The file is missing, empty, unreadable or of an unsupported format."""


class PdfReadError(ExtractError):
    """The PDF is truncated, encrypted, or has no text layer."""


class DocxReadError(ExtractError):
    """The DOCX is not a readable Word document."""


class ParseError(ValueError):
    """A numeral or value could not be parsed; carries the text."""

    def __init__(self, text: str, detail: str = "not a number"):
        self.text = text
        super().__init__(f"{detail}: {text!r}")


class PatternError(ValueError):
    """A data file in models/ is malformed; names file and line."""

    def __init__(self, path: str, line: int, detail: str):
        self.path, self.line = path, line
        super().__init__(f"{path}:{line}: {detail}")


class StoreError(Exception):
    """The claim store could not be read or written."""
