"""Metrics the sentence composes from more than one span, applied to the chosen metric (the model's or
the rules'):

* ``trim_tail``: a change verb, adverb or comparison the span ran into right before the number is not
  part of what is measured ("居民消费价格上涨0.2%" -> 居民消费价格; "新园区产能较原有产能提高50%" -> 新园区产能);
  ``trim_ends``: nor is a modal or adverb at its end, or how the figure is used at its start (对应PE -> PE);
  ``whole_words``: a span ends and opens on word boundaries (监事 -> 监事会, 前36线… -> 36线…);
* ``widen_level``: a level or top-N qualifier the span stopped at ("其中新增国家级以上高层次成果55项" ->
  国家级以上高层次成果; "前五名客户销售额27,614.37万元" -> 前五名客户销售额); ``drop_counter``: 大 of "三大…" is the count's;
* ``qualify_share_word``: a bare 比例/比重 keeps its clause's words ("解锁比例分别为30%" -> 解锁比例);
  ``strip_author``: the author's word for itself is no part of a metric ("公司合并资产总额" -> 合并资产总额);
* ``share_of``: a share "X占Y" names its part X: in the clause ("数字经济核心产业增加值占国内生产总值比重达到10%"
  -> the whole phrase), or, when the clause opens with 占, in the figure before it
  ("前五名客户销售额27,614.37万元，占年度销售总额18.20%" -> 前五名客户销售额占年度销售总额);
* ``bracket_comparative``: "22.79%（2019年：13.33%）" -> the bracketed figure measures what the one before it does;
* ``group_of``: a figure a named group achieves ("其中，生物制药产业实现主营收入151,753万元" -> 生物制药产业主营收入),
  carried to the next clauses of the sentence that name no group of their own.

Word lists are data: models/lexicons/metric_compose.v1.tsv.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import replace
from functools import lru_cache

from ..nlp.orgs import find_org_spans, is_org_name
from ..nlp.segmenter import cut_pos, ends_inside_word, starts_inside_word
from ..numbers.mentions import Mention, find_mentions
from ..resources import load_patterns, load_word_kinds
from ..text.literals import search_end
from .context import anaphors, self_references
from .fields import (BASELINE_PAIR, CLAUSE_ENDS, LIST_WORDS, NOUN_FLAGS, PERSON_UNITS, after_distinguisher, author_words,
                     before_first_verb, bound_words, change_verbs, claim_words, classifiers, clause_after, clause_end,
                     clause_start, field_rule, joiners, after_total, metric_after, metric_before, noun_phrase_head,
                     noun_phrase_tail, opens_with_band, in_title, industry_names, pulled, relative_periods,
                     statement_items, strip_time, without_bound, without_copulas, without_currency)

COMPOSE_WORDS = LIST_WORDS        # one lexicon: its joiner kind is what joins a list (fields.joiners)
COMPOSE_PATTERNS = "patterns/metric_compose.v1.jsonl"


@lru_cache(maxsize=1)
def _words() -> dict[str, tuple[str, ...]]:
    return load_word_kinds(COMPOSE_WORDS)


@lru_cache(maxsize=None)
def _kind(kind: str) -> tuple[str, ...]:
    """The words of one kind, longest first."""
    return tuple(sorted(_words().get(kind, ()), key=len, reverse=True))


def _at(sentence: str, m: Mention, metric: str) -> int:
    """Where the metric is written before its number (its last occurrence there), or -1."""
    return sentence.rfind(metric, 0, m.start) if metric else -1


def _rule(name: str):
    """A compiled pattern of models/patterns/metric_compose.v1.jsonl by name ("use_prefix")."""
    return load_patterns(COMPOSE_PATTERNS)[f"compose.{name}.v1"]


def _strip_endings(text: str, words: tuple[str, ...], keep: int = 2) -> str:
    """``text`` without any run of ``words`` at its end, keeping at least ``keep`` characters; not one that ends a
    word of the domain lexicon ("果断出台稳增长": 稳增长, a policy, is no growth)."""
    while True:
        word = next((w for w in words if text.endswith(w) and len(text) - len(w) >= keep), None)
        if word is None or ends_inside_word(text, word):
            return text
        text = text[:-len(word)]


def _drop_author(text: str) -> str:
    """``text`` without the author's word for itself at its start (学院…, 本公司…)."""
    word = next((w for w in author_words() if text.startswith(w)), "")
    return text[len(word):]


# jieba's tags of a word that, cut by a metric's end, is an adverb or a number word after the name ("净利润更|是",
# "本科毕业率大|约", "就业率大|多", "循环经济效益数|十亿元"), no part of it
_CUT_WORD_FLAGS = ("d", "m", "b")
MAX_CUT_PART = 2


def without_cut_adverb(sentence: str, m: Mention, metric: str) -> str:
    """A metric written before its number that ends inside an adverb or a number word of the sentence ends before it
    ("…净利润更是突破1000亿元" was named 净利润更, "本科毕业率大约为93%" 本科毕业率大)."""
    at = _at(sentence, m, metric) if len(metric) > MAX_CUT_PART else -1
    if at < 0:
        return metric
    pos = 0
    for word, flag in cut_pos(sentence[at:at + len(metric) + 4]):
        inside = len(metric) - pos
        if pos < len(metric) < pos + len(word):
            keep = inside <= MAX_CUT_PART and (flag in _CUT_WORD_FLAGS or flag == "a" and inside == 1) and \
                len(metric) - inside >= 2     # (an adjective's first character: "平均增速较|高")
            return metric[:pos] if keep else metric
        pos += len(word)
    return metric


def trim_tail(sentence: str, m: Mention, metric: str) -> str:
    """Drop the words between what is measured and its number that the span ran into."""
    if not metric:
        return metric
    gap = sentence[max(0, m.start - len(metric) - 3):m.start]
    if metric not in gap:       # only a metric written right before its number
        return metric
    at = _at(sentence, m, metric)
    if metric in _kind("currency"):    # "股权激励款人民币91,673,400.00元": the currency names no metric
        before = metric_before(sentence, replace(m, start=at, end=at, num_start=at, num_end=at), [])
        after_de = _strip_endings(sentence[clause_start(sentence, at):at].rpartition("的")[2], _kind("naming_copula"))
        return before or (after_de if 2 <= len(after_de) <= 12 else metric)
    if metric.endswith("计算") and sentence[at - 1:at] == "按":      # "人均生产总值按常住人口计算为126737元": the basis
        basis = at - 1      # of the figure, not what it measures, which stands before 按
        before = metric_before(sentence, replace(m, start=basis, end=basis, num_start=basis, num_end=basis), [])
        return before or metric
    if metric.endswith("可") and sentence.startswith(("达", "以达"), at + len(metric)):
        metric = metric[:-1]        # "快件日均处理规模可达73万件": 可 is the modal of 达, not 许可's
    while True:
        metric = _strip_endings(metric, _kind("tail"))
        cut = metric.rfind("较")
        if cut < 2 or metric[cut - 1] == "比" or not _change_follows(sentence, m, metric):
            return metric
        metric = metric[:cut]


def _change_follows(sentence: str, m: Mention, metric: str) -> bool:
    """A comparison "X较Y" inside the metric is a baseline only when a change verb follows it."""
    end = _at(sentence, m, metric) + len(metric)
    return sentence[end:m.start].startswith(tuple(change_verbs()))


MAX_SHARE_PREFIX = 8        # the words a bare share word's clause names it by, at most (the rest is a clause)
_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")


def main_named(sentence: str, m: Mention, metric: str) -> str:
    """"“信息传输、软件和信息技术服务业”领域为主（26.17%）": a figure after what is most of something (为主) measures
    the name before 为主, quoted or not, not 为主."""
    if not metric.endswith("为主"):
        return metric
    at = _at(sentence, m, metric)
    found = search_end(_rule("quoted_main"), sentence, 0, at + len(metric)) if at >= 0 else None
    if found:
        return found.group("x")
    return metric[:-2] if len(metric) >= 4 else metric


def names_a_rate(metric: str) -> bool:
    """Whether ``metric`` is a rate's name (不良率, 检测率): a percentage of it is the rate, not a share of it."""
    return metric.endswith(_kind("rate_end"))


def qualify_share_word(sentence: str, m: Mention, metric: str) -> str:
    """"解锁比例分别为30%": a bare 比例/比重 keeps the words its clause names it by (the segmenter's noun phrase
    stops at a verb such as 解锁), so it does not borrow an earlier figure's metric."""
    if metric not in _kind("share_word"):
        return metric
    start = clause_start(sentence, m.start)
    at = sentence.rfind(metric, start, m.start)
    main = _rule("share_of_main").search(sentence, start, at) if at > start else None
    if main:            # "软件学院本科毕业生以协议和合同就业为主（占比 53.15%）"
        return main.group("x") + metric
    if at == start and start >= 2 and sentence[start - 1] in "，,；;":     # "“灵活就业”次之，占比为26.04%"
        before = sentence[clause_start(sentence, start - 1):start - 1]
        quoted = _rule("quoted_subject").match(before) or _rule("copula_subject").search(before) or \
            _rule("most_subject").match(before)
        if quoted:      # (or "…人数最多的生源地域是北京，占比为15.26%", "在卫生和医疗行业创业的人数最多，占比为40.00%")
            return quoted.group("x") + metric
    if at == start and start >= 3 and sentence[start - 1] in "：:":     # "本科：占比53.39%，约58万人"
        label = _rule("label_colon").match(sentence[clause_start(sentence, start - 1):start])
        if label:
            return label.group("x") + metric
    prefix = field_rule("field.owner_connective").sub("", _drop_author(strip_time(sentence[start:at]))) \
        if at > start else ""
    longest = MAX_SHARE_PREFIX + 2 if prefix.endswith("的") else MAX_SHARE_PREFIX   # "医疗卫生单位就业的比例"
    # a bracketed qualifier counts for nothing: "长三角（不含江苏）占比6.82%"
    if 2 <= len(_BRACKETED.sub("", prefix)) <= longest and not any(ch.isdigit() for ch in prefix) and "占" not in prefix:
        return prefix + metric
    place = _rule("share_in_place").search(prefix)      # "本科毕业生在“教育业”就业的比例": those who work there
    if place and not any(ch.isdigit() for ch in place.group()):
        return place.group() + metric
    pool = _rule("share_in_pool").search(prefix)    # "大型商业银行在普惠型小微企业贷款中的占比已达45.11%": whose
    return prefix[pool.start():] + metric if pool else metric      # share, in what, whole


def strip_author(metric: str) -> str:
    """"公司合并资产总额" -> 合并资产总额: the author's word for itself names no metric, nor does another
    company's registered name ("古玉投资管理（北京）有限公司出资" -> 出资)."""
    named = max((metric.rfind(w) + len(w) for w in _kind("legal_form") if w in metric), default=0)
    if named and len(metric) - named >= 2:
        metric = metric[named:]
    for word in author_words():          # longest first
        if metric.startswith(word) and len(metric) - len(word) >= 2:
            return metric[len(word):]
    rest = metric[len("公司"):]     # 公司 alone is the author unless it makes a compound (公司债券, 公司股东)
    if metric.startswith("公司") and len(rest) >= 2 and not rest.startswith(_kind("company_compound")):
        return rest
    return metric


def widen_use(sentence: str, m: Mention, metric: str) -> str:
    """"禽用生物制品销售额61.61亿元": what a product is for (禽用, 民用) belongs to the metric."""
    at = _at(sentence, m, metric)
    found = search_end(_rule("use_prefix"), sentence, 0, at) if at > 0 else None
    return found.group() + metric if found and found.end() == at else metric


def spent_on(sentence: str, m: Mention, metric: str) -> str:
    """"公司投入9347万元于安全生产", "投资约14.1亿元用于三废处置": an amount named by the verb that gives it alone is
    what it is given to (after 于 or 用于, to the clause's end) and that verb (安全生产投入, was 投入)."""
    if m.unit_kind != "money" or metric not in claim_words("giving_verb"):
        return metric
    to = _rule("spent_on").match(sentence, m.end)
    rest = sentence[to.end():clause_end(sentence, m.end)] if to else ""
    # a noun opens it (公益及社区, 三废处置), no figure stands in it
    return rest + metric if 2 <= len(rest) <= 10 and noun_phrase_head(rest) and not any(ch.isdigit() for ch in rest) \
        else metric


def widen_level(sentence: str, m: Mention, metric: str) -> str:
    """"国家级以上高层次成果", "前五名客户销售额", "限额以上单位通过公共网络实现的商品零售额": a level, top-N or channel
    qualifier before the metric belongs to it."""
    if not metric:
        return metric
    start = clause_start(sentence, m.start)
    at = sentence.rfind(metric, start, m.start)
    if at <= start:
        return metric
    before = sentence[start:at]
    for rule in ("level_prefix", "top_prefix", "channel_prefix"):
        found = search_end(_rule(rule), before)
        if found:
            return found.group() + metric
    return metric


def widen_batch(sentence: str, m: Mention, metric: str) -> str:
    """"入选首批28个国家级市域产教联合体": the batch written right before a count belongs to what it counts, when that is
    named after the count."""
    if not metric or not sentence.startswith(metric, m.end) and sentence.find(metric, m.end, m.end + 8) < 0:
        return metric
    found = search_end(_rule("batch_before"), sentence, clause_start(sentence, m.start), m.start)
    return found.group() + metric if found and not metric.startswith(found.group()) else metric


def part_of_whole(sentence: str, m: Mention, metric: str) -> str:
    """"前五名客户销售额中关联方销售额0万元": a part named after 中 keeps the amount it is part of, and what an account
    holds the account (回购专用证券账户中股份数); not 在…中, the pool a figure is placed in."""
    at = _at(sentence, m, metric)
    start = clause_start(sentence, m.start)
    before = sentence[start:at] if at > start else ""
    if not before.endswith("中") or "在" in before or at + len(metric) != m.start:
        return metric
    whole = noun_phrase_tail(before[:-1])
    held = whole.endswith(_kind("holder_end"))      # "回购专用证券账户中股份数249,784股": what an account holds
    return whole + "中" + metric if len(whole) >= 3 and (whole.endswith(_kind("amount_end")) or held) else metric


def drop_counter(sentence: str, m: Mention, metric: str) -> str:
    """"三大国家级重点实验室": 大 after the count belongs to the count (N大), not to what is counted
    ("四大系列百余种产品" -> 系列, not 大)."""
    if metric.startswith("大") and len(metric) > 2 and not m.unit and sentence[m.end:m.end + len(metric)] == metric \
            and cut_pos(metric)[0][1] != "n":
        return metric[1:]       # not after a classifier: "40余位大国工匠"; nor in a word: "100万大学毕业生"
    if metric == "大" and sentence[m.end:m.end + 1] == "大":
        after = clause_after(sentence, m.end + 1)[:24]
        counted = noun_phrase_head(after) or next((word for word, _flag in cut_pos(after)), "")
        return counted if len(counted) >= 2 and not any(ch.isdigit() for ch in counted) else metric
    return metric


def widen_total(sentence: str, m: Mention, metric: str) -> str:
    """"资产总计285,087万元": 总计/合计 after a statement item is part of its name (the copula rule dropped it)."""
    at = _at(sentence, m, metric)
    word = sentence[at + len(metric):at + len(metric) + 2] if at >= 0 else ""
    if word in ("总计", "合计") and metric.endswith(_kind("line_item")) and at + len(metric) + 2 <= m.start:
        return metric + word
    return metric


_YEAR_AHEAD = re.compile(r"(?:19|20)\d\d(?:年|届|[—–\-~～至到](?:19|20)\d\d)")


def _runs_into_number(sentence: str, m: Mention, words: str, objects: bool = False) -> bool:
    """Whether ``words`` stand right after the figure and run straight into the next number, or into a bound word or
    copula before it ("活动21715次受众超4.4亿人次", "…皆在97以上平均覆盖率为98.56": the words are the next figure's)."""
    at = sentence.find(words, m.end)
    if not 0 <= at <= m.end + 1:
        return False
    rest = sentence[at + len(words):at + len(words) + 6]
    # a copula counts only where the sentence has lost its punctuation ("顺丰控股的197处建筑面积为229,528.83平方米的房屋，
    # 且…": there 建筑面积 is the next figure's, and the rules have nothing better for this one)
    joins = _before_number(unpunctuated=not any(ch in sentence for ch in "，,；;。"))
    bound = next((w for w in joins if rest.startswith(w)), "")
    if _YEAR_AHEAD.match(sentence, at + len(words) + len(bound)):
        return False        # "通过对56所高水平高职院校2020—2023年质量年报中…": a year is no next figure
    # ``objects``: in a run of counts each followed by what it counts, the next number counts its own
    return rest[len(bound):len(bound) + 1].isdigit() and not (
        objects and m.unit in classifiers() and _counts_its_own(sentence, at + len(words) + len(bound)))


_COUNT_NUMBER = re.compile(r"\d[\d.,]*(?:万|亿)?(?:余|多)?")
_COUNT_BEFORE = re.compile(r"\d[\d.,]*(?:万|亿)?(?:余|多)?$")      # the same, ending where a search stops
_HOLDINGS = frozenset({"出资额", "出资份额", "财产份额", "合伙份额"})   # what an amount, not a percentage, may hold


def _counts_its_own(sentence: str, at: int) -> bool:
    """Whether the number at ``at`` is a count whose classifier is followed by what it counts ("依托3.2万家线下门店
    10万余名服务兵": 线下门店 is not 10万余名's, which counts 服务兵)."""
    number = _COUNT_NUMBER.match(sentence, at)
    if not number:
        return False
    rest = sentence[number.end():number.end() + 28]
    unit = next((u for u in _classifiers_longest() if rest.startswith(u)), "")
    return bool(unit) and len(noun_phrase_head(rest[len(unit):])) >= 2


@lru_cache(maxsize=1)
def _classifiers_longest() -> tuple[str, ...]:
    return tuple(sorted(classifiers(), key=len, reverse=True))


def _count_before(sentence: str, at: int) -> int:
    """Start of the count ("3.2万家") that ends right at ``at``, else -1."""
    head = sentence[max(0, at - 4):at]
    unit = next((u for u in _classifiers_longest() if head.endswith(u)), "")
    if not unit:
        return -1
    number = _COUNT_BEFORE.search(sentence, 0, at - len(unit))
    return number.start() if number else -1


def _after_a_count(sentence: str, at: int, kinds: tuple[str, ...] = ("count",)) -> bool:
    """Whether a count of any counting unit ("138人次", "3.2万家") ends right at ``at`` (or a figure of another of
    ``kinds``: an amount, "…总投入4705.66万元")."""
    before = sentence[max(0, at - 12):at]
    last = next(reversed(find_mentions(before)), None) if before else None
    return last is not None and last.end == len(before) and last.unit_kind in kinds


def _is_label(words: str) -> bool:
    """Whether ``words`` name an activity (社会招聘, 节能) rather than tell who does it or open a list (我们依托, 包括)."""
    tags = [flag for _word, flag in cut_pos(words)]
    return bool(tags) and (tags[0] == "vn" or (len(tags) >= 2 and tags[0].startswith("n")))


def _run_of_objects(sentence: str, at: int) -> bool:
    """Whether the words at ``at`` follow a count in a run of counts that a verb opens, each count followed by what
    it counts ("我们依托3.2万家线下门店10万余名服务兵100余个物流配送中心"), not a run of labels each followed by its
    count ("有效发明专利18项实用新型专利67项")."""
    for _ in range(8):
        start = _count_before(sentence, at)
        if start <= 0:
            return False
        words = cut_pos(sentence[max(0, start - 8):start])
        if words and _opens_objects(sentence, start, words) and words[-1][0] not in bound_words():
            return True     # ("…项目超260项": a bound, no verb)
        label = re.search(r"[\u4e00-\u9fff]{2,16}$", sentence[:start])
        if not label:
            return False
        at = label.start()
        while at < start and _count_before(sentence, at) < 0:
            at += 1            # the label's own start: right after the count before it, if any
        if at >= start:
            return False
    return False


def _opens_objects(sentence: str, start: int, words: tuple[tuple[str, str], ...]) -> bool:
    """Whether ``words``, which end right before the count at ``start``, end with a verb that takes it as object: a
    verb, or a verbal noun after no noun ("累计|排查15个园区"; not "社会|招聘152人次" nor "181个控制|活动548个", labels
    of a run of counts)."""
    flag = words[-1][1]
    if flag != "vn":
        return flag == "v"
    before = words[-2] if len(words) >= 2 else ("", "")
    if before[1].startswith("n"):
        return False
    # a verb and a verbal noun right after a count are a label (控制|活动); a verbal noun alone there, a verb ("特种
    # 作业人员2511名培训146类危险设备危险工种")
    return before[1] != "v" or _count_before(sentence, start - len(words[-1][0]) - len(before[0])) < 0


_NEXT_COUNT = re.compile(r"[\u4e00-\u9fff]{1,16}?(?=\d)")
_LABELLED_KINDS = ("money", "measure")


@lru_cache(maxsize=2)
def _before_number(unpunctuated: bool) -> tuple[str, ...]:
    """The bound words (超, 约, 近 …), and in unpunctuated text the copulas (为, 达到 …), written right before a number,
    longest first."""
    words = bound_words() | (set(_kind("copula")) if unpunctuated else set())
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def not_next_label(sentence: str, m: Mention, metric: str) -> str:
    """In text without separators ("有效发明专利18项实用新型专利67项", "营业收入171.43亿元支付员工工资22.61亿元归母净利润
    15.03亿元"), the words right after a figure that run into the next number name that number, not this one."""
    if metric and not m.unit and any(ch.isdigit() for ch in metric):
        return metric_after(sentence, m) or metric      # "摘获1金5银": 5 is 银, not 摘获1金
    if metric and not m.unit:       # a figure without a unit is named by the word after it, unless those words
        return _label_before(sentence, m, metric)   # are the next figure's label and one stands before it too
    if not metric:
        return metric
    at = _at(sentence, m, metric)
    if at >= 0 and (at + len(metric) >= m.start - 1 or not m.end <= sentence.find(metric, m.end) <= m.end + 1):
        return metric       # written before the number, not only the same words of an earlier item ("参与立项国际标准
        # 2项国家标准6项" after "主持立项国家标准1项"; "执行董事2名非执行董事3名": 执行董事 is right before 2名)
    # in a run of counts a verb opens, each followed by what it counts, the words after a count are its own ("累计
    # 排查15个园区5个方向的64个节能减排重点项目")
    objects = sentence.startswith(metric, m.end) and m.unit in classifiers() and _run_of_objects(sentence, m.end)
    if not _runs_into_number(sentence, m, metric, objects=objects):
        return metric
    before = metric_before(sentence, m, [])
    if before.endswith("等"):
        return metric       # "湖北等12个省市区增长目标超过6%": examples of what is counted, no label
    if m.unit in classifiers() and before and all(f == "v" for _w, f in cut_pos(before)):
        return metric       # "…可办可查可预约8000余个政务服务事项2022亮点…": a verb
        # before a count is no label of it; the words after it are what it counts
    return before if len(before) >= 2 and before not in self_references() else metric    # "全行1.4万个网点…": 网点


def _label_before(sentence: str, m: Mention, metric: str) -> str:
    """"…超2.9万公路货车运力超300万水运船舶资源超过2万艘": labels each written before its figure, where a figure without a
    unit is followed by the next one's label: the label right before it (after its bound word) names it, where that
    label follows the figure before it or opens its clause."""
    if not sentence[m.num_start:m.num_start + 1].isdigit() or sentence.find(metric, m.end) != m.end \
            or not _runs_into_number(sentence, m, metric):
        return metric       # "横跨…绿色服务六大领域的15个细分赛道": a count in words counts what follows
    before = metric_before(sentence, m, [])
    head = without_bound(sentence[:m.start])
    if len(before) < 2 or not head.endswith(before) or before in self_references():
        return metric
    opens = len(head) - len(before)     # a run of label-figure pairs: the label follows a figure or opens its clause
    paired = opens == clause_start(sentence, m.start) or _COUNT_BEFORE.search(head, 0, opens) is not None
    # "摘获1金5银": a verb before the figure names nothing
    return before if paired and cut_pos(before)[-1][1] in NOUN_FLAGS else metric


def among_figure_before(sentence: str, m: Mention, metric: str) -> str:
    """"复议案件977件中直接纠错236件": the 中 right after a count is "among them", no part of the part's name."""
    at = _at(sentence, m, metric)
    if not metric.startswith("中") or len(metric) < 3 or at <= 0 or not _after_a_count(sentence, at) \
            or cut_pos(metric)[0][0] != "中":
        return metric       # (not a word opening with 中: "高校120所中职学校300所")
    return metric[1:]


def not_across_figure(sentence: str, m: Mention, metric: str) -> str:
    """"年均增长率超过70%，2015年…网络购物市场交易规模已达到3.8万亿": a metric of an earlier clause, with another
    figure between it and this number, is that figure's; this number's clause names its own."""
    at = _at(sentence, m, metric)
    start = clause_start(sentence, m.start)
    end = clause_end(sentence, m.end)
    if at < 0 or at + len(metric) > start or metric in sentence[start:end] \
            or not any(ch.isdigit() for ch in sentence[at + len(metric):start]):
        return metric       # "摘获1金5银": 金 is this clause's word, whatever stands earlier
    own = metric_before(sentence, m, [])
    if is_org_name(own) and not find_org_spans(metric):
        return metric       # "6家城商行不良率低于1%,上海银行1.18%最高": who, of the measure named before
    return own if len(own) >= 2 else metric


def after_date(sentence: str, m: Mention, metric: str) -> str:
    """"…发展规划提出2025年城市污泥无害化处置率至少达到90": a metric whose words stand on both sides of a date
    written before the figure (field.time_absolute, which the rules drop, joining them) starts after the date; the
    words before it belong to the clause the date closes."""
    if not metric or _at(sentence, m, metric) >= 0:
        return metric
    dates = list(field_rule("field.time_absolute").finditer(sentence, clause_start(sentence, m.start), m.start))
    if not dates:
        return metric
    date = dates[-1]
    after = sentence[date.end():m.start]
    cut = next((k for k in range(1, len(metric) - 1)
                if sentence.endswith(metric[:k], 0, date.start()) and after.startswith(metric[k:])), 0)
    if in_title(metric, cut):
        return metric       # "《皮山县2022年国民经济和社会发展统计公报》1条": the date is part of a title
    return metric[cut:] if cut else metric


def after_period_word(_sentence: str, _m: Mention, metric: str) -> str:
    """"到目前为止共取得253项" -> "取得": a period word opening the metric (a learned span may reach it) is the figure's
    time, not its name, and 共 (in all) after it says how it was counted."""
    if metric.startswith(claim_words("balance_term")):
        return metric       # "上年结转2件": the year before's is what is carried, a line item's name
    word = next((w for w in relative_periods() if metric.startswith(w)), "")
    rest = after_total(metric[len(word):], opening=True) if word else metric
    return rest if len(rest) >= 2 else metric


_FIGURE_BEFORE = re.compile(r"[0-9][^0-9，,；;。]{0,4}$")


def noun_after_verb(sentence: str, m: Mention, metric: str) -> str:
    """"目前已公布47GW产能", "22年底公司有望实现超20GW切割代工产能": when the words before the figure end with a
    verb and a noun follows its unit, the noun is what is measured."""
    at = _at(sentence, m, metric)
    gap = _without_bounds(sentence[at + len(metric):m.start]) if at >= 0 else ""
    # a figure after a joiner that follows the figure before and its noun opens the next item ("年产6GW高效太阳能电池
    # 和3GW高功率太阳能组件")
    joined = at >= 0 and gap in ("和", "及", "与") and bool(_FIGURE_BEFORE.search(sentence, 0, at)) and \
        cut_pos(sentence[at:m.start])[-1][0] == gap        # a word of its own (not the 与 of 参与)
    if at < 0 or (field_rule("field.trailing_change").sub("", gap) and not joined) or not m.unit:   # "有望实现超20GW…"
        return metric
    if gap.endswith(_kind("naming_copula")):
        return metric       # "售前服务满意度得分为94.1分": what stands before 为 is what the figure is
    kinds = ("count", *_LABELLED_KINDS) if m.unit_kind in _LABELLED_KINDS else ("count",)
    if _NEXT_COUNT.match(sentence, m.end) and _after_a_count(sentence, at, kinds) and _is_label(metric):
        return metric       # a run of labels each before its count ("高校实习生招聘138人次社会招聘152人次校园招聘21人次"), or
        # its amount after an amount ("公益慈善捐赠总投入4705.66万元乡村振兴投入87万元志愿服务参与2400人次": 87万元 was 志愿服务;
        # not a count after an area: "300公顷绿化带种植30万棵树木" counts 树木)
    words = cut_pos(metric) if not metric.endswith(_kind("rate_end")) else []     # "检测率100有效防控率100"
    ends_with_verb = words and words[-1][1].startswith("v") and words[-1][1] != "vn" \
        and not after_distinguisher(words, len(words) - 1)      # "培训总|投入": a verb after 总 is a noun
    if not words or not (ends_with_verb or joined or metric.endswith(_kind("produce"))) or \
            (not joined and metric.endswith(claim_words("measure_end"))):
        return metric       # (a measure's name jieba tags a verb: "国光连锁收入增长11%以上看似明亮", 年综合收入)
    tail = clause_after(sentence, m.end)
    if m.unit_kind in ("money", "measure") and not sentence[m.start:m.end].endswith(("以上", "以下", "以内")):
        tail = tail.removeprefix("的")      # "蚂蚁森林项目已经守护了4800平方公里的社会公益保护地": an amount's noun after
        # 的 too (not a share's, "持股50%及以上的下属企业", nor a threshold's, "年主营业务收入2000万元及以上的批发企业")
    after = noun_phrase_head(re.split(r"[（(]", tail)[0][:24])
    support = _rule("support_after").match(tail) if not after and m.unit_kind == "money" else None
    if support:
        return support.group()      # "提供1.91万亿元授信支持": jieba tags 授信 and 支持 verbs
    if not after and m.unit in classifiers():
        after = metric_after(sentence, m)       # "招募21家联合推广伙伴": what a count counts, though jieba tags it a verb
    if after.startswith(claim_words("plain_baseline")) or after in claim_words("standing_word"):
        return metric       # "受理消费投诉224224件同比下降8.45": a change of the figure follows, nothing after it is named;
        # "营收增速11.32%最高": its standing among others
    if m.unit_kind == "money" and after:
        after = _through_money_word(after) if cut_pos(after)[0][1].startswith("v") else before_first_verb(after)
    return after if len(after) >= 2 and not _runs_into_number(sentence, m, after, objects=True) else metric


def _without_bounds(gap: str) -> str:
    """The words between a verb and its figure without the bounds and totals written before it ("帮助超过1.7万名…",
    "捐赠共1200万片…": 超过, 共)."""
    changed = True
    while changed and gap:
        word = max((w for w in bound_words() | _GAP_TOTALS if gap.endswith(w)), key=len, default="")
        gap, changed = gap[:len(gap) - len(word)], bool(word)
    return gap


_GAP_TOTALS = frozenset({"共", "共计", "合计", "总计"})


def person_acting(sentence: str, m: Mention, metric: str) -> str:
    """"许志君出资58,830万元", "其中王卫增资999.9万元", "陶志刚、陈雪颖、杨涛、危平分别出资311.6029万元": people named
    (a surname and one or two characters, which jieba cuts apart) where the clause opens, right before what they do
    with money or shares, are who acts; the figure measures the act (出资, 增资), and who acts is no part of it."""
    start = clause_start(sentence, m.start)
    lead = sentence[start:m.start]
    verb = next((v for v in _kind("person_act") if lead.endswith(v)), "")
    names = lead[:-len(verb)].removeprefix("其中").removesuffix("分别") if verb else ""
    # the span may hold the verb or, where the verb was read as a change (刘景秋增加30万元), stop before it
    if not names or metric == verb or not (lead.endswith(metric) or names.endswith(metric)):
        return metric
    return verb if all(map(_person_name, names.split("、"))) else metric


def _person_name(text: str) -> bool:
    """Whether ``text`` reads as a person's name: a surname and one or two more characters that jieba, which has no
    such word, cuts into single characters or a given name ("许|志|君", "陶|志强"; not "高新区", "万科", "余额")."""
    if not 2 <= len(text) <= 3 or text[0] not in _kind("surname"):
        return False
    words = cut_pos(text)
    return len(words) >= 2 and all(len(w) == 1 or f.startswith("nr") for w, f in words)


def _through_money_word(phrase: str) -> str:
    """A phrase opened by a verb after an amount names it when it ends with a money word ("20万元帮扶资金"); else it says
    what the money is for, not what it is ("捐赠500万元支持…事业的发展", "投入约150万元投资建设智慧仓库…"): ""."""
    ends = [phrase.find(w) + len(w) for w in claim_words("money_word") if len(w) >= 2 and w in phrase]
    return phrase[:min(ends)] if ends else ""


def rate_after(sentence: str, m: Mention, metric: str) -> str:
    """"经…税务局批准享受15%的企业所得税优惠税率", "按20%的税率缴纳": a percentage followed by 的 and a rate
    is that rate."""
    if m.unit != "%" or sentence[m.end:m.end + 1] != "的":
        return metric
    after = clause_after(sentence, m.end + 1)[:24]
    ends = [after.find(w) + len(w) for w in _kind("rate_noun") if w in after]
    rate = after[:min(ends)] if ends else ""
    return rate if len(rate) >= 2 and noun_phrase_head(rate) == rate else metric


def tax_rate(sentence: str, m: Mention, metric: str) -> str:
    """"按20%的税率缴纳企业所得税", "按销售收入的3%计缴增值税": a percentage the tax after it is paid at is that
    tax's rate (企业所得税税率), not the base before it (销售收入)."""
    if m.unit != "%":
        return metric
    paid = field_rule("field.tax_after").match(sentence, m.end)
    return paid.group("tax") + "税率" if paid else metric


def appropriation_rate(sentence: str, m: Mention, metric: str) -> str:
    """"按照本行2023年净利润的10%提取法定盈余公积人民币35.29亿元", "按照风险资产1.5%差额提取一般准备": a percentage of a
    base that a reserve is set aside at is that appropriation's rate (提取法定盈余公积), not the base (净利润)."""
    if m.unit != "%":
        return metric
    act = _rule("appropriation_after").match(sentence, m.end)
    return act.group("act") if act else metric


def own_object(sentence: str, m: Mention, metric: str) -> str:
    """"召开2次股东大会，5次董事会", "设立13个首批建设项目和9个试点班": a count whose classifier is followed by what it
    counts counts that, not a metric of an earlier clause, one holding another figure, or the thing an earlier
    count counts."""
    if m.unit not in classifiers() or not metric:
        return metric
    at = _at(sentence, m, metric)
    # a run of counts each followed by what it counts, also where the count right before names the metric
    # ("已建成4个全国重点实验室5个国家工程研究中心1个…": 5个 counts 国家工程研究中心, though the next number follows it)
    chain = 0 < at and _run_of_objects(sentence, at)
    earlier = 0 <= at < clause_start(sentence, m.start) or any(ch.isdigit() for ch in metric) \
        or (0 < at < m.start and search_end(_rule("counted_before"), sentence, 0, at) is not None) \
        or chain or metric in self_references()      # "公司完成35座风电场…": who counts, not what is counted
    after = metric_after(sentence, m) if earlier else ""
    return after if after and not _runs_into_number(sentence, m, after, objects=chain) else metric


def _verb_before(sentence: str, at: int) -> str | None:
    """The nearest telling verb (metric_compose kind telling_verb) before ``at`` in its sentence part (after the
    last 。；)."""
    start = max(sentence.rfind(ch, 0, at) for ch in "。；;") + 1
    found = [(sentence.rfind(v, start, at), v) for v in _kind("telling_verb")]
    at_verb, verb = max(found, default=(-1, ""))
    return verb if at_verb >= 0 else None


_NOT_IN_LASTING = frozenset({"p", "c", "d", "r", "uj", "ul", "uz", "x"})


def lasting(sentence: str, m: Mention, metric: str) -> str:
    """"公司启动了为期6周的首届职前训练营活动", "设计三周的学习之旅": a duration written before 的 and a noun is how
    long that noun lasts (not the verb or the words before the figure)."""
    if m.unit not in _kind("duration") or sentence[m.end:m.end + 1] != "的":
        return metric
    words = list(cut_pos(clause_after(sentence, m.end + 1)[:16]))
    if words and words[0][1] == "m":
        words = words[1:]                       # an ordinal: 首届, 第二期
    kept: list[tuple[str, str]] = []
    for word, flag in words:                    # up to a preposition, conjunction, adverb or particle, or a verb
        if flag in _NOT_IN_LASTING or (flag == "v" and kept):       # after a noun ("学习之旅以线下课程…")
            break
        kept.append((word, flag))
    while kept and kept[-1][1] == "f":         # "活动中": a locative ends no name
        kept.pop()
    lasts = "".join(word for word, _ in kept)
    return lasts if 2 <= len(lasts) <= 12 else metric


def telling_verb(sentence: str, m: Mention, metric: str) -> str:
    """"获得发明专利9项、实用新型3项，受理发明专利12项，实用新型1项": where one sentence counts the same thing under
    two verbs (granted, accepted), the verb tells the figures apart and stays in the metric."""
    if m.unit not in classifiers() or not metric:
        return metric
    at = _at(sentence, m, metric)
    own = _verb_before(sentence, at) if at >= 0 else None
    if own is None or metric.startswith(own):
        return metric
    others, i = [], sentence.find(metric)
    while i >= 0:
        if i != at:
            others.append(_verb_before(sentence, i))
        i = sentence.find(metric, i + len(metric))
    return own + metric if any(v is not None and v != own for v in others) else metric


def widen_bracket(sentence: str, m: Mention, metric: str) -> str:
    """"本期库存股（回购股份）增加10,026,321.51元": a bracketed other name right after the metric is part of it."""
    start = clause_start(sentence, m.start)
    at = sentence.rfind(metric, start, m.start) if metric else -1
    while at >= start:       # "资本公积（其他资本公积）增加": the metric before the bracket, not the one inside it
        bracket = _rule("bracket_alias").match(sentence, at + len(metric))
        if bracket and bracket.end() <= m.start and _only_verbs(sentence[bracket.end():m.start]):
            return metric + bracket.group()
        at = sentence.rfind(metric, start, at)
    return metric


def widen_alternative(sentence: str, m: Mention, metric: str) -> str:
    """"出国（境）深造比例为7.1%": a word with a one-character alternative in brackets, opening the clause or after 的
    right before the metric, qualifies it (jieba cut 出国|（|境|）, and the verb was left out)."""
    at = sentence.rfind(metric, clause_start(sentence, m.start), m.start) if metric else -1
    found = _rule("bracketed_alternative").search(sentence, clause_start(sentence, m.start), at) if at > 0 else None
    return found.group() + metric if found else metric


def widen_glossed_modifier(sentence: str, m: Mention, metric: str) -> str:
    """"具有研究生学位（硕士和博士）的专任教师1105人": a modifier opening the clause, its noun glossed in brackets, then
    的, stays with the noun it modifies (the bracket hid it: 专任教师)."""
    start = clause_start(sentence, m.start)
    at = sentence.rfind(metric, start, m.start) if metric else -1
    if at < start + 4 or not sentence.startswith("）的", at - 2):
        return metric
    opened = sentence.rfind("（", start, at - 2)
    lead = _drop_author(strip_time(sentence[start:opened])) if opened > start else ""
    words = cut_pos(lead) if 2 <= len(lead) <= 16 and not any(ch.isdigit() for ch in lead) else ()
    if not words or not words[-1][1].startswith("n"):
        return metric
    return lead + sentence[opened:at] + metric


def _only_verbs(text: str) -> bool:
    """Nothing but change verbs and copulas between a metric and its number ("增加", "为", "")."""
    return field_rule("field.trailing_copula").sub("", field_rule("field.trailing_change").sub("", text)) == ""


_PREDICATE = re.compile(r"(?:[A-Za-z][A-Za-z0-9\-]*|[^\dA-Za-z，,。；;、并且（(])+")


def counted_doing(sentence: str, m: Mention, metric: str) -> str:
    """"共有109家供应商通过ISO14001环境管理体系认证", "有2家企业获评工信部绿色供应链管理企业", "12家供应商被列入黑名单": a
    count of things that achieved or underwent something counts the ones that did: the predicate after what is counted
    stays in the metric."""
    if m.unit not in classifiers() or not metric or not sentence.startswith(metric, m.end):
        return metric
    at = m.end + len(metric)
    verb = next((v for v in _kind("certified") if sentence.startswith(v, at)), "")
    found = _PREDICATE.match(sentence, at, at + 24) if verb else None
    predicate = found.group() if found else ""
    if verb == "被" and (len(predicate) > 14 or sentence[found.end():found.end() + 1] not in ("", *CLAUSE_ENDS)):
        predicate = ""          # a passive that runs on into the next figure ("6名员工被处外部审计机构…") says nothing sure
    if verb == "通过":          # passed a certification or review, not "by means of" (通过演练及时发现问题)
        ends = [predicate.rfind(w) + len(w) for w in _kind("passed_object") if w in predicate]
        predicate = predicate[:max(ends)] if ends else ""
    predicate = without_copulas(predicate)      # "…认证共有83家"
    return metric + predicate if len(predicate) > len(verb) else metric


def taking_part(sentence: str, m: Mention, metric: str) -> str:
    """"累计13572人参与", "负责人70余人参加培训", "28名学员参与一期培训", "超过450所学校参与": a count right before 参与 or
    参加, or before what it counts and then 参与 or 参加, counts those who took part by what they took part in: what is
    counted, the verb and its object; the verb alone where no noun follows it (参加了浙大…, 参与覆盖了…); not who they
    are or what the clause before names. Not a modifier (316所中高职院校参与的项目交流大会)."""
    if m.unit_kind != "count":
        return metric
    rest = sentence[m.end:clause_end(sentence, m.end)]
    verb_at = min((at for v in _kind("take_part") if 0 <= (at := rest.find(v)) <= 6), default=-1)
    who = rest[:verb_at]
    if verb_at < 0 or (who and noun_phrase_head(who) != who) or (not who and m.unit not in (*PERSON_UNITS, "人次")):
        return metric
    after = rest[verb_at + 2:verb_at + 14]
    if after.startswith("的"):
        return metric       # "全国316所中高职院校参与的项目交流大会": a modifier of what follows
    taken = noun_phrase_head(after) if not after.startswith("了") else ""
    return who + rest[verb_at:verb_at + 2] + taken


def those_who(sentence: str, m: Mention, metric: str) -> str:
    """"共有1199人留在当地直接就业", "尚有564项专利正在申请中": a count after 有 (there are so many who …), or after 其中
    (a part of what was counted: "其中14家通过省级评定"), counts those that do what the rest of its clause says, with
    the noun counted if one is written; not after 拥有, 现有 … (owning), nor where the rest is a modifier
    (仅有一次参赛经验的队伍) or a finished action with its object (参加了风险管理培训)."""
    before = sentence[:m.start]
    part = before.endswith(_kind("part_opener")) or _continues_parts(sentence, m) or _part_after_total(sentence, m)
    if not (part or before.endswith(_kind("existential"))) or before.endswith(_kind("possessing")) \
            or m.unit_kind != "count":
        return metric
    rest = sentence[m.end:clause_end(sentence, m.end)]
    if rest.endswith(("）", ")")) and rest.count("（") + rest.count("(") < rest.count("）") + rest.count(")"):
        rest = rest[:-1]    # "（…，另有5件申请转结下年度继续办理）": the bracket the clause closes
    copula = next((w for w in _kind("naming_copula") if rest.startswith(w)), "") if part else ""
    rest = rest[len(copula):]       # "其中1名为职工代表": the part is what it is named
    named_elsewhere = metric and not rest.startswith(metric) and metric not in before
    if not 2 <= len(rest) <= 14 or any(ch.isdigit() or ch in "的了" for ch in rest) or named_elsewhere:
        return metric
    return rest


MAX_GAP_TO_NUMBER = 4


def numbered_group(sentence: str, m: Mention, metric: str) -> str:
    """"人工智能三大先导产业规模突破2万亿元": a name opening with the 大 of "三大…" keeps its numeral (was
    大先导产业规模); the numeral itself is a count of its own."""
    at = _at(sentence, m, metric) if metric.startswith("大") and not sentence.startswith("大", m.end) else -1
    if at <= 0 or sentence[at - 1] not in "一二两三四五六七八九十" or m.start - (at + len(metric)) > MAX_GAP_TO_NUMBER:
        return metric       # the name written right before its figure (only 突破, 达到 … between)
    return sentence[at - 1] + metric


def excepted(sentence: str, m: Mention, metric: str) -> str:
    """"2023年全区共收到依申请公开85件，除2件结转下年办理外，均依法依规答复": a count set aside by 除…外 counts what the
    words between say of them (结转下年办理; it took the figure before's name)."""
    if not sentence.endswith("除", 0, m.start):
        return metric
    rest = sentence[m.end:clause_end(sentence, m.end)]
    if not rest.endswith("外") or not 2 <= len(rest) - 1 <= 12 or any(ch.isdigit() for ch in rest):
        return metric
    return rest[:-1]


def _part_after_total(sentence: str, m: Mention) -> bool:
    """"截至12月底已回复126件，7件正在办理中": a count opening its clause right after a clause that ends with a figure
    in the same classifier, and followed only by what those counted are doing (a verb or adverb first), is a part of
    that figure (正在办理中 was named 已回复; jieba tags 正在 a time word)."""
    start = clause_start(sentence, m.start)
    if start != m.start or start < 2 or sentence[start - 1] not in "，," or not m.unit:
        return False
    before = sentence[:start - 1]
    if not before.endswith(m.unit) or not before[:-len(m.unit)][-1:].isdigit():
        return False
    rest = cut_pos(sentence[m.end:clause_end(sentence, m.end)])
    return bool(rest) and (rest[0][1][:1] in ("v", "d") or rest[0][0] in _kind("part_state")) \
        and rest[0][0] not in _kind("possessing")


@lru_cache(maxsize=64)
def _part_clause(unit: str) -> re.Pattern:
    """A clause that is a count in ``unit`` and what the counted do ("1宗结果纠正")."""
    return re.compile(rf"^[0-9０-９]+{re.escape(unit)}[^0-9０-９]{{2,14}}$")


def _continues_parts(sentence: str, m: Mention) -> bool:
    """"其中2宗维持原答复，1宗结果纠正，1宗其他结果，1宗尚未审结": a count opening its clause right after a run of
    clauses that are each a count in the same classifier and what those counted do, the run opened by 其中 or
    following a figure in that classifier, is one more part (结果纠正 was named 维持原答复, the first part's name, and
    尚未审结 其他结果; 2件撤销申请 after 按时办结66件，5件逾期未补正 took 按时办结)."""
    start = clause_start(sentence, m.start)
    if start != m.start or not m.unit:
        return False
    part = _part_clause(m.unit)
    parts = 0
    while start >= 2 and sentence[start - 1] in "，,":
        start, end = clause_start(sentence, start - 1), start - 1
        clause = sentence[start:end]
        opener = next((w for w in _kind("part_opener") if clause.startswith(w)), "")
        if not part.match(clause[len(opener):]):
            # "按时办结66件，5件逾期未补正，2件撤销申请": the run follows a figure in the same classifier
            return parts > 0 and clause.endswith(m.unit) and clause[:-len(m.unit)][-1:].isdigit()
        if opener:
            return True
        parts += 1
    return False


def counted_pool(sentence: str, m: Mention, metric: str) -> str:
    """"公司部分主要在研的疫苗产品中，10个处于实验室研究阶段，5个处于中试阶段…": a count whose classifier has no noun
    after it (a verb follows), opening its clause in a run of such clauses after "X中", counts X: the pool is what
    is counted, what the clause says of it the part (疫苗产品处于实验室研究阶段). People (人, 名, 位) are counted as
    such: "毕业生中，1200人选择升学" stays 选择升学."""
    if m.unit not in classifiers() or m.unit in _kind("person_classifier") or not metric \
            or not sentence.startswith(metric, m.end) or cut_pos(metric)[0][1] != "v":
        return metric
    start = clause_start(sentence, m.start)
    if start != m.start:
        return metric
    while start >= 2:
        before = sentence[clause_start(sentence, start - 1):start - 1]
        if before.endswith("中") and len(before) > 2:
            pool = noun_phrase_tail(before[:-1])
            pool = pool[pool.rfind("的") + 1:]          # "研的疫苗产品": the noun after its modifier
            return pool + metric if len(pool) >= 2 else metric
        if not _rule("count_clause").match(before):
            return metric
        start = clause_start(sentence, start - 1)
    return metric


def pool_in_clause(sentence: str, m: Mention, metric: str) -> str:
    """"从增长面看，38个大类行业中32个实现增长": a count right after "X中" in its own clause, a verb after its
    classifier and no noun, counts the X that do what the rest of the clause says (大类行业实现增长; was 大类行业中), as a run
    after "X中，" does (``counted_pool``). People are counted as such (人, 名, 位)."""
    if m.unit not in classifiers() or m.unit in _kind("person_classifier") or not metric.endswith("中"):
        return metric       # a noun after the classifier is what is counted ("行业中10家快递公司")
    before = sentence[clause_start(sentence, m.start):m.start]
    if not before.endswith("中"):
        return metric
    rest = sentence[m.end:clause_end(sentence, m.end)].split("、", 1)[0]
    if not 2 <= len(rest) <= 14 or any(ch.isdigit() for ch in rest) or cut_pos(rest)[0][1] != "v":
        return metric
    pool = noun_phrase_tail(before[:-1])
    pool = pool[pool.rfind("的") + 1:]
    return pool + rest if len(pool) >= 2 else metric


def ranked_rate(sentence: str, m: Mention, metric: str) -> str:
    """"毕业去向落实率较高的学院是音乐与演艺学院（86.44%）、建筑工程学院（85.86%）": a figure in brackets after a name
    that a clause ranks by a rate is that name's rate (音乐与演艺学院毕业去向落实率)."""
    before = sentence[:m.start]
    before = before[:-2] if before.endswith(("均为", "都为", "均是")) else before       # "（均为100.00%）"
    if not metric or not before.endswith(("（", "(")) or not before[:-1].rstrip("”").endswith(metric):
        return metric       # "院系为“机电工程系”（99.29%）": the name may be quoted
    end = len(before[:-1].rstrip("”")) - len(metric)
    ranked = _rule("ranked_by_rate").search(sentence, clause_start(sentence, m.start), end)
    return metric + field_rule("field.owner_connective").sub("", ranked.group("rate")) if ranked else metric


def survey_object(sentence: str, m: Mention, metric: str) -> str:
    """"毕业生对母校人才培养工作的综合满意度为98.49%": a survey rating keeps what was rated, from 对."""
    if not metric.endswith(_kind("rating")):
        return metric
    at = _at(sentence, m, metric)
    start = clause_start(sentence, m.start)
    opened = sentence.rfind("对", start, at) if at >= 0 else -1
    if opened < 0 or at - opened > 20:
        return metric
    owner = noun_phrase_tail(strip_time(sentence[start:opened])) if metric.endswith(tuple(claim_words("owned_rate"))) \
        else ""     # "工业对经济增长的贡献率为38.6%": a contribution is its owner's (was 对经济增长的贡献率)
    return (owner if len(owner) >= 2 else "") + sentence[opened:at + len(metric)]


def _target(sentence: str, at: int, m: Mention) -> str:
    """"占营业收入的比重达到" -> 占营业收入的比重: from 占 to the number, without copulas ("比重稳定在1/3左右") and bound
    words, nor the whole's own figure ("占年初预算6265万元的41.9%" -> 占年初预算)."""
    target = _strip_endings(without_copulas(sentence[at:m.start]), _kind("copula") + _kind("tail") + _kind("never_end"))
    figures = find_mentions(target) if any(ch.isdigit() for ch in target) else []
    if figures and figures[-1].start > 1 and target[figures[-1].end:] in ("", "的"):
        return target[:figures[-1].start]
    if figures and figures[-1].start > 1 and target.startswith("的", figures[-1].end):
        return _without_whole_amount(target, figures)       # "占拟购买资产交易价格4,330,000万元的比例"
    if figures and figures[-1].start > 1 and target[figures[-1].end:] in ("至", "到"):
        # "占渠道新单保费比重同比提升11.6个百分点至38.7%": the share reached after its change, of the whole named
        return _strip_endings(field_rule("field.trailing_change").sub("", target[:figures[-1].start]),
                              claim_words("plain_baseline"))
    return target


def _is_self(text: str) -> bool:
    return text.startswith(self_references()) or text in anaphors()


def _part(sentence: str, start: int, at: int, m: Mention) -> str:
    """What a share is a part of: the clause before 占 when it is a short phrase ("非化石能源发电量"), else
    the noun phrase before 占."""
    clause = _drop_author(strip_time(sentence[start:at]))
    if 2 <= len(clause) <= 14 and not any(ch.isdigit() for ch in clause):
        return trim_ends(clause)        # (not the target verb opening it: "力争民间投资占全部投资比重40%以上")
    return metric_before(sentence, replace(m, start=at, end=at, num_start=at, num_end=at), [])


_MAIN_ITEMS = re.compile(r"[和、及与]")
_SHARE_FIGURE = re.compile(r"[0-9][0-9.]*\s*%")


def share_of(sentence: str, m: Mention, kind: str, metric: str, previous: str | None) -> str:
    """The share's part and whole: "X占Y…" (X in the clause, else the figure before the clause); and a share's change
    in points ("货币资金减少38.52%，占总资产比重下降18.21个百分点")."""
    if kind != "share" and not (kind == "delta" and m.unit == "百分点"):
        return metric
    if len(metric) > 2 and metric.endswith("占") and not metric.endswith("所占"):
        words = list(cut_pos(metric[:-1]))
        while len(words) > 1 and words[-1][1] == "d":
            words.pop()             # "易腐食品消费已占51%": 已 says when, not what
        return "".join(w for w, _f in words) + "占比"     # "博士学位占 5 %": the golds write 博士学位占比
    start = clause_start(sentence, m.start)
    mainly = search_end(_rule("mainly"), sentence[:start])
    if mainly and sentence.startswith(("占", "比例为", "比重为"), start):   # "生源以高中起点为主，占比达62.52%": the
        # share of 高中起点 (also "博士毕业生就业以教育单位为主，比例为48.8%")
        return mainly.group("part")
    if mainly and sentence.startswith("分别占", start):     # "以管理学和工学为主，分别占比39.77%和28.31%": each share is
        items = _MAIN_ITEMS.split(mainly.group("part"))    # of the item in its place (were named 分别占比)
        at = len(_SHARE_FIGURE.findall(sentence, start, m.start))
        if len(items) >= 2 and at < len(items) and all(len(item) >= 2 for item in items):
            return items[at] + "占比"
    plan = _rule("share_of_plan").fullmatch(_without_whole_amount(sentence[start:m.start])) \
        if previous and kind == "share" else None
    if plan:            # "中央一般公共预算收入100462.06亿元，为预算的98.1%": of the figure before, in the whole named
        whole = plan.group("whole")
        whole = _after_last_verb(whole) if len(whole) > MAX_PLAN_WHOLE_CHARS else whole
        return previous + ("完成" if plan.group("verb") == "完成" else "占") + whole
    at = sentence.rfind("占", start, m.start)
    if at == start and sentence.startswith("占比", at) and previous and metric == "占比" and \
            _ends_with_figure(sentence[:max(0, start - 1)]):
        return previous + "占比"     # "手续费及佣金净收入20.42亿元，同比下降9.97%，占比同比下降0.92个百分点至7.67%"
    whole = _WHOLE_AFTER_SHARE_WORD.fullmatch(sentence, at, m.start) if at >= 0 else None
    if at < 0 or (sentence[at:at + 2] == "占比" and sentence[at + 2:at + 3] not in ("例", "重") and not whole) \
            or sentence[at:at + 2] in ("占有", "占率"):
        return metric       # "占比16%" names no whole; "所占比例" does; 市占率 is a rate's name
    # "民企就业人数6826人，占比为直接就业学生的55.6%": the whole named after 占比为
    target = "占" + whole.group("whole") if whole else _target(sentence, at, m)
    if len(target) < 3:
        return metric
    part = _part(sentence, start, at, m) if at > start else _named_before_parts(sentence, start)
    part = strip_author(part) if part else part       # "公司主营业务生物制药收入占营业收入" names the revenue
    anaphoric = part in _kind("figure_anaphor")     # "…民营经济增加值1553.73亿元，…，总量占地区生产总值的61.4%"
    if part and not _is_self(part) and not anaphoric:
        return part + target
    if previous and (anaphoric or at == start or (at - start) in _figure_ends(sentence[start:at]) or
                     sentence[at - 1] in "、（(" and _ends_with_figure(sentence[start:at - 1])):
        if previous.endswith(target):
            return previous         # the change in points before it named the share already ("…比重同比+11.6pp至38.7%")
        return previous + target    # "中标8.5亿元占发行规模的28%": the figure right before 占 is the part
        # (and "无人机产量同比增长39%、占全国九成": the growth's figure; "…毕业生有 1290 人（占国内升学总人数的71.39%）")
    return metric


MAX_PLAN_WHOLE_CHARS = 10      # a longer whole a share is of says who set it (县人民代表大会批准全县全年预算)


def _after_last_verb(text: str) -> str:
    """What follows the last verb of ``text`` that two characters or more follow ("县人民代表大会批准全县全年预算" ->
    全县全年预算), else ``text``."""
    words = cut_pos(text)
    rests = ["".join(w for w, _f in words[k + 1:]) for k, (_w, flag) in enumerate(words) if flag == "v"]
    return next((rest for rest in reversed(rests) if len(rest) >= 2), text)     # (预算 itself is tagged a verb)


def _without_whole_amount(text: str, figures=None) -> str:
    """A share's words without the amount of the whole they name, written right before its 的 ("为县人民代表大会批准全县
    全年预算46,908万元的" -> …全年预算的, "占拟购买资产交易价格4,330,000万元的比例" -> …交易价格的比例): the whole's amount
    is a figure of its own. ``figures``: the text's mentions, when found already."""
    if figures is None:
        figures = find_mentions(text) if any(ch.isdigit() for ch in text) else []
    if figures and figures[-1].start > 1 and text.startswith("的", figures[-1].end):
        return text[:figures[-1].start] + text[figures[-1].end:]
    return text


_DEFINED_NAME = re.compile(r"[（(](?:(?:以下)?(?:简称|称)[：:]?[“\"]?(?P<short>[^”\"（）()]{2,12})[”\"]?"
                           r"|[“\"](?P<quoted>[^”\"（）()]{2,12})[”\"])[）)]$")     # (or quoted alone: "平均售价（“平均售价”）")
_WHOLE_AFTER_SHARE_WORD = re.compile(r"占比为(?P<whole>[\u4e00-\u9fff]{2,12})的")


def _named_before_parts(sentence: str, start: int) -> str:
    """What the figure right before a bracket of parts closing the clause before measures: "毕业研究生309人（其中硕士研究生
    284人、博士研究生25人），占毕业生总人数的16.03%" is the share of 毕业研究生, not of the last part; "" otherwise."""
    if start < 2 or sentence[start - 1] not in "，," or sentence[start - 2] not in "）)":
        return ""
    opened = max(sentence.rfind("（", 0, start - 2), sentence.rfind("(", 0, start - 2))
    figures = find_mentions(sentence[:opened]) if opened > 0 else []
    if not figures or figures[-1].end != opened or not find_mentions(sentence[opened:start]):
        return ""
    return metric_before(sentence, figures[-1], [])


def _ends_with_figure(text: str) -> bool:
    """Whether a figure, of any unit, ends ``text`` ("…无人机产量同比增长39%")."""
    figures = find_mentions(text) if text else []
    return bool(figures) and figures[-1].end == len(text)


# a comparison after a figure's name ("的净息差低于股份制银行平均水平"): what it is compared with is no part of the name
COMPARED_AFTER = ("低于", "高于", "优于", "好于", "快于", "慢于", "落后于")


def share_of_following(sentence: str, m: Mention, kind: str, metric: str) -> str:
    """"海尔智家有74%左右的产品采购来自本地供应商", "据统计，60%—70%的网络购物需要依靠快递…": a percentage that
    no metric precedes in its clause measures what follows its 的, to the clause end."""
    if kind != "share" or m.unit != "%":
        return metric
    lead = _rule("point_opener").sub("", strip_time(sentence[clause_start(sentence, m.start):m.start]))
    if lead and not lead.endswith("有") and lead not in _kind("part_opener") and not _rule("paired_share").search(lead):
        return metric
    pair = _rule("paired_share_after").match(sentence, m.end, clause_end(sentence, m.end))
    if pair:            # "44.64%的本科毕业生和46.24%的毕业研究生流向制造业": each its group, the doing shared
        first, second = pair.group("first"), _BRACKETED.sub("", pair.group("second"))
        ends = second.find(first[-1])       # the second group ends as the first does (本科毕业生, 毕业研究生)
        return first + second[ends + 1:] if 0 < ends < len(second) - 2 else first
    following = _rule("share_of_following").match(sentence, m.end)
    if following:
        what = following.group("what")
        compared = min((at for w in COMPARED_AFTER if (at := what.find(w)) >= 2), default=-1)
        what = what[:compared] if compared > 0 else what    # "1.39%的净息差低于股份制银行平均水平(1.61%)": 净息差
        words = cut_pos(what)
        # "有78.8%的人毕业半年后受雇全职或半职工作": the people are those the share counts; what they do names it
        return what[1:] if words[0] == ("人", "n") and len(words) > 1 else what
    rest = sentence[m.end:clause_end(sentence, m.end)]
    if not 2 <= len(rest) <= 16 or any(ch.isdigit() for ch in rest) or rest.startswith(tuple(change_verbs())):
        return metric
    first = cut_pos(rest)[0]    # "其中6.7%正在国内读研，1.1%正在港澳台及国外读研": no 的, the doing named after it
    doing = (first[1] == "v" and first[0] not in _kind("naming_copula") + _kind("copula")) \
        or first[0] in _kind("doing_adverb")
    return rest if doing else metric


def stake(sentence: str, m: Mention, metric: str) -> str:
    """"将所持有的顺丰集团99%的股权转让给王卫", "持有标的公司5%以上股份": a percentage followed by 股权/股份 is an
    equity stake; it measures the stake (股权), whatever verb or name the clause opens with: the company whose
    equity it is, or its holder, is who the figure is about (its subject), not part of what it measures. An amount
    followed by a holding of capital ("将其500万元出资额转让给") measures that holding the same way."""
    if m.unit != "%" and m.unit_kind != "money":
        return metric
    noun = _rule("stake").match(sentence, m.end)
    if not noun or (m.unit != "%" and noun.group("what") not in _HOLDINGS):
        return metric
    return noun.group("what")


def consideration(sentence: str, m: Mention, kind: str, metric: str) -> str:
    """"明德控股以7.6元受让76%的股权", "顺信丰合以2,745.40万元认购140万股": an amount paid 以 a price measures the
    transaction named right after it (受让, 认购), not the buyer before it."""
    if kind != "money" or not sentence[:m.start].removesuffix("人民币").endswith("以"):
        return metric
    verb = _rule("consideration").match(sentence, m.end)
    return verb.group("verb") if verb else metric


def bracket_comparative(sentence: str, m: Mention, metric: str, previous: str | None) -> str:
    """"22.79%（2019年：13.33%）": the bracketed figure repeats the one before it, so it measures the same; not when
    its label names a part of what it measures ("平均月收入较高（计算机科学与技术：5452元": 计算机科学与技术平均月收入)."""
    found = search_end(_rule("bracket_comparative"), sentence[:m.start]) if previous else None
    if found and not (metric.startswith(found.group()[1:-1]) and len(metric) > len(found.group()) - 2):
        return previous
    scope = search_end(_rule("bracket_scope"), sentence[:m.start]) if previous else None
    if scope:       # "全县规模以上工业增加值同比增长7.5%(全市11.1%)": the wider area's figure of the same measure
        own = next((w for w in _SCOPES if previous.startswith(w)), "")
        return scope.group("scope") + previous[len(own):]
    return metric


_SCOPES = ("全国", "全省", "全市", "全区", "全县", "全州")


_BASELINE_PAIR_AT_END = re.compile(f"(?:{BASELINE_PAIR.pattern})$")


def trim_ends(metric: str) -> str:
    """A metric neither ends with an adverb or modal (…直径已, …速度需) nor opens with how the figure is used
    (对应PE, 若扣除…) or a population its own name repeats (毕业生毕业去向落实率), wherever the span stands.
    Spaces are no part of it."""
    out = _strip_endings(metric.strip(), _kind("never_end"))
    pair = _BASELINE_PAIR_AT_END.search(out)
    out = out[:pair.start()] if pair and pair.start() >= 2 else out    # "营收同比、环比": the figures' comparisons
    half = len(out) // 2
    if len(out) >= 4 and not len(out) % 2 and out[:half] == out[half:]:
        out = out[:half]    # "净息差比上年净息差增加0.09个百分点": the name on both sides of its baseline, once
    head = next((w for w in _kind("population") if out.startswith(w) and out.startswith(w[:2], len(w))), "")
    out = out[len(head):]
    for word in _kind("lead"):
        if out.startswith(word) and len(out) - len(word) >= 2 and out not in statement_items() \
                and not out[len(word)].isdigit() and not starts_inside_word(out, word) \
                and (len(word) > 1 or cut_pos(out)[0][0] == word):      # (就 of 就业率 is no lead); 预计负债; "超过5000人的
            # 学校": a threshold group keeps its bound; 扣除非经常性损益的归母净利润: a line item opening with 扣除
            out = out[len(word):]
            break
    return out.strip() if len(out.strip()) >= 2 else metric


def after_source(sentence: str, m: Mention, metric: str) -> str:
    """"据统计，60%—70%的网络购物需要…": a metric that is only a source or use word gives way to what follows
    the figure."""
    if metric not in _kind("lead"):
        return metric
    after = noun_phrase_head(clause_after(sentence, m.end).lstrip("%％的")[:24])
    return after if len(after) >= 2 else metric


def whole_words(sentence: str, m: Mention, metric: str) -> str:
    """A span cut inside a word before the number ("本公司监事会由3名…" -> not 监事 of 监事会; "增长率预计分别为…" -> not
    增长率预) ends at the word's end when the word is a noun before the number, else before the word. A span written
    right after the number is the noun it counts ("监事会由3名监事组成" -> 监事)."""
    at = _at(sentence, m, metric) if len(metric) >= 2 else -1
    if at < 0 or sentence.startswith(metric, m.end):
        return metric        # "董事会实际由7名董事组成": the noun after the count is whole, whatever stands before it
    start = clause_start(sentence, at)
    end, pos = at + len(metric), start
    for word, flag in cut_pos(sentence[start:m.start]):
        pos += len(word)
        if pos - len(word) < at < pos and not flag.startswith("n") and end - pos >= 2:
            metric, at = sentence[pos:end], pos     # "目前36线…" -> not 前36线…: a span opening inside a word
        if pos - len(word) < end < pos:
            if sentence[end:pos] in _kind("naming_copula") or field_rule("field.baseline").match(sentence, end):
                return metric       # "满意度得分为94.1分": 分为 is jieba's word, 为 the copula after the name; and
                # "…产量比上年增长58.2%": 产量比 is jieba's word, 比上年 the baseline after the name
            if flag.startswith("n") and pos <= m.start:
                return sentence[at:pos]
            cut = sentence[at:pos - len(word)]      # only a word's first character ("持" of 持有, "预" of 预计)
            return cut if len(cut) >= 2 and end - (pos - len(word)) == 1 and flag.startswith("v") else metric
        if pos >= end:
            return metric
    return metric


def bound_opening(sentence: str, m: Mention, metric: str) -> str:
    """A span opening with a bound character the segmenter cut from the verb before it: a time clause ends in it
    (成立|时注册资本为1.1亿元: 注册资本), or it is the end of a two-character word jieba does not know (驻|校总时长,
    新入|职消防员培训经费: 驻校总时长, 入职消防员培训经费)."""
    at = _at(sentence, m, metric) if len(metric) >= 3 else -1
    if at <= 0:
        return metric
    pos, before = clause_start(sentence, at), ("", "")
    for word, flag in cut_pos(sentence[pos:at + len(metric)]):
        if pos >= at:
            if pos > at or len(word) != 1:
                return metric
            if not before[1].startswith("v") or sentence[at - 2:at - 1].isdigit():
                return metric       # "提升3分泊寓…": 分 after a figure is its unit, whatever jieba tags it
            if word in _kind("verb_time_end"):
                return metric[1:]
            return sentence[at - 1] + metric if flag == "ng" and len(before[0]) == 1 else metric
        pos, before = pos + len(word), (word, flag)
    return metric


def _figure_ends(text: str) -> list[int]:
    """Where the figures written in ``text`` end: amounts, counts and measures in digits ("物品1211.7万元"), not a year
    (2022年) nor a name whose unit would be one Latin letter (5G)."""
    return [f.end for f in find_mentions(text) if f.unit and f.unit_kind in ("money", "count", "measure")
            and text[f.num_start:f.num_end][:1].isdigit() and not (f.unit in ("年", "届") and f.value >= 1900)
            and not (len(f.unit_written) == 1 and f.unit_written.isascii())]


def drop_number_tail(sentence: str, m: Mention, metric: str) -> str:
    """A span that opened inside the figure before it ("13个首批建设项目和9个试点班": not 个首批建设项目和) loses
    that figure's counter, and a span that ran into the next item loses the joiner."""
    at = _at(sentence, m, metric)
    if at < 0 or field_rule("field.threshold_group").fullmatch(metric):     # "超过5000人的学校": the group's threshold
        return metric
    if opens_with_band(metric) and not (at > 0 and (sentence[at - 1].isdigit() or sentence[at - 1] in ",，.．" and
                                                    at > 1 and sentence[at - 2].isdigit())):
        return metric       # "30岁以下职工", "500万元以上固定资产投资": the band names what is counted
    out = metric
    ends = [end for end in _figure_ends(out) if end < len(out)]
    if ends and len(out) - ends[-1] >= 2:        # "…物品1211.7万元创造税收" -> 创造税收, "金牌26枚、银牌" -> 银牌
        cut = ends[-1]
        while (joiner := next((w for w in joiners() + ("，", ",") if out.startswith(w, cut)), "")):
            cut += len(joiner)      # the joiner after that figure ("、银牌")
        out, at = out[cut:], at + cut
    if at > 0 and sentence[at - 1].isdigit():
        unit = _rule("number_tail").match(out)
        if unit and m.unit in classifiers():     # "…和9个试点班": the counted thing follows this figure's classifier
            after = metric_after(sentence, m)
            if after and not _runs_into_number(sentence, m, after):
                return after
        out = out[unit.end():] if unit else out
    out = _strip_endings(out, joiners() + _kind("alternative"))
    return out if len(out) >= 2 else metric


def widen_attributable(sentence: str, m: Mention, metric: str) -> str:
    """"…扣除非经常性损益后归属于母公司所有者的净利润分别为18.90亿元": the attribution and deduction words
    before a profit are part of what is measured (the span stopped at 的 or at 归属于)."""
    at = _at(sentence, m, metric)
    if at < 0:
        return metric
    end = at + len(metric)
    found = search_end(_rule("attributable"), sentence[clause_start(sentence, at):end])
    return found.group() if found and len(found.group()) > len(metric) else metric


def widen_basis(sentence: str, m: Mention, metric: str) -> str:
    """"向全体股东每10股派送现金红利1.20元", "本期按欠款方归集的期末余额前五名应收账款汇总金额…": a figure keeps the basis
    it is per or selected by, written right before it (每10股派送现金红利, 按欠款方归集的期末余额前五名…)."""
    at = _at(sentence, m, metric)
    if at <= 0:
        return metric
    start = clause_start(sentence, at)
    basis = search_end(_rule("per_share_basis"), sentence, start, at) \
        or search_end(_rule("selection_basis"), sentence, start, at)
    return sentence[basis.start():at] + metric if basis else metric


# A year that opens a phrase ("2024年度末期普通股现金股利": the year, not 年度末, a period that would eat 末期).
_YEAR_OPENING = re.compile(r"^(?:19|20)\d\d年度?")


def per_share_dividend(sentence: str, m: Mention, metric: str) -> str:
    """"拟按照每10股1.216元（税前）分派2024年度末期普通股现金股利", "2024年全年现金股利为每10股2.424元": an amount right
    after its basis (每10股) is the dividend named after it (what the verb after its note pays) or, else, before the
    basis in its clause: 每10股末期普通股现金股利, 每10股全年现金股利 (the subject, 中国银行拟, named nothing)."""
    head = max(0, m.start - 12)
    if "股" not in sentence[head:m.start]:
        return metric           # most figures: no basis before them
    basis = search_end(_rule("per_share_basis"), sentence, head,
                       head + len(without_currency(sentence[head:m.start])))     # 每10股人民币1.208元
    if not basis or not basis.group().endswith("股"):
        return metric           # 每10股派发现金红利0.60元: the dividend is named between (widen_basis)
    paid = _rule("dividend_after").match(sentence, m.end)
    named = _YEAR_OPENING.sub("", clause_after(sentence, paid.end()))[:16] if paid else \
        noun_phrase_tail(without_copulas(strip_time(sentence[clause_start(sentence, m.start):basis.start()])))
    return basis.group() + named if named.endswith(claim_words("dividend_word")) else metric


def growth_of_subject(sentence: str, m: Mention, metric: str) -> str:
    """"经济增长4.5%-5%": where the growth of a subject is the indicator (经济增长), the verb stays in the metric."""
    at = _at(sentence, m, metric) if metric in claim_words("growth_subject") else -1
    if at < 0:
        return metric
    at += len(metric)
    verb = next((v for v in ("增长", "增速") if sentence.startswith(v, at)), "")
    return metric + verb if verb and at + len(verb) >= clause_start(sentence, m.start) else metric


def whole_industry_name(sentence: str, m: Mention, metric: str) -> str:
    """"交通运输、仓储和邮政业增加值": a metric that opens after a joiner inside an industry name (仓储和邮政业…) opens
    where the name does, or its stem ("交通运输、仓储和邮政企业"); the name is one item, not a list."""
    at = _at(sentence, m, metric)
    if at < 1 or (sentence[at - 1] not in "、和及" and not sentence.endswith("及其", 0, at)):
        return metric           # most metrics open after no joiner ("农林牧渔及其服务业增加值": after 及其 too)
    end = at + len(metric)
    for name in industry_names():
        stem = name.removesuffix("业")     # "交通运输、仓储和邮政企业营业收入": the section's enterprises
        start = sentence.find(stem, max(0, at - len(stem) + 1), end)
        if 0 <= start < at:
            return sentence[start:end]
    return metric


def continues_run(sentence: str, m: Mention) -> re.Match | None:
    """The joiner match when the number continues a run of figures ("不低于21.8亿元、28亿元和34.8亿元": 28亿元 and
    34.8亿元 follow the one before them), else None."""
    return search_end(_rule("run_member"), sentence[:m.start])


def run_member(sentence: str, m: Mention, metric: str, previous: str | None) -> str:
    """A number that continues the figure before it ("分别不低于21.8亿元、28亿元和34.8亿元", "从…的5,000万人增加到
    2015年的3.13亿人") measures what that figure does, unless it names its own metric between them."""
    if not previous:
        return metric
    before = sentence[:m.start]
    gap = continues_run(sentence, m) or search_end(_rule("from_to"), before)
    if gap is None:
        return metric
    if not metric or metric in before[gap.start():] or any(ch.isdigit() for ch in metric) \
            or metric.endswith(joiners()):
        return previous
    return metric


# The order the span's own corrections run in (each takes and returns the metric): which figure the span belongs
# to, then its boundaries, then what the sentence around it names, then what widens it.
_SPAN_STEPS = (
    not_next_label, not_across_figure, among_figure_before, after_date, after_period_word, whole_words, bound_opening,
    trim_tail, without_cut_adverb,
    main_named, lambda _s, _m, metric: trim_ends(metric),
    drop_number_tail, after_source, noun_after_verb, own_object, telling_verb, lasting, counted_doing,
    those_who, excepted, numbered_group, counted_pool, pool_in_clause, survey_object, person_acting,
    widen_bracket, widen_alternative, widen_glossed_modifier, widen_total, rate_after, tax_rate, appropriation_rate,
    widen_attributable,
    spent_on,
    lambda _s, _m, metric: strip_author(metric), taking_part, drop_counter, widen_level, widen_batch, widen_use,
    widen_basis, part_of_whole, whole_industry_name, growth_of_subject, per_share_dividend, ranked_rate,
)


def compose(sentence: str, m: Mention, kind: str, metric: str, part_of: str | None, last: str | None,
            group: str) -> tuple[str, str]:
    """(metric, group carried to the next clause): the chosen metric with what its sentence composes around it.
    ``part_of`` is the metric of the last figure before it that is no share, ``last`` that of the figure
    right before it, ``group`` the group the sentence's figures belong to so far. Idempotent."""
    for step in _SPAN_STEPS:
        metric = step(sentence, m, metric)
    metric, group = group_of(sentence, m, trim_for_kind(kind, metric), group)
    metric = run_member(sentence, m, share_of(sentence, m, kind, metric, part_of), last)
    metric = share_of_following(sentence, m, kind, metric)
    metric = consideration(sentence, m, kind, stake(sentence, m, metric))
    metric = carry_level(sentence, m, counted_facility(sentence, m, metric), last)
    metric = without_from_point(bracket_comparative(sentence, m, converted(sentence, m, metric, last), last))
    if found := pulled(sentence, m):      # "拉动规上工业增长2.2个百分点": the pull, with the 增长 it added to
        return found.group(), group
    return per_share_dividend(sentence, m, disclosure_act(attendance(defined_short_name(metric)))), group


def per_share_dividend(sentence: str, m: Mention, metric: str) -> str:
    """"按每10股派发1.1元人民币(含税)的现金红利计算": an amount after a per-share basis whose dividend is named after it, past
    its currency and tax note, is that dividend per those shares (每10股派发现金红利; it had no metric)."""
    basis = search_end(_rule("per_share_basis"), sentence[:m.start])
    noun = _rule("dividend_named_after").match(sentence, m.end) if basis else None
    return basis.group() + noun.group("noun") if noun else metric


def disclosure_act(metric: str) -> str:
    """"区政府办公室主动公开政府信息", "通过兴庆区政府网站主动公开信息": the act of making information public opens what
    is counted; who did it, and the channel, stand before it (主动公开政府信息)."""
    at = next((metric.find(w) for w in _kind("disclosure_act") if metric.find(w) > 0), -1)
    before = metric[:at] if at > 0 else ""
    who = before and (before.endswith(_kind("disclosure_channel") + _kind("disclosure_body"))
                      or cut_pos(before)[-1][1] == "ns"
                      or any(o.end == len(before) for o in find_org_spans(before)))
    return metric[at:] if who else metric       # (not what qualifies the act: 新增主动公开…, 法定主动公开内容)


def attendance(metric: str) -> str:
    """"会议应出席董事14名" -> 应出席董事: a board's members counted by how they attend are that count, wherever they met."""
    return next((w for w in _kind("attendance") if metric.endswith(w)), metric)


def defined_short_name(metric: str) -> str:
    """"归属本行权益持有人的本年利润（以下简称“归母净利润”）" -> 归母净利润: the name the report defines for itself and
    uses from there on."""
    found = _DEFINED_NAME.search(metric)
    return (found.group("short") or found.group("quoted")) if found else metric


def is_from_point(text: str) -> bool:
    """Whether ``text`` is only the point a change starts from ("从2020年", "由上年末的")."""
    found = field_rule("field.from_point").search(text)
    return found is not None and found.start() == 0


def without_from_point(metric: str) -> str:
    """"经济总量占全国比重由2020年的7.2%提升至7.4%": the point a change starts from (由2020年的) is when, not what."""
    out = field_rule("field.from_point").sub("", metric)
    return out if len(out) >= 2 else metric


def top_list(sentence: str, m: Mention, kind: str, metric: str) -> str:
    """"入选中国最具价值品牌500强", "是中国半导体材料十强企业": a top-N list's name holds its N强 and the 企业/榜单 after
    it, where the name stands right before the number. Applied to the chosen metric only (not a candidate the metric
    model weighs: its spans never hold the number)."""
    if kind != "rank" or m.unit != "强" or len(metric) < 2 or not sentence.endswith(metric, 0, m.start) \
            or cut_pos(metric)[-1][1].startswith("v"):
        return metric       # "职工羽毛球赛成功晋级8强": a stage reached, no list
    tail = next((w for w in _kind("list_noun") if sentence.startswith(w, m.end)), "")
    return metric + sentence[m.start:m.end] + tail


def counted_facility(sentence: str, m: Mention, metric: str) -> str:
    """"主要新建分拣车间一座，建筑面积67,559㎡": a bare area opening its clause is that of the building the clause
    before it counts (分拣车间建筑面积)."""
    if metric not in _kind("facility_measure"):
        return metric
    at = _at(sentence, m, metric)
    start = clause_start(sentence, m.start)
    if at != start or start < 2:
        return metric
    counted = search_end(_rule("counted_facility"), sentence, clause_start(sentence, start - 1), start - 1)
    item = counted.group("item") if counted else ""
    return item + metric if len(item) >= 2 else metric


def converted(sentence: str, m: Mention, metric: str, last: str | None) -> str:
    """"…26858元，…，按1月3日汇率折算约合3868美元": a figure that restates the one before it in another unit
    measures what that one does."""
    before = sentence[clause_start(sentence, m.start):m.start] if last else ""
    if not before.endswith(_kind("converted")) and not without_copulas(before).endswith(_kind("converted")):
        return metric           # (按2024年平均汇率计算为10283美元: the copula after it aside)
    return last


def trim_for_kind(kind: str, metric: str) -> str:
    """A rank's metric ends before the words that place it ("在7项指标排名中全部位列第一": 指标排名); a difference
    measures what it compares ("两次评估值的差异为80.31亿元": a change of 评估值), and so does a growth named
    after 的 ("茶叶产量的增长速度为27.4%": 茶叶产量)."""
    if kind == "rank":
        metric = _strip_endings(metric, _kind("rank_filler") + _kind("never_end"))
        words = cut_pos(metric)
        at = max((k for k, w in enumerate(words) if w == ("中", "f")), default=-1)
        rest = "".join(w for w, _f in words[at + 1:])
        # "在全国205所参赛院校中获奖总数": the pool ranked in is no part of what is ranked, unless only the word for a
        # rank follows it ("在国内第三方快递服务企业中排名第一")
        return rest if at >= 0 and len(rest) >= 2 and rest not in claim_words("rank_context") else metric
    if kind == "delta":
        return _strip_endings(_strip_endings(metric, claim_words("delta_metric_end")), ("的",))
    if kind == "growth":        # "茶叶产量的增长速度为27.4%": a growth of 茶叶产量
        return _strip_endings(metric, _kind("growth_of"))
    return metric


def carry_level(sentence: str, m: Mention, metric: str, last: str | None) -> str:
    """"获得国家一等奖1项、三等奖5项，省级特等奖1项、一等奖5项": a bare award grade right after the figure of
    another grade takes that one's level (国家三等奖, 省级一等奖)."""
    grades = _kind("grade")
    if metric not in grades or not last or not last.endswith(grades):
        return metric
    level = last[:-len(next(g for g in grades if last.endswith(g)))]
    at = sentence.rfind(metric, 0, m.start)
    if not level or at < 1 or sentence[at - 1] not in "、，,及和" or level.endswith(grades):
        return metric
    return level + metric


def group_before(sentence: str, start: int, verb_at: int) -> str:
    """The group a clause opens with, before its achieving verb ("生物制药产业" of "其中，生物制药产业实现…")."""
    text = strip_time(sentence[start:verb_at])      # "2022年公司所属企业完成…": not a group "年公司所属企业"
    for word in _kind("opener"):
        if text.startswith(word):
            text = text[len(word):].lstrip("，,")
    counts = find_mentions(text) if any(ch.isdigit() for ch in text) else []
    cut = max([text.rfind(c) for c in "）)0123456789家个"] + [counts[-1].end - 1 if counts else -1])
    text = text[cut + 1:]           # past a count and its unit ("园区10户规上企业实现…": 规上企业, not 户规上企业)
    if len(text) < 3 or _is_self(text) or not text.endswith(_kind("group")):
        return ""
    return text


MAX_TOPIC_CLAUSE = 14       # "装备制造业发展向好": a short clause of no figure, a group and what is said of it
MAX_SAID = 6                # what is said of the group: 增势明显, 快速增长, 稳健发展


def _topic_clause_before(sentence: str, start: int) -> str:
    """The group a short clause before says something of, with no figure ("重工业稳健发展，实现营业收入8773.3亿元",
    "装备制造业增势明显，实现增加值增长12.7%": 重工业, 装备制造业), for a clause that opens with its achieving verb; "" else."""
    if start < 2 or sentence[start - 1] not in "，,":
        return ""
    before = sentence[clause_start(sentence, start - 1):start - 1]
    if not 3 <= len(before) <= MAX_TOPIC_CLAUSE or any(ch.isdigit() for ch in before):
        return ""
    words = cut_pos(before)
    ends = list(itertools.accumulate(len(w) for w, _f in words))
    k = next((k for k in range(len(words) - 1, 0, -1) if words[k - 1][1].startswith("n") and words[k - 1][1] != "vn"
              and before[:ends[k - 1]].endswith(_kind("group"))), 0)
    head, said = before[:ends[k - 1]] if k else "", before[ends[k - 1]:] if k else ""
    if len(head) < 2 or not 2 <= len(said) <= MAX_SAID or any(ch in said for ch in "的和与及、"):
        return ""
    return head


def _after_count(sentence: str, start: int) -> bool:
    """Whether the clause before ``start`` ends with a count ("国家示范性高职院校4所，省示范骨干院校7所，全日制在校生
    总数228528人": the second count is a sibling of the first, and the total after it belongs to neither)."""
    before = sentence[clause_start(sentence, max(start - 1, 0)):max(start - 1, 0)][-12:]
    last = next(reversed(find_mentions(before)), None) if before else None
    return last is not None and last.end == len(before) and last.unit in classifiers()


def _figure_of_group_follows(sentence: str, end: int) -> bool:
    """Whether the next clause opens with a bare name and a figure that is no count of its own ("，招生3186人"), not a
    sibling count ("，省级备案科技型企业457家") nor an action ("，完成技术合同登记73份")."""
    after = clause_after(sentence, end + 1)[:16]
    first = next(iter(find_mentions(after)), None)
    return first is not None and 2 <= first.start <= 8 and first.unit not in classifiers() \
        and not after.startswith(_kind("achieve"))


def group_of(sentence: str, m: Mention, metric: str, carried: str) -> tuple[str, str]:
    """(metric, group carried to the next clause): a group's achieving verb before the metric prefixes it."""
    if not metric or len(metric) < 2:
        return metric, carried
    start = clause_start(sentence, m.start)
    at = sentence.rfind(metric, start, m.start)
    if at < 0:
        return metric, carried
    lead = sentence[start:at]
    if not lead and at + len(metric) == m.start and m.unit in classifiers() and metric.endswith(_kind("group")) \
            and clause_end(sentence, m.end) == m.end and not _after_count(sentence, start) \
            and _figure_of_group_follows(sentence, m.end):
        return metric, metric   # "本科院校1所，招生3186人，在校学生10210人": the group a count opens enrols them
    for verb in _kind("achieve"):
        if lead.endswith(verb):
            opens = at - len(verb) == start
            group = group_before(sentence, start, at - len(verb)) or \
                ((_topic_clause_before(sentence, start) or carried) if opens else "")
            if group and not metric.startswith(group) and not metric.startswith(industry_names()):
                return group + metric, group
            return metric, carried      # (an industry named whole needs no group: "二、农业 全年实现农林牧渔及其服务业…")
    if lead == "" and carried and not metric.startswith(carried):
        return carried + metric, carried
    return metric, "" if lead else carried
