"""Date extractor: calendar dates resolved against the release date.

Takes a ``Context``; gives a tuple of ``DateMention`` items (ISO value at the precision
printed: day, month, year, or ISO week for "last week") with spans into the decoded input, read
from the headline, header, body and about (never noise). The printed release date is one of them.

``locate(text, span)`` finds the candidate strings (one compiled regex, a fast path for the
common formats; cached per text and span); ``resolve`` turns them into ISO values through a table
of named resolvers, one per kind. A date without a year and relative dates ("today", "last
Tuesday", "last October", "three weeks ago", "late November", "Thanksgiving Day") resolve against
the release date (or, where the header has none, a closing place-and-date line, "CANBERRA 27 May
1996"): the tense decides the direction (past: on or before the release, future: after it; with
neither, the nearer weekday, and a month-day in the release's year unless that is over eight
months away and the adjacent year is not; a date up to two weeks on the other side stays in the
release's year). A range of days ("October 24-27", "the 5th and the 10th of May") gives both ends;
two dates joined as a span share the year printed on the second ("January 1 and October 30,
2025"). Without an anchor relative dates are dropped.
Rare numeric formats ("17-Jun-2011", "2011/06/17") go to dateparser, imported lazily, on the
located string only. ``printed_date_spans`` tells the figure reader which spans print a date.
Not dates: durations ("within the next year"), times, ages, decades, fiscal years, a year inside a
name ("Act of 2005", "Migration Act 1958", "CPHIA 2026"), figures of speech ("tomorrow's leaders"),
a machine's stamp with seconds; a year used as a name ("the 2000 Presidential election") is a date.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Final

from pressparse.context import Context
from pressparse.lexicon import (
    MONTH_ABBREVIATIONS,
    MONTH_STEMS,
    MONTHS,
    NAMED_YEAR_HEADS,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
)
from pressparse.models import DateMention
from pressparse.patterns import one_of
from pressparse.text.numbers import WORDS, parse_number
from pressparse.text.units import UNIT
from pressparse.textspan import Span, SpanIndex


def _cased(words: Iterable[str]) -> str:
    """Title and upper case spellings of each word (never lower case: "may", "march", "sun")."""
    return one_of(v for w in words for v in (w, w.upper()))


# (an alternation is tried in full at every word: a first-letter test in front skips it fast)
_FULL = rf"(?=[JFMASOND])(?:{_cased(MONTHS)})"
_MONTH = rf"(?=[JFMASOND])(?:{_FULL}|(?:{_cased(MONTH_ABBREVIATIONS)})\.?)"
_WEEKDAY = rf"(?=[MTWFS])(?:(?:{_cased(WEEKDAYS)})|(?:{_cased(WEEKDAY_ABBREVIATIONS)})\.)"
_SHIFT = r"(?=[lLnNtTpPcC])(?i:last|next|this|past|coming)"

_AGO_UNIT = r"(?i:days?|weeks?|months?|years?|decades?)"
# holidays, by name as printed (their day is computed per year by ``_HOLIDAYS``)
_HOLIDAY = (
    r"New\s+Year['’]?s\s+(?:Day|Eve)|Christmas\s+(?:Day|Eve)|Thanksgiving(?:\s+Day)?|Memorial\s+Day|"
    r"Labor\s+Day|Independence\s+Day|Fourth\s+of\s+July|Veteran['’]?s['’]?\s+Day|Halloween|"
    r"Valentine['’]?s\s+Day|Juneteenth|Boxing\s+Day|Australia\s+Day|(?:Anzac|ANZAC)\s+Day|Canada\s+Day|"
    r"Remembrance\s+Day|President['’]?s['’]?\s+Day|Columbus\s+Day|Mother['’]?s\s+Day|Father['’]?s\s+Day|"
    r"Election\s+Day|Easter\s+(?:Sunday|Monday)|Good\s+Friday|Martin\s+Luther\s+King(?:,?\s+Jr\.?)?\s+Day|MLK\s+Day"
)

_DATE = re.compile(
    # every alternative starts a word; a digit or a letter chooses the half to try
    r"\b(?:"
    # three weeks ago, 41 years ago, a year ago (a look-ahead of a few words skips other places fast)
    rf"(?=[\w-]{{1,24}}(?:\s{{1,8}}[\w-]{{1,24}}){{0,4}}\s{{1,8}}{_AGO_UNIT}\s+(?i:ago)\b)"
    rf"(?P<ago>(?P<an>\d{{1,3}}|(?i:{WORDS})|(?i:an?))\s+(?P<au>{_AGO_UNIT})\s+(?i:ago)\b)"
    r"|(?=\d)(?:"
    # 4 February 2011 / 17th of March / the 5th and the 10th of May / 24-27 October
    rf"(?P<dmy>(?<![\w.,$])(?:(?P<d2a>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:-|–|and|to|until|through)\s*(?:the\s+)?)?"
    rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH})(?:,?\s*(?P<y2>\d{{4}})(?!\w))?)"
    # 2/4/2011, 08-13-50
    r"|(?P<num>(?<![\w/.,-])(?P<a>\d{1,2})(?P<sep>[/-])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{4}|\d{2})(?![\w/-]|\.\d))"
    # 2011-02-04
    r"|(?P<iso>(?<![\w/.,-])(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)(?![\w/-]))"
    # 17-Jun-2011, 2011/06/17, 17.06.2011: dateparser
    rf"|(?P<other>(?<![\w/.,-])(?:\d{{1,2}}-(?:{_MONTH})-\d{{2,4}}|(?:19|20)\d\d/\d{{1,2}}/\d{{1,2}}|\d{{1,2}}\.\d{{1,2}}\.(?:19|20)\d\d)(?![\w/-]|\.\d))"
    # in 2010, mid-2020 (a dash after it only as a dash: "in 1938--he")
    r"|(?P<year>(?:(?<![\w$.,/#:-])|(?<=\b[mM]id-))(?P<y4>1[89]\d\d|20\d\d)(?![\w'’]|-(?!-)|[.,]\d))"
    r")|(?=[A-Za-z])(?:"
    # Tuesday, March 12, 2024 / Feb. 4 / next Monday, July 30 / March 13 of last year / October 24-27
    rf"(?P<mdy>(?:(?:{_SHIFT}\s+)?(?P<wd1>{_WEEKDAY}),?\s+)?(?P<m1>{_MONTH})\s*(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"(?![\d:]|\.\d|\s*(?:a\.m|p\.m|am\b|pm\b))(?:\s*(?:-|–|through|and)\s*(?P<d1b>\d{{1,2}})(?:st|nd|rd|th)?(?![\d:]|\.\d))?"
    rf"(?:,?\s*(?P<y1>\d{{4}})(?![\w-])|\s+of\s+(?P<r1>(?i:last|this|next))\s+year)?)"
    # March 2011 / May of 2010
    rf"|(?P<my>(?P<m3>{_MONTH}),?\s+(?:of\s+)?(?P<y3>\d{{4}})(?![\w-]))"
    # late November, mid-March 2011, the end of May
    rf"|(?=[eEmMlLtT])(?P<part>(?i:early|mid|late|the\s+(?:end|beginning|middle|start)\s+of)[\s-]+"
    rf"(?P<m5>{_MONTH})(?:,?\s+(?:of\s+)?(?P<y5>\d{{4}})(?![\w-]))?(?!\s*\d))"
    # in November / since March / in January last year (a month alone, not before a day or year)
    # my May letter / its October meeting (a possessive and a month before a noun)
    rf"|(?=[iIsSuUbBtTdDfFoOaAmMhH])(?=[a-zA-Z]{{2,7}}\s+[JFMASOND])"
    rf"(?P<mon>\b(?:(?i:in|since|until|by|through|during|from|of|before|after|between)\s+(?P<m4>{_FULL})"
    r"(?!\s*,?\s*(?:of\s+)?\d)(?:\s+(?:of\s+)?(?P<r4>(?i:last|this|next))\s+year)?"
    rf"|(?i:my|our|his|her|its|their)\s+(?P<m6>{_FULL})(?=\s{{1,5}}[a-z]))\b)"
    # Thanksgiving Day, Christmas Eve, Memorial Day 2010
    rf"|(?=[A-Z])(?P<hol>(?:{_HOLIDAY})(?:,?\s+(?P<yh>\d{{4}})(?![\w-]))?)\b"
    # today, yesterday, last year, next Monday, last October, this week, the next day
    r"|(?=[tTyY])(?P<rel>(?i:today|yesterday|tomorrow|tonight|"
    r"this\s+morning|this\s+afternoon|this\s+evening)\b)"
    rf"|(?P<shift>(?P<sh>{_SHIFT})\s+(?P<what>(?i:year|month|week)\b|(?:{_cased(WEEKDAYS)}|{_FULL})\b))"
    r"|(?=[tT])(?P<after>(?i:the\s+(?:next|following)\s+day)\b)"
    # on Tuesday (a weekday alone, not "Tuesday evenings")
    rf"|(?=[MTWFS])(?P<wday>(?P<wd2>{_cased(WEEKDAYS)})"
    rf"(?![\w'’]|\s*(?:-|–|through|to|and)\s*{_WEEKDAY}|\s+(?:evenings|nights|mornings|afternoons)\b"
    rf"|,?\s{{1,5}}\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}))"
    r"))"
)

_NAME_BEFORE_YEAR = re.compile(
    r"(?:(?i:fiscal\s+years?|fiscal|FY)[\s-]*(?:\d{4}\s*(?:,|and|or|to|through|-|–)\s*)*|"
    r"(?<=[\w,] )[A-Z][\w.]*\s+of\s+|[$#]\s*|"
    r"\b(?:Act|Acts|Bill|Code|Regulations?|Ordinance|Amendment|Treaty|Protocol)\s+|"
    r"\b(?:Award|Awards|Prize|Medal)\s+(?:for|of)\s+|"
    r"(?i:more\s+than|over|about|nearly|almost|approximately|some|up\s+to|at\s+least|around|roughly)\s+)$"
)
# a name's word before a year and a plan's head after it: "our Rheinwerk 2025 strategy", "Vision 2030 plan"
_NAME_WORD_BEFORE = re.compile(r"(?<=[\w,] )[A-Z][\w-]{1,30}\s$")
_PLAN_AFTER_YEAR = re.compile(rf"\s{{1,3}}(?:{one_of(sorted(NAMED_YEAR_HEADS))})\b")
# an acronym right before a year names an event in running text: "(CPHIA 2026)", "CES 2024"
_ACRONYM_BEFORE = re.compile(r"(?<![\w.])[A-Z]{2,12}[ -]$")
_LOWER = re.compile(r"[a-z]")
# "2022 PRIDE Awards" names a thing; "the 2000 Presidential election" is a date (a year used as a name)
_NAME_AFTER_YEAR = re.compile(
    r"(?:[ \t]{1,20}|[ \t]{0,20}\n[ \t]{0,20})"  # on the same or the next line, not a new paragraph
    r"(?![A-Z][a-z]+\s+(?:elections?|campaign|census|race|primary|primaries|season|cycle)\b)[A-Z0-9]"
    r"|\s{0,20}(?:-|–|/)\s*\d"
)
# "Monday through Friday", "every Tuesday": a weekday that names no one day
_NOT_A_DAY_BEFORE = re.compile(
    rf"(?:{_WEEKDAY}\s*(?:-|–|through|to|and|or)|\b(?i:every|each|that|the|same|a|on\s+a|first|second|third|fourth|fifth|final|consecutive|several))\s*$"
)
_FUTURE = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:scheduled|set|expected|due)|scheduled\s+(?:for|to)|set\s+for|"
    r"expected\s+to|upcoming|plans?\s+to|slated|faces?\s+trial|await\w*|deadline|(?<!\bI\s)(?<!\b[Ww]e\s)would(?!\s+(?:have|like)))\b",
    re.IGNORECASE,
)
# past tense: auxiliaries, common irregular verbs, and -ed words that are not adjectives or nouns
_PAST = re.compile(
    r"\b(?:was|were|had|did|last|ago|said|told|began|met|took|went|came|made|held|gave|left|fled|won|"
    r"(?!(?:united|need|hundred|scheduled|expected|planned|proposed|related|based|limited|required|"
    r"interested|concerned|detailed|advanced|proceed|exceed|succeed|speed|feed|seed|embed)\b)\w{3,}ed)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[A-Z\"“])|\n\s*\n")
# a participle after "be" takes its tense from the auxiliary before it: "will be accepted until September 30"
_PASSIVE_BEFORE = re.compile(r"\b(?:be|been|being)\s{1,3}$")
# a relative clause has its own tense: "X today launched a campaign that commits stores to donate by Dec. 31"
_RELATIVE = re.compile(r"\b(?:that|which|who)\s")
_LOOKAROUND = 160
_AFTER = 40  # the tense of a date is read before it and in the few words after it
_NEAR_DAY = 200  # characters: a weekday this close after a printed day names a day beside it
_FAR = 240  # days: without a tense, a date further from the release than this may be in the next year
_SLACK = 14  # days: a tense moves a date to the adjacent year only when it lies further on the wrong side
_STEP = {"last": -1, "past": -1, "this": 0, "next": 1, "coming": 1}
_WEEKDAY_NAMES = tuple(w.lower() for w in WEEKDAYS)
# the place of a line that closes the release with a date: "CANBERRA 27 May 1996", "Canberra, 1 October 1997"
_SIGNOFF = re.compile(r"(?m)^[ \t]*[A-Z][A-Za-z.'’ -]{1,40}?,?[ \t]+(?=\d|[A-Z][A-Za-z]{2,8}\.?\s+\d)")
_SIGNOFF_REACH = 300
# the last day of "October 24-27"
_RANGE_TAIL = re.compile(r"(?:-|–|through|and)\s*(?P<d>\d{1,2})")
# "the next year", "over the past month": a stretch of time, not a calendar date
_THE_BEFORE = re.compile(r"\b(?i:the)\s{1,5}$")
# "tomorrow's leaders", "tomorrow's challenges": no day
_FIGURATIVE_AFTER = re.compile(r"['’]s\s{1,5}[a-z]{0,30}[^\Ws]s\b")
# a date stamped with seconds is a machine's (a page's "Last modified: Thu, 18 May 2000 13:51:26")
_STAMP_AFTER = re.compile(r",?\s{0,3}(?:at\s{1,3})?\d{1,2}:\d\d:\d\d")
# a page's own stamp of its last edit: "Last updated on 4 April 2023", "Last modified: 18 May 2000"
_STAMP_BEFORE = re.compile(r"(?i:last\s{1,3}(?:updated|modified|reviewed|edited))(?:\s{1,3}on)?:?\s{0,3}$")
# two dates joined as a span share the year printed on the second: "January 1 and October 30, 2025"
_JOINABLE = ("mdy", "dmy", "mon", "part")
_JOIN = re.compile(r"\s{0,20}(?:-|–|—|(?i:and|to|through|until|till))\s{0,20}")
# a carried year reaches this far back: "In March 2010 ... On Aug. 3, he pleaded"
_CARRY = 600
_RECENT = 31  # days: a day this close before the release is read in the release's year


# kinds of candidate, in the order of the alternatives; the first ones print a calendar date
PRINTED = ("mdy", "dmy", "my", "num", "iso", "other", "year")
_KINDS = ("ago", *PRINTED, "part", "mon", "hol", "rel", "shift", "after", "wday")
# kinds that print their own year when these groups hold one: the year is carried to later dates
_YEAR_GROUPS = {"mdy": "y1", "dmy": "y2", "part": "y5", "hol": "yh", "my": "y3"}
_ALWAYS_YEARED = ("my", "num", "iso", "other")


@dataclass(frozen=True)
class Candidate:
    """A located date string and the regex groups that read it."""

    span: Span
    kind: str
    groups: dict[str, str | None]


@lru_cache(maxsize=16)
def locate(text: str, span: Span) -> tuple[Candidate, ...]:
    """Every date-like string in ``text[span]``, before resolution (years inside names dropped).

    Cached for the last few (text, span) pairs: figures masks the dates that this module reads.
    """
    out: list[Candidate] = []
    for m in _DATE.finditer(text, *span):
        groups = m.groupdict()
        kind = next(k for k in _KINDS if groups[k])
        s, e = m.span(("m4" if groups["m4"] else "m6") if kind == "mon" else kind)
        if kind == "year" and not _year_is_date(text, s, e, span):
            continue
        if kind == "wday" and _NOT_A_DAY_BEFORE.search(text, max(span[0], s - 30), s):
            continue
        if _stretch_or_figure(text, kind, groups, (s, e), span[0]):
            continue
        out.append(Candidate((s, e), kind, groups))
    return tuple(out)


def _stretch_or_figure(text: str, kind: str, groups: dict[str, str | None], at: Span, lo: int) -> bool:
    """ "the next year" (a stretch of time) and "tomorrow's leaders" (a figure of speech) name no date."""
    s, e = at
    if kind == "shift" and (groups["what"] or "").lower() in ("year", "month", "week"):
        return bool(_THE_BEFORE.search(text, max(lo, s - 10), s))
    tomorrow = kind == "rel" and (groups["rel"] or "").lower() == "tomorrow"
    return tomorrow and bool(_FIGURATIVE_AFTER.match(text, e))


def printed_date_spans(text: str, span: Span) -> list[Span]:
    """Spans of the calendar dates printed in ``text[span]``: what a figure reader skips."""
    return [c.span for c in locate(text, span) if c.kind in PRINTED]


def _year_is_date(text: str, s: int, e: int, region: Span) -> bool:
    before = text[max(region[0], s - 30) : s]
    if _NAME_BEFORE_YEAR.search(before):
        return False
    after = text[e : min(region[1], e + 40)]
    if _NAME_WORD_BEFORE.search(before) and _PLAN_AFTER_YEAR.match(after):
        return False
    line = before.rpartition("\n")[2] + after.partition("\n")[0]
    if _ACRONYM_BEFORE.search(before) and _LOWER.search(line):
        return False  # in running text, not a heading in capitals ("IN 2010 THE PLANT ...")
    return not (_NAME_AFTER_YEAR.match(after) or UNIT.match(after))


def _month(name: str) -> int:
    return MONTH_STEMS[name[:3].lower()]


def _weekday(name: str) -> int:
    return [w[:2] for w in ("mo", "tu", "we", "th", "fr", "sa", "su")].index(name[:2].lower())


def _clause(text: str, pos: int, region: Span) -> tuple[str, int]:
    """The clause around ``pos``, from its start (a sentence's or a relative clause's) to a few
    words after ``pos``, and where ``pos`` lies in it."""
    lo = max(region[0], pos - _LOOKAROUND)
    hi = min(region[1], pos + _AFTER)
    starts = [m.end() for m in _SENTENCE_END.finditer(text[lo:pos])]
    start = lo + (starts[-1] if starts else 0)
    clauses = [m.start() for m in _RELATIVE.finditer(text, start, pos)]
    start = clauses[-1] if clauses else start
    after = _SENTENCE_END.search(text, pos, hi)
    return text[start : after.start() if after else hi], pos - start


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


@dataclass
class _State:
    release: date | None
    carried: tuple[int, int] | None = None  # (year, position) of the last date printed with its year
    joined: int | None = None  # the year printed on the next date when the two make a span
    last_day: date | None = None
    last_day_end: int = -1  # where the last day printed ends


def _tense(clause: tuple[str, int]) -> int:
    """+1 when the clause speaks of the future, -1 of the past, 0 when it does not say: the verb
    nearest before the date decides ("sales would resume ... under the strategy agreed in March"),
    else the first after it; a participle after "be" is no cue of its own ("will be accepted")."""
    sentence, at = clause
    cues = [(m.end(), 1) for m in _FUTURE.finditer(sentence)] + [
        (m.end(), -1) for m in _PAST.finditer(sentence) if not _PASSIVE_BEFORE.search(sentence, 0, m.start())
    ]
    before = [c for c in cues if c[0] <= at]
    if before:
        return max(before)[1]
    return min(cues)[1] if cues else 0


def _pick_year(on: Callable[[int], date | None], rel: date, direction: int) -> int:
    """The year of a date printed without one (``on(year)`` gives it in a year), seen from the
    release in the tense's direction (a date a few days on the other side stays in the release's year:
    an update, "Jan. 14" in a January release); without a tense, the release's year unless that puts the date
    more than eight months away and the next or previous year does not ("Dec. 28" in a January release)."""
    y = rel.year
    this = on(y)
    if this is None:
        return y
    if direction > 0 and (rel - this).days > _SLACK:
        return y + 1
    if direction < 0 and (this - rel).days > _SLACK:
        return y - 1
    if direction == 0 and abs((this - rel).days) > _FAR:
        return y - 1 if this > rel else y + 1
    return y


def _year_for(month: int, day: int | None, st: _State, pos: int, clause: tuple[str, int]) -> int | None:
    """The year of a month (and day) printed without one: carried from a near date, else by tense."""
    direction = _tense(clause)
    rel = st.release
    if st.joined:
        return st.joined
    if rel is None:
        return st.carried[0] if st.carried else None  # the release's own dates are its only anchor
    if (
        st.carried
        and pos - st.carried[1] <= _CARRY
        and direction <= 0
        and st.carried[0] < rel.year  # a later year is carried only into a future sentence
        and not _recent(rel, month, day)
    ):
        return st.carried[0]
    if day is None:
        return _pick_year(lambda y: date(y, month, 1), rel.replace(day=1), direction)
    return _pick_year(lambda y: _safe(y, month, day), rel, direction)


def _recent(rel: date, month: int, day: int | None) -> bool:
    """The day lies in the weeks just before the release in its year: news of those weeks, not of
    an earlier year printed nearby ("since 1 March 2020. Italy notified the measure on 2 July")."""
    d = _safe(rel.year, month, day) if day else None
    return d is not None and 0 <= (rel - d).days <= _RECENT


def _two_digit_year(yy: int, release: date | None) -> int:
    pivot = (release.year if release else 2030) % 100 + 1
    return 2000 + yy if yy <= pivot else 1900 + yy


@lru_cache(maxsize=256)
def _dateparser_parse(s: str) -> date | None:
    import dateparser

    parsed = dateparser.parse(s, languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first"})
    return parsed.date() if parsed else None


@dataclass(frozen=True)
class _Job:
    """One candidate to resolve, with what resolving it may read."""

    text: str
    cand: Candidate
    st: _State
    region: Span

    def g(self, name: str) -> str:
        return self.cand.groups.get(name) or ""

    @property
    def rel(self) -> date | None:
        return self.st.release

    def direction(self) -> int:
        return _tense(_clause(self.text, self.cand.span[0], self.region))

    def year_for(self, month: int, day: int | None) -> int | None:
        pos = self.cand.span[0]
        return _year_for(month, day, self.st, pos, _clause(self.text, pos, self.region))


_Value = tuple[str, str] | None


def _day(d: date | None) -> _Value:
    return (d.isoformat(), "day") if d else None


def _month_value(y: int | None, month: int) -> _Value:
    return (f"{y:04d}-{month:02d}", "month") if y else None


def _r_mdy(j: _Job) -> _Value:
    month, day, rel = _month(j.g("m1")), int(j.g("d1") or 0), j.rel
    if j.g("y1"):
        return _day(_safe(int(j.g("y1")), month, day))
    if j.g("r1"):
        return _day(_safe(rel.year + _STEP[j.g("r1").lower()], month, day)) if rel else None
    if j.g("wd1") and rel is not None:
        wd = _weekday(j.g("wd1"))
        years = (rel.year, rel.year - 1, rel.year + 1)
        d = next((x for x in (_safe(y, month, day) for y in years) if x and x.weekday() == wd), None)
        return _day(d or _safe(rel.year, month, day))
    y = j.year_for(month, day)
    return _day(_safe(y, month, day)) if y else None


def _r_dmy(j: _Job) -> _Value:
    month, day = _month(j.g("m2")), int(j.g("d2") or 0)
    y = int(j.g("y2")) if j.g("y2") else j.year_for(month, day)
    return _day(_safe(y, month, day)) if y else None


def _r_num(j: _Job) -> _Value:
    a, b, c = int(j.g("a") or 0), int(j.g("b") or 0), j.g("c")
    y = int(c) if len(c) == 4 else _two_digit_year(int(c), j.rel)
    return _day(_safe(y, a, b) or _safe(y, b, a))


def _r_part(j: _Job) -> _Value:
    """ "late November": the month; without a year only in a release that states its date."""
    month = _month(j.g("m5"))
    if j.g("y5"):
        return _month_value(int(j.g("y5")), month)
    return _month_value(j.year_for(month, None), month) if j.rel or j.st.joined else None


def _r_mon(j: _Job) -> _Value:
    month = _month(j.g("m4") or j.g("m6"))
    if j.g("r4"):
        return _month_value(j.rel.year + _STEP[j.g("r4").lower()], month) if j.rel else None
    return _month_value(j.year_for(month, None), month)


def _r_hol(j: _Job) -> _Value:
    on = _HOLIDAYS[_holiday_key(j.text[j.cand.span[0] : j.cand.span[1]])]
    if j.g("yh"):
        return _day(on(int(j.g("yh"))))
    if j.rel is None:
        return None
    return _day(on(_pick_year(on, j.rel, j.direction())))


def _r_ago(j: _Job) -> _Value:
    """ "three weeks ago" (a day), "two months ago" (a month), "41 years ago" (a year)."""
    an = j.g("an").lower()
    n = 1.0 if an in ("a", "an") else parse_number(an)
    if j.rel is None or n is None or not n.is_integer():
        return None
    k, unit, rel = int(n), j.g("au").lower().rstrip("s"), j.rel
    if unit in ("day", "week"):
        return _day(rel - timedelta(days=k * (7 if unit == "week" else 1)))
    if unit == "month":
        m = rel.year * 12 + rel.month - 1 - k
        return _month_value(m // 12, m % 12 + 1)
    return f"{rel.year - k * (10 if unit == 'decade' else 1):04d}", "year"


def _r_rel(j: _Job) -> _Value:
    shift = {"yesterday": -1, "tomorrow": 1}.get(j.g("rel").lower(), 0)
    return _day(j.rel + timedelta(days=shift)) if j.rel else None


def _r_shift(j: _Job) -> _Value:
    """last/this/next year, month, week, weekday or month name."""
    rel = j.rel
    if rel is None:
        return None
    sh, what = j.g("sh").lower(), j.g("what").lower()
    step = _STEP[sh]
    if what == "year":
        return f"{rel.year + step:04d}", "year"
    if what == "month":
        k = rel.year * 12 + rel.month - 1 + step
        return _month_value(k // 12, k % 12 + 1)
    if what == "week":
        if sh in ("past", "this"):
            return None  # "the past week", "this week": the days around the release, no calendar week
        year, week, _ = (rel + timedelta(weeks=step)).isocalendar()
        return f"{year:04d}-W{week:02d}", "week"
    if what[:3] in MONTH_STEMS and what not in _WEEKDAY_NAMES:
        month = _month(what)
        y = rel.year + (step < 0 and month >= rel.month) * -1 + (step > 0 and month <= rel.month) * 1
        return _month_value(y, month)
    wd = _weekday(what)
    if sh == "this":  # the one in the release's week
        return _day(rel + timedelta(days=wd - rel.weekday()))
    if step < 0 and wd == rel.weekday():
        return _day(rel - timedelta(days=7))  # "last Thursday" in a Thursday release: a week before
    return _day(_weekday_date(rel, wd, step))


def _r_wday(j: _Job) -> _Value:
    """A weekday alone: a day of the dates just printed ("September 17 and 18. Hours are noon to 6
    p.m. on Friday"), else the one near the release in the tense's direction."""
    wd, st = _weekday(j.g("wd2")), j.st
    if j.rel is None:
        return None
    if st.last_day and st.last_day != j.rel and 0 <= j.cand.span[0] - st.last_day_end <= _NEAR_DAY:
        near = (st.last_day + timedelta(days=k) for k in (0, 1, -1, 2, -2, 3, -3))
        found = next((d for d in near if d.weekday() == wd), None)
        if found:
            return _day(found)
    return _day(_weekday_date(j.rel, wd, j.direction()))


_RESOLVERS: dict[str, Callable[[_Job], _Value]] = {
    "mdy": _r_mdy,
    "dmy": _r_dmy,
    "my": lambda j: _month_value(int(j.g("y3") or 0), _month(j.g("m3"))),
    "num": _r_num,
    "iso": lambda j: _day(_safe(int(j.g("iy") or 0), int(j.g("im") or 0), int(j.g("id") or 0))),
    "other": lambda j: _day(_dateparser_parse(j.text[j.cand.span[0] : j.cand.span[1]])),
    "year": lambda j: (j.g("y4"), "year"),
    "part": _r_part,
    "mon": _r_mon,
    "hol": _r_hol,
    "ago": _r_ago,
    "after": lambda j: _day(j.st.last_day + timedelta(days=1)) if j.st.last_day else None,
    "rel": _r_rel,
    "shift": _r_shift,
    "wday": _r_wday,
}


def resolve(text: str, cand: Candidate, st: _State, region: Span) -> _Value:
    """ISO value and granularity of one candidate, or None when it cannot be resolved."""
    return _RESOLVERS[cand.kind](_Job(text, cand, st, region))


def _weekday_date(rel: date, wd: int, step: int) -> date:
    """The weekday ``wd`` near the release: after it (+1), on or before it (-1), else the nearer one."""
    back = (rel.weekday() - wd) % 7
    ahead = (wd - rel.weekday()) % 7
    if step > 0:
        return rel + timedelta(days=ahead or 7)
    if step < 0 or back <= ahead:
        return rel - timedelta(days=back)
    return rel + timedelta(days=ahead)


def _nth_weekday(y: int, month: int, wd: int, n: int) -> date:
    """The ``n``-th weekday ``wd`` of a month (``n`` = -1: the last)."""
    if n > 0:
        first = date(y, month, 1)
        return first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (n - 1))
    last = date(y + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - wd) % 7)


def _easter(y: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month = (h + m - 7 * n + 114) // 31
    return date(y, month, (h + m - 7 * n + 114) % 31 + 1)


def _fixed(month: int, day: int) -> Callable[[int], date | None]:
    return lambda y: _safe(y, month, day)


def _nth(month: int, wd: int, n: int) -> Callable[[int], date | None]:
    return lambda y: _nth_weekday(y, month, wd, n)


# holiday (lower case, without apostrophes, dots or commas) -> its date in a year
_HOLIDAYS: dict[str, Callable[[int], date | None]] = {
    "new years day": _fixed(1, 1),
    "new years eve": _fixed(12, 31),
    "christmas day": _fixed(12, 25),
    "christmas eve": _fixed(12, 24),
    "thanksgiving": _nth(11, 3, 4),
    "thanksgiving day": _nth(11, 3, 4),
    "memorial day": _nth(5, 0, -1),
    "labor day": _nth(9, 0, 1),
    "independence day": _fixed(7, 4),
    "fourth of july": _fixed(7, 4),
    "veterans day": _fixed(11, 11),
    "halloween": _fixed(10, 31),
    "valentines day": _fixed(2, 14),
    "juneteenth": _fixed(6, 19),
    "boxing day": _fixed(12, 26),
    "australia day": _fixed(1, 26),
    "anzac day": _fixed(4, 25),
    "canada day": _fixed(7, 1),
    "remembrance day": _fixed(11, 11),
    "presidents day": _nth(2, 0, 3),
    "columbus day": _nth(10, 0, 2),
    "mothers day": _nth(5, 6, 2),
    "fathers day": _nth(6, 6, 3),
    "election day": lambda y: _nth_weekday(y, 11, 0, 1) + timedelta(days=1),
    "easter sunday": _easter,
    "easter monday": lambda y: _easter(y) + timedelta(days=1),
    "good friday": lambda y: _easter(y) - timedelta(days=2),
    "martin luther king jr day": _nth(1, 0, 3),
    "martin luther king day": _nth(1, 0, 3),
    "mlk day": _nth(1, 0, 3),
}
_HOLIDAY_NOISE = re.compile(r"['’.,]|\s{1,20}\d{4}$")
_SPACES = re.compile(r"\s+")


def _holiday_key(printed: str) -> str:
    return _SPACES.sub(" ", _HOLIDAY_NOISE.sub("", printed)).strip().lower()


def _release(ctx: Context) -> date | None:
    """The release date; else the date of a place-and-date line closing the release ("CANBERRA 27
    May 1996", a header line by the guide's settled cases)."""
    iso = ctx.release_date
    if iso:
        try:
            return date.fromisoformat(iso)
        except ValueError:
            return None
    return _signoff_date(ctx)


def _signoff_date(ctx: Context) -> date | None:
    text = ctx.text
    lo, hi = ctx.layout.body
    end = ctx.layout.trailer[1] if ctx.layout.trailer else hi
    window = (max(lo, hi - _SIGNOFF_REACH), min(max(end, hi), hi + _SIGNOFF_REACH))
    for m in _SIGNOFF.finditer(text, *window):
        found = locate(text, (m.end(), min(window[1], m.end() + 40)))
        c = found[0] if found else None
        if c and c.span[0] == m.end() and c.kind in ("dmy", "mdy") and (c.groups["y1"] or c.groups["y2"]):
            value = resolve(text, c, _State(release=None), window)
            if value:
                return date.fromisoformat(value[0])
    return None


def _regions(ctx: Context) -> list[Span]:
    """Headline, header, body and about, in order, without overlaps."""
    spans = sorted({s for s in (*ctx.regions, ctx.layout.header) if s and s[0] < s[1]})
    out: list[Span] = []
    for s, e in spans:
        if out and s < out[-1][1]:
            s = out[-1][1]
        if s < e:
            out.append((s, e))
    return out


def _stamp(text: str, span: Span) -> bool:
    """The date is a page's stamp: printed with seconds, or after "Last updated"."""
    s, e = span
    return bool(_STAMP_AFTER.match(text, e) or _STAMP_BEFORE.search(text, max(0, s - 30), s))


def _joined_year(text: str, cand: Candidate, nxt: Candidate | None) -> int | None:
    """The year printed on ``nxt`` when ``cand`` prints none and the two are joined as a span."""
    g = cand.groups
    if nxt is None or cand.kind not in _JOINABLE or g.get(_YEAR_GROUPS.get(cand.kind, "")):
        return None
    year = nxt.groups.get(_YEAR_GROUPS.get(nxt.kind, ""))
    if not year or g.get("r1") or g.get("r4") or not _JOIN.fullmatch(text, cand.span[1], nxt.span[0]):
        return None
    return int(year)


def _range_end(text: str, cand: Candidate, value: str) -> DateMention | None:
    """The other end of a range of days: "October 24-27" (its last day), "the 5th and the 10th of May"
    (its first)."""
    s = cand.span[0]
    if cand.kind == "dmy" and cand.groups["d2a"]:
        day, span = int(cand.groups["d2a"] or 0), (s, s + len(cand.groups["d2a"] or ""))
    elif cand.kind == "mdy" and cand.groups["d1b"]:
        m = _RANGE_TAIL.search(text, *cand.span)
        if not m:
            return None
        day, span = int(m.group("d")), m.span("d")
    else:
        return None
    d = date.fromisoformat(value)
    other = _safe(d.year, d.month, day)
    if other is None or (other > d) != (cand.kind == "mdy"):
        return None
    return DateMention(text=text[span[0] : span[1]], span=span, value=other.isoformat(), granularity="day")


NAME: Final = "dates"
NEEDS: Final[tuple[str, ...]] = ()


def extract(ctx: Context) -> tuple[DateMention, ...]:
    """Every calendar date in the release's headline, header, body and about."""
    text = ctx.text
    st = _State(release=_release(ctx))
    out: list[DateMention] = []
    seen = SpanIndex()
    rinfo = ctx.header.release
    # the header's printed release date, when its span holds a date (else the scan finds it)
    if st.release and rinfo.date_span and locate(text, rinfo.date_span):
        s, e = rinfo.date_span
        out.append(DateMention(text=text[s:e], span=(s, e), value=st.release.isoformat(), granularity="day"))
        seen.add(s, e)
    for region in _regions(ctx):
        cands = locate(text, region)
        for i, cand in enumerate(cands):
            if seen.overlaps(*cand.span) or (cand.kind in PRINTED and _stamp(text, cand.span)):
                continue
            st.joined = _joined_year(text, cand, cands[i + 1] if i + 1 < len(cands) else None)
            found = resolve(text, cand, st, region)
            if not found:
                continue
            value, gran = found
            if cand.kind in _ALWAYS_YEARED or cand.groups.get(_YEAR_GROUPS.get(cand.kind, "")):
                st.carried = (int(value[:4]), cand.span[0])
            if gran == "day":
                st.last_day, st.last_day_end = date.fromisoformat(value), cand.span[1]
            s, e = cand.span
            seen.add(s, e)
            out.append(DateMention(text=text[s:e], span=(s, e), value=value, granularity=gran))
            other = _range_end(text, cand, value) if gran == "day" else None
            if other:
                out.append(other)
    return tuple(out)
