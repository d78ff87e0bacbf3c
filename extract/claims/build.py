"""Turn the prose of a document into Claim records.

For every prose block: a whitespace-free view, its sentences, the quantity mentions; mentions
that are not claims are dropped (filters.py); the rest get kind, metric, period, baseline,
subject, case and section. A change ("增加了 328.15 万元") without a metric of its own takes the
metric of the claim before it in the sentence, and its baseline carries forward the same way.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from itertools import accumulate, pairwise, takewhile

from ..nlp.orgs import find_org_spans, find_orgs, is_org_name, org_ending, relation_words
from ..nlp.segmenter import cut_pos
from ..numbers.mentions import Mention, find_mentions, with_units_before
from ..records import FIGURE, PARAGRAPH, TABLE, Block, Case, Claim, Document, Organisation, Section
from ..structure import section_at, section_label
from ..text import compact
from ..text.lines import is_sentence_cell, opens_item
from ..text.sentences import split_sentences
from ..text.prose import is_table_like, prose_head, prose_tail
from ..text.view import TextView, latin_years, make_view, simplified_chars
from .context import (DAY, PeriodContext, alias_spans, anaphors, authority_markers, canonical_names, covered_company,
                      defined_terms, find_aliases, find_stake_aliases, own_matters, resolve_period, role_labels, self_references,
                      source_markers)
from .fields import (AGAINST_YEAR_BEFORE, LEVEL_KINDS, PER_MEASURE, PERSON_UNITS, RATE_POINTS, bound_words, by_sign,
                     change_before, change_verbs, claim_words, classifiers, clause_after, clause_before,
                     clause_end, clause_start, classify, compared_before, compared_with_figure, field_rule, strip_leading_verbs,
                     find_baseline, find_period, object_of_change, respective_baseline, in_title, is_band, joiners, metric_after, metric_before,
                     named_after_figure, named_right_before, names_money, noun_phrase_head, noun_phrase_tail,
                     fused_alternatives, with_alternatives,
                     opens_with_band, opens_with_figure, set_owner, stated_period, strip_time, target_bound,
                     without_bound, without_copulas, without_trailing_adverb)
from .filters import enclosing_spans, is_year, reject_reason
from .lists import ListMember, align_lists, comma_joins_run
from .compose import COMPARED_AFTER, compose, continues_run, is_from_point, names_a_rate, qualify_share_word, top_list
from .metric_model import active_metric_model

PROSE_KINDS = (PARAGRAPH, FIGURE)
SHARE_WORDS = ("占比", "比例", "比重", "占")
# A paragraph longer than this without any comma or full stop is a flattened table.
MIN_PROSE_WITHOUT_PUNCT = 4
# How much of a case's text is read to find what it is about.
CASE_SUBJECT_WINDOW = 800
# An item of a list after a lead ending in a colon, a line of its own without a mark, is at most this long.
MAX_UNMARKED_ITEM = 120
# How much of the document's start is read to find its author.
AUTHOR_WINDOW = 4000
# ... where an author not in the title lines is named in at least this share of the names of its kind there (大学, 银行: a
# news page on several universities, 上海科技大学 named twice among four, is no report of one of them)
AUTHOR_SHARE = 0.6
# Lines at the top of a report that hold its title and issuer.
TITLE_LINES = 15
MAX_TITLE_CHARS = 40
YEAR_WINDOW = 1500
TITLE_PARTS = 3             # lines a title may be broken over

# marks no metric opens with: an enumerator's dot or a list's dash left before the name ("2. 持续加码研发投入（5.79%营收
# 占比）" gave .持续加码研发投入)
_NO_OPENING = ".．-－—、，,：:;；·︱｜|]］】"      # and a citation mark's close ("…[3]-24Q1-25Q1单季综合毛利率")
_RANKING = ("排名", "排行")
PLAN_YEAR = re.compile(r"(?:19|20)\d\d年度")      # a year as a plan or announcement names it (2023年度利润分配)
PER_SHARE = "每股"         # a dividend's basis a total after it does not keep ("每股0.54元(含税),共计16.85亿元")


@dataclass(frozen=True, slots=True)
class Context:
    document: Document
    sections: list[Section]
    cases: list[Case]
    author: str | None
    periods: PeriodContext
    aliases: dict[str, str] = field(default_factory=dict)   # the organisations' short names, then the stakes'
    focus: str | None = None    # the company a research report covers: its 公司 (the author's word elsewhere)
    heading_orgs: dict[str, str | None] = field(default_factory=dict)   # section id -> the one org its heading names
    cases_at: tuple[tuple[int, ...], tuple[Case | None, ...]] = ((), ())    # _case_index(cases)
    stakes: frozenset[str] = frozenset()    # short names of a stake in a company (拟置入资产): named, kept in metrics
    terms: tuple[str, ...] = ()             # the longer defined terms that hold a stake's name (发行股份购买资产)
    part_authors: dict[str, tuple[str, ...]] = field(default_factory=dict)  # section id -> who its report title names


@dataclass(slots=True)
class Carried:
    """What a paragraph has said so far that later sentences inherit: the period last named, and the
    organisation that opened the paragraph (or a later sentence)."""

    period: str | None = None
    subject: str | None = None
    group: str = ""             # the group the sentence's figures belong to so far (compose.group_of)
    nobody: bool = False        # the paragraph's figures are no organisation's (_opening_subject)
    year: int | None = None     # the year a sentence of the paragraph opened with ("2024年,全市上下…"): its 全年's
    before: list[Claim] = field(default_factory=list)     # the claims of the sentence before (_organisation_alone)


def find_author(document: Document) -> str | None:
    """The organisation that wrote the report: one named in the title lines, else the one named most
    (at least twice) near the start."""
    head = [line for line in document.text[:AUTHOR_WINDOW].splitlines() if line.strip()][:TITLE_LINES]
    for line in head:
        compact = "".join(line.split())
        if len(compact) > MAX_TITLE_CHARS or compact[-1] in "。；！？":
            continue
        names = [o.name for o in find_org_spans(compact)
                 if not compact[:o.start].rstrip(":：").endswith(role_labels())]    # not 主办券商：国信证券
        if names:
            return names[0]
    names = find_orgs(make_view(document.text, 0, min(len(document.text), AUTHOR_WINDOW)).text)
    if not names:
        return None
    name, count = Counter(names).most_common(1)[0]
    peers = [other for other in names if org_ending(other) == org_ending(name)]
    own = sum(1 for other in peers if name in other)        # (莲湖区西关街道办事处 is 西关街道办事处)
    return name if count >= 2 and own >= AUTHOR_SHARE * len(peers) else None


_REPORT_YEAR = re.compile(r"[（(]?\s*((?:19|20)\d\d)\s*年\s*度?")
# in running text only a year that names the report: "2023年度质量报告", "（2023年）"
# …发布的2022年国民经济和社会发展统计公报显示 (a news page on a bulletin)
_REPORT_YEAR_IN_TEXT = re.compile(r"((?:19|20)\d\d)年度?(?:[\u4e00-\u9fff]{0,12}报告|国民经济和社会发展统计公报|[)）])")
# the year a report's statistics cover, as every 政府信息公开工作年度报告 states it ("本年报所列数据的统计期限自2023年1月1日起至
# 12月31日止": 交口县's 2023 report, whose title lines name no year)
# ("本报告所列统计数据的期限自2024年1月1日起": 濂溪区's 2024 report); stated, it outweighs another report's year the opening
# names ("…武汉化工园区2023年度环境质量报告书…" in a 2024 report whose 统计期限 is 2024)
_STATISTICS_YEAR = re.compile(r"统计(?:数据的?)?(?:期限|期间|时间|区间)(?:自|为|是|从)?((?:19|20)\d\d)年1月1日")
# a budget report a page says was delivered covers the year it reports the execution of, not the draft's ("…作了关于滨州市
# 2023年预算执行情况和2024年预算草案的报告": its undated figures were of 2024; not one a work report's news lists among others)
_EXECUTED_YEAR = re.compile(r"作了?关于[\u4e00-\u9fff]{0,8}?((?:19|20)\d\d)年[\u4e00-\u9fff]{0,8}?(?:预算|决算)执行情况")
_DATE = re.compile(r"(?:19|20)\d\d年(?:\d{1,2}月(?:\d{1,2}日)?)?")
# a title may end with a note in brackets: "2024年…统计公报(2025年更新)" is 2024's bulletin, updated in 2025
_TITLE_LIKE = re.compile(r"^[一二三四五六七八九十]+、|(?:报告|公报|年报|摘要|说明书|规划|计划|预算|决算|白皮书)"
                         r"(?:[（(][^（）()]{1,12}[）)])?$")


_TRAILING_YEAR = re.compile(r"(?<![0-9])((?:19|20)[0-9]{2})$")


def _title_year(line: str) -> int | None:
    """The year of a title, cover or heading line ("……年度报告（2023年度）", "签署日期：2016年5月",
    "一、2024年工作回顾"); None for a sentence ("2022年是十四五规划的承上启下之年", "2022年度员工创新提案
    4600多条", in a file of sentences from many reports)."""
    m = _REPORT_YEAR.search(line)
    repeated = _TRAILING_YEAR.search(line, m.end()) if m else None
    if repeated and repeated.group(1) == m.group(1):
        line = line[:repeated.start()]      # "庐阳区2024年国民经济和社会发展统计公报 2024": its year again, as a tag
    if not m or any(ch.isdigit() for ch in _DATE.sub("", line)):
        return None
    dated = line[m.end(1) + 1:m.end(1) + 2].isdigit()
    alone = len(m.group(0)) + 1 >= len(line)        # a cover line holding the year only: "2023年", "（2023年）"
    return int(m.group(1)) if "度" in m.group(0) or dated or alone or _TITLE_LIKE.search(line) else None


def _title_text(line: str) -> str:
    """A line as a title is read: "子洲县二〇二三年国民经济和社会发展统计公报" with Latin years; "…國(guó)民經(jīng)濟…統計公報
    (2025年更新)" as its simplified title, without the reading aid."""
    return latin_years(make_view(line).text) if line else ""


def _broken_title_year(line: str, after: list[str]) -> int | None:
    """The year of a title broken over lines ("2023年哈尔滨市松北区" / "(哈尔滨新区江北一体发展区)" / "国民经济和社会发展统计公报":
    its publication date on the next line, 2024年7月6日, was read as its year), read once the lines after it end it."""
    if not _REPORT_YEAR.search(line):
        return None
    joined = line
    for more in after:
        joined += _title_text(more)
        if len(joined) > MAX_TITLE_CHARS or _DATE.search(more):
            return None
        if _TITLE_LIKE.search(joined):
            return _title_year(joined)
    return None


def find_year(document: Document) -> int | None:
    """The year a report covers: the first "2023 年度"/"（2023 年）" of its title lines, else a year that
    names the report in its opening."""
    head = document.text[:YEAR_WINDOW]
    lines = [document.title or "", *head.splitlines()]
    for k, line in enumerate(lines):
        compact = _title_text(line)
        if compact and len(compact) <= MAX_TITLE_CHARS:
            year = _title_year(compact) or _broken_title_year(compact, lines[k + 1:k + TITLE_PARTS])
            if year:
                return year
    opening = simplified_chars("".join(head.split()))
    m = _EXECUTED_YEAR.search(opening) or _STATISTICS_YEAR.search(opening) or _REPORT_YEAR_IN_TEXT.search(opening)
    return int(m.group(1)) if m else None


def find_claims(document: Document, *, sections=(), cases=(), tables=(),
                aliases: dict[str, str] | None = None) -> list[Claim]:
    """The claims of a document's prose; ``aliases`` are the short names it defines (found when not given)."""
    author = document.org or find_author(document)
    sections, cases = list(sections), list(cases)
    year = document.year or find_year(document)
    aliases = find_aliases(document.text) if aliases is None else aliases
    stakes = find_stake_aliases(document.text, aliases)
    ctx = Context(document, sections, cases, author, PeriodContext.of(document, sections, year),
                  {**aliases, **stakes}, covered_company(document.text), cases_at=_case_index(cases),
                  stakes=frozenset(stakes), terms=_holding_terms(document.text, stakes))
    cells = sorted((c.char_start, c.char_end) for t in tables for c in t.cells if c.char_start is not None)
    bodies = _table_bodies(tables)
    claims: list[Claim] = []
    intro: Carried | None = None        # what a paragraph ending "其中：" passes to the list items after it
    prior: Carried | None = None        # what the paragraph before said, for one that opens with 其中
    unmarked = False                    # the paragraph before was an item of such a list without a mark
    for block in document.blocks:
        if block.kind in PROSE_KINDS and not _inside(bodies, block, document.text):
            text = document.text[block.start:block.end].strip()
            marked = _ENUMERATOR.match(text) is not None or opens_item(text)
            item = intro is not None and (marked or (
                len(text) <= MAX_UNMARKED_ITEM and (text.endswith(("；", ";")) or unmarked and text.endswith("。"))))
            # "主要税收收入项目情况如下:" | "增值税393.9亿元,同比增长8.1%;" | … | "…同比下降0.3%。": items a line each
            # without a mark, each ending in a semicolon but the last
            unmarked = item and not marked
            carried = Carried(intro.period, intro.subject) if item else \
                Carried(prior.period, prior.subject) if prior is not None and _PARTS_OPEN.match(text) else Carried()
            claims.extend(c for c in block_claims(ctx, block, carried) if not _in_cell(cells, c.char_start))
            prior = carried
            opens_list = text.endswith(("：", ":")) or "：\n" in text or ":\n" in text
            if item and not opens_list and intro.period is None:
                intro = replace(intro, period=carried.period)   # "报告指出：●2023年…；●广州经济总量…": the period
                # the first item names is the list's where its lead names none
            intro = replace(carried, group="") if opens_list else intro if item else None
            continue
        intro = prior = None
        if block.kind == TABLE and not _within(bodies, block):
            for cell in sentence_cells(document.text, block):
                claims.extend(block_claims(ctx, cell))
    named = canonical_subjects(claims, author, ctx.aliases)     # in the same order, one for one
    return [c if written.subject in ctx.stakes else _metric_without_subject(c, (written.subject, c.subject))
            for written, c in zip(claims, named)]


# a paragraph that opens with the parts of the one before ("1-3月全区税收收入完成3.84亿元…。" then "其中:增值税完成2.16亿元…"):
# it goes on with that paragraph's period and subject (谯城区's 2025 March revenue: its taxes were dated 2025年, the title's)
_PARTS_OPEN = re.compile(r"^其中[：:，,]")


def _metric_without_subject(claim: Claim, subjects: tuple[str | None, ...]) -> Claim:
    """"顺丰控股劳务派遣用工占总用工人数的比例" about 顺丰控股 measures 劳务派遣用工占总用工人数的比例: who the
    figure is about is its subject, not part of what it measures (nor is a name the span cut into, 丰控股…).
    ``subjects``: the name as written, then as reported."""
    metric = claim.metric or ""
    for subject in subjects:
        for name in (subject, subject[1:]) if subject and len(subject) >= 2 else ():
            if len(name) >= 2 and metric.startswith(name):
                rest = metric[len(name):].removeprefix("的")
                metric = rest if len(rest) >= 2 else metric
                break
    return claim if metric == (claim.metric or "") else replace(claim, metric=metric)


def sentence_cells(text: str, block: Block) -> list[Block]:
    """The cells of a table block that are running prose (``is_sentence_cell``), each as a paragraph: a table of
    words (事项概述 | 查询索引) reports its figures in sentences."""
    out, start = [], block.start
    for part in re.split(r"([\t\n])", text[block.start:block.end]):
        if part not in ("\t", "\n") and is_sentence_cell(part):
            lead = len(part) - len(part.lstrip())
            out.append(Block(PARAGRAPH, start + lead, start + len(part.rstrip()), block.page))
        start += len(part)
    return out


def find_organisations(document: Document, author: str | None = None,
                       aliases: dict[str, str] | None = None) -> list[Organisation]:
    """Every organisation name the prose uses, how often, and the canonical name that groups its mentions:
    the full name a defined short name stands for ("金宇保灵" -> 金宇保灵生物药品有限公司), else the longest
    of the names that differ by 工业/股份/有限. A claim's ``subject`` is one of these names (the report's
    short name where it defines one): join on ``name`` to group claims by organisation. The author's names
    have kind "author"."""
    aliases = find_aliases(document.text) if aliases is None else aliases
    counts: Counter[str] = Counter()
    for block in document.blocks:
        if block.kind in PROSE_KINDS:
            view = make_view(document.text, block.start, block.end)
            counts.update(o.name for o in alias_spans(view.text, aliases, find_org_spans(view.text)))
    full_names = [n for n in counts if n not in aliases] + list(set(aliases.values()))
    names = canonical_names(full_names, author)
    author_name = names.get(author, author) if author else None
    out = []
    for name, n in sorted(counts.items()):
        kind = "alias" if name in aliases else "name"
        canonical = names.get(aliases.get(name, name), aliases.get(name, name))
        if author_name and canonical == author_name:
            kind = "author"
        out.append(Organisation(document.doc_id, name, canonical, kind, n))
    return out


def canonical_subjects(claims: list[Claim], author: str | None, aliases: dict[str, str] | None = None) -> list[Claim]:
    """Each subject under the canonical name of its organisation: a defined short name under the first short
    name defined for the same organisation ("标的公司" -> "顺丰控股"), a full name under its longest form; the
    author's other names mean no subject."""
    aliases = aliases or {}
    primary: dict[str, str] = {}       # one organisation's short names, by its full name without 股份: "顺丰控股有限"
    for alias, full in aliases.items():  # (its name before it became a 股份有限公司) is reported as "顺丰控股"
        primary.setdefault(full.replace("股份", ""), alias)
    names = canonical_names((c.subject for c in claims), author)
    author_name = names.get(author) if author else None
    out = []
    for claim in claims:
        name = claim.subject
        if name in aliases:
            name = primary[aliases[name].replace("股份", "")]
        elif name:
            name = names.get(name, name)
        name = None if name and name == author_name else name
        out.append(claim if name == claim.subject else replace(claim, subject=name))
    return out


def _table_bodies(tables) -> list[tuple[int, int]]:
    """From the caption to the last cell of each table with cells, in text order."""
    return sorted((t.char_start, t.char_end) for t in tables
                  if t.cells and t.char_start is not None and t.char_end is not None)


def _inside(bodies: list[tuple[int, int]], block: Block, text: str) -> bool:
    """A block inside a table that is no sentence is part of the table (a row label a text dump printed on its
    own line, "第一名"; header labels joined to a first year); a table's span may also cover prose the dump
    printed amid it, so only blocks without sentence punctuation."""
    return _within(bodies, block) and not any(p in text[block.start:block.end] for p in "，,。；;")


def _within(bodies: list[tuple[int, int]], block: Block) -> bool:
    """A block inside the span of a table that has cells."""
    i = bisect.bisect_right(bodies, (block.start, float("inf")))
    return any(block.end <= end for _start, end in bodies[:i])


def _in_cell(cells: list[tuple[int, int]], offset: int) -> bool:
    """True when ``offset`` falls inside a table cell (numbers of table bodies are cells, not claims)."""
    i = bisect.bisect_right(cells, (offset, float("inf"))) - 1
    return i >= 0 and cells[i][0] <= offset < max(cells[i][1], cells[i][0] + 1)


def _without_share_word(metric: str) -> str:
    """A share's name without the word that makes it one ("本科占比" -> 本科) or the whole it is of ("一般公共预算支出占调整预算数"
    -> 一般公共预算支出), or the name itself when nothing is left."""
    word = next((w for w in SHARE_WORDS if metric.endswith(w)), "")
    if word and len(metric) - len(word) >= 2:
        return metric[:-len(word)]
    at = metric.find("占")
    return metric[:at] if at >= 2 and not metric.startswith("所", at - 1) else metric


def block_claims(ctx: Context, block: Block, carried: Carried | None = None) -> list[Claim]:
    """The claims of one prose block; ``carried`` (updated in place) is what the block inherits and says."""
    view = make_view(ctx.document.text, block.start, block.end)
    mentions = find_mentions(view.text)
    if not mentions or is_table_like(view.text, mentions):
        if carried is not None and not mentions:      # "截至2015年12月31日，…情况如下：" still names a period
            carried.period = stated_period(view.text) or carried.period
        head = prose_head(view.text, mentions)      # a sentence before cells glued together: read up to them
        out = block_claims(ctx, replace(block, end=view.offsets[head]), carried) if head is not None else []
        tail = prose_tail(view.text, mentions)      # a sentence after a flattened chart: read from there
        if tail is not None and (head is None or tail > head):
            out += block_claims(ctx, replace(block, start=view.offsets[tail]), carried)
        return out
    spans = enclosing_spans(view.text)
    kept = [m for m in mentions if reject_reason(m, view.text, spans) is None]
    kept = with_units_before(view.text, [_spaced_dash(ctx.document.text, view.offsets, m) for m in kept])
    # (研发支出亿元287.18: units before a figure on claims only, not on what makes a table)
    orgs = _stakes_alone(ctx, view.text, _outside_titles(view.text, alias_spans(view.text, ctx.aliases,
                                                                                 find_org_spans(view.text))))
    out: list[Claim] = []
    carried = carried if carried is not None else Carried()
    for sent in split_sentences(view.text):
        in_sentence = [m for m in kept if sent.start <= m.num_start < sent.end]
        opening, nobody = _opening_subject(ctx, orgs, sent, carried.subject)
        if opening is not None:
            carried.subject, carried.nobody = opening or None, nobody
        previous: list[Claim] = []
        carried.group = ""
        for m in in_sentence:
            claim = make_claim(ctx, block, view, sent, m, orgs, previous, carried)
            previous.append(claim)
        previous = shared_post_words(sent, share_change_kind(sent, previous, in_sentence), in_sentence)
        aligned = align_lists(sent.text, [ListMember(c, m.start - sent.start, m.end - sent.start)
                                          for c, m in zip(previous, in_sentence)])
        claims = _without_bands(sent.text, [_rank_without_scope(aligned.get(c.id, c)) for c in previous],
                                [(m.start - sent.start, m.end - sent.start) for m in in_sentence])
        out.extend(claims)
        carried.period = stated_period(sent.text) or carried.period
        carried.before = claims or carried.before
        opened = _OPENING_YEAR.search(sent.text)
        carried.year = int(opened.group(1) or opened.group(2)) if opened else carried.year
    return out


def _spaced_dash(source: str, offsets: tuple[int, ...], m: Mention) -> Mention:
    """"行业格局 - 30家A股和H股上市城商行呈现…": a dash spaced apart from both its neighbours, before a count, separates
    items (a bullet in a digest run together); it signs no figure (30家 was -30)."""
    if m.numeral[:1] not in "-−－" or m.high is not None or m.num_start >= len(offsets) or m.unit_kind != "count":
        return m        # (a rate or an amount may be signed so: "席位租赁收入12亿，同比 - 22%")
    at = offsets[m.num_start]
    if not (source[at + 1:at + 2].isspace() and (at == 0 or source[at - 1].isspace())):
        return m
    return replace(m, start=max(m.start, m.num_start + 1), num_start=m.num_start + 1, numeral=m.numeral[1:], value=-m.value)


def _holding_terms(text: str, stakes) -> tuple[str, ...]:
    """The defined terms that hold a stake's name and are longer (发行股份购买资产 holds 购买资产)."""
    return tuple(t for t in defined_terms(text) if t not in stakes and any(s in t for s in stakes)) if stakes else ()


def _stakes_alone(ctx: Context, text: str, orgs: list) -> list:
    """``orgs`` without a stake's name written inside a document's title or a longer defined term
    ("《重大资产置换及发行股份购买资产协议》", "发行股份购买资产": 购买资产 there is part of another name, not the stake)."""
    if not ctx.stakes:
        return orgs
    inside = [found.span() for term in ctx.terms for found in re.finditer(re.escape(term), text)]
    return [o for o in orgs if o.name not in ctx.stakes or (
        not in_title(text, o.start)
        and not any(a <= o.start and o.end <= b for a, b in inside))]


def _names_next(band: Claim, nxt: Claim) -> bool:
    """Whether the next figure's metric opens with ``band`` as a band ("500万元以上项目施工项目", "31-40岁教师")."""
    return bool(nxt.metric) and opens_with_band(nxt.metric) and \
        opens_with_figure(compact(nxt.metric), compact(band.text))


def _without_bands(sentence: str, claims: list[Claim], spans: list[tuple[int, int]]) -> list[Claim]:
    """"州内500万元以上项目施工项目2504个": a bounded figure followed by a noun and the next figure, whose metric opens
    with it, is that figure's band (part of its name), not a claim of its own; so is a bounded age or term before a
    noun and a later figure ("逾期90天以上贷款与不良贷款比例持续保持在80%以内"), and a range of ages or terms there
    ("31-40岁教师474人", whose metric opens with it: "（3-6个月时限）" is a figure of its own)."""
    bands = {k for k, (claim, nxt) in enumerate(zip(claims, claims[1:]))
             if (is_band(claim) and (claim.bound != "=" or _names_next(claim, nxt))
                 or (claim.bound != "=" or not compact(nxt.metric or "").startswith(compact(claim.text)))
                 and _names_next(claim, nxt))
             and (between := cut_pos(sentence[spans[k][1]:spans[k + 1][0]])) and between[0][1].startswith("n")}
    bands |= {k for k, (claim, nxt) in enumerate(pairwise(claims))     # "按年龄分,0-17岁86248人": a range of
              if is_band(claim) and claim.high is not None and spans[k][1] == spans[k + 1][0]    # ages right before
              and compact(nxt.metric or "").startswith(compact(claim.text))}      # the count it names (洛南县's 2024
    return [claim for k, claim in enumerate(claims) if k not in bands]          # bulletin: 0-17岁 was a claim)


_RANGE_JOINERS = ("至", "到", "~", "～")


def share_change_kind(sent, claims: list[Claim], mentions: list[Mention]) -> list[Claim]:
    """"分别增长8.9%、7.7%", "分别再提高30元和5元": a number joined to a change by 、/和 is a change of the same
    kind and direction (the verb is written once, before the first)."""
    out = list(claims)
    for i in range(1, len(out)):
        gap = sent.text[mentions[i - 1].end - sent.start:mentions[i].start - sent.start]
        prev, cur = out[i - 1], out[i]
        multiple_then_rate = prev.unit == "倍" and cur.unit == "%"     # "分别增长3.9倍、2.3倍和10.9%"
        run = gap in joiners() or gap == "/" or (      # (a broker's slash too: "增速分别为5.87%/36.77%/27.96%", and an
            gap == "," and comma_joins_run(sent.text, _comma_run_start(sent, mentions, i)))     # ASCII comma after
        # 分别…增长: "规上工业总产值、增加值分别年均增长22.2%,16%")
        if run and prev.kind in ("growth", "delta") and cur.kind not in ("growth", "delta", "rank") \
                and (prev.unit == cur.unit or multiple_then_rate) \
                and mentions[i].prefix not in claim_words("level_bound"):
            # (not "经营主体净增98万户、突破1900万户": the level reached)
            own = respective_baseline(sent.text, _shift(mentions[i], sent.start)) if not cur.baseline else None
            out[i] = replace(cur, kind="growth" if multiple_then_rate else prev.kind,
                             direction=_run_direction(prev, cur), baseline=cur.baseline or own or prev.baseline)
            # (its own comparison where a pair of them was written: "营收同比、环比分别增长7.2%、1.1%")
        elif gap in joiners() and prev.kind == cur.kind == "delta" and prev.unit == cur.unit and \
                prev.direction != cur.direction and change_before(sent.text, _shift(mentions[i], sent.start)) is None:
            out[i] = replace(cur, direction=prev.direction)     # "同比分别下降0.09和0.12个百分点": both fell
        elif gap in _RANGE_JOINERS and prev.kind in ("growth", "delta") and cur.kind not in ("growth", "delta", "rank") \
                and prev.unit == cur.unit and (gap == "到" or
                                               change_before(sent.text, _shift(mentions[i - 1], sent.start)) is None):
            # "与上年同期相比变动值为:-6579万元至-12579万元": a change named, not verbed, then 至: a range's second end
            # (after a verb, 至 gives the level reached: "下降0.27%至4.74%"; 到 another end of the change: "将减少57,927万元到
            # 47,927万元,同比下降54%到44%", as forecasts write their ranges)
            out[i] = replace(cur, kind=prev.kind, direction=by_sign(cur.value, prev.direction) if prev.direction
                             else None, baseline=cur.baseline or prev.baseline, metric=prev.metric)
        elif gap == "或" and prev.kind == "delta" and cur.unit == "%" and cur.kind == "share":
            # "较上年度增加人民币1,848,617,000元或68.84%": the change again, as a rate
            out[i] = replace(cur, kind="growth", direction=prev.direction, baseline=cur.baseline or prev.baseline,
                             metric=prev.metric)
    return out


def shared_post_words(sent, claims: list[Claim], mentions: list[Mention]) -> list[Claim]:
    """"分别增长5%和7.5%左右", "分别增长5.5%、6%以上": a bound written once after the last figure of a run after 分别 bounds
    each figure of the run (the first ones were exact); "分别实现14.2%、5.2%、157.3%的同比增长": the change named after the
    last is each one's (the first ones were shares)."""
    if "分别" not in sent.text:
        return claims
    out, carry, change = list(claims), None, None
    post = tuple(bound_words("post"))
    for i in range(len(out) - 1, -1, -1):
        written = sent.text[mentions[i].start - sent.start:mentions[i].end - sent.start]
        gap = sent.text[mentions[i].end - sent.start:mentions[i + 1].start - sent.start] if i + 1 < len(out) else ""
        in_run = gap in joiners() and "分别" in sent.text[:mentions[i].start - sent.start]
        if change and in_run and out[i].kind == "share" and out[i].unit == change.unit:
            out[i] = replace(out[i], kind=change.kind, direction=by_sign(out[i].value, change.direction))
        elif i == len(out) - 1 or not in_run:
            change = out[i] if out[i].kind == "growth" and out[i].unit == "%" and out[i].metric and \
                sent.text.startswith("的", mentions[i].end - sent.start) else None
        if out[i].bound != "=" and not mentions[i].prefix and written.endswith(post):
            carry = (out[i].bound, out[i].unit)
            continue
        if carry and in_run and out[i].bound == "=" and out[i].unit == carry[1]:
            out[i] = replace(out[i], bound=carry[0])
            continue
        carry = None
    return out


def _run_direction(prev: Claim, cur: Claim) -> str | None:
    """The direction a change takes from the change before it in a run: that one's, or none where a sign carries
    it ("增速分别为-49.83%、13.9%": the first fell by its sign, the second rose)."""
    return by_sign(cur.value, prev.direction or ("up" if prev.value < 0 else None))


def _opening_subject(ctx: Context, orgs, sent, carried: str | None = None) -> tuple[str | None, bool]:
    """The organisation a sentence opens with (it carries to later sentences of the paragraph); "" when
    the sentence opens with the author's word for itself (公司, 我校, 本行), the report's own transaction (本次交易) or a
    data source (国家邮政局发布《…》); None when it opens with none of them. Then whether the paragraph it opens is
    nobody's: the transaction's or the source's figures are no organisation's, not even the one the heading names."""
    lead = _ENUMERATOR.sub("", strip_time(sent.text[:16]).lstrip("，,"))
    if lead.startswith(self_references()):
        return "", False        # a research report's 公司 is named per sentence (_subject), not carried
    if lead.startswith(own_matters()):
        return "", True
    if lead.startswith(anaphors()):       # "学院…": the school in focus, else the author
        return (None if carried and _is_school(carried) else ""), False
    first = next((o for o in orgs if sent.start <= o.start < sent.end), None)
    if first is None or not _opens_clause(sent, first):
        return None, False
    # near the sentence's start, a date before it aside ("截至2015年12月31日，顺丰控股在中国境内…"), or after the clauses
    # of its purpose or means ("为提高冷运货运速度，增强售后服务，顺丰控股将…")
    before = strip_time(sent.text[:first.start - sent.start])
    if len(before) > 12 and not (before.startswith(claim_words("purpose_opener")) and not _figure_in(before)):
        return None, False
    if _is_source(sent, first):
        return "", True
    if any(o.name != first.name and sent.start <= o.start < sent.end and _opens_clause(sent, o) for o in orgs):
        return "", False    # "中小券商表现分化,第一创业营收…,天风证券多项业务下滑": a sentence comparing organisations
        # opens no paragraph about one of them
    return first.name, False


def _area(baseline: str) -> bool:
    """A baseline that is an area compared with (全国 of 高于全国1.7个百分点), not a time."""
    return field_rule("field.compared_area").fullmatch("高于" + baseline) is not None


def _in_part(sentence: str, m: Mention, previous: list[Claim]) -> list[Claim]:
    """The claims before ``m`` in its part of the sentence (after the last ；): an area compared with carries no
    further ("高于全国1.7个百分点；服务业增加值增长6.1%": 全国 is no baseline of 6.1%; 比去年 of seed 000's
    图书流通量 is that of 增长了49.83% after the ；, as its gold has it)."""
    part = max(sentence.rfind("；", 0, m.start), sentence.rfind(";", 0, m.start)) + 1
    if not part:
        return previous
    n = len(_FIGURE_DIGITS.findall(sentence[part:m.start]))     # not find_mentions: 零 of 零售 is no figure
    return previous[-n:] if n else []


_AREAS = "全国|全省|全市|全区|全县|全州"      # an area as a whole
_WHOLE_AREA = re.compile(rf"^(?:{_AREAS})")
_WIDER_AREA = re.compile(rf"[（(](?:{_AREAS})$")


def _wider_area_rate(claim: Claim) -> bool:
    """A wider area's rate in brackets after the area's own ("同比增长6.4%（全市6.6%）"): a comparison, not the figure a
    change of the clause after it is of."""
    sentence = claim.sentence or ""
    at = sentence.find(claim.text or "\0")
    return claim.kind == "growth" and at > 0 and _WIDER_AREA.search(sentence, 0, at) is not None


def _last(claims: list[Claim], keep, field: str):
    for claim in reversed(claims):
        if keep(claim):
            return getattr(claim, field)
    return None


_FIGURE_DIGITS = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?")
_FIGURE_UNIT = re.compile(r"^(?:[万亿]?元|[万亿]|%|％)")


_SAME_TIME = re.compile(r"^(?:上年|去年)?同期")


def _names_nothing(metric: str) -> bool:
    """"与上年同期相比上升了7.79%" -> 相比; "171.43亿元与上年同期相比…" -> 亿元相比: the comparison a change is
    stated against, the unit of the figure before it, or a bare 增长幅度, is no metric of the change."""
    rest = _FIGURE_UNIT.sub("", metric or "")
    compared = _SAME_TIME.sub("", rest)      # "较上年同期相比变动幅度": the time compared with, cut by jieba, and its 相比
    compared = next((compared[len(w):] for w in claim_words("comparison_only") if compared.startswith(w)), compared)
    return rest in ("", *claim_words("comparison_only"), *claim_words("bare_rate_word")) or \
        field_rule("field.baseline").fullmatch(rest) is not None or \
        (compared != rest and compared in claim_words("bare_rate_word"))


def _change_verb_alone(sentence: str, m: Mention, metric: str, kind: str) -> bool:
    """The metric is the change verb that opens the figure's clause ("…2223.23亿元，增收53.23亿元", "招生98772人，
    比上年新增7885人"): it names the change, the figure before names what changed (not "…公司增加30万元": who acts is
    named; a count of new ones keeps 新增, classify makes it no change without a comparison before it)."""
    named = metric in change_verbs() or (metric, kind) == ("新增", "delta")
    if not named or not sentence.endswith(metric, 0, m.start):
        return False
    return clause_start(sentence, m.start) == m.start - len(metric) or compared_before(sentence, m, metric)


def _past_stop_word(chosen: str, rules: str) -> bool:
    """The model's metric is the rules' one with the words before a possession verb or a passive 被 ("中国石化拥有院士"
    for 院士, "…擅自开工建设被罚款" for 罚款): who has it, where, or what was done is not what is counted; or with a
    comparison after it (净息差低于股份制银行平均水平 for 净息差)."""
    return bool(rules) and len(chosen) > len(rules) and (
        (chosen.endswith(rules) and chosen[:-len(rules)].endswith(claim_words("metric_stop")))
        or (chosen.startswith(rules) and chosen.startswith(COMPARED_AFTER, len(rules))))


def _earlier_period_only(metric: str) -> bool:
    """"经营活动产生的现金流量净额为-1.2亿元，上年同期为3.4亿元": 同期/上年同期 names when, not what; the
    figure measures what the one before it does."""
    return metric.removeprefix("上年").removeprefix("去年") in ("同期", "同期数") or _another_at_that_time(metric)


def _another_at_that_time(metric: str) -> bool:
    """"兰州银行净息差…1.43%…，甘肃银行同期为1.18%": an organisation and 同期 name who else and when, not what."""
    return len(metric) > 2 and metric.endswith("同期") and \
        any(o.start == 0 and o.end == len(metric) - 2 for o in find_org_spans(metric))


def _organisation_alone(sentence: str, m: Mention, previous: list[Claim], earlier: list[Claim] = ()) -> Claim | None:
    """"建设银行营收同比增速2.15%，工商银行1.57%，邮储银行1.50%", "…的目标均在4.5%左右，天津直接定为4.5%": a clause that
    is only an organisation's or a place's name (and a copula, or a verb surpassing it before and 的 after: 超越了北京银行的)
    and a figure in the unit of the figure right before it
    states that measure for it: the figure before (None when the clause holds more, or no figure in that unit stands
    before it)."""
    if not previous and earlier and _clause_before_figure(sentence, m) in claim_words("government_level"):
        previous = [c for c in earlier if c.unit == m.unit and c.metric][:1]    # "一般公共预算收入完成458795万元,下降
        # 5.2%;税收收入完成327464万元…。分级次看,市本级完成122378万元": the level's part of the total the sentence before
        # opened with
    if not previous or not m.unit or m.unit in classifiers():
        return None     # "其中长春市14所，吉林市4所": counts of places are parts, each named by its place
    figure = previous[-1]
    if figure.unit != m.unit and figure.kind in ("growth", "delta") and len(previous) > 1:
        figure = previous[-2]   # "中信证券自营净收入263.45亿元(+21%)，国泰海通147.69亿元": past the figure's change
    if figure.unit != m.unit or not figure.metric:
        return None
    item, opened = _bracketed_item(sentence, m)
    if item:
        return _of_item_before(sentence, opened, item, figure) if _only_a_name(item) else None
    before = _clause_before_figure(sentence, m)
    surpassed = next((v for v in claim_words("surpass_verb") if before.startswith(v)), "")
    if surpassed and before.endswith("的"):      # "至4.79万亿元，超越了北京银行的4.75万亿元": the other's figure
        before = before[len(surpassed):].removeprefix("了")[:-1]
    after = _OPENING_NOTE.sub("", clause_after(sentence, m.end))     # "国泰海通147.69亿元(+62%)"
    if len(before) < 2 or (after and after not in claim_words("standing_word")):    # "苏州银行483.46%次之"
        return None
    return figure if (_only_a_name(before) or before in claim_words("government_level")) \
        and not _only_a_name(_without_named_owner(figure.metric)) \
        else None       # "天津为4.5%，辽宁为4.5%左右": the figure before names no measure, only its place


_OPENING_NOTE = re.compile(r"^[（(][^（()）]*[)）]")


def _clause_before_figure(sentence: str, m: Mention) -> str:
    """The words of the figure's clause before it, without a copula or 约 closing them ("天津直接定为", "医药产业约")."""
    return field_rule("field.alone_copula").sub("", sentence[clause_start(sentence, m.start):m.start])


def _parallel_item(sentence: str, m: Mention, previous: list[Claim], offset: int) -> str:
    """"石化产业完成产值约2300亿元,医药产业约700亿元", "城镇居民人均可支配收入52000元…;农村居民23000元": a clause that is
    only a name of the same kind as the owner of the figure before's metric (the same last two characters) states
    that measure for it (医药产业产值, 农村居民人均可支配收入); "" otherwise. ``offset``: the sentence's in the text."""
    figure = next((c for c in reversed(previous) if c.unit == m.unit and c.metric), None) if m.unit else None
    if figure is None or figure.char_end is None:
        return ""
    before = _clause_before_figure(sentence, m)
    if not 2 <= len(before) <= 8 or noun_phrase_tail(before) != before or \
            "其中" in sentence[figure.char_end - offset:m.start] or any(f.startswith("v") for _w, f in cut_pos(before)):
        return ""       # (not a part after 其中: "公路总里程…，其中：高速公路814公里" is 高速公路's, as the golds write)
    at = figure.metric.find(before[-2:])
    owner = figure.metric[:at + 2] if at > 0 else ""
    rest = figure.metric[len(owner):]
    measured = rest.endswith(("收入", *claim_words("list_measure")))     # not "董事会下属委员会共7次，监事会6次"
    return before + rest if owner and owner != before and measured else ""


def _bracketed_item(sentence: str, m: Mention) -> tuple[str, int]:
    """"…是初等教育学院(69.1%)、外语学院(54.3%)": the name a bracketed figure follows when the item before it, after
    its own bracketed figure and 、, is another such item, and where that item's bracket opens (("", -1) otherwise)."""
    opened = m.start - 1
    if opened < 0 or sentence[opened] not in "（(" or sentence[m.end:m.end + 1] not in ("）", ")"):
        return "", -1
    start = opened
    while start > 0 and sentence[start - 1] not in "、，,；;（()）":
        start -= 1
    if start < 2 or sentence[start - 1] != "、" or sentence[start - 2] not in "）)":
        return "", -1
    return sentence[start:opened], max(sentence.rfind("（", 0, start - 2), sentence.rfind("(", 0, start - 2))


def _of_item_before(sentence: str, opened: int, item: str, before: Claim) -> Claim | None:
    """The figure before, the one in the bracket at ``opened``, as ``item``'s: without the name of its own item when
    its metric opens with that name, a name of the same kind (初等教育学院升学比例 -> 升学比例, before 外语学院), or as it
    is when it names no item."""
    name = next((before.metric[:k] for k in range(len(before.metric) - 2, 1, -1)
                 if sentence.endswith(before.metric[:k], 0, opened)), "") if opened > 0 else ""
    if name and name[-1] == item[-1]:
        return replace(before, metric=before.metric[len(name):])
    return None if _only_a_name(_without_named_owner(before.metric)) else before


def _measure_of_owner_before(metric: str, previous: list[Claim]) -> str:
    """"全县农林牧渔业总产值25.39亿元,增长6.9%;增加值14.46亿元": a bare measure (claim_words list_measure) after another
    measure of the same sentence is of the same owner (农林牧渔业增加值); "" when the figure before names no owner."""
    if metric not in claim_words("list_measure"):
        return ""
    owner = _owner_of_measure_before(previous, metric)
    return owner + metric if len(owner) >= 2 and not owner.endswith(metric) else ""


def _owner_of_measure_before(previous: list[Claim], besides: str = "") -> str:
    """Whose the measure before is: the last non-share metric without its measure word (claim_words list_measure, other
    than ``besides``): "第二产业增加值" -> 第二产业; "" when it ends with none."""
    before = _last(previous, lambda c: c.kind != "share" and c.metric, "metric") or ""
    measure = max((w for w in claim_words("list_measure") if before.endswith(w) and w != besides), key=len, default="")
    return before[:-len(measure)] if measure else ""


def _rate_of_owner_before(metric: str, previous: list[Claim]) -> str:
    """"第二产业增加值1210.4亿元,可比增长4.5%,对经济增长的贡献率为32.9%": a rate a measure contributes (claim_words
    owned_rate), named without whose it is (对…的贡献率, or the bare word), is of the owner of the measure before it
    (第二产业对经济增长的贡献率, as the golds write it); "" otherwise."""
    rates = tuple(claim_words("owned_rate"))
    if not metric.endswith(rates) or not (metric.startswith("对") or metric in rates):
        return ""
    owner = _owner_of_measure_before(previous)
    return owner + metric if len(owner) >= 2 else ""


def _pull_of_owner(metric: str, sentence: str, previous: list[Claim]) -> str:
    """"金融业增加值5.1亿元,增长15.2%,对经济增长的贡献率为2.8%,拉动经济增长0.2个百分点": a pull (拉动…, 下拉…) named without
    whose it is, is of the owner of the measure before it in its sentence (金融业拉动经济增长, as a contribution's is:
    _rate_of_owner_before); "" otherwise."""
    if not field_rule("field.pulled_points").fullmatch(metric):
        return ""
    before = _last(previous, lambda c: c.kind != "share" and c.metric, "metric") or ""
    owner = _owner_of_measure_before(previous) or (before if before.endswith("业") else "")    # (or an industry named
    # alone: "汽车制造业同比增长11.6%，拉动全市规模以上工业1.3个百分点")
    return owner + metric if len(owner) >= 2 and not ("、" in owner and "分别" in sentence) else ""
    # (a list's items are align_lists': "一、二、三产业增加值分别为…,分别拉动GDP增长…")


def _only_a_name(text: str) -> bool:
    """Whether ``text`` is only an organisation's or a place's name ("工商银行", "天津")."""
    return is_org_name(text) \
        or [flag for _w, flag in cut_pos(text)] == ["ns"]


def _without_named_owner(metric: str) -> str:
    """``metric`` without the organisation or place opening it (and its 的): "青海的目标" -> 目标, "兰州银行净息差" ->
    净息差."""
    first = next(iter(find_org_spans(metric)), None)
    end = first.end if first and first.start == 0 else 0
    if not end:
        words = cut_pos(metric)
        end = len(words[0][0]) if len(words) > 1 and words[0][1] == "ns" else 0
    rest = metric[end:].removeprefix("的")
    return rest if len(rest) >= 2 else metric


def _compared_only(metric: str) -> bool:
    """"逾期贷款年末879.05亿元，比中报的850.08亿元": what a figure is compared with names nothing; the compared figure
    measures what the figure before it does."""
    return bool(metric) and field_rule("field.compared_figure").fullmatch(metric) is not None


def _bare_total(metric: str, kind: str) -> bool:
    """A total named by itself (总量), of the figure before it; a share's 总量 is its base, not that."""
    return kind != "share" and metric in claim_words("bare_total")


def _of_compared_cohort(sentence: str, m: Mention, previous: list[Claim]) -> str:
    """"2017届大学毕业生月均收入（4317元）高于城镇居民2017年月均可支配收入（3033元），比2016届（3988元）增长了329元": a
    figure in brackets right after the cohort or year a comparison names is that cohort's figure of what the last
    figure of a cohort (of a year) measured, not of the figure compared with in between; "" when none is."""
    compared = field_rule("field.compared_cohort").search(sentence, max(0, m.start - 10), m.start) \
        if previous and sentence[m.start - 1:m.start] in ("（", "(") else None
    at = sentence.rfind(previous[-1].text, 0, m.start) if compared else -1
    if at < 1 or sentence[at - 1] not in ("（", "(") or \
            not field_rule("field.compared_figure").search(sentence, clause_start(sentence, at), at):
        return ""           # only past a figure compared with ("高于城镇居民2017年月均可支配收入（3033元）")
    cohort, mark = compared.group("time"), compared.group("unit")[-1]
    same = _last(previous, lambda c: c.metric and c.kind not in ("delta", "growth") and c.unit == m.unit
                 and c.period != cohort and (c.period is None or c.period.endswith(mark)), "metric")
    return same or ""


def _another_group(metric: str, m: Mention, previous: list[Claim]) -> str:
    """"本科毕业生在“教育业”就业的比例五年来增加了3.3个百分点（…），高职毕业生增加了2个百分点": a group named alone
    (qualifier and noun), of the noun the figure before's metric opens with, measures what that figure does, for this
    group (高职毕业生在“教育业”就业的比例); a figure of another kind (a count after a share) keeps its own name."""
    before = previous[-1]
    rates = ("%", *RATE_POINTS)
    if not metric or not before.metric or len(metric) > 8 or not (
            m.unit == before.unit or (m.unit in rates and before.unit in rates)):
        return metric
    words = cut_pos(metric)
    if len(words) < 2 or not all(flag.startswith("n") for _w, flag in words):
        return metric
    head = words[-1][0]
    at = before.metric.find(head)
    opening, rest = before.metric[:at + len(head)], before.metric[at + len(head):]
    if at <= 0 or opening == metric or len(rest) < 2 or rest[:1] == "占" or cut_pos(rest)[0][1].startswith("n") or \
            not all(flag.startswith("n") for _w, flag in cut_pos(opening)):
        return metric           # what the group does (在…就业的比例) follows it, not more nouns of a run of labels
    if len(opening) not in accumulate(len(w) for w, _flag in cut_pos(before.metric)):
        return metric           # "政府信息公开年报1条、概况信息2条": 信息 is inside 信息公开, no noun of that name
    return metric + rest


# 在 closing a name: the preposition of "在…的基础上" (not 存在, 所在, 现在 …)
_TRAILING_ZAI = re.compile(r"(?<![存所现实自正健内])在$")
_SAME_BELOW = re.compile(r"[（(][^（）()]{0,8}下同[）)]")


def _without_framing_words(metric: str | None) -> str | None:
    """``metric`` without the word that makes it a topic ("营业收入方面，宁波银行以666.31亿元的规模遥遥领先": the topic
    a clause opens with is what the figure after it measures) and without a conjunction opening its clause
    ("尽管宁德时代的国内动力电池市占率…": 尽管, 但是, a word jieba tags c)."""
    if not metric:
        return metric
    if "下同" in metric:    # "全年地区生产总值同比（下同）增长4.5%": a note that the comparison holds on, and the comparison
        noted = _SAME_BELOW.sub("", metric)
        metric = next((noted[:-len(w)] for w in claim_words("plain_baseline") if noted.endswith(w)), noted) or metric
    topic = next((w for w in claim_words("topic_end") if metric.endswith(w) and len(metric) > len(w)), "")
    metric = metric[:len(metric) - len(topic)]
    words = cut_pos(metric)
    if len(words) > 1 and words[0][1] in ("c", "v") and words[0][0] in claim_words("opening_conjunction"):
        return metric[len(words[0][0]):]    # (比如, 例如: jieba tags them verbs)
    return metric


def _figure_compared_with(sentence: str, m: Mention, previous: list[Claim]) -> str:
    """"直接纠错236件,纠错率约为24%,较去年60件增长了近3倍": a figure whose clause opens with the time it is compared with
    (较去年) is the earlier figure of what the last figure in its unit measures (直接纠错, not the rate between); ""."""
    start = clause_start(sentence, m.start)
    found = field_rule("field.compared_period").search(sentence, start, m.start)
    if not found or found.start() != start or not m.unit:
        return ""
    return _last(previous, lambda c: c.unit == m.unit and c.metric, "metric") or ""


_BRACKETED_ITEM = re.compile(r"、(?P<name>[^、，,；;：:（()）\d]{1,10})[（(][^（()）]{1,20}[)）]")


def _bracketed_run_named_after(sentence: str, m: Mention) -> str:
    """"京津冀(3.78%)、东北(2.19%)、粤港澳(1.51%)地区不良率较高": names each with its figure in brackets, then what the
    figures measure after the last bracket: each name with those words (京津冀地区不良率; all three were 京津冀); ""
    where the figure is no such item or no noun phrase follows the run."""
    if sentence[m.start - 1:m.start] not in ("（", "(") or sentence[m.end:m.end + 1] not in ("）", ")"):
        return ""
    opened = m.start - 1
    start = max(sentence.rfind(ch, 0, opened) for ch in "、，,；;：:（()）") + 1
    name = sentence[start:opened]
    if not 2 <= len(name) <= 10 or any(ch.isdigit() for ch in name):
        return ""
    at, items = m.end + 1, 1
    while (item := _BRACKETED_ITEM.match(sentence, at)) is not None:
        at, items = item.end(), items + 1
    if start > 0 and sentence[start - 1] == "、" and sentence[start - 2:start - 1] in ("）", ")"):
        items += 1      # an item before this one
    words = cut_pos(sentence[at:at + 16].removeprefix("的")) if items >= 2 else ()
    tail = "".join(w for w, _f in takewhile(lambda t: t[1].startswith("n") or t[1] == "vn", words))
    return name + tail if len(tail) >= 2 else ""


def _opening_topic(sentence: str, m: Mention, metric: str | None) -> str:
    """"从营收规模看,江苏银行(671.8亿元)、宁波银行(549.8亿元)…", "净息差方面，南京银行1.94%最高": the topic the sentence
    opens with (field.opening_topic) is what a figure after it measures when the figure's own words name only who or
    where (or nothing); "" otherwise."""
    if (metric and not _only_a_name(metric)) or m.unit in classifiers():
        return ""       # (a count's name is what it counts: "高中阶段教育方面，全国共有普通高中1.50万所")
    found = field_rule("field.opening_topic").match(sentence)
    if not found or found.end() > m.start:
        return ""
    topic = strip_time(found.group("topic") or found.group("aspect"))
    return topic if len(topic) >= 2 and noun_phrase_tail(topic) == topic else ""


_THIS = ("这一", "这个", "该项", "此项", "该", "此")


def _refers_back(sentence: str, m: Mention, metric: str) -> bool:
    """"当年实现营收3391.23亿元，同比下降1.64%;2024年，这一数据降至3374.88亿元": a bare noun for a figure (数据, 指标)
    after 这一, 该 or 此 is what the figure of that unit before it measures."""
    at = sentence.rfind(metric, 0, m.start) if metric in claim_words("anaphoric_noun") else -1
    return at > 0 and sentence.endswith(_THIS, 0, at)


def _names_figure_before(metric: str, kind: str) -> bool:
    """The metric names only the figure before it (a comparison, another time, a figure compared with, a bare total):
    the metric model's choice too is replaced by that figure's metric."""
    return (kind in ("delta", "growth") and _names_nothing(metric) or _earlier_period_only(metric)
            or _compared_only(metric) or _bare_total(metric, kind) or bool(_NEXT_PLACE.fullmatch(metric or "")))


# the words that join a place to the one before ("排名第2位和第5位") or give the place reached ("提升5位至第24位")
_NEXT_PLACE = re.compile(r"(?:和|及|与|、|至|到|升至|降至)第")


def _inherit_metric(metric: str, kind: str, m: Mention, previous: list[Claim]) -> str:
    """"占比16%" after "8个专业" -> "<that metric>占比"; a change takes the metric of the level it changes
    (a growth rate refers to an amount, not to a share: "6门，占…9.5%，同比增长20%")."""
    if kind == "share" and not metric and previous[-1].metric and (
            previous[-1].kind == "share" or (previous[-1].kind == "growth" and m.unit == previous[-1].unit == "%")):
        return previous[-1].metric        # "解锁比例分别为30%、40%、30%", "增长率预计分别为17%、13%": one metric
    if kind == "share" and not metric and previous[-1].unit in RATE_POINTS and previous[-1].metric:
        return previous[-1].metric        # "不良贷款率较上年末下降0.07个百分点至1.29%": the rate it changed to
    if kind == "share" and (not metric or metric in SHARE_WORDS):
        base = _last(previous, lambda c: c.kind != "share" and c.metric, "metric")
        if base and names_a_rate(base):
            return base     # "6家城商行不良率低于1%,上海银行1.18%最高": the rate the count was counted by
        return base + "占比" if base else metric
    if kind in ("delta", "growth") and _names_nothing(metric):
        if m.unit in RATE_POINTS:       # (not the wider area's rate in brackets: "增长6.4%（全市6.6%），较去年同期加快35.3个百分点")
            return _last(previous, lambda c: c.metric and not _wider_area_rate(c), "metric") or metric
        return _metric_before(previous, lambda c: c.kind != "share" and c.unit not in RATE_POINTS) or metric
    if _NEXT_PLACE.fullmatch(metric or ""):     # "排名第2位和第5位": the place before's name
        return _last(previous, lambda c: c.metric, "metric") or metric
    if _earlier_period_only(metric) or _compared_only(metric):
        inherited = _metric_before(previous) or metric
        return _without_named_owner(inherited) if _another_at_that_time(metric) else inherited
    if _bare_total(metric, kind):       # "国内生产总值增长5%，总量达到140.19万亿元": the total of that metric (not the
        return _without_added(_last(previous, lambda c: c.kind != "share" and c.unit not in RATE_POINTS
                                    and not (c.kind == "delta" and c.unit == "%") and c.metric, "metric") or metric)
        # base of a share: 占…消耗总量的4.52%), and of all there are, not of those added ("新增国家高新技术企业1200家，
        # 总量达1.8万家"; after a net change too: "国家科技型中小企业净增2076户，总数1.3万户")
    if not metric and kind in LEVEL_KINDS and previous[-1].unit == m.unit and previous[-1].metric \
            and _without_added(previous[-1].metric) != previous[-1].metric:
        return _without_added(previous[-1].metric)      # "经营主体新增105万户，达920万户": the level after an addition
    if not metric and previous[-1].kind == "share" and kind in LEVEL_KINDS and previous[-1].metric:
        return _without_share_word(previous[-1].metric)     # "本科：占比53.39%，约58万人": of 本科, not of its share
    return metric or _metric_before(previous) or metric


def _metric_before(previous: list[Claim], keep=lambda c: True) -> str | None:
    """The metric of the last claim before that keep accepts and that counts no thresholds, else what a count of
    thresholds before was crossed by, else the last metric before; None if no claim before has one."""
    return _last(previous, lambda c: c.metric and keep(c) and not _threshold_count(c), "metric") or \
        _crossed_by(previous) or _last(previous, lambda c: c.metric, "metric")


def _crossed_by(previous: list[Claim]) -> str:
    """What crossed the thresholds a count before counts ("全省地区生产总值连跨4个千亿台阶，2024年达到1.3万亿元": 1.3万亿元 is
    地区生产总值's, not 千亿台阶's), or ""."""
    count = next((c for c in reversed(previous) if _threshold_count(c)), None)
    if count is None:
        return ""
    sentence = count.sentence or ""
    at = sentence.find(count.text)
    crossing = field_rule("field.threshold_crossed").search(sentence, 0, at + len(count.text) + len(count.metric or ""))
    if crossing is None:
        return ""
    return noun_phrase_tail(strip_time(sentence[clause_start(sentence, crossing.start()):crossing.start()]))


def _rate_of_growth_before(sentence: str, m: Mention, metric: str, previous: list[Claim]) -> str:
    """"同比增长5.6%，增速比上年加快0.2个百分点": a change in points of a rate named alone at its clause's start (增速,
    增幅 …) after a growth of the same metric is that growth rate's change (地区生产总值增速, was 地区生产总值), or ""."""
    if m.unit not in RATE_POINTS or not metric or not previous or previous[-1].kind != "growth" \
            or previous[-1].metric != metric:
        return ""
    clause = sentence[clause_start(sentence, m.start):m.start]
    word = _opening_rate_word(clause)
    if not word and clause.startswith(("较", "比")):       # "…同比下降5.9%,较一季度降幅收窄11.8个百分点": past the time
        word = next((w for w in claim_words("bare_rate_word") if 1 < clause.find(w) <= 10), "")   # compared with
    return metric + word if word and not metric.endswith(word) else ""


_COMPARED_NEXT = re.compile(r"(?:较|比|同比|环比|收窄|扩大|加快|回落|放缓|提高|下降)")


def _rate_named_with(sentence: str, m: Mention, metric: str) -> str:
    """"上半年营收降幅较去年同期收窄1.37个百分点", "非息收入降幅较一季度收窄8.6个百分点": a change in points of a rate its
    clause names with its noun (营收降幅) is that rate's (营收 lost its 降幅, the change word the rules strip), or ""."""
    if m.unit not in RATE_POINTS or not metric:
        return ""
    clause = sentence[clause_start(sentence, m.start):m.start]
    at = clause.rfind(metric)
    if at < 0:
        return ""
    rest = clause[at + len(metric):]
    word = _opening_rate_word(rest)
    return metric + word if word and _COMPARED_NEXT.match(rest, len(word)) else ""


def _comma_run_start(sent, mentions: list[Mention], i: int) -> int:
    """Where the first figure of the run of figures joined by ASCII commas that ends at ``mentions[i]`` starts."""
    j = i - 1
    while j > 0 and sent.text[mentions[j - 1].end - sent.start:mentions[j].start - sent.start] == ",":
        j -= 1
    return mentions[j].start - sent.start


def _ranked_growth_rate(sentence: str, m: Mention, metric: str, previous: list[Claim]) -> str:
    """"实现进出口总额8794.9亿元，增长14.3%、增速居全省首位": a rank of a rate named alone (增速) right after a growth
    places that growth rate (进出口总额增速, was 进出口总额, the amount's name), or "". After two growths, "增速分别居…第2位和
    第4位" places each in turn."""
    growths = [k for k, c in enumerate(previous) if c.kind == "growth" and c.metric]
    if not growths:
        return ""
    piece = _PIECE_ENDS.split(sentence[:m.start])[-1]
    clause = sentence[clause_start(sentence, m.start):m.start]      # past the 、 of "第2位、第3位"
    word = _opening_rate_word(piece) or _opening_rate_word(clause)
    each = bool(word) and clause[len(word):].startswith("分别") and clause.startswith(word)
    piece = clause if each else piece
    # (past a count of the group it is placed in: "增速居9个国家中心城市首位")
    ranked = [c for c in previous[growths[-1] + 1:] if not (c.kind == "count" and c.text in piece)]
    if ranked and not (each and all(c.kind == "rank" for c in ranked)):
        return ""
    placed = word and piece[len(word):].removeprefix("分别").startswith(tuple(claim_words("rank_context")))
    if not word or (metric not in ("", previous[-1].metric, word) and not placed
                    and not (metric.startswith(word) and len(metric) <= len(word) + 2)):
        return ""       # (增速排全市第二: 排, the verb that places it, was left in the metric 增速排; 增速居工业大省
        # 第1位: the group it is placed in, 工业大省, named the rank)
    named = previous[growths[-1]].metric
    if each:        # "…增长9.4%,…增长4.2%,增速分别居副省级城市第2位和第4位"
        places = len(_PLACE.findall(sentence, m.start - len(piece), clause_end(sentence, m.start)))
        if 1 < places <= len(growths) and len(ranked) < places:
            named = previous[growths[len(growths) - places + len(ranked)]].metric or named
    return named if named.endswith(word) else named + word


_PLACE = re.compile(r"第[一二三四五六七八九十\d]+[位名]?|首位")
_PIECE_ENDS = re.compile("[、，,；;：:]")


def _opening_rate_word(text: str) -> str:
    """The bare rate word (增速, 增幅 …) ``text`` opens with, or "": what names a growth rate of the figure before."""
    return next((w for w in claim_words("bare_rate_word") if text.startswith(w)), "")


# items joined by 、 opening a clause, before the last item's name ("粮油、食品、饮料、")
_CHANGE_ENDS = ("增长", "下降", "上升", "减少", "增加", "提高", "降低")
_ITEMS_BEFORE = re.compile(r"(?:其中[：:，,]?)?((?:[\u4e00-\u9fff]{1,10}、)+)$")


def _items_sharing_figure(sentence: str, m: Mention, metric: str) -> str:
    """"粮油、食品、饮料、烟酒类增长11.2%", "粮油、食品类零售额增长9.9%": one figure after items joined by 、 that open its
    clause is of them together (it was the last item's: 烟酒类, 食品类零售额); not where the clause shares figures out
    (分别, 依次) or holds another figure; "" otherwise."""
    begins = max(sentence.rfind(ch, 0, m.start) for ch in "，,；;。：:") + 1     # (a list's 、 cuts no clause here)
    at = sentence.rfind(metric, begins, m.start) if metric else -1
    if at <= begins or sentence[at - 1] != "、" or "的" in metric:
        return ""       # (辽宁、云南、青海的目标均在4.5%左右: whose, not what)
    clause = sentence[begins:clause_end(sentence, m.end)]
    if any(word in clause for word in ("分别", "依次")) or any(ch.isdigit() for ch in sentence[at:m.start]):
        return ""
    items = _ITEMS_BEFORE.match(sentence, begins, at)
    if not items or any(not (words := cut_pos(item)) or words[-1][1] in ("m", "q") or item.endswith(_CHANGE_ENDS)
                        or is_org_name(item) for item in items.group(1).split("、")[:-1]):
        return ""       # no count nor change in an item ("设董事长一名、副董事长一名", "主要由于吞吐量增长、仓储收入…"), no
        # organisation (中国人寿、中国太保营收也超2000亿元: who, not what)
    return strip_leading_verbs(items.group(1)) + metric     # (not the verb that adds them: "加上上级补助收入、…等171.19亿元")


def _part_who_did(sentence: str, m: Mention, kind: str, metric: str) -> str:
    """"2022届毕业生中3人选择自主创业": people counted among a group, then what they did, are counted by what they did
    (as after 中有: 中有15人选择自主创业), not by the group (was 毕业生中); "" otherwise."""
    if kind != "count" or m.unit not in PERSON_UNITS or not metric.endswith("中"):
        return ""
    rest = clause_after(sentence, m.end)
    words = cut_pos(rest)
    return rest if 2 <= len(rest) <= 12 and words and words[0][1] == "v" and not any(ch.isdigit() for ch in rest) \
        else ""


def _act_told_apart(sentence: str, m: Mention, kind: str, metric: str, previous: list[Claim]) -> str:
    """"新收到依申请公开政府信息42件，答复依申请公开政府信息39件": a count whose name an earlier count of the sentence already
    ends with keeps the verb written right before the name, which tells the two apart (both were 依申请公开政府信息), or ""."""
    if kind != "count" or not metric or \
            not any(c.unit == m.unit and (c.metric or "").endswith(metric) for c in previous):
        return ""
    clause = sentence[clause_start(sentence, m.start):m.start]
    if not clause.endswith(metric) or len(clause) == len(metric):
        return ""
    words = cut_pos(clause[:-len(metric)])
    verb = words[-1][0] if words and words[-1][1] == "v" and len(words[-1][0]) >= 2 and not words[-1][0].endswith("有") \
        else ""         # (not who has them: "共有本科毕业生998人")
    return verb + metric if verb else ""


def _total_of_parts(sentence: str, m: Mention, metric: str, previous: list[Claim]) -> str | None:
    """"新闻动态265篇、…、通知公告0篇，共计456篇": a bare total after two or more parts in its unit is their whole's: the
    topic the sentence opens with before a colon ("发布新闻情况：" -> 发布新闻), else the total word itself ("网上申请105件，
    快递17件，合计122件": not the last part's name, 快递); None when it is no such total."""
    total = sentence[clause_start(sentence, m.start):m.start].removesuffix("为")
    if total not in claim_words("total_word"):
        return None
    parts = [c for c in previous if c.unit == m.unit and c.metric]
    if len(parts) < 2 or len({c.metric for c in parts}) < 2 or metric != parts[-1].metric:
        return None
    colon = sentence.find("：", 0, m.start)
    topic = strip_time(sentence[:colon]).removesuffix("情况").removesuffix("如下") if 0 < colon <= 24 else ""
    topic = noun_phrase_tail(topic.removeprefix("学年").removeprefix("年度"))    # "2023-2024学年发布新闻情况："
    return topic if len(topic) >= 2 and topic != "其中" else total if m.unit_kind == "count" else None


def _without_added(metric: str) -> str:
    """``metric`` without the 新增 that makes it an addition ("新增国家高新技术企业" -> 国家高新技术企业, "经营主体新增" ->
    经营主体)."""
    rest = metric.removeprefix("新增").removesuffix("新增")
    return rest if len(rest) >= 2 else metric


_PER_SHARE_BASIS = re.compile(r"每(?:[0-9０-９]+|十)?股")
_DIVIDEND_WORDS = ("股利", "股息", "红利", "分红")


def _dividend_total(metric: str, m: Mention, previous: list[Claim]) -> str:
    """"每10股派送现金股利3.00元人民币（含税），合计人民币63.43亿元": a bare total (合计, 共计约) right after a per-share
    dividend is the dividend's total, named without its basis (现金股利), or ""."""
    if without_bound(metric) not in claim_words("total_word") or not previous or m.unit_kind != "money" or \
            not _PER_SHARE_BASIS.search(previous[-1].metric or ""):
        return ""
    name = _PER_SHARE_BASIS.sub("", previous[-1].metric)
    words = list(cut_pos(name))
    while len(words) > 1 and words[0][1].startswith("v"):
        words.pop(0)            # 派送, 派发: the paying, not what is paid
    name = "".join(w for w, _f in words)
    return name if name.endswith(_DIVIDEND_WORDS) else ""


def _paired_measure(sentence: str, m: Mention, metric: str, previous: list[Claim]) -> str:
    """"牛存栏50410头，出栏22336头", "夏粮种植面积8349公顷，总产量1.97万吨": a bare measure opening its clause right after
    the other measure of a pair names the same subject (牛出栏, 夏粮总产量), or ""."""
    pairs = claim_words("paired_measure")
    if metric not in pairs or not previous or not previous[-1].metric or \
            sentence[clause_start(sentence, m.start):m.start] != metric:
        return ""
    other = max((w for w in pairs if previous[-1].metric.endswith(w) and w != metric), key=len, default="")
    subject = previous[-1].metric[:len(previous[-1].metric) - len(other)] if other else ""
    return subject + metric if subject and not subject.endswith(pairs) else ""


def _threshold_count(claim: Claim) -> bool:
    """A count of thresholds crossed ("五年跨越3个十亿级台阶"): a change after it changes what crossed them, not the
    thresholds (年均增速达到8% was named 十亿级台阶)."""
    sentence, metric = claim.sentence or "", claim.metric or ""
    at = sentence.find(claim.text + metric) if claim.kind == "count" and metric else -1
    return at >= 0 and field_rule("field.threshold_crossed").search(sentence, 0, at + len(claim.text) + len(metric)) \
        is not None


def _new_of_counted(sentence: str, m: Mention, kind: str, metric: str, previous: list[Claim]) -> str:
    """"共维护13个专栏，其中新开2个": a bare act of adding after 其中 counts new ones of what the count before it counts
    (新开专栏; it was named 新开); "" otherwise."""
    if kind != "count" or metric not in claim_words("new_act") or not previous or previous[-1].kind != "count" \
            or previous[-1].unit != m.unit or not previous[-1].metric:
        return ""
    opening = sentence[clause_start(sentence, m.start):]
    return metric + previous[-1].metric if opening.startswith(("其中" + metric, "其中，" + metric)) else ""


def _part_by_change(sentence: str, m: Mention, kind: str, metric: str, previous: list[Claim]) -> str:
    """"37个行业中20个行业比上年增长", "统计监测的23种工业产品,12种增长,11种下降", "35个行业大类中增长的15个": a count of
    the part of a counted whole that grew or fell is named by that change and what the whole counts (比上年增长的行业,
    增长的工业产品, as the golds write it); "" otherwise."""
    if kind != "count" or m.unit not in classifiers():
        return ""
    whole = next((c for c in reversed(previous) if c.kind == "count" and c.unit == m.unit and c.metric
                  and "的" not in c.metric), None)     # (not a part named so before it: 12种增长的工业产品)
    if whole is None:
        return ""
    at = sentence.rfind(whole.text, 0, m.start)
    between = sentence[at + len(whole.text):m.start] if at >= 0 else ""
    # past the parts written between ("23种工业产品,12种增长,11种下降": 11种 is of the whole too)
    between = re.sub(r"[，,]\d+" + re.escape(m.unit) + r"[^，,\d]{1,10}(?=[，,]$)", "", between)
    if not between.startswith(whole.metric) or any(ch.isdigit() for ch in between):
        return ""
    lead = between[len(whole.metric):]
    if lead.endswith("的") and lead.removesuffix("的").removeprefix("中") in change_verbs():
        return lead.removeprefix("中") + whole.metric       # "35个行业大类中增长的15个"
    if lead not in ("中", "，", ",", "中有", "有"):
        return ""
    rest = sentence[m.end:clause_end(sentence, m.end)]
    noun = next((n for n in (whole.metric, whole.metric[-2:]) if rest.startswith(n)), "")
    said = rest[len(noun):]
    if not 2 <= len(said) <= 10 or any(ch.isdigit() for ch in said) or \
            not any(said.endswith(v) for v in change_verbs()):
        return ""
    return said + "的" + (noun or whole.metric)


# a plan a share of the figure before is of, 的 left out ("税收收入完成169975万元，完成预算98%，同比增长6%")
_PLANNED = ("预算", "计划", "任务")


def _another_named_after(sentence: str, m: Mention) -> str | None:
    """"客户存款5174亿元，另有701亿元已发行债务证券": a figure after 另有 (besides it, there is) opens its clause and is
    named by the words after it, to the clause's end (it took 客户存款, the figure before's name)."""
    if sentence[clause_start(sentence, m.start):m.start] not in _ANOTHER:
        return None
    after = clause_after(sentence, m.end).rstrip("。；;，,")
    return after if 2 <= len(after) <= MAX_ANOTHER_NAME and not any(ch.isdigit() for ch in after) else None


_ANOTHER = ("另有", "另外还有", "此外还有")
MAX_ANOTHER_NAME = 16


def _carried_to_next_year(sentence: str, m: Mention) -> str | None:
    """"办结930件，31件结转到2025年度继续办理": a count right before where it is carried to is counted by that row of the
    disclosure table, the carrying and its year (it took 办结, the figure before's name); the rows' count written after
    them is named there already (结转到2025年办理7件)."""
    after = clause_after(sentence, m.end)
    carried = any(after.startswith(w) and after.startswith(("下", "到下", "至下"), len(w)) for w in claim_words("carried_after"))
    if not after.startswith(claim_words("destination_before")) and not carried:
        return None         # (剩余3件结转下一年度处理: its next year unnamed)
    after = after.rstrip("。；;，,")
    return after.removesuffix("外") if sentence.endswith("除", 0, m.start) else after  # 除2件结转下年办理外


def _change_without_factors(sentence: str, m: Mention, previous: list[Claim]) -> str | None:
    """"一般公共预算收入剔除一次性特殊收入因素影响同比增长2.7%", "…126.5亿元，扣除留抵退税因素后增长8.1%": a change stated
    without one-off factors is of the figure named before the phrase, else of the figure before it; the factors name
    nothing (the first was named 特殊收入因素影响)."""
    start = clause_start(sentence, m.start)
    found = field_rule("field.excluding_factor").search(sentence, start, m.start)
    if not found:
        return None
    named = noun_phrase_tail(strip_time(sentence[start:found.start()]))
    if len(named) >= 2:
        return named
    return previous[-1].metric if previous and previous[-1].kind not in ("delta", "growth") else None


def _change_of_figure_before(sentence: str, m: Mention, previous: list[Claim]) -> str | None:
    """"万元产值综合能耗为1.010吨标煤同比下降0.5", "开展涉农保险期货项目50个同比增长28": a change written right after
    a figure, with only comparison words between, is that figure's change and measures what it measures."""
    if not previous or previous[-1].kind in ("delta", "growth") or not previous[-1].metric:
        return None
    if previous[-1].kind == "share" and m.unit not in ("%", "‰", *RATE_POINTS):
        return None         # "奖项数量为11项，占比16.18%，比2022年增加5项": a count's change, not the share's
    head = sentence[max(0, m.start - 40):m.start]
    before = [b for b in find_mentions(head) if not is_year(b)]     # "升学率为82.42%，比2021年增加8.36%": past the year
    if not before or before[-1].value != previous[-1].value:
        return None
    named = previous[-1].metric
    if previous[-1].kind == "share" and m.unit == "%" and (
            head[before[-1].start - 1:before[-1].start] == "的" or "占" in previous[-1].metric
            or head.endswith(_PLANNED, 0, before[-1].start)):
        stated = [c for c in _in_part(sentence, m, previous) if c.kind not in ("share", "growth", "delta")]
        if stated or not named.endswith(("占比", "比重")):
            return None     # "支出274574亿元，完成预算的99.4%，增长5.4%", "酒类产品营业收入764.47亿元，占营业收入比重为91.80%，
            # 同比增加13.15%": the growth is the amount's, not the share of a whole's (a rate's own change may be in %:
            # "客户差评率0.07同比下降超过60")
        named = _without_share_word(named)      # "轻工业产值占比24.1%，同比下降1.5%；重工业产值占比75.9%，同比增长1.0%":
        # no amount stated, the share's name without its share word
    gap = head[before[-1].end:]
    return named if field_rule("field.change_of_figure_before").match(gap) else None


MAX_ACT_CHARS = 10     # what people counted did, written after them, ends its clause (207人灵活就业)


def _clause_after_is_metric(sentence: str, m: Mention) -> str:
    """"拥有5年机械研究经验，1年高端装备产业经验": a number opening its clause whose whole rest is a noun phrase
    measures that phrase (not the figure before it)."""
    act = clause_after(fused_alternatives(sentence[m.end:]), 0) if m.unit in PERSON_UNITS else ""
    words = cut_pos(act) if 2 <= len(act) <= MAX_ACT_CHARS else ()
    if words and words[-1][1] in ("v", "vn") and all(flag[:1] in "avdnplsf" for _w, flag in words):
        return with_alternatives(act)   # "…,207人灵活就业,占6.4%", "503人赴国（境）外高校深造": people counted by what they
        # did (they took the count before's 签约就业, 在国内高校深造)
    if not m.unit or m.unit in classifiers():      # a classifier's noun after the number was looked for already
        return ""
    after = metric_after(sentence, m)
    if after in claim_words("standing_word"):
        return ""       # "南京银行1.94%最高": its standing among the others, no name
    if after and cut_pos(after)[0][1] == "v" and field_rule("field.level_verb_before").search(
            strip_time(clause_before(sentence, m.start))):
        return ""       # "2002年达到15%迈入大众化门槛": what the level reached let happen, not what it measures
        # (as "减按50%计入应纳税所得额" is: how a rate is applied)
    return after if after and clause_after(sentence, m.end) == after else ""


def _subject_of_clause_before(sentence: str, m: Mention, orgs: list[str]) -> str:
    """"工商银行总资产规模最大，达52.81万亿元", "公司营业收入再创新高，达158亿元": a figure whose clause is only a copula
    measures the noun the clause before it opens with (what it says of it, 最大 or 再创新高, aside); "" when that
    clause holds a figure of its own."""
    start = clause_start(sentence, m.start)
    clause = sentence[start:m.start]
    changes = any(verb in clause for verb in change_verbs())
    if start < 2 or sentence[start - 1] not in "，," or (without_copulas(clause) and not is_from_point(clause)
                                                          and not (changes and _bare_change(clause))):
        return ""               # a change's start point is nothing of its own ("平均总资产回报率连续五年下滑，从2020年
        # 0.86%降至2024年0.68%")
    before = strip_time(sentence[clause_start(sentence, start - 1):start - 1])
    crossed = field_rule("field.threshold_crossed").search(before)
    if crossed:         # "吉林省地区生产总值跨越3个千亿元台阶，达到1.5万亿元": the subject, not the threshold crossed
        before = before[:crossed.start()]
    for org in orgs:
        before = before.replace(org, "")
    if not before or any(ch.isdigit() for ch in before) or (
            changes and not field_rule("field.owner_connective").match(before)):
        return ""               # a change ("…，增长14%以上") changes the figure before it, unless the clause before
        # names a part of it ("其中学位论文增长较多，增加了644.6万册")
    words = list(cut_pos(field_rule("field.record_predicate").sub("", before)))
    while words and (words[-1][1][:1] in ("a", "d", "l", "t") or words[-1][1] == "zg"     # zg: 较 (较高, 较多)
                     or words[-1][0] in ("多", "少")
                     or (words[-1][0] in change_verbs() and words[-1][1] != "n")          # 增幅 is a noun
                     or (words[-1][1] == "m" and len(words) >= 2 and words[-2][0] == "占")):
        words.pop()             # 最大, 再创新高, 连续五年下滑: what the clause says of its subject
    if len(words) >= 2 and words[-1][0] == "占":
        words.pop()             # "其中汉族毕业生占绝大多数，共有8118人": the majority it is, what is counted
    phrase = noun_phrase_tail("".join(w for w, _f in words))
    return phrase if 2 <= len(phrase) <= 12 else ""


def _bare_change(clause: str) -> bool:
    """A clause that is only a change verb and its fillers ("增加了", "增长了")."""
    return field_rule("field.trailing_change").sub("", clause) == ""


def _held_by_means(sentence: str, m: Mention) -> str:
    """"招商银行以160293.95亿元AUM稳居行业首位", "浦发银行以631.4万户新增客户排名第一": a figure after 以 whose clause
    names nothing before it measures the noun right after it (what the rest of the clause does something with)."""
    if not clause_before(sentence, m.start).endswith("以"):
        return ""
    phrase = noun_phrase_head(clause_after(sentence, m.end)[:16])
    return phrase if 2 <= len(phrase) <= 12 else ""


def _bounded_after(text: str) -> bool:
    """Whether a claim's own bound is written after its number ("90%以上", "30余项"): it bounds that number only."""
    return any(word in text for word in bound_words("mid", "post"))


def _ranked_change(sentence: str, m: Mention, previous: list[Claim]) -> tuple[str, str] | None:
    """("growth", direction) of a rate placed in a run ranked by a change: the first ("减少幅度最大的是历史学类,为27.14%")
    and, right after a ranked growth, the next ("；其次是医学类,为15.07%"); None where the rate is no such change."""
    leader = field_rule("field.ranked_change").search(sentence, 0, m.start)
    if leader and leader.end() == m.start:
        rate = leader.group("rate")     # 减少幅度 moves as 减少 does
        return "growth", change_verbs().get(rate) or change_verbs().get(rate[:2], "up")
    last = previous[-1] if previous else None
    if last is None or last.kind != "growth" or last.unit != "%":
        return None
    return ("growth", last.direction) if _placed_next(sentence, m) else None


# what a figure's clause may hold alone after the clause that places it next ("其次是理学类，为20.31%")
_RUN_COPULAS = ("为", "是", "达", "有", "（", "(")


def _placed_next(sentence: str, m: Mention) -> bool:
    """Whether the figure's clause, or the clause before it when the figure's holds only a copula ("其次是湖南省，
    有5917人"), opens with the words that place it next in a ranked run (field.sequence_opener)."""
    start = clause_start(sentence, m.start)
    if sentence[start:m.start].strip() in _RUN_COPULAS:
        start = clause_start(sentence, start - 1)
    return field_rule("field.sequence_opener").match(sentence[start:m.start]) is not None


def _next_place_of_run(sentence: str, m: Mention, metric: str, previous: list[Claim]) -> str:
    """The name of a place placed next in a ranked run ("河南省生源最多，有7475人…；其次是湖南省，有5917人"): the first
    place's name with this place in it (湖南省生源, was 湖南省), or ""."""
    words = cut_pos(metric) if metric else ()
    if len(words) != 1 or words[0][1] != "ns" or not previous or not _placed_next(sentence, m):
        return ""
    for claim in reversed(previous):
        first = cut_pos(claim.metric or "")
        places = [w for w, flag in first if flag == "ns"]
        if claim.unit == m.unit and len(first) >= 2 and len(places) == 1 and first[-1][1].startswith("n"):
            return claim.metric.replace(places[0], metric, 1)   # "想在四川省就业的比例（79.78%）最高，其次为重庆市（4.69%）"
    return ""


def _outside_note_before(sentence: str, m: Mention, previous: list[Claim]) -> list[Claim]:
    """"普通本科学校1238所（含独立学院164所），比上年减少11所": a change after a bracketed note changes the figure before
    the note; the note's figures are dropped from the claims it may take its name from (11所 was named 独立学院)."""
    begins = clause_start(sentence, m.start)
    before = sentence[:begins].rstrip("，,")
    if not previous or not before.endswith(("）", ")")) or \
            not field_rule("field.change_of_figure_before").match(sentence[begins:m.start]):
        return previous
    opened = max(before.rfind("（"), before.rfind("("))
    note = before[opened:]
    kept = [c for c in previous if c.text not in note]
    return kept if opened > 0 and kept and len(kept) < len(previous) else previous


def _shift(m: Mention, by: int) -> Mention:
    return replace(m, start=m.start - by, end=m.end - by, num_start=m.num_start - by, num_end=m.num_end - by)


def _year_of(period: str | None, carried: Carried) -> int | None:
    """The year a sentence of the paragraph opened with, for a later one that says only 全年/当年 (rough_period):
    "2024年,全市上下迎难而上…。…,全年承担国家试点示范30余项" is of 2024, not of the 2025 report it opens; None otherwise."""
    return carried.year if period in claim_words("rough_period") else None


# a year opening a sentence, or what a speaker says, then its comma or 是 ("2024年,全市上下…", "2025年，我局共收到…",
# "报告指出,2024年是凤县发展历程中极为不易…的一年", "他说,2025年,面对…")
_OPENING_YEAR = re.compile(r"^((?:19|20)\d\d)年度?(?:[,，]|是)|(?:指出|表示|说|介绍)[,，:：]((?:19|20)\d\d)年度?(?:[,，]|是)")


def make_claim(ctx: Context, block: Block, view: TextView, sent, m: Mention, orgs, previous,
               carried: Carried | None = None) -> Claim:
    carried = carried or Carried()
    sentence = sent.text
    local = _shift(m, sent.start)
    names = [o.name for o in orgs if o.name not in ctx.stakes]     # a stake's name stays in the metric
    metric = set_owner(sentence, local) or (without_trailing_adverb(metric_after(sentence, local))
                                             if (local.unit in classifiers() or not local.unit)
                                             and not named_right_before(sentence, local) else "")   # "5个园区成功认定…"
    named_after, change_after = ("", "") if metric else named_after_figure(sentence, local)
    metric = metric or named_after or metric_before(sentence, local, names) or _clause_after_is_metric(sentence, local) \
        or _held_by_means(sentence, local) or _subject_of_clause_before(sentence, local, names)
    kind, direction = classify(sentence, local, metric)
    if kind in ("delta", "growth"):
        previous = _outside_note_before(sentence, local, previous)
    if kind == "share" and local.unit == "%":
        kind, direction = _ranked_change(sentence, local, previous) or (kind, direction)
    if change_after and local.unit == "%":      # "实现了1.15%的净利润增长": the rate is the named figure's growth
        kind, direction = "growth", change_verbs().get(change_after, "up")
    alone = _organisation_alone(sentence, local, previous, carried.before)
    if alone:       # "建设银行营收同比增速2.15%，工商银行1.57%": another's figure of the same measure
        metric, kind, direction = alone.metric, alone.kind, alone.direction
    if kind == "share" or local.unit in RATE_POINTS:      # "…就业的比例五年来增加了3.3个百分点": a rate's change too
        metric = qualify_share_word(sentence, local, metric)
    baseline = find_baseline(sentence, local) if kind in ("delta", "growth") or local.unit == "倍" else None
    # "甘肃银行同期为…", "工商银行1.57%": the figure before's metric, not the model's span
    other_time = (bool(previous) and _earlier_period_only(metric)) or alone is not None
    if previous:
        metric = _inherit_metric(metric, kind, local, previous)
        if kind in ("delta", "growth") and not baseline:
            part = _in_part(sentence, local, previous)
            baseline = _last(previous, lambda c: c.baseline is not None and (c in part or not _area(c.baseline))
                             and not (_area(c.baseline) and c.unit in RATE_POINTS and local.unit != c.unit),
                             "baseline")        # "超过全市增速0.4个百分点，其中一产增长3.9%": the area compared
            # with in points is no baseline of the parts' growth rates
    # Composed before the model (the rules' candidate is composed, as in training) and after its choice.
    part_of = _last(previous, lambda c: c.kind != "share" and c.metric, "metric")
    last = previous[-1].metric if previous else None
    given = (metric or "", carried.group)
    metric, carried.group = compose(sentence, local, kind, metric or "", part_of, last, carried.group)
    model = active_metric_model()
    if model is not None:
        chosen = model.metric(sentence, local.start, local.end, kind, local.unit, metric)
        if _past_stop_word(chosen, metric) or other_time:
            chosen = metric
        if (chosen, carried.group) != given:      # else compose's call again, with the same (pure) result
            metric, carried.group = compose(sentence, local, kind, chosen, part_of, last, carried.group)
        if previous and _change_verb_alone(sentence, local, metric, kind):
            metric = _inherit_metric("", kind, local, previous)
        elif previous and _names_figure_before(metric, kind):
            metric = _inherit_metric(metric, kind, local, previous)     # the model chose "相比", "同期"
    if previous and kind in ("delta", "growth") and metric and _only_a_name(metric.removesuffix("等")):
        metric = _inherit_metric("", kind, local, previous) or metric   # "…国泰海通147.69亿元，兴业证券大增370%": who
        # changed is named, what changed is the figure before's measure
    if previous and _refers_back(sentence, local, metric or ""):
        metric = _last(previous, lambda c: c.unit == local.unit and c.metric, "metric") or metric
    elif previous and metric in claim_words("threshold_noun"):
        metric = previous[-1].metric or metric      # "吸收存款总额突破万亿大关至10460.89亿元": the mark crossed
        # names nothing; the level reached is of what crossed it
    if kind in ("delta", "growth"):
        metric = _change_without_factors(sentence, local, previous) or _change_of_figure_before(sentence, local, previous) \
            or metric
        if previous and previous[-1].metric and compared_with_figure(sentence, local):
            metric = previous[-1].metric    # "…增长9.6%，快于全部规模以上工业6.2个百分点": the difference of that growth
        metric = _rate_of_growth_before(sentence, local, metric, previous) or _rate_named_with(sentence, local, metric) \
            or metric
    if kind == "rank":
        metric = _ranked_growth_rate(sentence, local, metric or "", previous) or _ranked_in_list(sentence, local) or metric
    if alone:       # no clause of its own to compose: the figure before's, whatever the spans say, without who or
        metric = _without_named_owner(_WHOLE_AREA.sub("", alone.metric or "") or alone.metric or "")
        # where it was of ("青海的目标" -> 目标; a part's, not the whole area's: "全市一般公共预算收入…。分级次看,市本级完成…")
    else:
        metric = _parallel_item(sentence, local, previous, sent.start) or metric
    metric = _another_group(metric or "", local, previous) if previous and kind != "rank" else metric
    metric = _measure_of_owner_before(metric or "", previous) or metric
    metric = _rate_of_owner_before(metric or "", previous) or metric
    metric = _pull_of_owner(metric or "", sentence, previous) or metric
    metric = _of_compared_cohort(sentence, local, previous) or metric
    metric = _without_framing_words(metric)
    metric = _new_of_counted(sentence, local, kind, metric, previous) or metric
    metric = _part_by_change(sentence, local, kind, metric, previous) or metric
    metric = _act_told_apart(sentence, local, kind, metric, previous) or metric
    metric = _part_who_did(sentence, local, kind, metric) or metric
    metric = _carried_to_next_year(sentence, local) or metric
    metric = _another_named_after(sentence, local) or metric
    metric = _items_sharing_figure(sentence, local, metric) or metric
    metric = _paired_measure(sentence, local, metric, previous) or metric
    metric = top_list(sentence, local, kind, metric or "").lstrip(_NO_OPENING).rstrip("-−－")   # (a bullet's dash)
    metric = _TRAILING_ZAI.sub("", metric) if len(metric) > 3 else metric   # "山西煤炭产量在连续两年每年增产1亿多吨的基础上"
    if metric in claim_words("currency_word") or (metric in change_verbs() and previous and any(
            sentence.endswith(metric + word, 0, local.start) for word in claim_words("currency_word"))):
        # "较上年度的人民币43,689,129,000元", "较上年度增加人民币1,848,617,000元": the currency, or a change verb and the
        # currency, name nothing; the figure before does
        metric = _inherit_metric("", kind, local, previous) if previous else ""
    metric = _dividend_total(metric, local, previous) or metric
    if kind == "growth":
        metric = object_of_change(sentence, local, metric)
    metric = _total_of_new(sentence, local, metric)
    whole = _total_of_parts(sentence, local, metric, previous)
    metric = metric if whole is None else whole
    metric = _next_place_of_run(sentence, local, metric, previous) or metric
    if kind not in ("delta", "growth"):     # (a change is of the figure before: 普通高中1.50万所，…增长3.02%)
        metric = _opening_topic(sentence, local, metric) or metric
    metric = _bracketed_run_named_after(sentence, local) or metric
    metric = _figure_compared_with(sentence, local, previous) or metric
    if metric.endswith(PER_SHARE) and len(metric) > len(PER_SHARE) and \
            sentence[clause_start(sentence, local.start):local.start].startswith(claim_words("total_word")):
        metric = metric[:-len(PER_SHARE)]     # "派发现金股利每股0.54元(含税),共计16.85亿元": the total paid
    if kind in ("money", "measure", "share") and metric.endswith(_RANKING) and len(metric) - 2 >= 2:
        metric = metric[:-2]    # "2022届毕业生月收入排名前三的分别是:温州职业技术学院(7736元)、…": an amount in a
        # ranking is of what is ranked by (it was named 月收入排名)
    if kind == "count" and not local.unit and local.scale > 1 and names_money(metric) and \
            not sentence.startswith("大", local.end):
        kind = "money"      # "营业总收入…,从3.018亿增至3.452亿": an amount in 亿 alone, named by the figure before
    start, end = view.to_source(m.start, m.end)
    case = _case(ctx, start)
    section = section_at(ctx.sections, start)
    default = ctx.periods.default(section)
    period = _meeting_day(lambda: ctx.document.text[max(0, block.start - MEETING_LINE_ABOVE):block.start]
                          + view.text[:sent.start], sentence, local) or find_period(sentence, local) or \
        _change_start_period(sentence, local) or carried.period or _plan_average(ctx, section, sentence, local) or \
        default
    if period == "本年度" and default and PLAN_YEAR.fullmatch(default):
        period = default        # "本年度现金分红比例为30.71%" under a 2023年度利润分配方案公告
    period = _year_of_flow(period, metric)
    bound = "<=" if kind == "rank" and (m.unit == "强" or sentence[local.start - 1:local.start] == "前") else \
        target_bound(sentence, local)
    if bound == "=" and previous and previous[-1].bound != "=" and previous[-1].unit == m.unit \
            and not _bounded_after(previous[-1].text) and continues_run(sentence, local):
        bound = previous[-1].bound      # "净利润不低于21.8亿元、28亿元和34.8亿元": the bound word before the run bounds each
    if local.unit in RATE_POINTS and metric and field_rule("field.pulled_points").search(metric) and \
            not re.search("[比较]", sentence[clause_start(sentence, local.start):local.start]):
        baseline = None     # "…高于全省平均水平2.4个百分点，…拉动规上工业增长2.2个百分点": a pull compares with nothing
        # (named by its owner or not: 石油和天然气开采业拉动全市规模以上工业)
    return Claim(
        doc=ctx.document.doc_id, id=f"c{start}", char_start=start, char_end=end,
        page=ctx.document.page_at(start), text=ctx.document.text[start:end], value=m.value, scale=m.scale,
        unit=_unit(m, kind, sentence[:local.start]), kind=kind, bound=bound,
        direction=direction, metric=metric or None,
        period=resolve_period(period, _year_of(period, carried) or ctx.periods.year_at(section, period), ctx.periods.as_of,
                              ctx.periods.report),
        baseline=baseline, subject=_subject(ctx, orgs, sent, m, case, carried.subject,
                                                    None if carried.nobody else section, metric),
        case=case.id if case else None,
        section=section_label(section), sentence=sentence, high=m.high)


def _total_of_new(sentence: str, m: Mention, metric: str) -> str:
    """"新增规上企业30家、总数达360家": a part that is only a bare total (总数, 总量) after 、 counts all of what the figure
    before counted, new or not, as one after a comma does (_inherit_metric: "…净增2076户，总数1.3万户" is
    国家科技型中小企业; 360家 took the new ones' 新增规上企业)."""
    own = without_copulas(re.split("[、，,；;]", sentence[clause_start(sentence, m.start):m.start])[-1])
    return _without_added(metric) if metric and own in claim_words("bare_total") else metric


_AT_YEAR_END = re.compile(r"(?:截至|截止)?((?:19|20)?[0-9]{2}年)(?:末|底|12月31日)")


def _year_of_flow(period: str | None, metric: str | None) -> str | None:
    """"2024年末,地区生产总值预计完成230.6亿元,增长4%": a year's end dates a level; an amount that flows over the year
    (flow_metric: output, income, investment) is the year's (2024年; was 2024年末), not what stood at its end; its last
    day too ("截止2023年12月31日,公司实现的合并报表层面归属于母公司股东的净利润68,758,460.53元": 2023年)."""
    found = _AT_YEAR_END.fullmatch(period) if period and metric else None
    if found and any(w in metric for w in claim_words("flow_metric")) and "余额" not in metric:
        return found.group(1)
    return period


# a figure a change starts from, then the verb that says what it changed to ("从3.018亿增至3.452亿")
_CHANGED_TO = re.compile(r"[^，,；;。0-9]{0,4}?(?:增|降|升|提升|提高|增加|减少|下降|上升|下滑|扩大|收窄|恶化|改善|增长|回落|变)(?:至|到|为)")


def _change_start_period(sentence: str, m: Mention) -> str | None:
    """"营业总收入同比增长14.36%,从3.018亿增至3.452亿": the figure a year-on-year change starts from is of the same
    period a year before (上年同期, resolved against the report: 2024年上半年 in a 2025 half-year report); None for any
    other figure."""
    before = sentence[clause_start(sentence, m.start):m.start]
    if not before.endswith(("从", "由")) or not _CHANGED_TO.match(sentence, m.end) or \
            not AGAINST_YEAR_BEFORE.search(sentence):
        return None
    return "上年同期"


def _ranked_in_list(sentence: str, m: Mention) -> str:
    """"在2018年“全国普通高校竞赛(高职)排行榜单”中名列第35名": a rank in a named list is the list's rank (was 中名列);
    "" where the rank's clause names no list it stands in."""
    found = field_rule("field.ranked_in_list").search(sentence, clause_start(sentence, m.start), m.start)
    if not found:
        return ""
    named = found.group("list").replace("“", "").replace("”", "")
    return named + (found.group("within") or "") + "排名" if len(named) >= 2 and not any(ch.isdigit() for ch in named) \
        else ""


def _rank_without_scope(claim: Claim) -> Claim:
    """A rank (or the places it moved) without where it is placed, which its name took ("增速居全省第3"; a list's shared
    words: "第一产业、…增速分别居全国第3位"; "比上年前移2位"), as ``fields`` leaves the scope out of one figure's name."""
    if not claim.metric or not (claim.kind == "rank" or (claim.kind == "delta" and claim.unit in claim_words("rank_unit"))):
        return claim
    placed = field_rule("field.rank_scope").search(claim.metric)
    return replace(claim, metric=claim.metric[:placed.start()]) if placed and placed.start() >= 2 and placed.group() \
        else claim


def _plan_average(ctx: Context, section: Section | None, sentence: str, m: Mention) -> str | None:
    """A figure per year (年均增长6.4%) under a heading of a plan period and a year ("一、“十四五”时期及2025年工作回顾") is
    the plan period's average, not the year's (烟台's and 西海岸新区's 2026 reports: they had 2025年)."""
    plan = ctx.periods.plan_period(section)
    return plan if plan and "年均" in sentence[clause_start(sentence, m.start):m.start] else None


_MEETING_WORDS = re.compile(r"召开|会议|审议|通过")
MEETING_DAY_REACH = 40      # how far after the day the paragraph says what was held on it
MEETING_LINE_ABOVE = 120    # how far over a paragraph its meeting's day may stand


def _meeting_day(before: Callable[[], str], sentence: str, m: Mention) -> str | None:
    """The day of the meeting a count of those due at or present at it is of ("本行于2025年3月27日召开了…第八届董事会第八
    次会议,应出席董事13名,实到董事13名,…审议通过了关于《2024年年度报告》…": 2025年3月27日, not the report's 2024年), the day
    written in its sentence or earlier in its paragraph (or on the line over it: "1.2 本报告于 2024 年 8 月 29 日由本公司第七届
    董事会…审议" | "通过。本公司实有董事 12 名", a numbered line that stands alone) with the meeting after it; None for any other
    figure. ``before`` gives the text before the sentence, read only for such a count."""
    if not field_rule("field.meeting_attendance").search(sentence, clause_start(sentence, m.start), m.start) and \
            not field_rule("field.meeting_attendance_after").match(sentence, m.end, clause_end(sentence, m.end)):
        return None     # ("9名董事现场出席", "7名监事列席了会议": the count before what they did at it)
    for text in (sentence[:m.start], before()):
        days = [d for d in DAY.finditer(text) if _MEETING_WORDS.search(text, d.end(), d.end() + MEETING_DAY_REACH)]
        if days:
            return compact(days[-1].group())
    return None


def _unit(m: Mention, kind: str, before: str = "") -> str:
    """The claim's unit: an amount of money written with its scale word alone ("归母净利润217亿") is in 元; one in 元
    after 港币 is in Hong Kong dollars ("投放港币8,480万元", "捐出港币3,500万元")."""
    if m.unit == "元" and before.endswith(claim_words("hong_kong_currency")):
        return "港元"
    per = PER_MEASURE.search(before) if m.unit in ("元", "港元") else None
    if per:
        return f"{m.unit}/{per.group('measure')}"      # "每平方米人民币18,544元": 元/平方米
    return "元" if not m.unit and kind == "money" and m.scale > 1 else m.unit


def _subject(ctx: Context, orgs, sent, m: Mention, case: Case | None, carried: str | None = None,
             section: Section | None = None, metric: str | None = None) -> str | None:
    """:func:`_found_subject`, unless it is the author of the report whose own title heads the claim's part of a text
    of several reports ("【11】兰州银行:2024年半年度报告" over "截至2024年6月末,兰州银行资产总额…": 兰州银行 wrote it)."""
    found = _found_subject(ctx, orgs, sent, m, case, carried, section, metric)
    return None if found and section and _writes_part(ctx, found, section) else found


def _writes_part(ctx: Context, name: str, section: Section) -> bool:
    """Whether ``name`` is (a longer or shorter name of) an organisation the report title over ``section`` names."""
    if section.id not in ctx.part_authors:
        at = section.char_start
        part = next((s for s in reversed(ctx.sections) if s.level == 0 and s.char_start <= at < s.char_end), None)
        ctx.part_authors[section.id] = tuple(o.name for o in find_org_spans(compact(part.title))
                                             if len(o.name) >= 2) if part else ()
    return any(writer in name or name in writer for writer in ctx.part_authors[section.id])


def _found_subject(ctx: Context, orgs, sent, m: Mention, case: Case | None, carried: str | None = None,
                   section: Section | None = None, metric: str | None = None) -> str | None:
    """The organisation a claim is about: the last one before the number that opens a clause of this sentence,
    follows a modifier's 的, is written right before its metric ("…三年后顺丰航空自有机队规模将超过50架") or its
    bracketed figure ("杭州银行(21123.56亿元)和徽商银行(20137.53亿元)"; a data
    source "据…统计" is none), else the one that opened the paragraph, else the enclosing case's, else the one
    organisation its section's heading names ("（一）最近三年，顺丰控股资产评估情况")."""
    own = [o for o in orgs if sent.start <= o.start and o.end <= m.start
           and (_opens_clause(sent, o, m) or _heads_phrase(sent, o, m) or _names_metric(sent, o, m, metric)
                or _figure_of(sent, o, m) or sent.text[o.end - sent.start:m.start - sent.start] in ("（", "("))
           and not _is_source(sent, o)]
    if own:
        return _not_author(ctx, own[-1].name)
    held = _held_by_a_person(sent, orgs, m)
    if held is not None:
        return _not_author(ctx, held.name)
    if ctx.focus and any(w in sent.text[:m.start - sent.start] for w in self_references()):
        return ctx.focus        # "预计公司2022-2024年归母净利润4.7、7.2、9.3亿元" in a research report
    if carried:
        return _not_author(ctx, carried)
    if case:
        return _not_author(ctx, case.subject)
    return _heading_subject(ctx, section)


def _heading_subject(ctx: Context, section: Section | None) -> str | None:
    """The one organisation, not the author, a section's heading names (cached per section); none where the heading is
    a report's own title ("【9】上海银行:上海银行2024年半年度报告" in a text of several reports): it names that report's author."""
    if section is None or section.level == 0:
        return None
    if section.id not in ctx.heading_orgs:
        title = compact(section.title)
        names = {o.name for o in _stakes_alone(ctx, title, alias_spans(title, ctx.aliases, find_org_spans(title)))}
        names = {n for n in names if _not_author(ctx, n)}
        ctx.heading_orgs[section.id] = names.pop() if len(names) == 1 else None
    return ctx.heading_orgs[section.id]


def _is_source(sent, org) -> bool:
    """"据中国兽药协会统计", "根据中国兽药协会《…》": the organisation is where the figure comes from; "58中信证券2022年度
    社会责任报告2022年中信期货…": a report's title (a page's running head) names who wrote it."""
    lead = sent.text[max(0, org.start - sent.start - 4):org.start - sent.start]
    after = sent.text[org.end - sent.start:org.end - sent.start + 4]
    return lead.endswith(source_markers()) or after.startswith(authority_markers()) or \
        _REPORT_TITLE_AFTER.match(sent.text, org.end - sent.start) is not None


_REPORT_TITLE_AFTER = re.compile(r"(?:19|20)\d\d年度?[\u4e00-\u9fff]{0,10}报告")


def _outside_titles(text: str, spans: list) -> list:
    """The organisation spans of ``text`` that stand outside a document's title: a name inside one is part of it
    ("《皮山县统计局行政执法服务指南》1条": no subject, and the metric keeps it; 将《中华人民共和国政府信息公开条例》作为…
    made 中华人民共和国政府 the subject of a paragraph)."""
    if "《" not in text:
        return spans
    return [o for o in spans if not in_title(text, o.start)]


def _heads_phrase(sent, org, m: Mention) -> bool:
    """"顺丰控股参股的丰巢科技已安装…", "负责…开发与维护的顺丰科技拥有…": the organisation after a clause's 的 is what
    the clause is about, not the one its modifier names; not who receives ("向…的…") nor a company whose shares
    are the figure ("所持有的顺丰控股100%股权": the holder is)."""
    lead = sent.text[:org.start - sent.start]
    if not lead.endswith("的"):
        return False
    clause = lead[max(lead.rfind(ch) for ch in "，,；;：:") + 1:]
    rest = sent.text[org.end - sent.start:m.end - sent.start + 4]
    return not any(w in clause for w in claim_words("recipient_preposition")) and not _shares_of(sent, org, m) \
        and not rest.startswith((*joiners(), "等"))


def _figure_of(sent, org, m: Mention) -> bool:
    """"超越了北京银行的4.75万亿元": an organisation right before 的 and an amount is whose amount it is (not a stake:
    "顺丰速运的100%股权" is held by who gives it)."""
    return sent.text[org.end - sent.start:m.start - sent.start] == "的" and m.unit != "%" and not _shares_of(sent, org, m)


def _held_by_a_person(sent, orgs, m: Mention):
    """The company whose stake a person holds or transfers ("于国强将其持有的泰海投资59%的股权转让给王卫"): with no
    organisation as the holder, the figure is about the company whose equity it is; None otherwise."""
    start = sent.start + clause_start(sent.text, m.start - sent.start)
    before = [o for o in orgs if start <= o.start and o.end <= m.start]
    if len(before) != 1 or not _shares_of(sent, before[0], m):
        return None
    lead = sent.text[start - sent.start:before[0].start - sent.start]
    return before[0] if lead.endswith(claim_words("holding_lead")) else None


def _shares_of(sent, org, m: Mention) -> bool:
    """The figure is a stake in the organisation or its shares ("所持有的顺丰控股100%股权", "顺丰控股有限公司1股股份"):
    the holder is what it is about."""
    rest = sent.text[org.end - sent.start:m.end - sent.start + 4]
    return any(w in rest for w in claim_words("stake_word"))


def _names_metric(sent, org, m: Mention, metric: str | None) -> bool:
    """The organisation is written right before the claim's metric ("顺丰航空自有机队规模"), not as who receives
    ("向北大荒集团发放")."""
    at = org.start - sent.start
    return bool(metric) and len(metric) >= 2 and sent.text.startswith(metric, org.end - sent.start) \
        and not any(sent.text[max(0, at - len(w)):at] == w for w in claim_words("recipient_preposition")) \
        and not _shares_of(sent, org, m)


def _opens_clause(sent, org, m: Mention | None = None) -> bool:
    """"长春职业技术学院在全国…" yes; "参加由俄罗斯教育部举办的…" no."""
    lead = sent.text[:org.start - sent.start]
    cut = max(lead.rfind(ch) for ch in "，,；;：:")
    item = lead.rfind("、")
    before = lead[max(cut, lead.rfind("、", 0, item)) + 1:item]
    if item > cut and _figure_in(before) and _figure_in(_own_item(sent, org)):
        cut = item      # "明德控股以7.6元受让76%的股权、嘉强顺风以0.75元受让7.5%的股权": 、 ends an item with its figure,
        # and the organisation opens the next one with its own (not a list of names: "…100%股权的明德控股、嘉强顺风、…")
    lead = strip_time(lead[cut + 1:])
    while word := next((w for w in relation_words() if lead.endswith(w)), ""):   # "本期新设公司金宇博沃…"
        lead = lead[:-len(word)]
    item = _ENUMERATOR.sub("", lead)
    if item != lead:
        return item == ""
    if lead.startswith("占"):
        return False        # "占拟购买资产交易价格4,330,000万元的比例为18.48%": the whole of a share, not whose it is
    if lead in claim_words("partner_preposition"):
        return False        # "与山西大学共建“少年科学院”,…收到作品1100余件": who the author works with
    return len(lead) <= 2 and not (lead and cut_pos(lead)[-1][1].startswith("v")
                                   and (m is None or clause_start(sent.text, m.start - sent.start) > org.end - sent.start))
    # not "2021年加入德邦证券，…拥有5年机械研究经验": whom a verb acts on opens no paragraph, nor is the subject of a
    # figure in a later clause (but "收购誉惠咨询100%股权": the figure in its clause)


def _figure_in(text: str) -> bool:
    return any(ch.isdigit() for ch in strip_time(text))


def _own_item(sent, org) -> str:
    """The words after an organisation up to the next 、 or clause end."""
    rest = sent.text[org.end - sent.start:]
    return rest[:min((i for i in map(rest.find, "、，,；;。") if i >= 0), default=len(rest))]


# A list item's number before an organisation opening it: "（1）金宇保灵生物药品有限公司为…"
_ENUMERATOR = re.compile(r"^(?:[（(][0-9一二三四五六七八九十]{1,2}[）)]|[0-9一二三四五六七八九十]{1,2}[、.．)）]|[一二三四五六七八九十]是"
                         r"|[A-H][.．、]\s?(?=[\d\u4e00-\u9fff]))")


# the level a government body's short name opens with, its place left out (江苏省交通运输厅 -> 省交通运输厅)
_LEVELS = "省市区县州旗镇乡"
MIN_LEVEL_NAME = 4


def _not_author(ctx: Context, name: str | None) -> str | None:
    """None for the author under any of its names (a defined short name: "生物股份" for the company; a government body
    without its place: "省交通运输厅" in 江苏省交通运输厅's own report)."""
    if not name or (ctx.author and ctx.author in (name, ctx.aliases.get(name))):
        return None
    if ctx.author and len(name) >= MIN_LEVEL_NAME and name[0] in _LEVELS and ctx.author.endswith(name) \
            and len(ctx.author) > len(name):
        return None
    return name


def _case_index(cases: list[Case]) -> tuple[tuple[int, ...], tuple[Case | None, ...]]:
    """Every case start and end, sorted, and for each the first case (in list order) covering it. Between two
    neighbouring bounds the same cases cover every offset, so the case of an offset is that of the last bound
    at or before it, whether cases overlap or nest (a 案例 paragraph inside another case's extent) or not."""
    bounds = sorted({c.char_start for c in cases} | {c.char_end for c in cases})
    owners = tuple(next((c for c in cases if c.char_start <= b < c.char_end), None) for b in bounds)
    return tuple(bounds), owners


def _case(ctx: Context, offset: int) -> Case | None:
    """The first case of ``ctx.cases`` whose extent holds ``offset`` (by bisection in ``ctx.cases_at``)."""
    bounds, owners = ctx.cases_at
    i = bisect.bisect_right(bounds, offset) - 1
    return owners[i] if i >= 0 else None


def assign_case_subjects(document: Document, cases, author: str | None) -> list[Case]:
    """Case subject: the organisation named in its title, else first in its body, else the author."""
    out = []
    for case in cases:
        body = document.text[case.char_start:min(case.char_end, case.char_start + CASE_SUBJECT_WINDOW)]
        title_names = find_orgs("".join(case.title.split()))
        spans = [o for line in body.splitlines() for o in find_org_spans("".join(line.split()))]
        schools = [o.name for o in spans if o.kind == "school"]
        if title_names:
            subject = title_names[0]
        elif author and (any(o.name == author for o in spans) or (_is_school(author) and _refers_to_self(body, spans))):
            subject = author
        else:
            subject = schools[0] if schools else (spans[0].name if spans else author)
        out.append(replace(case, subject=subject))
    return out


def _is_school(name: str) -> bool:
    return any(o.kind == "school" for o in find_org_spans(name))


SELF_REFERENCES = ("我校", "本校", "我院", "本院", "学院", "学校")


def _refers_to_self(body: str, spans) -> bool:
    """A school's own report calls itself "学院"/"我校" before it names any other school."""
    compact = "".join(body.split())
    first_school = min((compact.find(o.name) for o in spans if o.kind == "school"), default=len(compact))
    return any(0 <= compact.find(w) < first_school and not _inside_name(compact, w, spans) for w in SELF_REFERENCES)


def _inside_name(compact: str, word: str, spans) -> bool:
    i = compact.find(word)
    return any(o.name in compact[max(0, i - 20):i + len(word)] and o.name.endswith(word) for o in spans)


def attach_claims(cases, claims) -> list[Case]:
    """Each case with the ids of the claims inside it (in the claims' order)."""
    by_case: dict[str | None, list[str]] = {}
    for c in claims:
        by_case.setdefault(c.case, []).append(c.id)
    return [replace(case, claims=tuple(by_case.get(case.id, ()))) for case in cases]
