"""numbers: digits, number words and scale words -> values."""

from __future__ import annotations

import re

import pytest

from pressparse.text.numbers import DIGITS, parse_number, parse_words

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
    # thousands grouped by a space, no-break space or thin space
    ("10 000", 10000.0),
    ("404\u00a0650", 404650.0),
    ("1\u2009250\u2009000", 1250000.0),
    # scientific notation
    ("4e14", 4e14),
    ("9.83e-3", 9.83e-3),
    ("2.48×10−5", 2.48e-5),
    ("3 x 10^8", 3e8),
    ("6.02×10²³", 6.02e23),
    ("1.5·10⁻⁴", 1.5e-4),
    # fractions and mixed numbers
    ("1/4", 0.25),
    ("2 1/2", 2.5),
    ("1-1/4", 1.25),
    ("1\u20111/2", 1.5),
    ("2½", 2.5),
    ("¾", 0.75),
    ("two and a half", 2.5),
    ("one-half", 0.5),
    ("three quarters", 0.75),
    ("three halves", 1.5),
    # a decimal comma
    ("1,26", 1.26),
    ("2,5 million", 2.5e6),
    ("5 crore", 5e7),
    ("fifty lakh", 5e6),
]


@pytest.mark.parametrize(("printed", "value"), NUMBERS)
def test_parse_number(printed: str, value: float) -> None:
    assert parse_number(printed) == pytest.approx(value)


@pytest.mark.parametrize("printed", ["24/7", "3/0", "9/9"])
def test_slashes_that_are_no_fractions(printed: str) -> None:
    assert parse_number(printed) is None


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("gave $404 650 to", "404 650"),
        ("call 0417 148 110 now", "0417"),  # a phone number's groups are no thousands
        ("in 2010 500 people", "2010"),
        ("was 60 000.", "60 000"),
        ("the 2 1/2 in", "2 1/2"),
        ("USD 1,26 million", "1,26"),  # a decimal comma before a scale word
        ("pages 1,26 and 30", "1"),  # else no number
    ],
)
def test_digits_pattern_reads_the_whole_number(text: str, number: str) -> None:
    m = re.search(DIGITS, text)
    assert m is not None and m.group() == number


@pytest.mark.parametrize(
    "printed", ["men", "five apples", "", "hundredth", "half", "a half", "1E8", "2x10", "3e10cd"]
)
def test_not_numbers(printed: str) -> None:
    assert parse_words(printed) is None
