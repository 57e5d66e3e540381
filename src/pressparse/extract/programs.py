"""Program extractor: named programs, initiatives, operations, laws, reports.

Takes a ``Context`` with the release's acronyms (``ctx.acronyms``); gives a tuple of
``Program`` items with spans into the decoded input.

A program is found by the head noun of a proper-name chunk (the context's ``ctx.chunked``,
read once per document and shared with organisations):
``X Act of 2005``, ``X Initiative``, ``U.S.-Canada Joint Border Threat and Risk
Assessment``, a lower-case head after the name (``X (JAG) program``, ``Spectrum
Relocation bill``), a head noun in front (``Operation Wrong Turn``, ``Project Global
Shield``), or a title printed after a kind noun and a dash, colon or "called"
(``a declaration—Beyond the Border: A Shared Vision for ...``). Organisations, offices,
task forces and descriptive references ("the immigration bill", "the Senate bill") are
not programs. Each program is given once, by its fullest printed name; short forms
(``the Initiative``, ``JAG program``, a quoted ``"Shared Vision"``, repeats) are joined
to it as ``mentions`` (every other place it is named).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise
from typing import Final

from pressparse.context import Context
from pressparse.extract.acronyms import align, coined, core, is_acronym, letters
from pressparse.lexicon import (
    AWARENESS_HEADS,
    BROADCAST_WORDS,
    CALENDAR_NAMES,
    CRIME_WORDS,
    DESCRIPTIVE_WORDS,
    EVENT_WORDS,
    FINANCE_FACILITY_WORDS,
    GENERIC_PROGRAM_HEADS,
    HYPHEN_PREFIXES,
    INSTITUTION_WORDS,
    KIND_OF_NOUN,
    NAME_CONNECTORS,
    NOT_NAME,
    PLACE_HEADS,
    PLAN_TITLE_HEADS,
    POLICY_FIELDS,
    PROGRAM_DETERMINERS,
    PROGRAM_FRONT_HEADS,
    PROGRAM_FRONT_OF_HEADS,
    PROGRAM_HEAD_WORDS,
    PROGRAM_HEADS,
    PROGRAM_KIND_NOUNS,
    PROGRAM_LOWER_HEADS,
    PROGRAM_NUMBERED_HEADS,
    PROGRAM_ORG_WORDS,
    PROGRAM_ROLE_WORDS,
    PROJECT_JOB_WORDS,
    SENTENCE_OPENERS,
    SURNAME_TITLES,
    TITLE_SMALL_WORDS,
)
from pressparse.models import Acronym, Program
from pressparse.nlp import Entity
from pressparse.text.chunks import Chunk, Chunked, inside, is_year
from pressparse.text.names import is_given_name
from pressparse.text.tokens import Word, words
from pressparse.textspan import Span, collapse

# lower-case heads that one plain capitalised word may name: "the Medicare program"
_SINGLE_WORD_HEADS = frozenset({"program", "programme", "initiative"})
# the endings of words that say whose a program is, not what it is: "the French program"
_DEMONYM = re.compile(r"(?:an|ese|ish|ench|ai)$")
# a place after a program's head is not part of its name: "Education Abroad Program in Budapest"
_PLACE_AFTER = frozenset({"in", "at"})
# the words after which a program's name starts anew: "the Bureau in the Action Plan on X"
_AFTER_OWNER = _PLACE_AFTER | {"the"}
# "Title II of the Civil Rights Act", "Round 3 of the X Program": the part is not the program
_PART_OF = re.compile(
    r"(?:Title|Section|Part|Chapter|Article|Subtitle|Division|Round|Phase|Stage|Tranche)\s+\S+\s+of\s+(?:the\s+)?"
)
# entity labels that mean a head word names no program ("John Grant", "Grant County")
_NOT_PROGRAM_LABELS = frozenset({"PERSON", "GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "MONEY", "CARDINAL"})

# a kind noun followed by a title: "a historic declaration—Beyond the Border: ...", "report, titled"
_KIND_NOUNS = "|".join(PROGRAM_KIND_NOUNS)
_TITLE_LEAD = re.compile(
    rf"\b(?P<noun>{_KIND_NOUNS})\b(?:,?\s{{0,20}}(?:[—–]|--)\s*|:\s+|,\s{{1,20}}(?=[\"“])|,?\s{{1,20}}(?:called|titled|entitled|"
    rf"named|dubbed|known\s+as)\s+)(?P<quote>[\"“])?",
)
_LOWER_HEAD = re.compile(
    r"\s{0,20}(?:(?P<acr>\([A-Za-z0-9&./-]{2,12}\))\s{0,20})?(?P<head>"
    + "|".join(PROGRAM_LOWER_HEADS)
    + r")\b(?!-)"
)
_QUOTED = re.compile(r"[\"“](?P<inner>[A-Z][^\"“”\n]{1,80}?)[\"”]")
_BARE_HEAD = re.compile(r"\b[Tt]he\s+(?P<head>[A-Z][a-z]+)\b")


# a word that is a web address: "NoCharityNeeded.com"
_WEB_ADDRESS = re.compile(r"\.(?:com|org|net|gov|edu|info|io|co)\b", re.IGNORECASE)
# a parenthesis inside a name: "Community Settlement Services (CSS) Scheme"
_INNER_PAREN = re.compile(r"\s{0,20}\([^()\n]{1,60}\)\s{0,20}")


@dataclass(frozen=True)
class _Doc:
    text: str
    regions: tuple[Span, ...]
    entities: tuple[Entity, ...]
    org_acronyms: frozenset[str] = frozenset()  # acronyms the release defines as organisations


# a fiscal year in front of a name: "Fiscal Year 2004 Assistance to Firefighters Grant Program"
_FISCAL_YEAR = re.compile(r"(?i:fiscal\s+years?|FY)[\s-]*(?:19|20)?\d\d\s+")
# a fiscal year written as one word: "FY05", "FY2006"
_FY_WORD = re.compile(r"FY\d{2,4}")
# a year or a run of years in front of a name: "1994-95", "2024"
_YEARS = re.compile(r"\d{2,4}(?:[-–/]\d{2,4})?")
# what only an organisation has before its name: "a board member of the Santa Cruz AIDS Project",
# "partners such as the Global Fund", "in partnership with the X Project"
_ORG_BEFORE = re.compile(
    r"\b(?:board(?:\s+members?)?\s+of|partners\s+(?:such\s+as|including|like)|partner(?:ed|ing|ship)?\s+with)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# an ordinal word or number: "First", "14th"
_ORDINAL = re.compile(
    r"(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Thirteenth|"
    r"Fourteenth|Fifteenth|Sixteenth|Seventeenth|Eighteenth|Nineteenth|Twentieth|\d+(?:st|nd|rd|th))"
)
# a hyphened participle in front of a name: "OCHA-managed", "state-funded", "community-led"
_MODIFIER = re.compile(r"-[a-z]+(?:ed|run)$")
# a sponsor-named bill or amendment: "Biden-Brownback amendment", "Kennedy-Kassebaum bill"
_SPONSORS = re.compile(r"[A-Z][a-z]{2,}(?:-[A-Z][a-z]{2,})+")
_SPONSOR_HEADS = frozenset({"amendment", "bill", "act", "law"})
# a title that opens with a verb and its object before a law's name: "Keep it in the Ground Act"
_VERB_TITLE = re.compile(
    r"\b(?P<verb>[A-Z][a-z]+)\s+(?:it|It|them|Them|us|Us)\s+(?:(?:in|on|to|for|of|the|and|out|up|off|back|down)\s+){0,3}$"
)
# small words left at the front of a name once a number is cut off: "000 for the Courtroom 21 Project"
_LEADING_SMALL = NAME_CONNECTORS | {"the"}


@dataclass(frozen=True)
class _Cand:
    name: str
    kind: str | None
    span: Span
    head: str | None  # the capitalised head word, lower case, for "the Act"
    new: bool  # False for short forms, which only join a program found elsewhere

    def key(self, expand: dict[str, list[str]]) -> frozenset[str]:
        """Its words in lower case and singular, acronyms spelt out, without generic heads."""
        toks: list[str] = []
        for w in _name_words(self.name):
            toks.extend(expand.get(w, [w.lower()]))
        return frozenset(_singular(t) for t in toks if t not in GENERIC_PROGRAM_HEADS and t != "the")


@lru_cache(maxsize=4096)
def _name_words(name: str) -> tuple[str, ...]:
    return tuple(re.sub(r"['’]s?$", "", w).strip(".") for w in re.findall(r"[\w’'.&-]+", name))


def _singular(w: str) -> str:
    return w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w


def _name(text: str, span: Span, cut: Span | None = None) -> str:
    """The name as printed, without an acronym (or expansion) in parentheses inside it."""
    if cut:
        return _name(text, (span[0], cut[0])) + " " + _name(text, (cut[1], span[1]))
    return collapse(_INNER_PAREN.sub(" ", text[span[0] : span[1]]))


def _word_stem(w: Word) -> str:
    return w.stem.lower().rstrip("'’.")


def _blocked(doc: _Doc, w: Word) -> bool:
    """Whether the model says this word belongs to a person, place, date or amount."""
    return any(e.start <= w.start and w.end <= e.end and e.label in _NOT_PROGRAM_LABELS for e in doc.entities)


def _institution_only(ws: tuple[Word, ...] | list[Word]) -> bool:
    return all(w.lower in INSTITUTION_WORDS or w.lower in TITLE_SMALL_WORDS or w.number for w in ws)


def _descriptive(ws: tuple[Word, ...] | list[Word], kind: str) -> bool:
    """Whether the words before the head only describe ("Deferred Prosecution Agreement"), or
    a bill is named for what it does ("Defense Authorization bill"); a law keeps its name."""
    if all(
        w.lower in DESCRIPTIVE_WORDS | INSTITUTION_WORDS or w.lower in TITLE_SMALL_WORDS or w.number
        for w in ws
    ):
        return True
    if _named_appropriations(ws):
        return False
    return kind in _NAMED_FOR_WHAT_THEY_DO and bool(ws) and ws[-1].lower in DESCRIPTIVE_WORDS - {"emergency"}


def _named_appropriations(ws: tuple[Word, ...] | list[Word]) -> bool:
    """An appropriations bill named by its subject ("Energy and Water Development Appropriations bill",
    "Homeland Security Appropriations bill"), not by who passes it ("Senate Appropriations bill") nor
    by a fragment of an agencies' list ("Related Agencies Appropriations Bill")."""
    if len(ws) < 2 or ws[-1].text != "Appropriations":
        return False
    subject = [w for w in ws[:-1] if w.lower not in TITLE_SMALL_WORDS]
    return (
        bool(subject)
        and all(w.capitalised for w in subject)
        and not _has_org_word(subject)
        and not all(w.lower in DESCRIPTIVE_WORDS | INSTITUTION_WORDS for w in subject)
    )


# kinds of documents named for what they do: "Defense Authorization bill", "Settlement Agreement"
_NAMED_FOR_WHAT_THEY_DO = frozenset({"bill", "agreement", "report", "declaration"})


def _has_org_word(ws: tuple[Word, ...] | list[Word]) -> bool:
    return any(_word_stem(w) in PROGRAM_ORG_WORDS for w in ws)


def _lower_head(text: str, end: int) -> tuple[str, Span, Span | None] | None:
    """The lower-case head noun right after a name ending at ``end``, perhaps past an acronym
    (``Grant (JAG) program``): the noun, its span and the span of the acronym to leave out."""
    m = _LOWER_HEAD.match(text, end)
    if not m or text.count("\n", m.start(), m.end()) > 1:
        return None
    return m.group("head"), m.span("head"), m.span("acr") if m.group("acr") else None


def _after_role(ws: list[Word]) -> list[Word]:
    """The words after a person's role: "Regional Representative for the Assistance to ... Program"."""
    role = max((i for i, w in enumerate(ws[:-1]) if w.lower in PROGRAM_ROLE_WORDS), default=-1)
    if role < 0:
        return ws
    ws = ws[role + 1 :]
    while ws and not (ws[0].capitalised or ws[0].number):
        ws = ws[1:]
    return ws


def _single_word_name(doc: _Doc, w: Word, head: str, acronyms: set[str]) -> bool | None:
    """Whether one word before a lower-case head names a program: an acronym or a coinage
    (``AVoHC-SURGE program``, ``NextGenerationEU programme``: True), or a plain word after a
    determiner before a program-like head (``the Medicare program``: True, but never a given
    name, an institution or, by the model, a person or place); ``None`` when it names none."""
    if _WEB_ADDRESS.search(w.text):
        return None  # "the NoCharityNeeded.com program": a site
    if w.text in acronyms or is_acronym(w.text) or coined(w.text):
        return True
    if (
        head in _SPONSOR_HEADS
        and _SPONSORS.fullmatch(w.text)
        and w.text.split("-")[0].lower() not in HYPHEN_PREFIXES
    ):
        return False  # "the Biden-Brownback amendment": named for its sponsors
    before = doc.text[max(0, w.start - 8) : w.start].split()
    if (
        head in _SINGLE_WORD_HEADS
        and before
        and before[-1].lower() in PROGRAM_DETERMINERS
        and w.text[:1].isupper()
        and w.lower not in INSTITUTION_WORDS | PROGRAM_ORG_WORDS | EVENT_WORDS | NOT_NAME
        and not is_given_name(w.text)
        and not any(_DEMONYM.search(part) for part in w.text.split("-"))
        and not _blocked(doc, w)
    ):
        return False
    return None


def _with_lower_head(
    doc: _Doc, ws: list[Word], lower: tuple[str, Span, Span | None], acronyms: set[str]
) -> _Cand | None:
    """A name before a lower-case head noun: "Spectrum Relocation bill", "the JAG program"."""
    head, head_span, cut = lower
    article = max((i for i, w in enumerate(ws) if w.lower == "the"), default=-1)
    ws = ws[article + 1 :]  # "Staff of the Sanders campaign": the name is after the article
    while ws and (_YEARS.fullmatch(ws[0].text) or _FY_WORD.fullmatch(ws[0].text)):
        ws = ws[
            1:
        ]  # "the 1994-95 GAANN program", "FY05 Defense Appropriations bill": the year is not the name's
    if not ws:
        return None
    if _word_stem(ws[-1]) in PROGRAM_ORG_WORDS | EVENT_WORDS or _word_stem(ws[0]) in PROGRAM_ORG_WORDS:
        return None
    if _institution_only(ws) or _descriptive(ws, head) or any(w.possessive for w in ws):
        return None
    if ws[-1].text[-1] in "'’" and not ws[-1].possessive:
        return None  # a phrase in single quotes: "Bush's 'Violent Criminals Can Vote' amendment"
    if len(ws) <= 3 and is_given_name(ws[0].text):
        return None  # a person's: "the Donald J. Trump campaign"
    short = None
    if len(ws) < 2:
        single = _single_word_name(doc, ws[0], head, acronyms)
        if single is None:
            return None
        short = single and (ws[0].text in acronyms or ws[0].text.isupper())
    span = (ws[0].start, head_span[1])
    return _Cand(_name(doc.text, span, cut), PROGRAM_LOWER_HEADS[head], span, None, not short)


def _front_named(text: str, ws: list[Word], i: int) -> _Cand | None:
    """The name after a head in front: "Operation Wrong Turn", "Project Global Shield"."""
    w = ws[i]
    rest = ws[i + 1 :]
    end = next((k for k, x in enumerate(rest) if _word_stem(x) in PROGRAM_ORG_WORDS), len(rest))
    rest = rest[:end]
    while rest and not rest[-1].capitalised and not rest[-1].number:
        rest.pop()
    if not rest or (len(ws) > i + 1 + len(rest) and _word_stem(ws[-1]) in PROGRAM_HEADS):
        return None
    span = (w.start, rest[-1].end)
    return _Cand(_name(text, span), PROGRAM_FRONT_HEADS[w.lower], span, w.lower, True)


def _with_front_head(text: str, ws: list[Word]) -> _Cand | None:
    """A head noun in front: "Operation Wrong Turn", "Treaty of Lisbon", "Review of X"."""
    for i, w in enumerate(ws[:-1]):
        nxt = ws[i + 1]
        if (
            w.lower in PROGRAM_FRONT_HEADS
            and nxt.text[:1].isalpha()
            and nxt.capitalised
            and nxt.lower not in PROJECT_JOB_WORDS
        ):
            found = _front_named(text, ws, i)
            if found is not None:
                return found
        if w.lower in PROGRAM_NUMBERED_HEADS and w.capitalised and nxt.text.isdigit():
            span = (w.start, nxt.end)  # "Proposition 209"
            return _Cand(_name(text, span), PROGRAM_NUMBERED_HEADS[w.lower], span, w.lower, True)
        if w.lower in PROGRAM_FRONT_OF_HEADS and nxt.lower in ("of", "on") and _adjectives(ws[:i]):
            span = (ws[0].start, ws[-1].end)  # "(International) Convention on the Rights of X"
            return _Cand(_name(text, span), PROGRAM_FRONT_OF_HEADS[w.lower], span, w.lower, True)
    return None


def _adjectives(ws: list[Word]) -> bool:
    """Capitalised words in front of a head that may open its name ("International"), no organisation's."""
    return len(ws) <= 2 and all(w.capitalised and _word_stem(w) not in PROGRAM_ORG_WORDS for w in ws)


def _end_head(ws: list[Word]) -> tuple[int, str] | None:
    """The index and kind of the capitalised head that ends the fullest name in the chunk."""
    best: tuple[int, str] | None = None
    for h, w in enumerate(ws):
        kind = PROGRAM_HEADS.get(w.lower)
        if w.lower in AWARENESS_HEADS and h > 0 and ws[h - 1].lower == "awareness":
            kind = "campaign"
        if kind is None or not w.capitalised or h == 0:
            continue
        if best is not None and h > best[0] + 1 and _institution_only(ws[best[0] + 1 : h]):
            continue  # "... Act of 2004 Conference Report" stays the Act
        best = (h, kind)
    return best


def _law_year(ws: list[Word], h: int) -> int:
    """How many words after a head give its year: "Act of 2005" (2), "Act 1958" (1), "Profit
    Improvement Programme 2013" (1)."""
    if h + 2 < len(ws) and ws[h + 1].lower == "of" and is_year(ws[h + 2]):
        return 2
    return 1 if h + 1 < len(ws) and is_year(ws[h + 1]) else 0


# a law's fiscal year after its name: "Department of Defense Appropriations Act for Fiscal Year 2005"
_FOR_FISCAL_YEAR = re.compile(r"\s{1,5}for\s{1,5}(?i:fiscal\s{1,5}years?|FY)\s{0,5}(?:19|20)\d\d\b")


def _name_start(text: str, ws: list[Word], h: int, kind: str) -> int:
    """The first word of the name ending at ``ws[h]``: past a leading number (a year only
    before a law), a fiscal year ("FY 2004 ...") or a part ("Title II of the ...")."""
    start = 0
    while start < h - 1 and _MODIFIER.search(ws[start].text):
        start += 1  # "OCHA-managed UN Global Emergency Fund": who runs it is not the name's
    if ws[start].number and not (is_year(ws[start]) and kind == "law"):
        start = next((k for k, x in enumerate(ws) if not (x.number or x.lower in _LEADING_SMALL)), h)
    for lead in (_FISCAL_YEAR, _PART_OF):
        m = lead.match(text, ws[start].start)
        if m:
            start = next((k for k, x in enumerate(ws) if x.start >= m.end()), h)
    if kind not in ("law", "bill"):
        # an organisation's "for" before the name: "Development Committee for the X Program"
        org = max((k for k in range(start + 1, h - 1) if _word_stem(ws[k]) in PROGRAM_ORG_WORDS), default=-1)
        if org >= 0 and ws[org + 1].lower == "for":
            start = next((k for k in range(org + 1, h) if ws[k].lower not in _LEADING_SMALL), h)
    return start


def _tail_ok(text: str, ws: list[Word], h: int, kind: str) -> bool:
    """Whether the words after the head leave it the end of a name: nothing, a law's year, a
    place ("Program in Budapest") or a descriptive report ("Act of 2004 Conference Report")."""
    rest = ws[h + 1 + _law_year(ws, h) :]
    if not rest or rest[0].lower in _PLACE_AFTER:
        return True
    if kind in ("law", "bill") and _FOR_FISCAL_YEAR.match(text, ws[h].end):
        return True
    # not "Specialist Bill Jones"
    return rest[-1].lower in PROGRAM_HEADS and _descriptive(rest[:-1], "report")


def _short_or_institutional(doc: _Doc, name_ws: list[Word], kind: str) -> bool:
    """Too short, only institutions before the head, or an event's ("Conference Plan")."""
    return len(name_ws) < 2 or _institution_only(name_ws[:-1]) or _word_stem(name_ws[-2]) in EVENT_WORDS


def _not_a_proper_name(doc: _Doc, name_ws: list[Word], kind: str) -> bool:
    """Not opened by a capital or a number, or "the" before the head: "in Connection with Check
    Cashing Scheme", "Central to the Scheme"."""
    return not (name_ws[0].capitalised or name_ws[0].number) or name_ws[-2].lower == "the"


def _a_crime(doc: _Doc, name_ws: list[Word], kind: str) -> bool:
    """A scheme or plan of a crime: "Ponzi Scheme"."""
    return name_ws[-1].lower in ("scheme", "plan") and any(w.lower in CRIME_WORDS for w in name_ws)


def _a_field_policy(doc: _Doc, name_ws: list[Word], kind: str) -> bool:
    """A policy field, not a named policy: "Privacy Policy", "Enforcement and Policy"."""
    return name_ws[-1].lower == "policy" and (
        len(name_ws) < 3 or name_ws[-2].lower in POLICY_FIELDS | NAME_CONNECTORS
    )


def _an_organisation(doc: _Doc, name_ws: list[Word], kind: str) -> bool:
    """An organisation's name ("the Office of Labor-Management Standards") or one opened by an
    organisation's word (a law or a bill may be either)."""
    if kind in ("law", "bill"):
        return False
    return _org_of(name_ws) or _word_stem(name_ws[0]) in PROGRAM_ORG_WORDS


def _descriptive_only(doc: _Doc, name_ws: list[Word], kind: str) -> bool:
    """Only descriptive words before the head."""
    return _descriptive(name_ws[:-1], kind)


def _blocked_head(doc: _Doc, name_ws: list[Word], kind: str) -> bool:
    """A head the document uses otherwise (``_blocked``)."""
    return _blocked(doc, name_ws[-1])


def _a_persons(doc: _Doc, name_ws: list[Word], kind: str) -> bool:
    """A person's name ending in "Grant": "Judge Grant", "Michael W. Grant", "John Grant" (not
    "Pell Grant" where the model names entities)."""
    if kind != "grant":
        return False
    initial = any(len(w.text) == 2 and w.text[1] == "." for w in name_ws)
    return name_ws[-2].lower in SURNAME_TITLES or initial or (len(name_ws) < 3 and not doc.entities)


# why a name ending at a head is no program, each asked in turn (the first guards the others'
# reading of the word before the head)
_END_REJECTIONS = (
    _short_or_institutional,
    _not_a_proper_name,
    _a_crime,
    _a_field_policy,
    _an_organisation,
    _descriptive_only,
    _blocked_head,
    _a_persons,
)


def _end_rejected(doc: _Doc, name_ws: list[Word], kind: str) -> bool:
    """Whether a name ending at a head is no program (``_END_REJECTIONS``)."""
    return any(rejects(doc, name_ws, kind) for rejects in _END_REJECTIONS)


def _otherwise_used(doc: _Doc, ws: list[Word], h: int, name_ws: list[Word]) -> bool:
    """Whether a name with a head is used as no program's: a resolution without its year
    ("Budget Resolution"), a facility that lends nothing ("Correctional Facility"), an
    organisation with a board or partners ("board member of the Santa Cruz AIDS Project",
    "partners such as the Global Fund"), a participle and a
    head ("Pooled Fund"), a numbered amendment used as an adjective ("First Amendment rights")."""
    if ws[h].lower == "resolution" and _law_year(ws, h) == 0:
        return True
    if ws[h].lower == "facility" and not any(w.lower in FINANCE_FACILITY_WORDS for w in name_ws):
        return True  # "Donovan Correctional Facility": a building
    if _ORG_BEFORE.search(doc.text, max(0, name_ws[0].start - 40), name_ws[0].start):
        return True
    before = name_ws[-2].lower
    if len(before) > 5 and before.endswith("ed") and before != "united":
        return True
    return (
        ws[h].lower == "amendment"
        and len(name_ws) == 2
        and bool(_ORDINAL.fullmatch(name_ws[0].text))
        and not re.search(r"\b[Tt]he\s+$", doc.text[max(0, name_ws[0].start - 5) : name_ws[0].start])
        and bool(re.match(r"\s+[a-z]", doc.text[ws[h].end : ws[h].end + 3]))
    )


def _org_of(ws: list[Word]) -> bool:
    """Whether an organisation's head stands before "of" or "on" in the words: "County Office of X",
    "Committee on Social Security Policy"."""
    return any(_word_stem(w) in PROGRAM_ORG_WORDS and nxt.lower in ("of", "on") for w, nxt in pairwise(ws))


def _title_tail(text: str, pos: int) -> int | None:
    """The end of a title after a plan's head at ``pos`` ("of Action for Indochinese Asylum
    Seekers", "for Reducing the Size of the Federal Reserve's Balance Sheet"): a connector, then
    title-case words up to a lower-case word, a mark, an organisation or a place."""
    ws = words(text, pos, min(len(text), pos + 300))
    if len(ws) < 2 or ws[0].lower not in ("of", "for", "on") or not ws[1].capitalised:
        return None
    taken: list[Word] = []
    for prev, w in pairwise(ws):
        if not text[prev.end : w.start].isspace() or text.count("\n", prev.end, w.start) > 1:
            break
        if not (w.capitalised or w.number or w.lower in TITLE_SMALL_WORDS) or w.lower in _PLACE_AFTER:
            break
        if _word_stem(w) in PROGRAM_ORG_WORDS or w.lower in CALENDAR_NAMES:
            break  # "Plan of Merger on Monday": a date is no title's
        taken.append(w)
    while taken and not taken[-1].capitalised:
        taken.pop()
    return taken[-1].end if taken else None


def _with_title_tail(doc: _Doc, ws: list[Word]) -> _Cand | None:
    """A plan's name that runs on after its head: "Comprehensive Plan of Action for X", or, after
    "the", "Plans for Reducing the Size of ..."."""
    i = next((k for k, w in enumerate(ws[:-1]) if w.lower in PLAN_TITLE_HEADS and w.capitalised), -1)
    if i < 0 or (i > 0 and ws[i].lower.endswith("s")):
        return None  # "Custom Plans for Individual Needs": plural after a name, a description
    end = _title_tail(doc.text, ws[i].end)
    if end is None or _descriptive(words(doc.text, ws[i].end, end), "plan"):
        return None  # "Agreement and Plan of Merger"
    cut = max(
        (k for k in range(i) if ws[k].lower in _AFTER_OWNER or _word_stem(ws[k]) in PROGRAM_ORG_WORDS),
        default=-1,
    )
    ws = ws[cut + 1 :]  # "Logistics Bureau in the Action Plan on ...": the name is after its owner
    i -= cut + 1
    start = _name_start(doc.text, ws, i, "plan") if i > 0 else 0
    if i > 0 and _end_rejected(doc, ws[start : i + 1], "plan"):
        return None
    if i == 0 and not re.search(r"\bthe\s+$", doc.text[max(0, ws[0].start - 8) : ws[0].start]):
        return None  # "Plans for the Park ...": a sentence's first word
    span = (ws[start].start, end)
    return _Cand(_name(doc.text, span), "plan", span, ws[i].lower, True)


def _with_end_head(doc: _Doc, ws: list[Word]) -> _Cand | None:
    """The fullest name ending at a capitalised head: "Combat Meth Act of 2005"."""
    best = _end_head(ws)
    if best is None:
        return _with_title_tail(doc, ws)
    h, kind = best
    if not _tail_ok(doc.text, ws, h, kind):
        return _with_title_tail(doc, ws)
    name_ws = ws[_name_start(doc.text, ws, h, kind) : h + 1]
    if _end_rejected(doc, name_ws, kind) or _otherwise_used(doc, ws, h, name_ws):
        return None
    end = ws[h + _law_year(ws, h)].end if kind in ("law", "program") else ws[h].end
    span = (name_ws[0].start, end)
    verb = _VERB_TITLE.search(doc.text, max(0, span[0] - 60), span[0]) if kind in ("law", "bill") else None
    if verb is not None and verb.group("verb").lower() not in SENTENCE_OPENERS:
        span = (verb.start("verb"), end)  # "Keep it in the Ground Act"
    return _Cand(_name(doc.text, span), kind, span, ws[h].lower, True)


def _from_chunk(doc: _Doc, chunk: Chunk, acronyms: set[str]) -> _Cand | None:
    """The program a proper-name chunk names, by the head noun in, before or after it."""
    ws = list(chunk.words)
    if all(w.lower not in PROGRAM_HEAD_WORDS for w in ws) and not _LOWER_HEAD.match(doc.text, ws[-1].end):
        return None  # no head noun in or after it: most chunks
    ws = _after_role(ws)
    if not ws:
        return None
    lower = _lower_head(doc.text, ws[-1].end)
    if lower is not None:
        return _with_lower_head(doc, ws, lower, acronyms)
    return _with_front_head(doc.text, ws) or _with_end_head(doc, ws)


# the text between two chunks that one name may span: an acronym or expansion in parentheses
# ("Community Settlement Services (CSS) Scheme"), or a comma in a list of words before an
# "and" ("Multi-Sectoral Prevention, Preparedness and Response Project")
_PAREN_GAP = re.compile(r"[ \t]{0,20}\([^()\n]{1,60}\)\s{0,20}")
_COMMA_GAP = re.compile(r",[ \t]+")


def _ends_in_head(text: str, ws: tuple[Word, ...]) -> bool:
    return (ws[-1].capitalised and ws[-1].lower in PROGRAM_HEADS) or bool(_LOWER_HEAD.match(text, ws[-1].end))


def _may_join(text: str, a: Chunk, b: Chunk) -> bool:
    """Whether chunks ``a`` and ``b`` (``b`` the next one after a parenthesis, or right after a
    comma) are one program's name, ``b`` ending in its head."""
    gap = (a.span[1], b.span[0])
    if not _ends_in_head(text, b.words) or a.words[-1].lower in PROGRAM_HEAD_WORDS or a.words[-1].possessive:
        return False
    if _PAREN_GAP.fullmatch(text, *gap):
        return True
    return (
        bool(_COMMA_GAP.fullmatch(text, *gap))
        and len(b.words) > 2
        and b.words[1].lower in ("and", "&")
        and len(a.words) > 1
        and all(w.capitalised or w.lower in NAME_CONNECTORS for w in a.words)
        and not any(w.text.isupper() for w in a.words)
    )


def _joined(text: str, chunks: tuple[Chunk, ...]) -> list[Chunk]:
    """The chunks, those that one name spans across a parenthesis or a listing comma joined."""
    out: list[Chunk] = []
    i = 0
    while i < len(chunks):
        cur = chunks[i]
        nxt = i + 1
        # the chunk inside a parenthesis (its acronym or expansion) is passed over
        if nxt + 1 < len(chunks) and _PAREN_GAP.fullmatch(text, cur.span[1], chunks[nxt + 1].span[0]):
            nxt += 1
        if nxt < len(chunks) and _may_join(text, cur, chunks[nxt]):
            out.append(Chunk(cur.words + chunks[nxt].words))
            i = nxt + 1
        else:
            out.append(cur)
            i += 1
    return out


def _split_lists(chunk: Chunk) -> list[Chunk]:
    """Two names in one chunk: "National Firearms Act and Gun Control Act", "X Program in Project Y"."""
    ws = chunk.words
    for i in range(1, len(ws) - 2):
        joins = ws[i + 1].lower in ("and", "&", "or") or ws[i + 2].lower in PROGRAM_FRONT_HEADS
        if ws[i].lower in PROGRAM_HEADS and ws[i].capitalised and joins:
            return [Chunk(ws[: i + 1]), *_split_lists(Chunk(ws[i + 2 :]))]
    return [chunk]


def _title_after(text: str, pos: int, hi: int, quoted: bool) -> Span | None:
    """A title-case title starting at ``pos``: capitalised words, small words, inner colons."""
    ws = words(text, pos, min(hi, pos + 400))
    if not ws or ws[0].start != pos or not ws[0].capitalised:
        return None
    taken = [ws[0]]
    for prev, w in pairwise(ws):
        gap = text[prev.end : w.start]
        if not (gap.isspace() or (gap.startswith(":") and gap[1:].isspace() and w.capitalised)):
            break
        if gap.count("\n") > 1 or not (w.capitalised or w.number or w.lower in TITLE_SMALL_WORDS):
            break
        taken.append(w)
    while taken and taken[-1].lower in TITLE_SMALL_WORDS:
        taken.pop()
    caps = sum(w.capitalised for w in taken)
    if len(taken) < 2 or caps < 2:
        return None
    end = taken[-1].end
    if quoted and not re.match(r"[,.]?[\"”]", text[end : end + 2]):
        return None
    if (
        not quoted
        and re.match(r"\s*[a-z]", text[end : end + 3])
        and not re.match(r"[—–,]", text[end : end + 1])
    ):
        return None
    return (taken[0].start, end)


def _titles(doc: _Doc, lo: int, hi: int) -> list[_Cand]:
    text = doc.text
    out: list[_Cand] = []
    for m in _TITLE_LEAD.finditer(text, lo, hi):
        noun = m.group("noun").lower()
        span = _title_after(text, m.end(), hi, bool(m.group("quote")))
        if span is None or BROADCAST_WORDS & set(text[max(lo, m.start() - 30) : m.start()].lower().split()):
            continue  # "host of the radio and TV program, “Ringside Politics”": a show
        kind = KIND_OF_NOUN.get(noun, noun)
        if kind == "operation" or noun == "legislation":
            kind = "operation" if noun == "operation" else "law"
        ws = words(text, *span)
        if _has_org_word(ws[-1:]):
            continue
        last = ws[-1].lower
        kind = PROGRAM_FRONT_HEADS.get(ws[0].lower, PROGRAM_HEADS.get(last, kind))
        out.append(_Cand(_name(text, span), kind, span, last if last in PROGRAM_HEADS else None, True))
    return out


def _quoted(doc: _Doc, lo: int, hi: int) -> list[_Cand]:
    """Quoted capitalised phrases: short forms only (a quoted "Shared Vision")."""
    out: list[_Cand] = []
    for m in _QUOTED.finditer(doc.text, lo, hi):
        ws = words(doc.text, *m.span("inner"))
        if 1 <= len(ws) <= 8 and all(w.capitalised or w.lower in TITLE_SMALL_WORDS for w in ws):
            span = (ws[0].start, ws[-1].end)
            out.append(_Cand(_name(doc.text, span), None, span, None, False))
    return out


# kind nouns that an appositive gives a name: "Vanguard, a program that ...", "E-Rate, a fund"
_APPOSITIVE = re.compile(
    r",\s+(?:an?|(?P<the>the))\s+(?:[\w’'-]+\s+){0,4}?(?P<kind>programme|program|initiative|scheme|fund|campaign|project|"
    r"facility|strategy|plan|law|act|(?:advice|information|support|counselling|counseling)\s+service|helpline|"
    r"hotline)\b(?![-’'])(?!\s+(?:" + "|".join(PROJECT_JOB_WORDS) + r")\b)"
)
# kinds of public service an appositive may give a capitalised coinage: "FRANK, the drug advice service"
_SERVICE_KINDS = ("service", "helpline", "hotline")
# where an appositive with "the" ends at its kind noun: "Housing for All, the Government's housing plan,"
_APPOSITIVE_END = re.compile(r"\s{0,3}[,.;:)]|\s{1,3}(?:that|which)\b")
# the frames around a coined name that make it a program: "launched NextGenerationEU", "funding
# under NextGenerationEU", "E-Rate funding", "enrolled in AmeriCorps"
_COIN_BEFORE = re.compile(
    r"(?:\b(?:launch|introduc|creat|establish|unveil|expand)(?:e|es|ed|ing)?|\bunder|"
    r"\bpart\s+of|\b(?:enrol(?:l)?(?:s|ed|ing)?|participat\w{0,5})\s+in|"
    r"\b(?:[Ff]und(?:s|ed|ing)?|[Ff]inanc(?:e|es|ed|ing))\s+(?:under|for|by|through))\s+(?:the\s+)?$"
)
_COIN_AFTER = re.compile(
    r"\s{1,20}(?:funding|funds|grants?|recipients|participants|beneficiaries|applications)\b"
)
_COIN_WORD = re.compile(r"(?<![\w’'.-])(?P<w>[A-Z][\w’'-]{2,40})(?![\w-]|\.\w)")
# a quoted name before a kind noun: the "Click It or Ticket" campaign
_QUOTED_KIND = re.compile(
    r"[\"“](?P<inner>[A-Z][^\"“”\n]{2,80}?)[,.]?[\"”]\s+(?P<kind>campaign|initiative|program|programme|"
    r"project|challenge|drive|scheme)\b"
)
# a list of programs named after their plural kind: "projects such as A, B and C"
_LISTED = re.compile(
    r"\b(?P<kind>projects|programs|programmes|initiatives|schemes|campaigns|funds|operations)\s+"
    r"(?:such\s+as|including|like)\s+"
)
# what may follow a listed name: another item or the end of the clause, not a noun it qualifies
# ("Pensacola International Airport facilities") or a mark ("AERA+")
_ITEM_END = re.compile(r"\s{0,20}(?:[,.;:!?)]|(?:and|or|in|at)\b|$)")
_LIST_GAP = re.compile(r"\s{0,20}(?:,\s{0,20}(?:and\s+|or\s+)?|(?<=\s)(?:and|or)\s+)")
_PLURAL_KIND = {
    "projects": "project", "programs": "program", "programmes": "program", "initiatives": "initiative",
    "schemes": "program", "campaigns": "campaign", "funds": "fund", "operations": "operation",
}  # fmt: skip


def _name_like(doc: _Doc, ws: list[Word]) -> bool:
    """Whether words found by a frame (not by a head noun) can name a program: capitalised, no
    organisation, institution or event word, no person (a given name first) or place (the model)."""
    return (
        bool(ws)
        and all(w.capitalised or w.number or w.lower in NAME_CONNECTORS for w in ws)
        and ws[0].capitalised
        and not any(w.possessive for w in ws)
        and not _has_org_word(ws)
        and not any(_singular(_word_stem(w)) in PROGRAM_ORG_WORDS or w.text in doc.org_acronyms for w in ws)
        and not _institution_only(ws)
        and not any(_word_stem(w) in EVENT_WORDS for w in ws)
        and _word_stem(ws[-1]) not in PLACE_HEADS
        and not is_given_name(ws[0].text)
        and not any(_blocked(doc, w) for w in ws)
    )


def _appositives(doc: _Doc, lo: int, hi: int, ends: dict[int, Chunk]) -> list[_Cand]:
    """Names that an appositive calls a program: "Vanguard, a programme that ..."."""
    out: list[_Cand] = []
    for m in _APPOSITIVE.finditer(doc.text, lo, hi):
        chunk = ends.get(m.start())
        if chunk is None or (m.group("the") and not _APPOSITIVE_END.match(doc.text, m.end())):
            continue  # "in the U.S., the solutions pursued by law enforcement": no appositive's head
        ws = list(chunk.words)
        kind = m.group("kind")
        service = kind.endswith(_SERVICE_KINDS)
        if service and not (len(ws) == 1 and (ws[0].text.isupper() or coined(ws[0].text))):
            continue  # "Uber, a ride-hailing service": a company; "FRANK, the drug advice service": a program
        before = doc.text[max(lo, ws[0].start - 12) : ws[0].start].split()
        if (
            not service
            and before
            and before[-1].lower() in SENTENCE_OPENERS - PROGRAM_DETERMINERS - {"under"}
        ):
            continue  # "In Washington, a plan ...": a place after a preposition (not "under X, a plan")
        if _name_like(doc, ws) and ws[-1].lower not in PROGRAM_HEAD_WORDS:
            span = chunk.span
            kind = "program" if service else KIND_OF_NOUN.get(kind, kind)
            out.append(_Cand(_name(doc.text, span), kind, span, None, True))
    return out


def _coinages(doc: _Doc, lo: int, hi: int) -> list[_Cand]:
    """Coined one-word names in a program's frame: "funding under NextGenerationEU", "E-Rate funding"."""
    text = doc.text
    out: list[_Cand] = []
    for m in _COIN_WORD.finditer(text, lo, hi):
        word = m.group("w")
        if not coined(word) or _WEB_ADDRESS.search(word):
            continue
        before = _COIN_BEFORE.search(text, max(lo, m.start() - 40), m.start())
        cued = before or _COIN_AFTER.match(text, m.end())
        if cued and not any(_blocked(doc, w) for w in words(text, *m.span())):
            out.append(_Cand(word, "program", m.span(), None, True))
    return out


def _quoted_kinds(doc: _Doc, lo: int, hi: int) -> list[_Cand]:
    """Quoted names before a kind noun: the "Click It or Ticket" campaign."""
    out: list[_Cand] = []
    for m in _QUOTED_KIND.finditer(doc.text, lo, hi):
        ws = words(doc.text, *m.span("inner"))
        if 1 <= len(ws) <= 8 and not _has_org_word(ws):
            span = (ws[0].start, ws[-1].end)
            kind = KIND_OF_NOUN.get(m.group("kind"), m.group("kind"))
            out.append(
                _Cand(_name(doc.text, span), PROGRAM_LOWER_HEADS.get(kind, "campaign"), span, None, True)
            )
    return out


def _listed(doc: _Doc, lo: int, hi: int) -> list[_Cand]:
    """Names listed after their plural kind: "projects such as Lord Resources' Horse Rocks, ..."."""
    text = doc.text
    out: list[_Cand] = []
    for m in _LISTED.finditer(text, lo, hi):
        pos = m.end()
        for _ in range(12):  # at most a dozen items
            ws = _list_item(text, pos, hi)
            if not ws:
                break
            if _name_like(doc, ws) and _ITEM_END.match(text, ws[-1].end):
                span = (ws[0].start, ws[-1].end)
                out.append(_Cand(_name(text, span), _PLURAL_KIND[m.group("kind")], span, None, True))
            gap = _LIST_GAP.match(text, ws[-1].end, hi)
            if gap is None:
                break
            pos = gap.end()
    return out


def _list_item(text: str, pos: int, hi: int) -> list[Word]:
    """The capitalised words of one list item at ``pos``, without an article or an owner in
    front ("the", "Lord Resources'"); empty when no item starts there."""
    ws = words(text, pos, min(hi, pos + 200))
    if ws and ws[0].lower == "the" and ws[0].start == pos:
        pos = ws[0].end + 1
        ws = ws[1:]
    if not ws or ws[0].start - pos > 1:
        return []
    item: list[Word] = []
    for prev, w in zip([None, *ws], ws, strict=False):
        if prev is not None and not text[prev.end : w.start].isspace():
            break
        if not (w.capitalised or w.number or (item and w.lower in NAME_CONNECTORS - {"and"} - _PLACE_AFTER)):
            break
        item.append(w)
        if w.possessive:
            item = []  # the owner: "Lord Resources' Horse Rocks"
    while item and not (item[-1].capitalised or item[-1].number):
        item.pop()
    return item


def _chunk_ends(text: str, chunks: list[Chunk]) -> dict[int, Chunk]:
    return {c.span[1]: c for c in chunks}


def _framed(doc: _Doc, lo: int, hi: int, chunks: list[Chunk]) -> list[_Cand]:
    """Names without a head noun that their frame calls programs: an appositive, a coinage's
    verb or preposition, a quoted name before a kind noun, a list after a plural kind."""
    return [
        *_appositives(doc, lo, hi, _chunk_ends(doc.text, chunks)),
        *_coinages(doc, lo, hi),
        *_quoted_kinds(doc, lo, hi),
        *_listed(doc, lo, hi),
        *_missions(doc, chunks),
    ]


# what a mission is under when it is a program, not a body ("under the Jal Jeevan Mission")
_UNDER = re.compile(r"\b[Uu]nder\s{1,3}(?:the\s{1,3})?$")


def _missions(doc: _Doc, chunks: list[Chunk]) -> list[_Cand]:
    """A named mission that something is done under ("tap connections under the Jal Jeevan Mission"):
    a program; a mission elsewhere is mostly a body ("Sydney City Mission", "Permanent Mission")."""
    out: list[_Cand] = []
    for c in chunks:
        ws = list(c.words)
        if (
            len(ws) < 3
            or ws[-1].lower != "mission"
            or not _UNDER.search(doc.text, max(0, ws[0].start - 12), ws[0].start)
        ):
            continue
        if _name_like(doc, ws[:-1]):
            out.append(_Cand(_name(doc.text, c.span), "program", c.span, "mission", True))
    return out


def _candidates(doc: _Doc, acronyms: set[str], chunked: Chunked) -> list[_Cand]:
    text = doc.text
    titles = chunked.titles
    out: list[_Cand] = []
    for lo, hi in doc.regions:
        title_spans = _titles(doc, lo, hi)
        out.extend(title_spans)
        parts = _joined(text, chunked.chunks((lo, hi)))
        named = (_from_chunk(doc, name, acronyms) for part in parts for name in _split_lists(part))
        found = [c for c in named if c is not None]
        found += _framed(doc, lo, hi, parts)
        for cand in found:
            if any(t.span[0] <= cand.span[0] < t.span[1] for t in title_spans):
                continue
            if inside(cand.span, titles):
                cand = _Cand(cand.name, cand.kind, cand.span, cand.head, False)
            out.append(cand)
        out.extend(_quoted(doc, lo, hi))
    return out


def _within(c: _Cand, key: frozenset[str], rep: _Cand, rep_key: frozenset[str]) -> bool:
    """Whether ``c`` is a short form of ``rep``: its words are among rep's, an undefined
    capitalised acronym standing for some of rep's words (``OPEN Government Act``)."""
    if key <= rep_key:
        return True
    caps = [w for w in _name_words(c.name) if len(w) > 1 and w.isupper()]
    if len(caps) != 1:
        return False
    rest = key - {caps[0].lower()}
    if not rest <= rep_key:
        return False
    rep_words = [core(w) for w in _name_words(rep.name)]
    return any(align(rep_words[: i + 1], letters(caps[0])) for i in range(len(rep_words)))


# kinds one program may be called by in one release ("the X program", "the X initiative")
_PROGRAM_LIKE = frozenset({"program", "project", "initiative", "campaign", "operation", "grant"})


def _compatible(kind: str | None, other: str) -> bool:
    return kind is None or kind == other or (kind in _PROGRAM_LIKE and other in _PROGRAM_LIKE)


def _group(cands: list[_Cand], expand: dict[str, list[str]]) -> list[list[_Cand]]:
    """Join each candidate to the fullest program whose words include its own (same kind)."""
    keyed = [(c, c.key(expand)) for c in cands]
    keyed = [(c, k) for c, k in keyed if k]
    keyed.sort(key=lambda ck: (not ck[0].new, -len(ck[1]), -len(ck[0].name), ck[0].span[0]))
    groups: list[tuple[frozenset[str], list[_Cand]]] = []
    for c, k in keyed:
        home = next(
            (g for gk, g in groups if _within(c, k, g[0], gk) and _compatible(c.kind, g[0].kind or "")),
            None,
        )
        if home is not None:
            home.append(c)
        elif c.new:
            groups.append((k, [c]))
    return [g for _, g in groups]


def _bare_heads(doc: _Doc, groups: list[list[_Cand]]) -> None:
    """``the Act``, ``the Initiative``: a mention of the nearest program before it with that head."""
    for lo, hi in doc.regions:
        for m in _BARE_HEAD.finditer(doc.text, lo, hi):
            head = m.group("head").lower()
            if head not in PROGRAM_HEADS and head not in PROGRAM_FRONT_HEADS:
                continue
            span = m.span("head")
            before = [g for g in groups if g[0].head == head and min(c.span[0] for c in g) < span[0]]
            if not before:
                continue
            home = max(before, key=lambda g: max(c.span[0] for c in g if c.span[0] < span[0]))
            if all(c.span != span and not (c.span[0] <= span[0] < c.span[1]) for c in home):
                home.append(_Cand(m.group("head"), None, span, head, False))


def _repeats(doc: _Doc, groups: list[list[_Cand]]) -> None:
    """Every other place a program's printed names occur (headings included) is a mention;
    all names are found in one pass over the text."""
    home: dict[str, int] = {}
    for gi, g in enumerate(groups):
        for name in sorted({c.name for c in g if c.new and " " in c.name}):
            home.setdefault(name, gi)
    if not home:
        return
    names = sorted(home, key=len, reverse=True)
    pat = re.compile(
        r"(?<![\w-])(?:" + "|".join(r"\s+".join(map(re.escape, n.split())) for n in names) + r")(?![\w-])"
    )
    taken = [[c.span for c in g] for g in groups]
    for lo, hi in doc.regions:
        for m in pat.finditer(doc.text, lo, hi):
            name = collapse(m.group())
            at = home.get(name)
            if at is not None and not any(s < m.end() and m.start() < e for s, e in taken[at]):
                taken[at].append(m.span())
                groups[at].append(_Cand(name, None, m.span(), None, False))


NAME: Final = "programs"
NEEDS: Final[tuple[str, ...]] = ("acronyms",)


def extract(ctx: Context) -> tuple[Program, ...]:
    """Find every named program in the release's text, once each, with its mentions."""
    return find(ctx.text, ctx.regions, ctx.acronyms, ctx.analysis.entities, ctx.chunked)


def find(
    text: str,
    regions: tuple[Span, ...],
    acronyms: tuple[Acronym, ...] = (),
    entities: tuple[Entity, ...] = (),
    chunked: Chunked | None = None,
) -> tuple[Program, ...]:
    """The programs named in ``regions`` of ``text``; ``entities`` (from the model, if any) veto
    head words that name people, places or dates. ``chunked`` gives the regions' chunks (the
    context's, shared with organisations); without it they are read here."""
    orgs = frozenset(
        a.acronym for a in acronyms if _singular(_name_words(a.expansion)[-1].lower()) in PROGRAM_ORG_WORDS
    )
    doc = _Doc(text, regions, entities, orgs)
    expand = {a.acronym: [w.lower() for w in re.findall(r"[\w’'.&-]+", a.expansion)] for a in acronyms}
    cands = _candidates(doc, set(expand), chunked or Chunked.of(text, regions))
    groups = _group(cands, expand)
    _bare_heads(doc, groups)
    _repeats(doc, groups)
    out: list[Program] = []
    for g in groups:
        rep = g[0]
        mentions = sorted({c.span for c in g if c.span != rep.span})
        out.append(Program(name=rep.name, kind=rep.kind or "program", span=rep.span, mentions=mentions))
    out.sort(key=lambda p: p.span)
    return tuple(out)
