"""Name patterns: letters of any script, and scans that stay linear on hostile runs."""

from __future__ import annotations

import time

import pytest

from pressparse.context import Context
from pressparse.extract import people, quotes, run
from pressparse.text import names, tokens


def _ctx(text: str) -> Context:
    return Context.for_body(text)


def _people(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.title) for p in people.extract(_ctx(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Prosecutor José Peña Muñoz filed the case.", [("José Peña Muñoz", "Prosecutor")]),
        ("Judge María De León ruled on Monday.", [("María De León", "Judge")]),
        ("Professor Zoë Łukasz spoke.", [("Zoë Łukasz", "Professor")]),
        ("Ángel Núñez, 34, was arrested.", [("Ángel Núñez", None)]),
        ("Detective Ñoño Gómez testified.", [("Ñoño Gómez", "Detective")]),
        ("Minister Дмитрий Иванов visited.", [("Дмитрий Иванов", "Minister")]),
        (
            "The award went to Søren Kierkegaard and Éloïse Dupré.",
            [("Søren Kierkegaard", None), ("Éloïse Dupré", None)],
        ),
        (
            "Chancellor Angela Merkel met Şükrü Saracoğlu.",
            [("Angela Merkel", "Chancellor"), ("Şükrü Saracoğlu", None)],
        ),
        # negative: accented words that are no names
        ("The Café Olé opened on Église Street in Besançon.", []),
    ],
)
def test_names_in_any_latin_or_cyrillic_spelling(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _people(text) == expected


def test_speaker_with_accents_is_whole() -> None:
    text = "“We are ready for the season ahead of us,” said Ángel Núñez."
    ctx = _ctx(text)
    found = quotes.extract(run(ctx, *quotes.NEEDS))
    assert [q.speaker.name if q.speaker else None for q in found] == ["Ángel Núñez"]


@pytest.mark.parametrize(
    ("word", "capitalised"),
    [
        ("Peña", True),
        ("Łukasz", True),
        ("McDonald", True),
        ("O'Neill", True),
        ("Boakye-Agyemang", True),
        ("USA", False),
        ("iPhone", False),
        ("peña", False),
    ],
)
def test_capitalised_word_shape(word: str, capitalised: bool) -> None:
    assert (tokens.CAP.fullmatch(word) is not None) is capitalised


# hostile runs: each must finish in time that grows linearly (limits are ~20x the linear time)
HOSTILE = [
    ("a quote followed by spaces", 'He said "We will win." ' + " " * 20_000 + "x"),
    ("spaces between a quote and its cue", '"We will win," ' + " " * 20_000 + "said Bob."),
    ("spaces after a capitalised word", "Word" + " " * 40_000),
    ("capitalised words", "the " + "Word " * 100_000 + "end."),
    ("capitalised words ending a sentence", "the " + "Word " * 100_000 + "ends. He said."),
    ("John Smith repeated", "the " + "John Smith " * 50_000 + "end."),
    ("John Smith sentences", "John Smith. " * 20_000),
    ("a long exclamation in a quote", '"' + "! " * 50_000 + 'x" said Bob.'),
    ("many attributed quotes", '"Yes," said John Smith. ' * 5_000),
    ("a word that almost has a capitalised shape", "A" + "a" * 5_000 + "'"),
    ("a list of names with semicolons", "Sen. John Smith; " + "Ann Lee; Bob Ray, Chair; " * 10_000),
]


@pytest.mark.parametrize(("label", "text"), HOSTILE, ids=[h[0] for h in HOSTILE])
def test_scans_are_linear(label: str, text: str) -> None:
    names.is_given_name("John")  # the lexicon is read once, outside the timing
    ctx = _ctx(text)
    t = time.perf_counter()
    run(ctx, "people", "quotes")
    assert time.perf_counter() - t < 3.0, label


@pytest.mark.parametrize("n", [18, 26])
def test_capitalised_shape_does_not_backtrack(n: int) -> None:
    t = time.perf_counter()
    tokens.CAP.fullmatch("A" + "a" * n + "'")
    assert time.perf_counter() - t < 0.01


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a letterhead in capitals gives the fuller form of the name the text uses
        (
            "SENATOR THE HON. CHRISTOPHER ELLISON\n\nThe arrest was made, Senator Chris Ellison said today.",
            ["Christopher Ellison"],
        ),
        # negative: another given name in capitals is another person's
        ("MICHAEL JONES\n\nThe arrest was made, Senator Chris Jones said today.", ["Chris Jones"]),
        # negative: a shorter form in capitals does not shorten the name
        (
            "CHRIS ELLISON\n\nThe arrest was made, Senator Christopher Ellison said today.",
            ["Christopher Ellison"],
        ),
    ],
)
def test_one_person_by_the_fullest_form_in_capitals(text: str, expected: list[str]) -> None:
    assert [name for name, _ in _people(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In announcing it, UC Santa Cruz Chancellor M.R.C. Greenwood said more.",
            [("M.R.C. Greenwood", "UC Santa Cruz Chancellor")],
        ),
        ("The letter was signed by A.G.W. Keys, 54, of Canberra.", [("A.G.W. Keys", None)]),
        # negative: initials before a title or an organisation are no name
        ("Josh Hawley U.S. Senator for Missouri said more.", [("Josh Hawley", None)]),
        ("The U.S. Attorney General spoke to U.S. Marshals.", []),
    ],
)
def test_names_with_several_initials(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The crash happened near S. Lewis Blvd and Lorraine Ave in Sioux City.",
        "The talks are held at Long Marine Laboratory and at Labs Dallas.",
        "Its servers run in three Availability Zones.",
        "The fire started on Hamilton Blvd near the school.",
        # a company after a lower-case kind of company, a place after a place's preposition
        "The board hired executive search firm Spencer Stuart to lead the search.",
        "It helps processors in Nova Scotia adopt clean technology.",
        # names of things: a meeting, a mission, a division's products
        "The Annual General Meeting will be held on May 12.",
        "Under the Swachh Bharat Mission (Grameen), villages gained.",
        # a place wherever the release prints it, once printed after a place's noun and "of"
        "Citizens of Hong Kong protested. I am sad to see Hong Kong become part of China.",
        # events, newspapers, schools, parties and a sentence's adverb
        "He gave the Solomon A. Berson Distinguished Lecture.",
        "A poll by The Des Moines Register showed it. The Dalton Daily Citizen agreed.",
        "He attended Murray High last year.",
        "Now Netflix must act.",
        "Democrats and Republicans agree.",
        "The Lilly Scholarship went to her. Civil Protection teams helped. Asset Forfeiture seized it.",
    ],
)
def test_streets_labs_and_products_are_no_people(text: str) -> None:
    assert _people(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # negative of the cues above: a person's possessive after "in", a person after a verb
        ("A role in John Smith's campaign.", [("John Smith", None)]),
        ("The board hired Spencer Stuart as its chief.", [("Spencer Stuart", None)]),
        ("She met with John Smith in Halifax.", [("John Smith", None)]),
        ("The family of John Smith spoke. John Smith was 40.", [("John Smith", None)]),
        ("The mayor of Springfield, Jane Doe, spoke.", [("Jane Doe", "mayor of Springfield")]),
        # a brand after its owner's possessive is no person; a person after a company's is
        (
            "Success stories like Huda Kattan’s Huda Beauty and Emily Weiss’s Glossier show it.",
            [("Huda Kattan", None), ("Emily Weiss", None)],
        ),
        (
            "CEO Tom Becker takes Proactive's Stephen Gunnion through it.",
            [("Tom Becker", "CEO"), ("Stephen Gunnion", None)],
        ),
        (
            "says Päivi Laaksonen, Executive Vice President, Wood Products.",
            [("Päivi Laaksonen", "Executive Vice President")],
        ),
    ],
)
def test_people_beside_company_and_place_cues(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _people(text) == expected


def test_a_model_organisation_does_not_hide_a_person_it_names_elsewhere() -> None:
    text = "At the meeting Philip Ruddock announced today. Mr Ruddock said more."
    span = (0, len(text))
    org = (text.index("Philip"), text.index(" announced"))
    found = names.find(text, [span], [(text.index("Ruddock said"), text.index(" said more"))], [org])
    assert [(m.name, m.honorific) for m in found] == [("Philip Ruddock", False), ("Ruddock", True)]
    # negative: without a person of that surname, a name inside an organisation is none (only "Mr Ruddock")
    assert [m.name for m in names.find(text, [span], [], [org])] == ["Ruddock"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of names with ";": the untitled ones stand beside titled ones
        (
            "Voting for the action were: Janet L. Yellen, Chair; William C. Dudley, Vice Chairman; "
            "Lael Brainard; James Bullard; and Daniel K. Tarullo.",
            ["Janet L. Yellen", "William C. Dudley", "Lael Brainard", "James Bullard", "Daniel K. Tarullo"],
        ),
        # a name with no cue, written after an honorific elsewhere
        (
            "Today Donald J. Trump announced Chess Bedsole will serve as director. "
            "Mr. Bedsole served as judge.",
            ["Donald J. Trump", "Chess Bedsole"],
        ),
        # award lists: one name a line, with a place after a comma or in parentheses, with an age
        (
            "The 2020 Fellows are:\nMaria Lopez\nJohn Carter\nAisha Bello\n",
            ["Maria Lopez", "John Carter", "Aisha Bello"],
        ),
        (
            "The 2020 Fellows are:\n\nMaria Lopez, University of Chicago\n\nJohn Carter, Boston College\n",
            ["Maria Lopez", "John Carter"],
        ),
        ("Winners:\n- Maria Lopez (Chicago)\n- John Carter (Boston)\n", ["Maria Lopez", "John Carter"]),
        (
            "Charges\nSentence\nTapu Aniceto Sitagata, 33, Santa Ana\nPleaded guilty.",
            ["Tapu Aniceto Sitagata"],
        ),
        # a name the release introduces without a title: one word the sentence treats as a person
        ("The gala features Rihanna, who will sing two songs.", ["Rihanna"]),
        ("Rihanna will perform at the gala. Rihanna said she was thrilled.", ["Rihanna"]),
        # negative: a company that says, places before "who", a surname of a person already named
        ("Microsoft said it would invest more.", []),
        ("Aid reached the people of Gaza, who are starving.", []),
        ("Another cousin, of the Bronx, who supplied him.", []),
        ("Senator John Smith spoke. Smith, who chairs it, left.", ["John Smith"]),
        # negative: list lines of places and buildings, a headline with a verb after a name
        ("Venues\nGrand Rapids, Michigan\nGrace Church (Main St)\n", []),
        ("Jordan Smith Named Chief Executive\nThe board met.", []),
        # negative: places and restaurants in a list with ";"
        ("We visited Grand Rapids; the Grand Canyon was next.", []),
        ("Meals at Ponte Vecchio; hotels in Paris; a BMW and a driver.", []),
        ("The Red Cross Society helped; Hong Kong Police came.", []),
    ],
)
def test_names_without_a_cue(text: str, expected: list[str]) -> None:
    assert [name for name, _ in _people(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Her research with professor of chemistry Anthony Fink probed it.",
            [("Anthony Fink", "professor of chemistry")],
        ),
        (
            "The work of associate professor of earth sciences Elise Knittle was cited.",
            [("Elise Knittle", "associate professor of earth sciences")],
        ),
        (
            "Awards went to senior in earth sciences Yvonne Rodriguez.",
            [("Yvonne Rodriguez", "senior in earth sciences")],
        ),
        (
            "Maria Catalina, junior in community studies, won.",
            [("Maria Catalina", "junior in community studies")],
        ),
        ("Alfred Hochstaedter, lecturer, spoke.", [("Alfred Hochstaedter", "lecturer")]),
        # negative: a place or a bare year is no role
        ("He lives in the city of Santa Cruz with Anthony Fink, 40.", [("Anthony Fink", None)]),
        ("Maria Catalina, a senior, won.", [("Maria Catalina", None)]),
    ],
)
def test_lower_case_roles_of_a_field(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "City of Miami Police Chief Manuel A. Morales announced it.",
            [("Manuel A. Morales", "City of Miami Police Chief")],
        ),
        # negative: the rest of an organisation's name after "of"
        ("The Department of Motor Vehicles said so.", []),
        ("Grants of the Bureau of Justice Assistance and the Bureau of Justice Statistics.", []),
    ],
)
def test_names_after_an_organisation_and_a_title(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a lone capitalised word on the line under a title is a company, not a surname
        (
            "Dear Sir,\nSundar Pichai, 51,\nChief Executive Officer\nGoogle\n\nWe write to you.",
            [("Sundar Pichai", None)],
        ),
        # negative: a surname after a title on the same line is a person
        ("He was stopped by Officer Delgado.", [("Delgado", "Officer")]),
    ],
)
def test_a_lone_word_under_a_title(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert _people(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "They were removed, the Minister for Immigration and Multicultural Affairs, "
            "Philip Ruddock announced.",
            [("Philip Ruddock", "Minister for Immigration and Multicultural Affairs")],
        ),
        (
            "It was said today by the Minister for Justice and Customs, Senator Chris Ellison.",
            [("Chris Ellison", "Minister for Justice and Customs")],
        ),
        # negative: an organisation set off before a name is no title
        ("He met the Department of Justice, John Smith and others.", [("John Smith", None)]),
    ],
)
def test_an_office_set_off_by_a_comma_before_the_name(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _people(text) == expected


def test_a_nickname_is_no_part_of_the_name_parts() -> None:
    assert names.name_parts('Jesús "Chuy" García') == ("Jesús", "Chuy", "García")


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        # the surname used as a name joins the person; as a word ("in May", "Associated Press") it does not
        (
            "Professor Daniel Press spoke. Press concludes, says Press, in the Associated Press.",
            ["Daniel Press", "Press", "Press"],
        ),
        ("Prime Minister Theresa May spoke in May, on May 5. May said more.", ["Theresa May", "May"]),
    ],
)
def test_a_common_word_surname_joins_only_where_it_names(text: str, mentions: list[str]) -> None:
    (person,) = people.extract(_ctx(text))
    assert [text[a:b] for a, b in person.mentions] == mentions
