"""Input discovery: the paths given on the command line -> the documents to read, in order.

Takes paths (files, folders, ``-``) and a glob; gives ``InputItem``s: folders are walked
recursively in path order (a folder's files and subfolders interleaved by name), hidden
files and folders skipped, symbolic links to folders not followed; ``-`` is standard input.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

STDIN = "-"


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
        if entry.is_dir():  # a link to a folder is not followed (no cycles, no escape from the tree)
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
