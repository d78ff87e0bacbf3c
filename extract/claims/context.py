"""The document context every claim reads from: the report's own period and author, each section's
period from its heading, relative periods resolved against the context year, and one canonical name
for each organisation the document names.

Rules are data: ``models/lexicons/relative_periods.v1.tsv`` (今年 → Y年 …), ``report_periods.v1.tsv``
(how a title states the period a report covers) and ``org_variants.v1.tsv`` (words an organisation's
name may drop, self-references that mean the author).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from ..records import Document, Section
from ..nlp.orgs import OrgSpan, find_org_spans, has_org_ending
from ..resources import load_patterns, load_tsv, load_word_kinds
from ..text import compact
from ..text.literals import finditer
from ..text.view import latin_years

RELATIVE_FILE = "lexicons/relative_periods.v1.tsv"
REPORT_PERIOD_FILE = "lexicons/report_periods.v1.tsv"
ORG_VARIANTS_FILE = "lexicons/org_variants.v1.tsv"
ALIAS_PATTERNS = "patterns/org_aliases.v1.jsonl"
# context.heading_time (the year a heading names), context.alias_separator (公司、本公司、生物股份)
FIELD_PATTERNS = "patterns/claim_fields.v1.jsonl"
_PAST_YEARS = {"三": 3, "五": 5, "十": 10}
OPENING_SENTENCE = 120      # how much of a page's first line may say which report it covers
CLAIM_WORDS = "lexicons/claim_words.v1.tsv"           # word lists by kind, for this module, fields and filters
# Lines at the top of a report that hold its title.
TITLE_LINES = 15
SPOKEN_YEAR_LINES = 3           # the lines of a page on a work report that may name the year it is delivered in
OPENING_CHARS = 3000            # how much of a report's start its title, date and covered company are read from
MAX_TITLE_CHARS = 40


@lru_cache(maxsize=1)
def relative_resolutions() -> dict[str, str]:
    """Relative period word -> template over the context year ("Y年", "Y年末", "Y-1年", "Y+1年")."""
    return {row[0]: row[1] for row in load_tsv(RELATIVE_FILE)}


AS_OF_FILE = "lexicons/as_of_periods.v1.tsv"
DAY = re.compile(r"(?:19|20)\d{2} ?年 ?\d{1,2} ?月 ?\d{1,2} ?日")   # a calendar day: 2025年3月5日 (2024 年 8 月 29 日)


@lru_cache(maxsize=1)
def as_of_words() -> frozenset[str]:
    return frozenset(row[0] for row in load_tsv(AS_OF_FILE))


def report_date(document: Document) -> str | None:
    """The date a report prints on a line of its own in its opening ("2022年07月19日"), as written."""
    for line in document.text[:OPENING_CHARS].splitlines()[:2 * TITLE_LINES]:
        text = compact(line)
        if DAY.fullmatch(text):
            return text
    return None


# the part of a year an interim report covers, and the month it ends with (its 报告期末)
_REPORT_PART = re.compile(r"^((?:19|20)\d\d)年(上半年|前三季度|第一季度|一季度|第三季度)$")
_PART_RELATIVE = ("本期", "期末", "上年同期", "去年同期")     # words that read as the report's part of a year
_PART_END_MONTH = {"上半年": 6, "前三季度": 9, "第一季度": 3, "一季度": 3, "第三季度": 9}


def resolve_period(period: str | None, year: int | None, as_of: str | None = None,
                   report: str | None = None) -> str | None:
    """"今年" in a 2025 context -> "2025年"; "报告期末" -> "2020年末"; "目前" in a report dated 2022年07月19日
    -> that date; "2025年半年度" and "2025年半年报" -> "2025年上半年"; in a report on a part of a year (``report``:
    2024年上半年), 报告期内 is that part and 报告期末 its last month's end (2024年6月末); other periods as written."""
    if as_of and period in as_of_words():
        return as_of
    part = _REPORT_PART.match(report or "") if period and ("报告期" in period or period in _PART_RELATIVE) else None
    if part and (year is None or int(part.group(1)) == year):
        template = relative_resolutions().get(period, "")
        if template == "Y年":
            return report       # "报告期内，本集团实现营业收入139.17亿元" in a 2024年中期报告
        if template == "Y年末":
            return f"{part.group(1)}年{_PART_END_MONTH[part.group(2)]}月末"
        if template == "Y-1年":
            return f"{int(part.group(1)) - 1}年{part.group(2)}"    # "较上年同期" in a 2024年中期报告: 2023年上半年
    if period and period.endswith(("年半年度", "年半年报")):
        return period[:-len("半年度")] + "上半年"     # "2025年半年度", as listed companies name their interim report
    if not period or year is None:
        return period
    template = relative_resolutions().get(period)
    if template is None:
        return period
    m = re.fullmatch(r"Y([+-]\d)?(.*)", template)
    offset = int(m.group(1)) if m.group(1) else 0
    return f"{year + offset}{m.group(2)}"


@lru_cache(maxsize=1)
def _report_period_patterns() -> tuple[tuple[re.Pattern, str], ...]:
    return tuple((re.compile(row[0]), row[1]) for row in load_tsv(REPORT_PERIOD_FILE))


def report_period(document: Document, year: int | None) -> str | None:
    """The period a report covers, from its title lines ("2023届毕业生就业质量年度报告" -> "2023届"),
    else its year ("2023年")."""
    lines = document.text[:OPENING_CHARS].splitlines()[:TITLE_LINES]
    printed = {compact(line) for line in lines}
    head = ([document.title] if document.title and compact(document.title) not in printed else []) + lines
    # a title broken after its joiner goes on on the next line ("仁寿县2023年财政预算执行情况和" / "2024年预算草案的报告":
    # the report is on 2023, not on the draft's 2024)
    head = [line + head[k + 1] if k + 1 < len(head) and compact(line).endswith(("和", "及", "与", "、")) else line
            for k, line in enumerate(head)]
    for line in head:
        text = latin_years(compact(line))
        if not text or len(text) > MAX_TITLE_CHARS:
            continue
        period = title_period(text)
        if period:
            return period
    opening = next((compact(line) for line in lines if line.strip()), "")[:OPENING_SENTENCE]
    disclosed = load_patterns(FIELD_PATTERNS)["context.disclosed_report.v1"].search(opening.split("。")[0])
    period = title_period(latin_years(disclosed.group("title"))) if disclosed else None
    if period or year:
        return period or f"{year}年"
    cohort = load_patterns(FIELD_PATTERNS)["context.opening_cohort.v1"]     # "2021届本科毕业生分布在28个院系…"
    found = [hit.group("c") for line in [compact(line) for line in lines if line.strip()][:2] if (hit := cohort.search(line))]
    return found[0] if found else None


def title_period(text: str) -> str | None:
    """The period a whitespace-free title states (report_periods.v1.tsv: "…2024年半年度报告" -> "2024年上半年"), or None."""
    for rx, template in _report_period_patterns():
        m = rx.search(text)
        if m:
            return m.expand(template)
    return None


def heading_period(section: Section, year: int | None = None) -> tuple[str, int | None] | None:
    """"一、2024年工作回顾" -> ("2024年", 2024): the first year its heading names; a plan's period it names
    ("二、“十五五”时期主要目标和重大任务" -> ("“十五五”时期", year): relative words in it still read against ``year``);
    a report's own title heading its part (level 0) as a title states it ("兰州银行:2024年半年度报告" -> 2024年上半年)."""
    if section.level == 0:      # a report's own title heading its part of a text ("【11】兰州银行:2024年半年度报告")
        period = title_period(latin_years(compact(section.title)))
        if period:
            return period, int(period[:4]) if period[:4].isdigit() else year
    patterns = load_patterns(FIELD_PATTERNS)
    m = patterns["context.heading_time.v1"].search(section.title)
    if not m:
        plan = patterns["context.heading_plan_period.v1"].search(section.title)
        return (plan.group(), year) if plan else None
    unit = "届" if m.group(2) == "届" else "年"
    return f"{m.group(1)}{unit}", int(m.group(1))


def heading_prior_period(section: Section, report: str | None) -> tuple[str, int | None] | None:
    """"二、上年同期业绩情况" in a report on 2025年上半年 -> ("2024年上半年", 2024): the same period a year earlier; "一、过去五年
    工作回顾" in a report on 2023年 -> ("2018-2022年", 2022): the years before it."""
    found = re.match(r"((?:19|20)\d\d)(年.*)", report or "")
    past = load_patterns(FIELD_PATTERNS)["context.heading_past_years.v1"].search(section.title) if found else None
    if past:
        last = int(found.group(1)) - 1
        return f"{last + 1 - _PAST_YEARS[past.group('n')]}-{last}年", last
    if not found or not load_patterns(FIELD_PATTERNS)["context.heading_prior_period.v1"].search(section.title):
        return None
    return f"{int(found.group(1)) - 1}{found.group(2)}", int(found.group(1)) - 1


_REVIEW_HEADING = "回顾"     # a heading over a report's look back ("2025年工作回顾"), its parts perhaps at its own level


@dataclass(frozen=True, slots=True)
class PeriodContext:
    """Periods a claim inherits when its sentence states none: its section's heading (innermost section
    whose heading, or whose ancestor's heading, names a year), else the report's own period."""

    report: str | None
    year: int | None
    by_section: dict[str, tuple[str, int | None]] = field(default_factory=dict)
    as_of: str | None = None        # the report's date, for 目前
    looked_back: tuple[int | None, int | None] = (None, None)     # reviewed_year, for a text with no year
    plans: dict[str, str] = field(default_factory=dict)     # section id -> the plan period its heading (or one over it)
    # names beside a year ("一、“十四五”时期及2025年工作回顾")
    spoken: bool = False        # the report's year is the one a work report speaks in (2024年南京市政府工作报告)

    @classmethod
    def of(cls, document: Document, sections, year: int | None) -> "PeriodContext":
        by_section: dict[str, tuple[str, int | None]] = {}
        plans: dict[str, str] = {}
        stack: list[tuple[Section, tuple[str, int | None] | None, str | None]] = []
        report = report_period(document, year)
        plan_rx = load_patterns(FIELD_PATTERNS)["context.heading_plan_period.v1"]
        review: tuple[Section, tuple[str, int | None]] | None = None     # the last 工作回顾 heading, and its period
        for section in sections:
            while stack and stack[-1][0].level >= section.level:
                stack.pop()
            own = heading_period(section, year) or heading_prior_period(section, report)
            inherited = own or next((p for _s, p, _plan in reversed(stack) if p), None)
            if inherited is None and review and review[0].level == section.level:
                inherited = review[1]   # "2025年和“十四五”工作回顾" then "一、经济运行量质齐升…" at its level: the parts
                # of the review (中宁县's 2026 report: its figures had the report's 2026年)
            if own:
                review = (section, own) if _REVIEW_HEADING in section.title else None
            if inherited:
                by_section[section.id] = inherited
            plan = plan_rx.search(section.title)
            own_plan = plan.group() if plan else None
            if own_plan or (own is None and stack and stack[-1][2]):
                plans[section.id] = own_plan or stack[-1][2]
            stack.append((section, own, plans.get(section.id)))
        return cls(report, year, by_section, report_date(document), (None, None) if year else reviewed_year(document),
                   plans, year is not None and spoken_year(document) == year)

    def plan_period(self, section: Section | None) -> str | None:
        """The plan period the section's heading, or one over it, names (“十四五”时期), for figures per year over it."""
        return self.plans.get(section.id) if section else None

    def section_period(self, section: Section | None) -> tuple[str, int | None] | None:
        return self.by_section.get(section.id) if section else None

    def year_at(self, section: Section | None, period: str | None = None) -> int | None:
        """The year ``period`` (a relative word) is read against in ``section``."""
        found = self.section_period(section)
        if found and found[1] is not None:
            return found[1]
        if self.spoken and period in _period_words("looking_back_period"):
            return self.year - 1
        if self.year is not None or not period:
            return self.year
        reviewed, speaking = self.looked_back
        return reviewed if period in _period_words("looking_back_period") else \
            speaking if period in _period_words("speaking_period") else None

    def default(self, section: Section | None) -> str | None:
        """The period of a figure its sentence and paragraph leave undated: its section's, else the report's, else, in a
        text that names no year of its own, the year it says it reviews (报告回顾了2024年工作: 安徽's 2025 report as a news
        page gives it; its figures had no period)."""
        found = self.section_period(section)
        if found:
            return found[0]
        reviewed = self.looked_back[0]
        return self.report or (f"{reviewed}年" if reviewed and self.looked_back[1] else None)


@lru_cache(maxsize=4)
def _period_words(kind: str) -> frozenset[str]:
    return frozenset(load_word_kinds(CLAIM_WORDS).get(kind, ()))


def spoken_year(document: Document) -> int | None:
    """The year a government work report is delivered in, as its title lines name it (2024年南京市政府工作报告发布: the
    report looks back on 2023, its 过去一年)."""
    lines = [compact(line) for line in document.text[:OPENING_CHARS].splitlines() if line.strip()]
    for line in lines[:SPOKEN_YEAR_LINES]:
        m = load_patterns(FIELD_PATTERNS)["context.work_report_year.v1"].search(line)
        if m:
            return int(m.group("y"))
    return None


def reviewed_year(document: Document) -> tuple[int | None, int | None]:
    """(the year a text that names no year of its own looks back on, the year it speaks in), from its opening: a news
    page on a work report says 报告回顾了2024年的工作 (2024, 2025), prints 一、2025年工作回顾 inside a line (2025, 2026),
    heads itself …2026年将全力以赴… (2025, 2026), opens as a bulletin does, 2022年,全县上下… (2022, 2022), or opens a
    paragraph 2024年是…关键一年 that 一年来/过去一年 go on from (2024, None: that year may be the one it speaks in); else
    (None, the year of its dateline), a news page's 今年 being the year it was published in."""
    opening = document.text[:OPENING_CHARS]
    patterns = load_patterns(FIELD_PATTERNS)
    m = patterns["context.reviewed_year.v1"].search(opening)
    if m:
        year = int(m.group("y"))
        return year, year + 1
    first = opening.lstrip().split("\n", 1)[0]
    m = patterns["context.year_ahead_title.v1"].search(first)
    if m:
        year = int(m.group("y"))
        return year - 1, year
    m = patterns["context.year_comma_opening.v1"].search(opening)
    if m:                           # 2022年,全县上下…: a bulletin's year, its figures' whether dated or not
        year = int(m.group("y"))
        return year, year
    m = patterns["context.year_reviewed_opening.v1"].search(opening)
    return (int(m.group("y")), None) if m else (None, dateline_year(document))


def dateline_year(document: Document) -> int | None:
    """The year of a news page's dateline on a line of its own in its opening ("2025年01月21日 14:29:33 来源:…",
    "发布时间:2025-05-22"): the year the page speaks in, its 今年."""
    rx = load_patterns(FIELD_PATTERNS)["context.dateline.v1"]
    for line in document.text[:OPENING_CHARS].splitlines()[:2 * TITLE_LINES]:
        m = rx.search(line.strip())
        if m:
            return int(m.group("y"))
    return None


@lru_cache(maxsize=None)
def _org_words(kind: str) -> tuple[str, ...]:
    """Words of one type of models/lexicons/org_variants.v1.tsv (drop | self | source), longest first."""
    return tuple(sorted(load_word_kinds(ORG_VARIANTS_FILE).get(kind, ()), key=len, reverse=True))


def research_markers() -> tuple[str, ...]:
    return _org_words("research")


_COVERED = re.compile(r"([\u4e00-\u9fffA-Za-z]{2,10})[（(]\s*\d{6}(?:\.(?:SH|SZ|BJ|HK|SS))?\s*[）)]")


def covered_company(text: str) -> str | None:
    """The company a broker's research report covers ("高测股份(688556.SH)" after "证券研究报告|公司点评"):
    there 公司 means that company, not the author. None for any other report."""
    lines = [compact(line) for line in text[:OPENING_CHARS].splitlines()]
    marked = [i for i, line in enumerate(lines) if any(w in line for w in research_markers())]
    if not marked:
        return None
    for line in lines[marked[0]:] + lines[:marked[0]]:
        for m in _COVERED.finditer(line):
            name = m.group(1)
            for word in research_markers():
                name = name.rpartition(word)[2]
            if len(name) >= 2:
                return name
    return None


def self_references() -> tuple[str, ...]:
    return _org_words("self")


def own_matters() -> tuple[str, ...]:
    """Words for the report's own transaction (本次交易): a sentence they open is about no organisation."""
    return _org_words("matter")


def anaphors() -> tuple[str, ...]:
    return _org_words("anaphor")


def source_markers() -> tuple[str, ...]:
    return _org_words("source")


def role_labels() -> tuple[str, ...]:
    """Labels before an organisation named for its role on a report's cover (主办券商：国信证券): not the author."""
    return _org_words("role")


def authority_markers() -> tuple[str, ...]:
    """Words after an organisation that make it the authority approving or issuing (…税务局批准, …环境保护局《关于…的批复》)."""
    return _org_words("authority")


def _key(name: str) -> str:
    for word in _org_words("drop"):
        name = name.replace(word, "")
    return name


def canonical_names(names, author: str | None = None) -> dict[str, str]:
    """Each organisation name -> the canonical (longest) name of its group: two names are one organisation
    when they are equal after dropping the variant words ("长春汽车工业高等专科学校" / "长春汽车高等专科学校")."""
    names = sorted(set(n for n in names if n) | ({author} if author else set()), key=len, reverse=True)
    canonical: dict[str, str] = {}
    by_key: dict[str, str] = {}
    for name in names:
        if not has_org_ending(name):          # a short name the report defines stays as printed
            canonical[name] = name
            continue
        key = _key(name)
        canonical[name] = by_key.setdefault(key, name)
    return canonical


@lru_cache(maxsize=1)
def _alias_patterns() -> tuple[re.Pattern, ...]:
    return tuple(load_patterns(ALIAS_PATTERNS).values())


def find_aliases(text: str) -> dict[str, str]:
    """Short names a report defines for organisations ("（以下简称“顺丰控股”）", a 释义 row "金宇保灵	指	…"):
    alias -> the full name. Definitions of other things (“根本违约”, “新收入准则”) are not organisations."""
    out: dict[str, str] = {}
    for rx in _alias_patterns():
        for m in finditer(rx, text):     # searched around 以下/简称/指 only: the same matches, no scan of every position
            full = compact(m.group("full"))
            spans = [o for o in find_org_spans(full) if o.end == len(full)]
            name = spans[-1].name if spans else (full if has_org_ending(full) and len(full) <= 40 else None)
            if name is None:
                continue
            separator = load_patterns(FIELD_PATTERNS)["context.alias_separator.v1"]
            for alias in separator.split(compact(m.group("alias"))):
                alias = alias.strip("“”\"「」")
                if len(alias) >= 2 and alias not in out and len(alias) < len(name) \
                        and alias not in self_references():
                    out[alias] = name
    _target_predecessors(text, out)
    return out


def target_words() -> tuple[str, ...]:
    return _org_words("target")


def _target_predecessors(text: str, aliases: dict[str, str]) -> None:
    """A defined name of a company that was the target company before ("泰海投资 指 深圳市泰海投资有限公司，顺丰控股有限的
    前身", "顺丰控股有限 指 …，为顺丰控股前身", 顺丰控股 being 标的公司) is the target under an older name: ``aliases`` maps it
    to the target's full name. Another company's predecessor (顺丰集团, 明德控股的前身) keeps its own name."""
    target = next((aliases[w] for w in target_words() if w in aliases), None)
    if target is None or "前身" not in text:
        return
    separator = load_patterns(FIELD_PATTERNS)["context.alias_separator.v1"]
    key = target.replace("股份", "")
    rows = [(compact(m.group("successor")), [a for a in separator.split(compact(m.group("alias")))
                                             if len(a) >= 2 and a not in self_references()])
            for m in finditer(load_patterns(FIELD_PATTERNS)["context.predecessor.v1"], text)]
    for _ in rows:              # a predecessor of a predecessor (泰海投资 -> 顺丰控股有限 -> 顺丰控股), in any row order
        changed = False
        for successor, names in rows:
            if aliases.get(successor, successor).replace("股份", "") == key:
                for name in names:
                    changed |= aliases.get(name) != target
                    aliases[name] = target
        if not changed:
            break


def _definition_rows(text: str) -> list[tuple[list[str], str]]:
    """Each 释义 row ("拟置入资产/置入资产 指 顺丰控股100%股权"): its short names, without quotes, and what they stand for."""
    definition = load_patterns(ALIAS_PATTERNS)["alias.definition_row.v1"]
    separator = load_patterns(FIELD_PATTERNS)["context.alias_separator.v1"]
    return [([alias.strip("“”\"「」") for alias in separator.split(compact(m.group("alias")))], compact(m.group("full")))
            for m in finditer(definition, text)]


def find_stake_aliases(text: str, aliases: dict[str, str]) -> dict[str, str]:
    """Short names a 释义 row defines for a stake in a company ("拟置入资产/标的资产 指 顺丰控股100%股权"): alias -> the
    company's full name. A figure of 拟置入资产 is about that company, though the stake's name stays in the metric
    (拟置入资产预估值); ``aliases`` are the organisations' own short names (the company may be one of them)."""
    stake = load_patterns(FIELD_PATTERNS)["context.stake_definition.v1"]
    out: dict[str, str] = {}
    for names, full in _definition_rows(text):
        held = stake.match(full)
        org = held.group("org") if held else ""
        spans = [o for o in find_org_spans(org) if o.end == len(org)] if org and org not in aliases else []
        name = aliases.get(org) or (spans[-1].name if spans else None)
        if name is None:
            continue
        for alias in names:
            if len(alias) >= 2 and alias not in aliases and alias not in out and alias not in self_references():
                out[alias] = name
    return out


def defined_terms(text: str) -> frozenset[str]:
    """Every short name a 释义 row defines, of organisations or not ("发行股份购买资产", "本次交易")."""
    return frozenset(alias for names, _full in _definition_rows(text) for alias in names)


def alias_spans(text: str, aliases: dict[str, str], found: list[OrgSpan]) -> list[OrgSpan]:
    """``found`` with the mentions of defined aliases added (those not inside a found name), in order."""
    if not aliases:
        return found
    extra = []
    for alias in sorted(aliases, key=len, reverse=True):
        i = text.find(alias)
        while i >= 0:
            end = i + len(alias)
            if not any(o.start < end and i < o.end for o in found + extra):
                extra.append(OrgSpan(i, end, alias, "alias"))
            i = text.find(alias, end)
    return sorted(found + extra, key=lambda o: o.start)
