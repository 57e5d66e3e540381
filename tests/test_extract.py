"""The extractor registry: its order, the contract each extractor keeps, and ``run``."""

from __future__ import annotations

import inspect

import pytest

from pressparse import extract
from pressparse.context import Context
from pressparse.extract import EXTRACTORS, quotes, run
from pressparse.models import Release
from pressparse.pipeline import Parser
from tests.conftest import SEED


def test_every_need_comes_earlier() -> None:
    seen: set[str] = set()
    for ex in EXTRACTORS:
        missing = set(ex.NEEDS) - seen
        assert not missing, f"{ex.NAME} needs {missing} before it"
        seen.add(ex.NAME)


def test_names_are_unique_record_fields_and_module_names() -> None:
    names = [ex.NAME for ex in EXTRACTORS]
    assert len(names) == len(set(names))
    for ex in EXTRACTORS:
        assert ex.NAME in Release.model_fields, ex.NAME
        assert getattr(ex, "__name__", "").rsplit(".", 1)[-1] == ex.NAME


def test_extract_takes_the_context_alone() -> None:
    for ex in EXTRACTORS:
        assert list(inspect.signature(ex.extract).parameters) == ["ctx"], ex.NAME


TEXT = "“We are ready,” said Secretary Janet Napolitano of the Department of Homeland Security (DHS)."


@pytest.mark.parametrize(
    ("only", "expected"),
    [
        (("quotes",), {"people", "quotes"}),
        (("organizations",), {"acronyms", "programs", "organizations"}),
        (("figures", "dates"), {"figures", "dates"}),
        ((), {ex.NAME for ex in EXTRACTORS}),
    ],
)
def test_run_gives_what_is_asked_and_its_needs(only: tuple[str, ...], expected: set[str]) -> None:
    assert set(run(Context.for_body(TEXT), *only).found) == expected


def test_run_refuses_an_unknown_name() -> None:
    with pytest.raises(KeyError):
        run(Context.for_body(TEXT), "weather")


def test_reading_a_result_not_yet_extracted_fails_loudly() -> None:
    with pytest.raises(LookupError, match="people"):
        quotes.extract(Context.for_body(TEXT))


def test_a_result_already_found_is_not_recomputed() -> None:
    ctx = Context.for_body(TEXT).with_found("people", ())
    found = run(ctx, "quotes")
    assert found.people == ()  # run alone would find Janet Napolitano
    assert len(found.found["quotes"]) == 1


def test_for_text_stages_as_the_pipeline_does(rules_parser: Parser) -> None:
    text = SEED.read_text(encoding="utf-8")
    record = rules_parser.parse(text)
    ctx = extract.run(Context.for_text(text, parser=rules_parser))
    assert ctx.header.headline == record.headline
    for ex in EXTRACTORS:
        assert list(ctx.found[ex.NAME]) == getattr(record, ex.NAME), ex.NAME
