"""The notebooks run top to bottom on the bundled corpus (nbclient, kernel python3, cwd = repo root)."""
from __future__ import annotations

from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
CELL_TIMEOUT = 300
# Text a cell must never print: missing CJK glyphs in plots, tracebacks, pandas/matplotlib warnings.
BAD_OUTPUT = ("Glyph", "missing from", "Traceback", "Warning:")


def outputs_text(book) -> str:
    """Every stream and text output of the executed notebook, joined."""
    parts = []
    for cell in book.cells:
        for output in cell.get("outputs", []):
            parts.append(output.get("text", ""))
            parts.append(str(output.get("data", {}).get("text/plain", "")))
    return "\n".join(parts)


# Notebooks that plot: their figures must be inline images, with documents named by title.
PLOTTING = {"02_research": ("吉林省高等职业教育质量报告",),
            "04_indicator_across_years": ("2016年国民经济和社会发展统计公报",)}


def test_notebooks_exist():
    assert [p.stem for p in NOTEBOOKS] == ["01_quickstart", "02_research", "03_audit", "04_indicator_across_years"]


def inline_images(book) -> int:
    return sum("image/png" in output.get("data", {}) for cell in book.cells for output in cell.get("outputs", []))


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_is_stored_without_outputs(path):
    book = nbformat.read(path, as_version=4)
    assert all(not c.get("outputs") and c.get("execution_count") is None
               for c in book.cells if c.cell_type == "code")


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_runs(path, pipeline):
    book = nbformat.read(path, as_version=4)
    client = nbclient.NotebookClient(book, timeout=CELL_TIMEOUT, kernel_name="python3",
                                     resources={"metadata": {"path": str(ROOT)}})
    client.execute()
    text = outputs_text(book)
    assert not [bad for bad in BAD_OUTPUT if bad in text], text[:2000]
    assert any(c.get("outputs") for c in book.cells if c.cell_type == "code")
    if path.stem in PLOTTING:
        assert inline_images(book) >= 2, "figures are not shown inline"
        assert all(title in text for title in PLOTTING[path.stem]), "documents are not named by title"
        source = "".join(c.source for c in book.cells)
        assert "savefig" not in source and 'f"doc {' not in source and "document_label" in source
