"""Extractors: one module per field of the record, run in the order of ``EXTRACTORS``.

Takes a ``Context``; gives it back with every extractor's items in ``ctx.found``.

The contract: an extractor module exports
- ``NAME: Final = "people"``: the ``Release`` field its items fill;
- ``NEEDS: Final[tuple[str, ...]]``: the names of the extractors whose results it reads;
- ``extract(ctx: Context) -> tuple[Item, ...]``: a pure function; the results it needs reach
  it through the context (``ctx.found["people"]``, or typed: ``ctx.people``), never as arguments.

``EXTRACTORS`` is the one place that orders them: every extractor comes after the ones it
needs (a test checks it). Adding an extractor is one module here and one line in
``EXTRACTORS`` (its items' model and its ``Release`` field go in ``models.py``); the pipeline
needs no change. Shared text helpers (names, chunks, numbers, units) live in ``pressparse.text``.
"""

from __future__ import annotations

from typing import Final, Protocol

from pressparse.context import Context, Items
from pressparse.extract import acronyms, dates, figures, organizations, people, programs, quotes


class Extractor(Protocol):
    """What an extractor module is (``people``, ``quotes``, ...)."""

    @property
    def NAME(self) -> str: ...

    @property
    def NEEDS(self) -> tuple[str, ...]: ...

    def extract(self, ctx: Context) -> Items: ...


EXTRACTORS: Final[tuple[Extractor, ...]] = (people, quotes, acronyms, programs, organizations, figures, dates)


def run(ctx: Context, *only: str) -> Context:
    """``ctx`` with the items of every extractor in ``ctx.found``, run in order; given names,
    only those extractors and what they need."""
    wanted = _with_needs(only) if only else None
    for ex in EXTRACTORS:
        if (wanted is None or ex.NAME in wanted) and ex.NAME not in ctx.found:
            ctx = ctx.with_found(ex.NAME, ex.extract(ctx))
    return ctx


def _with_needs(names: tuple[str, ...]) -> set[str]:
    """``names`` and, transitively, every extractor they need."""
    by_name = {ex.NAME: ex for ex in EXTRACTORS}
    unknown = set(names) - set(by_name)
    if unknown:
        raise KeyError(f"no extractor named {', '.join(sorted(unknown))}")
    todo, out = list(names), set()
    while todo:
        name = todo.pop()
        if name not in out:
            out.add(name)
            todo.extend(by_name[name].NEEDS)
    return out
