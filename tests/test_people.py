"""People and name patterns: full names, titles (pre-posed, appositive, plural), short mentions."""

from __future__ import annotations

import pytest

from pressparse.context import Context
from pressparse.extract import people
from pressparse.header import Header
from pressparse.models import Contact, Person
from pressparse.text import names
from tests.conftest import SEED


def run(text: str, contacts: tuple[Contact, ...] = ()) -> tuple[Person, ...]:
    """The people extractor alone over ``text`` taken as the whole body (rules only)."""
    return people.extract(Context.for_body(text, header=Header(contacts=contacts)))


# (text, [(name, title)])
CASES = [
    (
        "Secretary of Homeland Security Janet Napolitano met Canadian Public Safety Minister Vic Toews.",
        [
            ("Janet Napolitano", "Secretary of Homeland Security"),
            ("Vic Toews", "Canadian Public Safety Minister"),
        ],
    ),
    (
        "The case is handled by Susan Kang Schroeder, Chief of Staff, and others.",
        [("Susan Kang Schroeder", "Chief of Staff")],
    ),
    ("Sen. Conrad Burns (R-Mont.) spoke today. Sen. Burns said more.", [("Conrad Burns", "Sen.")]),
    ("Sens. Trent Lott and Thad Cochran said today.", [("Trent Lott", "Sen."), ("Thad Cochran", "Sen.")]),
    (
        "A jury found defendant Crosetti Brand guilty. Brand, 39, was charged.",
        [("Crosetti Brand", "defendant")],
    ),
    (
        "He appeared before Brooklyn Supreme Court Justice Danny Chun on Monday.",
        [("Danny Chun", "Brooklyn Supreme Court Justice")],
    ),
    # ages and places are not titles
    ("John Smith, 45, of Dallas, was sentenced.", [("John Smith", None)]),
    # an appositive title after degrees; degrees alone give none
    (
        '"It works," said Ingrid Solberg, M.D., Ph.D., Chief Medical Officer of Nordlys.',
        [("Ingrid Solberg", "Chief Medical Officer of Nordlys")],
    ),
    ("Jane Roe, PhD, CEO of Acme, said it.", [("Jane Roe", "CEO of Acme")]),
    ("John Smith, MP, said it.", [("John Smith", None)]),
    # an office after the name says more than an academic rank before it; the rank stays without one
    (
        '"Go," said Prof. Martina Oberholzer, President of the SFAR Research Council.',
        [("Martina Oberholzer", "President of the SFAR Research Council")],
    ),
    ("Prof. Jane Roe spoke.", [("Jane Roe", "Prof.")]),
    # an office opening the sentence, set off by a comma; not a list of names after a plural title
    (
        "The Minister for Housing, Local Government and Heritage, Darragh Quinlan TD, has approved it.",
        [("Darragh Quinlan", "Minister for Housing, Local Government and Heritage")],
    ),
    (
        "See the website.\nDeputy District Attorneys Kathryn Turner, Stephen Spinella, and Tom Papageorge",
        [
            ("Kathryn Turner", "Deputy District Attorney"),
            ("Stephen Spinella", "Deputy District Attorney"),
            ("Tom Papageorge", "Deputy District Attorney"),
        ],
    ),
    ("In Boston, John Smith said it.", [("John Smith", None)]),
    # Indian honorifics stand between a title and a name, as "Mr." does; "Sri Lanka" is no one
    (
        "Union Minister of Jal Shakti Shri Raghav Menon said it.",
        [("Raghav Menon", "Union Minister of Jal Shakti")],
    ),
    ("Smt. Kavita Rao said it in Sri Lanka.", [("Kavita Rao", None)]),
    # honorifics are not titles
    ("Dr. Wilma Wooten spoke. Mr. Paul Jones listened.", [("Wilma Wooten", None), ("Paul Jones", None)]),
    # a title with a surname alone is a person when no full name matches
    (
        "He shot at Dallas Police Department Officer Delgado.",
        [("Delgado", "Dallas Police Department Officer")],
    ),
    # a title abbreviation before a name the given-name list does not know; initials A. and I.
    ("Sen. Norm Coleman will visit Waseca.", [("Norm Coleman", "Sen.")]),
    (
        "Sen. Barbara A. Mikulski (D-MD) joined Senators Charles E. Schumer (D-N.Y.), "
        "Tom Harkin (D-Iowa) and Joseph I. Lieberman (D-Conn.).",
        [
            ("Barbara A. Mikulski", "Sen."),
            ("Charles E. Schumer", "Senator"),
            ("Tom Harkin", "Senator"),
            ("Joseph I. Lieberman", "Senator"),
        ],
    ),
    # a plural title is given singular to each name it covers
    (
        "Deputy District Attorneys Patricia Lavermicocca and Juan Dang prosecuted this case.",
        [("Patricia Lavermicocca", "Deputy District Attorney"), ("Juan Dang", "Deputy District Attorney")],
    ),
    (
        "U.S. Senators Pete Domenici and Jeff Bingaman, with Representatives Heather Wilson, wrote.",
        [
            ("Pete Domenici", "U.S. Senator"),
            ("Jeff Bingaman", "U.S. Senator"),
            ("Heather Wilson", "Representative"),
        ],
    ),
    # a title word as a surname; a time word before the title is no part of it
    (
        "It was prosecuted by Senior Assistant District Attorney Emily Dean, of the Homicide Bureau.",
        [("Emily Dean", "Senior Assistant District Attorney")],
    ),
    ("Today Senator Chris Dodd (D-CT) expressed his opposition.", [("Chris Dodd", "Senator")]),
    # an unknown given name introduced by an appositive title
    (
        "“It works,” said Whitson Huffman, co-chief executive officer of Capital Square.",
        [("Whitson Huffman", "co-chief executive officer of Capital Square")],
    ),
    # a title-case heading: only a name printed after a title, cut before the heading's verb
    (
        "Statement By State Attorney Katherine Fernandez Rundle Regarding the Verdict\n\nThe jury ruled.",
        [("Katherine Fernandez Rundle", "State Attorney")],
    ),
    ("Defendant Sentenced To Life In Prison For Murder\n\nThe jury ruled.", []),
    # role words as titles in a list of names
    (
        "Paralegal Aaliyah Antrobus, Social Worker Raquel Alger and Analyst Taylor Mumley helped.",
        [("Aaliyah Antrobus", "Paralegal"), ("Raquel Alger", "Social Worker"), ("Taylor Mumley", "Analyst")],
    ),
    # an appositive naming another person is not a title
    (
        "Days after the shooting in San Francisco, Sen. Dianne Feinstein (D-Calif.) spoke.",
        [("Dianne Feinstein", "Sen.")],
    ),
    # a person named only by honorific and surname is a person
    ("Mr Bandt and Mr. Wilkie voted against it.", [("Bandt", None), ("Wilkie", None)]),
    # ... joined to the full name, also where a scraper glued a word to it
    (
        "Ahmed Warsame pleaded guilty. Mr. Warsames actions show it.",
        [("Ahmed Warsame", None)],
    ),
    # ... named by the fuller form a letterhead prints in capitals, when it gives a known given name
    ("THE HON MICK YOUNG MP\n\nMr Young said it was done.", [("Mick Young", None)]),
    # negative: a capitalised word before the surname that is no given name
    ("MEDIA RELEASE BRANDIS\n\nMr Brandis said it was done.", [("Brandis", None)]),
    # a quoted nickname inside a name; a plural title carries on past it
    (
        'It is cosponsored by Reps. Al Green (D-Texas), Jesús "Chuy" García (D-Ill.), '
        "Cori Bush (D-Mo.), and Mike Quigley (D-Ill.).",
        [
            ("Al Green", "Rep."),
            ('Jesús "Chuy" García', "Rep."),
            ("Cori Bush", "Rep."),
            ("Mike Quigley", "Rep."),
        ],
    ),
    ('Sen. Bill "Buddy" Smith spoke first.', [('Bill "Buddy" Smith', "Sen.")]),
    # negative: a quoted word between capitalised words that is no nickname
    ('He called it "Great" Britain and "the" Union.', []),
    ('Mayor Ann Lee called it "Fair" today.', [("Ann Lee", "Mayor")]),
    # a surname that is also a common word, after a title and a given name
    ("Prime Minister Theresa May spoke in May.", [("Theresa May", "Prime Minister")]),
    (
        "Assistant professor of environmental studies Daniel Press found it, Press concludes.",
        [("Daniel Press", "Assistant professor of environmental studies")],
    ),
    ("Professor Mary West said it.", [("Mary West", "Professor")]),
    # negatives: a common word after a title's given name that is no surname; no title, no name
    ("Senator Clinton By the way spoke.", [("Clinton", "Senator")]),
    ("Daniel Press found it.", []),
    # a glottal stop inside a Hawaiian name; not a contraction
    (
        "Senator Alex Padilla and Reps. Kaiali'i Kahele, Tony Cardenas and Cori Bush joined. "
        "Don't Stop Believing was played.",
        [
            ("Alex Padilla", "Senator"),
            ("Kaiali'i Kahele", "Rep."),
            ("Tony Cardenas", "Rep."),
            ("Cori Bush", "Rep."),
        ],
    ),
    # the role a sentence gives after an appointment verb and "as"
    (
        "We announce that Jessica Rotge has joined the firm as Area Manager – West.",
        [("Jessica Rotge", "Area Manager")],
    ),
    (
        "Dena Espenscheid will serve as State Director in Virginia. Dena has worked.",
        [("Dena Espenscheid", "State Director in Virginia")],
    ),
    # negatives: no title word after "as"; "as" far from the verb
    ("Mary Jones joined as a volunteer.", [("Mary Jones", None)]),
    ("Mary Jones joined the board of the trust in the spring as Treasurer.", [("Mary Jones", None)]),
    # a lower-case role set off by a comma before each name of a list
    (
        "Led by visionary founder, Mike McLeod, long-time colleague and co-founder, Colin Harrold, and more.",
        [("Mike McLeod", "founder"), ("Colin Harrold", "co-founder")],
    ),
    # the office set off by a comma before an honorific and the name
    (
        "Aid was given, the Minister for Foreign Affairs and Trade, Mr Bill Hayden, M.P., said.",
        [("Bill Hayden", "Minister for Foreign Affairs and Trade")],
    ),
    # the office a letterhead prints in capitals above the name in capitals
    (
        "MINISTER FOR IMMIGRATION AND ETHNIC AFFAIRS\nThe Hon. MICK YOUNG, M.P.\n\nMr Young said it.",
        [("Mick Young", "Minister for Immigration and Ethnic Affairs")],
    ),
    # negative: a capitals line above that is no office
    ("MEDIA RELEASE FROM CANBERRA\nThe Hon. MICK YOUNG, M.P.\n\nMr Young said it.", [("Mick Young", None)]),
    # a title printed after the name without a comma
    ('"Ready," said Roberto Benes Regional Director in Panama.', [("Roberto Benes", "Regional Director")]),
    ("We met Jane Q. Doe Executive Director of Acme.", [("Jane Q. Doe", "Executive Director")]),
    # negatives: a place or event before the given name, an honorific, a word that is no modifier
    ("He shops at the Santa Cruz Market President store.", []),
    ("After Hurricane Katrina Mr President spoke.", []),
    ("Rowland Rebele Endowed Chair was created.", []),
    # negatives: places, organisations and title-case headings are not people
    ("He was taken to Walter Reed Army Medical Center. He left Walter Reed on Friday.", []),
    ("In 2004 the General Accountability Office reported a shortage.", []),
    ("She called the Department of Motor Vehicles about her car.", []),
    ("Austin Gold (NYSE American: AUST) says Austin Gold will drill.", []),
    ("The Justice Assistance Grant gives assistance to each grant recipient.", []),
    ("He lives near Kauana Loa Drive in Sioux Falls.", []),
    ("The Jackson County Sheriff's Office and Harrison Hospital opened.", []),
    ("Man Charged With Fraud After Crash\n\nThe case is closed.", []),
    ("Prosecutors said the plan failed.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_people_patterns(text, expected):
    assert [(p.name, p.title) for p in run(text)] == expected


def test_short_mentions_join_the_full_name():
    text = "Secretary Janet Napolitano spoke. Napolitano said more. Secretary Napolitano left."
    (person,) = run(text)
    assert person.name == "Janet Napolitano"
    assert [text[s:e] for s, e in person.mentions] == ["Janet Napolitano", "Napolitano", "Napolitano"]
    assert text[person.span[0] : person.span[1]] == "Janet Napolitano"


def test_contact_offices_are_not_people():
    text = "The agency acted.\n\nContact: Exchange Commission, 601/965-5569."
    start = text.index("Exchange")
    contact = Contact(name="Exchange Commission", phones=["601/965-5569"], span=(start, len(text)))
    assert run(text, (contact,)) == ()


def test_contact_people_are_people():
    text = "The agency acted.\n\nContact: Lee Youngblood, 601/965-5569."
    start = text.index("Lee")
    contact = Contact(name="Lee Youngblood", phones=["601/965-5569"], span=(start, len(text)))
    assert [p.name for p in run(text, (contact,))] == ["Lee Youngblood"]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Olympia J. Snowe", "Olympia Snowe", True),
        ("John D. Rockefeller IV", "John Rockefeller", True),
        ("Irv Miller", "LeAnn Miller", False),
        ("Janet Napolitano", "Vic Toews", False),
        ("Kaiali'i Kahele", "Kaialiʻi Kahele", True),
        ('Jesús "Chuy" García', "Jesús García", True),
    ],
)
def test_compatible(a, b, same):
    assert names.compatible(a, b) is same


@pytest.mark.parametrize("fixture", ["rules_parser", "model_parser"])
def test_seed_people(request, fixture):
    rec = request.getfixturevalue(fixture).parse(SEED.read_text(encoding="utf-8"))
    assert [(p.name, p.title) for p in rec.people] == [
        ("Janet Napolitano", "Secretary of Homeland Security"),
        ("Vic Toews", "Canadian Public Safety Minister"),
        ("Barack Obama", "President"),
        ("Stephen Harper", "Prime Minister"),
    ]


def test_lexicon_is_gender_guessers_table():
    """The fast reader of the name file builds exactly the table gender-guesser's Detector builds."""
    from gender_guesser.detector import Detector

    assert names._lexicon() == Detector(case_sensitive=False).names


@pytest.mark.parametrize(
    ("word", "sex", "given"),
    [
        ("Janet", "female", True),
        ("janet", "female", False),  # lower case: a word, not a name
        ("Vic", "male", True),
        ("Barack", "male", True),
        ("Kim", "female", True),  # "mostly female"
        ("Pat", None, True),  # androgynous: a given name of no one gender
        ("Abdel-Aziz", "male", True),  # the file's "Abdel+Aziz"
        ("Napolitano", None, False),
        ("Secretary", None, False),  # a title word, never a given name
        ("Department", None, False),
    ],
)
def test_gender_and_given_names(word, sex, given):
    assert names.gender(word) == sex
    assert names.is_given_name(word) is given
