"""Text helpers shared by the extractors: they read the text, never a ``Context``.

- ``tokens``: the tokens of a region, read once (the context keeps a document's);
- ``names``: person names with their printed titles, and the helpers that compare them;
- ``chunks``: proper-name chunks (runs of capitalised words) and title-case lines, from a
  region's words;
- ``numbers``: numbers as printed (digits, words, scales) -> values;
- ``units``: printed units -> symbol, kind and SI factor.

An extractor (``pressparse.extract``) fills one field of the record; a helper here fills none.
"""
