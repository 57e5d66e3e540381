"""acronyms: definitions in both orders, expansions limited to the letters, later bare uses."""

from __future__ import annotations

import pytest

from pressparse.extract.acronyms import find, is_acronym, letters
from pressparse.pipeline import Parser
from tests.conftest import LINEAR_SECONDS

from .conftest import SEED

DEFINED = [
    ("It works with the World Customs Organization (WCO) on trade.", [("WCO", "World Customs Organization")]),
    ("It works with the WCO (World Customs Organization) on trade.", [("WCO", "World Customs Organization")]),
    ("Funds go to the Byrne Justice Assistance Grant (JAG) program.", [("JAG", "Justice Assistance Grant")]),
    (
        "The Orange County District Attorney’s Office (OCDA) filed charges.",
        [("OCDA", "Orange County District Attorney’s")],
    ),
    (
        "The Academic Partnerships Lead Us to Success Act (A-PLUS) passed.",
        [("A-PLUS", "Academic Partnerships Lead Us to Success")],
    ),
    (
        "It aids small and medium-sized businesses (SMBs) everywhere.",
        [("SMBs", "small and medium-sized businesses")],
    ),
    ("They passed the Enhanced 911 (E-911) bill last night.", [("E-911", "Enhanced 911")]),
    ("He spoke for the Department of Justice (DOJ) today.", [("DOJ", "Department of Justice")]),
    (
        "Agents of U.S. Immigration and Customs Enforcement (ICE) helped.",
        [("ICE", "Immigration and Customs Enforcement")],
    ),
    ("Sales at the Chicago Climate Exchange (CCX) rose.", [("CCX", "Chicago Climate Exchange")]),
    (
        "It filed with Provident Capital Indemnity Ltd. (PCI) in May.",
        [("PCI", "Provident Capital Indemnity")],
    ),
    # names whose letters skip words: the whole proper name before the parenthesis
    (
        "Agents of the Bureau of Alcohol, Tobacco, Firearms and Explosives (ATF) helped.",
        [("ATF", "Bureau of Alcohol, Tobacco, Firearms and Explosives")],
    ),
    (
        "The Centers for Medicare & Medicaid Services (CMS) said.",
        [("CMS", "Centers for Medicare & Medicaid Services")],
    ),
    (
        "It shipped to the Centers for Disease Control and Prevention (CDC) today.",
        [("CDC", "Centers for Disease Control and Prevention")],
    ),
    (
        "Visit the Health Care Fraud Prevention and Enforcement Action Team (HEAT) site.",
        [("HEAT", "Health Care Fraud Prevention and Enforcement Action Team")],
    ),
    (
        "Aid went to the Islamic State of Iraq and al-Sham (ISIS).",
        [("ISIS", "Islamic State of Iraq and al-Sham")],
    ),
    (
        "It broke the Religious Land Use and Institutionalized Persons Act of 2000 (RLUIPA) twice.",
        [("RLUIPA", "Religious Land Use and Institutionalized Persons Act")],
    ),
    # negative cases: party tags, letters that do not align, plain words, numbers
    ("Sen. Patrick Leahy (D-Vt.) and Sen. Jim DeMint (R-S.C.) agreed.", []),
    ("The Texas Department of Family Protective Services (CPS) took custody.", []),
    ("Call the office at (312) 554-0819 today.", []),
    ("He was sentenced (again) on Monday by the judge.", []),
    ("The meeting (VIP) was held at the Heisman Toast.", []),
    ("Agents of the Department of Agriculture (USDA) came.", []),
    ("It filed for United Home Loans, LLC of Wilmington, Delaware (UHL) today.", []),
    ("It broke the Americans with Disabilities Act and the Rehabilitation Act (ADA).", []),
]


@pytest.mark.parametrize(("body", "expected"), DEFINED)
def test_definitions(body: str, expected: list[tuple[str, str]]) -> None:
    found = find(body, ((0, len(body)),))
    assert [(a.acronym, a.expansion) for a in found] == expected


def test_span_mentions_and_once_each() -> None:
    body = "The Internal Revenue Service (IRS) said so. The IRS (Internal Revenue Service) and IRS-CI; IRS."
    text = "Tax Cheats Charged\n\n" + body + "\n"
    found = find(text, ((20, len(text)),))
    assert len(found) == 1
    item = found[0]
    assert text[item.span[0] : item.span[1]] == "Internal Revenue Service (IRS)"
    # later bare uses, not the hyphenated IRS-CI
    assert [text[s:e] for s, e in item.mentions] == ["IRS", "IRS"]
    assert all(s >= item.span[1] for s, _ in item.mentions)


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("WCO", True),
        ("DoD", True),
        ("E-911", True),
        ("SMBs", True),
        ("R-VA", False),
        ("Office", False),
        ("A", False),
    ],
)
def test_is_acronym(token: str, expected: bool) -> None:
    assert is_acronym(token) is expected


@pytest.mark.parametrize(
    ("token", "expected"), [("SMBs", "smb"), ("U.N.", "un"), ("E-911", "e911"), ("DoD", "dod")]
)
def test_letters(token: str, expected: str) -> None:
    assert letters(token) == expected


def test_seed(rules_parser: Parser) -> None:
    text = SEED.read_text(encoding="utf-8")
    record = rules_parser.parse(text)
    assert [(a.acronym, a.expansion) for a in record.acronyms] == [("WCO", "World Customs Organization")]
    wco = record.acronyms[0]
    assert text[wco.span[0] : wco.span[1]] == "World Customs Organization (WCO)"
    assert wco.mentions and all(text[s:e] == "WCO" for s, e in wco.mentions)


# issue 14: letters that skip or merge words, another language's initials, inner capitals
SKIPPED_OR_MERGED = [
    (
        "It works with the Directorate of Civil Protection (DGPC) on shelters.",
        [("DGPC", "Directorate of Civil Protection")],
    ),
    (
        "Since the Federal Open Market Committee (FOMC) met, rates held.",
        [("FOMC", "Federal Open Market Committee")],
    ),
    (
        "Grants come from the Centers for Medicare & Medicaid Services (CMS) each year.",
        [("CMS", "Centers for Medicare & Medicaid Services")],
    ),
    ("The course is run by ACE (ACademic Excellence) staff.", [("ACE", "ACademic Excellence")]),
    ("Students join the SeaWorld Education (SWE) trips.", [("SWE", "SeaWorld Education")]),
    # a qualifier after the letters' words is left out; an office whose initial the first word shares is in
    (
        "It funds the Comprehensive Plan of Action for Indochinese Asylum Seekers (CPA), he said.",
        [("CPA", "Comprehensive Plan of Action")],
    ),
    (
        "It joins the Tribal Access Program for National Crime Information (TAP) now.",
        [("TAP", "Tribal Access Program")],
    ),
    (
        "Staff of the Office of Oil Spill Prevention and Response (OSPR) came.",
        [("OSPR", "Office of Oil Spill Prevention and Response")],
    ),
    ("The Office of Management and Budget (OMB) met.", [("OMB", "Office of Management and Budget")]),
    # a definition after "or"; a word printed with the letters; a year after them
    (
        "It is a program called Graduate Assistance in Areas of National Need, or GAANN. GAANN helps.",
        [("GAANN", "Graduate Assistance in Areas of National Need")],
    ),
    (
        "The Africa Centres for Disease Control and Prevention (Africa CDC) said so.",
        [("Africa CDC", "Africa Centres for Disease Control and Prevention")],
    ),
    (
        "It hosts the 5th International Conference on Public Health in Africa (CPHIA 2026), showing it.",
        [("CPHIA", "Conference on Public Health in Africa")],
    ),
    # letters in two groups: a word's parts and a word's first letters ("DG COMP", "OC GRIP")
    (
        "It is on the Directorate-General for Competition (DG COMP) website.",
        [("DG COMP", "Directorate-General for Competition")],
    ),
    (
        "He led the Orange County Gang Reduction Intervention Partnership (OC GRIP) for years.",
        [("OC GRIP", "Orange County Gang Reduction Intervention Partnership")],
    ),
    ("He met John Smith (US NAVY) there.", []),
    # another language's small words are passed over like "of" and "the"
    (
        "The Comisión Nacional de los Derechos Humanos (CNDH) said.",
        [("CNDH", "Comisión Nacional de los Derechos Humanos")],
    ),
    (
        "He wrote to the Bureau des Affaires Financières et Economiques (BAFE) in Paris.",
        [("BAFE", "Bureau des Affaires Financières et Economiques")],
    ),
    # a capitalised small word may open the name; a lower-case one may not
    (
        "Officers of the Los Angeles Police Department (LAPD) came.",
        [("LAPD", "Los Angeles Police Department")],
    ),
    ("The La Jolla Playhouse (LJP) opened.", [("LJP", "La Jolla Playhouse")]),
    ("Build it Do It Yourself (DIY) style.", [("DIY", "Do It Yourself")]),
    # a definition with an article and quotes, as companies and treaties write them
    (
        "The Recovery and Resilience Facility (the “RRF”) opened.",
        [("RRF", "Recovery and Resilience Facility")],
    ),
    # not definitions: the initials are not the name's, nor a name before the parenthesis
    ("The Centres for Disease Control and Prevention (Former CDC) said so.", []),
    ("Acme Corp. (“Acme” or the “Company”) said so.", []),
    ("He thanked the staff, or CEO Smith, for it.", []),
    ("The parties signed the Purchase Agreement (the “Agreement”) in May.", []),
    ("It was passed as the Safe Streets Act (the “Act”) in 1968.", []),
    ("He met the City Council (NYPD) today.", []),
    ("He saw Big Data (ABC) there.", []),
    ("They went home (USA) at last.", []),
]


@pytest.mark.parametrize(("body", "expected"), SKIPPED_OR_MERGED)
def test_skipped_or_merged_letters(body: str, expected: list[tuple[str, str]]) -> None:
    regions = ((0, len(body)),)
    assert [(a.acronym, a.expansion) for a in find(body, regions)] == expected


def test_about_paragraph_is_scanned(rules_parser: Parser) -> None:
    """A definition printed only in an "About" paragraph is found (the about region is read)."""
    text = (
        "Acme Opens New Plant\n\nDALLAS, June 3, 2024 -- Acme opened a plant today, the company said.\n"
        "It will employ 300 people.\n\n"
        "About Acme\nAcme is a member of the National Association of Manufacturers (NAM).\n"
    )
    record = rules_parser.parse(text)
    assert record.about is not None and "NAM" in record.about
    assert [(a.acronym, a.expansion) for a in record.acronyms] == [
        ("NAM", "National Association of Manufacturers")
    ]


def test_linear_on_long_runs() -> None:
    import time

    for text in ("Alpha " * 100_000, "A" + " " * 40_000 + "(AB)", "(AB) " * 20_000, "Ab (" * 20_000):
        t0 = time.perf_counter()
        find(text, ((0, len(text)),))
        assert time.perf_counter() - t0 < LINEAR_SECONDS, text[:20]
