"""Parallel lists: "A、B和C…分别为x、y和z" gives x to A, y to B and z to C.

A run of numbers joined only by 、/和/及/与 is matched with a list of as many items before it in the
same clause. Items that are times ("2013年、2014年和2015年") give each number its period; other items
give each number its metric: the item with the words the items share after the list
("高技术制造业、装备制造业增加值分别增长8.9%、7.7%" -> 高技术制造业增加值, 装备制造业增加值;
"第一、二、三次产业…的比重为19.6%、27.8%和52.6%" -> 第一产业…的比重, …).
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..nlp.orgs import is_org_name
from ..nlp.segmenter import cut_pos
from ..numbers.mentions import verb_gap
from ..records import Claim
from ..text import HAN_CHAR
from .fields import (BASELINE_PAIR, CLAUSE_DELIMS, LEVEL_KINDS, NOUN_FLAGS, RATE_POINTS, YEAR_CHAIN, by_sign, claim_words, field_rule, industry_names,
                     joiners, mark_industry_names, is_band, note_opened, noun_phrase_head, noun_phrase_tail,
                     relative_periods, strip_author_words, strip_time, unmark, without_currency, without_joining_words,
                     without_notes, without_said_of, without_trailing_adverb)
from .fields import clause_start as fields_clause_start

_TIME_ITEM = re.compile(r"^(?:19|20)\d\d(?:年(?:度)?|届)?(?:末|底)?$")
# What closes the shared words before the numbers: copulas and change verbs ("…增加值分别增长"), and the 至第 of ranks;
# 预计 before 分别 says the figures are expected ("…人均可支配收入预计分别增长4.5%、6.7%"); 同比变动 of a broker's run closes
# it too ("毛利率/归母净利率分别同比变动+0.10/+0.06pct").
_CLOSING = re.compile(r"(?:预计)?(?:分别|依次|各)?(?:同比|环比|年均)?再?(?:累计)?(?:为|是|以|达到?|占|增长|增加|提高|提升|下降|减少|降低|上涨|上升|实现|变动)*"
                      r"(?:至|到)?第?[+＋]?$")


def _without_closing(text: str) -> str:
    """``text`` without the change words and 分别 that close it ("化学需氧量和二氧化硫排放量分别削减" -> …排放量,
    "客户存款及客户贷款分别较去年上升" -> …客户贷款)."""
    text = field_rule("field.respective_change").sub("", without_currency(text))
    if not field_rule("field.pull_of_growth").search(text):     # "分别拉动经济增长": the growth pulled stays
        text = _CLOSING.sub("", field_rule("field.trailing_change").sub("", _CLOSING.sub("", text)))
    at = text.rfind("分别")
    if at > 0 and all(flag[:1] in ("v", "d", "a") for _w, flag in cut_pos(text[at + 2:])):
        text = text[:at]        # "跨国公司地区总部、外资研发中心分别新认定": what was done to them, no part of their names
    elif 0 < at and len(text) - at <= 8:    # "第一、二、三产业分别拉动经济增长0.1个、…": 分别 says how, no part of the
        text = text[:at] + text[at + 2:]   # name (not "…分别持有深圳市顺祥丰益资本管理有限公司60%、40%股权")
    return without_trailing_adverb(text)    # "…股东应占溢利亦分别创新高至": 亦 (too) is no part of the last name


def _rate_named(text: str) -> str:
    """The growth rate's name the words before a list's figures end with ("…的GDP增速分别是" -> 增速: its figures are
    growths), or ""."""
    rest = _CLOSING.sub("", text)
    return next((w for w in claim_words("growth_metric_end") if rest.endswith(w)), "")
_NUMERAL_LEAD = re.compile(r"^([一二三四五六七八九十0-9]+)(.*)$")


@lru_cache(maxsize=1)
def _word_joiners() -> re.Pattern:
    """The joiners that are words (和, 及, 以及, 与: fields.joiners without 、), longest first."""
    return re.compile("|".join(sorted((w for w in joiners() if w != "、"), key=len, reverse=True)))


@dataclass(frozen=True, slots=True)
class ListMember:
    """One number of a list: its claim and its offsets in the sentence."""

    claim: Claim
    start: int
    end: int


def bracket_notes(sentence: str, members: list[ListMember]) -> dict[int, ListMember]:
    """Index of each member inside a bracket that opens right after another member -> that member: "4383.47亿元
    （yoy+5.62%）" notes the change of the figure before it."""
    notes: dict[int, ListMember] = {}
    for k, member in enumerate(members):
        opening = sentence[member.end:member.end + 1]
        if k in notes or opening not in ("（", "("):
            continue
        closed = sentence.find("）" if opening == "（" else ")", member.end)
        j = k + 1
        while 0 <= closed and j < len(members) and members[j].start < closed:
            notes[j] = member
            j += 1
    return notes


_SHORT_YEAR = re.compile(r"^[0-9]{2}年(?=\D)")
_BRACKETED = re.compile(r"（[^（）]*）|\([^()]*\)")


_SIGNED_GAPS = ("/", "/+", "/＋", "、+", "、＋")     # "1,265.89/206.30亿元", "同比分别+5.4%、+18.5%"
# an ASCII comma joins the changes after 分别…增长 as 、 does ("规上工业总产值、增加值分别年均增长22.2%,16%": 崇左's 2024 report
# as a mirror prints it; the second was a share of the first's name)
_RESPECTIVE_CHANGE = re.compile(r"分别(?:年均|同比)?(?:增长|下降|提高|增加|减少)$")


def comma_joins_run(sentence: str, first: int) -> bool:
    """Whether an ASCII comma joins the figures of a run whose first figure starts at ``first`` (分别…增长 before it)."""
    return _RESPECTIVE_CHANGE.search(sentence, 0, first) is not None


def number_runs(sentence: str, members: list[ListMember], notes: dict[int, ListMember]) -> list[list[ListMember]]:
    """Runs of two or more numbers joined only by 、/和/及/与 (and the 第 of ordinals: "分别上升至第18位、第19位"); a
    bracketed note after a figure (``notes``: "4383.47亿元（yoy+5.62%）、2136.90亿元（yoy+1.30%）") is no member and no
    gap."""
    runs: list[list[ListMember]] = []
    for member in (m for k, m in enumerate(members) if not is_band(m.claim) and k not in notes):
        gap = sentence[runs[-1][-1].end:member.start] if runs else ""     # "98人、31-40岁教师474人": no run
        gap = _BRACKETED.sub("", gap) if gap[:1] in ("（", "(") else gap
        gap = without_currency(gap)     # "分别为人民币5,357亿元、人民币1,535亿元": each amount's currency
        # (a comma joins figures of the run's unit only: "…分别增长3%、11.2%和24.2%,589个省市重点项目…")
        same_unit = bool(runs) and member.claim.unit == runs[-1][-1].claim.unit
        if runs and (gap in joiners() or gap in _SIGNED_GAPS or gap[-1:] == "第" and gap[:-1] in joiners()
                     or verb_gap().fullmatch(gap) and same_unit and _after_respective_verb(sentence, runs[-1])
                     or gap.strip() in ("，", ",") and same_unit and _after_respective(sentence, runs[-1])
                     or gap == "," and same_unit and comma_joins_run(sentence, runs[-1][0].start)):
            runs[-1].append(member)
        else:
            runs.append([member])
    return [run for run in runs if len(run) >= 2]


def _after_respective_verb(sentence: str, run: list[ListMember]) -> bool:
    """Whether ``run`` opens right after 分别 and a change verb, so that the next figure, after its own verb, joins it
    ("较上年分别下降0.2个、下降0.6个、提高0.8个百分点": 宜章县's 2023 bulletin)."""
    start = run[0].start
    return _RESPECTIVE_CHANGE.search(sentence[max(0, start - 8):start]) is not None


def _after_respective(sentence: str, run: list[ListMember]) -> bool:
    """Whether ``run`` follows a bare 分别为 and holds figures of one unit, so that a comma also joins the next
    ("四大行业所占的比例分别为 25 . 90%，13 . 14% ，8 . 65% ，8 . 23%", as a PDF's text prints it)."""
    start = run[0].start
    return len({m.claim.unit for m in run}) == 1 and \
        field_rule("field.respective_tail").search(sentence[max(0, start - 6):start]) is not None


def _named_after_means(sentence: str, clause_start: int, start: int, end: int) -> str:
    """"海南、西藏和江西分别以9.5%、8%和7%的增长目标排名前三位": figures after 分别以 measure the noun after the run
    ("" when no 以 opens the run or no 的 and noun follow it)."""
    if not sentence[clause_start:start].endswith("以") or not sentence.startswith("的", end):
        return ""
    return noun_phrase_head(field_rule("field.means_noun_end").split(sentence[end + 1:end + 17])[0])


THREE_INDUSTRIES = ("第一产业", "第二产业", "第三产业")      # what 三次产业 stands for
FARM_SECTORS = ("农业", "林业", "牧业", "渔业")      # what 农、林、牧、渔 stand for
URBAN_RURAL = ("城镇", "农村")          # what 城乡 stands for in 城乡居民…
DEPOSITS_LOANS = ("存款", "贷款")       # and 存贷款 in a bank's 存贷款总额
REVENUE_EXPENDITURE = ("收入", "支出")  # and 收支 in a budget's 一般公共预算收支
PRODUCTION_SALES = ("产量", "销量")     # and 产销量 in 新能源汽车产销量
# the longest item a list may hold: 归属于母公司所有者的扣除非经常性损益的净利润 (22), an income statement's line
MAX_ITEM_CHARS = 24


def _items(lead: str, n: int) -> tuple[list[str], str] | None:
    """``lead`` ends with n items and their shared words: (items, shared words), or None. An industry name is one item
    whatever 、 or 和 it holds; names the lead's clause ran back over are separated by ，."""
    if BASELINE_PAIR.search(lead):
        return None     # "营收同比、环比分别增长7.2%、1.1%": the comparisons are the items, each figure's baseline
    three = field_rule("field.three_industries").search(lead) if n == 3 else None
    if three:           # "三次产业对经济增长的贡献率分别为7.3%、34.4%和58.3%"
        return list(THREE_INDUSTRIES), three.group("tail")
    farm = field_rule("field.farm_sectors").search(lead) if n in (4, 5) else None
    if farm and (n == 5) == bool(farm.group("service")):     # "农、林、牧、渔及农业服务业在农业总产值中所占比例分别为…"
        return [*FARM_SECTORS, *filter(None, [farm.group("service")])], farm.group("tail")
    for rule, pair in (("field.urban_rural", URBAN_RURAL), ("field.deposits_loans", DEPOSITS_LOANS)):
        both = field_rule(rule).search(lead) if n == 2 else None
        if both:        # "城乡居民人均可支配收入分别增长4.4%、5.6%", "存贷款总额分别为4320.24亿元、3406.90亿元"
            return list(pair), both.group("tail")
    for rule, word, pair in (("field.revenue_expenditure", "收支", REVENUE_EXPENDITURE),
                             ("field.production_sales", "产销量", PRODUCTION_SALES)):
        both = field_rule(rule).search(lead) if n == 2 and word in lead else None
        if both:        # "一般公共预算收支分别增长7.6%、5.7%", "新能源汽车产销量为1288.8万辆和1286.6万辆": what they are
            head = _first_item(both.group("head")) if both.group("head") else ""     # of, then each
            head = next((head[len(w):] for w in relative_periods() if head.startswith(w)), head)   # 全年一般公共预算收支
            return [head + part for part in pair], both.group("tail")
    marked = mark_industry_names(lead)
    if marked == lead:
        return _split_items(lead, n)
    found = _split_items(marked.replace("，", "、"), n)
    return ([unmark(item) for item in found[0]], unmark(found[1])) if found else None


def _split_items(lead: str, n: int) -> tuple[list[str], str] | None:
    lead = without_notes(lead)
    segments = lead.split("、")
    bounds = set(itertools.accumulate(len(w) for w, _f in cut_pos(segments[-1])))
    # not a joiner inside a word of the lexicon ("手续费及佣金净收入": 利息净收入和手续费及佣金净收入 joins two)
    last_joiner = [j for j in _word_joiners().finditer(segments[-1]) if j.start() in bounds or not j.start()][-1:]
    if len(segments) < n and len(segments) >= 2 and last_joiner:    # "A、B和C": 和 joins the last item
        segments[-1:] = [segments[-1][:last_joiner[0].start()], segments[-1][last_joiner[0].end():]]
    if len(segments) < n:      # "A和B": 和 joins the items only when 、 does not (nor inside a word: 未计利息及税项前盈利)
        ends = set(itertools.accumulate(len(w) for w, _f in cut_pos(lead)))
        cuts = [j for j in _word_joiners().finditer(lead) if j.start() in ends]
        segments = [lead[a.end() if a else 0:b.start() if b else len(lead)]
                    for a, b in zip([None, *cuts], [*cuts, None])]
    if len(segments) < n and lead.count("/") == n - 1 and not YEAR_CHAIN.search(lead):
        segments = lead.split("/")      # "茅台酒/系列酒营业收入1,265.89/206.30亿元": a broker's slash (not between the
        # years of a chain, "预计2025/2026/2027年归母净利润分别为…": the figures' years, not its items)
    if len(segments) < n:
        return None
    items = segments[-n:]
    items[0] = _first_item(items[0])
    last = items[-1]
    etc = field_rule("field.list_etc_category").search(last)
    shared = last[etc.start():] if etc else _split_last(items[-2], last)      # "…日用玻璃制品等产品产量": 产量
    if shared is None:
        return None
    items[-1], tail = last[:len(last) - len(shared)], last[etc.end():] if etc else shared
    if not etc and items[-1] in items[:-1] and len(words := cut_pos(shared)) > 1:
        tail = words[-1][0]     # "工业、制造业、工业技改投资分别增长…": the last item is its own (工业技改投资), not a
        items[-1] = last[:len(last) - len(tail)]       # 工业 again: the items share only 投资
    items[-1] = field_rule("field.list_count_appositive").sub("", items[-1]) or items[-1]    # 教育四类行业: 教育
    if not all(items) or any(len(item) > MAX_ITEM_CHARS for item in items):
        return None
    return items, tail


def _first_item(item: str) -> str:
    """A list's first item without what opens the list's clause: its time ("2022届本科、高职毕业生月收入": the cohort
    is the period), 其中 ("其中本科、专科的…"), a conjunction ("但本科、硕士毕业生…") and the author's or an anaphor's
    name ("该行2023年营收、…")."""
    item = without_joining_words(field_rule("field.owner_connective").sub("", strip_time(item) or item) or item)
    item = _SHORT_YEAR.sub("", item) or item        # "23年茅台酒/系列酒实际产能": a broker's two-digit year
    words = cut_pos(item)
    at = next((k for k, (word, _f) in enumerate(words) if word in ("将", "之") and k), None)
    if at is not None and len(words) > at + 1:      # "太平人寿将内含价值长期投资回报率假设、风险贴现率分别从…": who
        item = "".join(w for w, _f in words[at + 1:])     # acts on the items, then 将, opens the first (and what
        # qualifies them before 之: "本集团于…未经审计之未计利息及税项前盈利及股东应占溢利", 华润啤酒's interim)
    item = strip_author_words(item)     # "该行2023年营收、归母净利润分别为…": who reports, not what
    return item[1:] if item.startswith("的") and len(item) > 2 else item      # (and its 的: "该集团的氮氧化物、…")


# A one-word item longer than this is a whole name, no modifier of the words after the last item ("社会消费品零售总额、外贸
# 进出口": 西海岸新区's 2026 report, it was named 社会消费品零售总额进出口)
MAX_MODIFIER_ITEM = 4


def _split_last(previous: str, last: str) -> str | None:
    """The shared words that follow the last item: after the ending the items have in common
    ("装备制造业|增加值" after "高技术制造业"), or after the first noun when items are numerals
    ("三次产业|增加值…" after "二")."""
    if previous.startswith("第") and last.startswith("第"):     # "第一、第二、第三产业增加值占GDP的比重"
        previous, last = previous[1:], last[1:]
    m = _NUMERAL_LEAD.match(last)
    lead = _NUMERAL_LEAD.match(previous)
    if m and lead and lead.group(2) == "":
        rest = m.group(2)
        pos = 0
        for word, flag in cut_pos(rest):
            pos += len(word)
            if flag.startswith("n"):
                return rest[pos:]
        return None
    words = cut_pos(last)
    if len(previous) == 1 and HAN_CHAR.fullmatch(previous) and len(last) > 1 and not _NUMERAL_LEAD.match(previous) and \
            (len(words[0][0]) == 1 or len(cut_pos(previous + words[0][0][1:])) == 1):
        return last[1:]     # "轻、重工业占比", "本、专科毕业生", "猪、牛出栏": one character each, the rest shared (轻工业 is a
        # word as 重工业 is; not "煤、天然气消费量")
    bounds = set(itertools.accumulate(len(w) for w, _f in words))
    for k in (3, 2, 1):
        ending = previous[-k:]
        if len(previous) > k and ending in last and ((cut := last.rfind(ending) + len(ending)) in bounds
                                                     or k >= 2 and _opens_with_noun(last[cut:])) \
                and not (cut == k and k >= 2 and cut < len(last)):
            return last[cut:]       # not inside a word (nor the ending opening the last item, which would then be the
            # ending alone: "营业利润、利润总额" share no 总额; "公司营业总收入、营业利润、利润总额" were 公司营业总收入总额 …) ("黑龙江、江苏生师比": 江 ends 黑龙江 and opens 江苏), but an ending
            # of two characters or more before a noun may end a word of the lexicon ("城镇居民、农村居民人均可支配收入":
            # jieba's 居民人均可支配收入)
    if len(words) == 1:     # "食品烟酒、衣着、居住价格分别上涨…": 居住价格 is one word of the lexicon, as 衣着价格 is
        tail = next((last[k:] for k in range(len(last) - 2, 0, -1)
                     if len(cut_pos(last[k:])) == 1 and len(cut_pos(previous + last[k:])) == 1), None)
        if tail:
            return tail
    before = cut_pos(previous)
    if len(previous) >= 3 and len(previous) in bounds and len(words[0][0]) <= len(previous) < len(last) and \
            _noun_item_then_noun(last, len(previous)):
        return last[len(previous):]     # "…电子信息、纺织服装产业集群营收": an item as long as the one before ends there
    if len(before) == 1 and len(words) > 1 and len(previous) <= MAX_MODIFIER_ITEM and (
            len(words[0][0]) == len(previous) or before[0][1] == words[0][1] and before[0][1] in ("n", "ns")):
        return _past_joined_word(words)     # "城镇和农村居民人均可支配收入": 城镇 and 农村 qualify the same words;
        # "果蔬、肉类、水产品流通腐损率": three nouns, one rate
    if len(before) == 1 and before[0][1] in ("n", "ns") and len(words) > 1 and len(previous) < len(words[0][0]) and \
            len(previous) <= MAX_MODIFIER_ITEM and cut_pos(last[:len(previous)]) == ((last[:len(previous)], "n"),):
        return last[len(previous):]     # "城镇、农村居民可支配收入": jieba's 农村居民 opens with the noun that, as 城镇
        # does, qualifies the rest (城镇 was named 城镇 alone)
    k = next((k for k, (_w, flag) in enumerate(words) if k >= 1 and flag == "b"), None)
    if k is not None:       # "居民医保和基本公共卫生服务经费人均财政补助标准": what both are measured by opens at 人均
        return last[sum(len(w) for w, _f in words[:k]):]
    place = noun_phrase_head(last)
    rest = last[len(place):]
    if before and _is_place(before[-1]) and 2 <= len(place) and _is_place(cut_pos(place)[-1]) and rest \
            and cut_pos(rest)[0][1] == "v":
        return rest         # "面向华东六省和中西部地区就业的比例": two places, what is done there shared
    if len(words) >= 2 and words[-1][0] in claim_words("list_measure") and \
            all(f in NOUN_FLAGS and f != "nr" or w in joiners() for w, f in words[:-1]):
        return words[-1][0]     # "新能源汽车、充电桩、锂离子电池产量": nouns, the last what all are measured by (and
        # "节能环保、卫生健康、文化体育与传媒支出": a joiner inside the last item's name)
    return ""


def _noun_item_then_noun(last: str, at: int) -> bool:
    """``last[:at]`` is nouns and a noun (no person's name) opens what follows it: the item ends at ``at``
    (not "于国强、徐丽平|分别持有…": what follows is the act)."""
    rest = cut_pos(last[at:])
    return bool(rest) and rest[0][1] in NOUN_FLAGS and rest[0][1] not in ("nr", "x") and \
        all(flag in NOUN_FLAGS for _w, flag in cut_pos(last[:at]))


def _past_joined_word(words: tuple[tuple[str, str], ...]) -> str:
    """The words after the last item's first word, or after the word a joiner adds to it: "教育、科学技术、社会保障和
    就业支出分别增长…" shares 支出 (社会保障和就业 is one item; 和就业支出 was shared, naming 教育和就业支出)."""
    if len(words) > 2 and words[1][0] in joiners() and words[1][0] != "、":
        return "".join(w for w, _f in words[3:])
    return "".join(w for w, _f in words[1:])


def _is_place(word: tuple[str, str]) -> bool:
    """A place name (jieba's ns) or a word for a place (地区, 省, 城市)."""
    return word[1] == "ns" or word[0] in claim_words("place_noun")


def _expand_numerals(items: list[str]) -> list[str]:
    """"第一、二、三次产业" and "一、二、三产业" -> 第一产业, 第二产业, 第三产业; "第一、二批" -> 第一批, 第二批."""
    m = _NUMERAL_LEAD.match(items[-1].removeprefix("第"))
    at = items[0].rfind("第")
    if 0 < at and m and _NUMERAL_LEAD.fullmatch(items[0][at + 1:]):      # "进入第一、二、三产业的人数": what opens the
        lead = items[0][:at]                                              # first item opens each
        return [lead + item for item in _expand_numerals([items[0][at:], *items[1:]])]
    industries = bool(m) and m.group(2) in ("产业", "次产业", "产") and not items[0].startswith("第") and \
        all(len(item) == 1 and _NUMERAL_LEAD.match(item) for item in items[:-1])
    if not (items[0].startswith("第") or industries) or not m:      # "一、二、三产业对经济增长的贡献率": the three
        return items                                               # industries, each 第N产业
    suffix = m.group(2)
    if suffix.startswith("次产业"):       # 三次产业 are 第一产业, 第二产业, 第三产业 (the statistical names)
        suffix = suffix[1:]
    elif suffix == "产":                # "一、二、三产增加值" (横州市's 2026 report: they were 一增加值, 二增加值)
        suffix = "产业"
    out = []
    for item in items:
        numeral = item.removeprefix("第")
        if not _NUMERAL_LEAD.match(numeral):
            return items
        numeral = _NUMERAL_LEAD.match(numeral).group(1)
        out.append("第" + numeral + suffix)
    return out


_TIME_UNIT = r"(?:年\d{1,2}月\d{1,2}日|年度|年末|年底|年年末|年年底|年|届)"
_TIME = rf"(?:19|20)\d\d{_TIME_UNIT}?"
def _respectively(sentence: str, members: list[ListMember], run: list[ListMember], clause_start: int,
                  aligned: dict[str, Claim]) -> dict[str, Claim]:
    """"业务量达到206.67亿件，业务收入达到2,769.60亿元，分别比上年增长48.0%和35.4%": the n changes of a run after
    分别 change the n figures stated before it, in order; changes in 百分点 change the rates before them
    ("…资本充足率分别为8.23%、9.62%、11.66%，分别较上年末下滑0.92、1.11、1.20个百分点"), or the growth rates before them
    when no rate is stated; multiples of one base (均为甘肃银行的1.3倍和3.24倍) are of the figures before them."""
    lead = sentence[clause_start:run[0].start]
    share = field_rule("field.respective_share").fullmatch(lead)
    if share and all(m.claim.kind == "share" for m in run):
        return _respective_shares(members, run, clause_start, aligned, share.group("whole"))
    if field_rule("field.respective_rank").fullmatch(lead) and all(m.claim.kind == "rank" for m in run):
        return _respective_ranks(sentence, members, run, clause_start, aligned)
    multiple = lead.startswith(("分别", "均")) and field_rule("field.multiple_of").search(
        sentence, clause_start, run[0].end)
    bare = bool(lead) and not field_rule("field.trailing_change").sub("", lead)     # "…分别为22694元、9527元，增长8.5%、11%"
    respective = field_rule("field.respective_change").search(lead)
    if respective and len(noun_phrase_tail(strip_time(lead[:respective.start()]))) >= 2:
        respective = None   # "城乡居民人均可支配收入分别增长4.4%、5.6%": the run names its own subject (四川省2026年政府工作
        # 报告: were named 总量 and 地方一般公共预算收入, the figures before)
    if not respective and not multiple and not bare and not (
            lead.startswith("分别") and field_rule("field.compared_with_figure").fullmatch(lead)):
        return {}       # "…同比分别增长18.0%、16.2%和14.4%，分别快于全部规模以上服务业4.4、2.6和0.8个百分点";
        # "营业收入78.54亿元，归母净利润18.88亿元，均为甘肃银行的1.3倍和3.24倍"
    points = run[-1].claim.unit in RATE_POINTS
    levels = [m for m in members if m.end <= clause_start and
              (m.claim.unit == "%" and m.claim.kind not in ("growth", "delta") if points
               else m.claim.kind not in ("growth", "delta", "share"))]
    if points and len(levels) < len(run):       # "猪、牛出栏分别增长2.2%、25%，分别较一季度回升2.9个、23.9个百分点":
        levels = [m for m in members if m.end <= clause_start and m.claim.unit == "%"]     # their growth rates
    metrics = [aligned.get(m.claim.id, m.claim).metric for m in levels[-len(run):]]    # as a list before gave them
    if len(levels) < len(run) or not all(metrics):
        return {}
    if bare and not _run_right_before(sentence, levels[-len(run):], clause_start):
        return {}       # no 分别: only a run of as many levels ending the clause before
    base = {"baseline": multiple.group("b")} if multiple else {}        # each multiple is of the same base
    return {member.claim.id: replace(member.claim, metric=metric, **base) for member, metric in zip(run, metrics)}


def _respective_ranks(sentence: str, members: list[ListMember], run: list[ListMember], clause_start: int,
                      aligned: dict[str, Claim]) -> dict[str, Claim]:
    """"全社会研发投入强度4%、万人发明专利拥有量82.7件,分别居省会城市第2位、第5位": the n places after 分别 rank the n figures
    of the run that ends the clause before, in order."""
    before = _list_clause_start(sentence, clause_start - 1)
    figures = [m for m in members if before <= m.start and m.end <= clause_start and m.claim.kind != "rank"]
    metrics = [aligned.get(m.claim.id, m.claim).metric for m in figures]
    if len(figures) != len(run) or not all(metrics) or sentence[figures[-1].end:clause_start].strip() not in ("，", ","):
        return {}
    return {member.claim.id: replace(member.claim, metric=metric) for member, metric in zip(run, metrics)}


def _run_right_before(sentence: str, levels: list[ListMember], clause_start: int) -> bool:
    """Whether ``levels`` are one run of figures (joined by 、/和/及/与) that ends the clause before ``clause_start``."""
    joined = all(sentence[a.end:b.start] in joiners() for a, b in zip(levels, levels[1:]))
    return joined and sentence[levels[-1].end:clause_start].strip() in ("，", ",")


def _respective_shares(members: list[ListMember], run: list[ListMember], clause_start: int,
                       aligned: dict[str, Claim], whole: str | None) -> dict[str, Claim]:
    """"正高职称教师208人、副高职称教师349人、中级职称教师522人，分别占17.82%、29.91%和44.73%": the n shares after
    分别占 are the shares of the n figures before them, in order (正高职称教师占比; 占专任教师的比例 where the whole is
    written)."""
    counts = [m for m in members if m.end <= clause_start and m.claim.kind not in ("growth", "delta", "share")
              and not is_band(m.claim)]
    metrics = [aligned.get(m.claim.id, m.claim).metric for m in counts[-len(run):]]
    if len(counts) < len(run) or not all(metrics):
        return {}
    tail = f"占{whole}的比例" if whole else "占比"
    return {member.claim.id: replace(member.claim, metric=metric + tail) for member, metric in zip(run, metrics)}


_TIME_LIST = re.compile(rf"(?:{_TIME}(?:、|和|及|与)){{1,5}}(?:19|20)\d\d{_TIME_UNIT}")
# a run's dates compared with, each its figure's baseline ("较2023年年底、2022年年底分别增加2.27%、4.41%")
_COMPARED_TIME = rf"(?:{_TIME}|[一二三四]季度末?|年初|上年末|上年同期)"     # ("较一季度和2024年分别收窄5和7个基点")
_COMPARED_TIMES = re.compile(rf"(?:分别)?[较比](?P<times>(?:{_COMPARED_TIME}(?:、|和|及|与)){{1,5}}{_COMPARED_TIME})"
                             r"(?:相比)?(?:分别)?(?:增加|增长|提高|上升|减少|下降|降低|收窄|扩大|回落|降|增|升)了?")    # (分别 either side: "分别较2020和
# 2021年降8.1%和5.6%")


def _opens_with_noun(text: str) -> bool:
    """``text`` opens with a noun of two characters or more ("人均可支配收入预计")."""
    words = cut_pos(text)
    return bool(words) and len(words[0][0]) >= 2 and words[0][1].startswith("n")


def _with_first_items_modifier(items: list[str], shared: str = "") -> list[str]:
    """"全域旅游人次和收入分别增长8.8%、9.5%": a later item that is one bare word (收入) of the kind the first item ends
    with (人次, a noun) takes the first item's modifier (全域旅游收入); not when the first item and the shared words
    are one name of the lexicon (食品烟酒价格: 衣着 stays 衣着)."""
    first = cut_pos(items[0])
    if len(items) < 2 or (len(first) < 2 and len(items[0]) < 4) or \
            not all(flag.startswith("n") or flag == "vn" for _w, flag in first):
        return items            # a noun phrase, no clause ("通过直发机场" holds a verb); one word of four characters or
        # more may hold the modifier ("一般公共预算收入和支出": 一般公共预算收入 is one word of the lexicon)
    if shared and len(cut_pos(items[0] + shared)) == 1:
        return items
    modifier = items[0][:len(items[0]) - len(first[-1][0])]
    out = [items[0]]
    for item in items[1:]:
        words = cut_pos(item)
        bare = len(words) == 1 and words[0][1].startswith(("n", "v")) and len(item) <= 2
        out.append(_bare_item_modifier(items[0], item, modifier) + item if bare else item)
    return out


def _bare_item_modifier(first: str, item: str, modifier: str) -> str:
    """The words a bare later item takes from the first: before the first item's last word, or before a noun of the item's
    length that ends a longer last word ("全省一般公共预算收入和支出": 一般公共预算收入 is one word, 收入 its noun; the
    second was named 全省支出)."""
    tail = first[-len(item):]
    words = cut_pos(tail)
    if len(first) - len(modifier) > len(item) and len(words) == 1 and words[0][1].startswith(("n", "v")) and tail != item:
        return first[:-len(item)]
    return modifier


def _with_first_places_lead(items: list[str]) -> list[str]:
    """"2017届本科生在北京、上海、广州、深圳工作的就业满意度分别为76%、74%、71%和70%": later items that are one place
    name each, as the first item ends, take the words the first item opens with (本科生在上海…); the time among them
    is the period, no part of any item (the first was named 2017届本科生在北京工作的就业满意度)."""
    first = cut_pos(items[0])
    if len(items) < 2 or len(first) < 2 or first[-1][1] != "ns" or any(
            cut_pos(item) != ((item, "ns"),) for item in items[1:]) or len(items[0]) == 2:
        return items        # (two characters are one name: "亚澳、欧洲、美洲、非洲收入", not 亚欧洲收入)
    lead = strip_time(items[0][:len(items[0]) - len(first[-1][0])])
    return [lead + first[-1][0]] + [lead + item for item in items[1:]]


def _compared_areas(items: list[str], shared: str) -> list[str] | None:
    """"高于全国、全省1个、0.2个百分点": items that are the areas a figure is compared with, the first after the verb
    of the comparison, each the baseline of its difference (全国, 全省); None for other items."""
    rule = field_rule("field.compared_area")
    first = rule.search(items[0])       # after the rate and 分别 ("增速分别高于全国、全省1.2个、0.5个百分点")
    if shared or not first or first.end() != len(items[0]):
        return None
    verb = items[0][first.start():first.start("b")]
    rest = [rule.fullmatch(verb + item) for item in items[1:]]
    return [first.group("b")] + [m.group("b") for m in rest] if all(rest) else None


def _period_items(items: list[str]) -> tuple[list[str], str] | None:
    """(periods, name) where every item is a period of the year (一季度, 上半年, 前三季度, 全年) and the last runs on into
    the name the figures share ("…、全年全市GDP"), else None."""
    words = relative_periods()
    if not all(item in words for item in items[:-1]):
        return None
    last = next((w for w in words if items[-1].startswith(w) and len(items[-1]) > len(w)), "")
    return (items[:-1] + [last], items[-1][len(last):]) if last else None


def _time_items(before: str, n: int) -> list[str] | None:
    """The last list of n years or dates before the numbers ("2013年、2014年和2015年", "2015年12月31日、
    2014年12月31日及2013年12月31日"), each with its unit."""
    found = list(_TIME_LIST.finditer(before))
    if not found:
        return None
    years = re.findall(_TIME, found[-1].group())
    if len(years) != n:
        return None
    unit = re.search(rf"({_TIME_UNIT})$", years[-1]).group(1)
    return [y if not y[-1].isdigit() else y + unit for y in years]


_QUARTER_RANGE = re.compile(r"(?<![0-9])(\d{2})Q([1-4])[-—~至](\d{2})Q([1-4])(?![0-9])")


def _quarter_items(before: str, n: int) -> list[str] | None:
    """"24Q1-25Q1单季综合毛利率分别为30.6%、34.1%、31.6%、30.6%、30.2%": the quarters of the last range of quarters
    before the numbers, one per number (None when they are not n)."""
    found = list(_QUARTER_RANGE.finditer(before))
    if not found:
        return None
    y1, q1, y2, q2 = map(int, found[-1].groups())
    quarters = [(y, q) for y in range(y1, y2 + 1) for q in range(1, 5) if (y1, q1) <= (y, q) <= (y2, q2)]
    return [f"{y:02d}Q{q}" for y, q in quarters] if len(quarters) == n else None


def _back_over_industry_names(sentence: str, clause_start: int) -> int:
    """"信息传输、软件和信息技术服务业，租赁和商务服务业增加值同比分别增长11.9%和9.8%": the clauses before a list's
    clause that are each one industry name (as statistics bureaux separate names that hold 、) are items of its list."""
    while clause_start > 1 and sentence[clause_start - 1] == "，":
        name = next((w for w in industry_names() if sentence.endswith(w, 0, clause_start - 1)), "")
        begin = clause_start - 1 - len(name)
        if not name or (begin > 0 and (sentence[begin - 1] not in CLAUSE_DELIMS or sentence[begin - 1] == "、")):
            break       # (the last of a list the clause before holds: "集中在房地产业、…、批发和零售业,贷款余额占比分别为")
        clause_start = begin
    return clause_start


_LIST_CLAUSE_DELIMS = CLAUSE_DELIMS.replace("、", "")


def _list_clause_start(sentence: str, end: int) -> int:
    """Where the clause ending at ``end`` opens, a list's 、 inside it (a bracket or a quote closes it, as a comma does,
    but a bracketed note inside an item does not: "营业收入(主要是基金销售)、利息净收入…")."""
    while end > 0:
        opened = note_opened(sentence, end - 1) if sentence[end - 1] in "）)" else -1
        if sentence[end - 1] == "”" and end < len(sentence) and sentence[end] not in _LIST_CLAUSE_DELIMS:
            # a quoted name inside an item after the first ("对金砖国家、共建“一带一路”国家出口"), not an owner's name
            # opening the clause ("“西山发布”微信和微博分别发布信息")
            opened = sentence.rfind("“", 0, end - 1)
            before = sentence[max(sentence.rfind(ch, 0, opened) for ch in _LIST_CLAUSE_DELIMS) + 1:opened]
            if opened < 0 or "、" not in before or any(ch in _LIST_CLAUSE_DELIMS for ch in sentence[opened + 1:end - 1]):
                opened = -1
        if opened >= 0:
            end = opened
            continue
        if sentence[end - 1] in _LIST_CLAUSE_DELIMS:
            break
        end -= 1
    return end


def _without_leading_adverb(item: str) -> str:
    """An item without the adverbs and conjunctions opening it (仅招商银行 -> 招商银行)."""
    words = cut_pos(item)
    k = next((k for k, (_w, flag) in enumerate(words) if flag[:1] not in ("d", "c")), len(words))
    return "".join(w for w, _f in words[k:]) or item


def _items_of_clause_before(sentence: str, clause_start: int, n: int) -> tuple[list[str], str] | None:
    """"2020年，兵团、黑龙江、江苏生师比最低，分别为12.67、13.23、13.48": a run after a bare 分别为 takes the n items of the
    clause before it, without what that clause says of them (最低) and its time."""
    if clause_start < 2 or sentence[clause_start - 1] not in "，,":
        return None
    begin = _list_clause_start(sentence, clause_start - 1)
    if sentence[clause_start - 2] == "”":       # "主要流向了“广东省”“北京市”“重庆市”": quoted names are items
        begin = fields_clause_start(sentence, clause_start - 1)
    text = strip_time(sentence[begin:clause_start - 1]).replace("”“", "、").replace("“", "").replace("”", "")
    words = [w for w, _f in cut_pos(text)] if "均" in text else []
    shared = next((at for at, w in zip(itertools.accumulate(map(len, words), initial=0), words) if w == "均"), -1)
    if shared > 1 and not any(ch.isdigit() for ch in text[:shared]):      # (the word 均, not 人均's)
        text = text[:shared]    # "净利差和净息差均下降31个基点，分别为1.41%、1.61%": the figure both share is no item
    text = field_rule("field.list_clause_threshold").sub("", text)    # "…资产规模增幅则不足3%": what it says of them
    if any(ch.isdigit() for ch in text):
        return None     # the clause before is a run of figures of its own ("贷款余额占比分别为14.80%、…，不良贷款率分别为…")
    text = _without_closing(text)      # "…颗粒物排放量均有所下降，分别下降16.96%、…": how they changed
    text = field_rule("field.list_clause_said").sub("", text) or text       # 实现两位数增长, 增速亮眼
    lead = field_rule("field.list_closing_kind").sub("", without_said_of(text, ("a", "d", "i", "zg")))     # 最低, 紧随其后
    found = _items(lead, n) if "、" in lead or _word_joiners().search(lead) else None
    if not found or found[1]:
        return found
    items = found[0]
    first, later = cut_pos(items[0]), [cut_pos(item) for item in items[1:]]
    placed = max((k for k, (word, flag) in enumerate(first) if word in claim_words("placing_word") or flag == "ul"),
                 default=-1)
    if 0 < placed < len(first) - 1:     # "毕业生就业行业主要集中在教育行业": where they go is the item
        items = ["".join(w for w, _f in first[placed + 1:])] + items[1:]
    elif len(first) > 1 and all(len(w) == 1 and w[0][1] == first[-1][1] for w in later):
        items = [first[-1][0]] + items[1:]      # "省外就业毕业生主要流向了广东省": who goes there is no item
    return items, found[1]


def align_lists(sentence: str, members: list[ListMember]) -> dict[str, Claim]:
    """Claim id -> the claim with the metric or period its list item gives it."""
    out: dict[str, Claim] = {}
    previous: tuple[list[str], str] | None = None
    notes = bracket_notes(sentence, members)
    for run in number_runs(sentence, members, notes):
        start = run[0].start
        times = _time_items(sentence[:start], len(run)) or _quarter_items(sentence[:start], len(run))
        compared = _COMPARED_TIMES.search(sentence, 0, start)
        compared = compared if compared and compared.end() == start else None
        if compared:        # the times compared with, quarters too ("较一季度和2024年分别收窄5和7个基点")
            listed = re.split("、|和|及|与", compared.group("times"))
            times = listed if len(listed) == len(run) else times
        if times and compared:      # "…比率为37.93%,较2023年年底、2022年年底分别增加
            figure = next((m.claim for m in reversed(members) if m.end <= compared.start() and m.claim.metric), None)
            for member, baseline in zip(run, times):    # 2.27%、4.41%": the dates compared with, of the figure before
                of = figure or member.claim
                out[member.claim.id] = replace(member.claim, baseline=baseline, period=of.period, metric=of.metric)
            continue
        if times:
            for member, period in zip(run, times):
                out[member.claim.id] = replace(member.claim, period=period)
            continue
        own = run[0].claim.period
        if own and sentence[start - 1:start] in ("（", "(") and sentence[:start - 1].endswith(own):
            for member in run[1:]:      # "均低于2015届（89.57%、94.84%）": the run in brackets after its cohort
                out[member.claim.id] = replace(out.get(member.claim.id, member.claim), period=own)
        clause_start = list_start = _list_clause_start(sentence, start)
        # No item holds a figure: "其中1.5吨冷运车299辆、14吨冷运车171辆" is two figures, each named before it, no list.
        clause_start = max([clause_start] + [m.end for m in members if clause_start <= m.start < start
                                             and not _counts_a_name(sentence, m)])
        clause_start = _back_over_industry_names(sentence, clause_start)
        lead = sentence[clause_start:start]
        found = _items(_without_closing(lead), len(run))
        if not found and clause_start == start and sentence[start - 1:start] in ("（", "("):
            opened = _list_clause_start(sentence, start - 1)     # "本科、硕士毕业生就业率（85.76%、90.66%）"
            found = _items(_without_closing(sentence[opened:start - 1]), len(run)) if opened < start - 1 else None
        copula = field_rule("field.respective_copula").fullmatch(lead)
        if not found and copula:
            # "兵团、黑龙江、江苏生师比最低，分别为…"; "…制造业等行业，四大行业所占的比例分别为…" (past the count 四)
            found = _items_of_clause_before(sentence, list_start, len(run))
            if not found and previous and len(previous[0]) == len(run) and copula.group("share"):
                found = (previous[0], "")       # "…,不良贷款率分别为1.73%、…" after the items' 贷款余额占比 run
            if found and copula.group("share"):
                found = (found[0], found[1] + copula.group("share"))          # "…，占比分别为": each item's share
        if not found and not copula and lead.startswith("分别") and field_rule("field.respective_change").fullmatch(lead):
            before = _items_of_clause_before(sentence, list_start, len(run))     # "仅招商银行和平安银行不良贷款率上升，分别
            items = [_without_leading_adverb(item) for item in before[0]] if before else []   # 较上年末上升0.05个和
            if items and all(map(is_org_name, items)):                           # 0.03个百分点": each bank its own
                found = (items, before[1])                                       # change
        if not found and previous and len(previous[0]) == len(run) and \
                field_rule("field.level_reached").fullmatch(lead):
            found = previous      # "客户存款及客户贷款分别较去年上升5.6%及10.1%，至36,757亿元及32,394亿元"
        if not found and previous and len(previous[0]) == len(run) and \
                field_rule("field.respective_comparison").fullmatch(lead):
            found = previous      # "茅台酒/系列酒营业收入1,265.89/206.30亿元，同比+17.39%/+29.43%": the same items' changes
            run = [run[0]] + [ListMember(replace(m.claim, kind=run[0].claim.kind,
                                                 direction=by_sign(m.claim.value, run[0].claim.direction)),
                                         m.start, m.end) for m in run[1:]]
        if not found and not previous and field_rule("field.respective_comparison").fullmatch(lead):
            named = [m.claim.metric for m in members if m.end <= clause_start and m.claim.kind in LEVEL_KINDS]
            if len(named) >= len(run) and all(named[-len(run):]) and len(set(named[-len(run):])) == len(run):
                found = (named[-len(run):], "")     # "…地区生产总值60.3亿元，一般公共预算收入2亿元，同比分别-6.2%、-19.3%":
                # the changes of the figures before, one each, without a run of them (both were 一般公共预算收入's)
        pull = field_rule("field.respective_pull").fullmatch(lead) \
            if not found and previous and len(previous[0]) == len(run) else None
        if pull:            # "三次产业对经济增长的贡献率分别为2.5%、88.2%和9.3%,分别拉动经济增长0.2、6.3和0.7个百分点": the
            found = (previous[0], pull.group("pull"))       # same items' pulls (were all 三次产业拉动经济增长)
        share_of = field_rule("field.respective_share_of").fullmatch(lead) \
            if not found and previous and len(previous[0]) == len(run) else None
        if share_of:        # "…分别为4383.47亿元、…，占总贷款比例分别为58.04%、…": each amount's share of the whole
            found = (previous[0], "占" + share_of.group("whole") + share_of.group("rate"))
        if not found:
            out.update(_respectively(sentence, members, run, clause_start, out))
            continue
        previous = found
        items, shared = found
        periods = _period_items(items)
        if periods:         # "一季度、上半年、前三季度、全年全市GDP分别增长6.7%、…": each figure's period, one name
            for member, period in zip(run, periods[0]):
                out[member.claim.id] = replace(member.claim, period=period,
                                               metric=(periods[1] + _without_closing(shared)) or member.claim.metric)
            continue
        areas = _compared_areas(items, shared)
        if areas:
            before = [m for m in members if m.end <= start and m.claim.metric]
            for member, area in zip(run, areas):
                out[member.claim.id] = replace(member.claim, baseline=area,
                                               metric=before[-1].claim.metric if before else member.claim.metric)
            continue
        if all(map(is_org_name, items)):     # "哈尔滨银行、青岛银行分别增长24.28%和20.16%": each bank's figure
            before = [m for m in members if m.end <= start and m.claim.metric]
            named = _without_closing(shared).strip("的") or (before[-1].claim.metric if before else "")
            for member, item in zip(run, items):
                claim = out.get(member.claim.id, member.claim)
                out[member.claim.id] = replace(claim, subject=item, metric=named or claim.metric)
            continue
        rate = _rate_named(lead)
        shared = shared if pull else \
            _without_closing(shared) or _named_after_means(sentence, clause_start, start, run[-1].end)
        named = _with_first_places_lead(_with_first_items_modifier(_expand_numerals(items), shared))
        for member, item in zip(run, named):
            metric = (item + shared).strip("的")
            if 2 <= len(metric) <= 40 and not _TIME_ITEM.match(item):
                claim = replace(out.get(member.claim.id, member.claim), metric=metric)
                if rate and claim.kind == "share":       # as one figure after 增速 is: "全省GDP增速为3.6%" is a growth
                    claim = replace(claim, kind="growth", direction=by_sign(
                        claim.value, "down" if rate in claim_words("fall_metric_end") else "up"))
                out[member.claim.id] = claim
    out.update(_industries_labelled_after(sentence, members, out))
    for k, owner in notes.items():      # "4383.47亿元（yoy+5.62%）": the change of the figure the bracket follows,
        note = members[k].claim         # as it is now named
        if owner.claim.id in out and note.kind in ("growth", "delta") and out[owner.claim.id].metric:
            out[note.id] = replace(out.get(note.id, note), metric=out[owner.claim.id].metric)
    return out


def _counts_a_name(sentence: str, member: ListMember) -> bool:
    """"六大优势产业、高技术制造业…增加值分别增长…": a count written N大 before a noun is part of the item's name (the
    list's first item was 大优势产业)."""
    if not member.claim.unit and sentence.startswith("大", member.end):
        return True
    # "…煤炭开采和洗选业、非金属矿物制品业四个行业增加值分别增长…": the count of the items listed before it
    # (field.list_count_appositive, which their last item sheds)
    appositive = field_rule("field.list_count_appositive")
    return member.claim.unit in ("个", "类") and any(appositive.search(sentence, 0, member.end + k) for k in (2, 4))


_RESPECTIVE_COLON = re.compile(r"分别[为是][：:]")


def _industries_labelled_after(sentence: str, members: list[ListMember], out: dict[str, Claim]) -> dict[str, Claim]:
    """"三次产业对经济增长的拉动分别为：第一产业0.62个百分点，第二产业0.86个百分点，第三产业3.62个百分点" (江口县's 2024
    bulletin): after 分别为 and a colon, each industry named before its figure has the measure 三次产业 opened with
    (第一产业对经济增长的拉动; each was named by its industry alone)."""
    colon = _RESPECTIVE_COLON.search(sentence)
    three = field_rule("field.three_industries").search(sentence, 0, colon.start()) if colon else None
    if three is None or not three.group("tail"):
        return {}
    found = {}
    for member in members:
        claim = out.get(member.claim.id, member.claim)
        if member.start > colon.end() and claim.metric in THREE_INDUSTRIES:
            found[claim.id] = replace(claim, metric=claim.metric + three.group("tail"))
    return found
