"""Shared compiled patterns and fast parsers for dates, times, zones, phones and e-mails.

Takes nothing at import; gives module-level compiled regexes and small pure functions
(``find_dates``, ``parse_time``, ``zone_offset``) used by the layout and header stages, and
``one_of``, the fast regex alternation of a word list used by the extractors.
Every pattern is linear: bounded repetitions, no nested quantifiers over the same text.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
}  # fmt: skip
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_MES = (
    r"(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)"
)
WEEKDAY = r"(?:Mon|Tues|Tue|Wednes|Wed|Thurs|Thu|Fri|Satur|Sat|Sun)(?:day)?\.?"

# one calendar date; named groups tell the shape
DATE = re.compile(
    rf"(?:\b{WEEKDAY},?\s{{1,3}})?"
    rf"(?:(?P<mon>\b{_MONTH})\s{{1,3}}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,\s{{0,3}}|\s{{1,3}})(?P<year>\d{{4}})\b"
    rf"|\b(?P<day2>\d{{1,2}})\s{{1,3}}(?P<mon2>{_MONTH})(?:,\s{{0,3}}|\s{{1,3}})(?P<year2>\d{{4}})\b"
    rf"|\b(?P<day3>\d{{1,2}})\s{{1,2}}de\s{{1,2}}(?P<mon3>{_MES})\s{{1,2}}(?:de|del)\s{{1,2}}(?P<year3>\d{{4}})\b"
    r"|(?<![\d/])(?P<nm>\d{1,2})/(?P<nd>\d{1,2})/(?P<ny>\d{4}|\d{2})(?![\d/])"
    r"|(?<![\d-])(?P<iy>(?:19|20)\d\d)-(?P<im>\d\d)-(?P<id>\d\d)(?![\d])"
    r"|(?<![\d.])(?P<dm>\d{1,2})\.(?P<dd>\d{1,2})\.(?P<dy>(?:19|20)\d\d)(?![\d.]))",
    re.IGNORECASE,
)
TIME = re.compile(
    r"(?<![\d:])(?P<h>\d{1,2})(?::(?P<m>\d{2}))?(?::(?P<s>\d{2}))?\s{0,2}"
    r"(?P<ampm>[AaPp]\.?\s?[Mm]\b\.?)?"
)
ZONE = re.compile(r"\b(?P<tz>[ECMP][SD]?T|AK[SD]T|H[SA]?T|GMT|UTC|BST|CET|CEST|AEST|AEDT|ET|CT|MT|PT)\b")
_ZONE_HOURS = {
    "EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7,
    "AKST": -9, "AKDT": -8, "HST": -10, "HAST": -10, "GMT": 0, "UTC": 0, "BST": 1, "CET": 1,
    "CEST": 2, "AEST": 10, "AEDT": 11,
}  # fmt: skip
_GENERIC_ZONES = {"ET": -5, "CT": -6, "MT": -7, "PT": -8}

PHONE = re.compile(
    r"(?<![\w/.-])(?:\+\d{1,3}[\s.-]{0,2})?"
    r"(?:\(\d{2,4}\)[\s.-]{0,2}\d{3,4}[\s.-]{0,2}\d{3,4}"
    r"|\d{3}[\s./-]{1,2}\d{3}[\s.-]{1,2}\d{4}"
    r"|\d{4}[\s.-]\d{3}[\s.-]\d{3}"
    r"|\d{2,3}\s\d{3,4}\s\d{3,4}(?:\s\d{3,4})?"
    r"|1-\d{3}-\d{3}-\d{4}"
    r"|\d{10})(?![\w/-])"
)
EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9][\w.+-]{0,63}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,6}\b")


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
        return _iso(int(g["year"]), MONTHS[g["mon"].rstrip(".").lower()], int(g["day"]))
    if g["mon2"]:
        return _iso(int(g["year2"]), MONTHS[g["mon2"].rstrip(".").lower()], int(g["day2"]))
    if g["mon3"]:
        return _iso(int(g["year3"]), MONTHS[g["mon3"].lower()], int(g["day3"]))
    if g["nm"]:
        return _iso(_year(g["ny"]), int(g["nm"]), int(g["nd"]))
    if g["iy"]:
        return _iso(int(g["iy"]), int(g["im"]), int(g["id"]))
    return _iso(int(g["dy"]), int(g["dm"]), int(g["dd"]))


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DateHit]:
    """Every calendar date in ``text[start:end]`` with absolute offsets."""
    out = []
    for m in DATE.finditer(text, start, len(text) if end is None else end):
        iso = date_of(m)
        if iso:
            out.append(DateHit(iso, m.start(), m.end()))
    return out


def parse_time(s: str) -> str | None:
    """'07:00 AM' -> '07:00:00'; '11:50' -> '11:50:00'; a bare number needs am/pm."""
    m = TIME.match(s.strip())
    if not m or (m.group("m") is None and not m.group("ampm")):
        return None
    h, mi, se = int(m.group("h")), int(m.group("m") or 0), int(m.group("s") or 0)
    ampm = (m.group("ampm") or "").lower().replace(".", "").replace(" ", "")
    if ampm == "pm" and h < 12:
        h += 12
    elif ampm == "am" and h == 12:
        h = 0
    if h > 23 or mi > 59 or se > 59:
        return None
    return f"{h:02d}:{mi:02d}:{se:02d}"


def _us_dst(day: _dt.date) -> bool:
    """US daylight saving time: second Sunday of March to first Sunday of November."""
    march = _dt.date(day.year, 3, 8)
    start = march + _dt.timedelta(days=(6 - march.weekday()) % 7)
    nov = _dt.date(day.year, 11, 1)
    end = nov + _dt.timedelta(days=(6 - nov.weekday()) % 7)
    return start <= day < end


def zone_offset(zone: str, iso_date: str) -> str | None:
    """'EDT' -> '-04:00'; a generic 'ET' follows US daylight saving time on that date."""
    z = zone.upper()
    if z in _ZONE_HOURS:
        hours = _ZONE_HOURS[z]
    elif z in _GENERIC_ZONES:
        hours = _GENERIC_ZONES[z] + int(_us_dst(_dt.date.fromisoformat(iso_date)))
    else:
        return None
    return f"{'-' if hours < 0 else '+'}{abs(hours):02d}:00"
