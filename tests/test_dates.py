"""dates: calendar dates at the precision printed, resolved against the release date."""

from __future__ import annotations

import pytest

from pressparse.context import Context
from pressparse.extract import dates
from pressparse.header import Header
from pressparse.layout import Layout
from pressparse.models import DateMention, ReleaseInfo
from pressparse.nlp import Analysis
from tests.conftest import SEED


def _dates(body: str, release: str | None = "2011-06-17") -> tuple[DateMention, ...]:
    text = "Headline\n\n" + body
    span = (10, len(text))
    header = Header(release=ReleaseInfo(date=release))
    ctx = Context(text=text, layout=Layout(body=span), header=header, analysis=Analysis(span, ()))
    return dates.extract(ctx)


def _values(body: str, release: str | None = "2011-06-17") -> list[str]:
    return [d.value for d in _dates(body, release)]


# body, release date -> values
DATES = [
    ("Signed on February 4, 2011, by both.", "2011-06-17", ["2011-02-04"]),
    ("Signed Feb. 4 by both.", "2011-06-17", ["2011-02-04"]),
    ("Signed 4 February 2011 by both.", "2011-06-17", ["2011-02-04"]),
    ("Filed 2/4/2011 in court.", "2011-06-17", ["2011-02-04"]),
    ("Filed 2011-02-04 in court.", "2011-06-17", ["2011-02-04"]),
    ("Filed 17-Jun-2011 in court.", "2011-06-17", ["2011-06-17"]),
    ("Found guilty in March 2011.", "2011-06-17", ["2011-03"]),
    ("It began in 2010 with partners.", "2011-06-17", ["2010"]),
    ("The minister spoke today.", "2011-06-17", ["2011-06-17"]),
    ("He was sentenced yesterday.", "2011-06-17", ["2011-06-16"]),
    ("He was arrested last Tuesday.", "2011-06-17", ["2011-06-14"]),
    ("They meet next Monday, July 30.", "2012-07-25", ["2012-07-30"]),
    ("Profits fell last year.", "2007-03-02", ["2006"]),
    ("The trial began last month.", "2025-06-05", ["2025-05"]),
    ("On March 10, X announced a plan.", "2011-06-17", ["2011-03-10"]),
    ("On Dec. 15, he was arrested.", "2011-01-10", ["2010-12-15"]),
    ("Sentencing is scheduled for Jan. 10.", "2011-12-01", ["2012-01-10"]),
    ("They await sentencing in November.", "2012-10-17", ["2012-11"]),
    ("On Sept. 13, 2021, he fled. He was caught the next day.", "2024-11-15", ["2021-09-13", "2021-09-14"]),
    ("It happened on the morning of Wednesday, March 13.", "2025-06-05", ["2024-03-13"]),
    ("The attack on March 13 of last year.", "2025-06-05", ["2024-03-13"]),
    ("DOB: 10-16-76, was found.", "2024-11-15", ["1976-10-16"]),
    ("Between 2001 and 2004, he hid it.", "2012-10-17", ["2001", "2004"]),
    ("A jury Thursday evening found him guilty.", "2025-06-05", ["2025-06-05"]),
    # a later year printed before is not carried into a sentence in the past tense
    (
        "He will leave on February 5, 2010. Prior to joining the Department in March, he chaired it.",
        "2009-12-03",
        ["2010-02-05", "2009-03"],
    ),
    ("In March 2010 he fled. On Aug. 3, he pleaded guilty.", "2011-06-17", ["2010-03", "2010-08-03"]),
]


@pytest.mark.parametrize(("body", "release", "expected"), DATES)
def test_dates(body: str, release: str, expected: list[str]) -> None:
    assert _values(body, release) == expected


NOT_DATES = [
    "He served three years in prison.",
    "It closed at 6:08 p.m. sharp.",
    "Brand, 39, was charged.",
    "Crime fell in the 1990s.",
    "Spending rose in fiscal year 2006 and FY 2004.",
    "Under the Combat Meth Act of 2005 it is a crime.",
    "She won the 2022 PRIDE Awards for it.",
    "It cost $2010 in fees.",
    "Call 202-282-8010 now.",
    "It is open Monday through Friday.",
    "It is held on the second Sunday of every spring.",
]


@pytest.mark.parametrize("body", NOT_DATES)
def test_not_dates(body: str) -> None:
    assert _values(body) == []


@pytest.mark.parametrize(
    "body", ["He spoke today.", "It fell last year.", "On March 10, he left.", "On Monday."]
)
def test_relative_dates_need_a_release_date(body: str) -> None:
    assert _values(body, release=None) == []


def test_full_dates_need_no_release_date() -> None:
    assert _values("Workshops on February 23, 2005 and in 2004.", release=None) == ["2005-02-23", "2004"]


def test_granularity_and_spans() -> None:
    body = "On February 4, 2011 and in March 2011 and in 2010."
    text = "Headline\n\n" + body
    found = _dates(body)
    assert [(d.granularity, text[d.span[0] : d.span[1]]) for d in found] == [
        ("day", "February 4, 2011"),
        ("month", "March 2011"),
        ("year", "2010"),
    ]


def test_printed_release_date_is_a_mention() -> None:
    text = "Headline\n06/17/2011 07:00 AM EDT\n\nThe minister spoke."
    release = ReleaseInfo(date="2011-06-17", date_span=(9, 19))
    body = (34, len(text))
    ctx = Context(text, Layout(body=body), Header(release=release), Analysis(body, ()))
    assert [(d.value, d.span) for d in dates.extract(ctx)] == [("2011-06-17", (9, 19))]


def test_release_span_without_a_date_is_not_a_mention() -> None:
    text = "Headline\nWASHINGTON\n\nThe minister spoke."
    release = ReleaseInfo(date="2011-06-17", date_span=(9, 19))
    body = (21, len(text))
    ctx = Context(text, Layout(body=body), Header(release=release), Analysis(body, ()))
    assert dates.extract(ctx) == ()


def test_seed(rules_parser) -> None:
    rec = rules_parser.parse(SEED.read_text(encoding="utf-8"))
    got = {d.value for d in rec.dates}
    assert {"2011-02-04", "2011-03-10", "2010"} <= got
    if rec.release.date:
        assert got == {"2011-06-17", "2011-02-04", "2011-03-10", "2010"}
