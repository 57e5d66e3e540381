"""textspan: lines, paragraphs and span sets as offsets into the text."""

from __future__ import annotations

import pytest

from pressparse.textspan import SpanIndex, collapse, iter_lines, paragraphs, strip_span


def test_lines_cover_every_break_style() -> None:
    text = "a\r\nbb\rccc\nd"
    assert [(ln.start, ln.end, ln.text) for ln in iter_lines(text)] == [
        (0, 1, "a"),
        (3, 5, "bb"),
        (6, 9, "ccc"),
        (10, 11, "d"),
    ]


def test_paragraphs_split_on_blank_lines() -> None:
    text = "One line.\nSame para.\n\n  Second.\n"
    assert [text[s:e] for s, e in paragraphs(text, (0, len(text)))] == ["One line.\nSame para.", "Second."]


def test_strip_and_collapse() -> None:
    assert strip_span("  ab \n", (0, 6)) == (2, 4)
    assert collapse(" a \n\t b ") == "a b"


SPAN_INDEX = [
    # spans added, query, overlaps?
    ([(5, 10)], (0, 5), False),
    ([(5, 10)], (10, 12), False),
    ([(5, 10)], (9, 11), True),
    ([(5, 10)], (6, 7), True),
    ([(5, 10), (20, 30)], (12, 18), False),
    ([(20, 30), (5, 10)], (25, 26), True),
    ([(5, 10), (8, 25)], (22, 40), True),
    ([(5, 10), (1, 40), (50, 60)], (45, 48), False),
    ([], (0, 100), False),
]


@pytest.mark.parametrize(("spans", "query", "expected"), SPAN_INDEX)
def test_span_index_overlaps(spans: list[tuple[int, int]], query: tuple[int, int], expected: bool) -> None:
    index = SpanIndex(spans)
    assert index.overlaps(*query) is expected
    assert index.overlaps(*query) is any(a < query[1] and query[0] < b for a, b in spans)
