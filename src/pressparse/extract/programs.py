"""Program extractor: named programs, initiatives, operations, laws, reports.

Takes a ``Context``; gives a tuple of ``Program`` items with spans into the decoded input.

FIRST CUT: finds nothing yet.
"""

from __future__ import annotations

from pressparse.context import Context
from pressparse.models import Program


def extract(ctx: Context) -> tuple[Program, ...]:
    """Find every program in the release's text."""
    return ()
