"""The corpus views of the web page in a real browser (Debian's chromium through Playwright), over a
database of a small sample of the BBC corpus (with the invented stories of tests/support/server.py;
those alone without ../shared): what a person sees agrees with the API, facets narrow, downloads hold the rows
shown, no view prints "null", "undefined" or "NaN", and nothing is requested from another origin.

Screenshots of each view at 1400x1000 go to test-artifacts/ (docs/img/ holds reduced copies).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest
from playwright.sync_api import Browser, Page, expect

from quotegraph.read import read_path
from quotegraph.serve import create_app
from tests.support.browser import needs_chromium
from tests.support.paths import ROOT, SHARED
from tests.support.server import fill_store, running, stories

pytestmark = needs_chromium
ARTIFACTS = ROOT / "test-artifacts"
BBC = SHARED / "corpora" / "bbc-news"
PER_SECTION = 4  # articles from each of the five sections
# Words a rendering bug prints; whole words, so that "nullify" in an article is not one.
BROKEN = re.compile(r"\b(null|undefined|NaN)\b|\[object ")


def bbc_sample() -> list:
    """A few articles of each section, dated across two years (the corpus gives no dates)."""
    if not BBC.is_dir():
        return []
    files = [
        f
        for section in sorted(BBC.iterdir())
        if section.is_dir()
        for f in sorted(section.glob("*.txt"))[:PER_SECTION]
    ]
    return [
        read_path(f, date=f"200{4 + i % 2}-{(i * 5) % 12 + 1:02d}-{i % 27 + 1:02d}")
        for i, f in enumerate(files)
    ]


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory, nlp) -> Iterator[str]:
    target = str(tmp_path_factory.mktemp("web-corpus") / "corpus.db")
    fill_store(target, nlp, stories() + bbc_sample())
    with running(create_app(target)) as base:
        yield base


@pytest.fixture
def page(browser: Browser, base_url: str) -> Iterator[Page]:
    """A tab at 1400x1000 that fails the test on a script error or a request to another host."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    errors: list[str] = []
    hosts: set[str | None] = set()
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("request", lambda request: hosts.add(urlsplit(request.url).hostname))
    yield page
    context.close()
    assert errors == []
    assert hosts <= {"127.0.0.1"}, hosts


def api(base_url: str, path: str, **params: object) -> dict:
    response = httpx.get(base_url + path, params=params, timeout=30)
    assert response.status_code == 200, response.text
    return response.json()


def open_view(page: Page, base_url: str, address: str) -> None:
    # A full load each time: a goto that changes only the #hash may be read before the new view is
    # drawn (the previous view's text read instead, a pass by luck of timing).
    page.goto("about:blank")
    page.goto(f"{base_url}/{address}")
    page.wait_for_load_state("networkidle")
    expect(page.locator("#corpus-view .status", has_text="Loading…")).to_have_count(0)


def number(text: str) -> int:
    return int(text.replace(",", ""))


def test_the_page_opens_on_the_corpus_with_the_apis_totals(page: Page, base_url: str) -> None:
    open_view(page, base_url, "")
    expect(page.locator('nav a[aria-current="page"]')).to_have_text("Overview")
    found = api(base_url, "/api/overview")
    values = [number(v) for v in page.locator("#totals .figure .value").all_text_contents()[:5]]
    assert values == [found[k] for k in ("articles", "quotes", "speakers", "persons", "events")]
    assert found["articles"] == len(stories()) + len(bbc_sample())
    bars = page.locator(".chart-svg .bar")
    assert bars.count() >= len(found["months"])
    top = page.locator(".card", has_text="Most quoted persons").locator("li").first
    expect(top).to_contain_text(found["top_persons"][0]["name"])


def test_a_facet_narrows_the_search_to_its_count(page: Page, base_url: str) -> None:
    open_view(page, base_url, "#/corpus")
    total = page.locator(".pager .total")
    everything = number(total.get_attribute("data-total") or "")
    assert everything == api(base_url, "/api/overview")["quotes"]
    first = page.locator('[data-facet="person"] li').first
    name = first.locator("a").inner_text()
    count = number(first.locator(".n").inner_text())
    first.locator("a").click()
    expect(total).to_have_attribute("data-total", str(count))
    assert count < everything
    expect(page.locator(".active-filters")).to_contain_text("person_id")
    speakers = page.locator(".quote-item .by a").first
    expect(speakers).to_be_visible()
    person_id = re.search(r"person_id=(\d+)", page.url)
    assert person_id and api(base_url, f"/api/persons/{person_id[1]}")["name"] == name


def test_the_csv_download_holds_the_rows_shown(page: Page, base_url: str, tmp_path: Path) -> None:
    open_view(page, base_url, "#/corpus?anonymous=false")
    shown = [
        int(i) for i in page.locator(".quote-item").evaluate_all("items => items.map(i => i.dataset.quoteId)")
    ]
    assert shown
    total = number(page.locator(".pager .total").get_attribute("data-total") or "")
    with page.expect_download() as waiting:
        page.locator("a.download.csv").click()
    path = tmp_path / "quotes.csv"
    waiting.value.save_as(path)
    with path.open(encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    assert [int(r["id"]) for r in rows[: len(shown)]] == shown
    assert len(rows) == total and {r["anonymous"] for r in rows} == {"False"}
    texts = page.locator(".quote-item blockquote").first.inner_text()
    assert rows[0]["quote"] in texts


def test_articles_sort_by_quotes_when_the_heading_is_clicked(page: Page, base_url: str) -> None:
    open_view(page, base_url, "#/articles")
    page.locator("table.articles th a", has_text="Quotes").click()
    expect(page.locator('table.articles th[aria-sort="descending"]')).to_contain_text("Quotes")
    counts = [number(c) for c in page.locator("table.articles tbody td:nth-child(3)").all_text_contents()]
    assert counts == sorted(counts, reverse=True)
    assert counts[0] == max(a["quotes"] for a in api(base_url, "/api/browse/articles", limit=200)["items"])


def test_chart_values_are_reached_with_the_keyboard(page: Page, base_url: str) -> None:
    open_view(page, base_url, "#/charts")
    point = page.locator(".chart-svg .point").first
    point.focus()
    expect(page.locator(".chart-readout").first).to_contain_text(re.compile(r"\d{4}-\d\d: \d+ quotes"))
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('class')") == "point"


VIEWS = {
    "overview": "",
    "search": "#/corpus?q=said",
    "articles": "#/articles",
    "persons": "#/persons",
    "events": "#/events",
    "places": "#/places",
    "charts": "#/charts",
}


def test_every_view_reads_clean(page: Page, base_url: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    person = api(base_url, "/api/browse/persons", limit=1)["items"][0]["id"]
    article = api(base_url, "/api/browse/articles", sort="quotes", limit=1)["items"][0]["id"]
    views = VIEWS | {"person": f"#/persons/{person}", "article": f"#/articles/{article}"}
    for name, address in views.items():
        open_view(page, base_url, address)
        text = page.locator("body").inner_text()
        assert not BROKEN.search(text), (name, BROKEN.search(text))
        assert page.locator("#corpus-view h1, #corpus-view .article-text").count() > 0, name
        page.screenshot(path=ARTIFACTS / f"web-{name}.png")
    # The map is the world's outline, drawn from the vendored file, with a circle per place.
    open_view(page, base_url, "#/places")
    expect(page.locator(".world .countries")).to_have_attribute("d", re.compile(r"^M-?\d"))
    assert page.locator(".world .place-dot").count() == min(500, api(base_url, "/api/browse/places")["total"])


def test_the_analyze_panel_jumps_to_its_sections(page: Page, base_url: str) -> None:
    article = api(base_url, "/api/browse/articles", sort="quotes", limit=1)["items"][0]["id"]
    open_view(page, base_url, f"#/articles/{article}")
    jump = page.locator(".section-jump", has_text="Events")
    jump.click()
    heading = page.locator(".panel-body h2", has_text="Events")
    expect(heading).to_be_in_viewport()
    expect(heading).to_be_focused()


NEW_STORY = """Library reopens after a year of repairs
RIVERTON -- The city library reopened on Tuesday after a year of repairs to its roof.
"The readers have been patient, and now they have their library back," said Jo Marsh, the head librarian.
"""


def test_a_pasted_article_is_added_to_the_corpus(page: Page, base_url: str) -> None:
    before = api(base_url, "/api/overview")["articles"]
    open_view(page, base_url, "#/analyze")
    page.fill("#article-text", NEW_STORY)
    page.click("#analyze-button")
    expect(page.locator("#analysis .article-text")).to_be_visible(timeout=60_000)
    page.screenshot(path=ARTIFACTS / "web-analyze.png")
    page.click("#add-button")
    link = page.locator("#analyze-status a")
    expect(link).to_have_text(re.compile(r"article \d+"))
    assert api(base_url, "/api/overview")["articles"] == before + 1
    link.click()
    expect(page.locator("#corpus-view .article-text")).to_contain_text("Jo Marsh")
