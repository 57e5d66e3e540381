"""Layout stage: decoded text -> where the release sits inside the page.

Takes the decoded text; gives a ``Layout`` of spans: the noise lines around the
release (blog and site chrome, end marks, page metadata), the header (headline,
date lines, release type, contacts), the body, the "About X" paragraph and the
trailing contact block, plus the wrapper (blog platform and post date).

FIRST CUT: the headline is the first non-blank line and everything after it is body.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pressparse.textspan import Span, iter_lines, strip_span


@dataclass(frozen=True)
class Layout:
    """Spans of the parts of one document (offsets into the decoded text)."""

    headline: tuple[Span, ...] = ()
    header: Span | None = None
    body: Span = (0, 0)
    about: Span | None = None
    trailer: Span | None = None
    noise: tuple[Span, ...] = ()
    platform: str | None = None
    posted: Span | None = None
    found: bool = True
    warnings: tuple[str, ...] = field(default_factory=tuple)


def segment(text: str) -> Layout:
    """Find the headline, header, body, about and noise of one document."""
    lines = [ln for ln in iter_lines(text) if not ln.blank]
    if not lines:
        return Layout(found=False, warnings=("no text in the document",))
    first = lines[0]
    body = strip_span(text, (first.end, len(text)))
    return Layout(headline=((first.start, first.end),), header=None, body=body)
