"""Archives in: a ``.zip``, ``.tar``, ``.tar.gz``/``.tgz`` (or ``.tar.bz2``/``.tar.xz``) read as a folder.

Takes an archive's path and the ``--glob``; gives one ``ArchiveMember`` per regular member whose
name matches, sorted by member path, hidden members (a path part starting with ".") skipped:
``source.path`` is ``archive.zip!folder/member.txt``. Members are read by streaming (nothing
is extracted to disk), each bounded: a member larger than ``MAX_MEMBER_BYTES`` (or
``--max-bytes``), or a zip member whose declared size is more than ``MAX_RATIO`` times its
compressed size (a zip bomb), is not read and becomes an error record. A tar stream is read in
one pass, its matching members kept in memory (at most ``MAX_TOTAL_BYTES``) to be sorted.
"""

from __future__ import annotations

import fnmatch
import os
import tarfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import IO

from pressparse.inputs import InputItem

ZIP_SUFFIXES = (".zip",)
TAR_SUFFIXES = (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")
MAX_MEMBER_BYTES = 50_000_000  # a press release is a few kB; a member over this is refused
MAX_RATIO = 200  # declared size / compressed size of a zip member above this: a bomb
MAX_TOTAL_BYTES = 2_000_000_000  # the matching members of one tar stream, held to be sorted
CHUNK = 1 << 16
SEPARATOR = "!"


class ArchiveError(ValueError):
    """An archive member that is refused (too large, a bomb) or an archive that cannot be read."""


@dataclass(frozen=True)
class ArchiveMember(InputItem):
    """One member of an archive, its bytes read already (or why they could not be)."""

    data: bytes | None = None
    error: str | None = None

    @property
    def relative(self) -> str:
        """``archive.zip/member.txt``: ``-o DIR`` mirrors the archive as a folder."""
        archive, _, member = self.path.partition(SEPARATOR)
        return f"{os.path.basename(archive)}/{member}"

    def read(self, max_bytes: int | None = None) -> bytes:
        if self.error is not None:
            raise ArchiveError(self.error)
        data = self.data or b""
        if max_bytes is not None and len(data) > max_bytes:
            raise ArchiveError(f"{self.path}: larger than --max-bytes {max_bytes}")
        return data


def is_archive(path: str) -> bool:
    """An archive by its name: ``.zip``, ``.tar``, ``.tar.gz``, ``.tgz``, ..."""
    return path.lower().endswith(ZIP_SUFFIXES + TAR_SUFFIXES)


def _wanted(name: str, pattern: str) -> bool:
    parts = PurePosixPath(name).parts
    return bool(parts) and not any(p.startswith(".") for p in parts) and fnmatch.fnmatch(parts[-1], pattern)


def _read_bounded(fh: IO[bytes], limit: int, where: str) -> bytes:
    """Read a stream to its end, refusing it past ``limit`` bytes (whatever its header said)."""
    chunks: list[bytes] = []
    size = 0
    while chunk := fh.read(CHUNK):
        size += len(chunk)
        if size > limit:
            raise ArchiveError(f"{where}: member larger than {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def members(
    path: str, pattern: str = "*.txt", root: str | None = None, max_member: int = MAX_MEMBER_BYTES
) -> Iterator[InputItem]:
    """The documents in one archive, sorted by member path; an unreadable archive gives one error item."""
    try:
        if path.lower().endswith(ZIP_SUFFIXES) or zipfile.is_zipfile(path):
            yield from _zip_members(path, pattern, root, max_member)
        else:
            yield from _tar_members(path, pattern, root, max_member)
    except (ArchiveError, OSError, zipfile.BadZipFile, tarfile.TarError, EOFError) as exc:
        yield ArchiveMember(path, root, error=f"{path}: cannot read the archive: {exc}")


def _zip_members(path: str, pattern: str, root: str | None, max_member: int) -> Iterator[InputItem]:
    with zipfile.ZipFile(path) as zf:
        infos = sorted((i for i in zf.infolist() if not i.is_dir() and _wanted(i.filename, pattern)),
                       key=lambda i: i.filename)  # fmt: skip
        for info in infos:
            where = f"{path}{SEPARATOR}{info.filename}"
            if info.file_size > max_member:
                yield ArchiveMember(where, root, error=f"{where}: member larger than {max_member} bytes")
            elif info.file_size > MAX_RATIO * max(info.compress_size, 1) and info.file_size > CHUNK:
                ratio = info.file_size // max(info.compress_size, 1)
                yield ArchiveMember(where, root, error=f"{where}: compressed {ratio}:1, a zip bomb")
            else:
                try:
                    with zf.open(info) as fh:
                        yield ArchiveMember(where, root, data=_read_bounded(fh, max_member, where))
                except (ArchiveError, zipfile.BadZipFile, OSError, RuntimeError, EOFError) as exc:
                    yield ArchiveMember(
                        where, root, error=str(exc) if where in str(exc) else f"{where}: {exc}"
                    )


def _tar_members(path: str, pattern: str, root: str | None, max_member: int) -> Iterator[InputItem]:
    found: list[ArchiveMember] = []
    total = 0
    with tarfile.open(path, mode="r|*") as tf:  # a stream: one pass, no seeking back
        for info in tf:
            if not info.isfile() or not _wanted(info.name, pattern):
                continue
            where = f"{path}{SEPARATOR}{info.name}"
            if info.size > max_member:
                found.append(
                    ArchiveMember(where, root, error=f"{where}: member larger than {max_member} bytes")
                )
                continue
            fh = tf.extractfile(info)
            data = _read_bounded(fh, max_member, where) if fh else b""
            total += len(data)
            if total > MAX_TOTAL_BYTES:
                raise ArchiveError(f"{path}: more than {MAX_TOTAL_BYTES} bytes of documents")
            found.append(ArchiveMember(where, root, data=data))
    yield from sorted(found, key=lambda m: m.path)
