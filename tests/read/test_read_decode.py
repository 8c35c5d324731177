"""Byte decoding: UTF-8 first, byte order marks, cp1252 for Western legacy text, binary refused."""

import random

import pytest

from quotegraph.errors import InputError
from quotegraph.read.decode import decode_bytes, normalize_newlines

WESTERN = "The café’s owner, Zoë, said “we’re open” — prices rose 5€ (£4)."


def test_utf8_is_taken_as_is_without_notes() -> None:
    assert decode_bytes(WESTERN.encode("utf-8")) == (WESTERN, "utf-8", [])


def test_utf8_bom_is_dropped() -> None:
    text, encoding, notes = decode_bytes(WESTERN.encode("utf-8-sig"))
    assert (text, encoding, notes) == (WESTERN, "utf-8-sig", [])


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom(codec: str) -> None:
    data = WESTERN.encode(codec)
    if codec.endswith(("-le", "-be")):  # these codecs write no mark: add the one a Windows editor would
        data = ("\ufeff" + WESTERN).encode(codec)
    text, encoding, notes = decode_bytes(data)
    assert text == WESTERN
    assert notes == [f"decoded as {encoding} (byte order mark)"]


def test_cp1252_with_a_note() -> None:
    text, encoding, notes = decode_bytes(WESTERN.encode("cp1252"))
    assert (text, encoding) == (WESTERN, "cp1252")
    assert notes == ["decoded as cp1252 (not valid UTF-8)"]


def test_latin1_pound_sign_reads_as_cp1252() -> None:
    # One stray 0xA3, as in a BBC sport file: charset-normalizer alone guesses a CJK code page here.
    text, encoding, _ = decode_bytes("a £15.8m signing for Mutu".encode("latin-1"))
    assert (text, encoding) == ("a £15.8m signing for Mutu", "cp1252")


def test_cyrillic_code_page_is_detected_not_read_as_cp1252() -> None:
    russian = "Президент заявил во вторник, что пенсионная реформа будет представлена в парламенте."
    text, encoding, notes = decode_bytes(russian.encode("cp1251"))
    assert (text, encoding) == (russian, "cp1251")
    assert "guessed" in notes[0]


def test_utf8_with_stray_cp1252_bytes_keeps_both() -> None:
    data = "“Hello,” she said — ".encode() + "“goodbye”".encode("cp1252")
    text, encoding, notes = decode_bytes(data)
    assert (text, encoding) == ("“Hello,” she said — “goodbye”", "utf-8")
    assert notes == ["decoded as utf-8 with 2 stray byte(s) read as cp1252 (mixed encodings)"]


def test_line_endings_are_normalised_with_a_note() -> None:
    text, _, notes = decode_bytes(b"Headline\r\nBody one.\rBody two.\n")
    assert text == "Headline\nBody one.\nBody two.\n"
    assert notes == ["converted CRLF/CR line endings to LF"]
    assert normalize_newlines(text) == (text, [])


def test_nul_bytes_mean_binary() -> None:
    with pytest.raises(InputError, match=r"binary file.*NUL"):
        decode_bytes(b"%PDF-1.7\n\x00\x01\x02 stream")


def test_control_characters_mean_binary() -> None:
    with pytest.raises(InputError, match=r"binary data.*control characters"):
        decode_bytes(bytes(range(1, 9)) * 50 + b"abc")


def test_random_bytes_are_refused() -> None:
    noise = random.Random(0).randbytes(2000).replace(b"\0", b"x")
    with pytest.raises(InputError, match=r"binary|cannot decode"):
        decode_bytes(noise)
