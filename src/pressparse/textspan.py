"""Span helpers over the immutable decoded text.

Takes the text and offsets; gives lines and paragraphs as ``(start, end)`` spans,
whitespace-collapsed views and an indexed set of spans. Nothing here rewrites the
text: every function returns offsets into the string it was given.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from typing import NamedTuple

Span = tuple[int, int]

_LINE = re.compile(r"([^\r\n]*)(?:\r\n|\r|\n|$)")
_WS = re.compile(r"\s+")


class Line(NamedTuple):
    """One line: ``start``/``end`` exclude the line break (a named tuple: a document has thousands)."""

    start: int
    end: int
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()


def iter_lines(text: str, start: int = 0, end: int | None = None) -> Iterator[Line]:
    """Every line of ``text[start:end]`` with absolute offsets (CRLF, CR and LF breaks)."""
    stop = len(text) if end is None else end
    new = tuple.__new__
    for m in _LINE.finditer(text, start, stop):
        s, e = m.span(1)
        if s == m.end():
            break
        yield new(Line, (s, e, m.group(1)))
        if m.end() >= stop:
            break


def strip_span(text: str, span: Span) -> Span:
    """Shrink a span so that it starts and ends on non-space characters."""
    s, e = span
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def collapse(s: str) -> str:
    """Collapse runs of white space to one space and strip."""
    return _WS.sub(" ", s).strip()


def paragraphs(text: str, span: Span) -> list[Span]:
    """Paragraphs in ``span``: runs of non-blank lines; a line indented after a blank run opens one too."""
    out: list[Span] = []
    cur: list[Line] = []
    for line in iter_lines(text, *span):
        if line.blank:
            if cur:
                out.append((cur[0].start, cur[-1].end))
                cur = []
            continue
        cur.append(line)
    if cur:
        out.append((cur[0].start, cur[-1].end))
    return [strip_span(text, p) for p in out]


class SpanIndex:
    """A growing set of spans with an O(log n) overlap test (kept sorted and merged)."""

    def __init__(self, spans: Iterable[Span] = ()):
        self._starts: list[int] = []
        self._ends: list[int] = []
        for s, e in spans:
            self.add(s, e)

    def add(self, s: int, e: int) -> None:
        """Add ``[s, e)``, merging it with the spans it overlaps."""
        i = bisect_left(self._starts, s)
        if i and self._ends[i - 1] > s:
            i -= 1
            s, e = self._starts[i], max(e, self._ends[i])
            del self._starts[i], self._ends[i]
        while i < len(self._starts) and self._starts[i] < e:
            e = max(e, self._ends[i])
            del self._starts[i], self._ends[i]
        self._starts.insert(i, s)
        self._ends.insert(i, e)

    def overlaps(self, s: int, e: int) -> bool:
        """Whether ``[s, e)`` shares a character with a span of the set."""
        i = bisect_left(self._starts, e)
        return i > 0 and self._ends[i - 1] > s
