"""pressparse: raw press releases in, structured span-checked JSON out.

The Python API::

    import pressparse
    record = pressparse.parse(text)               # a pressparse.models.Release
    record.model_dump(mode="json")                # the JSON record

    parser = pressparse.Parser()                  # rules only (the default, and the faster)
    for rec in map(parser.parse, texts): ...
    pressparse.Parser(use_model=True)             # with the spaCy model, loaded once

One stage at a time (tests, notebooks)::

    from pressparse import extract
    from pressparse.context import Context
    ctx = extract.run(Context.for_text(text))     # layout, header, analysis, then every extractor
    ctx.layout.body, ctx.header.release, ctx.found["people"]

Heavy imports (spaCy, dateparser) happen on first use, never at import time: ``Parser``
and ``Release`` are imported when first named (``dir()`` and ``help()`` list them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"
__all__ = ["Parser", "Release", "__version__", "parse"]

if TYPE_CHECKING:
    from pressparse.models import Release
    from pressparse.pipeline import Parser

_default: Parser | None = None


def parse(text: str, *, source: str | None = None) -> Release:
    """Parse one document's text with a shared default ``Parser`` (rules only)."""
    global _default
    if _default is None:
        from pressparse.pipeline import Parser

        _default = Parser()
    return _default.parse(text, source=source)


def __dir__() -> list[str]:
    """The module's names, the lazily imported ``Parser`` and ``Release`` included (``help()`` reads them)."""
    return sorted({*globals(), *__all__})


def __getattr__(name: str) -> object:
    if name == "Parser":
        from pressparse.pipeline import Parser

        return Parser
    if name == "Release":
        from pressparse.models import Release

        return Release
    raise AttributeError(name)
