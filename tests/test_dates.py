"""dates: calendar dates at the precision printed, resolved against the release date."""

from __future__ import annotations

import time

import pytest

from pressparse.context import Context
from pressparse.extract import dates
from pressparse.header import Header
from pressparse.models import DateMention, ReleaseInfo
from tests.conftest import SEED


def _dates(body: str, release: str | None = "2011-06-17") -> tuple[DateMention, ...]:
    text = "Headline\n\n" + body
    header = Header(release=ReleaseInfo(date=release))
    return dates.extract(Context.for_body(text, body=(10, len(text)), header=header))


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
    ("He was arrested last Friday.", "2011-06-17", ["2011-06-10"]),  # in a Friday release
    ("He was arrested on Friday.", "2011-06-17", ["2011-06-17"]),
    ("It opened in mid-2020.", "2021-06-17", ["2020"]),
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
    # tense-aware weekdays (2011-06-17 is a Friday): past before, future after, else the nearer
    ("On Wednesday the talks collapsed.", "2011-06-17", ["2011-06-15"]),
    ("They will meet on Monday.", "2011-06-17", ["2011-06-20"]),
    ("The vote is Saturday.", "2011-06-17", ["2011-06-18"]),
    ("A hearing at 11 a.m. this Wednesday.", "2022-03-28", ["2022-03-30"]),
    # a weekday right after printed days is one of them
    (
        "The sale is on Saturday, September 17 and 18. Hours are noon to 6 p.m. on Friday.",
        "1999-08-26",
        ["1999-09-17", "1999-09-18", "1999-09-17"],
    ),
    # year boundaries
    ("The court will rule Jan. 14.", "2011-01-10", ["2011-01-14"]),
    ("The United Nations meets Jan. 14.", "2011-01-10", ["2011-01-14"]),
    ("A party was held Dec. 28.", "2011-01-05", ["2010-12-28"]),
    ("The fair is on Dec. 28.", "2011-01-05", ["2010-12-28"]),
    ("The series opens January 12.", "1994-12-26", ["1995-01-12"]),
    # a few days on the other side of the release stays in its year (an update, a late release)
    ("Mallory was taken into custody on July 30.", "2021-07-28", ["2021-07-30"]),
    ("The show ran February 29th - March 3rd.", "2024-02-29", ["2024-02-29", "2024-03-03"]),
    ("He was arrested on Jan. 14.", "2011-01-10", ["2011-01-14"]),
    ("He was arrested on Aug. 20.", "2011-08-01", ["2010-08-20"]),
    # two dates joined as a span share the year printed on the second
    ("Between January 1 and October 30, 2025, cases rose.", None, ["2025-01-01", "2025-10-30"]),
    ("Arrivals rose between January and the end of October 2025.", None, ["2025-01", "2025-10"]),
    ("It ran from March 3 to June 5, 2020 in town.", "2021-01-01", ["2020-03-03", "2020-06-05"]),
    # a possessive and a month before a noun
    ("As I wrote in my May letter, it failed.", "2021-07-27", ["2021-05"]),
    ("The board held its October meeting.", "2021-12-01", ["2021-10"]),
    # a heading in capitals: a year after a capitalised word is still a date
    ("IN 2010, THE PLANT OPENED.", "2011-06-17", ["2010"]),
    # parts of months
    ("It opened in late November.", "2011-12-05", ["2011-11"]),
    ("Sales start in early December.", "2011-11-20", ["2011-12"]),
    ("Work stops mid-March 2012.", "2011-11-20", ["2012-03"]),
    ("Talks ran to the end of May.", "2011-06-17", ["2011-05"]),
    # holidays
    ("It closed on Thanksgiving Day.", "2011-12-02", ["2011-11-24"]),
    ("The parade on Memorial Day drew crowds.", "2011-06-17", ["2011-05-30"]),
    ("We closed on Christmas Day.", "2011-06-17", ["2010-12-25"]),
    ("It will open on New Year's Day.", "2011-06-17", ["2012-01-01"]),
    ("Stores close on Good Friday.", "2024-03-01", ["2024-03-29"]),
    ("It began on Labor Day 2009.", "2011-06-17", ["2009-09-07"]),
    # N days/weeks/months/years ago
    ("He was born 41 years ago.", "2011-06-17", ["1970"]),
    ("It began two months ago.", "2011-06-17", ["2011-04"]),
    ("They left three weeks ago.", "2019-08-07", ["2019-07-17"]),
    ("It fell 10 days ago.", "2011-06-17", ["2011-06-07"]),
    ("It opened a year ago.", "2011-06-17", ["2010"]),
    # last/this/next week, month, year, month name
    ("It closed last October.", "2011-06-17", ["2010-10"]),
    ("It closed last March.", "2011-06-17", ["2011-03"]),
    ("It opens next October.", "2011-06-17", ["2011-10"]),
    ("It opens next March.", "2011-06-17", ["2012-03"]),
    ("We met last week.", "2011-06-17", ["2011-W23"]),
    ("We meet next week.", "2011-06-17", ["2011-W25"]),
    ("It was signed in January last year.", "1996-05-27", ["1995-01"]),
    # day-month orders and ordinals
    ("It opens 3rd April.", "2011-06-17", ["2011-04-03"]),
    ("On the 5th of May they left.", "2011-06-17", ["2011-05-05"]),
    ("Signed 16 July 2021 in Brussels.", "2021-07-20", ["2021-07-16"]),
    ("CANBERRA 11 APRIL1999 The minister said.", "2000-01-01", ["1999-04-11"]),  # a scan glues the year
    # ranges give both ends
    ("Held October 24-27 in Los Angeles.", "1996-11-11", ["1996-10-24", "1996-10-27"]),
    ("Held July 18-21, 2016 in Cleveland.", "2016-07-01", ["2016-07-18", "2016-07-21"]),
    ("Between the 5th and the 10th of May there were arrivals.", "1996-05-27", ["1996-05-10", "1996-05-05"]),
    ("It ran 21–25 October 2025.", "2025-10-27", ["2025-10-25", "2025-10-21"]),
    # a year used as a name is a date; a dash after a year is a dash
    ("He served during the 2000 Presidential election.", "2015-10-09", ["2000"]),
    ("His parents fled in 1938--he was born later.", "1996-09-20", ["1938"]),
    # the tense of the date's own clause: a relative clause, the verb nearest before the date
    (
        "The group launched a campaign that commits stores to donate meals by Dec. 31.",
        "2017-07-31",
        ["2017-12-31"],
    ),
    ("The group launched the campaign on Dec. 31.", "2017-07-31", ["2016-12-31"]),
    ("The minister announced that sales would resume on 5 September.", "1994-08-19", ["1994-09-05"]),
    ("Sales would resume under the strategy agreed in September.", "1994-08-19", ["1993-09"]),
    ("I would direct you to my May 18 letter.", "2021-07-27", ["2021-05-18"]),  # "I would": no future
    # a participle after "be" is no past: its auxiliary tells
    (
        "It funded 1,000 projects since March 2017.\n- Applications will be accepted until September 30.",
        "2022-06-03",
        ["2017-03", "2022-09-30"],
    ),
    ("Talks are expected to be completed by 6 November.", "2012-09-25", ["2012-11-06"]),
    ("Full results will be presented on May 15.", "2022-03-08", ["2022-05-15"]),
    ("The plan was approved on May 15.", "2022-03-08", ["2021-05-15"]),
    # a weekday printed before a day and month is that day, not a second date
    ("Applications close on Friday 28 June.", "2024-05-21", ["2024-06-28"]),
    ("Bids open on Monday 2 August and close on 15 October.", "2021-07-16", ["2021-08-02", "2021-10-15"]),
    ("Bids open on Monday, and close on 15 October.", "2021-07-16", ["2021-07-19", "2021-10-15"]),
    # a day in the weeks before the release is of its year, not of an earlier year printed nearby
    (
        "Costs since 1 March 2020 count. Italy notified the measure on 2 July.",
        "2021-07-16",
        ["2020-03-01", "2021-07-02"],
    ),
    # a page's stamp of its last edit is no date of the release
    ("Published on 3 April 2023\nLast updated on 4 April 2023\nIt opened.", "2023-04-03", ["2023-04-03"]),
    (
        "Costs since 1 March 2020 count. Italy notified the measure on 2 May.",
        "2021-07-16",
        ["2020-03-01", "2020-05-02"],
    ),
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
    "It is wanted under the Migration Act 1958.",
    "Lectures fall on three consecutive Tuesday evenings.",
    "It opens on Tuesday evenings.",
    "They stayed on Christmas Island.",
    "It grew over the past week.",
    "It formed 37 to 55 million years ago.",
    "It lasted two and a half years ago.",
    # stretches of time, figurative days, names, machine stamps
    "It will double that number within the next year.",
    "Trainees worked over the past month.",
    "We train tomorrow's leaders for tomorrow’s challenges.",
    "It was shown at the conference (CPHIA 2026) in Addis Ababa.",
    "Last modified: Thu, 18 May 2000 13:51:26",
    "They marched in our May Day parade.",
    "Our Rheinwerk 2025 strategy is working.",
    "Last updated on 4 April 2023",
    # "this week" is the days around the release, no calendar week (as labelled); a year in an award's name
    "Two new bills were introduced just this week.",
    "He won the Sidney H. Ingbar Distinguished Service Award for 2000.",
]


@pytest.mark.parametrize("body", NOT_DATES)
def test_not_dates(body: str) -> None:
    assert _values(body) == []


@pytest.mark.parametrize(
    "body", ["He spoke today.", "It fell last year.", "On March 10, he left.", "On Monday."]
)
def test_relative_dates_need_a_release_date(body: str) -> None:
    assert _values(body, release=None) == []


@pytest.mark.parametrize(
    "body", ["It fell three weeks ago.", "It opened in late November.", "On Christmas Day."]
)
def test_new_relative_dates_need_a_release_date(body: str) -> None:
    assert _values(body, release=None) == []


def test_closing_place_and_date_line_anchors_a_release_without_a_header_date() -> None:
    body = "On the morning of 26 May, the last arrivals were returned.\n\n CANBERRA 27 May 1996\n"
    assert _values(body, release=None) == ["1996-05-26", "1996-05-27"]


def test_closing_place_and_date_line_in_capitals() -> None:
    body = "They spend another $1 million this year.\n\n  BRISBANE FEBRUARY 9 1996 Contact: Ruth\n"
    assert _values(body, release=None) == ["1996", "1996-02-09"]


def test_a_capitalised_word_after_a_year_names_only_on_the_same_or_next_line() -> None:
    assert _values("Date: 2023\n\nContent: It rose.", release=None) == ["2023"]
    assert _values("She won the 2022\nPRIDE Awards for it.", release=None) == []


def test_range_ends_index_the_text() -> None:
    body = "Held October 24-27 in Los Angeles."
    text = "Headline\n\n" + body
    assert [text[d.span[0] : d.span[1]] for d in _dates(body, "1996-11-11")] == ["October 24-27", "27"]


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
    ctx = Context.for_body(text, body=(34, len(text)), header=Header(release=release))
    assert [(d.value, d.span) for d in dates.extract(ctx)] == [("2011-06-17", (9, 19))]


def test_release_span_without_a_date_is_not_a_mention() -> None:
    text = "Headline\nWASHINGTON\n\nThe minister spoke."
    release = ReleaseInfo(date="2011-06-17", date_span=(9, 19))
    ctx = Context.for_body(text, body=(21, len(text)), header=Header(release=release))
    assert dates.extract(ctx) == ()


def test_seed(rules_parser) -> None:
    rec = rules_parser.parse(SEED.read_text(encoding="utf-8"))
    got = {d.value for d in rec.dates}
    assert {"2011-02-04", "2011-03-10", "2010"} <= got
    if rec.release.date:
        assert got == {"2011-06-17", "2011-02-04", "2011-03-10", "2010"}


@pytest.mark.parametrize("unit", ["mid-", "three weeks ", "5th and the "])
def test_long_near_matches_take_linear_time(unit: str) -> None:
    def took(n: int) -> float:
        t0 = time.perf_counter()
        _dates(unit * n)
        return time.perf_counter() - t0

    assert took(40000) < 3 * took(20000) + 0.2
