"""Layout: where the release sits in the page (headline, header, body, about, trailer, noise)."""

from __future__ import annotations

import random
import subprocess
import sys
import time

import pytest

from pressparse.classify import contact_in_line, header_kind, is_date_line, is_label_line, is_prose
from pressparse.cut import units_of
from pressparse.header import read_header
from pressparse.layout import segment
from pressparse.textspan import collapse
from tests.conftest import CORPUS_FOLDERS, SEED, SHARED, needs_shared


def _body(text: str) -> str:
    lay = segment(text)
    return text[lay.body[0] : lay.body[1]]


def _headline(text: str) -> str:
    lay = segment(text)
    return collapse(" ".join(text[s:e] for s, e in lay.headline))


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "A federal judge in Boston sentenced Gary Alcock today to 14 months in prison for tax evasion.",
            True,
        ),
        ("Canadian-American Homeland Security Collaboration", False),
        ("FORMER AMUSEMENT PARK WORKER PREVIOUSLY CHARGED WITH SEX CRIMES AGAINST THREE YOUNG GIRLS", False),
        ("Torque Metals secures strategic tenement package in WA", False),
        ("# Protect, Don't Beg: Insurance Expert Challenges GoFundMe Culture", False),
        ("The separate grant packages will be administered by the U.S. Department of Transportation.", True),
    ],
)
def test_is_prose(line: str, expected: bool) -> None:
    assert is_prose(line) is expected


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("06/17/2011 07:00 AM EDT", "date"),
        ("Tuesday, July 31, 2018", "date"),
        ("Date:  June 24, 2022", "date"),
        ("FOR IMMEDIATE RELEASE", "label"),
        ("For Immediate Release", "label"),
        ("PRESS RELEASE", "label"),
        ("Embargoed until 12:01 a.m. EST, March 3, 2011", "label"),
        ("Case # 13WF0931", "case"),
        ("Contact: 202-282-8010", "contact"),
        ("Office: 714-347-8405, Cell: 714-504-1917", "contact"),
        ("January 15, 2021 Contact: Kathleen Childs", "contact"),
        ("Office of the Press Secretary", "issuer"),
        ("Office of Public Affairs", "issuer"),
        ("By Sara Machi, Todd Feurer and Natalie Goldstick // CBS Chicago", "byline"),
        ("Canadian-American Homeland Security Collaboration", None),
        ("Miami Police Officer Charged After Creating a False Traffic Citation", None),
    ],
)
def test_header_kind(line: str, kind: str | None) -> None:
    assert header_kind(line) == kind


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Saturday, June 18, 2011", True),
        ("Miami-June 26, 2025", False),
        ("Updated in June 2011 by staff", False),
    ],
)
def test_is_date_line(line: str, expected: bool) -> None:
    assert is_date_line(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("FOR IMMEDIATE RELEASE", True),
        ("News Releases", True),
        (
            "FOR IMMEDIATE RELEASE: Miami Police Officer Charged After Creating a False Traffic Citation",
            False,
        ),
    ],
)
def test_is_label_line(line: str, expected: bool) -> None:
    assert is_label_line(line) is expected


def test_units_join_run_on_lines_and_cut_one_line_paragraphs() -> None:
    text = "Fullerton Man Charged with Possessing\nto Kill 12 Million People\nFirst one.  Second one."
    units = units_of(text)
    assert [u.text for u in units] == [
        "Fullerton Man Charged with Possessing\nto Kill 12 Million People",
        "First one.",
        "Second one.",
    ]
    assert len(units[0].lines) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a flattened page: wide runs of spaces part its blocks
        (
            "   PRESS RELEASE  NELSON DEMANDS IRS END DELAY          "
            "Press Release    May 3  2006       The senator",
            ["PRESS RELEASE  NELSON DEMANDS IRS END DELAY", "Press Release    May 3  2006", "The senator"],
        ),
        # negatives: indentation, two or four spaces inside a line
        (
            "      The Senate approved the bill  and the House agreed",
            ["The Senate approved the bill  and the House agreed"],
        ),
        ("Contact  Robert Gibbs    202  228 5511", ["Contact  Robert Gibbs    202  228 5511"]),
    ],
)
def test_units_cut_wide_gaps(text: str, expected: list[str]) -> None:
    assert [u.text for u in units_of(text)] == expected


_FLAT_BODY = "SAN DIEGO, CA, April 17, 2023 -- The race raised a record sum for the hospital. " * 8


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a page flattened to one line: cut at its bars and around its end mark
        (
            f"Menu Home News | Marathon Raises Record Sum | {_FLAT_BODY}### Media Contact: Sam Okafor, "
            "619-555-0199 | Share on Facebook | You just read: Marathon Raises Record Sum",
            [
                "Menu Home News",
                "Marathon Raises Record Sum",
                _FLAT_BODY.strip(),
                "###",
                "Media Contact: Sam Okafor, 619-555-0199",
                "Share on Facebook",
                "You just read: Marathon Raises Record Sum",
            ],
        ),
        # a bar inside a contact ("Name | Title  number") does not cut it
        (
            f"{_FLAT_BODY}### Emily Kile | Partner 480.348.1590 emily@example.com",
            [_FLAT_BODY.strip(), "###", "Emily Kile | Partner 480.348.1590 emily@example.com"],
        ),
        # a short line: bars and a mark stay inside it
        ("Marathon Raises Record Sum | Harbor City News", ["Marathon Raises Record Sum | Harbor City News"]),
        (
            "The race raised a record sum ### for the hospital.",
            ["The race raised a record sum ### for the hospital."],
        ),
        # a long line of bars with no block of text between them is a list, not a page
        (" | ".join(["Sports and outdoor events"] * 30), [" | ".join(["Sports and outdoor events"] * 30)]),
    ],
)
def test_units_cut_a_flattened_page(text: str, expected: list[str]) -> None:
    assert [u.text for u in units_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dateline split from its sentence at the dash, a link on a line of its own
        (
            "Miami \u2013 February 6, 2025\n\u2013 State Attorney Rundle announces the charging of\n"
            "62-year-old Nilo Somoano\nafter an investigation.",
            [
                "Miami \u2013 February 6, 2025 \u2013 State Attorney Rundle announces the charging of "
                "62-year-old Nilo Somoano after an investigation."
            ],
        ),
        (
            "CHICAGO\n\u2014\nThe Cook County office filed charges.",
            ["CHICAGO \u2014 The Cook County office filed charges."],
        ),
        # negatives: a finished sentence, a chrome line, a title line
        ("He was sentenced today.\n\u2013 The Office", ["He was sentenced today.", "\u2013 The Office"]),
        ("Follow Us\n\u2013\nSkip to content", ["Follow Us", "\u2013", "Skip to content"]),
        ("Man Charged With Fraud\nThe man was charged.", ["Man Charged With Fraud", "The man was charged."]),
        (
            "Bennett Applauds Passage of Bill\n\u00e2Today the Senate passed it.",
            ["Bennett Applauds Passage of Bill", "\u00e2Today the Senate passed it."],
        ),
        ("eBay Sellers Warned\niPhone users too", ["eBay Sellers Warned", "iPhone users too"]),
        # a place and its hyphen split apart, an aside in brackets set on its own line
        ("CHICAGO -\nCook County State's Attorney spoke.", ["CHICAGO - Cook County State's Attorney spoke."]),
        ("CHICAGO\n- The office announced a plea.", ["CHICAGO - The office announced a plea."]),
        (
            "Choice Protection Unit\n(CPU), a team of prosecutors.",
            ["Choice Protection Unit (CPU), a team of prosecutors."],
        ),
        # negatives: a bullet under a title, a dateline in brackets
        (
            "New Policy on Switches\n- Set against a rise in cases",
            ["New Policy on Switches", "- Set against a rise in cases"],
        ),
        (
            "Jury Finds Man Guilty\n(Dallas County) \u2013 A jury found",
            ["Jury Finds Man Guilty", "(Dallas County) \u2013 A jury found"],
        ),
    ],
)
def test_units_join_split_sentences(text: str, expected: list[str]) -> None:
    assert [collapse(u.text) for u in units_of(text)] == expected


PAGE = """Public Safety Digest

February 25, 2011

FOR IMMEDIATE RELEASE

Thursday, February 24, 2011

Nigerian National Sentenced in North Carolina to 108 Months in Prison

WASHINGTON - Ugochukwu Enwerem was sentenced yesterday in U.S. District Court in Charlotte, N.C.

The case was investigated by a team of U.S. Postal Inspectors working with the Fraud Section.

Contact: Lee Youngblood, 601/965-5569.

###

Component(s):

Criminal Division

Posted at 1:33 AM in Public Safety | Permalink | Comments (1) | TrackBack (0)

Post a comment
"""


def test_page_parts() -> None:
    lay = segment(PAGE)
    assert lay.found
    assert _headline(PAGE) == "Nigerian National Sentenced in North Carolina to 108 Months in Prison"
    body = PAGE[lay.body[0] : lay.body[1]]
    assert body.startswith("WASHINGTON - Ugochukwu")
    assert body.endswith("working with the Fraud Section.")
    assert lay.trailer and PAGE[lay.trailer[0] : lay.trailer[1]].startswith("Contact: Lee Youngblood")
    assert lay.platform == "typepad"
    assert lay.posted and PAGE[lay.posted[0] : lay.posted[1]] == "February 25, 2011"
    noise = {PAGE[s:e] for s, e in lay.noise}
    assert {"Public Safety Digest", "###", "Component(s):", "Post a comment", "February 25, 2011"} <= noise
    assert "Thursday, February 24, 2011" not in noise


WIRE = """# Acme Opens a Plant in Ohio

DAYTON, OH, April 17, 2025 /24-7PressRelease/ -- Acme Corp. opened a plant in Dayton today, the company said.

The plant will employ 200 people by the end of the year, the company said in a statement.

About Acme Corp.

Acme Corp. makes widgets for the automotive industry and is based in Dayton, Ohio.

Media Contact:
Jane Smith
555-123-4567
jane@acme.com

---

[Original/Source Press Release](https://example.com/acme)
"""


def test_wire_about_and_contact_block_are_not_body() -> None:
    lay = segment(WIRE)
    assert _headline(WIRE) == "# Acme Opens a Plant in Ohio"
    body = WIRE[lay.body[0] : lay.body[1]]
    assert body.startswith("DAYTON, OH, April 17, 2025")
    assert body.endswith("the company said in a statement.")
    assert lay.about and WIRE[lay.about[0] : lay.about[1]].startswith("About Acme Corp.")
    assert WIRE[lay.about[0] : lay.about[1]].endswith("Dayton, Ohio.")
    assert lay.trailer and "jane@acme.com" in WIRE[lay.trailer[0] : lay.trailer[1]]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Skip to content\nMenu\nA Man Is Charged\nA man was charged with theft on Monday, police said.\n"
            "Share\nLatest Posts\nAnother Story Title",
            "A man was charged",
            "police said.",
        ),
        (
            "UPDATE FROM SEN. CORNYN\nDear Friend,\nThe Senate approved its budget under the new rules.\n",
            "Dear Friend,",
            "under the new rules.",
        ),
        # a page that set links on lines of their own: the body opens with the whole sentence
        (
            "Shelter App Expands - DA NewsCenter\nHome\nShelter App Expands\n"
            "San Diego County District Attorney\n"
            "Summer Stephan\nannounced today the expansion of her office\u2019s\nShelter Ready app\n"
            ", a tool that connects people to emergency shelter in real time.\n",
            "San Diego County District Attorney\nSummer Stephan",
            "in real time.",
        ),
        # ... but not the title above a dateline, nor a title the page repeats
        (
            "MEDIA ADVISORY: Trafficker Charged in Arrests\nAdmin | November 25, 2025\n"
            "for immediate release\n"
            "Trafficker Charged in Arrests\n"
            "Miami, Florida\n, Multiple arrests lead to the charging of an alleged trafficker in the county.",
            "Miami, Florida",
            "in the county.",
        ),
        (
            "Man Charged - DA\nMan Charged\nSumner Stephan\nsaid today that a man was charged with a crime.",
            "Sumner Stephan",
            "with a crime.",
        ),
        (
            "MEDIA ADVISORY\nWHO: Jacob Anthony Rump, 30\nWHAT: To be sentenced for murder.\n"
            "WHERE: Department C-40, Santa Ana\n###\n",
            "WHO: Jacob",
            "C-40, Santa Ana",
        ),
        (
            "# Acme Hay Sells Horses\n\nAcme Hay sells horses to riders in the county, the company said.\n\n"
            "Learn more on https://acme.com/\n\n [](https://x.com/a.jpg) [](https://acme.com) "
            "Contact Information:\n\n Acme Hay\n\n Bryan Gonzalez +1 (951) 454-5441 https://acme.com\n\n---\n",
            "Acme Hay sells",
            "Learn more on https://acme.com/",
        ),
        (
            "Headline Here\nThe body says something useful about the case today.\n"
            "Click here\nfor original press release.\n###\n",
            "The body says",
            "about the case today.",
        ),
        # a page title "Title - Deck - Site" repeated above the release is not its body
        (
            "Man Convicted of Murder - Brother is charged with arson - Orange County District Attorney\n"
            "Skip to content\nMan Convicted of Murder \u2013 Brother is charged with arson\n"
            "FOR IMMEDIATE RELEASE\n"
            "Man Convicted of Murder\nBrother is charged with arson\n"
            "SANTA ANA, Calif. \u2013 A 36-year-old man was convicted today of murder.\n###\n",
            "SANTA ANA, Calif.",
            "convicted today of murder.",
        ),
        # a printed page's footer between two pages is skipped; the last one ends the body
        (
            "Jury Finds Man Guilty\n"
            "(Dallas County) \u2013 A jury found the man guilty of murder this afternoon.\n"
            "Courts Building \u2022 133 N. Riverfront Blvd. \u2022 Dallas, Texas 75207 \u2022 214/653-3600\n"
            "The man received life without the possibility of parole, the prosecutor said.\n"
            "Courts Building \u2022 133 N. Riverfront Blvd. \u2022 Dallas, Texas 75207 \u2022 214/653-3600\n",
            "(Dallas County)",
            "the prosecutor said.",
        ),
        # an image between paragraphs does not end the body; the release's closing date and the
        # site's footer links are not body either
        (
            "# Acme Hires a Director\n\n"
            "Acme, a maker of tools, today named Jane Doe its director of operations.\n\n"
            "![Jane Doe](https://example.com/a.jpg)\n\n"
            "Jane brings a wealth of expertise to her new role at the firm.\n\n"
            "June 5, 2026\nLinks:\nSite Map\nSelect Language\nEnglish\n",
            "Acme, a maker",
            "her new role at the firm.",
        ),
        # an "About" heading glued to its paragraph starts the about
        (
            "# Acme Hires\n\nAcme today named Jane Doe its director of operations for the region.\n\n"
            "About AcmeAcme makes tools for builders.\n",
            "Acme today",
            "for the region.",
        ),
        # closing contact blocks of any shape end the body: a lead with words before "contact", a
        # lead in parentheses, a desk as the label
        (
            "Title Here\n\nThe ministry said today that the outbreak is over in the whole region.\n\n"
            "For Additional Information or to Request Interviews, Please contact:\n\nJane Roe\n",
            "The ministry said",
            "in the whole region.",
        ),
        (
            "Title Here\n\nThe ministry said today that the outbreak is over in the whole region.\n\n"
            "(For more information: Mina Andreeva \u2013 Tel.: +32 229 91382)\n",
            "The ministry said",
            "in the whole region.",
        ),
        (
            "Title Here\n\nThe company said today that its sales grew in the third quarter of the year.\n\n"
            "Investor Relations: Jane Roe, +358 10 709 0000\n",
            "The company said",
            "quarter of the year.",
        ),
        (
            "Title Here\n\nThe office said that the work will go on for years, an official said.\n\n"
            "For further information, please ring E. Klein (88 4136 a.h.)\n",
            "The office said",
            "an official said.",
        ),
        # end marks and closing sections end the body; a closing place-and-date line is header
        (
            "Title Here\n\nThe minister said today that the plan will go ahead next year.\n\n"
            "- ends -\n\nMore\n",
            "The minister said",
            "go ahead next year.",
        ),
        (
            "Title Here\n\nThe minister said today that the plan will go ahead next year.\n\n"
            "Notes to editors\n\n"
            "1. The plan was announced in May.\n",
            "The minister said",
            "go ahead next year.",
        ),
        (
            "Title Here\n\nThe minister said today that the plan will go ahead next year.\n\nBackground\n\n"
            "The plan was first announced in May of last year by the government.\n",
            "The minister said",
            "go ahead next year.",
        ),
        (
            "Title Here\n\nThe minister said today that the plan will go ahead next year.\n\n"
            "CANBERRA 27 May 1996\n",
            "The minister said",
            "go ahead next year.",
        ),
        # a place-and-date line and a contact label on one scanned line: the contact label cuts it
        (
            "Title Here\n\nThe minister said today that the plan will go ahead next year.\n\n"
            "Canberra, 1 October 1997  Media inquiries: Steve Ingram (02) 6277 7860\n",
            "The minister said",
            "go ahead next year.",
        ),
        # a page's "Source" pointer after the release is not body
        (
            "Title Here\n\nThe university named a new chair of the faculty senate this week.\n\nSource\n",
            "The university named",
            "senate this week.",
        ),
        # a contact block after a place, a date or a lead-in ends the body
        (
            "Title Here\n\nThe minister said today that the plan will go ahead next year.\n\n"
            "CANBERRA For further information contact Jane Smith, (06) 276 4966.\n",
            "The minister said",
            "go ahead next year.",
        ),
        (
            "Title Here\n\nThe minister said today that the plan will go ahead next year.\n\n"
            "To arrange interview contact Senator Jo Bloggs on 0418 743 789\n",
            "The minister said",
            "go ahead next year.",
        ),
        # a sentence that mentions a contact and a number is body
        (
            "Title Here\n\nThe minister said today that the plan will go ahead next year.\n\n"
            "Residents who want advice can call the council. For more information call 555-123-4567 today.\n",
            "The minister said",
            "555-123-4567 today.",
        ),
        # a pointer to the full text and a link list's reference after the release are not body
        (
            "Title Here\n\nThe senator introduced a bill to lower the cost of drugs today.\n\n"
            "Full bill text can be accessed here.\n",
            "The senator introduced",
            "cost of drugs today.",
        ),
        (
            "Title Here\n\nThe university named a new chair of the faculty senate this week.\n\n"
            "[1]: http://www.example.edu/art/chair.gif\n",
            "The university named",
            "senate this week.",
        ),
        # ... but a sentence that says where the text is, inside the body, stays
        (
            "Title Here\n\nThe senator wrote to the company today.\n\nThe letter is available here.\n\n"
            "The company has not replied to the senator yet, the office said.\n",
            "The senator wrote",
            "the office said.",
        ),
    ],
)
def test_body_bounds(text: str, start: str, end: str) -> None:
    body = _body(text)
    assert body.startswith(start)
    assert body.endswith(end)


def test_image_between_headline_and_body_is_skipped() -> None:
    text = (
        "# Acme Launches a Token\n\n![](https://example.com/a.jpg)\n\n"
        "Acme, a maker of tools, today launched a token for its users.\n"
    )
    assert _headline(text) == "# Acme Launches a Token"
    assert _body(text).startswith("Acme, a maker")


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        # a page's field labels: "Title:" names the headline, "Content:" is a label, not a title
        (
            "Title: Sen. Lee Introduces Agency Accountability Act\nDate: May 14, 2019\n\nContent:\n"
            "WASHINGTON \u2013 Sen. Mike Lee introduced the Agency Accountability Act Tuesday, a bill.\n",
            "Sen. Lee Introduces Agency Accountability Act",
        ),
        # ... even with a tag line (blog chrome) between the title field and the body
        (
            "Title: Rep. Doe Demands Answers From the Agency\nDate: Washington, October 26, 2022\n"
            "Tags: Second Amendment\n\nContent:\nThis week, Congresswoman Jane Doe mailed letters to the "
            "Attorney General about the agency's form.\n",
            "Rep. Doe Demands Answers From the Agency",
        ),
    ],
)
def test_headline_from_field_lines(text: str, headline: str) -> None:
    lay = segment(text)
    assert read_header(text, lay).headline == headline


@pytest.mark.parametrize("text", ["", "   \n\n  ", "Home\nMenu\nShare\nSkip to content", "Contact Us"])
def test_no_release_is_not_a_crash(text: str) -> None:
    lay = segment(text)
    assert lay.found is False
    assert any("no release found" in w for w in lay.warnings)
    assert lay.body == (0, 0)


def test_seed_layout() -> None:
    text = SEED.read_text(encoding="utf-8")
    lay = segment(text)
    assert _headline(text) == "Canadian-American Homeland Security Collaboration"
    body = text[lay.body[0] : lay.body[1]]
    assert body.startswith("WASHINGTON\u2014Secretary")
    assert body.endswith("along the shared border.")
    assert lay.platform == "blogger"
    assert lay.posted and text[lay.posted[0] : lay.posted[1]] == "Saturday, June 18, 2011"
    noise = {text[s:e] for s, e in lay.noise}
    assert {"Saturday, June 18, 2011", "No comments:", "Post a Comment", "###"} <= noise


def test_long_documents_are_segmented() -> None:
    one_line = "Officials said the new program will help families in the region.  " * 60000
    lay = segment(one_line)
    assert lay.found and lay.body[1] - lay.body[0] > 1_000_000
    many = "\n".join(["The agency said the work will continue through the year."] * 50000)
    assert segment(many).found


@needs_shared
@pytest.mark.parametrize("folder", CORPUS_FOLDERS)
def test_spans_index_the_text(folder: str) -> None:
    files = sorted((SHARED / "corpus" / folder).glob("*.txt"))
    for path in random.Random(7).sample(files, min(25, len(files))):
        text = path.read_text(encoding="utf-8", errors="replace")
        lay = segment(text)
        spans = [lay.body, *lay.headline, *lay.noise, *lay.subtitle]
        spans += [s for s in (lay.about, lay.trailer, lay.header, lay.posted) if s]
        for s, e in spans:
            assert 0 <= s <= e <= len(text), path.name
            assert text[s:e] == text[s:e].strip(), path.name
        if lay.found:
            assert lay.body[0] < lay.body[1], path.name
        if lay.about:
            assert lay.about[0] >= lay.body[1], path.name


# hostile inputs: near-matches of the chrome shapes and long runs must cost linear time
# (before: 140 separators "a | " then an over-long part never finished; 200,000 trailing spaces
# were quadratic). Structural outcome first; the time bound is generous (linear code takes ms).
_PROSE = "The agency said today that it will fund new programs across the country."
_HOSTILE = [
    ("bars_long_tail", "Title\n" + "a | " * 140 + "x" * 130 + "\n" + _PROSE),
    ("bullets_long_tail", "Title\n" + "a \u2022 " * 140 + "x" * 130 + "\n" + _PROSE),
    ("breadcrumb_long_tail", "Title\n" + "Home > a " * 140 + "x" * 130 + "\n" + _PROSE),
    ("breadcrumb_guillemets", "Home \u00bb News \u00bb " * 300 + "\n" + _PROSE),
    ("bars_joined_lines", "Title\nsome words of the\n" + "a | " * 150 + "\n" + _PROSE),
    ("trailing_spaces", "Title Here\n\n" + _PROSE + " " * 200_000),
    ("spaces_after_word", "Word" + " " * 40_000 + "\n" + _PROSE),
    ("spaces_after_quote", _PROSE + '\n"' + " " * 2_000 + "x\n"),
]


@pytest.mark.parametrize(("name", "text"), _HOSTILE, ids=[n for n, _ in _HOSTILE])
def test_hostile_near_matches_finish(name: str, text: str) -> None:
    started = time.perf_counter()
    lay = segment(text)
    assert time.perf_counter() - started < 5.0, name
    assert lay.found
    assert text[lay.body[0] : lay.body[1]].startswith("The agency said today")


# every module-level pattern of the layout stage, searched and fully matched against long runs of
# its own separators and words ending in a tail that does not fit; in a child process, so a pattern
# that backtracks for ever fails the test instead of hanging it
_SWEEP = r"""
import importlib, re, sys, time
from pressparse import patterns
FILLERS = ("a | ", "a \u2022 ", "Home > ", "Home \u00bb a ", "News / ", "#a ", "A.", "Mc", "Aa ",
           "John Smith ", "12345 ", "a, ", "June 5, 2020 ", "[a](http://a) ", "(a) ", "- ", "  ", "\u00a0",
           "a\n", "+1 202-")
TAILS = ("x" * 130, "\n\x00")
slow = []
for name in sys.argv[1:]:
    for attr, rx in vars(importlib.import_module(f"pressparse.{name}")).items():
        if not isinstance(rx, re.Pattern) or getattr(patterns, attr, None) is rx:
            continue
        for filler in FILLERS:
            for tail in TAILS:
                s = filler * (4000 // len(filler)) + tail
                started = time.perf_counter()
                rx.search(s)
                rx.fullmatch(s)
                if time.perf_counter() - started > 1.0:
                    slow.append(f"{name}.{attr} on {filler!r}")
print("\n".join(slow))
"""


def test_layout_patterns_are_linear_on_near_matches() -> None:
    mods = ["noise", "cut", "classify", "layout", "header", "dateline", "textspan", "show"]
    done = subprocess.run(
        [sys.executable, "-c", _SWEEP, *mods], capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.strip() == ""


@pytest.mark.parametrize(
    ("text", "date", "body_start"),
    [
        # a place-and-date line above or below the headline is a header line, not the dateline
        (
            "Brussels, 16 July 2021\n\nCommission Approves New Aid\n\n"
            "The Commission approved a new aid scheme for farmers across the Union today.\n",
            "2021-07-16",
            "The Commission approved",
        ),
        # ... and closing the release it gives the release date
        (
            "Funding Boost for Settlement Services\n\n"
            "The minister announced new funding for settlement services in the region today.\n\n"
            "CANBERRA 27 May 1996\n",
            "1996-05-27",
            "The minister announced",
        ),
    ],
)
def test_place_and_date_lines_are_header(text: str, date: str, body_start: str) -> None:
    lay = segment(text)
    assert text[lay.body[0] : lay.body[1]].startswith(body_start)
    assert read_header(text, lay).release.date == date


_CLOSE = "Title Here\n\nThe minister said the plan will go ahead next year, he said.\n\n"


def test_every_unit_has_one_role() -> None:
    text = SEED.read_text(encoding="utf-8")
    lay = segment(text)
    roles = {text[r.start : r.end]: r.role for r in lay.roles}
    assert len(lay.roles) == len(units_of(text))
    assert roles["Canadian-American Homeland Security Collaboration"] == "headline"
    assert roles["06/17/2011 07:00 AM EDT"] == "date line"
    assert roles["For Immediate Release"] == "label"
    assert roles["Office of the Press Secretary"] == "issuer"
    assert roles["Contact: 202-282-8010"] == "contact"
    assert roles["###"] == "end mark"
    assert roles["No comments:"] == "noise (blog)"
    assert roles["Saturday, June 18, 2011"] == "noise (posted)"
    assert sum(1 for r in lay.roles if r.role == "prose") >= 5


@pytest.mark.parametrize(
    ("text", "line", "role"),
    [
        (
            _CLOSE + "CANBERRA 27 May 1996\n",
            "CANBERRA 27 May 1996",
            "date line",
        ),
        (
            _CLOSE + "Notes to editors\n\n1. The plan was announced in May.\n",
            "Notes to editors",
            "closing section",
        ),
        (
            "Title Here\n\nThe minister said the plan will go ahead next year, he said.\n\n"
            "Media contact: Jane Roe, 020 7946 0000\n",
            "Media contact: Jane Roe, 020 7946 0000",
            "contact",
        ),
        (
            "Home\nTitle Here\n\nThe minister said the plan will go ahead next year, he said.\n",
            "Home",
            "noise (site)",
        ),
        # a link section between the body and a contact block that the end mark closes is noise
        (
            _CLOSE + "Associated links\nOutbreak Fund\nContacts\nJane Doe\n343-555-0142\n- 30 -\n",
            "Outbreak Fund",
            "noise",
        ),
        (
            _CLOSE + "Associated links\nOutbreak Fund\nContacts\nJane Doe\n343-555-0142\n- 30 -\n",
            "Jane Doe",
            "contact",
        ),
        # a page number inside the body is the page's
        (
            "Title Here\n\nThe minister said the plan will go ahead next year, he said.\n- 2 -\n"
            "The minister said the plan will go ahead next year, he said again.\n",
            "- 2 -",
            "noise (page)",
        ),
    ],
)
def test_roles(text: str, line: str, role: str) -> None:
    roles = {text[r.start : r.end]: r.role for r in segment(text).roles}
    assert roles[line] == role


_LEAD = "The company said today that its sales grew strongly in the third quarter, the chief executive said."


@pytest.mark.parametrize(
    ("text", "headline", "date", "body_start"),
    [
        # a language switcher above the title is chrome, not the headline
        (
            "Other available languages: none\n\nCommission approves aid for farmers\n\n"
            "Brussels, 16 July 2021\n\n" + _LEAD + "\n",
            "Commission approves aid for farmers",
            "2021-07-16",
            "The company said",
        ),
        # GOV.UK: a one-sentence summary, then "From: / <office> / Published / <date>": the summary
        # is a standfirst (header), the body opens at the prose after the block
        (
            "Press release\n\nNew figures show rise in flu cases\n\n"
            "The latest figures show a rise in flu cases across England this winter.\n\n"
            "From:\nPublic Health England\nPublished\n28 December 2016\n\n" + _LEAD + "\n",
            "New figures show rise in flu cases",
            "2016-12-28",
            "The company said",
        ),
        # the office line of the block may be long: "From: / <two offices> / Published / <date>"
        (
            "Press release\n\nNew figures show rise in flu cases\n\n"
            "The latest figures show a rise in flu cases across England this winter.\n\n"
            "From:\nDepartment of Health and Social Care and Rosa Pemberton MP\n"
            "Published\n28 December 2016\n\n" + _LEAD + "\n",
            "New figures show rise in flu cases",
            "2016-12-28",
            "The company said",
        ),
        # gov.ie: "From <office>" and the site's stamps "Published on" / "Last updated on" are header
        (
            "Press release\nMinister announces funding for new homes\nFrom Department of Housing\n"
            "Published on 3 April 2023\nLast updated on 4 April 2023\n" + _LEAD + "\n",
            "Minister announces funding for new homes",
            "2023-04-03",
            "The company said",
        ),
        # PIB: "Posted On: <date> <time> by <desk>" above the title is a header line, not the headline
        (
            "Ministry of Jal Shakti\nPosted On: 14 MAR 2023 6:45PM IST by PIB Delhi\n"
            "Over 11.6 crore rural households now have tap water connections\n" + _LEAD + "\n",
            "Over 11.6 crore rural households now have tap water connections",
            "2023-03-14",
            "The company said",
        ),
        # a one-sentence summary with a bare date line under it: a standfirst, the body after the date
        (
            "Researchers develop blood test for cancer\n"
            "A simple blood test could detect cancer up to two years before symptoms appear.\n"
            "9 October 2024\n" + _LEAD + "\n",
            "Researchers develop blood test for cancer",
            "2024-10-09",
            "The company said",
        ),
        # Beehive: the minister and the portfolio tag under the title are header lines
        (
            "Release\n$120 million to protect freshwater in Canterbury\nHon Aroha Te Rangi\nEnvironment\n"
            "21 May 2024\n" + _LEAD + "\n",
            "$120 million to protect freshwater in Canterbury",
            "2024-05-21",
            "The company said",
        ),
        # a place alone under the title is no headline either
        (
            "Senators Cripple Terrorist Broadcasts\nOctober 17, 2007\nWASHINGTON, D.C.\n" + _LEAD + "\n",
            "Senators Cripple Terrorist Broadcasts",
            "2007-10-17",
            "The company said",
        ),
        # a short headline with no title above the header lines stays the headline
        (
            "Share\nOffice of the Press Secretary\nBudget 2024\n21 May 2024\n" + _LEAD + "\n",
            "Budget 2024",
            "2024-05-21",
            "The company said",
        ),
        # a cookie banner above the title is chrome
        (
            "Cookies on GOV.UK\nWe use some essential cookies to make this website work.\n"
            "Accept additional cookies\nSkip to main content\nCommission approves aid for farmers\n\n"
            "Brussels, 16 July 2021\n\n" + _LEAD + "\n",
            "Commission approves aid for farmers",
            "2021-07-16",
            "The company said",
        ),
        # a site's stamp does not beat the release's own "Released ..." line
        (
            "Site updated 2022-08-05 10:00\n\nMinister Opens New Bridge\n\nReleased August 3, 2022\n\n"
            + _LEAD,
            "Minister Opens New Bridge",
            "2022-08-03",
            "The company said",
        ),
        # a letterhead's office holder above the title is header (issuer), not the headline
        (
            "Media Release\n\nSenator Jane Roe\n\nAustralian Democrats' Spokesperson on Immigration\n\n"
            "11 April 1999\n\nRefugee pause provides opportunity\n\n" + _LEAD + "\n",
            "Refugee pause provides opportunity",
            "1999-04-11",
            "The company said",
        ),
        (
            "The Hon Philip Roe, MP\n\nMinister for Immigration and Multicultural Affairs\n\n"
            "Sunday 27 June 1999\n\nNew initiatives to stop illegal boat arrivals\n\n"
            "wins Minister's approval\n\n" + _LEAD + "\n",
            "New initiatives to stop illegal boat arrivals wins Minister's approval",
            "1999-06-27",
            "The company said",
        ),
        # a date given as a field in a header line ("Date: 22 May 1992") is a date line, not the title
        (
            "No.\n\nMTAI 21 Date: 22 May 1992\n\nAustralian support for the Plan of Action\n\n"
            + _LEAD
            + "\n",
            "Australian support for the Plan of Action",
            "1992-05-22",
            "The company said",
        ),
        # a title printed as a sentence, then a label with a time: the title is the headline
        (
            "Press Release\n\nFebruary 12, 2025\n\nFederal Reserve Board announces approval of application "
            "by Acme, Inc.\n\nFor release at 4:00 p.m. EST\n\n" + _LEAD + "\n",
            "Federal Reserve Board announces approval of application by Acme, Inc.",
            "2025-02-12",
            "The company said",
        ),
        # a date set apart at the end of the title line gives the release date, not the title's words
        (
            "Another boat arrives  Sunday, 10 June 2012\n\n"
            "Joint media release with Jane Roe MP - Minister for Home Affairs\n\n" + _LEAD + "\n",
            "Another boat arrives",
            "2012-06-10",
            "The company said",
        ),
        # a title naming a member is a title, not a letterhead
        (
            "Former Member of Virginia House of Delegates Convicted of Bribery\n\nJune 5, 2019\n\n"
            + _LEAD
            + "\n",
            "Former Member of Virginia House of Delegates Convicted of Bribery",
            "2019-06-05",
            "The company said",
        ),
    ],
)
def test_header_shapes_from_anywhere(text: str, headline: str, date: str, body_start: str) -> None:
    lay = segment(text)
    head = read_header(text, lay)
    assert (head.headline, head.release.date) == (headline, date)
    assert text[lay.body[0] : lay.body[1]].startswith(body_start)


def test_a_dateline_in_a_flattened_line_ends_the_title() -> None:
    text = (
        "Acme Names State Directors in Alabama and Illinois Across the Country (New York, NY) "
        "October 9, 2015 - Today Acme announced that two directors will lead its work in the states.\n"
    )
    lay = segment(text)
    head = read_header(text, lay)
    assert head.headline == "Acme Names State Directors in Alabama and Illinois Across the Country"
    assert text[lay.body[0] : lay.body[1]].startswith("(New York, NY) October 9, 2015")
    assert head.release.date == "2015-10-09"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("CANBERRA For further information contact AIDAB Public Affairs: Wendy Levy, (06) 276 4966", True),
        ("BRISBANE FEBRUARY 9 1996 Contact: Ruth Dewsbury (06) 277 7860, (0418) 624847", True),
        ("To arrange interviews contact Senator Jo Bloggs on 0418 743 789", True),
        ("(For more information: Mina Andreeva \u2013 Tel.: +32 229 91382)", True),
        ("Investor Relations: Matti Virtanen, tel. +358 10 709 0000", True),
        ("Press office: 020 7946 0000", True),
        # a cue without a number, a cue after a sentence, a job title are no contact line
        ("For more information visit www.example.org", False),
        ("The plan starts in May. For more information call 555-123-4567.", False),
        ("Communications and Media Relations Officer 020 7946 0000", False),
        ("The store will contact customers at 555-123-4567 this week.", False),
        # a clause before the cue; a sentence that only names where to call
        ("To register, or for more information, call (408) 459-3240", False),
        (
            "For further information about the Friends of Long Marine Lab, interested residents may "
            "call Lisa M. Rose, the group's executive director, at (408) 459-3694.",
            False,
        ),
    ],
)
def test_contact_in_line(line: str, expected: bool) -> None:
    assert contact_in_line(line) is expected


@pytest.mark.parametrize(
    ("text", "trailer", "release_end"),
    [
        # a contact block under the end mark, past an "About" section, belongs to the release
        (
            "Title Here\n\nThe agency said today that the outbreak is over after weeks of work.\n\n###\n\n"
            "About the Agency\n\nThe Agency is a public health body of the Union.\n\nMedia Contacts\n\n"
            "Margaret Edwin\n\nDirector of Communication and Public Information\n\nEdwinM@agency.org\n\n"
            "Share this page\n",
            "Media Contacts",
            "EdwinM@agency.org",
        ),
        # a block with no label: a name, a title and numbers under the end mark
        (
            "Title Here\n\nThe agency said today that the outbreak is over after weeks of work.\n\nENDS\n\n"
            "Jane Doe\nPress Officer\n+44 20 7946 0000\njane@agency.org.uk\n",
            "Jane Doe",
            "jane@agency.org.uk",
        ),
        # a site's footer (a desk, its street and town, a number) is no contact block
        (
            "Title Here\n\nThe agency said today that the outbreak is over after weeks of work.\n\n###\n\n"
            "District Attorney's Action Center\n350 Jay Street\nBrooklyn, NY 11201\n718-250-2340\n",
            None,
            None,
        ),
        # a contact line set out like a site's bar list, under an "About" section after the end mark
        (
            "Title Here\n\nThe agency said today that the outbreak is over after weeks of work.\n\n-ENDS-\n"
            "About Maji Safi Trust\nMaji Safi Trust is a Kenyan organisation that works on water.\n"
            "Media contacts:\n"
            "Otieno Barasa | Communications Manager | M: +254 722 555 014 | E: ob@example.org\n"
            "Follow us: Facebook | X | Instagram\n",
            "Media contacts:",
            "E: ob@example.org",
        ),
        # a desk's contact line with no label under the notes after the end mark
        (
            "Title Here\n\nThe agency said today that the outbreak is over after weeks of work.\n\nENDS\n"
            "Notes for editors\nThe full list is available on the site.\n"
            "Press Office, Department of Housing: press.office@housing.gov.ie, 01 888 2638\nPrint\n",
            "Press Office, Department of Housing",
            "01 888 2638",
        ),
        # a contact block under a link section (chrome) that the release's end mark closes
        (
            "Title Here\n\nThe agency said today that the outbreak is over after weeks of work.\n\n"
            "Associated links\nOutbreak Fund\nContacts\nJane Doe\nPress Secretary\n343-555-0142\n- 30 -\n"
            "Stay connected\n",
            "Contacts",
            "343-555-0142",
        ),
        # a contact line under the chrome with no end mark under it is the site's, not the release's
        (
            "Title Here\n\nThe agency said today that the outbreak is over after weeks of work.\n\n"
            "Share this page\nContact us\nMedia: press@agency.org\nPrivacy Policy\n",
            None,
            None,
        ),
        # none under the end mark: the release ends there
        (
            "Title Here\n\nThe agency said today that the outbreak is over after weeks of work.\n\n###\n\n"
            "About the Agency\n\nThe Agency is a public health body of the Union.\n",
            None,
            None,
        ),
    ],
)
def test_contact_block_after_the_end_mark(text: str, trailer: str | None, release_end: str | None) -> None:
    lay = segment(text)
    if trailer is None:
        assert lay.trailer is None
        return
    assert lay.trailer is not None
    got = text[lay.trailer[0] : lay.trailer[1]]
    assert got.startswith(trailer)
    assert got.endswith(str(release_end))


def test_place_and_date_before_a_closing_contact_is_the_closing_line() -> None:
    text = (
        "Title Here\n\nThe minister said today that the plan will go ahead next year.\n\n* * *\n\n"
        "BRISBANE FEBRUARY 9 1996 Contact: Ruth Dewsbury (06) 277 7860, (0418) 624847\n"
    )
    lay = segment(text)
    assert text[lay.body[0] : lay.body[1]].endswith("go ahead next year.")
    assert lay.closing and text[lay.closing[0] : lay.closing[1]] == "BRISBANE FEBRUARY 9 1996"
    assert read_header(text, lay).release.date == "1996-02-09"


def test_a_contact_aside_after_the_last_sentence_is_cut_from_the_body() -> None:
    text = (
        "Title Here\n\nThe Commission approved the scheme today after a long review of the plans. "
        "(For more information: Mina Andreeva \u2013 Tel.: +32 229 91382)\n"
    )
    lay = segment(text)
    assert text[lay.body[0] : lay.body[1]].endswith("review of the plans.")
    assert lay.trailer and text[lay.trailer[0] : lay.trailer[1]].startswith("(For more information:")


@pytest.mark.parametrize(
    ("line", "closing"),
    [
        (
            "Media contact: Jane Smith \u2013 0412 345 678\n\nCanberra, 16 July 2021\n",
            "Canberra, 16 July 2021",
        ),
        ("Contact presse : Marie Dupont, +33 1 23 45 67 89\n", None),
    ],
)
def test_a_place_and_date_in_the_closing_contacts_is_the_closing_line(line: str, closing: str | None) -> None:
    text = "Title Here\n\nThe minister said today that the plan will go ahead next year.\n\n" + line
    lay = segment(text)
    assert text[lay.body[0] : lay.body[1]].endswith("go ahead next year.")
    assert (text[lay.closing[0] : lay.closing[1]] if lay.closing else None) == closing


@pytest.mark.parametrize(
    ("tail", "end", "closing"),
    [
        # a time given as a field, and a place and a date apart by a wide gap, close the release
        ("Announcement time: 15:00 JST\n", "third quarter.", None),
        ("CANBERRA    19 August 1994\n", "third quarter.", "CANBERRA    19 August 1994"),
        # a sentence about a time is the body's
        ("The meeting starts at 15:00 JST on Monday in the main hall.\n", "in the main hall.", None),
    ],
)
def test_closing_time_and_date_lines_are_not_body(tail: str, end: str, closing: str | None) -> None:
    text = "Title Here\n\n" + _LEAD.replace("the chief executive said.", "third quarter.") + "\n" + tail
    lay = segment(text)
    assert text[lay.body[0] : lay.body[1]].endswith(end)
    assert (text[lay.closing[0] : lay.closing[1]] if lay.closing else None) == closing


@pytest.mark.parametrize(
    ("sign", "end", "trailer"),
    [
        # a company's name in capitals and its desk over the contact label belong to the contact block
        ("VALKEA OYJ\nInvestor Relations\n", "third quarter.", "VALKEA OYJ"),
        # a line of the body's own (a name, an address, a list item) stays body
        ("Senator Don Chipp\n", "Senator Don Chipp", "For further"),
        ("730 South 8th Street\nMinneapolis, MN\n", "Minneapolis, MN", "For further"),
    ],
)
def test_a_signature_over_the_contact_block_is_not_body(sign: str, end: str, trailer: str) -> None:
    text = (
        "Title Here\n\n"
        + _LEAD.replace("the chief executive said.", "third quarter.")
        + "\n\n"
        + sign
        + "\nFor further information, please contact:\nJane Roe, tel. +358 40 555 2871\n"
    )
    lay = segment(text)
    assert text[lay.body[0] : lay.body[1]].endswith(end)
    assert lay.trailer is not None and text[lay.trailer[0] : lay.trailer[1]].startswith(trailer)


_WRAPPED = (
    "Kerrigan, today announced that sales from the wool stock-\n"
    "pile would resume on 5 September after a four-month\npause.\n"
)


@pytest.mark.parametrize(
    ("first", "body_start"),
    [
        # a scanned paragraph's first line, a name broken over the lines: the body opens there
        ("The Minister for Primary Industries and Energy, Mr John\n", "The Minister for Primary"),
        # a title (shorter than the lines, or ending a sentence) stays above the body
        ("Wool Stockpile Sales To Resume\n", "Kerrigan, today"),
        ("The Minister for Primary Industries and Energy spoke.\n", "Kerrigan, today"),
        ("THE MINISTER FOR PRIMARY INDUSTRIES AND ENERGY, MR JOHN\n", "Kerrigan, today"),
    ],
)
def test_a_hard_wrapped_first_line_opens_the_body(first: str, body_start: str) -> None:
    text = "WOOL STOCKPILE\n\n" + first + _WRAPPED
    lay = segment(text)
    assert text[lay.body[0] : lay.body[1]].startswith(body_start)


def test_a_short_first_paragraph_over_a_date_field_stays_body() -> None:
    """Only a label (not a date or time field) under a short sentence makes the sentence a title."""
    text = (
        "Senator To Hold Town Hall\n\nThe senator will hold a town hall.\n\nDate: June 5, 2026\n\n"
        + _LEAD
        + "\n"
    )
    lay = segment(text)
    assert text[lay.body[0] : lay.body[1]].startswith("The senator will hold a town hall.")
    assert read_header(text, lay).headline == "Senator To Hold Town Hall"
