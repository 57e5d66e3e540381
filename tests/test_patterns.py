"""Dates, times, zones, phones and e-mails: the shared fast parsers."""

from __future__ import annotations

import re
import time

import pytest

from pressparse.patterns import (
    CONTACT_LABEL,
    DATE,
    DAY_MONTH,
    EMAIL,
    PHONE,
    PHONE_LABEL,
    TIME,
    ZONE,
    find_dates,
    one_of,
    parse_time,
    zone_offset,
)


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
        # day-first dates of any country, with ordinals and "of"
        ("Brussels, 16 July 2021", "2021-07-16"),
        ("Company Announcement, 25 September 2012, at 10.15 am (EET)", "2012-09-25"),
        ("3rd April 2020", "2020-04-03"),
        ("the 5th of May, 2021", "2021-05-05"),
        ("21st of March 1999", "1999-03-21"),
        ("May 5th 2021", "2021-05-05"),
        ("CANBERRA 27 May 1996", "1996-05-27"),
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
    ("text", "isos"),
    [
        # a day and month without a year is a date of the given year
        ("on 3rd April the minister", ["2020-04-03"]),
        ("until the 5th of May", ["2020-05-05"]),
        ("from 16 July to April 3rd", ["2020-07-16", "2020-04-03"]),
        ("on May 5 and June 17, 2011", ["2020-05-05", "2011-06-17"]),
        # a date with its year stays that year; a month with a year is no day
        ("16 July 2021", ["2021-07-16"]),
        ("in May 2021", []),
        ("on 31st February", []),
        ("Mayor Smith said", []),
    ],
)
def test_find_dates_of_a_year(text: str, isos: list[str]) -> None:
    assert [h.iso for h in find_dates(text, year=2020)] == isos
    # without a year, only dates that print theirs
    assert all(DATE.search(text[h.start : h.end]) for h in find_dates(text))


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
        ("10.15 am (EET)", "10:15:00"),
        ("07:00 PM Eastern Standard Time", "19:00:00"),
        ("14:30", "14:30:00"),
        ("14:30 CET", "14:30:00"),
        # a dotted number is a time only with am/pm; a 24-hour time takes no am/pm
        ("10.15", None),
        ("13 pm", None),
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
        # explicit zones as printed, any country
        ("EET", "2012-09-25", "+02:00"),
        ("EEST", "2012-09-25", "+03:00"),
        ("CET", "2021-07-16", "+01:00"),
        ("CEST", "2021-07-16", "+02:00"),
        ("BST", "2021-07-16", "+01:00"),
        ("AEST", "2021-01-16", "+10:00"),
        ("AEDT", "2021-01-16", "+11:00"),
        ("ACST", "2021-07-16", "+09:30"),
        ("AWST", "2021-07-16", "+08:00"),
        ("NZDT", "2021-01-16", "+13:00"),
        ("IST", "2021-07-16", "+05:30"),
        ("JST", "2021-07-16", "+09:00"),
        ("SGT", "2021-07-16", "+08:00"),
        ("HKT", "2021-07-16", "+08:00"),
        ("EST", "2011-06-17", "-05:00"),
        # spelled-out names; a bare "X Time" follows its region's daylight saving rule
        ("Eastern Standard Time", "2020-11-30", "-05:00"),
        ("Eastern  Daylight Time", "2020-07-30", "-04:00"),
        ("Eastern Time", "2020-07-30", "-04:00"),
        ("Central European Time", "2021-07-16", "+02:00"),
        ("Central European Time", "2021-01-16", "+01:00"),
        ("central european summer time", "2021-07-16", "+02:00"),
        ("UK time", "2021-03-27", "+00:00"),
        ("UK time", "2021-03-28", "+01:00"),
        ("UK time", "2021-10-31", "+00:00"),
        ("Australian Eastern Time", "2021-07-16", "+10:00"),
        ("Australian Eastern Time", "2021-01-16", "+11:00"),
        ("Sydney time", "2021-10-03", "+11:00"),
        ("New Zealand Time", "2021-06-16", "+12:00"),
        # offsets
        ("UTC+2", "2021-07-16", "+02:00"),
        ("GMT -05:30", "2021-07-16", "-05:30"),
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
        # international and national forms of any country
        ("+32 2 299 1111", ["+32 2 299 1111"]),
        ("Tel.: +32 229 91382;", ["+32 229 91382"]),
        ("020 7946 0000", ["020 7946 0000"]),
        ("(02) 6277 7111", ["(02) 6277 7111"]),
        ("+358 10 709 0000", ["+358 10 709 0000"]),
        ("0417 148 110", ["0417 148 110"]),
        ("Tel: + 242 06 520 65 65 (WhatsApp)", ["+ 242 06 520 65 65"]),
        ("+66 (0) 2553 8222", ["+66 (0) 2553 8222"]),
        ("M+1 (702) 718-0807", ["+1 (702) 718-0807"]),
        ("(02) 6277 7260/(0439) 300 335", ["(02) 6277 7260", "(0439) 300 335"]),
        ("Ph.(062) 49 5801", ["(062) 49 5801"]),
        ("(062) 733211", ["(062) 733211"]),
        ("(03)650-9106", ["(03)650-9106"]),
        ("Ph. 02/233.5451", ["02/233.5451"]),
        ("1-800-555-0199", ["1-800-555-0199"]),
        # extensions belong to the number
        ("202-282-8010 ext. 123", ["202-282-8010 ext. 123"]),
        ("202-282-8010 x123", ["202-282-8010 x123"]),
        # not phones: dates, years, money, decimals, case numbers
        ("on 01/02/2021 at noon", []),
        ("in 2010 and 2011", []),
        ("3.5 million in 2021", []),
        ("Case 22-1234", []),
        ("1,000,000", []),
        ("1/202-555-1234", []),
        # a date printed with spaces is not a phone; a scraper's glued label does not hide one
        ("03 13 2007", []),
        ("Mobile:021 923 217Email:", ["021 923 217"]),
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


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Contact: Lee Youngblood", "Contact: "),
        ("Media enquiries: Graham Munson", "Media enquiries: "),
        ("Press Inquiries: Jane", "Press Inquiries: "),
        ("(For more information: Mina Andreeva", "(For more information: "),
        ("For further information, please ring E. Klein", "For further information, please ring "),
        (
            "For Additional Information or to Request Interviews, Please contact:",
            "For Additional Information or to Request Interviews, Please contact:",
        ),
        ("Investor Relations: Jane", "Investor Relations: "),
        ("Press office: 020 7946 0000", "Press office: "),
        ("Contacts", "Contacts"),
        ("The contact group met", None),
        ("Information about the plan", None),
    ],
)
def test_contact_label(line: str, label: str | None) -> None:
    m = CONTACT_LABEL.match(line)
    assert (m.group() if m else None) == label


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        ("Tel.: +32 229 91382", ["Tel.:"]),
        ("Ph: 02 1234 5678, Mob: 0417 148 110", ["Ph:", "Mob:"]),
        ("M: 0418 401 180", ["M:"]),
        ("Mobile +61 4", ["Mobile "]),
        ("Fax (02) 6273 4144", ["Fax "]),
        # a capital letter is a label only before a number
        ("Mary T. Smith", []),
    ],
)
def test_phone_label(text: str, labels: list[str]) -> None:
    assert [m.group() for m in PHONE_LABEL.finditer(text)] == labels


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("07:00 PM Eastern Standard Time", "Eastern Standard Time"),
        ("at 10.15 am (EET)", "EET"),
        ("9:00 a.m. ET", "ET"),
        ("12:00 UTC+2", "UTC+2"),
        ("15:00 CEST", "CEST"),
        ("10:00 AEDT", "AEDT"),
        ("10:00 central european time", "central european time"),
        # upper-case letters only: "et" and "cet" are words
        ("Paul et Marie", None),
        ("the ACT government", None),
    ],
)
def test_zone(text: str, zone: str | None) -> None:
    m = ZONE.search(text)
    assert (m.group("tz") if m else None) == zone


LINEAR = {
    "DATE": DATE,
    "DAY_MONTH": DAY_MONTH,
    "TIME": TIME,
    "ZONE": ZONE,
    "PHONE": PHONE,
    "EMAIL": EMAIL,
    "CONTACT_LABEL": CONTACT_LABEL,
    "PHONE_LABEL": PHONE_LABEL,
}


@pytest.mark.parametrize("rx", LINEAR.values(), ids=LINEAR.keys())
@pytest.mark.parametrize(
    "text",
    [
        "1 " * 20_000,
        "12 345 " * 10_000,
        "+1 " * 20_000,
        "(02) " * 20_000,
        "3rd of " * 10_000,
        "May 5 " * 10_000,
        "for more information " * 5_000,
        "Tel: " * 10_000,
        "a" * 100_000,
    ],
    ids=["ones", "groups", "plus", "areas", "ordinals", "days", "leads", "labels", "letters"],
)
def test_patterns_are_linear(rx: re.Pattern[str], text: str) -> None:
    t = time.perf_counter()
    for _ in rx.finditer(text):
        pass
    assert time.perf_counter() - t < 1.0
