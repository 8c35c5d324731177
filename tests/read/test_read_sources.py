"""Reading files and bytes: kind detection, encodings, gzip, and one-line errors for bad input."""

import gzip
import re
from pathlib import Path

import pytest

from quotegraph.errors import InputError
from quotegraph.read import read_bytes, read_path
from tests.support import paths

FIXTURES = paths.FIXTURES / "read"
STORY = "Headline here\nLONDON -- The body of the story, with a quote: “We’re done,” she said.\n"


def test_text_file(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    article = read_path(path, date="2024-11-18")
    assert article.text == STORY
    assert (article.meta.source, article.meta.date, article.meta.encoding) == (
        str(path),
        "2024-11-18",
        "utf-8",
    )
    assert article.meta.dateline == "LONDON"


def test_cp1252_file_gets_a_note(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes(STORY.replace("\n", "\r\n").encode("cp1252"))
    article = read_path(path)
    assert article.text == STORY
    assert article.meta.encoding == "cp1252"
    assert article.notes == ["decoded as cp1252 (not valid UTF-8)", "converted CRLF/CR line endings to LF"]


def test_utf16_file_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "unicode.txt"
    path.write_bytes(STORY.encode("utf-16"))
    article = read_path(path)
    assert (article.text, article.meta.encoding) == (STORY, "utf-16")
    assert article.notes == ["decoded as utf-16 (byte order mark)"]


def test_html_by_suffix_and_by_content(tmp_path: Path) -> None:
    html = (FIXTURES / "article.html").read_bytes()
    by_content = read_bytes(html)
    assert by_content.meta.headline == "Springfield mayor vows to fix every pothole by spring"
    saved = tmp_path / "page.txt"  # a page saved under the wrong name is still read as HTML
    saved.write_bytes(html)
    assert read_path(saved).text == by_content.text
    assert read_bytes(html, kind="text").text == html.decode()  # told it is text, it stays text


def test_gzipped_page_is_decompressed(tmp_path: Path) -> None:
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress((FIXTURES / "article.html").read_bytes()))
    article = read_path(path)
    assert article.meta.date == "2024-03-05"
    assert article.meta.source == str(path)


def test_url_source_is_kept(tmp_path: Path) -> None:
    article = read_bytes(
        (FIXTURES / "article.html").read_bytes(), source="https://example.com/a", kind="html"
    )
    assert article.meta.source == "https://example.com/a"


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "is empty"),
        ("blank.txt", b" \n\t\r\n", "holds nothing but whitespace"),
        ("blank16.txt", " \n ".encode("utf-16"), "holds nothing but whitespace"),
        ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "looks like a binary file"),
        ("ctrl.bin", bytes(range(1, 9)) * 40, "looks like binary data"),
        ("bad.gz", b"\x1f\x8b\x08\x00broken", "damaged gzip data"),
        ("bad16.txt", b"\xff\xfe\x00\xd8", "invalid utf-16 data"),
    ],
)
def test_bad_files_raise_one_line_errors(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    path = _write(tmp_path, name, data)
    with pytest.raises(InputError) as caught:
        read_path(path)
    assert str(caught.value).startswith(f"{path}: {message}")
    assert "\n" not in str(caught.value)


def test_html_file_without_article_text_is_named(tmp_path: Path) -> None:
    path = _write(tmp_path, "menu.html", b"<html><head><title>Menu</title></head><body></body></html>")
    with pytest.raises(InputError, match=f"^{re.escape(str(path))}: no article text found in HTML"):
        read_path(path)


def test_missing_path_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_path(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_path(tmp_path)


def test_bytes_errors_name_the_source() -> None:
    with pytest.raises(InputError, match=r"^<stdin>: looks like a binary file"):
        read_bytes(b"ab\x00cd", source="<stdin>")
    with pytest.raises(InputError, match=r"^input: is empty"):
        read_bytes(b"")
    with pytest.raises(InputError, match="unknown input kind 'pdf'"):
        read_bytes(b"text", kind="pdf")
