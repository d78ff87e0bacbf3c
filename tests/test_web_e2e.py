"""End to end: ``tieout serve`` in a subprocess, driven by headless Chromium through Playwright.

Needs the Debian package ``chromium`` (``/usr/bin/chromium``); Playwright's own browser download is
never used.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

import pytest

from test_web import build_store

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
START_TIMEOUT = 30.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def tieout_command() -> list[str]:
    script = Path(sys.executable).parent / "tieout"
    return [str(script)] if script.exists() else [sys.executable, "-m", "extract.cli"]


def wait_for_port(port: int, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"tieout serve exited: {proc.stderr.read().decode(errors='replace')}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("tieout serve did not start listening")


@pytest.fixture
def server(tmp_path, report_factory):
    db, claim_id = build_store(tmp_path, report_factory)
    port = free_port()
    proc = subprocess.Popen(tieout_command() + ["serve", "--store", str(db), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=os.environ.copy())
    try:
        wait_for_port(port, proc)
        yield f"http://127.0.0.1:{port}", claim_id
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_confirm_conflicting_link_in_browser(server, tmp_path):
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is absent (apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright

    base, claim_id = server
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(f"{base}/")
            page.click("text=hostile")
            assert "&lt;script&gt;" not in page.inner_text(".text") and "<script>" in page.inner_text(".text")
            page.click("a.claim.st-conflict")
            assert f"claim={urllib.parse.quote(claim_id, safe='')}" in page.url
            panel = page.locator("#panel")
            assert "conflict" in panel.inner_text() and panel.locator("td.mark").inner_text() == "4786"
            form = panel.locator("form:has(button[value=confirm_link])").first
            form.locator("input[name=reviewer]").fill("王审计")
            form.locator("button").click()
            page.wait_for_load_state()
            page.reload()
            text = page.locator("#panel").inner_text()
            assert "Link confirmed by 王审计" in text and "confirm_link" in text
            assert page.locator("a.claim.rev-confirmed").count() == 1
            page.screenshot(path=str(tmp_path / "review.png"), full_page=True)
        finally:
            browser.close()
    assert (tmp_path / "review.png").stat().st_size > 10_000


# -- a large report: paging, search, filters, keyboard review ------------------------------------
LARGE_PDF = Path(__file__).resolve().parent.parent / "corpora/real/restructuring_plan_002352_dingtai_sf_2016.pdf"
LARGE_DOC = LARGE_PDF.stem


@pytest.fixture(scope="module")
def large_server(tmp_path_factory):
    """``tieout extract`` of a 381-page restructuring plan, then ``tieout serve`` on it."""
    if not CHROMIUM.exists():
        pytest.skip("/usr/bin/chromium is absent (apt-get install -y chromium)")
    folder = tmp_path_factory.mktemp("large")
    db = folder / "large.db"
    done = subprocess.run([sys.executable, "-m", "extract", "-q", "extract", str(LARGE_PDF), "--store", str(db),
                           "--workers", "1"], capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr
    port = free_port()
    proc = subprocess.Popen(tieout_command() + ["-q", "serve", "--store", str(db), "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=os.environ.copy())
    try:
        wait_for_port(port, proc)
        yield f"http://127.0.0.1:{port}", db
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def shown(page) -> tuple[int, int, int]:
    """(first, last, total) of the "Claims a–b of n" line."""
    import re

    match = re.match(r"Claims (\d+)–(\d+) of (\d+)", page.inner_text(".shown"))
    return int(match.group(1)), int(match.group(2)), int(match.group(3))


def claim_of(url: str) -> str | None:
    """The claim a report URL selects."""
    return dict(urllib.parse.parse_qsl(urllib.parse.urlparse(url).query)).get("claim")


def press(page, key: str) -> None:
    """Press a review key once the page's keyboard script is live."""
    page.wait_for_selector("body[data-keys=on]", state="attached")
    page.keyboard.press(key)


def count(page, name: str) -> int:
    return int(page.locator(f'.counts [data-count="{name}"] b').inner_text())


def test_large_report_pages_filters_and_keyboard_review(large_server, tmp_path):
    from playwright.sync_api import sync_playwright

    from extract.store import Store

    base, db = large_server
    with Store(db, readonly=True) as store:
        n_claims = len(store.claims(doc=LARGE_DOC))
        n_money = len(store.claims(doc=LARGE_DOC, kind="money"))
        n_found = len(store.search("重组", doc=LARGE_DOC))
        conflicts = store.conn.execute("SELECT count(DISTINCT claim_id) FROM links WHERE doc = ? AND "
                                       "status = 'conflict'", (LARGE_DOC,)).fetchone()[0]
        linked = store.conn.execute("SELECT count(DISTINCT claim_id) FROM links WHERE doc = ?",
                                    (LARGE_DOC,)).fetchone()[0]
    assert n_claims > 1000 and 0 < n_found < n_claims and linked >= 2
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(f"{base}/")
            listed = int(page.locator(f'tr[data-doc="{LARGE_DOC}"] [data-count="claims"]').inner_text())
            page.click(f"text={LARGE_DOC}")
            # one bounded page, whatever the report's length; the counts are the list page's
            assert page.evaluate("document.body.scrollHeight") < 6000
            assert count(page, "claims") == listed == n_claims and shown(page) == (1, 50, n_claims)
            first_rows = page.locator("table.claims tr[data-claim]").all_inner_texts()
            page.click("a.next-page")
            assert shown(page) == (51, 100, n_claims) and count(page, "claims") == n_claims
            assert page.locator("table.claims tr[data-claim]").all_inner_texts() != first_rows
            page.click("a.last")
            assert shown(page)[1:] == (n_claims, n_claims)
            # search and filters
            page.fill("input[name=q]", "重组")
            page.click("form.filters button")
            assert shown(page)[2] == n_found and count(page, "claims") == n_claims
            page.fill("input[name=q]", "")
            page.select_option("select[name=kind]", "money")
            page.click("form.filters button")
            assert shown(page)[2] == n_money
            page.click("text=clear")
            page.check("input[name=conflict]")
            page.click("form.filters button")
            assert shown(page)[2] == conflicts == count(page, "conflicts")
            page.click("text=clear")
            page.select_option("select[name=linked]", "yes")
            page.click("form.filters button")
            assert shown(page)[2] == linked
            # keyboard review: j / k move through the filtered claims, a accepts and moves on
            press(page, "j")
            page.wait_for_url("**claim=*")
            first = page.locator("table.claims tr.sel").get_attribute("data-claim")
            press(page, "j")
            page.wait_for_url(lambda url: claim_of(url) not in (None, first))
            second = page.locator("table.claims tr.sel").get_attribute("data-claim")
            press(page, "k")
            page.wait_for_url(lambda url: claim_of(url) == first)
            assert second != first
            page.locator('form[data-key="accept"] input[name=reviewer]').fill("王审计")
            page.locator("h3#claim-panel").click()           # leave the field; keys act on the page again
            press(page, "a")
            page.wait_for_url(lambda url: claim_of(url) == second)
            page.wait_for_load_state()
            assert page.locator(f'table.claims tr[data-claim="{first}"]').inner_text().strip().endswith("confirm link")
            assert count(page, "reviewed") == 1 and "linked=yes" in page.url
            page.screenshot(path=str(tmp_path / "large.png"), full_page=True)
        finally:
            browser.close()
    # the decision made in the browser is in the export
    out = subprocess.run([sys.executable, "-m", "extract", "export", "--store", str(db), "--jsonl", "-"],
                         capture_output=True, text=True, timeout=300)
    import json

    reviews = [r for r in map(json.loads, out.stdout.splitlines()) if r["type"] == "review"]
    assert [(r["claim_id"], r["action"], r["reviewer"]) for r in reviews] == [(first, "confirm_link", "王审计")]
