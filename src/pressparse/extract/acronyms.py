"""Acronym extractor: acronym/expansion pairs the release defines.

Takes a ``Context``; gives a tuple of ``Acronym`` items with spans into the decoded input.

FIRST CUT: finds nothing yet.
"""

from __future__ import annotations

from pressparse.context import Context
from pressparse.models import Acronym


def extract(ctx: Context) -> tuple[Acronym, ...]:
    """Find every acronym in the release's text."""
    return ()
