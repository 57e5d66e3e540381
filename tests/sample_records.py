"""A record of the seed sample built by hand (spans found in its text), for the tests of the
views of records (show, table) that must not depend on the extractors' quality."""

from __future__ import annotations

from pressparse.decode import decode
from pressparse.models import (
    Contact,
    Dateline,
    DateMention,
    Figure,
    Person,
    Program,
    Quote,
    Release,
    ReleaseInfo,
    Speaker,
    Wrapper,
)

from .conftest import SEED

SEED_DOC = decode(SEED.read_bytes(), str(SEED))
SEED_TEXT = SEED_DOC.text
HEADLINE = "Canadian-American Homeland Security Collaboration"
QUOTE_STARTS = (
    "The United States and Canada have a long",
    "We will continue to work with our Canadian",
    "Canada is committed to improving our shared border",
)


def span(s: str, nth: int = 0, text: str = SEED_TEXT) -> tuple[int, int]:
    """The span of the ``nth`` occurrence of ``s`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(s, start + 1)
    return start, start + len(s)


def _quote_span(opening: str) -> tuple[int, int]:
    """From ``opening`` to the character before the next closing curly quote."""
    start = span(opening)[0]
    return start, SEED_TEXT.index("\u201d", start)


def _quote(opening: str, name: str, title: str, mention: str, nth: int) -> Quote:
    s, e = _quote_span(opening)
    speaker = Speaker(name=name, title=title, mention=mention, span=span(mention, nth))
    return Quote(text=SEED_TEXT[s:e], span=(s, e), speaker=speaker, cue="said")


def seed_release() -> Release:
    """The seed sample's record as the guidelines want it (a subset of the fields, exact spans)."""
    body = (span("WASHINGTON—")[0], span("along the shared border.")[1])
    napolitano = ("Janet Napolitano", "Secretary of Homeland Security")
    toews = ("Vic Toews", "Canadian Public Safety Minister")
    return Release(
        source=SEED_DOC.source,
        wrapper=Wrapper(platform="blogger", posted="2011-06-18", span=span("Saturday, June 18, 2011")),
        headline=HEADLINE,
        release=ReleaseInfo(
            date="2011-06-17",
            time="07:00:00",
            timezone="EDT",
            type="immediate",
            issuer="Office of the Press Secretary",
            date_span=span("06/17/2011 07:00 AM EDT"),
            type_span=span("For Immediate Release"),
            issuer_span=span("Office of the Press Secretary"),
        ),
        dateline=Dateline(location="WASHINGTON", span=span("WASHINGTON")),
        contacts=[Contact(phones=["202-282-8010"], span=span("Contact: 202-282-8010"))],
        body=SEED_TEXT[body[0] : body[1]],
        spans={"headline": span(HEADLINE), "body": body},
        quotes=[
            _quote(QUOTE_STARTS[0], *napolitano, "Secretary Napolitano", 0),
            _quote(QUOTE_STARTS[1], *napolitano, "Secretary Napolitano", 0),
            _quote(QUOTE_STARTS[2], *toews, "Minister Toews", 0),
        ],
        people=[
            Person(name="Janet Napolitano", title=napolitano[1], span=span("Janet Napolitano")),
            Person(name="Vic Toews", title=toews[1], span=span("Vic Toews"), mentions=[span("Toews", 2)]),
            Person(name="Barack Obama", title="President", span=span("Barack Obama")),
            Person(name="Stephen Harper", title="Prime Minister", span=span("Stephen Harper")),
        ],
        programs=[
            Program(name="Project Global Shield", kind="project", span=span("Project Global Shield")),
        ],
        figures=[
            Figure(
                text="more than 31,000 kilograms",
                span=span("more than 31,000 kilograms"),
                value=31000.0,
                unit="kg",
                qualifier="more than",
                kind="measure",
                normalized=31000.0,
                normalized_unit="kg",
            ),
            Figure(
                text="31 metric tons",
                span=span("31 metric tons"),
                value=31.0,
                unit="t",
                kind="measure",
                same_as=0,
            ),
        ],
        dates=[
            DateMention(
                text="February 4, 2011", span=span("February 4, 2011"), value="2011-02-04", granularity="day"
            ),
            DateMention(text="2010", span=span("2010"), value="2010", granularity="year"),
        ],
    )
