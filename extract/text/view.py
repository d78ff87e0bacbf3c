"""A whitespace-free view of a stretch of source text that keeps the way back to source offsets.

PDF dumps put spaces between digits and Chinese ("2023 年") and break lines mid-sentence; the
view drops that whitespace (keeping one space between two ASCII letters/digits, so "12 461" stays two
numbers and "PE 30" a name and a number, unless it parts thousands in prose, "达1 076万人"; but not between
a digit and a letter: "1000 m³" is a number and its unit; and one after a letter enumerator's dot, "A. 21处";
none in a letter-spaced line: "7 4 . 0 5 %" is 74.05%), the
``**`` bold markers of Word dumps and the footnote references glued to a word ("第三产业[3]增加值"), and reads a
year written in Chinese digits as digits (二零二三年 -> 2023年). Every view character maps to its source index.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..resources import load_tsv
from . import HAN_CHAR

# a ``**`` marker, a whitespace run (``\s`` is ``str.isspace``), a footnote's reference glued to a word
# ("地区生产总值（GDP）[2]2313亿元", "第三产业[3]增加值": statistical bulletins; a run of them, after a space too, "…项目建设
# [4][12]": a digest's, which end a sentence when a space and a heading follow them, "…1.44% [10] 业务发展分析 - …";
# "核心一级资本充足率3为11.00%", a digit between a name and 为 and its figure) or a list bullet ("●粮食总产达到557亿斤",
# and a hyphen and space opening a line or alone on one, "- 利息净收入4489.34亿元", "- 211个涉海重点项目",
# "-\n单季度主营收入…": no part of a metric or a value; check boxes, □ and √, stay, and so does a minus before a figure
# that no Chinese follows, a table's cell), in text order; a spaced hyphen after references or words, before words or a
# year ("…同比增长8.0%[12] - 2022年EBITDA为…", "整体财务数据关键指标变化 - 2022年全年…": a digest's items run together
# on one line) ends a sentence, as a full stop would (8.0% and 2022 made a range; a heading named the figures after it;
# or a quarter or half as brokers write it, "业绩趋势 - 1H25上市银行营业收入…": the heading is no part of the metric), a
# space before the references too ("…北方第一个过10万亿元省份 [4] - 规上工业增加值…": ]- opened the metric); a syllable's
# pinyin in brackets after its character ("毕业（yè）生就业（yè）率", a page's reading aid) is no part of the text; nor
# is a page's number a PDF dump leaves inside a sentence ("比上年增 - 3 - 长 2.3%", "对全区经 - 2 - 济的贡献率") or a note's
# asterisk after a figure ("城镇新增就业人员4.53*万人，比上年增长7.7%*": 4.53 lost its unit), a product of two (2*660MW) aside
_DROPPED = re.compile(r"\*\*"
                      r"|(?<=[\u4e00-\u9fff])[ \t]*-[ \t]*[1-9][0-9]{0,2}[ \t]*-[ \t]*(?=[\u4e00-\u9fff])"
                      r"|(?P<item>(?<=[\u4e00-\u9fff）)%」”])[ \t]?\[[1-9][0-9]?\](?:\[[1-9][0-9]?\])*[ \t]+"
                      r"(?:[-－][ \t]+|(?=[\u4e00-\u9fff]))"
                      r"|[ \t](?<=[\u4e00-\u9fff）」”][ \t])[ \t]*[-－][ \t]+"
                      r"(?=[\u4e00-\u9fff]|(?:19|20)[0-9]{2}年|(?:[1-4]Q|[12]H|(?:20)?[0-9]{2}[QH])[0-9]))"
                      r"|\s+"
                      r"|[（(](?<=[\u4e00-\u9fff][（(])[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*[）)]"
                      r"|(?:(?<=[\u4e00-\u9fff）)%\]])|(?<=[\u4e00-\u9fff）)%] ))\[[1-9][0-9]?\]"
                      r"|(?<=[\u4e00-\u9fff])(?<!范围)(?<!范畴)[1-9](?=为[0-9])|[•●■◆▪◇➢▶►]"
                      r"|(?m:^)[-－](?:[ \t]+|\n)(?=[^\d\s.]|[\d,.]+\s*[\u4e00-\u9fff])"
                      r"|(?<=[0-9%])\*(?![0-9*])")
# the three digits after a space between thousands in prose ("2022年预计达1 076万人", "从2003 年的25 639 万人增长到…":
# a typeset paper's thin space), Chinese or % after them
_THOUSANDS_GROUP = re.compile(r"[0-9]{3}(?= ?[\u4e00-\u9fff%])")
_ASCII_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
# a letter-spaced stretch, as PDF dumps print justified lines: twelve characters or more each followed by one space
# ("省 内 生 源 中 , 7 4 . 0 5 % 选 择"); mostly Chinese, so a row of one-digit table cells is none
_SPACED = re.compile(r"(?:[^\s] ){11,}[^\s]")
# a paragraph's run-in title, two to four Chinese characters and one space before its first sentence, as county
# statistical bulletins print them ("人口 年末全县常住人口94.5万人", "粮食 全年农作物播种面积327.8万亩")
_RUN_IN_TITLE = re.compile(r"[\u4e00-\u9fff]{2,4}")
MIN_SPACED_HAN = 0.5
# a year written in Chinese digits, as Hong Kong issuers and formal dates write it ("二零二三年", "二〇二五年三月"):
# read as the year it is
_CN_YEAR = re.compile(r"[一二][〇零○一二三四五六七八九]{3}(?=年)")
_CN_DIGITS = str.maketrans("〇零○一二三四五六七八九", "000123456789")
# ASCII punctuation in Chinese prose, as web pages saved as text print it ("…研究生学位(硕士和博士)的专任教师1105人,"):
# read as the full-width marks the rules know, one character for one
_ASCII_PUNCT = re.compile(r"[,;:](?:(?<=[\u4e00-\u9fff].)|(?=[\u4e00-\u9fff]))")
_FULL_WIDTH = str.maketrans(",;:", "，；：")
# a bracket pair holding Chinese, or opened right after it (each pattern opens on its mark: most places fail at once)
_ASCII_PAIR = re.compile(r"\((?:([^()\n]{0,40}?[\u4e00-\u9fff][^()\n]{0,40}?)|(?<=[\u4e00-\u9fff]\()([^()\n]{1,40}?))\)")
# and a pair of ASCII double quotes around Chinese ("新增"四上"企业225家": the quoted name is part of what is counted)
_ASCII_QUOTES = re.compile(r'"([^"\n]{0,20}?[\u4e00-\u9fff][^"\n]{0,20}?)"')
# 之 between a time and its figure, as Hong Kong issuers write 的 ("成本对收入比率由上年同期之36.8%降至36.1%", "由去年底之
# 6.12%升至6.69%": the names held 由之), read as 的
_TIME_ZHI = re.compile(r"(?<=[年底末期])之(?=[0-9])")
# a middle dot between the digits of a rate, as some pages print its decimal point ("医疗保健类价格上涨1·8%": 渑池县's
# 2022 bulletin as its page gives it): 1 and 8% were two claims; not a date's (3·15晚会)
_DOT_DECIMAL = re.compile(r"(?<=[0-9])[·・](?=[0-9]{1,3}(?:%|％|个百分点|個百分點))")


T2S_FILE = "lexicons/t2s_chars.v1.tsv"
# a stretch is written in traditional characters when at least this many of its characters have one simplified form
# only (a simplified text holds none: those OpenCC also keeps as themselves are not in the table)
MIN_TRADITIONAL = 3


@lru_cache(maxsize=1)
def _traditional() -> tuple[re.Pattern, dict[int, str]]:
    """The traditional characters of ``T2S_FILE`` as one character class, and the table reading them as simplified."""
    rows = load_tsv(T2S_FILE)
    return re.compile("[" + "".join(re.escape(t) for t, _s in rows) + "]"), {ord(t): s for t, s in rows}


def as_simplified(text: str, whole: str = "") -> str:
    """``text`` in simplified characters, one for one, when it, or the ``whole`` text it is part of, is written in
    traditional ones ("全年地區生產總值2313億元" -> "全年地区生产总值2313亿元": 蚌埠市's 2024 bulletin as a page prints it,
    whose figures had no unit; a line with fewer, "完成地方一般公共預算收入33.2億元" in 宜都市's traditional page, is read
    as its text is); else as it is."""
    traditional = (whole and _written_traditional(whole)) or _holds_traditional(text)
    return text.translate(_traditional()[1]) if traditional else text


def simplified_chars(text: str) -> str:
    """``text`` with every character that has one simplified form only read as that form (a short label: "行政許可" ->
    "行政许可"; a simplified text is left as it is)."""
    return text.translate(_traditional()[1])


def _holds_traditional(text: str) -> bool:
    """Whether ``text`` holds MIN_TRADITIONAL traditional characters (the search stops at the last one needed)."""
    pattern, _table = _traditional()
    return any(found >= MIN_TRADITIONAL for found, _m in enumerate(pattern.finditer(text), 1))


# one check per document: a view asks for each of its blocks
_written_traditional = lru_cache(maxsize=4)(_holds_traditional)


# Small form variants of punctuation (Unicode's FE50–FE6B) as some pages print them, and their full forms; and the
# corner quotes of traditional-script texts (「10+1」重点产业集群) as the curly quotes the rules read
_SMALL_FORMS, _FULL = "﹐﹑﹒﹔﹕﹖﹗﹙﹚﹝﹞「」", "，、．；：？！（）〔〕“”"
_SMALL_FORM = re.compile(f"[{_SMALL_FORMS}]")
_FULL_FORMS = str.maketrans(_SMALL_FORMS, _FULL)


def latin_years(text: str) -> str:
    """Years written in Chinese digits read as digits, one character for one ("子洲县二〇二三年…统计公报" -> 2023年)."""
    return _CN_YEAR.sub(lambda y: y.group().translate(_CN_DIGITS), text) if "年" in text else text


def _spaced_runs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The letter-spaced stretches of ``text[start:end]``: their spaces join what they split, digits too."""
    return [m.span() for m in _SPACED.finditer(text, start, end)
            if len(HAN_CHAR.findall(m.group())) >= MIN_SPACED_HAN * (len(m.group()) + 1) // 2]


@dataclass(frozen=True, slots=True)
class TextView:
    text: str
    offsets: tuple[int, ...]      # source index of each view character
    end: int                      # source index just past the viewed stretch

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Source [start, end) of the view slice [start, end)."""
        if start >= len(self.offsets):
            return self.end, self.end
        src_start = self.offsets[start]
        src_end = self.offsets[end - 1] + 1 if end > start else src_start
        return src_start, src_end


def _enumerated(text: str, at: int, j: int, end: int) -> bool:
    """"A. 21处…": a letter enumerator's dot and the number after it stay apart (joined they read as a code, A.21)."""
    return (j < end and text[j].isdigit() and at >= 2 and text[at - 1] in ".．" and text[at - 2].isascii()
            and text[at - 2].isalpha() and (at == 2 or not text[at - 3].isalnum()))


def _thousands_space(text: str, at: int, j: int, end: int) -> bool:
    """Whether the one space ``text[at:j]`` parts thousands: one to three digits right after a Chinese character before
    it, three digits and then Chinese or % after it (not table cells, which whitespace opens: "12 461 359.695")."""
    k = at
    while k > 0 and "0" <= text[k - 1] <= "9":
        k -= 1
    return (j == at + 1 and 1 <= at - k <= 3 and k > 0 and HAN_CHAR.match(text[k - 1]) is not None
            and _THOUSANDS_GROUP.match(text, j, end) is not None)


def make_view(text: str, start: int = 0, end: int | None = None) -> TextView:
    """View of ``text[start:end]`` without whitespace runs and ``**`` markers."""
    end = len(text) if end is None else end
    parts: list[str] = []
    offsets: list[int] = []
    last = ""                    # the view's last character so far
    i = start
    spaced, k = _spaced_runs(text, start, end), 0
    for m in _DROPPED.finditer(text, start, end):
        at, j = m.span()
        if at > i:
            parts.append(text[i:at])
            offsets.extend(range(i, at))
            last = text[at - 1]
        while k < len(spaced) and spaced[k][1] <= at:
            k += 1
        if k < len(spaced) and spaced[k][0] <= at:      # "7 4 . 0 5 %" in a letter-spaced line is 74.05%
            i = j
            continue
        if m.group("item"):
            parts.append("。")
            dash = max(text.rfind("-", at, j), text.rfind("－", at, j))
            offsets.append(dash if dash >= 0 else j - 1)        # the bullet's hyphen, or the space before a heading
            last = "。"
            i = j
            continue
        if (i == start or text[i - 1] == "\n") and _RUN_IN_TITLE.fullmatch(text, i, at) and \
                text[at:j] in (" ", "\u3000") and j < end and HAN_CHAR.match(text[j]):
            parts.append("：")         # "人口 年末全县常住人口94.5万人": a run-in title, as a colon would end it
            offsets.append(at)
            last = "："
            i = j
            continue
        if (last in _ASCII_WORD and text[at] != "*" and j < end and text[j] in _ASCII_WORD
                and not (last.isdigit() and not text[j].isdigit()) and not _thousands_space(text, at, j, end)) \
                or _enumerated(text, at, j, end):
            parts.append(" ")
            offsets.append(at)
            last = " "
        i = j
    if i < end:
        parts.append(text[i:end])
        offsets.extend(range(i, end))
    viewed = as_simplified("".join(parts), text)      # one character for one: the offsets stay
    viewed = latin_years(viewed)
    if "·" in viewed or "・" in viewed:
        viewed = _DOT_DECIMAL.sub(".", viewed)
    if _SMALL_FORM.search(viewed):       # "有所增加﹔毕业去向落实率为98%": a small form stops a clause as its full form does
        viewed = viewed.translate(_FULL_FORMS)
    if "," in viewed or ";" in viewed or ":" in viewed:
        viewed = _ASCII_PUNCT.sub(lambda p: p.group().translate(_FULL_WIDTH), viewed)
    if "(" in viewed:
        viewed = _ASCII_PAIR.sub(lambda p: "（" + (p.group(1) if p.group(1) is not None else p.group(2)) + "）", viewed)
    if '"' in viewed:
        viewed = _ASCII_QUOTES.sub(lambda p: "“" + p.group(1) + "”", viewed)
    if "之" in viewed:
        viewed = _TIME_ZHI.sub("的", viewed)
    return TextView(viewed, tuple(offsets), end)
