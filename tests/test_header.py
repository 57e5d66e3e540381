"""Header: headline choice, release date/time/zone/type/issuer, dateline, contacts, post date."""

from __future__ import annotations

import random

import pytest

from pressparse.header import read_header
from pressparse.layout import segment
from pressparse.textspan import collapse
from tests.conftest import CORPUS_FOLDERS, SEED, SHARED, needs_shared

BODY = "The agency announced a new program today for the people of the state.\n"


def _header(text: str):
    return read_header(text, segment(text))


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        ("# Torque Metals secures strategic tenement package in WA\n\n--News Direct--\n\n"
         "Torque Metals Ltd managing director Cristian Moreno sits down with Jonathan Jackson today.\n",
         "Torque Metals secures strategic tenement package in WA"),
        ("Saturday, June 18, 2011\n\nA Title Of The Release\n\nFor Immediate Release\n\n"
         "WASHINGTON\u2014The Secretary met the Minister today to discuss the shared border.\n",
         "A Title Of The Release"),
        ("MEDIA ADVISORY: Attorney General to Travel to St. Louis\n\n"
         "The Attorney General will travel to St. Louis on Friday to meet local officials.\n",
         "Attorney General to Travel to St. Louis"),
        ("Fullerton Man Charged - Orange County District Attorney\nSkip to content\nFOR IMMEDIATE RELEASE\n"
         "Fullerton Man Charged with Possessing Enough Fentanyl\nto Kill 12 Million People\n"
         "SANTA ANA, Calif. \u2013 A suspected drug dealer has been charged with several felonies today.\n",
         "Fullerton Man Charged with Possessing Enough Fentanyl to Kill 12 Million People"),
        ("Brooklyn Lawyer Indicted for Stealing Nearly $3.8 Million - The Brooklyn DA's Office\n"
         "Skip to content\nFOR IMMEDIATE RELEASE\nWednesday, April 10, 2024\n"
         "Brooklyn Lawyer Indicted for Stealing\n"
         "Nearly $3.8 Million\nDefendant Allegedly Kept Home Sale Proceeds\n"
         "Brooklyn District Attorney Eric Gonzalez today announced that a lawyer was indicted for theft.\n",
         "Brooklyn Lawyer Indicted for Stealing Nearly $3.8 Million"),
        ("Department of Justice\n\nOffice of Public Affairs\n\n"
         "FOR IMMEDIATE RELEASE\n\nWednesday, May 4, 2016\n\n"
         "Owner Pleads Guilty to Filing False Tax Returns\n\n"
         "Failed to Report More than $650,000 in Income\n\n"
         "A Brooklyn, New York, business owner pleaded guilty today to two counts of filing false returns.\n",
         "Owner Pleads Guilty to Filing False Tax Returns"),
        # a breadcrumb cuts the title short: the page title prints it in full
        ("Shelter Ready App Expanding Across the County - DA NewsCenter\nHome\n/\nNews\n"
         "Shelter Ready App Expanding Across the Co...\nSan Diego County District Attorney\nSummer Stephan\n"
         "announced today the regional expansion of the app, a tool that finds shelter in real time.\n",
         "Shelter Ready App Expanding Across the County"),
        # a media advisory: the title above the header, the WHO/WHAT lines are the body
        ("MEDIA ADVISORY - JACOB ANTHONY RUMP - Orange County District Attorney\nPress\n"
         "MEDIA ADVISORY \u2013 JACOB ANTHONY RUMP\nFor Immediate Release\nOctober 4, 2007\nContact:\n"
         "Susan Kang Schroeder\nOffice: 714-347-8408\nMEDIA ADVISORY\nWHO: Jacob Anthony Rump, 30\n"
         "WHAT: To be sentenced for murder.\n",
         "JACOB ANTHONY RUMP"),
        ("News Releases\nMan Arrested in Nebraska After Nearly 36 Years on the Run\n"
         "(Houston, TX) - Today, Harris County District Attorney Sean Teare said a man was charged.\n",
         "Man Arrested in Nebraska After Nearly 36 Years on the Run"),
    ],
)  # fmt: skip
def test_headline(text: str, headline: str) -> None:
    h = _header(text)
    assert h.headline == headline
    assert h.headline_span is not None
    assert collapse(text[h.headline_span[0] : h.headline_span[1]]) == headline


@pytest.mark.parametrize(
    ("header", "date", "time", "zone", "dt"),
    [
        ("06/17/2011 07:00 AM EDT", "2011-06-17", "07:00:00", "EDT", "2011-06-17T07:00:00-04:00"),
        ("Tuesday, September 22, 2009", "2009-09-22", None, None, None),
        ("Date:  June 24, 2022", "2022-06-24", None, None, None),
        ("March 3, 2011 10:30 a.m. ET", "2011-03-03", "10:30:00", "ET", "2011-03-03T10:30:00-05:00"),
        ("June 5, 2024 2:15 PM PDT", "2024-06-05", "14:15:00", "PDT", "2024-06-05T14:15:00-07:00"),
        ("Sept. 30, 2015 9:00", "2015-09-30", "09:00:00", None, "2015-09-30T09:00:00"),
    ],
)
def test_release_date_time_zone(
    header: str, date: str, time: str | None, zone: str | None, dt: str | None
) -> None:
    text = f"A Short Title For It\n\n{header}\n\n{BODY}"
    r = _header(text).release
    assert (r.date, r.time, r.timezone, r.datetime) == (date, time, zone, dt)
    assert r.date_span and text[r.date_span[0] : r.date_span[1]].strip()


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("For Immediate Release", "immediate"),
        ("FOR IMMEDIATE RELEASE", "immediate"),
        ("EMBARGOED UNTIL 12:01 a.m. EST, March 3, 2011", "embargoed until 12:01 a.m. EST, March 3, 2011"),
        ("MEDIA ADVISORY", "media advisory"),
        ("PRESS RELEASE", None),
    ],
)
def test_release_type(label: str, kind: str | None) -> None:
    text = f"A Short Title For It\n\n{label}\n\n{BODY}"
    assert _header(text).release.type == kind


def test_blog_date_is_the_post_date_not_the_release_date() -> None:
    text = (
        "Wednesday, September 23, 2009\n\nDepartment of Justice\n\nOffice of Public Affairs\n\n"
        "FOR IMMEDIATE RELEASE\n\nTuesday, September 22, 2009\n\nLast Defendant Pleads Guilty\n\n"
        "WASHINGTON Eric Ian Baker pleaded guilty today in federal court in Nashville, Tenn.\n\n"
        "Posted by J. Alvarez at 6:38 AM\n\nNo comments:\n\nPost a Comment\n"
    )
    h = _header(text)
    assert h.posted == "2009-09-23"
    assert h.release.date == "2009-09-22"
    assert h.release.issuer == "Office of Public Affairs"
    assert h.dateline and h.dateline.location == "WASHINGTON"


def test_no_date_means_none() -> None:
    text = "SEN. ALLEN URGES DEPARTMENTS TO ATTEND\n  Sen. George Allen today urged departments to attend.\n"
    h = _header(text)
    assert h.release.date is None
    assert h.dateline is None


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        ("Contact: 202-282-8010", [(None, ["202-282-8010"], [])]),
        (
            "Susan Kang Schroeder\nChief of Staff\nOffice: 714-347-8408\nCell: 714-292-2718\n"
            "Farrah Emami\nSpokesperson\nOffice: 714-347-8405\nCell: 714-323-4486",
            [
                ("Susan Kang Schroeder", ["714-347-8408", "714-292-2718"], []),
                ("Farrah Emami", ["714-347-8405", "714-323-4486"], []),
            ],
        ),
        (
            "January 15, 2021 Contact: Kathleen Childs\nDallas County District Attorney\u2019s Office\n"
            "214-653-3600 (Office)\nKathleen.Childs@DallasCounty.org",
            [("Kathleen Childs", ["214-653-3600"], ["Kathleen.Childs@DallasCounty.org"])],
        ),
    ],
)
def test_header_contacts(block: str, expected: list) -> None:
    text = f"A Short Title For It\nFOR IMMEDIATE RELEASE\n{block}\n\n{BODY}"
    got = [(c.name, c.phones, c.emails) for c in _header(text).contacts]
    assert got == expected


@pytest.mark.parametrize(
    ("trailer", "expected"),
    [
        ("   Contact: Lee Youngblood, 601/965-5569.", [("Lee Youngblood", ["601/965-5569"])]),
        (
            "   Contact: Barry E. Piatt and Brenden Timpe, 202/224-2551.",
            [("Barry E. Piatt", ["202/224-2551"]), ("Brenden Timpe", ["202/224-2551"])],
        ),
        (
            "Media Contact:\nJane Smith\n555-123-4567\n555-987-6543",
            [("Jane Smith", ["555-123-4567", "555-987-6543"])],
        ),
        # a wire's contact block: the address line names no one, the name beside the phone does
        (
            " [](https://x.com/a.jpg) [](https://acme.com) Contact Information:\n\n Acme Hay\n\n"
            "N/A  Corona, California, California 92880United States\n\n Bryan Gonzalez +1 (951) 454-5441",
            [("Bryan Gonzalez", ["+1 (951) 454-5441"])],
        ),
        (
            "Contact Information:\n\nSpace Tel\n\n12 Port Rd  Adelaide, SA 5007Australia\n\n+61 413 519 599",
            [(None, ["+61 413 519 599"])],
        ),
        ("Contact: July 17, 2025 Claire Crouch 214-653-3600", [("Claire Crouch", ["214-653-3600"])]),
        # "For more information:" opens a contact block too
        ("For more information: Greg Scott gs@example.org 555-123-4567", [("Greg Scott", ["555-123-4567"])]),
        # a contact's name looks like a person's or a desk's: not one word twice, not a heading
        ("Contact Information:\n\nAcme Bingo Team Team +356 9905 1696", [(None, ["+356 9905 1696"])]),
        (
            "Contact Information:\nSafe Harbor Statement\n555-123-4567\nJane Smith 555-987-6543",
            [(None, ["555-123-4567"]), ("Jane Smith", ["555-987-6543"])],
        ),
    ],
)
def test_trailing_contacts_are_contacts_not_body(trailer: str, expected: list) -> None:
    text = f"SEN. LOTT SAYS STATE GETS FUNDS\n  The state will receive $61.8 million in funds.\n{trailer}"
    lay = segment(text)
    h = read_header(text, lay)
    assert [(c.name, c.phones) for c in h.contacts] == expected
    assert text[lay.body[0] : lay.body[1]].endswith("in funds.")


@pytest.mark.parametrize(
    ("text", "headline", "date"),
    [
        # a date before the title, above the contact block (the deck below is a subtitle)
        (
            "June 5, 2026: Jury Convicts Four Men in Triple Murder\nContact:\nMedia Relations Division\n"
            "(213) 257-2000\nIn one murder, a victim was abducted\n"
            "LOS ANGELES \u2014 A federal jury has found four men guilty of three murders in the forest.",
            "Jury Convicts Four Men in Triple Murder",
            "2026-06-05",
        ),
        # a site's "Today:" stamp is not the release's date, nor is the masthead above it a headline
        (
            "Bill Nelson, U.S. Senator from Florida:\nToday: July 24, 2008\nArmy offers new choppers\n"
            "Media release\nJanuary 12, 2007\n"
            "WASHINGTON, D.C. - The Pentagon has decided to comply with a request.",
            "Army offers new choppers",
            "2007-01-12",
        ),
        # a news list's "date / title" pairs above the release name neither its headline nor its date
        (
            "More News\nMar 17, 2026\nCase Backlog Eliminated\nAug 12, 2025\nFather and Son Extradited\n"
            "News Releases\n"
            "Today, the District Attorney announced a milestone for the county justice system.",
            None,
            None,
        ),
        # the dateline's date, in capitals on a line of its own
        (
            "# Acme Updates Coverage\n\nDALLAS, TX -- AUGUST 21, 2026\n\n"
            "DALLAS, TX -- August 21, 2026 -- Acme updates their coverage of the company today.",
            "Acme Updates Coverage",
            "2026-08-21",
        ),
    ],
)
def test_headline_and_date_shapes(text: str, headline: str | None, date: str | None) -> None:
    h = _header(text)
    assert h.headline == headline
    assert h.release.date == date


def test_phone_in_body_is_not_a_contact() -> None:
    text = "A Short Title For It\n\nPolice said anyone with information should call 555-123-4567 today.\n"
    assert _header(text).contacts == ()


def test_seed_exactly(rules_parser) -> None:
    rec = rules_parser.parse(SEED.read_text(encoding="utf-8"), source=str(SEED))
    text = SEED.read_text(encoding="utf-8")
    assert rec.headline == "Canadian-American Homeland Security Collaboration"
    r = rec.release
    assert (r.date, r.time, r.timezone, r.datetime) == (
        "2011-06-17",
        "07:00:00",
        "EDT",
        "2011-06-17T07:00:00-04:00",
    )
    assert r.type == "immediate"
    assert r.issuer == "Office of the Press Secretary"
    assert [(c.name, c.phones, c.emails) for c in rec.contacts] == [(None, ["202-282-8010"], [])]
    assert rec.dateline is not None and rec.dateline.location == "WASHINGTON"
    assert rec.wrapper.platform == "blogger"
    assert rec.wrapper.posted == "2011-06-18"
    assert rec.body.startswith("WASHINGTON\u2014Secretary of Homeland Security")
    assert rec.body.endswith("organized crime along the shared border.")
    for noise in ("Saturday, June 18, 2011", "No comments:", "Post a Comment", "###"):
        assert noise not in rec.body.splitlines()
    assert rec.about is None
    for span, value in (
        (rec.spans["headline"], rec.headline),
        (r.date_span, "06/17/2011"),
        (r.issuer_span, r.issuer),
        (rec.dateline.span, "WASHINGTON"),
        (rec.wrapper.span, "Saturday, June 18, 2011"),
        (rec.contacts[0].span, "Contact: 202-282-8010"),
    ):
        assert span is not None and text[span[0] : span[1]] == value


@needs_shared
@pytest.mark.parametrize("folder", CORPUS_FOLDERS)
def test_header_spans_print_their_fields(folder: str) -> None:
    files = sorted((SHARED / "corpus" / folder).glob("*.txt"))
    for path in random.Random(11).sample(files, min(25, len(files))):
        text = path.read_text(encoding="utf-8", errors="replace")
        h = _header(text)
        if h.headline:
            assert collapse(text[h.headline_span[0] : h.headline_span[1]]) == h.headline, path.name
        if h.dateline:
            assert text[h.dateline.span[0] : h.dateline.span[1]] == h.dateline.location, path.name
        r = h.release
        if r.issuer:
            assert text[r.issuer_span[0] : r.issuer_span[1]] == r.issuer, path.name
        if r.date:
            assert r.date_span is not None, path.name
        for c in h.contacts:
            printed = collapse(text[c.span[0] : c.span[1]])
            assert all(collapse(p) in printed for p in c.phones), path.name
            assert all(e in printed for e in c.emails), path.name


@pytest.mark.parametrize(
    ("text", "headline", "date", "kind"),
    [
        # a flattened page: the label and the date glued before the title
        (
            "Latest News     FOR IMMEDIATE RELEASE  September 23  2005 Schumer Announces Over 3 Million "
            "For Housing     U S Senator Charles E Schumer today announced that funds have been awarded "
            "to the "
            "county for its housing programs and that the money will help many families this year.\n",
            "Schumer Announces Over 3 Million For Housing",
            "2005-09-23",
            "immediate",
        ),
    ],
)
def test_label_and_date_glued_to_the_title(text: str, headline: str, date: str, kind: str) -> None:
    head = read_header(text, segment(text))
    assert (head.headline, head.release.date, head.release.type) == (headline, date, kind)


@pytest.mark.parametrize(
    ("line", "issuer"),
    [
        (
            "From Department of Housing, Local Government and Heritage",
            "Department of Housing, Local Government and Heritage",
        ),
        ("From: Department of Health", "Department of Health"),
        ("Department of Health", "Department of Health"),
    ],
)
def test_issuer_without_the_pages_from(line: str, issuer: str) -> None:
    body = "The minister opened the new bridge over the river today, the office said."
    text = f"Minister Opens New Bridge\n{line}\n\n{body}\n"
    h = read_header(text, segment(text))
    assert h.release.issuer == issuer
    assert h.release.issuer_span is not None
    assert text[h.release.issuer_span[0] : h.release.issuer_span[1]] == issuer
