"""What text a regex needs before it can match: a cheap test that skips a regex over a text it cannot match.

``needs(rx)`` reads the pattern's parse tree and returns clauses, each a small regex of alternative literal
strings ("热线|服务电话|“"); every match of ``rx`` lies in a text where each clause finds one of its strings.
``may_match`` runs those clauses (C-speed literal scans), so a caller runs ``rx`` only where it may match:
the same matches, found faster when most texts lack a word the rule requires. Anything the reader does not
know (case-insensitive parts, classes by category such as \\d, negated classes, lookbehinds) needs nothing,
so the test can only let too many texts through, never too few.
"""
from __future__ import annotations

import re
from functools import lru_cache

try:                                     # the parser the re module compiles with (Python >= 3.11)
    from re import _constants as _K, _parser as _P
except ImportError:                      # pragma: no cover - older Pythons: no prefilter, every rule runs
    _K = _P = None

# A clause with more alternatives than this (a wide character range) costs more than it saves: dropped.
MAX_ALTERNATIVES = 64

Clause = frozenset  # of the literal strings one of which a match needs


def _sequence(items) -> list[Clause]:
    out: list[Clause] = []
    run = ""
    for op, av in items:
        if op is _K.LITERAL:
            run += chr(av)
            continue
        if run:
            out.append(frozenset([run]))
            run = ""
        out += _node(op, av)
    if run:
        out.append(frozenset([run]))
    return out


def _branch(alternatives) -> list[Clause]:
    """Any alternative may match: one clause, the union of each alternative's narrowest clause."""
    chosen = []
    for alternative in alternatives:
        clauses = _sequence(alternative)
        if not clauses:
            return []
        chosen.append(min(clauses, key=len))
    union = frozenset().union(*chosen)
    return [union] if len(union) <= MAX_ALTERNATIVES else []


def _node(op, av) -> list[Clause]:
    if op is _K.IN:
        chars: set[str] = set()
        for item_op, item in av:
            if item_op is _K.LITERAL:
                chars.add(chr(item))
            elif item_op is _K.RANGE and item[1] - item[0] < MAX_ALTERNATIVES:
                chars.update(map(chr, range(item[0], item[1] + 1)))
            else:                        # NEGATE, CATEGORY (\d, \s), a wide range
                return []
        return [frozenset(chars)] if len(chars) <= MAX_ALTERNATIVES else []
    if op is _K.SUBPATTERN:              # (group, flags added, flags removed, items)
        return [] if av[1] & re.IGNORECASE else _sequence(av[-1])
    if op in (_K.MAX_REPEAT, _K.MIN_REPEAT, getattr(_K, "POSSESSIVE_REPEAT", None)):
        return _sequence(av[2]) if av[0] >= 1 else []
    if op is _K.BRANCH:
        return _branch(av[1])
    if op is _K.ASSERT and av[0] == 1:   # a lookahead's text follows in the same text
        return _sequence(av[1])
    if op is getattr(_K, "ATOMIC_GROUP", None):
        return _sequence(av)
    return []                            # ANY, NOT_LITERAL, AT, lookbehinds, negative lookarounds, group refs


@lru_cache(maxsize=None)
def needs(rx: re.Pattern) -> tuple[re.Pattern, ...]:
    """The clauses (compiled literal alternations, the longest literals first) a text must all satisfy for
    ``rx`` to match in it; () when nothing is known."""
    if _P is None or rx.flags & re.IGNORECASE or not isinstance(rx.pattern, str):
        return ()
    try:
        parsed = _P.parse(rx.pattern, rx.flags)
    except Exception:                    # pragma: no cover - a pattern re compiled always parses
        return ()
    if parsed.state.flags & re.IGNORECASE:
        return ()
    clauses = sorted(set(_sequence(parsed)), key=lambda c: (-min(map(len, c)), len(c), sorted(c)))
    return tuple(re.compile("|".join(re.escape(s) for s in sorted(c, key=lambda s: (-len(s), s))))
                 for c in clauses)


def may_match(rx: re.Pattern, text: str) -> bool:
    """False only when ``rx`` cannot match anywhere in ``text``."""
    return all(clause.search(text) for clause in needs(rx))


# Ops that look only at the characters a match consumes (or before it): a search bounded a match's greatest
# width past its last possible start finds what an unbounded one finds there. Anything that looks ahead
# ($, \b, lookaheads) or back-references a group is left to the plain finditer.
_BACKWARD_AT = ("AT_BEGINNING", "AT_BEGINNING_LINE", "AT_BEGINNING_STRING")


def _local(items) -> bool:
    for op, av in items:
        if op in (_K.LITERAL, _K.NOT_LITERAL, _K.ANY, _K.IN):
            continue
        if op is _K.AT:
            if str(av) not in _BACKWARD_AT:
                return False
        elif op is _K.SUBPATTERN:
            if av[1] & re.IGNORECASE or not _local(av[-1]):
                return False
        elif op in (_K.MAX_REPEAT, _K.MIN_REPEAT):
            if not _local(av[2]):
                return False
        elif op is _K.BRANCH:
            if not all(_local(a) for a in av[1]):
                return False
        elif op in (_K.ASSERT, _K.ASSERT_NOT):
            if av[0] != -1:                  # lookbehinds only
                return False
        else:
            return False
    return True


@lru_cache(maxsize=None)
def anchor(rx: re.Pattern) -> tuple[str, int, int, int] | None:
    """(literal, least and greatest offset of it from a match's start, greatest match width) for a regex
    whose top level has a literal after a part of bounded width ("[^，。]{4,40}?[（(]简称…": 简称 at 5–41), or
    None when the regex does not allow the anchored search."""
    if _P is None or rx.flags & re.IGNORECASE or not isinstance(rx.pattern, str):
        return None
    try:
        parsed = _P.parse(rx.pattern, rx.flags)
    except Exception:                    # pragma: no cover
        return None
    width = parsed.getwidth()[1]
    if parsed.state.flags & re.IGNORECASE or width >= _K.MAXREPEAT or not _local(parsed):
        return None
    lo = hi = 0
    items = list(parsed)
    for i, (op, av) in enumerate(items):
        if op is _K.LITERAL:
            literal = ""
            for op2, av2 in items[i:]:
                if op2 is not _K.LITERAL:
                    break
                literal += chr(av2)
            return literal, lo, hi, width
        low, high = _P.SubPattern(parsed.state, [(op, av)]).getwidth()
        lo, hi = lo + low, hi + high
    return None


def finditer(rx: re.Pattern, text: str):
    """The matches of ``rx.finditer(text)``, found by searching only around the occurrences of the regex's
    anchor literal (``anchor``); a regex without one runs as is."""
    found = anchor(rx)
    if found is None:
        yield from rx.finditer(text)
        return
    literal, lo, hi, width = found
    n, pos = len(text), 0
    while True:
        match, start_lo = None, pos      # no match starts in [pos, start_lo)
        p = text.find(literal, pos + lo)
        while p >= 0:
            a, b = max(start_lo, p - hi), p - lo       # the starts whose literal may be this one
            if a <= b:
                m = rx.search(text, a, min(n, b + width))
                if m is not None and m.start() <= b:
                    match = m
                    break
                start_lo = b + 1
            p = text.find(literal, p + 1)
        if match is None:
            return
        yield match
        pos = match.end()


# --- what a match anchored at the text's end ends with ---------------------------------------------------------

_END_AT = ("AT_END", "AT_END_STRING")
_ZERO_WIDTH = ("AT", "ASSERT", "ASSERT_NOT")


def _last_chars(items) -> frozenset[str] | None:
    """The characters the last one a match of ``items`` consumes can be; None when unknown (a class by category,
    a negated class, any character) or when the match may consume nothing."""
    found: set[str] = set()
    for op, av in reversed(list(items)):
        if str(op) in _ZERO_WIDTH:
            continue
        chars = _item_last_chars(op, av)
        if chars is None:
            return None
        found |= chars
        if _P.SubPattern(None, [(op, av)]).getwidth()[0] > 0:      # it consumes: nothing before it ends the match
            return frozenset(found)
    return None


def _item_last_chars(op, av) -> frozenset[str] | None:
    if op is _K.LITERAL:
        return frozenset(chr(av))
    if op is _K.IN:
        chars = _node(op, av)            # the class's characters (None for negated / category / wide classes)
        return chars[0] if chars else None
    if op is _K.SUBPATTERN:
        return None if av[1] & re.IGNORECASE else _last_chars(av[-1])
    if op in (_K.MAX_REPEAT, _K.MIN_REPEAT):
        return _last_chars(av[2])
    if op is _K.BRANCH:
        out: set[str] = set()
        for alternative in av[1]:
            chars = _last_chars(alternative)
            if chars is None:
                return None
            out |= chars
        return frozenset(out)
    return None


def _ends_at_end(items) -> bool:
    """Whether every match of ``items`` ends at the end of the text (``$``, ``\\Z``), in each alternative."""
    items = list(items)
    if not items:
        return False
    op, av = items[-1]
    if op is _K.AT:
        return str(av) in _END_AT
    if op is _K.SUBPATTERN:
        return _ends_at_end(av[-1])
    if op is _K.BRANCH:
        return all(_ends_at_end(alternative) for alternative in av[1])
    return False


@lru_cache(maxsize=None)
def end_chars(rx: re.Pattern) -> frozenset[str] | None:
    """For a regex whose every match ends at the end of the text (``…(?:、|和|及)$``): the characters its last one
    can be (``search_end`` tests the text's last character against them before searching); None otherwise."""
    if _P is None or rx.flags & (re.IGNORECASE | re.MULTILINE) or not isinstance(rx.pattern, str):
        return None
    try:
        parsed = _P.parse(rx.pattern, rx.flags)
    except Exception:                    # pragma: no cover - a pattern re compiled always parses
        return None
    if parsed.state.flags & (re.IGNORECASE | re.MULTILINE) or not _ends_at_end(parsed):
        return None
    return _last_chars(parsed)


@lru_cache(maxsize=None)
def end_width(rx: re.Pattern) -> int | None:
    """For a regex with ``end_chars``: the most characters a match can consume, or None when unbounded."""
    if end_chars(rx) is None:
        return None
    width = _P.parse(rx.pattern, rx.flags).getwidth()[1]
    return None if width >= _K.MAXREPEAT else width


def search_end(rx: re.Pattern, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
    """``rx.search(text, pos, endpos)``, without the search when ``rx`` must end at the end (``end_chars``) and the
    text does not end with one of the characters it can end with (``$`` also matches before a final line break).
    A lazy ``[^，。]{2,24}?…等$`` tries every start of a long text before it fails at the end; so where it does end
    with one, the search starts no earlier than a match of the regex's greatest width (``end_width``) can: a match
    ends at the end or before a final line break, and lookbehinds still see the text before the search's start."""
    info = _END_INFO.get(id(rx))
    if info is None or info[0] is not rx:
        if len(_END_INFO) >= MAX_END_INFO:
            _END_INFO.clear()
        info = _END_INFO[id(rx)] = (rx, end_chars(rx), end_width(rx))
    _rx, chars, width = info
    if chars is not None:
        end = len(text) if endpos is None else min(endpos, len(text))
        last = text[end - 1:end] if end > pos else ""
        if last not in chars and not (last == "\n" and end - 1 > pos and text[end - 2] in chars):
            return None
        if width is not None:
            pos = max(pos, end - width - 1)
    return rx.search(text, pos) if endpos is None else rx.search(text, pos, endpos)


# search_end's (regex, end_chars, end_width) by the regex's id: an lru_cache keyed on a compiled pattern hashes its
# whole code on every call (about 0.8 µs for a rule of the claim fields); the regex held here keeps its id unique.
_END_INFO: dict[int, tuple[re.Pattern, frozenset[str] | None, int | None]] = {}
MAX_END_INFO = 4096
