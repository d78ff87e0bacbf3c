#!/usr/bin/env python3
"""Score tieout on every labelled document of corpora/gold with corpora/score.py (--region).

Usage (from the repository root):
    .venv/bin/python corpora/evaluate.py [--json] [STEM ...]

Each document is read with ``extract.read_report`` (the same records ``tieout extract --jsonl`` writes)
and scored against its gold; one row per document, the fields of TARGETS.md.
"""
from __future__ import annotations

import importlib.util
import json
import sys
import tempfile
from pathlib import Path

from extract.api import read_report, records

ROOT = Path(__file__).resolve().parent.parent
FIELDS = ("claim_f1", "value_acc", "unit_acc", "kind_acc", "bound_acc", "metric_f1", "period_acc", "subject_acc",
          "table_f1", "caption_acc", "cell_recall", "link_f1", "case_f1")


def labelled_documents() -> dict[str, Path]:
    """Gold stem -> its source file in corpora/ (seeds and real)."""
    out = {}
    for gold in sorted((ROOT / "corpora" / "gold").glob("*.claims.jsonl")):
        stem = gold.name[:-len(".claims.jsonl")]
        for folder in ("seeds", "real"):
            for ext in (".txt", ".pdf", ".docx"):
                path = ROOT / "corpora" / folder / f"{stem}{ext}"
                if path.exists():
                    out[stem] = path
    return out


def score_document(stem: str, path: Path) -> dict:
    spec = importlib.util.spec_from_file_location("tieout_score", ROOT / "corpora" / "score.py")
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    report = read_report(path)
    with tempfile.TemporaryDirectory() as tmp:
        text = Path(tmp) / f"{stem}.txt"
        text.write_text(report.document.text, encoding="utf-8")
        pred = Path(tmp) / "pred.jsonl"
        pred.write_text("".join(json.dumps(r, ensure_ascii=False, default=str) + "\n" for r in records(report)),
                        encoding="utf-8")
        return score.score(str(text), str(ROOT / "corpora" / "gold"), str(pred), use_region=True, stem=stem)


def _has_links(stem: str) -> bool:
    gold = ROOT / "corpora" / "gold" / f"{stem}.claims.jsonl"
    return any(json.loads(line).get("table_ref") for line in gold.read_text(encoding="utf-8").splitlines() if line)


def main(argv: list[str]) -> int:
    as_json = "--json" in argv
    wanted = [a for a in argv if not a.startswith("--")]
    rows = []
    for stem, path in labelled_documents().items():
        if wanted and stem not in wanted:
            continue
        rows.append(score_document(stem, path))
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    print("| document | " + " | ".join(FIELDS) + " |")
    print("|---" * (len(FIELDS) + 1) + "|")
    for r in rows:
        if not r.get("gold_claims"):
            if r.get("table_f1") is None:
                continue              # a precision-only gold (no claims): scored without --region, by hand
            for f in FIELDS[:FIELDS.index("table_f1")]:
                r[f] = None           # a tables-only gold (a page of tables): its claim fields say nothing
        if not _has_links(r["doc"]):
            r["link_f1"] = None       # no table_ref in the gold: nothing to score
        if not (ROOT / "corpora" / "gold" / f"{r['doc']}.tables.jsonl").exists():
            for f in ("table_f1", "caption_acc", "cell_recall"):
                r[f] = None           # its tables are not labelled: a table read from it scores nothing
        cells = ["" if r.get(f) is None else f"{r[f]:.2f}" for f in FIELDS]
        print(f"| {r['doc']} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
