"""numbers: digits, number words and scale words -> values."""

from __future__ import annotations

import pytest

from pressparse.extract.numbers import parse_number, parse_words

NUMBERS = [
    ("31,000", 31000.0),
    ("10.4", 10.4),
    (".11", 0.11),
    ("3.8 million", 3.8e6),
    ("2 Billion", 2e9),
    ("five", 5.0),
    ("twenty-five", 25.0),
    ("two hundred fifty", 250.0),
    ("one hundred and twelve", 112.0),
    ("five million", 5e6),
    ("three thousand two hundred", 3200.0),
]


@pytest.mark.parametrize(("printed", "value"), NUMBERS)
def test_parse_number(printed: str, value: float) -> None:
    assert parse_number(printed) == pytest.approx(value)


@pytest.mark.parametrize("printed", ["men", "five apples", "", "hundredth"])
def test_not_numbers(printed: str) -> None:
    assert parse_words(printed) is None
