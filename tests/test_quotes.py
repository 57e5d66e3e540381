"""Quotes: marks, attribution patterns and speakers, table-driven (rules only), plus the seed."""

from __future__ import annotations

import re

import pytest

from pressparse.context import Context
from pressparse.extract import quotes
from pressparse.extract import run as run_extractors
from pressparse.models import Quote
from tests.conftest import SEED


def run(text: str) -> tuple[Quote, ...]:
    """The quote extractor alone over ``text`` taken as the whole body (rules only)."""
    return quotes.extract(run_extractors(Context.for_body(text), *quotes.NEEDS))


# (body, [(first words of each quote, speaker name or None)])
CASES = [
    # attribution after, curly marks, interrupted by its attribution: two quotes, both X's
    (
        "Secretary of Homeland Security Janet Napolitano met partners today.\n\n"
        "“We work together on this,” said Secretary Napolitano. “We will continue to do so.”",
        [("We work together on this", "Janet Napolitano"), ("We will continue to do so", "Janet Napolitano")],
    ),
    # straight marks, "X said" after
    (
        'Sen. Trent Lott spoke today.\n\n"Communities make this possible," Senator Lott said.',
        [("Communities make this possible", "Trent Lott")],
    ),
    # attribution before with a colon, appositive title
    (
        'Frank V. Rotondo, Executive Director of the association, said: "We applaud these efforts today."',
        [("We applaud these efforts today", "Frank V. Rotondo")],
    ),
    # according to
    (
        'According to District Attorney Summer Stephan, "the data shows a clear drop in homicides."',
        [("the data shows a clear drop", "Summer Stephan")],
    ),
    # said X, the ...
    (
        '"The law protects all Americans," said Loretta King, Acting Assistant Attorney General.',
        [("The law protects all Americans", "Loretta King")],
    ),
    # dash attribution
    (
        "“Safety comes first for every family we serve.” – Commissioner Maria Lopez",
        [("Safety comes first for every family", "Maria Lopez")],
    ),
    # attribution on the next line
    (
        "Sheriff Wayne V. Bennett said:\n\n“Senator Chambliss has again demonstrated his support.”",
        [("Senator Chambliss has again demonstrated his", "Wayne V. Bennett")],
    ),
    # a pronoun resolves to the person the release names
    (
        "Mayor Janet Smith opened the park.\n\n“This is a great day for the city,” she said.",
        [("This is a great day for", "Janet Smith")],
    ),
    # an unnamed speaker stays null
    (
        "The website greets visitors with a message: “Your legacy deserves better than a fundraiser page.”",
        [("Your legacy deserves better than a", None)],
    ),
    # a multi-paragraph quote (only the last paragraph closed) is one quote
    (
        "Governor John Brown said:\n\n“The first paragraph of the statement goes here.\n\n"
        "“The second paragraph ends the statement.”",
        [("The first paragraph of the statement", "John Brown")],
    ),
    # a following paragraph that only continues the quote inherits the speaker
    (
        "“We are proud of this team,” said Chief Executive Officer Andrew Lubash.\n\n"
        "“From our humble roots we have grown every single year.”",
        [("We are proud of this team", "Andrew Lubash"), ("From our humble roots we have", "Andrew Lubash")],
    ),
    # a nested quote is part of the outer one
    (
        "\"When I tell callers 'your voice was heard' I mean it,\" said Rep. Ann Lee.",
        [("When I tell callers your voice", "Ann Lee")],
    ),
    # single marks as the quotation marks
    (
        "‘We have delivered for the region,’ said Minister Sharman Stone.",
        [("We have delivered for the region", "Sharman Stone")],
    ),
    # a hard-wrapped paragraph: the attribution on the next line of the same paragraph
    (
        "State’s Attorney Jane Burke spoke at the webinar.\n\n“We will not stand idly by when women\n"
        "who need care are targeted,”\nState’s Attorney Burke said.\n“We must\nbe ready to respond.”",
        [("We will not stand idly by", "Jane Burke"), ("We must be ready to respond", "Jane Burke")],
    ),
    # a page that split the sentence into lines at inline tags
    (
        "Cook County State’s Attorney Eileen Burke marked six months in office by issuing her report today.\n"
        "“Community safety requires the community’s wisdom, and as a result, we assembled a great team,”\n"
        "State’s Attorney Burke said\n"
        ". “We can create a justice system that is more responsive, more inclusive and more effective.”",
        [
            ("Community safety requires the community’s wisdom", "Eileen Burke"),
            ("We can create a justice", "Eileen Burke"),
        ],
    ),
    (
        "The webinar on reproductive rights was attended by more than a dozen representatives from offices.\n"
        "“As prosecutors, we have a responsibility to uphold the rule of law and protect rights,” said\n"
        "David LaBahn\n,\npresident of the association.",
        [("As prosecutors we have a", "David LaBahn")],
    ),
    # a sentence-final quote: the next line's "X echoed ..." introduces the next quote, not this one
    (
        'Lead Prosecutor Jason Hermus said, "By God,\nthere will be a consequence."\n'
        "ADA Jason Fine echoed those sentiments, “This is about what a reasonable person would do.”",
        [("By God there will be", "Jason Hermus"), ("This is about what a", "Jason Fine")],
    ),
    # the given name alone names the one person of that given name
    (
        "Greg Scott and his daughter Hali began the journey.\n\n“Our adventure was phenomenal,” said Greg.",
        [("Our adventure was phenomenal", "Greg Scott")],
    ),
    # introduced without a said-verb: a colon clause naming one person, a comma clause led by a person
    (
        "Julie Schuster, General Manager of Classic 107.3, expressed her enthusiasm for the partnership: "
        "“We are thrilled to join forces with AirKast.”",
        [("We are thrilled to join", "Julie Schuster")],
    ),
    (
        "Today Senator Chris Dodd (D-CT) expressed his opposition to the legislation:\n\n"
        "“I cannot and will not support any measure without a deadline.”",
        [("I cannot and will not", "Chris Dodd")],
    ),
    (
        "The veteran civic leaders also issued a call to action: “We are acutely aware that this is hard.”",
        [("We are acutely aware that", None)],
    ),
    (
        "Following is the prepared text of Senator Dianne Feinstein's remarks:\n\n"
        "“Ladies and gentlemen, the clock is ticking.”",
        [("Ladies and gentlemen the clock", "Dianne Feinstein")],
    ),
    # a cue-less quote after a sentence led by another person than the last speaker
    (
        "Julie Schuster, GM of the station, expressed her enthusiasm: “We are thrilled to join.” "
        "Rachel Anne Goodman, Board Chair of KSQD, is excited. “KSQD broadcasts over three frequencies.”",
        [
            ("We are thrilled to join", "Julie Schuster"),
            ("KSQD broadcasts over three frequencies", "Rachel Anne Goodman"),
        ],
    ),
    # a participle cue: the person last named in the sentence
    (
        "In a letter to Major General Kenneth L. Farmer, Sen. Olympia Snowe blasted the delays, arguing that "
        '"while medical care takes time, the bureaucracy can be minimized."',
        [("while medical care takes time", "Olympia Snowe")],
    ),
    (
        '"Shipbuilding.io symbolizes the next wave in maritime knowledge," articulated Brett Farmiloe, CEO.',
        [("Shipbuilding io symbolizes the next", "Brett Farmiloe")],
    ),
    # negatives: scare quotes, quoted titles, nicknames, slogans, words without marks
    ('He admitted to painting swastikas and the phrase "White Power" on the mosque.', []),
    ('This "Shared Vision" emphasizes shared responsibility for safety.', []),
    ('He painted the phrase "White Power" on the wall of the building.', []),
    ('Flores was a gang shotcaller and "lieutenant" to a member of the group.', []),
    ('Jose Torres aka "Fusion," 53, was sentenced today.', []),
    ("The law protects all Americans, said Loretta King, Acting Assistant Attorney General.", []),
    # apostrophes only (no mark can open a quote)
    ("It's the company's plan, and the CEO's team won't change it, said Jane Smith.", []),
    # straight single marks, the first one after a bracket
    (
        "(Mayor Tom Lee) said: 'This is the best day our city has had in years.'",
        [("This is the best day", "Tom Lee")],
    ),
    # a verb sharing the subject of the last quote: "… told them that “…,” and added, “…”"
    (
        "Sen. Bernie Sanders told the congregation that “the country will be looking at us,” and added, "
        "“I am here to ask your help to lead this country.”",
        [("the country will be looking", "Bernie Sanders"), ("I am here to ask", "Bernie Sanders")],
    ),
    # negative: a new subject after "and" is not the last speaker
    (
        "Sen. Bernie Sanders said, “the country will be looking at us today,” and Rep. Terry Alexander "
        "added, “I am here to ask your help to lead this country.”",
        [("the country will be looking", "Bernie Sanders"), ("I am here to ask", "Terry Alexander")],
    ),
    # "he" resolves to the last person named when the given name is used both ways ("Bernie")
    (
        "Turning to justice, Bernie Sanders said the country leads the world in inmates. "
        "“We have in America today a broken criminal justice system,” he said.",
        [("We have in America today", "Bernie Sanders")],
    ),
    # negative: "she" does not resolve to a man
    (
        "Turning to justice, Michael Sanders said the country leads the world in inmates. "
        "“We have in America today a broken criminal justice system,” she said.",
        [("We have in America today", None)],
    ),
    # "she" prefers the last person named whose given name is a woman's to a last speaker whose
    # given name is used both ways
    (
        "Professor Kathy Foley was appointed. “I am very pleased with the appointment of Professor "
        "Foley,” said Chandra Bhandari.\n\nFoley plans more. “I am looking forward to working with the "
        "community,” she said.",
        [("I am very pleased with", "Chandra Bhandari"), ("I am looking forward to", "Kathy Foley")],
    ),
    # attribution verbs in the present tense, interrupted quote
    (
        "Danny Hoch grew up in Queens. “When I was a teenager,” he recalls, “I was caught up in graffiti "
        "and petty crime.” “She made me go, and I think that helped me,” he laughs.",
        [
            ("When I was a teenager", "Danny Hoch"),
            ("I was caught up in", "Danny Hoch"),
            ("She made me go, and I", "Danny Hoch"),
        ],
    ),
    # titles after a colon are not quotes (lecture and book titles, slogans in capitals)
    (
        'Terrie Williams, assistant professor of biology: "Hot Bodies in Cold Water: Do Dolphins Sweat?"\n\n'
        'Daniel Costa, professor of biology at UC Santa Cruz: "Marine Mammals and Low-Frequency Sound"',
        [],
    ),
    ('The sign read "FUND THEIR CHARITY BAKE SALE" in red letters.', []),
    # an attribution left inside a misplaced closing mark; the next paragraph continues the quote
    (
        "City of Miami Police Chief Manuel A. Morales announced the arrest.\n\n"
        "“The department can confirm the arrest of one of our members, said City of Miami Police Chief "
        "Manuel A. Morales.”\n\n"
        "“As Chief of Police, I want to make it clear that we hold ourselves to high standards.”",
        [
            ("The department can confirm the", "Manuel A. Morales"),
            ("As Chief of Police I", "Manuel A. Morales"),
        ],
    ),
    # negative: a comma and a verb inside a quote with no person after it is the quote's own words
    (
        "Sheriff Tom Hall spoke.\n\n“We will act, said the law, and we did.” Hall said.",
        [("We will act said the", "Tom Hall")],
    ),
    # "as X put it": an organisation named right before the cue
    (
        "The indictment charged that Huawei, as the Washington Post put it, “is determined to succeed "
        "by using theft and duplicity”?",
        [("is determined to succeed by", "Washington Post")],
    ),
    # attribution to a role the release gives one person: "the defendant told …"
    (
        "A jury found defendant Crosetti Brand guilty. Prosecutors told jurors the defendant told the "
        'victim, "If I can\'t have you, nobody can have you," as he began the attack.',
        [("If I cant have you", "Crosetti Brand")],
    ),
    # "the Minister said": the one person whose title holds the office
    (
        "The Minister for Immigration, Philip Ruddock, approved it.\n\n"
        '"These decisions should mean more," the Minister said.',
        [("These decisions should mean more", "Philip Ruddock")],
    ),
    # negative: an office no person of the release holds is no speaker (not an organisation "Minister")
    (
        'Sen. Jane Roe spoke today.\n\n"The grants assist in three ways," the Minister said.',
        [("The grants assist in three", None)],
    ),
    # negative: a capitalised organisation after "the" stays an organisation
    (
        'Sen. Jane Roe spoke today.\n\n"Prices fell sharply last year," the Census Bureau said.',
        [("Prices fell sharply last year", "Census Bureau")],
    ),
    # a possessive before the speaker names whose he is, not who spoke
    (
        "Bernie Sanders led the poll.\n\n“This pattern emerges in all of them,” said Sanders’ pollster "
        "Ben Tulchin.",
        [("This pattern emerges in all", "Ben Tulchin")],
    ),
    (
        "Bernie Sanders led the poll.\n\n“This pattern emerges in all of them,” said Jane Doe's "
        "colleague Bernie Sanders.",
        [("This pattern emerges in all", "Bernie Sanders")],
    ),
    # "Mr Young said" under a letterhead's "MICK YOUNG": the person by the fuller name
    (
        'The Hon. MICK YOUNG, M.P.\n\nMr Young said grants rose.\n\n"The Scheme helps many," Mr Young said.',
        [("The Scheme helps many", "Mick Young")],
    ),
    # "he said": the person named since the last quote goes before the last speaker
    (
        "“The poll is good,” said Robert Becker, the state director. An ad said Bernie Sanders had "
        "attacked the group. “So do not tell me that I defend them,” he said.",
        [("The poll is good", "Robert Becker"), ("So do not tell me", "Bernie Sanders")],
    ),
    # negatives: not one whose gender contradicts the pronoun; "I" is the last speaker
    (
        "“We are ready,” said Janet Smith. She met John Doe today. “It went well,” she said.",
        [("We are ready", "Janet Smith"), ("It went well", "Janet Smith")],
    ),
    (
        "“We act,” said Sen. Mike Lee. He wrote to Chairwoman Rebecca Slaughter. As I wrote, “it is an "
        "abuse of discretion to wait.”",
        [("We act", "Mike Lee"), ("it is an abuse of", "Mike Lee")],
    ),
    # "he said": the subject of the sentence before goes before a person it names ("that Obama should")
    (
        "“We are taking on the Koch brothers,” said Bernie Sanders.At the news conference, Sanders told "
        "reporters that President Barack Obama should reject the pipeline. He said it would show “bold "
        "leadership” today.",
        [("We are taking on the", "Bernie Sanders"), ("bold leadership", "Bernie Sanders")],
    ),
    # ... and an introductory phrase does not hide it
    ("At the event, Ann Lee met Tom Doe. “We won,” she said.", [("We won", "Ann Lee")]),
    # a capitalised "According to" after a quote that ends its sentence opens a new sentence
    (
        "“It is not surprising,” said Erika Andiola, a spokeswoman. “We have seen the under-35 group "
        "support him.” According to the Census Bureau, the population is young.",
        [("It is not surprising", "Erika Andiola"), ("We have seen the under", "Erika Andiola")],
    ),
    # negative: "according to" that closes the quote's sentence attributes it
    ("“Prices fell sharply,” according to the Census Bureau.", [("Prices fell sharply", "Census Bureau")]),
    # a long attribution sentence between two quotes of one speaker
    (
        "“We note the method was discarded,” said Antonio González, the president of the organisation "
        "whose purpose is to conduct research aimed at improving the level of political and economic "
        "participation in Latino and other communities.“Simply put there is no inconsistency.”",
        [("We note the method was", "Antonio González"), ("Simply put there is no", "Antonio González")],
    ),
    # negative: a sentence between two quotes that names someone else starts afresh
    (
        "“We note the method was discarded,” said Antonio González. Analysts of the data across several "
        "states and in many counties over the last thirty years disagree strongly with the method that he "
        "describes in the report. "
        "“Simply put there is no inconsistency here at all.”",
        [("We note the method was", "Antonio González"), ("Simply put there is no", None)],
    ),
    # a quote opening the paragraph after one that reports what a person said, and the next one
    (
        "Senator Nick Bolkus said John Howard was way behind on policy.\n\n"
        '"Almost all his suggestions are at least 12 months old."\n\n'
        '"His plan does nothing for migrants at all."',
        [("Almost all his suggestions are", "Nick Bolkus"), ("His plan does nothing for", "Nick Bolkus")],
    ),
    # negatives: a paragraph that does not open with the person saying
    (
        "Senator Nick Bolkus met the group. John Howard said little.\n\n"
        '"Almost all his suggestions are at least 12 months old."',
        [("Almost all his suggestions are", None)],
    ),
    (
        'Senator Nick Bolkus visited the centre today.\n\n"Almost all his suggestions are at least old."',
        [("Almost all his suggestions are", None)],
    ),
    (
        "Senator Nick Bolkus said the so-called “Fair Go” plan was weak.\n\n"
        '"Almost all his suggestions are at least old."',
        [("Almost all his suggestions are", None)],
    ),
    # negative: a sentence in title case with a sentence inside is still a quote
    (
        'Mayor Tom Lee said: "We Will Rebuild. Every Home Will Stand Again."',
        [("We Will Rebuild. Every Home", "Tom Lee")],
    ),
]


# (body, the speaker of each quote found, in order)
SPEAKERS = [
    # the said-paragraph may open with an introductory phrase
    (
        "Commenting on the decision, Senator Andrew Bartlett said the Democrats agreed.\n\n"
        "“However, we urge the government to keep this option open.”",
        ["Andrew Bartlett"],
    ),
    # '“A,” said X, “B”': the speaker after the verb, before the second part
    (
        '"Art history is a love of mine," said Patricia Rebele, "not only because I love art."',
        ["Patricia Rebele", "Patricia Rebele"],
    ),
    # a sentence led by the last speaker, then the quote: still that person
    (
        "“We grow,” said Chancellor M.R.C. Greenwood. Chancellor Greenwood's statement emphasized the "
        "efforts. “Drawing qualified students to UCSC is not about righting past wrongs.”",
        ["M.R.C. Greenwood", "M.R.C. Greenwood"],
    ),
    # "the Minister said" under a letterhead that names the Minister
    (
        "MINISTER FOR IMMIGRATION\nThe Hon. MICK YOUNG, M.P.\n\nMr Young said grants rose.\n\n"
        '"The Scheme aims to help migrants," the Minister said.',
        ["Mick Young"],
    ),
    # negative: a quoted title that a sentence goes on after is no quotation
    (
        'Sen. Kristen Holden won. Both of Holden’s works are poems. "Ten Love Poems Aching from Days" won.',
        [],
    ),
]


@pytest.mark.parametrize(("body", "speakers"), SPEAKERS)
def test_quote_speakers(body: str, speakers: list[str | None]) -> None:
    assert [q.speaker.name if q.speaker else None for q in run(body)] == speakers


def _first_words(s: str, n: int) -> str:
    return " ".join(re.findall(r"\w+", s.replace("’", "").replace("'", ""))[:n])


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_quote_patterns(body, expected):
    got = [(_first_words(q.text, 5), q.speaker.name if q.speaker else None) for q in run(body)]
    want = [(_first_words(w, 5), who) for w, who in expected]
    assert got == want


def test_lost_closing_mark_does_not_shift_later_quotes():
    body = (
        "“This first quote loses its closing mark, said the chief.\n\n"
        "The case was investigated by the police department.\n\n"
        "“The second quote is intact,” said Sheriff Tom Hall."
    )
    found = run(body)
    assert found[-1].text == "The second quote is intact,"
    assert found[-1].speaker is not None and found[-1].speaker.name == "Tom Hall"


def test_spans_index_the_input():
    text = "“We will act now,” said Senator Jane Doe."
    q = run(text)[0]
    assert text[q.span[0] : q.span[1]] == q.text == "We will act now,"
    assert q.speaker is not None and text[q.speaker.span[0] : q.speaker.span[1]] == q.speaker.mention
    assert q.speaker.mention == "Senator Jane Doe" and q.cue == "said"


@pytest.mark.parametrize("fixture", ["rules_parser", "model_parser"])
def test_seed_quotes(request, fixture):
    rec = request.getfixturevalue(fixture).parse(SEED.read_text(encoding="utf-8"))
    got = [(q.text.split()[:3], q.speaker and (q.speaker.name, q.speaker.title)) for q in rec.quotes]
    assert got == [
        (["The", "United", "States"], ("Janet Napolitano", "Secretary of Homeland Security")),
        (["We", "will", "continue"], ("Janet Napolitano", "Secretary of Homeland Security")),
        (["Canada", "is", "committed"], ("Vic Toews", "Canadian Public Safety Minister")),
    ]
    assert not any("Shared Vision" in q.text for q in rec.quotes)
