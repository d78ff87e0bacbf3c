"""Which numerals of prose are NOT claims: years, dates, labels, enumerators, names, slogans.

Each test returns the id of the rule that rejects the mention, so a reviewer can see why a
number was left out; ``reject_reason`` returns the first that applies, or None for a claim.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..numbers.mentions import Mention
from ..resources import load_jsonl, load_words

NOT_CLAIMS_FILE = "lexicons/not_claims.v1.tsv"
# Regex rules stated as data: "keep" rules make a mention a claim whatever the code rules below say
# (全省第一, 连续37年), "reject" rules name why a mention is not a claim; group ``n`` (or ``n2``, ``n3``) marks the numeral.
FILTER_RULES_FILE = "patterns/claim_filters.v1.jsonl"
LABEL_BEFORE = ("附表", "表", "图", "案例", "附件", "专栏", "图表", "编号", "序号", "代码", "版")
DATE_AFTER = ("月", "日", "时", "号", "点", "时许", "号文")
ORDINAL_RANK_BEFORE = ("并列", "位列", "位居", "排名", "排在", "名列", "居", "排行", "列")
COUNT_CONTEXT_BEFORE = ("仅", "只", "共", "获", "获得", "荣获", "有", "达", "计", "累计", "新增", "增加")
PAIRS = {"“": "”", "《": "》", "〔": "〕", "【": "】", "「": "」", "[": "]", "（": "）", "(": ")"}
# Quoted stretches up to this length are names or slogans ("833"资助育人机制, "百企千村").
MAX_NAME_QUOTE = 16
# A scale word standing alone ("（万册）" is a unit note); 十 alone is a number ("共十个部分").
BARE_SCALE_WORDS = frozenset({"百", "千", "万", "亿", "百万", "千万", "万亿", "百亿", "千亿"})
_YEAR = re.compile(r"^(19[4-9]\d|20\d\d|2100)$")


@lru_cache(maxsize=1)
def not_claim_phrases() -> tuple[str, ...]:
    return load_words(NOT_CLAIMS_FILE)


def enclosing_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, opener) of bracketed / quoted stretches in ``text`` (not nested across lines)."""
    spans, stack = [], []
    for i, ch in enumerate(text):
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
    return tuple((r["id"], r["label"] + ("_bare" if r.get("unit_empty") else ""), re.compile(r["regex"]))
                 for r in load_jsonl(FILTER_RULES_FILE))


@lru_cache(maxsize=256)
def data_rule_hits(text: str) -> dict[int, tuple[tuple[str, str], ...]]:
    """Numeral start offset -> the (label, rule id) of the data rules whose group n/n2 starts there."""
    hits: dict[int, tuple[tuple[str, str], ...]] = {}
    for rule_id, label, rx in filter_rules():
        for hit in rx.finditer(text):
            for group in ("n", "n2", "n3"):
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
    return not m.chinese and bool(_YEAR.match(m.numeral)) and m.unit in ("", "年", "届") and not m.prefix


def reject_reason(m: Mention, text: str, spans: list[tuple[int, int, str]]) -> str | None:
    """Id of the rule that makes ``m`` (in ``text``) not a claim, or None."""
    label, rule_id = _data_rule(m, text)
    if label == "keep":
        return None
    if label == "reject":
        return rule_id
    for rule in (_year_or_period, _date, _threshold, _label, _ordinal, _enumerator, _dotted, _name_part,
                 _bracketed, _idiom, _chinese_needs_unit, _long_digits, _session):
        reason = rule(m, text, spans)
        if reason:
            return reason
    return None


def _year_or_period(m: Mention, text: str, _spans) -> str | None:
    after = text[m.end:m.end + 2]
    if is_year(m) or (m.high is not None and _YEAR.match(m.numeral) and m.unit in ("", "年", "届")):
        return "not_claim.year.v1"
    if _YEAR.match(m.numeral) and not m.unit and after[:1] in ("-", "—", "至", "~", "、", "级"):
        return "not_claim.year.v1"
    if m.unit == "年" and m.high is None:
        return "not_claim.duration_as_period.v1"
    if m.unit == "" and after[:1] in ("年",) and m.chinese:
        return "not_claim.duration_as_period.v1"
    return None


def _date(m: Mention, text: str, _spans) -> str | None:
    after = text[m.end:m.end + 2]
    if not m.unit and any(after.startswith(w) for w in DATE_AFTER):
        return "not_claim.date.v1"
    if not m.unit and after[:1] in (":", "："):
        return "not_claim.time.v1"
    return None


# After "N的" a number in the same clause is the count the threshold qualifies ("…的学校达到22所").
_LATER_NUMBER = re.compile(r"[^，。；;,！？]*?(?:[0-9０-９]|[一二两三四五六七八九十百千万]+[个所家项人名])")


def _threshold(m: Mention, text: str, _spans) -> str | None:
    """"在校生超过5000人的学校达到22所": a number that qualifies a counted noun is part of a metric;
    "总额3100万元的股权投资", "不超过8亿元的公司债券" state an amount and are claims."""
    if text[m.end:m.end + 1] == "的" and m.unit not in ("%", "百分点") and _LATER_NUMBER.match(text, m.end + 1):
        return "not_claim.threshold.v1"
    return None


def _label(m: Mention, text: str, _spans) -> str | None:
    before = text[max(0, m.start - 3):m.start]
    counted = m.unit_kind == "count" and m.high is None and text[m.end:m.end + 1] != "示"
    if any(before.endswith(w) for w in LABEL_BEFORE) and not counted:
        return "not_claim.label.v1"     # "案例2-1" is a label, "典型案例2项" a count
    return None


def _ordinal(m: Mention, text: str, _spans) -> str | None:
    if text[m.start - 1:m.start] != "第" or m.prefix:
        return None
    if m.unit in ("名", "位"):
        return None
    before = text[max(0, m.start - 4):m.start - 1]
    if not m.unit and any(before.endswith(w) for w in ORDINAL_RANK_BEFORE):
        return None
    return "not_claim.ordinal.v1"


def _enumerator(m: Mention, text: str, _spans) -> str | None:
    after = text[m.end:m.end + 1]
    before = text[max(0, m.start - 1):m.start]
    at_start = m.start == 0 or before in ("：", ":", "；", ";", "。", "，", "\n", " ")
    if not m.unit and at_start and after in (".", "．", "、", ")", "）") and text[m.end + 1:m.end + 2] not in "0123456789":
        return "not_claim.enumerator.v1"
    if not m.unit and before in ("（", "(") and after in ("）", ")"):
        return "not_claim.enumerator.v1"
    return None


def _dotted(m: Mention, text: str, _spans) -> str | None:
    if not m.unit and re.match(r"[.．]\d", text[m.end:m.end + 2]):
        return "not_claim.section_number.v1"
    return None


def _name_part(m: Mention, text: str, _spans) -> str | None:
    before, after = text[max(0, m.start - 1):m.start], text[m.end:m.end + 1]
    if before in ("+", "＋") or after in ("+", "＋"):
        return "not_claim.name.v1"
    ascii_unit = bool(m.unit_written) and m.unit_written.isascii() and m.unit_written.isalnum()
    if re.match(r"[A-Za-z]", before) or (re.match(r"[A-Za-z]", after) and not ascii_unit):
        return "not_claim.name.v1"
    if not m.unit and after in ("号",):
        return "not_claim.document_number.v1"
    return None


def _bracketed(m: Mention, _text: str, spans) -> str | None:
    for start, end, opener in spans:
        if start < m.num_start < end:
            if opener in ("《", "〔", "【"):
                return "not_claim.title.v1"
            if opener in ("“", "「") and end - start <= MAX_NAME_QUOTE:
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
    if m.numeral in BARE_SCALE_WORDS and m.bound == "=":
        return "not_claim.bare_scale_word.v1"     # "（万册）" is a unit note; "近万人次", "百余名" are claims
    after = text[m.end:m.end + 1]
    if not m.unit and after != "大":
        return "not_claim.chinese_without_unit.v1"
    if m.numeral == "一" and m.unit:
        before = text[max(0, m.start - 2):m.start]
        if after in "，。；、）)" or any(before.endswith(w) for w in COUNT_CONTEXT_BEFORE):
            return None
        return "not_claim.article_yi.v1"
    return None


IDENTIFIER_LABELS = ("邮编", "邮政编码", "电话", "传真", "热线", "手机", "号码", "编号", "代码", "QQ", "邮箱", "地址")
_CONTACT = re.compile(r"[@.．][A-Za-z]|[-－]\d{5,}")


def _long_digits(m: Mention, text: str, _spans) -> str | None:
    """Postcodes, phone numbers, e-mail and web addresses, long identifiers."""
    digits = re.sub(r"\D", "", m.numeral)
    if len(digits) > 11 and "." not in m.numeral:
        return "not_claim.identifier.v1"
    before = text[max(0, m.start - 6):m.start]
    if not m.unit and any(label in before for label in IDENTIFIER_LABELS):
        return "not_claim.identifier.v1"
    if _CONTACT.match(text[m.num_end:m.num_end + 7]) or text[m.start - 1:m.start] in ("@", "-", "－"):
        return "not_claim.identifier.v1"
    return None


def _session(m: Mention, _text: str, _spans) -> str | None:
    """"二十届二中全会": a numbered session is a name."""
    if m.chinese and m.unit == "届":
        return "not_claim.session.v1"
    return None
