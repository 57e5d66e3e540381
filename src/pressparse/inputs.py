"""Input discovery: the paths given on the command line -> the documents to read, in order.

Takes paths (files, folders, ``-``) and a glob; gives ``InputItem``s: folders are walked
recursively in path order (a folder's files and subfolders interleaved by name), hidden
files and folders skipped, symbolic links to folders not followed; ``-`` is standard input.
``rooted`` names each input under the inputs' common root, for ``-o DIR``.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from types import ModuleType

STDIN = "-"
DEFAULT_MAX_BYTES = 2 * 1024 * 1024  # twice the largest release of the corpus


class OutputCollision(ValueError):
    """Two inputs would be written to the same output file."""


def printable_path(path: str) -> str:
    """A path as text that can be written anywhere: bytes of a name that are not UTF-8 (kept by
    Python as lone surrogates) shown as ``\\xNN`` escapes."""
    try:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate no file name gives (text made in Python)
        return path.encode("utf-8", "backslashreplace").decode("utf-8")


@dataclass(frozen=True)
class InputItem:
    path: str  # as it will appear in source.path ("-" for stdin)
    root: str | None = None  # the folder it was found under (to mirror the tree with -o)

    @property
    def relative(self) -> str:
        """Path relative to its folder argument (or the file name), for ``-o DIR`` mirroring."""
        if self.path == STDIN:
            return "stdin"
        if self.root is None:
            return Path(self.path).name
        return os.path.relpath(self.path, self.root)


def archives() -> ModuleType:
    """``pressparse.archives``, imported on first use (it builds on ``InputItem``)."""
    import pressparse.archives

    return pressparse.archives


def _walk(root: str, folder: str, pattern: str) -> Iterator[InputItem]:
    """Files and subfolders of ``folder`` interleaved in name order, so the whole walk is path-sorted."""
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError:  # an unreadable folder: reading it gives the error record
        yield InputItem(folder, root)
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir()
        except OSError:  # a link loop (ELOOP), no permission: reading it gives the error record
            is_dir = False
        if is_dir:  # a link to a folder is not followed (no cycles, no escape from the tree)
            if not entry.is_symlink():
                yield from _walk(root, entry.path, pattern)
        elif fnmatch.fnmatch(entry.name, pattern):
            yield InputItem(entry.path, root)
        elif archives().is_archive(entry.name):  # an archive is read as a folder (issue 16)
            yield from archives().members(entry.path, pattern, root)


def expand(paths: tuple[str, ...], pattern: str = "*.txt") -> Iterator[InputItem]:
    """Expand command-line paths lazily; a missing path is passed on (reading it gives the error)."""
    for p in paths:
        if p != STDIN and os.path.isdir(p):
            yield from _walk(p, p, pattern)
        elif p != STDIN and archives().is_archive(p) and os.path.isfile(p):
            yield from archives().members(p, pattern)
        else:
            yield InputItem(p)


def rooted(items: list[InputItem]) -> list[InputItem]:
    """The inputs named by their path under the inputs' common root, so no two share an output name.

    A folder argument is the root of its files (``corpus/b/c.txt`` is ``b/c.txt``), a file
    argument's folder is its root; several roots meet at their common folder (``a/x.txt`` and
    ``b/x.txt`` are ``a/x.txt`` and ``b/x.txt``). Raises ``OutputCollision`` naming both inputs
    when two still map to one name (the same file twice, ``x.txt`` and ``x.md``).
    """
    bases = {
        os.path.abspath(i.root if i.root is not None else os.path.dirname(i.path) or ".")
        for i in items
        if i.path != STDIN
    }
    common = os.path.commonpath(sorted(bases)) if bases else None
    named = [i if i.path == STDIN or common is None else replace(i, root=common) for i in items]
    seen: dict[str, InputItem] = {}
    for item in named:
        stem = os.path.splitext(item.relative)[0]
        if stem in seen:
            raise OutputCollision(f"{seen[stem].path} and {item.path} would be written to the same file")
        seen[stem] = item
    return named
