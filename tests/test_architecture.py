"""The flow goes one way (DESIGN.md): no stage imports a later one, no import cycles, and each third-party
library lives in one place."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "extract"
ROOT = PACKAGE.name
# The stages in the order data flows through them (file → text → … → claims → tables → links → store); a
# module may import its own stage and earlier ones, never a later one.
STAGES = ("errors", "resources", "records",          # shared: errors, the models/ loader, the record types
          "text", "pdf", "ingest", "structure",      # file → pages/blocks/lines → sections, cases
          "nlp", "numbers", "claims", "tables", "link", "store")
# Applications sit on top of every stage and may import one another (but not in a cycle).
APPS = ("__init__", "__main__", "api", "batch", "distributed", "audit", "indicators", "charts", "web", "cli")
# Stages that must stay apart although the order alone would allow the import.
APART = {("numbers", "nlp"),     # quantities are parsed without the segmenter or spaCy
         ("tables", "claims")}   # tables are read without claims; they meet in link/
ONLY_IN = {"pdfminer": {"pdf/reader.py"}, "click": {"cli.py"}, "jieba": {"nlp/segmenter.py"},
           "spacy": {"nlp/components.py", "nlp/extensions.py", "nlp/pipeline.py", "nlp/tokenizer.py",
                     "claims/spacy_component.py"}}

FILES = sorted(PACKAGE.rglob("*.py"))


def module_name(path: Path) -> str:
    parts = (ROOT,) + path.relative_to(PACKAGE).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in FILES}


def stage_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _resolve(source: str, node: ast.ImportFrom) -> str:
    package = source if MODULES[source].name == "__init__.py" else source.rpartition(".")[0]
    base = package.split(".")
    if node.level > 1:
        base = base[: len(base) - (node.level - 1)]
    return ".".join(base + (node.module.split(".") if node.module else []))


def _known(name: str) -> str:
    while name not in MODULES and "." in name:
        name = name.rpartition(".")[0]
    return name


def internal_imports(source: str, nodes) -> set[str]:
    """Modules of the package imported by ``nodes`` (``from . import x`` counts x when x is a module)."""
    out = set()
    for node in nodes:
        if isinstance(node, ast.ImportFrom):
            target = _resolve(source, node) if node.level else (node.module or "")
            if target != ROOT and not target.startswith(ROOT + "."):
                continue
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                out.add(sub if sub in MODULES else _known(target))
        elif isinstance(node, ast.Import):
            out.update(_known(a.name) for a in node.names if a.name.startswith(ROOT + "."))
    return out


def _tree(source: str) -> ast.Module:
    return ast.parse(MODULES[source].read_text(encoding="utf-8"))


def all_imports(source: str) -> set[str]:
    """Every import of the module, those inside functions included."""
    return internal_imports(source, ast.walk(_tree(source)))


def load_time_imports(source: str) -> set[str]:
    """Imports run when the module is loaded (not inside functions, not under ``if TYPE_CHECKING``), plus
    the ``__init__`` of each package entered on the way (other than the module's own packages)."""
    nodes, todo = [], list(_tree(source).body)
    while todo:
        node = todo.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            continue
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            todo.extend(node.orelse)
            continue
        nodes.append(node)
        todo.extend(ast.iter_child_nodes(node))
    out = set()
    for target in internal_imports(source, nodes):
        out.add(target)
        parts = target.split(".")
        for i in range(2, len(parts)):
            package = ".".join(parts[:i])
            if not (source == package or source.startswith(package + ".")):
                out.add(package)
    return out - {ROOT, source}


def rank(stage: str) -> int:
    return STAGES.index(stage) if stage in STAGES else len(STAGES)


def test_every_module_has_a_place_in_the_order():
    assert {stage_of(m) for m in MODULES} <= set(STAGES) | set(APPS)


@pytest.mark.parametrize("source", sorted(MODULES), ids=sorted(MODULES))
def test_no_stage_imports_a_later_stage(source):
    stage = stage_of(source)
    if stage in APPS:
        return
    for target in all_imports(source):
        other = stage_of(target)
        assert rank(other) <= rank(stage), f"{source} ({stage}) imports {target} ({other}), a later stage"
        assert (stage, other) not in APART, f"{source} imports {target}: {stage} and {other} stay apart"


def test_the_spacy_component_of_claims_sits_above_nlp():
    """nlp/ gives the tokenizer and organisation names; the claims component is in claims/ (issue 10)."""
    users_of_claims = {m for m in MODULES if stage_of(m) == "nlp"
                       and any(stage_of(t) == "claims" for t in all_imports(m))}
    assert users_of_claims == set()
    assert "extract.nlp.pipeline" in all_imports("extract.claims.spacy_component")


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index, low, stack, on_stack, out = {}, {}, [], set(), []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_no_import_cycles():
    graph = {m: load_time_imports(m) for m in MODULES}
    assert _cycles(graph) == []


def test_the_cycle_finder_finds_a_cycle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


@pytest.mark.parametrize("library, allowed", sorted(ONLY_IN.items()))
def test_library_lives_in_one_place(library, allowed):
    def imports_library(path: Path) -> bool:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else [])
            if any(n == library or n.startswith(library + ".") for n in names):
                return True
        return False

    users = {str(p.relative_to(PACKAGE)) for p in FILES if imports_library(p)}
    assert users <= allowed, users


# Modules that still read a models/ file themselves instead of through extract/resources.py (load_json,
# load_joblib exist for them); the list only shrinks.
READS_MODELS_ITSELF: set[str] = set()
FILE_READS = {"open", "read_text", "read_bytes", "load", "loads", "read_csv", "reader"}


def reads_models_itself(path: Path) -> bool:
    """A module that gets a models/ path (model_path, models_dir) and reads a file itself."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    gets_path = any(isinstance(n, ast.ImportFrom) and n.module and n.module.endswith("resources")
                    and {a.name for a in n.names} & {"model_path", "models_dir"} for n in ast.walk(tree))
    reads = any(isinstance(n, ast.Call) and (getattr(n.func, "attr", None) or getattr(n.func, "id", None)) in FILE_READS
                for n in ast.walk(tree))
    return gets_path and reads


def test_models_files_are_read_through_resources():
    readers = {str(p.relative_to(PACKAGE)) for p in FILES if p.name != "resources.py" and reads_models_itself(p)}
    assert readers <= READS_MODELS_ITSELF, readers - READS_MODELS_ITSELF
