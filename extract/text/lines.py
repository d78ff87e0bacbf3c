"""The one owner of a line's role (heading, caption, table row, footer, …), for every reader.

``classify_line`` decides a line of a text dump; the PDF and Word readers ask the functions below about
their laid-out lines and paragraph styles (page number in a running line, a line that opens a heading or
a list item, heading text, a row of cells, a heading style) instead of deciding themselves. The regexes
live in ``models/patterns/lines.v1.jsonl`` and ``line_marks.v1.jsonl``; this module adds the checks a regex
cannot express well (length, ending punctuation, numeric density).
"""
from __future__ import annotations

import re
from functools import lru_cache
from collections.abc import Sequence

from ..resources import load_jsonl, load_patterns
from . import compact

LINE_PATTERNS = "patterns/lines.v1.jsonl"
# Marks the layout readers ask about: line.page_number, line.heading_opening, line.heading_text, line.bullet,
# line.heading_style, line.title_style.
LINE_MARKS = "patterns/line_marks.v1.jsonl"
# Longest heading a PDF block may be, in characters (its own spacing kept).
MAX_LAID_HEADING_CHARS = 40
# Longest heading / caption we accept, in non-space characters.
MAX_HEADING_CHARS = 34
MAX_CAPTION_CHARS = 70
SENTENCE_END = "。；！？!?;"
_NUMERIC_TOKEN = re.compile(r"^[-+−]?[\d,，.．]+[%％]?-?$|^[-—/／]$")
# Mechanics: a cell of a laid-out row that holds a number ("1,234.5", "(12.3%)", "-").
_NUMERIC_CELL = re.compile(r"^[-+(（]?[\d,.，]+[%％)）-]?[A-Za-z]?$|^[-—–]+$")


@lru_cache(maxsize=1)
def line_rules() -> tuple[tuple[str, str, re.Pattern], ...]:
    """(rule id, label, compiled regex) in file order; the first rule that fits wins."""
    compiled = load_patterns(LINE_PATTERNS)
    return tuple((r["id"], r["label"], compiled[r["id"]]) for r in load_jsonl(LINE_PATTERNS))


# a table's rule line ("|---|---|", "-----", "===")
RULE_ROW = re.compile(r"^[\s\-—=|:+]+$")
MAX_MARKDOWN_CELL = 60      # a longer stretch between bars is prose around a table pasted into its line


def is_markdown_row(line: str) -> bool:
    """A Markdown table row ("| 规章 | 0 | 0 | 0 |", "行政许可 | 0 |": PDF-to-Markdown converters and web pages saved
    as text write tables so), not its rule line ("|---|---|"), nor a paragraph with a table pasted into it (a digest's
    "…财务摘要 |项目|2022A|…| [7] 投资建议 - 24Q2营收增速放缓至2.9%…")."""
    return line.count("|") >= 2 and not RULE_ROW.match(line) and \
        all(len(cell.strip()) <= MAX_MARKDOWN_CELL for cell in line.split("|"))


def is_table_row(line: str) -> bool:
    """A TAB-separated or Markdown row, a web table's numeric cell printed alone on its line with its bar ("650 |",
    江门's 2024 基础教育情况表 as a page saves it), or a line of mostly numeric space-separated cells (flattened PDF
    table)."""
    if "\t" in line.strip("\t") or is_markdown_row(line):
        return True
    cell = line.rstrip()
    if cell.endswith(("|", "｜")) and cell.count("|") + cell.count("｜") == 1 and is_numeric_cell(cell[:-1].strip()):
        return True
    tokens = line.split()
    if len(tokens) < 3:
        return False
    numeric = sum(1 for t in tokens if _NUMERIC_TOKEN.match(t))
    return numeric >= 3 and numeric / len(tokens) >= 0.6


@lru_cache(maxsize=1)
def _any_rule() -> re.Pattern | None:
    """One regex that matches a line at its start where some line rule does (most lines fit none, and are then
    tested once instead of once per rule); None unless every rule is anchored at the line's start (a
    pattern opening with ``^`` outside any alternation), where a match at the start is all a search finds."""
    patterns = [rx.pattern for _id, _label, rx in line_rules()]
    try:
        from re import _parser
        if not all((ops := _parser.parse(p).data) and ops[0] == (_parser.AT, _parser.AT_BEGINNING) for p in patterns):
            return None
        return re.compile("|".join(f"(?:{p})" for p in patterns))
    except (ImportError, AttributeError, re.error):
        return None


@lru_cache(maxsize=8192)       # a text's lines are classified when it is read and again when its cases are found
def classify_line(line: str) -> str:
    """Role of one line: heading, caption, figure, source, case, toc, toc_title, footer, table, body, blank."""
    if not line.strip():
        return "blank"
    any_rule = _any_rule()
    if any_rule is not None and not any_rule.match(line):
        return "table" if is_table_row(line) else "body"
    compact_line = compact(line)
    for _rule_id, label, rx in line_rules():
        if not rx.search(line):
            continue
        if label == "heading" and not _plausible_heading(compact_line):
            continue
        if _rule_id.startswith("line.heading_numbered") and not _numbered_heading_ok(line):
            continue
        if label == "caption" and (len(compact_line) > MAX_CAPTION_CHARS or compact_line[-1] in SENTENCE_END):
            continue
        if label == "toc" and "\t" in line and is_table_row(line) and line.count("\t") > 1:
            continue
        return label
    return "table" if is_table_row(line) else "body"


def opens_report(line: str) -> bool:
    """A report's own title on a line of its own ("【6】会泽县2024年政府信息公开工作年度报告"): in a text that holds several
    reports one after another, the heading over all of the next report's parts."""
    return classify_line(line) == "heading" and bool(load_patterns(LINE_PATTERNS)["line.heading_report_title.v1"].match(line))


_NUMBERED = re.compile(r"^(\s*)\**\s*(\d{1,2}(?:\s*[.．]\s*\d{1,2}){0,3})\s*([.．、]?)\s*(.*)$")


def _numbered_heading_ok(line: str) -> bool:
    """"2.1 就业质量" yes; table rows ("1 建筑工程学院 道路与桥梁 悉尼协议") and bare "5 《规划》" no.

    A number without any dot is a heading only where a PDF dump starts a page with it (leading space).
    """
    m = _NUMBERED.match(line)
    if not m:
        return False
    lead, number, dot, title = m.groups()
    if "." not in number and "．" not in number and not dot and not lead:
        return False
    tokens = title.split()
    return len(tokens) <= 2 and not any(_NUMERIC_TOKEN.match(t) for t in tokens[1:])


def _plausible_heading(compact: str) -> bool:
    if len(compact) > MAX_HEADING_CHARS or compact[-1] in SENTENCE_END + "，,、：:":
        return False
    return "。" not in compact and compact.count("，") <= 1


# ---------------------------------------------------------------- laid-out lines (PDF) and styles (Word)

def _mark(name: str) -> re.Pattern:
    return load_patterns(LINE_MARKS)[f"line.{name}.v1"]


def heading_enumerator(text: str) -> re.Match | None:
    """The enumerator a numbered heading opens with ("(2).", "（二）", "九、", "2.1", "①", "第三节"), or None."""
    return _mark("enumerator").match(text)


def is_page_number(text: str) -> bool:
    """A part of a running line that is a page number ("11 / 195", "- 3 -", "第 2 页 共 9 页", "iv")."""
    return bool(_mark("page_number").match(text))


def opens_item(text: str) -> bool:
    """A line of a text dump that opens a list item: a bullet, or a dash and a space ("- 利息净收入…")."""
    return bool(_mark("bullet").match(text.lstrip()))


def opens_block(text: str) -> bool:
    """A laid-out line that starts a new paragraph by what it opens with: an enumerated heading
    ("一、", "(二)", "第三节") or a list item (a bullet or check box)."""
    return bool(_mark("heading_opening").match(text) or _mark("bullet").match(text))


# A paragraph that ends a sentence, a colon's lead-in or a bracket does not go on over a page break.
CLOSES_PARAGRAPH = SENTENCE_END + "：:.…）)》”\""
MIN_CONTINUED_CHARS = 20


def continues_over_page(last: str, first: str) -> bool:
    """Whether the first paragraph of a page goes on with the last paragraph of the page before: that one
    stops mid-sentence ("…，决议以现金分红15亿元。根据《重" | "大资产置换及…") and this one opens no heading,
    list item or check box."""
    last, first = last.strip(), first.strip()
    if len(last) < MIN_CONTINUED_CHARS or not first or last[-1] in CLOSES_PARAGRAPH:
        return False
    if "□" in last or "√" in last or opens_block(first) or is_heading_text(first) or \
            _mark("numbered_item").match(first):
        return False
    return True


def runs_on(last: str, first: str) -> bool:
    """Whether a line of a text of one paragraph per line goes on into the next: it stops at a copula and the next
    opens with a signed, comma-grouped or decimal figure ("…股东的净利润为" | "-57,904.70万元；…"), or it ends no sentence
    and the next opens with a bracketed year, its comparative ("…每股普通股3.50港仙" | "(2022年12月31日:3.00港仙)。")."""
    return bool(_mark("runs_on").search(f"{last.strip()[-2:]}\n{first.strip()[:6]}"))


def unit_runs_on(last: str, first: str) -> bool:
    """Whether a line that ends in a decimal or comma-grouped figure goes on into the next, which opens with the
    figure's unit ("…发放贷款和垫款 2,459.69" | "亿元,较年初增长 3.32%…")."""
    last, first = last.strip(), first.strip()
    return bool(_mark("unit_runs_on").search(f"{last[-16:]}\n{first[:8]}"))


def figure_runs_on(last: str, first: str) -> bool:
    """Whether a line of prose that stops mid-clause goes on into the next, which opens with a figure right before
    a comma or full stop ("…较年初增长" | "4.90%;吸收存款…"); a label line without a comma does not (a table's
    cell)."""
    last, first = last.strip(), first.strip()
    return any(ch in last for ch in "，,；;") and bool(_mark("figure_runs_on").match(f"{last[-1:]}\n{first[:16]}"))


def is_heading_text(text: str) -> bool:
    """A PDF block that is a heading by its text: enumerated or numbered ("2.1 就业质量"), short, and not a
    sentence."""
    if len(text) > MAX_LAID_HEADING_CHARS or text.endswith("。"):
        return False
    return bool(_mark("heading_text").match(text))


def is_numeric_cell(text: str) -> bool:
    return bool(_NUMERIC_CELL.match(text.replace(" ", "")))


MIN_SENTENCE_CELL_CHARS = 30


def is_sentence_cell(text: str) -> bool:
    """A table cell that is running prose: a sentence of clauses ("2020年10月28日，公司召开了…，向…首次授予限制性股票
    627.90万股。" in an annual report's 事项概述 | 查询索引 table), whose figures are claims like any sentence's."""
    body = compact(text)
    return len(body) >= MIN_SENTENCE_CELL_CHARS and body[-1] in SENTENCE_END and ("，" in body or "," in body)


def is_cell_row(cells: Sequence[str]) -> bool:
    """A laid-out row of cells (split at wide gaps) that is a table row: two numbers, or one of 3+ cells."""
    if len(cells) < 2:
        return False
    numeric = sum(1 for c in cells if is_numeric_cell(c))
    return numeric >= 2 or (numeric >= 1 and len(cells) >= 3)


def heading_style_level(style_name: str) -> int | None:
    """Heading level of a Word paragraph style name (0 for Title), or None for body styles."""
    name = style_name.strip()
    if _mark("title_style").fullmatch(name):
        return 0
    match = _mark("heading_style").match(name)
    return int(match.group(1)) if match else None
