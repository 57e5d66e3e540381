"""The pipeline over invisible characters: the stages read the plain view, spans index the input."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest

from pressparse.context import Staged, stage
from pressparse.decode import LINE_BREAKS, SPACES, ZERO_WIDTH, from_text, reading_view
from pressparse.header import Header
from pressparse.layout import Layout
from pressparse.pipeline import Parser
from pressparse.textspan import collapse

from .conftest import SEED
from .spancheck import record_errors

TEXT = SEED.read_text(encoding="utf-8")


def _summary(record: dict[str, Any]) -> dict[str, Any]:
    return {
        "headline": record["headline"],
        "date": record["release"]["date"],
        "posted": record["wrapper"]["posted"],
        "quotes": [(collapse(q["text"]), (q["speaker"] or {}).get("name")) for q in record["quotes"]],
        "people": [p["name"] for p in record["people"]],
        "figures": [(f["value"], f["unit"]) for f in record["figures"]],
        "dates": [d["value"] for d in record["dates"]],
    }


def _no_break_header(text: str) -> str:
    """The blog's date header with no-break spaces: ``Saturday,\u00a0June\u00a018,\u00a02011``."""
    first, rest = text.split("\n", 1)
    return first.replace(" ", "\u00a0") + "\n" + rest


def _zero_width_after_words(text: str) -> str:
    """A zero-width space after every word of the body, as pasted from some web pages: ``said\u200b
    Secretary``. (The view reads two spaces there; the header's date and time and the blog's
    "No comments" take one, so the page around the body is left alone here.)"""
    head, body = text.split("WASHINGTON", 1)
    body, tail = body.split("###", 1)
    return head + "WASHINGTON" + re.sub(r"(?<=\w) ", "\u200b ", body) + "###" + tail


VARIANTS: dict[str, Callable[[str], str]] = {
    "no-break spaces in the blog header": _no_break_header,
    "line breaks written as U+2028": lambda t: t.replace("\n", "\u2028"),
    "line breaks written as NEL": lambda t: t.replace("\n", "\x85"),
    "line breaks written as vertical tabs": lambda t: t.replace("\n", "\x0b"),
    "zero-width spaces after words": _zero_width_after_words,
    "zero-width spaces for spaces": lambda t: t.replace(" ", "\u200b"),
    "no-break spaces between words": lambda t: t.replace(" ", "\u00a0"),
}


@pytest.mark.parametrize("variant", VARIANTS, ids=list(VARIANTS))
def test_invisible_characters_read_as_the_space_or_break_they_are(rules_parser: Parser, variant: str) -> None:
    text = VARIANTS[variant](TEXT)
    assert text != TEXT
    plain = rules_parser.parse(TEXT).model_dump(mode="json")
    record = rules_parser.parse(text).model_dump(mode="json")
    assert _summary(record) == _summary(plain)
    assert record["quotes"] and record["people"] and record["figures"]
    assert record_errors(record, text) == []
    body = record["spans"]["body"]
    assert record["body"] == text[body[0] : body[1]], "the body is the input's own characters"


def test_the_view_is_the_text_character_for_character() -> None:
    text = "a\u00a0b\u200bc\u2028d\x85e" + SPACES + ZERO_WIDTH + LINE_BREAKS + "\r\nf"
    view = reading_view(text)
    assert len(view) == len(text)
    assert view.startswith("a b c\nd\ne")
    assert set(view[9:]) <= {" ", "\n", "\r", "f"}
    assert from_text(text).view == view
    assert from_text("plain").view == "plain"


# (headline span, body, about) -> the region the model reads: from the headline to the about
REGIONS = [
    ((0, 8), (10, 40), (42, 60), (0, 60)),
    (None, (10, 40), None, (10, 40)),
    ((0, 8), (10, 40), (50, 50), (0, 40)),  # an empty about is no part
    (None, (0, 0), None, (0, 0)),  # nothing to read
]


@pytest.mark.parametrize(("headline", "body", "about", "region"), REGIONS)
def test_the_model_reads_headline_to_about(
    headline: tuple[int, int] | None,
    body: tuple[int, int],
    about: tuple[int, int] | None,
    region: tuple[int, int],
) -> None:
    doc = from_text("x" * 60)
    assert Staged(doc, Layout(body=body, about=about), Header(headline_span=headline)).region == region


def test_stage_gives_the_context_the_extractors_read() -> None:
    staged = stage(from_text(TEXT))
    ctx = staged.context()
    assert (ctx.text, ctx.layout, ctx.header) == (staged.doc.view, staged.layout, staged.header)
    assert ctx.analysis.span == staged.region and ctx.found == {}
    assert ctx.header.headline == "Canadian-American Homeland Security Collaboration"


def test_figures_past_the_cap_are_said_in_a_warning() -> None:
    from pressparse.extract.figures import MAX_FIGURES
    from pressparse.pipeline import Parser

    text = "Agency Announces Funding\n\nWASHINGTON - The agency will spend " + "about $1 million, " * (
        MAX_FIGURES + 10
    )
    record = Parser().parse(text + "in total.\n")
    assert len(record.figures) == MAX_FIGURES
    assert any(w.startswith("figures:") for w in record.warnings)
    assert not any(w.startswith("figures:") for w in Parser().parse("A $5 fee.\n").warnings)


def test_parse_with_layout_gives_the_same_record_as_parse() -> None:
    from pressparse.decode import decode
    from pressparse.pipeline import Parser

    from .conftest import SEED

    parser = Parser()
    doc = decode(SEED.read_bytes(), str(SEED))
    record, layout = parser.parse_with_layout(doc)
    assert record == parser.parse_decoded(doc)
    assert record.provenance is not None and layout.roles
