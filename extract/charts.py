"""Small inline-SVG charts for the review page and the audit HTML: pure functions returning a string.

Every label is HTML-escaped (report text is untrusted), sizes are fixed, no scripts, no external
fonts. The SVG can be pasted into any HTML page as is.

Example:
    >>> svg = tieout_status_svg(12, 30, 2)
    >>> svg.startswith("<svg") and "conflict" in svg
    True
    >>> "&lt;b&gt;" in claims_per_section_svg([{"section": "<b>"}])
    True
"""
from __future__ import annotations

from collections import Counter
from html import escape
from typing import Any, Iterable

MATCH_COLOR = "#2e7d32"
UNSUPPORTED_COLOR = "#9e9e9e"
CONFLICT_COLOR = "#c62828"
BAR_COLOR = "#1565c0"
FONT = 'font-family="sans-serif" font-size="11"'
MAX_SECTIONS = 12          # bars shown; the rest is summed into one "(other)" bar
LABEL_CHARS = 14           # a section label is cut to this many characters
ROW_HEIGHT = 18
LABEL_WIDTH = 190
BAR_WIDTH = 200
NO_SECTION = "(none)"
OTHER = "(other)"


def _section_of(claim: Any) -> str:
    """The section of a claim record (dict) or Claim object, or NO_SECTION."""
    value = claim.get("section") if isinstance(claim, dict) else getattr(claim, "section", None)
    return str(value) if value else NO_SECTION


def _short(label: str, limit: int = LABEL_CHARS) -> str:
    return label if len(label) <= limit else label[:limit - 1] + "…"


def section_counts(claims: Iterable[Any], limit: int = MAX_SECTIONS) -> list[tuple[str, int]]:
    """(section, number of claims) in order of first appearance; beyond ``limit`` one OTHER row."""
    counts = Counter(_section_of(c) for c in claims)
    return top_rows(list(counts.items()), limit)


def top_rows(rows: list[tuple[str, int]], limit: int = MAX_SECTIONS) -> list[tuple[str, int]]:
    """The first ``limit - 1`` rows and one OTHER row summing the rest (all rows when they fit);
    empty labels become NO_SECTION."""
    rows = [(label or NO_SECTION, n) for label, n in rows]
    if len(rows) <= limit:
        return rows
    kept = rows[:limit - 1]
    return kept + [(OTHER, sum(n for _, n in rows[limit - 1:]))]


def _svg(width: int, height: int, label: str, body: list[str]) -> str:
    head = (f'<svg width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(label)}">')
    return head + f"<title>{escape(label)}</title>" + "".join(body) + "</svg>"


def claims_per_section_svg(claims: Iterable[Any]) -> str:
    """A horizontal bar chart of the number of claims per section (claim records or Claim objects)."""
    return section_bars_svg(section_counts(claims))


def section_bars_svg(rows: list[tuple[str, int]]) -> str:
    """The claims-per-section bar chart from (section, count) rows already counted (e.g. by SQL)."""
    rows = top_rows(rows)
    top = max((n for _, n in rows), default=0) or 1
    width = LABEL_WIDTH + BAR_WIDTH + 40
    height = ROW_HEIGHT * max(len(rows), 1) + 24
    body = [f'<text x="0" y="12" {FONT} font-weight="bold">Claims per section</text>']
    if not rows:
        body.append(f'<text x="0" y="32" {FONT}>no claims</text>')
    for i, (section, n) in enumerate(rows):
        y = 20 + i * ROW_HEIGHT
        bar = max(1, round(BAR_WIDTH * n / top))
        body.append(f'<g><title>{escape(section)}: {n}</title>'
                    f'<text x="{LABEL_WIDTH - 4}" y="{y + 12}" {FONT} text-anchor="end">'
                    f'{escape(_short(section))}</text>'
                    f'<rect x="{LABEL_WIDTH}" y="{y + 2}" width="{bar}" height="{ROW_HEIGHT - 5}" '
                    f'fill="{BAR_COLOR}"/>'
                    f'<text x="{LABEL_WIDTH + bar + 4}" y="{y + 12}" {FONT}>{n}</text></g>')
    return _svg(width, height, "Claims per section", body)


def tieout_status_svg(n_match: int, n_unsupported: int, n_conflict: int) -> str:
    """One stacked bar: claims tied to a matching cell, without a cell, and contradicting a cell."""
    parts = (("match", int(n_match), MATCH_COLOR), ("unsupported", int(n_unsupported), UNSUPPORTED_COLOR),
             ("conflict", int(n_conflict), CONFLICT_COLOR))
    total = sum(n for _, n, _ in parts)
    width, bar_width = 420, 400
    body = [f'<text x="0" y="12" {FONT} font-weight="bold">Tie-out of {total} claims</text>']
    x = 0.0
    for name, n, color in parts:
        w = bar_width * n / total if total else 0.0
        if w:
            body.append(f'<rect x="{x:.1f}" y="18" width="{w:.1f}" height="16" fill="{color}">'
                        f'<title>{name}: {n}</title></rect>')
        x += w
    if not total:
        body.append(f'<rect x="0" y="18" width="{bar_width}" height="16" fill="#eeeeee"/>')
    for i, (name, n, color) in enumerate(parts):
        lx = i * 140
        body.append(f'<rect x="{lx}" y="42" width="10" height="10" fill="{color}"/>'
                    f'<text x="{lx + 14}" y="51" {FONT}>{name} {n}</text>')
    return _svg(width, 58, "Tie-out status", body)


# Matplotlib helpers for the notebooks: a CJK font (so titles and metrics can label plots) and
# document labels by title.
CJK_HINTS = ("CJK", "WenQuanYi", "Noto Sans SC", "SimHei", "Heiti", "Source Han", "Droid Sans Fallback")
CJK_FONT_DIRS = ("/usr/share/fonts", "/usr/local/share/fonts", "~/.local/share/fonts", "~/.fonts")


def matplotlib_cjk_font() -> str | None:
    """The name of a CJK-capable font matplotlib can use, registering one from the system font folders
    when matplotlib's font cache predates it (e.g. fonts-noto-cjk installed later); None when there is
    none (plots should then keep ASCII labels)."""
    from pathlib import Path

    from matplotlib import font_manager

    for font in font_manager.fontManager.ttflist:
        if any(hint in font.name for hint in CJK_HINTS):
            return font.name
    found: list[str] = []
    for folder in CJK_FONT_DIRS:
        root = Path(folder).expanduser()
        if not root.is_dir():
            continue
        for path in sorted(root.rglob("*"), key=lambda p: ("regular" not in p.name.lower(), p.name)):
            if path.suffix.lower() in (".ttc", ".ttf", ".otf") and any(
                    hint in path.name.lower() for hint in ("cjk", "wqy", "sourcehan", "droid")):
                try:
                    font_manager.fontManager.addfont(str(path))      # every weight, so bold resolves too
                    name = font_manager.FontProperties(fname=str(path)).get_name()
                except (OSError, RuntimeError, ValueError):
                    continue
                if any(hint in name for hint in CJK_HINTS):
                    found.append(name)
    return found[0] if found else None


def document_label(document: dict[str, Any], *, cjk: bool = True, limit: int = 30) -> str:
    """A short label naming a document record by its author and title (and year):
    "黔东南州统计局 2016年国民经济和社会发展统计公报", "吉林省教育厅 吉林省高等职业教育质量报告 (2023)";
    the document id when there is no title or no CJK font (``cjk=False``)."""
    title, org = (str(document.get("title") or ""), str(document.get("org") or "")) if cjk else ("", "")
    name = f"{org} {title}" if org and title and org not in title else title
    name = _short(name, limit) if name else str(document.get("id") or "")
    year = document.get("year")
    return f"{name} ({year})" if year and str(year) not in name else name


__all__ = ["claims_per_section_svg", "document_label", "matplotlib_cjk_font", "section_bars_svg", "section_counts", "tieout_status_svg", "top_rows"]
