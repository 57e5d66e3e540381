"""Decode stage: input bytes -> immutable text plus how it was decoded, and its reading view.

Takes the raw bytes of one document; gives a ``Decoded`` with the text every later
stage indexes and the ``Source`` block of the record (with the encoding used). The text is
never rewritten: CRLF, NUL and control characters stay, so spans index it exactly.
Order tried: a BOM (UTF-8, UTF-16), UTF-16 without BOM when the bytes look like it,
strict UTF-8, cp1252 when it reads the bytes as plausible text, else a legacy encoding
detected by charset-normalizer (cp1251, Shift-JIS, GB2312, ...; its confidence in
``source``); when the detector is not sure, cp1252 or latin-1 (which never fails) with a
warning.

Bytes that are not text (a PDF, an image, an archive, a binary file) raise
``UnsupportedFormat`` naming the format; archives and databases, which another stage may
read, raise its subclass ``UnsupportedArchive``.

``Decoded.view`` is the text as the stages read it: the same length, character for
character, with every invisible variant of a space or a line break replaced by the plain
one (no-break and other Unicode spaces, zero-width characters -> " "; vertical tab, form
feed, U+001C-U+001E, NEL, U+2028, U+2029 -> "\\n"), so a span found in the view indexes
the text.
"""

from __future__ import annotations

import codecs
import hashlib
from dataclasses import dataclass, field
from itertools import pairwise

from pressparse import html
from pressparse.models import Source

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
LINE_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_VIEW = str.maketrans({**dict.fromkeys(SPACES + ZERO_WIDTH, " "), **dict.fromkeys(LINE_BREAKS, "\n")})

# (magic bytes, offset, format): files that are not text
MAGIC: tuple[tuple[bytes, int, str], ...] = (
    (b"%PDF-", 0, "PDF"),
    (b"\x89PNG\r\n\x1a\n", 0, "PNG"),
    (b"\xff\xd8\xff", 0, "JPEG"),
    (b"GIF87a", 0, "GIF"),
    (b"GIF89a", 0, "GIF"),
    (b"II*\x00", 0, "TIFF"),
    (b"MM\x00*", 0, "TIFF"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 0, "OLE (DOC, XLS, PPT, MSG)"),
    (b"{\\rtf", 0, "RTF"),
    (b"\x7fELF", 0, "ELF"),
    (b"7z\xbc\xaf\x27\x1c", 0, "7Z"),
    (b"Rar!\x1a\x07", 0, "RAR"),
    (b"\x28\xb5\x2f\xfd", 0, "ZSTD"),
)
# containers another stage may open (pressparse reads their members, not their bytes)
ARCHIVE_MAGIC: tuple[tuple[bytes, int, str], ...] = (
    (b"PK\x03\x04", 0, "ZIP"),
    (b"PK\x05\x06", 0, "ZIP"),
    (b"\x1f\x8b", 0, "GZIP"),
    (b"\xfd7zXZ\x00", 0, "XZ"),
    (b"ustar", 257, "TAR"),
    (b"SQLite format 3\x00", 0, "SQLite"),
    (b"PAR1", 0, "Parquet"),
)
# ZIP files that are documents, not archives: a name inside the first entries says which
OFFICE_ZIPS: tuple[tuple[bytes, str], ...] = (
    (b"word/", "DOCX"),
    (b"xl/", "XLSX"),
    (b"ppt/", "PPTX"),
    (b"application/vnd.oasis.opendocument", "OpenDocument"),
    (b"application/epub+zip", "EPUB"),
)
SNIFF_BYTES = 65536  # the head of a file that magic, NUL and control-byte counts look at
_CONTROL = bytes(b for b in range(32) if b not in b"\t\n\r\x0b\x0c\x1b") + b"\x7f"
_ASCII = bytes(range(128))
LOW_CONFIDENCE = 0.5  # a detected legacy encoding below this is not used: a warning says so


class UnsupportedFormat(ValueError):
    """The input is not text (a PDF, an image, a binary file); ``format`` names what it is."""

    def __init__(self, fmt: str):
        super().__init__(f"{fmt}, not text (pressparse reads text files)")
        self.format = fmt


class UnsupportedArchive(UnsupportedFormat):
    """The input is an archive or a database (ZIP, GZIP, TAR, XZ, SQLite, Parquet)."""


@dataclass(frozen=True)
class Decoded:
    text: str
    source: Source
    view: str = ""  # the text as the stages read it (see the module docstring); set from text
    warnings: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        if len(self.view) != len(self.text):
            object.__setattr__(self, "view", reading_view(self.text))


def reading_view(text: str) -> str:
    """``text`` with invisible spaces and line breaks made plain, character for character."""
    return text.translate(_VIEW)


def sniff(data: bytes) -> None:
    """Raise ``UnsupportedFormat`` (``UnsupportedArchive`` for containers) when ``data`` is not text."""
    for magic, offset, fmt in ARCHIVE_MAGIC:
        if data[offset : offset + len(magic)] == magic:
            if fmt == "ZIP":
                head = data[:SNIFF_BYTES]
                for name, office in OFFICE_ZIPS:
                    if name in head:
                        raise UnsupportedFormat(office)
            if fmt == "Parquet" and not data.endswith(b"PAR1"):
                continue
            raise UnsupportedArchive(fmt)
    for magic, offset, fmt in MAGIC:
        if data[offset : offset + len(magic)] == magic:
            raise UnsupportedFormat(fmt)
    head = data[:SNIFF_BYTES]
    if _looks_utf16(data) or head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return
    nul, control = head.count(0), sum(head.count(b) for b in _CONTROL)
    if (nul >= 8 and nul > 0.1 * len(head)) or (control >= 16 and control > 0.05 * len(head)):
        raise UnsupportedFormat("binary data")


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


def _reads_well(text: str) -> bool:
    """A single-byte reading is plausible: its non-ASCII characters stand mostly alone (café, “quotes”),
    not in runs as the bytes of Cyrillic or CJK text read as Latin-1 letters are (Ïðåçèäåíò)."""
    head = text[:SNIFF_BYTES]
    wide = sum(1 for c in head if c > "\x7f")
    if not wide:
        return True
    runs = sum(1 for a, b in pairwise(head) if a > "\x7f" and b > "\x7f")
    return runs <= 0.25 * wide


def _detect(data: bytes) -> tuple[str, str, float] | None:
    """The legacy encoding charset-normalizer finds: (text, encoding, confidence 0..1), or None."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return None
    wide = len(data[:SNIFF_BYTES].translate(None, _ASCII))
    confidence = round((1.0 - best.chaos) * min(1.0, wide / 32), 2)  # little evidence, little trust
    return str(best), best.encoding, confidence


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode bytes to text; give (text, encoding name)."""
    text, encoding, _, _ = _decode(data)
    return text, encoding


def _decode(data: bytes) -> tuple[str, str, float | None, str | None]:
    """(text, encoding, the detector's confidence in a legacy encoding it found, a warning)."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name, None, None
            except UnicodeDecodeError:
                break
    utf16 = _looks_utf16(data)  # before UTF-8: NUL bytes are valid UTF-8
    if utf16:
        try:
            return data.decode(utf16), utf16, None, None
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8", None, None
    except UnicodeDecodeError:
        pass
    try:
        fallback, fallback_encoding = data.decode("cp1252"), "cp1252"
        if _reads_well(fallback):
            return fallback, fallback_encoding, None, None
    except UnicodeDecodeError:
        fallback, fallback_encoding = data.decode("latin-1"), "latin-1"
    detected = _detect(data)
    if detected is not None and detected[2] >= LOW_CONFIDENCE:
        return *detected, None
    guess = f"; perhaps {detected[1]} (confidence {detected[2]:.2f})" if detected else ""
    return fallback, fallback_encoding, None, f"encoding uncertain: read as {fallback_encoding}{guess}"


def decode(data: bytes, path: str | None = None) -> Decoded:
    """Decode one document's bytes and describe its source; ``UnsupportedFormat`` when not text.

    An HTML page (by name or content) is turned into the text a reader copying it would see.
    """
    sniff(data)
    text, encoding, confidence, warning = _decode(data)
    warnings = (warning,) if warning else ()
    if html.looks_like_html(text, path):  # HTML in: spans index the page's text
        page_text, page_source = html.decode_page(data, text, encoding, path)
        source = page_source.model_copy(update={"confidence": confidence})
        return Decoded(text=page_text, source=source, warnings=warnings)
    source = Source(
        path=path,
        sha256=hashlib.sha256(data).hexdigest(),
        bytes=len(data),
        encoding=encoding,
        confidence=confidence,
    )
    return Decoded(text=text, source=source, warnings=warnings)


def from_text(text: str, path: str | None = None) -> Decoded:
    """Wrap text already in memory: the source describes its UTF-8 bytes."""
    data = text.encode("utf-8", "surrogatepass")
    source = Source(path=path, sha256=hashlib.sha256(data).hexdigest(), bytes=len(data), encoding="utf-8")
    return Decoded(text=text, source=source)
