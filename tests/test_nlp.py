"""The NLP stage: components loaded, batched and long-region analysis with absolute spans."""

from __future__ import annotations

import pytest

import pressparse.nlp as nlp_mod
from pressparse.nlp import _pieces, analyse, analyse_batch, batches
from pressparse.pipeline import Parser

from .conftest import SEED

SEED_TEXT = SEED.read_text(encoding="utf-8")


def test_the_model_runs_only_the_components_pressparse_reads(model_parser: Parser) -> None:
    assert model_parser.nlp.pipe_names == ["tok2vec", "senter", "ner"]


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("short", 10, ["short"]),
        ("aaaa\nbbbb\ncccc\n", 10, ["aaaa\nbbbb\n", "cccc\n"]),
        ("aaaa bbbb cccc", 10, ["aaaa bbbb ", "cccc"]),
        ("x" * 25, 10, ["x" * 10, "x" * 10, "x" * 5]),
    ],
)
def test_pieces_cut_at_line_breaks_then_spaces(text: str, limit: int, expected: list[str]) -> None:
    assert _pieces(text, limit) == expected
    assert "".join(_pieces(text, limit)) == text


@pytest.mark.parametrize("use_model", [False, True])
def test_spans_are_absolute(use_model: bool, model_parser: Parser) -> None:
    text = "NOISE\n\n" + SEED_TEXT
    span = (7, len(text))
    a = analyse(text, span, model_parser.nlp if use_model else None)
    assert a.span == span
    for e in a.entities:
        assert text[e.start : e.end] == e.text
    assert bool(a.entities) == use_model


def test_a_long_region_is_read_in_pieces_with_the_same_entities(
    model_parser: Parser, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = analyse(SEED_TEXT, (0, len(SEED_TEXT)), model_parser.nlp)
    monkeypatch.setattr(nlp_mod, "PIECE_CHARS", 1000)
    pieces = analyse(SEED_TEXT, (0, len(SEED_TEXT)), model_parser.nlp)
    assert pieces.doc.text == SEED_TEXT
    names = {e.text for e in whole.entities if e.label == "PERSON"}
    assert names and names <= {e.text for e in pieces.entities if e.label == "PERSON"}
    for e in pieces.entities:
        assert SEED_TEXT[e.start : e.end] == e.text


def test_a_region_past_the_model_limit_is_read_on_rules_with_a_warning(
    model_parser: Parser, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(nlp_mod, "MODEL_MAX_CHARS", 100)
    a = analyse(SEED_TEXT, (0, len(SEED_TEXT)), model_parser.nlp)
    assert a.doc is None and a.entities == ()
    assert any("without the model" in w for w in a.warnings)


BATCHES = [
    # (index, characters) of the regions -> the nlp.pipe batches (PIECE_CHARS 100, BATCH_SIZE 3)
    ([], []),
    ([(0, 10), (1, 20), (2, 30)], [[0, 1, 2]]),
    ([(0, 10), (1, 20), (2, 30), (3, 5)], [[0, 1, 2], [3]]),
    ([(0, 60), (1, 50), (2, 40)], [[0], [1, 2]]),
    ([(0, 100), (2, 1), (5, 99)], [[0], [2, 5]]),
    ([(4, 99), (7, 2)], [[4], [7]]),
]


@pytest.mark.parametrize(("sizes", "expected"), BATCHES)
def test_batches_hold_a_bounded_number_of_characters_and_regions(
    sizes: list[tuple[int, int]], expected: list[list[int]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(nlp_mod, "PIECE_CHARS", 100)
    monkeypatch.setattr(nlp_mod, "BATCH_SIZE", 3)
    assert list(batches(sizes)) == expected


def test_batch_analysis_equals_one_by_one(model_parser: Parser) -> None:
    regions = [(SEED_TEXT, (0, len(SEED_TEXT))), ("", (0, 0)), ("Jane Doe met John Roe.", (0, 22))]
    batch = analyse_batch(regions, model_parser.nlp)
    single = [analyse(t, s, model_parser.nlp) for t, s in regions]
    assert [(a.entities, a.warnings) for a in batch] == [(a.entities, a.warnings) for a in single]
