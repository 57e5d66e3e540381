"""The reference document end to end: every field of the seed comes out exactly right.

The seed is a real 2011 DHS release reposted on a Blogger blog (samples/dhs-2011-06-17.txt).
Each field is checked in both modes, through the public API, against what the release prints;
where ../shared is present, the official scorer must also give 1.0 on every metric of it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest

from pressparse.pipeline import Parser
from tests.conftest import SEED, SHARED, needs_shared

MODES = ["rules_parser", "model_parser"]


@pytest.fixture(params=MODES)
def seed(request: pytest.FixtureRequest) -> dict[str, Any]:
    parser: Parser = request.getfixturevalue(request.param)
    return parser.parse_bytes(SEED.read_bytes(), source=str(SEED)).model_dump(mode="json")


def test_header_fields(seed: dict[str, Any]) -> None:
    assert seed["wrapper"] == {"platform": "blogger", "posted": "2011-06-18", "span": [0, 23]}
    assert seed["headline"] == "Canadian-American Homeland Security Collaboration"
    rel = seed["release"]
    assert (rel["date"], rel["time"], rel["timezone"]) == ("2011-06-17", "07:00:00", "EDT")
    assert rel["datetime"] == "2011-06-17T07:00:00-04:00"
    assert (rel["type"], rel["issuer"]) == ("immediate", "Office of the Press Secretary")
    assert seed["dateline"]["location"] == "WASHINGTON"
    assert [(c["name"], c["phones"], c["emails"]) for c in seed["contacts"]] == [(None, ["202-282-8010"], [])]
    assert seed["body"].startswith("WASHINGTON—Secretary of Homeland Security Janet Napolitano today met")
    assert seed["body"].endswith("transnational organized crime along the shared border.")
    assert seed["about"] is None
    assert seed["warnings"] == []


def test_quotes_and_people(seed: dict[str, Any]) -> None:
    quotes = [(q["text"][:40], q["speaker"]["name"], q["speaker"]["title"]) for q in seed["quotes"]]
    napolitano = ("Janet Napolitano", "Secretary of Homeland Security")
    assert quotes == [
        ("The United States and Canada have a long", *napolitano),
        ("We will continue to work with our Canadi", *napolitano),
        ("Canada is committed to improving our sha", "Vic Toews", "Canadian Public Safety Minister"),
    ]
    assert not any("Shared Vision" in q["text"] for q in seed["quotes"])
    assert [(p["name"], p["title"]) for p in seed["people"]] == [
        napolitano,
        ("Vic Toews", "Canadian Public Safety Minister"),
        ("Barack Obama", "President"),
        ("Stephen Harper", "Prime Minister"),
    ]


def test_programs_acronyms_figures_dates(seed: dict[str, Any]) -> None:
    assert [(p["name"], p["kind"]) for p in seed["programs"]] == [
        (
            "Beyond the Border: A Shared Vision for Perimeter Security and Economic Competitiveness",
            "declaration",
        ),
        ("Project Global Shield", "project"),
        ("U.S.-Canada Joint Border Threat and Risk Assessment", "report"),
    ]
    assert [(a["acronym"], a["expansion"]) for a in seed["acronyms"]] == [
        ("WCO", "World Customs Organization")
    ]
    figures = [
        (f["text"], f["value"], f["unit"], f["qualifier"], f["counted"], f["same_as"])
        for f in seed["figures"]
    ]
    assert figures == [
        ("more than 60", 60, None, "more than", "participating nations", None),
        ("more than 31,000 kilograms", 31000, "kg", "more than", None, None),
        ("31 metric tons", 31, "t", None, None, 1),
    ]
    assert sorted({d["value"] for d in seed["dates"]}) == ["2010", "2011-02-04", "2011-03-10", "2011-06-17"]


def test_every_span_reproduces_its_text(seed: dict[str, Any]) -> None:
    text = SEED.read_text(encoding="utf-8")
    for kind in ("quotes", "figures", "dates"):
        for item in seed[kind]:
            assert text[slice(*item["span"])] == item["text"], (kind, item)
    for person in seed["people"]:
        assert all(text[s:e] in person["name"] for s, e in person["mentions"]), person


@needs_shared
@pytest.mark.parametrize("flag", [[], ["--no-model"]], ids=["model", "rules"])
def test_official_scorer_gives_full_marks(tmp_path, flag: list[str]) -> None:
    pred = tmp_path / "seed.jsonl"
    seed_file = SHARED / "corpus" / "blog-wrapped" / "seed__dhs-2011-06-17.txt"
    out = subprocess.run(
        [sys.executable, "-m", "pressparse", "extract", "--compact", *flag, str(seed_file)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    pred.write_text(out, encoding="utf-8")
    scored = subprocess.run(
        [
            sys.executable,
            str(SHARED / "eval" / "score.py"),
            "--gold",
            str(SHARED / "gold" / "dev"),
            "--pred",
            str(pred),
            "--only-predicted",
            "--json",
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    metrics = json.loads(scored)["metrics"]
    assert {m: r["value"] for m, r in metrics.items() if r["value"] < 1.0} == {}
