"""The audit HTML of both seeds opened in headless Chromium: conflicts of the college seed come first."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
# Seed 000's conflicts before its last dev-gold claim: 表2-5's swapped 217/182 and 表3-2's 1814.15 (300余万元).
SEEDS = {"000_0d6d81e4e345128e": ["严重心理问题为A类217人", "1814.15"], "003_63e6428607ab0510": []}


def tieout() -> list[str]:
    script = Path(sys.executable).parent / "tieout"
    return [str(script)] if script.exists() else [sys.executable, "-m", "extract.cli"]


@pytest.mark.parametrize("stem", sorted(SEEDS))
def test_audit_page_in_chromium(stem, tmp_path):
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is absent (apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright

    page_file = tmp_path / f"{stem}.html"
    subprocess.run(tieout() + ["audit", str(ROOT / "corpora" / "seeds" / f"{stem}.txt"), "--store",
                               str(tmp_path / "s.db"), "--html", str(page_file)], check=True, capture_output=True)
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 900})
            page.goto(page_file.as_uri())
            page.screenshot(path=str(tmp_path / f"{stem}.png"))
            text = page.inner_text("body")
        finally:
            browser.close()
    assert (tmp_path / f"{stem}.png").stat().st_size > 1000
    conflicts = text.index("Conflicts")
    assert conflicts < text.index("Failed checks") < text.index("All claims")
    for number in SEEDS[stem]:
        assert conflicts < text.index(number) < text.index("Failed checks")
    assert "<script" not in page_file.read_text(encoding="utf-8")
