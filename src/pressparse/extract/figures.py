"""Figure extractor: amounts with units, qualifiers, ranges and counted nouns.

Takes a ``Context``; gives a tuple of ``Figure`` items with spans into the decoded input.

FIRST CUT: finds nothing yet.
"""

from __future__ import annotations

from pressparse.context import Context
from pressparse.models import Figure


def extract(ctx: Context) -> tuple[Figure, ...]:
    """Find every figure in the release's text."""
    return ()
