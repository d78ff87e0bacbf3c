"""What a claim's number means: kind and direction, metric, period and baseline.

All functions work on a whitespace-free sentence and the mention's offsets in it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..nlp.segmenter import cut_pos
from ..numbers.mentions import Mention
from ..resources import load_tsv, load_words
from .context import anaphors, self_references

CHANGE_VERBS_FILE = "lexicons/change_verbs.v1.tsv"
PERIODS_FILE = "lexicons/periods.v1.tsv"
RELATIVE_PERIODS_FILE = "lexicons/relative_periods.v1.tsv"
RANK_CONTEXT = ("排名", "排行", "排序", "位列", "名列", "位居", "居", "排在", "列第", "排行榜")
MONEY_WORDS = ("金额", "经费", "资金", "收入", "支出", "投入", "费用", "拨款", "贷款", "到款额", "产值", "效益", "元")
# Clause delimiters: a metric never crosses them.
CLAUSE_DELIMS = "，,。；;：:、（）()！？“”"
COPULAS = ("分别为", "分别是", "分别达", "均为", "均达", "均在", "均高达", "保持在", "稳定在", "达到", "高达", "共计", "合计",
           "总计", "累计", "约为", "为", "达", "是", "有", "共", "计", "在", "至", "到")
LEADING_VERBS = ("完成", "获得", "获批", "获", "开展", "引进", "组建", "立项", "招收", "培训", "服务", "实现", "建成",
                 "建设", "设立", "新增", "组织", "承办", "参加", "举办", "发表", "备案", "入选", "评选", "选", "认定",
                 "资助", "涵盖", "覆盖", "辐射", "帮助", "推荐", "走进", "联合", "摘获", "斩获", "荣获", "落实", "促进",
                 "拥有", "现有", "共有", "有", "达", "招聘", "公开招聘", "累计", "共", "其中", "为", "对", "向", "创造", "续签",
                 "发放", "投入", "撤销", "启动实施", "启动", "实施", "组队参加", "确定", "为省内外", "受理", "答复")
# Longest first, so "公开招聘" is stripped before "招聘".
LEADING_VERBS = tuple(sorted(LEADING_VERBS, key=len, reverse=True))
_TIME_ABS = re.compile(
    r"(?:截至|截止到|截止|至)?(?:\d{4}年(?:度)?(?:\d{1,2}月(?:\d{1,2}日)?)?(?:底|末|初|上半年|下半年)?"
    r"(?:至\d{4}年(?:度)?(?:上半年|下半年|底|末)?)?|\d{4}[-—至~]\d{4}(?:年|届)?|\d{4}届|\d{4}学年)")
_BASELINE = re.compile(
    r"(?:比|较|相比|与|同比|相较于?)(?P<b>去年同期|上年同期|去年|上年度|上一年度|上一年|上年|上届|前一年|年初|上期|上月|"
    r"\d{4}年(?:度)?|\d{4}届)")


@lru_cache(maxsize=1)
def change_verbs() -> dict[str, str]:
    """Change verb -> direction, longest verbs first (so "增长率" is tried before "增长")."""
    rows = sorted(load_tsv(CHANGE_VERBS_FILE), key=lambda row: len(row[0]), reverse=True)
    return {row[0]: row[1] for row in rows}


@lru_cache(maxsize=1)
def relative_periods() -> tuple[str, ...]:
    """Relative period words a sentence may state: the kept ones and the ones the context resolves."""
    words = set(load_words(PERIODS_FILE)) | set(load_words(RELATIVE_PERIODS_FILE))
    return tuple(sorted(words, key=len, reverse=True))


def change_before(sentence: str, m: Mention) -> str | None:
    """Direction ("up"/"down") when a change verb stands right before the number ("增加了 5 项")."""
    before = sentence[max(0, m.start - 8):m.start]
    before = re.sub(r"(了|达|为|约|近|超过|分别|高达|达到)+$", "", before)
    if re.search(r"(到|至)$", before):
        return None
    for verb in change_verbs():
        if before.endswith(verb):
            return change_verbs()[verb]
    return None


def classify(sentence: str, m: Mention, metric: str | None) -> tuple[str, str | None]:
    """(kind, direction) of a claim."""
    before = sentence[max(0, m.start - 8):m.start]
    if sentence[m.start - 1:m.start] == "第" or m.unit == "强" or (
            m.unit in ("名", "位") and any(w in before for w in RANK_CONTEXT)):
        return "rank", None
    direction = change_before(sentence, m)
    if m.unit_kind == "delta":
        return "delta", direction or "up"
    if m.unit in ("%", "‰"):
        return ("growth", direction) if direction else ("share", None)
    if direction and not sentence[max(0, m.start - 3):m.start].endswith("新增"):
        return "delta", direction
    if m.unit_kind == "money" or (not m.unit and metric and any(w in metric for w in MONEY_WORDS)):
        return "money", None
    if m.unit_kind == "measure" or (metric and "平均" in metric):
        return "measure", None
    if m.unit_kind in ("count", "") and m.normalized != m.normalized.to_integral_value():
        return "measure", None
    return "count", None


def clause_before(sentence: str, start: int) -> str:
    i = start
    while i > 0 and sentence[i - 1] not in CLAUSE_DELIMS:
        i -= 1
    return sentence[i:start]


def clause_after(sentence: str, end: int) -> str:
    j = end
    while j < len(sentence) and sentence[j] not in CLAUSE_DELIMS:
        j += 1
    return sentence[end:j]


def strip_time(text: str) -> str:
    text = _TIME_ABS.sub("", text)
    for word in relative_periods():
        text = text.replace(word, "")
    return text


@lru_cache(maxsize=1)
def author_words() -> tuple[str, ...]:
    """公司, 本行, 我校, 学校 …: how a report names its author (longest first)."""
    words = (set(self_references()) | set(anaphors())) - {"公司"}     # 公司债券 is a metric, not the author's
    return tuple(sorted(words, key=len, reverse=True))


def _strip_leading(text: str, words) -> str:
    changed = True
    while changed and text:
        changed = False
        for w in words:
            if text.startswith(w) and len(text) > len(w):
                text, changed = text[len(w):], True
                break
    return text


_EARLIER_NUMBER = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?[%％]?")
# One trailing copula / adverb / change word at a time ("…总金额为" -> "…总金额").
_TRAILING_COPULA = re.compile(r"(平均为|平均|了|分别为|分别|均为|均|为|达到|达|高达|是|有|共计|共|计|合计|总计|累计|约|近|超过|逾|在|"
                              r"保持在|稳定在|增长|增加|提高|提升|下降|减少|降低|上升|高出|的|占比为|占比达|，)$")
# Any run of change words left at the end ("比去年增加了" -> "").
_TRAILING_CHANGE = re.compile(r"(增幅|降幅|增速|增长率|增长|增加|提高|提升|下降|减少|降低|上升|高出|高|低|多|少|达|为|了|到|至|"
                              r"从|由)+$")
# jieba part-of-speech flags that may stand inside a metric's noun phrase.
NOUN_FLAGS = frozenset({"n", "nz", "ns", "nt", "nr", "nrt", "vn", "an", "b", "j", "l", "eng", "a", "nrfg", "x",
                        "i", "zg"})
LINK_WORDS = frozenset({"的", "和", "与", "及", "、"})


def _nounish(token: tuple[str, str]) -> bool:
    """A word that may stand in a metric's noun phrase; never another number ("和9个")."""
    return token[1] in NOUN_FLAGS and not any(ch.isdigit() for ch in token[0])


def _compound_verb(tokens: list[tuple[str, str]], k: int) -> bool:
    """A verb inside a compound noun ("知识产权 保护 项目"), not an action verb ("项目 完成 任务")."""
    word, flag = tokens[k]
    return (flag in ("v", "vd", "vi") and len(word) >= 2 and word not in LEADING_VERBS
            and 0 < k < len(tokens) - 1 and _nounish(tokens[k - 1]) and _nounish(tokens[k + 1]))


def _leading_modifier_verb(tokens: list[tuple[str, str]], j: int) -> bool:
    """"学习 项目", "符合 质量…的学校": a verb that opens a noun phrase, followed by a noun."""
    word, flag = tokens[j]
    return (j == 0 and flag == "v" and len(word) >= 2 and word not in LEADING_VERBS
            and len(tokens) > 1 and _nounish(tokens[1]))


def noun_phrase_tail(text: str) -> str:
    """The noun phrase that ends ``text``: "中特高项目完成建设任务" -> "建设任务"."""
    tokens = cut_pos(text)
    i = len(tokens)
    trailing_verbs = 0
    while i > 0 and tokens[i - 1][1] == "v" and trailing_verbs < 2 and tokens[i - 1][0] not in LEADING_VERBS:
        i, trailing_verbs = i - 1, trailing_verbs + 1      # "竞争力排行", "科研获奖"
    while i > 0 and (_nounish(tokens[i - 1]) or _compound_verb(tokens, i - 1)
                     or (tokens[i - 1][0] in LINK_WORDS and i < len(tokens))):
        i -= 1
    while i < len(tokens) and tokens[i][0] in LINK_WORDS:
        i += 1
    if trailing_verbs and not any(_nounish(t) for t in tokens[i:]):
        return ""
    return "".join(w for w, _ in tokens[i:])


def noun_phrase_head(text: str) -> str:
    """The noun phrase that starts ``text``: "学生志愿者为马拉松提供服务" -> "学生志愿者"."""
    tokens = cut_pos(text)
    j = 0
    while j < len(tokens) and (_nounish(tokens[j]) or _compound_verb(tokens, j) or _leading_modifier_verb(tokens, j)
                               or (j == 0 and tokens[j][1] == "m"
                               and not any(c.isdigit() for c in tokens[j][0]))
                               or (tokens[j][0] in LINK_WORDS and j > 0)):
        j += 1
    while j > 0 and tokens[j - 1][0] in LINK_WORDS:
        j -= 1
    return "".join(w for w, _ in tokens[:j])


def metric_before(sentence: str, m: Mention, orgs: list[str]) -> str:
    """Noun phrase before the number: "2023年奖助总金额为" -> "奖助总金额"."""
    text = clause_before(sentence, m.start)
    text = _BASELINE.sub("", text).replace("同比", "").replace("环比", "")
    for org in orgs:
        text = text.replace(org, "")
    text = strip_time(text)
    text = _EARLIER_NUMBER.split(text)[-1]        # what follows an earlier number
    text = _strip_leading(text, author_words())   # "学校生均财政拨款": the author names itself, not the metric
    text = text[:-1] if text.endswith("的") else text
    for _ in range(3):
        text = _TRAILING_COPULA.sub("", text)
    text = _TRAILING_CHANGE.sub("", text)
    text = text.strip("“”\"")
    phrase = noun_phrase_tail(text) if text else ""
    if len(phrase) >= 2:
        return phrase
    text = _strip_leading(text, LEADING_VERBS)
    return text if 2 <= len(text) <= 12 else ""


def metric_after(sentence: str, m: Mention) -> str:
    """Noun after a classifier: "13个首批建设项目和9个…" -> "首批建设项目"."""
    quoted = re.match(r"“[^”]{1,16}”", sentence[m.end:])   # "两批“高效办成一件事”重点事项清单": a quoted name
    if quoted:
        rest = noun_phrase_head(clause_after(sentence, m.end + quoted.end())[:24])
        return quoted.group() + rest if rest else ""
    text = clause_after(sentence, m.end)
    if not text or text[0].isdigit():
        return ""
    phrase = noun_phrase_head(text[:24])
    if len(phrase) == 1 and not m.unit:
        return phrase          # "1金5银"
    return phrase if 2 <= len(phrase) <= 16 else ""


ROUGH_PERIODS = ("全年", "当年", "本年", "本年度", "年内")
_COMPARED = re.compile(r"(比|较|与|同比|相比|由|从)$")
_RANGE = re.compile(r"^(\d{4})[-—至~](\d{4})(年|届)$")


def _unclosed(text: str) -> bool:
    return text.count("《") > text.count("》") or text.count("（") > text.count("）")


def _times_before(before: str) -> list[tuple[int, str]]:
    """Time expressions in ``before`` that state a period: not baselines, not inside titles, not "自…起"."""
    found = []
    for t in _TIME_ABS.finditer(before):
        after = before[t.end():t.end() + 1]
        if t.group() and not _COMPARED.search(before[:t.start()]) and not _unclosed(before[:t.start()]) \
                and after not in ("起", "以"):
            found.append((t.start(), t.group()))
    for word in relative_periods():
        i = before.rfind(word)
        if i >= 0 and not _COMPARED.search(before[:i]) and not _NUMERAL_BEFORE.search(before[:i]) \
                and not any(i < a + len(w) and a < i + len(word) for a, w in found):
            found.append((i, word))
    return sorted(found)


# "五年内", "3年末": a relative word that closes a duration is not a period
_NUMERAL_BEFORE = re.compile(r"[0-9０-９一二三四五六七八九十两百几数]$")


def stated_period(sentence: str) -> str | None:
    """The period a sentence names last (not a baseline, not inside a title): it carries to the sentences
    after it in the paragraph until another is named."""
    times = _times_before(sentence)
    return times[-1][1] if times else None


MAX_OWNER_CHARS = 16
_SET_OWNER = re.compile(r"(?P<owner>[^，,。；;：:、]{2,24}?)(?:有|包括|包含|涵盖)[^，,。；;]{1,30}?等共?$")


def set_owner(sentence: str, m: Mention) -> str:
    """"机电一体化技术专业群有电气自动化等共7个专业" -> "机电一体化技术专业群": the set being counted."""
    r = _SET_OWNER.search(sentence[:m.start])
    if not r:
        return ""
    owner = strip_time(r.group("owner"))
    owner = re.sub(r"^(其中|另外|此外|同时)", "", owner)
    if len(owner) <= MAX_OWNER_CHARS:
        return owner
    phrase = noun_phrase_tail(owner)
    return phrase if len(phrase) >= 2 else ""


_YEAR_OF = re.compile(r"((?:19|20)\d\d年(?:度|末|底)?)的(?:不到|不足|超过|近|约)?$")


def find_period(sentence: str, m: Mention) -> str | None:
    """The period a number refers to: a time in its own clause, else one opening the sentence, else the
    nearest before it; an absolute year wins over "全年"/"当年"; "2021-2023届…分别为a、b、c" is shared out;
    "从2008年的1.1件上升至2015年的15.0件": a year that modifies the number itself is its period."""
    own = _YEAR_OF.search(sentence[:m.start])
    if own:
        return own.group(1)
    times = _times_before(sentence[:m.start])
    if not times:
        after = clause_after(sentence, m.end)[:18]
        t = _TIME_ABS.search(after)
        return t.group() if t and t.group() and t.start() <= 2 else None
    clause_start = m.start - len(clause_before(sentence, m.start))
    own = [t for t in times if t[0] >= clause_start]
    opening = [t for t in times if t[0] <= 2 or sentence[:t[0]].endswith(("，", "：")) and t[0] <= 4]
    period = (own or opening or times)[-1][1]
    if period in ROUGH_PERIODS:
        absolute = [w for _i, w in times if _TIME_ABS.fullmatch(w)]
        period = absolute[-1] if absolute else period
    return _share_out(sentence, m, period)


_LIST = re.compile(r"[0-9.．]+[^0-9、，。；]{0,4}(?:、[0-9.．]+[^0-9、，。；]{0,4})+")


def _share_out(sentence: str, m: Mention, period: str) -> str:
    """A year range over a list of as many numbers gives each its year ("2022-2024年…4.7、7.2、9.3亿元")."""
    r = _RANGE.match(period)
    if not r:
        return period
    first, last = int(r.group(1)), int(r.group(2))
    for lst in _LIST.finditer(sentence):
        if lst.start() <= m.num_start < lst.end():
            items = re.findall(r"[0-9.．]+", lst.group())
            index = len(re.findall(r"[0-9.．]+", sentence[lst.start():m.num_start]))
            if len(items) == last - first + 1:
                return f"{first + index}{r.group(3)}"
    return period


def find_baseline(sentence: str, m: Mention) -> str | None:
    """Comparison baseline in the clause(s) before a change: "比去年增加了" -> "去年"."""
    window = sentence[max(0, m.start - 24):m.start]
    found = list(_BASELINE.finditer(window))
    if found:
        return found[-1].group("b")
    for word in ("同比", "环比"):
        if word in window:
            return word
    return None
