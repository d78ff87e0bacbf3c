"""Organisation names (schools, companies, government bodies, alliances) in whitespace-free text.

Names end in a known suffix (models/lexicons/org_suffixes.v1.tsv); the left edge is found by
segmenting the run of Chinese characters before the suffix and dropping everything up to the last
word that cannot be part of a name (verbs, prepositions, particles). A name must contain a place
or proper name, so "我校"/"二级学院" are not organisations. The short names of banks, brokers and insurers that
carry no such ending (国泰海通, 中国人寿) are found whole from models/lexicons/financial_institutions.v1.tsv.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import regex

from ..resources import load_tsv, load_word_kinds
from .segmenter import cut_pos

SUFFIX_FILE = "lexicons/org_suffixes.v1.tsv"
VARIANTS_FILE = "lexicons/org_variants.v1.tsv"
INSTITUTIONS_FILE = "lexicons/financial_institutions.v1.tsv"
# what, right after a known short name, makes it part of another name or word ("中国银行业", "上海证券交易所",
# "上海证券报", "东方财富网", "中国银行保险监督管理委员会")
_NOT_AFTER_NAME = ("业", "保险", "交易所", "报", "时报", "网", "指数", "大厦")
MAX_NAME_CHARS = 20
# jieba flags of words that may stand inside a name.
NAME_FLAGS = frozenset({"n", "ns", "nt", "nz", "nr", "nrt", "nrfg", "j", "eng", "vn", "an", "l", "b", "x"})
PROPER_FLAGS = frozenset({"ns", "nt", "nz", "nr", "nrt", "j", "eng"})
BRAND_FLAGS = frozenset({"n", "nr", "ns", "nz", "nt", "nrt", "ng", "j"})     # a brand's first character
# verbs saying there are some (银川市共有中等职业学校16所): a run holding one is no name
EXISTENTIAL = frozenset({"共有", "现有", "拥有", "设有", "建有", "具有"})
NOT_IN_NAME = frozenset("在与和及为由对向将是的等被让从以经到至即并或了也都还记有")
# an office held or an act between a person and the body they speak for ("辽宁省省长王新伟代表辽宁省人民政府向大会作政府
# 工作报告": jieba tags 代表 a noun, and the name ran back to 辽宁省省长…)
NAME_BREAKS = frozenset({"代表", "省长", "市长", "县长", "区长", "州长", "主席", "书记"})


@dataclass(frozen=True, slots=True)
class OrgSpan:
    start: int
    end: int
    name: str
    kind: str


@lru_cache(maxsize=1)
def _suffix_regex() -> re.Pattern:
    """Any name ending, longest first. Compiled with ``re``: its search skips to the endings' first characters,
    about 2.5x faster than ``regex`` over a report's paragraphs (the same matches: literals and a lookahead)."""
    suffixes = sorted((row[0] for row in load_tsv(SUFFIX_FILE)), key=len, reverse=True)
    alt = "|".join(re.escape(s) for s in suffixes)
    # 学生, 大学城 …, 公司法; 制药有限公司; 中国人寿保险（集团）公司 (an ending in brackets before the name's own)
    return re.compile(rf"(?:{alt})(?!生|城|路|园|站|村|街|里|法|有限|股份|）(?:股份)?(?:有限)?(?:责任)?公司)")


# The longest run of name characters that ends where a search stops (searched within [floor, ending)).
_NAME_RUN = regex.compile(r"[\p{Han}A-Za-z（）]*\Z")


@lru_cache(maxsize=1)
def _suffix_kinds() -> dict[str, str]:
    """Name ending -> organisation kind, longest endings first ("职业技术学院" before "学院")."""
    rows = sorted(load_tsv(SUFFIX_FILE), key=lambda row: len(row[0]), reverse=True)
    return {row[0]: row[1] for row in rows}


@lru_cache(maxsize=1)
def _ending_lengths() -> tuple[int, ...]:
    """The lengths of the name endings, longest first: a name's kind is that of its longest ending (of one
    length only one ending can be the name's)."""
    return tuple(sorted({len(s) for s in _suffix_kinds()}, reverse=True))


# The character that closes a date written in digits (2022年, 1月, 10日, 3号).
DATE_ENDS = "年月日号"


def find_org_spans(text: str) -> list[OrgSpan]:
    """Organisation names in ``text`` with their offsets: find each name ending, then its left edge."""
    return list(_org_spans(text))


@lru_cache(maxsize=8192)
def _org_spans(text: str) -> tuple[OrgSpan, ...]:
    """Cached per text: claims and the organisation list of a report read the same paragraphs."""
    out: list[OrgSpan] = []
    kinds = _suffix_kinds()
    floor = 0
    for m in _suffix_regex().finditer(text):
        if kinds.get(m.group()) == "class":         # "浙江上市公司": a class of companies, no name
            floor = m.end()
            continue
        # the run of name characters right before the ending (at most MAX_NAME_CHARS, not before the last name)
        left = _NAME_RUN.search(text, max(floor, m.start() - MAX_NAME_CHARS), m.start()).start()
        if left > 0 and text[left - 1].isdigit() and text[left] in DATE_ENDS:
            left += 1       # "2022年1月10日胡润研究院": the date's 日 is no part of the name
        opened = max(text.rfind("（", left, m.start()), text.rfind("(", left, m.start()))
        if opened >= 0 and text.find("）", opened, m.start()) < 0 and text.find(")", opened, m.start()) < 0:
            left = opened + 1       # "升学率（包括本科学校": a name does not run back past a bracket still open
        if m.start() - left < 2:
            continue
        run = text[left:m.end()]
        name_start = _left_edge(run, joined=kinds.get(m.group()) == "government")
        if name_start is None:
            continue
        name_start += len(run[name_start:]) - len(run[name_start:].lstrip("（）"))
        name_start += _relation_prefix(run[name_start:])
        name = run[name_start:]
        if name.endswith(_common_endings()):
            continue        # "(二)五育融合育人格局逐渐成型": 格局 ends as a 局 does, no bureau
        if _kind_of_organisation(name):
            continue        # "甘肃省存贷款规模最大的商业银行": a kind of bank, no name
        if m.group() in GOVERNMENT_ENDINGS:
            if text.startswith(("网", "性", "工作报告"), m.end()):
                continue    # "“广州南沙政府网”微信公众号": a website's name, no government's; "伊州区政府性基金预算收入":
                # 政府性基金, a kind of budget fund, no government's; "深圳市政府工作报告提出…全市GDP增长5.5%": the
                # report's name, whose figures are the city's, not the government's
            placed = _from_place(name)
            if placed is None:
                continue    # "东宝区全面推进政府信息主动公开工作": a verb between the place and 政府, no name
            name_start += len(name) - len(placed)
            name = placed   # "统筹用好番禺区政府门户网站": 番禺区政府, not 用好番禺区政府
        kind = next((kinds[name[-n:]] for n in _ending_lengths() if n <= len(name) and name[-n:] in kinds), "org")
        out.append(OrgSpan(left + name_start, m.end(), name, kind))
        floor = m.end()
    known = [OrgSpan(m.start(), m.end(), m.group(), "company") for m in _institutions().finditer(text)
             if not text.startswith(_NOT_AFTER_NAME, m.end())
             and not any(o.start < m.end() and m.start() < o.end for o in out)]
    return tuple(sorted(out + known, key=lambda o: o.start)) if known else tuple(out)


@lru_cache(maxsize=1)
def _institutions() -> re.Pattern:
    """The short names of banks, brokers and insurers that no ending finds (国泰海通, 中国人寿, 徽商银行), longest first."""
    names = sorted((row[0] for row in load_tsv(INSTITUTIONS_FILE)), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names)))


@lru_cache(maxsize=None)
def _variant_set(kind: str) -> frozenset[str]:
    """The words of one kind of the variants file: "kind" (商业银行: a kind of organisation, no name alone) or "class"
    (中等职业学校: a class of schools, no name alone or after a place)."""
    return frozenset(load_word_kinds(VARIANTS_FILE).get(kind, ()))


@lru_cache(maxsize=1)
def _common_endings() -> tuple[str, ...]:
    """Common words that end as an organisation's name does and name none (the variants file's "common": 格局, 布局)."""
    return tuple(_variant_set("common"))


def _kind_of_organisation(name: str) -> bool:
    """"商业银行": a kind of organisation names none; "青岛市中等职业学校", "广东省高水平中职学校": a class of schools
    after a place names none either (but 广州农村商业银行 is a bank)."""
    if name in _variant_set("kind") or name in _variant_set("class"):
        return True
    words = cut_pos(name)
    k = next((k for k, (_w, flag) in enumerate(words) if flag != "ns"), len(words))
    return 0 < k < len(words) and "".join(w for w, _f in words[k:]) in _variant_set("class")


@lru_cache(maxsize=1)
def relation_words() -> tuple[str, ...]:
    """Words before a name that say how it relates to the author (子公司, 新设公司), longest first."""
    return tuple(sorted(load_word_kinds(VARIANTS_FILE).get("relation", ()), key=len, reverse=True))


def _relation_prefix(name: str) -> int:
    """Length of the words before a name that say how it relates to the author ("公司全资子公司扬州优邦…",
    "新设公司金宇博沃…", "子公司华康药业"), kept when what follows would be too short to be a name: fewer than four
    characters, or an ending with less than two before it."""
    cut = 0
    while True:
        word = next((w for w in relation_words() if name.startswith(w, cut)), None)
        rest = name[cut + len(word):] if word else ""
        ending = next((n for n in _ending_lengths() if n <= len(rest) and rest[-n:] in _suffix_kinds()), 0)
        if word is None or len(rest) < 4 or len(rest) - ending < 2:
            return cut
        cut += len(word)


def has_org_ending(name: str) -> bool:
    """"顺丰控股（集团）股份有限公司" yes: the name ends in a known organisation ending."""
    return bool(org_ending(name))


def org_ending(name: str) -> str:
    """The longest known organisation ending ``name`` ends in ("上海科技大学" -> "大学"), or ""."""
    return next((name[-n:] for n in _ending_lengths() if n <= len(name) and name[-n:] in _suffix_kinds()), "")


def is_org_name(text: str) -> bool:
    """Whether ``text`` is one organisation's name and nothing else ("工商银行", "哈尔滨银行"; not "上海银行1.18%")."""
    return any(o.start == 0 and o.end == len(text) for o in find_org_spans(text))


def find_orgs(text: str) -> list[str]:
    return [span.name for span in find_org_spans(text)]


GOVERNMENT_ENDINGS = ("政府", "人民政府")
MAX_PLACELESS = 6       # 县人民政府, 省委省政府: a government named without a place name is its level alone


def _from_place(name: str) -> str | None:
    """A government's name from its place on (the words before the place dropped), or None when a verb stands
    between the place and 政府 (or in a name without a place)."""
    inner = name.rfind("政府", 0, len(name) - 2)
    name = name[inner + 2:] if inner >= 0 else name     # "人民政府代县长冯宝平代表县政府": who spoke for which body
    tokens = cut_pos(name)
    at = next((i for i, (_w, flag) in enumerate(tokens) if flag == "ns"), None)
    if at is None and len(name) > MAX_PLACELESS and len(tokens) > 1:     # (jieba knows 浙江省人民政府 whole)
        return None         # "代县长冯宝平代表县政府": a man and his office before 县政府, no name
    at = at or 0
    if any(flag == "v" for _w, flag in tokens[at:]):
        return None
    return "".join(w for w, _f in tokens[at:])


def _left_edge(run: str, joined: bool = False) -> int | None:
    """Offset in ``run`` where the name starts, or None when no proper name is in it. ``joined``: a government body's
    name, whose duties 和 may join ("咸宁市自然资源和城乡建设局", "人力资源和社会保障局")."""
    tokens = cut_pos(run)
    starts, pos = [], 0
    for word, _flag in tokens:
        starts.append(pos)
        pos += len(word)
    if _whole_run_is_name(tokens):
        return 0
    first = 0
    for i, (word, flag) in enumerate(tokens[:-1]):
        if flag not in NAME_FLAGS and _inside_unknown_word(tokens, i):
            continue
        if joined and word == "和" and _joins_duties(tokens, i):
            continue
        if flag not in NAME_FLAGS or any(ch in NOT_IN_NAME for ch in word if len(word) == 1) or word in NAME_BREAKS:
            first = i + 1
    kept = tokens[first:]
    if len(kept) == 1 and kept[0][1] == "nt" and len(kept[0][0]) >= 4:
        return starts[first]            # jieba knows the whole name ("浙江省政府")
    if len(kept) < 2 or not (any(flag in PROPER_FLAGS for _w, flag in kept[:-1]) or _unknown_brand(kept)):
        return None
    return starts[first]


def _joins_duties(tokens, i: int) -> bool:
    """Token ``i`` is a 和 between two duties of one body ("自然资源|和|城乡建设|局"): a word of a name before it that is
    no body itself ("工信厅和人社厅" are two), a common word after it and more than the ending (not "体系和布局")."""
    return 0 < i and i + 2 < len(tokens) and tokens[i - 1][1] in NAME_FLAGS and not has_org_ending(tokens[i - 1][0]) \
        and tokens[i + 1][1] in NAME_FLAGS and tokens[i + 1][1] not in PROPER_FLAGS


def _unknown_brand(tokens) -> bool:
    """"信/达/领先/股权/投资/有限公司": a name that opens with a brand jieba does not know (two single characters)
    before what the company does."""
    return len(tokens) >= 4 and len(tokens[0][0]) == 1 == len(tokens[1][0]) and tokens[0][1] in BRAND_FLAGS


def _inside_unknown_word(tokens, i: int) -> bool:
    """"金/宇/保/灵": a brand jieba does not know falls apart into single characters; one of them tagged
    as a verb is still part of the name."""
    word = tokens[i][0]
    if len(word) != 1 or word in NOT_IN_NAME:
        return False
    return (0 < i and len(tokens[i - 1][0]) == 1) or (i + 1 < len(tokens) and len(tokens[i + 1][0]) == 1)


def _whole_run_is_name(tokens) -> bool:
    """"马鞍山鼎泰稀土新材料股份有限公司", "深圳明德控股发展有限公司": a run that opens with a place name and holds
    no particle or preposition is one name, whatever jieba makes of the brand inside it."""
    return (len(tokens) >= 3 and tokens[0][1] == "ns" and len(tokens[0][0]) >= 2
            and not any(len(word) == 1 and word in NOT_IN_NAME for word, _flag in tokens)
            and not any(flag in ("p", "c", "u", "d", "m", "ad") or word in EXISTENTIAL or word in NAME_BREAKS
                        for word, flag in tokens))
