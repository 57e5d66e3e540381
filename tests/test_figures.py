"""figures: money, percentages, measures, durations and counts, and what is never a figure."""

from __future__ import annotations

import pytest

from pressparse.context import Context
from pressparse.extract import figures
from pressparse.header import Header
from pressparse.models import Figure
from tests.conftest import SEED


def _figures(body: str) -> tuple[Figure, ...]:
    text = "Headline\n\n" + body
    return figures.extract(Context.for_body(text, body=(10, len(text))))


def _one(body: str) -> Figure:
    found = _figures(body)
    assert len(found) == 1, found
    return found[0]


# body -> (text, value, max, unit, qualifier, kind)
FIGURES = [
    ("It cost $3.8 million in all.", ("$3.8 million", 3.8e6, None, "USD", None, "money")),
    ("A $500K grant.", ("$500K", 5e5, None, "USD", None, "money")),
    ("He stole five million dollars.", ("five million dollars", 5e6, None, "USD", None, "money")),
    ("A €2 billion fund.", ("€2 billion", 2e9, None, "EUR", None, "money")),
    ("It paid A$40,000 to them.", ("A$40,000", 4e4, None, "AUD", None, "money")),
    ("Sales fell $61 MILLION.", ("$61 MILLION", 6.1e7, None, "USD", None, "money")),
    ("A $1–2 million loss.", ("$1–2 million", 1e6, 2e6, "USD", None, "money")),
    ("Prices rose 12 percent.", ("12 percent", 12, None, "percent", None, "percent")),
    ("Prices rose 10.4% last year.", ("10.4%", 10.4, None, "percent", None, "percent")),
    ("Up 7 per cent.", ("7 per cent", 7, None, "percent", None, "percent")),
    ("A level of .11 percent.", (".11 percent", 0.11, None, "percent", None, "percent")),
    ("Drops of 15 % since then.", ("15 %", 15, None, "percent", None, "percent")),
    ("It rose twenty percent.", ("twenty percent", 20, None, "percent", None, "percent")),
    ("It weighs 500 pounds.", ("500 pounds", 500, None, "lb", None, "measure")),
    ("It drove at 45 mph.", ("45 mph", 45, None, "mph", None, "measure")),
    ("A site of 12 acres.", ("12 acres", 12, None, "acre", None, "measure")),
    ("A 50 MW plant.", ("50 MW", 50, None, "MW", None, "measure")),
    ("Some 3 short tons of ore.", ("Some 3 short tons", 3, None, "ton", "Some", "measure")),
    ("about 250 square kilometres", ("about 250 square kilometres", 250, None, "km²", "about", "measure")),
    ("He got 10 years in prison.", ("10 years", 10, None, "year", None, "duration")),
    ("For two years and eight months.", ("two years and eight months", 32, None, "month", None, "duration")),
    ("Facing 5 to 10 years.", ("5 to 10 years", 5, 10, "year", None, "duration")),
    ("He faces up to 2-20 years.", ("up to 2-20 years", 2, 20, "year", "up to", "duration")),
    ("For nearly two decades.", ("nearly two decades", 20, None, "year", "nearly", "duration")),
    ("A 19-month sentence.", ("19-month", 19, None, "month", None, "duration")),
    ("He got 15 years to life.", ("15 years", 15, None, "year", None, "duration")),
    ("With more than 60 participating nations.", ("more than 60", 60, None, None, "more than", "count")),
    ("He and 16 other Senators.", ("16", 16, None, None, None, "count")),
    ("Over 5,000 peace officers.", ("Over 5,000", 5000, None, None, "Over", "count")),
    ("At least 18 victims.", ("At least 18", 18, None, None, "At least", "count")),
    ("An excess of 3,700 nominations.", ("An excess of 3,700", 3700, None, None, "An excess of", "count")),
    ("It took between 120 and 180 pills.", ("between 120 and 180", 120, 180, None, None, "count")),
    ("It is one of 70+ brands.", ("70+", 70, None, None, None, "count")),
    (
        "He took approximately $520in cash.",
        ("approximately $520", 520, None, "USD", "approximately", "money"),
    ),
    ("Federal Share: $ 170,000", ("$ 170,000", 1.7e5, None, "USD", None, "money")),
    ("Some 40 agents left.", ("Some 40", 40, None, None, "Some", "count")),
    ("An oxygen content of 0.34 wt% remains.", ("0.34 wt%", 0.34, None, "percent", None, "percent")),
    ("More than 60\nparticipating nations.", ("More than 60", 60, None, None, "More than", "count")),
    (
        "A maximum of twenty years.",
        ("A maximum of twenty years", 20, None, "year", "A maximum of", "duration"),
    ),
    # money of any country, scale words and letters
    ("A €2.5bn fund.", ("€2.5bn", 2.5e9, None, "EUR", None, "money")),
    ("Its GDP is $2.174T.", ("$2.174T", 2.174e12, None, "USD", None, "money")),
    ("I have €10M saved.", ("€10M", 1e7, None, "EUR", None, "money")),
    ("It pays EUR 300 a month.", ("EUR 300", 300, None, "EUR", None, "money")),
    ("It paid 40 euros each.", ("40 euros", 40, None, "EUR", None, "money")),
    ("Cotton for £2,000.", ("£2,000", 2000, None, "GBP", None, "money")),
    ("A grant of $A40,000 was made.", ("$A40,000", 4e4, None, "AUD", None, "money")),
    ("A grant of C$40,000 was made.", ("C$40,000", 4e4, None, "CAD", None, "money")),
    ("A fine of CHF 5 million.", ("CHF 5 million", 5e6, None, "CHF", None, "money")),
    ("A fine of 5 million Swiss francs.", ("5 million Swiss francs", 5e6, None, "CHF", None, "money")),
    ("A fee of ¥300 each.", ("¥300", 300, None, "JPY", None, "money")),
    ("A fee of ₹500 each.", ("₹500", 500, None, "INR", None, "money")),
    ("A fee of 500 rupees each.", ("500 rupees", 500, None, "INR", None, "money")),
    ("The billion-dollar industry grew.", ("billion-dollar", 1e9, None, "USD", None, "money")),
    # thousands grouped by a space or thin space
    ("It is valued at 10 000 dollars.", ("10 000 dollars", 1e4, None, "USD", None, "money")),
    ("A package of $404 650 in awards.", ("$404 650", 404650, None, "USD", None, "money")),
    ("A package of $404\u2009650 in awards.", ("$404\u2009650", 404650, None, "USD", None, "money")),
    ("Up to 750 000 people fled.", ("Up to 750 000", 750000, None, None, "Up to", "count")),
    ("Arrivals rose by 15-20 000 each month.", ("15-20 000", 15000, 20000, None, None, "count")),
    # fractions and mixed numbers
    ("The door is 2 1/2 in thick.", ("2 1/2 in", 2.5, None, "in", None, "measure")),
    ("A mouse can get through a 1/4 inch gap.", ("1/4 inch", 0.25, None, "in", None, "measure")),
    ("It lies two and a half miles east.", ("two and a half miles", 2.5, None, "mi", None, "measure")),
    ("About one-half miles east.", ("About one-half miles", 0.5, None, "mi", "About", "measure")),
    ("A cup of 2½ litres.", ("2½ litres", 2.5, None, "L", None, "measure")),
    ("A range of 1/4 to 1/2 percent.", ("1/4 to 1/2 percent", 0.25, 0.5, "percent", None, "percent")),
    ("A range of 2-1/4 to 2-1/2 percent.", ("2-1/4 to 2-1/2 percent", 2.25, 2.5, "percent", None, "percent")),
    (
        "A range of 1-1/4 to 1\u20111/2 percent.",
        ("1-1/4 to 1\u20111/2 percent", 1.25, 1.5, "percent", None, "percent"),
    ),
    # ranges with units, unit symbols after numbers
    ("Pour 3 to 4 L of wine.", ("3 to 4 L", 3, 4, "L", None, "measure")),
    ("An 8- to 16-meter telescope.", ("8- to 16-meter", 8, 16, "m", None, "measure")),
    ("Give 44 mg to 50 mg daily.", ("44 mg to 50 mg", 44, 50, "mg", None, "measure")),
    ("Give between 44 mg and 50 mg daily.", ("between 44 mg and 50 mg", 44, 50, "mg", None, "measure")),
    ("It lies 930,000 mi away.", ("930,000 mi", 930000, None, "mi", None, "measure")),
    ("It shipped 278,000 t of ore.", ("278,000 t", 278000, None, "t", None, "measure")),
    ("A 2 GW plant.", ("2 GW", 2, None, "GW", None, "measure")),
    ("It made 7.3 MWh this year.", ("7.3 MWh", 7.3, None, "MWh", None, "measure")),
    ("It covers 301,338 km2 of land.", ("301,338 km2", 301338, None, "km²", None, "measure")),
    ("It covers 116,347 sq mi of land.", ("116,347 sq mi", 116347, None, "mi²", None, "measure")),
    ("And I would walk 0.5k miles.", ("0.5k miles", 500, None, "mi", None, "measure")),
    ("Highs near 32 degrees Celsius.", ("32 degrees Celsius", 32, None, "°C", None, "measure")),
    ("The day has only 3 hrs of light.", ("3 hrs", 3, None, "hour", None, "duration")),
    # a decimal comma before a scale word; a range's scale word leaves a full lower end alone
    (
        "More than USD 1,26 million was given.",
        ("More than USD 1,26 million", 1.26e6, None, "USD", "More than", "money"),
    ),
    ("A €2,5 million fund.", ("€2,5 million", 2.5e6, None, "EUR", None, "money")),
    ("It grew from $200,000 to $1 million.", ("$200,000 to $1 million", 2e5, 1e6, "USD", None, "money")),
    ("It costs $2 to $3 million.", ("$2 to $3 million", 2e6, 3e6, "USD", None, "money")),
    # a word between the number and its unit; a smaller unit added; percentage points
    ("After 42 consecutive days without cases.", ("42 consecutive days", 42, None, "day", None, "duration")),
    ("Reply within five business days.", ("five business days", 5, None, "day", None, "duration")),
    ("He is 5 foot 5 inches tall.", ("5 foot 5 inches", 65, None, "in", None, "measure")),
    ("He is 6 feet 2 inches tall.", ("6 feet 2 inches", 74, None, "in", None, "measure")),
    (
        "A rise of 0.5 percentage point.",
        ("0.5 percentage point", 0.5, None, "percentage point", None, "percent"),
    ),
    # "a" is one with a qualifier and a unit
    ("They gave for more than a decade.", ("more than a decade", 10, None, "year", "more than", "duration")),
    ("After more than a year of work.", ("more than a year", 1, None, "year", "more than", "duration")),
    ("Water up to a mile deep.", ("up to a mile", 1, None, "mi", "up to", "measure")),
    # "in" as an inch at a sentence's end or before "of"; a unit printed once for two numbers
    ("The length of my pencil is 2 in.", ("2 in.", 2, None, "in", None, "measure")),
    ("The storm left 5 in. of snow.", ("5 in.", 5, None, "in", None, "measure")),
    ("The length of my pencil is 2 in", ("2 in", 2, None, "in", None, "measure")),
    ("There are 2 in the car.", ("2", 2, None, None, None, "count")),  # a count, not an inch
    # minus signs and currency signs after the number
    ("Defence (-7.1%) fell.", ("-7.1%", -7.1, None, "percent", None, "percent")),
    ("Net new ARR was EUR -0.6 million.", ("EUR -0.6 million", -6e5, None, "EUR", None, "money")),
    ("The revenue is $-99.99 now.", ("$-99.99", -99.99, None, "USD", None, "money")),
    ("The revenue is -15€ now.", ("-15€", -15, None, "EUR", None, "money")),
    ("A ticket costs 15 € each.", ("15 €", 15, None, "EUR", None, "money")),
    # more units: storage and radiation doses
    ("It holds 10-15 exabytes of data.", ("10-15 exabytes", 10, 15, "EB", None, "measure")),
    ("A dose of 14 mGy per scan.", ("14 mGy", 14, None, "mGy", None, "measure")),
    ("A dose of 20 millisieverts a year.", ("20 millisieverts", 20, None, "mSv", None, "measure")),
    # a proper fraction before "of" is a share
    ("About 1/40 of the wavelength.", ("About 1/40", 0.025, None, None, "About", "count")),
    # Indian scales and rupees, British per cent, basis points, thin-space thousands before a hyphen
    ("It paid ₹5 crore.", ("₹5 crore", 5e7, None, "INR", None, "money")),
    ("It paid Rs 50 lakh.", ("Rs 50 lakh", 5e6, None, "INR", None, "money")),
    ("Sales were up 3.5pc.", ("3.5pc", 3.5, None, "percent", None, "percent")),
    ("A cut of 50 basis points.", ("50 basis points", 50, None, "basis point", None, "percent")),
    ("The 25bps rate cut.", ("25bps", 25, None, "basis point", None, "percent")),
    ("A 10\u202f000-tonne ship.", ("10\u202f000-tonne", 1e4, None, "t", None, "measure")),
    ("It sold 5 PC units.", ("5", 5, None, None, None, "count")),  # a computer, not a percent
    # occurrences count (a multiplier does not)
    ("She was stabbed 15 times.", ("15", 15, None, None, None, "count")),
    ("It won 3 court orders.", ("3", 3, None, None, None, "count")),  # no street in lower case
    # a product code before "in" makes no rate; a hyphen before a scale word; more currencies and units
    ("A trial of NT-401 in 312 adults.", ("312", 312, None, None, None, "count")),
    ("It is a $400-million program.", ("$400-million", 4e8, None, "USD", None, "money")),
    ("Funded with KSh 180 million.", ("KSh 180 million", 1.8e8, None, "KES", None, "money")),
    ("It will use 4 kWh a day.", ("4 kWh", 4, None, "kWh", None, "measure")),
    # two words between a number and its unit; a poll's lead in percentage points
    (
        "At least seven paid sick days.",
        ("At least seven paid sick days", 7, None, "day", "At least", "duration"),
    ),
    ("Her 41-point lead shrank.", ("41-point", 41, None, "percentage point", None, "percent")),
    ("A 10-point plan was released.", ("10", 10, None, None, None, "count")),  # no poll: no percentage point
    # a range below zero with its unit at both ends; "pm"/"am" after a number no clock can show
    ("It ranged from -18 °C to -34 °C.", ("-18 °C to -34 °C", -34, -18, "°C", None, "measure")),
    ("A grid of 2.1 pm wide.", ("2.1 pm", 2.1, None, "pm", None, "measure")),
    ("A grid of 2.123 am wide.", ("2.123 am", 2.123, None, "am", None, "measure")),
    # throughput, luminosity, acceleration
    ("The mill handles roughly 4,500 tpd.", ("roughly 4,500 tpd", 4500, None, "t/d", "roughly", "measure")),
    ("It reached 1 fb−1 in 2005.", ("1 fb−1", 1, None, "fb⁻¹", None, "measure")),
    ("It falls at 9.8 m/s2 here.", ("9.8 m/s2", 9.8, None, "m/s²", None, "measure")),
    # scientific notation measures even without a unit; an uncertainty before the unit
    ("By a factor of 2.48×10−5, it beat light.", ("2.48×10−5", 2.48e-5, None, None, None, "count")),
    ("Light oscillates at 4e14 s-1 here.", ("4e14 s-1", 4e14, None, "s⁻¹", None, "measure")),
    ("Light travels about 3 x 10^8 m/s.", ("about 3 x 10^8 m/s", 3e8, None, "m/s", "about", "measure")),
    # a bare number a verb states at its clause's end, when no age can be meant
    ("A gross is 144 (a square dozen).", ("144", 144, None, None, None, "count")),
    ("Its tenancy ratio was 1.69.", ("1.69", 1.69, None, None, None, "count")),
    ("The total was 1,200.", ("1,200", 1200, None, None, None, "count")),
    # a scale word makes an amount without a counted noun
    ("Valued at about 41.625 million.", ("about 41.625 million", 41.625e6, None, None, "about", "count")),
    # coins and subunits are that share of the currency; geological time in years
    ("That one costs 3 dimes.", ("3 dimes", 0.3, None, "USD", None, "money")),
    ("It taxes 3 cents per hundredweight.", ("3 cents", 0.03, None, "USD", None, "money")),
    ("Paying 40 to 80 cents per kilowatt hour.", ("40 to 80 cents", 0.4, 0.8, "USD", None, "money")),
    ("A 5-cent deposit.", ("5-cent", 0.05, None, "USD", None, "money")),
    ("It costs 50 pence.", ("50 pence", 0.5, None, "GBP", None, "money")),
    ("One hundred cents make a dollar.", ("One hundred cents", 1, None, "USD", None, "money")),
    ("The rocks formed 4.5 Ga before.", ("4.5 Ga", 4.5e9, None, "year", None, "duration")),
    ("It took one gigaannum.", ("one gigaannum", 1e9, None, "year", None, "duration")),
    ("It weighs 5 ± 0.2 kg in all.", ("5 ± 0.2 kg", 5, None, "kg", None, "measure")),
    (
        "It falls at 9.83e-3 +/- 1e-5 km/s2.",
        ("9.83e-3 +/- 1e-5 km/s2", 9.83e-3, None, "km/s²", None, "measure"),
    ),
]


@pytest.mark.parametrize(("body", "expected"), FIGURES)
def test_figures(body: str, expected: tuple) -> None:
    f = _one(body)
    assert (f.text, f.value, f.max, f.unit, f.qualifier, f.kind) == pytest.approx(expected)


NOT_FIGURES = [
    "Call 202-282-8010 for details.",
    "It was released 06/17/2011 at noon.",
    "Security in the 21st century matters.",
    "It launched in 2010 with partners.",
    "Randy Metcalf, 40, was arrested.",
    "An 11-year-old boy was hurt.",
    "The victim was 11 years old then.",
    "The bill passed 85-12 on the floor.",
    "Two men and three counts were involved.",
    "Life sentences were imposed.",
    "It met at 6:08 p.m. on the day.",
    "He lives at 1050 Los Vallecitos Blvd. in town.",
    "Write to San Marcos, CA 92069 for forms.",
    "Under Section 1028A of the code.",
    "He drove on Route 55 north.",
    "Case No. 12 was filed.",
    "Read Title 18 of the code.",
    "In the 1990s crime fell.",
    "Jane Doe #1 spoke.",
    "They called 911 right away.",
    "Its code is 088 in the file.",
    "See https://example.com/2011/06/17/page-12 now.",
    "Team 6 is comprised of investigators.",
    "It runs Big Cajun II Units 1 and 2 without permits.",
    "Write to 487 Russell Senate Office Building in Washington.",
    "Federal Share: 74,516\n  Fire Department Name: Lexington",
    # tip lines, product names, levels, phone tails, dates written as durations
    "Call 258-TIPS with information.",
    "Shop with 1-Click ordering.",
    "A category 5 hurricane hit the coast.",
    "For details ring E. Klein (88 4136 a.h.)",
    "He left three weeks ago for good.",
    "They moved here 41 years ago with nothing.",
    "It runs 24/7 across the state.",
    "The 9/11 attacks changed it.",
    "Lasting 2 in the morning is late.",
    "On my visit to Jakarta 1 t o l d the press.",
    # rates, "a" without a qualifier, a point in time
    "It rose from 1 in 125 children to more.",
    "Nearly 4 in 10 employers said so.",
    "I want a gallon of beer.",
    # addresses with a directional prefix, a numbered street, capitals, a building glued to the next word
    "WHERE: State Attorney’s Office, 1350 NW 12 Avenue, Room 5.",
    "It is alleged that 324 CENTRAL AVENUE was unsafe.",
    "A store at 332 East 98th Street was hit.",
    "Committee, 430 Dirksen Senate Office BuildingNote: bring ID",
    # multipliers and titles
    "Mills released 3 to 100 times fewer toxics.",
    "It is 5 times higher than before.",
    "He was one of the “100 Most Influential Hispanics” that year.",
    "It was the largest reform in more than a decade.",
    # times of day: a whole hour or two digits of minutes before "am"/"pm"
    "They met at 2 pm on site.",
    "They met at 10.30 am on site.",
    # "Ma ago" is a date, like "41 years ago"
    "Tyrannosaurus lived about 66 Ma ago.",
    # a postal code and a board's size are no scientific notation
    "Mississauga, ON L4V 1E8",
    "Cut a 2x10 board.",
    # slashes that split no whole: a date
    "It closed on 6/17/20 percent.",
    # a ZIP code above a line that opens with a scale word; a scale word after a stripped point
    "New York, NY 10004\n\nBillion Oyster Project is eligible.",
    "Grants were about 1 4 million higher.",
    # an age or an identifier stated by a verb
    "He was 74.",
    "By the time he was 20, he had left.",
    "The case number is 1234.",
    # a number to call is a phone number
    "Anyone can call 101 for help.",
    "Please dial 999 now.",
    # out of range for any JSON number: dropped
    "It weighs 1" + "0" * 400 + " kilograms.",
]


@pytest.mark.parametrize("body", NOT_FIGURES)
def test_not_figures(body: str) -> None:
    assert _figures(body) == ()


def test_paired_conversion_is_one_quantity() -> None:
    found = _figures("Seized more than 31,000 kilograms (31 metric tons) of chemicals.")
    assert [(f.text, f.unit, f.same_as) for f in found] == [
        ("more than 31,000 kilograms", "kg", None),
        ("31 metric tons", "t", 0),
    ]
    assert found[0].normalized == pytest.approx(found[1].normalized)


def test_normalised_si_values() -> None:
    f = _one("It weighs 2 tonnes.")
    assert (f.normalized, f.normalized_unit) == (2000.0, "kg")
    assert _one("It costs $5.").normalized is None


def test_spans_index_the_text() -> None:
    body = "Fines of $3.8 million, 12 percent more than the 5 to 10 years before."
    text = "Headline\n\n" + body
    for f in _figures(body):
        assert text[f.span[0] : f.span[1]] == f.text


def test_counted_noun() -> None:
    assert _one("Join more than 60 participating nations.").counted == "participating nations"


def test_seed(rules_parser) -> None:
    rec = rules_parser.parse(SEED.read_text(encoding="utf-8"))
    got = {(f.value, f.unit, f.same_as is not None) for f in rec.figures}
    assert got == {(60.0, None, False), (31000.0, "kg", False), (31.0, "t", True)}


def _figures_with_letterhead(letterhead: str, body: str, *, headline: str = "") -> tuple[Figure, ...]:
    """Figures of a release whose text above the body is ``headline`` then ``letterhead``."""
    text = headline + "\n\n" + letterhead + "\n\n" + body
    header = Header(headline_span=(0, len(headline))) if headline else Header()
    return figures.extract(Context.for_body(text, body=(len(text) - len(body), len(text)), header=header))


# letterhead, body -> currency of the first figure: a bare $ is the issuing country's dollar
HOME_CURRENCY = [
    ("Parliament House, Canberra ACT 2600", "It gives $5 million to the program.", "AUD"),
    ("Minister for Immigration (Queensland)", "It gives 5 million dollars to it.", "AUD"),
    ("Health Canada, Ottawa, Ontario", "It gives $5 million to the program.", "CAD"),
    ("Wellington, New Zealand", "It gives $5 million to the program.", "NZD"),
    ("NEWS RELEASE", "It gives $5 million to the program.", "USD"),
    ("WASHINGTON", "Australia and Canada get $5 million from the fund.", "USD"),
    # no letterhead: the opening names one country, twice, and the United States nowhere
    ("NEWS RELEASE", "Australia would provide $500 000 to the Australian agency.", "AUD"),
    ("NEWS RELEASE", "Australia would provide $500 000 to the United States and Australian partners.", "USD"),
    # a dateline or sign-off in capitals; the country's time zone
    ("SYDNEY", "It gives $5 million to the program.", "AUD"),
    ("EMBARGOED UNTIL 12.01AM AEST FRIDAY 20 MARCH 2026", "It gives $5 million to the program.", "AUD"),
    # a country named in both: no cue
    ("Canberra and Ottawa", "It gives $5 million to the program.", "USD"),
    # a sign printed with its country is that country's anywhere
    ("Parliament House, Canberra ACT 2600", "It gives US$5 million to the program.", "USD"),
    # cents are the issuing country's
    ("Parliament House, Canberra ACT 2600", "It costs 20 cents a litre.", "AUD"),
    # pounds are money in a British release, unless they weigh something
    ("Department of Health, London", "It costs 5 million pounds a year.", "GBP"),
]


@pytest.mark.parametrize(("letterhead", "body", "code"), HOME_CURRENCY)
def test_home_currency(letterhead: str, body: str, code: str) -> None:
    assert _figures_with_letterhead(letterhead, body)[0].unit == code


def test_pounds_of_something_weigh_even_in_a_british_release() -> None:
    f = _figures_with_letterhead("Home Office, London", "Officers seized 500 pounds of cannabis.")[0]
    assert f.unit == "lb"


def test_a_headline_about_a_country_is_no_cue() -> None:
    found = _figures_with_letterhead(
        "WASHINGTON", "It gives $5 million to the program.", headline="Canadian-American Border Plan"
    )
    assert found[0].unit == "USD"


def test_figures_are_capped_per_document() -> None:
    assert len(_figures("$1 " * (figures.MAX_FIGURES + 50))) == figures.MAX_FIGURES


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("They were given 45 and 50 mg ethanol.", [("45", 45, "mg"), ("50 mg", 50, "mg")]),
        ("Rates of 3 and 4 percent.", [("3", 3, "percent"), ("4 percent", 4, "percent")]),
        ("It took 3 and 5 years.", [("3", 3, None), ("5 years", 5, "year")]),  # a duration is not shared
        ("I have seen 45 and 50 cases.", [("45", 45, None), ("50", 50, None)]),
    ],
)
def test_unit_printed_once_for_two_numbers(body: str, expected: list[tuple]) -> None:
    assert [(f.text, f.value, f.unit) for f in _figures(body)] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("They share it roughly 40/40/20 percent.", [("40", 40), ("40", 40), ("20 percent", 20)]),
        ("A 50/50 % split.", [("50", 50), ("50 %", 50)]),
    ],
)
def test_shares_of_a_whole_with_one_percent_sign(body: str, expected: list[tuple]) -> None:
    assert [(f.text, f.value, f.unit) for f in _figures(body)] == [(t, v, "percent") for t, v in expected]


def _spaced(s: str) -> str:
    """``s`` as a letter-spaced scan prints it: a space between letters, two between words."""
    return "  ".join(" ".join(word) for word in s.split())


def test_letter_spaced_scan_is_read_with_its_letters_joined() -> None:
    body = _spaced(
        "Australia would provide a further $2.78 million in food aid to the Afghan refugees in Pakistan. "
        "This will bring the Australian Government's contribution to about $10 million, with "
        "about 80,000 to 90,000 refugees fleeing each month and 7500 tonnes of wheat."
    )
    text = "Headline\n\n" + body
    found = _figures(body)
    assert [(f.value, f.max, f.unit) for f in found] == [
        (2.78e6, None, "AUD"),
        (1e7, None, "AUD"),
        (80000, 90000, None),
        (7500, None, "t"),
    ]
    first = found[0]
    assert text[first.span[0] : first.span[1]] == "$ 2 . 7 8  m i l l i o n"


def test_text_with_spaced_words_only_is_read_as_printed() -> None:
    assert [(f.value, f.unit) for f in _figures("It cost $5 million and 20 tonnes. " * 3)] == [
        (5e6, "USD"),
        (20, "t"),
        (5e6, "USD"),
        (20, "t"),
        (5e6, "USD"),
        (20, "t"),
    ]


def test_words_printed_whole_in_a_letter_spaced_scan_stay_apart() -> None:
    body = _spaced("The fund gave us a total of funds to spend this year on food aid. " * 2) + (
        "  NEARLY 30 PER CENT OF IT  £ 3 5 0 ,0 0 0  w a s  s p e n t"
    )
    assert [(f.value, f.unit) for f in _figures(body)] == [(30, "percent"), (350000, "GBP")]
