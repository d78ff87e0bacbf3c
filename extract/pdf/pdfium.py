"""PDF file -> page layouts with pypdfium2 (pdfium's text page: characters with loose boxes).

The default engine for text-layer PDFs: pdfium reads a page's characters with their loose boxes
(font ascent/descent, advance width — the same boxes as pdfminer's ``LTChar``) and its path objects
about 20x faster than pdfminer.six lays a page out. This module groups the characters into lines with
pdfminer's own rule (``LAParams(line_overlap=0.5, char_margin=2.0, word_margin=0.1)``) and cuts paths
into subpaths the way pdfminer does, so the pure passes in :mod:`extract.pdf.layout` and
:mod:`extract.pdf.grid` see the same ``PageLayout`` from either engine.

Rotation: characters are grouped by their direction (pdfium's char angle, 0/90/180/270 degrees);
the page is read in the frame of its dominant direction (a page with /Rotate, or a landscape table
drawn rotated on a portrait page, is read along its text). Characters in other directions are left
out and counted (``PageStats``) for :mod:`extract.pdf.sanity`.
"""
from __future__ import annotations

import ctypes
import math
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
from pypdfium2 import raw

from ..errors import PdfReadError
from .layout import Glyph, PageLayout, Rule, TextLine, make_line
from .sanity import PageStats, quarter_turn

LINE_OVERLAP = 0.5     # pdfminer LAParams.line_overlap
CHAR_MARGIN = 2.0      # pdfminer LAParams.char_margin
WORD_MARGIN = 0.1      # pdfminer LAParams.word_margin
RULE_MAX_THICKNESS = 2.5
MAX_FORM_DEPTH = 8
# pdfminer's reader takes rulings only from a page's top level (paths inside Form XObjects become
# LTFigure contents it does not look into); the ruled-table code is tuned on that, so pdfium does the same.
FORM_RULINGS = False
SPACER = "\x00"         # where pdfium dropped real spaces: counts for line grouping, not as text
# pdfium gives a hyphen that ends a line the code U+0002 (its mark for a word broken across lines);
# pdfminer reads the glyph's own "-" ("Re-" / "A/WH/09株" in a wrapped table cell, 金宇 2020 p21).
LINE_END_HYPHEN = 0x02

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


@dataclass(slots=True)
class Char:
    text: str
    x0: float
    y0: float
    x1: float
    y1: float
    size: float = 0.0           # font size in user space (pdfminer's ``LTChar.size``)


def open_pdf(path: Path) -> pdfium.PdfDocument:
    """Open with pdfium; every failure becomes a PdfReadError naming the file."""
    try:
        return pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        text = str(exc).lower()
        if "password" in text:
            raise PdfReadError(str(path), "encrypted PDF (a password is required)") from exc
        raise PdfReadError(str(path), f"corrupt or truncated PDF (pdfium: {exc})") from exc


def read_layouts(path: Path, *, max_pages: int | None = None) -> tuple[list[PageLayout], list[PageStats]]:
    """Every page as a PageLayout in its text's frame, and what was seen on it."""
    pdf = open_pdf(path)
    try:
        layouts: list[PageLayout] = []
        seen: list[PageStats] = []
        count = len(pdf) if max_pages is None else min(len(pdf), max_pages)
        for index in range(count):
            page = pdf[index]
            try:
                layout, chars = page_layout(page, index + 1)
            finally:
                page.close()
            layouts.append(layout)
            seen.append(chars)
        return layouts, seen
    finally:
        pdf.close()


# ---------------------------------------------------------------- characters

def _address(pointer: object) -> int:
    return ctypes.cast(pointer, ctypes.c_void_p).value or 0


def top_level_text(page: pdfium.PdfPage) -> tuple[dict[int, int], bool]:
    """The page's own text objects (address -> drawing order), and whether it draws Form XObjects."""
    order: dict[int, int] = {}
    forms = False
    for i in range(raw.FPDFPage_CountObjects(page)):
        obj = raw.FPDFPage_GetObject(page, i)
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == raw.FPDF_PAGEOBJ_TEXT:
            order[_address(obj)] = len(order)
        elif kind == raw.FPDF_PAGEOBJ_FORM:
            forms = True
    return order, forms


def page_chars(textpage: pdfium.PdfTextPage, order: dict[int, int],
               top_only: bool = False) -> tuple[list[tuple[int, Char]], int]:
    """(angle, char) for every character the content stream draws, in drawing order, and how many
    lack Unicode.

    pdfium's text page orders characters its own way (a superscript "2" of "m2" may come lines later);
    pdfminer groups them into lines in drawing order, so they are put back in it: by their text
    object's place on the page (``order``), then by pdfium's index inside the object.

    ``top_only``: leave out the text inside Form XObjects. pdfminer (``all_texts=False``) leaves it out
    of its text boxes (chart labels, stamps) and the layout and table passes are tuned on that; a page
    whose text is all inside forms (some producers wrap the whole page in one) is read whole, where
    pdfminer would find nothing. A space gets angle -1 (it belongs to every direction). Hot loop: the
    raw pdfium calls are bound to locals and given the raw handle (about 6 calls per character).
    """
    ranked: list[tuple[int, int, int, Char]] = []
    unmapped = 0
    handle = textpage.raw
    rect, m = raw.FS_RECTF(), raw.FS_MATRIX()
    rect_ref, m_ref = ctypes.byref(rect), ctypes.byref(m)
    get_box = raw.FPDFText_GetLooseCharBox
    get_unicode = raw.FPDFText_GetUnicode
    generated = raw.FPDFText_IsGenerated
    map_error = raw.FPDFText_HasUnicodeMapError
    font_size = raw.FPDFText_GetFontSize
    get_matrix = raw.FPDFText_GetMatrix
    text_object = raw.FPDFText_GetTextObject
    hypot = math.hypot
    inner = len(order)          # rank of text inside forms: after the page's own text
    for i in range(raw.FPDFText_CountChars(handle)):
        if generated(handle, i) == 1:
            # pdfium drops a text object's trailing real space and puts a generated one (no width) in its
            # place; pdfminer keeps the real one (a quarter em wide), which can join the next cell's
            # characters into its line. Stand in for it so lines are grouped as pdfminer groups them.
            if ranked and get_unicode(handle, i) == 32 and ranked[-1][1] >= 0:
                rank, _, _, last = ranked[-1]
                space = Char(SPACER, last.x0, last.y0, last.x1, last.y1, last.size)   # placed in page_layout
                ranked.append((rank, -1, i, space))
            continue
        rank = order.get(_address(text_object(handle, i)), inner)
        if top_only and rank == inner:
            continue
        code = get_unicode(handle, i)
        if map_error(handle, i) == 1:
            unmapped += 1
        if not get_box(handle, i, rect_ref):
            continue
        text = "-" if code == LINE_END_HYPHEN else \
            chr(code) if 0 < code < 0x110000 and not 0xD800 <= code <= 0xDFFF else "\ufffd"
        if get_matrix(handle, i, m_ref):
            a, b, scale = m.a, m.b, hypot(m.c, m.d)
        else:
            a, b, scale = 1.0, 0.0, 1.0
        angle = -1 if text.isspace() else (0 if b == 0.0 and a > 0 else quarter_turn(a, b))
        ranked.append((rank, angle, i, Char(text, rect.left, rect.bottom, rect.right, rect.top,
                                            font_size(handle, i) * scale)))
    ranked.sort(key=lambda r: (r[0], r[2]))
    ranked = [r for k, r in enumerate(ranked) if r[3].text != SPACER or _within_line(ranked, k)]
    return [(angle, ch) for _, angle, _, ch in ranked], unmapped


def to_frame(box: tuple[float, float, float, float], angle: int, width: float,
             height: float) -> tuple[float, float, float, float]:
    """A box in page space to the frame where text at ``angle`` runs left to right."""
    x0, y0, x1, y1 = box
    if angle == 90:
        return y0, width - x1, y1, width - x0
    if angle == 180:
        return width - x1, height - y1, width - x0, height - y0
    if angle == 270:
        return height - y1, x0, height - y0, x1
    return box


def _upright(ch: Char, box: tuple[float, float, float, float]) -> Char:
    """The char in the frame, its box one font size tall from the descent (as pdfminer's LTChar)."""
    x0, y0, x1, y1 = box
    if ch.size > 0:
        y1 = y0 + ch.size
    return Char(ch.text, x0, y0, x1, y1, ch.size)


def _within_line(ranked: list[tuple[int, int, int, Char]], k: int) -> bool:
    """Whether pdfium's generated space at ``k`` sits inside a line: the next character (drawing order)
    lies to the right on the same baseline. Only there did a real space stand (a chart's stacked axis
    labels "-60%", "-40%" get a generated space between them too, but never had one)."""
    if k + 1 >= len(ranked):
        return False
    before, after = ranked[k][3], ranked[k + 1][3]
    if after.text == SPACER or after.x0 < before.x1:
        return False
    overlap = min(before.y1, after.y1) - max(before.y0, after.y0)
    return overlap > 0.5 * min(before.y1 - before.y0, after.y1 - after.y0)


def _place_spacers(chars: list[Char]) -> None:
    """Put each stand-in space right after the character before it, a quarter em wide (in the frame)."""
    for k in range(1, len(chars)):
        ch = chars[k]
        if ch.text == SPACER:
            prev = chars[k - 1]
            ch.x0, ch.x1, ch.y0, ch.y1 = prev.x1, prev.x1 + 0.25 * prev.size, prev.y0, prev.y1


def frame_size(angle: int, width: float, height: float) -> tuple[float, float]:
    return (height, width) if angle in (90, 270) else (width, height)


# ---------------------------------------------------------------- lines (pdfminer's grouping)

def chars_to_runs(chars: list[Char]) -> Iterator[list[Char]]:
    """Consecutive characters (drawing order) form one line while pdfminer's ``halign`` holds between
    neighbours: vertical overlap over ``LINE_OVERLAP`` of the smaller height, and a horizontal gap under
    ``CHAR_MARGIN`` times the wider width. A stand-in space counts like pdfminer's real space."""
    run: list[Char] = []
    prev: Char | None = None
    for ch in chars:
        if prev is not None:
            overlap = min(prev.y1, ch.y1) - max(prev.y0, ch.y0)
            gap = max(prev.x0, ch.x0) - min(prev.x1, ch.x1)
            if (overlap < 0 or overlap <= LINE_OVERLAP * min(prev.y1 - prev.y0, ch.y1 - ch.y0)
                    or (gap if gap > 0 else 0.0) >= CHAR_MARGIN * max(prev.x1 - prev.x0, ch.x1 - ch.x0)):
                yield run
                run = []
        run.append(ch)
        prev = ch
    if run:
        yield run


def run_to_line(run: list[Char]) -> TextLine | None:
    """A run of characters to a TextLine; a space glyph where pdfminer would put an LTAnno space.

    A run drawn right to left (a footer "第26页共29页" drawn backwards, or pdfium's order on a rotated
    page) is read left to right; pdfminer keeps the drawing order ("页29共页26第").
    """
    if len(run) > 1 and run[-1].x0 < run[0].x0:
        run = sorted((ch for ch in run if ch.text != SPACER), key=lambda ch: ch.x0)
    glyphs: list[Glyph] = []
    right = None
    for ch in run:
        if ch.text == SPACER:       # the gap to the next character decides a space, as for pdfminer
            continue
        if right is not None and right < ch.x0 - WORD_MARGIN * max(ch.x1 - ch.x0, ch.y1 - ch.y0) and glyphs:
            glyphs.append(Glyph(" ", glyphs[-1].x1, glyphs[-1].x1))
        glyphs.append(Glyph(ch.text, ch.x0, ch.x1))
        right = ch.x1
    y0 = min(ch.y0 for ch in run)
    y1 = max(ch.y1 for ch in run)
    size = max(ch.y1 - ch.y0 for ch in run)     # pdfminer: the line's largest LTChar.size
    return make_line(glyphs, y0, y1, size or (y1 - y0))


# ---------------------------------------------------------------- rulings (paths)

def _compose(inner: Matrix, outer: Matrix) -> Matrix:
    a, b, c, d, e, f = inner
    A, B, C, D, E, F = outer
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D, e * A + f * C + E, e * B + f * D + F)


def _matrix(obj: ctypes.c_void_p) -> Matrix:
    m = raw.FS_MATRIX()
    if not raw.FPDFPageObj_GetMatrix(obj, ctypes.byref(m)):
        return IDENTITY
    return (m.a, m.b, m.c, m.d, m.e, m.f)


def _draw_mode(obj: ctypes.c_void_p) -> tuple[bool, bool]:
    """(filled, stroked) of a path object."""
    fill, stroke = ctypes.c_int(0), ctypes.c_int(0)
    if not raw.FPDFPath_GetDrawMode(obj, ctypes.byref(fill), ctypes.byref(stroke)):
        return True, True
    return fill.value != 0, bool(stroke.value)


def _bounds(obj: ctypes.c_void_p) -> tuple[float, float, float, float] | None:
    l, b, r, t = ctypes.c_float(), ctypes.c_float(), ctypes.c_float(), ctypes.c_float()
    if not raw.FPDFPageObj_GetBounds(obj, ctypes.byref(l), ctypes.byref(b), ctypes.byref(r), ctypes.byref(t)):
        return None
    return l.value, b.value, r.value, t.value


def path_boxes(obj: ctypes.c_void_p, matrix: Matrix) -> Iterator[tuple[float, float, float, float]]:
    """The bounding box of every subpath (a moveto starts one), in page space."""
    a, b, c, d, e, f = matrix
    x, y = ctypes.c_float(0), ctypes.c_float(0)
    xs: list[float] = []
    ys: list[float] = []
    for i in range(raw.FPDFPath_CountSegments(obj)):
        seg = raw.FPDFPath_GetPathSegment(obj, i)
        if not seg or not raw.FPDFPathSegment_GetPoint(seg, ctypes.byref(x), ctypes.byref(y)):
            continue
        if raw.FPDFPathSegment_GetType(seg) == raw.FPDF_SEGMENT_MOVETO and xs:
            yield min(xs), min(ys), max(xs), max(ys)
            xs, ys = [], []
        xs.append(a * x.value + c * y.value + e)
        ys.append(b * x.value + d * y.value + f)
    if xs:
        yield min(xs), min(ys), max(xs), max(ys)


def _objects(count: int, get: object, parent: object, matrix: Matrix, depth: int) -> Iterator[tuple[object, Matrix]]:
    for i in range(count):
        obj = get(parent, i)  # type: ignore[operator]
        if not obj:
            continue
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == raw.FPDF_PAGEOBJ_PATH:
            yield obj, _compose(_matrix(obj), matrix)
        elif kind == raw.FPDF_PAGEOBJ_FORM and FORM_RULINGS and depth < MAX_FORM_DEPTH:
            inner = _compose(_matrix(obj), matrix)
            yield from _objects(raw.FPDFFormObj_CountObjects(obj), raw.FPDFFormObj_GetObject, obj, inner,
                                depth + 1)


def page_rules(page: pdfium.PdfPage) -> list[tuple[float, float, float, float]]:
    """Thin painted subpaths (rulings and cell borders), as page-space boxes."""
    out = []
    for obj, matrix in _objects(raw.FPDFPage_CountObjects(page), raw.FPDFPage_GetObject, page, IDENTITY, 0):
        filled, stroked = _draw_mode(obj)  # type: ignore[arg-type]
        if not (filled or stroked):
            continue
        if not stroked and raw.FPDFPath_CountSegments(obj) <= 5:
            # one filled rectangle or line: its bounds are its points' box (no stroke width added)
            bounds = _bounds(obj)  # type: ignore[arg-type]
            boxes = [bounds] if bounds is not None else []
        else:
            boxes = list(path_boxes(obj, matrix))  # type: ignore[arg-type]
        for box in boxes:
            if min(box[2] - box[0], box[3] - box[1]) <= RULE_MAX_THICKNESS:
                out.append(box)
    return out


# ---------------------------------------------------------------- one page

def page_layout(page: pdfium.PdfPage, number: int) -> tuple[PageLayout, PageStats]:
    """One page's lines and rulings, in the frame of its dominant text direction."""
    left, bottom, right, top = page.get_mediabox()
    width, height = right - left, top - bottom
    textpage = page.get_textpage()
    try:
        order, forms = top_level_text(page)
        chars, unmapped = page_chars(textpage, order, top_only=forms and bool(order))
    finally:
        textpage.close()
    angles = Counter(angle for angle, ch in chars if angle >= 0)
    angle = angles.most_common(1)[0][0] if angles else 0
    off_angle = sum(n for a, n in angles.items() if a != angle)

    def place(box: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
        x0, y0, x1, y1 = box
        return to_frame((x0 - left, y0 - bottom, x1 - left, y1 - bottom), angle, width, height)

    if angle == 0 and left == 0 and bottom == 0:        # the common case: nothing to move
        kept = [ch for a, ch in chars if a <= 0]
        for ch in kept:
            if ch.size > 0:
                ch.y1 = ch.y0 + ch.size
        rules = [Rule(*box) for box in page_rules(page)]
    else:
        kept = [_upright(ch, place((ch.x0, ch.y0, ch.x1, ch.y1))) for a, ch in chars if a in (angle, -1)]
        rules = [Rule(*place(box)) for box in page_rules(page)]
    _place_spacers(kept)
    lines = [ln for ln in map(run_to_line, chars_to_runs(kept)) if ln is not None]
    frame_w, frame_h = frame_size(angle, width, height)
    rotate = page.get_rotation()
    return (PageLayout(number, frame_w, frame_h, tuple(lines), tuple(rules)),
            PageStats(number, rotate, angle, off_angle, unmapped))
