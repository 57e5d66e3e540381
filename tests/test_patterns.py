"""Dates, times, zones, phones and e-mails: the shared fast parsers."""

from __future__ import annotations

import re

import pytest

from pressparse.patterns import EMAIL, PHONE, find_dates, one_of, parse_time, zone_offset


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("06/17/2011 07:00 AM EDT", "2011-06-17"),
        ("Saturday, June 18, 2011", "2011-06-18"),
        ("Tuesday, September 22, 2009", "2009-09-22"),
        ("Date:  June 24, 2022", "2022-06-24"),
        ("Feb. 4, 2011", "2011-02-04"),
        ("Sept. 30, 2015", "2015-09-30"),
        ("4 February 2011", "2011-02-04"),
        ("2021-10-13 15:03:07", "2021-10-13"),
        ("May 23  2006  WASHINGTON", "2006-05-23"),
        ("17 de abril de 2025", "2025-04-17"),
        ("June 05, 2025", "2025-06-05"),
        # no space after the comma
        ("Los Angeles, California, 04 July,2025, PUM", "2025-07-04"),
        ("July 4,2025", "2025-07-04"),
        ("AUGUST 21, 2026", "2026-08-21"),
    ],
)
def test_find_dates(text: str, iso: str) -> None:
    hits = find_dates(text)
    assert hits and hits[0].iso == iso
    assert text[hits[0].start : hits[0].end].strip()


@pytest.mark.parametrize(
    "text", ["February 30, 2011", "13/45/2011", "Case #22NF1581", "in 2010", "202-282-8010", "June 1,20000"]
)
def test_not_dates(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("07:00 AM EDT", "07:00:00"),
        ("7:05 p.m.", "19:05:00"),
        ("12:30 AM", "00:30:00"),
        ("11:50", "11:50:00"),
        ("9 am", "09:00:00"),
        ("25:00", None),
        ("2011", None),
    ],
)
def test_parse_time(text: str, expected: str | None) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize(
    ("zone", "date", "offset"),
    [
        ("EDT", "2011-06-17", "-04:00"),
        ("EST", "2011-01-17", "-05:00"),
        ("PDT", "2011-06-17", "-07:00"),
        ("ET", "2011-06-17", "-04:00"),
        ("ET", "2011-12-17", "-05:00"),
        ("GMT", "2011-06-17", "+00:00"),
        ("XYZ", "2011-06-17", None),
    ],
)
def test_zone_offset(zone: str, date: str, offset: str | None) -> None:
    assert zone_offset(zone, date) == offset


@pytest.mark.parametrize(
    ("text", "phones"),
    [
        ("Contact: 202-282-8010", ["202-282-8010"]),
        ("Office: 714-347-8405, Cell: 714-504-1917", ["714-347-8405", "714-504-1917"]),
        ("Contact: Lee Youngblood, 601/965-5569.", ["601/965-5569"]),
        ("(305) 547-0535", ["(305) 547-0535"]),
        ("+61 413 713 744", ["+61 413 713 744"]),
        ("+1 303-766-4343", ["+1 303-766-4343"]),
        ("3146028918", ["3146028918"]),
        ("Tel: (914) 864 0313", ["(914) 864 0313"]),
        ("On 06/17/2011 the case #22NF1581 was filed", []),
    ],
)
def test_phones(text: str, phones: list[str]) -> None:
    assert [m.group().strip() for m in PHONE.finditer(text)] == phones


@pytest.mark.parametrize(
    ("text", "emails"),
    [
        ("Kathleen.Childs@DallasCounty.org", ["Kathleen.Childs@DallasCounty.org"]),
        ("wakeup@nocharityneeded.com www.nocharityneeded.com", ["wakeup@nocharityneeded.com"]),
        ("X: @ABIntlGroupEmail: ir@aieraco.comTel", ["ir@aieraco.comTel"]),
        ("[email protected]", []),
    ],
)
def test_emails(text: str, emails: list[str]) -> None:
    assert [m.group() for m in EMAIL.finditer(text)] == emails


@pytest.mark.parametrize(
    ("words", "text", "expected"),
    [
        # the first word that fits wins, as in a plain alternation: "June" before "Jun"
        (["June", "Jun", "July"], "Jun. June July", ["Jun", "June", "July"]),
        (["Jun", "June"], "June", ["Jun"]),
        (["Sept", "Sep", "Sat", "Mar"], "Sep Sept Sat Mar Mon", ["Sep", "Sept", "Sat", "Mar"]),
        # special characters are literal
        (["a.m", "$", "U.S.$"], "a.m U.S.$ $ am", ["a.m", "U.S.$", "$"]),
        (["one"], "two three", []),
    ],
)
def test_one_of(words: list[str], text: str, expected: list[str]) -> None:
    rx = re.compile(one_of(words))
    plain = re.compile("|".join(re.escape(w) for w in words))
    assert [m.group() for m in rx.finditer(text)] == expected
    assert [m.span() for m in rx.finditer(text)] == [m.span() for m in plain.finditer(text)]
