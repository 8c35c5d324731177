"""Real-world-shaped bad input through the command, as a user runs it (subprocesses with a timeout):
each gives a one-line error or a best-effort result, never a traceback and never a hang, and in a batch
ingest the readable items still go in.

The small inputs are in tests/fixtures/bad/; the big ones (a 50 MB text, deep HTML, 10,000 quotation
marks, a truncated WARC) are made in tmp_path.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.support.paths import FIXTURES
from tests.support.warc import page, write_warc

BAD = FIXTURES / "bad"
TIMEOUT = 240  # seconds for one command; a hang fails the test instead of the suite


def quotegraph(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    completed = subprocess.run(
        [sys.executable, "-m", "quotegraph", *args],
        input=stdin.decode("utf-8", "surrogateescape") if stdin is not None else None,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    assert "Traceback" not in completed.stdout + completed.stderr, completed.stderr
    return completed


def big_text(path: Path, megabytes: int = 50) -> Path:
    line = '"We will decide soon," Mayor Helen Park said. A senior official said the vote could slip.\n'
    with path.open("w") as stream:
        stream.write("A very long article\n")
        stream.write(line * (megabytes * 2**20 // len(line) + 1))
    return path


def deep_html(path: Path, depth: int = 20_000) -> Path:
    path.write_text(
        "<html><head><title>Deep</title></head><body>"
        + "<div>" * depth
        + '<p>"We are ready," said Ada Lin, the harbour master, on Tuesday.</p>'
        + "</div>" * depth
        + "</body></html>"
    )
    return path


def many_quotes(path: Path, count: int = 10_000) -> Path:
    """count quotation marks of six kinds, mostly unpaired, with a reporting clause now and then."""
    marks = ['"', "\u201c", "\u201d", '"', "\u2018", "\u2019"]
    words = " ".join(
        '"a," said Ada Lin.' if n % 50 == 0 else marks[n % len(marks)] + "x" for n in range(9_800)
    )
    text = f"Ten thousand quotation marks\n\n{words}\n"
    text += '"' * (count - sum(text.count(mark) for mark in set(marks))) + "\n"
    path.write_text(text)
    return path


def truncated_warc(path: Path) -> Path:
    whole = write_warc(path, [page(n) for n in range(3)]).read_bytes()
    path.write_bytes(whole[: len(whole) - 300])  # cut inside the last record
    return path


# Files that are not an article at all: a one-line error naming the file and a non-zero exit code.
REFUSED = {
    "empty.txt": "is empty",
    "whitespace.txt": "nothing but whitespace",
    "binary.txt": "binary",
}


def test_what_is_not_an_article_is_refused_in_one_line(tmp_path: Path) -> None:
    paths = {BAD / name: message for name, message in REFUSED.items()}
    paths[big_text(tmp_path / "50mb.txt")] = "larger than 8 MB: too big for one article"
    runs = {
        path: subprocess.Popen(
            [sys.executable, "-m", "quotegraph", "analyze", str(path)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for path in paths
    }
    for path, process in runs.items():
        out, err = process.communicate(timeout=TIMEOUT)
        assert process.returncode == 2, (path, err)
        assert paths[path] in err and str(path) in err, err
        assert "Traceback" not in out + err and len(err.strip().splitlines()) == 1, err


def test_damaged_but_readable_text_gives_a_best_effort_analysis() -> None:
    names = [
        "invalid-utf8.txt",
        "utf16-bom.txt",
        "cp1252.txt",
        "mixed-scripts.txt",
        "german.txt",
        "unbalanced-quotes.txt",
        "broken-feed.xml",  # analyze reads any file as one article: this one is text with tags in it
        "not-json.jsonl",
        "script-article.html",
    ]
    paths = [str(BAD / name) for name in names]  # (10,000 quotation marks: in the batch ingest below)
    completed = quotegraph("analyze", *paths, "--format", "jsonl")
    assert completed.returncode == 0, completed.stderr
    results = dict(zip(paths, map(json.loads, completed.stdout.splitlines()), strict=True))
    for result in results.values():
        text = result["text"]
        for quote in result["quotes"]:
            assert all(0 <= start < end <= len(text) for start, end in quote["content"])

    def notes(name: str) -> str:
        return " ".join(results[str(BAD / name)]["notes"])

    assert "not valid UTF-8" in notes("invalid-utf8.txt")
    assert "utf-16" in notes("utf16-bom.txt")
    assert "Hélène Park" in results[str(BAD / "utf16-bom.txt")]["text"]
    assert "cp1252" in notes("cp1252.txt")
    assert "£1,200" in results[str(BAD / "cp1252.txt")]["text"]
    assert "not look like English" in notes("german.txt") or "English" in notes("german.txt")
    assert "Мы готовы" in results[str(BAD / "mixed-scripts.txt")]["text"]
    unbalanced = results[str(BAD / "unbalanced-quotes.txt")]
    assert any(w["kind"] == "unbalanced-quotes" for w in unbalanced["warnings"])
    # Markup in a page is data: the script's text never becomes part of the article's text.
    assert "document.cookie" not in results[str(BAD / "script-article.html")]["text"]


def test_a_batch_of_bad_sources_stores_the_good_items_and_records_the_rest(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for fixture in BAD.iterdir():
        (corpus / fixture.name).write_bytes(fixture.read_bytes())
    big_text(corpus / "50mb.txt")
    deep_html(corpus / "deep.html")
    many_quotes(corpus / "quotes.txt")
    truncated_warc(corpus / "cut.warc.gz")
    db = tmp_path / "bad.db"

    completed = quotegraph("ingest", str(corpus), "--db", str(db), "--workers", "0", "--json", "--quiet")
    assert completed.returncode == 0, completed.stderr
    summary = json.loads(completed.stdout)
    failed = {f["key"].removeprefix(str(corpus) + "/"): f["error"] for f in summary["failures"]}
    for name, message in REFUSED.items():
        assert message in failed[name]
    assert "too big for one article" in failed["50mb.txt"]
    assert "deep.html" not in failed  # 20,000 nested elements: the text is read (read/html.py)
    # feedparser reads what it can of a broken feed: here one entry, cut before its content.
    (feed_error,) = [error for key, error in failed.items() if key.startswith("broken-feed.xml")]
    assert "no content" in feed_error or feed_error.startswith("not a readable feed")
    assert any(key.startswith("cut.warc.gz") for key in failed), failed  # the cut record
    jsonl_errors = [key for key in failed if key.startswith("not-json.jsonl:")]
    assert len(jsonl_errors) == 5, failed  # five bad lines, each its own failure

    with sqlite3.connect(db) as connection:
        keys = {
            row[0].removeprefix(str(corpus) + "/")
            for row in connection.execute("SELECT source_key FROM articles")
        }
        failures = connection.execute("SELECT count(*) FROM failures").fetchone()[0]
    assert failures == summary["failed"] == len(failed)
    # The readable ones all went in: the two good JSONL lines and the pages of the truncated WARC too.
    assert {"not-json.jsonl:1", "not-json.jsonl:7"} <= keys
    assert sum(key.startswith("cut.warc.gz#") for key in keys) >= 2
    for name in ("invalid-utf8.txt", "utf16-bom.txt", "cp1252.txt", "mixed-scripts.txt", "german.txt"):
        assert name in keys
    assert {"unbalanced-quotes.txt", "quotes.txt", "script-article.html", "deep.html"} <= keys
    assert summary["ingested"] == len(keys) and summary["seen"] == summary["ingested"] + summary["failed"]

    again = quotegraph("ingest", str(corpus), "--db", str(db), "--workers", "0", "--json", "--quiet")
    assert json.loads(again.stdout)["ingested"] == 0  # nothing doubled


def test_bad_jsonl_on_standard_input(tmp_path: Path) -> None:
    completed = quotegraph(
        "ingest",
        "-",
        "--db",
        str(tmp_path / "in.db"),
        "--workers",
        "0",
        "--json",
        "--quiet",
        stdin=(BAD / "not-json.jsonl").read_bytes(),
    )
    assert completed.returncode == 0, completed.stderr
    summary = json.loads(completed.stdout)
    assert (summary["ingested"], summary["failed"]) == (2, 5)
