"""URLs on the command line: `analyze https://…` and `ingest https://…` fetch the page as
`serve --allow-fetch` does (the same fetch, the same refusal of non-public addresses), and an ingest
that stores nothing says so and fails."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from quotegraph.cli import app
from quotegraph.read import fetching, iter_items
from quotegraph.read.urls import is_url

runner = CliRunner()


@pytest.fixture
def reachable(monkeypatch: pytest.MonkeyPatch) -> None:
    """The loopback test server passes the address check; every other rule of the fetch applies."""
    real_check = fetching.check_public

    def check_all_but_the_test_server(ip: str, host: str) -> None:
        if host != "127.0.0.1":
            real_check(ip, host)

    monkeypatch.setattr(fetching, "check_public", check_all_but_the_test_server)


def test_what_counts_as_a_url() -> None:
    assert is_url("https://www.bbc.co.uk/news/1") and is_url("HTTP://example.com")
    assert not is_url("http.txt") and not is_url("https:/mangled") and not is_url("-")


@pytest.mark.usefixtures("reachable")
def test_analyze_reads_a_url(local_server: str) -> None:
    result = runner.invoke(app, ["analyze", f"{local_server}/story", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    assert "Ellen Brandt" in result.stdout
    assert f"{local_server}/story" in result.stdout  # the article's source is the URL, unmangled


def test_analyze_refuses_a_private_address_in_one_line(local_server: str) -> None:
    result = runner.invoke(app, ["analyze", f"{local_server}/story"])
    assert result.exit_code == 2
    assert "not a public internet address" in result.stderr and "no such file" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


@pytest.mark.usefixtures("reachable")
def test_iter_items_fetches_a_url_spec(local_server: str) -> None:
    (item,) = iter_items([f"{local_server}/story"])
    assert item.article is not None and item.url == f"{local_server}/story"
    assert "Mayor Ellen Brandt" in item.article.text


@pytest.mark.usefixtures("reachable")
def test_ingest_a_url(local_server: str, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    result = runner.invoke(app, ["ingest", f"{local_server}/story", "--db", str(db), "--workers", "0", "-q"])
    assert result.exit_code == 0, result.output
    assert "ingested" in result.stderr and "articles/s" in result.stderr


def test_an_ingest_that_stores_nothing_fails_and_says_so(local_server: str, tmp_path: Path) -> None:
    db = tmp_path / "news.db"
    result = runner.invoke(app, ["ingest", f"{local_server}/story", "--db", str(db), "--workers", "0", "-q"])
    assert result.exit_code == 2
    assert "nothing ingested: no source could be read" in result.stderr  # the table above says why
    assert "articles/s" not in result.stderr
