"""Contacts stage: the contact lines of the header and the closing block -> ``Contact`` records.

Takes the text, the layout spans that may hold contacts (the header, the trailing contact
block) and the spans to skip (headline, subtitle); gives one ``Contact`` per person or desk.
The layout decides which units are contact units and has read each unit once (its ``Reading``:
prose, a contact line, a label, an issuer); this module reads what is inside them.

How: each line is cut at its phone numbers and e-mail addresses (``read_line``); the words
before a number name who it belongs to (a person, a title, an organisation or a desk), so
"Mina Andreeva – Tel.: +32 229 91382; Marta Wieczorek – Tel.: +32 229 58167" gives two
contacts. Over the lines of a block (``read_contacts``) a name opens a contact, and the
numbers, the title line and the organisation line that follow join it. Fax numbers are not
contact phones.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import phonenumbers

from pressparse.classify import Reading, contact_cue, is_prose, read_units
from pressparse.cut import Unit, units_of
from pressparse.lexicon import (
    CONTACT_JOB_WORDS,
    CONTACT_NAME_RANKS,
    CONTACT_NOT_NAME,
    CONTACT_NOUNS,
    CONTACT_ORG_HEADS,
    CONTACT_ORG_WORDS,
    DESK_NOUNS,
    GENERIC_COUNTRY_DOMAINS,
    JOB_TITLE_HEADS,
    NAME_PARTICLES,
    RELEASE_DESKS,
    STOP_WORDS,
)
from pressparse.models import Contact
from pressparse.patterns import (
    CONTACT_LABEL,
    EMAIL,
    PHONE,
    PHONE_EXTENSION,
    PHONE_LABEL,
    POSTAL_ADDRESS,
    WEB_HOST,
)
from pressparse.textspan import Span, collapse

# words that make a run of capitalised words an organisation, a place or a label, not a person
ORG_WORDS = re.compile(rf"\b(?:{'|'.join(CONTACT_ORG_WORDS)})\b")
# a job title: "Communications Officer", "Director of Media Relations", "Head of Press"
JOB_WORDS = re.compile(rf"\b(?:{'|'.join(CONTACT_JOB_WORDS)}|Spokes\w+|Attach[eé])\b", re.IGNORECASE)
# a title opens or closes with its head: "Director, ...", "Media Relations Officer"
_JOB_EDGE = re.compile(
    rf"^(?:Senior\s|Chief\s|Deputy\s|Acting\s)?(?:{'|'.join(JOB_TITLE_HEADS)}|Associate|Head|Lead|Spokes\w+|C[EFOTIM]O|[SE]?VP)\b"
    rf"|\b(?:{'|'.join(JOB_TITLE_HEADS)}|Co-ordinator|Spokes\w+|C[EFOTIM]O|Attach[eé])\.?$",
    re.IGNORECASE,
)
# a desk or hotline printed as a contact: "PHE press office", "Amazon.com, Inc. Media Hotline"
DESK = re.compile(
    rf"\b(?:{'|'.join(RELEASE_DESKS)})\s(?:{'|'.join(DESK_NOUNS)})s?\b"
    r"|\b(?:public|corporate|external)\s(?:affairs|relations|information|communications)\b"
    r"|\b(?:communications?|information)\s(?:office|unit|team|desk|department|section)\b"
    r"|\b(?:newsroom|hotline|investor\srelations)\b",
    re.IGNORECASE,
)
# the head of an organisation's name: a run of capitalised words with one early is not a person
# ("Acme Bingo Team", "Regional Press Office")
ORG_HEADS = re.compile(rf"(?:{'|'.join(CONTACT_ORG_HEADS)})\.?")
# a word of a name, any script: "O'Keeffe", "Boakye-Agyemang", "Muñoz", an initial "E."
_WORD = re.compile(r"[^\W\d_]+(?:['\u2019\-][^\W\d_]+){0,3}\.?")
# a word glued to the next one by a scraper: "SmithEmail", "BirdSpring" (not "McDonald")
_CAMEL = re.compile(r"(?!Mc|Mac)[^\W\d_][a-z\u00e0-\u00ff]{1,30}[A-Z]\w{1,40}")
# the pieces of the words before a number: "Name, Title, Organisation – Tel.:"
_PARTS = re.compile(r"\s?(?:[,;|/&()\[\]]|\b(?:and|or)\b|\s[-\u2013\u2014]\s|\s{2,}|(?<=\w\w)\.\s)\s?")
# an organisation printed as letters with its place or unit: "WHO Ethiopia", "AIDAB Public Information"
_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
_FAX = re.compile(r"(?:(?i:fax|facsimile|telefax)|\bF)\b\.?\s?:?\s{0,3}\(?$")
# the label that closes the words before a number: "... Media Hotline, Tel.: "
_TRAILING_LABEL = re.compile(rf"(?:{PHONE_LABEL.pattern})[\s,:;\-\u2013\u2014]{{0,4}}$")
# who set after the number, in brackets or after a dash: "020 7946 0000 (Jane Smith)", "... - Jane Smith"
_ASIDE_AFTER = re.compile(r"\s{0,3}[(\u2013\u2014-]")
# the noun that closes a contact label: "Investor Relations Contact", "Media Contacts"
_LABEL_NOUN = re.compile(rf"\s(?:{'|'.join(CONTACT_NOUNS)})$", re.IGNORECASE)
# the words before "Office" that make it the head of an organisation's name, not a phone label:
# an owner ("Minister's") or a name after "the" ("call the Teaching Support")
_OFFICE_OWNER = re.compile(
    r"\w['\u2019]s?$|\b(?i:the)\s(?:[A-Z][\w'\u2019-]{0,30}\s){0,4}[A-Z][\w'\u2019-]{0,30}$"
)
# a dash after a member's name, then the adviser who speaks for them: "Senator Di Natale - Andrew Blyberg"
_FOR_DASH = re.compile(r"[\w'\u2019.]{1,30}(?:\s[\w'\u2019.-]{1,30}){0,3}\s[-\u2013\u2014]\s")
# the small words that link who to the number: "contact the press office on 0161 ...", "Jo Bloggs at"
_LINKING = re.compile(r"\s(?:on|at|via|or|by)$", re.IGNORECASE)
_ARTICLE = re.compile(r"^(?:the|our)\s", re.IGNORECASE)
_EXTENSION = re.compile(PHONE_EXTENSION + "$")
# a short local number is a phone only after a phone label or in a labelled contact line:
# "Phone 277 4022", "please ring E. Klein (88 4136 a.h.)"
_LOCAL_PHONE = re.compile(r"(?<![\w/.-])(?:\(\d{2,4}\)|\d{2,4})[\s.-]\d{3,4}(?:[\s.-]\d{2,4})?(?![\w/-])")


# at most this many words stand before a contact's first number: "Prince Zeeshan Ali, Co-founder"
_LEAD_WORDS = 6

# a contact block is one stretch: after this many units with no contact, what follows is another
# document pasted under the release ("A full list of the new grants is attached." and the list)
_BLOCK_GAP = 10


@dataclass
class _Piece:
    """What one stretch of a line says: who (names, title, organisation) and their numbers."""

    names: list[str] = field(default_factory=list)
    title: str | None = None
    organization: str | None = None
    phones: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)

    @property
    def who(self) -> bool:
        return bool(self.names or self.organization)

    @property
    def numbers(self) -> bool:
        return bool(self.phones or self.emails)


@dataclass
class _Draft:
    """A contact being read over several lines."""

    start: int
    end: int
    name: str | None = None
    title: str | None = None
    organization: str | None = None
    phones: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)

    @property
    def numbers(self) -> bool:
        return bool(self.phones or self.emails)

    def add(self, piece: _Piece) -> None:
        self.title = self.title or piece.title
        self.organization = self.organization or piece.organization
        self.phones += [p for p in piece.phones if p not in self.phones]
        self.emails += [x for x in piece.emails if x not in self.emails]

    def contact(self, region: str | None = None) -> Contact:
        return Contact(
            name=self.name,
            title=self.title,
            organization=self.organization,
            phones=self.phones,
            e164=[to_e164(p, region) for p in self.phones],
            emails=self.emails,
            span=(self.start, self.end),
        )


def to_e164(phone: str, region: str | None = None) -> str | None:
    """A printed phone number in E.164 ("+32 229 91382" -> "+3222991382"; "202-282-8010" ->
    "+12022828010"), None where the number does not give its country and ``region`` (the
    release's country, "GB") does not either ("020 7946 0000" could be any country's), or is
    not a valid number. An extension is left out."""
    number = _EXTENSION.sub("", phone)
    digits = re.sub(r"\D", "", number)
    if number.lstrip().startswith("+"):
        region = None
    elif region is None and (
        (len(digits) == 10 and digits[0] in "23456789") or (len(digits) == 11 and digits[0] == "1")
    ):
        region = "US"  # the North American plan: "(305) 547-0535", "1-800-555-0199"
    elif region is None:
        return None
    try:
        parsed = phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(parsed):
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def region_hint(phones: list[str], hosts: list[str]) -> str | None:
    """The country a release's national numbers belong to: the country of its international
    numbers ("+358 10 709 0000" -> "FI"), else of its e-mail or web domains ("press@council.gov.uk"
    -> "GB"); None where neither says (".com", ".org", ".int", ".io")."""
    for p in phones:
        if p.lstrip().startswith("+"):
            try:
                return phonenumbers.region_code_for_number(phonenumbers.parse(_EXTENSION.sub("", p), None))
            except phonenumbers.NumberParseException:
                continue
    for h in hosts:
        tld = h.rsplit(".", 1)[-1].lower()
        region = "GB" if tld == "uk" else tld.upper()
        if tld not in GENERIC_COUNTRY_DOMAINS and region in phonenumbers.SUPPORTED_REGIONS:
            return region
    return None


def release_region(text: str, spans: list[Span]) -> str | None:
    """The country the web and e-mail domains of the release's own text name ("www.immi.gov.au"
    -> "AU"), a hint for the national numbers of its contacts."""
    hosts = [m.group() for s, e in spans for m in WEB_HOST.finditer(text, s, e)]
    return region_hint([], hosts)


def _is_name_word(w: str) -> bool:
    acronym = w.isalpha() and w.isupper() and 2 <= len(w) <= 3
    heading = w.rstrip(".").split("-")[0].capitalize() in CONTACT_NOT_NAME  # "IMMEDIATE", "Forward-Looking"
    return w[0].isupper() and not heading and not acronym


def name_in(s: str) -> str | None:
    """The first person's name in ``s``: two to four capitalised words (any script; initials
    and particles inside) apart by spaces only, cut before an organisation or job word."""
    if len(s) > 200:
        return None
    run: list[str] = []
    last = 0
    before = prev = ""  # the word before the run ("Office of Senator Lee Rhiannon": an office's)
    for m in [*_WORD.finditer(s), None]:
        w = m.group() if m else ""
        joined = m is not None and bool(run) and s[last : m.start()] in (" ", "  ")
        if m is not None and (not run or joined) and (_is_name_word(w) or (run and w in NAME_PARTICLES)):
            before = before if run else prev
            run.append(w)
            last = m.end()
            prev = w
            continue
        # "Acme Bingo Team": capitalised words before an organisation's head are its name
        name = None if (joined and ORG_HEADS.fullmatch(w)) or before.lower() == "of" else _name_of(run)
        if name:
            return name
        run = [w] if m is not None and _is_name_word(w) else []
        before = prev
        prev = w
        last = m.end() if m is not None else last
    return None


def _name_of(run: list[str]) -> str | None:
    # "Senator Andrew Bartlett", "Richfield City Administrator Woody Farnsworth": the name is
    # the words after the last rank
    ranks = [i for i, t in enumerate(run[:-2]) if t.rstrip(".").lower() in CONTACT_NAME_RANKS]
    run = run[ranks[-1] + 1 :] if ranks else run
    if any(ORG_HEADS.fullmatch(t) for t in run[:3]):
        return None
    toks: list[str] = []
    for t in run:
        if ORG_WORDS.search(t) or JOB_WORDS.fullmatch(t.rstrip(".")):
            break
        if toks and _CAMEL.fullmatch(t):
            break
        toks.append(t)
    while toks and toks[-1] in NAME_PARTICLES:
        toks.pop()
    toks = toks[:4]
    if toks and toks[-1].endswith(".") and len(toks[-1]) > 2:
        toks[-1] = toks[-1][:-1]
    full = [t for t in toks if len(t.rstrip(".")) > 1]
    # a person's name: a surname, not one word twice ("Team Team")
    if len(toks) >= 2 and full and len({t.lower() for t in toks}) == len(toks) and not toks[-1].endswith("."):
        return " ".join(toks)
    return None


def _who(gap: str, piece: _Piece) -> None:
    """Read the names, title and organisation in the words before a number into ``piece``."""
    if POSTAL_ADDRESS.search(gap):
        return
    whole = _unlabelled(gap)
    if not whole or name_in(whole):
        pass
    elif _JOB_EDGE.search(whole) and len(whole.split()) <= 8:
        piece.title = piece.title or whole
        return
    elif DESK.search(whole) and len(whole.split()) <= 8:
        # a desk printed as the contact: "PHE press office", "Amazon.com, Inc. Media Hotline"
        piece.organization = whole
        return
    _read_parts(gap, piece)


def _for_member(gap: str, part: str, name: str) -> bool:
    """A member's name printed with a rank, a dash after it: "Senator Di Natale - Andrew Blyberg"."""
    return part.split()[0].rstrip(".").lower() in CONTACT_NAME_RANKS and bool(
        _FOR_DASH.match(gap, max(0, gap.find(name)))
    )


def _read_parts(gap: str, piece: _Piece) -> None:
    """Read the pieces of the words before a number ("Name, Title, Organisation") into ``piece``."""
    members: list[tuple[str, str]] = []  # names printed with a rank before a dash, and their part
    for part in map(_unlabelled, _PARTS.split(gap)):
        if not any(c.isalpha() for c in part):
            continue
        n = name_in(part) if len(part.split()) <= 5 else None
        if n:
            if _for_member(gap, part, n):
                members.append((n, part))
            piece.names.append(n)
            rest = collapse(part.replace(n, " ", 1)).strip(" .:-")
            if rest and _JOB_EDGE.search(rest) and not piece.title:
                piece.title = rest
        elif _JOB_EDGE.search(part) and len(part.split()) <= 8:
            piece.title = piece.title or part
        elif len(part.split()) <= 8 and part[0].isupper() and (ORG_WORDS.search(part) or _org_letters(part)):
            piece.organization = piece.organization or part
    if members and len(members) < len(piece.names):
        # the adviser is the contact, the member they speak for is the organisation
        piece.names = [n for n in piece.names if n not in {m for m, _ in members}]
        piece.organization = piece.organization or members[0][1]


def _unlabelled(gap: str) -> str:
    """The words before a number without the phone labels that close them ("Tel.:"), unless
    the label is part of a desk's name ("PHE press office:")."""
    out = collapse(gap).strip(" ,;:.(-\u2013\u2014")
    out = _LINKING.sub("", out)  # "the press office on", "Senator Jo Bloggs at"
    for _ in range(3):
        m = _TRAILING_LABEL.search(out)
        if not m:
            break
        cut = out[: m.start()].rstrip(" ,;:(-\u2013\u2014")
        if DESK.search(out) and not DESK.search(cut):
            break
        if ORG_HEADS.fullmatch(m.group().strip(" .:")) and _OFFICE_OWNER.search(cut):
            break  # "Minister's Office", "the Teaching Support Office": an organisation's head, no label
        out = cut
    return _ARTICLE.sub("", out)


def _org_letters(part: str) -> bool:
    """An organisation in capitalised words with its letters: "WHO Ethiopia", "UNICEF Kenya"."""
    words = part.split()
    return (
        len(words) >= 2
        and words[0].capitalize() not in CONTACT_NOT_NAME  # "FOR IMMEDIATE RELEASE" is a label
        and bool(_ACRONYM.search(part))
        and all(w[0].isupper() or w in NAME_PARTICLES for w in words)
    )


def read_line(line: str) -> list[_Piece]:
    """The contacts one line gives, in order: a piece per person (or desk) with its numbers.

    "Media enquiries: Graham Munson 0417 148 110" gives one piece; "Mina Andreeva – Tel.: +32
    229 91382; Marta Wieczorek – Tel.: +32 229 58167" two; "Telephone (02) 6277 7860
    Facsimile (02) 6273 4144" one phone (a fax number is not a contact phone).
    """
    at = _label_end(line)
    hits = _hits(line, at, labelled=at > 0)
    pieces: list[_Piece] = []
    cur = _Piece()
    if DESK.search(line[:at]):
        # the desk of a label, less its noun: "Investor Relations Contact:" -> "Investor Relations"
        cur.organization = _LABEL_NOUN.sub("", collapse(line[:at]).strip(" :(-\u2013\u2014"))
    pos, fax = at, False
    for a, b, kind in hits:
        gap = line[pos:a]
        if cur.numbers and _sentence(gap):
            break  # "... 0437 863 109  The service can be contacted 24 hours a day on 1800 011 046."
        new = _Piece()
        _who(gap, new)
        if new.who and cur.numbers:
            pieces.append(cur)
            cur = new
        elif new.who:
            _join(cur, new)
        fax = bool(_FAX.search(gap)) or (fax and not any(c.isalpha() for c in gap))
        if kind == "e":
            cur.emails.append(line[a:b])
        elif not fax:
            cur.phones.append(line[a:b].strip())
        pos = b
    tail = _Piece()
    if not is_prose(line[pos:]):
        _who(line[pos:], tail)
    if tail.names and cur.numbers and not cur.names and _ASIDE_AFTER.match(line, pos):
        _join(cur, tail)  # "Tel: 020 7946 0000 – Jane Smith, Press Officer": the name after its number
    elif tail.names and cur.numbers:
        pieces.append(cur)
        cur = tail
    elif not hits:
        _join(cur, tail)
    if cur.who or cur.numbers or cur.title:
        pieces.append(cur)
    return pieces


def _label_end(line: str) -> int:
    """Where the contact label of a line ends, 0 where it has none: "Contact: ", "CANBERRA For
    further information contact " (a place or a date may stand before the label)."""
    m = CONTACT_LABEL.match(line)
    if m:
        return m.end()
    cue = contact_cue(line)
    return cue.end() if cue else 0


def _sentence(gap: str) -> bool:
    """Words between two numbers that make a sentence (a service's line, not the contact's
    next number): eight words or more, three of them lower-case content words."""
    words = _WORD.findall(gap)
    low = [w for w in words if w[0].islower() and w.lower() not in STOP_WORDS]
    return len(words) >= 8 and len(low) >= 3


def _hits(line: str, at: int, *, labelled: bool) -> list[tuple[int, int, str]]:
    """The phones ("p") and e-mails ("e") of a line after ``at``, in order; a local number
    ("6277 7860") counts only on a contact line or after a phone label."""
    hits = [(x.start(), x.end(), "p") for x in PHONE.finditer(line, at)]
    hits += [(x.start(), x.end(), "e") for x in EMAIL.finditer(line, at)]
    if labelled or PHONE_LABEL.search(line, at):
        for x in _LOCAL_PHONE.finditer(line, at):
            near_label = PHONE_LABEL.search(line[max(at, x.start() - 14) : x.start()])
            if (labelled or near_label) and not any(a < x.end() and x.start() < b for a, b, _ in hits):
                hits.append((x.start(), x.end(), "p"))
    return sorted(hits)


def _join(cur: _Piece, more: _Piece) -> None:
    """Add the names read in ``more`` to ``cur``, keeping ``cur``'s title and organisation."""
    cur.names += more.names
    cur.title = cur.title or more.title
    cur.organization = cur.organization or more.organization


def _in_block(units: Sequence[Reading], k: int) -> bool:
    """A unit of a contact block: a contact line that is not running text, or a short line just
    above one (the units' readings say which)."""
    r = units[k]
    line = r.unit.text
    if CONTACT_LABEL.match(line):
        return True
    if r.contact:
        # a number in running text is a business's or a tip line, not a contact; a contact that
        # runs on into the text (a flattened page) opens with its name and number
        first = min((m.start() for rx in (PHONE, EMAIL) for m in [rx.search(line)] if m), default=0)
        if POSTAL_ADDRESS.search(line[:first]) and not _labelled_above(units, k):
            return False  # a letterhead's address and switchboard: "Parliament House ACT 2600 (06) 277 7860"
        return not r.prose or len(line[:first].split()) <= _LEAD_WORDS
    near = any(v.contact for v in units[k + 1 : k + 4])
    return near and not (r.label or r.issuer or r.prose)


def _org_line(line: str, piece: _Piece) -> bool:
    """A line under a contact's name that names an organisation, not a second person: letters
    ("UNICEF") and more words than a name ("UNICEF Latin America and the Caribbean")."""
    if (
        piece.numbers
        or piece.title
        or len(piece.names) > 1
        or len(line.split()) > 8
        or not _ACRONYM.search(line)
        or (line.isupper() and len(line.split()) > 1)  # a heading in capitals: "NOTE FOR EDITORS"
    ):
        return False
    return not piece.names or collapse(line).strip(" ,.") != piece.names[0]


def _distinct(drafts: list[_Draft]) -> list[_Draft]:
    """The contacts less a nameless one whose numbers an earlier or a named contact gives."""

    def given(d: _Draft, o: _Draft) -> bool:
        return set(d.phones) <= set(o.phones) and set(d.emails) <= set(o.emails)

    return [
        d
        for k, d in enumerate(drafts)
        if d.name or not any(given(d, o) for j, o in enumerate(drafts) if j < k or (j > k and o.name))
    ]


def _heading(line: str) -> bool:
    """A line that heads the next contact of a block: a contact label ("Investor Relations:") or
    a short line closed by a colon ("Investors:", "Media:")."""
    return bool(_label_end(line)) or (line.rstrip().endswith(":") and len(line.split()) <= 4)


def _labelled_above(units: Sequence[Reading], k: int) -> bool:
    """A contact label stands on one of the few lines above unit ``k``: it opens a contact block."""
    return any(_label_end(v.unit.text) for v in units[max(0, k - 4) : k])


@dataclass
class _Reader:
    """Contacts read over the units of a release's contact regions, one piece at a time."""

    out: list[_Draft] = field(default_factory=list)
    cur: _Draft | None = None

    def close(self) -> None:
        if self.cur and self.cur.numbers:
            self.out.append(self.cur)
        self.cur = None

    def take(self, u: Unit, piece: _Piece) -> None:
        """Add one piece of unit ``u``: a name opens a contact, a desk after a full one too."""
        cur = self.cur
        if cur and cur.name and not cur.numbers and _org_line(u.text, piece):
            piece = _Piece(organization=collapse(u.text))  # the name's organisation line
        if piece.names:
            # a desk's label line above the name is the name's organisation ("Investor Relations:")
            desk = cur.organization if cur and not (cur.name or cur.numbers) else None
            self.close()
            for n in piece.names[:-1]:  # several names before one number share it
                shared = _Draft(u.start, u.end, name=n)
                shared.add(piece)
                if shared.numbers:
                    self.out.append(shared)
            cur = _Draft(u.start, u.end, name=piece.names[-1], organization=desk)
        elif cur is None or (piece.organization and cur.numbers and (piece.numbers or _heading(u.text))):
            self.close()
            cur = _Draft(u.start, u.end)
        cur.add(piece)
        cur.end = u.end
        self.cur = cur

    def read(self, units: Sequence[Reading]) -> None:
        """Read the contact block units of one region; a contact does not run on into the next."""
        self.close()
        last = None  # the last unit read as a contact's
        for k, r in enumerate(units):
            if last is not None and k - last > _BLOCK_GAP:
                break  # a document pasted under the contacts (a list of grants and its offices)
            if _in_block(units, k):
                last = k
                for piece in read_line(r.unit.text):
                    self.take(r.unit, piece)
        self.close()


def read_contacts(
    text: str,
    spans: list[Span],
    skip: tuple[Span, ...],
    region: str | None = None,
    readings: Sequence[Reading] = (),
) -> list[Contact]:
    """Contacts of the contact lines in ``spans`` (units starting in ``skip`` are left out).

    A name opens a contact; numbers, and a title or organisation line under the name, join it.
    Several names before one number share it ("Barry Piatt or Brenden Timpe, 202/224-2551").
    A contact without a phone or an e-mail is dropped; national numbers get the E.164 of the
    country the block's other numbers and e-mail domains name, else of ``region`` (the release's).
    ``readings`` are the layout's readings of the text's units (read here when not given).
    """
    reader = _Reader()
    readings = readings or read_units(text, units_of(text))
    for s, e in spans:
        units = [r for r in readings if r.unit.start >= s and r.unit.end <= e]
        reader.read([r for r in units if not any(a <= r.unit.start < b for a, b in skip)])
    out = _distinct(reader.out)
    region = region_hint([x for d in out for x in d.phones], [x for d in out for x in d.emails]) or region
    return [d.contact(region) for d in out]
