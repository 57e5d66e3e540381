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

from pressparse.textspan import Span

SAMPLE_CHARS = 8_000  # enough words to decide; keeps the stage constant-time on huge inputs
MIN_HITS = 12  # fewer stop words than this: too little text to tell
MARGIN = 1.5  # the winner must have this many times the runner-up's hits

_PUNCTUATION = string.punctuation + "“”‘’«»—–…¿¡"


def _words(words: str) -> frozenset[str]:
    return frozenset(words.split())


# frequent function words, chosen to be distinctive: words shared by several of these
# languages ("a", "de", "la", "in", "die", "on") are left out
STOP_WORDS: dict[str, frozenset[str]] = {
    "en": _words(
        "the and of to is that for with was this are have has will from by be which their they "
        "were been would also its an at not it our who said"
    ),
    "es": _words(
        "el los las del y que por para con una uno se su sus es al más pero como esta "
        "también fue ha sobre entre cuando muy sin desde"
    ),
    "fr": _words(
        "le les des et est une du pour dans qui pas sur au avec sont ce cette aux ont été "
        "mais leur ses nous vous elle"
    ),
    "de": _words(
        "der und den das ist nicht mit von sich auf dem eine ein zu auch wird sind bei "
        "für werden wurde nach oder aus"
    ),
    "pt": _words("os das dos uma não são pelo pela também foi ao à em seu sua nos ou muito"),
    "it": _words("il gli della delle dei che è per sono nel nella alla anche più questo questa stato dal"),
    "nl": _words("het een van dat niet op zijn met voor ook aan er maar om worden wordt bij naar heeft deze"),
    "ro": _words("și în cu pe care pentru din să nu mai sau fost acest această prin lui"),
}
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {
    word: tuple(code for code, words in STOP_WORDS.items() if word in words)
    for word in set().union(*STOP_WORDS.values())
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
    counts = dict.fromkeys(STOP_WORDS, 0)
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
