"""Datelines of each shape, and openings that are not datelines."""

from __future__ import annotations

import pytest

from pressparse.dateline import find_dateline


@pytest.mark.parametrize(
    ("opening", "location", "date"),
    [
        ("WASHINGTON\u2014Secretary of Homeland Security Janet Napolitano today met", "WASHINGTON", None),
        ("NEWPORT BEACH \u2013 A man was charged today", "NEWPORT BEACH", None),
        ("WASHINGTON - Ugochukwu Enwerem, aka Joseph Smith, was sentenced", "WASHINGTON", None),
        ("WASHINGTON Eric Ian Baker pleaded guilty today", "WASHINGTON", None),
        ("SANTA ANA, Calif. \u2013 A suspected drug dealer has been charged", "SANTA ANA, Calif", None),
        ("(Dallas, Texas) \u2013 On April 24, 2018, Armando Luis Juarez shot", "Dallas, Texas", None),
        ("(Houston, TX) - Today, the Harris County District Attorney", "Houston, TX", None),
        ("KNOXVILLE, TN, April 17, 2025 /24-7PressRelease/ -- In a bold move", "KNOXVILLE, TN", "2025-04-17"),
        ("DALLAS , July 31, 2017 /PRNewswire/ -- Acme Corp. said today", "DALLAS", "2017-07-31"),
        ("Addis Ababa\u2014 Ethiopia's Ministry of Health has confirmed", "Addis Ababa", None),
        ("(New York, NY) October 9, 2015 - Today Acme announced", "New York, NY", "2015-10-09"),
        ("MIAMI, FL, September 25, 2024 /24-7PressRelease/ -- In a bold move", "MIAMI, FL", "2024-09-25"),
        (
            "BEVERLY HILLS, CA - (NewMediaWire) - September 18, 2024 - BridgeCore",
            "BEVERLY HILLS, CA",
            "2024-09-18",
        ),
        ("ST. LOUIS, MO / PR Karma / September 3, 2025 11:50\nSt Louis", "ST. LOUIS, MO", "2025-09-03"),
        ("Miami-June 26, 2025\n\u2013 Miami-Dade State Attorney", "Miami", "2025-06-26"),
        ("(NewMediaWire) - July 16, 2025 - DALLAS \u2014 The American Heart", "DALLAS", "2025-07-16"),
        (
            "HENGQIN, CHINA \u2013 [Media OutReach Newswire](https://www.media-outreach.com/) \u2013 "
            "21 August 2026 \u2013 Recently, the bureau",
            "HENGQIN, CHINA",
            "2026-08-21",
        ),
        (
            "(Miami \u2013 July 30, 2024) \u2013 State Attorney Katherine Fernandez Rundle",
            "Miami",
            "2024-07-30",
        ),
        ("Miami (December 20, 2024) I respect the decision", "Miami", "2024-12-20"),
        # the date closes the line, or a comma follows it
        (
            "DALLAS, TX -- AUGUST 21, 2026\n\nDALLAS, TX -- August 21, 2026 -- Acme",
            "DALLAS, TX",
            "2026-08-21",
        ),
        (
            "Los Angeles, California, 04 July,2025, PUM Exchange has made a move",
            "Los Angeles, California",
            "2025-07-04",
        ),
        ("Miami (October 7, 2024)\nMiami-Dade State Attorney", "Miami", "2024-10-07"),
        ("(PHOENIX) \u2013 Maricopa County Attorney Rachel Mitchell has announced", "PHOENIX", None),
        ("(McAllen, Texas) - The county announced", "McAllen, Texas", None),
        (
            "SALT LAKE CITY, Utah \u2014 November 8, 2024 \u2014 CoinZoom, a leading",
            "SALT LAKE CITY, Utah",
            None,
        ),
    ],
)
def test_datelines(opening: str, location: str, date: str | None) -> None:
    d = find_dateline(opening, 0, len(opening))
    assert d is not None
    assert d.location.rstrip(".") == location.rstrip(".")
    assert opening[d.span[0] : d.span[1]] == d.location
    if date:
        assert d.date == date


@pytest.mark.parametrize(
    "opening",
    [
        "--News Direct-- PrestigePEO, one of the nation's largest professional employer organizations",
        "Senator Smith (May 3, 2006) said the bill would pass",
        "(NewsUSA) - Your back-to-school checklist is already long.",
        "(BookTrib) - A written self-portrait of a novelist",
        "(NewMediaWire) - The company announced a new product today",
        "Sens. Olympia Snowe (R-ME) and John D. Rockefeller IV (D-WV) today praised",
        "Sen. George Allen (R-VA) today urged Virginia fire departments to attend",
        "The Senate today approved an amendment offered by Sen. Saxby Chambliss",
        "A federal judge in Boston sentenced Gary Alcock today to 14 months",
        "Monday, June 5, 2024, the Senate voted on the bill",
        "On June 5, 2024, the Senate voted on the bill",
        "",
    ],
)
def test_no_dateline(opening: str) -> None:
    assert find_dateline(opening, 0, len(opening)) is None
