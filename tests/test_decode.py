"""decode: bytes -> text and encoding, never rewriting the text."""

from __future__ import annotations

import codecs
import gzip
import io
import lzma
import tarfile
import zipfile

import pytest

from pressparse.decode import UnsupportedArchive, UnsupportedFormat, decode, decode_text

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


@pytest.mark.parametrize(
    ("data", "fmt"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< >>\nendobj\n", "PDF"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "JPEG"),
        (b"GIF89a\x01\x00\x01\x00", "GIF"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 64, "OLE (DOC, XLS, PPT, MSG)"),
        (b"PK\x03\x04\x14\x00\x06\x00[Content_Types].xml....word/document.xml", "DOCX"),
        (b"\x7fELF\x02\x01\x01" + b"\x00" * 64, "ELF"),
        (bytes(range(256)) * 8, "binary data"),
        (b"text\x00" * 40, "binary data"),
    ],
)
def test_what_is_not_text_is_refused_by_its_content(data: bytes, fmt: str) -> None:
    with pytest.raises(UnsupportedFormat) as raised:
        decode(data, "x.txt")
    assert raised.value.format == fmt and not isinstance(raised.value, UnsupportedArchive)
    assert str(raised.value).startswith(f"{fmt}, not text")


def _tar() -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        info = tarfile.TarInfo("a.txt")
        info.size = 5
        tar.addfile(info, io.BytesIO(b"hello"))
    return buf.getvalue()


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("a.txt", "hello")
    return buf.getvalue()


@pytest.mark.parametrize(
    ("make", "fmt"),
    [
        (_zip, "ZIP"),
        (lambda: gzip.compress(b"hello"), "GZIP"),
        (_tar, "TAR"),
        (lambda: gzip.compress(_tar()), "GZIP"),
        (lambda: lzma.compress(b"hello"), "XZ"),
        (lambda: b"SQLite format 3\x00" + b"\x00" * 100, "SQLite"),
    ],
)
def test_archives_are_a_kind_of_their_own(make, fmt: str) -> None:
    with pytest.raises(UnsupportedArchive) as raised:
        decode(make())
    assert raised.value.format == fmt


@pytest.mark.parametrize(
    "text",
    [
        "PK is how the team signs its notes.",
        "One NUL \x00 in a release is kept.",
        "ISO-2022-JP \x1b$B text keeps its escapes.",
    ],
)
def test_text_that_merely_starts_or_contains_like_a_format_is_text(text: str) -> None:
    assert decode(text.encode()).text == text


LEGACY = [
    (
        "cp1251",
        "Президент России заявил сегодня, что правительство выделит пять миллионов рублей "
        "на новую программу. «Это важный шаг», — сказал министр.",
    ),
    (
        "shift_jis",
        "東京都は本日、新しい環境保護計画を発表しました。知事は「これは重要な一歩です」と述べました。",
    ),
    ("gb2312", "北京市政府今天宣布了一项新的环境保护计划。市长说：“这是重要的一步。”"),
]


@pytest.mark.parametrize(("encoding", "text"), LEGACY, ids=[e for e, _ in LEGACY])
def test_a_legacy_encoding_is_detected_and_said_with_its_confidence(encoding: str, text: str) -> None:
    doc = decode(text.encode(encoding), "x.txt")
    assert doc.text == text
    assert codecs.lookup(doc.source.encoding).name in {
        codecs.lookup(e).name for e in (encoding, "cp932", "gb18030", "gbk")
    }
    assert doc.source.confidence is not None and doc.source.confidence >= 0.5
    assert doc.warnings == ()


def test_a_european_cp1252_text_is_not_sent_to_the_detector() -> None:
    text = "Le président a déclaré: «Grüße aus Köln», à 5 € près — naïve café."
    doc = decode(text.encode("cp1252"))
    assert (doc.text, doc.source.encoding, doc.source.confidence) == (text, "cp1252", None)


def test_an_uncertain_guess_keeps_the_single_byte_reading_with_a_warning() -> None:
    doc = decode(b"\x81\x8d caf\xe9")
    assert doc.source.encoding == "latin-1" and doc.source.confidence is None
    assert doc.warnings and doc.warnings[0].startswith("encoding uncertain: read as latin-1")
