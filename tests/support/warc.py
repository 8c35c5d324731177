"""WARC archives written for the tests: HTML responses among records that are not articles."""

from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

WARC_DATE = "2024-11-20T08:00:00Z"


def page(number: int, published: str | None = None) -> bytes:
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    paragraphs = "".join(
        f"<p>Paragraph {n} of story {number}: the harbour master said the new pier would open soon.</p>"
        for n in range(6)
    )
    return (
        f"<html><head><title>Story {number}</title>{meta}</head>"
        f"<body><article><h1>Story {number}</h1>{paragraphs}</article></body></html>"
    ).encode()


def write_warc(path: Path, pages: list[bytes], gzip: bool = True) -> Path:
    """A WARC of HTML responses, with a request, a 404 and an image mixed in (they are not articles)."""
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=gzip)

        def response(url: str, status: str, content_type: str, body: bytes) -> None:
            http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url,
                "response",
                payload=io.BytesIO(body),
                http_headers=http,
                warc_headers_dict={"WARC-Date": WARC_DATE},
            )
            writer.write_record(record)

        request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example.com")], is_http_request=True)
        writer.write_record(
            writer.create_warc_record("https://example.com/", "request", http_headers=request)
        )
        response("https://example.com/missing", "404 Not Found", "text/html", b"<html>gone</html>")
        response("https://example.com/logo.png", "200 OK", "image/png", b"\x89PNG\r\n")
        for number, body in enumerate(pages):
            response(f"https://example.com/story/{number}", "200 OK", "text/html; charset=utf-8", body)
    return path
