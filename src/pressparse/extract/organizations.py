"""Organisation extractor: agencies, offices, companies named in the release.

Takes a ``Context`` with the release's acronyms and programs (``ctx.acronyms``,
``ctx.programs``); gives a tuple of ``Organization`` items with spans into the decoded input.

An organisation is a proper-name chunk (the context's ``ctx.chunked``, shared with programs) ending
in an organisation head noun (``World Customs Organization``, ``Orange County District Attorney’s
Office``), or holding one before "of" (``the UN Office of Drugs and Crime``), a company with its
legal suffix (``Acme Widgets, Inc.``), the expansion of an acronym the release defines when it ends
in such a head, and, with the model, its ORG entities (``INTERPOL``). Each is given once, by its
fullest printed name, with its acronym; ``mentions`` are its other places: repeats, shorter forms
and bare uses of the acronym.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final

from pressparse.context import Context
from pressparse.lexicon import LEGAL_SUFFIXES, ORG_FRONT_HEADS, ORG_HEADS, TITLE_HEADS
from pressparse.models import Acronym, Organization, Program
from pressparse.nlp import Entity
from pressparse.text.chunks import Chunk, Chunked
from pressparse.text.names import is_given_name
from pressparse.textspan import Span, collapse

# "Acme Widgets, Inc." / "Acme Ltd."
_LEGAL_SUFFIX = re.compile(rf",?\s{{1,20}}(?:{'|'.join(map(re.escape, LEGAL_SUFFIXES))})\.?(?![\w])")
_ONE_WORD = re.compile(r"[A-Z][A-Z&.-]{2,}")
# a person's title before "of the": "Chairman of the Senate Budget Committee"
_LEADING_TITLE = re.compile(r"(?P<title>[A-Z][a-z]+)\s+of\s+the\s+(?=[A-Z])")
# a place run into the name by a scraper: "CA--The University of California"
_RUN_IN = re.compile(r"[A-Z]{2}--(?:The\s+)?(?=[A-Z])")
_TRAILING_NUMBER = re.compile(r"\s{1,20}(?:in|of|on|for)\s{1,20}\d[\d,]{0,20}$")


_NAME_WORD = re.compile(r"[\w’'.&-]+")
_POSSESSIVE_END = re.compile(r"['’]s?$")
_KEY_STOP = frozenset({"the", "of", "and", "for", "u.s", "us"})


@dataclass
class _Org:
    name: str
    span: Span
    acronym: str | None
    mentions: list[Span]
    key: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        self.key = _key(self.name)


@lru_cache(maxsize=4096)
def _key(name: str) -> frozenset[str]:
    toks = (_stem(w) for w in _NAME_WORD.findall(name))
    return frozenset(t for t in toks if t and t not in _KEY_STOP)


@lru_cache(maxsize=8192)
def _stem(word: str) -> str:
    return _POSSESSIVE_END.sub("", word).strip(".").lower()


def _org_span(text: str, chunk: Chunk) -> Span | None:
    """The part of a chunk that names an organisation, if it does."""
    ws = chunk.words
    if _stem(ws[-1].text) in ORG_HEADS and (len(ws) > 1 or ws[-1].text.isupper()):
        end = ws[-1].end
        m = _LEGAL_SUFFIX.match(text, end)
        return (ws[0].start, m.end() if m else end)
    for i, w in enumerate(ws[:-1]):
        if ws[i + 1].text in ("of", "for", "on") and _stem(w.text) in ORG_FRONT_HEADS:
            return (ws[0].start, ws[-1].end)
    m = _LEGAL_SUFFIX.match(text, ws[-1].end)
    if m and len(ws) >= 1 and ws[0].text[:1].isupper():
        return (ws[0].start, m.end())
    return None


def _candidates(chunked: Chunked, entities: tuple[Entity, ...], taken: list[Span]) -> list[Span]:
    text, titles = chunked.text, chunked.titles
    spans: list[Span] = []
    for region in chunked.regions:
        for chunk in chunked.chunks(region):
            span = _org_span(text, chunk)
            if span is not None and not any(s <= span[0] < e for s, e in [*titles, *taken]):
                spans.append(_trim(text, span))
    # the model's ORG entities add what no head noun marks (INTERPOL, Google, World Vision Haiti)
    for e in entities:
        overlaps = any(s < e.end and e.start < t for s, t in spans + taken)
        if e.label == "ORG" and not overlaps and _model_org(e.text):
            spans.append((e.start, e.end))
    return sorted(set(spans))


def _model_org(name: str) -> bool:
    """Whether the model's ORG entity reads as an organisation's name: one word in capitals
    (INTERPOL), or capitalised words with an organisation's head among them that the chunks
    missed (``Moss Landing Marine Laboratories``, ``Chinese Communist Party``), not a person's
    (a given name first), without a line break or a dash run (a scraped heading). Its other
    ORG entities ("Basically", "Northbound", "Media Relations") are mostly not organisations."""
    if _ONE_WORD.fullmatch(name):
        return True
    ws = name.split()
    if len(ws) < 2 or len(ws) > 8 or not ws[0][:1].isupper() or "\n" in name or "--" in name:
        return False
    return any(_stem(w) in ORG_HEADS for w in ws) and not is_given_name(ws[0])


def _trim(text: str, span: Span) -> Span:
    """Without a trailing "in 2010" or "of 2005" that the chunk carried, a leading person's title
    ("Chairman of the Senate Budget Committee") or a run-in place ("CA--The University of ...")."""
    m = _TRAILING_NUMBER.search(text, span[0], span[1])
    if m and m.start() > span[0]:
        span = (span[0], m.start())
    title = _LEADING_TITLE.match(text, span[0], span[1])
    lead = title if title and title.group("title").lower() in TITLE_HEADS else _RUN_IN.match(text, *span)
    return (lead.end(), span[1]) if lead else span


def _acronym_of(org: _Org, acronyms: tuple[Acronym, ...]) -> Acronym | None:
    for a in acronyms:
        exp = _key(a.expansion)
        if (
            exp
            and exp <= org.key
            and (a.span[0] <= org.span[0] < a.span[1] or org.span[0] <= a.span[0] < org.span[1])
        ):
            return a
    return None


def _attach_acronyms(orgs: list[_Org], acronyms: tuple[Acronym, ...], taken: list[Span]) -> None:
    """Give each organisation its acronym (and the acronym's uses as mentions); add the acronym
    definitions of organisations that no chunk found (the expansion names them), except inside
    a program's name ("Community Settlement Services (CSS) Scheme")."""
    for org in orgs:
        a = _acronym_of(org, acronyms)
        if a is None:
            a = next((x for x in acronyms if _key(x.expansion) == org.key), None)
        if a is not None:
            org.acronym = a.acronym
            org.mentions.extend(a.mentions)
    for a in acronyms:
        last = _stem(a.expansion.split()[-1])
        in_program = any(s <= a.span[0] < e for s, e in taken)
        if last in ORG_HEADS and not in_program and not any(o.acronym == a.acronym for o in orgs):
            orgs.append(
                _Org(a.expansion, (a.span[0], a.span[0] + len(a.expansion)), a.acronym, list(a.mentions))
            )


def find(
    text: str,
    regions: tuple[Span, ...],
    acronyms: tuple[Acronym, ...] = (),
    entities: tuple[Entity, ...] = (),
    programs: tuple[Program, ...] = (),
    chunked: Chunked | None = None,
) -> tuple[Organization, ...]:
    """The organisations named in ``regions`` of ``text``, once each, with acronyms and mentions;
    nothing inside a program's name (``Project Global Shield``) is one. ``chunked`` gives the
    regions' chunks (the context's, shared with programs); without it they are read here."""
    taken = [p.span for p in programs] + [m for p in programs for m in p.mentions]
    found = [
        _Org(collapse(text[s:e]), (s, e), None, [])
        for s, e in _candidates(chunked or Chunked.of(text, regions), entities, taken)
    ]
    # fullest names first; a name whose words are all in a fuller one is a mention of it
    found.sort(key=lambda o: (-len(o.key), o.span[0]))
    orgs: list[_Org] = []
    having: dict[str, list[int]] = {}  # word -> the organisations whose key holds it, in order
    defined = {a.acronym for a in acronyms}
    for o in found:
        if not o.key or o.name in defined:  # a bare use of a defined acronym: one of its mentions
            continue
        last = _stem(o.name.split()[-1])
        rarest = min((having.get(w, []) for w in o.key), key=len)
        home = next((orgs[i] for i in rarest if o.key <= orgs[i].key and last in orgs[i].key), None)
        if home is None:
            for w in o.key:
                having.setdefault(w, []).append(len(orgs))
            orgs.append(o)
        elif o.span != home.span:
            home.mentions.append(o.span)
    _attach_acronyms(orgs, acronyms, taken)
    out = [
        Organization(name=o.name, acronym=o.acronym, span=o.span, mentions=sorted(set(o.mentions) - {o.span}))
        for o in orgs
    ]
    out.sort(key=lambda o: o.span)
    return tuple(out)


NAME: Final = "organizations"
NEEDS: Final[tuple[str, ...]] = ("acronyms", "programs")


def extract(ctx: Context) -> tuple[Organization, ...]:
    """Find every organisation in the release's text."""
    return find(ctx.text, ctx.regions, ctx.acronyms, ctx.analysis.entities, ctx.programs, ctx.chunked)
