"""The flow goes one way: each third-party library lives in one place, and no stage imports a later one."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "extract"
# stage -> stages it must never import (later in DESIGN.md's flow)
LATER = {
    "records": {"ingest", "pdf", "text", "structure", "nlp", "numbers", "claims", "tables", "link", "store", "api"},
    "numbers": {"nlp", "claims", "tables", "link", "store", "api", "batch", "cli"},
    "text": {"structure", "nlp", "claims", "tables", "link", "store", "api"},
    "ingest": {"structure", "nlp", "claims", "tables", "link", "store", "api"},
    "pdf": {"structure", "nlp", "claims", "tables", "link", "store", "api"},
    "structure": {"claims", "tables", "link", "store", "api"},
    "claims": {"link", "store", "api", "batch", "cli"},
    "tables": {"claims", "link", "store", "api", "batch", "cli"},
    "store": {"api", "batch", "cli"},
}
ONLY_IN = {"pdfminer": {"pdf/reader.py"}, "click": {"cli.py"}}


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = "." * node.level + (node.module or "")
            names.add(base)
    return names


def stage_of(path: Path) -> str:
    rel = path.relative_to(PACKAGE)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


MODULES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=[str(p.relative_to(PACKAGE)) for p in MODULES])
def test_no_stage_imports_a_later_stage(path):
    forbidden = LATER.get(stage_of(path), set())
    for name in imports_of(path):
        target = name.lstrip(".").split(".")[0] if name.startswith(".") else ""
        if name.startswith("..") or (name.startswith(".") and len(path.relative_to(PACKAGE).parts) == 1):
            assert target not in forbidden, f"{path.name} imports {name}"


@pytest.mark.parametrize("library, allowed", sorted(ONLY_IN.items()))
def test_library_lives_in_one_module(library, allowed):
    users = {str(p.relative_to(PACKAGE)) for p in MODULES
             if any(n == library or n.startswith(library + ".") for n in imports_of(p))}
    assert users <= allowed, users


def test_numbers_never_import_spacy():
    for path in (PACKAGE / "numbers").glob("*.py"):
        assert not any(n.startswith("spacy") for n in imports_of(path)), path
