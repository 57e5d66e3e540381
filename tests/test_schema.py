"""``pressparse schema`` describes every record the tool writes: releases and every kind of error record."""

from __future__ import annotations

import gzip
import os
from collections.abc import Sequence
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from pressparse.batch import Options, run
from pressparse.decode import Decoded
from pressparse.inputs import InputItem, expand
from pressparse.models import SCHEMA_ID, SCHEMA_VERSION, ErrorInfo, Release, record_schema
from pressparse.pipeline import Parser

from .conftest import SAMPLES, SHARED
from .spancheck import record_errors
from .test_batch import HangingParser


class BrokenParser(HangingParser):
    """Parses as usual, but dies on DIE and gives an infinite figure on INFINITY."""

    def parse_batch(self, docs: Sequence[Decoded]) -> list[Release | Exception]:
        if any("DIE" in d.text for d in docs):
            os._exit(1)
        results = super().parse_batch(docs)
        return [
            r.model_copy(update={"figures": [r.figures[0].model_copy(update={"value": float("inf")})]})
            if isinstance(r, Release) and "INFINITY" in r.body
            else r
            for r in results
        ]


def test_the_schema_has_an_id_and_a_version() -> None:
    schema = record_schema()
    Draft202012Validator.check_schema(schema)
    assert schema["$id"] == SCHEMA_ID and schema["version"] == SCHEMA_VERSION
    assert [ref["$ref"] for ref in schema["oneOf"]] == ["#/$defs/Release", "#/$defs/ErrorRecord"]


def test_records_of_the_samples_and_the_corpus_validate(rules_parser: Parser) -> None:
    paths = sorted(SAMPLES.glob("*.txt"))
    if SHARED.is_dir():
        paths += [
            next(p for p in sorted(d.iterdir()) if p.is_file()) for d in sorted((SHARED / "corpus").iterdir())
        ]
    for _, record in run([InputItem(str(p)) for p in paths], Options(use_model=False)):
        assert record_errors(record, None) == [], record["source"]["path"]


def test_every_error_kind_validates(tmp_path: Path) -> None:
    (tmp_path / "b-large.txt").write_bytes(b"x " * 600)
    (tmp_path / "c.txt").write_bytes(b"%PDF-1.4\n")
    (tmp_path / "d.txt").write_bytes(gzip.compress(b"hello"))
    (tmp_path / "e.txt").write_text("HANG")
    (tmp_path / "f.txt").write_text("DIE")
    (tmp_path / "g.txt").write_text("More than 31,000 kilograms of INFINITY were seized.")
    (tmp_path / "h-link.txt").symlink_to(SAMPLES / "dhs-2011-06-17.txt")
    (tmp_path / "i-loop.txt").symlink_to(tmp_path / "i-loop.txt")
    os.mkfifo(tmp_path / "j-fifo.txt")
    items = [
        InputItem(str(tmp_path / "missing.txt")),
        InputItem(str(tmp_path)),
        *expand((str(tmp_path),), "*.txt"),
    ]
    options = Options(use_model=False, timeout=2, max_bytes=1000, parser_class=BrokenParser)
    records = [r for _, r in run(items, options, jobs=1)]
    kinds = [r["error"]["type"] for r in records]
    assert kinds == [
        "FileNotFoundError",
        "IsADirectoryError",
        "InputTooLarge",
        "UnsupportedFormat",
        "UnsupportedArchive",
        "DocumentTimeout",
        "WorkerDied",
        "InvalidRecord",
        "LinkOutsideTree",
        "OSError",
        "NotAFile",
    ]
    described = record_schema()["$defs"]["ErrorInfo"]["properties"]["type"]["description"]
    for kind, record in zip(kinds, records, strict=True):
        assert record_errors(record, None) == []
        assert kind in described or kind in ("IsADirectoryError", "OSError"), kind
    assert ErrorInfo.model_fields["type"].description == described


@pytest.mark.parametrize(
    "record",
    [
        {"source": {"path": "x"}, "error": {"type": "X"}},
        {"source": {"path": "x"}, "error": {"type": "X", "message": "m"}, "headline": "h"},
        {"error": {"type": "X", "message": "m"}},
    ],
)
def test_a_malformed_error_record_does_not_validate(record: dict) -> None:
    assert record_errors(record, None) != []
