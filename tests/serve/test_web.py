"""The web page in a real browser (Debian's chromium, driven by Playwright): analyze the seed article,
read a quote's speaker on hover, jump to a warning, search the corpus; article text never runs as code.

Screenshots go to test-artifacts/.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, ConsoleMessage, Page, expect

from quotegraph.read import read_path
from quotegraph.serve import create_app
from tests.support.browser import needs_chromium
from tests.support.paths import ROOT, SHARED, shared_path
from tests.support.server import fill_store, running, stories

pytestmark = needs_chromium
ARTIFACTS = ROOT / "test-artifacts"
SEED = SHARED / "examples" / "atacms-kursk.txt"
XSS_ARTICLE = """Council rejects <script>window.__pwned=1</script> budget plan
"We will not pay for <img src=x onerror="window.__pwned=1"> this," said Anna Berg, the council's treasurer.
Berg said the vote on the <b onmouseover="window.__pwned=1">plan</b> was final.
"""


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory, nlp) -> Iterator[str]:
    target = str(tmp_path_factory.mktemp("web") / "corpus.db")
    seed = [read_path(SEED, date="2024-11-18")] if SEED.exists() else []
    fill_store(target, nlp, stories() + seed)
    with running(create_app(target)) as base:
        yield base


@pytest.fixture
def page(browser: Browser, base_url: str) -> Iterator[Page]:
    """A fresh tab on the page; a script error in it fails the test (an API error answer the test asks
    for is logged as a failed load: not a script error)."""
    # Reduced motion: jumps scroll at once and flash with a steady outline, so screenshots are stable.
    context = browser.new_context(viewport={"width": 1400, "height": 900}, reduced_motion="reduce")
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            errors.append(message.text)

    page.on("console", on_console)
    page.goto(base_url + "/")
    yield page
    context.close()
    assert errors == []


def screenshot(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / name)


def analyze(page: Page, text: str, date: str | None = None) -> None:
    # The page opens on the corpus when the database holds articles: go to the analyze view.
    page.click('nav a[data-nav="analyze"]')
    page.fill("#article-text", text)
    if date:
        page.fill("#article-date", date)
    page.click("#analyze-button")
    expect(page.locator("#analysis .article-text")).to_be_visible(timeout=60_000)


def test_seed_article_quotes_speakers_and_warnings(page: Page) -> None:
    analyze(page, shared_path("examples", "atacms-kursk.txt").read_text(encoding="utf-8"), "2024-11-18")
    peskov = page.locator("#analysis .speakers li", has_text="Dmitry Peskov")
    expect(peskov).to_contain_text("Kremlin spokesperson")
    speaker_id = peskov.get_attribute("data-speaker")
    quotes = page.locator(f'#analysis .article-text [data-speaker="{speaker_id}"]')
    assert quotes.count() >= 2
    swatch = peskov.locator(".swatch").evaluate("node => getComputedStyle(node).backgroundColor")
    for piece in quotes.all():
        assert piece.evaluate("node => getComputedStyle(node).backgroundColor") == swatch

    quotes.first.hover()
    tooltip = page.locator("#tooltip")
    expect(tooltip).to_be_visible()
    expect(tooltip).to_contain_text("Dmitry Peskov")
    expect(tooltip).to_contain_text("Kremlin spokesperson")
    screenshot(page, "analyze-hover-peskov.png")

    page.mouse.move(0, 0)
    page.locator("#analysis .warnings li", has_text="Merezhkko").get_by_role("button").click()
    flashed = page.locator("#analysis .article-text .flash")
    expect(flashed.first).to_be_in_viewport()
    assert "Merezhkko" in flashed.all_text_contents()
    screenshot(page, "analyze-warning-jump.png")

    expect(page.locator("#analysis .map .place")).to_have_count(6)  # nine places, three pairs at one point
    expect(page.locator("#analysis .map .towns")).to_have_attribute("d", re.compile("^M"))  # the background
    assert page.locator("#analysis .figures li").count() > 0
    assert page.locator("#analysis .dates li").count() > 0
    page.locator("#analysis .map").scroll_into_view_if_needed()
    screenshot(page, "analyze-panel-map.png")


def test_corpus_search_speaker_and_article_pages(page: Page) -> None:
    page.click('nav a[data-nav="corpus"]')
    page.fill("#search-q", "strike")
    page.click("form.search button")
    result = page.locator(".quote-item", has_text="until the strike ends")
    expect(result).to_contain_text("Maria Lopez")
    screenshot(page, "corpus-search.png")

    page.fill("#search-q", '"unclosed')
    page.click("form.search button")
    expect(page.locator("#corpus-view .status.error")).to_contain_text("quotation mark is not closed")

    page.goto(page.url.split("#")[0] + "#/corpus?speaker=park")
    page.locator(".quote-item a", has_text="Helen Park").first.click()
    expect(page.locator("#corpus-view h1")).to_contain_text("Helen Park")
    expect(page.locator(".roles tbody tr")).to_have_count(2)
    expect(page.locator(".timeline .bar")).to_have_count(4)  # March to June 2024, two months without quotes
    expect(page.locator("#corpus-view .quote-item")).to_have_count(3)
    screenshot(page, "corpus-speaker.png")

    page.locator(".quote-item a", has_text="riverside park").click()
    expect(page.locator("#corpus-view .article-text")).to_contain_text("This is the best thing the city")
    park = page.locator("#corpus-view .speakers li", has_text="Helen Park")
    expect(park.get_by_role("link", name="profile")).to_be_visible()
    expect(page.locator("#corpus-view .map .towns")).to_have_attribute("d", re.compile("^M"))
    screenshot(page, "corpus-article.png")


TONED = """Storm damage in Riverton
"This is a terrible tragedy and we are devastated," Mayor Helen Park said on Monday.
"The volunteers were wonderful, and I am grateful for their kindness," said Ada Lin, a resident.
"""


def test_each_quote_shows_its_tone(page: Page) -> None:
    analyze(page, TONED)
    chips = page.locator("#analysis .article-text .tone")
    expect(chips).to_have_count(2)
    tragedy, volunteers = chips.all()
    expect(tragedy).to_have_class(re.compile(r"\bnegative\b"))
    expect(tragedy).to_have_text(re.compile(r"^-0\.\d\d$"))
    expect(volunteers).to_have_class(re.compile(r"\bpositive\b"))
    expect(volunteers).to_have_text(re.compile(r"^\+0\.\d\d$"))
    red, green = (chip.evaluate("node => getComputedStyle(node).color") for chip in (tragedy, volunteers))
    assert red != green
    # The chip follows the words of the quote it scores.
    before = tragedy.evaluate("node => node.previousSibling.textContent")
    assert before.endswith("devastated,")
    expect(page.locator("#analysis .article-meta")).to_contain_text(re.compile(r"tone [-+]?\d\.\d\d"))
    page.locator('#analysis .article-text [data-quote="0"]').first.hover()
    expect(page.locator("#tooltip .tone")).to_have_text(tragedy.inner_text())
    screenshot(page, "analyze-tone.png")

    page.click('nav a[data-nav="corpus"]')
    page.fill("#search-q", "strike")
    page.click("form.search button")
    result = page.locator(".quote-item", has_text="until the strike ends")
    expect(result.locator(".tone")).to_have_text(re.compile(r"^[-+]?\d\.\d\d$"))


def test_article_text_never_runs_as_code(page: Page) -> None:
    analyze(page, XSS_ARTICLE)
    text = page.locator("#analysis .article-text")
    expect(text).to_contain_text("<script>window.__pwned=1</script>")
    expect(text).to_contain_text('<img src=x onerror="window.__pwned=1">')
    text.get_by_text(re.compile("plan")).first.hover()
    assert text.locator("script, img, b").count() == 0
    assert page.evaluate("typeof window.__pwned") == "undefined"
    expect(page.locator("#analysis .speakers")).to_contain_text("Anna Berg")
    screenshot(page, "xss-as-text.png")


def test_api_docs_render_offline(browser: Browser, base_url: str) -> None:
    """/docs lists every route of the OpenAPI schema, and nothing it loads comes from another host:
    Swagger UI's script and style are served by the app, so the page works with no internet."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    requested: list[str] = []
    errors: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(base_url + "/docs")
    paths = page.locator(".opblock-summary-path")
    expect(paths.first).to_be_visible(timeout=30_000)
    # Swagger UI puts a zero-width space before each "/" of a path so that it can wrap there.
    shown = {text.replace("\u200b", "") for text in paths.all_text_contents()}
    schema = page.request.get(base_url + "/openapi.json").json()["paths"]
    assert set(schema) <= shown and {"/api/analyze", "/api/quotes", "/api/speakers/{speaker_id}"} <= shown
    screenshot(page, "api-docs.png")
    context.close()
    assert errors == []
    assert requested and {urlsplit(url).hostname for url in requested} == {"127.0.0.1"}, requested


def test_seed_events_are_listed_and_drawn_actor_to_target(page: Page) -> None:
    analyze(page, shared_path("examples", "atacms-kursk.txt").read_text(encoding="utf-8"), "2024-11-18")
    events = page.locator("#analysis .events li")
    authorized = events.filter(has_text="Joe Biden → Ukraine")
    expect(authorized).to_contain_text("authorized · authorize")
    expect(events.filter(has_text="White House → permission")).to_contain_text("reject")
    arrows = page.locator("#analysis .events-graph .event-arrow")
    assert 0 < arrows.count() <= min(events.count(), 14)  # the events with both an actor and a target
    assert arrows.locator("line").first.evaluate("n => getComputedStyle(n).stroke") != "none"
    actors = page.locator("#analysis .events-graph .event-node.actor text")
    expect(actors.filter(has_text="Joe Biden")).to_have_count(1)  # one node for its two events
    assert "—" not in actors.all_text_contents()
    authorized.get_by_role("button").click()
    flashed = page.locator("#analysis .article-text .flash")
    expect(flashed.first).to_be_in_viewport()
    assert {"authorized", "Ukraine"} <= {t.strip() for t in flashed.all_text_contents()}
    page.locator("#analysis .events-graph").scroll_into_view_if_needed()
    screenshot(page, "analyze-events.png")
