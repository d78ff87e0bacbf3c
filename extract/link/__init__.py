"""Tie-out: claim <-> cell links (match | conflict) and arithmetic checks.

For every claim, the candidate cells are those holding the same value once scale and unit are
normalized; each (claim, cell) pair is scored by the trained ``ClaimCellLinker`` (or, when the model
file is missing, by the hand-weighted ``features.hand_score``), and the best cell above
``DEFAULT_THRESHOLD`` becomes a ``match`` link. A claim whose metric and period match a cell whose
value differs becomes a ``conflict`` link, under the conservative rules of ``is_conflict``.

Example:
    >>> from extract.api import read_report                         # doctest: +SKIP
    >>> report = read_report("corpora/seeds/000_0d6d81e4e345128e.txt")   # doctest: +SKIP
    >>> [l for l in report.links if l.status == "conflict"][:1]     # doctest: +SKIP
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Sequence

from ..records import Check, Claim, Document, Link, Table
from .checks import find_checks
from .features import (CHANGE_LABEL_RE, Context, Pair, bigrams, cell_unit_scale, claim_clause, clean_label, containment,
                       hand_score, make_context, pair_numbers, pair_texts, value_matches, years_in)

DEFAULT_THRESHOLD = 0.5          # least probability of a match link
CONFLICT_THRESHOLD = 0.9         # least probability (labels only) of a conflict link
CONFLICT_MARGIN = 0.2            # a conflict must beat the best equal-valued cell by this much
CONFLICT_MIN_LABEL = 0.6         # least bigram containment between claim metric and the cell's label
LINK_KINDS = frozenset({"count", "money", "measure", "share"})
SCALES = (100, 1000, 10_000, 100_000_000)
CHANGE_KINDS = frozenset({"delta", "growth"})
CONFLICT_BOUNDS = frozenset({"=", ">"})


@dataclass(frozen=True, slots=True)
class Scored:
    """A candidate pair, whether its cell holds the claim's value, and its link probability."""

    pair: Pair
    equal: bool
    probability: float


def tie_out(document: Document, claims: Sequence[Claim], tables: Sequence[Table], *,
            linker: Any = "default", threshold: float = DEFAULT_THRESHOLD) -> tuple[list[Link], list[Check]]:
    """Links of claims to table cells and the arithmetic checks of a document.

    Args:
        document: the document (its id goes into every record).
        claims, tables: the document's claims and tables.
        linker: a fitted ``ClaimCellLinker``, None for the hand-weighted score, or "default" to
            load models/linker/linker.v1.joblib (falling back to the hand score if it is missing).
        threshold: least probability of a match link.
    """
    if linker == "default":
        from .linker import load_linker
        linker = load_linker()
    scored = score_candidates(claims, tables, linker, doc=document.doc_id)
    links = choose_links(document.doc_id, claims, scored, threshold)
    checks = find_checks(document.doc_id, claims, tables, links)
    return links, checks


@dataclass(frozen=True, slots=True)
class IndexedCell:
    """A numeric table cell with the bigrams of its row and column labels (years and totals aside)."""

    table: Table
    cell: Any
    label_grams: tuple[frozenset[str], ...]


class CellIndex:
    """The numeric cells of a document's tables, looked up by value and by label bigrams."""

    def __init__(self, tables: Sequence[Table]):
        self.items: list[IndexedCell] = []
        self.by_value: dict[Decimal, list[int]] = {}
        self.by_gram: dict[str, list[tuple[int, int]]] = {}
        for table in tables:
            for cell in table.cells:
                if cell.value is not None:
                    self._add(table, cell)

    def _add(self, table: Table, cell: Any) -> None:
        labels = (clean_label(cell.row), clean_label(cell.col))
        grams = tuple(bigrams(lab) for lab in labels if len(lab) >= 2 and not years_in(lab))
        i = len(self.items)
        self.items.append(IndexedCell(table, cell, grams))
        self.by_value.setdefault(cell.value, []).append(i)
        for j, label_grams in enumerate(grams):
            for gram in label_grams:
                self.by_gram.setdefault(gram, []).append((i, j))

    def equal(self, claim: Claim) -> list[int]:
        """Cells holding the claim's value (as written, in base units, or in a scaled column)."""
        keys = {claim.value, claim.normalized} | {claim.normalized / s for s in SCALES}
        hits = sorted({i for k in keys for i in self.by_value.get(k, ())})
        return [i for i in hits if value_matches(claim, self.items[i].cell, self.items[i].table)]

    def similar(self, text: str, share: float) -> list[int]:
        """Cells with a label whose bigrams are at least ``share`` inside ``text``."""
        counts: dict[tuple[int, int], int] = {}
        for gram in bigrams(text):
            for key in self.by_gram.get(gram, ()):
                counts[key] = counts.get(key, 0) + 1
        return sorted({i for (i, j), n in counts.items() if n >= share * len(self.items[i].label_grams[j])})


def candidate_pairs(claim: Claim, index: CellIndex) -> list[tuple[Pair, bool]]:
    """Cells worth scoring for a claim: equal-valued cells, and same-labelled cells for conflicts."""
    if claim.kind not in LINK_KINDS and claim.kind not in CHANGE_KINDS:
        return []
    out: list[tuple[Pair, bool]] = []
    equal = index.equal(claim)
    for i in equal:
        item = index.items[i]
        if claim.kind in CHANGE_KINDS and not CHANGE_LABEL_RE.search(item.cell.row + item.cell.col):
            continue
        out.append((Pair(claim, item.table, item.cell), True))
    if claim.kind in LINK_KINDS:
        text = f"{claim.metric or ''}{claim_clause(claim)}"
        for i in sorted(set(index.similar(text, CONFLICT_MIN_LABEL)) - set(equal)):
            out.append((Pair(claim, index.items[i].table, index.items[i].cell), False))
    return out


def to_samples(pairs: Sequence[Pair], context: Context, doc: str) -> list[dict[str, Any]]:
    """The linker's samples (doc, numeric features, text pairs) of the pairs."""
    return [{"doc": doc, "numbers": pair_numbers(p, context), "texts": pair_texts(p)} for p in pairs]


def score_candidates(claims: Sequence[Claim], tables: Sequence[Table], linker: Any, *,
                     doc: str = "") -> list[Scored]:
    """Every candidate pair of every claim with its link probability."""
    index = CellIndex(tables)
    found = [cp for claim in claims for cp in candidate_pairs(claim, index)]
    if not found:
        return []
    n_equal: dict[str, int] = {}
    for pair, equal in found:
        n_equal[pair.claim.id] = n_equal.get(pair.claim.id, 0) + int(equal)
    context = make_context(claims, tables, n_equal)
    samples = to_samples([p for p, _ in found], context, doc)
    if linker is None:
        probs = [hand_score(s["numbers"]) for s in samples]
    else:
        probs = [float(p) for p in linker.predict_proba(samples)[:, 1]]
    return [Scored(p, e, prob) for (p, e), prob in zip(found, probs)]


def choose_links(doc: str, claims: Sequence[Claim], scored: Sequence[Scored],
                 threshold: float = DEFAULT_THRESHOLD) -> list[Link]:
    """At most one link per claim: a conflict when ``is_conflict`` holds, else the best match."""
    by_claim: dict[str, list[Scored]] = {}
    for s in scored:
        by_claim.setdefault(s.pair.claim.id, []).append(s)
    links = []
    for claim in claims:
        group = by_claim.get(claim.id, [])
        equal = max((s for s in group if s.equal), key=lambda s: s.probability, default=None)
        other = max((s for s in group if not s.equal), key=lambda s: s.probability, default=None)
        if other is not None and is_conflict(other, equal, group):
            links.append(_link(doc, other, "conflict"))
        elif equal is not None and equal.probability >= threshold:
            links.append(_link(doc, equal, "match"))
    return links


def _link(doc: str, s: Scored, status: str) -> Link:
    cell = s.pair.cell
    return Link(doc, s.pair.claim.id, s.pair.table.id, cell.row, cell.col, cell.value, status,
                round(s.probability, 4))


def is_conflict(candidate: Scored, best_equal: Scored | None, group: Sequence[Scored]) -> bool:
    """Conservative conflict rule: labels and period agree, the value is nowhere on the cell's line.

    All of these must hold: the claim is a plain figure ("=" or "余"); the pair's probability is at
    least CONFLICT_THRESHOLD and beats every equal-valued cell by CONFLICT_MARGIN; the cell's year
    is the claim's (or, for a claim without a year, the table's latest); the units agree; the
    difference is more than rounding (and outside the "余" range); and no cell on the line of the
    matching label (its row or column) holds the claim's value.
    """
    pair, claim = candidate.pair, candidate.pair.claim
    if claim.bound not in CONFLICT_BOUNDS or claim.subject or candidate.probability < CONFLICT_THRESHOLD:
        return False
    if best_equal is not None and best_equal.probability + CONFLICT_MARGIN > candidate.probability:
        return False
    if not _period_agrees(claim, pair) or not _units_agree(claim, pair):
        return False
    if not _differs_beyond_rounding(claim, pair):
        return False
    return not _value_on_line(claim, pair)


def _period_agrees(claim: Claim, pair: Pair) -> bool:
    """The cell's year is the claim's year, or the table's latest year when the claim names none."""
    cell_years = set(years_in(pair.cell.row + " " + pair.cell.col))
    claim_years = set(years_in(claim.period))
    if claim_years:
        return bool(cell_years & claim_years) or not cell_years and _single_value_line(pair)
    if not cell_years:
        return _single_value_line(pair)
    table_years = [y for c in pair.table.cells for y in years_in(c.row + " " + c.col)]
    return max(table_years) in cell_years


def _label_line(pair: Pair) -> list:
    """Cells sharing the pair's label that names the metric (its row, or its column)."""
    cell, table = pair.cell, pair.table
    row_label, col_label = clean_label(cell.row), clean_label(cell.col)
    by_row = not years_in(row_label) and (years_in(col_label) or
                                            containment(row_label, pair.claim.metric or "") >=
                                            containment(col_label, pair.claim.metric or ""))
    if by_row:
        return [c for c in table.cells if c.row == cell.row]
    return [c for c in table.cells if c.col == cell.col]


def _single_value_line(pair: Pair) -> bool:
    return sum(1 for c in _label_line(pair) if c.value is not None and clean_label(c.col) != "序号") == 1


def _value_on_line(claim: Claim, pair: Pair) -> bool:
    """Whether any cell on the pair's label line holds the claim's value."""
    return any(value_matches(claim, c, pair.table) for c in _label_line(pair))


def _units_agree(claim: Claim, pair: Pair) -> bool:
    base, _ = cell_unit_scale(pair.cell, pair.table)
    return not base or not claim.unit or base == claim.unit


def _cell_norms(claim: Claim, pair: Pair) -> list[Decimal]:
    """The cell's value in base units: by its unit's scale, else as written or in the claim's scale."""
    _, scale = cell_unit_scale(pair.cell, pair.table)
    value = pair.cell.value if pair.cell.value is not None else Decimal(0)
    return [value * scale] if scale != 1 else [value, value * claim.scale]


def _differs_beyond_rounding(claim: Claim, pair: Pair) -> bool:
    """The cell differs from the claim by more than the claim's last written digit can explain.

    For "300余万元" the claim stands for [300, 400) 万元, so a cell inside that range agrees.
    """
    if pair.cell.value is None:
        return False
    norms = _cell_norms(claim, pair)
    if claim.bound == ">":
        step = Decimal(10) ** max(0, len(str(int(claim.value))) - 1) * claim.scale
        return all(not claim.normalized <= n < claim.normalized + step for n in norms)
    half = Decimal(1).scaleb(claim.value.as_tuple().exponent) * claim.scale / 2
    return all(abs(n - claim.normalized) > half for n in norms)


__all__ = ["tie_out", "candidate_pairs", "CellIndex", "score_candidates", "choose_links", "is_conflict", "to_samples",
           "Scored", "DEFAULT_THRESHOLD"]
