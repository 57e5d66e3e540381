"""People extractor: every person named, by fullest name, with title.

Takes a ``Context``; gives a tuple of ``Person`` items with spans into the decoded input.

FIRST CUT: finds nothing yet.
"""

from __future__ import annotations

from pressparse.context import Context
from pressparse.models import Person


def extract(ctx: Context) -> tuple[Person, ...]:
    """Find every person in the release's text."""
    return ()
