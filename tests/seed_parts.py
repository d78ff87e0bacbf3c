"""Where each seed's labelled part ends. The text after a seed's last dev-gold claim is reserved: no test
asserts anything printed there, and gold scoring keeps no table, cell or link of it.

The end is the end of the last gold anchor, located the way corpora/score.py locates one
(``strip_map`` + ``locate`` on the whitespace-free text), mapped back to the original text.
"""
from __future__ import annotations

import bisect
import importlib.util
import json
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "corpora" / "seeds"
GOLD = ROOT / "corpora" / "gold"


@cache
def scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("seed_parts_score", ROOT / "corpora" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@cache
def dev_end(stem: str) -> int:
    """Offset in the seed's text just after the anchor of its last dev-gold claim."""
    score = scorer()
    text = (SEEDS / f"{stem}.txt").read_text(encoding="utf-8")
    stripped, o2s = score.strip_map(text)
    ends = []
    for claim in _jsonl(GOLD / f"{stem}.claims.jsonl"):
        at = score.locate(stripped, claim["anchor"], claim["number"])
        if at is not None:
            ends.append(stripped.find(score.ws(claim["anchor"])) + len(score.ws(claim["anchor"])))
    return bisect.bisect_left(o2s, max(ends))


def dev_text(stem: str) -> str:
    """The seed's text up to the end of its last dev-gold claim."""
    return (SEEDS / f"{stem}.txt").read_text(encoding="utf-8")[:dev_end(stem)]


def dev_gold(stem: str, out: Path) -> Path:
    """A copy of the seed's gold in ``out`` without the tables printed after ``dev_end`` and without the
    claims' links (and conflicts) to them."""
    score = scorer()
    text = (SEEDS / f"{stem}.txt").read_text(encoding="utf-8")
    stripped, o2s = score.strip_map(text)
    limit = o2s[dev_end(stem)]
    tables = [t for t in _jsonl(GOLD / f"{stem}.tables.jsonl")
              if 0 <= stripped.find(score.ws(t.get("anchor") or "")) < limit]
    kept = {t["id"] for t in tables}
    claims = [{**c, "table_ref": c["table_ref"] if (c.get("table_ref") or {}).get("table") in kept else None}
              for c in _jsonl(GOLD / f"{stem}.claims.jsonl")]
    out.mkdir(parents=True, exist_ok=True)
    for name, rows in (("claims", claims), ("tables", tables), ("cases", _jsonl(GOLD / f"{stem}.cases.jsonl"))):
        (out / f"{stem}.{name}.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                                                  encoding="utf-8")
    return out


def dev_records(stem: str, records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Predicted records without the tables that start after ``dev_end`` and the links to them."""
    late = {r["id"] for r in records if r.get("type") == "table" and int(r.get("char_start") or 0) >= dev_end(stem)}
    return [r for r in records if not (r.get("type") == "table" and r["id"] in late)
            and not (r.get("type") == "link" and r.get("table_id") in late)]
