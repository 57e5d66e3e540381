"""Datelines: the place (and date, wire) that opens a release's body.

Takes the text and the start of the body; gives a ``models.Dateline`` (location as
printed, without date, wire name or dash; its ISO date when the dateline carries one)
or None. Shapes: ``WASHINGTON—``, ``NEWPORT BEACH –``, ``(Dallas, Texas) –``,
``KNOXVILLE, TN, April 17, 2025 /24-7PressRelease/ --``, ``Miami-June 26, 2025 –``,
``BEVERLY HILLS, CA - (NewMediaWire) - September 18, 2024 -``, ``(Wire) - date - CHICAGO —``,
``(Miami – July 30, 2024) –``, ``Miami (May 14, 2024)``, ``(New York, NY) October 9, 2015 -``;
DOJ's stripped dash (``WASHINGTON A federal jury``). "--News Direct--" is a wire mark, not a place.
"""

from __future__ import annotations

import re

from pressparse.lexicon import DATELINE_NOT_PLACE
from pressparse.models import Dateline
from pressparse.patterns import DATE, date_of

# datelines: "(Dallas, Texas) –", "KNOXVILLE, TN, April 17, 2025 /24-7PressRelease/ --",
# "BEVERLY HILLS, CA - (NewMediaWire) - September 18, 2024 -", "WASHINGTON—", "Miami-June 26, 2025"
# (every word bounded: a search over a long run of letters stays linear)
_REGION = r"(?:,[ \u00a0]{1,2}[A-Z][A-Za-z.]{0,30}(?:[ \u00a0][A-Z][A-Za-z.]{0,30}){0,2}){0,2}"
_PLACE = r"[A-Z][A-Za-z.'\u2019\-]{0,30}(?:[ \u00a0][A-Z][A-Za-z.'\u2019\-]{0,30}){0,4}" + _REGION
_CAPS_PLACE = r"[A-Z][A-Z.'\-]{1,30}(?:[ \u00a0][A-Z][A-Z.'\-]{1,30}){0,3}" + _REGION
PLACE = _PLACE  # a place's name as a dateline prints it (for the layout's cut)
_DASH = r"(?:\s{0,2}(?:--|[\u2013\u2014\-])\s{0,2})"
_WIRE = r"(?:\s?/\s?[^/\n]{2,40}/\s?|\s?\([^)\n]{2,40}\)\s?|\s?\[[^\]\n]{2,60}\]\([^)\s]{1,200}\)\s?)"
_DATELINE_PAREN = re.compile(rf"\((?P<loc>{_PLACE})\)\s{{0,2}}[\u2013\u2014\-]")
# (a date may close the line, "DALLAS, TX -- AUGUST 21, 2026", or a comma follow it:
# "Los Angeles, California, 04 July,2025, ...")
_DATELINE = re.compile(
    rf"(?P<loc>{_PLACE}?)(?:(?: ?,?\s{{1,2}}|{_DASH})(?P<date>(?i:{DATE.pattern})))?(?:\s{{0,2}}{_WIRE})?"
    rf"(?:{_DASH}|(?<=/)\s|(?<=\d)(?P<close>[ \t]*(?:[\r\n]|\Z)|,\s))"
)
# the date in parentheses with or after the place: "(Miami - July 30, 2024) -", "Miami (May 14, 2024)"
_DATELINE_PAREN_DATE = re.compile(rf"\((?P<loc>{_PLACE})(?:,\s{{1,2}}|{_DASH})(?P<date>{DATE.pattern})\)")
# the place in parentheses, then the date: "(New York, NY) October 9, 2015 - Today ..."
_DATELINE_PAREN_THEN_DATE = re.compile(rf"\((?P<loc>{_PLACE})\)\s{{0,2}}(?P<date>{DATE.pattern}){_DASH}")
_DATELINE_DATE_PAREN = re.compile(rf"(?P<loc>{_PLACE})\s{{1,2}}\((?P<date>{DATE.pattern})\)")
_DATELINE_LOC_WIRE = re.compile(rf"(?P<loc>{_PLACE}?),?{_DASH}?{_WIRE}{_DASH}?(?P<date>{DATE.pattern})")
_DATELINE_CAPS = re.compile(rf"(?P<loc>{_CAPS_PLACE})(?:{_DASH}|\s(?=[A-Z][a-z]))")
_WIRE_FIRST = re.compile(rf"{_WIRE}{_DASH}?(?:(?P<date>{DATE.pattern}){_DASH})?(?P<loc>{_CAPS_PLACE}){_DASH}")
# a wire's name in parentheses is not a place: "(NewsUSA) -", "(NewMediaWire) -", "(BookTrib) -"
_WIRE_NAME = re.compile(r"^(?!Mc|Mac)[A-Z][a-z]+[A-Z]\w*$|(?i:wire|press|media)")


def find_dateline(text: str, s: int, e: int) -> Dateline | None:
    """The dateline that opens ``text[s:e]``: place as printed (span), and its date when it has one."""
    head = text[s : min(e, s + 300)]
    shapes = (
        _DATELINE_PAREN_DATE,
        _DATELINE_DATE_PAREN,
        _WIRE_FIRST,
        _DATELINE_PAREN_THEN_DATE,
        _DATELINE_PAREN,
    )
    for rx in (*shapes, _DATELINE_LOC_WIRE, _DATELINE, _DATELINE_CAPS):
        m = rx.match(head)
        if not m:
            continue
        loc = (m.group("loc") or "").strip(" ,.-\u2013\u2014")
        if not loc or len(loc) < 2:
            continue
        first = loc.split()[0].lower().strip(".,")
        if first in DATELINE_NOT_PLACE or len(loc.split()) > 7:
            continue
        glued = head[m.end("loc") : m.end("loc") + 1] in ("\u2014", "\u2013")
        if rx is _DATELINE and not m.group("date") and not loc.isupper() and "," not in loc and not glued:
            # mixed case place needs a date, a comma ("Miami-June 26, 2025", "Dallas, Texas") or a long
            # dash glued to it ("Addis Ababa\u2014 Ethiopia's Ministry ...")
            continue
        if (
            rx is _DATELINE
            and m.group("close")
            and (not m.group("date") or ("," not in loc and not loc.isupper()))
        ):
            continue  # a date closing the line or followed by a comma needs "Place, Region" or capitals
        if rx is _DATELINE_CAPS and len(loc.replace(".", "").replace(" ", "")) < 4:
            continue
        if rx is _DATELINE_PAREN and _WIRE_NAME.search(loc):
            continue
        date = None
        if "date" in m.groupdict() and m.group("date"):
            dm = DATE.match(m.group("date"))
            date = date_of(dm) if dm else None
        off = s + head.index(loc, m.start("loc"))
        return Dateline(location=loc, date=date, span=(off, off + len(loc)))
    return None
