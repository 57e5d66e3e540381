"""Numbers as printed: digits, number words and scale words -> their value.

Takes short strings already located in the text (never a whole document); gives floats.
Exports the regex pieces that locate numbers (``DIGITS``, ``WORDS``, ``SCALE``) so that the
figure and date extractors read numbers one way. Digits may group thousands with commas or with
a space or thin space ("10 000"); fractions and mixed numbers ("1/4", "2 1/2", "1-1/4", "2½",
"two and a half", "one-half") are numbers too, and so is scientific notation ("4e14", "9.83e-3",
"2.48×10−5", "3 × 10^8", "6.02×10²³": ``SCIENTIFIC``).
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
    # the Indian scales: "Rs 5 crore", "₹50 lakh"
    "lakh": 1e5,
    "lakhs": 1e5,
    "crore": 1e7,
    "crores": 1e7,
}
# abbreviated scales, read right after a number with a currency ("$500K", "$2bn", "$2.174T") or
# before a unit ("0.5k miles"); "T" only in upper case ("t" is a metric ton)
SCALE_ABBREVIATIONS = {
    "k": 1e3, "m": 1e6, "mm": 1e6, "mn": 1e6, "mil": 1e6, "b": 1e9, "bn": 1e9, "tn": 1e12, "trn": 1e12,
    "T": 1e12,
}  # fmt: skip
# fraction words after a number word: "one-half", "two thirds", "and a half"
FRACTION_WORDS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8, "tenth": 10, "tenths": 10,
}  # fmt: skip
VULGAR_FRACTIONS = {
    "½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅛": 1 / 8, "⅜": 3 / 8,
    "⅝": 5 / 8, "⅞": 7 / 8,
}  # fmt: skip

_WORD_LIST = sorted(_SMALL, key=len, reverse=True)
_WORD = one_of(_WORD_LIST)
# a space, no-break space or thin space between groups of thousands: "10 000", "404 650"
_GAP = "[ \u00a0\u2009\u202f]"
# a fraction: "1/4"; a mixed number: "2 1/2", "1-1/4" (a hyphen or no-break hyphen)
FRACTION = r"(?:\d{1,3}[ \u00a0\-\u2011])?\d{1,2}/\d{1,3}(?![\d/])"
_VULGAR = "[" + "".join(VULGAR_FRACTIONS) + "]"
# a decimal comma, read only before a scale word: "USD 1,26 million", "€2,5 million"
DECIMAL_COMMA = r"\d{1,3},\d{1,2}(?!\d)"
# a digit number: 31,000 / 10 000 / 2 1/2 / 2½ / 10.4 / .11 / 3
# (space-grouped thousands only where no digit group stands before or after: not "0417 148 110")
DIGITS = (
    r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    rf"|{DECIMAL_COMMA}(?=\s{{0,5}}(?i:million|billion|trillion|mn|bn|m)\b)"
    rf"|(?<!\d{_GAP})\d{{1,3}}(?:{_GAP}\d{{3}}){{1,4}}(?![\d/]|-\d|[.,]\d|{_GAP}\d)"
    rf"|{FRACTION}|\d{{0,3}}{_VULGAR}|\d+(?:\.\d+)?|\.\d+)"
)
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺−", "0123456789-+-")
# scientific notation: "4e14", "-1e-3" (its sign read apart), "2.48×10−5", "3 x 10^8", "6.02×10²³";
# a lower-case "e" only ("L4V 1E8" is a Canadian postal code)
SCIENTIFIC = (
    r"\d{1,3}(?:\.\d{1,12})?"
    r"(?:e[-+−]?\d{1,3}|[ \u00a0]?(?:[×·][ \u00a0]?10(?:\^?[-+−]?\d{1,3}|[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})"
    r"|x[ \u00a0]?10(?:\^[-+−]?\d{1,3}|[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})))(?![\w²³]|[.,]\d)"
)
_FRACTION_WORD = one_of(FRACTION_WORDS)
# a number in words: "five", "twenty-five", "two hundred fifty", "five million", "two and a half"
WORDS = (
    rf"(?:(?:{_WORD})(?:(?:-|\s+)(?:and\s+)?(?:{one_of([*_WORD_LIST, *SCALES])})\b)*"
    rf"(?:\s+and\s+an?\s+(?:half|quarter)\b|(?:-|\s+)(?:{_FRACTION_WORD})\b)?)"
)
SCALE = r"(?:hundred|thousand|million|billion|trillion|lakhs?|crores?)"

_TOKEN = re.compile(r"[a-z]+")
_DIGITS_SCALED = re.compile(rf"({DIGITS})\s*({SCALE})?", re.IGNORECASE)
_FRACTION_PARTS = re.compile(r"(?:(\d+)\D)?(\d+)/(\d+)")
_NOT_DIGITS = re.compile(r"[,\s]")
_DECIMAL_COMMA = re.compile(DECIMAL_COMMA)
_SCIENTIFIC = re.compile(SCIENTIFIC)
_SCIENTIFIC_PARTS = re.compile(r"([\d.]+)(?:e|\s?[×·x]\s?10\^?)(.+)")


def parse_digits(s: str) -> float | None:
    """``"31,000"`` -> 31000.0, ``"10 000"`` -> 10000.0, ``".11"`` -> 0.11, ``"2 1/2"`` -> 2.5,
    ``"1,26"`` -> 1.26 (a decimal comma: one or two digits after it).

    None for a slash that is no proper fraction ("24/7", "3/0").
    """
    m = _FRACTION_PARTS.fullmatch(s)
    if m:
        num, den = int(m.group(2)), int(m.group(3))
        return int(m.group(1) or 0) + num / den if 0 < num < den else None
    if _DECIMAL_COMMA.fullmatch(s):
        return float(s.replace(",", "."))
    if s and s[-1] in VULGAR_FRACTIONS:
        return float(s[:-1] or 0) + VULGAR_FRACTIONS[s[-1]]
    return float(_NOT_DIGITS.sub("", s))


def parse_words(s: str) -> float | None:
    """``"twenty-five"`` -> 25, ``"two hundred fifty"`` -> 250, ``"five million"`` -> 5e6, else None."""
    total = 0.0
    current = 0.0
    seen = False
    a_part = False  # "and a half": a fraction of one added to the whole
    for tok in _TOKEN.findall(s.lower()):
        if tok == "and":
            continue
        if tok in ("a", "an"):
            a_part = True
        elif tok in FRACTION_WORDS and seen:
            if a_part:
                total += 1 / FRACTION_WORDS[tok]
            else:
                current /= FRACTION_WORDS[tok]
        elif tok in _SMALL:
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


def parse_scientific(s: str) -> float | None:
    """``"2.48×10−5"`` -> 2.48e-05, ``"4e14"`` -> 4e14; None when ``s`` is no scientific notation."""
    m = _SCIENTIFIC_PARTS.fullmatch(s) if _SCIENTIFIC.fullmatch(s) else None
    return float(f"{m.group(1)}e{int(m.group(2).translate(_SUPERSCRIPTS))}") if m else None


def parse_number(s: str) -> float | None:
    """A number in digits or words, with an optional scale word: ``"3.8 million"`` -> 3.8e6."""
    s = s.strip()
    scientific = parse_scientific(s)
    if scientific is not None:
        return scientific
    if _DECIMAL_COMMA.fullmatch(s):
        return parse_digits(s)  # located before its scale word, which is read apart
    m = _DIGITS_SCALED.fullmatch(s)
    if m:
        value = parse_digits(m.group(1))
        return None if value is None else value * (SCALES[m.group(2).lower()] if m.group(2) else 1.0)
    return parse_words(s)
