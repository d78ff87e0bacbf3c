#!/usr/bin/env python3
"""Train the claim-cell linker on the dev gold and write linker.v2.joblib + linker.v2.json.

Usage (from the repository root):
    .venv/bin/python models/linker/train_linker.py [--gold corpora/gold] [--seeds corpora/seeds] [--real corpora/real]

Documents: every ``corpora/gold/*.claims.jsonl`` with at least one ``table_ref`` whose source is
found as ``<seeds>/<stem>.txt`` or ``<real>/<stem>.{pdf,docx,txt}`` (the reserved documents are
never read). A PDF or Word document is scored against the text ``tieout text`` prints for it.

Training samples: for every extracted claim that matches a gold claim (score.py's matching: the
predicted span covers the gold number, one-to-one, narrowest span first), every cell holding the
claim's value (``extract.link.candidate_pairs``, equal-valued cells). A sample is positive when
its cell is the gold ``table_ref`` cell (same table, row label character-F1 >= 0.5, as score.py
counts a link). The features carry no value information, so the same model scores the
same-labelled cells of conflict candidates.

Validation: leave-one-document-out. Each document is linked by a model fitted on the other
documents only, and scored by corpora/score.py (--region): link precision, recall, F1, and
conflicts found. The figures go into linker.v2.json with the scikit-learn version, the feature
list, the documents with their counts (claims, gold links, samples, positives) and the sha256 of
the training data.
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import sys
import tempfile
from pathlib import Path
from typing import Any

import joblib
import sklearn

from extract.api import read_report
from extract.link import DEFAULT_THRESHOLD, CellIndex, candidate_pairs, choose_links, score_candidates, to_samples
from extract.link.features import NUMBER_FEATURES, TEXT_FEATURES, make_context
from extract.link.linker import ClaimCellLinker
from extract.records import Report, to_record

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
PARAMS = {"C": 0.1, "class_weight": "balanced", "ngram_range": (1, 2)}


def load_score_module(root: Path = ROOT) -> Any:
    """corpora/score.py as a module (its matching and scoring are the reference)."""
    spec = importlib.util.spec_from_file_location("tieout_score", root / "corpora" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def match_gold(score: Any, text: str, report: Report, gold: list[dict]) -> dict[str, dict]:
    """Predicted claim id -> gold claim, with score.py's one-to-one matching."""
    stripped, o2s = score.strip_map(text)
    spans = [(o2s[max(0, min(c.char_start, len(text)))], o2s[max(0, min(c.char_end, len(text)))])
             for c in report.claims]
    used: set[int] = set()
    out = {}
    for g in gold:
        pos = score.locate(stripped, g["anchor"], g["number"])
        if pos is None:
            continue
        best = None
        for i, (s, e) in enumerate(spans):
            if i not in used and s <= pos < max(e, s + 1) and (best is None or e - s < best[0]):
                best = (e - s, i)
        if best:
            used.add(best[1])
            out[report.claims[best[1]].id] = g
    return out


def table_map(score: Any, report: Report, gold_tables: list[dict]) -> dict[str, str]:
    """Predicted table id -> gold table id, as score.py pairs them: the same id, else the table
    sharing the most gold cells (value equal, row and column label char-F1 >= 0.5), at least half."""
    def hit(cell: Any, g: dict) -> bool:
        return (score.same_value(float(cell.value) if cell.value is not None else None, g.get("value"))
                and score.char_f1(cell.row, g.get("row")) >= 0.5 and score.char_f1(cell.col, g.get("col")) >= 0.5)

    out: dict[str, str] = {}
    for g in gold_tables:
        gid = score.ws(g["id"])
        free = [t for t in report.tables if t.id not in out]
        same = [t for t in free if score.ws(t.id) == gid]
        if same:
            out[same[0].id] = gid
            continue
        cells = g.get("cells") or []
        best = max(((sum(1 for c in cells if any(hit(x, c) for x in t.cells)), t.id) for t in free), default=(0, None))
        if best[1] is not None and cells and best[0] >= max(1, len(cells) // 2):
            out[best[1]] = gid
    return out


def is_gold_cell(score: Any, pair: Any, ref: dict | None, tables: dict[str, str] | None = None) -> bool:
    """The pair's cell is the gold table_ref cell (same table, row label char-F1 >= 0.5)."""
    if not ref or score.ws((tables or {}).get(pair.table.id, pair.table.id)) != score.ws(ref["table"]):
        return False
    return max(score.char_f1(pair.cell.row, ref["row"]), score.char_f1(pair.cell.col, ref["row"])) >= 0.5


def document_samples(score: Any, doc: dict) -> tuple[list[dict], list[int]]:
    """Samples and labels of one document's gold-matched claims."""
    report, gold_of = doc["report"], doc["gold_of"]
    index = CellIndex(report.tables)
    # the context (figures per table, per sentence) from every claim's candidates, as when linking
    every = [p for c in report.claims for p, is_equal in candidate_pairs(c, index) if is_equal]
    context = make_context(report.claims, report.tables, every, report.sections)
    equal = [p for p in every if p.claim.id in gold_of]
    samples = to_samples(equal, context, report.document.doc_id)
    labels = [int(is_gold_cell(score, p, gold_of[p.claim.id].get("table_ref"), doc["tables"])) for p in equal]
    return samples, labels


# Never labelled, tested on or tuned to (see the project's rules).
RESERVED = frozenset({"annual_report_000001_pingan_bank_2024", "gov_info_disclosure_annual_report_huaian_2024",
                      "gov_work_report_state_council_2024", "gov_work_report_zhejiang_2026"})


def source_of(stem: str, seeds: Path, real: Path) -> Path | None:
    """The document a gold file labels: a seed text, else a real PDF/Word/text file."""
    for path in (seeds / f"{stem}.txt", *(real / f"{stem}.{ext}" for ext in ("pdf", "docx", "txt"))):
        if path.is_file():
            return path
    return None


def load_documents(score: Any, gold_dir: Path, seeds: Path, real: Path) -> list[dict]:
    """Every labelled document with table_refs: path, text, report, gold claims, predicted-id -> gold map."""
    docs = []
    for gold_path in sorted(gold_dir.glob("*.claims.jsonl")):
        stem = gold_path.name[:-len(".claims.jsonl")]
        gold = score.load_jsonl(gold_path)
        path = source_of(stem, seeds, real)
        if stem in RESERVED or path is None or not any(g.get("table_ref") for g in gold):
            continue
        report = read_report(path)
        text = report.document.text
        tables_path = gold_dir / f"{stem}.tables.jsonl"
        gold_tables = score.load_jsonl(tables_path) if tables_path.is_file() else []
        docs.append({"tables": table_map(score, report, gold_tables), "stem": stem, "path": path, "text": text, "report": report, "gold_path": gold_path,
                     "gold_of": match_gold(score, text, report, gold), "n_claims": len(gold),
                     "n_links": sum(1 for g in gold if g.get("table_ref"))})
    return docs


def fit(score: Any, docs: list[dict]) -> ClaimCellLinker:
    """A linker fitted on the samples of ``docs``."""
    samples, labels = [], []
    for doc in docs:
        s, y = document_samples(score, doc)
        samples += s
        labels += y
    return ClaimCellLinker(**PARAMS).fit(samples, labels)


def evaluate(score: Any, linker: ClaimCellLinker | None, doc: dict, gold_dir: Path) -> dict[str, Any]:
    """score.py's link figures for one document linked by ``linker``."""
    report = doc["report"]
    scored = score_candidates(report.claims, report.tables, linker, doc=report.document.doc_id,
                              sections=report.sections)
    links = choose_links(report.document.doc_id, report.claims, scored, DEFAULT_THRESHOLD, report.document.text,
                         report.document.org)
    records = [to_record(r) for r in (*report.claims, *report.tables, *links)]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as out:
        for r in records:
            out.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as source:
        source.write(doc["text"])
    res = score.score(source.name, str(gold_dir), out.name, None, True, doc["stem"])
    Path(out.name).unlink()
    Path(source.name).unlink()
    keys = ("link_p", "link_r", "link_f1", "gold_links", "conflicts_gold", "conflicts_found")
    return {k: res[k] for k in keys}


def training_hash(docs: list[dict]) -> str:
    """sha256 over the seed texts and gold claim files used for training."""
    digest = hashlib.sha256()
    for doc in docs:
        digest.update(doc["path"].read_bytes())
        digest.update(doc["gold_path"].read_bytes())
    return digest.hexdigest()


def cross_validate(score: Any, docs: list[dict], gold_dir: Path) -> dict[str, Any]:
    """Leave-one-document-out link figures per held-out document, plus micro totals."""
    per_doc = {}
    for held in docs:
        linker = fit(score, [d for d in docs if d is not held])
        per_doc[held["stem"]] = evaluate(score, linker, held, gold_dir)
    per_doc["fallback_hand_score"] = {d["stem"]: evaluate(score, None, d, gold_dir) for d in docs}
    return per_doc


def main(argv: list[str] | None = None) -> int:
    """Cross-validate, fit on every document, write the model and its card."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=ROOT / "corpora" / "gold")
    parser.add_argument("--seeds", type=Path, default=ROOT / "corpora" / "seeds")
    parser.add_argument("--real", type=Path, default=ROOT / "corpora" / "real")
    parser.add_argument("--out", type=Path, default=HERE)
    args = parser.parse_args(argv)
    score = load_score_module()
    docs = load_documents(score, args.gold, args.seeds, args.real)
    cv = cross_validate(score, docs, args.gold)
    linker = fit(score, docs)
    resubstitution = {d["stem"]: evaluate(score, linker, d, args.gold) for d in docs}
    joblib.dump(linker, args.out / "linker.v2.joblib")
    counts = {}
    for d in docs:
        _, labels = document_samples(score, d)
        counts[d["stem"]] = {"source": str(d["path"].relative_to(ROOT)) if d["path"].is_relative_to(ROOT) else str(d["path"]),
                             "gold_claims": d["n_claims"], "gold_links": d["n_links"],
                             "matched_claims": len(d["gold_of"]), "samples": len(labels), "positives": sum(labels)}
    card = {"model": "extract.link.linker.ClaimCellLinker", "version": "linker.v2",
            "sklearn_version": sklearn.__version__, "params": {**PARAMS, "threshold": DEFAULT_THRESHOLD},
            "features": list(NUMBER_FEATURES) + list(TEXT_FEATURES),
            "training_data": {"documents": counts, "sha256": training_hash(docs)},
            "validation": "leave-one-document-out; score.py --region link figures of each held-out document",
            "lodo_link_f1": {stem: r["link_f1"] for stem, r in cv.items() if stem != "fallback_hand_score"},
            "cross_validated": cv, "resubstitution": resubstitution,
            "coefficients": {k: round(v, 4) for k, v in linker.coefficients().items()}}
    (args.out / "linker.v2.json").write_text(json.dumps(card, ensure_ascii=False, indent=2) + "\n",
                                             encoding="utf-8")
    print(json.dumps({"cross_validated": cv, "resubstitution": resubstitution}, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
