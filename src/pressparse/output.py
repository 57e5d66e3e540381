"""Output stage: records -> the bytes a user asked for (JSON, JSON Lines, CSV tables, files).

Takes record dicts (``Release.model_dump(mode="json")`` or error records); gives writers:
``JsonWriter`` (one object, or JSON Lines for several inputs), ``DirWriter`` (one
``<name>.json`` per input, written atomically) and, for ``--format csv``, the table
writer of ``pressparse.table``.
"""

from __future__ import annotations

import json
import os
import re
import sys
from typing import Any, Protocol, TextIO

Record = dict[str, Any]


class RecordWriter(Protocol):
    def write(self, record: Record, relative: str) -> None: ...

    def close(self) -> None: ...


# a span printed by indent=2 over four lines; JSON strings hold no raw line break, so this
# pattern can only meet a real array of two numbers
_PRETTY_SPAN = re.compile(r"\[\n\s*(-?\d+),\n\s*(-?\d+)\n\s*\]")


def dumps(record: Record, pretty: bool) -> str:
    """One record as JSON text (UTF-8 characters kept, not escaped); pretty keeps spans on one line."""
    if not pretty:
        return json.dumps(record, ensure_ascii=False)
    return _PRETTY_SPAN.sub(r"[\1, \2]", json.dumps(record, ensure_ascii=False, indent=2))


def utf8_stdout() -> TextIO:
    """Standard output as UTF-8 whatever the locale."""
    stream = sys.stdout
    if hasattr(stream, "reconfigure") and (stream.encoding or "").lower().replace("-", "") != "utf8":
        stream.reconfigure(encoding="utf-8")
    return stream


def write_atomic(path: str, text: str) -> None:
    """Write ``text`` to ``path`` through a hidden temporary file and a rename: never half a file.

    A run killed mid-write leaves at most a ``.<name>.<pid>.tmp`` file, never a partial ``path``.
    """
    folder, name = os.path.split(path)
    os.makedirs(folder or ".", exist_ok=True)
    tmp = os.path.join(folder, f".{name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


class JsonWriter:
    """JSON on a stream: pretty or compact; several records are one per line (JSON Lines)."""

    def __init__(self, out: TextIO, pretty: bool):
        self.out, self.pretty = out, pretty

    def write(self, record: Record, relative: str) -> None:
        self.out.write(dumps(record, self.pretty) + "\n")

    def close(self) -> None:
        self.out.flush()


class DirWriter:
    """One ``<name>.json`` per input under ``root``, mirroring the input tree."""

    def __init__(self, root: str):
        self.root = root

    def target(self, relative: str) -> str:
        return os.path.join(self.root, os.path.splitext(relative)[0] + ".json")

    def write(self, record: Record, relative: str) -> None:
        write_atomic(self.target(relative), dumps(record, pretty=True) + "\n")

    def close(self) -> None:
        return None


def make_writer(
    fmt: str, table: str | None, output_dir: str | None, out: TextIO, pretty: bool
) -> RecordWriter:
    """The writer for ``extract``'s options: ``-o DIR``, ``--format csv --table T``, or JSON on ``out``."""
    if fmt == "csv":
        from pressparse.table import CsvWriter

        return CsvWriter(out, table or "releases")
    if output_dir:
        return DirWriter(output_dir)
    return JsonWriter(out, pretty)
