"""textspan: lines, paragraphs and rule-based sentences as offsets into the text."""

from __future__ import annotations

import pytest

from pressparse.textspan import collapse, iter_lines, paragraphs, sentences, strip_span


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


SENTENCES = [
    ("Sen. Burns said so. He left.", ["Sen. Burns said so.", "He left."]),
    ("It cost $3.8 million. Done!", ["It cost $3.8 million.", "Done!"]),
    (
        '"We will win," he said. Then U.S. Attorney John Doe spoke.',
        ['"We will win," he said.', "Then U.S. Attorney John Doe spoke."],
    ),
    ("J. Smith arrived at 7 p.m. yesterday.", ["J. Smith arrived at 7 p.m. yesterday."]),
]


@pytest.mark.parametrize(("text", "expected"), SENTENCES)
def test_sentences(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in sentences(text, (0, len(text)))] == expected


def test_strip_and_collapse() -> None:
    assert strip_span("  ab \n", (0, 6)) == (2, 4)
    assert collapse(" a \n\t b ") == "a b"
