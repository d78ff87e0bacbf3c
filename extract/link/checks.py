"""Arithmetic checks: growth vs change and level, growth vs a table's year columns, shares vs part
and total, 合计 rows and columns vs their parts, breakdown shares vs 100%.

Tolerance follows the precision written (``precision``): a stated "18.14%" may be off by 0.005
points, plus whatever the rounding of the inputs (half a unit of their last written digit) can move
the expected value. A stated figure that misses by a power of ten and agrees once moved (a scale
mismatch, 亿元 read against 百万元) is not a failed check: its ``ok`` is None, "not checkable", and
its explanation says why. Figures are paired only within one metric and one span of time: a growth
with the change and level of its own clause, a table change with the previous year's cell of the
same line (by position, not label), a 合计 with its own parts (其中 rows and the rows under them
are parts of the row above, never its siblings). Check ids are deterministic (a hash of kind,
claims and cells). Explanations are one English sentence naming the figures and the arithmetic.

Example:
    >>> from decimal import Decimal
    >>> growth_interval(Decimal("328.15"), Decimal("2136.97"), "up")[0].quantize(Decimal("0.01"))
    Decimal('18.14')
"""
from __future__ import annotations

import bisect
import hashlib
from functools import lru_cache
from decimal import Decimal
from typing import Callable, Iterable, Sequence

import regex

from ..claims.fields import LEVEL_KINDS
from ..nlp.segmenter import cut_pos
from ..records import Cell, Check, Claim, Link, Table
from ..resources import load_tsv
from .features import (cell_unit_scale, clean_label, containment, content_grams, locate_text, opening_words,
                       shares_words, years_in)
from .precision import MAX_SLIP, half_step, input_step, scale_slip

HUNDRED = Decimal(100)
TOTAL_ROW_RE = regex.compile(r"^(?:合计|总计|总数|小计|总和)$")
# "占比总普查人数的 38.99%" 中被占的总体名称；"共 31 项" 这类总数标记。
SHARE_OF_RE = regex.compile(r"占(?:比)?(?:全年|全部|同期)?(?P<name>[^，,；;。的]{2,20})的")
TOTAL_MARK_RE = regex.compile(r"[共总合]|累计")
# "其中一等奖16项，占比51.61%"：部分以"其中"引出时，句中"共31项"才是它的总数。
SUBSET_RE = regex.compile(r"其中")
# 平均增长率不是两期之比。
AVERAGE_RE = regex.compile(r"平均|年均")
# 与上一年比较的基期；年末余额（"2020年12月31日"列）另可与年初比较（features.opening_words）。
YEAR_BASELINES = frozenset({None, "去年", "同比", "上年"})

YEAR_END_RE = regex.compile(r"12月31日|年末")
# 期间的形状：年份换成 #（"2022E"/"2021A" 的预测、实际标记一并去掉），重述后的列与本期同形。
YEAR_SHAPE_RE = regex.compile(r"(?<!\d)(?:19|20)\d{2}(?:[AEFP](?![A-Za-z]))?(?!\d)")
RESTATED_RE = regex.compile(r"[（(]?(?:调整后|重述后)[）)]?")
PERIOD_PAIRS_FILE = "linker/period_pairs.v1.tsv"
BASELINE_KINDS_FILE = "linker/baseline_kinds.v1.tsv"
LOOKBACK_CHARS = 1000           # how far back a share's named total may be stated
MIN_NAME_CONTAINED = 0.6        # share of the named whole's bigrams a total's metric holds
GROUP_FLAGS = ("n", "ns", "nz", "nr", "j")     # jieba tags of a word that makes a total a group of the named whole
BREAKDOWN_RANGE = (Decimal(98), Decimal(102))   # further from 100 the shares are no breakdown
# 前十名股东、前五名客户：选出的几行下的"合计"可以是全体（股份总数），不一定是这几行之和；加不上不算错。
SELECTION_RE = regex.compile(r"前(?:[0-9]+|[一二三四五六七八九十]+)(?:名|大|位|家)")


def check_id(doc: str, kind: str, claims: Iterable[str], cells: Iterable[str]) -> str:
    """Deterministic id of a check: ``<doc>#check-<kind>-<10 hex>``."""
    key = "|".join([kind, *claims, "#", *cells])
    return f"{doc}#check-{kind}-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:10]}"


def cell_ref(table: Table, cell: Cell) -> str:
    """How a check names a cell: ``表2-10/2023金额/国家助学贷款``."""
    return f"{table.id}/{cell.row}/{cell.col}"


def make_check(doc: str, kind: str, claims: Sequence[str], cells: Sequence[str], stated: Decimal,
               interval: tuple[Decimal, Decimal], tolerance: Decimal, what: str, slips: bool = True,
               unfit: str = "") -> Check:
    """A check that passes when ``stated`` lies in ``interval`` widened by ``tolerance``; not checkable
    (``ok`` None) when it misses by a power of ten and agrees once moved (``precision.scale_slip``) and
    its figures may be read in different scales (``slips``: not a ratio of two cells of one line, not
    percentages alone), or when it misses and ``unfit`` says why its arithmetic cannot apply."""
    low, high = interval
    expected = ((low + high) / 2).quantize(Decimal("0.0001"))
    ok: bool | None = low - tolerance <= stated <= high + tolerance
    text = f"{what}: stated {stated}, expected {_short(expected)}" + (
        "." if ok else f" (allowed {_short(low - tolerance)} to {_short(high + tolerance)}).")
    slip = None if ok or not slips else scale_slip(stated, interval, tolerance)
    if slip is not None:
        ok = None
        text = (f"{text[:-1]}; not checkable: the stated figure is 10^{slip} times the expected one, a scale "
                f"mismatch (figures read in units 10^{slip} apart), not a failed check.")
    elif not ok and unfit:
        ok = None
        text = f"{text[:-1]}; not checkable: {unfit}."
    return Check(doc, check_id(doc, kind, claims, cells), kind, tuple(claims), tuple(cells),
                 stated, expected, ok, text)


def check_line(check: Check | dict) -> str:
    """One line naming a check's result, arithmetic and the cells and claims it used — the same on the
    audit report and the review page: "FAILED growth: … [cells 表3-3/…; claims c14390 c14411]"."""
    get = check.get if isinstance(check, dict) else lambda name: getattr(check, name)
    ok = get("ok")
    tag = "NOT CHECKABLE" if ok is None else "passed" if ok else "FAILED"
    used = "; ".join(f"{name} {' '.join(get(name))}" for name in ("cells", "claims") if get(name))
    return f"{tag} {get('kind')}: {get('explanation')}" + (f" [{used}]" if used else "")


def _short(value: Decimal) -> str:
    """A bound for an explanation: four decimals at most, no trailing zeros, no exponent."""
    return format(value.quantize(Decimal("0.0001")).normalize(), "f")


def growth_interval(delta: Decimal, level: Decimal, direction: str | None,
                    d_step: Decimal = Decimal(0), l_step: Decimal = Decimal(0)) -> tuple[Decimal, Decimal]:
    """Growth in % implied by a change and the current level, over the inputs' rounding."""
    def rate(d: Decimal, lv: Decimal) -> Decimal:
        """Growth in % for change ``d`` and current level ``lv``."""
        base = lv + d if direction == "down" else lv - d
        return d / base * HUNDRED if base else Decimal(0)
    return rate(delta - d_step, level + l_step), rate(delta + d_step, level - l_step)


def find_checks(doc: str, claims: Sequence[Claim], tables: Sequence[Table], links: Sequence[Link]) -> list[Check]:
    """Every check of a document, each id once, in a stable order."""
    out: list[Check] = []
    ordered = sorted(claims, key=lambda c: c.char_start)
    for group in sentence_groups(ordered):
        out += growth_checks(doc, group)
        out += compared_level_checks(doc, group)
        out += share_checks(doc, group, ordered)
        out += breakdown_checks(doc, group)
    out += table_change_checks(doc, ordered, tables, links)
    for table in tables:
        out += sum_checks(doc, table)
        out += statement_identity_checks(doc, table)
    unique = {c.id: c for c in out}
    return list(unique.values())


def sentence_groups(claims: Sequence[Claim]) -> list[list[Claim]]:
    """Consecutive claims of the same sentence."""
    groups: list[list[Claim]] = []
    for claim in claims:
        if groups and groups[-1][-1].sentence == claim.sentence:
            groups[-1].append(claim)
        else:
            groups.append([claim])
    return groups


def growth_checks(doc: str, group: Sequence[Claim]) -> list[Check]:
    """"增加了 328.15 万元，增长了 18.14%" with "2136.97 万元" in the same sentence."""
    out = []
    for i, growth in enumerate(group):
        if not _checkable_rate(growth):
            continue        # (a range of rates, "同比增加36.88%至51.13%", goes with a range of changes: no one level)
        delta = next((c for c in reversed(group[:i]) if c.kind == "delta" and c.unit not in ("%", "百分点")), None)
        level = next((c for c in reversed(group[:i]) if delta and c.kind in LEVEL_KINDS
                      and c.unit == delta.unit and c.char_start < delta.char_start), None)
        if delta is not None and level is not None:
            paired = _range_paired(group, group.index(level), group.index(delta), i)
            if paired is None:
                continue        # one figure of a range against ends of another: no one pair to check
            level, delta = paired
        partner = group[i - 1] if delta is not None and _range_end(group, i) == 1 else None
        between = [c for c in group if delta and (c.kind in LEVEL_KINDS or c.kind == "growth") and c is not partner
                   and delta.char_start < c.char_start < growth.char_start]
        # (another growth between: "增支31.65亿元，增长0.5%，剔除…因素后，同口径增长3.2%" — the second is of another base)
        if len(between) == 1 and between[0].kind != "growth" and _reached(delta, between[0]):
            level, between = between[0], []         # "增加4.5亿元至15.8亿元，增长40%": the level it reached
        # a rate written with its minus ("减少人民币35.70亿元（即-1.9%）") is a fall, checked with its sign
        signed = growth.value < 0 and delta is not None and delta.direction != "up"
        direction = "down" if signed else growth.direction
        earlier = level is not None and delta is not None and _compared_figure(level, delta)
        if delta is None or level is None or level.bound != "=" or delta.bound != "=" or \
                not same_metric(level, delta) or not same_metric(delta, growth) or \
                not (earlier or _same_period(level, delta)) or between or not _same_base(delta, growth, level) or \
                (direction != "down" and not earlier and delta.normalized >= level.normalized):
            continue
        d_step, l_step = _claim_step(delta), _claim_step(level)
        change = abs(delta.normalized)      # a change written with its minus ("变动值为：-1101.45万元") falls
        if earlier:     # "较2022年558件增加了555件，同比增长99.5%": the figure compared with is the base
            current = level.normalized - change if direction == "down" else \
                level.normalized + change
            interval = growth_interval(change, current, direction, d_step, l_step)
            what = (f"growth from {level.text.strip()} by {delta.text.strip()}: "
                    f"{_short(change)} / {_short(level.normalized)} x 100")
        else:
            interval = growth_interval(change, level.normalized, direction, d_step, l_step)
            sign = "+" if direction == "down" else "-"
            base = f"{_short(level.normalized)} {sign} {_short(change)}"
            what = (f"growth of {level.text.strip()} by {delta.text.strip()}: "
                    f"{_short(change)} / ({base}) x 100")
        if signed:
            interval = (-interval[1], -interval[0])
        out.append(make_check(doc, "growth", [level.id, delta.id, growth.id], [], growth.value,
                              interval, half_step(growth.value), what))
    return out


def compared_level_checks(doc: str, group: Sequence[Claim]) -> list[Check]:
    """"本集团的收入为人民币2138百万元,较上年人民币1900百万元增加12.5%": a growth written right after the figure of the time
    it compares with, which follows the current figure of the same measure: (2138 − 1900) / 1900 x 100. Only where the
    rate's direction agrees with the two figures (a pairing the sentence does not make is no alarm)."""
    out = []
    for i in range(2, len(group)):
        current, base, growth = group[i - 2], group[i - 1], group[i]
        if not _checkable_rate(growth) or growth.value < 0 or not _compares_with(growth, current, base) or \
                any(c.kind not in LEVEL_KINDS or c.bound != "=" or c.high is not None for c in (current, base)) or \
                current.unit != base.unit or current.period == base.period or \
                not same_metric(current, base) or not same_metric(base, growth):
            continue
        change = current.normalized - base.normalized
        direction = "up" if change > 0 else "down"
        if not change or not base.normalized or (growth.direction or direction) != direction:
            continue
        interval = growth_interval(abs(change), current.normalized, direction,
                                   _claim_step(current) + _claim_step(base), _claim_step(current))
        what = (f"growth from {base.text.strip()} to {current.text.strip()}: "
                f"{_short(abs(change))} / {_short(base.normalized)} x 100")
        out.append(make_check(doc, "growth", [current.id, base.id, growth.id], [], growth.value,
                              interval, half_step(growth.value), what))
    return out


def _checkable_rate(growth: Claim) -> bool:
    """A growth rate a check can test: one exact rate in % as printed, not an average ("年均增长")."""
    return growth.kind == "growth" and growth.unit == "%" and growth.bound == "=" and growth.high is None and \
        not AVERAGE_RE.search(_share_clause(growth)[-12:]) and _percent_written(growth)


_YEAR = regex.compile(r"((?:19|20)\d\d)年")
_LAST_YEAR = frozenset({"上年", "去年", "上年度", "上一年度", "上年同期", "去年同期", "同比"})


def _compares_with(growth: Claim, current: Claim, base: Claim) -> bool:
    """Whether ``base`` is the figure of the time ``growth`` compares with: its period is the growth's baseline as
    written (上年), or the year before ``current``'s where the baseline is last year (上年 read as 2022年 in a 2023 report)."""
    if not growth.baseline:
        return False
    if base.period == growth.baseline:
        return True
    now, then = (_YEAR.search(c.period or "") for c in (current, base))
    return growth.baseline in _LAST_YEAR and now is not None and then is not None and \
        int(then.group(1)) == int(now.group(1)) - 1


RANGE_JOIN_RE = regex.compile(r"\s*(?:至|到|~|～|－|—)\s*")


def _range_end(group: Sequence[Claim], i: int) -> int | None:
    """Which end of a range written as two figures ("22400万元至23600万元") the group's ``i``-th claim is: 0, 1, or
    None where it stands alone."""
    claim = group[i]
    for j, end in ((i + 1, 0), (i - 1, 1)):
        if 0 <= j < len(group) and group[j].kind == claim.kind and group[j].unit == claim.unit:
            a, b = (claim, group[j]) if end == 0 else (group[j], claim)
            if RANGE_JOIN_RE.fullmatch(_between(a, b)):
                return end
    return None


def _range_paired(group: Sequence[Claim], lv: int, dl: int, gr: int) -> tuple[Claim, Claim] | None:
    """The level and change a growth is checked with, end by end where they are ranges ("净利润为：22400万元至23600万元，
    …变动值为：-1101.45万元至98.55万元，…变动幅度：-4.69%至0.42%": the lower rate with the lower change and level, not the
    last figures written); None where a range meets a single figure."""
    ends = [_range_end(group, k) for k in (lv, dl, gr)]
    if all(e is None for e in ends):
        return group[lv], group[dl]
    if any(e is None for e in ends):
        return None
    end = ends[2]
    return group[lv - ends[0] + end], group[dl - ends[1] + end]


def _compared_figure(level: Claim, delta: Claim) -> bool:
    """Whether the level is the figure of the time the change is measured from ("较2022年558件增加了555件")."""
    return bool(level.period) and level.period == delta.baseline and level.period != delta.period


@lru_cache(maxsize=1)
def baseline_kinds() -> dict[str, str]:
    """Baseline word -> what it is (start: 年初, year_before: 同比, period_before: 环比):
    models/linker/baseline_kinds.v1.tsv."""
    return {row[0]: row[1] for row in load_tsv(BASELINE_KINDS_FILE) if len(row) >= 2 and row[0] and row[1]}


# period shapes (period_shape) of a year or its end, with or without 截至/截止
_YEAR_END_SHAPES = frozenset({"#年", "#年度", "#年末", "#年底", "#年12月31日", "#年12月末"})


def _same_base(delta: Claim, growth: Claim, level: Claim) -> bool:
    """The change and the rate are measured against one kind of base, as far as their baselines say ("2025年3月末，…
    比年初减少2.18亿元，同比增长-1.82%": the year's start and the same day a year before, two bases, no check); at a
    year's end (or with no period) the year's start is the year before ("2024年…较上年末新增9641亿元，同比增长31.03%")."""
    kinds = baseline_kinds()
    a, b = kinds.get(delta.baseline or ""), kinds.get(growth.baseline or "")
    if a is None or b is None or a == b:
        return True
    return {a, b} == {"start", "year_before"} and (
        level.period is None or period_shape(level.period.removeprefix("截至").removeprefix("截止")) in _YEAR_END_SHAPES)


def _percent_written(claim: Claim) -> bool:
    """Whether the rate's % is printed: one the source lost ("增收8.62亿元，增长2" where a page's copy ends) may be cut
    short too, and is not checked."""
    return "%" in claim.text or "％" in claim.text


REACHED_RE = regex.compile(r"^[^，,；;。]{0,2}?(?:至|到|达到?)")


def _reached(delta: Claim, level: Claim) -> bool:
    """The level a change reached, written right after it ("增加4.5亿元至15.8亿元"): same unit and metric.
    Any other level between a change and a growth starts another figure's chain ("奖助总金额为2136.97
    万元，比去年增加了328.15万元，…；全年总奖助学生11650人次，增长了97.02%": 97.02% is the students')."""
    return level.unit == delta.unit and same_metric(level, delta) and \
        bool(REACHED_RE.search(_between(delta, level)))


def _claim_step(claim: Claim) -> Decimal:
    """Rounding a claim's figure may carry, in base units ("328.15万元": 50 元; "1966人": none)."""
    return input_step(claim.value, claim.scale) * claim.scale


# A stated share more than this many times the one its part and total give: the part is not of that total.
IMPLAUSIBLE = 100


def share_checks(doc: str, group: Sequence[Claim], claims: Sequence[Claim]) -> list[Check]:
    """"心理异常学生数为1966人，占比总普查人数的38.99%" against the total stated earlier.

    The part is the claim right before the share. The total is the claim the share names
    (looked up backwards by its metric), or, for a part introduced by 其中, the sentence's
    earlier total ("共31项"); a bare "占比" after a named total reuses that total.
    """
    out, total = [], None
    for i, share in enumerate(group):
        if share.kind != "share" or share.unit != "%" or "占" not in (share.sentence or "") \
                or "平均" in (share.metric or ""):
            continue        # "研发投入占营业收入比例的平均值为18.53%": the mean of each one's share, not a share of totals
        part = _part_named(share, group[:i]) or (group[i - 1] if i else None)   # else the claim right before
        if part is None or part.kind not in LEVEL_KINDS or _in_brackets(part) or part.bound != "=":
            continue
        if regex.search("[；;]", _between(part, share)):
            continue        # "…其中有28家披露了…；ESG评级方面，…均占比28%": a figure before a ； is another part's
        named = _whole_of_subset(share, part, group[:i]) or _named_total(share, part, claims)
        total = named or (_marked_total(group[:i], part) if SUBSET_RE.search(_share_clause(part)[-12:]) else None) \
            or (total if not SHARE_OF_RE.search(_between(part, share)) else None)
        if total is None or total.normalized <= part.normalized or (total is not named and not _of_whole(share, part,
                                                                                                      total)):
            continue
        p_step, t_step = _claim_step(part), _claim_step(total)
        interval = ((part.normalized - p_step) / (total.normalized + t_step) * HUNDRED,
                    (part.normalized + p_step) / (total.normalized - t_step) * HUNDRED)
        if interval[1] * IMPLAUSIBLE < share.value:
            continue        # "…对应每股0.65元(含税),占净利润的17%": 0.65 of 1069.35亿元 is no part of it that a slip of the pen
            # could make 17% (the share is of the dividends' total); such a pairing is ours, no report's error
        what = (f"share {part.text.strip()} of {total.text.strip()}: "
                f"{_short(part.normalized)} / {_short(total.normalized)} x 100")
        out.append(make_check(doc, "share", [part.id, total.id, share.id], [], share.value,
                              interval, half_step(share.value), what))
        total = named      # only a named total carries over to the next bare "占比" of the sentence
    return out


def _between(part: Claim, share: Claim) -> str:
    """The sentence text between the part's number and the share's number."""
    start, length = locate_text(part.text or "", share.sentence or "")
    return _share_clause(share)[max(0, start + length):]


def _in_brackets(claim: Claim) -> bool:
    """Whether the claim stands inside an open bracket of its sentence ("（其中博士40人）")."""
    before = _share_clause(claim)
    return max(before.rfind("（"), before.rfind("(")) > max(before.rfind("）"), before.rfind(")"))


def _share_clause(share: Claim) -> str:
    """The sentence text up to the claim's number."""
    sentence = share.sentence or ""
    end, _ = locate_text(share.text or "", sentence)
    return sentence[:end] if end >= 0 else sentence


def _named_total(share: Claim, part: Claim, claims: Sequence[Claim]) -> Claim | None:
    """The claim stating the total a share names ("占比总普查人数的"), looked up backwards."""
    name = _whole_named(part, share)
    if not name:
        return None
    whole = "总" + name if "总" + name in _share_clause(share) else name     # as written: 占总保费的 (保费)
    lo = bisect.bisect_left(claims, part.char_start - LOOKBACK_CHARS, key=lambda c: c.char_start)
    hi = bisect.bisect_left(claims, part.char_start, key=lambda c: c.char_start)
    found = [claim for k in range(hi - 1, lo - 1, -1)
             if (claim := claims[k]).kind in LEVEL_KINDS and claim.unit == part.unit and claim.bound == "="
             and containment(name, claim.metric or "") >= MIN_NAME_CONTAINED and claim.normalized > part.normalized
             and _opening_named(claim.metric or "", name) and _same_period(claim, part)
             and not (k + 1 < len(claims) and _share_of(claims[k], claims[k + 1]) == name)
             and not (whole != name and (claim.metric or "") != whole and len(claim.metric or "") > len(whole) + 2)]
    # a total is larger than its part and of the part's period, and no part itself; one named exactly as the share names
    # it first; a whole named 总… is the whole's, no segment's ("占总保费的4.0%": not 消费金融生态总保费, stated nearer)
    return next((c for c in found if c.metric in (name, whole)), found[0] if found else None)


def _whole_of_subset(share: Claim, part: Claim, before: Sequence[Claim]) -> Claim | None:
    """For a part introduced by 其中, the total its sentence states before it under the name the share names ("天府新区一般
    公共预算收入完成217330万元，…，其中税收收入完成120995万元，占一般公共预算收入的55.7%": the 天府新区's, not 县本级's of the
    sentence before, which a place before the name had ruled out as a group of the whole); None otherwise."""
    name = _whole_named(part, share) if SUBSET_RE.search(_share_clause(part)[-12:]) else ""
    if not name:
        return None
    return next((c for c in reversed(before) if c.char_start < part.char_start and c.kind in LEVEL_KINDS
                 and c.unit == part.unit and c.bound == "=" and c.normalized > part.normalized
                 and containment(name, c.metric or "") >= MIN_NAME_CONTAINED and _same_period(c, part)), None)


# the whole a share names without 的 ("占全国份额提高到3%": 全国)
WHOLE_NAMED_RE = regex.compile(r"占(?!比)(?P<name>\p{Han}{2,8}?)(?:份额|比重|比例|总量|总额)")


def _of_whole(share: Claim, part: Claim, total: Claim) -> bool:
    """Whether a total found without a name (a 共 earlier, the total before) is the whole the share names, where it names
    one ("其中外贸出口7719.2亿元、…，占全国份额提高到3%" is a share of the country's exports, not of the sentence's
    进出口总额)."""
    named = WHOLE_NAMED_RE.search(_between(part, share))
    return named is None or containment(named.group("name"), total.metric or "") >= MIN_NAME_CONTAINED


def _whole_named(part: Claim, share: Claim) -> str:
    """The whole a share names between its part and its figure ("占比总普查人数的38.99%": 普查人数), or ""."""
    matches = list(SHARE_OF_RE.finditer(_between(part, share)))
    return matches[-1].group("name").lstrip("总") if matches else ""


def _share_of(part: Claim, share: Claim) -> str:
    """The whole a share right after a figure names ("税收收入15348万元，占收入的89.99%": 收入); "" if none. A figure
    with its own share of a whole is one of that whole's parts, not the whole ("上划中央收入7716万元，占收入的45.24%" is
    no total of "上划省级收入2432万元，占收入的14.26%")."""
    return _whole_named(part, share) if share.kind == "share" else ""


def _part_named(share: Claim, before: Sequence[Claim]) -> Claim | None:
    """The figure a share's metric opens with, where the claim right before the share is not it ("男性人口45.01万人，
    女性人口41.91万人，分别占总人口的51.8%和48.2%": 51.8% is 男性人口's share, 48.2% 女性人口's; "其中税收收入完成270330万元，
    为调整预算的95.8%，占一般公共预算收入的53%": 税收收入's); None otherwise."""
    metric = share.metric or ""
    if not before or (before[-1].metric and len(before[-1].metric) >= 2 and metric.startswith(before[-1].metric)):
        return None
    return next((c for c in reversed(before) if c.kind in LEVEL_KINDS and c.metric and len(c.metric) >= 2
                 and metric.startswith(c.metric) and metric != c.metric), None)


def _opening_named(metric: str, name: str) -> bool:
    """Whether the candidate total is no group the whole a share names leaves out: "占毕业生数的8.55%" is no share of
    广东省生源毕业生 or 女性毕业生 (a place or noun before what the name holds), but "占外省生源数的11.98%" is of
    外省生源毕业生, "占比总普查人数的38.99%" of 参加普查人数 and a share of 常住人口 of 全县常住人口 (a scope, no group)."""
    first, flag = cut_pos(metric)[0]
    rest = metric[len(first):]
    grouped = flag in GROUP_FLAGS and not first.startswith("全") and first not in name and \
        containment(name, rest) >= MIN_NAME_CONTAINED
    return not grouped


def _same_period(a: Claim, b: Claim) -> bool:
    """Two figures of one span of time: either names none, or both name the same."""
    return not a.period or not b.period or a.period == b.period


def _marked_total(before: Sequence[Claim], part: Claim) -> Claim | None:
    """An earlier claim of the sentence marked as a total ("共31项") in the part's unit."""
    for claim in before:
        clause = _share_clause(claim)[-6:]
        if claim.kind in LEVEL_KINDS and claim.unit == part.unit and TOTAL_MARK_RE.search(clause) \
                and claim.normalized > part.normalized and _same_period(claim, part):
            return claim
    return None


def breakdown_checks(doc: str, group: Sequence[Claim]) -> list[Check]:
    """Shares of one sentence that break a whole down ("占比…") and add up to about 100%."""
    shares = [c for c in group if c.kind == "share" and c.unit == "%" and c.bound == "="
              and "占" in (c.metric or "") + _share_clause(c)[-8:]]
    if len(shares) < 2 or len({w for c in shares if (w := _whole_written(c))}) > 1:
        return []       # "占年初目标25.4亿元的16.1%", "占年初目标8.52亿元的84.3%": shares of two wholes
    if any(map(_glued_to_next, shares)):
        return []       # "…增量分别占84.6%13.0%1.2%": a list printed without separators, whose items can't be told
    total = sum((c.value for c in shares), Decimal(0))
    if not BREAKDOWN_RANGE[0] <= total <= BREAKDOWN_RANGE[1]:
        return []
    tolerance = sum((half_step(c.value) for c in shares), Decimal(0))
    return [make_check(doc, "breakdown", [c.id for c in shares], [], total, (HUNDRED, HUNDRED),
                       tolerance,
                       "shares of one breakdown add up: " + " + ".join(c.text.strip() for c in shares),
                       slips=False)]


def _glued_to_next(claim: Claim) -> bool:
    """Whether the next figure follows the claim's text with nothing between (a page that lost its separators)."""
    sentence, text = claim.sentence or "", claim.text.strip()
    at = sentence.find(text)
    return at >= 0 and sentence[at + len(text):at + len(text) + 1].isdigit()


def _whole_written(share: Claim) -> str:
    """The whole a share's own clause names with its figure ("占年初目标25.4亿元的16.1%": 年初目标25.4亿元), or ""."""
    matches = list(SHARE_OF_RE.finditer(_share_clause(share)[-30:]))
    name = matches[-1].group("name") if matches else ""
    return name if any(ch.isdigit() for ch in name) else ""


def table_change_checks(doc: str, claims: Sequence[Claim], tables: Sequence[Table],
                        links: Sequence[Link]) -> list[Check]:
    """A growth or change stated next to a linked level, against the previous year's cell of the
    same line: same metric (the change names no other, and the cell's labels share words with the
    level's: a figure that only equals a cell of an unrelated row pairs nothing), the level's year the
    cell's, amounts compared in base units. The linked cell is the one holding the linked value (a
    label may repeat: 其他 under two sections), its previous year the nearest cell of its own line."""
    by_id = {c.id: c for c in claims}
    by_table = {t.id: t for t in tables}
    by_sentence: dict[str, list[Claim]] = {}
    for claim in claims:
        by_sentence.setdefault(claim.sentence, []).append(claim)
    out = []
    for link in links:
        level, table = by_id.get(link.claim_id), by_table.get(link.table_id)
        if link.status != "match" or level is None or table is None or level.kind not in LEVEL_KINDS:
            continue
        cell = _linked_cell(table, link)
        if cell is None or not _year_agrees(level, cell) or not _about_metric(level, table, cell):
            continue
        previous = _previous_year_cell(table, cell) or _previous_period_cell(table, cell)
        if previous is None or not previous.value:
            continue
        year_end = bool(YEAR_END_RE.search(cell.col + cell.row)) or _closing(cell)
        for change in _changes_after(level, by_sentence.get(level.sentence, ()), year_end):
            if same_metric(level, change):
                out.append(_change_check(doc, change, level, table, cell, previous))
    return out


def same_metric(a: Claim, b: Claim) -> bool:
    """Two claims about one metric: either names none, or their metrics share content words."""
    if not a.metric or not b.metric:
        return True
    return bool(content_grams(a.metric) & content_grams(b.metric)) or a.metric in b.metric or b.metric in a.metric


def _linked_cell(table: Table, link: Link) -> Cell | None:
    """The cell a link names: of the cells with its labels, the one holding its value."""
    named = [c for c in table.cells if c.row == link.row and c.col == link.col]
    return next((c for c in named if c.value == link.value), named[0] if named else None)


def _about_metric(level: Claim, table: Table, cell: Cell) -> bool:
    """The cell's row, column or caption shares content words with the level's metric (or, for a level
    whose metric has none, with its clause: ``features.shares_words``)."""
    words = content_grams(level.metric or "")
    if not words:
        return shares_words(level, table, cell)
    return any(words & content_grams(label) for label in (cell.row, cell.col, table.caption or ""))


def _year_agrees(level: Claim, cell: Cell) -> bool:
    """The level's years (if it names any) include the cell's year (if its labels name one)."""
    claim_years, cell_years = set(years_in(level.period)), set(years_in(cell.row + " " + cell.col))
    return not claim_years or not cell_years or bool(claim_years & cell_years)


def period_shape(label: str) -> str:
    """A period label with its year blanked: "2020年末" and "2019年末" have one shape, "2020年1月1日"
    and "2019年12月31日" (the same day, restated) two; "2022E" is "2021"'s next year."""
    return YEAR_SHAPE_RE.sub("#", RESTATED_RE.sub("", "".join(label.split())))


def _previous_year_cell(table: Table, cell: Cell) -> Cell | None:
    """The cell one year earlier on the same row (years in columns) or column (years in rows), for
    the same span of time: a label of the same shape with the year before ("2019年度" for "2020年度",
    never "2019年12月31日" for "2020年1月1日").

    The line is the cell's own by position (a statement repeats row labels per section); of several
    such cells, the nearest."""
    col_years, row_years = years_in(cell.col), years_in(cell.row)
    for years, same, axis in ((col_years, "row", "col"), (row_years, "col", "row")):
        if len(years) != 1:
            continue
        want, shape = years[0] - 1, period_shape(getattr(cell, axis))
        line, at = getattr(cell, f"{same}_index"), getattr(cell, f"{axis}_index")
        found = [other for other in table.cells if getattr(other, f"{same}_index") == line and
                 other.value is not None and years_in(getattr(other, axis)) == (want,) and
                 period_shape(getattr(other, axis)) == shape]
        if found:
            return min(found, key=lambda other: abs(getattr(other, f"{axis}_index") - at))
    return None


@lru_cache(maxsize=1)
def period_pairs() -> tuple[tuple[str, str], ...]:
    """(current, previous) period words of labels without a year (models/linker/period_pairs.v1.tsv):
    本期 -> 上年同期, 本期 -> 上期, 期末 -> 期初."""
    return tuple((row[0], row[1]) for row in load_tsv(PERIOD_PAIRS_FILE) if len(row) >= 2 and row[0] and row[1])


def _previous_period_cell(table: Table, cell: Cell) -> Cell | None:
    """For a label without a year, the cell of the same line whose label is the cell's own with its
    period word swapped for the one before ("本期数" -> "上年同期数", "期末余额" -> "期初余额"): the same
    measure, one period earlier. Of several such cells, the nearest."""
    for same, axis in (("row", "col"), ("col", "row")):
        label = getattr(cell, axis)
        if years_in(label):
            continue
        line, at = getattr(cell, f"{same}_index"), getattr(cell, f"{axis}_index")
        for current, before in period_pairs():
            if current not in label:
                continue
            want = label.replace(current, before, 1)
            found = [other for other in table.cells if getattr(other, f"{same}_index") == line
                     and other.value is not None and getattr(other, axis) == want]
            if found:
                return min(found, key=lambda other: abs(getattr(other, f"{axis}_index") - at))
    return None


def _closing(cell: Cell) -> bool:
    """A closing balance (期末…): compared with the opening one, a change since the start (较年初) too."""
    return any(before in opening_words() and current in cell.col + cell.row for current, before in period_pairs())


def _changes_after(level: Claim, claims: Sequence[Claim], year_end: bool = False) -> list[Claim]:
    """Growth and delta claims of the level's sentence stated right after it, before another level,
    against last year (去年, 同比, 上年) or, for a year-end balance, the start of the year (较年初)."""
    baselines = YEAR_BASELINES | (frozenset(opening_words()) if year_end else frozenset())
    out = []
    for claim in claims:
        if claim.sentence != level.sentence or claim.char_start <= level.char_start:
            continue
        if claim.kind in LEVEL_KINDS or (claim.kind == "delta" and claim.unit != level.unit):
            break
        if claim.kind in ("growth", "delta") and claim.bound == "=" and claim.baseline in baselines:
            out.append(claim)
    return out


def _change_check(doc: str, change: Claim, level: Claim, table: Table, cell: Cell, previous: Cell) -> Check:
    """Growth (%) or delta of a claim against the current and previous year's cells."""
    cur, prev = cell.value or Decimal(0), previous.value or Decimal(0)
    scale = _cell_scale(level, table, cell)
    c_step, p_step = input_step(cur, scale), input_step(prev, scale)
    refs = [cell_ref(table, cell), cell_ref(table, previous)]
    if change.kind == "growth" and change.unit == "%":
        sign = -1 if change.direction == "down" else 1
        corners = [sign * (c - p) / abs(p) * HUNDRED for c in (cur - c_step, cur + c_step)
                   for p in (prev - p_step, prev + p_step) if p]
        interval = (min(corners), max(corners))
        base = f"|{prev}|" if prev < 0 else f"{prev}"      # over a negative base, reports divide by its size
        what = (f"growth from {previous.col or previous.row} {prev} to {cur} in {table.id}: "
                f"({cur} - {prev}) / {base} x 100")
        return make_check(doc, "growth", [level.id, change.id], refs, change.value, interval,
                          half_step(change.value), what, slips=False)     # two cells of one line: one scale
    delta = abs(cur - prev) * scale
    interval = (delta - (c_step + p_step) * scale, delta + (c_step + p_step) * scale)
    what = f"change from {prev} to {cur} in {table.id}: |{cur} - {prev}| x {scale} (cell scale)"
    return make_check(doc, "delta", [level.id, change.id], refs, change.normalized,
                      interval, half_step(change.value) * change.scale, what)


def _cell_scale(level: Claim, table: Table, cell: Cell) -> Decimal:
    """The scale a cell's value is written in: its unit's, or, for a cell without a unit, the one
    under which it reads as the linked claim (1, the claim's scale word, or a power of ten: a 百万元
    table whose note was not read, tied to a claim in 亿元)."""
    base, scale = cell_unit_scale(cell, table)
    if base or scale != 1:
        return Decimal(scale)
    value = cell.value or Decimal(0)
    scales = (Decimal(1), Decimal(level.scale), *(Decimal(1).scaleb(k) for k in range(1, MAX_SLIP + 1)))
    return min(scales, key=lambda s: abs(value * s - level.normalized))


def sum_checks(doc: str, table: Table) -> list[Check]:
    """Each 合计/总计/小计 row (and column) against its parts, following the table's hierarchy.

    Lines are told apart by position, not label (a statement repeats "1.期初余额" per section). The
    parts of a 小计 are the lines since the previous total; of a 合计, the 小计 lines before it plus
    the lines after the last 小计; a total printed first takes the lines after it. Where lines carry
    top-level numbers (一、 二、, or 1. 2.), only those are parts; 其中 lines are parts of the line
    above them, never siblings; "减：" lines are subtracted. A group row that is the sum of the rows
    right under it counts once, its rows not again. Only complete lines are checked (every part has
    a value there, so cells a flattened layout dropped cannot pass for zeros), and only where the
    other axis's labels name one line each. A selection's table (前十名股东) reports its sums that hold only: its
    合计 may be the whole's (the company's share count), not the selected rows'.
    """
    out: list[Check] = []
    if not _labelled(table):
        return out
    selection = bool(SELECTION_RE.search(f"{table.id} {table.caption or ''}"))
    for axis in ("row", "col"):
        other = "col" if axis == "row" else "row"
        lines = _lines(table, axis)
        keys = _lines(table, other)
        labels = [clean_label(label) for _, label in keys]
        by_pos = {(getattr(c, f"{axis}_index"), getattr(c, f"{other}_index")): c for c in table.cells}
        for t, (t_index, t_label) in enumerate(lines):
            if not TOTAL_ROW_RE.match(clean_label(t_label)):
                continue
            parts = _parts(lines, t)
            if len(parts) < 2:
                continue
            for k_index, k_label in keys:
                key = clean_label(k_label)
                if not key or TOTAL_ROW_RE.match(key) or key in ("序号", "单位") or labels.count(key) > 1:
                    continue
                total = by_pos.get((t_index, k_index))
                cells = [by_pos.get((index, k_index)) for index, _ in parts]
                if total is None or total.value is None or total.unit == "%" or \
                        any(c is None or c.value is None or c.unit == "%" for c in cells) or \
                        _alone_in_line(table, total, axis):
                    continue
                signs = [-1 if _subtracted(label) else 1 for _, label in parts]
                check = _sum_check(doc, table, total, list(zip(cells, signs)))
                if check.ok or not selection:
                    out.append(check)
    return out


IDENTITIES_FILE = "lexicons/statement_identities.v1.tsv"
# A line's enumerators, by level: "一、", "（一）", "1.", "（1）".
ENUMERATORS = (r"[一二三四五六七八九十]+[、.．]", r"[（(][一二三四五六七八九十]+[)）]", r"\d+[、.．](?!\d)", r"[（(]\d+[)）]")
# A statement line's leading enumerator or 加：/减：, which no identity's names hold ("六、期末现金及现金等价物余额",
# "1.归属于母公司股东的净利润"; the identity gives the sign; clean_label already drops the bracketed ones).
LINE_LEAD_RE = regex.compile(rf"^(?:{ENUMERATORS[0]}|{ENUMERATORS[2]})?(?:[加减][：:])?")


@lru_cache(maxsize=1)
def statement_identities() -> tuple[tuple[frozenset[str], tuple[tuple[frozenset[str], int], ...]], ...]:
    """(names of the total line, (names of a part line, its sign) …) of the statement lines every report names alike:
    资产总计 = 流动资产合计 + 非流动资产合计, 经营活动产生的现金流量净额 = 现金流入小计 − 现金流出小计."""
    out = []
    for total, parts in load_tsv(IDENTITIES_FILE):
        terms = regex.findall(r"([+-]?)([^+-]+)", parts)
        out.append((frozenset(total.split("|")),
                    tuple((frozenset(names.split("|")), -1 if sign == "-" else 1) for sign, names in terms)))
    return tuple(out)


def statement_identity_checks(doc: str, table: Table) -> list[Check]:
    """Each statement total of ``statement_identities`` whose parts are lines of the same table, column by column:
    lines named alike in every report, so no parts are guessed (the items above a 小计 are left alone)."""
    if not _labelled(table):
        return []
    rows: dict[str, int] = {}
    for index, label in _lines(table, "row"):
        rows.setdefault(LINE_LEAD_RE.sub("", clean_label(label)), index)

    def row_of(names: frozenset[str]) -> int | None:
        return next((rows[name] for name in sorted(names) if name in rows), None)

    by_pos = {(c.row_index, c.col_index): c for c in table.cells}
    out: list[Check] = []
    for total_names, terms in statement_identities():
        total_row, part_rows = row_of(total_names), [row_of(names) for names, _ in terms]
        if total_row is None or None in part_rows:
            continue
        for col_index, _ in _lines(table, "col"):
            total = by_pos.get((total_row, col_index))
            parts = [by_pos.get((row, col_index)) for row in part_rows]
            if any(c is None or c.value is None or c.unit == "%" for c in (total, *parts)):
                continue
            signed = [(c, sign) for c, (_, sign) in zip(parts, terms)]
            value = _signed_sum(signed)
            tolerance = sum((_cell_step(c, table) for c in (total, *parts)), Decimal(0))
            what = f"{table.id} {total.row}/{total.col} = {_terms(signed)}"
            refs = [cell_ref(table, c) for c in (total, *parts)]
            out.append(make_check(doc, "sum", [], refs, total.value, (value, value), tolerance, what))
    return out


# 顶层编号："一、"、"（一）"、"1."、"（1）"：一组行里有两个以上同级编号时，只有它们是合计的组成部分。
ENUMERATOR_RES = tuple(regex.compile("^" + p) for p in ENUMERATORS)
SUBTOTAL_RE = regex.compile(r"^小计$")


def _labelled(table: Table) -> bool:
    """Every numeric cell has a row label, and a column label unless the table has one value column
    (a key/value table): numbers under an empty label mean a layout the parser did not rebuild."""
    numeric = [c for c in table.cells if c.value is not None]
    value_cols = {c.col_index for c in numeric}
    return all(clean_label(c.row) and (clean_label(c.col) or len(value_cols) == 1) for c in numeric)


def _lines(table: Table, axis: str) -> list[tuple[int, str]]:
    """(position, label) of the table's rows (columns), in order."""
    seen: dict[int, str] = {}
    for cell in table.cells:
        seen.setdefault(getattr(cell, f"{axis}_index"), getattr(cell, axis))
    return sorted(seen.items())


def _subtracted(label: str) -> bool:
    """A "减：库存股" line: subtracted from its total."""
    return "".join(label.split()).startswith(("减：", "减:"))


def _parts(lines: list[tuple[int, str]], t: int) -> list[tuple[int, str]]:
    """The lines a total at position ``t`` of ``lines`` adds up (see ``sum_checks``)."""
    def kind(label: str) -> str:
        text = clean_label(label)
        return "sub" if SUBTOTAL_RE.match(text) else "total" if TOTAL_ROW_RE.match(text) else "part"

    kinds = [kind(label) for _, label in lines]
    subtotal = kinds[t] == "sub"
    stop = {"sub", "total"} if subtotal else {"total"}
    start = t
    while start > 0 and kinds[start - 1] not in stop:
        start -= 1
    region = list(range(start, t))
    if not subtotal and any(kinds[i] == "sub" for i in region):
        last = max(i for i in region if kinds[i] == "sub")
        region = [i for i in region if kinds[i] == "sub" or i > last]
    if not region:                    # a total printed first: the lines after it
        end = t + 1
        while end < len(lines) and kinds[end] == "part":
            end += 1
        region = list(range(t + 1, end))
    labels = ["".join(lines[i][1].split()) for i in region]
    for pattern in ENUMERATOR_RES:
        numbered = [i for i, label in zip(region, labels) if pattern.match(label) or kinds[i] == "sub"]
        if sum(1 for i in numbered if kinds[i] == "part") >= 2:
            return [lines[i] for i in numbered]
    return [lines[i] for i, label in zip(region, labels) if not label.startswith("其中") and clean_label(label)
            and clean_label(label) not in ("序号", "单位")]


def _alone_in_line(table: Table, total: Cell, axis: str) -> bool:
    """A grand total: the only value of its row (column) although the table has several columns."""
    index = getattr(total, f"{axis}_index")
    line = [c for c in table.cells if getattr(c, f"{axis}_index") == index and c.value is not None]
    other = "col" if axis == "row" else "row"
    return len(line) == 1 and len({getattr(c, f"{other}_index") for c in table.cells if c.value is not None}) > 1


def _sum_check(doc: str, table: Table, total: Cell, parts: Sequence[tuple[Cell, int]]) -> Check:
    """The total cell against the signed sum of its parts (rounding of every part allowed for).

    When the plain sum misses, a part that is itself the sum of the parts right after it (a group
    row) is counted once, without them; rows right under a part that add up to what the plain sum
    counts too much (the rows of a 其中 list, printed without their mark) are its parts, not the
    total's; the check says so. Each figure may carry half a unit of its last digit (``_cell_step``).
    """
    def step(cell: Cell) -> Decimal:
        return _cell_step(cell, table)

    tolerance = sum((step(c) for c, _ in parts), step(total))
    stated = total.value or Decimal(0)
    used = list(parts)
    note = ""
    if abs(_signed_sum(used) - stated) > tolerance:
        for fold, where in ((_fold_groups, "under"), (_fold_subtotals, "above")):
            grouped, groups = fold(used, step)
            if groups and abs(_signed_sum(grouped) - stated) <= tolerance:
                used = grouped
                note = "; " + ", ".join(f"{g} counted once with the {n} rows {where} it" for g, n in groups)
                break
        else:
            grouped, groups = _fold_groups(used, step)
            for base, folded in ((used, []), (grouped, groups) if groups else (used, [])):
                kept, runs = _fold_children(base, stated, tolerance)
                if runs:
                    used = kept
                    note = "; " + ", ".join(
                        [f"{g} counted once with the {n} rows under it" for g, n in folded]
                        + [f"the {n} rows {w} {g} counted as its parts" for g, n, w in runs])
                    break
    value = _signed_sum(used)
    refs = [cell_ref(table, total)] + [cell_ref(table, c) for c, _ in used]
    what = f"{table.id} {total.row}/{total.col} = {_terms(used)}{note}"
    figures = [c.value or Decimal(0) for c, _ in used]
    unfit = ("the total is smaller than one of its parts, none negative: the line holds no sum (an average, a "
             "rate, or rows of another level)") if stated >= 0 and all(f >= 0 for f in figures) and \
        all(sign > 0 for _, sign in used) and stated < max(figures, default=Decimal(0)) - tolerance else ""
    return make_check(doc, "sum", [], refs, stated, (value, value), tolerance, what, unfit=unfit)


def _terms(parts: Sequence[tuple[Cell, int]]) -> str:
    """A sum's parts as its explanation writes them: "56,912,220.94 + 524,358.00 - 1,000.00"."""
    return " ".join(f"{'-' if sign < 0 else '+'} {c.text.strip() or c.value}" for c, sign in parts).lstrip("+ ")


def _signed_sum(parts: Sequence[tuple[Cell, int]]) -> Decimal:
    return sum((sign * (c.value or Decimal(0)) for c, sign in parts), Decimal(0))


def _cell_step(cell: Cell, table: Table) -> Decimal:
    """Rounding a cell's figure may carry: exact only for a whole number in a known base unit (人, 股,
    元); a whole number in a scaled unit (万元) or under no stated unit (a 百万元 table whose note was
    not read) is a rounded amount."""
    base, scale = cell_unit_scale(cell, table)
    return input_step(cell.value or Decimal(0), scale if base else 10)


MAX_CHILD_PARTS = 60    # lines of a sum searched for runs of child rows


def _fold_children(parts: Sequence[tuple[Cell, int]], stated: Decimal,
                   tolerance: Decimal) -> tuple[list[tuple[Cell, int]], list[tuple[str, int, str]]]:
    """Parts without one or two runs of child rows: a run of rows right after (or right before: a
    subtotal under its rows) a part, adding up to at most that part, whose removal makes the sum the
    stated total (within ``tolerance``). Returns the kept parts and (parent label, rows taken out), or
    the parts unchanged and [] when none fits (each taken run as parent label, rows, "under" or
    "above"). Runs are found by their sums (sorted, bisected), so a
    long table costs n^2 log n, not n^4."""
    if len(parts) > MAX_CHILD_PARTS:
        return list(parts), []
    values = [sign * (cell.value or Decimal(0)) for cell, sign in parts]
    excess = sum(values, Decimal(0)) - stated
    runs: list[tuple[Decimal, int, int, int]] = []     # (sum of the children, parent, first, last child)
    for i, (parent, _) in enumerate(parts):
        for step in (1, -1):
            running, j = Decimal(0), i + step
            while 0 <= j < len(parts):
                running += values[j]
                if abs(running) > abs(parent.value or Decimal(0)) + tolerance:
                    break
                if running:                    # rows adding to nothing change no sum
                    runs.append((running, i, min(i + step, j), max(i + step, j)))
                j += step

    Run = tuple[Decimal, int, int, int]

    def result(chosen: list[Run]) -> tuple[list[tuple[Cell, int]], list[tuple[str, int, str]]]:
        gone = {k for _, _, a, b in chosen for k in range(a, b + 1)}
        kept = [part for k, part in enumerate(parts) if k not in gone]
        cell = lambda i: parts[i][0]                                          # noqa: E731
        return kept, [(clean_label(cell(i).row or cell(i).col), b - a + 1, "under" if a > i else "above")
                      for _, i, a, b in chosen]

    for run in runs:
        if abs(run[0] - excess) <= tolerance:
            return result([run])
    runs.sort(key=lambda r: r[0])
    sums = [r[0] for r in runs]
    for first in runs:
        lo = bisect.bisect_left(sums, excess - first[0] - tolerance)
        hi = bisect.bisect_right(sums, excess - first[0] + tolerance)
        for second in runs[lo:hi]:
            (_, i, a, b), (_, k, c, d) = first, second
            if max(i, a, b) < min(k, c, d) or max(k, c, d) < min(i, a, b):    # apart: no row in the other
                return result(sorted([first, second], key=lambda r: r[1]))
    return list(parts), []


def _fold_subtotals(parts: Sequence[tuple[Cell, int]], step: Callable[[Cell], Decimal] = lambda c: input_step(
        c.value or Decimal(0))) -> tuple[list[tuple[Cell, int]], list[tuple[str, int]]]:
    """Parts with each unlabelled subtotal's rows taken out: a part equal (within rounding) to the
    sum of two or more parts right before it (a subtotal printed after its rows)."""
    kept: list[tuple[Cell, int]] = []
    groups = []
    for cell, sign in parts:
        value = cell.value or Decimal(0)
        running, found = Decimal(0), 0
        for m in range(1, len(kept) + 1):
            running += kept[-m][0].value or Decimal(0)
            allowed = sum((step(c) for c, _ in kept[-m:]), step(cell))
            if m >= 2 and abs(running - value) <= allowed:
                found = m
                break
        if found:
            del kept[-found:]
            groups.append((clean_label(cell.row if cell.row else cell.col), found))
        kept.append((cell, sign))
    return kept, groups


def _fold_groups(parts: Sequence[tuple[Cell, int]], step: Callable[[Cell], Decimal] = lambda c: input_step(
        c.value or Decimal(0))) -> tuple[list[tuple[Cell, int]], list[tuple[str, int]]]:
    """Parts with each group row's rows taken out: a part equal (within rounding) to the sum of the
    one or more parts right after it. Returns the kept parts and (group label, rows folded)."""
    kept, groups, i = [], [], 0
    while i < len(parts):
        cell, sign = parts[i]
        running, j = Decimal(0), i + 1
        found = 0
        while j < len(parts):
            running += parts[j][0].value or Decimal(0)
            allowed = sum((step(c) for c, _ in parts[i:j + 1]), Decimal(0))
            if abs(running - (cell.value or Decimal(0))) <= allowed:
                found = j
                break
            if abs(running) > abs(cell.value or Decimal(0)):
                break
            j += 1
        kept.append((cell, sign))
        if found:
            groups.append((clean_label(cell.row if cell.row else cell.col), found - i))
            i = found + 1
        else:
            i += 1
    return kept, groups


__all__ = ["find_checks", "growth_checks", "share_checks", "breakdown_checks", "table_change_checks",
           "sum_checks", "growth_interval", "half_step", "input_step", "check_id", "cell_ref", "make_check",
           "check_line"]
