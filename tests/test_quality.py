"""The quality gate: the official scorer over the gold sets, against floors.

Floors only ever go up (raise one when a change passes it by a margin; never lower one).

Two tiers:
- the project's own gold (``tests/gold``), which runs on a fresh clone: ``gold-dev`` (first
  corpus families), ``gold-world`` (issuers of other kinds and countries), ``gold-shapes``
  (written documents in the shapes of issuers no corpus folder holds), ``gold-doj-fullpage``
  and ``gold-blog`` (labels from page markup). Texts travel in ``tests/gold/corpus`` where their
  terms allow; labels of other texts are scored only when ``../shared`` is present.
- ``../shared``'s sets, run as extra checks when it is present.

Layout fields (headline, dates, dateline, contacts, body, noise) do not depend on the model and
are gated in rules-only mode; the extractors are gated in both modes.
"""

from __future__ import annotations

import sys
from functools import cache
from typing import Any

import pytest

from tests.conftest import ROOT, SHARED, needs_shared

sys.path.insert(0, str(ROOT / "scripts"))
from evaluate import score_set

# the issues' floors, raised where the pipeline passed them by a margin (never lowered)
LAYOUT = {
    "headline": 0.96,
    "release_date": 0.96,
    "dateline": 0.96,
    "contact_phones": 0.96,
    "contact_emails": 0.96,
    "body_start": 0.92,
    "body_end": 0.92,
    "noise_kept_out": 0.99,
    "records": 1.00,
}
DOJ = {**LAYOUT, "headline": 0.97, "release_date": 0.99, "body_start": 0.91, "body_end": 0.97}
EXTRACTORS = {
    "quotes": 0.98,
    "quote_with_speaker": 0.91,
    "people": 0.90,
    "people_title": 0.88,
    "figures": 0.95,
    "dates": 0.95,
    "programs": 0.93,
    "acronyms": 0.95,
}
# the project's own gold: floors set from the first measured run (never lowered)
GOLD_DEV = {**LAYOUT, **EXTRACTORS, "body_start": 0.93, "body_end": 0.93, "people": 0.93}
# issuers of other kinds and countries: the first measured run of the redesigned layout, a small
# margin below it. The set holds 50 documents where ../shared is present, only the 18 whose texts
# may be copied (congressional pages, FOMC statements) on a fresh clone: two sets, two floors.
GOLD_WORLD_ALL = {
    "records": 1.00,
    "headline": 0.90,
    "release_date": 0.88,
    "dateline": 0.90,
    "contact_phones": 0.95,
    "contact_emails": 0.95,
    "contact_names": 0.95,
    "body_start": 0.90,
    "body_end": 0.92,
    "noise_kept_out": 0.99,
    "quotes": 0.95,
    "quote_with_speaker": 0.92,
    "people": 0.95,
    "people_title": 0.91,
    "figures": 0.97,
    "dates": 0.95,
    "programs": 0.84,
    "acronyms": 0.96,
}
GOLD_WORLD_COPYABLE = {
    "records": 1.00,
    "headline": 0.97,
    "release_date": 0.92,
    "dateline": 0.87,
    "body_start": 0.92,
    "body_end": 0.87,
    "noise_kept_out": 0.99,
    "quotes": 0.95,
    "quote_with_speaker": 0.91,
    "people": 0.96,
    "people_title": 0.97,
    "figures": 0.97,
    "dates": 0.96,
    "programs": 0.78,
}
# written documents in the page shapes of issuers no corpus folder holds (every text travels
# with the project): labelled blind, then read while building this round, so optimistic
GOLD_SHAPES = {
    "records": 1.00,
    "headline": 0.95,
    "release_date": 0.95,
    "dateline": 0.95,
    "contact_phones": 0.95,
    "contact_emails": 0.95,
    "contact_names": 0.92,
    "body_start": 0.90,
    "body_end": 0.95,
    "noise_kept_out": 0.98,
    "quotes": 0.94,
    "quote_with_speaker": 0.94,
    "people": 0.95,
    "people_title": 0.91,
    "figures": 0.95,
    "dates": 0.95,
    "programs": 0.75,
    "acronyms": 0.88,
}
GOLD_WORLD = GOLD_WORLD_ALL if (SHARED / "corpus").is_dir() else GOLD_WORLD_COPYABLE
GOLD_DOJ = {**DOJ, "headline": 0.97, "body_start": 0.91}
# (set, mode) -> {metric: floor}; a metric a set does not label is not gated there
FRESH: dict[tuple[str, str], dict[str, float]] = {
    ("gold-dev", "rules"): GOLD_DEV,
    ("gold-dev", "model"): EXTRACTORS,
    ("gold-world", "rules"): GOLD_WORLD,
    ("gold-shapes", "rules"): GOLD_SHAPES,
    ("gold-doj-fullpage", "rules"): GOLD_DOJ,
    ("gold-blog", "rules"): LAYOUT,
}
SHARED_FLOORS: dict[tuple[str, str], dict[str, float]] = {
    ("dev", "rules"): {**LAYOUT, **EXTRACTORS},
    ("dev", "model"): EXTRACTORS,
    ("auto-doj-opa", "rules"): DOJ,
    ("auto-doj-opa-fullpage", "rules"): DOJ,
    ("auto-blog-wrapped", "rules"): LAYOUT,
}


@cache
def metrics(gold_set: str, mode: str) -> dict[str, dict[str, Any]]:
    return score_set(gold_set, use_model=mode == "model")


def _cases(floors: dict[tuple[str, str], dict[str, float]]) -> list[Any]:
    return [
        pytest.param(s, m, metric, floor, id=f"{s}-{m}-{metric}")
        for (s, m), by_metric in floors.items()
        for metric, floor in by_metric.items()
    ]


def _check(gold_set: str, mode: str, metric: str, floor: float) -> None:
    rows = metrics(gold_set, mode)
    if metric not in rows:
        pytest.skip(f"{gold_set} does not label {metric} in the documents readable here")
    assert rows[metric]["value"] >= floor, (
        f"{gold_set} ({mode}) {metric} {rows[metric]['value']:.3f} < floor {floor}"
    )


@pytest.mark.parametrize(("gold_set", "mode", "metric", "floor"), _cases(FRESH))
def test_project_floor(gold_set: str, mode: str, metric: str, floor: float) -> None:
    _check(gold_set, mode, metric, floor)


@needs_shared
@pytest.mark.parametrize(("gold_set", "mode", "metric", "floor"), _cases(SHARED_FLOORS))
def test_shared_floor(gold_set: str, mode: str, metric: str, floor: float) -> None:
    _check(gold_set, mode, metric, floor)


def test_fresh_clone_gold_is_scored() -> None:
    """The project's gold has texts of its own: the gate never depends on ../shared alone."""
    for name in ("gold-dev", "gold-doj-fullpage", "gold-blog"):
        assert metrics(name, "rules"), f"{name} has no readable document"


@needs_shared
def test_scorer_copy_is_the_official_one() -> None:
    """tests/gold/score.py is a verbatim copy of ../shared/eval/score.py."""
    official = (SHARED / "eval" / "score.py").read_bytes()
    assert (ROOT / "tests" / "gold" / "score.py").read_bytes() == official
