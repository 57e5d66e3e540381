"""Never crash, never lose a record: property tests over arbitrary text and bytes, and hostile inputs.

Every record must validate against ``pressparse schema`` and every span must reproduce its
text (``tests/spancheck.py``); the same input must give byte-identical output.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pressparse.batch import Options, error_record, run
from pressparse.decode import UnsupportedFormat, decode_text
from pressparse.inputs import InputItem
from pressparse.pipeline import Parser

from .conftest import SEED, SHARED
from .spancheck import record_errors

SEED_TEXT = SEED.read_text(encoding="utf-8")
# seconds: linear work takes ~35 s for the 5 MB line of figures on the shared 2-core machine
# (~7 s for 20 MB of releases); a quadratic stage takes hours
LIMIT = 90.0

# pieces of press-release text that exercise every extractor, mixed with arbitrary text
FRAGMENTS = [
    "“",
    "”",
    '"',
    "'",
    "‘",
    "’",
    " said ",
    "Secretary Janet Napolitano",
    "WASHINGTON—",
    "FOR IMMEDIATE RELEASE",
    "June 17, 2011",
    "06/17/2011",
    "today",
    "$5.2 million",
    "31,000 kilograms (31 metric tons)",
    "40 percent",
    "the Department of Homeland Security (DHS)",
    "Operation Global Shield",
    "Contact: Press Office, 202-282-8010",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\t",
    "\x00",
    "###",
    "About DHS\n",
    "Posted by admin at 7:00 AM",
    ". ",
    "—",
    "-",
    "(",
    ")",
]
press_text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=60).map("".join)


def _record(parser: Parser, data: bytes) -> dict:
    """The record the batch writes for ``data``: a release, or the error record of bytes that are not text."""
    try:
        return parser.parse_bytes(data, source="x.txt").model_dump(mode="json")
    except UnsupportedFormat as exc:
        return error_record(InputItem("x.txt"), exc)


def _check(parser: Parser, data: bytes) -> dict:
    """Parse bytes twice; the record must be valid, spans must hold and output must not vary."""
    first = _record(parser, data)
    again = _record(parser, data)
    assert json.dumps(first, allow_nan=False) == json.dumps(again), "same input, different output"
    text, _ = decode_text(data)
    assert record_errors(first, text) == []
    return first


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(press_text)
def test_any_text_gives_a_valid_record_rules_only(rules_parser: Parser, text: str) -> None:
    _check(rules_parser, text.encode("utf-8", "surrogatepass"))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(press_text)
def test_any_text_gives_a_valid_record_with_the_model(model_parser: Parser, text: str) -> None:
    _check(model_parser, text.encode("utf-8", "surrogatepass"))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_any_bytes_give_a_valid_record(rules_parser: Parser, data: bytes) -> None:
    _check(rules_parser, data)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(min_value=0, max_value=len(SEED_TEXT)), st.integers(min_value=0, max_value=400))
def test_any_cut_of_a_real_release_gives_a_valid_record(rules_parser: Parser, start: int, size: int) -> None:
    _check(rules_parser, SEED_TEXT[start : start + size * 10].encode("utf-8"))


def _png() -> bytes:
    raw = b"\x00" + bytes(range(256)) * 4
    chunk = zlib.compress(raw)
    return (
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x00\x04\x08\x00\x00\x00\x00"
        + len(chunk).to_bytes(4, "big")
        + b"IDAT"
        + chunk
        + b"\x00\x00\x00\x00IEND\xaeB`\x82"
    )


def _pdf() -> bytes:
    stream = zlib.compress(b"BT /F1 12 Tf 72 712 Td (Press release) Tj ET" * 20)
    return (
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Length "
        + str(len(stream)).encode()
        + b" /Filter /FlateDecode >>\nstream\n"
        + stream
        + b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
    )


SPANISH = (
    "MADRID — La Oficina del Fiscal anunció hoy que los acusados fueron condenados por el "
    "tribunal. “Este caso es muy importante para la comunidad”, dijo el fiscal. La investigación "
    "comenzó en 2019 cuando los agentes encontraron las pruebas en una casa de la ciudad, y "
    "también se descubrió que el dinero fue enviado a otras cuentas sin autorización desde el "
    "extranjero. Los fiscales dijeron que las víctimas recibirán una compensación por sus pérdidas."
)
CHROME = (
    "Home | About | Contact\nSkip to content\nSearch\nMenu\nLog in\nSubscribe\n"
    "Share this:\nTwitter\nFacebook\n© 2024 All rights reserved.\nPrivacy Policy\n"
)

HOSTILE: dict[str, bytes] = {
    "empty": b"",
    "whitespace only": b" \n\t\r\n   \n\n",
    "PNG image": _png(),
    "PDF file": _pdf(),
    "NUL bytes": SEED_TEXT.encode("utf-8").replace(b"\n\n", b"\n\x00\n", 3) + b"\x00" * 100,
    "UTF-16 with BOM": SEED_TEXT.encode("utf-16"),
    "UTF-16-LE without BOM": SEED_TEXT.encode("utf-16-le"),
    "cp1252": SEED_TEXT.encode("cp1252", "replace"),
    "latin-1": "Le café de l'Élysée — Café. Señor Muñoz said “yes”.".replace("—", "-")
    .replace("“", '"')
    .replace("”", '"')
    .encode("latin-1")
    + b"\x81\x8d",
    "mojibake": SEED_TEXT.encode("utf-8").decode("cp1252", "replace").encode("utf-8"),
    "CRLF": SEED_TEXT.replace("\n", "\r\n").encode("utf-8"),
    "lone CR": SEED_TEXT.replace("\n", "\r").encode("utf-8"),
    "thousands of quote marks": ('"' * 3000 + "“" * 2000 + "”" * 2000 + " said Smith. ").encode("utf-8"),
    "unbalanced quotes": (SEED_TEXT.replace("”", "") + '\n\n"Open quote never closed, said Jones.\n').encode(
        "utf-8"
    ),
    "chrome only": CHROME.encode("utf-8"),
    "Spanish release": SPANISH.encode("utf-8"),
    "100,000 short lines": b"Short line here.\n" * 100_000,
}


@pytest.mark.parametrize("name", list(HOSTILE))
@pytest.mark.parametrize("mode", ["rules", "model"])
def test_hostile_input_gives_a_valid_record(
    name: str, mode: str, rules_parser: Parser, model_parser: Parser
) -> None:
    _check(rules_parser if mode == "rules" else model_parser, HOSTILE[name])


@pytest.mark.parametrize(("name", "fmt"), [("PNG image", "PNG"), ("PDF file", "PDF")])
def test_files_that_are_not_text_are_error_records_naming_their_format(
    name: str, fmt: str, rules_parser: Parser
) -> None:
    record = _check(rules_parser, HOSTILE[name])
    assert record["error"]["type"] == "UnsupportedFormat"
    assert record["error"]["message"] == f"x.txt: {fmt}, not text (pressparse reads text files)"


@pytest.mark.parametrize(
    ("name", "encoding"),
    [
        ("UTF-16 with BOM", "utf-16"),
        ("UTF-16-LE without BOM", "utf-16-le"),
        ("cp1252", "cp1252"),
        ("latin-1", "latin-1"),
        ("mojibake", "utf-8"),
        ("CRLF", "utf-8"),
    ],
)
def test_hostile_encodings_are_named(name: str, encoding: str, rules_parser: Parser) -> None:
    assert rules_parser.parse_bytes(HOSTILE[name]).source.encoding == encoding


@pytest.mark.parametrize("name", ["UTF-16 with BOM", "cp1252", "CRLF", "lone CR", "NUL bytes"])
def test_the_release_survives_its_encoding_and_line_breaks(name: str, rules_parser: Parser) -> None:
    plain = rules_parser.parse(SEED_TEXT)
    record = rules_parser.parse_bytes(HOSTILE[name])
    assert record.headline == plain.headline
    assert len(record.quotes) == len(plain.quotes) > 0


def test_a_page_of_chrome_only_is_a_record_with_a_warning(rules_parser: Parser) -> None:
    record = rules_parser.parse_bytes(HOSTILE["chrome only"])
    assert record.quotes == [] and record.people == []
    assert record.warnings, "a page with no release must say so"


@pytest.mark.parametrize(
    ("data", "language"),
    [(SPANISH.encode("utf-8"), "Spanish"), (SEED_TEXT.encode("utf-8"), None)],
)
def test_a_non_english_release_is_named_in_a_warning(
    data: bytes, language: str | None, rules_parser: Parser
) -> None:
    warnings = " ".join(rules_parser.parse_bytes(data).warnings)
    if language:
        assert language in warnings
    else:
        assert "not English" not in warnings


def test_a_spanish_corpus_release_is_named_in_a_warning(rules_parser: Parser) -> None:
    path = SHARED / "corpus" / "newsworthy-wires" / "noticiasnewswire__2026__0813__None.txt"
    if not path.is_file():
        pytest.skip("../shared is absent")
    assert "Spanish" in " ".join(rules_parser.parse_bytes(path.read_bytes()).warnings)


def _within_limit(tmp_path: Path, name: str, data: bytes) -> dict:
    """Parse a big input through the batch with a time limit: a runaway becomes an error record."""
    path = tmp_path / name
    path.write_bytes(data)
    [(_, record)] = run([InputItem(str(path))], Options(use_model=False, timeout=LIMIT, max_bytes=None))
    return record


FIVE_MB_LINE = ('The agency said "we will act" on 5 March 2011 and spent $5 million. ' * 75_000)[:5_000_000]


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(lambda: SEED_TEXT.encode("utf-8") * (20_000_000 // len(SEED_TEXT)), id="a 20 MB file"),
        pytest.param(lambda: FIVE_MB_LINE.encode("utf-8"), id="one 5 MB line"),
    ],
)
def test_a_huge_input_finishes_in_seconds(tmp_path: Path, data: Callable[[], bytes]) -> None:
    record = _within_limit(tmp_path, "big.txt", data())
    assert "error" not in record, record.get("error")
    assert record["source"]["bytes"] > 4_000_000
