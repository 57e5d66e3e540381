"""Language stage: text -> the language it is most likely written in, from stop words.

Takes the text (and a span of it); gives a ``Guess`` (ISO 639-1 code, name, how many stop
words matched) or ``None`` when there are too few words to tell. Small and fast: it
counts the words of a bounded sample that are frequent function words of English,
Spanish, French, German, Portuguese, Italian, Dutch or Romanian; the language with the most hits
wins when it clearly beats the rest. pressparse's rules are written for English, so the
pipeline warns when a release is in another language.
"""

from __future__ import annotations

import string
from dataclasses import dataclass

from pressparse.lexicon import LANGUAGE_STOP_WORDS
from pressparse.textspan import Span

SAMPLE_CHARS = 8_000  # enough words to decide; keeps the stage constant-time on huge inputs
MIN_HITS = 12  # fewer stop words than this: too little text to tell
MARGIN = 1.5  # the winner must have this many times the runner-up's hits

_PUNCTUATION = string.punctuation + "“”‘’«»—–…¿¡"


_LANGUAGES_OF: dict[str, tuple[str, ...]] = {
    word: tuple(code for code, words in LANGUAGE_STOP_WORDS.items() if word in words)
    for word in set().union(*LANGUAGE_STOP_WORDS.values())
}
NAMES: dict[str, str] = {
    "en": "English",
    "es": "Spanish",
    "fr": "French",
    "de": "German",
    "pt": "Portuguese",
    "it": "Italian",
    "nl": "Dutch",
    "ro": "Romanian",
}


@dataclass(frozen=True)
class Guess:
    code: str  # ISO 639-1
    hits: int  # stop words of this language in the sample

    @property
    def name(self) -> str:
        return NAMES[self.code]


def detect(text: str, span: Span | None = None) -> Guess | None:
    """The language of ``text[span]`` (default: all of it), or ``None`` when it cannot tell."""
    start, end = span if span is not None else (0, len(text))
    counts = dict.fromkeys(LANGUAGE_STOP_WORDS, 0)
    # words between spaces, outer punctuation stripped: pieces of URLs and e-mails never match
    for token in text[start : min(end, start + SAMPLE_CHARS)].lower().split():
        for code in _LANGUAGES_OF.get(token.strip(_PUNCTUATION), ()):
            counts[code] += 1
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    (best, hits), (_, second) = ranked[0], ranked[1]
    if hits < MIN_HITS or hits < MARGIN * second:
        return None
    return Guess(best, hits)


def warning(text: str, span: Span | None = None) -> str | None:
    """A warning for a release not written in English, naming the language detected."""
    guess = detect(text, span)
    if guess is None or guess.code == "en":
        return None
    return (
        f"the release looks {guess.name} (language {guess.code!r}), not English: "
        "pressparse's rules are written for English, expect missing items"
    )
