"""Proper-name chunks: runs of capitalised words that programs and organisations are built from.

Takes a region's words (``text.tokens``); gives ``Chunk`` items, each a run of capitalised words (and
numbers) joined by the small words names contain ("of", "and", "for", "to", "our"), with
the span of every word, so that callers can cut a name out of a chunk by its head noun.
A chunk never crosses punctuation other than hyphens and abbreviation dots, nor a blank
line; sentence-opening words ("The", "Under", "Today") and possessives that are not part
of a name ("Mississippi's", "DHS's") end or open a chunk. Also gives the title-case lines
(headlines, sub-headings) where every word is capitalised and chunks mean little.
``Chunked`` holds a document's title lines and each region's chunks, computed once (the
context's ``ctx.chunked``, shared by programs and organisations).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property

from pressparse.lexicon import (
    DOT_ABBREVIATIONS,
    NAME_CONNECTORS,
    NAME_POSSESSIVES,
    SENTENCE_OPENERS,
)
from pressparse.text.tokens import RegionTokens, TokenMemo, Word
from pressparse.textspan import Span, iter_lines

_YEAR = re.compile(r"(?:19|20)\d\d")
# two sentences on a line: prose, not a heading (a title's dot is not one: "Sen. Carper")
_SENTENCE_BREAK = re.compile(r"\b(?P<w>\w*[a-z])\.\s+[A-Z]")
_LONGEST_HEADING = 2000  # characters; a longer line is prose (and not worth reading word by word)
_VERBISH = ("ed", "ing", "ly")  # participles and adverbs that open sentences
# "the"/"a" inside a name only right after one of these: "Department of the Treasury"
_ARTICLE_AFTER = frozenset({"of", "on", "for", "to", "in"})
_ARTICLES = frozenset({"the"})


@dataclass(frozen=True)
class Chunk:
    words: tuple[Word, ...]

    @property
    def span(self) -> Span:
        return (self.words[0].start, self.words[-1].end)


def joined(text: str, a: Word, b: Word) -> bool:
    """Whether nothing but white space (no blank line) separates two words."""
    gap = text[a.end : b.start]
    return (not gap or gap.isspace()) and gap.count("\n") < 2


def _inner_possessive(w: Word) -> bool:
    return w.possessive and w.stem.lower().rstrip("'’") in NAME_POSSESSIVES


def _name_word(w: Word) -> bool:
    return w.text[0].isupper() or w.text[0].isdigit()


def chunks(text: str, ws: Sequence[Word]) -> tuple[Chunk, ...]:
    """The proper-name chunks of the words ``ws`` of ``text`` (a region's), in order."""
    out: list[Chunk] = []
    n = len(ws)
    j = 0  # the first word after the last chunk
    for i in [i for i, w in enumerate(ws) if _name_word(w) and w.lower not in SENTENCE_OPENERS]:
        if i < j:
            continue
        w = ws[i]
        if i + 1 < n and ws[i + 1].lower in NAME_CONNECTORS and w.lower.endswith(_VERBISH):
            continue  # "Included in the Healthcare Standards": a sentence opener
        cur = [w]
        j = i + 1
        while j < n and joined(text, ws[j - 1], ws[j]):
            prev = ws[j - 1]
            if prev.possessive and not _inner_possessive(prev):
                break
            nxt = ws[j]
            if _name_word(nxt):
                if nxt.lower in SENTENCE_OPENERS:
                    break
                cur.append(nxt)
                j += 1
                continue
            # connectors (and an article after one) only when a name word follows
            k = j
            while k < n and (
                ws[k].lower in NAME_CONNECTORS
                or (ws[k].lower in _ARTICLES and ws[k - 1].lower in _ARTICLE_AFTER)
            ):
                if not joined(text, ws[k - 1], ws[k]):
                    break
                k += 1
            if k == j or k >= n or not _name_word(ws[k]) or not joined(text, ws[k - 1], ws[k]):
                break
            if ws[k].lower in SENTENCE_OPENERS:
                break
            cur.extend(ws[j : k + 1])
            j = k + 1
        out.append(Chunk(tuple(cur)))
    return tuple(out)


def title_lines(text: str, regions: Sequence[RegionTokens]) -> tuple[Span, ...]:
    """Blocks of lines written in title case or capitals (headlines, sub-headings) in ``regions``."""
    out: list[Span] = []
    for region in regions:
        lo, hi = region.span
        region_words = region.words
        starts = [w.start for w in region_words]
        for line in iter_lines(text, lo, hi):
            first, stop = bisect_left(starts, line.start), bisect_left(starts, line.end)
            if line.end - line.start > _LONGEST_HEADING or stop - first < 3:
                continue
            if any(
                m.group("w").lower() not in DOT_ABBREVIATIONS
                for m in _SENTENCE_BREAK.finditer(text, line.start, line.end)
            ):
                continue  # prose
            ws = [w for w in region_words[first:stop] if w.text[0].isalpha()]
            long_ = [w for w in ws if len(w.text) > 3]
            if len(ws) >= 3 and long_ and sum(w.capitalised for w in long_) >= 0.85 * len(long_):
                if (
                    out
                    and text[out[-1][1] : line.start].isspace()
                    and text.count("\n", out[-1][1], line.start) == 1
                ):
                    out[-1] = (out[-1][0], line.end)
                else:
                    out.append((line.start, line.end))
    return tuple(out)


def inside(span: Span, spans: Sequence[Span]) -> bool:
    return any(s <= span[0] and span[1] <= e for s, e in spans)


def split_chunks(region: RegionTokens, blocks: tuple[Span, ...]) -> tuple[Chunk, ...]:
    """The chunks of ``region``, each split where it enters or leaves one of ``blocks`` (a
    heading above a sentence)."""
    return tuple(part for chunk in chunks(region.text, region.words) for part in _split_at(chunk, blocks))


class Chunked:
    """A document's title lines and the chunks of each of its regions split at them, each
    computed once (programs and organisations read the same): the context keeps one."""

    def __init__(self, text: str, regions: tuple[Span, ...], tokens: Callable[[Span], RegionTokens]) -> None:
        self.text = text
        self.tokens = tokens
        self.regions = regions
        self._chunks: dict[Span, tuple[Chunk, ...]] = {}

    @classmethod
    def of(cls, text: str, regions: tuple[Span, ...]) -> Chunked:
        """The chunks of ``regions`` of ``text``, tokenised afresh (outside a context)."""
        return cls(text, regions, TokenMemo(text))

    @cached_property
    def titles(self) -> tuple[Span, ...]:
        """The title lines of every region (``title_lines``)."""
        return title_lines(self.text, [self.tokens(r) for r in self.regions])

    def chunks(self, region: Span) -> tuple[Chunk, ...]:
        """The chunks of ``region``, split at the title lines."""
        got = self._chunks.get(region)
        if got is None:
            got = self._chunks[region] = split_chunks(self.tokens(region), self.titles)
        return got


def _split_at(chunk: Chunk, blocks: tuple[Span, ...]) -> list[Chunk]:
    first, last = chunk.words[0].start, chunk.words[-1].end
    if not any(s < last and first < e for s, e in blocks):
        return [chunk]

    def block_of(w: Word) -> int:
        return next((i for i, (s, e) in enumerate(blocks) if s <= w.start < e), -1)

    out: list[list[Word]] = []
    for w in chunk.words:
        if out and block_of(out[-1][-1]) == block_of(w):
            out[-1].append(w)
        else:
            out.append([w])
    return [Chunk(tuple(p)) for p in out]


def is_year(w: Word) -> bool:
    return bool(_YEAR.fullmatch(w.text))
