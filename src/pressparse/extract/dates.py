"""Date extractor: calendar dates resolved against the release date.

Takes a ``Context``; gives a tuple of ``DateMention`` items (ISO value at the precision
printed: day, month or year) with spans into the decoded input, read from the headline,
header, body and about (never noise). The printed release date is one of them.

``locate(text, span)`` finds the candidate strings (one compiled regex, a fast path for the
common formats; cached per text and span); ``resolve`` turns them into ISO values. A date
without a year and relative dates ("today", "last Tuesday", "last month") resolve against the
release date, in the year that the tense puts them; without a release date they are dropped.
Rare numeric formats ("17-Jun-2011", "2011/06/17") go to dateparser, imported lazily, on the
located string only.
Not dates: durations, times, ages, decades, fiscal years, a year inside a name ("Act of 2005").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from pressparse.context import Context
from pressparse.extract.units import UNIT
from pressparse.models import DateMention
from pressparse.patterns import one_of
from pressparse.textspan import Span, SpanIndex

_MONTH_NUMBERS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_FULL_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_ABBR_MONTHS = ["Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec"]
_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_ABBR_WEEKDAYS = ["Mon", "Tues", "Tue", "Wed", "Thurs", "Thur", "Thu", "Fri", "Sat", "Sun"]


def _cased(words: list[str]) -> str:
    """Title and upper case spellings of each word (never lower case: "may", "march", "sun")."""
    return one_of(v for w in words for v in (w, w.upper()))


# (an alternation is tried in full at every word: a first-letter test in front skips it fast)
_FULL = rf"(?=[JFMASOND])(?:{_cased(_FULL_MONTHS)})"
_MONTH = rf"(?=[JFMASOND])(?:{_FULL}|(?:{_cased(_ABBR_MONTHS)})\.?)"
_WEEKDAY = rf"(?=[MTWFS])(?:(?:{_cased(_WEEKDAYS)})|(?:{_cased(_ABBR_WEEKDAYS)})\.)"
_SHIFT = r"(?=[lLnNtTpPcC])(?i:last|next|this|past|coming)"

_DATE = re.compile(
    # every alternative starts a word; a digit or a letter chooses the half to try
    r"\b(?:(?=\d)(?:"
    # 4 February 2011 / 17th of March
    rf"(?P<dmy>(?<![\w.,$])(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{_MONTH})(?:,?\s+(?P<y2>\d{{4}})(?!\w))?)"
    # 2/4/2011, 08-13-50
    r"|(?P<num>(?<![\w/.,-])(?P<a>\d{1,2})(?P<sep>[/-])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{4}|\d{2})(?![\w/-]|\.\d))"
    # 2011-02-04
    r"|(?P<iso>(?<![\w/.,-])(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)(?![\w/-]))"
    # 17-Jun-2011, 2011/06/17, 17.06.2011: dateparser
    rf"|(?P<other>(?<![\w/.,-])(?:\d{{1,2}}-(?:{_MONTH})-\d{{2,4}}|(?:19|20)\d\d/\d{{1,2}}/\d{{1,2}}|\d{{1,2}}\.\d{{1,2}}\.(?:19|20)\d\d)(?![\w/-]|\.\d))"
    # in 2010
    r"|(?P<year>(?<![\w$.,/#:-])(?P<y4>1[89]\d\d|20\d\d)(?![\w'’-]|[.,]\d))"
    r")|(?=[A-Za-z])(?:"
    # Tuesday, March 12, 2024 / Feb. 4 / next Monday, July 30 / March 13 of last year
    rf"(?P<mdy>(?:(?:{_SHIFT}\s+)?(?P<wd1>{_WEEKDAY}),?\s+)?(?P<m1>{_MONTH})\s*(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"(?![\d:]|\.\d|\s*(?:a\.m|p\.m|am\b|pm\b))"
    rf"(?:,?\s*(?P<y1>\d{{4}})(?![\w-])|\s+of\s+(?P<r1>(?i:last|this|next))\s+year)?)"
    # March 2011 / May of 2010
    rf"|(?P<my>(?P<m3>{_MONTH}),?\s+(?:of\s+)?(?P<y3>\d{{4}})(?![\w-]))"
    # in November / since March / last month (a month alone, not before a day or year)
    rf"|(?=[iIsSuUbBtTdDfFoOaA])(?=[a-zA-Z]{{2,7}}\s+[JFMASOND])"
    rf"(?P<mon>\b(?i:in|since|until|by|through|during|from|of|before|after)\s+(?P<m4>{_FULL})"
    r"(?!\s*,?\s*(?:of\s+)?\d)\b)"
    # today, yesterday, last year, next Monday, the next day
    r"|(?=[tTyY])(?P<rel>(?i:today|yesterday|tomorrow|tonight|"
    r"this\s+morning|this\s+afternoon|this\s+evening)\b)"
    rf"|(?P<shift>(?P<sh>{_SHIFT})\s+(?P<what>(?i:year|month)\b|(?:{_cased(_WEEKDAYS)})\b))"
    r"|(?=[tT])(?P<after>(?i:the\s+(?:next|following)\s+day)\b)"
    # on Tuesday (a weekday alone)
    rf"|(?=[MTWFS])(?P<wday>(?P<wd2>{_cased(_WEEKDAYS)})(?![\w'’]|\s*(?:-|–|through|to|and)\s*{_WEEKDAY}))"
    r"))"
)

_NAME_BEFORE_YEAR = re.compile(
    r"(?:(?i:fiscal\s+years?|fiscal|FY)[\s-]*(?:\d{4}\s*(?:,|and|or|to|through|-|–)\s*)*|"
    r"(?<=[\w,] )[A-Z][\w.]*\s+of\s+|[$#]\s*|"
    r"(?i:more\s+than|over|about|nearly|almost|approximately|some|up\s+to|at\s+least|around|roughly)\s+)$"
)
_NAME_AFTER_YEAR = re.compile(r"\s+[A-Z0-9]|\s*(?:-|–|/)\s*\d")
# "Monday through Friday", "every Tuesday": a weekday that names no one day
_NOT_A_DAY_BEFORE = re.compile(
    rf"(?:{_WEEKDAY}\s*(?:-|–|through|to|and|or)|\b(?i:every|each|that|the|same|a|on\s+a|first|second|third|fourth|fifth|final))\s*$"
)
_FUTURE = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:scheduled|set|expected|due)|scheduled\s+(?:for|to)|set\s+for|"
    r"expected\s+to|upcoming|plans?\s+to|slated|faces?\s+trial|await\w*|deadline)\b",
    re.IGNORECASE,
)
_PAST = re.compile(r"\b(?:was|were|had|did|last|ago|\w{3,}ed)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[A-Z\"“])|\n\s*\n")
_LOOKAROUND = 160
_AFTER = 40  # the tense of a date is read before it and in the few words after it
# a carried year reaches this far back: "In March 2010 ... On Aug. 3, he pleaded"
_CARRY = 600


# kinds of candidate, in the order of the alternatives; the first ones print a calendar date
PRINTED = ("mdy", "dmy", "my", "num", "iso", "other", "year")
_KINDS = (*PRINTED[:-1], "mon", "rel", "shift", "after", "wday", "year")


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
        s, e = m.span("m4" if kind == "mon" else kind)
        if kind == "year" and not _year_is_date(text, s, e, span):
            continue
        if kind == "wday" and _NOT_A_DAY_BEFORE.search(text, max(span[0], s - 30), s):
            continue
        out.append(Candidate((s, e), kind, groups))
    return tuple(out)


def printed_date_spans(text: str, span: Span) -> list[Span]:
    """Spans of the calendar dates printed in ``text[span]``: what a figure reader skips."""
    return [c.span for c in locate(text, span) if c.kind in PRINTED]


def _year_is_date(text: str, s: int, e: int, region: Span) -> bool:
    before = text[max(region[0], s - 30) : s]
    if _NAME_BEFORE_YEAR.search(before):
        return False
    after = text[e : min(region[1], e + 40)]
    return not (_NAME_AFTER_YEAR.match(after) or UNIT.match(after))


def _month(name: str) -> int:
    return _MONTH_NUMBERS[name[:3].lower()]


def _weekday(name: str) -> int:
    return [w[:2] for w in ("mo", "tu", "we", "th", "fr", "sa", "su")].index(name[:2].lower())


def _clause(text: str, pos: int, region: Span) -> str:
    """The sentence around ``pos``, from its start to a few words after ``pos``."""
    lo = max(region[0], pos - _LOOKAROUND)
    hi = min(region[1], pos + _AFTER)
    starts = [m.end() for m in _SENTENCE_END.finditer(text[lo:pos])]
    after = _SENTENCE_END.search(text, pos, hi)
    return text[lo + (starts[-1] if starts else 0) : after.start() if after else hi]


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


@dataclass
class _State:
    release: date | None
    carried: tuple[int, int] | None = None  # (year, position) of the last date printed with its year
    last_day: date | None = None


def _year_for(month: int, day: int | None, st: _State, pos: int, sentence: str) -> int | None:
    """The year of a month (and day) printed without one: carried from a near date, else by tense."""
    future = bool(_FUTURE.search(sentence))
    if st.carried and st.release is None:
        return st.carried[0]  # the release's own dates are the only anchor it has
    if (
        st.carried
        and pos - st.carried[1] <= _CARRY
        and not future
        and st.carried[0] != st.release.year
        and st.carried[0] < st.release.year  # a later year is carried only into a future sentence
    ):
        return st.carried[0]
    if st.release is None:
        return None
    y = st.release.year
    when = (month, day or 1)
    now = (st.release.month, st.release.day if day else 1)
    if future and when < now:
        return y + 1
    if not future and when > now and _PAST.search(sentence):
        return y - 1
    return y


def _two_digit_year(yy: int, release: date | None) -> int:
    pivot = (release.year if release else 2030) % 100 + 1
    return 2000 + yy if yy <= pivot else 1900 + yy


@lru_cache(maxsize=256)
def _dateparser_parse(s: str) -> date | None:
    import dateparser

    parsed = dateparser.parse(s, languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first"})
    return parsed.date() if parsed else None


def resolve(text: str, cand: Candidate, st: _State, region: Span) -> tuple[str, str] | None:
    """ISO value and granularity of one candidate, or None when it cannot be resolved."""
    g = cand.groups
    pos = cand.span[0]
    rel = st.release
    kind = cand.kind
    if kind == "mdy":
        month, day = _month(g["m1"] or ""), int(g["d1"] or 0)
        if g["y1"]:
            d = _safe(int(g["y1"]), month, day)
        elif g["r1"]:
            if rel is None:
                return None
            d = _safe(rel.year + {"last": -1, "this": 0, "next": 1}[(g["r1"] or "").lower()], month, day)
        elif g["wd1"] and rel is not None:
            wd = _weekday(g["wd1"])
            years = (rel.year, rel.year - 1, rel.year + 1)
            d = next((x for x in (_safe(y, month, day) for y in years) if x and x.weekday() == wd), None)
            d = d or _safe(rel.year, month, day)
        else:
            y = _year_for(month, day, st, pos, _clause(text, pos, region))
            d = _safe(y, month, day) if y else None
        return (d.isoformat(), "day") if d else None
    if kind == "dmy":
        month, day = _month(g["m2"] or ""), int(g["d2"] or 0)
        y = int(g["y2"]) if g["y2"] else _year_for(month, day, st, pos, _clause(text, pos, region))
        d = _safe(y, month, day) if y else None
        return (d.isoformat(), "day") if d else None
    if kind == "my":
        return f"{int(g['y3'] or 0):04d}-{_month(g['m3'] or ''):02d}", "month"
    if kind == "num":
        a, b, c = int(g["a"] or 0), int(g["b"] or 0), g["c"] or ""
        y = int(c) if len(c) == 4 else _two_digit_year(int(c), rel)
        d = _safe(y, a, b) or _safe(y, b, a)
        return (d.isoformat(), "day") if d else None
    if kind == "iso":
        d = _safe(int(g["iy"] or 0), int(g["im"] or 0), int(g["id"] or 0))
        return (d.isoformat(), "day") if d else None
    if kind == "other":
        d = _dateparser_parse(text[cand.span[0] : cand.span[1]])
        return (d.isoformat(), "day") if d else None
    if kind == "year":
        return g["y4"] or "", "year"
    if kind == "mon":
        month = _month(g["m4"] or "")
        y = _year_for(month, None, st, pos, _clause(text, pos, region))
        return (f"{y:04d}-{month:02d}", "month") if y else None
    if kind == "after":
        return ((st.last_day + timedelta(days=1)).isoformat(), "day") if st.last_day else None
    if rel is None:
        return None
    if kind == "rel":
        word = (g["rel"] or "").lower()
        shift = {"yesterday": -1, "tomorrow": 1}.get(word, 0)
        return (rel + timedelta(days=shift)).isoformat(), "day"
    if kind == "shift":
        sh, what = (g["sh"] or "").lower(), (g["what"] or "").lower()
        step = {"last": -1, "past": -1, "next": 1, "coming": 1}.get(sh, 0)
        if what == "year":
            return f"{rel.year + step:04d}", "year"
        if what == "month":
            k = rel.year * 12 + rel.month - 1 + step
            return f"{k // 12:04d}-{k % 12 + 1:02d}", "month"
        return _weekday_date(rel, _weekday(what), step), "day"
    if kind == "wday":
        future = bool(_FUTURE.search(_clause(text, pos, region)))
        return _weekday_date(rel, _weekday(g["wd2"] or ""), 1 if future else 0), "day"
    return None


def _weekday_date(rel: date, wd: int, step: int) -> str:
    """The weekday ``wd`` nearest the release: on or before it (0), before it (-1) or after it (1)."""
    back = (rel.weekday() - wd) % 7
    if step > 0:
        return (rel + timedelta(days=(wd - rel.weekday()) % 7 or 7)).isoformat()
    if step < 0:
        return (rel - timedelta(days=back or 7)).isoformat()
    return (rel - timedelta(days=back)).isoformat()


def _release(ctx: Context) -> date | None:
    iso = ctx.release_date
    if not iso:
        return None
    try:
        return date.fromisoformat(iso)
    except ValueError:
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
        for cand in locate(text, region):
            if seen.overlaps(*cand.span):
                continue
            found = resolve(text, cand, st, region)
            if not found:
                continue
            value, gran = found
            if cand.kind in ("mdy", "dmy", "my", "num", "iso", "other") and (
                cand.groups.get("y1") or cand.groups.get("y2") or cand.kind in ("my", "num", "iso", "other")
            ):
                st.carried = (int(value[:4]), cand.span[0])
            if gran == "day":
                st.last_day = date.fromisoformat(value)
            s, e = cand.span
            seen.add(s, e)
            out.append(DateMention(text=text[s:e], span=(s, e), value=value, granularity=gran))
    return tuple(out)
