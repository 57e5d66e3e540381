"""The context every extractor reads: the text, its layout, header and NLP analysis.

Takes nothing; gives ``Context``, the immutable bundle passed from the pipeline to each
extractor (``pressparse.extract.*``), so that an extractor is a pure function
``extract(ctx) -> tuple[Item, ...]``.
"""

from __future__ import annotations

from dataclasses import dataclass

from pressparse.header import Header
from pressparse.layout import Layout
from pressparse.nlp import Analysis
from pressparse.textspan import Span


@dataclass(frozen=True)
class Context:
    text: str
    layout: Layout
    header: Header
    analysis: Analysis

    @property
    def release_date(self) -> str | None:
        return self.header.release.date

    @property
    def regions(self) -> tuple[Span, ...]:
        """The release's own text, in order: headline, body, about (never noise)."""
        spans = [self.header.headline_span, self.layout.body, self.layout.about]
        return tuple(s for s in spans if s and s[0] < s[1])
