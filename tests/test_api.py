"""The Python API: ``help(pressparse)`` shows it, ``Parser.parse_many`` parses lazily and in order."""

from __future__ import annotations

import pydoc
import subprocess
import sys

import pytest

import pressparse
from pressparse.decode import decode, from_text
from pressparse.pipeline import Parser

from .conftest import SAMPLES


def test_help_shows_parser_and_release() -> None:
    text = pydoc.render_doc(pressparse, renderer=pydoc.plaintext)
    assert "class Parser" in text and "class Release" in text
    assert "parse_many" in text


def test_importing_pressparse_stays_cheap() -> None:
    code = (
        "import sys, pressparse; dir(pressparse); "
        "print(sorted(m for m in ('spacy', 'dateparser') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_parse_many_parses_lazily_in_order(rules_parser: Parser) -> None:
    paths = sorted(SAMPLES.glob("*.txt")) * 3
    pulled = 0

    def docs():
        nonlocal pulled
        for p in paths:
            pulled += 1
            yield decode(p.read_bytes(), str(p))

    records = rules_parser.parse_many(docs(), batch_size=2)
    first = next(records)
    assert first.source.path == str(paths[0]) and pulled == 2
    rest = list(records)
    assert [r.source.path for r in [first, *rest]] == [str(p) for p in paths]
    assert rest[-1] == rules_parser.parse_bytes(paths[-1].read_bytes(), source=str(paths[-1]))


def test_parse_many_raises_on_a_failing_document(
    rules_parser: Parser, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pressparse.context as context

    real = context.segment
    monkeypatch.setattr(context, "segment", lambda text: real(text) if "BOOM" not in text else 1 / 0)
    records = rules_parser.parse_many([from_text("Hello."), from_text("BOOM")])
    assert next(records).body is not None
    with pytest.raises(ZeroDivisionError):
        next(records)
