"""Shared compiled patterns and fast parsers for dates, times, zones, phones and e-mails.

Takes nothing at import; gives module-level compiled regexes (``DATE`` with its year in any
order and with ordinals, ``DAY_MONTH`` without one, ``TIME``, ``ZONE`` of any country, ``PHONE``
of any country, ``EMAIL``, and the contact table ``CONTACT_LABEL`` / ``PHONE_LABEL``) and small
pure functions (``find_dates``, ``parse_time``, ``zone_offset`` with US/EU/AU/NZ daylight rules)
used by the layout, header and contacts stages, ``one_of``, the fast regex alternation of a
word list used by the extractors, and ``phrases``, the alternation of the lexicon's label phrases.
The word lists themselves live in ``pressparse.lexicon``.
Every pattern is linear: bounded repetitions, no nested quantifiers over the same text.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from pressparse.lexicon import (
    CONTACT_DESKS,
    CONTACT_NOUN_TAILS,
    CONTACT_NOUNS,
    MONTH_ABBREVIATIONS,
    MONTH_NUMBERS,
    MONTHS,
    MORE_WORDS,
    SPANISH_MONTHS,
)


def phrases(items: Iterable[str]) -> str:
    """A regex alternation of literal phrases, in the given order, any run of blanks between words."""
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in items)


def one_of(words: Iterable[str]) -> str:
    """A regex alternation of literal words, tried in the given order: ``"J(?:an|une)|F(?:eb)"``.

    The words are grouped under their first character (give them in one case when the pattern
    ignores case), so the engine rejects a position with one comparison per character instead
    of one per word; it matches exactly what ``"|".join(words)`` matches.
    """
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


_MONTH = rf"(?:{'|'.join((*MONTHS, *MONTH_ABBREVIATIONS))})\.?"
_MES = rf"(?:{'|'.join(SPANISH_MONTHS)})"
WEEKDAY = r"(?:Mon|Tues|Tue|Wednes|Wed|Thurs|Thu|Fri|Satur|Sat|Sun)(?:day)?\.?"

_ORDINAL = r"(?:st|nd|rd|th)"

# one calendar date with its year; named groups tell the shape. Day-first dates take an ordinal
# and "of": "16 July 2021", "3rd April 2020", "the 5th of May, 2021"; month-first "June 17, 2011",
# "May 5th 2021"; numeric "06/17/2011", "2021-10-13", "17.06.2011"; Spanish "17 de abril de 2025".
DATE = re.compile(
    rf"(?:\b{WEEKDAY},?\s{{1,3}})?"
    rf"(?:(?P<mon>\b{_MONTH})\s{{1,3}}(?P<day>\d{{1,2}}){_ORDINAL}?(?:,\s{{0,3}}|\s{{1,3}})(?P<year>\d{{4}})\b"
    rf"|\b(?P<day2>\d{{1,2}})(?:{_ORDINAL}(?:\s{{1,3}}of)?)?\s{{1,3}}(?P<mon2>{_MONTH})(?:,\s{{0,3}}|\s{{1,3}})"
    rf"(?P<year2>\d{{4}})\b"
    rf"|\b(?P<day3>\d{{1,2}})\s{{1,2}}de\s{{1,2}}(?P<mon3>{_MES})\s{{1,2}}(?:de|del)\s{{1,2}}(?P<year3>\d{{4}})\b"
    r"|(?<![\d/])(?P<nm>\d{1,2})/(?P<nd>\d{1,2})/(?P<ny>\d{4}|\d{2})(?![\d/])"
    r"|(?<![\d-])(?P<iy>(?:19|20)\d\d)-(?P<im>\d\d)-(?P<id>\d\d)(?![\d])"
    r"|(?<![\d.])(?P<dm>\d{1,2})\.(?P<dd>\d{1,2})\.(?P<dy>(?:19|20)\d\d)(?![\d.]))",
    re.IGNORECASE,
)
# a day and month without a year, day first or month first: "3rd April", "the 5th of May",
# "16 July", "April 3rd", "May 5" (a year after it makes it a ``DATE``, not a ``DAY_MONTH``)
DAY_MONTH = re.compile(
    rf"(?:\b(?P<day>\d{{1,2}})(?:{_ORDINAL}(?:\s{{1,3}}of)?)?\s{{1,3}}(?P<mon>{_MONTH})"
    rf"|(?P<mon2>\b{_MONTH})\s{{1,3}}(?P<day2>\d{{1,2}}){_ORDINAL}?)"
    r"(?!,?\s{0,3}\d)(?![\w\u2019'])",
    re.IGNORECASE,
)
# a time of day: "07:00 PM", "14:30", "9 a.m.", "10.15 am" (a dot needs am/pm: "10.15" is a number)
TIME = re.compile(
    r"(?<![\d:.])(?P<h>\d{1,2})(?:(?P<sep>[:.])(?P<m>\d{2}))?(?::(?P<s>\d{2}))?\s{0,2}"
    r"(?P<ampm>[AaPp]\.?\s?[Mm]\b\.?)?"
)
# hours east of UTC of the zones printed as letters; explicit daylight zones as printed
_ZONE_HOURS: dict[str, float] = {
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    "AKST": -9, "AKDT": -8, "HST": -10, "HAST": -10, "AST": -4, "ADT": -3, "NST": -3.5, "NDT": -2.5,
    "GMT": 0, "UTC": 0, "UT": 0, "Z": 0, "WET": 0, "WEST": 1, "BST": 1, "IST": 5.5, "CET": 1, "CEST": 2,
    "MET": 1, "MEST": 2, "EET": 2, "EEST": 3, "MSK": 3, "SAST": 2, "WAT": 1, "CAT": 2, "EAT": 3,
    "GST": 4, "PKT": 5, "ICT": 7, "WIB": 7, "SGT": 8, "HKT": 8, "PHT": 8, "AWST": 8, "KST": 9, "JST": 9,
    "ACST": 9.5, "ACDT": 10.5, "AEST": 10, "AEDT": 11, "NZST": 12, "NZDT": 13, "BRT": -3, "ART": -3,
}  # fmt: skip
# zones that follow their region's daylight saving rule: (rule, standard hours)
_GENERIC_ZONES: dict[str, tuple[str, float]] = {
    "ET": ("us", -5), "CT": ("us", -6), "MT": ("us", -7), "PT": ("us", -8),
    "UK": ("eu", 0), "WEU": ("eu", 0), "CEU": ("eu", 1), "EEU": ("eu", 2),
    "AET": ("au", 10), "ACT": ("au", 9.5), "NZT": ("nz", 12),
}  # fmt: skip
# spelled-out zones: "X Standard/Daylight/Summer Time" as printed, a bare "X Time" by its region's rule
ZONE_NAMES: dict[str, str] = {
    "eastern standard time": "EST", "eastern daylight time": "EDT", "eastern time": "ET",
    "central standard time": "CST", "central daylight time": "CDT", "central time": "CT",
    "mountain standard time": "MST", "mountain daylight time": "MDT", "mountain time": "MT",
    "pacific standard time": "PST", "pacific daylight time": "PDT", "pacific time": "PT",
    "greenwich mean time": "GMT", "coordinated universal time": "UTC", "universal time": "UTC",
    "british summer time": "BST", "uk time": "UK", "london time": "UK", "irish time": "UK",
    "western european time": "WEU", "western european summer time": "WEST",
    "central european time": "CEU", "central european standard time": "CET",
    "central european summer time": "CEST", "brussels time": "CEU", "paris time": "CEU",
    "berlin time": "CEU", "eastern european time": "EEU", "eastern european standard time": "EET",
    "eastern european summer time": "EEST", "finnish time": "EEU", "helsinki time": "EEU",
    "moscow time": "MSK", "india standard time": "IST", "indian standard time": "IST",
    "japan standard time": "JST", "korea standard time": "KST", "singapore time": "SGT",
    "singapore standard time": "SGT", "hong kong time": "HKT", "china standard time": "HKT",
    "australian eastern standard time": "AEST", "australian eastern daylight time": "AEDT",
    "australian eastern time": "AET", "australian central standard time": "ACST",
    "australian central daylight time": "ACDT", "australian western standard time": "AWST",
    "sydney time": "AET", "melbourne time": "AET", "canberra time": "AET",
    "new zealand standard time": "NZST", "new zealand daylight time": "NZDT", "new zealand time": "NZT",
}  # fmt: skip
_ZONE_ABBR = sorted((z for z in _ZONE_HOURS if len(z) > 1), key=len, reverse=True)
_ZONE_SPELLED = sorted(ZONE_NAMES, key=len, reverse=True)
# a zone: letters ("EDT", "CEST"), an offset ("UTC+2", "GMT -05:00") or a spelled-out name
# ("Eastern Standard Time", "Central European Time"); the letters are upper case, names any case
ZONE = re.compile(
    r"(?<![\w-])(?P<tz>(?:UTC|GMT)\s?[+\-\u2212]\s?\d{1,2}(?::?\d{2})?"
    rf"|(?i:{one_of(_ZONE_SPELLED)})"
    rf"|(?:{one_of(_ZONE_ABBR)}|ET|CT|MT|PT|AET))\b"
)

PHONE_EXTENSION = r"(?:\s{0,2}(?:(?i:ext|extn|extension)\.?|x)\s{0,2}\d{1,5}\b)"
# one phone number as printed, any country: international "+32 2 299 1111", "+ 242 06 520 65 65",
# "+1 (702) 718-0807", "+66 (0) 2553 8222", "+44 (0)20 7946 0000", "+44 7700 900123"; an area
# code in parentheses "(02) 6277 7111", "(062) 733211", "(305) 547-0535"; a national number
# with its trunk 0 "020 7946 0000", "0417 148 110", "02/233.5451"; North American
# "202-282-8010", "601/965-5569", "1-800-555-0199"; each with an optional extension "ext. 123",
# "x123"; a capital letter may follow, glued by a scraper ("021 923 217Email:"); "01 12 2005"
# is a date
PHONE = re.compile(
    r"(?:(?<![\d+])\+\s?\d{1,4}(?:\s?\(0\)\d{1,5}(?:[\s.\-]{1,2}\d{1,6}){1,4}"
    r"|(?:\s?\(0\))?(?:[\s.\-]{1,2}(?:\(\d{1,5}\)|\d{1,6})){2,5})"
    r"|(?<![\w+-])(?:(?<!\w/)|(?=\())(?<!\d[.,])(?:\+\d{1,3}[\s.-]{0,2})?"
    r"(?:\(\d{2,5}\)[\s.-]{0,2}(?:\d{6,8}|\d{2,4}(?:[\s.-]{1,2}\d{2,4}){1,2})"
    r"|\d{3}[\s./-]{1,2}\d{3}[\s.-]{1,2}\d{4}"
    r"|\d{4}[\s.-]\d{3}[\s.-]\d{3}"
    r"|(?!0\d[\s.-]\d\d[\s.-](?:19|20)\d\d(?!\d))0\d{1,4}(?:(?:[\s.-]{1,2}|/)\d{5,8}|(?:[\s.-]{1,2}|/)\d{2,4}(?:[\s.-]{1,2}\d{2,4}){1,2})"
    r"|\d{2,3}\s\d{3,4}\s\d{3,4}(?:\s\d{3,4})?"
    r"|1-\d{3}-\d{3}-\d{4}"
    r"|\d{10}))"
    rf"{PHONE_EXTENSION}?(?![^\W\d_](?<![A-Z])|[\d_-]|/\d)"
)
EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9][\w.+-]{0,63}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,6}\b")
# a word (letters first) and a line's sentence end (a stop, closing quotes or brackets after it)
WORD = re.compile(r"[^\W\d_][\w'\u2019.\-]*")
SENT_END = re.compile(r"[.!?:][\"'\u201d\u2019)\]]*$")
# the label opening a contact line: "Contact:", "Media Contacts", "Investor Relations:"
LINE_CONTACT_LABEL = re.compile(
    rf"\(?(?:(?:(?:{'|'.join(CONTACT_DESKS)})\s+(?:relations\s+)?)?"
    rf"(?:{'|'.join(CONTACT_NOUNS)})(?:\s+(?:{'|'.join(CONTACT_NOUN_TAILS)}))?"
    # a desk named as the label: "Investor Relations:", "Press office: 020 7946 0000"
    r"|(?:media|press|investor|public)\s+(?:relations|office)(?=\s?:))"
    r"\s?(?:[:\-\u2013]|$|(?-i:\s+[A-Z(+\d]|(?=[A-Z])))",
    re.IGNORECASE,
)
CONTACT_INLINE = re.compile(r"\b(?:Media |Press )?Contacts?:\s")
_MORE_WORDS = "|".join(MORE_WORDS)
CONTACT_LEAD = re.compile(
    # "For further information, please ring E. Klein", "For Additional Information or to Request
    # Interviews, Please contact:", "(For more information: Mina Andreeva \u2013 Tel.: ...)"
    rf"\(?(?:for\s+(?:{_MORE_WORDS})\s+information(?:\s+[^\W\d_]{{1,12}}){{0,5}},?\s+(?:please\s+)?"
    r"(?:contact|call|ring|phone|e-?mail)|"
    rf"\(?for\s+(?:{_MORE_WORDS})\s+information\s?:(?!\s{{0,3}}(?:please\s+)?(?:visit|go|see|click|check)\b)|"
    r"for\s+(?:press|media)\s+(?:inquiries|enquiries|information)|"
    r"(?:media|press)\s+(?:inquiries|enquiries)\s+(?:should|may|can))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateHit:
    iso: str
    start: int
    end: int


def _year(y: str) -> int:
    n = int(y)
    return n + (2000 if n < 70 else 1900) if len(y) == 2 else n


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return _dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def date_of(m: re.Match[str]) -> str | None:
    """The ISO date of one ``DATE`` match (None when it is not a real calendar date)."""
    g = m.groupdict()
    if g["mon"]:
        return _iso(int(g["year"]), MONTH_NUMBERS[g["mon"].rstrip(".").lower()], int(g["day"]))
    if g["mon2"]:
        return _iso(int(g["year2"]), MONTH_NUMBERS[g["mon2"].rstrip(".").lower()], int(g["day2"]))
    if g["mon3"]:
        return _iso(int(g["year3"]), MONTH_NUMBERS[g["mon3"].lower()], int(g["day3"]))
    if g["nm"]:
        return _iso(_year(g["ny"]), int(g["nm"]), int(g["nd"]))
    if g["iy"]:
        return _iso(int(g["iy"]), int(g["im"]), int(g["id"]))
    return _iso(int(g["dy"]), int(g["dm"]), int(g["dd"]))


def find_dates(text: str, start: int = 0, end: int | None = None, year: int | None = None) -> list[DateHit]:
    """Every calendar date in ``text[start:end]`` with absolute offsets, in text order.

    With ``year``, a day and month printed without one ("3rd April", "the 5th of May") is a
    date of that year too.
    """
    stop = len(text) if end is None else end
    out = []
    for m in DATE.finditer(text, start, stop):
        iso = date_of(m)
        if iso:
            out.append(DateHit(iso, m.start(), m.end()))
    if year is not None:
        taken = [(h.start, h.end) for h in out]
        for m in DAY_MONTH.finditer(text, start, stop):
            if any(a <= m.start() < b for a, b in taken):
                continue
            day, mon = (
                (m.group("day"), m.group("mon")) if m.group("day") else (m.group("day2"), m.group("mon2"))
            )
            iso = _iso(year, MONTH_NUMBERS[mon.rstrip(".").lower()], int(day))
            if iso:
                out.append(DateHit(iso, m.start(), m.end()))
        out.sort(key=lambda h: h.start)
    return out


def parse_time(s: str) -> str | None:
    """'07:00 AM' -> '07:00:00'; '14:30' -> '14:30:00'; '10.15 am' -> '10:15:00'.

    A bare number ('9') or a dotted one ('10.15') is a time only with am/pm.
    """
    m = TIME.match(s.strip())
    if not m or ((m.group("m") is None or m.group("sep") == ".") and not m.group("ampm")):
        return None
    h, mi, se = int(m.group("h")), int(m.group("m") or 0), int(m.group("s") or 0)
    ampm = (m.group("ampm") or "").lower().replace(".", "").replace(" ", "")
    if ampm and not 1 <= h <= 12:
        return None
    if ampm == "pm" and h < 12:
        h += 12
    elif ampm == "am" and h == 12:
        h = 0
    if h > 23 or mi > 59 or se > 59:
        return None
    return f"{h:02d}:{mi:02d}:{se:02d}"


def _sunday_on_or_after(day: _dt.date) -> _dt.date:
    return day + _dt.timedelta(days=(6 - day.weekday()) % 7)


def _last_sunday(year: int, month: int) -> _dt.date:
    last = _dt.date(year + month // 12, month % 12 + 1, 1) - _dt.timedelta(days=1)
    return last - _dt.timedelta(days=(last.weekday() + 1) % 7)


def is_daylight(rule: str, day: _dt.date) -> bool:
    """Daylight saving time on ``day`` by a region's rule (the date decides; the hour is ignored).

    ``us``: second Sunday of March to first Sunday of November; ``eu``: last Sunday of March to
    last Sunday of October; ``au`` (south-east) and ``nz``: from the first Sunday of October
    (last Sunday of September in New Zealand) to the first Sunday of April.
    """
    y = day.year
    if rule == "us":
        return _sunday_on_or_after(_dt.date(y, 3, 8)) <= day < _sunday_on_or_after(_dt.date(y, 11, 1))
    if rule == "eu":
        return _last_sunday(y, 3) <= day < _last_sunday(y, 10)
    start = _last_sunday(y, 9) if rule == "nz" else _sunday_on_or_after(_dt.date(y, 10, 1))
    return not _sunday_on_or_after(_dt.date(y, 4, 1)) <= day < start


def _offset(z: str) -> float | None:
    """Hours east of UTC of an offset zone: 'UTC+2' -> 2.0, 'GMT -05:30' -> -5.5."""
    m = re.fullmatch(r"(?:UTC|GMT)\s?([+\-\u2212])\s?(\d{1,2}):?(\d{2})?", z)
    if not m:
        return None
    hours = int(m.group(2)) + int(m.group(3) or 0) / 60
    return -hours if m.group(1) != "+" else hours


def zone_offset(zone: str, iso_date: str) -> str | None:
    """The UTC offset of a printed zone on a date: 'EDT' -> '-04:00', 'AEDT' -> '+11:00'.

    Explicit zones give their offset as printed ('EST' in July is still -05:00); a generic zone
    ('ET', 'Eastern Time', 'Central European Time', 'UK time') follows its region's daylight
    saving rule on that date; an offset ('UTC+2') gives itself. None for an unknown zone.
    """
    z = " ".join(zone.split())
    key = ZONE_NAMES.get(z.lower(), z.upper())
    if key in _ZONE_HOURS:
        hours: float | None = _ZONE_HOURS[key]
    elif key in _GENERIC_ZONES:
        rule, std = _GENERIC_ZONES[key]
        hours = std + int(is_daylight(rule, _dt.date.fromisoformat(iso_date)))
    else:
        hours = _offset(z.upper())
    if hours is None:
        return None
    minutes = round(abs(hours) * 60)
    return f"{'-' if hours < 0 else '+'}{minutes // 60:02d}:{minutes % 60:02d}"


# the words that open a contact line or block, up to the contact itself: "Contact:", "Media
# enquiries:", "Press Inquiries:", "Investor Relations:", "(For more information:", "For further
# information, please ring", "For Additional Information or to Request Interviews, Please contact:"
CONTACT_LABEL = re.compile(
    r"\(?\s?(?:"
    rf"for\s{{1,3}}(?:{'|'.join(MORE_WORDS)})\s{{1,3}}(?:information|details|info)"
    r"(?:[^:.\n]{0,60}?\b(?:contact|call|ring|phone|telephone|e-?mail)(?:\s{1,3}(?:us\s{1,3})?at)?)?\s?:?"
    r"|for\s{1,3}(?:press|media|news)\s{1,3}(?:inquiries|enquiries|information|queries)"
    r"(?:,?\s{1,3}(?:please\s{1,3})?(?:contact|call)(?:\s{1,3}at)?)?\s?:?"
    rf"|(?:(?:{'|'.join(CONTACT_DESKS)})\s{{1,3}}(?:relations\s{{1,3}})?)?"
    rf"(?:{'|'.join((*CONTACT_NOUNS, 'queries'))})(?:\s{{1,3}}(?:{'|'.join(CONTACT_NOUN_TAILS)}))?\s?:?"
    r"|(?:investor|media|public)\s{1,3}relations\s?:|(?:press|media)\s{1,3}(?:office|desk|hotline)\s?:"
    # "To arrange interviews, please contact", "To arrange an interview call"
    r"|to\s{1,3}arrange\s{1,3}(?:an?\s{1,3})?interviews?(?:,?\s{1,3}(?:please\s{1,3})?(?:contact|call|ring))?\s?:?"
    r")\s{0,3}",
    re.IGNORECASE,
)
# a contact cue anywhere in a line, after a place, a date or a lead-in: "CANBERRA For further
# information contact ...", "BRISBANE 9 February 1996 Contact: ...", "Investor Relations:",
# "Press office: 020 7946 0000", "To arrange interviews contact Senator ..."
CONTACT_IN_LINE = re.compile(
    r"\(?\b(?:"
    rf"for\s{{1,3}}(?:{'|'.join(MORE_WORDS)})\s{{1,3}}(?:information|details|info)\b"
    rf"|(?:{'|'.join(CONTACT_DESKS)})\s{{1,3}}(?:{'|'.join(CONTACT_NOUNS)}|relations|office|desk)\b"
    r"|contacts?\s?:"
    r"|to\s{1,3}arrange\s{1,3}(?:an?\s{1,3})?interviews?\b"
    r")",
    re.IGNORECASE,
)
# a postal address names no contact: "N/A  Corona, California 92880United States", "12 Port Rd"
POSTAL_ADDRESS = re.compile(
    r"(?<!\d)(?!(?:19|20)\d\d(?!\d))\d{4,}|\b(?:Rd|St|Ave|Road|Street|Avenue|Blvd|Suite|Drive|P\.?O\.? Box)\b"
)
# a web host or an e-mail's domain and its last label: "www.immi.gov.au", "press@council.gov.uk"
WEB_HOST = re.compile(r"(?:https?://|www\.|@)[\w-]{1,63}(?:\.[\w-]{1,63}){0,5}\.([A-Za-z]{2})\b")
# the label of a phone number: "Tel.:", "Ph:", "Mob:", "Mobile", "Phone", "Fax", "M:", "T +32"
PHONE_LABEL = re.compile(
    r"(?<!\w)(?:(?i:tel(?:ephone|efax)?|phone|ph|mob(?:ile)?|cell(?:phone)?|fax|facsimile|office|direct|"
    r"work|landline|whats\s?app|e-?mail|web(?:site)?)\b\.?\s?:?"
    r"|[MTFOP](?=\s?[:.]?\s{0,2}(?:$|[+(\d]))\.?\s?:?)"
)
