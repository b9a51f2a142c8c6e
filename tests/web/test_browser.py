"""The dashboard in a real browser (Debian's Chromium driven by Playwright) against a real
server on loopback: every page loads with its charts drawn and nothing fetched from elsewhere,
the language switches, events filter, a country opens, a report downloads, and pages read
without JavaScript. Screenshots are kept under out/screenshots/ (gitignored)."""

from __future__ import annotations

import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.web.conftest import PERIOD

playwright = pytest.importorskip("playwright.sync_api")

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip
SHOTS = Path(__file__).resolve().parents[2] / "out" / "screenshots"
PAGES = {"overview": "/", "country": "/country/LTU", "events": "/events", "allies": "/allies",
         "contradictions": "/contradictions", "reports": "/reports", "sources": "/sources"}  # fmt: skip
CHARTS = {"overview": 1, "country": 1, "allies": 1}

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists() or shutil.which("chromium") is None:
        pytest.skip(f"needs Debian's chromium at {CHROMIUM} (apt-get install chromium)")
    SHOTS.mkdir(parents=True, exist_ok=True)
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield b
        b.close()


class Watched:
    """A page that records console errors and refuses (and notes) any request off loopback."""

    def __init__(self, browser, **options) -> None:
        self.context = browser.new_context(viewport={"width": 1200, "height": 900}, **options)
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.outside: list[str] = []
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.context.route("**/*", self._route)

    def _console(self, msg) -> None:
        if msg.type == "error":
            self.errors.append(msg.text)

    def _route(self, route) -> None:
        host = urlsplit(route.request.url).hostname
        if route.request.url.startswith("data:") or host == "127.0.0.1":
            route.continue_()
        else:
            self.outside.append(route.request.url)
            route.abort()

    def close(self) -> None:
        self.context.close()


def test_every_page_loads_draws_its_charts_and_fetches_nothing_from_elsewhere(browser, server):
    w = Watched(browser)
    for name, path in PAGES.items():
        w.page.goto(f"{server.url}{path}?period={PERIOD}&lang=zh-Hant", wait_until="networkidle",
                    timeout=180_000)  # fmt: skip
        assert w.page.locator("main").inner_text().strip(), name
        if name in CHARTS:
            w.page.wait_for_selector("figure.chart[data-drawn]", timeout=60_000)
            drawn = w.page.locator("figure.chart").evaluate_all(
                "fs => fs.map(f => f.getAttribute('data-drawn'))"
            )
            assert drawn == ["vega"] * len(drawn) and len(drawn) >= CHARTS[name], (name, drawn)
            assert w.page.locator("figure.chart svg").count() >= 1
        w.page.screenshot(path=str(SHOTS / f"{name}-zh-Hant.png"), full_page=True)
    assert not w.outside, w.outside
    assert not w.errors, w.errors  # no CSP violation, no script error
    w.close()


def test_switching_language_keeps_the_page_and_renames_the_states(browser, server):
    w = Watched(browser)
    w.page.goto(f"{server.url}/country/LTU?period={PERIOD}", wait_until="networkidle")
    w.page.click("text=English")
    assert w.page.locator("html").get_attribute("lang") == "en"
    assert w.page.locator("h1").inner_text().startswith("Lithuania")
    w.page.click("text=简体中文")
    assert w.page.locator("html").get_attribute("lang") == "zh-Hans"
    assert w.page.locator("h1").inner_text().startswith("立陶宛")
    assert "period=2021Q4" in w.page.url
    w.page.screenshot(path=str(SHOTS / "country-zh-Hans.png"))
    w.close()


def test_filtering_events_and_opening_one(browser, server):
    w = Watched(browser)
    w.page.goto(f"{server.url}/events?lang=en", wait_until="networkidle")
    w.page.select_option("select[name=period]", PERIOD)
    w.page.fill("input[name=actor]", "立陶宛")
    w.page.select_option("select[name=origin]", "text")
    w.page.click("form.filters button")
    w.page.wait_for_load_state("networkidle")
    assert "actor=" in w.page.url and "origin=text" in w.page.url
    rows = w.page.locator("table.events tbody tr")
    assert rows.count() >= 1
    for i in range(rows.count()):
        actors = (
            rows.nth(i).locator("td").nth(1).inner_text()
            + rows.nth(i).locator("td").nth(2).inner_text()
        )
        assert "Lithuania" in actors
    w.page.screenshot(path=str(SHOTS / "events-filtered-en.png"), full_page=True)
    rows.first.locator("td a").first.click()
    w.page.wait_for_load_state("networkidle")
    assert "/events/" in w.page.url
    assert w.page.locator("blockquote.sentence").inner_text().strip()
    w.page.screenshot(path=str(SHOTS / "event-en.png"))
    w.close()


def test_opening_a_country_from_the_overview(browser, server):
    w = Watched(browser)
    w.page.goto(f"{server.url}/?period={PERIOD}&lang=en", wait_until="networkidle")
    w.page.fill("form.country-pick input[name=actor]", "Lithuania")
    w.page.click("form.country-pick button")
    w.page.wait_for_load_state("networkidle")
    assert urlsplit(w.page.url).path == "/country/LTU"
    assert "condemnation and sanctions" in w.page.locator("#placement").inner_text()
    w.page.goto(f"{server.url}/?period={PERIOD}&lang=en", wait_until="networkidle")
    w.page.locator("#typology a[href^='/country/RUS']").first.click()
    w.page.wait_for_load_state("networkidle")
    assert w.page.locator("h1").inner_text().startswith("Russia")
    w.close()


def test_downloading_a_report(browser, server, tmp_path):
    w = Watched(browser, accept_downloads=True)
    w.page.goto(f"{server.url}/reports?period={PERIOD}&lang=en", wait_until="networkidle")
    w.page.select_option("select[name=report_lang]", "en")
    w.page.select_option("select[name=format]", "md")
    with w.page.expect_download(timeout=180_000) as got:
        w.page.click("form.report button")
    download = got.value
    assert download.suggested_filename == f"report-{PERIOD}-en.md"
    target = tmp_path / download.suggested_filename
    download.save_as(target)
    text = target.read_text(encoding="utf-8")
    assert "Nicaragua" in text and "16 November 2021" in text
    w.page.screenshot(path=str(SHOTS / "reports-en.png"))
    w.close()


def test_pages_read_without_javascript(browser, server):
    w = Watched(browser, java_script_enabled=False)
    w.page.goto(f"{server.url}/?period={PERIOD}&lang=en", wait_until="networkidle")
    img = w.page.locator("figure.chart img")
    assert img.count() == 1
    assert img.evaluate("i => i.complete && i.naturalWidth > 0"), "the map's picture did not load"
    w.page.click("text=Events")
    w.page.fill("input[name=text]", "summit")
    w.page.click("form.filters button")
    w.page.wait_for_load_state("networkidle")
    assert "text=summit" in w.page.url and w.page.locator("table.events tbody tr").count() >= 1
    w.page.screenshot(path=str(SHOTS / "overview-no-js.png"))
    w.close()
