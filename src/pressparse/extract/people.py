"""People extractor: every person named, by fullest name, with title.

Takes a ``Context``; gives a tuple of ``Person`` items with spans into the decoded input. Name
mentions come from ``names.find`` over the release's regions and their tokens (the context's
``ctx.tokens``, read once; with the model, NER ``PERSON`` spans help) and from the media contacts of
the header. Mentions of one person (same surname, compatible given names or initials) join into one
``Person`` named by the fullest mention; a bare surname ("Napolitano", "Minister Toews") joins the
person it names. The title is the first one printed beside any mention (honorifics such as "Mr." are
not titles). A person whose fuller name is printed in capitals (a letterhead's "CHRISTOPHER ELLISON"
for "Chris Ellison") is named by it. Mentions are grouped through a surname index, so grouping stays
linear in the number of mentions.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from functools import lru_cache
from itertools import accumulate
from typing import Final

from pressparse.context import Context
from pressparse.lexicon import DETERMINERS, NAME_ORG_WORDS, NOT_NAME, PREPOSITIONS, SMALL_WORDS, TITLE_HEADS
from pressparse.models import Person
from pressparse.text import names
from pressparse.text.names import NameMention, compatible, surname
from pressparse.text.tokens import LETTER, UPPER
from pressparse.textspan import Span

# the model's entity labels that a person's name never lies inside
NOT_PERSON = frozenset({"ORG", "GPE", "LOC", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "NORP"})
_CAPS_PAIR = re.compile(rf"\b(?P<given>[{UPPER}]{{2,}})\s+(?P<surname>[{UPPER}][{UPPER}'’-]+)\b")
_WORD = re.compile(rf"[{UPPER}](?:{LETTER}|['’-])+")
_WORD_BEFORE = re.compile(r"(\w+)\W{1,3}$")  # the word right before a position


NAME: Final = "people"
NEEDS: Final[tuple[str, ...]] = ()


def extract(ctx: Context) -> tuple[Person, ...]:
    """Find every person in the release's text."""
    ents = ctx.analysis.entities
    ner = None if ctx.analysis.doc is None else [(e.start, e.end) for e in ents if e.label == "PERSON"]
    other = [(e.start, e.end) for e in ents if e.label in NOT_PERSON]
    mentions = names.find(ctx.text, ctx.regions, ner, other, ctx.tokens)
    mentions += _contact_mentions(ctx)
    found = cluster(ctx.text, ctx.regions, mentions)
    if not found:
        return found
    forms = _capital_forms(ctx.text, max(e for _, e in ctx.regions))
    return tuple(_fuller(ctx.text, p, forms) for p in found)


def _capital_forms(text: str, end: int) -> dict[str, list[tuple[str, Span]]]:
    """Two-word names printed in capitals before ``end`` (a letterhead's "CHRISTOPHER ELLISON"):
    surname -> [(given name, span)]."""
    forms: dict[str, list[tuple[str, Span]]] = {}
    for m in _CAPS_PAIR.finditer(text, 0, end):
        forms.setdefault(m.group("surname"), []).append((m.group("given"), m.span()))
    return forms


def _fuller(text: str, person: Person, forms: dict[str, list[tuple[str, Span]]]) -> Person:
    """The person by the fuller form of their name printed in capitals ("Chris Ellison" for
    "CHRISTOPHER ELLISON": "Christopher Ellison"), with the office the letterhead prints above it,
    else as found."""
    parts = names.name_parts(person.name)
    if len(parts) == 1:
        parts = ("", parts[0])  # "Mr Young" under "MICK YOUNG": a known given name fits
    if len(parts) != 2 or len(parts[0]) == 1:
        return person
    given = parts[0].upper()
    for first, span in forms.get(parts[1].upper(), ()):
        if not given and not names.is_given_name(first.capitalize()):
            continue
        if first.startswith(given) and len(first) > len(given):
            mentions = sorted({*map(tuple, person.mentions), span})
            name = f"{first.capitalize()} {_cased(parts[1])}"
            title = person.title or _letterhead_title(text, span[0])
            update = {"name": name, "span": span, "mentions": mentions, "title": title}
            return person.model_copy(update=update)
    return person


def _letterhead_title(text: str, at: int) -> str | None:
    """The office a letterhead prints in capitals on the line above a name ("MINISTER FOR
    IMMIGRATION, LOCAL GOVERNMENT AND ETHNIC AFFAIRS" | "The Hon. MICK YOUNG"), in title case."""
    line_start = text.rfind("\n", 0, at)
    above = text[max(0, line_start - 300) : max(0, line_start)].rstrip().rsplit("\n", 1)[-1]
    words = above.split()
    if not words or not above.isupper() or words[0].casefold() not in TITLE_HEADS:
        return None
    return " ".join(w.lower() if w.casefold() in SMALL_WORDS else w.capitalize() for w in words)


def _cased(word: str) -> str:
    """A word printed in capitals as a name is written ("YOUNG" -> "Young"), else as printed."""
    return word.capitalize() if word.isupper() else word


def _contact_mentions(ctx: Context) -> list[NameMention]:
    out = []
    for c in ctx.header.contacts:
        name = c.name or ""
        parts = names.name_parts(name)
        if len(parts) < 2 or any(w.casefold() in NAME_ORG_WORDS for w in parts):
            continue  # no name, or an office ("Securities and Exchange Commission")
        at = ctx.text.find(name, c.span[0], c.span[1])
        start = at if at >= 0 else c.span[0]
        out.append(NameMention(start, start + len(name), name, c.title))
    return out


class _Groups:
    """Mentions grouped by person, indexed by surname: each surname's mentions in text order."""

    def __init__(self) -> None:
        self.groups: list[list[NameMention]] = []
        self.by_surname: dict[str, list[list[NameMention]]] = {}
        self.starts: dict[str, list[tuple[int, int]]] = {}  # surname -> sorted (start, group id)
        self.ids: dict[int, int] = {}  # id(group) -> its index

    def new(self, m: NameMention) -> None:
        g = [m]
        self.ids[id(g)] = len(self.groups)
        self.groups.append(g)
        self.by_surname.setdefault(surname(m.name), []).append(g)
        insort(self.starts.setdefault(surname(m.name), []), (m.start, self.ids[id(g)]))

    def add(self, g: list[NameMention], m: NameMention) -> None:
        g.append(m)
        insort(self.starts.setdefault(surname(g[0].name), []), (m.start, self.ids[id(g)]))

    def compatible(self, m: NameMention) -> list[NameMention] | None:
        """The first group whose first name is compatible with ``m``'s."""
        same = self.by_surname.get(surname(m.name), ())
        return next((g for g in same if compatible(g[0].name, m.name)), None)

    def nearest(self, m: NameMention) -> list[NameMention] | None:
        """The person a surname-only mention names: same surname, the one mentioned last before it
        (else the first one found)."""
        key = surname(m.name)
        same = self.by_surname.get(key)
        if not same:
            return None
        starts = self.starts[key]
        k = bisect_left(starts, (m.start, -1)) - 1
        return self.groups[starts[k][1]] if k >= 0 else same[0]

    def glued(self, m: NameMention) -> list[NameMention] | None:
        """The person a surname-only mention names when a scraper glued a word to the surname
        ("Mr. Warsames actions", "Mr. Trumpoutlines"): the one whose surname begins it."""
        word = surname(m.name)
        same = [g for k, gs in self.by_surname.items() if len(k) >= 4 and word.startswith(k) for g in gs]
        return same[0] if len(same) == 1 else None


def cluster(text: str, regions: tuple[Span, ...], mentions: list[NameMention]) -> tuple[Person, ...]:
    """Group mentions into people: full names first, then the surname-only mentions."""
    groups = _Groups()
    ordered = sorted(mentions, key=lambda m: (-len(m.parts), m.start))
    for m in ordered:
        if len(m.parts) < 2:
            continue
        g = groups.compatible(m)
        if g is None:
            groups.new(m)
        else:
            groups.add(g, m)
    for m in ordered:
        if len(m.parts) >= 2:
            continue
        g = groups.nearest(m) or (groups.glued(m) if m.title is None else None)
        if g is not None:
            groups.add(g, m)
        elif m.title is not None or m.honorific or m.alone:
            groups.new(m)  # "Minister Toews", "Mr Young", "Rihanna, who": a person named by one word
    _bare_surnames(text, regions, groups)
    people = [_person(g) for g in groups.groups]
    return tuple(sorted(people, key=lambda p: p.span[0]))


def _bare_surnames(text: str, regions: tuple[Span, ...], groups: _Groups) -> None:
    """Add the bare surname mentions ("Napolitano said") of people already found."""
    if not groups.groups:
        return
    taken = {(x.start, x.end) for g in groups.groups for x in g}
    covered = sorted(taken)
    starts = [a for a, _ in covered]
    reach = list(accumulate((b for _, b in covered), max))  # the furthest end of the spans so far
    found: list[tuple[list[NameMention], NameMention]] = []
    for s, e in regions:
        for w in _WORD.finditer(text, s, e):
            key, size = _surname_of(w.group())
            if key not in groups.by_surname or (key in NOT_NAME and not _as_name(text, w.start(), w.end())):
                continue
            end = w.start() + size
            k = bisect_right(starts, w.start()) - 1
            if (k >= 0 and reach[k] > w.start()) or (w.start(), end) in taken:
                continue  # inside a mention already taken
            m = NameMention(w.start(), end, text[w.start() : end])
            g = groups.nearest(m)
            if g is not None:
                found.append((g, m))
                taken.add((w.start(), end))
    for g, m in found:
        g.append(m)


def _as_name(text: str, start: int, end: int) -> bool:
    """A common word that is also a surname used as one ("says Press", "Press concludes"), not as a
    word ("in May", "the Associated Press", "May 5")."""
    before = _WORD_BEFORE.search(text, max(0, start - 30), start)
    word = before.group(1) if before else ""
    if word[:1].isupper() or word.casefold() in PREPOSITIONS | DETERMINERS:
        return False
    return not text[end : end + 3].strip()[:1].isdigit()


@lru_cache(maxsize=1 << 14)
def _surname_of(word: str) -> tuple[str, int]:
    """A capitalised word as a surname: its case-folded key and its length ("Napolitano's" -> napolitano)."""
    parts = names.name_parts(word.replace("’s", "").replace("'s", ""))
    return (parts[-1].casefold(), len(parts[-1])) if parts else ("", 0)


def _person(group: list[NameMention]) -> Person:
    full = max(group, key=lambda m: (len(m.parts), not m.name.isupper(), len(m.name), -m.start))
    titled = sorted((m for m in group if m.title), key=lambda m: m.start)
    title = titled[0].title if titled else None
    return Person(
        name=full.name,
        title=title,
        span=(full.start, full.end),
        mentions=sorted({(m.start, m.end) for m in group}),
    )
