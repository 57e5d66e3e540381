"""Cut stage: decoded text -> units (lines and paragraphs read as one).

A line becomes a unit; a long line is cut where two spaces follow a sentence end (and at wide
runs of spaces, and before a dateline in the middle of a flattened line; a whole page flattened
to one line also at its bars and around its end mark); a line that runs on into the next
(lower-case, open end) is joined to it. ``classify`` then reads each unit once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pressparse.dateline import PLACE
from pressparse.lexicon import MORE_WORDS
from pressparse.noise import noise_kind
from pressparse.patterns import DATE, EMAIL, LINE_CONTACT_LABEL, PHONE, SENT_END
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
ASIDE_START = re.compile(r"\([^()\n]{1,40}\)(?:[,;:]|\s[a-z])")
_MID_DATELINE = re.compile(
    rf"\s\((?:{PLACE})\)\s{{0,2}}(?:{DATE.pattern})\s{{0,2}}(?:--|[\u2013\u2014-])", re.IGNORECASE
)
# a contact block in brackets after the last sentence of a paragraph
_CONTACT_ASIDE = re.compile(
    rf"(?<=[.!?\"\u201d]) (?=\((?:for\s(?:{'|'.join(MORE_WORDS)})\sinformation"
    r"|(?:media\s|press\s)?contacts?)\s?:)",
    re.IGNORECASE,
)
# a page scraped to one line keeps its blocks apart by bars ("Menu Home | Title | SAN DIEGO ... |
# Share on Facebook") and its end mark between spaces ("... next year. ### Media Contact: ...")
_FLAT_BAR = re.compile(r" \| ")
_FLAT_END = re.compile(r"(?<= )(?:###|# # #|-30-|- 30 -)(?= )")
# a line at least this long is a flattened page, not a paragraph
_FLAT_LINE = 600
# a bar that parts a contact's name from their title and number: "Emily Kile | Partner  480.348.1590"
_CONTACT_AFTER_BAR = re.compile(rf"[^.!?|]{{0,40}}?(?:{PHONE.pattern}|{EMAIL.pattern})")
# ... and holds a block of the release's text between its bars at least this long
_FLAT_BLOCK = 300
# "CHICAGO\n- The office ...": a hyphen after a place in capitals is the dateline's dash
_CAPS_PLACE_LINE = re.compile(r"[A-Z][A-Z.,' ]{1,40}")


@dataclass(frozen=True)
class Unit:
    """A stretch of the text read as one line or paragraph: ``start``/``end`` are stripped."""

    start: int
    end: int
    text: str
    lines: tuple[Span, ...]
    gap_before: bool  # a blank line precedes it


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
        wide = m.end() - a >= 5 or LINE_CONTACT_LABEL.match(text, m.end(), end) is not None
        if a == start or (
            not wide and (text[a - 1] not in _CUT_AFTER or (text[a - 1] == ":" and a - pos < 12))
        ):
            continue  # (a short label keeps its value: "Date:  April 12, 2022"; a contact label cuts)
        cuts.append((a, m.end()))
        pos = m.end()
    if end - start >= _FLAT_LINE:
        cuts += _flat_cuts(text, start, end)
    # "... Across the Country (New York, NY) October 9, 2015 - Today ...": the title ends there
    if text.find("(", start + 20, end) >= 0:  # (a cheap test most lines fail)
        cuts += [(m.start(), m.start() + 1) for m in _MID_DATELINE.finditer(text, start + 19, end)]
        # "... the director said. (For more information: Mina Andreeva - Tel.: ...)": a contact aside
        cuts += [(m.start(), m.start() + 1) for m in _CONTACT_ASIDE.finditer(text, start + 19, end)]
    return sorted(cuts) if len(cuts) > 1 else cuts


def _flat_cuts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A page flattened to one line is cut at its bars and around its end mark; not at a bar
    inside a contact ("Jane Roe | Partner  480.348.1590"), and not in a line of bars with no long
    block between them."""
    bars = [
        (m.start(), m.end())
        for m in _FLAT_BAR.finditer(text, start, end)
        if not _CONTACT_AFTER_BAR.match(text, m.end(), min(end, m.end() + 60))
    ]
    edges = [start, *(x for bar in bars for x in bar), end]
    if not any(b - a >= _FLAT_BLOCK for a, b in zip(edges[::2], edges[1::2], strict=True)):
        bars = []
    marks = [m.span() for m in _FLAT_END.finditer(text, start, end)]
    return bars + [(a - 1, a) for a, _ in marks] + [(b, b + 1) for _, b in marks]


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
    if not nxt or SENT_END.search(prev):
        return False
    c = nxt[0]
    # (a lower-case letter glued to a capital is a mangled quote mark, "\u00e2Today", not a word)
    lower = c.islower() and not nxt[1:2].isupper()
    dash = bool(_DASH_START.match(nxt)) or (nxt[:2] == "- " and bool(_CAPS_PLACE_LINE.fullmatch(prev)))
    opens = lower or c in ",;)" or dash or bool(ASIDE_START.match(nxt) or _OPEN_END.search(prev))
    return opens and not noise_kind(prev) and not noise_kind(nxt)
