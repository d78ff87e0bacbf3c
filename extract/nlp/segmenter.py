"""A private jieba tokenizer loaded with the domain user dictionary (never jieba's global one), and jieba's
part-of-speech cut without ``jieba.posseg``.

Start-up: jieba's prefix dictionary has ~500,000 entries and its part-of-speech table ~350,000; building
them as Python dicts takes most of a second, and importing ``jieba.posseg`` loads HMM tables that the
cut without HMM never reads (and a second, global part-of-speech table). So the dictionary with the
user words already added and the part-of-speech tags is kept in a local cache file
(``$TIEOUT_CACHE_DIR``, else ``$XDG_CACHE_HOME/tieout``, else ``~/.cache/tieout``), built from the
installed jieba dictionary and models/ on first use (nothing is downloaded), split by first character:
a text loads only the entries that start with one of its characters (:func:`load_dictionary` loads
all, before worker processes fork). Without a writable cache folder the dictionary is built in memory
as before. Both give the same words and tags as ``jieba.Tokenizer`` + ``add_word`` and
``jieba.posseg.POSTokenizer(...).cut(text, HMM=False)`` (tests/nlp/test_segmenter.py compares them).
"""
from __future__ import annotations

import hashlib
import logging
import marshal
import math
import os
import re
import sys
import tempfile
import threading
from functools import lru_cache
from itertools import repeat
from pathlib import Path

from ..errors import PatternError
from ..resources import load_tsv

# Built from the domain lexicons by models/lexicons/build_jieba_user.py (never from a report's text).
USER_DICT = "lexicons/jieba_user.v2.txt"
CACHE_FORMAT = 1

# jieba.posseg's patterns (the same strings): runs cut with the dictionary, and what separates them.
_RE_HAN = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._]+)")
_RE_SKIP = re.compile("(\r\n|\\s)")
_RE_ENG = re.compile("[a-zA-Z0-9]+")
_RE_NUM = re.compile("[\\.0-9]+")

logger = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def lexicon_words() -> frozenset[str]:
    """The words of the domain lexicon (the user dictionary)."""
    return frozenset(word for word, _freq, _tag in user_words())


def ends_inside_word(text: str, word: str) -> bool:
    """Whether ``word``, ending ``text``, is only the end of a longer word of the domain lexicon: a rule that strips
    a word from a text's end leaves it ("稳增长", a policy, ends with 增长 but is no growth)."""
    last = cut_pos(text)[-1][0] if text else ""
    return len(last) > len(word) and last in lexicon_words()


def starts_inside_word(text: str, word: str) -> bool:
    """Whether ``word``, opening ``text``, is only the start of a longer word of the domain lexicon: a rule that strips
    a word from a text's start leaves it ("扣除非经常性损益", a line item, opens with 扣除 but is no use of the figure)."""
    first = cut_pos(text)[0][0] if text else ""
    return len(first) > len(word) and first in lexicon_words()


def user_words() -> tuple[tuple[str, int, str], ...]:
    """(word, frequency, tag) of the user dictionary (jieba's format: one "word freq tag" a line)."""
    out = []
    for no, row in enumerate(load_tsv(USER_DICT), 1):
        parts = row[0].split(" ")
        if len(parts) != 3 or not parts[1].isdigit():
            raise PatternError(f"models/{USER_DICT}", no, f"expected 'word freq tag', got {row[0]!r}")
        out.append((parts[0], int(parts[1]), parts[2]))
    return tuple(out)


@lru_cache(maxsize=1)
def jieba_tokenizer():
    """A ``jieba.Tokenizer`` with the user dictionary of models/ (built once per process)."""
    return _load()[0]


def word_tags() -> dict[str, str]:
    """Word -> part-of-speech flag (jieba's dictionary, then the user dictionary's tags)."""
    return _load()[1]


def load_dictionary() -> None:
    """Load every entry of the dictionary now (a batch does, before its workers fork and share it)."""
    tokenizer = jieba_tokenizer()
    if isinstance(tokenizer, _sharded_class()):
        tokenizer.load_all()


def cut(text: str) -> list[str]:
    return list(jieba_tokenizer().cut(text))


@lru_cache(maxsize=8192)
def cut_pos(text: str) -> tuple[tuple[str, str], ...]:
    """(word, part-of-speech flag) pairs; cached, since clauses and names repeat within a report.

    The same pairs as ``jieba.posseg.POSTokenizer(jieba_tokenizer()).cut(text, HMM=False)``, step by step."""
    out: list[tuple[str, str]] = []
    for j, block in enumerate(_RE_HAN.split(text)):
        if j & 1:                     # the split's odd pieces are the runs (_RE_HAN's group), the even ones between
            out += _run_words(block)
            continue
        if "\r\n" not in block:       # between runs no letter, digit or "." (all in _RE_HAN): each character "x"
            out += zip(block, _X)
            continue
        for piece in _RE_SKIP.split(block):
            if _RE_SKIP.match(piece):
                out.append((piece, "x"))
                continue
            for ch in piece:
                if _RE_NUM.match(ch):
                    out.append((ch, "m"))
                elif _RE_ENG.match(piece):
                    out.append((ch, "eng"))
                else:
                    out.append((ch, "x"))
    return tuple(out)


_X = repeat("x")


@lru_cache(maxsize=16384)
def _run_words(block: str) -> tuple[tuple[str, str], ...]:
    """The (word, flag) pairs of one run of han and alphanumeric characters (``_RE_HAN``), which jieba cuts on its
    own; cached, since the clauses and names a report's rules cut share their runs with its sentences."""
    tags = word_tags()
    route = _route(jieba_tokenizer(), block)
    out: list[tuple[str, str]] = []
    x, n, buf = 0, len(block), ""
    if _ENG1.isdisjoint(block):       # no letter or digit to join: each word with its flag
        words = []
        while x < n:
            y = route[x] + 1
            words.append(block[x:y])
            x = y
        return tuple(zip(words, map(tags.get, words, repeat("x"))))
    while x < n:
        y = route[x] + 1
        word = block[x:y]
        if word in _ENG1:             # posseg's re_eng1, ^[a-zA-Z0-9]$ (a run holds no line break)
            buf += word
        else:
            if buf:
                out.append((buf, "eng"))
                buf = ""
            out.append((word, tags.get(word, "x")))
        x = y
    if buf:
        out.append((buf, "eng"))
    return tuple(out)


_ENG1 = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


def _route(tokenizer, block: str) -> list[int]:
    """The last index of the word starting at each position of a run on jieba's best route: ``get_DAG`` and
    ``calc`` in one backward pass (the best route from a position needs only those from the positions after
    it), without the DAG's lists or a second dictionary look-up and slice of each word; the same
    log-frequency sums, and of equal sums the larger last index, as ``max`` over jieba's (sum, index) tuples
    takes it. Each word's ``log(freq) - log(total)`` is computed once per process (``_log_probs``)."""
    ensure = getattr(tokenizer, "ensure", None)
    if ensure is not None:
        ensure(block)
    get, log = tokenizer.FREQ.get, math.log
    logtotal = log(tokenizer.total)
    cache = _log_probs(tokenizer)
    cached = cache.get
    n = len(block)
    score = [0.0] * (n + 1)
    route = [0] * (n + 1)
    for k in range(n - 1, -1, -1):
        best, best_x = None, k
        i, frag = k, block[k]
        while True:                   # the words starting at k, shortest first (jieba's DAG[k])
            logp = cached(frag)
            if logp is None:
                freq = get(frag)
                if freq is None:
                    break
                logp = cache[frag] = log(freq) - logtotal if freq else _PREFIX
            if logp is not _PREFIX:
                total = logp + score[i + 1]
                if best is None or total >= best:
                    best, best_x = total, i
            i += 1
            if i >= n:
                break
            frag = block[k:i + 1]
        if best is None:              # no word: the character alone
            best = log(get(block[k]) or 1) - logtotal + score[k + 1]
        score[k], route[k] = best, best_x
    return route


_PREFIX = object()          # a prefix entry of the dictionary (frequency 0): no word, but longer ones may follow


def _log_probs(tokenizer) -> dict:
    """Dictionary entry -> ``log(freq) - log(total)`` (``_PREFIX`` for a prefix entry) of the entries looked up so
    far, kept on the tokenizer for its current total (``add_word`` changes it; the sharded tokenizer's empties it)."""
    state = tokenizer.__dict__.get("_tieout_log_probs")
    if state is None or state[0] != tokenizer.total:
        state = tokenizer._tieout_log_probs = (tokenizer.total, {})
    return state[1]


# --- loading -------------------------------------------------------------------------------------------

_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _load():
    """(tokenizer, word tags): from the cache file (built on first use), else built in memory."""
    jieba = _import_jieba()
    # CRITICAL: jieba logs a traceback when its own /tmp/jieba.cache belongs to another user (no harm done)
    logging.getLogger("jieba").setLevel(logging.CRITICAL)
    words = user_words()
    for word, freq, _tag in words:
        if freq == 0:                                 # what jieba's add_word does for such a word
            jieba.finalseg.add_force_split(word)
    path = _cache_path(jieba)
    if path is not None and path.is_file():
        try:
            tokenizer = _sharded_class()(path.read_bytes())
            return tokenizer, tokenizer.tags
        except (OSError, ValueError, EOFError, TypeError) as exc:     # unreadable: built again below
            logger.warning("jieba dictionary cache %s unusable (%s); building it again", path, exc)
    freq, total, tags = _build(jieba, words)
    if path is not None:
        try:
            _write_cache(path, freq, total, tags)
            tokenizer = _sharded_class()(path.read_bytes())
            return tokenizer, tokenizer.tags
        except (OSError, ValueError, EOFError, TypeError) as exc:
            logger.warning("jieba dictionary cache %s not written (%s); the dictionary stays in memory", path, exc)
    tokenizer = jieba.Tokenizer()
    tokenizer.FREQ, tokenizer.total, tokenizer.initialized = freq, total, True
    return tokenizer, tags


def _import_jieba():
    """jieba, imported without ``pkg_resources`` (a tenth of a second or more to import, for nothing: jieba
    then opens its own data files by path). Only when nothing has imported pkg_resources yet, and only
    for the moment of the import."""
    if "jieba" in sys.modules:
        return sys.modules["jieba"]
    block = "pkg_resources" not in sys.modules
    if block:
        sys.modules["pkg_resources"] = None          # type: ignore[assignment]  (import then raises ImportError)
    try:
        import jieba
    finally:
        if block and "pkg_resources" in sys.modules and sys.modules["pkg_resources"] is None:
            del sys.modules["pkg_resources"]
    return jieba


def _build(jieba, words) -> tuple[dict[str, int], int, dict[str, str]]:
    """jieba's prefix dictionary with the user words added (``add_word``), its total, and the word tags
    as ``jieba.posseg.POSTokenizer`` reads them (dictionary file, then the user words' tags)."""
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    for word, freq, tag in words:
        tokenizer.add_word(word, freq, tag)
    tags: dict[str, str] = {}
    with tokenizer.get_dict_file() as fh:
        for line in fh:
            line = line.strip().decode("utf-8")
            if line:
                word, _freq, tag = line.split(" ")
                tags[word] = tag
    tags.update(tokenizer.user_word_tag_tab)
    return tokenizer.FREQ, tokenizer.total, tags


def _cache_dir() -> Path:
    env = os.environ.get("TIEOUT_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "tieout"


def _cache_path(jieba) -> Path | None:
    """The cache file for this jieba, its dictionary, the user dictionary and this Python; None when the
    folder cannot be made."""
    dict_file = Path(jieba.__file__).with_name("dict.txt")
    try:
        stat = dict_file.stat()
        key = hashlib.sha256(repr((CACHE_FORMAT, jieba.__version__, str(dict_file), stat.st_size, stat.st_mtime_ns,
                                   sys.version_info[:2], marshal.version, user_words())).encode()).hexdigest()[:16]
        folder = _cache_dir()
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return folder / f"jieba-{key}.bin"


def _write_cache(path: Path, freq: dict[str, int], total: int, tags: dict[str, str]) -> None:
    """One marshal blob per first character (its prefix entries and word tags), after a header with the
    total and each blob's place; written to a temporary file and renamed (concurrent builders agree)."""
    shards: dict[str, tuple[dict[str, int], dict[str, str]]] = {}
    for word, n in freq.items():
        shards.setdefault(word[0], ({}, {}))[0][word] = n
    for word, tag in tags.items():
        if word:
            shards.setdefault(word[0], ({}, {}))[1][word] = tag
    blobs, index, offset = [], {}, 0
    for ch, shard in shards.items():
        blob = marshal.dumps(shard)
        index[ch] = (offset, len(blob))
        blobs.append(blob)
        offset += len(blob)
    header = marshal.dumps((CACHE_FORMAT, total, index))
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(len(header).to_bytes(8, "little"))
            fh.write(header)
            for blob in blobs:
                fh.write(blob)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@lru_cache(maxsize=1)
def _sharded_class():
    jieba = _import_jieba()

    class ShardedTokenizer(jieba.Tokenizer):
        """A ``jieba.Tokenizer`` whose dictionary entries are loaded by first character as texts need them:
        every look-up of jieba's cut (``get_DAG``, ``calc``, ``cut_for_search``) is of a piece of the text
        passed to ``get_DAG``, which loads the entries of the text's characters first."""

        def __init__(self, data: bytes):
            super().__init__()
            size = int.from_bytes(data[:8], "little")
            fmt, total, index = marshal.loads(data[8:8 + size])
            if fmt != CACHE_FORMAT:
                raise ValueError(f"cache format {fmt}, expected {CACHE_FORMAT}")
            if 8 + size + sum(length for _offset, length in index.values()) != len(data):
                raise ValueError("cache file truncated")
            self._data, self._base, self._index = memoryview(data), 8 + size, index
            self._loaded: set[str] = set()
            self._pending = set(index)      # first characters whose entries are not loaded yet
            self.FREQ, self.total, self.initialized = {}, total, True
            self.tags: dict[str, str] = {}

        def ensure(self, text: str) -> None:
            """Load the entries starting with any character of ``text``."""
            if not self._pending or self._loaded.issuperset(text):
                return
            with _LOCK:
                for ch in set(text).difference(self._loaded):
                    where = self._index.get(ch)
                    if where is not None:
                        freq, tags = marshal.loads(self._data[self._base + where[0]:self._base + where[0] + where[1]])
                        self.FREQ.update(freq)
                        self.tags.update(tags)
                    self._loaded.add(ch)
                    self._pending.discard(ch)

        def load_all(self) -> None:
            self.ensure("".join(self._index))

        def get_DAG(self, sentence):
            """jieba's ``get_DAG`` (each position's word ends), with one look-up per fragment."""
            self.ensure(sentence)
            get = self.FREQ.get
            dag = {}
            n = len(sentence)
            for k in range(n):
                ends = []
                i, frag = k, sentence[k]
                while True:
                    freq = get(frag)
                    if freq is None:
                        break
                    if freq:
                        ends.append(i)
                    i += 1
                    if i >= n:
                        break
                    frag = sentence[k:i + 1]
                dag[k] = ends or [k]
            return dag

        def calc(self, sentence, DAG, route):
            """jieba's ``calc`` (the best route by log frequency), as a plain loop: the same sums, and the
            first of equal maxima as ``max`` keeps it."""
            n = len(sentence)
            route[n] = (0, 0)
            logtotal = math.log(self.total)
            get, log = self.FREQ.get, math.log
            for idx in range(n - 1, -1, -1):
                best = None
                for x in DAG[idx]:
                    cand = (log(get(sentence[idx:x + 1]) or 1) - logtotal + route[x + 1][0], x)
                    if best is None or cand > best:
                        best = cand
                route[idx] = best

        def add_word(self, word, freq=None, tag=None):
            self.ensure(word)
            self.__dict__.pop("_tieout_log_probs", None)
            super().add_word(word, freq, tag)
            if tag:
                self.tags[word] = tag

        def initialize(self, dictionary=None):
            if dictionary:
                raise ValueError("the tieout tokenizer keeps jieba's default dictionary")

    return ShardedTokenizer
