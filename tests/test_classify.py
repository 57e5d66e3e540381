"""classify: each unit read once (prose, header line, date line, label, title, opens a body)."""

from __future__ import annotations

import pytest

from pressparse.classify import read_units
from pressparse.cut import units_of

_FIELDS = ("noise", "prose", "header", "date_line", "place_date", "label", "title", "opens")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "The minister announced new funding for settlement services in the region today.",
            (None, True, None, False, False, False, True, True),
        ),
        ("Minister Opens New Bridge", (None, False, None, False, False, False, True, False)),
        ("Brussels, 16 July 2021", (None, False, "date", False, True, False, True, False)),
        ("Tuesday, July 31, 2018", (None, False, "date", True, False, False, True, False)),
        ("FOR IMMEDIATE RELEASE", (None, False, "label", False, False, True, True, False)),
        (
            "Media contact: Jane Roe, 020 7946 0000",
            (None, False, "contact", False, False, False, True, False),
        ),
        ("###", (("end", None), False, None, False, False, False, False, False)),
        (
            # a short dateline line does not open the body itself: the prose under it does, and the
            # body then takes the line above it
            "WASHINGTON, June 5, 2026 - The agency approved the plan on Tuesday after a long review",
            (None, False, None, False, False, False, True, False),
        ),
        (
            # a wire's mark opens the body even before the sentence ends (a hard-wrapped line)
            "(NewsUSA) - The agency approved the plan on Tuesday after a long review by the",
            (None, False, None, False, False, False, True, True),
        ),
    ],
)
def test_reading_of_one_line(line: str, expected: tuple[object, ...]) -> None:
    (r,) = read_units(line, units_of(line))
    assert tuple(getattr(r, f) for f in _FIELDS) == expected


@pytest.mark.parametrize(
    ("text", "repeated"),
    [
        # a page title printed again above the release is a page title, not the release's prose
        (
            "Council approves the new river crossing plan\n\nNews\n\n"
            "Council approves the new river crossing plan\n\nThe council approved the plan today.\n",
            [True, False, True, False],
        ),
        # printed once: not repeated; a finished sentence printed twice is prose, not a title
        (
            "Council approves the new river crossing plan\n\nThe council approved the plan today.\n\n"
            "The council approved the plan today.\n",
            [False, False, False],
        ),
    ],
)
def test_repeated_titles(text: str, repeated: list[bool]) -> None:
    assert [r.repeated for r in read_units(text, units_of(text))] == repeated


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("MTAI 21 Date: 22 May 1992 b(", "date"),
        ("Press Release Dated: 22 Nov 2000 Press Release Number: 00/712", "date"),
        ("For release at 4:00 p.m. EST", "label"),
        ("Australian Democrats' Spokesperson on Immigration", "issuer"),
        ("Minister for Immigration and Multicultural Affairs", "issuer"),
        ("The Hon. MICK YOUNG,M.P.", "issuer"),
        ("Senator Jane Roe Senator for Queensland", "issuer"),
        # titles that name a post are titles
        ("Former Member of Virginia House of Delegates Convicted of Bribery", None),
        ("Statement by Justice Department Spokesperson on Recent Church Fires", None),
        ("Minister for Health announces new funding", None),
        ("Senator Hawley Calls on Netflix to Take Down Cuties", None),
        # a site's stamp opening a header line, a time field, a place and a date apart by a wide gap
        ("Posted On: 14 MAR 2023 6:45PM IST by PIB Delhi", "date"),
        ("Published on 3 April 2023", "date"),
        ("Last updated on 4 April 2023", "date"),
        ("Announcement time: 15:00 JST", "date"),
        ("Release time: 10.15 am (EET)", "date"),
        ("CANBERRA    19 August 1994", "date"),
        # the page naming the issuer
        ("From Department of Housing, Local Government and Heritage", "issuer"),
        ("From: Department of Health", "issuer"),
        # titles that open with such words are titles
        ("Published reports show rise in crime", None),
        ("Time to act on climate", None),
        ("Updated guidance on school meals", None),
        ("From Farm to Fork: Department Backs Local Food", None),
        # a sentence that mentions a date field is prose, not a date line
        (
            "The office said the release date: June 5, 2026 was moved because of the storm in the region.",
            None,
        ),
    ],
)
def test_header_kind_of_letterhead_and_field_lines(line: str, kind: str | None) -> None:
    (r,) = read_units(line, units_of(line))
    assert r.header == kind


@pytest.mark.parametrize(
    ("line", "contact", "issuer"),
    [
        ("Media contact: Jane Roe, 020 7946 0000", True, False),
        ("press@acme.com", True, False),
        ("Office of the Press Secretary", False, True),
        ("Department of Health and Aged Care", False, True),
        # a title is neither; a sentence with a number is a contact line (the contacts stage
        # reads whether it is prose too)
        ("Minister Opens New Bridge", False, False),
        ("The shop can be reached at 555-123-4567 every day of the week.", True, False),
    ],
)
def test_contact_and_issuer_readings(line: str, contact: bool, issuer: bool) -> None:
    (r,) = read_units(line, units_of(line))
    assert (r.contact, r.issuer) == (contact, issuer)
