"""Provenance: every record says which pressparse, mode/model and schema version made it."""

from __future__ import annotations

from typing import Any

import pytest

from pressparse import __version__
from pressparse.pipeline import Parser
from pressparse.provenance import SCHEMA_VERSION, make_provenance
from tests.conftest import SEED


class _FakeModel:
    def __init__(self) -> None:
        self.meta: dict[str, Any] = {"lang": "en", "name": "core_web_md", "version": "3.8.1"}


@pytest.mark.parametrize(
    ("nlp", "expected"),
    [
        (None, ("rules", None, None)),
        (_FakeModel(), ("model", "en_core_web_md", "3.8.1")),
    ],
)
def test_make_provenance(nlp: Any, expected: tuple[str, str | None, str | None]) -> None:
    prov = make_provenance(nlp)
    assert (prov.mode, prov.model, prov.model_version) == expected
    assert (prov.pressparse, prov.schema_version) == (__version__, SCHEMA_VERSION)


def test_record_carries_provenance(rules_parser: Parser) -> None:
    record = rules_parser.parse_bytes(SEED.read_bytes(), source=str(SEED)).model_dump(mode="json")
    assert record["provenance"] == {
        "pressparse": __version__,
        "mode": "rules",
        "model": None,
        "model_version": None,
        "schema_version": SCHEMA_VERSION,
    }
