"""Header stage: decoded text + layout -> headline, release info, dateline, contacts.

Takes the text and its ``Layout``; gives a ``Header`` with the headline (wrapped
lines joined), the release date/time/zone/type/issuer, the dateline that opens the
body and the media contacts, each with its span.

FIRST CUT: only the headline.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pressparse.layout import Layout
from pressparse.models import Contact, Dateline, ReleaseInfo
from pressparse.textspan import Span, collapse


@dataclass(frozen=True)
class Header:
    headline: str | None = None
    headline_span: Span | None = None
    release: ReleaseInfo = field(default_factory=ReleaseInfo)
    dateline: Dateline | None = None
    contacts: tuple[Contact, ...] = ()
    posted: str | None = None


def read_header(text: str, layout: Layout) -> Header:
    """Read the header fields of a segmented document."""
    if not layout.headline:
        return Header()
    span = (layout.headline[0][0], layout.headline[-1][1])
    return Header(headline=collapse(" ".join(text[s:e] for s, e in layout.headline)), headline_span=span)
