"""The tokens of the text: one reading of each region, shared by the name and chunk rules.

Takes the text and a span; gives typed tokens whose spans index the text, in two grains:

- ``Token`` (``tokenize``): every word, number and sign, with the features the person-name rules
  read: ``stop`` (a sentence ends right after it; its closing dot is dropped from the token),
  ``head`` (case-folded, dot dropped), ``cap`` (a capitalised word, "'s" aside), ``initial``
  ("D.", "M.R.C."). An acronym with dots ("U.S.") is one token; so is a hyphenated word.
- ``Word`` (``words``): the words of proper names (``chunks``), punctuation left out: a word
  keeps its inner dots, hyphens, ampersands and apostrophes ("U.S.-based", "AT&T", "Smith's"),
  a dotted abbreviation and a middle initial before a capitalised word keep their final dot.

``RegionTokens`` holds one region's tokens and words, each read when first asked for, and the
tokens of any paragraph inside it (``within``); ``TokenMemo`` gives a document's regions, each
read once (the ``Context`` keeps one: ``ctx.tokens(region)``). Letters are Unicode: ``UPPER`` and
``LOWER`` are the classes of ``str.isupper``/``str.islower`` over the BMP, ``LETTER`` any letter.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import cached_property, lru_cache
from typing import NamedTuple

from pressparse.lexicon import NAME_ABBREVIATIONS, NAME_SUFFIXES, NAME_WORD_ABBREVIATIONS
from pressparse.textspan import Span


def _char_class(pred: Callable[[str], bool]) -> str:
    """The body of a regex character class holding every BMP character for which ``pred`` holds."""
    ranges: list[str] = []
    start: int | None = None
    for c in range(0x10001):
        ok = c < 0x10000 and pred(chr(c))
        if ok and start is None:
            start = c
        elif not ok and start is not None:
            a, b = re.escape(chr(start)), re.escape(chr(c - 1))
            ranges.append(a if start == c - 1 else f"{a}-{b}")
            start = None
    return "".join(ranges)


UPPER = _char_class(str.isupper)  # an upper-case letter of any script: f"[{UPPER}]"
LOWER = _char_class(str.islower)  # a lower-case letter of any script: f"[{LOWER}]"
LETTER = r"[^\W\d_]"
_U, _LO = f"[{UPPER}]", f"[{LOWER}]"
_APOS = "['’]"

# one token: an acronym with dots (U.S.), a word (with a dot kept for now), a number, a sign
_TOKEN = re.compile(
    rf"(?:{_U}\.){{2,}}|{LETTER}(?:{LETTER}|{_APOS})*(?:-{LETTER}(?:{LETTER}|{_APOS})*)*\.?|\d+|[^\w\s]|_"
)
# a capitalised word: "Peña", "McDonald", "O'Neill", "DeLeon", "Boakye-Agyemang" (not "USA", "iPhone")
# a glottal stop inside a word, not a contraction: Hawaiian "Kaiali'i", "Kaialiʻi" (not "Don't")
_GLOTTAL = rf"(?:['’ʻ](?!(?:t|s|d|m|re|ve|ll)\b){_LO}+)*"
CAP = re.compile(rf"{_U}(?:{_LO}+{_GLOTTAL}|{_APOS}{_U}{_LO}*)(?:{_U}{_LO}+)*(?:-{_U}{_LO}+)*")
ACRONYM = re.compile(rf"(?:{_U}\.){{2,}}|{_U}{{2,5}}")
INITIAL = re.compile(rf"{_U}\.")
_INITIALS = re.compile(rf"(?:{_U}\.){{1,3}}")  # "D." or "M.R.C." in a name
POSSESSIVES = ("'s", "’s")
STOP_MARKS = frozenset(".!?;:")  # tokens that end a sentence

_WORD_ENDS = r"(?=[&.\-]*(?![\w’'&.\-]))"
# letters are Unicode ([^\W\d_]); a middle initial (a capital) before a capitalised word keeps its
# dot ("Karl S. Pister"), and so does a lone "&" ("Arts & Lectures"), a connector
_WORD = re.compile(
    rf"(?:[^\W\d_]\.)+[^\W\d_]\.{_WORD_ENDS}|(?:{'|'.join(NAME_WORD_ABBREVIATIONS)})\.{_WORD_ENDS}"
    r"|(?:[^\W_]|\$)[\w’'&.\-]*[\w’']|[A-Z]\.(?=[ \t]{1,4}[A-Z][a-z])|[^\W_]|&(?=\s)"
)
_POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’")


class Token(NamedTuple):
    """One token with the features the rules read: ``stop`` (a sentence ends right after it),
    ``head`` (case-folded, dot dropped), ``cap`` (a capitalised word, "'s" aside), ``initial`` ("D.")."""

    start: int
    end: int
    text: str
    stop: bool
    head: str
    cap: bool
    initial: bool


class Word(NamedTuple):
    """A word, its span and its lower case (a named tuple: a megabyte of text holds ~170,000)."""

    start: int
    end: int
    text: str
    lower: str

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def number(self) -> bool:
        return self.text[:1].isdigit()

    @property
    def possessive(self) -> bool:
        return len(self.text) > 2 and self.text.endswith(_POSSESSIVE_ENDS)

    @property
    def stem(self) -> str:
        """The word without a possessive ending."""
        return self.text[:-2] if self.possessive else self.text


def strip_possessive(s: str) -> str:
    """The word without a closing "'s"."""
    return s[:-2] if s.endswith(POSSESSIVES) else s


def _ends_sentence(word: str) -> bool:
    """The dot closing ``word`` ends a sentence: it closes no acronym, abbreviation, initial or suffix."""
    bare = word[:-1]
    return (
        len(word) > 1
        and not ACRONYM.fullmatch(word)
        and bare.casefold() not in NAME_ABBREVIATIONS
        and not INITIAL.fullmatch(word)
        and bare not in NAME_SUFFIXES
    )


@lru_cache(maxsize=1 << 14)
def _shape(word: str) -> tuple[int, tuple[str, bool, str, bool, bool]]:
    """A matched word as a token, computed once per distinct word (of any document): the
    characters its end drops (a sentence's closing dot) and its (text, stop, head, cap, initial)."""
    cut = 1 if word[-1] == "." and _ends_sentence(word) else 0
    text = word[:-1] if cut else word
    upper = text[0].isupper()
    cap = upper and CAP.fullmatch(strip_possessive(text)) is not None
    initial = _INITIALS.fullmatch(text) is not None
    return cut, (text, bool(cut) or text in STOP_MARKS, text.casefold().rstrip("."), cap, initial)


def tokenize(text: str, start: int, end: int) -> list[Token]:
    """Tokens of ``text[start:end]``; a word's dot is kept only on abbreviations and initials."""
    new, shape = tuple.__new__, _shape
    out: list[Token] = []
    for m in _TOKEN.finditer(text, start, end):
        cut, rest = shape(m.group())
        s, e = m.span()
        out.append(new(Token, (s, e - cut, *rest)))
    return out


def words(text: str, start: int, end: int) -> list[Word]:
    """Every word of ``text[start:end]``; a dotted abbreviation keeps its final dot (``U.S.``)."""
    new = tuple.__new__
    return [
        new(Word, (*m.span(), w, w.lower())) for m in _WORD.finditer(text, start, end) for w in (m.group(),)
    ]


class RegionTokens:
    """One region's tokens and words, each read once, when first asked for."""

    def __init__(self, text: str, span: Span) -> None:
        self.text = text
        self.span = span

    @cached_property
    def tokens(self) -> list[Token]:
        return tokenize(self.text, *self.span)

    @cached_property
    def starts(self) -> list[int]:
        """Where each token starts (to find a paragraph's tokens by bisection)."""
        return [t.start for t in self.tokens]

    @cached_property
    def words(self) -> tuple[Word, ...]:
        return tuple(words(self.text, *self.span))

    def within(self, span: Span) -> tuple[list[Token], list[int]]:
        """The tokens of a paragraph of the region and their starts: the region's tokens that start
        in ``span`` (a token never crosses white space, and a paragraph is cut at white space)."""
        a, b = bisect_left(self.starts, span[0]), bisect_left(self.starts, span[1])
        return self.tokens[a:b], self.starts[a:b]


class TokenMemo:
    """A document's regions, each tokenised once (``memo(span)``); one per text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._regions: dict[Span, RegionTokens] = {}

    def __call__(self, span: Span) -> RegionTokens:
        got = self._regions.get(span)
        if got is None:
            got = self._regions[span] = RegionTokens(self.text, span)
        return got
