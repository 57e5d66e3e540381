"""Decode stage: input bytes -> immutable text plus how it was decoded.

Takes the raw bytes of one document; gives a ``Decoded`` with the text every later
stage indexes, the encoding used and the ``Source`` block of the record. The text is
never rewritten: CRLF, NUL and control characters stay, so spans index it exactly.
Order tried: a BOM (UTF-8, UTF-16), UTF-16 without BOM when the bytes look like it,
strict UTF-8, cp1252, then latin-1 (which never fails).
"""

from __future__ import annotations

import codecs
import hashlib
from dataclasses import dataclass

from pressparse.models import Source

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    source: Source


def _looks_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: mostly-ASCII text has a NUL in every other byte."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.4 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.4 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode bytes to text; give (text, encoding name)."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name
            except UnicodeDecodeError:
                break
    utf16 = _looks_utf16(data)  # before UTF-8: NUL bytes are valid UTF-8
    if utf16:
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def decode(data: bytes, path: str | None = None) -> Decoded:
    """Decode one document's bytes and describe its source."""
    text, encoding = decode_text(data)
    from pressparse import html  # HTML in (issue 16): spans index the page's text; lazy: html imports us

    if html.looks_like_html(text, path):
        return html.decode_page(data, text, encoding, path)
    source = Source(path=path, sha256=hashlib.sha256(data).hexdigest(), bytes=len(data), encoding=encoding)
    return Decoded(text=text, encoding=encoding, source=source)


def from_text(text: str, path: str | None = None) -> Decoded:
    """Wrap text already in memory: the source describes its UTF-8 bytes."""
    data = text.encode("utf-8", "surrogatepass")
    source = Source(path=path, sha256=hashlib.sha256(data).hexdigest(), bytes=len(data), encoding="utf-8")
    return Decoded(text=text, encoding="utf-8", source=source)
