"""RSS and Atom feeds: one item per entry; broken feeds; fetching linked pages only from public addresses."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotegraph.errors import InputError
from quotegraph.read import fetching, iter_items
from quotegraph.read.feeds import iter_feed, looks_like_feed
from quotegraph.read.fetching import check_public, fetch_page
from tests.support import paths
from tests.support.network import PAGE

FIXTURES = paths.FIXTURES / "collect"


def test_rss_entries() -> None:
    path = FIXTURES / "news.rss"
    items = list(iter_items([str(path)]))
    assert [item.key for item in items] == [
        f"{path}#gazette-1001",
        f"{path}#https://gazette.example.org/2024/11/ferry",
    ]
    first, second = (item.article for item in items)
    assert first is not None and second is not None
    # content:encoded (the full text) is preferred over the shorter description.
    assert first.text.startswith("Council approves new sea wall\nThe town council approved")
    assert "Mayor Ellen Brandt" in first.text
    assert (first.meta.headline, first.meta.headline_span, first.meta.date) == (
        "Council approves new sea wall",
        (0, 29),
        "2024-11-18",
    )
    assert first.meta.url == items[0].url == "https://gazette.example.org/2024/11/sea-wall"
    assert first.meta.source == items[0].key
    assert second.text == (
        "Ferry service resumes after strike\n"
        "Ferries to the islands ran again on Sunday, the operator said,"
        " after a three-day strike by crews over pay."
    )


def test_atom_entries() -> None:
    path = FIXTURES / "news.atom"
    items = list(iter_items([str(path)]))
    assert [item.key.rsplit("#", 1)[1] for item in items] == [
        "urn:uuid:valley-courier-77",
        "urn:uuid:valley-courier-78",
    ]
    mill, roof = (item.article for item in items)
    assert mill is not None and roof is not None
    assert mill.meta.date == "2024-11-19" and "Tom Okafor" in mill.text
    # A plain-text summary keeps its lines as paragraphs; <updated> stands in for a missing <published>.
    assert roof.text.splitlines()[1:] == [
        "Builders finished repairing the primary school roof on Friday, the head teacher said.",
        "Classes will return to the top floor next week.",
    ]
    assert roof.meta.date == "2024-11-15"


def test_broken_feed_is_one_error_item(tmp_path: Path) -> None:
    path = tmp_path / "broken.xml"
    path.write_bytes(b"<?xml version='1.0'?><rss version='2.0'><channel><title>Half a feed</ti")
    (item,) = iter_items([str(path)])
    assert item.key == str(path) and item.article is None
    assert item.error and item.error.startswith("not a readable feed (") and "\n" not in item.error


def test_feed_without_entries() -> None:
    (item,) = iter_feed(b"<rss version='2.0'><channel><title>Quiet</title></channel></rss>", "quiet.rss")
    assert item.error == "the feed has no entries"


def test_entry_without_content() -> None:
    data = (
        b"<rss version='2.0'><channel><item><title>Only a title</title><guid>a1</guid></item></channel></rss>"
    )
    (item,) = iter_feed(data, "bare.rss")
    assert item.key == "bare.rss#a1"
    assert item.error == "the entry has no content or summary (fetch its link instead?)"


def test_sniffing() -> None:
    assert looks_like_feed(
        b'\xef\xbb\xbf<?xml version="1.0"?>\n<!-- hi -->\n<?xml-stylesheet href="s.xsl"?>\n<rss>'
    )
    assert looks_like_feed(b'<feed xmlns="http://www.w3.org/2005/Atom">')
    assert not looks_like_feed(b"<!DOCTYPE html><html><body>Not a feed</body></html>")


def test_feed_sniffed_from_content(tmp_path: Path) -> None:
    path = tmp_path / "feed"  # no suffix: named explicitly, the content tells
    path.write_bytes((FIXTURES / "news.atom").read_bytes())
    assert len([item for item in iter_items([str(path)]) if item.article]) == 2


@pytest.mark.parametrize(
    "ip", ["127.0.0.1", "10.1.2.3", "192.168.0.1", "169.254.169.254", "::1", "fe80::1%eth0"]
)
def test_non_public_addresses_are_refused(ip: str) -> None:
    with pytest.raises(InputError, match="not a public internet address"):
        check_public(ip, "host")


def test_public_address_passes() -> None:
    check_public("93.184.216.34", "example.com")


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:9/", "https://localhost:9/", "http://[::1]:9/", "http://10.0.0.1/"]
)
def test_fetch_refuses_before_connecting(url: str) -> None:
    with pytest.raises(InputError, match="refused to fetch from"):
        fetch_page(url)


def test_fetch_refuses_other_schemes() -> None:
    with pytest.raises(InputError, match="only http and https"):
        fetch_page("file:///etc/passwd")


def feed_linking_to(url: str) -> bytes:
    return (
        "<rss version='2.0'><channel><item><title>Sea wall</title><guid>s1</guid>"
        f"<link>{url}</link><pubDate>Mon, 18 Nov 2024 09:30:00 +0000</pubDate>"
        "<description>Teaser only.</description></item></channel></rss>"
    ).encode()


def test_fetch_from_local_server_when_allowed(local_server: str) -> None:
    data, content_type = fetch_page(f"{local_server}/story", allow_private=True)
    assert (data, content_type) == (PAGE, "text/html")
    with pytest.raises(InputError, match=r"not a web page \(image/png\)"):
        fetch_page(f"{local_server}/logo.png", allow_private=True)


def test_fetch_caps_the_size(local_server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fetching, "MAX_PAGE_BYTES", 100)
    with pytest.raises(InputError, match="larger than"):
        fetch_page(f"{local_server}/story", allow_private=True)


def test_redirects_are_checked_too(local_server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    real_check = fetching.check_public

    def check_all_but_the_test_server(ip: str, host: str) -> None:
        if host != "127.0.0.1":  # the server is reached by IP; its redirect names it "localhost"
            real_check(ip, host)

    monkeypatch.setattr(fetching, "check_public", check_all_but_the_test_server)
    with pytest.raises(InputError, match="refused to fetch from localhost"):
        fetch_page(f"{local_server}/moved")


def test_feed_entries_fetch_their_pages(local_server: str) -> None:
    (item,) = iter_feed(feed_linking_to(f"{local_server}/story"), "f.rss", fetch=True, allow_private=True)
    assert item.article is not None and item.url == f"{local_server}/story"
    assert "Mayor Ellen Brandt" in item.article.text and "Teaser" not in item.article.text
    assert (item.article.meta.date, item.article.meta.source) == ("2024-11-18", "f.rss#s1")


def test_fetch_through_iter_items_refuses_the_local_server(local_server: str, tmp_path: Path) -> None:
    path = tmp_path / "local.rss"
    path.write_bytes(feed_linking_to(f"{local_server}/story"))
    (item,) = iter_items([str(path)], fetch=True)
    assert item.article is None and item.error and "not a public internet address" in item.error
    # Without fetch the entry's own text is used and nothing is requested.
    (item,) = iter_items([str(path)])
    assert item.article is not None and "Teaser only." in item.article.text
