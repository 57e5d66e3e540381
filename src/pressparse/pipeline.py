"""The pipeline: decoded text -> ``Release`` record.

Takes a ``Decoded`` document (and, through ``Parser``, a spaCy pipeline loaded once);
gives the ``Release``. The stages, in order:

1. decode   (``decode``)            bytes -> immutable text, encoding, source
2. layout   (``layout.segment``)    noise, headline, header, body, about spans
3. header   (``header.read_header``) headline, release date/time/type/issuer, dateline, contacts
4. NLP      (``nlp.analyse``)       sentences and entities over headline..about
5. extract  (``extract.*``)         people, quotes, acronyms, programs, organisations, figures, dates
6. record   (``build_record``)      the pydantic ``Release``
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from pressparse.context import Context
from pressparse.decode import Decoded, decode, from_text
from pressparse.extract import acronyms, dates, figures, organizations, people, programs, quotes
from pressparse.header import Header, read_header
from pressparse.layout import Layout, segment
from pressparse.models import Release, Wrapper
from pressparse.nlp import Analysis, analyse, from_doc, load_model_or_warn, model_name

if TYPE_CHECKING:
    from spacy.language import Language

    from pressparse.textspan import Span


def _nlp_region(parts: tuple[Span | None, ...]) -> Span:
    """The smallest span covering every non-empty part (headline to about)."""
    spans = [s for s in parts if s and s[0] < s[1]]
    if not spans:
        return (0, 0)
    return (min(s[0] for s in spans), max(s[1] for s in spans))


class Parser:
    """Parses many documents with one loaded model.

    ``Parser()`` loads the default English model (or runs on rules alone, with one
    warning on stderr, when none can be loaded); ``Parser(model=None, use_model=False)``
    is the rules-only mode; ``Parser(model="en_core_web_md")`` takes any installed pipeline.
    """

    def __init__(self, model: str | None = None, *, use_model: bool = True, nlp: Language | None = None):
        self.nlp: Language | None = (
            nlp if nlp is not None else (load_model_or_warn(model) if use_model else None)
        )

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
        layout = segment(doc.text)
        header = read_header(doc.text, layout)
        region = _nlp_region((header.headline_span, layout.body, layout.about))
        return build_record(doc, layout, header, analyse(doc.text, region, self.nlp))

    def parse_many(self, docs: Iterable[Decoded], batch_size: int = 32) -> Iterator[Release]:
        """Parse many documents, batching the model's work with ``nlp.pipe``."""
        if self.nlp is None:
            for d in docs:
                yield self.parse_decoded(d)
            return
        staged = ((d, segment(d.text)) for d in docs)
        prepared = ((d, lay, read_header(d.text, lay)) for d, lay in staged)
        with_region = (
            (d, lay, hdr, _nlp_region((hdr.headline_span, lay.body, lay.about))) for d, lay, hdr in prepared
        )
        pairs = ((d.text[r[0] : r[1]], (d, lay, hdr, r)) for d, lay, hdr, r in with_region)
        for spacy_doc, (d, lay, hdr, r) in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
            yield build_record(d, lay, hdr, from_doc(d.text, r, spacy_doc))


def build_record(doc: Decoded, layout: Layout, header: Header, analysis: Analysis) -> Release:
    """Run the extractors over one analysed document and assemble the record."""
    ctx = Context(text=doc.text, layout=layout, header=header, analysis=analysis)
    found_people = people.extract(ctx)
    text = doc.text
    spans: dict[str, Span] = {"body": layout.body}
    if header.headline_span:
        spans["headline"] = header.headline_span
    if layout.about:
        spans["about"] = layout.about
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
        quotes=list(quotes.extract(ctx, found_people)),
        people=list(found_people),
        programs=list(programs.extract(ctx)),
        acronyms=list(acronyms.extract(ctx)),
        organizations=list(organizations.extract(ctx)),
        figures=list(figures.extract(ctx)),
        dates=list(dates.extract(ctx)),
        warnings=list(layout.warnings),
    )
