"""Input discovery: the paths given on the command line -> the documents to read, in order.

Takes paths (files, folders, ``-``) and a glob; gives ``InputItem``s: folders are walked
recursively in sorted order, hidden files and folders skipped; ``-`` is standard input.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

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


def _walk(root: str, pattern: str) -> Iterator[InputItem]:
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith(".") and fnmatch.fnmatch(name, pattern):
                yield InputItem(os.path.join(dirpath, name), root)


def expand(paths: tuple[str, ...], pattern: str = "*.txt") -> Iterator[InputItem]:
    """Expand command-line paths lazily; a missing path is passed on (reading it gives the error)."""
    for p in paths:
        if p != STDIN and os.path.isdir(p):
            yield from _walk(p, pattern)
        else:
            yield InputItem(p)
