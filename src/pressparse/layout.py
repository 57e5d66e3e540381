"""Layout stage: decoded text -> where the release sits inside the page, and what each line is.

Takes the decoded text; gives a ``Layout``: spans of the noise around the release (blog and
site chrome, end marks, page metadata), the header (headline, date lines, labels, issuer,
contacts), the body, the "About X" paragraph and the closing contact block or section, the
wrapper (blog platform and post date), and ``roles``: every unit with its one role.

Three stages, one module each:
1. cut (``cut.units_of``): lines become units (long flattened lines cut, run-on lines joined).
2. classify (``classify.read_units``): each unit is read once into a ``Reading``: chrome of a
   kind (``noise.noise_kind``), a page title printed twice, prose, a header line
   (``header_kind``), a title; here, a closing heading (``_trailer_start``: about, contact
   block, disclaimer or notes to editors).
3. segment (``segment``, this module, in named steps, from the readings): the body opens at
   the first unit that can open one (or the dateline line, or the hard-wrapped first line, just
   above it; a summary over a header block or a bare date line is a standfirst); the header is
   read upwards from there until chrome (a dated site stamp excepted) or another title (tags of a
   word or two between header lines are passed); the body runs down to the first end mark or
   chrome, less a closing About paragraph, contact block (with the signature over it), notes
   section, place-and-date, date or time line, or junk. A contact block under the end mark, or
   under a line or two of chrome that the end mark closes, still belongs to the release.
   ``roles_of`` then names every unit's one role from where the parts fell; the header stage and
   ``show`` read these.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from pressparse.classify import (
    ADVISORY,
    FIELD_LABEL,
    LABEL_PREFIX,
    MD_HEADING,
    NAME_LINE,
    TITLE_FIELD,
    NoiseKind,
    Reading,
    contact_cue,
    contact_in_line,
    is_contact_line,
    is_place_date_line,
    is_prose,
    marked_title,
    name_or_job,
    norm,
    read_units,
    split_open,
    words,
)
from pressparse.cut import Unit, units_of
from pressparse.dateline import find_dateline
from pressparse.lexicon import LEGAL_SUFFIXES
from pressparse.noise import DATE_ALONE, platform_of
from pressparse.patterns import (
    CONTACT_IN_LINE,
    DATE,
    EMAIL,
    PHONE,
    POSTAL_ADDRESS,
    SENT_END,
    WORD,
)
from pressparse.patterns import CONTACT_LEAD as _CONTACT_LEAD
from pressparse.patterns import LINE_CONTACT_LABEL as _CONTACT_LABEL
from pressparse.textspan import Span

_TITLE_SEP = re.compile(r"\s[-|\u2013\u2014]\s")
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
    r"!?\[[^\]]{0,200}\]\(\S{1,500}\)|#{1,8}.{0,3}|"
    # a link list's reference ("[1]: http://..."); a pointer to the full text ("Full bill text can be
    # accessed here.", "The letter is available here.")
    r"\[\d{1,3}\]:\s?\S{1,500}|"
    r".{0,80}\b(?:(?:can|may)\s+be\s+(?:accessed|found|read|viewed|downloaded)|is\s+available)\s+here\.?|\*(?:\s?\*){1,4})",
    re.IGNORECASE | re.DOTALL,
)
_IMAGE = re.compile(r"\[?!\[[^\]\n]{0,300}\]\([^)\s]{1,600}\)(?:\]\([^)\s]{1,600}\))?")
_LEAD_LINKS = re.compile(r"(?:!?\[[^\]\n]{0,200}\]\([^)\s]{1,500}\)\s?)+")
# a title ending in a company's abbreviation, not a sentence: "... by WesBanco, Inc."
_ABBR_END = re.compile(rf"\b(?:{'|'.join(map(re.escape, LEGAL_SUFFIXES))})\.$")
_SALUTATION = re.compile(r"(?:Dear|Hello|Hi|Greetings)\b[^.!?]{0,60}[,:!]")


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
    # every unit's reading (classify), for the stages that read units again (contacts)
    readings: tuple[Reading, ...] = field(default=(), compare=False, repr=False)


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
    links: range = range(0)  # chrome between the body and a contact block the end mark closes


def _noise_role(kind: tuple[str, str | None]) -> str:
    return "end mark" if kind[0] == "end" else f"noise ({kind[0]})"


def _header_role(r: Reading) -> str:
    kind = r.header
    return HEADER_ROLES.get(kind or "", "header")


def _role(sc: _Scan, p: _Parts, i: int) -> str:
    """The one role of unit ``i`` given where segment put the parts."""
    k = sc.kinds[i]
    if i == sc.posted:
        return "noise (posted)"
    if i in p.links:
        return _noise_role(k) if k is not None else "noise"
    if k is not None and not (p.head and p.head[0] <= i <= p.head[-1]):
        return _noise_role(k)
    if i in p.head:
        return "headline"
    if i in p.subs:
        return "standfirst"
    if p.top <= i < p.body:
        return _header_role(sc.reads[i])
    if p.body <= i < p.end:
        return "prose"
    if p.closing and sc.units[i].start == p.closing[0]:
        return "date line"
    if i >= p.release_end:
        return "noise"
    if p.about is not None and p.about <= i and (p.trailer is None or i < p.trailer or p.trailer < p.about):
        return "about"
    if p.trailer is not None and p.trailer <= i:
        return "contact" if sc.closers[p.trailer] == "contact" else "closing section"
    return "closing section" if i >= p.body else "noise"


def roles_of(sc: _Scan, p: _Parts) -> tuple[Role, ...]:
    """Every unit of the document with its one role (what ``show`` names in its gutter)."""
    return tuple(Role(u.start, u.end, _role(sc, p, i), u.text) for i, u in enumerate(sc.units))


@dataclass
class _Scan:
    text: str
    units: tuple[Unit, ...]
    reads: tuple[Reading, ...]
    kinds: list[NoiseKind | None]  # each unit's chrome kind (its reading's ``noise``)
    closers: list[str | None]  # the closing heading each unit is (``_trailer_start``)
    titled: set[int] = field(default_factory=set)  # units read as prose that their place makes titles
    posted: int | None = None


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
            return None if i and sc.reads[i - 1].label else i
        if sc.reads[i].prose or sc.reads[i].label:
            return None
    return None


def _find_prose(sc: _Scan, start: int = 0) -> int | None:
    for i in range(start, len(sc.units)):
        if i != sc.posted and not sc.reads[i].repeated and sc.reads[i].opens:
            if not _title_over_labels(sc, i):
                return i
            sc.titled.add(i)
    return None


def _title_over_labels(sc: _Scan, i: int) -> bool:
    """Unit ``i`` reads as a sentence but is a title: one short line, unfinished or ending in an
    abbreviation, that labels ("For release at 4:00 p.m. EST") part from the prose under it."""
    u = sc.units[i]
    if (
        len(u.lines) > 1
        or len(words(u.text)) > 20
        or (SENT_END.search(u.text) and not _ABBR_END.search(u.text))
    ):
        return False
    j = i + 1
    while (
        j < len(sc.units) and j - i <= 3 and sc.kinds[j] is None and sc.reads[j].header in ("label", "date")
    ):
        j += 1
    labelled = any(sc.reads[k].header == "label" for k in range(i + 1, j))
    return labelled and j < len(sc.units) and sc.kinds[j] is None and sc.reads[j].prose


def _title_goes_on(prev: str, cur: str, gap: bool) -> bool:
    """Title line ``cur`` goes on with ``prev``: a title in capitals wrapped over lines, or one that
    goes on in lower case after a blank line ("New initiatives to stop illegal boat arrivals" /
    "wins Minister Ruddock's approval"); not a web address."""
    wrapped = prev.isupper() and cur.isupper() and not gap
    goes_on = cur[:1].islower() and len(words(cur)) <= 8 and not re.search(r"\w\.\w", cur)
    return (wrapped or goes_on) and not SENT_END.search(prev) and len(words(prev + " " + cur)) <= 40


def _headline_group(sc: _Scan, group: list[int]) -> tuple[list[int], list[int]]:
    """Split the title lines above the body into the headline's lines and subtitles."""
    units = sc.units
    md = [i for i in group if MD_HEADING.match(units[i].text)]
    if md:
        return [md[0]], [i for i in group if i > md[0]]
    # the page repeats the title (page title, breadcrumb) earlier on: prefer the lines it repeats
    earlier = {norm(re.split(r"\s[-|\u2013\u2014]\s", units[i].text)[0]) for i in range(group[0])}
    earlier.discard("")
    for a in range(len(group)):
        for b in range(len(group), a, -1):
            joined = norm(" ".join(units[i].text for i in group[a:b]))
            label = LABEL_PREFIX.match(units[group[a]].text)
            if joined in earlier or (label and norm(units[group[a]].text[label.end() :]) in earlier):
                return group[a:b], group[b:]
    first = next((k for k, i in enumerate(group) if len(words(units[i].text)) >= 4), 0)
    head = [group[first]]
    for i in group[first + 1 :]:
        if _title_goes_on(units[head[-1]].text, units[i].text, units[i].gap_before):
            head.append(i)
        else:
            break
    return head, [i for i in group[first:] if i not in head]


def _sentence_above(sc: _Scan, b: int) -> bool:
    """Unit ``b - 1`` begins the sentence that unit ``b`` goes on with (not a title the page repeats)."""
    prev, cur = sc.units[b - 1], sc.units[b]
    if sc.kinds[b - 1] is not None or b - 1 == sc.posted or cur.gap_before or not split_open(sc.text, cur):
        return False
    if SENT_END.search(prev.text) or prev.text.endswith(("...", "\u2026")) or sc.reads[b - 1].header:
        return False
    if find_dateline(sc.text, cur.start, cur.end):
        return False
    earlier = set()
    for u in sc.units[: b - 1]:
        t = re.split(r"\s[-|\u2013\u2014]\s", u.text)[0]
        label = LABEL_PREFIX.match(t)
        earlier.add(norm(t[label.end() :] if label else t))
    return norm(prev.text) not in earlier


def _full_title(sc: _Scan, i: int) -> int | None:
    """The unit printing in full the title that unit ``i`` cuts short with '...' (the page title)."""
    stem = norm(sc.units[i].text.rstrip(".\u2026 "))
    if len(stem) < 12:
        return None
    for j, u in enumerate(sc.units):
        if j != i and len(u.lines) == 1 and len(u.text) < 400:
            full = norm(u.text)
            if full.startswith(stem) and len(full) > len(stem) + 1:
                return j
    return None


def _blank_unit(sc: _Scan, i: int) -> bool:
    """An image, or a unit without a word: the walk up the header passes over it."""
    s = sc.units[i].text
    return bool(_IMAGE.fullmatch(s)) or (sc.kinds[i] is None and not WORD.search(s))


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
        if _ends_header(sc, i):
            break
        kind = sc.reads[i].header
        if kind:
            # "Hon Aroha Te Rangi / Environment / 21 May 2024": the portfolio is header
            group = [] if _tags_under_title(sc, group, i) else group
            if group:
                done = True
            top = i
            # a contact's name and title may sit above its office's line
            swallow = 3 if kind == "contact" else (swallow if kind == "issuer" else 0)
            i -= 1
            continue
        if swallow and name_or_job(s):
            swallow -= 1
            top = i
            i -= 1
            continue
        swallow = 0
        if done and marked_title(s):
            # "June 5, 2026: Title" or "# Title" above the contact block or byline: that is the headline
            return i, [i], group
        if done and group and _listed(sc, i, top):
            return b, [], []  # the titles above are a list of other releases ("date / title" pairs)
        if (
            done
            or (sc.reads[i].prose and not sc.reads[i].repeated and i not in sc.titled)
            or not sc.reads[i].title
        ):
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


def _ends_header(sc: _Scan, i: int) -> bool:
    """Unit ``i`` is chrome (or the blog's post date) that ends the walk up the header; a site's
    dated stamp ("Published on 3 April 2023") is a header date line, not such chrome."""
    k = sc.kinds[i]
    stamp = k is not None and k[0] == "meta" and sc.reads[i].header == "date"
    return (k is not None and not stamp) or i == sc.posted


# a tag line (a portfolio, a topic) has at most this many words
_TAG_WORDS = 2


def _tags_under_title(sc: _Scan, group: list[int], i: int) -> bool:
    """The title lines found under header line ``i`` are tags of a word or two ("Environment"), and
    a title stands over the header lines above: the tags are header lines, not the headline."""
    if not group or any(len(words(sc.units[g].text)) > _TAG_WORDS for g in group):
        return False
    for j in range(i - 1, max(-1, i - 4), -1):
        r = sc.reads[j]
        if r.noise is not None or j == sc.posted:
            return False
        if not r.header:
            return r.title and not r.prose and len(words(r.unit.text)) >= 4
    return False


def _listed(sc: _Scan, i: int, top: int) -> bool:
    """Title unit ``i`` sits between two dates in a list of releases: a news list, not a header."""
    return (
        i > 0
        and sc.kinds[i - 1] is None
        and sc.reads[i - 1].date_line
        and sc.reads[top].date_line
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
            return nxt is None and n != sc.posted and (k[0] == "page" or sc.reads[n].prose)
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
        _ABOUT.match(s) and (len(words(s)) <= 14 or re.match(r".{6,100}?[:\u2013\u2014]|.{6,100}?\s-\s", s))
    ):
        return "about"
    return None


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
        if sc.reads[b - 1].dateline_line or _SALUTATION.fullmatch(prev):
            b -= 1
    for _ in range(4):
        if b > 0 and _sentence_above(sc, b):
            b -= 1
    return b - 1 if b > 0 and _wrapped_above(sc, b) else b


# a hard-wrapped paragraph's first line is about as wide as its other lines: at least this share
_WRAP_WIDTH = 0.85
# "Kerrigan, today announced ...": the name the line above broke off, then the sentence in lower case
_GOES_ON = re.compile(r"[A-Z][\w'\u2019.-]*,\s[a-z]")


def _wrapped_above(sc: _Scan, b: int) -> bool:
    """Unit ``b - 1`` is the first line of a typed or scanned paragraph whose next line opens with a
    capital (a name broken over the lines: "The Minister ..., Mr John / Kerrigan, today announced"):
    as wide as the paragraph's lines, a capitalised word and no stop at its end, the next line going
    on after a comma in lower case; not a header line or a title in capitals."""
    prev, cur = sc.units[b - 1], sc.units[b]
    if sc.kinds[b - 1] is not None or b - 1 == sc.posted or cur.gap_before or len(prev.lines) > 1:
        return False
    if len(cur.lines) < 2 or not _GOES_ON.match(cur.text):
        return False
    width = max(e - s for s, e in cur.lines)
    first = cur.lines[0][1] - cur.lines[0][0]
    p = prev.text
    last = words(p)[-1:]
    return (
        len(p) >= _WRAP_WIDTH * width
        and first >= _WRAP_WIDTH * width
        and bool(last)
        and last[0][0].isupper()
        and len(p) >= 40
        and not SENT_END.search(p)
        and not p.isupper()
        and not p.endswith(":")
        and sc.reads[b - 1].header is None
    )


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
    if not any((sc.kinds[j] or ("",))[0] == "meta" or FIELD_LABEL.fullmatch(units[j].text) for j in near):
        return None  # (no page metadata or field label near: a cheap test most pages fail)
    if ADVISORY.match(units[b].text):
        return None  # a media advisory's WHO/WHAT/WHEN lines are its body
    start = next((j for j in range(b + 1, min(b + 3, len(units))) if not sc.reads[j].prose), None)
    if start is None:
        return None
    dated = labelled = False
    for j in range(start, min(start + 8, len(units))):
        u, k = units[j], sc.kinds[j]
        if k is None and j != sc.posted and sc.reads[j].prose:
            return j if dated and labelled and j > start else None
        if not _in_header_block(sc, j):
            return None
        dated = dated or bool(DATE.search(u.text))
        labelled = labelled or (k is not None and k[0] == "meta") or bool(FIELD_LABEL.fullmatch(u.text))
    return None


# a standfirst is one or two sentences: at most this many words
_STANDFIRST_WORDS = 50


def _standfirst_over_date(sc: _Scan, b: int) -> bool:
    """Unit ``b`` is a one-unit summary under the headline, a bare date line under it and the
    release's prose after ("Title / A simple blood test could ... / 9 October 2024 / The team, led
    by ..."): the summary is a standfirst. Not a date given as a field ("Date: June 5, 2026")."""
    if b + 2 >= len(sc.units) or b == 0 or len(words(sc.units[b].text)) > _STANDFIRST_WORDS:
        return False
    date, nxt = sc.reads[b + 1], sc.reads[b + 2]
    return (
        date.noise is None
        and date.date_line
        and not FIELD_LABEL.match(date.unit.text)
        and nxt.noise is None
        and nxt.prose
        and sc.reads[b - 1].title
        and not sc.reads[b - 1].prose
    )


def _in_header_block(sc: _Scan, j: int) -> bool:
    """Unit ``j`` can stand in a block of header lines: page metadata or site chrome, or a short
    line (an office's line may be longer: "Department of Health and Social Care and Rosa Pemberton MP")."""
    k = sc.kinds[j]
    if k is not None:
        return k[0] in ("meta", "site")
    return len(words(sc.units[j].text)) <= 8 or sc.reads[j].header == "issuer"


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
        t = sc.closers[j]
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
    """The body's end less trailing junk, images and date lines (a date, a place and a date, a date
    or time field: "Announcement time: 15:00 JST"); and a closing place-and-date line ("CANBERRA
    27 May 1996"), which is header."""
    units = sc.units
    closing: Span | None = None
    while end - 1 > b and (
        _JUNK_TAIL.fullmatch(units[end - 1].text)
        or _skipped(sc, end - 1)
        or sc.reads[end - 1].header == "date"
    ):
        if sc.reads[end - 1].place_date and closing is None:
            closing = (units[end - 1].start, units[end - 1].end)
        end -= 1
    return end, closing


# a company's signature over its contact block has at most this many words a line
_SIGNATURE_WORDS = 4


def _signature_above(sc: _Scan, b: int, end: int, trailer_at: int | None) -> tuple[int, int | None]:
    """(body end, contact block start) with the signature lines right above a closing contact block
    moved into the block: "VALKEA OYJ / Investor Relations / For further information, please
    contact: ..." (short lines: a name in capitals, a desk; no sentence)."""
    if trailer_at is None or sc.closers[trailer_at] != "contact" or end != trailer_at:
        return end, trailer_at
    start = end
    while start - 1 > b and _signature_line(sc, start - 1):
        start -= 1
    return start, start


def _signature_line(sc: _Scan, i: int) -> bool:
    s = sc.units[i].text
    w = words(s)
    return (
        sc.kinds[i] is None
        and 0 < len(w) <= _SIGNATURE_WORDS
        and not SENT_END.search(s)
        and not sc.reads[i].prose
        and s[0].isalpha()
        and (s.isupper() or CONTACT_IN_LINE.fullmatch(s) is not None)
    )


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
        if sc.reads[j].place_date:
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
        if sc.closers[j] == "contact" or _opens_contact_block(sc, j) or _desk_contact(sc, j):
            return j
    return None


def _desk_contact(sc: _Scan, j: int) -> bool:
    """Unit ``j`` is a desk's contact line with no label: "Press Office, Department of Housing:
    press.office@housing.gov.ie, 01 888 2638" (a desk opens it, a number or an e-mail follows)."""
    s = sc.units[j].text
    return (
        not sc.reads[j].prose
        and CONTACT_IN_LINE.match(s) is not None
        and bool(PHONE.search(s) or EMAIL.search(s))
    )


def _opens_contact_block(sc: _Scan, j: int) -> bool:
    """Unit ``j`` opens a contact block with no label: a short line (a name), the lines under it
    a title and numbers ("Jane Doe / Press Officer / +44 20 7946 0000")."""
    if sc.reads[j].prose or len(words(sc.units[j].text)) > 6 or not NAME_LINE.fullmatch(sc.units[j].text):
        return False
    if sc.closers[j] == "about":
        return False  # "About Maji Safi Trust" heads the about section, not a contact
    near = range(j + 1, min(j + 4, len(sc.units)))
    if any(POSTAL_ADDRESS.search(PHONE.sub(" ", sc.units[n].text)) for n in near):
        return False  # a site's footer: "Action Center / 350 Jay Street / Brooklyn, NY 11201 / 718-250-2340"
    return any(
        not sc.reads[n].prose and bool(PHONE.search(sc.units[n].text) or EMAIL.search(sc.units[n].text))
        for n in near
    )


def _contact_block_end(sc: _Scan, k: int) -> int:
    """One past the last contact line of the block opening at unit ``k``: its names, titles and
    desks run on until prose, chrome or a long line."""
    last = k
    for j in range(k + 1, min(k + _BLOCK_UNITS, len(sc.units))):
        s = sc.units[j].text
        if (sc.kinds[j] is not None and not _contact_in_chrome(sc, j)) or sc.reads[j].prose:
            break
        if len(words(s)) > 12 and sc.kinds[j] is None:
            break
        if is_contact_line(s):
            last = j
    return last + 1


# how many units of chrome (a link section: "Associated links" and its link) may stand between the
# body and a contact block that the release's end mark closes
_CHROME_BEFORE_CONTACTS = 3


def _contact_in_chrome(sc: _Scan, j: int) -> bool:
    """A contact's line that reads like a site's bar list: "Otieno Barasa | Communications Manager |
    M: +254 722 555 014 | E: obarasa@majisafitrust.org" (a phone or an e-mail in it)."""
    k = sc.kinds[j]
    s = sc.units[j].text
    return k == ("site", None) and bool(PHONE.search(s) or EMAIL.search(s))


def _release_end(sc: _Scan, limit: int) -> int:
    """One past the release's last unit: a contact block after the end mark still belongs to it,
    and so does one under a line or two of chrome that the release's end mark closes ("Associated
    links / Atlantic Fisheries Fund / Contacts / ... / - 30 -")."""
    end_mark = sc.kinds[limit] if limit < len(sc.units) else None
    if end_mark and end_mark[0] == "end":
        k = _contact_after_end(sc, limit)
        return limit if k is None else _contact_block_end(sc, k)
    k = _contact_under_chrome(sc, limit)
    if k is None:
        return limit
    end = _contact_block_end(sc, k)
    closed = end < len(sc.units) and (sc.kinds[end] or ("",))[0] == "end"
    return end if closed else limit


def _contact_under_chrome(sc: _Scan, limit: int) -> int | None:
    """The unit opening a contact block a few units under the chrome line at ``limit``."""
    for j in range(limit + 1, min(limit + 1 + _CHROME_BEFORE_CONTACTS, len(sc.units))):
        if sc.closers[j] == "contact":
            return j
    return None


def _contact_after(sc: _Scan, limit: int) -> int | None:
    """The contact block under the end mark or the chrome at ``limit`` (see ``_release_end``)."""
    end_mark = (sc.kinds[limit] or ("",))[0] == "end"
    return _contact_after_end(sc, limit) if end_mark else _contact_under_chrome(sc, limit)


def _noise_spans(sc: _Scan, p: _Parts) -> tuple[Span, ...]:
    """Chrome lines anywhere, and every unit outside the release, except the headline's."""
    return tuple(
        (u.start, u.end)
        for i, u in enumerate(sc.units)
        if (not p.top <= i < p.release_end or sc.kinds[i] is not None or i in p.links)
        and not (p.head and p.head[0] <= i <= p.head[-1])
    )


def _not_found(sc: _Scan, platform: str | None, posted: Span | None, why: str) -> Layout:
    noise = tuple((u.start, u.end) for u, k in zip(sc.units, sc.kinds, strict=True) if k)
    return Layout(
        noise=noise, platform=platform, posted=posted, found=False, warnings=(why,), readings=sc.reads
    )


def segment(text: str) -> Layout:
    """Find the headline, header, body, about and noise of one document (see the module docstring)."""
    units = units_of(text)
    if not units:
        return Layout(found=False, warnings=("no release found: the document is empty",))
    reads = read_units(text, units)  # classify: every unit read once
    sc = _Scan(text, units, reads, [r.noise for r in reads], [_trailer_start(u.text) for u in units])
    p = _first_prose(sc)
    platform = _platform(sc)
    posted = (units[sc.posted].start, units[sc.posted].end) if sc.posted is not None else None
    if p is None:
        return _not_found(sc, platform, posted, "no release found: no running text in the document")
    b = _body_start(sc, p)
    top, head, subs = _headline_units(sc, b)
    after = b + 2 if _standfirst_over_date(sc, b) else _past_header_block(sc, b)
    if after is not None:  # the lead above the block is a standfirst: header, not body
        subs = [*subs, *(j for j in range(b, after) if sc.reads[j].prose)]
        b = after
    limit = _limit(sc, b)
    end, about_at, trailer_at = _closers(sc, b, limit)
    end, closing = _trim_tail(sc, b, end)
    end, trailer_at = _signature_above(sc, b, end, trailer_at)
    closing = closing or _closing_in_contacts(sc, trailer_at, limit)
    release_end = _release_end(sc, limit)
    tail_from = (
        trailer_at if trailer_at is not None else (_contact_after(sc, limit) if release_end > limit else None)
    )
    trailer = None
    if tail_from is not None and tail_from < release_end:
        trailer = (units[tail_from].start, units[release_end - 1].end)
    under_chrome = trailer_at is None and tail_from is not None and sc.kinds[limit] != ("end", None)
    links = range(limit, tail_from) if under_chrome and tail_from is not None else range(0)
    parts = _Parts(top, b, end, release_end, head, subs, about_at, tail_from, closing, links)
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
        readings=reads,
    )
