"""Tie-out: claim <-> cell links (match | conflict) and arithmetic checks.

For every claim, the candidate cells are those holding the same value once scale and unit are
normalized; each (claim, cell) pair is scored by the trained ``ClaimCellLinker`` (or, when the model
file is missing, by the hand-weighted ``features.hand_score``), and the best cell above
``DEFAULT_THRESHOLD`` becomes a ``match`` link; of several about equally probable cells, the one
under the claim's own heading, then in its chapter, wins (``best_match``). A claim whose metric and
period match a cell whose value differs becomes a ``conflict`` link, under the conservative rules of
``is_conflict``.

Example:
    >>> from extract.api import read_report                         # doctest: +SKIP
    >>> report = read_report("corpora/seeds/000_0d6d81e4e345128e.txt")   # doctest: +SKIP
    >>> [l for l in report.links if l.status == "conflict"][:1]     # doctest: +SKIP
"""
from __future__ import annotations

import bisect
import gc
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from itertools import chain
from typing import Any, Iterator, Sequence

import regex

from ..nlp.orgs import has_org_ending
from ..records import Check, Claim, Document, Link, Section, Table
from .candidates import Hit, LabelIndex, ValueIndex, cell_agrees
from .checks import find_checks, period_shape
from .features import (NUMBER_RE, Context, Pair, bigrams, cell_unit_scale, claim_words, clean_label, containment,
                       dates_in, dates_meet, figure_digits, hand_score, is_change_cell, label_words, latest_year,
                       listed_clause, make_context, other_company_stake, own_period, pair_numbers, pair_texts,
                       points_to_next_table, referenced_tables, shares_words, years_in)
from .precision import half_step, input_step, scale_slip

DEFAULT_THRESHOLD = 0.5          # least probability of a match link
CONFLICT_MIN_LABEL = 0.6         # least bigram share of a label inside the claim's words to be a candidate
WHOLE_YEAR_SHAPES = frozenset({"#", "#年", "#年度", "#年末", "#年底", "#年12月31日", "#年全年", "#届"})
CONFLICT_MIN_PROB = 0.5          # least link probability (labels only) of a conflict
CONFLICT_MIN_MATCH = 0.75        # least ``min_match`` (row and column explained) of a conflict
CONFLICT_LABEL_MARGIN = 0.25     # swapped figures: the conflict's labels must be this much better
CONFLICT_MAX_GAP = 0.25          # without context, a conflict differs by at most this share
CONFLICT_MIN_CORE = 4            # without context, the label (generic suffix aside) has this many characters
VALUE_PER_LABEL = 2              # tables per label (each side) whose values a claim looks up
MAX_NAMED_TABLES = 2             # label-named tables searched per claim, nearest first
CONFLICT_PER_LABEL = 2           # tables per label (each side) searched for a conflict's cell
COINCIDENCE_MAX_COL = 0.3        # see ``_coincidence``
LOCALITY_MARGIN = 0.25           # a cell under the claim's heading wins over one this much more probable
EXACT_MIN_MATCH = 0.25           # least min_match of an exact cell preferred to a rounded one (``_exact_instead``)
EXACT_MIN_PROB = 0.25            # ... and least link probability
CONTEXT_CHARS = 200              # neighbourhood of a claim (its paragraph, roughly)
UNMISTAKABLE_DIGITS = 7          # significant digits of a figure no other cell holds by chance (``_unmistakable``)
UNMISTAKABLE_MIN_PROB = 0.2      # ... and least link probability of its cell
NAMED_ROW_MIN_PROB = 0.1         # least link probability of the one cell whose row the claim's metric names (``_named_row``)
NAMED_ROW_PAGES = 3              # ... and most pages between the claim and its table
# 机构名称（学院、学校、大学、公司……）：句中出现作者以外的机构时不凭标签判冲突。
ORG_RE = regex.compile(r"\p{Han}{2,16}?(?:职业技术学院|职业学院|学院|学校|大学|公司|集团|医院)")
ORG_ENDINGS = ("学院", "学校", "大学", "公司", "集团", "医院")     # every ORG_RE match ends with one of them
# 母公司单独报表（与合并报表并列印出的同名报表）。
PARENT_STATEMENT_RE = regex.compile(r"母公司(?:资产负债表|利润表|现金流量表|(?:所有者|股东)权益变动表)")
TOTAL_NAMES = frozenset({"合计", "总计", "总数", "小计", "总和", "累计", "共计"})
# 标签末尾的泛称（"专任教师总数" 的 "总数"）在比对冲突时去掉。
GENERIC_SUFFIX_RE = regex.compile(r"(?:总数|人数|数量|总量|数)$")
LINK_KINDS = frozenset({"count", "money", "measure", "share"})
SCALES = (100, 1000, 10_000, 1_000_000, 100_000_000)
CHANGE_KINDS = frozenset({"delta", "growth"})
CONFLICT_BOUNDS = frozenset({"=", ">"})


@dataclass(frozen=True, slots=True)
class Scored:
    """A candidate pair, whether its cell holds the claim's value, its link probability and features."""

    pair: Pair
    equal: bool
    probability: float
    numbers: dict[str, float]


def tie_out(document: Document, claims: Sequence[Claim], tables: Sequence[Table], *,
            linker: Any = "default", threshold: float = DEFAULT_THRESHOLD,
            sections: Sequence[Section] = ()) -> tuple[list[Link], list[Check]]:
    """Links of claims to table cells and the arithmetic checks of a document.

    Args:
        document: the document (its id goes into every record).
        claims, tables: the document's claims and tables.
        sections: the document's headings (a table under the claim's own heading, or in its chapter,
            is preferred to another holding the same figure).
        linker: a fitted ``ClaimCellLinker``, None for the hand-weighted score, or "default" to
            load models/linker/linker.v2.joblib (falling back to the hand score if it is missing).
        threshold: least probability of a match link.
    """
    if linker == "default":
        # without cells there is nothing to score: a text without tables does not pay for loading the model
        # (and scikit-learn, about a second)
        if claims and any(t.cells for t in tables):
            from .linker import load_linker
            linker = load_linker()
        else:
            linker = None
    with _gc_paused():
        scored = score_candidates(claims, tables, linker, doc=document.doc_id, sections=sections)
        links = choose_links(document.doc_id, claims, scored, threshold, document.text, document.org)
        checks = find_checks(document.doc_id, claims, tables, links)
    return links, checks


@contextmanager
def _gc_paused() -> Iterator[None]:
    """The cyclic garbage collector paused: linking allocates many small acyclic records, and each
    collection would walk every claim and cell of the document again (cost growing with its size)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class CellIndex:
    """A document's numeric cells for candidate look-ups: by value (``ValueIndex``: rounding, sign,
    scale, nearby tables when a value is common) and, for conflicts, by label bigrams within the
    tables near a claim or whose labels the claim's words name."""

    def __init__(self, tables: Sequence[Table]):
        self.values = ValueIndex(tables)
        self.labels = LabelIndex(self.values.tables)
        self._grams: dict[int, dict[str, list[tuple[Any, int, int]]]] = {}
        self._named: dict[tuple[str, int, int | None], set[int]] = {}
        self._words: dict[str, str] = {}
        self._ranked: dict[tuple[str, int, int], list[int]] = {}

    def equal(self, claim: Claim, series: Sequence[int] = ()) -> list[Hit]:
        """Cells holding the claim's figure (see ``candidates.ValueIndex.lookup``): anywhere when
        few cells hold it, else in nearby tables, tables with a label the claim's words name and the
        ``series`` tables (those holding the other figures of its sentence)."""
        return self.values.lookup(claim, self.ranked_tables(claim, VALUE_PER_LABEL), series)

    def words(self, claim: Claim) -> str:
        """``claim_words`` of a claim, once per claim."""
        if claim.id not in self._words:
            self._words[claim.id] = claim_words(claim)
        return self._words[claim.id]

    def ranked_tables(self, claim: Claim, per_key: int) -> list[int]:
        """Tables with a label the claim's words name, the longest label first, then those with a label of the
        claim's date (``dates_in`` of its period), then the nearest (once per claim and ``per_key``: value and
        conflict look-ups both ask)."""
        key = (claim.id, claim.char_start, per_key)
        if key not in self._ranked:
            words = self.words(claim)
            if aliases := label_words(words):          # 限制性股票 names the row 有限售条件股份
                words = f"{words}|{aliases}"
            dates = dates_in(claim.period)
            found = self.labels.tables_for(words, claim.char_start, per_key, dates)
            tables = self.values.tables
            self._ranked[key] = sorted(found, key=lambda k: (-found[k], not self.labels.names_date(k, dates),
                                                             abs(tables[k].char_start - claim.char_start)))
        return self._ranked[key]

    def named_tables(self, claim: Claim, per_key: int = 1, cap: int | None = MAX_NAMED_TABLES) -> set[int]:
        """Tables with a label the claim's words name: the ``per_key`` nearest on each side per label;
        of those, the ``cap`` naming it with the longest label, then the nearest (all for value
        look-ups, which only bisect each table's values; MAX_NAMED_TABLES for conflict candidates,
        whose labels are compared cell by cell)."""
        key = (claim.id, per_key, cap)
        if key not in self._named:
            self._named[key] = set(self.ranked_tables(claim, per_key)[:cap])
        return self._named[key]

    def similar(self, claim: Claim, words: str, metric: str, share: float) -> list[tuple[Table, Any]]:
        """Cells of the tables within LOCAL_CHARS of the claim (and of tables with a label its words name) with a
        label whose bigrams are at least ``share`` inside ``words``, or holding most (3/4) of the
        bigrams of a metric of two or more bigrams."""
        tables = set(self.values.near_tables(claim, pages=False)) | self.named_tables(claim, CONFLICT_PER_LABEL)
        word_grams = bigrams(words)
        metric_grams = bigrams(metric) if len(metric) >= 3 else frozenset()
        out = []
        for k in sorted(tables):
            grams = self._table_grams(k)
            in_words = _counts(grams, word_grams)
            in_label = _counts(grams, metric_grams)
            hits = {key for key, n in in_words.items() if n >= share * key[2]}
            hits |= {key for key, n in in_label.items() if n >= 0.75 * len(metric_grams)}
            table = self.values.tables[k]
            out += [(table, table.cells[j]) for j in sorted({key[0] for key in hits})]
        return out

    def referenced(self, claim: Claim, table: Table) -> bool:
        """The claim's sentence names the table ("见表3-2") or points to the next one ("见下表")."""
        if "".join(table.id.split()) in referenced_tables(claim.sentence):
            return True
        if not points_to_next_table(claim.sentence):
            return False
        at = bisect.bisect_right(self.values.starts, claim.char_start)
        return at < len(self.values.tables) and self.values.tables[at] is table

    def _table_grams(self, k: int) -> dict[str, list[tuple[Any, int, int]]]:
        """Label bigram -> (cell position, label index, label bigram count) of one table's numeric cells."""
        if k not in self._grams:
            index: dict[str, list[tuple[Any, int, int]]] = {}
            for position, cell in enumerate(self.values.tables[k].cells):
                if cell.value is None:
                    continue
                labels = (clean_label(cell.row), clean_label(cell.col))
                for j, lab in enumerate(labels):
                    if len(lab) < 2 or years_in(lab):
                        continue
                    grams = bigrams(lab)
                    for gram in grams:
                        index.setdefault(gram, []).append((position, j, len(grams)))
            self._grams[k] = index
        return self._grams[k]


def _counts(index: dict[str, list[tuple[Any, int, int]]], grams: frozenset[str]) -> dict[tuple, int]:
    """(cell position, label index, label size) -> how many of ``grams`` the label holds."""
    # only the grams the table's labels hold (order is immaterial); Counter counts in C
    common = index.keys() & grams
    return Counter(chain.from_iterable(map(index.__getitem__, common))) if common else {}


def candidate_pairs(claim: Claim, index: CellIndex, series: Sequence[int] = ()) -> list[tuple[Pair, bool]]:
    """Cells worth scoring for a claim: equal-valued cells (``series``: see ``CellIndex.equal``), and
    same-labelled cells for conflicts."""
    if claim.kind not in LINK_KINDS and claim.kind not in CHANGE_KINDS:
        return []
    out: list[tuple[Pair, bool]] = []
    seen = set()
    for hit in index.equal(claim, series):
        cell, table = hit.entry.cell, hit.entry.table
        # every cell of an index table (上年=100) states a change on the year before
        if claim.kind in CHANGE_KINDS and not (hit.entry.index_table or is_change_cell(table, cell)):
            continue
        if not shares_words(claim, table, cell) and not index.referenced(claim, table):
            continue
        if other_company_stake(claim, table):      # a stake in another company than the table's
            continue
        seen.add(id(cell))
        out.append((Pair(claim, table, cell, hit.rounded, hit.unsigned), True))
    if claim.kind in LINK_KINDS and claim.bound in CONFLICT_BOUNDS:
        metric = NUMBER_RE.sub("", claim.metric or "")
        for table, cell in index.similar(claim, index.words(claim), metric, CONFLICT_MIN_LABEL):
            if id(cell) not in seen:
                out.append((Pair(claim, table, cell), False))
    return out


def to_samples(pairs: Sequence[Pair], context: Context, doc: str) -> list[dict[str, Any]]:
    """The linker's samples (doc, numeric features, text pairs) of the pairs."""
    return [{"doc": doc, "numbers": pair_numbers(p, context), "texts": pair_texts(p)} for p in pairs]


def score_candidates(claims: Sequence[Claim], tables: Sequence[Table], linker: Any, *,
                     doc: str = "", sections: Sequence[Section] = ()) -> list[Scored]:
    """Every candidate pair of every claim with its link probability (``sections``: the headings)."""
    index = CellIndex(tables)
    found = [cp for claim in claims for cp in candidate_pairs(claim, index)]
    found = _with_series(claims, found, index)
    if not found:
        return []
    context = make_context(claims, tables, [p for p, equal in found if equal], sections)
    samples = to_samples([p for p, _ in found], context, doc)
    if linker is None:
        probs = [hand_score(s["numbers"]) for s in samples]
    else:
        probs = linker.predict_proba(samples)[:, 1].tolist()
    return [Scored(p, e, prob, smp["numbers"]) for (p, e), prob, smp in zip(found, probs, samples)]


def _with_series(claims: Sequence[Claim], found: list[tuple[Pair, bool]],
                 index: CellIndex) -> list[tuple[Pair, bool]]:
    """The candidates again for the claims whose sentence's other figures (another value) have equal-valued
    cells in a table their own look-up did not search: a series ("2013年度、2014年度及2015年度…收入规模分别为
    273.82亿元、389.11亿元及481.01亿元") is one line of one table, and a figure printed in many tables is
    otherwise only sought near the sentence."""
    position = {id(t): k for k, t in enumerate(index.values.tables)}
    holding: dict[str, set[int]] = {}
    for pair, equal in found:
        if equal:
            holding.setdefault(pair.claim.id, set()).add(position[id(pair.table)])
    by_sentence: dict[str, list[Claim]] = {}
    for claim in claims:
        if claim.sentence and (claim.kind in LINK_KINDS or claim.kind in CHANGE_KINDS):
            by_sentence.setdefault(claim.sentence, []).append(claim)
    extra: dict[str, list[int]] = {}
    for claim in claims:
        others = [o for o in by_sentence.get(claim.sentence or "", ())
                  if o.id != claim.id and o.normalized != claim.normalized]
        votes = Counter(k for o in others for k in holding.get(o.id, ()))
        # a table holding most of the other figures (王卫增资999.9万元 is not sought where only the 1,000万元 of its
        # sentence is, beside a 0.1万元 that is not)
        tables = {k for k, n in votes.items() if 2 * n > len(others)} - holding.get(claim.id, set())
        if tables:
            extra[claim.id] = sorted(tables)
    if not extra:
        return found
    own: dict[str, list[tuple[Pair, bool]]] = {}
    for pair, equal in found:
        own.setdefault(pair.claim.id, []).append((pair, equal))
    return [cp for claim in claims
            for cp in (candidate_pairs(claim, index, extra[claim.id]) if claim.id in extra
                       else own.get(claim.id, ()))]


def choose_links(doc: str, claims: Sequence[Claim], scored: Sequence[Scored],
                 threshold: float = DEFAULT_THRESHOLD, text: str = "", author: str | None = None) -> list[Link]:
    """At most one link per claim: a conflict when ``find_conflict`` finds one, else the best match.

    ``text`` is the document's source text (the words just before a claim widen its context);
    ``author`` the report's institution.
    """
    groups: dict[str, list[Scored]] = {}
    for s in scored:
        groups.setdefault(s.pair.claim.id, []).append(s)
    matches = {}
    for cid, group in groups.items():
        best = best_match(group, threshold)
        if best is not None:
            matches[cid] = best
    matches.update(_restated(groups, matches, threshold))
    by_sentence: dict[str, list[Claim]] = {}
    for claim in claims:
        by_sentence.setdefault(claim.sentence, []).append(claim)
    links = []
    for claim in claims:
        group, match = groups.get(claim.id, []), matches.get(claim.id)
        conflict = find_conflict(claim, group, _near_tables(claim, by_sentence, matches), text, author)
        if conflict is not None:
            links.append(_link(doc, conflict, "conflict"))
        elif match is not None:
            links.append(_link(doc, match, "match"))
    return links


def best_match(group: Sequence[Scored], threshold: float = DEFAULT_THRESHOLD) -> Scored | None:
    """The cell a claim is linked to: of the equal-valued cells whose probability reaches ``threshold``
    and is within LOCALITY_MARGIN of the best one, the one under the claim's own heading, else in its
    chapter, else in the table holding the other figures of its sentence, else a consolidated statement
    rather than the parent company's (``_parent_only``), else the most probable; a row
    naming the claim's subject comes first (辽宁益康's 15% is its row of the tax-rate table). A
    report prints a figure in several tables (营业收入 in 主要会计数据, in the 利润表 analysis and in the
    statements); the table beside the sentence is the one it reports. Value coincidences
    (``_coincidence``) are never links."""
    equal = [s for s in group if s.equal and (s.probability >= threshold or _unmistakable(s)) and not _coincidence(s)]
    if not equal:
        named = [s for s in group if s.equal and _named_row(s)]
        return named[0] if len(named) == 1 else None
    top = max(s.probability for s in equal)
    close = [s for s in equal if s.probability >= top - LOCALITY_MARGIN]
    subject = group[0].pair.claim.subject
    close = [s for s in close if not _other_entity(s.pair.cell.row, subject)] or close
    close = [s for s in close if subject and subject in clean_label(s.pair.cell.row)] or close    # its company's row
    close = _first_named(close)
    best = max(close, key=lambda s: (s.numbers.get("same_section", 0.0), s.numbers.get("same_chapter", 0.0),
                                     s.numbers.get("sentence_support", 0.0), not _parent_only(s.pair),
                                     s.probability))
    return _exact_instead(best, group) or _detail_instead(best, close) or best


def _unmistakable(s: Scored) -> bool:
    """A figure of UNMISTAKABLE_DIGITS significant digits or more (zeros at either end aside) printed digit for digit in a
    cell whose labels share words with the claim is that cell, however far away: "以截至2015年12月31日的总股本
    116,746,170股为基数" (重大事项提示, p14) is the 合计 of the share-structure table on p67."""
    return figure_digits(s.pair.claim.text) >= UNMISTAKABLE_DIGITS and not s.pair.rounded \
        and s.probability >= UNMISTAKABLE_MIN_PROB


def _named_row(s: Scored) -> bool:
    """The one cell of the claim's figure whose row label is word for word the claim's metric, in a column of no
    other year: a small count the model holds for a coincidence ("行政处罚3项" and the 行政处罚 row of the
    政府信息公开 report's 第二十条第(六)项 table, 本年处理决定数量 3), within a few pages (a name 于国强 holding 60% of
    one company on p100 is no row 于国强 of another's shareholders fifteen pages on)."""
    claim = s.pair.claim
    metric = claim.metric or ""
    return len(metric) >= 2 and clean_label(s.pair.cell.row) == metric and s.probability >= NAMED_ROW_MIN_PROB \
        and abs(s.pair.table.page - claim.page) <= NAMED_ROW_PAGES and not s.numbers.get("year_mismatch") \
        and not _other_year(s.pair)


def _parent_only(pair: Pair) -> bool:
    """The cell is in a statement of the parent company alone (母公司资产负债表, 母公司利润表 …) and the claim's
    words do not say 母公司: a report's figure is its group's, and the consolidated statement (合并资产负债表)
    printing the same figure is the one it reports ("截至2020年12月31日…注册资本为1,126,240,241元")."""
    return bool(PARENT_STATEMENT_RE.search(pair.table.caption or "")) and "母公司" not in (pair.claim.sentence or "")


def _fact(claim: Claim) -> tuple:
    """What makes two claims one fact: figure, unit, metric, bound and the years of the period."""
    return claim.normalized, claim.unit, claim.metric, claim.bound, years_in(claim.period)


def _restated(groups: dict[str, list[Scored]], matches: dict[str, Scored], threshold: float) -> dict[str, Scored]:
    """Unmatched plain claims restating a matched one (same ``_fact``) tied to its cell, when they hold it as an
    equal-valued candidate within LOCALITY_MARGIN of the threshold: 金宇's p36 "首次授予限制性股票627.90万股" is the
    p49 sentence's grant, in the 股份变动情况表 twelve pages on."""
    tied: dict[tuple, list[Scored]] = {}
    for best in matches.values():
        tied.setdefault(_fact(best.pair.claim), []).append(best)
    out = {}
    for cid, group in groups.items():
        claim = group[0].pair.claim
        # a plain figure only: a cap restated over a plan ("不超过800,000万元") is a limit, not the table's amount
        if cid in matches or claim.bound != "=" or not (others := tied.get(_fact(claim))):
            continue
        cells = {id(o.pair.cell) for o in others}
        same = [s for s in group if s.equal and id(s.pair.cell) in cells and not _coincidence(s)
                and s.probability >= threshold - LOCALITY_MARGIN]
        if same:
            out[cid] = max(same, key=lambda s: s.probability)
    return out


# How much of a detail row's label the claim's words must hold for it to replace the 合计 repeating it (a
# stray shared character, 0.007 for 辽宁益康生物股份有限公司 against "商誉未发生减值", is no touch).
DETAIL_TOUCH = 0.2


def _detail_instead(best: Scored, close: Sequence[Scored]) -> Scored | None:
    """The one row a total only repeats: when the best cell is a 合计 whose column holds the same figure in
    a detail row whose label the claim's words touch, that row ("计入费用和资本公积各5,660,600.52元": 资本公积
    | 其他资本公积 本期增加, the only row that moved, not the 合计 repeating it)."""
    if clean_label(best.pair.cell.row) not in TOTAL_NAMES:
        return None
    subject = best.pair.claim.subject
    rows = [s for s in close if s.pair.table is best.pair.table and s.pair.cell.col == best.pair.cell.col
            and clean_label(s.pair.cell.row) not in TOTAL_NAMES and s.numbers.get("row_match", 0.0) >= DETAIL_TOUCH
            and not _other_entity(s.pair.cell.row, subject) and not _another_company(s.pair.cell.row, subject)]
    return rows[0] if len(rows) == 1 else None


def _another_company(label: str, subject: str | None) -> bool:
    """Whether a row label is a company's name that is not the claim's subject: a shareholder's row (顺丰集团 of
    泰海投资's 股权结构, the subject being 顺丰控股, its later name) is no detail of the company's 合计, however many
    characters the two names share."""
    name = clean_label(label)
    return bool(subject) and has_org_ending(name) and subject not in name


def _first_named(close: list[Scored]) -> list[Scored]:
    """"林哲莹、杜浩洋分别出资64,713万元", "…分别出资311.6029万元，各占认缴出资额的0.08%": of equal cells whose rows the
    claim's clause (or the list before its 各) names, several of them, the rows of the one named first (the list's
    order: each holds the figure, and the first is the one a reader ticks)."""
    clause = listed_clause(close[0].pair.claim) if close else ""
    named = {label: clause.find(label) for label in (clean_label(s.pair.cell.row) for s in close)
             if len(label) >= 2 and label in clause}
    if len(named) < 2 or any(a != b and a in b for a in named for b in named):
        return close        # 冷链运输车辆 and 冷链运输车辆购置 in "冷链运输车辆购置支出": one name, two tables' labels
    first = min(named, key=named.get)
    return [s for s in close if clean_label(s.pair.cell.row) == first]


def _other_entity(label: str, subject: str | None) -> bool:
    """Whether a row label, as printed, names another company of the claim's subject's name: 顺丰速运（香港）有限公司 is the
    sole shareholder of 顺丰速运有限公司, whose 注册资本为1,250万美元 is the table's 合计 (the label without its bracket
    reads as the subject's own name)."""
    at = label.find(subject) if subject else -1
    return at >= 0 and label.startswith(("（", "("), at + len(subject))


def _exact_instead(best: Scored, group: Sequence[Scored]) -> Scored | None:
    """A cell printing the claim's long figure digit for digit, when the best cell only rounds to it and the
    exact cell's row and column both fit the claim (EXACT_MIN_MATCH): "兽用生物制药营业收入151,753.52万元" is
    copied from the 万元 table (兽用疫苗 | 营业收入 151,753.52), not rounded from the 元 one (生物制药 |
    营业收入 1,517,535,227.34). A figure of six significant digits or more (value_digits 1.0) printed the
    same way is no coincidence."""
    if not best.pair.rounded or best.numbers.get("value_digits", 0.0) < 1.0:
        return None
    exact = [s for s in group if s.equal and not s.pair.rounded and not s.pair.unsigned and not _coincidence(s)
             and s.numbers.get("min_match", 0.0) >= EXACT_MIN_MATCH and s.probability >= EXACT_MIN_PROB]
    return max(exact, key=lambda s: s.probability, default=None)


def _coincidence(s: Scored) -> bool:
    """A cell that only happens to hold the claim's value: its row names something the claim's words
    do not touch at all (not one character), its column hardly (below COINCIDENCE_MAX_COL), and no
    sentence names its table ("服务价格上涨1.9%" and the row "教育文化和娱乐" of the price table)."""
    n = s.numbers
    if _other_year(s.pair):
        return True
    row = clean_label(s.pair.cell.row)
    if not row or years_in(row) or row in TOTAL_NAMES or n.get("explicit_ref") or n.get("next_table_ref"):
        return False
    return n.get("row_match", 0.0) == 0.0 and n.get("col_match", 0.0) < COINCIDENCE_MAX_COL


def _other_year(pair: Pair) -> bool:
    """The claim's year comes from its context (its sentence names none) and the cell's labels name only other
    years: "认定黑龙江省职业教育一流核心课程5门" under 至2023年末 is not the 2022年 row of 省级课程思政示范课立项建设表
    (5门 that year). A year the sentence names may differ on purpose (a 2019年度 dividend paid on 2020年6月11日)."""
    claim_years = set(years_in(pair.claim.period))
    if not claim_years or own_period(pair.claim):
        return False
    cell_years = set(years_in(f"{pair.cell.row} {pair.cell.col}"))
    return bool(cell_years) and not cell_years & claim_years


def _near_tables(claim: Claim, by_sentence: dict[str, list[Claim]], matches: dict[str, Scored]) -> set[str]:
    """Tables matched by the other claims of the claim's sentence."""
    return {m.pair.table.id for other in by_sentence.get(claim.sentence, ()) if other.id != claim.id
            and (m := matches.get(other.id)) and abs(other.char_start - claim.char_start) <= CONTEXT_CHARS}


def _link(doc: str, s: Scored, status: str) -> Link:
    """The Link record of a scored pair."""
    cell = s.pair.cell
    return Link(doc, s.pair.claim.id, s.pair.table.id, cell.row, cell.col, cell.value, status,
                round(s.probability, 4))


def find_conflict(claim: Claim, group: Sequence[Scored], near: set[str], text: str = "",
                  author: str | None = None) -> Scored | None:
    """The cell a claim contradicts, or None (conservative: false conflicts cost auditors time).

    Every conflict needs: a plain figure ("=" or "余"); a cell whose row and
    column the claim explains (``min_match``), whose units and period agree and whose value differs
    by more than rounding; and the claim's value nowhere on the cell's line. Then one of:
    the figure sits on the same line of the table under a clearly worse label (swapped figures);
    the table is the one the other claims of the sentence tie to and the claim's metric is in the
    label; or, with no such context, a sentence naming no organisation but the author, a label of
    at least CONFLICT_MIN_CORE characters matching both ways, and a value within CONFLICT_MAX_GAP.
    """
    if claim.kind not in LINK_KINDS or claim.bound not in CONFLICT_BOUNDS:
        return None
    words = claim_words(claim) + _before(claim, text)
    equal = max((s for s in group if s.equal), key=lambda s: s.probability, default=None)
    named = _names_other_org(claim.sentence or "", author)
    passing = [s for s in group if not s.equal and _plausible(s, near)
               and _evidence(s, words, equal, set() if named else near, not named and not claim.subject)]
    return max(passing, key=lambda s: s.probability, default=None)


def _before(claim: Claim, text: str) -> str:
    """The words of the CONTEXT_CHARS characters before the claim (whitespace and numbers removed)."""
    window = text[max(0, claim.char_start - CONTEXT_CHARS):claim.char_start] if text else ""
    return NUMBER_RE.sub("", "".join(window.split()))


def _plausible(s: Scored, near: set[str] = frozenset()) -> bool:
    """Row and column explained, units and period agree, value differs, not elsewhere on the line."""
    claim, pair = s.pair.claim, s.pair
    if s.probability < CONFLICT_MIN_PROB or s.numbers.get("min_match", 0.0) < CONFLICT_MIN_MATCH:
        return False
    return (_units_agree(claim, pair) and _period_agrees(claim, pair, pair.table.id in near)
            and _differs_beyond_rounding(claim, pair) and not _value_on_line(claim, pair))


@lru_cache(maxsize=4096)                # the claims of a sentence ask in turn
def _names_other_org(sentence: str, author: str | None) -> bool:
    """Whether the sentence names an organisation other than the report's author."""
    if not any(word in sentence for word in ORG_ENDINGS):       # the regex's lazy scan is slow; most sentences name none
        return False
    return any(not author or m.group(0) not in author for m in ORG_RE.finditer(sentence))


def _evidence(s: Scored, words: str, equal: Scored | None, near: set[str], alone: bool) -> bool:
    """Which of the three kinds of evidence (see ``find_conflict``) supports the conflict."""
    pair = s.pair
    label = GENERIC_SUFFIX_RE.sub("", _naming_label(pair))
    inside, covers = containment(label, words), containment(pair.claim.metric or "", label)
    if equal is not None and equal.numbers.get("min_match", 0.0) >= 0.5:
        return (_same_line(equal.pair, pair) and inside >= 0.8
                and s.numbers["min_match"] >= equal.numbers["min_match"] + CONFLICT_LABEL_MARGIN)
    if not _unique_label(pair, claim_words(pair.claim)):
        return False
    if pair.table.id in near:
        return covers >= 0.75 and inside >= 0.6
    return (alone and len(label) >= CONFLICT_MIN_CORE and inside >= 0.8 and covers >= 0.5
            and _relative_gap(pair.claim, pair) <= CONFLICT_MAX_GAP)


def _unique_label(pair: Pair, words: str) -> bool:
    """The cell's label is explained by the claim's own words CONFLICT_LABEL_MARGIN better than any
    other label of its column (row): a total such as "精品在线开放课程60门" fits no single row."""
    axis = "row" if _naming_label(pair) == clean_label(pair.cell.row) else "col"
    other = "col" if axis == "row" else "row"
    labels = {getattr(c, axis) for c in pair.table.cells
              if getattr(c, other) == getattr(pair.cell, other) and getattr(c, axis) != getattr(pair.cell, axis)}
    own = containment(GENERIC_SUFFIX_RE.sub("", _naming_label(pair)), words)
    return all(containment(GENERIC_SUFFIX_RE.sub("", clean_label(x)), words) + CONFLICT_LABEL_MARGIN <= own
               for x in labels)


def _same_line(a: Pair, b: Pair) -> bool:
    """Two cells of one table sharing their row or their column."""
    return a.table.id == b.table.id and (a.cell.row == b.cell.row or a.cell.col == b.cell.col)


def _naming_label(pair: Pair) -> str:
    """The label of the cell that names the metric: the row's, unless it is a year or a total."""
    row, col = clean_label(pair.cell.row), clean_label(pair.cell.col)
    return col if not row or years_in(row) or row in TOTAL_NAMES else row


def _relative_gap(claim: Claim, pair: Pair) -> float:
    """Smallest relative difference between the claim and the cell (over the cell's scale readings)."""
    return min(abs(n - claim.normalized) / max(abs(n), abs(claim.normalized), Decimal(1))
               for n in _cell_norms(claim, pair))


def _period_agrees(claim: Claim, pair: Pair, near: bool = False) -> bool:
    """The cell's year is the claim's year. A claim that names no year contradicts no year column,
    unless its sentence ties it to the table (the other figures of the sentence are in it, or it is
    named) and the cell is in the table's latest year. A year the sentence does not write (the
    report's, the heading's) is a whole year: it meets no cell of a part of it ("前期工程费3,856.11万元",
    a project's total in a 2016 report, and the column 2016年5-12月)."""
    cell_years = set(years_in(pair.cell.row + " " + pair.cell.col))
    claim_years = set(years_in(claim.period))
    claim_dates, cell_dates = dates_in(claim.period), dates_in(pair.cell.row + " " + pair.cell.col)
    if claim_dates and cell_dates and not dates_meet(claim_dates, cell_dates):
        return False        # 截至2020年12月31日 contradicts no 2020年1月1日 column
    if claim_years:
        if cell_years & claim_years and not any(str(y) in (claim.sentence or "") for y in claim_years):
            return _whole_year(pair.cell.col if years_in(pair.cell.col) else pair.cell.row)
        return bool(cell_years & claim_years) or not cell_years and _single_value_line(pair)
    if not cell_years:
        return _single_value_line(pair)
    named = "".join(pair.table.id.split()) in referenced_tables(claim.sentence)
    return (near or named) and latest_year(pair.table) in cell_years


def _whole_year(label: str) -> bool:
    """A period label that spans a whole year or its end: 2016年, 2016年度, 2016年末, 2016, 2022E —
    not 2016年5-12月 or 2016年1-6月."""
    return period_shape(label) in WHOLE_YEAR_SHAPES


def _label_line(pair: Pair) -> list:
    """Cells sharing the pair's naming label (its row, or its column)."""
    cell, table = pair.cell, pair.table
    if _naming_label(pair) == clean_label(cell.row):
        return [c for c in table.cells if c.row == cell.row]
    return [c for c in table.cells if c.col == cell.col]


def _single_value_line(pair: Pair) -> bool:
    """The naming label's line holds one value (serial numbers aside)."""
    return sum(1 for c in _label_line(pair) if c.value is not None and clean_label(c.col) != "序号") == 1


def _value_on_line(claim: Claim, pair: Pair) -> bool:
    """Whether any cell on the pair's label line holds the claim's value."""
    return any(cell_agrees(claim, pair.table, c) for c in _label_line(pair))


def _units_agree(claim: Claim, pair: Pair) -> bool:
    """Known units are equal, and a percentage is only compared with a percentage."""
    base, _ = cell_unit_scale(pair.cell, pair.table)
    if (claim.unit == "%") != (base == "%"):
        return False
    return not base or not claim.unit or base == claim.unit


def _cell_norms(claim: Claim, pair: Pair) -> list[Decimal]:
    """The cell's value in base units: by its unit's scale, else as written or in the claim's scale."""
    _, scale = cell_unit_scale(pair.cell, pair.table)
    value = pair.cell.value if pair.cell.value is not None else Decimal(0)
    return [value * scale] if scale != 1 else [value, value * claim.scale]


def _differs_beyond_rounding(claim: Claim, pair: Pair) -> bool:
    """The cell differs from the claim by more than the last written digits of both can explain: half
    a unit of the claim's ("15.82亿元": 0.005亿元) plus half a unit of the cell's (1,582 百万元: 0.5百万元;
    none for a whole number in base units, ``precision.input_step``). A cell that agrees once moved by
    a power of ten is read in another scale than it is written in — a scale mismatch, not a conflict.

    For "300余万元" the claim stands for [300, 400) 万元, so a cell inside that range agrees.
    """
    value = pair.cell.value
    if value is None:
        return False
    norms = _cell_norms(claim, pair)
    if claim.bound == ">":
        step = Decimal(10) ** max(0, len(str(int(claim.value))) - 1) * claim.scale
        return all(not claim.normalized <= n < claim.normalized + step for n in norms)
    half = half_step(claim.value) * claim.scale
    for n in norms:
        factor = n / value if value else Decimal(1)
        cell_half = input_step(value, factor) * abs(factor)
        if abs(n - claim.normalized) <= half + cell_half or \
                scale_slip(claim.normalized, (n - cell_half, n + cell_half), half) is not None:
            return False
    return True


__all__ = ["tie_out", "candidate_pairs", "CellIndex", "score_candidates", "choose_links", "find_conflict", "to_samples", "best_match",
           "Scored", "DEFAULT_THRESHOLD"]
