"""Program extractor: named programs, initiatives, operations, laws, reports.

Takes a ``Context`` and the release's acronyms; gives a tuple of ``Program`` items with
spans into the decoded input.

A program is found by the head noun of a proper-name chunk (``chunks.chunks``):
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

from pressparse.context import Context
from pressparse.extract.acronyms import align, core, letters
from pressparse.extract.chunks import (
    CONNECTORS,
    Chunk,
    Word,
    inside,
    is_year,
    split_chunks,
    title_lines,
    words,
)
from pressparse.models import Acronym, Program
from pressparse.nlp import Entity
from pressparse.textspan import Span, collapse

# capitalised head nouns that end a program's name, and the kind they give
HEADS: dict[str, str] = {
    "program": "program", "programme": "program", "initiative": "initiative", "project": "project",
    "campaign": "campaign", "act": "law", "constitution": "law", "amendment": "law",
    "bill": "bill", "declaration": "declaration", "agreement": "agreement", "accord": "agreement",
    "treaty": "agreement", "compact": "agreement", "protocol": "agreement", "plan": "plan",
    "blueprint": "plan", "framework": "plan", "roadmap": "plan", "standards": "plan",
    "strategy": "strategy", "report": "report", "assessment": "report", "fund": "fund",
    "grant": "grant", "scholarship": "grant",
}  # fmt: skip
# lower-case head nouns printed after a proper name: "Spectrum Relocation bill"
LOWER_HEADS: dict[str, str] = {
    "program": "program", "programme": "program", "initiative": "initiative", "project": "project",
    "campaign": "campaign", "bill": "bill", "plan": "plan", "strategy": "strategy", "fund": "fund",
    "grant": "grant",
}  # fmt: skip
# head nouns written in front: "Operation Wrong Turn", "Project Global Shield"
FRONT_HEADS: dict[str, str] = {"operation": "operation", "project": "project"}
# head nouns in front of "of"/"on": "Treaty of Lisbon", "Convention on the Rights of the Child"
FRONT_OF_HEADS: dict[str, str] = {
    "treaty": "agreement", "convention": "agreement", "agreement": "agreement", "accord": "agreement",
    "declaration": "declaration", "charter": "agreement", "protocol": "agreement",
}  # fmt: skip
# "Life Insurance Awareness Month"
_AWARENESS = frozenset({"month", "week", "day"})
# every word that can make a chunk a program's name
_HEAD_WORDS = frozenset(HEADS) | frozenset(FRONT_HEADS) | frozenset(FRONT_OF_HEADS) | _AWARENESS
# words that make a chunk an organisation, office, court or team rather than a program
ORG_WORDS = frozenset(
    {
        "office", "department", "agency", "bureau", "administration", "service", "services", "commission",
        "committee", "council", "court", "task", "force", "unit", "team", "division", "association",
        "institute", "university", "college", "school", "center", "centre", "corporation", "company",
        "inc", "inc.", "llc", "corp", "corp.", "ltd", "ltd.", "foundation", "society", "authority", "board",
        "police", "ministry", "organization", "organisation", "group", "coalition", "alliance",
        "network", "party", "union", "church", "hospital", "laboratory", "academy", "caucus", "senate",
        "house", "congress", "jail", "prison", "squad", "section", "branch",
    }
)  # fmt: skip
# words that only name who is acting, never what: "the Senate bill", "the Republican plan"
INSTITUTION_WORDS = frozenset(
    {
        "senate", "house", "congress", "congressional", "administration", "federal", "state", "states",
        "government", "republican", "republicans", "democratic", "democrat", "democrats", "gop",
        "conference", "committee", "national", "joint", "final", "annual",
        "new", "white", "bipartisan", "majority", "minority", "leadership", "my", "original",
    }
)  # fmt: skip
# events and awards, never programs: "Stevie Awards program"
EVENT_WORDS = frozenset(
    {"awards", "award", "conference", "summit", "festival", "games", "championship", "expo", "fair", "gala"}
    | {"tournament", "series", "cup", "marathon", "forum", "show", "week", "day"}
)
# people's roles that a name may follow in a chunk: "Representative for the ... Program"
ROLE_WORDS = frozenset(
    {
        "representative", "director", "secretary", "commissioner", "chairman", "chairwoman", "chair",
        "member", "manager", "coordinator", "administrator", "chief", "spokesman", "spokeswoman",
        "spokesperson", "president", "officer", "leader", "founder", "sponsor", "author", "cosponsor",
    }
)  # fmt: skip
# words that describe a document rather than name it: "Deferred Prosecution Agreement",
# "Annual Report", "Defense Authorization bill" (GUIDELINES: descriptive bills do not count)
DESCRIPTIVE_WORDS = frozenset(
    {
        "plea", "deferred", "prosecution", "non-prosecution", "settlement", "consent", "annual", "final",
        "quarterly", "interim", "police", "incident", "arrest", "business", "strategic", "action",
        "budget", "master", "appropriations", "appropriation", "authorization", "reauthorization",
        "supplemental", "spending", "omnibus", "conference", "compromise", "substitute", "draft",
        "status", "progress", "technical", "fy", "fiscal", "year", "emergency", "stimulus",
    }
)  # fmt: skip
# "Title II of the Civil Rights Act": the part is not the program
_PART_OF = re.compile(r"(?:Title|Section|Part|Chapter|Article|Subtitle|Division)\s+\S+\s+of\s+(?:the\s+)?")
# people's titles that precede a surname such as "Grant": "Judge Grant"
_TITLE_WORDS = frozenset(
    {"judge", "mr.", "mrs.", "ms.", "dr.", "agent", "officer", "detective", "sergeant", "director", "justice"}
)
# job titles after "Project": "Project Manager Jane Doe" is a person
_JOB_WORDS = frozenset(
    {
        "manager", "director", "coordinator", "leader", "lead", "engineer", "officer", "supervisor",
        "specialist", "analyst", "administrator", "assistant", "team", "staff", "site", "area", "management",
    }
)  # fmt: skip
# the scorer's and reader's generic heads: "X program" is the same program as "X"
GENERIC_HEADS = frozenset({"program", "programme", "initiative", "project", "campaign", "effort", "plan"})
# entity labels that mean a head word names no program ("John Grant", "Grant County")
_NOT_PROGRAM_LABELS = frozenset({"PERSON", "GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "MONEY", "CARDINAL"})

# a kind noun followed by a title: "a historic declaration—Beyond the Border: ...", "report, titled"
_KIND_NOUNS = (
    "declaration|report|agreement|plan|strategy|initiative|program|programme|campaign|assessment|"
    "framework|accord|treaty|roadmap|blueprint|project|operation|act|bill|legislation|law|study"
)
_TITLE_LEAD = re.compile(
    rf"\b(?P<noun>{_KIND_NOUNS})\b,?\s*(?:(?:[—–]|--)\s*|:\s+|,?\s*(?:called|titled|entitled|named|dubbed|"
    rf"known\s+as)\s+)(?P<quote>[\"“])?",
)
_LOWER_HEAD = re.compile(
    r"\s*(?P<acr>\([A-Za-z0-9&./-]{2,12}\))?\s*(?P<head>" + "|".join(LOWER_HEADS) + r")\b(?!-)"
)
_QUOTED = re.compile(r"[\"“](?P<inner>[A-Z][^\"“”\n]{1,80}?)[\"”]")
_BARE_HEAD = re.compile(r"\b[Tt]he\s+(?P<head>[A-Z][a-z]+)\b")
_ARTICLES = frozenset({"the", "a", "an"})
_TITLE_SMALL = frozenset(
    {"of", "and", "for", "to", "on", "in", "the", "a", "an", "our", "with", "at", "by", "&"}
)
_KIND_OF_NOUN = {
    "programme": "program", "assessment": "report", "framework": "plan", "accord": "agreement",
    "treaty": "agreement", "roadmap": "plan", "blueprint": "plan", "act": "law", "law": "law",
    "legislation": "law", "study": "report",
}  # fmt: skip


@dataclass(frozen=True)
class _Doc:
    text: str
    regions: tuple[Span, ...]
    entities: tuple[Entity, ...]


# a fiscal year in front of a name: "Fiscal Year 2004 Assistance to Firefighters Grant Program"
_FISCAL_YEAR = re.compile(r"(?i:fiscal\s+years?|FY)[\s-]*(?:19|20)?\d\d\s+")
# small words left at the front of a name once a number is cut off: "000 for the Courtroom 21 Project"
_LEADING_SMALL = CONNECTORS | {"the"}


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
        return frozenset(_singular(t) for t in toks if t not in GENERIC_HEADS and t != "the")


@lru_cache(maxsize=4096)
def _name_words(name: str) -> tuple[str, ...]:
    return tuple(re.sub(r"['’]s?$", "", w).strip(".") for w in re.findall(r"[\w’'.&-]+", name))


def _singular(w: str) -> str:
    return w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w


def _name(text: str, span: Span, cut: Span | None = None) -> str:
    """The name as printed, without an acronym in parentheses inside it."""
    if cut:
        return collapse(text[span[0] : cut[0]] + " " + text[cut[1] : span[1]])
    return collapse(text[span[0] : span[1]])


def _word_stem(w: Word) -> str:
    return w.stem.lower().rstrip("'’")


def _blocked(doc: _Doc, w: Word) -> bool:
    """Whether the model says this word belongs to a person, place, date or amount."""
    return any(e.start <= w.start and w.end <= e.end and e.label in _NOT_PROGRAM_LABELS for e in doc.entities)


def _institution_only(ws: tuple[Word, ...] | list[Word]) -> bool:
    return all(w.lower in INSTITUTION_WORDS or w.lower in _TITLE_SMALL or w.number for w in ws)


def _descriptive(ws: tuple[Word, ...] | list[Word], kind: str) -> bool:
    """Whether the words before the head only describe ("Deferred Prosecution Agreement"), or
    a bill is named for what it does ("Defense Authorization bill"); a law keeps its name."""
    if all(
        w.lower in DESCRIPTIVE_WORDS | INSTITUTION_WORDS or w.lower in _TITLE_SMALL or w.number for w in ws
    ):
        return True
    return kind != "law" and bool(ws) and ws[-1].lower in DESCRIPTIVE_WORDS - {"emergency"}


def _has_org_word(ws: tuple[Word, ...] | list[Word]) -> bool:
    return any(_word_stem(w) in ORG_WORDS for w in ws)


def _lower_head(text: str, end: int) -> tuple[str, Span, Span | None] | None:
    """The lower-case head noun right after a name ending at ``end``, perhaps past an acronym
    (``Grant (JAG) program``): the noun, its span and the span of the acronym to leave out."""
    m = _LOWER_HEAD.match(text, end)
    if not m or text.count("\n", m.start(), m.end()) > 1:
        return None
    return m.group("head"), m.span("head"), m.span("acr") if m.group("acr") else None


def _from_chunk(doc: _Doc, chunk: Chunk, acronyms: set[str]) -> _Cand | None:
    text = doc.text
    ws = list(chunk.words)
    if all(w.lower not in _HEAD_WORDS for w in ws) and not _LOWER_HEAD.match(text, ws[-1].end):
        return None  # no head noun in or after it: most chunks
    # a person's role before the name: "Regional Representative for the Assistance to ... Program"
    role = max((i for i, w in enumerate(ws[:-1]) if w.lower in ROLE_WORDS), default=-1)
    if role >= 0:
        ws = ws[role + 1 :]
        while ws and not (ws[0].capitalised or ws[0].number):
            ws = ws[1:]
        if not ws:
            return None
    lower = _lower_head(text, ws[-1].end)
    if lower is not None:
        head, head_span, cut = lower
        acronym_only = len(ws) == 1 and (ws[0].text in acronyms or ws[0].text.isupper())
        if _word_stem(ws[-1]) in ORG_WORDS | EVENT_WORDS or _word_stem(ws[0]) in ORG_WORDS:
            return None
        if _institution_only(ws) or _descriptive(ws, head):
            return None
        if (len(ws) < 2 and not acronym_only) or any(w.possessive for w in ws):
            return None
        span = (ws[0].start, head_span[1])
        return _Cand(_name(text, span, cut), LOWER_HEADS[head], span, None, not acronym_only)
    # a head noun in front: "Operation Wrong Turn"
    for i, w in enumerate(ws[:-1]):
        if (
            w.lower in FRONT_HEADS
            and ws[i + 1].text[:1].isalpha()
            and ws[i + 1].capitalised
            and ws[i + 1].lower not in _JOB_WORDS
        ):
            rest = ws[i + 1 :]
            end = next((k for k, x in enumerate(rest) if _word_stem(x) in ORG_WORDS), len(rest))
            rest = rest[:end]
            while rest and not rest[-1].capitalised and not rest[-1].number:
                rest.pop()
            if rest and not (len(ws) > i + 1 + len(rest) and _word_stem(ws[-1]) in HEADS):
                span = (w.start, rest[-1].end)
                return _Cand(_name(text, span), FRONT_HEADS[w.lower], span, w.lower, True)
        if w.lower in FRONT_OF_HEADS and i == 0 and ws[i + 1].lower in ("of", "on"):
            span = (w.start, ws[-1].end)
            return _Cand(_name(text, span), FRONT_OF_HEADS[w.lower], span, w.lower, True)
    # head nouns at the end: the fullest name ending at a head
    best: tuple[int, str] | None = None
    for h, w in enumerate(ws):
        stem = w.lower
        kind = HEADS.get(stem)
        if stem in _AWARENESS and h > 0 and ws[h - 1].lower == "awareness":
            kind = "campaign"
        if kind is None or not w.capitalised or h == 0:
            continue
        if best is not None and h > best[0] + 1 and _institution_only(ws[best[0] + 1 : h]):
            continue  # "... Act of 2004 Conference Report" stays the Act
        best = (h, kind)
    if best is None:
        return None
    h, kind = best
    start = 0
    # a leading number is a year only before a law ("1996 Telecommunications Act")
    if ws[0].number and not (is_year(ws[0]) and kind == "law"):
        start = next((k for k, x in enumerate(ws) if not (x.number or x.lower in _LEADING_SMALL)), h)
    rest = ws[h + 1 :]
    if kind == "law" and len(rest) >= 2 and rest[0].lower == "of" and is_year(rest[1]):
        rest = rest[2:]
    if rest and not (rest[-1].lower in HEADS and _descriptive(rest[:-1], "report")):
        return None  # "Specialist Bill Jones": the head is not the end of a name
    fy = _FISCAL_YEAR.match(text, ws[start].start)
    if fy:
        start = next((k for k, x in enumerate(ws) if x.start >= fy.end()), h)
    m = _PART_OF.match(text, ws[start].start)
    if m:
        start = next((k for k, x in enumerate(ws) if x.start >= m.end()), h)
    name_ws = ws[start : h + 1]
    if len(name_ws) < 2 or _institution_only(name_ws[:-1]) or _word_stem(name_ws[-2]) in EVENT_WORDS:
        return None
    if _descriptive(name_ws[:-1], kind) or (
        _word_stem(name_ws[0]) in ORG_WORDS and kind not in ("law", "bill")
    ):
        return None
    if _blocked(doc, ws[h]) or (kind == "grant" and name_ws[-2].lower in _TITLE_WORDS):
        return None
    if kind == "grant" and len(name_ws) < 3 and not doc.entities:
        return None  # "Pell Grant" or "John Grant": only the model can tell
    end = ws[h].end
    # "Act of 2005"
    if kind == "law" and h + 2 < len(ws) and ws[h + 1].lower == "of" and is_year(ws[h + 2]):
        end = ws[h + 2].end
    span = (name_ws[0].start, end)
    return _Cand(_name(text, span), kind, span, ws[h].lower, True)


def _split_lists(chunk: Chunk) -> list[Chunk]:
    """Two names in one chunk: "National Firearms Act and Gun Control Act", "X Program in Project Y"."""
    ws = chunk.words
    for i in range(1, len(ws) - 2):
        joins = ws[i + 1].lower in ("and", "&", "or") or ws[i + 2].lower in FRONT_HEADS
        if ws[i].lower in HEADS and ws[i].capitalised and joins:
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
        if gap.count("\n") > 1 or not (w.capitalised or w.number or w.lower in _TITLE_SMALL):
            break
        taken.append(w)
    while taken and taken[-1].lower in _TITLE_SMALL:
        taken.pop()
    caps = sum(w.capitalised for w in taken)
    if len(taken) < 2 or caps < 2:
        return None
    end = taken[-1].end
    if quoted and not re.match(r"[\"”]", text[end : end + 1]):
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
        if span is None:
            continue
        kind = _KIND_OF_NOUN.get(noun, noun)
        if kind == "operation" or noun == "legislation":
            kind = "operation" if noun == "operation" else "law"
        ws = words(text, *span)
        if _has_org_word(ws[-1:]):
            continue
        last = ws[-1].lower
        kind = FRONT_HEADS.get(ws[0].lower, HEADS.get(last, kind))
        out.append(_Cand(_name(text, span), kind, span, last if last in HEADS else None, True))
    return out


def _quoted(doc: _Doc, lo: int, hi: int) -> list[_Cand]:
    """Quoted capitalised phrases: short forms only (a quoted "Shared Vision")."""
    out: list[_Cand] = []
    for m in _QUOTED.finditer(doc.text, lo, hi):
        ws = words(doc.text, *m.span("inner"))
        if 1 <= len(ws) <= 8 and all(w.capitalised or w.lower in _TITLE_SMALL for w in ws):
            span = (ws[0].start, ws[-1].end)
            out.append(_Cand(_name(doc.text, span), None, span, None, False))
    return out


def _candidates(doc: _Doc, acronyms: set[str]) -> list[_Cand]:
    text = doc.text
    titles = title_lines(text, doc.regions)
    out: list[_Cand] = []
    for lo, hi in doc.regions:
        title_spans = _titles(doc, lo, hi)
        out.extend(title_spans)
        for chunk in (name for part in split_chunks(text, lo, hi, titles) for name in _split_lists(part)):
            cand = _from_chunk(doc, chunk, acronyms)
            if cand is None or any(t.span[0] <= cand.span[0] < t.span[1] for t in title_spans):
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
            if head not in HEADS and head not in FRONT_HEADS:
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
            gi = home.get(name)
            if gi is not None and not any(s < m.end() and m.start() < e for s, e in taken[gi]):
                taken[gi].append(m.span())
                groups[gi].append(_Cand(name, None, m.span(), None, False))


def extract(ctx: Context, acronyms: tuple[Acronym, ...] = ()) -> tuple[Program, ...]:
    """Find every named program in the release's text, once each, with its mentions."""
    return find(ctx.text, ctx.regions, acronyms, ctx.analysis.entities)


def find(
    text: str,
    regions: tuple[Span, ...],
    acronyms: tuple[Acronym, ...] = (),
    entities: tuple[Entity, ...] = (),
) -> tuple[Program, ...]:
    """The programs named in ``regions`` of ``text``; ``entities`` (from the model, if any) veto
    head words that name people, places or dates."""
    doc = _Doc(text, regions, entities)
    expand = {a.acronym: [w.lower() for w in re.findall(r"[\w’'.&-]+", a.expansion)] for a in acronyms}
    cands = _candidates(doc, set(expand))
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
