"""The pipeline: decoded text -> ``Release`` record.

Takes a ``Decoded`` document (and, through ``Parser``, a spaCy pipeline loaded once);
gives the ``Release``. The stages, in order:

1. decode   (``decode``)            bytes -> immutable text, its reading view, encoding, source
2. layout   (``layout.segment``)    noise, headline, header, body, about spans
3. header   (``header.read_header``) headline, release date/time/type/issuer, dateline, contacts
4. NLP      (``nlp.analyse``)       named entities over headline..about
5. extract  (``extract.run``)       people, quotes, acronyms, programs, organisations, figures,
                                   dates: the registry ``extract.EXTRACTORS``, in its order
6. record   (``build_record``)      the pydantic ``Release``

Stages 2-5 read ``Decoded.view`` (invisible spaces and line breaks made plain, the same
length as the text, so their spans index the input); the record's slices of the input
(body, about) are cut from the text itself. ``context.stage`` gives a document after stages
2-3 (``Staged``), whose ``context()`` is what the extractors read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from itertools import islice
from typing import TYPE_CHECKING, Any, TypeVar

from pressparse import extract
from pressparse.context import Context, stage
from pressparse.decode import Decoded, decode, from_text
from pressparse.extract import figures
from pressparse.layout import Layout
from pressparse.models import Provenance, Release, Wrapper
from pressparse.nlp import (
    BATCH_SIZE,
    Analysis,
    analyse,
    analyse_batch,
    load_model_or_warn,
    model_name,
)
from pressparse.provenance import make_provenance

if TYPE_CHECKING:
    from spacy.language import Language

    from pressparse.textspan import Span

T = TypeVar("T")


class Parser:
    """Parses many documents, with a spaCy model loaded once or on rules alone.

    ``Parser()`` is the rules-only mode, the default: on the gold sets it is as good as or
    better than the model on every field, and about ten times faster (README, Quality).
    ``Parser(use_model=True)`` loads the default English model (or runs on rules alone, with
    one warning on stderr, when none can be loaded); ``Parser(model="en_core_web_md")`` takes
    any installed pipeline.
    """

    def __init__(
        self, model: str | None = None, *, use_model: bool | None = None, nlp: Language | None = None
    ):
        if use_model is None:
            use_model = model is not None
        self.nlp: Language | None = (
            nlp if nlp is not None else (load_model_or_warn(model) if use_model else None)
        )
        self.provenance = make_provenance(self.nlp)

    @property
    def model(self) -> str | None:
        return model_name(self.nlp)

    def parse(self, text: str, *, source: str | None = None) -> Release:
        """Parse text already in memory."""
        return self.parse_decoded(from_text(text, source))

    def parse_bytes(self, data: bytes, *, source: str | None = None) -> Release:
        """Decode and parse raw bytes."""
        return self.parse_decoded(decode(data, source))

    def parse_decoded(self, doc: Decoded) -> Release:
        """Parse one decoded document."""
        result = self.parse_batch([doc])[0]
        if isinstance(result, Exception):
            raise result
        return result

    def parse_with_layout(self, doc: Decoded) -> tuple[Release, Layout]:
        """Parse one decoded document; also give the layout it was read with (for ``show``)."""
        staged = stage(doc)
        with self._zone():
            return build_record(doc, staged.context(self.nlp), self.provenance), staged.layout

    def parse_batch(self, docs: Sequence[Decoded]) -> list[Release | Exception]:
        """Parse a batch of documents, the model's work batched (``nlp.pipe``).

        A document that fails gives its exception in its place; the others are unaffected.
        The model's strings for the batch are freed afterwards (``nlp.memory_zone``), so
        memory stays flat over any number of batches.
        """
        staged = [_attempt(stage, d) for d in docs]
        ready = [s for s in staged if not isinstance(s, Exception)]
        with self._zone():
            analyses: Sequence[Analysis | Exception] | Exception = _attempt(
                analyse_batch, [(s.doc.view, s.region) for s in ready], self.nlp
            )
            if isinstance(analyses, Exception):  # the batch failed: analyse one by one
                analyses = [_attempt(analyse, s.doc.view, s.region, self.nlp) for s in ready]
            built = iter(
                a
                if isinstance(a, Exception)
                else _attempt(build_record, s.doc, s.context_with(a), self.provenance)
                for s, a in zip(ready, analyses, strict=True)
            )
            return [s if isinstance(s, Exception) else next(built) for s in staged]

    def parse_many(self, docs: Iterable[Decoded], batch_size: int = BATCH_SIZE) -> Iterator[Release]:
        """Parse many documents lazily, ``batch_size`` at a time; raises on the first failure."""
        pending = iter(docs)
        while batch := list(islice(pending, batch_size)):
            for result in self.parse_batch(batch):
                if isinstance(result, Exception):
                    raise result
                yield result

    def _zone(self) -> AbstractContextManager[object]:
        return self.nlp.memory_zone() if self.nlp is not None else nullcontext()


def _attempt(fn: Callable[..., T], *args: Any) -> T | Exception:
    """``fn(*args)``, or the exception it raised (one document's failure stays its own)."""
    try:
        return fn(*args)
    except Exception as exc:
        return exc


def build_record(doc: Decoded, ctx: Context, provenance: Provenance | None = None) -> Release:
    """Run the extractors over one analysed document and assemble the record."""
    layout, header = ctx.layout, ctx.header
    found = extract.run(ctx).found
    text = doc.text
    spans: dict[str, Span] = {"body": layout.body}
    if header.headline_span:
        spans["headline"] = header.headline_span
    if layout.about:
        spans["about"] = layout.about
    items: dict[str, Any] = {name: list(got) for name, got in found.items()}
    return Release(
        source=doc.source,
        wrapper=Wrapper(platform=layout.platform, posted=header.posted, span=layout.posted),
        headline=header.headline,
        release=header.release,
        dateline=header.dateline,
        contacts=list(header.contacts),
        body=text[layout.body[0] : layout.body[1]],
        about=text[layout.about[0] : layout.about[1]] if layout.about else None,
        spans=spans,
        **items,
        warnings=[*doc.warnings, *layout.warnings, *ctx.analysis.warnings, *_capped(items)],
        provenance=provenance,
    )


def _capped(items: dict[str, Any]) -> list[str]:
    """A warning when the figures reached their cap (the rest of the document's numbers unread)."""
    if len(items.get("figures", ())) < figures.MAX_FIGURES:
        return []
    return [f"figures: only the first {figures.MAX_FIGURES} figures are given"]
