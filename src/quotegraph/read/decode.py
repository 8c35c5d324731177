"""Turning raw bytes into article text: pick the encoding, refuse binary data, normalise line endings."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from quotegraph.errors import InputError

# UTF-32 LE starts with the UTF-16 LE mark, so it must be tried first.
_BOMS: list[tuple[bytes, str]] = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]

# A well-formed multi-byte UTF-8 sequence: its presence in invalid UTF-8 means mixed encodings.
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_STRAY_BYTES = re.compile("[\udc80-\udcff]+")

# In Western text read as cp1252 few letters are non-ASCII (accents); Cyrillic or Greek 8-bit text
# read as cp1252 turns almost every letter into one, so a high share means "not cp1252".
_MAX_WESTERN_NON_ASCII_LETTERS = 0.3
# Control characters (all but \t \n \v \f \r) and U+FFFD beyond this share mean binary data.
_JUNK = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")
_MAX_JUNK_SHARE = 0.05


def decode_bytes(data: bytes) -> tuple[str, str, list[str]]:
    """Decode bytes to text: (text with \\n line endings, encoding name, notes on what was guessed).

    Raises InputError for binary data (NUL bytes, mostly control characters) or an unknown encoding.
    """
    text, encoding, notes = _decode(data)
    if _looks_binary(text):
        raise InputError("looks like binary data, not text (mostly control characters)")
    text, newline_notes = normalize_newlines(text)
    return text, encoding, notes + newline_notes


def normalize_newlines(text: str) -> tuple[str, list[str]]:
    """Turn \\r\\n and lone \\r into \\n; the note says so because offsets then differ from the file's."""
    if "\r" not in text:
        return text, []
    return text.replace("\r\n", "\n").replace("\r", "\n"), ["converted CRLF/CR line endings to LF"]


def _decode(data: bytes) -> tuple[str, str, list[str]]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_with_bom(data, encoding)
    if b"\0" in data:
        raise InputError("looks like a binary file, not text (it contains NUL bytes)")
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    if _UTF8_SEQUENCE.search(data):
        return _decode_mixed(data)
    return _decode_legacy(data)


def _decode_with_bom(data: bytes, encoding: str) -> tuple[str, str, list[str]]:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(f"invalid {encoding} data after its byte order mark ({exc.reason})") from None
    notes = [] if encoding == "utf-8-sig" else [f"decoded as {encoding} (byte order mark)"]
    return text, encoding, notes


def _decode_mixed(data: bytes) -> tuple[str, str, list[str]]:
    """UTF-8 with stray single-byte characters, as when text from two sources is pasted together."""
    text = data.decode("utf-8", errors="surrogateescape")
    stray = sum(len(run) for run in _STRAY_BYTES.findall(text))
    text = _STRAY_BYTES.sub(
        lambda m: m.group().encode("utf-8", errors="surrogateescape").decode("cp1252", errors="replace"),
        text,
    )
    return text, "utf-8", [f"decoded as utf-8 with {stray} stray byte(s) read as cp1252 (mixed encodings)"]


def _decode_legacy(data: bytes) -> tuple[str, str, list[str]]:
    """Not UTF-8: cp1252 when it reads as Western text, else whatever charset-normalizer finds.

    cp1252 is tried first because charset-normalizer often names a wrong code page (cp775, cp932)
    for short Western text with a few curly quotes or pound signs.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and _non_ascii_letter_share(text) <= _MAX_WESTERN_NON_ASCII_LETTERS:
        return text, "cp1252", ["decoded as cp1252 (not valid UTF-8)"]
    best = from_bytes(data).best()
    if best is None:
        raise InputError("cannot decode it as text: not UTF-8 and no known encoding fits (binary data?)")
    return str(best), best.encoding, [f"decoded as {best.encoding} (not valid UTF-8; guessed)"]


def _non_ascii_letter_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if not c.isascii()) / len(letters)


def _looks_binary(text: str) -> bool:
    return len(_JUNK.findall(text)) > _MAX_JUNK_SHARE * len(text)
