"""Date extractor: calendar dates resolved against the release date.

Takes a ``Context``; gives a tuple of ``DateMention`` items with spans into the decoded input.

FIRST CUT: finds nothing yet.
"""

from __future__ import annotations

from pressparse.context import Context
from pressparse.models import DateMention


def extract(ctx: Context) -> tuple[DateMention, ...]:
    """Find every datemention in the release's text."""
    return ()
