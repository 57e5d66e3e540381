"""Figure extractor: amounts with units, qualifiers, ranges and counted nouns.

Takes a ``Context``; gives a tuple of ``Figure`` items with spans into the decoded input,
read from the headline, body and about (never noise).

A figure is a number (digits, or words with a unit) that measures an amount: money
("$3.8 million", "A$40,000", "five million dollars"), a percentage, a measure with a unit
(normalised to SI by ``units``), a duration ("two years and eight months" = 32 month,
"three decades" = 30 year) or a count in digits ("more than 60 participating nations").
Ranges give ``value`` and ``max``; a conversion in brackets right after a figure
("31,000 kilograms (31 metric tons)") is marked ``same_as`` the first.
Never figures: dates and years (``dates.locate``), times, phone numbers, case and section
numbers, addresses, ZIP codes, ordinals, ages, vote tallies and number words without a unit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pressparse.context import Context
from pressparse.extract.chunks import OPENERS
from pressparse.extract.dates import PRINTED, locate
from pressparse.extract.numbers import DIGITS, SCALE, SCALE_ABBREVIATIONS, SCALES, WORDS, parse_number
from pressparse.extract.units import CURRENCY, UNIT, Unit, currency_code, lookup
from pressparse.models import Figure
from pressparse.textspan import Span, SpanIndex

_NUMBER = re.compile(
    rf"(?=[\w.])(?:(?P<d>(?<![\w.,/#:@-]){DIGITS})|(?P<w>\b(?i:{WORDS})\b))",
)
_SCALE = re.compile(rf"\s*(?P<scale>(?i:{SCALE}))\b|(?P<abbr>(?i:bn|mn|mil|[kmb]))\b")
_RANGE = re.compile(
    rf"\s*(?P<sep>-|–|—|(?i:to|through|and|or))\s*(?P<cur>{CURRENCY.pattern[:-1]})?"
    rf"(?P<n2>{DIGITS}|\b(?i:{WORDS})\b)(?:\s*(?P<sc2>(?i:{SCALE}))\b)?"
)
_MIXED = re.compile(
    rf"\s+and\s+(?P<n>{DIGITS}|(?i:{WORDS}))(?:\s+|-)(?P<u>(?i:months?|weeks?|days?|hours?))\b"
)
_QUALIFIER = re.compile(
    r"(?P<q>\b(?i:more\s+than|less\s+than|fewer\s+than|up\s+to|at\s+least|at\s+most|nearly|almost|about|"
    r"approximately|roughly|around|over|under|some|as\s+(?:many|much|few|little)\s+as|in\s+excess\s+of|"
    r"an\s+excess\s+of|a\s+maximum\s+of|a\s+minimum\s+of|between|an\s+estimated|estimated|close\s+to|"
    r"upwards\s+of|no\s+more\s+than|no\s+less\s+than|just\s+over|just\s+under|well\s+over|almost))\s+$"
)
_AGE_AFTER = re.compile(r"(?:-|\s+)(?i:old\b|of\s+age\b|(?:and|or)\s+(?:older|younger)\b)")
_AGE_BEFORE = re.compile(r"\b(?i:age|aged|ages)\s+$")
_NAME_COMMA = re.compile(r"[A-Za-z.)],\s*$")
_TIME_AFTER = re.compile(r"\s*(?i:a\.m\b|p\.m\b|am\b|pm\b|o'clock)|:\d")
_ADDRESS_AFTER = re.compile(
    r"\s+(?:[NSEW]\.?\s+)?(?:[A-Z][\w.]*\s+){0,3}(?:Street|St\b|Avenue|Ave\b|Road|Rd\b|Boulevard|Blvd\b|"
    r"Drive|Dr\b|Lane|Ln\b|Way|Court|Ct\b|Place|Pl\b|Highway|Hwy\b|Parkway|Pkwy\b|Circle|Terrace|Plaza|"
    r"Trail|Suite|Building|Bldg\b)|\s+block\b"
)
_ZIP_BEFORE = re.compile(r"\b(?:[A-Z]{2}|[A-Z][a-z]{1,4}\.)\s+$")
# "No. 12", "Route 55", and the later numbers of a list after one: "Units 1 and 2"
_IDENTIFIER_BEFORE = re.compile(
    r"(?:\b(?:No|Nos|Sec|Vol|Ch|Art|Pub|pp|p)\.|§|\b[A-Z][\w.'’]*)\s*$"
    r"|\b[A-Z][\w.'’]*\s+\d+(?:\s*,\s*\d+)*\s*(?:,|and|or|&)\s*$"
)
# a capitalised word that opens the sentence before a number: "Over 5,000", not "Team 6"
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“(]\s*|\n\s*)(?P<w>[A-Z][\w.'’]*)\s*$")
# the counted noun: on the same line, or on the next when the sentence runs on in lower case
_GAP = r"(?:[ \t]*\n[ \t]*(?=[a-z])|[ \t]+)"
_COUNTED = re.compile(rf"(?:{_GAP}|-)(?P<c>(?:[A-Za-z][\w.'’-]*)(?:{_GAP}[A-Za-z][\w'’-]*)?)")
_COUNT_STOP = re.compile(
    r"^(?i:of|to|in|on|at|by|for|and|or|the|a|an|was|were|is|are|has|have|had|who|that|which|from|with|"
    r"a\.m|p\.m|am|pm|percent|times?)$"
)
# words that open a sentence before a count: "Over 5,000 officers", "Some 40 agents"
_OPENING_WORDS = OPENERS | {
    "over", "nearly", "about", "approximately", "roughly", "around", "almost", "under", "only", "just",
    "more", "fewer", "less", "up", "another", "exactly", "an", "estimated", "no", "nine", "than",
}  # fmt: skip
_MONTH_WORD = re.compile(r"^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")
# URLs, phone numbers, times, fractions and 1-800 numbers; the lookahead skips other positions fast
_MASK = re.compile(
    r"(?=[\dhw(+])(?:\b(?:https?://|www\.)\S+|\+\d[\d\s().-]{7,}\d|\(?\b\d{3}\)?[\s./-]?\d{3}[-.]\d{4}\b|"
    r"\b\d{1,2}:\d{2}(?::\d{2})?|\b\d+(?:/\d+)+\b|\b1-8\d\d-[\w-]+)"
)
_PLUS = re.compile(r"\+(?![\d+])")
_ORDINAL = re.compile(r"\s*(?:st|nd|rd|th)\b")
_WINDOW = 40


@dataclass(frozen=True)
class _Found:
    span: Span
    value: float
    max: float | None
    unit: Unit | None
    code: str | None
    qualifier: str | None
    counted: str | None


def _masked(text: str, region: Span) -> SpanIndex:
    """What is never a figure: masked shapes (phones, case numbers, ...) and printed dates."""
    spans = [m.span() for m in _MASK.finditer(text, *region)]
    spans += [c.span for c in locate(text, region) if c.kind in PRINTED]
    return SpanIndex(spans)


def _read(text: str, m: re.Match[str], region: Span) -> _Found | None:
    """Read the figure whose number is ``m``, or None when it is not a figure."""
    lo, hi = region
    s, e = m.span()
    is_digits = m.group("d") is not None
    value = parse_number(m.group())
    if value is None:
        return None
    before = text[max(lo, s - _WINDOW) : s]
    start = s
    code = None
    cur = CURRENCY.search(before) if is_digits else None
    if cur:
        code = currency_code(cur.group())
        start = s - (len(before) - cur.start())
        before = before[: cur.start()]
    pos = e
    sc = _SCALE.match(text, pos, hi)
    if sc and (sc.group("scale") or (code and sc.group("abbr"))) and is_digits:
        word = (sc.group("scale") or sc.group("abbr") or "").lower()
        value *= SCALES.get(word) or SCALE_ABBREVIATIONS[word]
        pos = sc.end()
    elif (
        is_digits
        and not code
        and pos < hi
        and (text[pos].isalnum() or text[pos] == "_")
        and not UNIT.match(text, pos, hi)
    ):
        return None  # 14HF2889, 1990s; money stays money when a word is glued on ("$520in cash")
    if is_digits and _ORDINAL.match(text, pos, hi):
        return None  # 21st, "18 th Avenue"
    if is_digits and _PLUS.match(text, pos, hi):
        pos += 1  # "70+ brands"
    qual = _QUALIFIER.search(before)
    qualifier = " ".join(qual.group("q").split()) if qual else None
    if qual:
        start -= len(before) - qual.start()
    top = None
    rng = _RANGE.match(text, pos, hi)
    sep = ""
    if rng and (rng.group("sep").lower() != "and" or (qualifier or "").lower() == "between"):
        n2 = parse_number(rng.group("n2"))
        if n2 is not None and n2 > value / (SCALES.get((rng.group("sc2") or "").lower(), 1.0)):
            if rng.group("sc2") and not sc:
                factor = SCALES[rng.group("sc2").lower()]
                value *= factor
            top = n2 * (SCALES[rng.group("sc2").lower()] if rng.group("sc2") else 1.0)
            sep = rng.group("sep")
            pos = rng.end()
            code = code or (currency_code(rng.group("cur")) if rng.group("cur") else None)
    if qualifier and qualifier.lower() == "between":
        qualifier = None
    um = UNIT.match(text, pos, hi)
    unit = None
    if um:
        unit, word_code = lookup(um.group("unit"))
        if word_code:
            if code is None:
                code = word_code
            unit = None
        pos = um.end()
        if unit and unit.kind == "duration":
            if _AGE_AFTER.match(text, pos, hi):
                return None
            mixed = _MIXED.match(text, pos, hi)
            if mixed:
                small, _ = lookup(mixed.group("u"))
                n = parse_number(mixed.group("n"))
                if n is not None and small.factor and unit.factor:
                    value = value * unit.scale * unit.factor / small.factor + n
                    unit, pos = small, mixed.end()
            elif unit.scale != 1.0:
                value *= unit.scale
                top = top * unit.scale if top is not None else None
    if code is None and unit is None:
        if not is_digits:
            return None
        if sep in ("-", "–", "—") or not _is_count(text, s, max(e, pos), m.group(), before, region):
            return None
    counted = None
    if unit is None and code is None:
        cm = _COUNTED.match(text, pos, hi)
        if cm:
            words = cm.group("c").split()
            kept: list[str] = []
            for w in words:
                if _COUNT_STOP.match(w.strip(".,")):
                    break
                kept.append(w.strip(".,;:"))
            counted = " ".join(kept) or None
    return _Found((start, pos), value, top, unit, code, qualifier, counted)


def _is_count(text: str, s: int, e: int, printed: str, before: str, region: Span) -> bool:
    """A bare number in digits counts things unless it is a year, age, time, address, ZIP or identifier."""
    hi = region[1]
    after = text[e : min(hi, e + _WINDOW)]
    value = float(printed.replace(",", ""))
    if "," not in printed and "." not in printed and (1800 <= value <= 2100 or printed[0] == "0" != printed):
        return False  # a year, or a code with a leading zero
    if _TIME_AFTER.match(after) or _AGE_AFTER.match(after) or _AGE_BEFORE.search(before):
        return False
    if _NAME_COMMA.search(before) and after.startswith(",") and value < 120:
        return False  # "Randy Metcalf, 40,"
    if _ADDRESS_AFTER.match(after):
        return False
    if len(printed) == 5 and printed.isdigit() and _ZIP_BEFORE.search(before):
        return False
    if _IDENTIFIER_BEFORE.search(before):
        opener = _SENTENCE_START.search(text[max(region[0], s - _WINDOW) : s])
        if not opener or opener.group("w").lower() not in _OPENING_WORDS:
            return False  # Route 55, Team 6, No. 12
    cm = _COUNTED.match(after)
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


def extract(ctx: Context) -> tuple[Figure, ...]:
    """Find every figure in the release's headline, body and about."""
    text = ctx.text
    found: list[_Found] = []
    for region in ctx.regions:
        masked = _masked(text, region)
        end = region[0]
        for m in _NUMBER.finditer(text, *region):
            if m.start() < end or masked.overlaps(*m.span()):
                continue
            f = _read(text, m, region)
            if f:
                found.append(f)
                end = f.span[1]
    out: list[Figure] = []
    for i, f in enumerate(found):
        same = i - 1 if i and _same_quantity(found[i - 1], f, text) else None
        out.append(_figure(text, f, same))
    return tuple(out)
