"""Locate and load the versioned data in ``models/``. Loaders are cached and never write."""
from __future__ import annotations

import io
import json
import os
import pickle
import re
import zlib
from functools import lru_cache
from pathlib import Path

from .errors import PatternError


def models_dir() -> Path:
    """The ``models/`` folder: $TIEOUT_MODELS, else the one beside the package (editable install)."""
    env = os.environ.get("TIEOUT_MODELS")
    if env:
        return Path(env)
    here = Path(__file__).resolve().parent
    for cand in (here.parent / "models", here / "models"):
        if cand.is_dir():
            return cand
    raise FileNotFoundError("tieout: models/ folder not found; set TIEOUT_MODELS")


def model_path(relative: str) -> Path:
    return models_dir() / relative


@lru_cache(maxsize=None)
def load_tsv(relative: str) -> tuple[tuple[str, ...], ...]:
    """Rows of a TSV file in models/ (``#`` comments and blank lines skipped)."""
    path = model_path(relative)
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        rows.append(tuple(part.strip() for part in line.split("\t")))
    return tuple(rows)


@lru_cache(maxsize=None)
def load_jsonl(relative: str) -> tuple[dict, ...]:
    """Objects of a JSONL file in models/; a bad line raises PatternError with file:line."""
    path = model_path(relative)
    out = []
    for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise PatternError(str(path), no, str(exc)) from None
    return tuple(out)


@lru_cache(maxsize=None)
def load_words(relative: str) -> tuple[str, ...]:
    """One word per line (first TAB field), comments skipped."""
    return tuple(row[0] for row in load_tsv(relative) if row and row[0])


@lru_cache(maxsize=None)
def load_patterns(relative: str) -> dict[str, re.Pattern]:
    """Rule id -> compiled regex (``re`` syntax) of a JSONL pattern file in models/patterns/."""
    return {rule["id"]: re.compile(rule["regex"]) for rule in load_jsonl(relative)}


@lru_cache(maxsize=None)
def load_word_kinds(relative: str) -> dict[str, tuple[str, ...]]:
    """Kind -> its words, in file order, of a lexicon whose rows are ``kind<TAB>word[<TAB>example]``."""
    out: dict[str, list[str]] = {}
    for row in load_tsv(relative):
        if len(row) >= 2 and row[1]:
            out.setdefault(row[0], []).append(row[1])
    return {kind: tuple(words) for kind, words in out.items()}


def load_json(relative: str) -> dict | None:
    """The JSON object of a file in models/ (a model card), or None when the file is missing."""
    path = model_path(relative)
    if not path.is_file():
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise PatternError(str(path), exc.lineno, exc.msg) from None


def load_joblib(relative: str):
    """A trained model saved with joblib in models/, or None when the file is missing (not cached: callers
    keep the model they check).

    A model of plain data in tieout's own classes (the metric model's feature weights) is read with the C
    unpickler — ``joblib.dump(…, compress=3)`` writes a zlib-compressed pickle — in a few hundredths of a
    second, where importing joblib and numpy and joblib's Python unpickler take about a second; anything
    else (numpy arrays, scikit-learn estimators) goes through joblib."""
    path = model_path(relative)
    if not path.is_file():
        return None
    data = path.read_bytes()
    try:
        return _OwnClassesUnpickler(io.BytesIO(zlib.decompress(data) if data[:1] == b"x" else data)).load()
    except (pickle.UnpicklingError, zlib.error, EOFError, ValueError, AttributeError, TypeError, IndexError):
        pass
    import joblib

    return joblib.load(path)


class _OwnClassesUnpickler(pickle.Unpickler):
    """Unpickles plain data and classes of the ``extract`` package only."""

    def find_class(self, module: str, name: str):
        if module.startswith("extract."):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f"not plain data: {module}.{name}")
