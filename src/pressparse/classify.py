"""Classify stage: one unit -> how it reads (one job: read a line, never the page around it).

Each unit is read once for its shape: prose (``is_prose``: enough lower-case content words and a
sentence end), a header line (``header_kind``: date line, place-and-date line, label, contact,
issuer, byline, case), a title (``title_like``, ``marked_title``), a line that opens a body
(``opens_body``). ``read_units`` gives every unit its ``Reading`` (these readings and the
chrome kind of ``noise.noise_kind``); ``layout.segment`` decides from the readings where the
release's parts fall.
"""

from __future__ import annotations

import re
from functools import cached_property, lru_cache

from pressparse.cut import ASIDE_START, Unit
from pressparse.dateline import find_dateline
from pressparse.lexicon import (
    ADVISORY_LABELS,
    CONTACT_LINE_JOB_WORDS,
    IMMEDIATE_LABELS,
    ISSUER_FRONT_HEADS,
    ISSUER_HEADS,
    KIND_LABELS,
    NOT_PLACE_SMALL_WORDS,
    OFFICE_HEADS,
    PLANNING_LABEL,
    RELEASE_DESKS,
    RELEASE_NOUNS,
    SECTION_HEADINGS,
    STOP_WORDS,
)
from pressparse.noise import noise_kind
from pressparse.patterns import (
    CONTACT_IN_LINE,
    CONTACT_INLINE,
    CONTACT_LABEL,
    CONTACT_LEAD,
    DATE,
    EMAIL,
    LINE_CONTACT_LABEL,
    PHONE,
    SENT_END,
    TIME,
    WORD,
    ZONE,
    phrases,
)

DATED_TITLE = re.compile(rf"(?:{DATE.pattern})\s?[:|\u2013\u2014-]\s?(?=\S)", re.IGNORECASE)
_TITLE_SEP = re.compile(r"\s[-|\u2013\u2014]\s")
MD_HEADING = re.compile(r"#{1,3}\s")
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
FIELD_LABEL = re.compile(r"[^\W\d_][^\W\d_'\u2019-]{0,20}(?: [^\W\d_][^\W\d_'\u2019-]{0,20}){0,2}\s?:")
# a page's field naming the title: "Title: Sen. Lee Introduces ...", "Headline: ..."
TITLE_FIELD = re.compile(r"(?:Title|Headline|Subject)\s?:\s{0,3}(?=\S)", re.IGNORECASE)
LABEL_PREFIX = re.compile(rf"(?:{_LABEL.pattern})\s?[:\-\u2013\u2014|]\s?", re.IGNORECASE)
# the place before a header line's date: "Brussels, ", "CANBERRA ", "Company Announcement, "
# (a typed or scanned page may set the date apart by a wide gap: "CANBERRA    19 August 1994")
_PLACE_HEAD = re.compile(r"[^\W\d_][\w.'\u2019-]{0,30}(?: [^\W\d_][\w.'\u2019-]{0,30}){0,3},?\s{1,8}")
_DATE_WORDS = re.compile(
    r"\b(?:date|dated|released?|issued|posted|published|on|at|for|day|time|hrs?|local)\b|[\s,.:;|/\-\u2013\u2014()]+",
    re.IGNORECASE,
)
# "From Department of Housing, ...", "From: Fisheries and Oceans Canada": the page names the issuer
ISSUER_FROM = re.compile(r"From\s?:?\s+(?=[A-Z])")
_ISSUER = re.compile(
    rf"(?:{ISSUER_FROM.pattern})?(?:the\s+)?(?:U\.\s?S\.\s+|United\s+States\s+)?(?:{phrases(ISSUER_FRONT_HEADS)})\s+(?:of|for)\b.{{0,80}}"
    rf"|.{{2,80}}(?:{'|'.join(ISSUER_HEADS)})\.?",
)
# a date given as a page's field inside a header line: "MTAI 21 Date: 22 May 1992", "Press Release
# Dated: 22 Nov 2000 Press Release Number: 00/712"
_DATE_FIELD = re.compile(
    rf"\b(?:date|dated|released|issued|published)\s?:\s{{0,3}}(?:{DATE.pattern})", re.IGNORECASE
)
# a site's stamp opening a header line: "Posted On: 14 MAR 2023 6:45PM IST by PIB Delhi", "Published on
# 3 April 2023", "Last updated on 4 April 2023"
_STAMP_FIELD = re.compile(
    rf"(?:posted|published|released|issued|(?:last\s)?updated)(?:\son\s?:?|\s?:)\s{{1,3}}(?:{DATE.pattern})",
    re.IGNORECASE,
)
# a time given as a field: "Announcement time: 15:00 JST", "Release time: 10.15 am (EET)"
_TIME_FIELD = re.compile(r"(?:[^\W\d_]{1,30}\s){0,2}time\s?:\s?", re.IGNORECASE)
# a letterhead's office holder: "Minister for Immigration", "Australian Democrats' Spokesperson on
# Immigration", "Senator Andrew Bartlett Senator for Queensland", "The Hon Philip Ruddock, MP"; the post
# opens the line, or follows a possessive or a member's name (not "Accused Member of ..." in a title)
_OFFICE_LINE = re.compile(
    # (each word at most 40 characters: linear on any line, a line of 160 characters at most is asked)
    r"(?:(?:[^\W\d_][\w.-]{0,40}\s+){0,3}[^\W\d_][\w.-]{0,40}(?:['\u2019]s|s['\u2019])\s+"
    r"|Senator(?:\s+[A-Z][\w'\u2019.-]{0,40}){1,3}\s+|(?:[A-Z][\w'\u2019.-]{0,40}\s+){1,3}M\.?P\.?,?\s+)?"
    rf"(?i:(?:shadow|acting|assistant)\s+)?(?i:{'|'.join(OFFICE_HEADS)})"
    r"\s+(?i:for|on|of)\s+[^\W\d_].*"
    r"|(?:The\s+)?Hon(?:ourable)?\.?\s+[A-Z].*"
)
# a wire's mark opening the body: "(NewsUSA) - ", "--News Direct-- "
WIRE_MARK = re.compile(r"\([^)\n]{2,40}\)\s?[-\u2013\u2014]|--\s?[^-\n]{2,40}\s?--")
# a media advisory's labelled lines open its body: "WHO: Jacob Rump, 30", "WHAT: To be sentenced ..."
ADVISORY = re.compile(r"(?:WHO|WHAT|WHEN|WHERE|Who|What|When|Where)\s?:\s?\S")
NAME_LINE = re.compile(r"(?:[A-Z][\w'\u2019.-]{0,20}\s){1,3}[A-Z][\w'\u2019.-]{1,25},?")
_JOB = re.compile(rf"\b(?:{'|'.join(CONTACT_LINE_JOB_WORDS)}|Spokes\w+|Inc\.?)\b")


def words(s: str) -> list[str]:
    """The words of a line (letters first; digits and punctuation runs are not words)."""
    return WORD.findall(s)


@lru_cache(maxsize=4096)  # the body's opening, the header walk and the roles ask about the same units
def is_prose(s: str) -> bool:
    """Running text: enough lower-case content words, a sentence end or a long run."""
    if MD_HEADING.match(s):
        return False
    w = words(s[:2000])
    n = len(w)
    if n < 6:
        return False
    low = sum(1 for x in w if x[0].islower() and x.lower() not in STOP_WORDS)
    ends = bool(SENT_END.search(s[-10:]))
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
        if not rest or is_date_line(rest) or len(words(rest)) <= 2 or _LABEL.fullmatch(rest):
            return True
        if not _DATE_WORDS.sub("", ZONE.sub(" ", TIME.sub(" ", rest))):
            return True  # a label and a time: "For release at 4:00 p.m. EST"
    w = [x.lower() for x in words(s)]
    return 0 < len(w) <= 3 and all(x in SECTION_HEADINGS for x in w)


def is_contact_line(s: str) -> bool:
    return bool(
        LINE_CONTACT_LABEL.match(s)
        or CONTACT_LEAD.match(s)
        or CONTACT_INLINE.search(s)
        or PHONE.search(s)
        or EMAIL.search(s)
    )


# at most this many words stand before a contact cue inside a line: "BRISBANE FEBRUARY 9 1996 Contact:"
_CUE_LEAD_WORDS = 8


def contact_cue(s: str) -> re.Match[str] | None:
    """The contact label of a line after a short lead (a place, a date, none): "CANBERRA For
    further information contact ...", "BRISBANE FEBRUARY 9 1996 Contact: ..."; None where the
    cue comes after a sentence or is no label ("Media Relations Officer")."""
    m = CONTACT_IN_LINE.search(s, 0, 300)
    if m is None:
        return None
    lead = words(s[: m.start()])
    if len(lead) > _CUE_LEAD_WORDS or any(w[0].islower() for w in lead):
        return None  # a place or a date leads a label; a clause ("To register, or for more ...") does not
    label = CONTACT_LABEL.match(s, m.start())
    if label and is_prose(s) and not (":" in label.group() or CONTACT_LEAD.match(s, m.start())):
        return None  # "For more information on the talk, call the Dickens Project at ...": a sentence
    return label


def contact_in_line(s: str) -> bool:
    """A contact cue after a short lead with a phone or an e-mail after it: "CANBERRA For further
    information contact AIDAB Public Affairs: Wendy Levy, (06) 276 4966", "To arrange interviews
    contact Senator Jo Bloggs on 0418 743 789"; not a sentence that mentions a contact."""
    m = contact_cue(s)
    return m is not None and bool(PHONE.search(s, m.end()) or EMAIL.search(s, m.end()))


def is_issuer_line(s: str) -> bool:
    return len(words(s)) <= 12 and not SENT_END.search(s[-3:]) and bool(_ISSUER.fullmatch(s))


def is_date_field(s: str) -> bool:
    """A short header line giving the date as a field ("MTAI 21 Date: 22 May 1992"), not prose."""
    field = _DATE_FIELD.search(s) or _STAMP_FIELD.match(s)
    return len(s) <= 160 and len(words(s)) <= 16 and bool(field) and not is_prose(s)


def is_time_field(s: str) -> bool:
    """A time alone given as a field ("Announcement time: 15:00 JST"): a header line."""
    m = _TIME_FIELD.match(s)
    if m is None or len(s) > 60:
        return False
    rest, n = TIME.subn(" ", s[m.end() :])
    return bool(n) and not ZONE.sub(" ", rest).strip(" ()")


def is_office_line(s: str) -> bool:
    """A letterhead line naming an office holder or the post ("Minister for Immigration", "The Hon.
    MICK YOUNG,M.P."): capitalised words, small words and the post's head only, no verb in lower case."""
    w = words(s)
    if not 2 <= len(w) <= 16 or len(s) > 160 or not _OFFICE_LINE.fullmatch(s):
        return False
    return all(x[0].isupper() or x.lower() in STOP_WORDS or x.title() in OFFICE_HEADS for x in w)


def is_case_line(s: str) -> bool:
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
    if any(w.lower() in NOT_PLACE_SMALL_WORDS for w in words(place)):
        return False  # "THE SIXTH ANNIVERSARY OF SEPT. 11, 2001" is a title, not a place
    if not (place.endswith(",") or place.isupper()):
        return False  # a place is set off by a comma or printed in capitals ("CANBERRA 27 May 1996")
    return is_date_line(s[m.start() :])


def is_dateline_line(s: str) -> bool:
    """A short line that opens the body: place with date or wire ('ST. LOUIS, MO / PR Karma / ...')."""
    if len(s) > 160 or is_date_line(s) or is_label_line(s) or is_place_date_line(s):
        return False
    if LABEL_DATE_LEAD.match(s) or is_date_field(s):
        return False  # "FOR IMMEDIATE RELEASE  September 23  2005 Title": a flattened header
    m = DATE.search(s)
    return m is not None and m.start() > 0 and s[0].isupper() and len(words(s)) <= 14


@lru_cache(maxsize=4096)  # the walk up the header and the roles ask about the same lines
def header_kind(s: str) -> str | None:
    """What a header line is: date, label, contact, issuer, case, or None (a title or prose)."""
    if is_date_line(s) or is_place_date_line(s) or is_date_field(s) or is_time_field(s):
        return "date"
    if is_label_line(s):
        return "label"
    if is_case_line(s):
        return "case"
    if re.match(r"By\s+[A-Z]", s) and len(words(s)) <= 16 and not SENT_END.search(s):
        return "byline"
    if len(s) < 200 and is_contact_line(s):
        return "contact"
    if is_issuer_line(s) or is_office_line(s):
        return "issuer"
    if FIELD_LABEL.fullmatch(s):
        return "label"
    return None


def name_or_job(s: str) -> bool:
    w = words(s)
    return 0 < len(w) <= 8 and (bool(NAME_LINE.fullmatch(s)) or bool(_JOB.search(s)))


def title_like(s: str) -> bool:
    w = words(s)
    return 0 < len(w) <= 45


def norm(s: str) -> str:
    return " ".join(words(s)).casefold()


def split_open(text: str, u: Unit) -> bool:
    """The unit opens with a short piece broken off its sentence (a link the page set on its own line)."""
    if len(u.lines) < 2:
        return False
    first = text[u.lines[0][0] : u.lines[0][1]]
    c = text[u.lines[1][0]]
    aside = bool(ASIDE_START.match(text, u.lines[1][0], u.lines[1][1]))
    return len(words(first)) <= 8 and not SENT_END.search(first) and (c.islower() or c in ",.;:)" or aside)


def marked_title(s: str) -> bool:
    """A title marked as one: "June 5, 2026: Title" or "# Title"."""
    return title_like(s) and not is_prose(s) and bool(DATED_TITLE.match(s) or MD_HEADING.match(s))


def opens_body(text: str, u: Unit) -> bool:
    """Running prose, or a dateline followed by words (a hard-wrapped first line)."""
    if is_prose(u.text) or ADVISORY.match(u.text):
        return True
    if len(words(u.text)) < 8 or is_dateline_line(u.text):
        return False
    d = find_dateline(text, u.start, u.end)
    if d is None:
        return bool(WIRE_MARK.match(u.text))
    caps_place = d.location.isupper() and bool(SENT_END.search(u.text[-5:]))
    return d.date is not None or u.text[:1] == "(" or caps_place


def repeated_titles(units: tuple[Unit, ...]) -> set[int]:
    """Unfinished one-line units (no sentence end) the page prints again elsewhere, whole or as a part
    of a "Title - Deck - Site" line: a page title or deck, not the release's prose."""
    seen: dict[str, set[int]] = {}
    lines = [
        i
        for i, u in enumerate(units)
        if len(u.lines) == 1 and len(u.text) < 600 and not SENT_END.search(u.text)
    ]
    own: dict[int, tuple[str, str]] = {}  # the normalised line and its first part
    for i in lines:
        text = units[i].text
        parts = _TITLE_SEP.split(text)
        norms = {part: norm(part) for part in {text, *parts}}
        own[i] = (norms[text], norms[parts[0]])
        for key in norms.values():
            if len(key) >= 20:
                seen.setdefault(key, set()).add(i)
    return {i for i in lines if any(seen.get(key, {i}) - {i} for key in own[i])}


# a chrome line's kind and the platform it names: ("blog", "blogger"), ("end", None) ...
NoiseKind = tuple[str, str | None]


class Reading:
    """How one unit reads. The chrome kind and the repetition are read for every unit; the other
    readings each at most once, when segmentation first asks (most units of a long page are
    never asked whether they are a date line)."""

    def __init__(self, text: str, unit: Unit, repeated: bool) -> None:
        self.text = text
        self.unit = unit
        self.noise: NoiseKind | None = noise_kind(unit.text)  # chrome of a kind (the end mark among them)
        self.repeated = repeated  # an unfinished line the page prints again: a page title, not prose

    @cached_property
    def prose(self) -> bool:
        """Running text."""
        return is_prose(self.unit.text)

    @cached_property
    def header(self) -> str | None:
        """The header line it is (``header_kind``): date, label, case, byline, contact, issuer."""
        return header_kind(self.unit.text)

    @cached_property
    def date_line(self) -> bool:
        """A date alone."""
        return is_date_line(self.unit.text)

    @cached_property
    def place_date(self) -> bool:
        """A place and a date alone."""
        return is_place_date_line(self.unit.text)

    @cached_property
    def dateline_line(self) -> bool:
        """A short line that opens a body: a place with a date or a wire."""
        return is_dateline_line(self.unit.text)

    @cached_property
    def label(self) -> bool:
        """A release label alone."""
        return is_label_line(self.unit.text)

    @cached_property
    def contact(self) -> bool:
        """A phone, an e-mail or a contact label in it (``is_contact_line``)."""
        return is_contact_line(self.unit.text)

    @cached_property
    def issuer(self) -> bool:
        """An issuing office's name alone (``is_issuer_line``)."""
        return is_issuer_line(self.unit.text)

    @cached_property
    def title(self) -> bool:
        """Short enough to be a title."""
        return title_like(self.unit.text)

    @cached_property
    def opens(self) -> bool:
        """It can open a body: prose, an advisory's line, a dateline with words (never chrome)."""
        return self.noise is None and opens_body(self.text, self.unit)


def read_units(text: str, units: tuple[Unit, ...]) -> tuple[Reading, ...]:
    """Every unit's reading, in text order."""
    again = repeated_titles(units)
    return tuple(Reading(text, u, i in again) for i, u in enumerate(units))
