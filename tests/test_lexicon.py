"""The lexicon: each word list once, every variant derived from its base, no list copied elsewhere."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import pressparse
from pressparse import lexicon as lx

# (variant, base): every variant holds its base
SUPERSETS = [
    ("DETERMINERS", "ARTICLES"),
    ("DETERMINERS", "POSSESSIVES"),
    ("PROGRAM_DETERMINERS", "DETERMINERS"),
    ("FUNCTION_WORDS", "ARTICLES"),
    ("SMALL_WORDS", "FUNCTION_WORDS"),
    ("STOP_WORDS", "SMALL_WORDS"),
    ("EXPANSION_WORDS", "FUNCTION_WORDS"),
    ("TITLE_SMALL_WORDS", "FUNCTION_WORDS"),
    ("NOT_PLACE_SMALL_WORDS", "FUNCTION_WORDS"),
    ("NAME_CONNECTORS", "CONNECTORS"),
    ("TITLE_CONNECTORS", "CONNECTORS"),
    ("PROGRAM_ORG_WORDS", "ORG_HEADS"),
    ("NAME_ORG_WORDS", "STREET_WORDS"),
    ("NAME_ORG_WORDS", "PLACE_WORDS"),
    ("NOT_NAME", "NAME_ORG_WORDS"),
    ("NAME_ABBREVIATIONS", "TITLE_ABBREVIATIONS"),
    ("DOT_ABBREVIATIONS", "TITLE_ABBREVIATIONS"),
    ("CHUNK_HEADLINE_VERBS", "HEADLINE_VERBS"),
    ("HEADING_BREAK_WORDS", "HEADLINE_VERBS"),
    ("SENTENCE_OPENERS", "CHUNK_HEADLINE_VERBS"),
    ("COUNT_OPENERS", "SENTENCE_OPENERS"),
    ("PROGRAM_ROLE_WORDS", "SPONSOR_ROLES"),
    ("SMALL_WORDS", "PREPOSITIONS"),
    ("PROGRAM_HEADS", "PROGRAM_LOWER_HEADS"),
    ("PROGRAM_HEAD_WORDS", "PROGRAM_HEADS"),
    ("PROGRAM_HEAD_WORDS", "PROGRAM_FRONT_OF_HEADS"),
    ("PROGRAM_HEAD_WORDS", "AWARENESS_HEADS"),
    ("CONTACT_ORG_WORDS", "CONTACT_ORG_HEADS"),
    ("JOB_TITLE_HEADS", "JOB_HEADS"),
    ("CONTACT_JOB_WORDS", "JOB_TITLE_HEADS"),
    ("CONTACT_LINE_JOB_WORDS", "JOB_HEADS"),
]


@pytest.mark.parametrize(("variant", "base"), SUPERSETS)
def test_variant_holds_its_base(variant: str, base: str) -> None:
    assert set(getattr(lx, base)) <= set(getattr(lx, variant))


@pytest.mark.parametrize(
    ("subset", "whole"),
    [
        ({w for w in lx.PROGRAM_ROLE_WORDS if w not in lx.SPONSOR_ROLES}, lx.TITLE_HEADS),
        (set(lx.PLURAL_TITLES), lx.TITLE_HEADS),
        (lx.ATTRIBUTION_ABBREVIATIONS - {a.lower() for a in lx.COMPANY_ABBREVIATIONS}, lx.NAME_ABBREVIATIONS),
        ({a.lower() for a in lx.COMPANY_ABBREVIATIONS}, {s.lower() for s in lx.LEGAL_SUFFIXES}),
        (set(lx.COMPANY_ABBREVIATIONS), set(lx.NAME_WORD_ABBREVIATIONS)),
        ({w.lower() for w in (*lx.MONTHS, *lx.WEEKDAYS)}, lx.NOT_NAME),
        (lx.ORG_FRONT_HEADS - {"secretary"}, lx.ORG_HEADS),
        (
            {m.lower() for m in (*lx.MONTHS, *lx.MONTH_ABBREVIATIONS)} | set(lx.SPANISH_MONTHS),
            set(lx.MONTH_NUMBERS),
        ),
    ],
)
def test_list_within_another(subset: set[str], whole: frozenset[str]) -> None:
    assert subset <= whole, sorted(subset - whole)


def test_kinds_agree_with_program_heads() -> None:
    for word, kind in lx.KIND_OF_NOUN.items():
        assert lx.PROGRAM_HEADS.get(word, kind) == kind, word
    for word, kind in lx.PROGRAM_LOWER_HEADS.items():
        assert lx.PROGRAM_HEADS[word] == kind


def test_contact_org_heads_are_org_heads_or_desk_words() -> None:
    desk = {"desk", "hotline", "newsroom", "relations", "communications", "media", "press"}
    rest = (
        {w.lower() for w in lx.CONTACT_ORG_HEADS}
        - lx.ORG_HEADS
        - desk
        - {w.lower() for w in lx.COMPANY_FORMS}
    )
    assert rest == {"dept", "county", "government", "fund", "house", "products"}


def test_issuer_heads_are_org_heads() -> None:
    assert {w.lower() for w in lx.ISSUER_HEADS} <= lx.ORG_HEADS
    front = {w.lower() for w in lx.ISSUER_FRONT_HEADS} - {"dept.", "embassy", "consulate", "press office"}
    assert front <= lx.ORG_FRONT_HEADS | lx.ORG_HEADS


def test_release_labels_are_label_lines() -> None:
    from pressparse.classify import is_label_line

    for label in (*lx.IMMEDIATE_LABELS, *lx.ADVISORY_LABELS, lx.PLANNING_LABEL):
        assert is_label_line(label.upper()), label
    assert not is_label_line("Immediate action on the release of funds is needed, the mayor said today.")


def test_name_org_words_leave_out_names_of_people() -> None:
    # "Force", "Party", "Union" ... end organisations but also stand in names: not stop words for names
    left_out = lx.ORG_HEADS - lx.NAME_ORG_WORDS
    assert {"force", "party", "union", "sheriff"} <= left_out
    assert not left_out & lx.NAME_ORG_WORDS


def test_month_numbers() -> None:
    assert [lx.MONTH_NUMBERS[m.lower()] for m in lx.MONTHS] == list(range(1, 13))
    assert lx.MONTH_NUMBERS["sept"] == lx.MONTH_NUMBERS["sep"] == lx.MONTH_NUMBERS["setiembre"] == 9
    assert lx.MONTH_NUMBERS["may"] == 5 and "mayo" in lx.MONTH_NUMBERS


def test_lists_are_lower_case_where_matched_case_folded() -> None:
    for name in (
        "ORG_HEADS",
        "TITLE_HEADS",
        "NOT_NAME",
        "SENTENCE_OPENERS",
        "STOP_WORDS",
        "NAME_POSSESSIVES",
    ):
        words = getattr(lx, name)
        assert all(w == w.casefold() for w in words), name


def test_lexicon_is_a_leaf() -> None:
    tree = ast.parse(Path(lx.__file__).read_text(encoding="utf-8"))
    imported = [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)] + [
        a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names
    ]
    assert not [m for m in imported if m.startswith("pressparse")]


def _word_lists() -> Iterator[tuple[str, frozenset[str]]]:
    """Every module-level set, frozenset, tuple or dict of words outside the lexicon, by "module.NAME"."""
    seen = {id(v) for v in vars(lx).values()}  # a list imported from elsewhere is read where it is made
    for info in pkgutil.walk_packages(pressparse.__path__, "pressparse."):
        if info.name == "pressparse.lexicon":
            continue
        try:
            module = importlib.import_module(info.name)
        except ImportError:  # an optional extra (parquet, dask, spaCy) is not installed
            continue
        for name, value in vars(module).items():
            if id(value) in seen or not isinstance(value, (set, frozenset, tuple, dict)):
                continue
            seen.add(id(value))
            if isinstance(value, dict) and not all(isinstance(v, (str, int, float)) for v in value.values()):
                continue  # an index built from a table (word -> languages), not a list of its own
            words = [w for w in value if isinstance(w, str) and re.fullmatch(r"[^\W\d_][\w.&'-]*", w)]
            if len(words) >= 8 and len(words) == len(value):
                yield f"{info.name}.{name}", frozenset(w.casefold() for w in words)


def _copies(lists: list[tuple[str, frozenset[str]]]) -> list[tuple[str, str, int]]:
    """Pairs of lists of two different modules sharing at least six words and half the shorter."""
    out = []
    for i, (a, wa) in enumerate(lists):
        for b, wb in lists[i + 1 :]:
            if a.rsplit(".", 1)[0] == b.rsplit(".", 1)[0]:
                continue  # one module's own lists may share words (the lexicon derives its variants)
            shared = len(wa & wb)
            if shared >= 6 and shared >= 0.5 * min(len(wa), len(wb)):
                out.append((a, b, shared))
    return out


def _lexicon_words(value: object) -> frozenset[str]:
    """The words of a lexicon constant: its items, or the words of every language of a table."""
    if isinstance(value, dict) and all(isinstance(v, frozenset) for v in value.values()):
        return frozenset().union(*value.values())
    if isinstance(value, (frozenset, tuple, dict)):
        return frozenset(w.casefold() for w in value if isinstance(w, str))
    return frozenset()


def test_no_word_list_copied_outside_the_lexicon() -> None:
    lexicon_lists = [
        (f"pressparse.lexicon.{name}", _lexicon_words(v)) for name, v in vars(lx).items() if name.isupper()
    ]
    copies = _copies([*_word_lists(), *lexicon_lists])
    assert not copies, copies


def test_the_copy_check_finds_a_copy() -> None:
    copied = ("pressparse.somewhere.VERBS", frozenset(list(lx.HEADLINE_VERBS)[:10]) | {"grows"})
    own = ("pressparse.lexicon.HEADLINE_VERBS", lx.HEADLINE_VERBS)
    unrelated = (
        "pressparse.other.WORDS",
        frozenset(["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]),
    )
    assert [(a, b) for a, b, _ in _copies([copied, own, unrelated])] == [
        ("pressparse.somewhere.VERBS", "pressparse.lexicon.HEADLINE_VERBS")
    ]
