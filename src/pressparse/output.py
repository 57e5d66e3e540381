"""Output stage: records -> the bytes a user asked for (JSON, JSON Lines, CSV tables, files).

Takes record dicts (``Release.model_dump(mode="json")`` or error records); gives writers:
``JsonWriter`` (one object, or JSON Lines for several inputs), ``DirWriter`` (one
``<name>.json`` per input, written atomically), ``FileWriter`` (``-o out.jsonl``: one JSON
Lines file, in place once whole) and, for ``--format csv``, the table writer of
``pressparse.table``. Files are written through temporary files created exclusively
(``mkstemp``: a random name, ``O_EXCL``, so a planted link cannot redirect them), then renamed.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
from typing import IO, Protocol, TextIO

from pressparse.models import Record
from pressparse.table import CsvWriter


class RecordWriter(Protocol):
    def write(self, record: Record, relative: str) -> None: ...

    def close(self) -> None: ...


# a span printed by indent=2 over four lines; JSON strings hold no raw line break, so this
# pattern can only meet a real array of two numbers
_PRETTY_SPAN = re.compile(r"\[\n\s*(-?\d+),\n\s*(-?\d+)\n\s*\]")


def dumps(record: Record, pretty: bool) -> str:
    """One record as JSON text (UTF-8 characters kept, not escaped); pretty keeps spans on one line.

    Raises ``ValueError`` rather than write NaN or Infinity, which are not JSON."""
    if not pretty:
        return json.dumps(record, ensure_ascii=False, allow_nan=False)
    return _PRETTY_SPAN.sub(r"[\1, \2]", json.dumps(record, ensure_ascii=False, indent=2, allow_nan=False))


def utf8_stdout() -> TextIO:
    """Standard output as UTF-8 whatever the locale; ``OSError`` when it is closed."""
    stream = sys.stdout
    if stream is None:  # started with descriptor 1 closed
        raise OSError("standard output is closed")
    if hasattr(stream, "reconfigure") and (stream.encoding or "").lower().replace("-", "") != "utf8":
        stream.reconfigure(encoding="utf-8")
    return stream


def _temporary(path: str) -> tuple[IO[str], str]:
    """A new hidden ``.<name>.XXXXXXXX.tmp`` beside ``path``, created exclusively, open for writing."""
    folder, name = os.path.split(path)
    os.makedirs(folder or ".", exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=folder or ".")
    umask = os.umask(0)
    os.umask(umask)
    os.fchmod(fd, 0o666 & ~umask)  # as open() would create it, not mkstemp's 0600
    return os.fdopen(fd, "w", encoding="utf-8"), tmp


def write_atomic(path: str, text: str) -> None:
    """Write ``text`` to ``path`` through a hidden temporary file and a rename: never half a file.

    A run killed mid-write leaves at most a ``.<name>.XXXXXXXX.tmp`` file, never a partial ``path``.
    """
    fh, tmp = _temporary(path)
    try:
        with fh:
            fh.write(text)
        os.replace(tmp, path)
    finally:
        if os.path.lexists(tmp):
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


class FileWriter:
    """JSON Lines in one file (``-o out.jsonl``): written to a temporary file, renamed at ``close``."""

    def __init__(self, path: str):
        self.path = path
        self.fh, self.tmp = _temporary(path)

    def write(self, record: Record, relative: str) -> None:
        self.fh.write(dumps(record, pretty=False) + "\n")

    def close(self) -> None:
        if self.fh.closed:
            return
        try:
            self.fh.close()
            os.replace(self.tmp, self.path)
        finally:
            if os.path.lexists(self.tmp):
                os.unlink(self.tmp)


JSON_FILE_SUFFIXES = (".jsonl", ".json")


def is_json_file(output: str) -> bool:
    """``-o`` names one JSON Lines file (``out.jsonl``, ``out.json``) rather than a folder."""
    return output.lower().endswith(JSON_FILE_SUFFIXES) and not os.path.isdir(output)


def make_writer(
    fmt: str, table: str | None, output: str | None, out: TextIO | None, pretty: bool
) -> RecordWriter:
    """The writer for ``extract``'s options: ``-o DIR`` or ``-o FILE.jsonl``, ``--format csv --table T``,
    or JSON on ``out``."""
    if output:
        return FileWriter(output) if is_json_file(output) else DirWriter(output)
    if out is None:
        raise OSError("standard output is closed")
    if fmt == "csv":
        return CsvWriter(out, table or "releases")
    return JsonWriter(out, pretty)
