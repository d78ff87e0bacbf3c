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
from .features import (CHANGE_LABEL_RE, Context, Pair, cell_unit_scale, claim_clause, clean_label, containment,
                       hand_score, make_context, pair_numbers, pair_texts, value_matches, years_in)

DEFAULT_THRESHOLD = 0.5          # least probability of a match link
CONFLICT_THRESHOLD = 0.9         # least probability (labels only) of a conflict link
CONFLICT_MARGIN = 0.2            # a conflict must beat the best equal-valued cell by this much
CONFLICT_MIN_LABEL = 0.6         # least bigram containment between claim metric and the cell's label
LINK_KINDS = frozenset({"count", "money", "measure", "share"})
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


def candidate_pairs(claim: Claim, tables: Sequence[Table]) -> list[tuple[Pair, bool]]:
    """Cells worth scoring for a claim: equal-valued cells, and same-labelled cells for conflicts."""
    if claim.kind not in LINK_KINDS and claim.kind not in CHANGE_KINDS:
        return []
    out: list[tuple[Pair, bool]] = []
    metric = f"{claim.metric or ''}{claim_clause(claim)}"
    for table in tables:
        for cell in table.cells:
            if cell.value is None:
                continue
            if value_matches(claim, cell, table):
                if claim.kind in CHANGE_KINDS and not _is_change_label(cell.row + cell.col):
                    continue
                out.append((Pair(claim, table, cell), True))
            elif claim.kind in LINK_KINDS and _label_overlap(cell, metric) >= CONFLICT_MIN_LABEL:
                out.append((Pair(claim, table, cell), False))
    return out


def _is_change_label(label: str) -> bool:
    """A label naming a change (增加, 增幅, 同比): only such cells can hold a delta or growth."""
    return bool(CHANGE_LABEL_RE.search(label))


def _label_overlap(pair_cell: Any, text: str) -> float:
    """Best containment of the cell's row or column label (years and totals aside) in ``text``."""
    best = 0.0
    for label in (clean_label(pair_cell.row), clean_label(pair_cell.col)):
        if len(label) < 2 or years_in(label):
            continue
        best = max(best, containment(label, text))
    return best


def to_samples(pairs: Sequence[Pair], context: Context, doc: str) -> list[dict[str, Any]]:
    """The linker's samples (doc, numeric features, text pairs) of the pairs."""
    return [{"doc": doc, "numbers": pair_numbers(p, context), "texts": pair_texts(p)} for p in pairs]


def score_candidates(claims: Sequence[Claim], tables: Sequence[Table], linker: Any, *,
                     doc: str = "") -> list[Scored]:
    """Every candidate pair of every claim with its link probability."""
    found = [cp for claim in claims for cp in candidate_pairs(claim, tables)]
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


__all__ = ["tie_out", "candidate_pairs", "score_candidates", "choose_links", "is_conflict", "to_samples",
           "Scored", "DEFAULT_THRESHOLD"]
