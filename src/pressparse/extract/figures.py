"""Figure extractor: amounts with units, qualifiers, ranges and counted nouns.

Takes a ``Context``; gives a tuple of ``Figure`` items with spans into the decoded input,
read from the headline, body and about (never noise).

A figure is a number (digits, or words with a unit) that measures an amount: money of any country
("$3.8 million", "A$40,000", "€2.5bn", "CHF 5 million", "five million dollars", "₹5 crore"), a
percentage ("3.5pc"; percentage and basis points are their own units), a measure with a unit
(normalised to SI by ``units``: "930,000 mi", "278,000 t", "3 to 4 L"), a duration ("two years and
eight months" = 32 month, "three decades" = 30 year) or a count in digits ("more than 60
participating nations"). Numbers may group thousands with a space ("10 000"), be fractions or mixed
numbers ("2 1/2 in", "two and a half miles") and carry a scale word or letter ("$2.174T", "0.5k
miles"), or a decimal comma before a scale word ("USD 1,26 million"). A word may stand between
number and unit ("42 consecutive days"); a smaller unit adds on ("5 foot 5 inches" = 65 in); "a" is
one after a qualifier and before a unit ("more than a decade"). A minus sign glued to a number makes
it negative ("-7.1%", "$-99.99"); a currency sign may follow the number ("15 €"); a unit printed
once may serve two numbers ("45 and 50 mg"); "in" is an inch before a dimension or at a sentence's
end ("It is 2 in."); a proper fraction before "of" is a share ("1/40 of"). Scientific notation
("2.48×10−5", "4e14 s-1") is a figure even without a unit; an uncertainty may stand before the unit
("5 ± 0.2 kg"); coins are a share of their currency ("3 cents" = 0.03 USD); "pm" and "am" are lengths
only after a number no clock shows ("2.1 pm"). A letter-spaced scan ("$ 2 . 7 8  m i l l i o n") is
read with its letters joined, its spans still index the text.
A bare ``$`` or "dollars" is the issuing country's dollar (``home_currency``: the one country its
letterhead, dateline or sign-off names, else the one its opening names twice with no word of the
United States; otherwise USD).
Each number is read outwards by named steps (``_STEPS``), any of which may veto it. Ranges give
``value`` and ``max``; a conversion in brackets right after a figure ("31,000 kilograms (31
metric tons)") is marked ``same_as`` the first. Values beyond ``MAX_VALUE`` (no JSON number
holds "1" and 400 zeros) are dropped, and a document gives at most ``MAX_FIGURES`` figures.
Never figures: dates and years (``dates.printed_date_spans``), "N years ago" (a date), times,
phone numbers ("call 101"), case and section numbers, addresses, ZIP codes, ordinals, ages, rates
("1 in 125"), levels ("category 5"), tip lines and names ("258-TIPS", "1-Click"), vote tallies and
number words without a unit.
"""

from __future__ import annotations

import dataclasses
import math
import re
from dataclasses import dataclass
from typing import Final

from pressparse.context import Context
from pressparse.extract.dates import printed_date_spans
from pressparse.lexicon import (
    ADDRESS_SUFFIXES,
    COUNT_OPENERS,
    MONTHS,
    MULTIPLIER_COMPARATIVES,
    POLL_GAPS,
    TITLE_SMALL_WORDS,
    UNIT_ADJECTIVES,
)
from pressparse.models import Figure
from pressparse.patterns import one_of
from pressparse.text.numbers import (
    DIGITS,
    SCALE,
    SCALE_ABBREVIATIONS,
    SCALES,
    SCIENTIFIC,
    WORDS,
    parse_digits,
    parse_number,
    parse_scientific,
)
from pressparse.text.units import BARE_DOLLAR, CURRENCY, UNIT, Unit, currency_code, lookup
from pressparse.textspan import Span, SpanIndex

# a number in digits, in words, or a scale word before "-dollar" ("a billion-dollar industry")
_NUMBER = re.compile(
    rf"(?=[\w.½⅓⅔¼¾⅕⅛⅜⅝⅞])(?:(?P<d>(?:(?<![\w.,/#:@-])|(?<=\$A)|(?<=[\s($][-−]))(?:{SCIENTIFIC}|{DIGITS}))|(?P<w>\b(?i:{WORDS})\b"
    r"|(?<![\w-])(?i:million|billion|trillion)(?=-dollar\b))"
    # "a" or "an" as one, only after a qualifier and before a unit: "more than a decade"
    r"|(?P<a>(?<![\w-])(?i:an?)(?=[ \t]+[a-z])))",
)
_SCALE = re.compile(rf"(?:\s{{0,20}}|-)(?P<scale>(?i:{SCALE}))\b|(?P<abbr>(?i:bn|mn|mil|trn|tn|[kmb])|T)\b")
_RANGE = re.compile(
    rf"\s{{0,20}}(?:-\s*(?=(?i:to|through)\s))?(?P<sep>-|–|—|(?i:to|through|and|or))\s*"
    rf"(?P<cur>{CURRENCY.pattern[:-1]})?(?P<n2>{DIGITS}|\b(?i:{WORDS})\b)(?:\s*(?P<sc2>(?i:{SCALE}))\b)?"
)
# the other end of a range whose unit is printed at both ends: "44 mg to 50 mg", "-18 °C to -34 °C"
_RANGE_UNIT = re.compile(rf"\s{{0,20}}(?P<sep>-|–|—|(?i:to|through|and))\s{{0,5}}(?P<n2>[-−]?{DIGITS})")
# "in" is an inch only after a fraction or decimal and before a dimension: "2 1/2 in thick"; after any
# number, "in." before "of" or a sentence's end: "5 in. of snow", "It is 2 in."
_INCH = re.compile(r"\s+in\.?(?=\s+(?:thick|long|wide|tall|high|deep|across|in\s+diameter)\b)")
_INCH_END = re.compile(r"\s{1,5}in(?:\.(?=\s{1,5}of\b|\s{0,5}$|\s{1,5}[A-Z\"“])|(?=\s{0,5}$))")
# a minus sign glued to a number: "-15€", "$-99.99"
_MINUS = ("-", "−")
# a currency sign after the number: "15€", "15 €"
_SIGN_AFTER = re.compile(r"[ \u00a0]?(?P<sign>[€£¥₹])")
# "45 and 50 mg": the unit printed once serves both numbers
_SHARED_UNIT = re.compile(rf"\s{{1,5}}(?i:and|or)\s{{1,5}}{DIGITS}")
_OF = re.compile(r"\s+of\b")
# a word between a number and its unit: "42 consecutive days"
_UNIT_ADJECTIVE = re.compile(rf"(?:\s{{1,5}}(?i:{one_of(UNIT_ADJECTIVES)})){{1,2}}(?=\s)")
# a measure and a smaller one added: "5 foot 5 inches" (65 in), "7 pounds 3 ounces"
_SMALLER = {"ft": "in", "lb": "oz"}
_AND_SMALLER = re.compile(r"[ \t,-]{1,5}(?:and\s{1,5})?(?P<n>\d{1,2}(?:\.\d{1,6})?)(?=[ \t-]{0,5}[a-z])")
_IN_BEFORE = re.compile(r"\b(?i:in)\s{1,5}$")
# "3 to 100 times fewer": a multiplier, no amount ("stabbed 15 times" counts)
_MULTIPLIER_AFTER = re.compile(rf"\s{{1,5}}(?i:times)\s{{1,5}}(?i:{one_of(MULTIPLIER_COMPARATIVES)})\b")
# a number that opens a quoted title: “100 Most Influential Hispanics”
_QUOTE_BEFORE = re.compile(r"[\"“]$")
_TITLE_AFTER = re.compile(rf"(?:\s{{1,5}}(?:[A-Z][\w'’-]{{0,30}}|{one_of(TITLE_SMALL_WORDS)})){{1,12}}[\"”]")
# "1 in 125 children": a rate, not two counts
_RATE_AFTER = re.compile(r"\s{1,5}in\s{1,5}(?!(?:1[89]|20)\d\d\b)\d")
# (not a product code's digits: "a trial of NT-401 in 312 adults")
_RATE_BEFORE = re.compile(r"(?<![\w-])\d[\d,]{0,12}\s{1,5}in\s{1,5}$")
# a bare number that a verb states, ending its clause: "the total was 1,200."
# (not an identifier's: "the case number is 1234.")
_COPULA_BEFORE = re.compile(
    r"(?<!number )(?<!Number )(?<!code )(?<!Code )(?<!ID )"
    r"\b(?i:is|was|are|were|totals?|totaled|totalled)\s{1,5}$"
)
_CLAUSE_END = re.compile(r"\s{0,3}[,.;!?(]")
# "call 101", "dial 999": a phone number, not a count
_CALL_BEFORE = re.compile(r"\b(?i:call|dial|ring|text)\s{1,5}$")
# a poll's "41-point lead" is in percentage points
_POLL_POINTS = re.compile(rf"(?:-|\s{{1,5}})points?(?=\s{{1,5}}(?i:{one_of(POLL_GAPS)})\b)")
# "2.1 pm" is a length: a clock time is a whole hour or has two digits of minutes ("2 pm", "2.30 pm")
_NO_CLOCK = re.compile(r"\d{1,3}\.(?:\d|\d{3,9})")
_CLOCK_LETTERS = ("am", "pm")
_SPACED_LETTERS = re.compile(r"\s\w\s\w\b")
_GROUPED = re.compile(r"\d[ ,\u00a0\u2009\u202f]\d{3}$")
_AGO = re.compile(r"\s{1,20}(?i:ago)\b")
# no JSON number or sensible amount is larger; more figures than this in one document are noise
MAX_VALUE = 1e18
MAX_FIGURES = 5000
_MIXED = re.compile(
    rf"\s+and\s+(?P<n>{DIGITS}|(?i:{WORDS}))(?:\s+|-)(?P<u>(?i:months?|weeks?|days?|hours?))\b"
)
_QUALIFIER = re.compile(
    r"(?P<q>\b(?i:more\s+than|less\s+than|fewer\s+than|up\s+to|at\s+least|at\s+most|nearly|almost|about|"
    r"approximately|roughly|around|over|under|some|as\s+(?:many|much|few|little)\s+as|in\s+excess\s+of|"
    r"an\s+excess\s+of|a\s+maximum\s+of|a\s+minimum\s+of|between|an\s+estimated|estimated|close\s+to|"
    r"upwards\s+of|no\s+more\s+than|no\s+less\s+than|just\s+over|just\s+under|well\s+over|almost))\s+$"
)
_AGE_AFTER = re.compile(r"(?:-|\s{1,20})(?i:old\b|of\s+age\b|(?:and|or)\s+(?:older|younger)\b)")
_AGE_BEFORE = re.compile(r"\b(?i:age|aged|ages)\s+$")
_NAME_COMMA = re.compile(r"[A-Za-z.)],\s*$")
_TIME_AFTER = re.compile(r"\s{0,20}(?i:a\.m\b|p\.m\b|am\b|pm\b|o'clock)|:\d")
# "1050 Los Vallecitos Blvd.", "1350 NW 12 Avenue", "324 CENTRAL AVENUE", "430 Dirksen Senate Office
# BuildingNote:" (a scrape glues the next word on), not "Wayne" or "Streets"
_ADDRESS_AFTER = re.compile(
    rf"\s{{1,20}}(?:[NSEW]{{1,2}}\.?\s+)?(?:[A-Z0-9][\w.]*\s+){{0,3}}"
    rf"(?:{one_of(v for w in ADDRESS_SUFFIXES for v in (w, w.upper()))})(?![a-z])|\s{{1,20}}block\b"
)
_ZIP_BEFORE = re.compile(r"\b(?:[A-Z]{2}|[A-Z][a-z]{1,4}\.)\s+$")
# "No. 12", "Route 55", and the later numbers of a list after one: "Units 1 and 2"
_IDENTIFIER_BEFORE = re.compile(
    r"(?:\b(?:No|Nos|Sec|Vol|Ch|Art|Pub|pp|p)\.|§|\b[A-Z][\w.'’]*)\s*$"
    r"|\b[A-Z][\w.'’]*\s+\d+(?:\s*,\s*\d+)*\s*(?:,|and|or|&)\s*$"
)
# a capitalised word that opens the sentence before a number: "Over 5,000", not "Team 6"
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“(]\s{0,20}|\n\s{0,20})(?P<w>[A-Z][\w.'’]{0,40})\s{0,20}$")
# a level, not an amount: "category 5 hurricane", "phase 2"
_LEVEL_BEFORE = re.compile(r"\b(?i:category|level|grade|phase|stage|tier|step|type|class|size)\s+$")
# glued to a capitalised word, a name or a tip line: "1-Click", "258-TIPS"; after another digit group, a
# phone number's tail: "(88 4136 a.h.)"
_NAME_AFTER = re.compile(r"-[A-Z]")
_DIGIT_GROUP_BEFORE = re.compile(r"\d[ \u00a0]$")
# the counted noun: on the same line, or on the next when the sentence runs on in lower case
_GAP = r"(?:[ \t]{0,20}\n[ \t]{0,20}(?=[a-z])|[ \t]{1,20})"
_COUNTED = re.compile(rf"(?:{_GAP}|-)(?P<c>(?:[A-Za-z][\w.'’-]{{0,40}})(?:{_GAP}[A-Za-z][\w'’-]{{0,40}})?)")
_COUNT_STOP = re.compile(
    r"^(?i:of|to|in|on|at|by|for|and|or|the|a|an|was|were|is|are|has|have|had|who|that|which|from|with|"
    r"a\.m|p\.m|am|pm|percent|times?)$"
)
_MONTH_WORD = re.compile(rf"^(?:{'|'.join(m[:3] for m in MONTHS)})")
# URLs, phone numbers, times, fractions and 1-800 numbers; the lookahead skips other positions fast
_MASK = re.compile(
    r"(?=[\dhw(+])(?:\b(?:https?://|www\.)\S+|\+\d[\d\s().-]{7,}\d|\(?\b\d{3}\)?[\s./-]?\d{3}[-.]\d{4}\b|"
    r"\b\d{1,2}:\d{2}(?::\d{2})?|\b\d+(?:/\d+){2,}\b|\b1-8\d\d-[\w-]+)"
)
# shares of a whole with one percent sign: "roughly 40/40/20 percent"
_SHARES = re.compile(
    r"(?<![\w/.])\d{1,3}(?:\.\d{1,2})?(?:/\d{1,3}(?:\.\d{1,2})?){1,5}(?=\s{0,3}(?:%|(?i:percent|per\s{1,3}cent)\b))"
)
_SHARE = re.compile(r"\d{1,3}(?:\.\d{1,2})?")
_PLUS = re.compile(r"\+(?![\d+/-])")
# an uncertainty between the number and its unit: "9.83e-3 +/- 1e-5 km/s2", "5 ± 0.2 kg"
_PLUS_MINUS = re.compile(rf"\s{{0,3}}(?:±|\+/-|\+-)\s{{0,3}}(?:{SCIENTIFIC}|{DIGITS})")
_ORDINAL = re.compile(r"\s{0,3}(?:st|nd|rd|th)\b")
_WINDOW = 40
_SPACED_MIN_TOKENS = 40  # a letter-spaced scan: most of at least this many tokens are single characters


@dataclass(frozen=True)
class _Found:
    span: Span
    value: float
    max: float | None
    unit: Unit | None
    code: str | None
    qualifier: str | None
    counted: str | None


@dataclass
class _Reading:
    """A figure being read outwards from its number, one step at a time (``_STEPS``)."""

    text: str
    region: Span
    m: re.Match[str]
    home: _Home
    value: float
    start: int
    pos: int
    before: str
    code: str | None = None
    scaled: bool = False
    qualifier: str | None = None
    top: float | None = None
    sep: str = ""
    between: bool = False  # "between 120 and 180"
    grouped_top: bool = False  # the range's upper end groups thousands: "15-20 000"
    unit: Unit | None = None

    @property
    def is_digits(self) -> bool:
        return self.m.group("d") is not None

    @property
    def hi(self) -> int:
        return self.region[1]


@dataclass(frozen=True)
class _Home:
    """The currency a bare ``$`` or "dollars" names, and whether "pounds" are money, in this release."""

    dollar: str = "USD"
    pounds_are_money: bool = False


def _sign_before(r: _Reading) -> bool:
    """A minus sign glued to the number: "-18", "$-99.99"; not a hyphen after a word ("fb-1")."""
    if r.is_digits and r.before.endswith(_MINUS) and not r.before[-2:-1].isalnum():
        r.value, r.start, r.before = -r.value, r.start - 1, r.before[:-1]
    return True


def _currency_before(r: _Reading) -> bool:
    """A currency sign or code right before the number: "$", "A$", "€", "USD "."""
    cur = CURRENCY.search(r.before) if r.is_digits else None
    if cur:
        printed = cur.group().strip()
        r.code = r.home.dollar if printed in BARE_DOLLAR else currency_code(printed)
        r.start -= len(r.before) - cur.start()
        r.before = r.before[: cur.start()]
    return True


def _scale_after(r: _Reading) -> bool:
    """A scale word or letter after the number ("3.8 million", "$2bn", "0.5k miles"); False when a word
    is glued on that makes it no figure (14HF2889, 1990s, 21st)."""
    text, hi = r.text, r.hi
    sc = _SCALE.match(text, r.pos, hi) if r.is_digits else None
    word = sc and (sc.group("scale") or sc.group("abbr"))
    if (
        sc
        and word
        and (sc.group("scale") or r.code or (sc.start("abbr") == r.pos and UNIT.match(text, sc.end(), hi)))
    ):
        r.value *= (
            SCALES.get(word.lower()) or SCALE_ABBREVIATIONS.get(word) or SCALE_ABBREVIATIONS[word.lower()]
        )
        r.pos, r.scaled = sc.end(), True
    elif r.is_digits and not r.code and _glued(text, r.pos, hi) and not UNIT.match(text, r.pos, hi):
        return False  # money stays money when a word is glued on ("$520in cash")
    if r.is_digits and _ORDINAL.match(text, r.pos, hi):
        return False
    if r.is_digits and _PLUS.match(text, r.pos, hi):
        r.pos += 1  # "70+ brands"
    return True


def _glued(text: str, pos: int, hi: int) -> bool:
    return pos < hi and (text[pos].isalnum() or text[pos] == "_")


def _currency_after(r: _Reading) -> bool:
    """A currency sign printed after the number: "15€"."""
    sign = _SIGN_AFTER.match(r.text, r.pos, r.hi) if r.is_digits and not r.code else None
    if sign:
        r.code, r.pos = currency_code(sign.group("sign")), sign.end()
    return True


def _qualifier_before(r: _Reading) -> bool:
    """ "more than", "about", "up to", ... printed right before."""
    qual = _QUALIFIER.search(r.before)
    if qual:
        r.qualifier = " ".join(qual.group("q").split())
        r.start -= len(r.before) - qual.start()
    return True


def _range_after(r: _Reading) -> bool:
    """The upper end of a range: "5 to 10", "$1–2 million", "between 120 and 180", "8- to 16-meter"."""
    rng = _RANGE.match(r.text, r.pos, r.hi)
    r.between = (r.qualifier or "").lower() == "between"
    if rng and (rng.group("sep").lower() != "and" or r.between):
        n2 = parse_number(rng.group("n2"))
        sc2 = (rng.group("sc2") or "").lower()
        factor = SCALES.get(sc2, 1.0)
        if n2 is not None and n2 > r.value / factor:
            if sc2 and not r.scaled and r.value <= n2:
                r.value *= factor  # "2 to 3 million", not "$200,000 to $1 million"
            r.grouped_top = bool(_GROUPED.search(rng.group("n2")))
            if r.grouped_top and not sc2 and r.value < 1000 <= n2 and r.value * 1000 < n2:
                r.value *= 1000  # "15-20 000": the thousands printed once
            r.top = n2 * factor
            r.sep = rng.group("sep")
            r.pos = rng.end()
            r.code = r.code or (currency_code(rng.group("cur")) if rng.group("cur") else None)
    if r.between:
        r.qualifier = None
    return True


def _unit_after(r: _Reading) -> bool:
    """The unit after the number (or the range): a measure, a duration, a percent or a currency word."""
    text, hi = r.text, r.hi
    uncertainty = _PLUS_MINUS.match(text, r.pos, hi)
    um = UNIT.match(text, uncertainty.end() if uncertainty else r.pos, hi)
    adjective = _UNIT_ADJECTIVE.match(text, r.pos, hi) if not um else None
    um = um or (UNIT.match(text, adjective.end(), hi) if adjective else None)
    if not um:
        points = _POLL_POINTS.match(text, r.pos, hi) if r.is_digits else None
        if points:
            r.unit, r.pos = lookup("percentage points")[0], points.end()
        else:
            _inch_or_shared(r)
        return True
    if len(um.group("unit")) == 1 and _SPACED_LETTERS.match(text, um.end(), hi):
        return True  # "1 t o l d": a scan's spaced letters, not a ton
    unit, word_code = lookup(um.group("unit"))
    if unit.symbol in _CLOCK_LETTERS and not _NO_CLOCK.fullmatch(r.m.group()):
        return False  # a time of day
    if unit.symbol == "lb" and r.home.pounds_are_money and not _OF.match(text, um.end(), hi):
        word_code = "GBP"
    if word_code:
        if not r.code and unit.scale != 1.0:  # "3 cents" is 0.03 dollars (divided: 3 / 10 is 0.3 exactly)
            per = 1 / unit.scale
            r.value, r.top = r.value / per, r.top / per if r.top is not None else None
        r.code = r.code or (r.home.dollar if um.group("unit").lower() in BARE_DOLLAR else word_code)
        r.pos = um.end()
        return True
    r.unit, r.pos = unit, um.end()
    if unit.kind == "duration":
        return _duration(r, unit)
    _unit_range(r, unit)
    _add_smaller(r, unit)
    return True


def _add_smaller(r: _Reading, unit: Unit) -> None:
    """A smaller unit added after a measure: "5 foot 5 inches" is 65 in."""
    smaller = _SMALLER.get(unit.symbol)
    add = _AND_SMALLER.match(r.text, r.pos, r.hi) if smaller and r.top is None else None
    um = UNIT.match(r.text, add.end(), r.hi) if add else None
    if not (add and um):
        return
    small, _ = lookup(um.group("unit"))
    if small.symbol == smaller and small.factor and unit.factor:
        r.value = r.value * unit.factor / small.factor + float(add.group("n"))
        r.unit, r.pos = small, um.end()


def _inch_or_shared(r: _Reading) -> None:
    """No unit right after the number: "in" as an inch ("2 1/2 in thick", "It is 2 in."), or the unit
    printed after the next number ("45 and 50 mg")."""
    text, hi, printed = r.text, r.hi, r.m.group()
    inch = _INCH.match(text, r.pos, hi) if "/" in printed or "." in printed else None
    inch = inch or (_INCH_END.match(text, r.pos, hi) if r.is_digits else None)
    if inch:
        r.unit, r.pos = lookup("inches")[0], inch.end()
        return
    shared = _SHARED_UNIT.match(text, r.pos, hi) if r.is_digits and r.top is None else None
    um = UNIT.match(text, shared.end(), hi) if shared else None
    unit, code = lookup(um.group("unit")) if um else (None, None)
    if unit and not code and unit.kind in ("measure", "percent"):
        r.unit = unit


def _unit_range(r: _Reading, unit: Unit) -> None:
    """A range that prints the unit at both ends: "44 mg to 50 mg"."""
    if r.top is not None:
        return
    rng = _RANGE_UNIT.match(r.text, r.pos, r.hi)
    if not rng or (rng.group("sep").lower() == "and" and not r.between):
        return
    um = UNIT.match(r.text, rng.end(), r.hi)
    n2 = parse_number(rng.group("n2").lstrip("-−"))
    n2 = -n2 if n2 is not None and rng.group("n2")[0] in _MINUS else n2
    below_zero = n2 is not None and n2 < r.value < 0  # "-18 °C to -34 °C": from -34 up to -18
    if um and n2 is not None and (n2 > r.value or below_zero) and lookup(um.group("unit"))[0] == unit:
        r.value, r.top = (n2, r.value) if below_zero else (r.value, n2)
        r.pos = um.end()
        if r.between:
            r.qualifier = None


def _duration(r: _Reading, unit: Unit) -> bool:
    """Durations: not ages ("11 years old") nor dates ("three weeks ago"); "two years and eight
    months" is 32 month; "two decades" is 20 year."""
    text, hi = r.text, r.hi
    if _AGE_AFTER.match(text, r.pos, hi) or _AGO.match(text, r.pos, hi):
        return False
    mixed = _MIXED.match(text, r.pos, hi)
    if mixed:
        small, _ = lookup(mixed.group("u"))
        n = parse_number(mixed.group("n"))
        if n is not None and small.factor and unit.factor:
            r.value = r.value * unit.scale * unit.factor / small.factor + n
            r.unit, r.pos = small, mixed.end()
    elif unit.scale != 1.0:
        r.value *= unit.scale
        r.top = r.top * unit.scale if r.top is not None else None
    return True


def _is_figure(r: _Reading) -> bool:
    """With a unit or currency it is a figure; a bare number only when it counts things."""
    if r.code is not None or r.unit is not None:
        return True
    if parse_scientific(r.m.group()) is not None:
        return True  # scientific notation measures, it never names or counts: "a factor of 2.48×10−5"
    if "/" in r.m.group():
        return r.value < 1 and bool(_OF.match(r.text, r.pos, r.hi))  # "about 1/40 of the wavelength"
    if not r.is_digits or (r.sep in ("-", "–", "—") and not r.grouped_top):
        return False  # "85-12" is a tally
    if _MULTIPLIER_AFTER.match(r.text, r.pos, r.hi):
        return False
    if _scaled_amount(r):
        return True
    s, e = r.m.span()
    return _is_count(r.text, s, max(e, r.pos), r.m.group(), r.before, r.region)


def _scaled_amount(r: _Reading) -> bool:
    """A scale word on the number's line makes an amount, never a name or year ("valued at about 41.625
    million."); not after another digit group ("1 4 million", a text stripped of its points) nor with a
    leading zero ("(00 million")."""
    printed = r.m.group()
    return (
        r.scaled
        and "\n" not in r.text[r.m.end() : r.pos]
        and not _DIGIT_GROUP_BEFORE.search(r.before)
        and (printed[0] != "0" or printed.startswith("0."))
    )


def _article_is_one(r: _Reading) -> bool:
    """ "a" or "an" is a figure of one only with a qualifier and a unit: "for more than a decade"; not
    "the first in more than a decade" (since when, not how long)."""
    if r.m.group("a") is None:
        return True
    since = _IN_BEFORE.search(r.text, max(r.region[0], r.start - 5), r.start)
    return r.qualifier is not None and r.unit is not None and r.top is None and not since


# the steps of reading a figure, in order; each may veto it
_STEPS = (
    _sign_before,
    _currency_before,
    _scale_after,
    _currency_after,
    _qualifier_before,
    _range_after,
    _unit_after,
    _article_is_one,
    _is_figure,
)


def _counted(text: str, pos: int, hi: int) -> str | None:
    """The noun a bare count counts: "60 participating nations" -> "participating nations"."""
    cm = _COUNTED.match(text, pos, hi)
    if not cm:
        return None
    kept: list[str] = []
    for w in cm.group("c").split():
        if _COUNT_STOP.match(w.strip(".,")):
            break
        kept.append(w.strip(".,;:"))
    return " ".join(kept) or None


def _read(text: str, m: re.Match[str], region: Span, home: _Home) -> _Found | None:
    """Read the figure whose number is ``m``, or None when it is not a figure."""
    value = 1.0 if m.group("a") else parse_number(m.group())
    if value is None:
        return None
    s, e = m.span()
    r = _Reading(text, region, m, home, value, s, e, text[max(region[0], s - _WINDOW) : s])
    if not all(step(r) for step in _STEPS):
        return None
    if not math.isfinite(r.value) or r.value > MAX_VALUE or (r.top is not None and not math.isfinite(r.top)):
        return None  # "1" and 400 zeros: no JSON number holds it
    counted = _counted(text, r.pos, r.hi) if r.unit is None and r.code is None else None
    return _Found((r.start, r.pos), r.value, r.top, r.unit, r.code, r.qualifier, counted)


# places and domains that say which country issues a release (the letterhead, dateline or sign-off)
# (place names in any case: a dateline or sign-off prints "CANBERRA"; and the country's time zones)
COUNTRY_CUES: dict[str, re.Pattern[str]] = {
    "AUD": re.compile(
        r"\b(?i:Australian?|Canberra|Sydney|Melbourne|Brisbane|Adelaide|Hobart|Queensland|Tasmania|"
        r"New\s+South\s+Wales)\b|\b(?:NSW|AEST|AEDT|ACST|ACDT|AWST)\b|\.gov\.au\b"
    ),
    "CAD": re.compile(
        r"\b(?i:Canadian?|Ottawa|Toronto|Vancouver|Montr[eé]al|Ontario|Qu[eé]bec|Alberta|British\s+Columbia|"
        r"Manitoba|Saskatchewan|Nova\s+Scotia|New\s+Brunswick)\b|\.gc\.ca\b"
    ),
    "NZD": re.compile(r"\b(?i:New\s+Zealand|Wellington|Auckland)\b|\b(?:NZST|NZDT)\b|\.govt\.nz\b"),
    "GBP": re.compile(
        r"\b(?:UK|(?i:United\s+Kingdom|Great\s+Britain|British(?!\s+Columbia)|(?<!New )England|Scotland|"
        r"(?<!South )Wales|London|Whitehall))\b|\.gov\.uk\b"
    ),
}
_OPENING = 1500  # the body's first paragraphs, where an issuer says who acts ("Australia would provide")
_US_CUE = re.compile(r"\b(?:United\s+States|U\.\s?S\.|USA|America|Americans?|Washington)\b")


def _issuing_country(text: str, ctx: Context) -> str | None:
    """The currency of the one country that the release's letterhead, dateline or sign-off names; else
    of the one country the body's opening names at least twice where it names the United States nowhere."""
    body_start = ctx.layout.body[0]
    pieces = [text[:body_start]]
    if ctx.header.headline_span:  # a headline about Canada does not make the issuer Canadian
        hs, he = ctx.header.headline_span
        pieces = [text[: min(hs, body_start)], text[he:body_start]]
    if ctx.layout.trailer:
        ts, te = ctx.layout.trailer  # its sign-off lines, not a transcript pasted below them
        pieces.append(text[ts : min(te, ts + _OPENING // 3)])
    if ctx.header.dateline:
        pieces.append(ctx.header.dateline.location)
    zone = "\n".join(pieces)
    named = [code for code, cue in COUNTRY_CUES.items() if cue.search(zone)]
    if len(named) == 1:
        return named[0]
    return None if named else _opening_country(text, ctx.layout.body)


def _opening_country(text: str, body: Span) -> str | None:
    """The one country the body's opening names at least twice where it names the United States nowhere."""
    lo, hi = body
    hi = min(hi, lo + _OPENING)
    if _US_CUE.search(text, lo, hi):
        return None
    named = [code for code, cue in COUNTRY_CUES.items() if len(cue.findall(text, lo, hi)) >= 2]
    return named[0] if len(named) == 1 else None


def _home(country: str | None) -> _Home:
    return _Home("USD", pounds_are_money=True) if country == "GBP" else _Home(country or "USD")


def home_currency(ctx: Context) -> _Home:
    """What a bare ``$`` (and "dollars") means in this release, and whether "pounds" are money."""
    return _home(_issuing_country(ctx.text, ctx))


def _masked(text: str, region: Span) -> SpanIndex:
    """What is never a figure: masked shapes (phones, case numbers, ...) and printed dates."""
    spans = [m.span() for m in _MASK.finditer(text, *region)]
    spans += printed_date_spans(text, region)
    return SpanIndex(spans)


def _names_or_places(before: str, after: str) -> bool:
    """The words around a bare number make it a level, name, phone, time, age, address, rate or title."""
    if _LEVEL_BEFORE.search(before) or _NAME_AFTER.match(after) or _DIGIT_GROUP_BEFORE.search(before):
        return True
    if _CALL_BEFORE.search(before) or _RATE_BEFORE.search(before) or _AGE_BEFORE.search(before):
        return True
    if _TIME_AFTER.match(after) or _AGE_AFTER.match(after) or _ADDRESS_AFTER.match(after):
        return True
    return bool(_RATE_AFTER.match(after) or (_QUOTE_BEFORE.search(before) and _TITLE_AFTER.match(after)))


def _is_count(text: str, s: int, e: int, printed: str, before: str, region: Span) -> bool:
    """A bare number in digits counts things unless it is a year, age, time, address, ZIP or identifier."""
    hi = region[1]
    after = text[e : min(hi, e + _WINDOW)]
    value = parse_digits(printed) or 0.0
    if printed.isdigit() and (1800 <= value <= 2100 or printed[0] == "0" != printed):
        return False  # a year, or a code with a leading zero
    if _names_or_places(before, after):
        return False
    if _NAME_COMMA.search(before) and after.startswith(",") and value < 120:
        return False  # "Randy Metcalf, 40,"
    if len(printed) == 5 and printed.isdigit() and _ZIP_BEFORE.search(before):
        return False
    if _IDENTIFIER_BEFORE.search(before):
        opener = _SENTENCE_START.search(text[max(region[0], s - _WINDOW) : s])
        if not opener or opener.group("w").lower() not in COUNT_OPENERS:
            return False  # Route 55, Team 6, No. 12
    cm = _COUNTED.match(after)
    if (
        not cm
        and _COPULA_BEFORE.search(before)
        and _CLAUSE_END.match(after)
        and (value >= 120 or "." in printed)
    ):
        return True  # "a gross is 144 (a square dozen)", "the ratio was 1.69." (not an age: "He was 74.")
    if not cm or printed == "911":
        return False
    first = cm.group("c").split()[0]
    return not _MONTH_WORD.match(first) and first.lower().strip(".") not in ("a.m", "p.m", "am", "pm")


def _same_quantity(a: _Found, b: _Found, text: str) -> bool:
    """``b`` restates ``a`` in brackets: "31,000 kilograms (31 metric tons)"."""
    between = text[a.span[1] : b.span[0]].strip()
    if between not in ("(", "[", "(or", "(about", "(approximately", "(roughly", "(nearly"):
        return False
    if a.code or b.code:
        return bool(a.code and b.code)
    return bool(a.unit and b.unit and a.unit.si and a.unit.si == b.unit.si)


def _figure(text: str, f: _Found, same_as: int | None) -> Figure:
    s, e = f.span
    unit, kind = (f.code, "money") if f.code else (f.unit.symbol, f.unit.kind) if f.unit else (None, "count")
    normalized = normalized_unit = None
    if f.unit and f.unit.factor and not f.code:
        normalized = f.value * f.unit.factor
        normalized_unit = f.unit.si
    return Figure(
        text=text[s:e],
        span=(s, e),
        value=f.value,
        max=f.max,
        unit=unit,
        qualifier=f.qualifier,
        kind=kind,
        counted=f.counted,
        normalized=normalized,
        normalized_unit=normalized_unit,
        same_as=same_as,
    )


NAME: Final = "figures"
NEEDS: Final[tuple[str, ...]] = ()


def _shares(text: str, region: Span) -> list[_Found]:
    """A split of a whole printed with one percent sign: "40/40/20 percent" gives 40, 40 and 20 percent."""
    found: list[_Found] = []
    for m in _SHARES.finditer(text, *region):
        parts = list(_SHARE.finditer(text, *m.span()))
        if abs(sum(float(p.group()) for p in parts) - 100) > 1:
            continue  # no split of a whole
        um = UNIT.match(text, m.end(), region[1])
        percent = lookup(um.group("unit"))[0] if um else None
        for p in parts:
            end = um.end() if um and p is parts[-1] else p.end()
            found.append(_Found((p.start(), end), float(p.group()), None, percent, None, None, None))
    return found


def _find(text: str, region: Span, home: _Home, room: int) -> list[_Found]:
    """The figures of one region, at most ``room`` of them."""
    found = _shares(text, region)[:room]
    masked = _masked(text, region)
    for share in found:
        masked.add(*share.span)
    end = region[0]
    for m in _NUMBER.finditer(text, *region):
        if m.start() < end or masked.overlaps(*m.span()):
            continue
        f = _read(text, m, region, home)
        if f:
            found.append(f)
            end = f.span[1]
            if len(found) >= room:
                break
    return sorted(found, key=lambda f: f.span)


def _letter_spaced(text: str, region: Span) -> bool:
    """A scan printed with a space between letters: "$ 2 . 7 8  m i l l i o n"."""
    tokens = text[region[0] : region[1]].split()
    return len(tokens) >= _SPACED_MIN_TOKENS and sum(len(t) == 1 for t in tokens) > 0.6 * len(tokens)


def _despaced(text: str, region: Span) -> tuple[str, list[int]]:
    """A letter-spaced region with its letters joined ("$2.78 million": a single space between two single
    characters dropped, so words printed whole stay apart) and, for each character, its offset in ``text``."""
    lo, hi = region
    kept = [
        i
        for i in range(lo, hi)
        if not (text[i] == " " and _single(text, i - 1, lo, hi) and _single(text, i + 1, lo, hi))
    ]
    return "".join(text[k] for k in kept), kept


def _single(text: str, i: int, lo: int, hi: int) -> bool:
    """The character at ``i`` stands alone between spaces (or the region's ends), or with a comma or point
    that a scan glued to it (",0")."""
    if not (lo <= i < hi) or text[i].isspace():
        return False
    s, e = i, i + 1
    while s > lo and not text[s - 1].isspace() and i - s < 2:
        s -= 1
    while e < hi and not text[e].isspace() and e - i < 2:
        e += 1
    token = text[s:e]
    return len(token) == 1 or (len(token) == 2 and any(c in ",." for c in token))


def _find_despaced(text: str, region: Span, home: _Home, room: int) -> list[_Found]:
    """The figures of a letter-spaced region, read with its letters joined; spans index ``text``."""
    view, where = _despaced(text, region)
    if home == _Home():
        home = _home(_opening_country(view, (0, len(view))))
    return [
        dataclasses.replace(f, span=(where[f.span[0]], where[f.span[1] - 1] + 1))
        for f in _find(view, (0, len(view)), home, room)
    ]


def extract(ctx: Context) -> tuple[Figure, ...]:
    """Find every figure in the release's headline, body and about."""
    text = ctx.text
    home = home_currency(ctx)
    found: list[_Found] = []
    for region in ctx.regions:
        find = _find_despaced if _letter_spaced(text, region) else _find
        found += find(text, region, home, MAX_FIGURES - len(found))
        if len(found) >= MAX_FIGURES:
            break
    out: list[Figure] = []
    for i, f in enumerate(found):
        same = i - 1 if i and _same_quantity(found[i - 1], f, text) else None
        out.append(_figure(text, f, same))
    return tuple(out)
