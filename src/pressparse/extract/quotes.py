"""Quote extractor: direct quotations with their resolved speakers.

Takes a ``Context`` with the people already found (``ctx.people``); gives a tuple of ``Quote``
items with spans into the decoded input (the quoted words, without the outer marks).

1. Units: the release's paragraphs (a hard-wrapped block is one unit, an unwrapped block
   one unit per line). Quotation marks pair inside a unit, so a lost mark never shifts the
   quotes of later paragraphs; a unit left open continues into the next one only when that
   one opens with a mark (a quotation over several paragraphs).
2. Marks: curly and straight, double and single; single marks pair only outside double
   quotes (a quote nested in a quote is part of it) and never inside a word (apostrophes).
3. A pair is a quote when it is attributed (a cue before or after it: "said X", "X said:",
   "according to X", a dash, a next-line credit), continues an attributed quote (``"A,"
   said X. "B."``), or stands as a sentence of its own; scare quotes, titles, nicknames and
   slogans are none of these.
4. The speaker is the person named in the attribution, resolved to the ``Person`` (fullest
   name, title) it mentions; a pronoun resolves to the previous speaker or the last person
   named when the gender fits; an unnamed speaker stays null.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

from pressparse.context import Context
from pressparse.lexicon import ATTRIBUTION_ABBREVIATIONS, REPORTING_VERBS, TITLE_HEADS
from pressparse.models import Person, Quote, Speaker
from pressparse.text import names
from pressparse.text.names import gender, name_parts
from pressparse.text.tokens import LOWER, UPPER
from pressparse.textspan import Span, iter_lines, paragraphs, strip_span

_U, _LO = f"[{UPPER}]", f"[{LOWER}]"
_VERBS = "|".join(v.replace(" ", r"\s+") for v in REPORTING_VERBS)
_CUE_AFTER = re.compile(
    rf"^[\s,]*(?:(?P<verb>{_VERBS})\b(?:\s+(?:by|to\s+\w+|in\s+a\s+statement))?|(?P<acc>according\s+to)\b)",
    re.IGNORECASE,
)
_CUE_AFTER_SUBJ = re.compile(
    rf"^[\s,]*(?P<who>[^\s,;:!?\"“”][^;:!?\"“”]{{0,89}}?)\s{{1,40}}(?:also\s+|further\s+|later\s+|then\s+)?(?P<verb>{_VERBS})\b",
    re.IGNORECASE,
)
_INTRO = re.compile(r"[^,.;:!?\"“”]{1,60},\s+")  # an introductory phrase: "At the news conference, "
# "X said …": a name that is the subject of a said-verb
_SAYS = re.compile(rf"\s{{1,20}}(?:(?:also|further|then)\s{{1,20}})?(?:{_VERBS})\b", re.IGNORECASE)
_DASH_AFTER = re.compile(rf"\s{{0,20}}(?P<verb>[-–—~]{{1,2}})\s{{0,20}}(?P<who>{_U}[^\n\"“”]{{1,120}})")
_CUE_BEFORE = re.compile(
    rf"\b(?P<verb>{_VERBS}|according to)\b(?P<tail>[^\"“”]{{0,60}}?)[,:]?\s*$",
    re.IGNORECASE,
)
# where a clause stops: a hard stop, or a full stop that ends no abbreviation or initial
_HARD_STOP = re.compile(r"[;:!?\"“”]|\n\s*\n|\.(?=\s|$)")
_ABBREVIATED = "|".join(sorted(a.capitalize() for a in ATTRIBUTION_ABBREVIATIONS))
_ABBREV_DOT = re.compile(rf"(?:\b{_U}|\b(?:{_U}\.)+{_U}|\b(?:{_ABBREVIATED}))$")
_SUBJECT = re.compile(rf"\s{{0,20}}(?:{_U}|(?:he|she|they|we|I|the|a|an|our|his|her)\b)")
_COLON_BEFORE = re.compile(r":\s*$")
_CUE_INSIDE = re.compile(rf",\s+(?P<verb>{_VERBS})\s+(?P<who>[^,;:!?\"“”]{{3,100}}?)\.?\s*$")
_INSIDE_LEN = 160  # an attribution inside the closing mark stands in the quote's last characters
# a verb sharing a subject
_COORDINATED = re.compile(r"[\s,]{0,20}(?:and|but|then|and\s+then)\s*", re.IGNORECASE)
_POSSESSIVE_AT = re.compile(r"['’]s\b")
# title words before a name, no article
_LEAD = re.compile(rf"\s*(?:(?!The\b){_U}[\w.'’-]{{0,40}}\s+|of\s+)*")
# a sentence's end: a stop before a capital (with no space where a scraper glued the sentences:
# "forever.At the news conference"), or a blank line
_SENTENCE_STOP = re.compile(rf"[.!?](?=\s+[{UPPER}“\"]|{_U}{_LO})|\n\s*\n")
_PRONOUN = re.compile(r"\b(?P<p>he|she|they|I|we)\b", re.IGNORECASE)
_ROLE = re.compile(rf"\bthe\s+(?P<role>{_LO}[{LOWER}-]+(?:\s+{_LO}[{LOWER}-]+)?)\b")
_TITLE_ROLE = re.compile(rf"\b[Tt]he\s+(?P<role>(?:{_U}[\w-]+\s+)?{_U}[\w-]+)\b")
_ORG = re.compile(rf"\b[Tt]he\s+(?P<org>(?:{_U}[\w&'’.-]*\s*)+)")
_ORG_LAST = re.compile(rf"(?:^|,\s*|\bas\s+)[Tt]he\s+(?P<org>{_U}[\w&'’.-]*(?:\s+{_U}[\w&'’.-]*){{0,5}})\s*$")
_WORD = re.compile(r"[\w'’-]+")
_CAP_WORD = re.compile(rf"(?<![\w'’]){_U}{_LO}+(?![\w'’])")
_TITLE_BEFORE = re.compile(rf"(?:\b{_U}[\w.'’-]{{0,40}}\s{{1,20}}){{1,8}}$")
_SENTENCE_END = re.compile(r"[.!?:]\s*$")
_ENDS_SENTENCE = re.compile(r"[.!?]\W{0,8}$")  # read on the quote's last _TAIL characters
_TAIL = 12
_TRAILING = " \t\r\n\"“”'‘’"  # blanks and marks a quote's words may end in
_QUOTE_END = re.compile(r"[.!?,…—–-]\s*$")
_DOUBLE_MARK = re.compile('["“”]')
_SINGLE_MARK = re.compile("['‘’]")
# a double mark, or a single mark that may open a quote (see ``_role``): a text with neither has no quote
_ANY_OPENING = re.compile(r"[\"“”]|(?:(?<=[\s(\[{—–\-/])|^)['‘](?=[^\W\d_]|[\"“])")
_TITLE_LEN = 160  # a title is shorter than this
_INNER_STOP = re.compile(r"[.!?]\s+\w")  # a sentence that ends inside the quoted words
_LINK_LEN = 40  # a line this short inside a sentence is an inline link or tag split off by a scraper
_WRAP_LEN = 60  # an unfinished line this long was wrapped, not a heading
_LINE_END = frozenset('.!?:;"”’)')
_UNIT_LEN = 100  # a block whose lines are all this short is hard-wrapped text: one unit
_REACH = 1500  # a pronoun's antecedent is named at most this many characters before it
_FEMALE = {"she", "her"}
_MALE = {"he", "him", "his"}


@dataclass(frozen=True)
class _Pair:
    start: int  # first quoted character (after the mark)
    end: int  # end of the quoted words (before the closing mark)
    open_at: int  # the opening mark
    close_at: int  # just past the closing mark (== end when it is lost)
    unit: int  # index of the unit it opens in
    last_unit: int  # index of the unit it closes in (several for a multi-paragraph quote)


class _Cast:
    """The people of the release and their mentions in text order (for lookups by position)."""

    def __init__(self, people: tuple[Person, ...]) -> None:
        self.people = people
        self.mentions = sorted((s, e, x) for x in people for s, e in x.mentions)
        self.starts = [s for s, _, _ in self.mentions]
        self.ends = sorted((e, n) for n, (_, e, _) in enumerate(self.mentions))

    def __iter__(self) -> Iterator[Person]:
        return iter(self.people)

    def within(self, lo: int, hi: int) -> list[tuple[int, int, Person]]:
        """The mentions inside ``[lo, hi)``, in text order."""
        out = []
        for n in range(bisect_left(self.starts, lo), bisect_left(self.starts, hi)):
            if self.mentions[n][1] <= hi:
                out.append(self.mentions[n])
        return out

    def last_before(self, pos: int) -> tuple[int, Person] | None:
        """The end and person of the mention that ends last at or before ``pos``."""
        k = bisect_right(self.ends, (pos, len(self.ends))) - 1
        if k < 0:
            return None
        end, n = self.ends[k]
        return end, self.mentions[n][2]


NAME: Final = "quotes"
NEEDS: Final[tuple[str, ...]] = ("people",)


def extract(ctx: Context) -> tuple[Quote, ...]:
    """Find every direct quotation and its speaker (one of ``ctx.people``)."""
    text = ctx.text
    people = _Cast(ctx.people)
    if not any(_ANY_OPENING.search(text, s, e) for s, e in ctx.regions):
        return ()
    units = [u for region in ctx.regions for u in _units(text, region)]
    pairs = _pairs(text, units)
    out: list[Quote] = []
    last: Quote | None = None
    for n, p in enumerate(pairs):
        prev = pairs[n - 1] if n else None
        nxt = pairs[n + 1] if n + 1 < len(pairs) else None
        before_start = prev.close_at if prev and prev.last_unit == p.unit else units[p.unit][0]
        after_end = nxt.open_at if nxt and nxt.unit == p.last_unit else units[p.last_unit][1]
        if _is_title(text[p.start : p.end]):
            continue
        before = text[before_start : p.open_at]
        after = text[p.close_at : after_end]
        q = _attributed(ctx, people, p, before, before_start, after, out)
        if q is None:
            q = _led(ctx, people, p, before_start, last, out)
        if q is None:
            q = _continued(text, units, p, before, after, last, prev)
        if q is None and not before.strip() and p.unit > 0:
            q = _said_before(ctx, people, p, units[p.unit - 1], out)
        if q is None:
            q = _standalone(text, units, p, before, after, ctx, people)
        if q is not None:
            out.append(q)
            last = q
    return tuple(out)


def _is_title(body: str) -> bool:
    """Words in title case or capitals (a lecture's or book's title, a slogan), not a quotation:
    every word of four letters or more capitalised, at least two of them, and no sentence inside."""
    words = [w for w in _WORD.findall(body[:_TITLE_LEN]) if len(w) > 3]
    if len(words) < 2 or len(body) > _TITLE_LEN or _INNER_STOP.search(body):
        return False
    return all(w[0].isupper() for w in words)


# -- units and marks ------------------------------------------------------------------


def _units(text: str, span: Span) -> list[Span]:
    """Paragraph units: a hard-wrapped block is one unit, any other block one unit per line."""
    out: list[Span] = []
    for block in paragraphs(text, span):
        lines = [ln for ln in iter_lines(text, *block) if not ln.blank]
        if len(lines) > 1 and all(len(ln.text) <= _UNIT_LEN for ln in lines):
            out.append(block)
        else:
            spans = [strip_span(text, (ln.start, ln.end)) for ln in lines]
            for n, (s, e) in enumerate(spans):
                if n and s < e and _run_on(text, spans[n - 1], (s, e)):
                    out[-1] = (out[-1][0], e)
                else:
                    out.append((s, e))
    return [u for u in out if u[0] < u[1]]


def _run_on(text: str, prev: Span, line: Span) -> bool:
    """A line that continues the previous one: a page split the sentence at an inline link or tag
    ("…responsibilities,”" | "State’s Attorney Burke said" | ". “We can…")."""
    last = text[prev[0] : prev[1]].rstrip()
    first = text[line[0] : line[0] + 1]
    if first in ".,;:!?)" or first.islower() or last.endswith((",", ",”", ',"')):
        return True
    # an unfinished line: hard-wrapped text, or a link's text on a line of its own ("said" | "David LaBahn")
    # (a short unfinished line before a long one is a heading)
    wrapped = len(last) >= _WRAP_LEN or min(len(last), line[1] - line[0]) <= _LINK_LEN
    return wrapped and last[-1:] not in _LINE_END and first not in "“\"‘'"


def _role(text: str, i: int, single: bool) -> str | None:
    """ "open", "close", "either" or None (an apostrophe) for the mark at ``i``."""
    c = text[i]
    prev = text[i - 1] if i else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    space_before = prev.isspace() or prev in "([{—–-/" or i == 0
    space_after = nxt.isspace() or nxt in ".,;:!?)]}—–-…"
    if single:
        return _single_role(c, prev, nxt, space_before, space_after)
    if c == "“":
        return "open" if not space_after else "either"
    if c == "”":
        return "open" if space_before and not space_after else "close"
    if space_before and not space_after:
        return "open"
    if space_after and not space_before:
        return "close"
    return "either"


def _single_role(c: str, prev: str, nxt: str, space_before: bool, space_after: bool) -> str | None:
    """ "open", "close" or None (an apostrophe: "don't", "O'Neill") for a single mark ``c``."""
    if prev.isalnum() and nxt.isalnum():
        return None
    if c in "‘'" and space_before and (nxt.isalpha() or nxt in '“"'):
        return "open"
    if c in "’'" and space_after and (prev.isalpha() or prev in ".,!?"):
        return "close"
    return None


def _pairs(text: str, units: list[Span]) -> list[_Pair]:
    """Pair the double marks unit by unit (continuing over paragraphs), then the single marks."""
    doubles: list[_Pair] = []
    chain: tuple[int, int] | None = None  # (opening mark, unit) of a quote still open
    for u, (s, e) in enumerate(units):
        marks = [m.start() for m in _DOUBLE_MARK.finditer(text, s, e)]
        open_at: int | None = None
        first_unit = u
        if chain is not None:
            if marks and marks[0] == s and _role(text, s, False) != "close":
                open_at, first_unit = chain[0], chain[1]
                marks = marks[1:]
            else:
                doubles.append(_lost(text, chain, units))
        chain = None
        for i in marks:
            role = _role(text, i, False)
            if open_at is None:
                if role != "close":
                    open_at, first_unit = i, u
                continue
            if role == "open" and i > open_at + 1:
                # a lost closing mark: the open quote ends before this one
                doubles.append(_lost(text, (open_at, first_unit), units, i))
                open_at, first_unit = i, u
                continue
            if i > open_at + 1:
                doubles.append(_Pair(open_at + 1, i, open_at, i + 1, first_unit, u))
            open_at = None
        if open_at is not None:
            chain = (open_at, first_unit)
    if chain is not None:
        doubles.append(_lost(text, chain, units))
    doubles = [p for p in doubles if p.end > p.start and text[p.start : p.end].strip()]
    singles = _single_pairs(text, units, doubles)
    return sorted(doubles + singles, key=lambda p: p.start)


def _lost(text: str, chain: tuple[int, int], units: list[Span], stop: int | None = None) -> _Pair:
    """A quote whose closing mark is lost: it ends with its unit (or before the next mark)."""
    open_at, u = chain
    unit = next(
        k for k in range(u, len(units)) if units[k][0] <= open_at < units[k][1] or k == len(units) - 1
    )
    end = stop if stop is not None else units[unit][1]
    s, e = strip_span(text, (open_at + 1, end))
    return _Pair(s, e, open_at, e, u, unit)


def _single_pairs(text: str, units: list[Span], doubles: list[_Pair]) -> list[_Pair]:
    out: list[_Pair] = []
    doubles = sorted(doubles, key=lambda p: p.open_at)  # double quotes do not overlap
    opens = [p.open_at for p in doubles]
    for u, (s, e) in enumerate(units):
        open_at: int | None = None
        for mark in _SINGLE_MARK.finditer(text, s, e):
            i = mark.start()
            k = bisect_right(opens, i) - 1
            if k >= 0 and i < doubles[k].close_at:
                continue  # inside a double quote: part of it
            role = _role(text, i, True)
            if role == "open" and open_at is None:
                open_at = i
            elif role == "close" and open_at is not None:
                if i > open_at + 1:
                    out.append(_Pair(open_at + 1, i, open_at, i + 1, u, u))
                open_at = None
    return out


# -- attribution ----------------------------------------------------------------------


def _words(s: str) -> int:
    return len(_WORD.findall(s))


@dataclass(frozen=True)
class _Around:
    """A quote's pair with what stands around it in its unit: the text before it (from
    ``before_start``) and after it, and the quotes found so far."""

    ctx: Context
    people: _Cast
    p: _Pair
    before: str
    before_start: int
    after: str
    done: list[Quote]

    @property
    def body(self) -> str:
        return self.ctx.text[self.p.start : self.p.end]

    def quote(self, who: Span, cue: str | None) -> Quote:
        return _quote(self.ctx, self.people, self.p, who, cue, self.done)


def _attributed(
    ctx: Context,
    people: _Cast,
    p: _Pair,
    before: str,
    before_start: int,
    after: str,
    done: list[Quote],
) -> Quote | None:
    """The quote when a cue right after or right before it names who said it."""
    a = _Around(ctx, people, p, before, before_start, after, done)
    for step in (_cue_after, _dash_after, _cue_before, _mark_before, _line_before, _cue_inside):
        q = step(a)
        if q is not None:
            return q
    return None


def _cue_after(a: _Around) -> Quote | None:
    """ "…," said X | "…," X said."""
    text, p, after, body = a.ctx.text, a.p, a.after, a.body
    if _QUOTE_END.search(body) is None and after.lstrip()[:1] != ",":
        return None
    after_end = p.close_at + len(after)
    m = _CUE_AFTER.match(after)
    if m and m.group("acc") and m.group("acc")[0].isupper() and _SENTENCE_END.search(body):
        return None  # '“…Clark County.” According to the Census Bureau, …': a new sentence
    if m:
        who_start = p.close_at + m.end()
        return a.quote(
            (who_start, _clause_end(text, who_start, after_end)), m.group("verb") or m.group("acc")
        )
    m = _CUE_AFTER_SUBJ.match(after)
    if m is None:
        return None
    who = m.group("who")
    if "\n" in after[: m.start("who")] + who and _SENTENCE_END.search(body):
        return None  # '…man."' | 'ADA X echoed those sentiments, “…”': a new sentence, not an attribution
    if (
        _words(who) <= 10
        and _SUBJECT.match(who)
        and _clause_end(text, p.close_at, after_end) >= p.close_at + m.end("who")
    ):
        who_start = p.close_at + m.start("who")
        return a.quote((who_start, who_start + len(who)), m.group("verb"))
    return None


def _dash_after(a: _Around) -> Quote | None:
    """ "…" — X, or a credit line right under the quote."""
    text, p, after = a.ctx.text, a.p, a.after
    m = _DASH_AFTER.match(text, p.close_at, p.close_at + len(after)) if after.lstrip()[:1] in "-–—~" else None
    if m is None and not after.strip():
        m = _next_line_credit(text, p)
    if m is None:
        return None
    who_start = m.start("who")
    return a.quote((who_start, who_start + len(m.group("who"))), m.group("verb"))


def _cue_before(a: _Around) -> Quote | None:
    """X said, "…" | according to X, "…" | X …, arguing that "…"."""
    text, p, before, before_start, body = a.ctx.text, a.p, a.before, a.before_start, a.body
    m = _last_cue(before[-300:])
    if m is None:
        return None
    off = before_start + max(0, len(before) - 300)
    if _words(body) <= 3 and not _QUOTE_END.search(body) and body.istitle():
        return None  # a quoted name or phrase ("painted the phrase “White Power”"), not a quotation
    if _words(m.group("tail")) > 6 or _clause_end(text, off + m.start("tail"), p.open_at) < off + m.end(
        "tail"
    ):
        return None
    verb, verb_at = m.group("verb"), off + m.start("verb")
    who = (_clause_start(text, verb_at, before_start), verb_at)
    if verb.casefold().startswith("according") or not _WORD.search(text, *who):
        # "according to X, “…”"; '“A,” said X, “B.”': the speaker stands after the verb
        who = (off + m.start("tail"), off + m.end("tail"))
    elif verb.endswith("ing"):
        # "X blasted the plan, arguing that “...”": the person last named in the sentence said it
        lo = _sentence_start(text, verb_at, max(0, verb_at - 400))
        named = [s for s, _, _ in a.people.within(lo, verb_at)]
        who = (max(named), verb_at) if named else who
    elif (
        _COORDINATED.fullmatch(text, *who) and a.done and a.done[-1].span[1] <= who[0] and a.done[-1].speaker
    ):
        # "X told them that “…,” and added, “…”": the subject of the last quote goes on
        return Quote(text=body, span=(p.start, p.end), speaker=a.done[-1].speaker, cue=verb)
    return a.quote(who, verb)


def _cue_inside(a: _Around) -> Quote | None:
    """An attribution that a misplaced closing mark left inside the quote ("…the State Attorney’s
    Office, said Police Chief Manuel A. Morales.”"): the quote ends before it."""
    text, p = a.ctx.text, a.p
    lo = max(p.start, p.end - _INSIDE_LEN)
    m = _CUE_INSIDE.search(text, lo, p.end)
    if m is None or not a.people.within(m.start("who"), m.end("who")):
        return None
    speaker = _speaker(a.ctx, a.people, (m.start("who"), m.end("who")), p, a.done)
    end = m.start()
    return Quote(text=text[p.start : end], span=(p.start, end), speaker=speaker, cue=m.group("verb"))


def _last_cue(s: str) -> re.Match[str] | None:
    """The cue nearest the quote ("Prosecutors told jurors the defendant told her, “…”": the second)."""
    m = _CUE_BEFORE.search(s)
    while m is not None:
        nxt = _CUE_BEFORE.search(s, m.start("verb") + 1)
        if nxt is None:
            return m
        m = nxt
    return None


def _mark_before(a: _Around) -> Quote | None:
    """ "X expressed her enthusiasm: “...”", "ADA X echoed those sentiments, “...”"."""
    mark = a.before.rstrip()[-1:]
    if mark not in {":", ","} or _words(a.body) < 3:
        return None
    mark_at = a.before_start + len(a.before.rstrip()) - 1
    who = (_clause_start(a.ctx.text, mark_at, a.before_start), mark_at)
    return _introduced(a.ctx, a.people, a.p, who, mark, a.done)


def _line_before(a: _Around) -> Quote | None:
    """ "X said:" (or "X made the following statement:") closing the previous paragraph."""
    text = a.ctx.text
    if a.before.strip():
        return None
    prev_line = _previous_line(text, a.p.open_at)
    if not prev_line or not _COLON_BEFORE.search(text[prev_line[0] : prev_line[1]]):
        return None
    m = _CUE_BEFORE.search(text, prev_line[0], prev_line[1])
    if m:
        return a.quote((_clause_start(text, m.start("verb"), prev_line[0]), m.start("verb")), m.group("verb"))
    who = (_clause_start(text, prev_line[1] - 1, prev_line[0]), prev_line[1])
    return _introduced(a.ctx, a.people, a.p, who, ":", a.done)


def _introduced(
    ctx: Context, people: _Cast, p: _Pair, who: Span, mark: str, done: list[Quote]
) -> Quote | None:
    """A quote introduced without a said-verb: by a clause ending in a colon that names one
    person, or by a clause ending in a comma whose subject is a person."""
    text = ctx.text
    inside = [(s, x) for s, _, x in people.within(who[0], who[1])]
    if not inside:
        return None
    s = min(s for s, _ in inside)
    lead = text[who[0] : s]
    if mark == "," and not _LEAD.fullmatch(lead):
        return None
    if mark == ":" and not _LEAD.fullmatch(lead) and not _POSSESSIVE_AT.match(text, _mention_end(inside, s)):
        return None  # the person must lead the clause, or own what follows ("Senator X's remarks:")
    return _quote(ctx, people, p, (s, who[1]), mark, done)


def _mention_end(inside: list[tuple[int, Person]], s: int) -> int:
    _, person = next(t for t in inside if t[0] == s)
    return next(e for a, e in person.mentions if a == s)


def _sentence_start(text: str, end: int, lo: int) -> int:
    """Where the sentence holding ``end`` begins (quotation marks do not end it)."""
    start = lo
    for m in _SENTENCE_STOP.finditer(text, lo, end):
        if not _ABBREV_DOT.search(text, max(0, m.start() - 8), m.start()):
            start = m.end()
    return start


def _clause_end(text: str, start: int, stop: int, limit: int = 200) -> int:
    """Where the clause that begins at ``start`` stops, by ``stop`` at the latest (abbreviations and
    initials do not stop it)."""
    stop = min(stop, start + limit)
    for m in _HARD_STOP.finditer(text, start, stop):
        if m.group() != "." or not _ABBREV_DOT.search(text, max(0, m.start() - 8), m.start()):
            return m.start()
    return stop


def _clause_start(text: str, end: int, lo: int) -> int:
    """Where the clause that ends at ``end`` begins (not before ``lo``)."""
    start = lo
    for m in _HARD_STOP.finditer(text, lo, end):
        if m.group() != "." or not _ABBREV_DOT.search(text, max(0, m.start() - 8), m.start()):
            start = m.end()
    return start


def _next_line_credit(text: str, p: _Pair) -> re.Match[str] | None:
    """A credit line right under a quote: "— John Smith, CEO"."""
    nl = text.find("\n", p.close_at)
    if nl < 0:
        return None
    return _DASH_AFTER.match(text, nl + 1, nl + 200)


def _previous_line(text: str, pos: int) -> Span | None:
    line_start = text.rfind("\n", 0, pos)
    if line_start < 0:
        return None
    e = line_start
    while e > 0 and text[e - 1].isspace():
        e -= 1
    s = text.rfind("\n", 0, e) + 1
    return (s, e) if s < e else None


def _led(
    ctx: Context, people: _Cast, p: _Pair, lo: int, last: Quote | None, done: list[Quote]
) -> Quote | None:
    """A quote that follows, in its paragraph, a sentence led by another person than the last
    speaker ("X, Board Chair of Y, is excited to expand. “…”"): that person said it."""
    text = ctx.text
    before = text[lo : p.open_at].rstrip()
    if before[-1:] not in {".", "!", "?"} or _words(text[p.start : p.end]) < 4:
        return None
    if text[p.close_at : p.close_at + 40].lstrip()[:1].islower():
        return None  # '"Ten Love Poems Aching from Three Days" won first place': a title in a sentence
    stop = lo + len(before) - 1
    s0 = _sentence_start(text, stop, lo)
    led = [
        (s, x)
        for s, _, x in people.within(s0, stop)
        if _LEAD.fullmatch(text[s0:s]) and _words(text[s0:s]) <= 6
    ]
    if not led:
        return None
    s, _ = min(led, key=lambda t: t[0])
    return _quote(ctx, people, p, (s, stop), None, done)


def _continued(
    text: str,
    units: list[Span],
    p: _Pair,
    before: str,
    after: str,
    last: Quote | None,
    prev: _Pair | None,
) -> Quote | None:
    """The second part of an interrupted quote, or a paragraph that only continues the last one."""
    if last is None or prev is None or last.span[0] != prev.start:
        return None
    body = text[p.start : p.end]
    short = _words(before) <= 25 or _attribution_only(text, prev.close_at, p.open_at, last)
    if prev.last_unit == p.unit and short and _words(body) >= 2:
        return Quote(text=body, span=(p.start, p.end), speaker=last.speaker, cue=last.cue)
    whole_unit = not before.strip() and not after.strip(' \t"”.')
    if p.unit == prev.last_unit + 1 and whole_unit and _words(body) >= 4:
        return Quote(text=body, span=(p.start, p.end), speaker=last.speaker, cue=last.cue)
    return None


def _attribution_only(text: str, lo: int, hi: int, last: Quote) -> bool:
    """The text between two quotes is one sentence naming the first one's speaker
    ("…,” said Antonio González, the president of … communities. “…")."""
    if last.speaker is None or not lo <= last.speaker.span[0] < hi:
        return False
    stop = lo + len(text[lo:hi].rstrip()) - 1
    return text[stop] in ".!?" and _sentence_start(text, stop, lo) == lo


def _said_before(ctx: Context, people: _Cast, p: _Pair, prev: Span, done: list[Quote]) -> Quote | None:
    """A quote opening its paragraph after a paragraph that reports what a person said ("Senator
    Bolkus said John Howard was way behind …" | "“Almost all his suggestions …”"): that person."""
    text = ctx.text
    if _DOUBLE_MARK.search(text, *prev) or _words(text[p.start : p.end]) < 4:
        return None  # the paragraph before holds a quote: its speaker is read there
    named = people.within(prev[0], min(prev[1], prev[0] + 160))
    if not named:
        return None
    s, e, _ = named[0]
    if not _leads(text, prev[0], s) or not _SAYS.match(text, e):
        return None
    return _quote(ctx, people, p, (s, e), None, done)


def _standalone(
    text: str,
    units: list[Span],
    p: _Pair,
    before: str,
    after: str,
    ctx: Context,
    people: _Cast,
) -> Quote | None:
    """An unattributed quotation that stands as a sentence of its own ("…a blunt message: "…"")."""
    body = text[p.start : p.end]
    starts_sentence = not before.strip() or _SENTENCE_END.search(before) is not None
    ends_sentence = _ENDS_SENTENCE.search(body.rstrip(_TRAILING)[-_TAIL:]) is not None
    if starts_sentence and ends_sentence and _words(body) >= 5:
        return Quote(
            text=body, span=(p.start, p.end), speaker=None, cue=":" if before.rstrip().endswith(":") else None
        )
    return None


# -- speakers -------------------------------------------------------------------------


def _quote(ctx: Context, people: _Cast, p: _Pair, who: Span, cue: str | None, done: list[Quote]) -> Quote:
    text = ctx.text
    speaker = _speaker(ctx, people, who, p, done)
    return Quote(text=text[p.start : p.end], span=(p.start, p.end), speaker=speaker, cue=cue and cue.strip())


def _speaker(ctx: Context, people: _Cast, who: Span, p: _Pair, done: list[Quote]) -> Speaker | None:
    """The speaker named in ``text[who]``: a person, a pronoun's antecedent, an organisation, or None."""
    text = ctx.text
    named = [((s, e), person) for s, e, person in people.within(who[0], who[1])]
    owners = [x for x in named if _owner(text, x[0])]
    if len(owners) < len(named):
        named = [x for x in named if x not in owners]  # "Sanders’ pollster Ben Tulchin": not Sanders
    if named:
        (s, e), person = min(named, key=lambda x: x[0][0])
        s = _title_start(text, who[0], s)
        return Speaker(name=person.name, title=person.title, mention=text[s:e], span=(s, e))
    clause = text[who[0] : who[1]]
    pr = _PRONOUN.search(clause)
    if pr and _words(clause[: pr.start()]) <= 2:
        antecedent = _antecedent(text, people, pr.group("p").casefold(), p.open_at, done)
        if antecedent is not None:
            s = who[0] + pr.start()
            return Speaker(
                name=antecedent.name,
                title=antecedent.title,
                mention=pr.group(),
                span=(s, s + len(pr.group())),
            )
        return None
    unlisted = _unlisted(text, people, who)
    if unlisted is not None:
        return unlisted
    role = _ROLE.search(clause) or _TITLE_ROLE.search(clause)
    if role and (role.re is _ROLE or _titled(role.group("role"))):
        return _holder(text, people, who[0] + role.start(), who[0] + role.end(), role.group("role"))
    org = _ORG.search(clause)
    if org is None or _words(clause[: org.start()]) > 2:
        org = _ORG_LAST.search(clause)  # "…, as the Washington Post put it": right before the verb
    if org is not None:
        name = org.group("org").strip()
        s = who[0] + org.start("org")
        return Speaker(
            name=name, title=None, mention=text[who[0] + org.start() : s + len(name)], span=(s, s + len(name))
        )
    return None


def _owner(text: str, mention: Span) -> bool:
    """The mention owns what follows it ("Sanders’ pollster", "Smith's spokesman")."""
    e = mention[1]
    return text[e - 1] in "'’" or _POSSESSIVE_AT.match(text, e) is not None or text[e : e + 1] in {"'", "’"}


def _titled(role: str) -> bool:
    """A capitalised role that is a title ("the Minister", "the Police Chief"), not an organisation."""
    return role.split()[-1].casefold().rstrip(".") in TITLE_HEADS


def _holder(text: str, people: _Cast, s: int, e: int, role: str) -> Speaker | None:
    """The one person whose title holds the role's head ("the Minister" -> the Minister for X),
    else None: an unnamed office holder is no speaker."""
    head = role.split()[-1].casefold()
    holders = [x for x in people if x.title and head in x.title.casefold().split()]
    if len(holders) != 1:
        return None
    return Speaker(name=holders[0].name, title=holders[0].title, mention=text[s:e], span=(s, e))


def _unlisted(text: str, people: _Cast, who: Span) -> Speaker | None:
    """A speaker named in a way the people list does not hold: by the given name of one person
    ("said Greg" for Greg Scott), by a title and surname, or by a given name alone."""
    for m in _CAP_WORD.finditer(text, who[0], min(who[1], who[0] + 60)):
        word = m.group()
        same = [x for x in people if len(name_parts(x.name)) > 1 and name_parts(x.name)[0] == word]
        if len(same) == 1:
            x = same[0]
            return Speaker(name=x.name, title=x.title, mention=word, span=m.span())
    found = names.find(text, [who], None)
    if found:
        m0 = found[0]
        return Speaker(name=m0.name, title=m0.title, mention=text[m0.start : m0.end], span=(m0.start, m0.end))
    first = _CAP_WORD.match(text, who[0] + len(text[who[0] : who[1]]) - len(text[who[0] : who[1]].lstrip()))
    if first and names.is_given_name(first.group()):
        return Speaker(name=first.group(), title=None, mention=first.group(), span=first.span())
    return None


def _title_start(text: str, lo: int, s: int) -> int:
    """Start of the attribution's mention: the name with the capitalised title printed right before it."""
    m = _TITLE_BEFORE.search(text, lo, s)
    return m.start() if m else s


def _antecedent(text: str, people: _Cast, pronoun: str, pos: int, done: list[Quote]) -> Person | None:
    """The person a pronoun names. "I" and "we": the last speaker, else the last person named.
    "He" and "she": the people named since the last quote (the latest first), then the last
    speaker, then the last person named; the first whose gender does not contradict the pronoun's."""
    speaker: list[Person] = []
    lo = max(0, pos - _REACH)
    last = next((q for q in reversed(done) if q.speaker is not None and q.span[1] <= pos), None)
    if last is not None and last.speaker is not None and pos - last.span[1] < _REACH:
        speaker = [x for x in people if x.name == last.speaker.name][:1]
        lo = last.span[1]
    since = _since(text, people.within(lo, pos))
    if pronoun not in _FEMALE | _MALE:
        mentioned = people.last_before(pos)
        named = [mentioned[1]] if mentioned and pos - mentioned[0] < _REACH else []
        first = (speaker + named)[:1]
        return first[0] if first and pronoun in {"i", "we"} else None
    other = "male" if pronoun in _FEMALE else "female"
    return next((x for x in since + speaker if _gender_of(x) != other), None)


def _since(text: str, mentions: list[tuple[int, int, Person]]) -> list[Person]:
    """The people of ``mentions`` as a pronoun's antecedents: the latest sentence first, and in a
    sentence its subject first ("At the news conference, Sanders told reporters that President
    Obama should … He said"), then the latest named."""
    out: list[Person] = []
    while mentions:
        s0 = _sentence_start(text, mentions[-1][0], max(0, mentions[-1][0] - 400))
        k = len(mentions)
        while k and mentions[k - 1][0] >= s0:
            k -= 1
        sentence = mentions[k:][::-1]
        out += [x for s, e, x in sentence if _subject(text, s0, s, e)] + [x for _, _, x in sentence]
        mentions = mentions[:k]
    return out


def _subject(text: str, s0: int, s: int, e: int) -> bool:
    """The mention [s, e) opens the sentence that begins at ``s0``, after title words or an
    introductory phrase at most, and owns nothing ("Sanders’ pollster" is no subject)."""
    return not _owner(text, (s, e)) and _leads(text, s0, s)


def _leads(text: str, s0: int, s: int) -> bool:
    """Only title words, after an introductory phrase at most, stand between ``s0`` and ``s``
    ("Commenting on the decision, Senator | Bartlett")."""
    lead = text[s0:s]
    intro = _INTRO.match(lead)
    return bool(_LEAD.fullmatch(lead) or (intro and _LEAD.fullmatch(lead, intro.end())))


def _gender_of(person: Person) -> str | None:
    parts = name_parts(person.name)
    return gender(parts[0]) if len(parts) > 1 else None
