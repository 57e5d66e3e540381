"""Header stage: decoded text + layout -> headline, release info, dateline, contacts.

Takes the text and its ``Layout``; gives a ``Header`` with the headline (wrapped
lines joined, without a label prefix, a "Title:" field name or a site suffix), the release
date/time/zone/type/issuer, the dateline that opens the body, the media contacts (from the
header and the trailing contact block) and the blog post's date, each with its span.
It reads the layout's parts and roles (the issuer is the unit the layout named "issuer"; the
release date comes from the header's date lines, then a closing place-and-date line, then the
dateline, then a site stamp) rather than cutting the page again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pressparse.classify import (
    DATED_TITLE,
    ISSUER_FROM,
    LABEL_DATE_LEAD,
    LABEL_PREFIX,
    TITLE_FIELD,
    is_date_line,
)
from pressparse.contacts import read_contacts, release_region
from pressparse.dateline import find_dateline
from pressparse.layout import Layout, Role
from pressparse.lexicon import ADVISORY_LABELS, IMMEDIATE_LABELS, PLANNING_LABEL, SITE_NAME_WORDS
from pressparse.models import Contact, Dateline, ReleaseInfo
from pressparse.patterns import DATE, TIME, ZONE, find_dates, parse_time, phrases, zone_offset
from pressparse.textspan import Span, collapse, iter_lines, strip_span

_SITE_SUFFIX = re.compile(
    r"\s(?:[-|\u2013\u2014\u00bb:]|::)\s[^-|\u2013\u2014]{2,80}"
    rf"(?:{'|'.join(SITE_NAME_WORDS)}|News\w*)"
    r"[^-|\u2013\u2014]{0,40}$"
)
_MD = re.compile(r"#{1,3}\s+")
# a date ending a headline line: set apart by a wide gap or a dash, or run on after the words
_TAIL_DATE = re.compile(
    rf"(?<!\s)(?:(?P<gap>\s{{2,}}|\s[|\u2013\u2014-]\s)|\s)(?P<date>{DATE.pattern})\s*$", re.IGNORECASE
)
_TYPE = re.compile(
    rf"(?P<imm>{phrases(IMMEDIATE_LABELS)})"
    r"|(?P<emb>embargo(?:ed)?\b[^\n]{0,80})"
    rf"|(?P<adv>{phrases(ADVISORY_LABELS)})"
    rf"|(?P<plan>{phrases([PLANNING_LABEL])})",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Header:
    headline: str | None = None
    headline_span: Span | None = None
    release: ReleaseInfo = field(default_factory=ReleaseInfo)
    dateline: Dateline | None = None
    contacts: tuple[Contact, ...] = ()
    posted: str | None = None


def _headline(text: str, spans: tuple[Span, ...]) -> tuple[str | None, Span | None, str | None, Span | None]:
    """(headline, span, release type from a label prefix, span of a release date glued before the
    title) of the headline lines."""
    if not spans:
        return None, None, None, None
    s, e = spans[0][0], spans[-1][1]
    kind = None
    glued: Span | None = None
    m = _MD.match(text, s)
    if m:
        s = m.end()
    m = TITLE_FIELD.match(text, s, e)
    if m and len(text[m.end() : e].split()) >= 2:
        s = m.end()
    m = DATED_TITLE.match(text, s, e)
    if m and len(text[m.end() : e].split()) >= 3:
        s = m.end()
    m = LABEL_PREFIX.match(text, s, e) or LABEL_DATE_LEAD.match(text, s, e)
    if m and len(text[m.end() : e].split()) >= 3:
        kind = _release_type(text[s : m.end()])
        glued = (s, m.end()) if m.re is LABEL_DATE_LEAD else None
        s = m.end()
    m = _SITE_SUFFIX.search(text, s, e)
    if m and len(text[s : m.start()].split()) >= 4:
        e = m.start()
    m = _TAIL_DATE.search(text, max(s, e - 80), e)
    if m and len(text[s : m.start()].split()) >= 3:
        glued = glued or m.span("date")  # a date printed at the title's end: the release's
        if m.group("gap"):  # set apart ("Another boat arrives  Sunday, 10 June 2012"): not the title's words
            e = m.start()
    while e > s and text[e - 1] in " \t*":
        e -= 1
    head = collapse(text[s:e])
    return (head or None), ((s, e) if head else None), kind, glued


def _release_type(s: str) -> str | None:
    m = _TYPE.search(s)
    if not m:
        return None
    if m.group("imm"):
        return "immediate"
    if m.group("emb"):
        rest = re.sub(r"^embargo(?:ed)?\s*:?\s*", "", collapse(m.group("emb")), flags=re.I).rstrip(" .:")
        until = re.match(r"(?:until|till|to)\b", rest, re.IGNORECASE)
        return f"embargoed {until.group().lower()}{rest[until.end() :]}" if until else "embargoed"
    if m.group("adv"):
        return "media advisory"
    return "planning"


def _pick_date(text: str, layout: Layout, head_span: Span | None) -> tuple[str | None, Span | None]:
    """The release date: a header date nearest the headline, a site's stamp ("Updated ...", "Last
    modified ...") only when no other header line gives one; None when the header has none."""
    if not layout.header:
        return None, None
    hs, he = layout.header
    anchor = head_span if head_span else (he, he)
    best: tuple[tuple[bool, int], str, Span] | None = None
    for u in _units_in(layout, hs, he):
        if head_span and head_span[0] <= u.start < head_span[1]:
            continue
        if layout.posted and u.start <= layout.posted[0] < u.end:
            continue
        stamp = bool(STAMP_WORDS.search(u.text))
        for d in find_dates(text, u.start, u.end):
            dist = anchor[0] - d.end if d.end <= anchor[0] else max(0, d.start - anchor[1])
            if best is None or (stamp, dist) < best[0]:
                best = ((stamp, dist), d.iso, (d.start, d.end))
            break
    return (best[1], best[2]) if best else (None, None)


# the words of a site's own stamp on a page, not the release's date
STAMP_WORDS = re.compile(r"\b(?:updated|modified|last\s+edited|site|page|posted|printed)\b", re.IGNORECASE)
_STAMP = re.compile(r"(?:19|20)\d\d-\d\d-\d\d[ T]\d\d:\d\d(?::\d\d)?|Published:?\s.{4,40}")


def _site_stamp(text: str, layout: Layout) -> tuple[str | None, Span | None]:
    """A site's 'Published' stamp or time stamp, used only when the release states no date."""
    prev = ""
    for line in iter_lines(text):  # a stamp is a line of its own: no need to cut or join lines here
        if line.blank:
            continue
        s, e = strip_span(text, (line.start, line.end))
        cur = text[s:e]
        if not (layout.posted and s == layout.posted[0]) and (
            _STAMP.fullmatch(cur) or (prev.rstrip(":").lower() == "published" and is_date_line(cur))
        ):
            hits = find_dates(text, s, e)
            if hits:
                return hits[0].iso, (hits[0].start, hits[0].end)
        prev = cur
    return None, None


def _units_in(layout: Layout, s: int, e: int) -> list[Role]:
    """The units the layout read inside a span, with their roles."""
    return [r for r in layout.roles if r.start >= s and r.end <= e]


def _time_zone(text: str, span: Span) -> tuple[str | None, str | None]:
    """Time and zone printed right after the release date on its line."""
    line_end = text.find("\n", span[1])
    rest = text[span[1] : line_end if line_end >= 0 else len(text)][:40]
    m = re.match(r"[\s,\-\u2013\u2014@|]{0,4}(?:at\s)?", rest)
    tail = rest[m.end() :] if m else rest
    t = parse_time(tail)
    if not t:
        return None, None
    tm = TIME.match(tail)
    z = ZONE.match(tail[tm.end() :].lstrip(" ()")) if tm else None
    return t, (z.group("tz") if z else None)


def _issuer(layout: Layout) -> tuple[str | None, Span | None]:
    """The issuing office: the last header unit the layout gave the role "issuer"."""
    found = [r for r in layout.roles if r.role == "issuer"]
    if not found:
        return None, None
    r = found[-1]
    lead = ISSUER_FROM.match(r.text)  # "From Department of ...": the office, without the page's word
    start = r.start + (lead.end() if lead else 0)
    return r.text[start - r.start :], (start, r.end)


def _release_type_in(layout: Layout) -> tuple[str | None, Span | None]:
    """The release type: the first header unit the layout named "label", or one opening with a type."""
    if not layout.header:
        return None, None
    hs, he = layout.header
    for r in layout.roles:
        if hs <= r.start and r.end <= he and (r.role == "label" or _TYPE.match(r.text)):
            kind = _release_type(r.text)
            if kind:
                return kind, (r.start, r.end)
    return None, None


def _not_contacts(layout: Layout) -> tuple[Span, ...]:
    """The header lines that name no contact: the headline, the standfirst and the issuer's lines
    (an office holder's letterhead: "The Hon Philip Ruddock MP")."""
    issuers = tuple((r.start, r.end) for r in layout.roles if r.role == "issuer")
    return (*layout.headline, *layout.subtitle, *issuers)


def read_header(text: str, layout: Layout) -> Header:
    """Read the header fields of a segmented document."""
    headline, head_span, label_type, glued = _headline(text, layout.headline)
    posted = None
    if layout.posted:
        hits = find_dates(text, *layout.posted)
        posted = hits[0].iso if hits else None
    dateline = find_dateline(text, *layout.body) if layout.found and layout.body[1] > layout.body[0] else None
    date, date_span = _pick_date(text, layout, head_span)
    for line in (layout.closing, glued):  # a place-and-date line closing the release; a label's date
        if date is None and line:
            hits = find_dates(text, *line)
            date, date_span = (hits[0].iso, (hits[0].start, hits[0].end)) if hits else (None, None)
    if date is None and dateline and dateline.date:
        date, date_span = dateline.date, dateline.span
    if date is None and layout.found:
        date, date_span = _site_stamp(text, layout)
    tm = zone = dt = None
    if date and date_span:
        tm, zone = _time_zone(text, date_span)
        if tm:
            off = zone_offset(zone, date) if zone else None
            dt = f"{date}T{tm}{off or ''}"
    kind, type_span = _release_type_in(layout)
    if kind is None and label_type:
        kind, type_span = label_type, head_span
    issuer, issuer_span = _issuer(layout)
    regions = [r for r in (layout.header, layout.trailer) if r]
    own = [r for r in (layout.header, layout.body, layout.about, layout.trailer) if r]
    contacts = read_contacts(text, regions, _not_contacts(layout), release_region(text, own), layout.readings)
    release = ReleaseInfo(
        date=date,
        time=tm,
        timezone=zone,
        datetime=dt,
        type=kind,
        issuer=issuer,
        date_span=date_span,
        type_span=type_span,
        issuer_span=issuer_span,
    )
    return Header(
        headline=headline,
        headline_span=head_span,
        release=release,
        dateline=dateline,
        contacts=tuple(contacts),
        posted=posted,
    )
