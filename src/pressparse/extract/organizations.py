"""Organisation extractor: agencies, offices, companies named in the release.

Takes a ``Context``; gives a tuple of ``Organization`` items with spans into the decoded input.

FIRST CUT: finds nothing yet.
"""

from __future__ import annotations

from pressparse.context import Context
from pressparse.models import Acronym, Organization


def extract(ctx: Context, acronyms: tuple[Acronym, ...] = ()) -> tuple[Organization, ...]:
    """Find every organization in the release's text."""
    return ()
