"""The context every extractor reads: the text, its layout, header, NLP analysis and what the
earlier extractors found.

Takes a decoded document through the rule stages (``stage``: layout, then header, a
``Staged``); gives ``Context``, the immutable bundle passed
to each extractor (``pressparse.extract``), so that an extractor is a pure function
``extract(ctx) -> tuple[Item, ...]``. ``ctx.found`` holds the results of the extractors run
before it, by name (``ctx.found["acronyms"]``, or typed: ``ctx.acronyms``); ``with_found``
gives the context with one more result.

The context also reads each region's tokens once, when an extractor first asks
(``ctx.tokens(region)``, a ``text.tokens.RegionTokens``), and shares them with the extractors
after it: a memo carried by the context and the contexts ``with_found`` makes from it, one
per document (never a module-level cache).

Tests, scripts and notebooks build one with ``Context.for_text(text)`` (the whole pipeline's
staging: layout, header, analysis) or ``Context.for_body(text)`` (the text, or ``body`` of it,
read as the release's body, under a header given or empty).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import TYPE_CHECKING, Protocol, TypeVar, cast

from pydantic import BaseModel

from pressparse.decode import Decoded, from_text
from pressparse.header import Header, read_header
from pressparse.layout import Layout, segment
from pressparse.models import Acronym, Person, Program
from pressparse.nlp import Analysis, analyse
from pressparse.text.chunks import Chunked
from pressparse.text.tokens import RegionTokens, TokenMemo
from pressparse.textspan import Span

if TYPE_CHECKING:
    from spacy.language import Language


class HoldsModel(Protocol):
    """What holds a loaded spaCy pipeline, or None for rules only (a ``pipeline.Parser``)."""

    nlp: Language | None


# what an extractor gives: a tuple of the record's item models (Person, Quote, Figure, ...)
Item = BaseModel
Items = tuple[Item, ...]
_I = TypeVar("_I", bound=Item)

_NOTHING: Mapping[str, Items] = MappingProxyType({})


class Shared:
    """What the extractors share of one document, each computed once, when first asked for: the
    regions' tokens and their chunks. One per text; the contexts ``with_found`` makes carry it."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = TokenMemo(text)
        self.chunked: Chunked | None = None


@dataclass(frozen=True)
class Context:
    text: str
    layout: Layout
    header: Header
    analysis: Analysis
    found: Mapping[str, Items] = field(default_factory=lambda: _NOTHING)
    # what is computed once per document and shared by the extractors (set up from ``text``)
    memo: Shared | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.memo is None or self.memo.text is not self.text:
            object.__setattr__(self, "memo", Shared(self.text))

    @classmethod
    def for_text(cls, text: str, *, parser: HoldsModel | None = None) -> Context:
        """The context of a whole document, staged as the pipeline stages it (layout, header, then
        the analysis with ``parser``'s model, or rules only); nothing found yet."""
        staged = stage(from_text(text))
        return staged.context(parser.nlp if parser is not None else None)

    @classmethod
    def for_body(
        cls,
        text: str,
        *,
        body: Span | None = None,
        header: Header | None = None,
        parser: HoldsModel | None = None,
    ) -> Context:
        """The context of ``text`` read as a release's body (all of it, or ``body``), under
        ``header`` (empty by default), without layout: a fragment for a test or a notebook."""
        span = body if body is not None else (0, len(text))
        nlp = parser.nlp if parser is not None else None
        return cls(text, Layout(body=span), header or Header(), analyse(text, span, nlp))

    def with_found(self, name: str, items: Items) -> Context:
        """This context, with ``items`` found by the extractor ``name``."""
        return replace(self, found=MappingProxyType({**self.found, name: items}))

    def _results(self, name: str, kind: type[_I]) -> tuple[_I, ...]:
        """What the extractor ``name`` found; an extractor reading it must list it in its NEEDS."""
        try:
            items = self.found[name]
        except KeyError:
            raise LookupError(f"{name!r} has not been extracted yet: list it in the reader's NEEDS") from None
        return cast(tuple[_I, ...], items)

    def tokens(self, span: Span) -> RegionTokens:
        """The tokens of ``span`` (a region), read once for every extractor."""
        assert self.memo is not None  # set in __post_init__
        return self.memo.tokens(span)

    @property
    def chunked(self) -> Chunked:
        """The regions' proper-name chunks and title lines, read once for every extractor."""
        assert self.memo is not None  # set in __post_init__
        if self.memo.chunked is None:
            # the memo's tokens, not ``self.tokens``: a bound method would make a reference cycle
            # (context -> memo -> chunks -> context) that keeps every document until a GC pass
            self.memo.chunked = Chunked(self.text, self.regions, self.memo.tokens)
        return self.memo.chunked

    @property
    def people(self) -> tuple[Person, ...]:
        return self._results("people", Person)

    @property
    def acronyms(self) -> tuple[Acronym, ...]:
        return self._results("acronyms", Acronym)

    @property
    def programs(self) -> tuple[Program, ...]:
        return self._results("programs", Program)

    @property
    def release_date(self) -> str | None:
        return self.header.release.date

    @property
    def regions(self) -> tuple[Span, ...]:
        """The release's own text, in order: headline, body, about (never noise)."""
        spans = [self.header.headline_span, self.layout.body, self.layout.about]
        return tuple(s for s in spans if s and s[0] < s[1])


@dataclass(frozen=True)
class Staged:
    """A document after the rule stages (layout, header), before the model."""

    doc: Decoded
    layout: Layout
    header: Header

    @property
    def region(self) -> Span:
        """What the model reads: the smallest span covering headline, body and about."""
        parts = (self.header.headline_span, self.layout.body, self.layout.about)
        spans = [s for s in parts if s and s[0] < s[1]]
        if not spans:
            return (0, 0)
        return (min(s[0] for s in spans), max(s[1] for s in spans))

    def context(self, nlp: Language | None = None) -> Context:
        """The extractors' context: the region analysed with ``nlp`` (rules only without one)."""
        return self.context_with(analyse(self.doc.view, self.region, nlp))

    def context_with(self, analysis: Analysis) -> Context:
        """The extractors' context, with the analysis already made (a batch's)."""
        return Context(text=self.doc.view, layout=self.layout, header=self.header, analysis=analysis)


def stage(doc: Decoded) -> Staged:
    """The rule stages of one document: its layout, then its header."""
    layout = segment(doc.view)
    return Staged(doc, layout, read_header(doc.view, layout))
