"""Tokens: one reading of each region, spans in the input text, shared through the context."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

import pytest

from pressparse.context import Context
from pressparse.decode import decode
from pressparse.extract import EXTRACTORS, run
from pressparse.pipeline import Parser, stage
from pressparse.text.tokens import RegionTokens, TokenMemo, tokenize, words
from pressparse.textspan import paragraphs

# text -> tokens as (text, stop, cap, initial); a "." that ends a sentence is dropped from the
# word before it and marks it ``stop``
TOKENS = [
    ("Sen. John D. Smith said.", [
        ("Sen.", False, False, False), ("John", False, True, False), ("D.", False, False, True),
        ("Smith", False, True, False), ("said", True, False, False),
    ]),
    ("U.S. Attorney O'Neill's office", [
        ("U.S.", False, False, True), ("Attorney", False, True, False),
        ("O'Neill's", False, True, False), ("office", False, False, False),
    ]),
    ("José Peña-Gómez, 34; Дмитрий", [
        ("José", False, True, False), ("Peña-Gómez", False, True, False), (",", False, False, False),
        ("34", False, False, False), (";", True, False, False), ("Дмитрий", False, True, False),
    ]),
    ("Mr. Bedsole (R) left!", [
        ("Mr.", False, False, False), ("Bedsole", False, True, False), ("(", False, False, False),
        ("R", False, False, False), (")", False, False, False), ("left", False, False, False),
        ("!", True, False, False),
    ]),
    # negative: a word in capitals or camel case is not capitalised; white space is no token
    ("the iPhone, USA and DHS's", [
        ("the", False, False, False), ("iPhone", False, False, False), (",", False, False, False),
        ("USA", False, False, False), ("and", False, False, False), ("DHS's", False, False, False),
    ]),
    ("   \n\t  ", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), TOKENS)
def test_tokenize(text: str, expected: list[tuple[str, bool, bool, bool]]) -> None:
    toks = tokenize(text, 0, len(text))
    assert [(t.text, t.stop, t.cap, t.initial) for t in toks] == expected
    for t in toks:  # spans index the text
        assert text[t.start : t.end] == t.text


def test_tokenize_reads_only_its_span() -> None:
    text = "Alpha Beta. Gamma Delta"
    assert [t.text for t in tokenize(text, 6, 17)] == ["Beta", "Gamma"]
    assert tokenize(text, 5, 5) == []


# text -> the words of proper names: punctuation left out, inner dots, hyphens, "&" and
# apostrophes kept, a middle initial and a dotted abbreviation with their dot
WORDS = [
    ("Karl S. Pister met AT&T Inc. in 2010.", ["Karl", "S.", "Pister", "met", "AT&T", "Inc.", "in", "2010"]),
    ("the $5 U.S.-based fund", ["the", "$5", "U.S.-based", "fund"]),
    ("Arts & Lectures, (Smith's)", ["Arts", "&", "Lectures", "Smith's"]),
    # negative: an initial's dot is kept only before a capitalised word; signs are no words
    ("Plan B. then", ["Plan", "B", "then"]),
    ("-- ; ( ) ,", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), WORDS)
def test_words(text: str, expected: list[str]) -> None:
    ws = words(text, 0, len(text))
    assert [w.text for w in ws] == expected
    for w in ws:
        assert text[w.start : w.end] == w.text and w.lower == w.text.lower()


PARAGRAPHED = [
    "Sen. John Smith said.\n\nMs. Jane Doe, Chief of Staff, agreed.\n\n\n  Dr. A. B. Cole (D-N.Y.) left.",
    "First Line\nSecond line.\n \nThird, last U.S. paragraph.",
    "One paragraph only, ending in an abbreviation Inc.",
]


@pytest.mark.parametrize("text", PARAGRAPHED)
def test_a_paragraph_s_tokens_are_the_region_s(text: str) -> None:
    """A paragraph's share of its region's tokens is what tokenising the paragraph alone gives."""
    region = RegionTokens(text, (0, len(text)))
    for para in paragraphs(text, (0, len(text))):
        toks, starts = region.within(para)
        assert toks == tokenize(text, *para)
        assert starts == [t.start for t in toks]


def test_memo_reads_a_region_once() -> None:
    text = "Alpha Beta\n\nGamma"
    memo = TokenMemo(text)
    assert memo((0, 10)) is memo((0, 10))
    assert memo((0, 10)) is not memo((12, 17))
    assert [t.text for t in memo((12, 17)).tokens] == ["Gamma"]


def test_context_shares_tokens_and_chunks_with_the_contexts_it_makes() -> None:
    ctx = Context.for_body("The Justice Assistance Grant Program helps Sen. John Smith.")
    region = ctx.regions[0]
    later = ctx.with_found("people", ())
    assert later.tokens(region) is ctx.tokens(region)
    assert later.chunked is ctx.chunked
    # another text gets its own
    other = Context.for_body("Another text entirely.")
    assert other.tokens(other.regions[0]) is not ctx.tokens(region)


_GOLD = Path(__file__).parent / "gold" / "corpus"


def _docs() -> list[Path]:
    """Six documents of the gold corpus, spread over its folders."""
    files = sorted(_GOLD.glob("*/*.txt"))
    return files[:: max(1, len(files) // 6)][:6]


def test_documents_parsed_alternately_match_parsed_alone(rules_parser: Parser) -> None:
    """No cache assumes one document at a time: two documents whose extractors run interleaved,
    stage by stage, and parsed in turn, give what each gives parsed alone."""
    paths = _docs()
    assert len(paths) >= 2
    alone = [rules_parser.parse_bytes(p.read_bytes(), source=str(p)) for p in paths]
    in_turn = [rules_parser.parse_bytes(p.read_bytes(), source=str(p)) for p in paths + paths][len(paths) :]
    assert [r.model_dump() for r in in_turn] == [r.model_dump() for r in alone]
    # each extractor over every document before the next extractor (the benchmark's order)
    contexts = [stage(decode(p.read_bytes(), str(p))).context() for p in paths]
    for ex in EXTRACTORS:
        contexts = [ctx.with_found(ex.NAME, ex.extract(ctx)) for ctx in contexts]
    for ctx, p in zip(contexts, paths, strict=True):
        one = run(stage(decode(p.read_bytes(), str(p))).context())
        assert {k: list(v) for k, v in ctx.found.items()} == {k: list(v) for k, v in one.found.items()}


def test_a_document_s_shared_reading_goes_with_its_context() -> None:
    """No reference cycle holds a document's tokens and chunks after its context is dropped
    (freed at once, without a garbage-collector pass)."""
    text = "The Justice Assistance Grant Program helps the Office of Justice Programs, Sen. John Smith said."
    gc.disable()
    try:
        ctx = run(Context.for_body(text))
        assert ctx.found["programs"] and ctx.found["people"]
        memo = weakref.ref(ctx.memo) if ctx.memo is not None else None
        assert memo is not None and memo() is not None
        del ctx
        assert memo() is None
    finally:
        gc.enable()
