"""The report in a real headless Chromium (system package): it renders without console errors, its SVG
charts are laid out, a screenshot is not blank, and no request leaves the page.

The page is served by a loopback HTTP server started here; the test checks both the browser's own record
of requests (DevTools ``Network``) and the server's log. Skips when ``chromium`` is not installed.
"""

from __future__ import annotations

import http.server
import os
import shutil
import threading
from datetime import date
from pathlib import Path

import pytest
from cdp_pipe import Browser, png_colours

from kpdata.report.comparison import compare
from kpdata.report.html import write_report
from kpdata.report.select import all_planning

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="chromium is not installed (apt-get install chromium; .ci/run installs it)"
)


class Server:
    """Serves one folder on 127.0.0.1; ``requests`` lists every path asked for."""

    def __init__(self, folder: Path):
        requests: list[str] = []

        class Handler(http.server.SimpleHTTPRequestHandler):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, directory=str(folder), **kwargs)

            def log_message(self, *args):
                requests.append(self.path)

        self.requests = requests
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def visit(folder: Path, page: str, profile: Path, *, width: int = 1000):
    """Load ``page`` from ``folder`` over loopback; return the browser (closed), the server log, the
    number of laid-out SVG charts and a small screenshot."""
    server, browser = Server(folder), Browser(CHROMIUM, profile, width=width)
    try:
        browser.open_page()
        browser.send("Page.navigate", {"url": f"{server.url}/{page}"})
        browser.wait_for("Page.loadEventFired")
        script = "[...document.querySelectorAll('svg.chart')].filter(s => s.getBoundingClientRect().width > 100).length"
        charts = browser.send("Runtime.evaluate", {"expression": script})["result"]["value"]
        png = browser.screenshot(scale=0.25)
        full = browser.screenshot()
    finally:
        browser.close()
        server.stop()
    return browser, server.requests, charts, png, full


def errors(browser: Browser) -> list[str]:
    found = []
    for method, params in browser.events:
        if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            found.append(str(params.get("args")))
        elif method == "Runtime.exceptionThrown" or (
            method == "Log.entryAdded" and params["entry"]["level"] == "error"
        ):
            found.append(str(params))
    return found


def requested(browser: Browser) -> list[str]:
    return [p["request"]["url"] for m, p in browser.events if m == "Network.requestWillBeSent"]


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    """Where screenshots go: $KPDATA_SCREENSHOTS (to look at them) or a temporary folder."""
    wanted = os.environ.get("KPDATA_SCREENSHOTS")
    return Path(wanted) if wanted else tmp_path_factory.mktemp("screenshots")


@pytest.fixture(scope="module")
def folder(sample, tmp_path_factory) -> Path:
    folder, day = tmp_path_factory.mktemp("site"), date(2026, 11, 23)
    write_report(sample, compare(sample, all_planning(sample), today=day), folder / "report.html", today=day)
    return folder


def test_the_report_renders_offline_with_charts_and_no_errors(folder, shots, tmp_path):
    browser, log, charts, png, full = visit(folder, "report.html", tmp_path / "profile")
    assert errors(browser) == []
    assert charts >= 3  # timeline, heatmap, at least one bar chart, each laid out wider than 100 px
    assert png_colours(png) > 20, "the screenshot is (nearly) blank"
    urls = requested(browser)
    assert urls and all(u.endswith("/report.html") for u in urls), urls
    assert log == ["/report.html"], f"the page asked the server for more than itself: {log}"
    shots.mkdir(parents=True, exist_ok=True)
    (shots / "report-desktop.png").write_bytes(full)


def test_the_report_fits_a_phone(folder, shots, tmp_path):
    browser, _, charts, png, full = visit(folder, "report.html", tmp_path / "profile", width=390)
    assert errors(browser) == [] and charts >= 3 and png_colours(png) > 20
    shots.mkdir(parents=True, exist_ok=True)
    (shots / "report-phone.png").write_bytes(full)


def test_the_checks_can_fail(tmp_path):
    """A page with a console error, a broken script and an outside request is caught by the same checks."""
    bad = '<html><body><script>console.error("boom"); undefined_call();</script><img src="http://192.0.2.1/x.png"></body></html>'
    (tmp_path / "bad.html").write_text(bad, encoding="utf-8")
    browser, _, charts, png, _ = visit(tmp_path, "bad.html", tmp_path / "profile")
    assert len(errors(browser)) >= 2 and charts == 0
    assert any("192.0.2.1" in u for u in requested(browser))
    assert png_colours(png) <= 2  # a white page
