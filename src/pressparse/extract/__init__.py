"""Extractors: one module per field, each a pure function over a ``Context``.

Order matters only where one extractor reads another's output: people before quotes
(speakers resolve to people), acronyms before programs and organisations.
"""
