"""organizations: agencies, offices and companies by head noun, with acronyms and mentions."""

from __future__ import annotations

import pytest

from pressparse.extract.acronyms import find as find_acronyms
from pressparse.extract.organizations import find
from pressparse.extract.programs import find as find_programs
from pressparse.nlp import Entity
from pressparse.pipeline import Parser

from .conftest import SEED


def orgs_of(text: str, entities: tuple[Entity, ...] = ()) -> list[tuple[str, str | None]]:
    regions = ((0, len(text)),)
    acronyms = find_acronyms(text, regions)
    programs = find_programs(text, regions, acronyms, entities)
    return [(o.name, o.acronym) for o in find(text, regions, acronyms, entities, programs)]


FOUND = [
    ("It works with the World Customs Organization (WCO) on trade.", [("World Customs Organization", "WCO")]),
    ("Launched with the UN Office of Drugs and Crime in 2010.", [("UN Office of Drugs and Crime", None)]),
    (
        "The Orange County District Attorney’s Office (OCDA) filed charges.",
        [("Orange County District Attorney’s Office", "OCDA")],
    ),
    ("He sold the firm to Acme Widgets, Inc. last year.", [("Acme Widgets, Inc.", None)]),
    (
        "The U.S. Department of Homeland Security said the Department of Homeland Security agreed.",
        [("U.S. Department of Homeland Security", None)],
    ),
    # not organisations: programs, laws, people, places
    ("Agents joined Project Global Shield and enforced the Lacey Act.", []),
    ("Sen. George Allen spoke in Richmond, Virginia, on Monday.", []),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_organizations(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert orgs_of(text) == expected


def test_model_entities_add_one_word_names_but_not_programs() -> None:
    text = "Project Global Shield was launched by INTERPOL."
    entities = (Entity(0, 21, "ORG", "Project Global Shield"), Entity(38, 46, "ORG", "INTERPOL"))
    assert orgs_of(text, entities) == [("INTERPOL", None)]


def test_acronym_uses_are_mentions() -> None:
    text = "The Internal Revenue Service (IRS) said so. Later the IRS agreed."
    regions = ((0, len(text)),)
    acronyms = find_acronyms(text, regions)
    (org,) = find(text, regions, acronyms)
    assert (org.name, org.acronym) == ("Internal Revenue Service", "IRS")
    assert [text[s:e] for s, e in org.mentions] == ["IRS"]


@pytest.mark.parametrize("mode", ["rules_parser", "model_parser"])
def test_seed(request: pytest.FixtureRequest, mode: str) -> None:
    parser: Parser = request.getfixturevalue(mode)
    text = SEED.read_text(encoding="utf-8")
    record = parser.parse(text)
    names = {o.name: o for o in record.organizations}
    assert names["World Customs Organization"].acronym == "WCO"
    assert "UN Office of Drugs and Crime" in names
    assert not {"Project Global Shield", "Beyond the Border"} & set(names)
    for o in record.organizations:
        assert text[o.span[0] : o.span[1]] == o.name
