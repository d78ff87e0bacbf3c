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
