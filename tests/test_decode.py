"""decode: bytes -> text and encoding, never rewriting the text."""

from __future__ import annotations

import codecs

import pytest

from pressparse.decode import decode, decode_text

CASES = [
    ("plain utf-8", "Caf\u00e9 \u201cquoted\u201d".encode(), "Caf\u00e9 \u201cquoted\u201d", "utf-8"),
    ("utf-8 bom", codecs.BOM_UTF8 + b"Hello", "Hello", "utf-8-sig"),
    ("utf-16 bom", "Hi \u2014 there".encode("utf-16"), "Hi \u2014 there", "utf-16"),
    ("utf-16-le no bom", "Release text here".encode("utf-16-le"), "Release text here", "utf-16-le"),
    ("cp1252 curly quotes", b"\x93said\x94 \x96 ok", "\u201csaid\u201d \u2013 ok", "cp1252"),
    ("latin-1 fallback", b"\x81\x8d caf\xe9", "\x81\x8d caf\u00e9", "latin-1"),
    ("crlf kept", b"a\r\nb", "a\r\nb", "utf-8"),
    ("nul kept", b"a\x00b", "a\x00b", "utf-8"),
    ("empty", b"", "", "utf-8"),
]


@pytest.mark.parametrize(("name", "data", "text", "encoding"), CASES, ids=[c[0] for c in CASES])
def test_decode_text(name: str, data: bytes, text: str, encoding: str) -> None:
    assert decode_text(data) == (text, encoding)


def test_source_describes_the_bytes() -> None:
    doc = decode(b"abc", "x.txt")
    assert doc.source.bytes == 3
    assert doc.source.path == "x.txt"
    assert doc.source.sha256 == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
