"""Layout stage: decoded text -> where the release sits inside the page, and what each line is.

Takes the decoded text; gives a ``Layout``: spans of the noise around the release (blog and
site chrome, end marks, page metadata), the header (headline, date lines, labels, issuer,
contacts), the body, the "About X" paragraph and the closing contact block or section, the
wrapper (blog platform and post date), and ``roles``: every unit with its one role.

Three steps:
1. cut (``units_of``): lines become units; a long line is cut where two spaces follow a
   sentence end, a line that runs on into the next (lower-case, open end) is joined to it.
2. classify: each unit is read once for its shape: chrome of a kind (``noise.noise_kind``),
   prose (``is_prose``: how a line reads), a header line (``header_kind``: date line, place-
   and-date line, label, contact, issuer, byline, case), a title, a closing heading
   (``_trailer_start``: about, contact block, disclaimer or notes to editors); a title the page
   prints twice is a page title, not prose.
3. segment (``segment``, in named steps): the body opens at the first prose unit (or the
   dateline line just above it); the header is read upwards from there until chrome or another
   title; the body runs down to the first end mark or chrome, less a closing About paragraph,
   contact block, notes section, place-and-date line or junk. ``roles_of`` then names every
   unit's one role from where the parts fell; the header stage and ``show`` read these.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from pressparse.dateline import PLACE, find_dateline
from pressparse.lexicon import (
    ADVISORY_LABELS,
    CONTACT_DESKS,
    CONTACT_LINE_JOB_WORDS,
    CONTACT_NOUN_TAILS,
    CONTACT_NOUNS,
    IMMEDIATE_LABELS,
    ISSUER_FRONT_HEADS,
    ISSUER_HEADS,
    KIND_LABELS,
    MORE_WORDS,
    NOT_PLACE_SMALL_WORDS,
    PLANNING_LABEL,
    RELEASE_DESKS,
    RELEASE_NOUNS,
    SECTION_HEADINGS,
    STOP_WORDS,
)
from pressparse.noise import DATE_ALONE, noise_kind, platform_of
from pressparse.patterns import (
    CONTACT_IN_LINE,
    CONTACT_LABEL,
    DATE,
    EMAIL,
    PHONE,
    POSTAL_ADDRESS,
    TIME,
    ZONE,
    phrases,
)
from pressparse.textspan import Span, iter_lines

# two or more spaces after a sentence end cut a line into paragraphs (one-line wire releases)
# (a scraper that flattened a page left its blocks apart by wide runs of spaces: cut there too)
# (a cut starts only where a run of spaces starts: a long run is read once, not once per space)
_PARA_CUT = re.compile(r"(?<![ \t\u00a0])[ \t\u00a0]{2,}(?=[^\s])")
_CUT_AFTER = frozenset('.!?:"\u201d)]')
# a line split where a page set a link or a dash on a line of its own: "Miami \u2013 June 6, 2025" /
# "\u2013 State Attorney X announces the arrest of" / "62-year-old Y" / "after an investigation"
_DASH_START = re.compile(r"(?:[\u2013\u2014]|--)(?:\s|$)")
_OPEN_END = re.compile(
    r"(?:\s|^)(?:[\u2013\u2014-]|--|(?:of|the|a|an|and|or|to|for|with|by|from|at|in|on|that|as))$"
)
# "Choice Protection Unit\n(CPU), a team ..." : an aside in brackets that goes on with the sentence
_ASIDE_START = re.compile(r"\([^()\n]{1,40}\)(?:[,;:]|\s[a-z])")
_MID_DATELINE = re.compile(
    rf"\s\((?:{PLACE})\)\s{{0,2}}(?:{DATE.pattern})\s{{0,2}}(?:--|[\u2013\u2014-])", re.IGNORECASE
)
# a contact block in brackets after the last sentence of a paragraph
_CONTACT_ASIDE = re.compile(
    rf"(?<=[.!?\"\u201d]) (?=\((?:for\s(?:{'|'.join(MORE_WORDS)})\sinformation"
    r"|(?:media\s|press\s)?contacts?)\s?:)",
    re.IGNORECASE,
)
_DATED_TITLE = re.compile(rf"(?:{DATE.pattern})\s?[:|\u2013\u2014-]\s?(?=\S)", re.IGNORECASE)
_TITLE_SEP = re.compile(r"\s[-|\u2013\u2014]\s")
# "CHICAGO\n- The office ...": a hyphen after a place in capitals is the dateline's dash
_CAPS_PLACE_LINE = re.compile(r"[A-Z][A-Z.,' ]{1,40}")
_WORD = re.compile(r"[^\W\d_][\w'\u2019.\-]*")
_SENT_END = re.compile(r"[.!?:][\"'\u201d\u2019)\]]*$")
_MD_HEADING = re.compile(r"#{1,3}\s")
_LABEL = re.compile(
    rf"(?:{phrases(IMMEDIATE_LABELS)}|for\s+release|embargo(?:ed)?\b.{{0,60}}|"
    rf"(?:{'|'.join(RELEASE_DESKS)})\s+(?:{'|'.join(RELEASE_NOUNS)})|{phrases(ADVISORY_LABELS)}|statement|"
    rf"{phrases([PLANNING_LABEL])}(?:\s+only)?|"
    # a one-word kind before a colon: "NEWS: Senate Budget Committee ...", "ICYMI: ..."
    rf"(?:{'|'.join(KIND_LABELS)})(?=\s?:))",
    re.IGNORECASE,
)
# a label and the release date glued to the title of a flattened page:
# "FOR IMMEDIATE RELEASE  September 23  2005 Schumer Announces ..."
LABEL_DATE_LEAD = re.compile(rf"(?:{_LABEL.pattern})\s{{1,3}}(?:{DATE.pattern})\s{{1,3}}", re.IGNORECASE)
# a page's field label alone on its line ("Content:", "Body:", "Summary:"): it names what follows
_FIELD_LABEL = re.compile(r"[^\W\d_][^\W\d_'\u2019-]{0,20}(?: [^\W\d_][^\W\d_'\u2019-]{0,20}){0,2}\s?:")
# a page's field naming the title: "Title: Sen. Lee Introduces ...", "Headline: ..."
TITLE_FIELD = re.compile(r"(?:Title|Headline|Subject)\s?:\s{0,3}(?=\S)", re.IGNORECASE)
_LABEL_PREFIX = re.compile(rf"(?:{_LABEL.pattern})\s?[:\-\u2013\u2014|]\s?", re.IGNORECASE)
# the place before a header line's date: "Brussels, ", "CANBERRA ", "Company Announcement, "
_PLACE_HEAD = re.compile(r"[^\W\d_][\w.'\u2019-]{0,30}(?: [^\W\d_][\w.'\u2019-]{0,30}){0,3},?\s{1,3}")
_DATE_WORDS = re.compile(
    r"\b(?:date|dated|released?|issued|posted|published|on|at|for|day|time|hrs?|local)\b|[\s,.:;|/\-\u2013\u2014()]+",
    re.IGNORECASE,
)
_CONTACT_LABEL = re.compile(
    rf"\(?(?:(?:(?:{'|'.join(CONTACT_DESKS)})\s+(?:relations\s+)?)?"
    rf"(?:{'|'.join(CONTACT_NOUNS)})(?:\s+(?:{'|'.join(CONTACT_NOUN_TAILS)}))?"
    # a desk named as the label: "Investor Relations:", "Press office: 020 7946 0000"
    r"|(?:media|press|investor|public)\s+(?:relations|office)(?=\s?:))"
    r"\s?(?:[:\-\u2013]|$|(?-i:\s+[A-Z(+\d]|(?=[A-Z])))",
    re.IGNORECASE,
)
_CONTACT_INLINE = re.compile(r"\b(?:Media |Press )?Contacts?:\s")
_MORE = "|".join(MORE_WORDS)
_CONTACT_LEAD = re.compile(
    # "For further information, please ring E. Klein", "For Additional Information or to Request
    # Interviews, Please contact:", "(For more information: Mina Andreeva \u2013 Tel.: ...)"
    rf"\(?(?:for\s+(?:{_MORE})\s+information(?:\s+[^\W\d_]{{1,12}}){{0,5}},?\s+(?:please\s+)?"
    r"(?:contact|call|ring|phone|e-?mail)|"
    rf"\(?for\s+(?:{_MORE})\s+information\s?:(?!\s{{0,3}}(?:please\s+)?(?:visit|go|see|click|check)\b)|"
    r"for\s+(?:press|media)\s+(?:inquiries|enquiries|information)|"
    r"(?:media|press)\s+(?:inquiries|enquiries)\s+(?:should|may|can))",
    re.IGNORECASE,
)
_ISSUER = re.compile(
    rf"(?:the\s+)?(?:U\.\s?S\.\s+|United\s+States\s+)?(?:{phrases(ISSUER_FRONT_HEADS)})\s+(?:of|for)\b.{{0,80}}"
    rf"|.{{2,80}}(?:{'|'.join(ISSUER_HEADS)})\.?",
)
_ABOUT = re.compile(r"(?:about|acerca\s+de|sobre)\s+[\w\"'\u201c(&]", re.IGNORECASE)
# "About Spring BirdSpring Bird is ...": the heading glued to its paragraph
_ABOUT_GLUED = re.compile(r"About\s(?:[A-Z][\w&.'\-]*\s){0,5}[A-Z][\w&.'\-]*?[a-z.)](?=[A-Z][a-z])")
_DISCLAIMER = re.compile(
    r"(?:forward[- ]looking\s+statements?|safe\s+harbor|disclaimer|cautionary\s+(?:note|statement))\b",
    re.IGNORECASE,
)
# a closing section's heading alone: "Notes to editors", "Background", "Editor's note:"
_NOTES = re.compile(
    r"(?:notes?\s+(?:to|for)\s+(?:the\s+)?editors?|editor['\u2019]?s?\s+notes?|background(?:\s+information)?)"
    r"\s?:?",
    re.IGNORECASE,
)
_JUNK_TAIL = re.compile(
    r"(?:click\s+here\b.{0,80}|for\s+(?:the\s+)?original\s+press\s+release\.?|sources?:?(?:\s.{1,80})?|"
    r"!?\[[^\]]{0,200}\]\(\S{1,500}\)|#{1,8}.{0,3}|\*(?:\s?\*){1,4})",
    re.IGNORECASE | re.DOTALL,
)
_IMAGE = re.compile(r"\[?!\[[^\]\n]{0,300}\]\([^)\s]{1,600}\)(?:\]\([^)\s]{1,600}\))?")
# a wire's mark opening the body: "(NewsUSA) - ", "--News Direct-- "
_WIRE_MARK = re.compile(r"\([^)\n]{2,40}\)\s?[-\u2013\u2014]|--\s?[^-\n]{2,40}\s?--")
# a media advisory's labelled lines open its body: "WHO: Jacob Rump, 30", "WHAT: To be sentenced ..."
_ADVISORY = re.compile(r"(?:WHO|WHAT|WHEN|WHERE|Who|What|When|Where)\s?:\s?\S")
_LEAD_LINKS = re.compile(r"(?:!?\[[^\]\n]{0,200}\]\([^)\s]{1,500}\)\s?)+")
_SALUTATION = re.compile(r"(?:Dear|Hello|Hi|Greetings)\b[^.!?]{0,60}[,:!]")
_NAME = re.compile(r"(?:[A-Z][\w'\u2019.-]{0,20}\s){1,3}[A-Z][\w'\u2019.-]{1,25},?")
_JOB = re.compile(rf"\b(?:{'|'.join(CONTACT_LINE_JOB_WORDS)}|Spokes\w+|Inc\.?)\b")


@dataclass(frozen=True)
class Unit:
    """A stretch of the text read as one line or paragraph: ``start``/``end`` are stripped."""

    start: int
    end: int
    text: str
    lines: tuple[Span, ...]
    gap_before: bool  # a blank line precedes it


class Role(NamedTuple):
    """A unit's span and its one role: headline, date line, label, contact, issuer, byline, case,
    standfirst, header, prose, about, closing section, end mark, noise (<kind>)."""

    start: int
    end: int
    role: str
    text: str


# the header line kinds of ``header_kind`` as roles
HEADER_ROLES = {
    "date": "date line",
    "label": "label",
    "contact": "contact",
    "issuer": "issuer",
    "byline": "byline",
    "case": "case",
}


@dataclass(frozen=True)
class Layout:
    """Spans of the parts of one document (offsets into the decoded text)."""

    headline: tuple[Span, ...] = ()
    header: Span | None = None
    body: Span = (0, 0)
    about: Span | None = None
    trailer: Span | None = None
    noise: tuple[Span, ...] = ()
    platform: str | None = None
    posted: Span | None = None
    found: bool = True
    warnings: tuple[str, ...] = field(default_factory=tuple)
    subtitle: tuple[Span, ...] = ()
    closing: Span | None = None  # a header line closing the release: its place and date
    roles: tuple[Role, ...] = ()  # every unit with its one role, in text order


@dataclass(frozen=True)
class _Parts:
    """Where segment put the release's parts, as unit indexes."""

    top: int  # first header unit
    body: int  # first body unit
    end: int  # one past the last body unit
    release_end: int  # one past the release's last unit
    head: list[int]
    subs: list[int]
    about: int | None
    trailer: int | None
    closing: Span | None


def _noise_role(kind: tuple[str, str | None]) -> str:
    return "end mark" if kind[0] == "end" else f"noise ({kind[0]})"


def _header_role(s: str) -> str:
    kind = header_kind(s)
    return HEADER_ROLES.get(kind or "", "header")


def _role(sc: _Scan, p: _Parts, i: int) -> str:
    """The one role of unit ``i`` given where segment put the parts."""
    k = sc.kinds[i]
    if i == sc.posted:
        return "noise (posted)"
    if k is not None and not (p.head and p.head[0] <= i <= p.head[-1]):
        return _noise_role(k)
    if i in p.head:
        return "headline"
    if i in p.subs:
        return "standfirst"
    if p.top <= i < p.body:
        return _header_role(sc.units[i].text)
    if p.body <= i < p.end:
        return "prose"
    if p.closing and sc.units[i].start == p.closing[0]:
        return "date line"
    if i >= p.release_end:
        return "noise"
    if p.about is not None and p.about <= i and (p.trailer is None or i < p.trailer or p.trailer < p.about):
        return "about"
    if p.trailer is not None and p.trailer <= i:
        return "contact" if _trailer_start(sc.units[p.trailer].text) == "contact" else "closing section"
    return "closing section" if i >= p.body else "noise"


def roles_of(sc: _Scan, p: _Parts) -> tuple[Role, ...]:
    """Every unit of the document with its one role (what ``show`` names in its gutter)."""
    return tuple(Role(u.start, u.end, _role(sc, p, i), u.text) for i, u in enumerate(sc.units))


def _pieces(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, gap_before) of every non-blank line piece, cut at sentence ends + 2 spaces,
    at wide runs of 5 spaces and before a dateline in the middle of a flattened line."""
    out: list[tuple[int, int, bool]] = []
    gap = False
    for line in iter_lines(text):
        if line.blank:
            gap = True
            continue
        pos = line.start
        for a, b in _cuts(text, line.start, line.end):
            out.append((pos, a, gap))
            gap = False
            pos = b
        out.append((pos, line.end, gap))
        gap = False
    return out


def _cuts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where a line is cut: (end of one piece, start of the next)."""
    cuts = []
    pos = start
    for m in _PARA_CUT.finditer(text, start, end):
        a = m.start()
        wide = m.end() - a >= 5 or _CONTACT_LABEL.match(text, m.end(), end) is not None
        if a == start or (
            not wide and (text[a - 1] not in _CUT_AFTER or (text[a - 1] == ":" and a - pos < 12))
        ):
            continue  # (a short label keeps its value: "Date:  April 12, 2022"; a contact label cuts)
        cuts.append((a, m.end()))
        pos = m.end()
    # "... Across the Country (New York, NY) October 9, 2015 - Today ...": the title ends there
    if text.find("(", start + 20, end) >= 0:  # (a cheap test most lines fail)
        cuts += [(m.start(), m.start() + 1) for m in _MID_DATELINE.finditer(text, start + 19, end)]
        # "... the director said. (For more information: Mina Andreeva - Tel.: ...)": a contact aside
        cuts += [(m.start(), m.start() + 1) for m in _CONTACT_ASIDE.finditer(text, start + 19, end)]
    return sorted(cuts) if len(cuts) > 1 else cuts


def _strip(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


@lru_cache(maxsize=4)  # the header stage reads the units of the text the layout just cut
def units_of(text: str) -> tuple[Unit, ...]:
    """The text's units, a line that runs on (lower-case next line, no stop before) joined."""
    groups: list[tuple[bool, list[Span]]] = []
    for s0, e0, gap in _pieces(text):
        s, e = _strip(text, s0, e0)
        if s >= e:
            continue
        if groups and not gap:
            lines = groups[-1][1]
            # the unit so far, or its last 800 characters (a longer one is never chrome): linear in the text
            start = max(lines[0][0], lines[-1][1] - 800)
            if _runs_on(text[start : lines[-1][1]], text[s:e]):
                lines.append((s, e))
                continue
        groups.append((gap, [(s, e)]))
    return tuple(Unit(ls[0][0], ls[-1][1], text[ls[0][0] : ls[-1][1]], tuple(ls), gap) for gap, ls in groups)


def _runs_on(prev: str, nxt: str) -> bool:
    """The next line continues this one: it opens lower-case or with a dash, or this one ends open."""
    if not nxt or _SENT_END.search(prev):
        return False
    c = nxt[0]
    # (a lower-case letter glued to a capital is a mangled quote mark, "\u00e2Today", not a word)
    lower = c.islower() and not nxt[1:2].isupper()
    dash = bool(_DASH_START.match(nxt)) or (nxt[:2] == "- " and bool(_CAPS_PLACE_LINE.fullmatch(prev)))
    opens = lower or c in ",;)" or dash or bool(_ASIDE_START.match(nxt) or _OPEN_END.search(prev))
    return opens and not noise_kind(prev) and not noise_kind(nxt)


def _words(s: str) -> list[str]:
    return _WORD.findall(s)


@lru_cache(maxsize=4096)  # the body's opening, the header walk and the roles ask about the same units
def is_prose(s: str) -> bool:
    """Running text: enough lower-case content words, a sentence end or a long run."""
    if _MD_HEADING.match(s):
        return False
    w = _words(s[:2000])
    n = len(w)
    if n < 6:
        return False
    low = sum(1 for x in w if x[0].islower() and x.lower() not in STOP_WORDS)
    ends = bool(_SENT_END.search(s[-10:]))
    if ends and n >= 20 and low >= 3:
        return True
    if n >= 25 and (low >= 0.25 * n or (low >= 0.12 * n and n >= 40)):
        return True
    return n >= 7 and low >= 2 and low >= 0.2 * n and ends


def is_date_line(s: str) -> bool:
    """A line that is only a date (with weekday, time, zone, a label like 'Date:')."""
    if len(s) > 90:
        return False
    rest, n = DATE.subn(" ", s)
    if not n:
        return False
    rest = ZONE.sub(" ", TIME.sub(" ", rest))
    return len(_DATE_WORDS.sub("", rest)) <= 2


def is_label_line(s: str) -> bool:
    """A release label alone ('FOR IMMEDIATE RELEASE', 'PRESS RELEASE', 'Embargoed until ...')."""
    m = _LABEL.match(s)
    if m:
        rest = s[m.end() :].strip(" :-\u2013\u2014|")
        if not rest or is_date_line(rest) or len(_words(rest)) <= 2 or _LABEL.fullmatch(rest):
            return True
    w = [x.lower() for x in _words(s)]
    return 0 < len(w) <= 3 and all(x in SECTION_HEADINGS for x in w)


def is_contact_line(s: str) -> bool:
    return bool(
        _CONTACT_LABEL.match(s)
        or _CONTACT_LEAD.match(s)
        or _CONTACT_INLINE.search(s)
        or PHONE.search(s)
        or EMAIL.search(s)
    )


def is_issuer_line(s: str) -> bool:
    return len(_words(s)) <= 12 and not _SENT_END.search(s[-3:]) and bool(_ISSUER.fullmatch(s))


def _is_case_line(s: str) -> bool:
    return bool(
        re.match(
            r"(?:case|docket|file|ref(?:erence)?|release)\s?(?:#|no\.?|number|num\.?)\s?:?\s?\S", s, re.I
        )
    )


@lru_cache(maxsize=4096)
def is_place_date_line(s: str) -> bool:
    """A place and a date alone, no dash or wire after them: a header line ("Brussels, 16 July 2021",
    "CANBERRA 27 May 1996"), not the dateline that opens a paragraph."""
    if len(s) > 90:
        return False
    m = DATE.search(s)
    if not m or not _PLACE_HEAD.fullmatch(s, 0, m.start()):
        return False
    place = s[: m.start()].rstrip()
    if any(w.lower() in NOT_PLACE_SMALL_WORDS for w in _words(place)):
        return False  # "THE SIXTH ANNIVERSARY OF SEPT. 11, 2001" is a title, not a place
    if not (place.endswith(",") or place.isupper()):
        return False  # a place is set off by a comma or printed in capitals ("CANBERRA 27 May 1996")
    return is_date_line(s[m.start() :])


def is_dateline_line(s: str) -> bool:
    """A short line that opens the body: place with date or wire ('ST. LOUIS, MO / PR Karma / ...')."""
    if len(s) > 160 or is_date_line(s) or is_label_line(s) or is_place_date_line(s):
        return False
    if LABEL_DATE_LEAD.match(s):
        return False  # "FOR IMMEDIATE RELEASE  September 23  2005 Title": a flattened header
    m = DATE.search(s)
    return m is not None and m.start() > 0 and s[0].isupper() and len(_words(s)) <= 14


@lru_cache(maxsize=4096)  # the walk up the header and the roles ask about the same lines
def header_kind(s: str) -> str | None:
    """What a header line is: date, label, contact, issuer, case, or None (a title or prose)."""
    if is_date_line(s) or is_place_date_line(s):
        return "date"
    if is_label_line(s):
        return "label"
    if _is_case_line(s):
        return "case"
    if re.match(r"By\s+[A-Z]", s) and len(_words(s)) <= 16 and not _SENT_END.search(s):
        return "byline"
    if len(s) < 200 and is_contact_line(s):
        return "contact"
    if is_issuer_line(s):
        return "issuer"
    if _FIELD_LABEL.fullmatch(s):
        return "label"
    return None


def _name_or_job(s: str) -> bool:
    w = _words(s)
    return 0 < len(w) <= 8 and (bool(_NAME.fullmatch(s)) or bool(_JOB.search(s)))


def _title_like(s: str) -> bool:
    w = _words(s)
    return 0 < len(w) <= 45


def _norm(s: str) -> str:
    return " ".join(_words(s)).casefold()


@dataclass
class _Scan:
    text: str
    units: tuple[Unit, ...]
    kinds: list[tuple[str, str | None] | None]
    posted: int | None = None
    repeated: set[int] = field(default_factory=set)


def _posted_unit(sc: _Scan, platform: str | None, before: int) -> int | None:
    """The blog post's date: a 'Posted ... <date>' line, or a blog's date header above the post."""
    for i, k in enumerate(sc.kinds):
        if (
            k
            and k[0] == "blog"
            and DATE.search(sc.units[i].text)
            and re.match(r"posted", sc.units[i].text, re.I)
        ):
            return i
    if platform not in ("blogger", "typepad"):
        return None
    for i in range(min(before, len(sc.units))):
        u = sc.units[i]
        if DATE_ALONE.fullmatch(u.text):
            prev = sc.units[i - 1].text if i else ""
            return None if is_label_line(prev) else i
        if is_prose(u.text) or is_label_line(u.text):
            return None
    return None


def _opens_body(sc: _Scan, i: int) -> bool:
    """Running prose, or a dateline followed by words (a hard-wrapped first line)."""
    u = sc.units[i]
    if is_prose(u.text) or _ADVISORY.match(u.text):
        return True
    if len(_words(u.text)) < 8 or is_dateline_line(u.text):
        return False
    d = find_dateline(sc.text, u.start, u.end)
    if d is None:
        return bool(_WIRE_MARK.match(u.text))
    caps_place = d.location.isupper() and bool(_SENT_END.search(u.text[-5:]))
    return d.date is not None or u.text[:1] == "(" or caps_place


def _repeated_later(sc: _Scan) -> set[int]:
    """Unfinished one-line units (no sentence end) the page prints again elsewhere, whole or as a part
    of a "Title - Deck - Site" line: a page title or deck, not the release's prose."""
    seen: dict[str, set[int]] = {}
    lines = [
        i
        for i, u in enumerate(sc.units)
        if len(u.lines) == 1 and len(u.text) < 600 and not _SENT_END.search(u.text)
    ]
    own: dict[int, tuple[str, str]] = {}  # the normalised line and its first part
    for i in lines:
        text = sc.units[i].text
        parts = _TITLE_SEP.split(text)
        norms = {part: _norm(part) for part in {text, *parts}}
        own[i] = (norms[text], norms[parts[0]])
        for key in norms.values():
            if len(key) >= 20:
                seen.setdefault(key, set()).add(i)
    return {i for i in lines if any(seen.get(key, {i}) - {i} for key in own[i])}


def _find_prose(sc: _Scan, start: int = 0) -> int | None:
    for i in range(start, len(sc.units)):
        if sc.kinds[i] is None and i != sc.posted and i not in sc.repeated and _opens_body(sc, i):
            return i
    return None


def _headline_group(sc: _Scan, group: list[int]) -> tuple[list[int], list[int]]:
    """Split the title lines above the body into the headline's lines and subtitles."""
    units = sc.units
    md = [i for i in group if _MD_HEADING.match(units[i].text)]
    if md:
        return [md[0]], [i for i in group if i > md[0]]
    # the page repeats the title (page title, breadcrumb) earlier on: prefer the lines it repeats
    earlier = {_norm(re.split(r"\s[-|\u2013\u2014]\s", units[i].text)[0]) for i in range(group[0])}
    earlier.discard("")
    for a in range(len(group)):
        for b in range(len(group), a, -1):
            joined = _norm(" ".join(units[i].text for i in group[a:b]))
            label = _LABEL_PREFIX.match(units[group[a]].text)
            if joined in earlier or (label and _norm(units[group[a]].text[label.end() :]) in earlier):
                return group[a:b], group[b:]
    first = next((k for k, i in enumerate(group) if len(_words(units[i].text)) >= 4), 0)
    head = [group[first]]
    for i in group[first + 1 :]:
        prev = units[head[-1]].text
        cur = units[i].text
        if (
            prev.isupper()
            and cur.isupper()
            and not units[i].gap_before
            and not _SENT_END.search(prev)
            and len(_words(prev + " " + cur)) <= 40
        ):
            head.append(i)
        else:
            break
    return head, [i for i in group[first:] if i not in head]


def _split_open(text: str, u: Unit) -> bool:
    """The unit opens with a short piece broken off its sentence (a link the page set on its own line)."""
    if len(u.lines) < 2:
        return False
    first = text[u.lines[0][0] : u.lines[0][1]]
    c = text[u.lines[1][0]]
    aside = bool(_ASIDE_START.match(text, u.lines[1][0], u.lines[1][1]))
    return len(_words(first)) <= 8 and not _SENT_END.search(first) and (c.islower() or c in ",.;:)" or aside)


def _sentence_above(sc: _Scan, b: int) -> bool:
    """Unit ``b - 1`` begins the sentence that unit ``b`` goes on with (not a title the page repeats)."""
    prev, cur = sc.units[b - 1], sc.units[b]
    if sc.kinds[b - 1] is not None or b - 1 == sc.posted or cur.gap_before or not _split_open(sc.text, cur):
        return False
    if _SENT_END.search(prev.text) or prev.text.endswith(("...", "\u2026")) or header_kind(prev.text):
        return False
    if find_dateline(sc.text, cur.start, cur.end):
        return False
    earlier = set()
    for u in sc.units[: b - 1]:
        t = re.split(r"\s[-|\u2013\u2014]\s", u.text)[0]
        label = _LABEL_PREFIX.match(t)
        earlier.add(_norm(t[label.end() :] if label else t))
    return _norm(prev.text) not in earlier


def _full_title(sc: _Scan, i: int) -> int | None:
    """The unit printing in full the title that unit ``i`` cuts short with '...' (the page title)."""
    stem = _norm(sc.units[i].text.rstrip(".\u2026 "))
    if len(stem) < 12:
        return None
    for j, u in enumerate(sc.units):
        if j != i and len(u.lines) == 1 and len(u.text) < 400:
            full = _norm(u.text)
            if full.startswith(stem) and len(full) > len(stem) + 1:
                return j
    return None


def _blank_unit(sc: _Scan, i: int) -> bool:
    """An image, or a unit without a word: the walk up the header passes over it."""
    s = sc.units[i].text
    return bool(_IMAGE.fullmatch(s)) or (sc.kinds[i] is None and not _WORD.search(s))


def _marked_title(s: str) -> bool:
    """A title marked as one: "June 5, 2026: Title" or "# Title"."""
    return _title_like(s) and not is_prose(s) and bool(_DATED_TITLE.match(s) or _MD_HEADING.match(s))


def _walk_up(sc: _Scan, b: int) -> tuple[int, list[int], list[int]]:
    """(first header unit, headline units, subtitle units) read upwards from body unit ``b``."""
    units = sc.units
    top = b
    group: list[int] = []
    done = False
    swallow = 0
    i = b - 1
    while i >= 0:
        s = units[i].text
        if _blank_unit(sc, i):
            i -= 1
            continue
        if sc.kinds[i] is not None or i == sc.posted:
            break
        kind = header_kind(s)
        if kind:
            if group:
                done = True
            top = i
            # a contact's name and title may sit above its office's line
            swallow = 3 if kind == "contact" else (swallow if kind == "issuer" else 0)
            i -= 1
            continue
        if swallow and _name_or_job(s):
            swallow -= 1
            top = i
            i -= 1
            continue
        swallow = 0
        if done and _marked_title(s):
            # "June 5, 2026: Title" or "# Title" above the contact block or byline: that is the headline
            return i, [i], group
        if done and group and _listed(sc, i, top):
            return b, [], []  # the titles above are a list of other releases ("date / title" pairs)
        if done or (is_prose(s) and i not in sc.repeated) or not _title_like(s):
            break
        group.insert(0, i)
        top = i
        if len(group) >= 6:
            break
        i -= 1
    if not group:
        return top, [], []
    head, subs = _headline_group(sc, group)
    return top, head, subs


def _listed(sc: _Scan, i: int, top: int) -> bool:
    """Title unit ``i`` sits between two dates in a list of releases: a news list, not a header."""
    return (
        i > 0
        and sc.kinds[i - 1] is None
        and is_date_line(sc.units[i - 1].text)
        and is_date_line(sc.units[top].text)
        and top == i + 1
    )


def _skipped(sc: _Scan, j: int) -> bool:
    """A printed page's footer or an image: inside the body it does not end it."""
    k = sc.kinds[j]
    return bool(k and (k[0] == "page" or _IMAGE.fullmatch(sc.units[j].text)))


def _inside_body(sc: _Scan, j: int) -> bool:
    """Unit ``j`` is a page footer or an image the release's text goes on after."""
    k = sc.kinds[j]
    if k is None or not _skipped(sc, j):  # a skipped unit always has a kind
        return False
    for n in range(j + 1, min(j + 4, len(sc.units))):
        if not _skipped(sc, n):
            nxt = sc.kinds[n]
            return nxt is None and n != sc.posted and (k[0] == "page" or is_prose(sc.units[n].text))
    return False


def _trailer_start(s: str) -> str | None:
    m = _LEAD_LINKS.match(s)
    if m and m.end() < len(s):
        s = s[m.end() :]
    label = _CONTACT_LABEL.match(s)
    if (label and not (len(s) > 200 and is_prose(s) and not re.search(r"[:\-\u2013]", label.group()))) or (
        _CONTACT_LEAD.match(s)
    ):
        return "contact"  # (a long paragraph opening "Contact Acme for ..." is prose, not a label)
    if contact_in_line(s):
        return "contact"
    if _DISCLAIMER.match(s) and len(s) < 400:
        return "disclaimer"
    if _NOTES.fullmatch(s):
        return "disclaimer"  # a closing notes-to-editors section: the release's, not the body's
    if _ABOUT_GLUED.match(s) or (
        _ABOUT.match(s) and (len(_words(s)) <= 14 or re.match(r".{6,100}?[:\u2013\u2014]|.{6,100}?\s-\s", s))
    ):
        return "about"
    return None


# at most this many words stand before a contact cue inside a line: "BRISBANE FEBRUARY 9 1996 Contact:"
_CUE_LEAD_WORDS = 8


def contact_cue(s: str) -> re.Match[str] | None:
    """The contact label of a line after a short lead (a place, a date, none): "CANBERRA For
    further information contact ...", "BRISBANE FEBRUARY 9 1996 Contact: ..."; None where the
    cue comes after a sentence or is no label ("Media Relations Officer")."""
    m = CONTACT_IN_LINE.search(s, 0, 300)
    if m is None:
        return None
    lead = _words(s[: m.start()])
    if len(lead) > _CUE_LEAD_WORDS or any(w[0].islower() for w in lead):
        return None  # a place or a date leads a label; a clause ("To register, or for more ...") does not
    label = CONTACT_LABEL.match(s, m.start())
    if label and is_prose(s) and not (":" in label.group() or _CONTACT_LEAD.match(s, m.start())):
        return None  # "For more information on the talk, call the Dickens Project at ...": a sentence
    return label


def contact_in_line(s: str) -> bool:
    """A contact cue after a short lead with a phone or an e-mail after it: "CANBERRA For further
    information contact AIDAB Public Affairs: Wendy Levy, (06) 276 4966", "To arrange interviews
    contact Senator Jo Bloggs on 0418 743 789"; not a sentence that mentions a contact."""
    m = contact_cue(s)
    return m is not None and bool(PHONE.search(s, m.end()) or EMAIL.search(s, m.end()))


def _platform(sc: _Scan) -> str | None:
    """The blog platform the chrome points to; "website" for a site's chrome and metadata."""
    platform = platform_of(k[1] for k in sc.kinds if k)
    if platform is None and sum(1 for k in sc.kinds if k and k[0] in ("site", "meta")) >= 2:
        return "website"
    return platform


def _first_prose(sc: _Scan) -> int | None:
    """The first prose unit (not the blog's post date), the post date found on the way."""
    p = _find_prose(sc)
    sc.posted = _posted_unit(
        sc, platform_of(k[1] for k in sc.kinds if k), p if p is not None else len(sc.units)
    )
    if p is not None and p == sc.posted:
        p = _find_prose(sc, p + 1)
    return p


def _body_start(sc: _Scan, p: int) -> int:
    """The body's first unit: the first prose, or the dateline line, salutation or sentence start above it."""
    b = p
    if b > 0 and sc.kinds[b - 1] is None and b - 1 != sc.posted:
        prev = sc.units[b - 1].text
        if is_dateline_line(prev) or _SALUTATION.fullmatch(prev):
            b -= 1
    for _ in range(4):
        if b > 0 and _sentence_above(sc, b):
            b -= 1
    return b


def _headline_units(sc: _Scan, b: int) -> tuple[int, list[int], list[int]]:
    """(first header unit, headline units, standfirst units) above body unit ``b``; a page's
    "Title:" field above the body names the headline, whatever the lines between."""
    top, head, subs = _walk_up(sc, b)
    if len(head) == 1 and sc.units[head[0]].text.endswith(("...", "\u2026")):
        full = _full_title(sc, head[0])
        head = [full] if full is not None else head
    field = next((i for i in range(b - 1, max(-1, b - 10), -1) if TITLE_FIELD.match(sc.units[i].text)), None)
    if field is not None and field not in head:
        subs = sorted(i for i in {*head, *subs} if i > field)
        head, top = [field], min(top, field)
    return top, head, subs


def _past_header_block(sc: _Scan, b: int) -> int | None:
    """A lead of one or two units cut off by a block of header lines ("From: / Public Health England /
    Published / 28 December 2016") that the release's prose follows: the lead was a standfirst, and
    the body opens at the prose after the block (its first unit), else None."""
    units = sc.units
    near = range(b + 1, min(b + 11, len(units)))
    if not any((sc.kinds[j] or ("",))[0] == "meta" or _FIELD_LABEL.fullmatch(units[j].text) for j in near):
        return None  # (no page metadata or field label near: a cheap test most pages fail)
    if _ADVISORY.match(units[b].text):
        return None  # a media advisory's WHO/WHAT/WHEN lines are its body
    start = next((j for j in range(b + 1, min(b + 3, len(units))) if not is_prose(units[j].text)), None)
    if start is None:
        return None
    dated = labelled = False
    for j in range(start, min(start + 8, len(units))):
        u, k = units[j], sc.kinds[j]
        if k is None and j != sc.posted and is_prose(u.text):
            return j if dated and labelled and j > start else None
        if (k is not None and k[0] not in ("meta", "site")) or (k is None and len(_words(u.text)) > 8):
            return None
        dated = dated or bool(DATE.search(u.text))
        labelled = labelled or (k is not None and k[0] == "meta") or bool(_FIELD_LABEL.fullmatch(u.text))
    return None


def _limit(sc: _Scan, b: int) -> int:
    """One past the last unit before the first end mark or chrome line under the body."""
    for j in range(b + 1, len(sc.units)):
        if (sc.kinds[j] is not None or j == sc.posted) and not _inside_body(sc, j):
            return j
    return len(sc.units)


def _closers(sc: _Scan, b: int, limit: int) -> tuple[int, int | None, int | None]:
    """(body end, about unit, trailer unit): an "About X" paragraph, a contact block or a closing
    section (disclaimer, notes to editors) ends the body."""
    end = limit
    about_at: int | None = None
    trailer_at: int | None = None
    for j in range(b + 1, limit):
        t = _trailer_start(sc.units[j].text)
        if t == "about" and about_at is None:
            about_at = j
            end = min(end, j)
        elif t in ("contact", "disclaimer"):
            if about_at is None:
                end = min(end, j)
            if trailer_at is None or (about_at is not None and trailer_at < about_at):
                trailer_at = j
            if about_at is not None:
                break
    return end, about_at, trailer_at


def _trim_tail(sc: _Scan, b: int, end: int) -> tuple[int, Span | None]:
    """The body's end less trailing junk, images and date lines; and a closing place-and-date line
    ("CANBERRA 27 May 1996"), which is header."""
    units = sc.units
    closing: Span | None = None
    while end - 1 > b and (
        _JUNK_TAIL.fullmatch(units[end - 1].text)
        or _skipped(sc, end - 1)
        or is_date_line(units[end - 1].text)
        or is_place_date_line(units[end - 1].text)
    ):
        if is_place_date_line(units[end - 1].text) and closing is None:
            closing = (units[end - 1].start, units[end - 1].end)
        end -= 1
    return end, closing


def _closing_in_contacts(sc: _Scan, trailer_at: int | None, limit: int) -> Span | None:
    """The place and date of a closing contact block, a header line of its own: the lead of its
    first line ("BRISBANE FEBRUARY 9 1996 Contact: Ruth Dewsbury (06) 277 7860") or a line of the
    block ("Media contact: Jane Smith 0412 345 678 / Canberra, 16 July 2021")."""
    if trailer_at is None:
        return None
    u = sc.units[trailer_at]
    cue = contact_cue(u.text)
    lead = u.text[: cue.start()].rstrip() if cue else ""
    if lead and is_place_date_line(lead):
        return (u.start, u.start + len(lead))
    for j in range(trailer_at + 1, min(limit, trailer_at + _BLOCK_UNITS)):
        if is_place_date_line(sc.units[j].text):
            return (sc.units[j].start, sc.units[j].end)
    return None


def _about_span(sc: _Scan, about_at: int | None, trailer_at: int | None, limit: int) -> Span | None:
    if about_at is None:
        return None
    stop = trailer_at if trailer_at is not None and trailer_at > about_at else limit
    while stop - 1 > about_at and _JUNK_TAIL.fullmatch(sc.units[stop - 1].text):
        stop -= 1
    return (sc.units[about_at].start, sc.units[stop - 1].end)


# how far under the end mark a closing contact block is looked for (past an "About" section)
_AFTER_END_UNITS = 30
# at most this many units make one contact block (names, titles, desks, numbers)
_BLOCK_UNITS = 16


def _contact_after_end(sc: _Scan, limit: int) -> int | None:
    """The unit opening a contact block a few units under the end mark at ``limit`` (an "About"
    section may stand between), None where chrome or the end of the page comes first."""
    for j in range(limit + 1, min(limit + 1 + _AFTER_END_UNITS, len(sc.units))):
        if sc.kinds[j] is not None:
            return None
        if _trailer_start(sc.units[j].text) == "contact" or _opens_contact_block(sc, j):
            return j
    return None


def _opens_contact_block(sc: _Scan, j: int) -> bool:
    """Unit ``j`` opens a contact block with no label: a short line (a name), the lines under it
    a title and numbers ("Jane Doe / Press Officer / +44 20 7946 0000")."""
    if (
        is_prose(sc.units[j].text)
        or len(_words(sc.units[j].text)) > 6
        or not _NAME.fullmatch(sc.units[j].text)
    ):
        return False
    near = sc.units[j + 1 : j + 4]
    if any(POSTAL_ADDRESS.search(PHONE.sub(" ", u.text)) for u in near):
        return False  # a site's footer: "Action Center / 350 Jay Street / Brooklyn, NY 11201 / 718-250-2340"
    return any(not is_prose(u.text) and bool(PHONE.search(u.text) or EMAIL.search(u.text)) for u in near)


def _contact_block_end(sc: _Scan, k: int) -> int:
    """One past the last contact line of the block opening at unit ``k``: its names, titles and
    desks run on until prose, chrome or a long line."""
    last = k
    for j in range(k + 1, min(k + _BLOCK_UNITS, len(sc.units))):
        s = sc.units[j].text
        if sc.kinds[j] is not None or is_prose(s) or len(_words(s)) > 12:
            break
        if is_contact_line(s):
            last = j
    return last + 1


def _release_end(sc: _Scan, limit: int) -> int:
    """One past the release's last unit: a contact block after the end mark still belongs to it."""
    end_mark = sc.kinds[limit] if limit < len(sc.units) else None
    if not (end_mark and end_mark[0] == "end"):
        return limit
    k = _contact_after_end(sc, limit)
    return limit if k is None else _contact_block_end(sc, k)


def _noise_spans(sc: _Scan, p: _Parts) -> tuple[Span, ...]:
    """Chrome lines anywhere, and every unit outside the release, except the headline's."""
    return tuple(
        (u.start, u.end)
        for i, u in enumerate(sc.units)
        if (not p.top <= i < p.release_end or sc.kinds[i] is not None)
        and not (p.head and p.head[0] <= i <= p.head[-1])
    )


def _not_found(sc: _Scan, platform: str | None, posted: Span | None, why: str) -> Layout:
    noise = tuple((u.start, u.end) for u, k in zip(sc.units, sc.kinds, strict=True) if k)
    return Layout(noise=noise, platform=platform, posted=posted, found=False, warnings=(why,))


def segment(text: str) -> Layout:
    """Find the headline, header, body, about and noise of one document (see the module docstring)."""
    units = units_of(text)
    if not units:
        return Layout(found=False, warnings=("no release found: the document is empty",))
    sc = _Scan(text, units, [noise_kind(u.text) for u in units])
    sc.repeated = _repeated_later(sc)
    p = _first_prose(sc)
    platform = _platform(sc)
    posted = (units[sc.posted].start, units[sc.posted].end) if sc.posted is not None else None
    if p is None:
        return _not_found(sc, platform, posted, "no release found: no running text in the document")
    b = _body_start(sc, p)
    top, head, subs = _headline_units(sc, b)
    after = _past_header_block(sc, b)
    if after is not None:  # the lead above the block is a standfirst: header, not body
        subs = [*subs, *(j for j in range(b, after) if is_prose(units[j].text))]
        b = after
    limit = _limit(sc, b)
    end, about_at, trailer_at = _closers(sc, b, limit)
    end, closing = _trim_tail(sc, b, end)
    closing = closing or _closing_in_contacts(sc, trailer_at, limit)
    release_end = _release_end(sc, limit)
    tail_from = (
        trailer_at
        if trailer_at is not None
        else (_contact_after_end(sc, limit) if release_end > limit else None)
    )
    trailer = None
    if tail_from is not None and tail_from < release_end:
        trailer = (units[tail_from].start, units[release_end - 1].end)
    parts = _Parts(top, b, end, release_end, head, subs, about_at, tail_from, closing)
    return Layout(
        headline=tuple(span for i in head for span in units[i].lines),
        header=(units[top].start, units[b - 1].end) if top < b else None,
        body=(units[b].start, units[end - 1].end),
        about=_about_span(sc, about_at, trailer_at, limit),
        trailer=trailer,
        noise=_noise_spans(sc, parts),
        platform=platform,
        posted=posted,
        subtitle=tuple(span for i in subs for span in units[i].lines),
        closing=closing,
        roles=roles_of(sc, parts),
    )
