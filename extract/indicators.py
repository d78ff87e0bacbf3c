"""The catalogue of national indicators and a character n-gram matcher onto it.

The catalogue (``models/indicators/indicators.v1.tsv``) lists the rows of the appendix tables that
every 高等职业教育质量年度报告 shares (计分卡, 满意度调查表, 教学资源表, 服务贡献表, 国际影响表,
落实政策表): an English id, the canonical Chinese name, its table, its unit and the variants seen in
reports. ``IndicatorMatcher`` maps a claim's metric ("总体毕业去向落实率") or a table row label
("横向技术服务到款额*") onto an indicator, and ``indicator_rows`` lists one indicator across every
document of a store, from claims and from table cells.

Example:
    >>> matcher = load_matcher()
    >>> matcher.match("总体毕业去向落实率", "%").id
    'placement_rate'
    >>> matcher.match("毕业生就业现状满意度", "%") is None
    True
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from numbers import Real
from typing import Any, Iterable, Protocol, Sequence

import numpy as np
from sklearn.base import BaseEstimator
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.utils._param_validation import Interval, StrOptions
from sklearn.utils.validation import check_is_fitted

from .errors import PatternError
from .resources import load_tsv, model_path

CATALOGUE_FILE = "indicators/indicators.v1.tsv"
UNITS_FILE = "lexicons/units.v1.tsv"
COLUMNS = ("id", "name", "table", "unit", "aliases", "excludes")
TABLES = ("计分卡", "满意度调查表", "教学资源表", "服务贡献表", "国际影响表", "落实政策表")
DEFAULT_THRESHOLD = 0.7     # cosine (after unit adjustment) a match must reach; see models/indicators/README.md
UNIT_BONUS = 0.05           # same base unit: breaks ties between near-equal names
UNIT_PENALTY = 0.1          # the generic classifier 个, or a unit outside the lexicon (Mbps, :)
GENERIC_UNITS = frozenset({"个"})   # the general classifier: writers use it for any count or measure
# Count units that name the same thing (a teacher is counted in 人, 名 or 位).
UNIT_SYNONYMS = (frozenset({"人", "名", "位"}), frozenset({"本", "部", "种", "册"}), frozenset({"所", "家"}))

# Row-label decorations that are not part of the indicator's name: whitespace, the 状态数据平台
# star ("毕业生初次就业人数*"), "其中：" of sub-rows, the A/B/C/D class prefix of 服务贡献表 rows.
_DECORATION = re.compile(r"\s+|[*＊]")
_PREFIX = re.compile(r"^(?:其中[：:]?|[A-DＡ-Ｄ]类[：:]|\d+[.、．])+")
_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_YEAR = re.compile(r"(?:19|20)\d{2}")


class UnknownIndicator(KeyError):
    """No indicator of the catalogue has this id, name or alias."""


@dataclass(frozen=True, slots=True)
class Indicator:
    """One row of the catalogue."""

    id: str
    name: str
    table: str
    unit: str
    aliases: tuple[str, ...] = ()
    excludes: tuple[str, ...] = ()        # a label containing one of these never names the indicator

    @property
    def forms(self) -> tuple[str, ...]:
        """Every surface form: the name, then the aliases."""
        return (self.name,) + self.aliases


@dataclass(frozen=True, slots=True)
class Match:
    """An indicator matched to a metric or row label, with its score (cosine ± unit adjustment)."""

    id: str
    name: str
    table: str
    unit: str
    score: float


def normalize_label(text: str) -> str:
    """A metric or row label without whitespace, stars and sub-row prefixes.

    >>> normalize_label("其中：A类：留在当地就业*")
    '留在当地就业'
    """
    return _PREFIX.sub("", _DECORATION.sub("", text or ""))


def _parse_row(row: tuple[str, ...], path: str, line: int) -> Indicator:
    """One catalogue row as an Indicator; a malformed row raises PatternError."""
    cells = (list(row) + [""] * len(COLUMNS))[:len(COLUMNS)]
    ident, name, table, unit, aliases, excludes = cells
    if not _ID.match(ident):
        raise PatternError(path, line, f"id {ident!r} is not snake_case")
    if not name or table not in TABLES:
        raise PatternError(path, line, f"{ident}: empty name or unknown table {table!r}")
    forms = tuple(a.strip() for a in aliases.split("|") if a.strip())
    vetoes = tuple(x.strip() for x in excludes.split("|") if x.strip())
    return Indicator(ident, name, table, unit, forms, vetoes)


@lru_cache(maxsize=None)
def load_catalogue(relative: str = CATALOGUE_FILE) -> tuple[Indicator, ...]:
    """The indicators of ``models/<relative>`` in file order (cached).

    Provenance: the appendix tables of the seed reports (see models/indicators/README.md).
    Raises PatternError (file:line) for a bad id or table, a duplicate id, or a surface form
    (after ``normalize_label``) that two indicators share.
    """
    path = str(model_path(relative))
    rows = [r for r in load_tsv(relative) if r and r[0] != COLUMNS[0]]
    out: list[Indicator] = []
    owner: dict[str, str] = {}
    for line, row in enumerate(rows, 1):
        indicator = _parse_row(row, path, line)
        if any(i.id == indicator.id for i in out):
            raise PatternError(path, line, f"duplicate id {indicator.id!r}")
        for form in {normalize_label(f) for f in indicator.forms}:
            if owner.setdefault(form, indicator.id) != indicator.id:
                raise PatternError(path, line, f"{indicator.id}: form {form!r} already names {owner[form]}")
        out.append(indicator)
    return tuple(out)


@lru_cache(maxsize=None)
def unit_info(unit: str) -> tuple[str, int, str]:
    """``(base unit, scale, kind)`` of a unit as written, from the units lexicon.

    A per-head unit ("元/生") takes the family of its numerator; an unknown unit is its own base
    with scale 1 and kind "other"; "" is ("", 1, "").

    >>> unit_info("万元")
    ('元', 10000, 'money')
    """
    head = (unit or "").split("/")[0].strip()
    if not head:
        return ("", 1, "")
    for row in load_tsv(UNITS_FILE):
        if len(row) >= 4 and row[0] == head:
            return (row[1], int(row[2]), row[3])
    return (head, 1, "other")


def unit_family(unit: str) -> tuple[str, str]:
    """``(base unit, kind)`` of a unit as written (``unit_info`` without the scale)."""
    base, _scale, kind = unit_info(unit)
    return (base, kind)


def unit_adjustment(unit: str, indicator_unit: str) -> float | None:
    """Score change for a claim/cell unit against an indicator's unit; None when they disagree.

    A missing unit is neutral; the same base unit (or a synonym: 人/名/位) earns UNIT_BONUS; the
    generic classifier 个 against any count or measure ("培训学时9881.64个"), or a unit outside
    the lexicon, costs UNIT_PENALTY; anything else ("%" against 人, 批 against 门, 学时 against
    门) vetoes the match.
    """
    if not unit or not indicator_unit:
        return 0.0
    (base, kind), (ibase, ikind) = unit_family(unit), unit_family(indicator_unit)
    if base == ibase or any(base in group and ibase in group for group in UNIT_SYNONYMS):
        return UNIT_BONUS
    if (base in GENERIC_UNITS and ikind in {"count", "measure"}) or \
            (ibase in GENERIC_UNITS and kind in {"count", "measure"}) or "other" in (kind, ikind):
        return -UNIT_PENALTY
    return None


class IndicatorMatcher(BaseEstimator):
    """Map metrics and row labels onto catalogue indicators by character n-gram TF-IDF cosine.

    Parameters
    ----------
    threshold : float, default=DEFAULT_THRESHOLD
        Lowest score (cosine plus unit adjustment) that counts as a match.
    ngram_range : tuple of int, default=(1, 3)
        Character n-gram sizes.
    analyzer : {"char_wb", "char"}, default="char_wb"
        ``char_wb`` pads each label with spaces, so shared beginnings and endings weigh more.

    Attributes
    ----------
    indicators_ : tuple of Indicator
        The catalogue the matcher was fitted on.
    vectorizer_ : TfidfVectorizer
        Fitted on every surface form (names and aliases) of the catalogue.
    forms_ : scipy.sparse matrix of shape (n_forms, n_features)
        L2-normalised TF-IDF vectors of the surface forms.
    form_owner_ : ndarray of shape (n_forms,)
        Index into ``indicators_`` of each form's indicator.
    exact_ : dict of str to int
        Normalised surface form -> indicator index (an exact form scores 1.0).
    excludes_ : list of (int, tuple of str)
        Indicator index and the substrings that veto it (the catalogue's ``excludes`` column).
    """

    _parameter_constraints: dict = {
        "threshold": [Interval(Real, 0, 1, closed="both")],
        "ngram_range": [tuple],
        "analyzer": [StrOptions({"char_wb", "char"})],
    }

    def __init__(self, *, threshold: float = DEFAULT_THRESHOLD, ngram_range: tuple[int, int] = (1, 3),
                 analyzer: str = "char_wb"):
        self.threshold = threshold
        self.ngram_range = ngram_range
        self.analyzer = analyzer

    def fit(self, catalogue: Iterable[Indicator] | None = None, y: None = None) -> "IndicatorMatcher":
        """Fit the vectorizer on the catalogue's names and aliases (default: ``load_catalogue()``)."""
        self._validate_params()
        self.indicators_ = tuple(load_catalogue() if catalogue is None else catalogue)
        forms, owners = [], []
        for index, indicator in enumerate(self.indicators_):
            for form in dict.fromkeys(normalize_label(f) for f in indicator.forms):
                forms.append(form)
                owners.append(index)
        self.vectorizer_ = TfidfVectorizer(analyzer=self.analyzer, ngram_range=tuple(self.ngram_range),
                                           lowercase=False, sublinear_tf=True)
        self.forms_ = self.vectorizer_.fit_transform(forms)
        self.form_owner_ = np.asarray(owners)
        self.exact_ = dict(zip(forms, owners))
        self.excludes_ = [(i, ind.excludes) for i, ind in enumerate(self.indicators_) if ind.excludes]
        return self

    def similarities(self, metrics: Sequence[str]) -> np.ndarray:
        """Cosine of each metric with each indicator (best surface form): (n_metrics, n_indicators)."""
        check_is_fitted(self, "forms_")
        labels = [normalize_label(m) for m in metrics]
        sims = (self.vectorizer_.transform(labels) @ self.forms_.T).toarray()
        out = np.zeros((len(labels), len(self.indicators_)))
        for column, owner in enumerate(self.form_owner_):
            np.maximum(out[:, owner], sims[:, column], out=out[:, owner])
        for row, label in enumerate(labels):
            if label in self.exact_:
                out[row, self.exact_[label]] = 1.0
            for index, vetoes in self.excludes_:
                if any(v in label for v in vetoes):
                    out[row, index] = 0.0
        return out

    def _best(self, sims: np.ndarray, unit: str, table: str | None) -> Match | None:
        """The best indicator of one row of similarities, after unit adjustment and threshold."""
        best: Match | None = None
        for index in np.argsort(-sims)[:8]:       # the unit can only reorder near-equal names
            indicator = self.indicators_[index]
            adjust = unit_adjustment(unit, indicator.unit)
            if adjust is None or (table and indicator.table != table) or sims[index] <= 0:
                continue
            score = min(1.0, float(sims[index]) + adjust)
            if score >= self.threshold and (best is None or score > best.score):
                best = Match(indicator.id, indicator.name, indicator.table, indicator.unit, round(score, 4))
        return best

    def match(self, metric: str | None, unit: str = "", *, table: str | None = None) -> Match | None:
        """The indicator ``metric`` names, or None when no indicator scores ``threshold``.

        ``unit`` (as written or base unit) breaks ties and vetoes "%" against counts; ``table``
        (one of TABLES) restricts the candidates to that appendix table.
        """
        return self.match_many([metric], [unit], table=table)[0]

    def match_many(self, metrics: Sequence[str | None], units: Sequence[str] | None = None, *,
                   table: str | None = None) -> list[Match | None]:
        """``match`` for many metrics at once (one transform); ``units`` parallel to ``metrics``."""
        units = list(units) if units is not None else [""] * len(metrics)
        if len(units) != len(metrics):
            raise ValueError(f"units: {len(units)} values for {len(metrics)} metrics")
        sims = self.similarities([m or "" for m in metrics])
        return [self._best(row, unit or "", table) if metric else None
                for row, metric, unit in zip(sims, metrics, units)]

    def resolve(self, key: str) -> Indicator:
        """The indicator with this id, name or alias; UnknownIndicator naming the closest one otherwise."""
        check_is_fitted(self, "forms_")
        label = normalize_label(key)
        for indicator in self.indicators_:
            if key == indicator.id:
                return indicator
        if label in self.exact_:
            return self.indicators_[self.exact_[label]]
        guess = self.match(key)
        hint = f"; did you mean {guess.name} ({guess.id})?" if guess else ""
        raise UnknownIndicator(f"unknown indicator {key!r}{hint}")


@lru_cache(maxsize=None)
def load_matcher(relative: str = CATALOGUE_FILE) -> IndicatorMatcher:
    """An IndicatorMatcher fitted on ``models/<relative>`` with default settings (cached)."""
    return IndicatorMatcher().fit(load_catalogue(relative))


# -- one indicator across a store ---------------------------------------------------------------
LEVEL_KINDS = ("count", "money", "measure", "share")   # growth, delta and rank claims report changes
SCALE_WORDS = {1: "", 100: "百", 1000: "千", 10_000: "万", 100_000_000: "亿"}
TableRow = tuple[str, str, str, str]        # (doc, table id, row label, unit)


class IndicatorStore(Protocol):
    """What ``indicator_rows`` needs of ``extract.store.Store``."""

    def documents(self) -> list[dict[str, Any]]: ...
    def metric_units(self, doc: str | None = None, kinds: Iterable[str] = ()) -> list[tuple[str, str]]: ...
    def claims_with_metrics(self, metrics: Iterable[str], doc: str | None = None) -> list[dict[str, Any]]: ...
    def table_rows(self, doc: str | None = None) -> list[TableRow]: ...
    def cells_with_rows(self, rows: Iterable[str], doc: str | None = None) -> list[dict[str, Any]]: ...


def match_table_rows(matcher: IndicatorMatcher, rows: Sequence[TableRow]) -> list[Match | None]:
    """``match`` for table row labels, each table kept to one appendix table.

    A table's home is the appendix table most of its matched rows belong to; a row matching an
    indicator of another table is matched again within the home table. So "其中：专业数量" in a
    国际影响表 does not become the 教学资源表's 专业数量, and a satisfaction table captioned
    计分卡 still finds its rows.
    """
    found = matcher.match_many([r[2] for r in rows], [r[3] for r in rows])
    votes: dict[tuple[str, str], Counter] = {}
    for row, match in zip(rows, found):
        if match:
            votes.setdefault(row[:2], Counter())[match.table] += 1
    homes = {key: counter.most_common(1)[0][0] for key, counter in votes.items()}
    return [m if m is None or m.table == homes[r[:2]] else matcher.match(r[2], r[3], table=homes[r[:2]])
            for r, m in zip(rows, found)]


def _year(*texts: Any) -> int | None:
    """The last four-digit year in the first text holding one ("2022-2023学年" -> 2023)."""
    for text in texts:
        years = _YEAR.findall(str(text or ""))
        if years:
            return int(years[-1])
    return None


def _claim_row(claim: dict[str, Any], indicator: Indicator, score: float, doc: dict[str, Any]) -> dict[str, Any]:
    """One output row for a claim: subject before the document's org, document year before the period's."""
    unit = SCALE_WORDS.get(int(claim.get("scale") or 1), "") + (claim.get("unit") or "")
    return {"source": "claim", "indicator": indicator.id, "name": indicator.name,
            "org": claim.get("subject") or doc.get("org"), "year": doc.get("year") or _year(claim.get("period")),
            "period": claim.get("period"), "value": claim.get("value"), "unit": unit,
            "normalized": claim.get("normalized"), "page": claim.get("page"), "doc": claim["doc"],
            "label": claim.get("metric"), "ref": claim["id"], "score": score, "sentence": claim.get("sentence")}


def _cell_row(cell: dict[str, Any], indicator: Indicator, score: float, doc: dict[str, Any]) -> dict[str, Any]:
    """One output row for a table cell: the year of its column label, else the document's."""
    unit = cell.get("unit") or cell.get("table_unit") or ""
    scale = unit_info(unit)[1] if "/" not in unit else 1
    value = cell.get("value")
    return {"source": "cell", "indicator": indicator.id, "name": indicator.name, "org": doc.get("org"),
            "year": _year(cell.get("col")) or doc.get("year"), "period": cell.get("col"), "value": value,
            "unit": unit, "normalized": None if value is None else round(value * scale, 6),
            "page": cell.get("page"), "doc": cell["doc"], "label": cell.get("row"),
            "ref": f"{cell['table_id']}[{cell.get('row')}, {cell.get('col')}]", "score": score,
            "sentence": cell.get("caption")}


def indicator_rows(store: IndicatorStore, key: str, *, doc: str | None = None, cells: bool = True,
                   matcher: IndicatorMatcher | None = None) -> list[dict[str, Any]]:
    """Every claim (and table cell) of the store that reports indicator ``key`` (id, name or alias).

    Only level claims (LEVEL_KINDS) count: "增长 14.69%" is a change of a count, not its value.
    Matching runs on the distinct (metric, unit) pairs and table row labels, not once per claim.
    Rows come by document, claims first. Raises UnknownIndicator for an unknown indicator.
    """
    matcher = matcher or load_matcher()
    indicator = matcher.resolve(key)
    docs = {d["id"]: d for d in store.documents()}
    pairs = store.metric_units(doc, LEVEL_KINDS)
    found = matcher.match_many([m for m, _ in pairs], [u for _, u in pairs])
    hits = {pair: m.score for pair, m in zip(pairs, found) if m and m.id == indicator.id}
    out = [_claim_row(c, indicator, hits[(c["metric"], c["unit"] or "")], docs.get(c["doc"], {}))
           for c in store.claims_with_metrics({m for m, _ in hits}, doc)
           if (c["metric"], c["unit"] or "") in hits and c["kind"] in LEVEL_KINDS]
    if cells:
        out.extend(_cell_rows(store, matcher, indicator, docs, doc))
    return sorted(out, key=lambda r: (r["doc"], r["source"] != "claim", r["page"] or 0))


def _cell_rows(store: IndicatorStore, matcher: IndicatorMatcher, indicator: Indicator,
               docs: dict[str, dict[str, Any]], doc: str | None) -> list[dict[str, Any]]:
    """Output rows for the numeric cells whose row label matches ``indicator``."""
    rows = [r for r in store.table_rows(doc) if r[3]]     # no unit: a 序号 or 调查人次 column
    hits = {row: m.score for row, m in zip(rows, match_table_rows(matcher, rows)) if m and m.id == indicator.id}
    out = []
    for cell in store.cells_with_rows({r[2] for r in hits}, doc):
        key = (cell["doc"], cell["table_id"], cell["row"], cell.get("unit") or cell.get("table_unit") or "")
        if key in hits:
            out.append(_cell_row(cell, indicator, hits[key], docs.get(cell["doc"], {})))
    return out
