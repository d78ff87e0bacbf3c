"""Which numerals of prose are NOT claims: years, dates, labels, enumerators, names, slogans.

Each test returns the id of the rule that rejects the mention, so a reviewer can see why a
number was left out; ``reject_reason`` returns the first that applies, or None for a claim.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..numbers.mentions import NUM_AR_STRICT, Mention, after_ratio_name, find_mentions
from ..resources import load_jsonl, load_patterns, load_word_kinds, load_words
from ..text import is_han
from ..text.literals import needs
from .context import CLAIM_WORDS

NOT_CLAIMS_FILE = "lexicons/not_claims.v1.tsv"
# Regex rules stated as data: "keep" rules make a mention a claim whatever the code rules below say
# (全省第一, 连续37年), "reject" rules name why a mention is not a claim; group ``n`` (or ``n2``, ``n3``, ``n4``)
# marks the numeral.
FILTER_RULES_FILE = "patterns/claim_filters.v1.jsonl"
# The regexes and word lists the code rules below use (filter.* ids; label_before, date_after, … kinds).
FIELD_PATTERNS = "patterns/claim_fields.v1.jsonl"
PAIRS = {"“": "”", "‘": "’", "《": "》", "〔": "〕", "【": "】", "「": "」", "[": "]", "（": "）", "(": ")"}
BOUNDS = ("<", "<=", ">", ">=")
# Quoted stretches up to this length are names or slogans ("833"资助育人机制, "百企千村"; single quotes inside double
# ones too: 省委“打造‘三大高地’、实施‘五大战略’”工作部署).
MAX_NAME_QUOTE = 16
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_DOT_DIGIT = re.compile(r"[.．]\d")
_NOT_DIGIT = re.compile(r"\D")
_GROUPED = re.compile(NUM_AR_STRICT)
_DATE_AFTER = frozenset("年月日号")


@lru_cache(maxsize=None)
def _rx(name: str) -> re.Pattern:
    return load_patterns(FIELD_PATTERNS)[f"{name}.v1"]


def _words(kind: str) -> tuple[str, ...]:
    return load_word_kinds(CLAIM_WORDS)[kind]


def _year_numeral(numeral: str) -> bool:
    return bool(_rx("filter.year_numeral").match(numeral))


@lru_cache(maxsize=1)
def not_claim_phrases() -> tuple[str, ...]:
    return load_words(NOT_CLAIMS_FILE)


# The characters enclosing_spans acts on (openers and closers); every other character leaves its stack as it is.
_PAIR_CHARS = re.compile("[" + re.escape("".join(dict.fromkeys([*PAIRS, *PAIRS.values()]))) + "]")


def enclosing_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, opener) of bracketed / quoted stretches in ``text`` (not nested across lines)."""
    spans, stack = [], []
    for found in _PAIR_CHARS.finditer(text):         # only brackets and quotes, found at C speed
        i, ch = found.start(), found.group()
        if stack and ch == PAIRS[stack[-1][1]]:
            start, opener = stack.pop()
            spans.append((start, i + 1, opener))
        elif ch in PAIRS:
            stack.append((i, ch))
    return spans


@lru_cache(maxsize=1)
def filter_rules() -> tuple[tuple[str, str, re.Pattern], ...]:
    """(rule id, label, compiled regex) of the data rules, in file order (the first that fits wins).
    A rule marked ``unit_empty`` has the label "reject_bare": it applies only to a number without a unit."""
    compiled = load_patterns(FILTER_RULES_FILE)
    return tuple((r["id"], r["label"] + ("_bare" if r.get("unit_empty") else ""), compiled[r["id"]])
                 for r in load_jsonl(FILTER_RULES_FILE))


@lru_cache(maxsize=1)
def _rule_needs() -> tuple[tuple[re.Pattern, ...], ...]:
    """For each data rule, the literal clauses a text must hold for it to match (text/literals.py)."""
    return tuple(needs(rx) for _rule_id, _label, rx in filter_rules())


NUMERAL_GROUPS = ("n", "n2", "n3", "n4")      # the named groups a filter rule's numerals stand in


@lru_cache(maxsize=4096)      # a report's blocks (the seeds have 312); refilled on every copy when smaller
def data_rule_hits(text: str) -> dict[int, tuple[tuple[str, str], ...]]:
    """Numeral start offset -> the (label, rule id) of the data rules whose group n/n2 starts there."""
    hits: dict[int, tuple[tuple[str, str], ...]] = {}
    for (rule_id, label, rx), clauses in zip(filter_rules(), _rule_needs()):
        for clause in clauses:
            if not clause.search(text):     # a word the rule needs is missing: no hit
                break
        else:
            for hit in rx.finditer(text):
                for group in NUMERAL_GROUPS:
                    if group in rx.groupindex and hit.start(group) >= 0:
                        hits[hit.start(group)] = hits.get(hit.start(group), ()) + ((label, rule_id),)
    return hits


def _data_rule(m: Mention, text: str) -> tuple[str, str]:
    for label, rule_id in data_rule_hits(text).get(m.num_start, ()):
        if label == "reject_bare":
            if not m.unit:
                return "reject", rule_id
            continue
        return label, rule_id
    return "", ""


def is_year(m: Mention) -> bool:
    """A year or a cohort; after a bound word too when a cohort ("略高于2015届（89.32%）": 届 counts no figure)."""
    return not m.chinese and _year_numeral(m.numeral) and m.unit in ("", "年", "届") and (not m.prefix or m.unit == "届")


def reject_reason(m: Mention, text: str, spans: list[tuple[int, int, str]]) -> str | None:
    """Id of the rule that makes ``m`` (in ``text``) not a claim, or None."""
    label, rule_id = _data_rule(m, text)
    if label == "keep":
        return None
    if label == "reject":
        return rule_id
    for rule in (_year_or_period, _date, _threshold, _definition, _condition, _index_line, _contents_page,
                 _label_number_run, _label, _ordinal, _enumerator, _dotted, _name_part, _bracketed, _idiom,
                 _chinese_needs_unit, _long_digits, _session):
        reason = rule(m, text, spans)
        if reason:
            return reason
    return None


def _year_or_period(m: Mention, text: str, _spans) -> str | None:
    after = text[m.end:m.end + 2]
    if is_year(m) or (m.high is not None and _year_numeral(m.numeral) and m.unit in ("", "年", "届")):
        return "not_claim.year.v1"
    if _year_numeral(m.numeral) and not m.unit and after[:1] in ("-", "—", "至", "~", "、", "级"):
        return "not_claim.year.v1"
    if not m.unit and len(m.numeral) == 2 and text[m.start - 1:m.start] == "/" and after[:1] in ("财", "年") \
            and _year_numeral(text[max(0, m.start - 5):m.start - 1]):
        return "not_claim.year.v1"      # "2024/25财年": the fiscal year's second half
    if m.unit == "年" and m.high is None:
        return "not_claim.duration_as_period.v1"
    if m.unit == "个月" and text[m.start - 1:m.start] == "止":
        return "not_claim.duration_as_period.v1"    # "截至2025年6月30日止六个月": the span the period ended on a day
    if m.unit == "年" and _rx("field.broker_years").fullmatch(text, m.start, m.end) and _opens_name(text, m.end):
        return "not_claim.year.v1"      # "预计24-26年营业收入分别为…": forecast years as brokers write them
    if m.unit == "" and after[:1] in ("年",) and m.chinese:
        return "not_claim.duration_as_period.v1"
    return None


def _opens_name(text: str, at: int) -> bool:
    """Whether a name opens at ``at`` (a Chinese character, not one that makes the years before it a span of time:
    "需要20-25年的时间", "20-25年内")."""
    return "\u4e00" <= text[at:at + 1] <= "\u9fff" and text[at] not in "的内后前间来左"


def _date(m: Mention, text: str, _spans) -> str | None:
    after = text[m.end:m.end + 2]
    if not m.unit and after.startswith(_words("date_after")):
        return "not_claim.date.v1"
    if not m.unit and after[:1] in (":", "："):
        return "not_claim.time.v1"
    if not m.unit and after[:1] in _DAY_BOUND and _MONTH_BEFORE.search(text, max(0, m.start - 3), m.start) and \
            m.value is not None and 1 <= m.value <= 31:
        return "not_claim.date.v1"      # "统计期限从2023年1月1日至12月31止": the day, its 日 left out
    return None


_MONTH_BEFORE = re.compile(r"(?:[0-9]|1[0-2])月$")
_DAY_BOUND = ("止", "起")


def _threshold(m: Mention, text: str, _spans) -> str | None:
    """"在校生超过5000人的学校达到22所": a number that qualifies a counted noun is part of a metric;
    "总额3100万元的股权投资", "不超过8亿元的公司债券" state an amount and are claims."""
    later = _rx("filter.later_number")
    stated = m.unit_kind == "money" and m.bound in (None, "=") and \
        text[max(0, m.start - 3):m.start].endswith(_words("total_word") + ("投资",))
    if m.unit not in ("%", "百分点") and not stated and later.match(text, m.end):
        return "not_claim.threshold.v1"     # (not "总投资86亿元的辽宁三木、渼瑞石油等12个重大产业项目": an amount stated)
    if text[m.end:m.end + 3] == "的部分" and m.bound in ("<", "<=", ">", ">="):
        return "not_claim.threshold.v1"     # "对本年应纳税所得额不超过100万元的部分，减按25%…": a tax bracket
    return None


def _definition(m: Mention, text: str, _spans) -> str | None:
    """"本项所称“重大资金支出”是指预计在未来一个会计年度…超过5000万元": a figure in a definition is a
    threshold that says what a word means, not a quantity the report states (its items after "：" too)."""
    if not _has_definition_word(text):      # none in the block: none before the number
        return None
    before = text[_sentence_span(text, m)[0]:m.start]
    return "not_claim.definition.v1" if any(w in before for w in _words("definition_word")) else None


@lru_cache(maxsize=4096)
def _has_definition_word(text: str) -> bool:
    """Whether a block holds a definition word (asked once per block, not once per number in it)."""
    return any(w in text for w in _words("definition_word"))


def _condition(m: Mention, text: str, _spans) -> str | None:
    """"当本公司…拥有被投资单位20%（含20%）以上但低于50%的表决权股份时", "中断时间连续超过3个月的，暂停…":
    a figure in the condition of a rule (an accounting policy, a tax bracket) is a threshold, not a quantity."""
    if m.bound not in BOUNDS and "时" not in text:      # neither test below can hold
        return None
    start = max(text.rfind(ch, 0, m.start) for ch in "，,；;：:。\n") + 1
    ends = [i for i in (text.find(ch, m.end) for ch in "，,；;。\n") if i >= 0]
    clause = text[start:min(ends, default=len(text))]
    if clause.endswith("时") and clause.startswith(_words("condition_open")):
        return "not_claim.condition.v1"
    if clause.endswith("的") and m.bound in BOUNDS and ends and text[min(ends)] in "，,":
        return "not_claim.condition.v1"
    return None


def _sentence_span(text: str, m: Mention) -> tuple[int, int]:
    """The stretch of ``text`` between the full stops or line breaks around the mention."""
    start = max(text.rfind(ch, 0, m.start) for ch in "。\n") + 1
    end = min((i for i in (text.find(ch, m.end) for ch in "。\n") if i >= 0), default=len(text))
    return start, end


def _contents_page(m: Mention, text: str, _spans) -> str | None:
    """"目录释义2重要提示5公司基本情况6…": a bare number in a table of contents run together on one line is a page."""
    if m.unit or not m.numeral.isdigit() or len(m.numeral) > 3 or not _may_match("filter.contents_run", text):
        return None
    start, _end = _sentence_span(text, m)
    return "not_claim.contents_page.v1" if _rx("filter.contents_run").search(text, start, m.start) else None


def _index_line(m: Mention, text: str, _spans) -> str | None:
    """"本报告实质性议题GRI205反腐败20162051已进行腐败风险评估的运营点…": a sentence that is a reporting-standard
    index (two GRI codes or page references, or two chapter numbers under 对应章节: "全球契约十项原则本报告对应章节
    人权1.企业界…1.1可持续发展管理4.1员工人权保障") lists codes and pages, not quantities."""
    codes = _may_match("filter.index_code", text)
    chapters = _may_match("filter.chapter_index", text)
    if not codes and not chapters:
        return None
    start, end = _sentence_span(text, m)
    if codes and len(_rx("filter.index_code").findall(text, start, end)) >= 2:
        return "not_claim.index_line.v1"
    if chapters and _rx("filter.chapter_index").search(text, start, end) and \
            len(_rx("filter.chapter_code").findall(text, start, end)) >= 2:
        return "not_claim.index_line.v1"
    return None


def _label_number_run(m: Mention, text: str, _spans) -> str | None:
    """"北京1399福建809云南339天津486江西219西藏0河北782": words each followed by a bare number, without punctuation, are a
    flattened table (or a table of contents with its page numbers), not prose."""
    if m.chinese:
        return None
    return "not_claim.label_number_run.v1" if any(a <= m.num_start < b for a, b in _bare_runs(text)) else None


@lru_cache(maxsize=1024)
def _bare_runs(text: str) -> tuple[tuple[int, int], ...]:
    """Stretches of ``text`` matching filter.label_number_run whose numbers, all but one, are bare whole numbers, one of
    them above 100 (counts in a table, pages in a contents list)."""
    out = []
    for run in _rx("filter.label_number_run").finditer(text):
        a, b = run.span()
        found = [f for f in find_mentions(text[a:b + 8]) if f.num_start < b - a]   # the last number's unit follows the run
        cells = [f.value for f in found if _bare_integer(f, text[a + f.num_end:a + f.num_end + 1])]
        if len(cells) >= 4 and len(found) - len(cells) <= 1 and max(cells) > 100:
            out.append(run.span())
    return tuple(out)


def _bare_integer(m: Mention, after: str) -> bool:
    """A whole number with no unit, scale or date after it: a cell or a page number. A chart's shares whose "%" the
    source lost ("全职员工100中国99.7经营管理人员29.06") have decimals or stay within 100 and are claims."""
    return not m.unit and m.scale == 1 and "." not in m.numeral and after not in _DATE_AFTER


@lru_cache(maxsize=None)
def _needs(name: str) -> tuple[re.Pattern, ...]:
    return needs(_rx(name))


@lru_cache(maxsize=8192)
def _may_match(name: str, text: str) -> bool:
    """Whether a block holds every literal clause the pattern ``name`` needs (asked once per block and pattern)."""
    return all(clause.search(text) for clause in _needs(name))


def _label(m: Mention, text: str, _spans) -> str | None:
    before = text[max(0, m.start - 3):m.start]
    counted = m.unit_kind == "count" and m.high is None and text[m.end:m.end + 1] != "示"
    if before.endswith(_words("label_before")) and not counted:
        return "not_claim.label.v1"     # "案例2-1" is a label, "典型案例2项" a count
    return None


def _ordinal(m: Mention, text: str, _spans) -> str | None:
    if text[m.start - 1:m.start] != "第" or m.prefix:
        return None
    if m.unit in _words("rank_unit"):
        return None
    if not m.unit and _ranked_before().search(text, max(0, m.start - 13), m.start - 1):
        return None             # "排名第3", "一般公共预算收入2693.2亿元、居副省级城市第2": a rank, its place between
    if not m.unit and _ranked_run().search(text, max(0, m.start - RANK_RUN_CHARS), m.start - 1):
        return None             # "位居全国百强县投资潜力第3、新型城镇化质量第4": each list's place after one rank verb
    return "not_claim.ordinal.v1"


@lru_cache(maxsize=1)
def _ranked_before() -> re.Pattern:
    """A rank verb right before 第, or with the place it ranks in between (副省级城市, 全国城市, 省会城市)."""
    verbs = "|".join(sorted(_words("ordinal_rank_before"), key=len, reverse=True))
    return re.compile(rf"(?:{verbs})(?:[\u4e00-\u9fff]{{2,8}})?$")


RANK_RUN_CHARS = 160        # how far back a run of places in lists is read


@lru_cache(maxsize=1)
def _ranked_run() -> re.Pattern:
    """A rank verb of two characters or more, the list it places in named before 第 in up to 12 characters (位居全国百强县
    投资潜力第3), and the places in lists joined by 、 after it, each list named before its 第."""
    verbs = "|".join(sorted((w for w in _words("ordinal_rank_before") if len(w) > 1), key=len, reverse=True))
    place = r"第[0-9一二三四五六七八九十]{1,3}[位名]?"
    return re.compile(rf"(?:{verbs})[\u4e00-\u9fff]{{0,12}}(?:{place}(?:、[\u4e00-\u9fff]{{2,12}}{place})*"
                      rf"、[\u4e00-\u9fff]{{2,12}})?$")


def _enumerator(m: Mention, text: str, _spans) -> str | None:
    after = text[m.end:m.end + 1]
    before = text[max(0, m.start - 1):m.start]
    at_start = m.start == 0 or before in ("：", ":", "；", ";", "。", "，", "\n", " ")
    short = len(m.numeral) <= 3 and m.numeral.isalnum()     # "1)", "二、"; not "（上期期末：31,874,132.63）"
    line_start = m.start == 0 or before == "\n"      # "1，废水排放执行…": a list number opening a line
    # a digit after the mark makes "：5、10和15人" a list of values, but "43、1年内到期的非流动负债" opening
    # a line is a note number before a heading that starts with a figure
    digit_after = text[m.end + 1:m.end + 2] in "0123456789" and not (line_start and after == "、")
    if not m.unit and at_start and short and after in (".", "．", "、", ")", "）") and not digit_after:
        return "not_claim.enumerator.v1"
    if not m.unit and line_start and short and after in ("，", ","):
        return "not_claim.enumerator.v1"
    if not m.unit and (line_start or before == "。") and len(m.numeral) <= 2 and m.numeral.isascii() \
            and m.numeral.isdigit() and "\u4e00" <= after <= "\u9fff":
        return "not_claim.enumerator.v1"    # "。3本公司第十届董事会…": a flattened summary's item number
    if not m.unit and before in ("（", "(") and after in ("）", ")"):
        return "not_claim.enumerator.v1"
    return None


def _dotted(m: Mention, text: str, _spans) -> str | None:
    if not m.unit and _DOT_DIGIT.match(text[m.end:m.end + 2]):
        return "not_claim.section_number.v1"
    if (m.start == 0 or text[m.start - 1] == "\n") and _NUMBERED_LINE.match(text, m.start) and m.unit in ("", "本"):
        return "not_claim.section_number.v1"    # "1.1 本半年度报告摘要来自…", "1.3 《…2024年半年度报告》已经…": a
        # summary's numbered item, then a space (1.1 本 was a count of books)
    return None


_NUMBERED_LINE = re.compile(r"\d{1,2}(?:[.．]\d{1,2}){1,3}[ \u3000]+(?=[本《\u4e00-\u9fff])")


# yoy and qoq, a broker's 同比 and 环比 ("营业收入600.7亿元/yoy-7.7%")
_YOY = ("YOY", "yoy", "YoY", "QOQ", "qoq", "QoQ")


def _signed_change(m: Mention, text: str) -> bool:
    """"1-5月光伏装机同比+24.4%": a plus sign after a comparison word signs a change ("1+X" names a certificate), and so
    it does opening a bracket after a rate ("房地产贷款不良率升至2.22%（+43bps）"), after the date compared with
    ("较上年末+1.7%"), after 分别 and after another signed rate ("同比分别+5.4%、+18.5%"); points signed are a change
    wherever they stand."""
    lead = text[max(0, m.start - 4):m.start - 1]
    if m.unit in ("百分点", "基点"):
        return True     # points are a change wherever the sign stands ("毛利率、净利率…同比+0.25pct、+1.54pct")
    return m.unit == "%" and (
        lead.endswith(("同比", "环比", "增长", "增速", "较上年", "年末", "年初", "分别", "（", "(", "%/", "％/", "%、")
                      + _YOY) or is_han(lead, len(lead) - 1))    # "国内增值税+2.8%": a digest's rate after
    # the item's name (not "1+X": a digit or a letter before the sign names a certificate)


def _name_part(m: Mention, text: str, _spans) -> str | None:
    before, after = text[max(0, m.start - 1):m.start], text[m.end:m.end + 1]
    if after in ("+", "＋") or (before in ("+", "＋") and not _signed_change(m, text)):
        return "not_claim.name.v1"
    # letters right after the number name a thing (5G, 3D); after a unit written out they open the next word
    # ("再造塑料粒子2万吨Candy到2025年"), and so after a share whose % the source lost ("…供应商占比68.8BBBB级…")
    glued = _LATIN_LETTER.match(before) and m.start == m.num_start     # not "人均GDP突破11万元": a bound word parts them
    glued = glued and not (m.numeral[:1] in "-−－" and text.endswith(_YOY, 0, m.start))   # "…/yoy-7.7%"
    glued = glued and not after_ratio_name(text, m.start)         # "加权平均ROE7.44%": a ratio and its figure
    if glued or (_LATIN_LETTER.match(after) and not m.unit_written and m.unit != "%"):
        return "not_claim.name.v1"
    if not m.unit and after in ("号",):
        return "not_claim.document_number.v1"
    if m.unit == "成" and m.value > 10:
        return "not_claim.name.v1"      # "茅台1935成为营收百亿级大单品": a name before 成为, no tenths
    return None


def _bracketed(m: Mention, _text: str, spans) -> str | None:
    for start, end, opener in spans:
        if start < m.num_start < end:
            if opener in ("《", "〔", "【"):
                return "not_claim.title.v1"
            if opener in ("“", "「", "‘") and end - start <= MAX_NAME_QUOTE:
                return "not_claim.quoted_name.v1"
    return None


def _idiom(m: Mention, text: str, _spans) -> str | None:
    if not m.chinese:
        return None
    window_start = max(0, m.num_start - 4)
    window = text[window_start:m.end + 4]
    for phrase in not_claim_phrases():
        i = window.find(phrase)
        while i >= 0:
            a, b = window_start + i, window_start + i + len(phrase)
            if a < m.end and b > m.num_start:
                return "not_claim.idiom.v1"
            i = window.find(phrase, i + 1)
    return None


def _chinese_needs_unit(m: Mention, text: str, _spans) -> str | None:
    if not m.chinese:
        return None
    if m.numeral in _words("bare_scale_word") and m.bound == "=":
        return "not_claim.bare_scale_word.v1"     # "（万册）" is a unit note; "近万人次", "百余名" are claims
    after = text[m.end:m.end + 1]
    if not m.unit and after != "大" and not (m.bound in (">", ">=") and m.numeral in _words("threshold_magnitude")):
        return "not_claim.chinese_without_unit.v1"    # "工业开票首破千亿": a magnitude crossed is a claim unit or not
    if m.numeral == "一" and m.unit:
        before = text[max(0, m.start - 2):m.start]
        if after in "，。；、）)" or before.endswith(_words("count_context_before")) or (
                m.unit in _words("event_unit") and before.endswith(_words("event_count_before"))):
            return None     # "仅有一次", "每年一次", "举办一次全国性学术会议": counts, not the article 'a'
        return "not_claim.article_yi.v1"
    return None


_ADDRESS = re.compile(r"地址[:：]")
MAX_ADDRESS_CHARS = 60
_LISTED_AFTER_LABEL = re.compile(r"[:：][0-9０-９\-－]+(?:[、及和][0-9０-９\-－]+)*[、及和]$")


def _long_digits(m: Mention, text: str, _spans) -> str | None:
    """Postcodes, phone numbers, e-mail and web addresses, long identifiers."""
    digits = _NOT_DIGIT.sub("", m.numeral)
    if len(digits) > 11 and "." not in m.numeral and not (m.unit and _GROUPED.fullmatch(m.numeral)):
        return "not_claim.identifier.v1"    # an amount grouped in thousands is none (人民币133,623,632,000元)
    before = text[max(0, m.start - 6):m.start]
    if not m.unit and any(label in before for label in _words("identifier_label")):
        return "not_claim.identifier.v1"
    window = text[max(0, m.start - MAX_ADDRESS_CHARS):m.start]
    part = window[max(map(window.rfind, "，,。；;（(")) + 1:] if "地址" in window or window.endswith(("、", "及", "和")) \
        else ""
    if part and (_ADDRESS.search(part) or (not m.unit and _LISTED_AFTER_LABEL.search(part)
                                           and any(label in part for label in _words("identifier_label")))):
        return "not_claim.identifier.v1"    # "地址：…商务中心7栋二层", "电话：0770-2883800、2883812": an address's or
        # a list of phone numbers' parts ("股份代号：3988及4619": of codes)
    tail = text[m.num_end:m.num_end + 7]
    after_dash = text[m.start - 1:m.start] in ("-", "－") and not (m.unit and text[m.start - 2:m.start - 1] in "元%％")
    if _rx("filter.contact_tail").match(tail) or text[m.start - 1:m.start] == "@" or after_dash:
        return "not_claim.identifier.v1"    # (not a range's second end after the first's unit: 21.00亿元-23.60亿元)
    return None


def _session(m: Mention, _text: str, _spans) -> str | None:
    """"二十届二中全会": a numbered session is a name."""
    if m.chinese and m.unit == "届":
        return "not_claim.session.v1"
    return None
