"""Provenance: which pressparse, which mode and which record schema made a record.

Takes the loaded spaCy pipeline (or ``None`` for rules only); gives the ``Provenance``
block every record carries (``record["provenance"]``), and that the SQLite and Parquet
outputs store beside their rows, so results made at different times can be told apart.
Cheap to import: no spaCy.
"""

from __future__ import annotations

from typing import Any

from pressparse import __version__
from pressparse.models import SCHEMA_VERSION, Provenance


def make_provenance(nlp: Any) -> Provenance:
    """The provenance of records parsed with ``nlp`` (a spaCy ``Language``, or ``None``: rules only)."""
    if nlp is None:
        return Provenance(
            pressparse=__version__,
            mode="rules",
            model=None,
            model_version=None,
            schema_version=SCHEMA_VERSION,
        )
    meta = nlp.meta
    return Provenance(
        pressparse=__version__,
        mode="model",
        model=f"{meta.get('lang', 'xx')}_{meta.get('name', '?')}",
        model_version=str(meta.get("version", "?")),
        schema_version=SCHEMA_VERSION,
    )
