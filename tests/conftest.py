"""Shared fixtures: the rules-only and model parsers (each built once) and paths to ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

from pressparse.pipeline import Parser

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SAMPLES = ROOT / "samples"
SEED = SAMPLES / "dhs-2011-06-17.txt"

CORPUS_FOLDERS = (
    "blog-wrapped",
    "doj-opa",
    "doj-opa-fullpage",
    "prosecutor-releases",
    "newsworthy-wires",
    "grimmer-senate",
    "grimmer-senate-flattened",
)

# a hang guard, not a speed test: the long-run tests feed 100,000-600,000 characters, where a
# quadratic scan takes minutes; a linear one well under a second, even on a loaded machine
LINEAR_SECONDS = 10.0

needs_shared = pytest.mark.skipif(
    not (SHARED / "gold").is_dir(), reason="../shared is absent: no gold to score"
)


@pytest.fixture(scope="session")
def rules_parser() -> Parser:
    return Parser(use_model=False)


@pytest.fixture(scope="session")
def model_parser() -> Parser:
    parser = Parser(use_model=True)
    assert parser.nlp is not None, "the English model is a declared dependency and must load"
    return parser
