"""Contacts: the phones, e-mails, names, titles and organisations of contact lines and blocks."""

from __future__ import annotations

import re
import time

import pytest

from pressparse import contacts
from pressparse.contacts import name_in, read_contacts, read_line, region_hint, release_region, to_e164
from pressparse.cut import units_of
from pressparse.layout import segment

# (line, [(names, phones, emails, organisation)]) per piece
LINES = [
    (
        "(For more information: Mina Andreeva – Tel.: +32 229 91382; Marta Wieczorek – Tel.: +32 229 58167)",
        [
            (["Mina Andreeva"], ["+32 229 91382"], [], None),
            (["Marta Wieczorek"], ["+32 229 58167"], [], None),
        ],
    ),
    ("Media enquiries: Graham Munson 0417 148 110", [(["Graham Munson"], ["0417 148 110"], [], None)]),
    ("Press Inquiries: Jane Doe, 202-555-0143", [(["Jane Doe"], ["202-555-0143"], [], None)]),
    ("Contact: Lee Youngblood, 601/965-5569.", [(["Lee Youngblood"], ["601/965-5569"], [], None)]),
    ("CONTACT: Steve Ingram (06) 2777 860", [(["Steve Ingram"], ["(06) 2777 860"], [], None)]),
    (
        "Media Inquiries:  Simon Troeth (02) 6277 7260/(0439) 300 335",
        [(["Simon Troeth"], ["(02) 6277 7260", "(0439) 300 335"], [], None)],
    ),
    # a local number after a contact lead
    ("For further information, please ring E. Klein (88 4136 a.h.)", [(["E. Klein"], ["88 4136"], [], None)]),
    # names in any script
    ("José Peña Muñoz – Tel.: +34 91 123 4567", [(["José Peña Muñoz"], ["+34 91 123 4567"], [], None)]),
    (
        "Contact: Zoë Ó Súilleabháin, M: +353 87 123 4567",
        [(["Zoë Ó Súilleabháin"], ["+353 87 123 4567"], [], None)],
    ),
    ("FITA Yetenayet", [(["FITA Yetenayet"], [], [], None)]),
    # labels: Tel, Ph, Mob, M, Mobile, Phone, Office, Cell; extensions
    ("Tel: + 242 06 520 65 65 (WhatsApp)", [([], ["+ 242 06 520 65 65"], [], None)]),
    ("Ph: 020 7946 0000  Mob: 07700 900123", [([], ["020 7946 0000", "07700 900123"], [], None)]),
    ("Office: 714-347-8405, Cell: 714-504-1917", [([], ["714-347-8405", "714-504-1917"], [], None)]),
    ("Phone 202-282-8010 ext. 123", [([], ["202-282-8010 ext. 123"], [], None)]),
    ("Mobile +358 10 709 0000", [([], ["+358 10 709 0000"], [], None)]),
    # a fax number is not a contact phone
    ("Telephone (02) 6277 7860 Facsimile (02) 6273 4144", [([], ["(02) 6277 7860"], [], None)]),
    ("Tel: (02) 6277 7111  Fax: (02) 6273 4144", [([], ["(02) 6277 7111"], [], None)]),
    ("Fax: (202) 272-8118", []),
    # an after-hours number is the same contact's
    (
        "For further information: 062-77 4343; AH: 062-49 7749",
        [([], ["062-77 4343", "062-49 7749"], [], None)],
    ),
    # several names before one number share it
    (
        "Barry E. Piatt or Brenden Timpe, 202/224-2551",
        [(["Barry E. Piatt", "Brenden Timpe"], ["202/224-2551"], [], None)],
    ),
    # a desk printed as the contact: no name, the desk is the organisation
    ("PHE press office: 020 7946 0000", [([], ["020 7946 0000"], [], "PHE press office")]),
    (
        "Amazon.com, Inc. Media Hotline, 206-266-7180",
        [([], ["206-266-7180"], [], "Amazon.com, Inc. Media Hotline")],
    ),
    ("Press office: 020 7946 0000", [([], ["020 7946 0000"], [], "Press office")]),
    # an organisation printed with the person
    (
        "Contact: John Smith, Director of Communications, Acme Corp, +1 303-766-4343, john@acme.com",
        [(["John Smith"], ["+1 303-766-4343"], ["john@acme.com"], "Acme Corp")],
    ),
    ("Email: yfita@who.int", [([], [], ["yfita@who.int"], None)]),
    ("WHO Ethiopia", [([], [], [], "WHO Ethiopia")]),
    # no contact: an organisation's name is not a person's, an address names nobody
    ("Acme Bingo Team Team +356 9905 1696", [([], ["+356 9905 1696"], [], "Acme Bingo Team Team")]),
    ("12 Port Rd, Canberra 2600  Tel: (02) 6277 7111", [([], ["(02) 6277 7111"], [], None)]),
    ("Safe Harbor Statement", []),
    # a place or a date before the label; the label anywhere in a short lead
    (
        "CANBERRA For further information contact AIDAB Public Affairs: Wendy Levy, (06) 276 4966 "
        "or A.H (06) 247 8920. Tony Melville, (06) 276 4971",
        [
            (["Wendy Levy"], ["(06) 276 4966", "(06) 247 8920"], [], None),
            (["Tony Melville"], ["(06) 276 4971"], [], None),
        ],
    ),
    (
        "BRISBANE FEBRUARY 9 1996 Contact: Ruth Dewsbury (06) 277 7860, (0418) 624847",
        [(["Ruth Dewsbury"], ["(06) 277 7860", "(0418) 624847"], [], None)],
    ),
    # "+44 (0)20 ...": the trunk 0 in brackets; a six-digit group; a company form names an organisation
    (
        "T: +44 (0)20 7946 0000  M: +44 7700 900123",
        [([], ["+44 (0)20 7946 0000", "+44 7700 900123"], [], None)],
    ),
    (
        "Matti Virtanen, CFO, Acme Oyj, tel. +358 10 709 0000",
        [(["Matti Virtanen"], ["+358 10 709 0000"], [], "Acme Oyj")],
    ),
    # who after the number, in brackets or after a dash; "or Name" after it is the next contact
    (
        "Press enquiries: +44 20 7946 0000 (Jane Smith, Press Officer)",
        [(["Jane Smith"], ["+44 20 7946 0000"], [], None)],
    ),
    ("Tel: 020 7946 0000 \u2013 Jane Smith", [(["Jane Smith"], ["020 7946 0000"], [], None)]),
    (
        "062 64 2726 or Rob Palfreyman, Minister's Office",
        [([], ["062 64 2726"], [], None), (["Rob Palfreyman"], [], [], "Minister's Office")],
    ),
    # a sentence after the contact's number gives a service's line, not the contact's
    (
        "Media inquiries: Sasha Nimmo 0437 863 109  The Counselling Service can be contacted 24 hours a "
        "day, seven days a week on 1800 011 046.",
        [(["Sasha Nimmo"], ["0437 863 109"], [], None)],
    ),
    # the small words that link a desk to its number are no part of its name
    (
        "For more information contact the press office on 0161 496 0000 or email press@council.gov.uk",
        [([], ["0161 496 0000"], ["press@council.gov.uk"], "press office")],
    ),
    # "Office" after a person's name is a phone label; "Parliament House" is no person
    (
        "Contact: Mick Atkinson Office 72 6545  Home 49 8048",
        [(["Mick Atkinson"], ["72 6545", "49 8048"], [], None)],
    ),
    (
        "Media Contacts; Kerry-Anne Walsh, Parliament House,  Tel; (062) 73 3446",
        [(["Kerry-Anne Walsh"], ["(062) 73 3446"], [], "Parliament House")],
    ),
    (
        "For more information, call the Teaching Support Office at  (408) 459-5091.",
        [([], ["(408) 459-5091"], [], "Teaching Support Office")],
    ),
    # a member's name then a dash and their adviser: the adviser is the contact
    (
        "Media Contacts:  Senator Di Natale - Andrew Blyberg 0457 901 600",
        [(["Andrew Blyberg"], ["0457 901 600"], [], "Senator Di Natale")],
    ),
    # both named with no dash: both are contacts
    (
        "SENATOR JANINE HAINES  GEORGE BUTMAN (062) 72 7150",
        [(["JANINE HAINES", "GEORGE BUTMAN"], ["(062) 72 7150"], [], None)],
    ),
    # "Office" heading an organisation's name is no phone label
    ("Minister's Office (02) 6277 7111", [([], ["(02) 6277 7111"], [], "Minister's Office")]),
    # a year glued to the label is no address; a release label is no organisation
    (
        "FOR IMMEDIATE RELEASE  September 15 2006Contact Katie Laning  202 224 4843",
        [(["Katie Laning"], ["202 224 4843"], [], None)],
    ),
    # a rank before the name is no part of it
    (
        "To arrange interview contact Senator Andrew Bartlett on 0418 743 789 or (07) 3861 1041",
        [(["Andrew Bartlett"], ["0418 743 789", "(07) 3861 1041"], [], None)],
    ),
]


@pytest.mark.parametrize(("line", "expected"), LINES)
def test_read_line(line: str, expected: list[tuple[list[str], list[str], list[str], str | None]]) -> None:
    got = [(p.names, p.phones, p.emails, p.organization) for p in read_line(line)]
    assert got == expected


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (
            "For further information contact Annmaree O'Keeffe, Director, AIDAB. Tel: (062) 495 801.",
            "Director",
        ),
        ("Communications and Media Relations Officer", "Communications and Media Relations Officer"),
        ("Jane Smith, Head of Press, 020 7946 0000", "Head of Press"),
        ("Matti Virtanen, CFO, tel. +358 10 709 0000", "CFO"),
        ("Jane Smith 020 7946 0000", None),
    ],
)
def test_titles(line: str, title: str | None) -> None:
    assert read_line(line)[0].title == title


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Annmaree O'Keeffe", "Annmaree O'Keeffe"),
        ("Collins Boakye-Agyemang", "Collins Boakye-Agyemang"),
        ("Mary de la Cruz", "Mary de la Cruz"),
        ("Jane Smith, Acme", "Jane Smith"),
        ("Contact John Smith", "John Smith"),
        ("Acme Bingo Team", None),
        # a company's line of business or its plural head is no person
        ("Wood Products", None),
        ("Tokai Precision Industries Co., Ltd.", None),
        ("AtlasClear Holdings", None),
        ("Jane Systems", None),
        ("WHO Ethiopia", None),
        ("Safe Harbor Statement", None),
        ("FOR IMMEDIATE RELEASE", None),
        ("Forward-Looking Statements", None),
        ("Team Team", None),
        ("Smith", None),
        ("John SmithEmail", None),
        ("Senator Andrew Bartlett", "Andrew Bartlett"),
        ("Richfield City Administrator Woody Farnsworth", "Woody Farnsworth"),
        # a name after "of" is an office's: "Office of Senator Lee Rhiannon"
        ("Office of Senator Lee Rhiannon", None),
        ("Director Jane Smith", "Jane Smith"),
        ("Dr Jane Smith", "Dr Jane Smith"),
        ("Minister Smith", None),
    ],
)
def test_name_in(text: str, name: str | None) -> None:
    assert name_in(text) == name


# (block, [(name, phones, emails, title, organisation)])
BLOCKS = [
    (
        "For Additional Information or to Request Interviews, Please contact:\n\nFITA Yetenayet\n\n"
        "Communication officer\n\nWHO Ethiopia\n\nEmail: yfita@who.int\n\nSaida Swaleh\n\n"
        "Communications and Media Relations Officer\n\nWHO Regional Office for Africa\n\n"
        "Email: saida.swaleh@who.int\n",
        [
            ("FITA Yetenayet", [], ["yfita@who.int"], "Communication officer", "WHO Ethiopia"),
            (
                "Saida Swaleh",
                [],
                ["saida.swaleh@who.int"],
                "Communications and Media Relations Officer",
                "WHO Regional Office for Africa",
            ),
        ],
    ),
    (
        "Media contact:\nCollins Boakye-Agyemang\nCommunications and marketing officer\n"
        "Tel: + 242 06 520 65 65 (WhatsApp)\nEmail: boakyeagyemangc@who.int\n",
        [
            (
                "Collins Boakye-Agyemang",
                ["+ 242 06 520 65 65"],
                ["boakyeagyemangc@who.int"],
                "Communications and marketing officer",
                None,
            )
        ],
    ),
    # a name without a number is no contact; the desk line after a person is a contact of its own
    (
        "Contact: Jane Smith\nM: 0418 401 180\nPHE press office: 020 7946 0000\n",
        [
            ("Jane Smith", ["0418 401 180"], [], None, None),
            (None, ["020 7946 0000"], [], None, "PHE press office"),
        ],
    ),
    ("Contact: Jane Smith\n", []),
    # a desk's label line opens a contact: the desk is the organisation of the name under it
    (
        "Investor Relations:\nPeter Müller\nPhone +41 44 123 45 67\n\nMedia Relations:\n"
        "Anna Schmid, +41 44 123 45 00, media@acme.ch\n",
        [
            ("Peter Müller", ["+41 44 123 45 67"], [], None, "Investor Relations"),
            ("Anna Schmid", ["+41 44 123 45 00"], ["media@acme.ch"], None, "Media Relations"),
        ],
    ),
    (
        "Investor Relations Contact:\nCharles Tang\n(852) 2622 2891\n",
        [("Charles Tang", ["(852) 2622 2891"], [], None, "Investor Relations")],
    ),
    # a short heading with a colon opens the next contact of a block
    (
        "Contacts\nMedia:\nJane Doe\n+1 212 555 0100\nInvestors:\nJohn Roe\n+1 212 555 0199\n",
        [
            ("Jane Doe", ["+1 212 555 0100"], [], None, None),
            ("John Roe", ["+1 212 555 0199"], [], None, "Investors"),
        ],
    ),
    # labels of other languages
    (
        "Pressekontakt:\nHans Müller\nTel.: +49 89 1234 5678\n",
        [("Hans Müller", ["+49 89 1234 5678"], [], None, None)],
    ),
    # an organisation's line under a name is the name's organisation, not a second person
    (
        "Media contacts\nSendai Carolina Zea\nUNICEF Latin America and the Caribbean\n"
        "Tel: +507 6821 0843\nEmail: sczea@unicef.org\n",
        [
            (
                "Sendai Carolina Zea",
                ["+507 6821 0843"],
                ["sczea@unicef.org"],
                None,
                "UNICEF Latin America and the Caribbean",
            )
        ],
    ),
    # a document pasted under the contact block (a list and its offices) is not read
    (
        "MEDIA CONTACT: Arja Keski-Nummi (062) 72 6751\n"
        + "".join(f"Community Welfare Association number {i}\n" for i in range(12))
        + "For details of any of the grants, contact:\nSYDNEY Q Luu\n(02) 239 3000\n",
        [("Arja Keski-Nummi", ["(062) 72 6751"], [], None, None)],
    ),
    # a letterhead's address and switchboard is no contact; under a contact label it is one
    ("MINISTER FOR IMMIGRATION\nParliament House Canberra ACT 2600  (06) 277 7860\n", []),
    (
        "Media contact:\nParliament House Canberra ACT 2600  (06) 277 7860\n",
        [(None, ["(06) 277 7860"], [], None, None)],
    ),
]


@pytest.mark.parametrize(("block", "expected"), BLOCKS)
def test_read_contacts(
    block: str, expected: list[tuple[str | None, list[str], list[str], str | None, str | None]]
) -> None:
    got = read_contacts(block, [(0, len(block))], ())
    assert [(c.name, c.phones, c.emails, c.title, c.organization) for c in got] == expected
    for c in got:
        assert c.span[0] < c.span[1] <= len(block)
        assert len(c.e164) == len(c.phones)


def test_prose_is_no_contact() -> None:
    # a business's number in a paragraph of the release is not a contact
    text = (
        "The shop, which opened in 2019 on Main Street, can be reached at 555-123-4567 and sells bread, "
        "cakes and coffee to the people of the town every day of the week except Sunday.\n"
    )
    assert read_contacts(text, [(0, len(text))], ()) == []


def test_a_contact_does_not_run_on_from_one_region_to_the_next() -> None:
    text = "MINISTER FOR MULTICULTURAL AFFAIRS\nTitle\nBody.\nContact: Ruth Dewsbury (06) 277 7860\n"
    got = read_contacts(text, [(0, 34), (47, len(text))], ())
    assert [(c.name, c.organization, c.phones) for c in got] == [("Ruth Dewsbury", None, ["(06) 277 7860"])]


def test_a_nameless_contact_given_twice_is_one() -> None:
    text = "Or contact us at press@acme.com.\nMedia Contact\npress@acme.com\nJane Doe press@acme.com\n"
    got = read_contacts(text, [(0, len(text))], ())
    assert [(c.name, c.emails) for c in got] == [("Jane Doe", ["press@acme.com"])]


@pytest.mark.parametrize(("block", "expected"), BLOCKS)
def test_read_contacts_reads_the_layouts_readings(
    block: str, expected: list[tuple[str | None, list[str], list[str], str | None, str | None]]
) -> None:
    # the header stage passes the readings the layout made: the same contacts, no unit read again
    layout = segment(block)
    assert [r.unit for r in layout.readings] == list(units_of(block))
    got = read_contacts(block, [(0, len(block))], (), None, layout.readings)
    assert got == read_contacts(block, [(0, len(block))], ())


def test_skip_leaves_units_out() -> None:
    text = "Jane Smith 020 7946 0000\nContact: John Doe 020 7946 0001\n"
    got = read_contacts(text, [(0, len(text))], ((0, 24),))
    assert [c.name for c in got] == ["John Doe"]


@pytest.mark.parametrize(
    ("phone", "e164"),
    [
        ("+32 229 91382", "+3222991382"),
        ("+ 242 06 520 65 65", "+242065206565"),
        ("+358 10 709 0000", "+358107090000"),
        ("202-282-8010", "+12022828010"),
        ("(305) 547-0535", "+13055470535"),
        ("1-800-555-0199", "+18005550199"),
        ("202-282-8010 ext. 123", "+12022828010"),
        # a national number does not say its country; an invalid one is no number
        ("020 7946 0000", None),
        ("(02) 6277 7111", None),
        ("+1 555 123 4567", None),
    ],
)
def test_to_e164(phone: str, e164: str | None) -> None:
    assert to_e164(phone) == e164


@pytest.mark.parametrize(
    ("phone", "region", "e164"),
    [
        # a national number in the release's country
        ("020 7946 0000", "GB", "+442079460000"),
        ("(02) 6277 7111", "AU", "+61262777111"),
        ("010 709 0000", "FI", "+358107090000"),
        # an international number keeps its own country; an invalid one is none
        ("+32 229 91382", "GB", "+3222991382"),
        ("0417 148", "AU", None),
    ],
)
def test_to_e164_in_a_region(phone: str, region: str, e164: str | None) -> None:
    assert to_e164(phone, region) == e164


@pytest.mark.parametrize(
    ("phones", "emails", "region"),
    [
        (["020 7946 0000", "+358 10 709 0000"], [], "FI"),
        (["0161 496 0000"], ["sarah.jones@council.gov.uk"], "GB"),
        (["(02) 6277 7111"], ["tom@agency.gov.au"], "AU"),
        # generic domains, country domains sold as generic names and national numbers say no country
        (["020 7946 0000"], ["press@acme.com", "who@who.int", "hoon.kim@qic.ai"], None),
        ([], [], None),
    ],
)
def test_region_hint(phones: list[str], emails: list[str], region: str | None) -> None:
    assert region_hint(phones, emails) == region


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("More at www.immi.gov.au or https://www.dva.gov.au/news.", "AU"),
        ("Write to press@council.gov.uk today.", "GB"),
        ("See https://acme.com and www.acme.io for more.", None),
        ("The council met on 1.5.2020 and agreed.", None),
    ],
)
def test_release_region(text: str, region: str | None) -> None:
    assert release_region(text, [(0, len(text))]) == region


def test_contacts_national_numbers_take_the_release_country() -> None:
    text = "Media contact: Jane Smith 0432 755 935\n"
    (c,) = read_contacts(text, [(0, len(text))], (), "AU")
    assert c.e164 == ["+61432755935"]
    (c,) = read_contacts(text, [(0, len(text))], ())
    assert c.e164 == [None]


def test_contacts_national_numbers_take_the_block_country() -> None:
    text = "Contact: Sarah Jones on 0161 496 0000 or sarah.jones@council.gov.uk\n"
    (c,) = read_contacts(text, [(0, len(text))], ())
    assert c.e164 == ["+441614960000"]


PATTERNS = {k: v for k, v in vars(contacts).items() if isinstance(v, re.Pattern)}


@pytest.mark.parametrize("rx", PATTERNS.values(), ids=PATTERNS.keys())
@pytest.mark.parametrize(
    "text",
    [
        "Tel: " * 10_000,
        "Ab Cd " * 10_000,
        "Fax " * 10_000,
        "12 3456 " * 10_000,
        " " * 200_000,
        "Aa-" * 30_000,
    ],
    ids=["labels", "names", "fax", "numbers", "spaces", "hyphens"],
)
def test_patterns_are_linear(rx: re.Pattern[str], text: str) -> None:
    t = time.perf_counter()
    for _ in rx.finditer(text):
        pass
    assert time.perf_counter() - t < 1.0


def test_long_lines_are_fast() -> None:
    line = "Jane Smith " * 20_000 + "020 7946 0000"
    t = time.perf_counter()
    read_line(line)
    name_in(line)
    assert time.perf_counter() - t < 2.0
