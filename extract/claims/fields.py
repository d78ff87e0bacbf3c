"""What a claim's number means: kind and direction, metric, period and baseline.

All functions work on a whitespace-free sentence and the mention's offsets in it.
"""
from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import replace
from functools import lru_cache
from itertools import repeat, takewhile

from ..nlp.orgs import find_org_spans, is_org_name, relation_words
from ..nlp.segmenter import cut_pos, ends_inside_word
from ..numbers import SCALE_WORDS
from ..numbers.mentions import CHANGE_VERBS_FILE, Mention, find_mentions, load_bounds, load_units, unit_regex
from ..numbers.parse import parse_numeral
from ..records import Claim
from ..resources import load_patterns, load_tsv, load_word_kinds, load_words
from ..text import is_han
from ..text.literals import needs, search_end
from .context import CLAIM_WORDS, anaphors, self_references

PERIODS_FILE = "lexicons/periods.v1.tsv"
RELATIVE_PERIODS_FILE = "lexicons/relative_periods.v1.tsv"
# The rules of this module and of filters.py / context.py are data: regexes by rule id (each with real
# examples, tests/patterns runs them) and word lists by kind (rank_context, money_word, leading_verb, …).
FIELD_PATTERNS = "patterns/claim_fields.v1.jsonl"
# Clause delimiters: a metric never crosses them.
LIST_WORDS = "lexicons/metric_compose.v1.tsv"      # its joiner kind: what joins a list's items
CLAUSE_DELIMS = "，,。；;：:、（）()！？“”"
# The units of a change of a rate: 提高1.2个百分点, 收窄16个基点 (16bp).
RATE_POINTS = ("百分点", "基点", "千分点")
LEVEL_KINDS = frozenset({"count", "money", "measure"})     # a figure's own level, no change, rate or rank


def field_rule(name: str) -> re.Pattern:
    """The regex ``<name>.v1`` of models/patterns/claim_fields.v1.jsonl ("field.baseline" …)."""
    return load_patterns(FIELD_PATTERNS)[f"{name}.v1"]


def claim_words(kind: str) -> tuple[str, ...]:
    """The words of one kind of models/lexicons/claim_words.v1.tsv, in file order."""
    return load_word_kinds(CLAIM_WORDS)[kind]


INDUSTRY_NAMES_FILE = "lexicons/industry_names.v1.tsv"


@lru_cache(maxsize=1)
def industry_names() -> tuple[str, ...]:
    """The industry names of 《国民经济行业分类》 (the file's first column), longest first: each is one name, whatever 、,
    和 or 及 it holds ("交通运输、仓储和邮政业")."""
    return tuple(sorted(set(load_words(INDUSTRY_NAMES_FILE)), key=len, reverse=True))


# The joiners inside an industry name, marked so that no list splits there, and back.
_NAME_JOINERS = {"、": "\x1f", "和": "\x1e", "及": "\x1d"}
_MARK = str.maketrans(_NAME_JOINERS)
_UNMARK = str.maketrans({v: k for k, v in _NAME_JOINERS.items()})


def mark_industry_names(text: str) -> str:
    """``text`` with the joiners inside the industry names it holds marked (a list split at 、 or 和 leaves those names
    whole); ``unmark`` gives the text back."""
    for name in industry_names():
        if name in text:
            text = text.replace(name, name.translate(_MARK))
    return text


def unmark(text: str) -> str:
    return text.translate(_UNMARK)


CLASSIFIERS_FILE = "lexicons/classifiers.v1.tsv"


@lru_cache(maxsize=1)
def classifiers() -> frozenset[str]:
    """Units after which the counted thing usually follows ("13个首批建设项目")."""
    return frozenset(load_words(CLASSIFIERS_FILE))


@lru_cache(maxsize=1)
def leading_verbs() -> tuple[str, ...]:
    """Verbs opening the text before a number, longest first (so "公开招聘" is stripped before "招聘")."""
    return tuple(sorted(claim_words("leading_verb"), key=len, reverse=True))


@lru_cache(maxsize=1)
def change_verbs() -> dict[str, str]:
    """Change verb -> direction, longest verbs first (so "增长率" is tried before "增长")."""
    rows = sorted(load_tsv(CHANGE_VERBS_FILE), key=lambda row: len(row[0]), reverse=True)
    return {row[0]: row[1] for row in rows}


@lru_cache(maxsize=1)
def relative_periods() -> tuple[str, ...]:
    """Relative period words a sentence may state: the kept ones and the ones the context resolves, longest
    first, words of one length in a fixed order (a set's order changes with the hash seed: "本报告期末" read
    as 本报告期 in one run and 报告期末 in the next)."""
    words = set(load_words(PERIODS_FILE)) | set(load_words(RELATIVE_PERIODS_FILE))
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _any_relative_period() -> re.Pattern:
    """One pass that tells whether a text holds any relative period word (most clauses hold none)."""
    return re.compile("|".join(re.escape(w) for w in relative_periods()))


@lru_cache(maxsize=1)
def _time_needs() -> tuple[re.Pattern, ...]:
    return needs(field_rule("field.time_absolute"))


def _may_hold_time(text: str) -> bool:
    """False when field.time_absolute cannot match in ``text`` (it lacks 年, 届, 至, - …; text/literals.py)."""
    for clause in _time_needs():        # a loop, not all(generator): called for every clause of every claim
        if not clause.search(text):
            return False
    return True


def change_before(sentence: str, m: Mention) -> str | None:
    """Direction ("up"/"down") when a change verb stands right before the number ("增加了 5 项")."""
    raw = sentence[max(0, m.start - 12):m.start]     # "增速连续20个月保持30%以上": 12 characters reach its 增速
    before = field_rule("field.change_filler").sub("", raw)
    if field_rule("field.change_target").search(before) or (
            raw.endswith("为") and field_rule("field.change_target").search(raw)):
        return None         # "提高到90.4%", "增速目标下调为4.5%": the level reached (达到 is a filler: 增幅达到76.2%)
    if before.endswith(claim_words("not_change_verb")) or before.endswith(claim_words("level_rate")):
        return None         # "每10股转增5股": bonus shares, no change (转增 ends as 增 does); "人口自然增长率为5.36‰"
    found = _compared_clause(sentence, m)[1] if m.unit not in ("%", "‰") else None
    if found is None and m.unit in RATE_POINTS:       # "全县地区生产总值增速落后于全市平均水平1.4个百分点"
        clause = sentence[clause_start(sentence, m.start):m.start]
        found = next((f for f in field_rule("field.compared_area").finditer(clause) if f.end() == len(clause)), None)
    if found:       # points too: "低于全市平均水平0.7个百分点" is a difference below it (and "低于全区工业增加值增速9个
        return "down" if any(w in found.group()[:found.start("b") - found.start()] for w in LOWER_THAN) else "up"
        # 百分点" no change of 增速)
    for verb in change_verbs():
        if before.endswith(verb):
            return None if ends_inside_word(before, verb) else change_verbs()[verb]    # "果断出台稳增长26条"
    after = field_rule("field.change_after").match(sentence, m.end) if m.unit in ("%", "‰") else None
    if after:           # "营业收入保持17.7%的稳健增长"
        return "up" if after.group("up") else "down"
    found = compared_with_figure(sentence, m) if before.endswith(("高", "低", "多", "少")) else None
    if found is None and before.endswith(("高", "低", "多", "少")) and m.unit in RATE_POINTS:
        clause = sentence[clause_start(sentence, m.start):m.start]      # "规上工业增加值增速比全省低0.5个百分点": after
        at = clause.rfind("比")                                          # the name that is compared
        found = field_rule("field.compared_by_bi").fullmatch(clause[at:]) if at > 0 else None
    groups = found.groupdict() if found else {}         # "比上届高300元": 高 is no change verb but after 比
    return "up" if groups.get("up") else "down" if groups.get("down") else None


def target_bound(sentence: str, m: Mention) -> str:
    """The bound of a figure: "以上" in a target (预期目标, 需保持在…以上) means at least (>=), in a result more than (>);
    a share of a base written after a bound word ("不超过本次购买资产交易价格的100%", "不少于…可分配利润的百分之三十",
    "所占比例最低应达到80%") is bounded by that word."""
    if m.bound == ">" and "以上" in sentence[m.start:m.end + 3] and any(w in sentence for w in claim_words("target_word")):
        return ">="
    if m.bound == "=" and m.unit_kind == "share":
        bound = search_end(field_rule("field.bound_of_base"), sentence[:m.start])
        if bound:
            return "<=" if bound.group("le") else ">=" if bound.group("ge") else ">"
    return m.bound


def _rate_reached(clause: str) -> str:
    """The rate of change whose level a clause states ("营收增速放缓至" -> 增速), or the point it moved from or to
    ("归母净利润增速从2021年的" and "…增速从2021年的10.62%逐年下降至" -> 增速), or ""."""
    moved = _rate_from().search(clause)
    if moved and not clause.endswith(claim_words("level_rate"), 0, moved.end("rate")) and (
            field_rule("field.from_point").fullmatch(clause, moved.end()) or field_rule("field.change_target").search(
                _TIME_AT_END.sub("", clause), moved.end())):       # (to "下降至2024年的": a time, then the level)
        return moved.group("rate")
    target = field_rule("field.change_target").search(clause)
    if not target:
        return ""
    words = [w for w, _f in cut_pos(clause[:target.start()])]
    while words and (words[-1] in change_verbs() or words[-1] in ("已", "已经")):     # 放缓, 回落, 提高 … before
        rate = next((r for r in claim_words("growth_metric_end") if words[-1].endswith(r)), "")    # 至: how the
        if rate:                                                                                # rate moved
            return rate     # (and 已 before them: "但营收同比增速已放缓至4.55%")
        words.pop()
    return ""


_RATE_ENDS = ("率", "比", "比例", "比重")
_BRACKET_AT_END = re.compile(r"[（(][^（）()]{1,12}[）)]$")


def by_sign(value, direction: str | None) -> str | None:
    """A change's direction, or none where it is written with its minus sign: the value carries its fall ("同比
    -0.91pct", "增速为-49.83%"), and a direction too would turn it over in the growth check."""
    return None if value < 0 else direction


def pulled(sentence: str, m: Mention) -> re.Match | None:
    """Points a part added to the growth of the whole ("拉动规上工业增长2.2个百分点") or took from it (拉低, 拖累)."""
    if m.unit not in RATE_POINTS:
        return None
    return field_rule("field.pulled_points").search(sentence, clause_start(sentence, m.start), m.start)


_RESPECTIVE_LEAD = re.compile(r"(?:其中[^，,；;]{0,12})?分别(?:为|是|达到?|录得)?$")


def _rates_listed(sentence: str, m: Mention) -> bool:
    """A percentage of a 分别 list in the clause right after one about growth rates ("…去年营收增速均超过10%,分别为
    10.53%和15.29%", "营收增速突破9%,分别为11.32%、9.61%": the rates of the banks the clause before named)."""
    start = clause_start(sentence, m.start)
    lead = sentence[start:m.start]
    lead = lead[:lead.find("分别") + 6] if "分别" in lead else lead      # the list's later items
    if start < 2 or not _RESPECTIVE_LEAD.search(lead.split("、")[0].split("和")[0]):
        return False
    previous = sentence[clause_start(sentence, start - 1):start - 1]
    return any(w in previous for w in claim_words("growth_metric_end")) and "%" in previous


_BRACKETED_RATES_GROWING = re.compile(r"[%％]?[）)](?:[、和及][^，,。；;（(]{1,16}[（(][-+]?[0-9.]+[%％][）)])*等"
                                      r"[^，,。；;]{0,8}?(?:增长|增速|增幅)")


def _bracketed_rates_of_growth(sentence: str, m: Mention) -> bool:
    """"服务机器人(93.8%)、新能源汽车(47.8%)等产量快速增长": rates in brackets after items whose list ends in 等 and a
    growth are the items' growth rates (they were shares)."""
    return sentence[m.start - 1:m.start] in ("（", "(") and bool(_BRACKETED_RATES_GROWING.match(sentence, m.end))


# verbs that change what follows them by the rate after it ("减少木材使用量80%", "提高生产效率30%")
_CUTTING_VERBS = ("减少", "节省", "节约", "降低", "缩短", "压降", "压缩")
_RAISING_VERBS = ("提高", "提升", "增加")
_VERB_THEN_OBJECT = re.compile(rf"(?P<verb>{'|'.join(_CUTTING_VERBS + _RAISING_VERBS)})(?P<object>[^，,；;。、：:0-9０-９"
                               r"至到为了比较约近超达“”\"（()）]{2,10})$")     # (a quoted reason's share: "“提升综合能力”(27.48%)")


def _verb_then_object(sentence: str, m: Mention) -> re.Match | None:
    """A verb of change and what it changed, ending right before the figure, in its clause."""
    return _VERB_THEN_OBJECT.search(sentence, clause_start(sentence, m.start), m.start)


def object_of_change(sentence: str, m: Mention, metric: str) -> str:
    """What a verb of change before it changed names a growth rate, without the verb and who acted ("通过装配式施工减少
    木材使用量80%" -> 木材使用量; "降低能耗20%" -> 能耗); ``metric`` as it is otherwise."""
    found = _verb_then_object(sentence, m)
    return found.group("object") if found and metric.endswith(found.group("verb") + found.group("object")) else metric


# what a text says of a rate before the bracket that gives it ("增速最高（19.53%）", "平均增速较高（11.56%）")
_STANDING_BEFORE_BRACKET = re.compile(r"(?:最高|最低|较高|较低|居首|领先|第一|靠前|靠后|明显|显著|相对)*$")


def _bracket_after_growth(sentence: str, m: Mention) -> bool:
    """A percentage in a bracket right after a growth rate's name, past what is said of it and the cohort's labels
    ("齐鲁银行增速最高（19.53%）", "毕业三年后月收入…及涨幅（2020届本科：69%，高职：64%）": the rate, not a share)."""
    opened = sentence.rfind("（", max(0, m.start - 16), m.start)
    if opened < 0 or "）" in sentence[opened:m.start]:
        return False
    head = _STANDING_BEFORE_BRACKET.sub("", sentence[max(0, opened - 12):opened])
    return head.endswith(claim_words("growth_metric_end"))


def names_money(metric: str | None) -> bool:
    """Whether ``metric`` names an amount of money ("营业总收入", "研发费用"; not 净资产收益率, a rate whose % was lost)."""
    return bool(metric) and any(w in metric for w in claim_words("money_word")) and not metric.endswith(_RATE_ENDS)


def classify(sentence: str, m: Mention, metric: str | None) -> tuple[str, str | None]:
    """(kind, direction) of a claim."""
    if found := pulled(sentence, m):
        return "delta", "down" if found.group("verb") in ("拉低", "下拉", "拖累") else "up"
    before = sentence[max(0, m.start - 8):m.start]
    if m.unit in claim_words("rank_unit") and sentence[m.start - 1:m.start] != "第" and \
            (moved := change_before(sentence, m)):
        return "delta", moved       # "全球创新指数排名提升5位至第24位": places moved, not a place
    if sentence.startswith("首", m.num_start) and m.unit in claim_words("rank_unit"):
        before = sentence[clause_start(sentence, m.start):m.start]  # "增速居9个国家中心城市首位": the group may be long
    if sentence[m.start - 1:m.start] == "第" or m.unit == "强" or (
            m.unit in claim_words("rank_unit") and any(w in before for w in claim_words("rank_context"))) or (
            not m.unit and before.endswith("前") and field_rule("field.rank_scope").search(before[:-1])):
        return "rank", None         # "工业投资增速连续10个月稳居全省前3": among the first three
    changed = change_before(sentence, m)
    direction = by_sign(m.value, changed) if changed == "up" else changed
    if m.unit_kind == "delta":
        return "delta", direction or by_sign(m.value, "up")
    if m.unit in ("%", "‰"):
        if changed:
            return "growth", direction
        if m.value < 0 and before.endswith(("（", "(", "（即", "(即")):
            return "growth", None       # "营业收入62.82亿元（-6.09%），归母净利润11.71亿元（+3.21%）": a signed rate in
            # brackets after a figure is its change, as the one with a plus (中煤能源: "较2023年减少…（即-9.3%）")
        sign_at = m.start - 1 if sentence[m.start - 1:m.start] in ("+", "＋") else m.start if m.value < 0 else -1
        if sign_at > 0 and is_han(sentence, sign_at - 1) and m.unit == "%" and not without_copulas(
                sentence[clause_start(sentence, sign_at):sign_at]).endswith(("率", "的")):
            # (not a rate's level: 净资产收益率-1.45%, 加权平均净资产收益率为-25.62%)
            return "growth", "up" if m.value > 0 else None      # "国内增值税+2.8%…罚没收入-4.3%": a digest's signed
            # rates after the items' names are their changes
        scope = search_end(field_rule("field.bracketed_scope_rate"), sentence[:m.start])
        if scope:       # "全县规模以上工业增加值同比增长7.5%(全市11.1%)": the city's growth of the same measure
            falls = scope.group("verb") in ("下降", "回落", "下滑", "减少")
            return "growth", by_sign(m.value, "down" if falls else "up")
        if before.removesuffix("分别").endswith(claim_words("plain_baseline")):
            return "growth", None       # "博士人数586人同比29.65": a rate right after 同比 is a change against it
            # (also after 同比分别: "营收、归母净利润分别为 213.3、56.9 亿元,同比分别 -7.2%、-7.5%")
        named = _BRACKET_AT_END.sub("", metric) if metric else metric   # "营收增速(算术平均)分别为0.2%、…": of 增速
        if named and named.endswith(claim_words("growth_metric_end")) and not named.endswith(claim_words("level_rate")):
            # "经济增长预期目标为5%左右" (not "人口自然增长率为5.36‰": a level)
            return "growth", by_sign(m.value, "down" if named.endswith(claim_words("fall_metric_end")) else "up")
        if _rates_listed(sentence, m) or _bracketed_rates_of_growth(sentence, m) or _bracket_after_growth(sentence, m):
            return "growth", by_sign(m.value, "up")
        changed_object = _verb_then_object(sentence, m)
        if changed_object and not field_rule("field.change_target").search(changed_object.group("object")):
            # "通过装配式施工减少木材使用量80%", "提高生产效率30%": a verb of change, what it changed, then by how much
            return "growth", "down" if changed_object.group("verb") in _CUTTING_VERBS else by_sign(m.value, "up")
        reached = _rate_reached(sentence[clause_start(sentence, m.start):m.start])
        if reached:     # "24Q2营收增速放缓至2.9%": the growth rate the change reached (its 增速 left the metric), and
            # "归母净利润增速从2021年的10.62%逐年下降至2024年的4.98%": the rate it started from and the one it reached
            return "growth", by_sign(m.value, "down" if reached in claim_words("fall_metric_end") else "up")
        return "share", None
    if m.unit_kind == "share":      # a fraction ("税收占据了塔国六分之一") or tenths ("占全国九成")
        return ("growth", direction) if changed else ("share", None)
    if changed and m.unit == "倍":
        return "growth", direction      # "高技术产业投资增长3.8倍": a rate of change, in multiples (it was a delta)
    if changed and (not sentence.endswith("新增", 0, m.start) or compared_before(sentence, m, "新增")):
        return "delta", direction
    if m.unit_kind in ("money", "measure") and (metric or _named_before_colon(sentence, m)).endswith(
            claim_words("delta_metric_end")):
        return "delta", None          # "两次评估值的差异为80.31亿元", "与上年同期相比变动值为:-6579万元"
    if not m.unit and metric and field_rule("field.ratio_metric").search(metric):
        return "measure", None        # "城乡居民人均可支配收入比值2.31": a ratio of amounts, no amount
    money_metric = names_money(metric)
    if m.unit_kind == "money" or (not m.unit and money_metric and (
            not sentence.startswith("大", m.end) or sentence.startswith("大关", m.end))):
        return "money", None        # (not "六大支柱及特色工业增加值": six kinds, no amount)
    if m.unit_kind == "measure" or (metric and "平均" in metric
                                    and not field_rule("field.compared_with_average").search(metric)):
        return "measure", None
    if m.unit_kind in ("count", "") and m.normalized != m.normalized.to_integral_value():
        return "measure", None
    return "count", None


def _named_before_colon(sentence: str, m: Mention) -> str:
    """The words a figure is written after, past a copula and a colon ("变动值为:-6579万元" -> 变动值); a colon leaves
    the rules no metric to classify by."""
    if not sentence.endswith(("：", ":"), 0, m.start):
        return ""
    return field_rule("field.trailing_copula").sub("", sentence[clause_start(sentence, m.start - 1):m.start - 1])


def compared_before(sentence: str, m: Mention, word: str) -> bool:
    """Whether all that ``word``, written right before the figure, follows in its clause is what the figure is compared
    with ("招生98772人，比上年新增7885人": 新增 is then a change, not a count of new ones; "比2024年（下同）增收59.34亿元")."""
    before = _NOTE_SAME.sub("", sentence[clause_start(sentence, m.start):m.start - len(word)])
    figures = find_mentions(before) if any(ch.isdigit() for ch in before) else []
    if figures and figures[-1].end == len(before) and figures[-1].start > 0:
        before = before[:figures[-1].start]     # "比上年同期35,285万元增收2,445万元": the figure compared with
    return bool(before) and (field_rule("field.baseline").fullmatch(before) is not None
                             or before in claim_words("plain_baseline"))     # "同比增收2940万元"


_NOTE_SAME = re.compile(r"[（(]下同[）)]")


# Unlike CLAUSE_DELIMS, 、 and brackets do not end a clause here: "X、Y占…", "（2019年：…）" stay whole.
CLAUSE_ENDS = "，,。；;：:！？!?"


@lru_cache(maxsize=1024)
def _clause_cuts(sentence: str) -> list[int]:
    """Offsets of the sentence's clause ends (CLAUSE_ENDS), in order; a claim's rules ask for them many times."""
    return [i for i, ch in enumerate(sentence) if ch in CLAUSE_ENDS and not _GROUPING_COMMA.match(sentence, i)]


# a comma that groups a figure's digits ("比上年同期35,285万元增收2,445万元") ends no clause
_GROUPING_COMMA = re.compile(r"(?<=[0-9]),[0-9]{3}(?![0-9])")


def clause_start(sentence: str, pos: int) -> int:
    """Just after the last clause end before ``pos`` (0 when none): a list's 、 and a bracket stand inside a clause."""
    if pos < 0:                 # as str.rfind reads a negative end
        return max(map(sentence.rfind, CLAUSE_ENDS, repeat(0), repeat(pos))) + 1
    cuts = _clause_cuts(sentence)
    i = bisect.bisect_left(cuts, pos)
    return cuts[i - 1] + 1 if i else 0


def clause_end(sentence: str, pos: int) -> int:
    """The first clause end at or after ``pos`` (the sentence's length when none)."""
    if pos < 0:                 # as str.find reads a negative start
        return min(filter((-1).__ne__, map(sentence.find, CLAUSE_ENDS, repeat(pos))), default=len(sentence))
    cuts = _clause_cuts(sentence)
    i = bisect.bisect_left(cuts, pos)
    return cuts[i] if i < len(cuts) else len(sentence)


@lru_cache(maxsize=1)
def joiners() -> tuple[str, ...]:
    """以及 、 和 及 与: what joins the items of a list (the joiner kind of models/lexicons/metric_compose.v1.tsv),
    longest first, so a span ending in 以及 loses 以及, not 及."""
    return tuple(sorted(load_word_kinds(LIST_WORDS)["joiner"], key=len, reverse=True))


MAX_QUOTED_NAME = 12
_QUOTE_BREAK = re.compile(r"[，,。；;：:！？!?“、]")


def _short_quoted_name(inner: str) -> bool:
    """The text between “ and ” is a short name (“小巨人”), not a quoted list (“精彩教案、精彩课件”) or sentence."""
    return 0 < len(inner) <= MAX_QUOTED_NAME and not _QUOTE_BREAK.search(inner)


def without_trailing_adverb(text: str) -> str:
    """``text`` without the adverb it ends with (claim_words trailing_adverb: 仍, 重新, 更是 …), unless little is left."""
    adverb = next((w for w in claim_words("trailing_adverb") if text.endswith(w) and len(text) > len(w) + 1), "")
    if len(adverb) == 1 and cut_pos(text)[-1][0] != adverb:
        return text         # one character ending a longer word (准则) is no adverb
    return text[:len(text) - len(adverb)]


def _note_before(sentence: str, at: int, opening: str) -> tuple[int, int] | None:
    """The span of a bracketed note (opened by a note_opener word: 包括, 含 …) whose closing bracket is the last in
    ``opening``, the clause before a figure starting at ``at``, or right before it, with at most a copula between the
    note and the figure; None if there is none."""
    close = max(opening.rfind("）"), opening.rfind(")"))
    closed = at + close if close >= 0 else at - 1 if sentence[at - 1:at] in ("）", ")") else -1
    if closed < 0 or without_copulas(sentence[closed + 1:at + len(opening)]):
        return None         # words of a name between the note and the figure: "长三角（不含江苏）占比6.82%"
    opened = note_opened(sentence, closed)
    return (opened, closed + 1) if opened >= 0 else None


def note_opened(sentence: str, closed: int) -> int:
    """Where the bracket closed at ``closed`` opens, if a note_opener word opens it ("（包括本科学校、高职院校等）",
    "(主要是基金销售)"); -1 otherwise."""
    opened = max(sentence.rfind("（", 0, closed), sentence.rfind("(", 0, closed))
    return opened if opened >= 0 and sentence.startswith(claim_words("note_opener"), opened + 1) else -1


_BRACKETED = re.compile(r"[（(]([^（()）]*)[）)]")


def without_notes(text: str) -> str:
    """``text`` without its brackets a note_opener word opens ("营业收入(主要是基金销售)、利息净收入" -> 营业收入、利息净收入)."""
    return _BRACKETED.sub(lambda b: "" if b.group(1).startswith(claim_words("note_opener")) else b.group(), text)


def clause_before(sentence: str, start: int) -> str:
    i = start
    while i > 0:
        if sentence[i - 1] in "）)":        # a bracketed code is part of a name: "细颗粒物（PM2.5）平均浓度"
            opened = max(sentence.rfind("（", 0, i - 1), sentence.rfind("(", 0, i - 1))
            if opened >= 0 and _CODE.fullmatch(sentence[opened + 1:i - 1]):
                i = opened
                continue
        if sentence[i - 1] == "”":      # a short quoted name inside the phrase: "专精特新“小巨人”企业"
            opened = sentence.rfind("“", 0, i - 1)
            if opened >= 0 and _short_quoted_name(sentence[opened + 1:i - 1]):
                i = opened
                continue
        if sentence[i - 1] in CLAUSE_DELIMS:
            break
        i -= 1
    return sentence[i:start]


def clause_after(sentence: str, end: int) -> str:
    j = end
    while j < len(sentence) and sentence[j] not in CLAUSE_DELIMS:
        j += 1
    return sentence[end:j]


_AT_TIME = re.compile(r"(?<=[\u4e00-\u9fff])在(?=(?:19|20)\d\d年)")
_ENDED_AT_START = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[而较比与由从]))止(?:年度|[一二三四五六七八九十0-9]{1,2}个月)的?")


def strip_time(text: str) -> str:
    if "FY" in text or "-2" in text:        # "FY2025收入", "24-26年营收" (before a year inside it: FY2026-FY2028年)
        text = field_rule("field.broker_years").sub("", text)
    if _may_hold_time(text):
        text = _AT_TIME.sub("", text)      # "…在校生人数在2024年首度突破": 在 goes with its time
        text = field_rule("field.time_absolute").sub("", field_rule("field.year_then_annual").sub("", text))
        text = _ENDED_AT_START.sub("", text)    # "截至2023年12月31日止年度的合约销售平均售价": what the span ended is
    if _any_relative_period().search(text):        # else no word to remove: the loop would change nothing
        kept = [w for w in claim_words("balance_term") if w in text]     # "坏账准备期末余额": a line item's column
        for i, word in enumerate(kept):
            text = text.replace(word, f"\x00{i}\x00")
        for word in relative_periods():
            text = text.replace(word, "")
        for i, word in enumerate(kept):
            text = text.replace(f"\x00{i}\x00", word)
    return text


@lru_cache(maxsize=1)
def author_words() -> tuple[str, ...]:
    """公司, 本行, 我校, 学校 …: how a report names its author (longest first)."""
    words = (set(self_references()) | set(anaphors())) - {"公司"}     # 公司债券 is a metric, not the author's
    return tuple(sorted(words, key=len, reverse=True))


def strip_author_words(text: str) -> str:
    """``text`` without the words naming the author it opens with (本行, 我校, 该行 …), unless nothing would be left."""
    return _strip_leading(text, author_words())


def strip_leading_verbs(text: str) -> str:
    """``text`` without the verbs that open it (claim_words leading_verb: 加上, 加, 投入 …)."""
    return _strip_leading(text, leading_verbs())


def _strip_leading(text: str, words) -> str:
    """``text`` without the ``words`` that open it, one after another, each where a word of the segmenter ends with it
    (not 全行 of 全行业营业收入, nor 加上 of 加|上解支出)."""
    changed = True
    while changed and text:
        changed = False
        for w in words:
            if text.startswith(w) and len(text) > len(w) and \
                    len(w) in itertools.accumulate(len(t) for t, _f in cut_pos(text[:len(w) + 12])):
                text, changed = text[len(w):], True
                break
    return text


# Mechanics: a number token (what follows an earlier number in the clause starts the metric).
# A bracketed code of letters and digits inside a name: "细颗粒物（PM2.5）".
_CODE = re.compile(r"[A-Za-z][A-Za-z0-9.]*")
_EARLIER_NUMBER = re.compile(r"(?<![A-Za-z0-9.．“])(?!(?<=范围|范畴)[1-3](?![0-9.．]))[0-9０-９]+(?:[.．][0-9０-９]+)?[%％]?(?![A-Za-z](?![A-Za-z])|”)")
# not PM2.5, CO2, nor a name such as 5G, 3D, 4K (one letter after the digits; 100MW is a figure), nor a quoted number
# (非“211”本科院校), nor an emission scope's (范围1排放量)
# jieba's tag of an organisation's name: before a verb, who acts (no compound noun); not nr, which jieba gives to
# words it does not know (单项赛, 晋级) as often as to people.
AGENT_FLAGS = ("nt",)
# Units that count people: the noun counted ends before the verb of what they do.
PERSON_UNITS = ("名", "位", "人")
# A unit of time opening a metric that is a figure per that time (月平均薪资, 年资助金额), as one character.
PER_WORDS = ("年", "月", "日")
# Words that open a line item's name and name nothing alone (其他业务收入, 其他用品和服务价格).
DETERMINERS = ("其他", "其它")
# jieba part-of-speech flags that may stand inside a metric's noun phrase (tagger settings, not words).
NOUN_FLAGS = frozenset({"n", "nz", "ns", "nt", "nr", "nrt", "vn", "an", "b", "j", "l", "eng", "a", "nrfg", "x",
                        "i", "zg", "z", "ng", "h", "s"})   # z: state words (优良天数比例); ng: noun morphemes (1金5银);
# h: prefixes (非金融机构债务); s: places (过境免签境内停留时间, 境外收入)


@lru_cache(maxsize=1)
def link_words() -> frozenset[str]:
    return frozenset(claim_words("link_word"))


def _after_figure(tokens, i: int) -> bool:
    """Whether the word at ``i`` follows a number, another unit or a bound word (100|万元, 40.61亿元|亿元: a figure's, or a
    table's unit repeated; 超|亿元的公司: an amount bounded), so it opens no name per amount (万元|产值能耗)."""
    return i > 0 and (tokens[i - 1][0][-1:].isdigit() or tokens[i - 1][0] in load_units()
                      or tokens[i - 1][0] in claim_words("per_amount") or tokens[i - 1][0] in bound_words())


def _nounish(token: tuple[str, str]) -> bool:
    """A word that may stand in a metric's noun phrase; never another number ("和9个"). 类 is a noun's
    category ("家电类商品零售额"), not a classifier, inside a phrase; 其他 opens a line item ("其他业务收入",
    "其他用品和服务价格"); a quoted number is a name (非“211”本科院校)."""
    return (token[1] in NOUN_FLAGS or token[0] == "类" or token[0] in DETERMINERS) and (
        not any(ch.isdigit() for ch in token[0]) or token[0][:1] in ("（", "(", "“") or _LETTER_NAME.fullmatch(token[0])
        or _NAMED_CODE.fullmatch(token[0]))


_LETTER_NAME = re.compile(r"[0-9][A-Za-z]")     # 5G, 4K, 3D: a name, no figure ("新增5G基站3万个")
# PM2.5, N95, SO2 and the ISO / OHSAS standards name what is measured (N95口罩, ISO9000认证证书); a page mark (P6230) or
# a year run into a word (CASE2022) names nothing; an emission scope (范围1) is a name
_NAMED_CODE = re.compile(r"[A-Za-z]{1,4}[0-9]{1,2}(?:\.[0-9])?|(?:ISO|OHSAS)[0-9]{4,5}|(?:范围|范畴)[1-3]")


def _ordinal_of(tokens: list[tuple[str, str]], k: int) -> bool:
    """"第二轮 土地承包", "核心 一级 资本充足率": an ordinal or a level before a noun is part of its name."""
    word, flag = tokens[k]
    ordinal = word.startswith("第") and len(word) >= 3
    level = len(word) == 2 and word[0] in "一二三四五六七八九" and word[1] in "级类档"
    return flag == "m" and (ordinal or level) and k + 1 < len(tokens) and _nounish(tokens[k + 1])


def _compound_verb(tokens: list[tuple[str, str]], k: int) -> bool:
    """A verb inside a compound noun ("知识产权 保护 项目"), not an action verb ("项目 完成 任务")."""
    word, flag = tokens[k]
    return (flag in ("v", "vd", "vi") and len(word) >= 2
            and (word not in leading_verbs() or _before_bare_head(tokens, k))        # "公益慈善|投入|总额"
            and 0 < k < len(tokens) - 1 and (_nounish(tokens[k - 1]) or _modifier(tokens[k - 1])
                                             or _joined_to_noun(tokens, k))
            and tokens[k - 1][1] not in AGENT_FLAGS         # "全国人大常委会 审议 法律议案": who acts, and the act
            and not (k >= 2 and tokens[k - 2][0] in claim_words("means_preposition"))   # "通过 网站 发布 信息"
            and not _closes_means(tokens, k - 1)
            and _nounish(tokens[k + 1])
            and not (k + 1 == len(tokens) - 1 and tokens[k + 1][1] == "vn"))   # "物业公司 展开 合作": an action


def _before_bare_head(tokens: list[tuple[str, str]], k: int) -> bool:
    """Token ``k`` is the last but one, and a bare head (总额, 金额, 规模 …) follows it."""
    return k + 2 == len(tokens) and tokens[k + 1][0] in claim_words("bare_head")


def _joined_to_noun(tokens: list[tuple[str, str]], k: int) -> bool:
    """Token ``k`` follows a noun and a joiner ("现金分红 和 回购 金额": both qualify 金额)."""
    return k >= 2 and tokens[k - 1][0] in ("和", "及", "与") and _nounish(tokens[k - 2]) \
        and tokens[k - 2][1] not in AGENT_FLAGS


def _closes_means(tokens: list[tuple[str, str]], k: int) -> bool:
    """Token ``k`` closes a list of means ("门户网站、邮寄 等 途径", "微博 等 渠道") or a means opened by 以 ("以 市政府 或
    市政府办公厅 名义"): what follows is the act."""
    return k >= 1 and (tokens[k - 1][0] == "等" and tokens[k][0] in claim_words("means_noun")
                       or tokens[k][0] in claim_words("means_close") and any(w == "以" for w, _f in tokens[:k]))


def _modifier(token: tuple[str, str]) -> bool:
    """A verb that modifies the noun after it and stays in its name (新增|装机)."""
    return token[0] in claim_words("modifier_verb")


def after_distinguisher(tokens: list[tuple[str, str]], k: int) -> bool:
    """Token ``k`` follows a distinguishing word (jieba's b: 总, 年均), after which a verb is a noun ("培训总|投入",
    "农户年均|创造经济效益", "年均|可|分配利润"); not the passive 受/被 ("主要|受|净利息收入下滑…拖累": what acts on it)."""
    return k >= 1 and tokens[k - 1][1] == "b" and tokens[k][0] not in ("受", "被")


def _able_modifier(tokens: list[tuple[str, str]], j: int) -> bool:
    """"可 循环 文件封", "可 回收 包装": 可 and the verb after it say what the noun can be, before the noun (jieba tags 可
    a verb)."""
    if tokens[j][0] == "可":
        return j + 2 < len(tokens) and tokens[j + 1][1] in ("v", "vn") and _nounish(tokens[j + 2])
    return j > 0 and tokens[j - 1][0] == "可" and tokens[j][1] == "v" and j + 1 < len(tokens) and _nounish(tokens[j + 1])


def _leading_modifier_verb(tokens: list[tuple[str, str]], j: int) -> bool:
    """"学习 项目", "符合 质量…的学校": a verb that opens a noun phrase, followed by a noun."""
    word, flag = tokens[j]
    return (j == 0 and flag == "v" and len(word) >= 2 and word not in leading_verbs()
            and len(tokens) > 1 and _nounish(tokens[1]))


def _bracketed_codes(tokens) -> list[tuple[str, str]]:
    """Tokens with a code ("（", "PM2", ".", "5", "）", or PM2.5 unbracketed) joined into one noun: it names, not
    counts."""
    out: list[tuple[str, str]] = []
    i = 0
    while i < len(tokens):
        if tokens[i][0] in ("（", "("):
            j = next((k for k in range(i + 1, min(len(tokens), i + 8)) if tokens[k][0] in ("）", ")")), None)
            inner = "".join(w for w, _f in tokens[i + 1:j]) if j else ""
            if inner and _CODE.fullmatch(inner):
                out.append(("".join(w for w, _f in tokens[i:j + 1]), "nz"))
                i = j + 1
                continue
        if tokens[i][0] == "“":         # a short quoted name ("“小巨人”企业") is one noun, whole or not at all
            j = next((k for k in range(i + 1, min(len(tokens), i + 8)) if tokens[k][0] == "”"), None)
            inner = "".join(w for w, _f in tokens[i + 1:j]) if j else ""
            if _short_quoted_name(inner):
                out.append(("".join(w for w, _f in tokens[i:j + 1]), "nz"))
                i = j + 1
                continue
        if tokens[i][0][:1].isascii() and tokens[i][0][:1].isalpha():     # "PM2", ".", "5" unbracketed: PM2.5
            j = i + 1
            while j + 1 < len(tokens) and tokens[j][0] == "." and tokens[j + 1][0].isdigit():
                j += 2
            if j > i + 1:
                out.append(("".join(w for w, _f in tokens[i:j]), "nz"))
                i = j
                continue
        out.append(tokens[i])
        i += 1
    return out


def noun_phrase_tail(text: str) -> str:
    """The noun phrase that ends ``text``: "中特高项目完成建设任务" -> "建设任务"."""
    tokens = _bracketed_codes(cut_pos(text))
    i = len(tokens)
    trailing_verbs, leading = 0, leading_verbs()
    while i > 0 and tokens[i - 1][1] == "v" and trailing_verbs < 2 and tokens[i - 1][0] not in leading \
            and not after_distinguisher(tokens, i - 1):
        i, trailing_verbs = i - 1, trailing_verbs + 1      # "竞争力排行", "科研获奖"
    while i > 0 and not (i < len(tokens) and _closes_means(tokens, i - 1)) and (
            _nounish(tokens[i - 1]) or _compound_verb(tokens, i - 1)
            or (tokens[i - 1][0] in link_words() and i < len(tokens)) or _ordinal_of(tokens, i - 1)
            or (_modifier(tokens[i - 1]) and i < len(tokens))    # 新增|装机
            or (tokens[i - 1][0] in claim_words("adjectival_adverb") and i < len(tokens))   # 初步|作价
            or (tokens[i - 1][0] in claim_words("area_locative") and i < len(tokens))       # 东部|地区
            or (tokens[i - 1][0] in claim_words("per_amount") and i < len(tokens) and not _after_figure(tokens, i - 1))
            or (tokens[i - 1][1] == "v" and after_distinguisher(tokens, i - 1))):
        i -= 1
        if _modifier(tokens[i]) and i > 0:
            # one noun before the modifier says where ("可再生能源|新增装机", "城镇|新增就业"); a verb or more says
            # another action ("合计|新增…", "出资的|新增…", "转增注册资本方式|新增注册资本")
            if _nounish(tokens[i - 1]) and tokens[i - 1][1] not in ("v", "vn") and tokens[i - 1][0] not in link_words():
                i -= 1
            break
    while i < len(tokens) and tokens[i][0] in link_words():
        i += 1
    if 0 < i < len(tokens) and tokens[i - 1][0] in claim_words("state_adverb") and tokens[i][1][:1] in ("v", "a"):
        i -= 1          # "已落实就业": what has already happened is a state the figure counts
    elif i >= 2:
        i -= _state_clause(tokens[:i])   # "已使用额度", "尚未使用的授信额度": a state that tells the figure apart
    if i == 1 and _leading_modifier_verb(tokens, 0):
        i = 0           # "帮扶金额", "获批新兽药证书": a verb opening the clause names what kind of figure it is
    if 0 < i < len(tokens) and tokens[i - 1][0] in claim_words("recipient_preposition"):
        i = _verb_after_recipient(tokens, i)
    if trailing_verbs and not any(_nounish(t) for t in tokens[i:]):
        return ""
    if tokens and tokens[-1][0] in DETERMINERS:
        return ""       # "向其他不超过10名特定投资者": a determiner with nothing after it names nothing
    if 0 < i < len(tokens) and tokens[i - 1][0] in claim_words("class_determiner"):
        i -= 1          # "各类安全检查", "各级党组织": of every kind or level, what is counted
    if 0 < i < len(tokens) and tokens[i - 1][0] in PER_WORDS and (i == 1 or tokens[i - 2][0] in ("的", "、", "，")):
        i -= 1          # "提供的月平均薪资", "、年资助金额": a figure per month or year names its unit of time
    if 0 < i < len(tokens) - 1 and tokens[i - 1][0] + tokens[i][0] in author_words():
        i += 2 if tokens[i + 1][0] == "的" and i < len(tokens) - 2 else 1
        # "及本|集团|的|纯|利率", "公开本|委|文件": the author's own figure (本 stops the walk back: 集团的纯利率, 委文件)
    return "".join(w for w, _ in tokens[i:])


def _state_clause(tokens) -> int:
    """How many tokens at the end of ``tokens`` say a state of what follows them: a state adverb opening the clause or
    a part of it (其中), a verb that is no leading verb, and perhaps 的 ("其中|已|使用", "尚未|使用|的"); 0 when none."""
    k = len(tokens) - (1 if tokens and tokens[-1][0] == "的" else 0)
    verb = tokens[k - 1] if k >= 2 else ("", "")
    if verb[1] == "v" and verb[0] not in leading_verbs() and verb[0] not in bound_words() \
            and tokens[k - 2][0] in claim_words("state_adverb") and (k == 2 or tokens[k - 3][0] in ("其中", "、", "，")):
        return len(tokens) - k + 2
    return 0


def _verb_after_recipient(tokens: list[tuple[str, str]], i: int) -> int:
    """Where the action starts after the object of a recipient preposition ("向吉林省|捐赠现金", "向灾区|捐款"):
    who receives or benefits is not what is given; ``i`` when no verb follows."""
    return next((k for k in range(i + 1, len(tokens)) if tokens[k][1] == "v" and len(tokens[k][0]) >= 2), i)


def without_recipient(text: str) -> str:
    """``text`` from the verb after its last recipient phrase: "向灾区捐款" -> "捐款"."""
    tokens = cut_pos(text)
    at = max((k for k, (w, f) in enumerate(tokens) if f == "p" and w in claim_words("recipient_preposition")),
             default=-1)
    if at < 0 or at + 1 >= len(tokens) or not _nounish(tokens[at + 1]):
        return text
    k = _verb_after_recipient(tokens, at + 1)
    return "".join(w for w, _ in tokens[k:]) if k > at + 1 else text


def _opens_figure(tokens: list[tuple[str, str]], k: int) -> bool:
    """Token ``k`` opens another figure ("口罩|和|一万件防护服"): what follows the joiner is another item counted."""
    return k < len(tokens) and (tokens[k][1] == "m" or tokens[k][0][:1].isdigit())


def _doubled(tokens: list[tuple[str, str]], j: int) -> bool:
    """Token ``j`` repeats the word before it: in text without commas the second opens the next label ("140余场培训|
    培训人次4963")."""
    return j > 0 and len(tokens[j][0]) >= 2 and tokens[j][0] == tokens[j - 1][0]


def noun_phrase_head(text: str) -> str:
    """The noun phrase that starts ``text``: "学生志愿者为马拉松提供服务" -> "学生志愿者"; an idiom after its noun may be
    what is said of it ("我校4个项目脱颖而出", "32个赛区如火如荼举行": _said_of)."""
    tokens = cut_pos(text)
    j = 0
    while j < len(tokens) and not _doubled(tokens, j) and not _said_of(tokens, j) and not _all_of_them(tokens, j) and (
            _nounish(tokens[j]) or _compound_verb(tokens, j) or _leading_modifier_verb(tokens, j)
            or _able_modifier(tokens, j)
            or (j == 0 and tokens[j][1] == "m" and not any(c.isdigit() for c in tokens[j][0]))
            or (j == 0 and tokens[j][1] == "f" and len(tokens[j][0]) >= 2 and tokens[j][0][0] not in "之以"
                and len(tokens) > 1 and _nounish(tokens[1]))
            # "沿边行政村": a place word of two characters opening a noun (not a postposition: 之间, 以上)
            or (j == 1 and tokens[j][0] == "级" and tokens[0][1] == "m")      # "十亿级台阶", "百亿级产业集群"
            or (tokens[j][0] in link_words() and j > 0 and not _opens_figure(tokens, j + 1))):
        j += 1
    while j > 0 and (tokens[j - 1][0] in link_words() or tokens[j - 1][1] == "h"):
        j -= 1          # a prefix belongs to the word after it ("交易对方|非公开发行")
    if j < len(tokens) and tokens[j][0][:1].isdigit():     # "产品覆盖全国22个省": the phrase ran into the next
        verbs = [k for k in range(1, j) if _compound_verb(tokens, k)]   # figure's words; it ends at its verb
        j = verbs[-1] if verbs else j
    if j == 1 and tokens[0][0] in DETERMINERS:     # "其他组织": what follows the determiner, tagged a verb or not
        j = 2 if len(tokens) > 1 and tokens[1][1] in ("v", "vn") and len(tokens[1][0]) >= 2 else 0
    return "".join(w for w, _ in tokens[:j])


def _all_of_them(tokens: list[tuple[str, str]], j: int) -> bool:
    """Token ``j`` says all of the noun before it did something ("52项民生实事全部超额完成", "150项改革举措全面完成": 全部 is
    tagged a noun, 全面完成 an idiom): what follows is said of them, no part of the name."""
    word, flag = tokens[j]
    return j > 0 and (word in claim_words("whole_word") or (word.startswith(claim_words("whole_word"))
                                                            and flag in ("l", "i", "v", "d", "ad")))


def _said_of(tokens: list[tuple[str, str]], j: int) -> bool:
    """Token ``j`` is an idiom after a noun that no noun follows: what is said of the noun ("项目脱颖而出"), not a
    modifier of the next, nor people it names ("特困孤寡老人": jieba tags 孤寡老人 an idiom)."""
    return j > 0 and tokens[j][1] == "i" and not tokens[j][0].endswith(("人", "者")) and \
        not (j + 1 < len(tokens) and tokens[j + 1][1] in ("n", "nz", "ng", "vn"))


def _without_stray_quotes(text: str) -> str:
    """``text`` without the quote marks that close or open nothing inside it: "“小巨人”" -> 小巨人, "课”教案" -> 课教案
    is not made, a quoted name inside stays whole ("遴选“科技创新团队”", "专精特新“小巨人”企业")."""
    text = text.strip('"')
    if text.startswith("“") and text.endswith("”") and text.count("“") == 1 and text.count("”") == 1:
        return text[1:-1]
    if text.endswith("”") and "“" not in text:
        text = text[:-1]
    if text.startswith("“") and "”" not in text:
        text = text[1:]
    return text


def without_copulas(text: str) -> str:
    """``text`` without the copulas it ends with, one at a time, at most three ("…总金额为" -> "…总金额", "…认证共有" ->
    "…认证")."""
    for _ in range(3):
        cut = field_rule("field.trailing_copula").sub("", text)
        if cut == text or _word_ending_wei(text, cut):
            return text
        text = cut
    return text


def _word_ending_wei(text: str, cut: str) -> bool:
    """Whether the 为 cut off ``text`` ends a word ("纠正违法或不当行政行为2629件": 行政行为), no copula."""
    last = cut_pos(text)[-1] if text.endswith("为") and len(text) - len(cut) == 1 else ("", "")
    return len(last[0]) > 1 and last[1].startswith("n")     # (not 得分为, 变为: a verb)


def _changed_in_brackets(sentence: str, opened: int, opening: str) -> bool:
    """Whether only change words open the bracket the figure stands in ("（+22.41%）", "（增长22.41%）") and a name, no
    figure, stands right before the bracket (the change is that name's; after a figure, it is the figure's)."""
    if not opening or sentence[opened - 1:opened] not in ("（", "(") or field_rule("field.trailing_change").sub("", opening):
        return False
    before = sentence[max(0, opened - 5):opened - 1]
    return bool(before) and "\u4e00" <= before[-1] <= "\u9fff" and not _EARLIER_NUMBER.search(before)


def metric_before(sentence: str, m: Mention, orgs: list[str]) -> str:
    """Noun phrase before the number: "2023年奖助总金额为" -> "奖助总金额"."""
    opening = clause_before(sentence, m.start)
    note = _note_before(sentence, m.start - len(opening), opening)
    if note:            # "升学率（包括本科学校、高职院校等）约90%": the name before the note
        shift = note[1] - note[0]
        return metric_before(sentence[:note[0]] + sentence[note[1]:], replace(
            m, start=m.start - shift, end=m.end - shift, num_start=m.num_start - shift, num_end=m.num_end - shift), orgs)
    if not opening and sentence[m.start - 1:m.start] in ("（", "("):    # "月均收入（4317元）": a figure in brackets
        opening = clause_before(sentence, m.start - 1)                  # right after what it measures
    elif _changed_in_brackets(sentence, m.start - len(opening), opening):  # "绿色信贷（+22.41%）": of the name before
        opening = clause_before(sentence, m.start - len(opening) - 1) + opening
    elif (alternative := next((w for w in _alternatives() if sentence.endswith(w, 0, m.start - len(opening))), "")):
        at = m.start - len(opening) - len(alternative)      # "本科生出国（境）深造比例为15.6%": the name runs on over the
        opening = clause_before(sentence, at) + alternative + opening       # bracket (it was 深造比例)
    elif 0 < len(opening) <= 8 and sentence[m.start - len(opening) - 1:m.start - len(opening)] in ("）", ")") and \
            (alternative := _ALTERNATIVE_BEFORE.search(sentence, max(0, m.start - len(opening) - 12),
                                                       m.start - len(opening))):
        opening = alternative.group("noun") + opening      # "县（市）区165个": a bracketed alternative inside the noun
    quoted = _quoted_before_bracket(sentence, m.start) or _noted_before_bracket(sentence, m.start)
    if quoted:          # "还包括“电子电气设备制造业（含计算机…）”(9.1%)、“信息传输…”(9.0%)": the name quoted before the bracket
        return quoted   # (or written with its note: "升学渠道以职教高考（三校生高考和专科自主招生）（43.87%）")
    item = _item_before_copula(sentence, m.start - len(opening), opening)
    if item:            # "汽车整车产量实现翻番、达到16.3万辆": the item before 、 names what the copula reached
        return item
    shared = field_rule("field.shared_in_brackets").search(sentence, max(0, m.start - 40), m.start) \
        if sentence[m.start - 1:m.start] in ("为", "是", "均", "都") else None
    if shared:          # "较高的学院是教师教育学院、美术学院（均为100.00%）": the names before the bracket
        return shared.group("names")
    text = whole = field_rule("field.estimate_opener").sub("", field_rule("field.reason_opener").sub(
        "", field_rule("field.sequence_opener").sub("", field_rule("field.letter_enumerator").sub("", opening))))
    if text.startswith("含") and len(text) > 2 and sentence[:m.start - len(opening)].endswith(("（", "(")):
        text = whole = text[1:]     # "办结2033件（含上年结转6件）": what the bracket includes, not 含
    base = _multiple_base(sentence, m, times_only=False)
    if base and m.start - base.start() <= len(text):     # "…余额36万亿元，是“十三五”末的2.3倍": the base of a multiple
        text = text[:len(text) - (m.start - base.start())]     # is when, not what
    if sentence[:m.start - len(text)].endswith("”"):      # "“十四五”时期全国PM2.5浓度": the period's rest
        text = field_rule("field.quoted_period_rest").sub("", text)
    compared = field_rule("field.baseline_then_compare").sub("", field_rule("field.baseline").sub("", text))
    if compared != text and compared in change_verbs():
        return ""       # "比上年减收1070万元": a change against a baseline, of the figure before it
    text = compared
    ratio = field_rule("field.ratio_named").search(text)
    if ratio:
        return ratio.group("ratio")         # "外聘教师与专任教师人数之比为0.19:1"
    if m.unit in ("百分点", "%"):        # "增速高于全国0.5个百分点": 全国 is the baseline (not "全国平均的13.38件")
        text = field_rule("field.compared_area").sub("", text)
    text = BASELINE_PAIR.sub("", text)     # "总资产同比/环比分别": both comparisons and their joiner (was 总资产/)
    for word in claim_words("plain_baseline"):
        text = text.replace(word, "")
    for org in sorted(orgs, key=len, reverse=True):     # longest first (国泰海通证券 before 国泰海通), with the word
        # before it that says what it is to the author ("其中合伙企业顺信丰合认购")
        for word in relation_words():
            at = text.find(word + org)      # "最大股东甘肃省公路航空旅游投资集团有限公司持股17.63%": a ranked holder
            kept = word if at > 0 and word.endswith("股东") and text[:at].endswith(claim_words("ranked_holder")) else ""
            text = text.replace(word + org, kept)
        for word in claim_words("recipient_preposition"):     # "宜昌人福向湖北医药学院捐赠" -> 捐赠 (was 宜昌人福向捐赠):
            at = text.rfind(word + org)                        # a recipient named right before the verb goes with
            rest = text[at + len(word + org):] if at >= 0 else ""     # all before it (who gives is the subject)
            if rest and cut_pos(rest)[0][1] == "v":
                text = rest
        text = _without_name(text, org)
    carried = next((text[at:] for w in claim_words("destination_before") if (at := text.rfind(w)) >= 0
                    and field_rule("field.time_absolute").match(text, at + len(w))), "")
    if carried:         # "结转到2025年办理7件": the row 结转下年度继续办理 with its year, whole (was 到2025年办理)
        return carried
    text = strip_time(text)
    for word in claim_words("topic_end"):     # "在固体废弃物管理方面新乡海滨投资": the topic is not the figure's name
        at = text.rfind(word)
        text = text[at + len(word):] if 0 <= at < len(text) - len(word) else text
    group = field_rule("field.threshold_group").search(text)
    if group:                                      # "在校生超过万人的学校有8所": the group, threshold and all
        return group.group("group")
    band = band_named(text)
    if band:
        return band
    named = _list_named(text)
    if "连续" in text:      # "新能源汽车产销量连续11年全球第一": the run of years is the period, no earlier figure
        text = field_rule("field.recent_years").sub("", text)
    after = [named] if named else _EARLIER_NUMBER.split(text)
    text = after[-1][1:] if len(after) > 1 and after[-1][:1] in PER_WORDS else after[-1]   # what follows an
    # earlier number, without that number's 年/月/日 ("1-5月光伏装机" -> 光伏装机)
    unit = unit_regex().match(text) if len(after) > 1 else None
    if unit and getattr(load_units().get(unit.group()), "kind", "") != "rank":     # 500强 is part of a name
        text = text[unit.end():]    # nor its unit: "用量为74688万立方米下降0.42%" (下降 names nothing)
        again = unit_regex().match(text) if text.startswith(unit.group()) else None
        text = text[again.end():] if again else text    # a table's unit repeated: "利润总额40.61亿元亿元营业总收入171.36"
    # "中国民营企业500强上榜企业由15家增加到23家": the list's name and its N, before 强, stay in what is counted
    top = _last_number(named) if named and m.unit != "强" else None
    top_list = noun_phrase_tail(named[:top.start()]) + top.group() if top else ""
    text = _strip_leading(text, author_words())   # "学校生均财政拨款": the author names itself, not the metric
    text = text[:-1] if text.endswith("的") else text
    text = without_copulas(field_rule("field.record_level").sub("", without_copulas(text)))   # "达到史上最多的727万人"
    means = without_trailing_adverb(text[:-1]) if text.endswith("以") and len(text) > 2 else ""
    if means and cut_pos(text)[-1] == ("以", "p") and noun_phrase_tail(means) == means:
        text = means        # "外国语言文学类以5336元位居月收入榜首": the 以 of the means is no part of the name (nor
        # 更是 before it: "信息安全专业更是以7599元位居榜首")
    ranked = without_copulas(text[:-1]) if text.endswith("第") else None
    copula_before_ordinal = ranked is not None and ranked != text[:-1]
    if copula_before_ordinal:      # "…综合绩效评价排名保持第4": a copula between what is ranked and its 第
        text = ranked + "第"
    first = sentence.startswith("首", m.num_start)        # "居全国首位": the rank is 首, no 第 before it
    ordinal = text.endswith(("第", "前"))           # "…位居全省第2", "…稳居全省前3"
    placed = field_rule("field.rank_scope").search(text[:-1] if ordinal else text) if ordinal or first else None
    if placed and placed.start() < 2:       # "实际使用外资200亿美元，居全国第3位": the clause is where the rank
        return ""                           # is placed; what is ranked is the figure before it
    if placed:                              # "立项数全省第一": where a rank is placed is not what is ranked, nor
        text = without_copulas(text[:placed.start()])       # the copula before it ("…增速均居全国城市第1", "…预计居")
        words = list(cut_pos(text))
        while len(words) > 1 and words[-1][0] in claim_words("rank_continuation"):
            words.pop()                     # "新能源汽车产销量继续稳居全球第一"
        text = "".join(w for w, _f in words)
    elif text.endswith("第") and (_noun_before_ordinal(text[:-1]) or (
            copula_before_ordinal and text[:-1].endswith(claim_words("rank_context")))):
        text = text[:-1]        # "电车获得单项赛牵引赛第三名": the ordinal's 第 hid the noun phrase before it
    words = cut_pos(text[:-1] if ordinal else text) if ordinal or first else ()
    if words and words[-1][0] in claim_words("ordinal_rank_before") and all(
            flag in ("c", "d", "zg") or word in claim_words("ordinal_rank_before") + claim_words("rank_continuation")
            for word, flag in words):
        return ""       # "…，2017年略微下降，为12.9%，但仍然稳居第一": no name, the figure before is ranked
    bare = without_currency(text)
    if bare != text and bare in ("至", "到"):
        return ""       # "而利润上升27%至人民币118亿元": the level a change reached, in its currency, is the changed figure's
    if bare != text and (not bare or bare in _PAID_PER_SHARES):     # (or "每10股派人民币1.73元": paid per 10 shares in
        start = m.start - len(clause_before(sentence, m.start))   # its currency)
        return _named_before_bracket(sentence, start) or _dividend_before(sentence, start)
    last_word = cut_pos(bare)[-1] if bare != text and bare else ("", "")
    if bare != text and (bare.endswith(claim_words("giving_verb")) or (
            last_word[1] == "v" and last_word[0] not in change_verbs()
            and not bare.endswith(claim_words("total_word") + claim_words("measure_end")))):
        text = bare                 # "捐赠人民币3.5万元", "捐出港币3,500万元": the currency names nothing, the giving does
    if bare != text and bare.endswith("每股") and without_copulas(bare[:-2]) != bare[:-2]:
        text = without_copulas(bare[:-2]) + "每股"     # "全年现金股利为每股人民币0.65元": what is paid per share
    per = PER_MEASURE.search(text)
    if per and without_copulas(text[:per.start()]) != text[:per.start()]:
        text = without_copulas(text[:per.start()])     # "平均售价约为每平方米人民币18,544元": the price, per 平方米 in
        # its unit (元/平方米)
    elif per and not strip_time(text[:per.start()]).strip("而较比与由从的为约"):
        return ""       # "…较截至2023年12月31日止年度的每平方米人民币7,202元": the figure before's, another year's
    if bare in bound_words():
        return ""                   # "注册资本为200,000万元，不少于人民币3,000万元": a bound names no figure
    rates = claim_words("growth_metric_end")      # "一般公共预算收入增速位居全省第2": the rate is ranked (a bare
    rate = next((r for r in rates if text.endswith(r)), "") if placed and text not in rates else ""     # 增速 is
    if rate:                                                                     # the rate of the figure before it)
        text = text[:-len(rate)]
    changed = field_rule("field.trailing_change").sub("", text)    # any run of change words ("比去年增加了" -> "")
    changed = text if _word_ending_wei(text, changed) else changed
    bracketed = changed != text and sentence[m.start - 1:m.start] in ("（", "(")
    text = without_copulas(changed) if bracketed else changed       # a rate in brackets after its change: the
    # copula before the change names nothing either ("营收保持|高速增长（34.46%）")
    text = field_rule("field.term_end").sub("", text)              # "第二轮土地承包到期后(再延长)" -> "第二轮土地承包"
    text = without_trailing_adverb(text)      # "但净利润仍下降3.14%": the adverb is how it went, not what
    text = _without_stray_quotes(text)
    if text in claim_words("applied_by"):
        return ""           # "减按25%计入应纳税所得额": how a rate is applied names nothing; what follows it does
    if _is_connective(text):
        return ""           # "其中14家通过省级评定", "其中1.5吨冷运车299辆": 其中 says a part follows, the words after it what
    # "所有课程共计选课" -> 选课; "其中“同意公开答复数”2件" -> 同意公开答复数
    phrase = with_alternatives(_without_stray_quotes(_after_possession(after_total(noun_phrase_tail(
        fused_alternatives(text)))))) if text else ""
    phrase = _listed_total(sentence, m.start - len(opening), whole, text) or phrase
    phrase = _coordinated_item(sentence, m.start - len(opening), text, phrase) or phrase
    phrase = top_list + phrase if top_list and phrase.startswith("强") else phrase
    phrase = phrase + rate if phrase and rate else phrase
    cut = len(text) - len(phrase) + (1 if phrase.startswith("）") else 0)
    alternative = _ALTERNATIVE_BEFORE.search(text, 0, cut) if text.endswith(phrase) and text[:cut].endswith("）") \
        else None
    if alternative:     # "开（复）工率90%": a word and its bracketed alternative stay whole (was ）工率: the verbs cut it;
        phrase = alternative.group("noun") + phrase.removeprefix("）")     # 因公出国（境）费 was 费)
    if field_rule("field.bare_duration").fullmatch(phrase):
        return ""       # "五年年均增长5.2%", "十年增加近70万亿元": how long names nothing; the figure before it is measured
    if len(phrase) >= 2:
        if phrase == whole and phrase in claim_words("bare_head"):
            phrase = _head_after_bracket(sentence, m.start - len(opening), phrase) or phrase
        return _whole_item(whole, _with_destination(text, _with_band(whole, phrase)))
    opened = _strip_leading(text, leading_verbs())
    opened = text if opened.startswith("率") else opened        # "答复率100%": the verb names the rate
    stripped = without_joining_words(after_total(without_recipient(opened)))
    if 2 <= len(stripped) <= 12 and not field_rule("field.bare_duration").fullmatch(stripped) \
            and stripped not in claim_words("opening_conjunction"):
        return _whole_item(whole, _with_band(whole, stripped))
    if m.unit_kind == "money":      # "…修编工作投入80万元": the verb that gives or spends it names the amount
        found = next((v for v in claim_words("giving_verb") if text.endswith(v)), "")
        if found:
            return found
    if not text and len(after) == 1:    # "资本公积（其他资本公积）增加…", "授予价格：14.60元/股": the name stands before
        start = m.start - len(clause_before(sentence, m.start))        # the bracket or colon (not past an earlier
        # figure of the clause: "主要关注点：对公不良率上升17bps至0.87%" measures what 17bps changes)
        return _named_before_bracket(sentence, start) or _label_before_colon(sentence, start)
    if len(text) == 1 and len(after) == 1 and cut_pos(text) == ((text, "n"),) and opening.startswith(text) and \
            opening[1:] in change_verbs() and sentence[:m.start - len(opening)].endswith(("，", ",", "；", ";")):
        return text     # "2025年黄金产量增长42.2%，铅增长17.3%，…镍增长6.8%": a product of one character opening its clause
    return ""


_IN_BRACKET_BEFORE = re.compile(r"(?:分别为|分别是|分别占|为|占)?(?:[0-9.]+[%％]、)*")
_BRACKET_NOTE_END = re.compile(r"[（(][^（）()]*[）)]$")


def _quoted_before_bracket(sentence: str, at: int) -> str:
    """The quoted name right before the bracket the figure at ``at`` opens (or is listed in after 分别为), without the
    name's own bracketed note ("“签就业协议形式就业”（分别为25.78%、20.00%）"), or ""."""
    opened = max(sentence.rfind("（", max(0, at - 24), at), sentence.rfind("(", max(0, at - 24), at))
    if opened < 2 or sentence[opened - 1] != "”" or not _IN_BRACKET_BEFORE.fullmatch(sentence, opened + 1, at):
        return ""
    start = sentence.rfind("“", 0, opened - 1)
    inner = _BRACKET_NOTE_END.sub("", sentence[start + 1:opened - 1]) if start >= 0 else ""
    return inner if 2 <= len(inner) <= 30 and "”" not in inner and not any(ch.isdigit() for ch in inner) else ""


def _noted_before_bracket(sentence: str, at: int) -> str:
    """The name right before a note in brackets that the figure's own bracket follows ("职教高考（三校生高考和专科自主招生）
    （43.87%）" -> 职教高考), or ""."""
    if sentence[at - 1:at] not in ("（", "(") or sentence[at - 2:at - 1] not in ("）", ")"):
        return ""
    opened = max(sentence.rfind("（", 0, at - 2), sentence.rfind("(", 0, at - 2))
    if opened < 2 or any(ch.isdigit() for ch in sentence[opened:at - 2]):
        return ""
    before = clause_before(sentence, opened)
    words = list(cut_pos(before))
    k = max((i + 1 for i, (w, f) in enumerate(words) if f == "p" and w in ("以", "为", "是", "有")
             or (i == 0 and w in joiners())), default=0)
    name = "".join(w for w, _f in words[k:])      # "升学渠道以|职教高考": after the preposition that introduces it
    return name if 2 <= len(name) <= 12 and "、" not in name and any(f.startswith("n") for _w, f in cut_pos(name)) \
        else ""


def _item_before_copula(sentence: str, start: int, opening: str) -> str:
    """The noun phrase opening the item before a 、 when the words before the figure are a copula alone
    ("一般公共预算收入突破百亿、达到102.57亿元": 一般公共预算收入), or ""."""
    if not opening or without_copulas(opening) or sentence[start - 1:start] != "、":
        return ""
    item = clause_before(sentence, start - 1)
    head = without_bound(before_first_verb(noun_phrase_head(item)))   # 突破 (jieba: vn) bounds the threshold after it
    return head if 2 <= len(head) < len(item) and not any(ch.isdigit() for ch in item) else ""


def without_joining_words(text: str) -> str:
    """``text`` without the conjunction opening it and the adverbs closing it ("而就业满意度也从2018届的67%…" ->
    就业满意度): they join the clause to the one before, they name nothing."""
    words = list(cut_pos(text)) if text else []
    while len(words) > 1 and words[0][0] in claim_words("opening_conjunction"):
        words.pop(0)
    while len(words) > 1 and words[-1][0] in claim_words("closing_adverb"):
        words.pop()
    return "".join(w for w, _f in words)


def _after_possession(phrase: str) -> str:
    """"图书馆现有馆藏纸质图书总数" -> "馆藏纸质图书总数", "工艺室现有成员" -> "成员": who owns it, and 现有/拥有/共有, stand
    before what is counted (the metric_stop words that say owning; the passive 被 stays). With no owner before it
    (现有发明专利) the word stays, as the golds keep it."""
    for word in claim_words("metric_stop"):
        at = phrase.rfind(word) if word != "被" else -1
        if at > 0 and len(phrase) - at - len(word) >= 2:
            phrase = phrase[at + len(word):]
    return phrase


def _is_connective(phrase: str) -> bool:
    found = field_rule("field.owner_connective").match(phrase)
    return bool(found) and found.end() == len(phrase)


def _list_named(text: str) -> str:
    """"会员716家其中世界500强超过" -> "世界500强超过": a top-N list (世界500强, 中国企业500强) ending ``text`` holds its
    number, so the words before that number stay ("" when the last number of ``text`` is no N强)."""
    last = _last_number(text)
    unit = unit_regex().match(text, last.end()) if last else None
    if not unit or unit.group() != "强" or text.endswith("第"):
        return ""       # "位居中国企业500强第249位": a place in the list, named as before
    before = _last_number(text, last.start())
    start = before.end() if before else 0
    its_unit = unit_regex().match(text, start) if before else None      # "会员716家其中世界500强": 家 is 716's
    named = text[its_unit.end() if its_unit else start:]
    return field_rule("field.owner_connective").sub("", named[1:] if named[:1] in PER_WORDS else named)


def _last_number(text: str, end: int | None = None) -> re.Match | None:
    """The last number (_EARLIER_NUMBER) of ``text``, or of ``text[:end]``."""
    last = None
    for last in _EARLIER_NUMBER.finditer(text, 0, len(text) if end is None else end):
        pass
    return last


def _noun_before_ordinal(text: str) -> bool:
    """Whether a noun, no ranking word, stands right before a rank's 第 ("百强榜第四位", "总分第三名"; not
    "获奖总数并列第一", "指标排名中全部位列第一", "排名第一")."""
    words = cut_pos(text[-8:]) if text else ()
    return bool(words) and words[-1][1].startswith("n") and words[-1][0] not in claim_words("rank_context")


def band_named(text: str) -> str:
    """"男性3844人女性3515人30岁以下" -> "30岁以下", "30岁以下职工": an earlier number with its unit and a bound word after
    it (以下, 及以上 …), then at most a noun, is a band (an age, a size) that names the figure after it ("" when ``text``
    does not end so)."""
    last = _last_number(text)
    end = _band_end(text, last) if last else -1
    if end < 0:
        ranged = _band_range(text, last=True)
        end, start = (ranged.end, _band_start(text, ranged.start)) if ranged else (-1, -1)
    else:
        start = _band_start(text, last.start(), noun_after=bool(text[end:]) and "元" in text[last.end():end])
    noun = text[end:]
    if end < 0:     # "落地超10亿元项目6个", "落地过亿元项目74个": bounded before the amount
        return (_bound_before_band(text, last) if last is not None else "") or _bound_scale_band(text)
    if noun and noun_phrase_tail(noun) != noun:
        return ""
    return text[start:] if start >= 0 else ""


# the bound words before an amount that make it a band of what follows ("超10亿元项目6个"), longest first
_BAND_BEFORE = ("超过", "超", "过")


def _bound_before_band(text: str, last: re.Match) -> str:
    """"落地超10亿元项目6个" -> 超10亿元项目: an amount bounded before it, then a noun that ends ``text``, is a band of
    the figure after (as 10亿元以上项目 is); "" otherwise."""
    word = next((w for w in _BAND_BEFORE if text.endswith(w, 0, last.start())), "")
    at = _past_unit(text, last.end())
    if not word or not text.endswith("元", 0, at) or text.endswith("不" + word, 0, last.start()) \
            or not _band_noun(text[at:]):
        return ""       # an amount of money only ("超过500名在校生…": a count of its own; 不超过 bounds it)
    return text[last.start() - len(word):]


def _band_noun(noun: str) -> bool:
    """Whether ``noun`` after a band is a noun phrase ending with a noun (what the figure after counts)."""
    return bool(noun) and noun_phrase_tail(noun) == noun and cut_pos(noun)[-1][1].startswith("n")


_RANGE_SIGNS = ("-", "—", "－", "~", "～", "至", "到")
# a numeral, at most its unit, a range sign and a numeral: where find_mentions may read a range (31-40岁, 1个月至3个月)
_RANGE_AHEAD = re.compile(r"[0-9０-９一二三四五六七八九十两][^，,。；;0-9０-９]{0,3}?[-—－~～至到][0-9０-９一二三四五六七八九十两]")


def _band_range(text: str, last: bool) -> Mention | None:
    """"31-40岁教师": a range of ages or terms (a band unit) is a band, as a bounded one is; the last figure of
    ``text`` (``last``) or the one opening it, when it is such a range."""
    if not _RANGE_AHEAD.search(text):
        return None             # metric_before asks for every claim: read the mentions only where a range may stand
    found = find_mentions(text)
    figure = (found[-1] if last else found[0]) if found else None
    if figure is None or figure.high is None or figure.unit not in claim_words("band_unit") or (
            not last and figure.start > 0):
        return None
    return figure


def is_band(claim: Claim) -> bool:
    """An age or term bounded or ranged ("30岁及以下", "31-40岁"): a band of the figure after it when a noun follows,
    never a figure of a list."""
    return claim.unit in claim_words("band_unit") and (claim.bound != "=" or claim.high is not None)


def _band_start(text: str, at: int, noun_after: bool = False) -> int:
    """Where the band whose number starts at ``at`` opens (its thousands too: 5,000平方米以上), or -1 where a verb stands
    right before it: then the number is a figure of its own ("周期缩短50以上", "满意度均达到99以上"), not a band; but an
    amount of money with a noun after it (``noun_after``) is one ("新签约500万元以上项目12个")."""
    while at >= 2 and text[at - 1] in ",，" and text[at - 2].isdigit():
        at -= 2
        while at > 0 and text[at - 1].isdigit():
            at -= 1
    words = cut_pos(text[max(0, at - 6):at])
    return -1 if words and words[-1][1].startswith("v") and not noun_after else at


def opens_with_band(text: str) -> bool:
    """Whether ``text`` opens with a band ("500万元以上固定资产投资累计", "30岁以下职工")."""
    first = _EARLIER_NUMBER.match(text)
    if first is None:
        word = next((w for w in _BAND_BEFORE if text.startswith(w)), "")
        first = _EARLIER_NUMBER.match(text, len(word)) if word else None
        return first is not None and bool(_bound_before_band(text, first))
    return _band_end(text, first) >= 0 or _band_range(text, last=False) is not None


# a band of amounts written as a bare scale opening what a count counts: 亿元以上, 千万元及以上
_SCALE_BAND = re.compile(r"[十百千]?[万亿]元及?(?:以上|以下)")
# an amount written as a bare scale after a bound word: 过亿元, 超百亿元, 超千万元
_BOUND_SCALE = re.compile(r"(?<!不)(?:超过|超|过)[十百千]?[万亿]元")


def _bound_scale_band(text: str) -> str:
    """"落地过亿元项目74个" -> 过亿元项目: a bare scale bounded before it, then a noun that ends ``text``, is a band of
    the figure after; "" otherwise."""
    last = next(reversed(list(_BOUND_SCALE.finditer(text))), None)
    return text[last.start():] if last and _band_noun(text[last.end():]) else ""


def opens_with_figure(metric: str, figure: str) -> bool:
    """Whether ``metric`` opens with the band ``figure`` (as written), or with it after a bound word ("过10亿元项目":
    the figure 10亿元)."""
    return metric.startswith(figure) or any(metric.startswith(w + figure) for w in _BAND_BEFORE)


def _band_end(text: str, number: re.Match) -> int:
    """The end of the bound word closing a band at ``number`` (its unit between), or -1."""
    at = _past_unit(text, number.end())
    word = next((w for w in _band_words() if text.startswith(w, at)), "")
    return at + len(word) if word else -1


_SCALE_RUN = re.compile("[" + "".join(sorted(set("".join(SCALE_WORDS)))) + "]*")


def _past_unit(text: str, at: int) -> int:
    """Where the scale words (万, 亿 …) and the unit written at ``at``, after a number, end (``at`` when none)."""
    at = _SCALE_RUN.match(text, at).end()
    unit = unit_regex().match(text, at)
    return unit.end() if unit else at


def _with_band(whole: str, phrase: str) -> str:
    """"全年500万元以上固定资产投资累计完成" -> "500万元以上固定资产投资累计" (was 以上固定资产投资累计): a phrase opening with
    a band's bound word keeps the band's number and unit written before it."""
    at = whole.rfind(phrase) if phrase.startswith(_band_words()) else -1
    last = _last_number(whole, max(at, 0))
    if last is None:
        return phrase
    start = _band_start(whole, last.start())
    return whole[start:at] + phrase if start >= 0 and _past_unit(whole[:at], last.end()) == at else phrase


@lru_cache(maxsize=1)
def _rate_from() -> re.Pattern:
    """A rate of change (growth_metric_end) before the 从/由 of the point it moved from ("增速从2021年的", "增速由13%";
    the point itself is field.from_point's)."""
    rates = sorted(claim_words("growth_metric_end"), key=len, reverse=True)
    return re.compile("(?P<rate>" + "|".join(map(re.escape, rates)) + ")(?=从|由)")


# a time and its 的 ending a clause, before the level a rate reached ("…下降至2024年的")
_TIME_AT_END = re.compile(r"(?:(?:19|20)\d\d年(?:度|末|底)?|上一?年(?:度|末|底)?|去年|年初)?的?$")


@lru_cache(maxsize=1)
def _band_words() -> tuple[str, ...]:
    """The bound words written after a unit that close a range (以上, 及以下, 以内 …; not 多 or 左右), longest first."""
    return tuple(sorted((w for (pos, w), bound in load_bounds().items() if pos == "post" and len(w) >= 2 and bound != "~"),
                        key=len, reverse=True))


# the longest item, and the longest list, a total names whole ("进口货物增值税、消费税和关税合计21628.75亿元")
MAX_TOTAL_ITEM = 12
MAX_TOTAL_LIST = 30


def _listed_total(sentence: str, opened: int, clause: str, text: str) -> str:
    """"进口货物增值税、消费税和关税合计21628.75亿元": a total after a list of items measures the whole list, not its last
    item ("" when the clause does not end with a word for a total or no list ends with ``text``, the clause's words
    without the total, from ``opened`` in ``sentence``)."""
    acted = field_rule("field.total_act").search(text)     # "生猪、牛、羊共出栏3243头": the items' total of what was done with them
    if not (clause.removesuffix("为").endswith(claim_words("total_word")) or acted) or \
            sentence[opened - 1:opened] != "、" or len(text) > MAX_TOTAL_ITEM:
        return ""       # ("投资收益、公允价值变动损益合计为330.73亿元": two items, the total after them)
    items = [text[:acted.start()] if acted else text]
    at = opened - 1
    while at > 0 and sentence[at] == "、":
        item = clause_before(sentence, at)
        if not item or len(item) > MAX_TOTAL_ITEM or any(ch.isdigit() for ch in item):
            break       # not "研发投入10亿元、设备和厂房合计…": a figure's clause is no item
        items.insert(0, item)
        at -= len(item) + 1
    items[0] = strip_time(items[0]) or items[0]
    listed = "、".join(items)
    return listed + (acted.group("act") if acted else "") if len(items) >= 2 and len(listed) <= MAX_TOTAL_LIST and \
        all(items) else ""


def _coordinated_item(sentence: str, opened: int, text: str, phrase: str) -> str:
    """"全国共制发行政复议意见书、建议书3800余份", "通过调解、和解方式结案": an item of the same kind (the same last
    character as the first word of ``phrase``) before a 、 that opens the figure's clause at ``opened`` is counted with
    it ("" when the clause holds more than the phrase, or the item's clause holds a figure of its own)."""
    if not phrase or text != phrase or sentence[opened - 1:opened] != "、":
        return ""
    before = clause_before(sentence, opened - 1)
    if not before or any(ch.isdigit() for ch in before):
        return ""
    item, first = noun_phrase_tail(before), cut_pos(phrase)[0][0]
    if not item:        # "通过调解": the verb the item is, after a preposition
        words = cut_pos(before)
        item = words[-1][0] if len(words) >= 2 and words[-2][1] == "p" else ""
    if find_org_spans(item):
        return ""       # "…成都银行、长沙银行和重庆银行7家银行资产规模": names of the group counted, no items measured
    return item + "、" + phrase if 2 <= len(item) <= 10 and len(first) >= 2 and item[-1] == first[-1] else ""


def after_total(text: str, opening: bool = False) -> str:
    """"我们在腾讯公益平台共捐款" -> "捐款": a verb after the word 共 (in all) is what an amount with no noun before it
    names; who and where stand before 共 (not inside a word: 共有, 共享). ``opening``: 共 may open ``text``."""
    if "共" not in text:
        return text             # no 共 or 共计 (most phrases): nothing to segment
    words = cut_pos(text)
    k = max((k for k, (w, _f) in enumerate(words) if w in ("共", "共计")), default=-1)
    if k < (0 if opening else 1) or k + 1 >= len(words) or words[k + 1][1] != "v":
        return text
    return "".join(w for w, _f in words[k + 1:])


def _label_before_colon(sentence: str, at: int) -> str:
    """"授予价格：14.60元/股": a figure opening the clause after a colon is named by the label before the colon ("" when
    no colon stands right before ``at`` or no noun phrase before it)."""
    if sentence[at - 1:at] not in ("：", ":"):
        return ""
    label = noun_phrase_tail(clause_before(sentence, at - 1))
    if not 2 <= len(label) <= 16:
        return ""
    measured = _measured_before_bracket(sentence, at - 1 - len(label))
    if not measured or strip_time(label) != label:
        return label
    return label + _without_listed_item(sentence, at - 1 - len(label), measured, label)


def _without_listed_item(sentence: str, at: int, measured: str, label: str) -> str:
    """``measured`` without the item it opens with when ``label`` is one of the items joined by 、 before the bracket
    open at ``at`` ("2022届本科、高职毕业生平均月收入（本科：5990元，高职：4595元）": 本科 and 高职 each stand for their own
    毕业生平均月收入; both were 本科高职… and 高职高职…)."""
    opened = max(sentence.rfind("（", 0, at), sentence.rfind("(", 0, at))
    before = sentence[max(0, opened - 40):opened]
    first = cut_pos(measured)[0][0]
    if not before.endswith(measured) or not before[:-len(measured)].endswith("、"):
        return measured
    items = before[:-len(measured) - 1].split("、")
    listed = label == first or label in items[1:] or items[0].endswith(label)
    return measured[len(first):] if listed and len(measured) > len(first) else measured


def _measured_before_bracket(sentence: str, at: int) -> str:
    """"平均月收入较高（计算机科学与技术：5452元，金融学：4621元）": what is measured, named right before the bracket the
    labels at ``at`` stand in, for each label ("" when no bracket is open there, or what precedes it names no measure:
    "“教育业”（本科：17.0%…）")."""
    opened = max(sentence.rfind("（", 0, at), sentence.rfind("(", 0, at))
    if opened < 1 or max(sentence.rfind("）", opened, at), sentence.rfind(")", opened, at)) >= 0 \
            or any(ch in "。；;！？!?" for ch in sentence[opened:at]):
        return ""
    phrase = noun_phrase_tail(without_said_of(clause_before(sentence, opened), ("a", "d", "zg")))
    return phrase if 2 <= len(phrase) <= 12 and phrase.endswith(claim_words("measure_end")) else ""


def without_said_of(text: str, tags: tuple[str, ...]) -> str:
    """``text`` without the words closing it that say something of what it names, not name it: those whose jieba tag
    is, or opens with, one of ``tags`` (a adjectives, d adverbs, i idioms, zg 较: "平均月收入较高" -> 平均月收入,
    "兵团、黑龙江、江苏生师比最低" -> …生师比, "…专业紧随其后" -> …专业)."""
    words = list(cut_pos(text))
    while words and (words[-1][1][:1] in tags or words[-1][1] in tags):
        words.pop()
    return "".join(w for w, _f in words)


def _named_before_bracket(sentence: str, at: int) -> str:
    """"已将资本公积（股本溢价）人民币73,237.50万元转增股本": a currency alone after a bracket names nothing; the noun
    before the bracket, with it, names the amount ("" when no bracket closes right before ``at``)."""
    if sentence[at - 1:at] not in ("）", ")"):
        return ""
    opened = max(sentence.rfind("（", 0, at - 1), sentence.rfind("(", 0, at - 1))
    before = clause_before(sentence, opened) if opened > 0 else ""
    head = noun_phrase_tail(before) if before else ""
    if head and before[:-len(head)].endswith("累计"):
        head = "累计" + head        # "累计实收资本（股本）为…": the running total is the item named, not the period's
    return head + sentence[opened:at] if len(head) >= 2 else ""


# the longest bracket kept in a name closed by a bare head ("资本公积（股本溢价）余额"; a note is dropped: "现金分红（包括中期
# 已分配的现金红利）总额" -> 现金分红总额)
MAX_NAMED_BRACKET = 6


def _head_after_bracket(sentence: str, at: int, head: str) -> str:
    """"现金分红（包括中期已分配的现金红利）总额": a bare head after a bracket ends the name before the bracket, the bracket
    kept only when short ("" when no bracket closes right before ``at`` or no name stands before it)."""
    named = _named_before_bracket(sentence, at)
    cut = max(named.rfind("（"), named.rfind("("))
    if not named or cut < 0:
        return ""
    return (named if len(named) - cut - 2 <= MAX_NAMED_BRACKET else named[:cut]) + head


@lru_cache(maxsize=1)
def currencies() -> tuple[str, ...]:
    """人民币, 港币 …: a currency written before an amount (the currency kind of metric_compose.v1.tsv)."""
    return tuple(load_word_kinds(LIST_WORDS)["currency"])


def without_currency(text: str) -> str:
    return next((text[:-len(c)] for c in currencies() if text.endswith(c)), text)


@lru_cache(maxsize=4)
def bound_words(*positions: str) -> frozenset[str]:
    """The bound words of the bound lexicon at these positions: before a number by default (不少于, 超过 …); "mid"
    and "post" are written after it (30余项, 90%以上)."""
    return frozenset(w for (pos, w) in load_bounds() if pos in (positions or ("pre",)))


def without_bound(text: str) -> str:
    """``text`` without the bound word it ends with ("…公路货车运力超" -> "…公路货车运力", "共计约" -> 共计)."""
    bound = max((w for w in bound_words() if text.endswith(w)), key=len, default="")
    return text[:-len(bound)] if bound else text


def _with_destination(text: str, phrase: str) -> str:
    """An employment destination keeps the preposition that opens it: "到中小微企业等基层就业", "留在当地就业" (the
    phrase was 基层就业, 当地就业), where the phrase ends ``text`` with a destination's end (就业, 升学 …)."""
    if not text.endswith(phrase) or not any(w in phrase[-4:] for w in claim_words("destination_end")):
        return phrase
    at = max((text.rfind(w) for w in claim_words("destination_prep")), default=-1)
    whole = text[at:] if at >= 0 else ""
    return whole if len(phrase) < len(whole) <= MAX_DESTINATION and not any(ch in whole for ch in "，。；：") else phrase


# The longest employment destination a metric keeps whole ("到中小微企业等基层就业人数").
MAX_DESTINATION = 20


@lru_cache(maxsize=1)
def statement_items() -> tuple[str, ...]:
    """The financial statements' line items of the domain lexicon (source fsfmt), longest first."""
    items = {row[0] for row in load_tsv(TERMS_FILE) if len(row) > 2 and row[2] == STATEMENT_SOURCE}
    return tuple(sorted(items, key=len, reverse=True))


def _whole_item(clause: str, metric: str) -> str:
    """A line item the clause ends with (before a copula) when ``metric`` is its cut end: "向中央银行借款为…" lost its
    bank as an organisation, "一年内到期的非流动资产" its 一年内 as a time; the item is the metric whole."""
    cut = [item for item in statement_items() if len(item) > len(metric) and item.endswith(metric)]
    if cut:             # most metrics end no line item: no copula to strip then
        clause = field_rule("field.trailing_copula").sub("", clause)
    return next((item for item in cut if clause.endswith(item)), metric)


# The domain terms of the jieba user dictionary, and the source that marks a financial statement's line item.
TERMS_FILE = "lexicons/jieba_user_terms.v1.tsv"
STATEMENT_SOURCE = "fsfmt"
# A bracketed note written right after a count's classifier, before what it counts ("（不完全统计）").
_NOTE_AFTER = re.compile(r"[（(][^（()）]{1,16}[）)]")


_NAME_FLAGS = frozenset({"n", "nz", "vn", "nt", "j", "l", "eng"})


def named_right_before(sentence: str, m: Mention) -> bool:
    """"开展风险合规培训45次培训覆盖公司全体员工", "共开展线上培训6466场线下培训20010场": a count of events whose name
    stands right before it (a noun, no verb between) counts that, not the words after it (召开2次股东大会: a verb); where
    a verb follows the count, the noun before it is who acted (学院两次受邀参加…)."""
    if m.unit not in claim_words("named_before_unit"):
        return False
    words = cut_pos(sentence[max(0, m.start - 8):m.start])
    after = cut_pos(sentence[m.end:m.end + 6])
    return bool(words) and words[-1][1] in _NAME_FLAGS and not (after and after[0][1] == "v")


_DIGIT = re.compile(r"\d")


# A noun with a bracketed alternative or note inside it, right after a count: "93位市（县）领导", "17个妇幼保健院（所、站）".
_BRACKETED_NOUN = re.compile(r"([\u4e00-\u9fff]{1,8})（(?!不?含）)([\u4e00-\u9fff]{1,4}(?:、[\u4e00-\u9fff]{1,4})*)）")


def named_after_figure(sentence: str, m: Mention) -> tuple[str, str]:
    """(name, change word) of a figure right before 的 and a noun phrase that ends its clause, where nothing but
    a verb that achieves it stands before the figure: "699亿元的营收", "实现了1.15%的净利润增长" -> ("净利润", "增长");
    ("", "") where the figure is named otherwise."""
    after = field_rule("field.named_after_figure").match(sentence, m.end)
    before = strip_time(clause_before(sentence, m.start))
    if not after and not before and m.unit_kind in ("measure", "money") and sentence.startswith("的", m.end):
        subject = noun_phrase_head(clause_after(sentence, m.end + 1)[:16])      # "新疆的戈壁滩上，100万千瓦的光伏
        return (subject, "") if len(subject) >= 2 else ("", "")                 # 电站正在…": what opens its clause
    if not after or not all(flag.startswith("n") or flag in ("vn", "j") for _w, flag in cut_pos(after.group("name"))):
        return "", ""       # (not "营业收入保持17.7%的稳健增长": 稳健 says how it grew)
    if before and before != "其" and not field_rule("field.achieving_verb").search(before):
        return "", ""       # (其, its: "其513.64%的拨备覆盖率更是高居行业首位")
    return after.group("name"), after.group("change") or ""


_ENUMERATOR = re.compile(r"[一二三四五六七八九十][是要]")


_NEXT_SIGNED_FIGURE = re.compile(r"[-−－+＋](?=[0-9０-９])")


def metric_after(sentence: str, m: Mention) -> str:
    """Noun after a classifier: "13个首批建设项目和9个…" -> "首批建设项目"."""
    bracketed = _BRACKETED_NOUN.match(sentence, m.end) if m.unit in classifiers() else None
    if bracketed:           # "93位市（县）领导深入…": the bracket stands inside the noun counted
        words = cut_pos(clause_after(sentence, bracketed.end())[:12])
        rest = "".join(w for w, _f in takewhile(lambda t: t[1].startswith("n"), words))
        if len(bracketed.group(1)) + len(rest) >= 2 or bracketed.group(1) in claim_words("admin_level"):
            return bracketed.group() + rest     # "31个省（区、市）": a level of government and its equals
    quoted = re.match(r"“[^”]{1,16}”", sentence[m.end:])   # "两批“高效办成一件事”重点事项清单": a quoted name
    if quoted:
        rest = noun_phrase_head(clause_after(sentence, m.end + quoted.end())[:24])
        if rest:
            return quoted.group() + rest
        inner = cut_pos(quoted.group()[1:-1])      # "188所“双高校”在该报告中公布了…", "224份“服务贡献表”的面板数据":
        named = m.unit in classifiers() and inner and inner[-1][1].startswith("n")      # the quoted noun is counted
        return quoted.group() if named else ""
    note = _NOTE_AFTER.match(sentence, m.end) if m.unit in classifiers() else None
    text = clause_after(sentence, note.end() if note else m.end)    # "1632家（不完全统计）兽药生产企业": past its note
    text = _NEXT_SIGNED_FIGURE.split(text, 1)[0]    # "从-4953万增至-8495万": the sign opens the next figure (was 增至-)
    band = _SCALE_BAND.match(text) if m.unit in classifiers() else None
    if band and len(rest := noun_phrase_head(text[band.end():band.end() + 24])) >= 2:
        return band.group() + rest      # "87个亿元以上工业项目开工建设": the band of what is counted (was 亿元)
    if text[:1].isdigit() and m.unit in classifiers():
        text = _after_spec(text)    # "自备6台4蒸吨天然气锅炉": 6台 counts the boilers, 4蒸吨 is their size
    if not text or text[0].isdigit() or text[0] in "/／" or text.startswith(claim_words("basis_after")):
        return ""           # (a slash opens the figure's change, "8143亿/较年初-10.1%", or the next item's figure; the
        # figure is a basis: "以…普通股总股本38.14亿股计算")
    digit = _DIGIT.search(text, 1, 16)
    if digit and field_rule("field.change_of_figure_before").match(text[:digit.start()]):
        return ""              # "开展涉农保险期货项目50个同比增长28": a change of the count follows, nothing counted
    phrase = noun_phrase_head(text[:24])
    if phrase in claim_words("threshold_noun") and m.unit not in classifiers():
        return ""              # "旅客吞吐量突破200万大关": the mark crossed, not what the figure measures
    if text.startswith(claim_words("whole_word")):
        return ""              # "收到群众留言3条全部办结": all of them, then what was done with them
    if phrase.startswith("大") and text.startswith(phrase) and text[len(phrase):len(phrase) + 1].isdigit():
        bound = max((w for w in bound_words() if phrase.endswith(w) and len(phrase) - len(w) >= 2),
                    key=len, default="")
        phrase = phrase[:len(phrase) - len(bound)]      # "三大先导产业规模突破2万亿元": 突破 bounds the next figure
        # (a band a count keeps stays: "80余家企业营业额不足1.5亿元", the annual report's gold)
    if len(phrase) == 1 and not m.unit and phrase.isalpha() and not _ENUMERATOR.match(text):
        return phrase          # "1金5银" (not the space of "25 639 万人", a thousands separator, nor "…0三是…": the
        # next point's numeral)
    if len(phrase) == 1 and m.unit in classifiers() and _ends_item(sentence, sentence.find(phrase, m.end) + 1):
        return phrase          # "涉及54个乡镇，100个村，", "覆盖全国22个省149个脱贫县": one noun counted
    if phrase in relative_periods() or text in relative_periods():
        return ""              # "…灯管9000余支每年度可以节约…": a time is nothing counted
    if not phrase and m.unit in classifiers() and 2 <= len(text) <= 8 and len(cut_pos(text)) == 1:
        return text            # "9个试点班。": one word after a classifier, whatever its tag, is what it counts
    if not phrase and m.unit in claim_words("event_unit") and (words := cut_pos(text[:12])) and \
            words[0][1] == "v" and len(words[0][0]) >= 2 and not any(ch.isdigit() for ch in text[:12]):
        return words[0][0]     # "学院两次受邀参加…": how often it happened (not "…1243次开展党委中心组学习20次": the
        # verb opens the next item)
    if not phrase and m.unit in classifiers() and _object_of_verb(sentence, m.start) and \
            (noun := _noun_after_modifier(sentence, m.end)
             or (_modified_noun(text) if not sentence[:m.start].endswith("有") else "")):
        return noun     # (after 有 the count is who does what follows: "浙江省国企有5家入选…")
    if not phrase and m.unit in classifiers() and _list_item_named(sentence, m, text):
        return text             # "新增22个新型城镇化建设试点、8个整县推进农文旅融合发展试点": an item of a run of counts
        # is what its classifier counts, to the item's end
    counted, de, rest = phrase.partition("的")
    if de and rest and (opening := cut_pos(counted)) and (opening[0][1].startswith("v") or opening == ((counted, "l"),)) \
            and 2 <= len(noun := before_first_verb(rest)) <= 12:
        described = counted + de + noun     # "完成6,955家满足条件的绿色供应商入驻绿色商城": what is counted follows its
        return described if len(described) <= 16 else noun     # description, which names it too (not 满足条件)
    if de and rest and len(words := cut_pos(counted)) >= 2 and words[-1][1] == "a" and \
            not any(f.startswith("v") for _w, f in words):
        whole = text[text.find("的") + 1:]     # "发布了72条权威准确的政策解读": what is counted comes after its
        return whole if len(whole) <= 8 else rest     # description (解读 ends it though jieba tags it a verb)
    if de and len(counted) >= 2 and (words := cut_pos(counted)) and words[0][1] in NOUN_FLAGS and \
            not words[0][1].startswith("v"):
        return counted         # "18个铁路局的紧密联系": the classifier counts 铁路局
    if is_org_name(phrase):
        return ""              # "软件著作权40项中储恒科物联网系统有限公司拥有…": a company is not what is counted
    if len(phrase) > 16 and m.unit in classifiers():
        phrase = before_first_verb(phrase)
    elif m.unit in PERSON_UNITS and (words := cut_pos(phrase))[1:] and words[0][1] in NOUN_FLAGS \
            and len(words[0][0]) >= 2 and words[1][1] == "v":
        phrase = words[0][0]    # "10名特定投资者发行股份募集配套资金": the people counted, not what they do
    return phrase if 2 <= len(phrase) <= 16 else ""


_PER_SHARES = re.compile(r"每[0-9０-９]+股")
_PAID_PER_SHARES = ("派", "派发", "派送")       # what is left of "每10股派人民币" once its basis is read


def _list_item_named(sentence: str, m: Mention, text: str) -> bool:
    """Whether ``text``, all that follows ``m``'s classifier in its clause, is one item of a run of counts joined by 、
    (a count right before it or right after it) that names a thing: no number, at most 16 characters, a noun at its
    end."""
    if not 4 <= len(text) <= 16 or any(ch.isdigit() for ch in text) or not cut_pos(text)[-1][1].startswith("n"):
        return False
    end = m.end + len(text)
    after = sentence[end:end + 1] == "、" and sentence[end + 1:end + 2].isdigit()
    return sentence[m.start - 1:m.start] == "、" or after


def _dividend_before(sentence: str, start: int) -> str:
    """"建议派发2016年度普通股现金股息，每10股人民币2.343元": an amount per share in its currency alone is the dividend the
    clause before it names, per as many shares ("每10股普通股现金股息"); "" when that clause names none."""
    basis = _PER_SHARES.match(sentence, start)
    if not basis or start < 2 or sentence[start - 1] not in "，,":
        return ""
    words = cut_pos(strip_time(clause_before(sentence, start - 1)))
    verb = max((k for k, (_w, flag) in enumerate(words) if flag.startswith("v")), default=-1)
    named = "".join(w for w, _f in words[verb + 1:])        # what is paid, after the verb that pays it
    return basis.group() + named if named.endswith(claim_words("dividend_word")) else ""


def _object_of_verb(sentence: str, start: int) -> bool:
    """Whether a verb (and its 了) stands right before the figure: "涵盖了15个…", "拥有25个…"."""
    words = [w for w in cut_pos(sentence[max(0, start - 6):start]) if w[0] not in ("了", "过")]
    return bool(words) and words[-1][1] == "v"


def _noun_after_modifier(sentence: str, end: int) -> str:
    """"涵盖了15个以助困为主、奖优为辅的资助项目", "拥有25个已正式投入运营的冷运仓库": where no noun follows a classifier,
    a modifier that opens with a preposition (not one that opens a new predicate: "留言五千余条对…推出的…") or adverb and
    ends in 的 stands between it and the noun it counts; "" when the 的 is far, or a figure stands before it."""
    de = sentence.find("的", end, min(clause_end(sentence, end), end + 20))
    if de < 0 or _DIGIT.search(sentence, end, de):
        return ""
    first = cut_pos(sentence[end:de])[0] if de > end else ("", "")
    if de > end and (first[1] not in ("p", "d") or first[0] in claim_words("predicate_preposition")):
        return ""           # "开展3场赋能培训资助的项目伙伴": a noun or verb right after the count is what it counts
    noun = noun_phrase_head(clause_after(sentence, de + 1)[:16])
    return noun if 2 <= len(noun) <= 12 else ""


_NOUN_MODIFIER_FLAGS = frozenset({"v", "a", "b", "z", "zg", "ng"})     # (a verbal noun before a noun is one)


def _modified_noun(text: str) -> str:
    """The object counted after a verb's count where jieba tags its first words verbs or states ("招募21家联合推广伙伴",
    "攻克9种超高温高压完井工具", "安装三台1200KW的发电机并网供电"): the words up to the last noun before the next
    predicate (a verb, a preposition, a particle, or anything not a noun once a noun has come); "" where no noun comes,
    a figure stands inside, or an adverb or adjective follows, which says something of the noun ("取得253项累计行业最多")."""
    words = cut_pos(text[:16])
    end = at = 0
    noun_seen = False
    for word, flag in words:
        nounish = flag.startswith("n") or (flag == "vn" and not noun_seen)
        if not (nounish or (flag in _NOUN_MODIFIER_FLAGS and not end)):
            if flag in ("d", "a", "ad") and end:
                return ""
            break
        at += len(word)
        if nounish:
            end, noun_seen = at, noun_seen or flag.startswith("n")
    noun = text[:end]
    return noun if 2 <= len(noun) <= 12 and not any(ch.isdigit() for ch in noun) else ""


def before_first_verb(phrase: str) -> str:
    """A noun phrase that ran on through a verb into the next clause (the sentence lost its commas) ends before that
    verb: "3511个行政村开立重庆市农村土地交易资金专用账户" counts 行政村; ``phrase`` itself when no verb follows its
    first word."""
    words = cut_pos(phrase)
    k = next((k for k, (w, f) in enumerate(words) if k and f in ("v", "vd", "vi") and len(w) >= 2), len(words))
    return "".join(w for w, _f in words[:k])


def _ends_item(sentence: str, at: int) -> bool:
    """Whether a one-character counted noun may end at ``at``: the sentence's or clause's end, the next figure, or a
    joiner ("和", "、") follows; not a bracket ("93位市（县）领导")."""
    after = sentence[at:at + 1]
    return after == "" or after in "，,。；;、和及与" or after.isdigit()


_YEAR_OPENING = re.compile(r"(?:19|20)\d\d年度?")


def _after_spec(text: str) -> str:
    """What follows a measure written right after a count, before the counted noun ("4蒸吨天然气锅炉" -> 天然气锅炉);
    ``text`` itself when it opens with no measure."""
    first = next(iter(find_mentions(text[:16])), None)
    if first is None or first.start != 0 or first.unit_kind != "measure":
        return text
    year = _YEAR_OPENING.match(text)      # "3328名2024年应届本科毕业生", "有48所2020年度本科…": past the whole year
    return text[year.end():] if year else text[first.end:].removeprefix("的")     # "2个120立方米的冷凝水池"


# a noun's first part and its bracketed alternatives, opening a clause, right before the rest of the noun ("县（市）区")
# a price per measure written before the amount ("每平方米人民币18,544元", "每吨3000元"): the measure is its unit's
PER_MEASURE = re.compile(r"每(?P<measure>平方米|吨|公斤|千克|千瓦时)(?:人民币|港币)?$")

@lru_cache(maxsize=1)
def _alternatives() -> dict[str, str]:
    """A word with its bracketed alternative inside a name ("出国（境）") -> the word fused, as the segmenter reads it."""
    return {w: w.replace("（", "").replace("）", "") for w in claim_words("bracketed_alternative")}


def fused_alternatives(text: str) -> str:
    """``text`` with each bracketed alternative fused (本科生出国（境）深造比例 -> 本科生出国境深造比例: the bracket cut the name
    to 深造比例, which says another thing)."""
    if "（" not in text:
        return text
    for written, fused in _alternatives().items():
        text = text.replace(written, fused)
    return text


def with_alternatives(text: str) -> str:
    """``text`` with its fused alternatives written as they were (出国境 -> 出国（境）)."""
    for written, fused in _alternatives().items():
        text = text.replace(fused, written)
    return text


_ALTERNATIVE_BEFORE = re.compile(r"(?:^|(?<=[，,；;、：:（(]))(?P<noun>[\u4e00-\u9fff]{1,2}（[\u4e00-\u9fff]{1,2}"
                                 r"(?:、[\u4e00-\u9fff]{1,2})*）|[\u4e00-\u9fff]{3,4}（[\u4e00-\u9fff](?:、[\u4e00-\u9fff])*）)$")
# (a longer word's alternative is one character: 因公出国（境）费, not 海南大学（本级）)


def in_title(text: str, at: int) -> bool:
    """Whether offset ``at`` of ``text`` stands inside a document's title (a 《 before it still open)."""
    return text.count("《", 0, at) > text.count("》", 0, at)


def _without_name(text: str, name: str) -> str:
    """``text`` without ``name`` where it stands outside a document's title ("编辑《长春市人民政府公报》": the name in
    the title stays, though the paragraph names 长春市人民政府 elsewhere); a quoted name goes with its quotes ("“高平市人民政府”
    微信公众号": the account is named by its owner, and “” stayed)."""
    text = text.replace("“" + name + "”", "")
    if "《" not in text:
        return text.replace(name, "")
    return re.sub(re.escape(name), lambda hit: hit.group() if in_title(text, hit.start()) else "", text)


def _unclosed(text: str) -> bool:
    return text.count("《") > text.count("》") or text.count("（") > text.count("）")


def _in_figures_bracket(before: str, at: int) -> bool:
    """Whether the time at ``at`` stands in the bracket the figure after ``before`` stands in, no title around it:
    "材料类专业读研比例持续较高（2022届为32.4%）", "工学的读研比例（2018届16.1%，2022届21.1%）" date their figures (they
    had the report's 2024年)."""
    opened = before.rfind("（", 0, at)
    return opened >= 0 and "）" not in before[opened:] and before[:at].count("《") == before[:at].count("》") \
        and before[:opened].count("（") == before[:opened].count("）") and not before.endswith(_BASIS_BEFORE, 0, at)


# a time after these is a basis's or a comparison's ("（按2022年度净利润的10%计提）": the 10% of 2023's provision)
_BASIS_BEFORE = ("按", "以", "占", "较", "比", "与")


_VIEWED = re.compile(r"[^，,；;。]{0,16}?(?:来看|看|而言)[，,]")


def _viewed_from(text: str, t: re.Match) -> bool:
    """"从2023届高职生数据来看，列车司机以5950元…": 从 opens what the figures are looked at from, not a starting point."""
    return text.endswith("从", 0, t.start()) and _VIEWED.match(text, t.end()) is not None


def _day_named(text: str, start: int, end: int) -> bool:
    """The date at ``text[start:end]``, in brackets, is the day a word right before it names ("截至第二届董事会第十二次
    会议通知日（2024年4月16日）"): the period it states, not a note inside a bracket."""
    return text.endswith("日（", 0, start) and text.startswith("）", end) and text.endswith("日", 0, end)


def _as_of_days(sentence: str, times: list[tuple[int, str]]) -> bool:
    """Whether every time is a day something is counted at (截至…, or the day a word before its bracket names)."""
    return all(w.startswith(claim_words("as_of")) or _day_named(sentence, i, i + len(w)) for i, w in times)


_BARE_YEAR = re.compile(r"(?:19|20)\d\d年")


def _times_before(before: str) -> list[tuple[int, str]]:
    """Time expressions in ``before`` that state a period: not baselines, not inside titles, not "自…起"."""
    found = []
    baselines: list[tuple[int, int]] = []       # spans no relative period inside may state one
    compared, numeral = field_rule("field.compared_before"), field_rule("field.numeral_before")
    bases = {b.start("b") for b in field_rule("field.multiple_base").finditer(before)} if "倍" in before else ()
    for t in field_rule("field.time_absolute").finditer(before) if _may_hold_time(before) else ():
        after = before[t.end():t.end() + 1]
        if t.group() and t.start() not in bases and (not compared.search(before[:t.start()]) or _viewed_from(before, t)) \
                and (not _unclosed(before[:t.start()]) or _day_named(before, t.start(), t.end())
                     or _in_figures_bracket(before, t.start())) \
                and after not in claim_words("period_open_after") \
                and not before.startswith(claim_words("event_after"), t.end()) \
                and not before.endswith(claim_words("destination_before"), 0, t.start()):
            found.append((t.start(), t.group()))
        elif t.group():
            baselines.append(t.span())      # "较2023年年底增加0.25%": its 年底 is the baseline's too, no period
    for t in field_rule("field.recent_years").finditer(before) if "年" in before else ():
        found = [(a, w) for a, w in found if not t.start() <= a <= a + len(w) <= t.end()]   # 自2018年建成以来: its 2018年
        if field_rule("field.record_since").match(before, t.end()):
            baselines.append(t.span())      # "为2016年以来首次", "创2010年以来最好位次", "近十年来首次": a record's,
            continue                        # no period of the figures after it
        if not any(t.start() < a + len(w) and a < t.end() for a, w in found):
            found.append((t.start(), t.group()))
    for t in field_rule("field.month_range").finditer(before) if "月" in before else ():
        if not compared.search(before[:t.start()]) and \
                not any(t.start() < a + len(w) and a < t.end() for a, w in found):
            year = next((w for a, w in reversed(found) if a < t.start() and _BARE_YEAR.fullmatch(w)), "")
            found.append((t.start(), year + t.group()))     # "1-10月，…" (not inside 2022年3-5月: time_absolute's);
            # "2022年光伏产业链景气度高涨，1-5月光伏装机同比+24.4%": the months of the year the sentence named
    for t in field_rule("field.broker_years").finditer(before) if "年" in before or "FY" in before \
            else ():     # "预计24-26年营业收入分别为…", "FY2025收入55.5亿元"
        if not compared.search(before[:t.start()]):     # (over the year inside it: FY2026-FY2028年, not 2028年)
            found = [(a, w) for a, w in found if not (t.start() < a + len(w) and a < t.end())] + [(t.start(), t.group())]
    found.sort()
    for word in relative_periods() if _any_relative_period().search(before) else ():
        i = before.rfind(word)
        while i >= 0:       # the last occurrence that is no baseline ("年末…比上年末")
            if any(a <= i and i + len(word) <= b for a, b in baselines):
                pass        # "增速较前三季度提高": 三季度 is part of the baseline 前三季度
            elif compared.search(before[:i]) or numeral.search(before[:i]) \
                    or field_rule("field.baseline_then_compare").match(before, i) \
                    or (word.startswith("上") and before[i - 1:i] == "以") \
                    or before.startswith(claim_words("carried_after"), i + len(word)) \
                    or (word == "全年" and before.startswith(claim_words("whole_year_plan"), i + len(word))) \
                    or before.endswith(claim_words("carried_before"), 0, i) \
                    or (word in claim_words("rough_period") and (before.endswith(_backward_periods(), 0, i)
                                                                 or any(b == i for _a, b in baselines))):
                baselines.append((i, i + len(word)))    # (上年结转11件, 结转上年度办理3件: where the count was carried from;
                # "比亚迪海外销量上半年超去年全年", "承销金额225.82亿元超过2024年全年": the whole of the year compared with)
            elif (month := _MONTH_BEFORE.search(before, 0, i) if word == "当月" else None) and \
                    compared.search(before[:month.start()]):
                baselines.append((month.start(), i + len(word)))    # "增速比9月当月提高8.4个百分点": compared with
            elif not any(i < a + len(w) and a < i + len(word) for a, w in found):
                named = None if month or word != "当月" else _month_named_before(before[:i])
                found.append((month.start(), month.group()) if month else (i, named) if named else (i, word))
                # "其中10月当月实现…": 10月; "2月份,全区规模以上工业企业当月产值…": 2月份
                break
            i = before.rfind(word, 0, i)
    return sorted(found)


_MONTH_BEFORE = re.compile(r"(?<![0-9０-９\-—–~～至])(?:1[0-2]|[1-9])月份?$")
_MONTH_NAMED = re.compile(r"(?<![0-9０-９\-—–~～至])(?:(?:19|20)\d\d年)?(?:1[0-2]|[1-9])月份?(?![0-9０-９日])")


def _month_named_before(text: str) -> str | None:
    """The last month ``text`` names alone (not a span's end, 1-2月, nor a day, 2月5日), for a later 当月."""
    months = [m.group() for m in _MONTH_NAMED.finditer(text)]
    return months[-1] if months else None


@lru_cache(maxsize=1)
def _backward_periods() -> tuple[str, ...]:
    """Relative periods before the context year (上年, 去年, 上期期末): a comparison's, never a paragraph's."""
    return tuple(row[0] for row in load_tsv(RELATIVE_PERIODS_FILE) if row[1].startswith("Y-"))


def _since_inside(sentence: str, time: tuple[int, str]) -> bool:
    """A span since a time inside a noun phrase ("…比上年决算数增长31.7%,扭转自2018年以来连续下降势头"): the start of a
    trend the sentence tells of, not a period the sentences after it share (西藏's 2024 budget report: the next
    paragraph's 中央补助 was dated 自2018年以来). One that ends its clause ("项目自2019年启动以来,已完成…", "2018年以来，…")
    still carries."""
    at, text = time
    end = at + len(text)
    return text.endswith("以来") and end < len(sentence) and sentence[end] not in "，,；;：:。"


_DAY_OR_MONTH = re.compile(r"[0-9]月(?:[0-9]{1,2}日)?$")


def stated_period(sentence: str) -> str | None:
    """The period a sentence names last (not a baseline, not inside a title, not the year before, as in "上年同期为
    3.4亿元", none in a sentence that dates a company's events): it carries to the sentences after it in the paragraph until another is named. A quarter or half as brokers
    write it labels its own sentence's figures only ("其中，23Q4营业总收入452.44亿元…。23年公司酒类收入+18.94%"), and so
    does a month without its year ("7月，黑龙江省人民政府向教育部函请…"; but a release's 月份 carries: "5月份,我市财政总收入
    完成115329万元…。一般公共预算收入完成65026万元", 濮阳's May 2024 release), and forecast years as brokers write them
    ("预计24-26年营业收入分别为…")."""
    found = _times_before(sentence)
    events = [k for k, (a, w) in enumerate(found) if _DAY_OR_MONTH.search(w) and sentence.startswith(
        claim_words("event_day_after"), a + len(w)) or sentence.endswith(claim_words("event_year_before"), 0, a)]
    if events:          # a company's history (…1998年8月更名为…，2022年1月17日成功在深交所主板上市): its dates are its
        found = found[events[-1] + 1:]      # events', and only a time after the last of them carries
    times = [t for t in found if t[1] not in _backward_periods() and not t[1].startswith("连续")
             and t[1] not in claim_words("frequency_period")     # "连续两年每年增产1亿多吨": a rate's, no time of the next
             and not _YEAR_PART.match(t[1]) and not (_BARE_MONTH.match(t[1]) and not t[1].endswith("月份"))
             and not field_rule("field.broker_years").fullmatch(t[1]) and not _since_inside(sentence, t)]
    if len(times) >= 2 and times[-1][1] in claim_words("rough_period") and times[-1][0] == times[-2][0] + len(times[-2][1]) \
            and field_rule("field.time_absolute").fullmatch(times[-2][1]):
        return times[-2][1]     # "F省2007年全年实现地区生产总值…": 全年 right after a year is that year's
    if not times:
        month = next((t for t in reversed(_times_before(sentence)) if _BARE_MONTH.match(t[1])), None)
        cumulated = _cumulated(sentence, month[1]) if month else None
        return cumulated if cumulated != (month[1] if month else None) else None    # "4月,…累计完成…": carries as 1-4月
    return _period_ended(sentence, times[-1][1]) if times else None


MAX_OWNER_CHARS = 16


def set_owner(sentence: str, m: Mention) -> str:
    """"机电一体化技术专业群有电气自动化等共7个专业" -> "机电一体化技术专业群": the set being counted."""
    r = search_end(field_rule("field.set_owner"), sentence[:m.start])   # the rule ends at the number
    if not r:
        return ""
    owner = strip_time(r.group("owner"))
    owner = field_rule("field.owner_connective").sub("", owner)
    if len(owner) <= MAX_OWNER_CHARS:
        return owner
    phrase = noun_phrase_tail(owner)
    return phrase if len(phrase) >= 2 else ""


_DAY = re.compile(r"月[0-9]{1,2}日$")


def find_period(sentence: str, m: Mention) -> str | None:
    """The period a number refers to: a time in its own clause, else one opening the sentence, else the
    nearest before it; an absolute year wins over "全年"/"当年"; "2021-2023届…分别为a、b、c" is shared out;
    "从2008年的1.1件上升至2015年的15.0件": a year that modifies the number itself is its period; the day a period
    ended is that period ("截至2023年12月31日止年度" -> 2023年, 截至2024年3月31日止年度 -> 2024年度)."""
    return _cumulated(sentence, _period_ended(sentence, _find_period(sentence, m)))


_MONTH_CUMULATED = re.compile(r"^((?:19|20)\d\d年)?(1[0-2]|[2-9])月份?$")
_NEXT_MONTH = re.compile(r"当月|\d月")


def _cumulated(sentence: str, period: str | None) -> str | None:
    """A month whose sentence totals from the year's start ("4月,一般公共预算收入累计完成24627万元", 大姚县's April 2024
    revenue) is the months to it: 1-4月."""
    found = _MONTH_CUMULATED.match(period or "")
    after = sentence[sentence.find(period) + len(period):] if found else ""
    after = _NEXT_MONTH.split(after, 1)[0]      # "2月份当月增长13.5%,1-2月累计增长5.2%": 累计 is 1-2月's
    if not found or "累计" not in after:
        return period
    return f"{found.group(1) or ''}1-{found.group(2)}月"


def _share_basis_day(sentence: str, time: tuple[int, str]) -> bool:
    """"以截至2023年12月31日公司总股本8,438,017,390股计算，共计拟派发现金红利…": the day of the share capital a dividend is
    computed on (not 以2015年12月31日为基准日, a valuation's date, which is its figures' period)."""
    at, text = time
    return sentence.endswith("以", 0, at) and "股本" in sentence[at:clause_end(sentence, at + len(text))]


def _period_ended(sentence: str, period: str | None) -> str | None:
    """"截至2023年12月31日止年度，本集团的收入…" (Hong Kong issuers' reports): the year, half or nine months that ended
    on the day, not a stock at it (field.period_ended)."""
    if not period or not period.startswith(claim_words("as_of")) or "止" not in sentence:
        return period
    at = sentence.find(period)
    ended = field_rule("field.period_ended").match(sentence, at + len(period)) if at >= 0 else None
    year = _BARE_YEAR.search(period)
    if not ended or not year:
        return period
    part, _word, months, last = next(p for p in _ENDED_PARTS if ended.group("span").startswith(p[1]))
    end = _END_MONTH.search(period)
    month = int(parse_numeral(end.group(1))) if end else None
    if month and last and month != last and month - months + 1 >= 1:
        return f"{year.group()}{month - months + 1}-{month}月"     # "截至2025年9月30日止六个月": April to September,
        # a fiscal half (not 上半年)
    if part == "度" and month == 12:
        return year.group()     # a calendar year is written as one (2023年), as 本年度 resolves; a fiscal year 年度
    return year.group() + part


# what a span ended on a day is of its year (field.period_ended's span): its part of the year, its length in months
# and the month it ends in when it is that part (a year may end in any month: a fiscal year is its year's 年度)
_ENDED_PARTS = (("度", "年", 12, None), ("度", "财政年", 12, None), ("上半年", "六", 6, 6), ("上半年", "半年", 6, 6),
                ("前三季度", "九", 9, 9), ("第一季度", "三", 3, 3))
_END_MONTH = re.compile(r"年(1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月")


# a comparison with the year before ("同比", "较上年"): build._change_start_period reads it too
AGAINST_YEAR_BEFORE = re.compile(r"同比|(?:较|比|相比|对比)(?:上年|去年|上一年)")


_BRACKET_YEAR = re.compile(r"[（(]((?:19|20)\d\d年(?:度|末)?)[：:]")


def _bracket_year(sentence: str, m: Mention) -> str | None:
    """"…分别占65%及35%（2023年：本地及转运货物数量分别占65%及35%）": a figure inside a bracket opened by a year and its
    colon is that year's, as Hong Kong issuers restate the year before (they had the sentence's 2024年)."""
    opened = max(sentence.rfind("（", 0, m.start), sentence.rfind("(", 0, m.start))
    if opened < 0 or max(sentence.find("）", opened, m.start), sentence.find(")", opened, m.start)) >= 0:
        return None
    found = _BRACKET_YEAR.match(sentence, opened)
    return found.group(1) if found else None


def _find_period(sentence: str, m: Mention) -> str | None:
    if _multiple_base(sentence, m):
        return None         # "是2020年的2.1倍": the year is the multiple's baseline
    bracket = _bracket_year(sentence, m)
    if bracket:
        return bracket
    signed = m.numeral[:1] in "-−－" or sentence[m.start - 1:m.start] in ("+", "＋")
    own = field_rule("field.year_of_number").search(sentence[:m.start]) \
        or field_rule("field.compared_year").search(sentence, clause_start(sentence, m.start), m.start) \
        or (None if signed else        # "较年初-10.1%": a change against the time, not a figure of it
            field_rule("field.compared_period").search(sentence, clause_start(sentence, m.start), m.start))
    if own:
        return own.group(1)
    span = _span_end(sentence, m)
    if span:
        return span
    times = _times_before(sentence[:m.start])
    begins = clause_start(sentence, m.start)
    plan = field_rule("field.dividend_year").search(sentence, 0, m.start) if m.unit.endswith("元") or m.unit == "股" \
        else None
    clause = sentence[begins:clause_end(sentence, m.end)] if plan else ""
    if plan and any(w in clause for w in claim_words("dividend_word") + ("转增",)) and \
            not any(i >= begins for i, _w in times):
        return plan.group(1)        # "…审议通过了公司2019年度利润分配方案，…每10股派发现金红利0.60元": the plan's year
        # (and of its bonus shares, "同时向全体股东每10股转增10股")
    if times and m.unit.endswith("元") and _as_of_days(sentence, times) and \
            any(w in sentence[begins:clause_end(sentence, m.end)] for w in claim_words("dividend_word")):
        return None         # "截至2024年3月31日，公司总股本…，以此计算合计拟派发现金红利56,224,523.40元": the day the shares
        # are counted at is not the dividend's period (the report's year is)
    if not times:
        after = clause_after(sentence, m.end)[:18]
        t = field_rule("field.time_absolute").search(after)
        compared = t is not None and field_rule("field.compared_before").search(after[:t.start()]) is not None
        return t.group() if t and t.group() and t.start() <= 2 and not compared else None   # "资本充足率13.07%较
        # 2024年末小幅下滑": the time compared with is not the figure's
    # begins: the clause a list (、) or a bracket stands in: "2016年顺丰控股计划在深圳区、上海区…推广428台"
    # a frequency (每年) is the period of its own clause only: "每年更新申报试点，现有38个…试点" is no rate
    times = [t for t in times if t[1] not in claim_words("frequency_period") and not t[1].startswith("连续")
             and not _share_basis_day(sentence, t) and not sentence.endswith(claim_words("event_year_before"), 0, t[0])
             or t[0] >= begins]     # nor a run of years (连续21年居…第一): its own clause's; nor the day of a dividend's
    # share basis (the shares'); nor the day a body was founded ("公司注册成立于2003年6月30日，注册资本为…": its history's)
    if not times:
        return None
    backward, semi = _backward_periods(), max(sentence.rfind("；", 0, begins), sentence.rfind(";", 0, begins))
    if semi > 0:        # "1—2月份，采矿业…，上年12月份为下降0.9%；制造业增长7%": the year before is the period of its
        times = [t for t in times if t[0] > semi or not t[1].startswith(backward) or t[0] <= 2]     # own part only,
        # unless it opens the sentence (and "…，去年底占30.6%；（三）经营支出增加3.2%" names no other: the carried one)
        if not times:
            return None
    own = [t for t in times if t[0] >= begins]
    said = sentence[begins:m.start].rstrip("+＋-－−")
    if not own and times[-1][1].startswith(backward) and AGAINST_YEAR_BEFORE.search(said) and \
            times[-1][0] > 2 and not re.search("[；;。]", sentence[times[-1][0]:begins]):     # (not 去年 opening it all)
        times = [t for t in times if not t[1].startswith(backward)]
        if not times:
            return None     # "…为6,850,041.02元,上年同期值为161,553,919.38元,较上年下降95.76%": after the year before's
            # figure, a change against that year is of this one's (its period is the context's; it had 2023年)
    if not own and begins and (field_rule("field.change_of_figure_before").match(said) or
                               said in claim_words("plain_baseline")):
        own = [t for t in times if clause_start(sentence, begins - 1) <= t[0] < begins]    # "4Q2024经纪收入为25.10
        # 亿元，全年为61.83亿元，同比+11.8%": a change of the figure before is of that figure's time
    opening = [t for t in times if t[0] <= 2 or sentence[:t[0]].endswith(("，", "：")) and t[0] <= 4]
    later = [t for t in times if not opening or t[0] > opening[-1][0]]
    now = [t for t in later if t[1] in claim_words("now_period")]
    as_of = [t for t in later if t[1].startswith(claim_words("as_of"))          # "验证截至2016年1月29日，…"
             and sentence.startswith(("，", "止，", ","), t[0] + len(t[1]))]     # not "以截止…日公司总股本为基数"
    dated = [t for t in later if opening and _qualifies(sentence, t)]
    # "去年…；“十四五”时期全国PM2.5浓度累计下降20%，重污染天数减少25%": a part
    part = [t for t in times if t[0] > semi] if semi >= 0 else []     # after ； states its own period
    # "2019届本科…，五年来本科生起薪涨幅为23.6%；高职毕业生…": a part without a period shares the sentence's first date
    shared = [t for t in times if field_rule("field.time_absolute").fullmatch(t[1])][:1] if semi >= 0 and not part else []
    if shared:      # "2024年末，…总资产…；当年实现营业收入…；实现净利润…": the year a part before named is the later parts'
        shared = [t for t in times if t[1] in claim_words("rough_period")][-1:] or \
            [t for t in times if t[0] > shared[0][0] and _PART_OF_YEAR.match(t[1])
             and not shared[0][1].startswith(claim_words("as_of"))][-1:] or shared
        # "发布2024年半年度报告，上半年公司实现营业收入…；归属于上市公司股东的净利润7.18亿元": the half a part before named
    # "2011届至2014届，…，2014届高职毕业生…就业率为91.5%，比2013届高0.6个百分点": after a span opening the sentence,
    # a later clause that opens with a time and a noun is the period of the clauses after it
    after_span = bool(opening) and sentence.startswith(_RANGE_SIGNS, opening[-1][0] + len(opening[-1][1]))
    reopened = [t for t in later if sentence[:t[0]].endswith("，") and _opens_clause_of_noun(sentence, t)] \
        if after_span else []
    # "2026年1月14日，…会议上，…，2025年沈阳…，地区出口总额增长10%": a day opening the sentence is when it was said, a
    # year after it the figures' period
    told = [t for t in later if not opening[-1][1].startswith(claim_words("as_of")) and _DAY.search(opening[-1][1])
            and not _DAY.search(t[1])] if opening else []      # (not 截至2023年9月1日: the date a stock is counted at)
    # "月收入（2020届本科：10168元，高职：7592元）": a time in the figure's bracket dates it, past a colon
    bracketed = [t for t in times if _in_figures_bracket(sentence[:m.start], t[0])]
    period = (own or bracketed or part or now or as_of or shared or dated or reopened or told or opening or times)[-1][1]     # "公司2021年依托…，目前已公布47GW产能（乐山5GW…）"
    year_end = ("年末", "年底")
    if opening and _BARE_YEAR.fullmatch(opening[-1][1]) and (period in year_end or period == opening[-1][1] and not (
            own or part or now or as_of or shared or dated or reopened or told) and any(w in year_end for _a, w in later)):
        period = opening[-1][1] + "末"     # "据2024年人口抽样调查，年末全市常住人口3338533人，其中，城镇常住人口2135193人":
        # the year the sentence opens with, at its end, for the figures from its 年末 on
    listed = _listed_years(sentence, m, times, period)
    if listed:
        return listed
    if period in claim_words("rough_period"):
        absolute = [w for _i, w in times if field_rule("field.time_absolute").fullmatch(w)
                    and not w.startswith(claim_words("as_of"))]    # "截至2022年底…全年累计开展…": a stock's date
        period = _whole_year(absolute[-1]) if absolute else period
    return _share_out(sentence, m, period)


_YEAR_END = re.compile(r"^((?:19|20)\d\d年)(?:度)?(?:末|底|第?[一二三四1-4]季度末?|[上下]半年末?|前三季度末?|Q[1-4]末?"
                       r"|[0-9]{1,2}(?:[-—–~][0-9]{1,2})?月(?:[0-9]{1,2}日)?(?:末|底)?)$")
_BARE_MONTH = re.compile(r"^(?:截至|截止)?(?:1[0-2]|[1-9])月(?:份|底|末)?$")
_PART_OF_YEAR = re.compile(r"^(?:(?:19|20)\d\d年)?(?:[上下]半年|前三季度|第?[一二三四]季度|[1-9]-1?[0-9]月)$")
_YEAR_PART = re.compile(r"^(?:[1-4]Q|[12]H)((?:20)?\d\d)末?$|^((?:20)?\d\d)(?:Q[1-4]|H[12])末?$")


def _whole_year(period: str) -> str:
    """"2024年末" read for 当年/全年 is the year itself (浦发银行2024年末总资产…；当年实现营业收入1707.48亿元: a year's flow, not
    a stock at its end), and so is the year of a part of it (2024年第四季度营业收入2.27亿元，全年…), written as brokers write
    it too (4Q2024经纪收入…，全年为61.83亿元)."""
    end = _YEAR_END.match(period)
    if end:
        return end.group(1)
    part = _YEAR_PART.match(period)
    if part:
        year = part.group(1) or part.group(2)
        return (year if len(year) == 4 else "20" + year) + "年"
    return period


def _opens_clause_of_noun(sentence: str, time: tuple[int, str]) -> bool:
    """Whether the time opens a clause whose next word is a noun ("，2014届高职毕业生…"; not "，2015年6月30日，…")."""
    at, text = time
    words = cut_pos(sentence[at + len(text):at + len(text) + 6])
    return bool(words) and words[0][1].startswith("n")


def _listed_years(sentence: str, m: Mention, times: list[tuple[int, str]], period: str) -> str | None:
    """"2013年度、2014年度及2015年度营业收入累计超过3亿元": a total over listed years has the whole list as its
    period (a list shared out with 分别 gives each figure its own year elsewhere)."""
    at = next((i for i, (_pos, word) in enumerate(times) if word == period), None)
    if at is None or not any(w in sentence[times[at][0]:m.start] for w in claim_words("cumulative")):
        return None
    first = at
    while first > 0:
        gap = sentence[times[first - 1][0] + len(times[first - 1][1]):times[first][0]]
        if gap not in (*joiners(), "至"):
            break
        first -= 1
    if first == at:
        return None
    return sentence[times[first][0]:times[at][0] + len(period)]


def _qualifies(sentence: str, time: tuple[int, str]) -> bool:
    """A date after a preposition (date_qualifier; 由于 is no 于) that qualifies what is measured, not one opening a
    clause of its own: "2015年10月15日，坤元…出具…，对顺丰控股有限在2015年6月30日的资产净额…进行评估，评估值为…" (the
    valuation date, not the report's)."""
    at, text = time
    return bool(field_rule("field.time_absolute").fullmatch(text)) \
        and sentence[at - 1:at] in claim_words("date_qualifier") and sentence[at - 2:at] != "由于" \
        and not sentence.startswith("，", at + len(text))


def _span_end(sentence: str, m: Mention) -> str | None:
    """"从2016年至2018年，省际干线将从9条投入至19条": under a span of years opening the sentence, the start of a
    from-to takes the span's first year and its end the last; other figures are left to the other rules."""
    span = field_rule("field.year_span").search(sentence, 0, m.start)
    if not span:
        return None
    start = clause_start(sentence, m.start)
    while start > 1 and sentence[start - 1] == "," and sentence[start - 2:start - 1].isdigit() \
            and sentence[start:start + 1].isdigit():
        start = clause_start(sentence, start - 1)      # "由1,454次/周投入至9,236次/周": a thousands comma
    clause = sentence[start:m.start]
    if field_rule("field.range_end").search(clause):
        return span.group(2)
    return span.group(1) if clause.endswith(("从", "由")) else None


# Mechanics: a list of numbers joined by 、.
_LIST = re.compile(r"[0-9.．]+[^0-9、，。；和及/]{0,4}(?:[、和及/][0-9.．]+[^0-9、，。；和及/]{0,4})+")    # (和 joins the
# last; a broker's slash too, "93.3/103.7/118.8亿港元")
YEAR_CHAIN = re.compile(r"(?:(?:19|20)[0-9]{2}(?:/(?:19|20)[0-9]{2}){2,}|2[0-9](?:/2[0-9]){2,})(?=年)")     # (two are a
# fiscal year: 2024/2025年; brokers write two digits too: 25/26/27年)


_QUARTERS = "一二三四"


def _place_in_list(sentence: str, m: Mention, start: int = 0) -> tuple[int, int] | None:
    """(index, count) of ``m`` in the list of numbers (_LIST) it stands in after ``start``, or None."""
    for lst in _LIST.finditer(sentence, start):
        if lst.start() <= m.num_start < lst.end():
            return (len(_NUMERAL.findall(sentence, lst.start(), m.num_start)), len(_NUMERAL.findall(lst.group())))
    return None


_NUMERAL = re.compile(r"[0-9.．]+")


def _share_out(sentence: str, m: Mention, period: str) -> str:
    """A year range over a list of as many numbers gives each its year ("2022-2024年…4.7、7.2、9.3亿元"), and a span of
    quarters its quarter ("2024年第一季度至第四季度营业收入分别为3.41亿元、2.54亿元、2.69亿元、2.27亿元")."""
    r = field_rule("field.year_range").match(period)
    glossed = None if r else _glossed_years(sentence, m, period)
    if not r and not glossed:
        return _year_of_chain(sentence, m, period) or _quarter_of_list(sentence, m) or period
    first, last = (_full_year(r.group(1)), _full_year(r.group(2))) if r else glossed
    place = _place_in_list(sentence, m)
    if place and place[1] == last - first + 1:
        return f"{first + place[0]}{(r.group(3) if r else '') or '年'}"
    return period


def _full_year(year: str) -> int:
    """A year as brokers write it in two digits (24-26年) with its century."""
    return int(year) + (2000 if len(year) == 2 else 0)


def _year_of_chain(sentence: str, m: Mention, period: str) -> str:
    """"预计2025/2026/2027年归母净利润分别为93.3/103.7/118.8亿港元": a chain of years shares itself out over a list of as
    many numbers (each had the chain's last two years, 2026/2027年), or ""."""
    chain = next((c for c in YEAR_CHAIN.finditer(sentence, 0, m.start) if period and period[:4] in c.group()), None)
    if chain is None:
        return ""
    years = chain.group().split("/")
    place = _place_in_list(sentence, m, chain.end())
    return f"{_full_year(years[place[0]])}年" if place and place[1] == len(years) else ""


def _glossed_years(sentence: str, m: Mention, period: str) -> tuple[int, int] | None:
    """(first, last) of a span of years in brackets right after ``period`` as the sentence writes it ("“十四五”期间
    （2021-2025年）"), or None."""
    at = sentence.rfind(period, 0, m.start) if period else -1
    span = field_rule("field.bracketed_year_range").match(sentence, at + len(period)) if at >= 0 else None
    return (int(span.group("first")), int(span.group("last"))) if span else None


def _quarter_of_list(sentence: str, m: Mention) -> str:
    """The quarter a span of quarters before a list gives the list's figure ``m`` (field.quarter_range), or ""."""
    spans = list(field_rule("field.quarter_range").finditer(sentence, 0, m.start)) if "季" in sentence[:m.start] else []
    if not spans:
        return ""
    span = spans[-1]
    first, last = (_QUARTERS.find(q) + 1 if q in _QUARTERS else int(q)
                   for q in (span.group("first"), span.group("last")))
    place = _place_in_list(sentence, m, span.end())
    if place and place[1] == last - first + 1 and first < last:
        return f"{span.group('year') or ''}第{_QUARTERS[first - 1 + place[0]]}季度"
    return ""


def _multiple_base(sentence: str, m: Mention, times_only: bool = True) -> re.Match | None:
    """"是2020年的2.1倍", "为2018年末的2.8倍": the year a multiple is taken of, written right before it; None otherwise.
    With ``times_only`` false, also what else it is taken of ("均为甘肃银行的1.3倍": field.multiple_of)."""
    if m.unit != "倍":
        return None
    for rule in ("field.multiple_base",) if times_only else ("field.multiple_base", "field.multiple_of"):
        base = field_rule(rule).search(sentence, max(0, m.start - 16), m.end)
        if base and base.end() == m.start:
            return base
    return None


# The figures of a run written before a number in its clause ("分别快于全部规模以上服务业4.4、2.6和"), its joiners with them.
_RUN_BEFORE = re.compile(r"(?:[0-9０-９]+(?:[.．][0-9０-９]+)?(?:个百分点|百分点|个)?[、和及与])+$")


# the comparison words of field.compared_with_figure that make the difference a fall
LOWER_THAN = ("低于", "慢于", "落后于")


def compared_with_figure(sentence: str, m: Mention) -> re.Match | None:
    """"…同比增长9.6%，快于全部规模以上工业6.2个百分点", "…平均月收入为5970元，比“新一线”城市本科生的平均月收入高1311元":
    a change whose clause only compares it with another figure (group b, the baseline); it is the difference of the
    figure before it. Beyond points, only in a unit the sentence wrote before ("最低录取分为329分，低于本一省控线8分").
    None otherwise."""
    clause, found = _compared_clause(sentence, m)
    if found or clause.rstrip("了").endswith(tuple(change_verbs())):   # "比上年减少", "比上年同期提高了": the verb's own
        return found
    return field_rule("field.compared_by_bi").fullmatch(clause)


def _compared_clause(sentence: str, m: Mention) -> tuple[str, re.Match | None]:
    """The clause before ``m`` without a run of figures, and its match of field.compared_with_figure where the unit
    allows a difference (points; else a unit written before the clause: "…为329分，低于本一省控线8分")."""
    begins = clause_start(sentence, m.start)
    clause = _RUN_BEFORE.sub("", sentence[begins:m.start])
    compared = m.unit in RATE_POINTS or (m.unit not in ("%", "‰") and m.unit_kind != "share" and bool(m.unit)
                                         and m.unit in sentence[:begins])
    return clause, field_rule("field.compared_with_figure").fullmatch(clause) if compared else None


def find_baseline(sentence: str, m: Mention) -> str | None:
    """Comparison baseline in the clause(s) before a change: "比去年增加了" -> "去年"."""
    base = _multiple_base(sentence, m, times_only=False) or compared_with_figure(sentence, m)
    if base:
        return base.group("b")
    if respective := respective_baseline(sentence, m):
        return respective
    window = _baseline_window(sentence, m)
    own = max(window.rfind("，"), window.rfind(",")) + 1
    found = list(field_rule("field.baseline").finditer(window)) + \
        list(field_rule("field.baseline_then_compare").finditer(window)) + \
        list(field_rule("field.compared_area").finditer(window, own))   # "去年同期相比增长23"; "高于全国1.7个百分点"
    # in its own clause only
    last = max(found, key=lambda f: f.start()) if found else None
    if last is not None and last.start() >= own:
        return last.group("b")
    # "比年初减少2.18亿元，同比增长-1.82%": the clause's own 同比, not the 年初 of the clause before
    own_plain = _plain_baseline(window[own:])
    opening = field_rule("field.opening_baseline").match(sentence)     # "与2016年相比,…增长68.1%;…增长194.7%"
    return own_plain or (last.group("b") if last is not None else _plain_baseline(window)) or \
        (opening.group("b") if opening else None)


BASELINE_PAIR = re.compile(r"(同比|环比|yoy|YoY|YOY|qoq|QoQ|QOQ)[/／、和](同比|环比|yoy|YoY|YOY|qoq|QoQ|QOQ)(?:分别)?"
                            r"(?:增长|变动|为)?")
_FIGURES_BEFORE = re.compile(r"(?:[+＋\-−－]?[0-9.]+[%％](?:[/／、]|和))*[+＋\-−－]?$")


def _baseline_window(sentence: str, m: Mention) -> str:
    """The text a figure's comparison is looked for in: up to 24 characters before it, within its part (a part after ；
    compares on its own)."""
    window = sentence[max(0, m.start - 24):m.start]
    return window[max(window.rfind("；"), window.rfind(";")) + 1:]


def respective_baseline(sentence: str, m: Mention) -> str | None:
    """"总资产同比/环比分别+7.2%/+1.1%": two comparisons written as a pair, each figure of the run after them in turn
    against its own (the second was 环比 for both, or none)."""
    window = _baseline_window(sentence, m)
    pair = None
    for pair in BASELINE_PAIR.finditer(window):
        pass
    run = _FIGURES_BEFORE.fullmatch(window, pair.end()) if pair else None
    if run is None:
        return None
    k = len(re.findall(r"[%％]", run.group()))
    return pair.group(k + 1) if k < 2 else None


def _plain_baseline(text: str) -> str | None:
    """The plain_baseline word (同比, 环比, yoy …) ``text`` holds nearest its end, or None ("yoy+52.5%/qoq+9.6%":
    the 9.6% is against the quarter before, not the year before, which came first in the word list)."""
    found = [(text.rfind(word), len(word), word) for word in claim_words("plain_baseline") if word in text]
    return max(found)[2] if found else None
