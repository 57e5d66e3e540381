"""programs: named programs by head noun, title or front head; short forms joined; non-programs left out."""

from __future__ import annotations

import pytest

from pressparse.extract.acronyms import find as find_acronyms
from pressparse.extract.programs import find
from pressparse.pipeline import Parser
from tests.conftest import LINEAR_SECONDS

from .conftest import SEED


def programs_of(text: str) -> list[tuple[str, str]]:
    regions = ((0, len(text)),)
    found = find(text, regions, find_acronyms(text, regions))
    return [(p.name, p.kind) for p in found]


FOUND = [
    ("Agents joined Project Global Shield last year.", [("Project Global Shield", "project")]),
    ("The arrests came in Operation Wrong Turn, the FBI said.", [("Operation Wrong Turn", "operation")]),
    ("He wrote the Combat Meth Act of 2005 with others.", [("Combat Meth Act of 2005", "law")]),
    (
        "They expanded the Urban Area Security Initiative this year.",
        [("Urban Area Security Initiative", "initiative")],
    ),
    (
        "It funds the Assistance to Firefighters Grant Program.",
        [("Assistance to Firefighters Grant Program", "program")],
    ),
    ("He created it as part of the 1996 Telecommunications Act.", [("1996 Telecommunications Act", "law")]),
    ("It violates the United States Constitution.", [("United States Constitution", "law")]),
    ("It passed the Spectrum Relocation bill last night.", [("Spectrum Relocation bill", "bill")]),
    (
        "Leaders signed a declaration—Beyond the Border: A Shared Vision for Perimeter Security—that day.",
        [("Beyond the Border: A Shared Vision for Perimeter Security", "declaration")],
    ),
    (
        "They released the U.S.-Canada Joint Border Threat and Risk Assessment—addressing risks.",
        [("U.S.-Canada Joint Border Threat and Risk Assessment", "report")],
    ),
    (
        "Funds go to the Byrne Justice Assistance Grant (JAG) program. The JAG program helps.",
        [("Byrne Justice Assistance Grant program", "program")],
    ),
    (
        "It includes the Universal Service Fund bill. Universal Service Fund (USF) requests wait.",
        [("Universal Service Fund bill", "bill"), ("Universal Service Fund", "fund")],
    ),
    (
        "The bill was included in the American Jobs Creation Act of 2004 Conference Report today.",
        [("American Jobs Creation Act of 2004", "law")],
    ),
    (
        "It violated Title II of the Civil Rights Act of 1964 and the Sherman Act.",
        [("Civil Rights Act of 1964", "law"), ("Sherman Act", "law")],
    ),
    (
        "He violated the National Firearms Act and Gun Control Act.",
        [("National Firearms Act", "law"), ("Gun Control Act", "law")],
    ),
    (
        "Children joined the Head Start Program in Project St. Louis.",
        [
            ("Head Start Program", "program"),
            ("Project St. Louis", "project"),
        ],
    ),
    (
        "Grants come from the Fiscal Year 2004 Assistance to Firefighters Grant Program.",
        [("Assistance to Firefighters Grant Program", "program")],
    ),
    ("It gave $500,000 for the Courtroom 21 Project at the college.", [("Courtroom 21 Project", "project")]),
    # not programs: descriptive bills, institutions, organisations, courts, task forces, awards, people
    ("He opposed the immigration bill and the FY 2004 appropriations bill.", []),
    ("The Senate bill and the House plan both failed.", []),
    ("The Department of Homeland Security and the Joint Terrorism Task Force investigated.", []),
    ("He appeared in U.S. District Court for the Southern District of Texas.", []),
    ("The firm won two Stevie Awards program honours.", []),
    ("Project Manager Jane Doe said the work is done.", []),
    ("Passage of the bill will open up large amounts of radio frequencies.", []),
    ("Army Specialist Bill Jones served two tours.", []),
    ("The bank entered a Deferred Prosecution Agreement and filed its Annual Report.", []),
    ("It passed the Defense Authorization bill and the Related Agencies Appropriations Bill.", []),
    ("The Office of Labor Management Standards audited the union.", []),
    ("She studied at NYU Law and joined a Big Law firm.", []),
    ("ANNUAL REPORT: Date: Thursday, June 5", []),
    ("Sen. Carper Unveils Homeownership Plan\n\nHe will visit Dover.", []),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_programs(text: str, expected: list[tuple[str, str]]) -> None:
    assert programs_of(text) == expected


def test_title_case_heading_only_names_a_program_found_in_prose() -> None:
    text = (
        "Senate Passes Genocide Accountability Act\n\n"
        "Anti-Genocide Bill Moves Forward\n"
        "Genocide Accountability Act: The committee approved it.\n"
        "The Genocide Accountability Act now moves on.\n"
    )
    regions = ((0, len(text)),)
    found = find(text, regions)
    assert [p.name for p in found] == ["Genocide Accountability Act"]
    assert len(found[0].mentions) == 2


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        (
            "They launched the Urban Area Security Initiative. The Initiative grows.",
            ["Initiative"],
        ),
        (
            "I proposed the A-PLUS Act. The Academic Partnerships Lead Us to Success Act (A-PLUS) will pass.",
            ["A-PLUS Act"],
        ),
        (
            "The Assistance to Firefighters Grant Program helps. Ask the Assistance to Firefighters Program.",
            ["Assistance to Firefighters Program"],
        ),
    ],
)
def test_short_forms_are_mentions(text: str, mentions: list[str]) -> None:
    regions = ((0, len(text)),)
    found = find(text, regions, find_acronyms(text, regions))
    assert len(found) == 1
    assert [text[s:e] for s, e in found[0].mentions] == mentions


@pytest.mark.parametrize("mode", ["rules_parser", "model_parser"])
def test_seed(request: pytest.FixtureRequest, mode: str) -> None:
    parser: Parser = request.getfixturevalue(mode)
    text = SEED.read_text(encoding="utf-8")
    record = parser.parse(text)
    assert [(p.name, p.kind) for p in record.programs] == [
        (
            "Beyond the Border: A Shared Vision for Perimeter Security and Economic Competitiveness",
            "declaration",
        ),
        ("Project Global Shield", "project"),
        ("U.S.-Canada Joint Border Threat and Risk Assessment", "report"),
    ]
    for p in record.programs:
        assert text[p.span[0] : p.span[1]] == p.name
    declaration = record.programs[0]
    assert [text[s:e] for s, e in declaration.mentions] == ["Shared Vision"]


# issue 14: programs by meaning (frames, coinages, names across a parenthesis or a comma), and
# the guide's exclusions; each row a sentence of the kind a release prints
BY_MEANING = [
    ("Recovery money flows under NextGenerationEU to the member states.", [("NextGenerationEU", "program")]),
    ("Snowe created E-Rate as part of the act, and E-Rate funding grew.", [("E-Rate", "program")]),
    ("States drew on the Recovery and Resilience Facility, a fund for reforms, last year.", [
        ("Recovery and Resilience Facility", "fund")
    ]),
    ("Nurses can join Vanguard, a programme that trains them in rural clinics.", [("Vanguard", "program")]),
    ("The state launched the \"Click It or Ticket\" campaign in May.", [("Click It or Ticket", "campaign")]),
    ("Fraud cost the Medicare program millions of dollars last year.", [("Medicare program", "program")]),
    ("It was supported by the AVoHC-SURGE program in the region.", [("AVoHC-SURGE program", "program")]),
    ("Awards went out under the Community Settlement Services (CSS) Scheme last week.", [
        ("Community Settlement Services Scheme", "program")
    ]),
    ("She studied in UCSC's ACE (ACademic Excellence) Honors Program for a year.", [
        ("ACE Honors Program", "program")
    ]),
    ("it is funded by the Ethiopian Pandemic Multi-Sectoral Prevention, Preparedness and Response Project "
     "and other sources that are not named here.", [
        ("Ethiopian Pandemic Multi-Sectoral Prevention, Preparedness and Response Project", "project")
    ]),
    ("He faces charges against the Migration Act 1958 in Perth.", [("Migration Act 1958", "law")]),
    ("The report followed the Review of Commonwealth Functions last year.", [
        ("Review of Commonwealth Functions", "report")
    ]),
    ("Tickets are sold by the Santa Cruz Arts & Lectures program this week.", [
        ("Santa Cruz Arts & Lectures program", "program")
    ]),
    ("she was co-chair of the Development Committee for the Karl S. Pister Leadership Opportunity Program "
     "and a member of several other groups.", [
        ("Karl S. Pister Leadership Opportunity Program", "program")
    ]),
    ("He is director of the Education Abroad Program in Budapest, Hungary, this year.", [
        ("Education Abroad Program", "program")
    ]),
    ("The tenements are near projects such as Lord Resources' Horse Rocks, Future Minerals’ Kangaroo Hills "
     "and the Mt Marion Lithium Project.", [
        ("Horse Rocks", "project"), ("Kangaroo Hills", "project"), ("Mt Marion Lithium Project", "project")
    ]),
    ("It is a program called Graduate Assistance in Areas of National Need, or GAANN. For the 1994-95 GAANN "
     "program, funds rose.", [("Graduate Assistance in Areas of National Need", "program")]),
    # a plan's title after its head: "of", "for", "on" and title-case words
    ("Australia will fund the Comprehensive Plan of Action for Indochinese Asylum Seekers (CPA), he said.", [
        ("Comprehensive Plan of Action for Indochinese Asylum Seekers", "plan")
    ]),
    ("It acts as described in the Plans for Reducing the Size of the Federal Reserve's Balance Sheet that "
     "were issued in May.", [("Plans for Reducing the Size of the Federal Reserve's Balance Sheet", "plan")]),
    ("Aid came from the President's Emergency Plan for AIDS Relief in Kenya.", [
        ("President's Emergency Plan for AIDS Relief", "plan")
    ]),
    ("* Custom Plans for Individual Needs: we offer plans to all.", []),
    ("The buyer signed the Agreement and Plan of Merger on Monday.", []),
    ("Plans for the Park District were shown on Monday.", []),
    # heads beyond the program nouns: a named policy, an inventory, a numbered proposition, a
    # sponsor-named amendment or bill, a law whose title opens with a verb, a quoted title after a comma
    ("He lies about the White Australia Policy and who dismantled it.", [("White Australia Policy", "plan")]),
    ("They ended the Remain in Mexico Policy last year.", [("Remain in Mexico Policy", "plan")]),
    ("He used data reported to the EPA's Toxic Release Inventory (TRI) from 1987.", [
        ("Toxic Release Inventory", "report")
    ]),
    ("In the aftermath surrounding Proposition 209, it is more important than ever.", [
        ("Proposition 209", "law")
    ]),
    ("The final vote in favor of the Biden-Brownback amendment was 75-23.", [
        ("Biden-Brownback amendment", "law")
    ]),
    ("He backed the Kennedy-Kassebaum bill and opposed the Anti-Drug bill.", [
        ("Kennedy-Kassebaum bill", "bill")
    ]),
    ("Sanders cosponsored the Keep it in the Ground Act to stop new leases.", [
        ("Keep it in the Ground Act", "law")
    ]),
    ("Senator Smith and the Clean Air Act are both old.", [("Clean Air Act", "law")]),
    ("The new program, \"Partnership to Ensure Access and Quality,\" has two objectives.", [
        ("Partnership to Ensure Access and Quality", "program")
    ]),
    ("Congress passed the Consolidated Appropriations Act, 2008 last week.", [
        ("Consolidated Appropriations Act", "law")
    ]),
    ("The NHS Health Check programme helps prevent heart disease.", [
        ("NHS Health Check programme", "program")
    ]),
    # a part in front is not the name's; a year after a programme's head is; a law's fiscal year after it
    ("Airports share $85 million under Round 3 of the Regional Airports Resilience Program, he said.", [
        ("Regional Airports Resilience Program", "program")
    ]),
    ("The closure is part of the company's Profit Improvement Programme 2013, announced in August.", [
        ("Profit Improvement Programme 2013", "program")
    ]),
    ("He voted for the Department of Defense Appropriations Act for Fiscal Year 2005.", [
        ("Department of Defense Appropriations Act", "law")
    ]),
    # a named mission that something is done under is a program; a mission elsewhere is a body
    ("Households have tap connections under the Jal Jeevan Mission (JJM) now.", [
        ("Jal Jeevan Mission", "program")
    ]),
    ("Meals are served under the Sydney City Mission today.", []),
    ("She works at the Sunday Breakfast Rescue Mission.", []),
    # an appropriations bill named by its subject; not by who passes it, a year or a list's fragment
    ("The Energy and Water Development Appropriations bill passed.", [
        ("Energy and Water Development Appropriations bill", "bill")
    ]),
    ("He won funds in the FY05 Defense Appropriations bill.", [("Defense Appropriations bill", "bill")]),
    ("He backed the Senate Appropriations bill.", []),
    ("The Emergency Supplemental Appropriations Bill passed.", []),
    # a coinage funded by, an appositive with "the" after "under", a convention with a word in front
    ("Funded by NextGenerationEU, the plan helps regions.", [("NextGenerationEU", "program")]),
    ("Homes are built under Rebuilding Ireland, the Government's housing plan, this year.", [
        ("Rebuilding Ireland", "plan")
    ]),
    ("It ratified the International Convention on the Elimination of Racial Discrimination last year.", [
        ("International Convention on the Elimination of Racial Discrimination", "agreement")
    ]),
    # a capitalised coinage that an appositive calls an advice or information service, or a helpline
    ("Young people can get advice from FRANK, the drug advice service.", [("FRANK", "program")]),
    ("FRANK, the national drug information service, was launched in 2003.", [("FRANK", "program")]),
    # negative: companies called services, a news service
    ("They ride GSM, a ride-hailing service, daily.", []),
    ("They ride Uber, a ride-hailing service, daily.", []),
    ("Reports came in from USA, a news service, today.", []),
    # negative: "the" and a kind noun that heads no appositive, a place after "in", a part of a building
    ("He discussed crime in the U.S., the solutions pursued by law enforcement and others.", []),
    ("In Washington, the plan was shown.", []),
    ("He spoke at Phase 2 of the Smith Building.", []),
    # a qualifier in front is not the name's
    ("US$4 million from OCHA-managed UN Global Emergency Fund (CERF) was released.", [
        ("UN Global Emergency Fund", "fund")
    ]),
    ("They backed the Green New Deal Resolution (GND). The Green New Deal Resolution of 2021 is endorsed.", [
        ("Green New Deal Resolution of 2021", "law")
    ]),
    ("The Second Amendment protects us, and he defends the Fourth Amendment.", [
        ("Second Amendment", "law"), ("Fourth Amendment", "law")
    ]),
    ("States drew on the Recovery and Resilience Facility (RRF) last year.", [
        ("Recovery and Resilience Facility", "fund")
    ]),
    ("The Term Securities Lending Facility and the Term Auction Facility were created.", [
        ("Term Securities Lending Facility", "fund"), ("Term Auction Facility", "fund")
    ]),
    ("He was held at the Donovan Correctional Facility near the Materials Recovery Facility.", []),
    # not programs: a resolution without its year, an organisation with a board, a participle and a
    # head, a numbered amendment used as an adjective
    ("He voted for the Budget Resolution and the Senate Resolution today.", []),
    ("She is a former board member of the Santa Cruz AIDS Project.", []),
    ("The lab was strengthened together with partners such as the Global Fund, WHO and others.", []),
    ("See Pooled Fund impact stories and the Merit-Based Program.", []),
    ("She backs First Amendment rights and our Second Amendment rights.", []),
    ("Rep. Bush's 'Violent Convicted Criminals Can Vote' amendment was defeated.", []),
    # not programs: a policy's field, a site's page, a list, a committee, a place, a show
    ("Read our Privacy Policy and the Terms of Use and Privacy Policy.", []),
    ("He teaches Competition Policy and Trends in Cartel Enforcement and Policy.", []),
    ("Conrad to Lead Committee on Social Security Policy", []),
    ("They met in front of the National Mall, a project whose renovation was funded in part.", []),
    ("Jeff Crouere is host of the radio and TV program, “Ringside Politics” and more.", []),
    # not programs: a fraud, a person's campaign or grant, places and adjectives, companies, awards,
    # organisations in a list, a noun a listed name qualifies, a web address, the guide's exclusions
    ("He ran a Ponzi scheme and a Check Cashing Scheme for years.", []),
    ("Staff of the Sanders campaign and the Donald J. Trump campaign met.", []),
    ("Trial Attorney Michael W. Grant prosecuted the case.", []),
    ("He led the Tennessee team while the French program grew.", []),
    ("Payments went through MoneyGram and InvestorWire each week.", []),
    ("Support came from programs including Small Business Development Centers and SCORE (Service Corps of "
     "Retired Executives Association).", []),
    ("It builds projects including Pensacola International Airport facilities and AERA+ soon.", []),
    ("He launched the NoCharityNeeded.com program by Wealth Armor.", []),
    ("The Office of Labor-Management Standards audited the union.", []),
    ("She won the Vigil Poster Presentation Award and the Neufeld-Levin Chair.", []),
    ("They signed a memorandum of understanding with the city, a plan of sorts.", []),
    ("In Washington, a plan was drafted by the staff.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), BY_MEANING)
def test_programs_by_meaning(text: str, expected: list[tuple[str, str]]) -> None:
    assert programs_of(text) == expected


def test_programs_are_linear_on_long_runs() -> None:
    """100,000 capitalised words and 40,000 spaces after a capitalised word: no quadratic scans."""
    import time

    for text in (
        "Alpha " * 100_000,
        "Program" + " " * 40_000 + "x",
        "report" + " " * 40_000 + "x",
        "Act, a " * 20_000,
        '"Ab" ' * 20_000,
        "projects such as" + " A," * 20_000,
        "Grant (JAG)" + " " * 40_000 + "Program",
    ):
        t0 = time.perf_counter()
        find(text, ((0, len(text)),))
        assert time.perf_counter() - t0 < LINEAR_SECONDS, text[:20]
