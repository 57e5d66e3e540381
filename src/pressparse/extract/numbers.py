"""Numbers as printed: digits, number words and scale words -> their value.

Takes short strings already located in the text (never a whole document); gives floats.
Exports the regex pieces that locate numbers (``DIGITS``, ``WORDS``, ``SCALE``) so that the
figure and date extractors read numbers one way.
"""

from __future__ import annotations

import re

from pressparse.patterns import one_of

_SMALL = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {
    "hundred": 100.0,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
}
# abbreviated scales, only read right after a number with a currency ("$500K", "$2bn")
SCALE_ABBREVIATIONS = {"k": 1e3, "m": 1e6, "mm": 1e6, "mn": 1e6, "mil": 1e6, "b": 1e9, "bn": 1e9}

_WORD_LIST = sorted(_SMALL, key=len, reverse=True)
_WORD = one_of(_WORD_LIST)
# a digit number: 31,000 / 10.4 / .11 / 3
DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
# a number in words: "five", "twenty-five", "two hundred fifty", "five million"
WORDS = rf"(?:(?:{_WORD})(?:(?:-|\s+)(?:and\s+)?(?:{one_of([*_WORD_LIST, *SCALES])})\b)*)"
SCALE = r"(?:hundred|thousand|million|billion|trillion)"

_TOKEN = re.compile(r"[a-z]+")
_DIGITS_SCALED = re.compile(rf"({DIGITS})\s*({SCALE})?", re.IGNORECASE)


def parse_digits(s: str) -> float:
    """``"31,000"`` -> 31000.0, ``".11"`` -> 0.11."""
    return float(s.replace(",", ""))


def parse_words(s: str) -> float | None:
    """``"twenty-five"`` -> 25, ``"two hundred fifty"`` -> 250, ``"five million"`` -> 5e6, else None."""
    total = 0.0
    current = 0.0
    seen = False
    for tok in _TOKEN.findall(s.lower()):
        if tok == "and":
            continue
        if tok in _SMALL:
            current += _SMALL[tok]
            seen = True
        elif tok == "hundred":
            current = (current or 1) * 100
            seen = True
        elif tok in SCALES:
            total += (current or 1) * SCALES[tok]
            current = 0.0
            seen = True
        else:
            return None
    return total + current if seen else None


def parse_number(s: str) -> float | None:
    """A number in digits or words, with an optional scale word: ``"3.8 million"`` -> 3.8e6."""
    s = s.strip()
    m = _DIGITS_SCALED.fullmatch(s)
    if m:
        return parse_digits(m.group(1)) * (SCALES[m.group(2).lower()] if m.group(2) else 1.0)
    return parse_words(s)
