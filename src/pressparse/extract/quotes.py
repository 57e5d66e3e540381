"""Quote extractor: direct quotations with their resolved speakers.

Takes a ``Context`` and the people already found; gives a tuple of ``Quote`` items
with spans into the decoded input.

FIRST CUT: finds nothing yet.
"""

from __future__ import annotations

from pressparse.context import Context
from pressparse.models import Person, Quote


def extract(ctx: Context, people: tuple[Person, ...]) -> tuple[Quote, ...]:
    """Find every direct quotation and its speaker."""
    return ()
