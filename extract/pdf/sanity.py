"""Per-page sanity of a PDF's text layer (pure): glyph codes, private-use characters, mojibake, rotation.

A page whose text is not text — glyph codes of a font without a ToUnicode map (pdfminer writes
"(cid:12)", pdfium flags the characters), private-use code points, or mojibake — is left out of the
document (its lines dropped, so it can never give claims) and reported as a warning naming the file and
page. Text in a second direction on a page (rotated labels, a rotated table on a portrait page) is read
in the page's dominant direction by the pdfium engine; characters in other directions are left out, and
when they are a real share of the page a warning names it.

Example:
    >>> from extract.pdf.layout import PageLayout, TextLine
    >>> page = PageLayout(3, 595, 842, (TextLine("(cid:12)(cid:7)(cid:30)(cid:5)", 0, 0, 1, 1, 10),))
    >>> page_problem(page, PageStats(3))
    'glyph codes instead of text (font without a ToUnicode map); page not read'
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from .layout import PageLayout

RE_CID = re.compile(r"\(cid:\d+\)")
MIN_CHARS = 8               # pages with fewer visible characters are not judged
BAD_SHARE = 0.2             # a page is unreadable when this share of its characters is bad
OFF_ANGLE_SHARE = 0.1       # characters in another direction worth a warning
OFF_ANGLE_MIN = 20
# Characters a CJK report almost never holds in running text, but mojibake (UTF-8 or GBK bytes read
# as Latin-1 / cp1252) is made of: Latin-1 letters, Latin Extended-A, the replacement character.
_MOJIBAKE = re.compile("[\u00c0-\u00ff\u0100-\u017f\u0080-\u009f\ufffd]")
_KEEP = set("×÷·°±§µ¹²³¼½¾")


@dataclass(frozen=True, slots=True)
class PageStats:
    """What the engine saw on a page besides its lines (pdfium counts these; pdfminer some of them)."""

    number: int
    rotate: int = 0             # the page's /Rotate (degrees)
    angle: int = 0              # the direction the page was read in (degrees, counter-clockwise)
    off_angle: int = 0          # visible characters in another direction, left out
    unmapped: int = 0           # characters the engine could not map to Unicode


def quarter_turn(a: float, b: float) -> int:
    """Direction of a text matrix's baseline (a, b), rounded to 0, 90, 180 or 270 degrees (counter-clockwise)."""
    if abs(b) < 1e-6 * max(abs(a), 1e-12):
        return 0 if a >= 0 else 180
    return round(math.degrees(math.atan2(b, a)) / 90.0) % 4 * 90


def _visible(page: PageLayout) -> list[str]:
    """The page's visible characters as the PDF gave them (before ``glyphs_to_text`` cleans them)."""
    out: list[str] = []
    for line in page.lines:
        if line.glyphs:
            out.extend(g.text for g in line.glyphs if g.text and not g.text.isspace())
        else:
            out.extend(ch for ch in line.text if not ch.isspace())
    return out


def page_problem(page: PageLayout, stats: PageStats) -> str | None:
    """Why a page's text cannot be used (one line), or None when it reads as text."""
    chars = _visible(page)
    text = "".join(chars)
    n = len(chars)
    if n < MIN_CHARS:
        return None
    cids = sum(len(m.group()) for m in RE_CID.finditer(text))
    if cids > BAD_SHARE * len(text) or stats.unmapped > BAD_SHARE * n:
        return "glyph codes instead of text (font without a ToUnicode map); page not read"
    pua = sum(1 for ch in text if "\ue000" <= ch <= "\uf8ff")
    if pua > BAD_SHARE * n:
        return "private-use characters instead of text (font without a Unicode map); page not read"
    bad = sum(1 for ch in text if ch not in _KEEP and _MOJIBAKE.match(ch))
    if bad > BAD_SHARE * n:
        return "mojibake (characters of a wrong encoding); page not read"
    if stats.off_angle > 0.5 * n:   # pdfminer keeps rotated characters, one line per letter
        return ("text drawn rotated, which the pdfminer engine reads letter by letter; page not read "
                "(the pdfium engine reads it)")
    return None


def rotation_note(page: PageLayout, stats: PageStats) -> str | None:
    """A warning when many characters run in another direction than the one the page was read in."""
    n = len(_visible(page))
    if stats.off_angle >= OFF_ANGLE_MIN and stats.off_angle > OFF_ANGLE_SHARE * (n + stats.off_angle):
        return (f"{stats.off_angle} characters drawn in another direction than the page's text "
                f"(read at {stats.angle} degrees); they were left out")
    return None


def check_pages(source: str, layouts: list[PageLayout],
                stats: list[PageStats]) -> tuple[list[PageLayout], list[str]]:
    """Pages with unusable text emptied; one warning per page problem ("FILE, page N: reason")."""
    by_number = {s.number: s for s in stats}
    out: list[PageLayout] = []
    warnings: list[str] = []
    for page in layouts:
        st = by_number.get(page.number, PageStats(page.number))
        problem = page_problem(page, st)
        if problem is not None:
            warnings.append(f"{source}, page {page.number}: {problem}")
            out.append(replace(page, lines=()))
            continue
        note = rotation_note(page, st)
        if note is not None:
            warnings.append(f"{source}, page {page.number}: {note}")
        out.append(page)
    return out, warnings
