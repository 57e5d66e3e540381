"""Archives in: members as documents, sorted, globbed, streamed, bounded (zip bombs are error records)."""

from __future__ import annotations

import io
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from pressparse.archives import ArchiveError, ArchiveMember, is_archive, members
from pressparse.batch import Options, read_bytes, run
from pressparse.inputs import expand
from tests.conftest import SEED


def release(i: int) -> bytes:
    return (
        f"FOR IMMEDIATE RELEASE\n\nMarch {i % 28 + 1}, 2015\n\nAgency Announces Grant Number {i}\n\n"
        f"WASHINGTON - The Agency today announced grant number {i}.\n"
    ).encode()


def make_zip(path: Path, files: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return path


def make_tar(path: Path, files: dict[str, bytes], mode: str = "w:gz") -> Path:
    with tarfile.open(path, mode) as tf:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
    return path


@pytest.mark.parametrize(
    ("name", "expected"),
    [("a.zip", True), ("A.TAR.GZ", True), ("a.tgz", True), ("a.tar", True), ("a.txt", False), ("zip", False)],
)
def test_is_archive(name: str, expected: bool) -> None:
    assert is_archive(name) is expected


FILES = {
    "b/2.txt": b"two",
    "a.txt": b"one",
    "b/1.txt": b"three",
    "c.md": b"skip",
    ".h/x.txt": b"hidden",
    "d/": b"",
}


@pytest.mark.parametrize("kind", ["zip", "tar", "tar.gz"])
def test_members_sorted_globbed_hidden_skipped(tmp_path: Path, kind: str) -> None:
    files = {k: v for k, v in FILES.items() if not k.endswith("/")}
    path = tmp_path / f"x.{kind}"
    if kind == "zip":
        make_zip(path, files)
    else:
        make_tar(path, files, "w" if kind == "tar" else "w:gz")
    found = list(members(str(path)))
    assert [m.path for m in found] == [f"{path}!a.txt", f"{path}!b/1.txt", f"{path}!b/2.txt"]
    assert [read_bytes(m) for m in found] == [b"one", b"three", b"two"]
    assert found[1].relative == f"x.{kind}/b/1.txt"
    assert [m.path for m in members(str(path), "*.md")] == [f"{path}!c.md"]


def test_a_zip_bomb_is_an_error_record(tmp_path: Path) -> None:
    path = make_zip(tmp_path / "bomb.zip", {"bomb.txt": b"\0" * 20_000_000, "ok.txt": b"fine"})
    bomb, ok = members(str(path))
    with pytest.raises(ArchiveError, match="zip bomb"):
        read_bytes(bomb)
    assert read_bytes(ok) == b"fine"
    records = [r for _, r in run([bomb, ok], Options(use_model=False))]
    assert records[0]["error"]["type"] == "ArchiveError" and "error" not in records[1]


def test_member_size_is_bounded_while_streaming(tmp_path: Path) -> None:
    path = make_tar(tmp_path / "big.tar.gz", {"big.txt": b"x" * 5000, "small.txt": b"y"})
    big, small = members(str(path), max_member=1000)
    assert isinstance(big, ArchiveMember) and big.error and "larger than 1000" in big.error
    assert read_bytes(small) == b"y"
    with pytest.raises(ArchiveError, match="--max-bytes"):
        read_bytes(ArchiveMember("a.zip!x.txt", data=b"12345"), max_bytes=3)


def test_an_unreadable_archive_is_one_error(tmp_path: Path) -> None:
    path = tmp_path / "broken.zip"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    (item,) = members(str(path))
    with pytest.raises(ArchiveError, match="cannot read the archive"):
        read_bytes(item)


def test_archives_in_folders_are_read_as_folders(tmp_path: Path) -> None:
    (tmp_path / "r.txt").write_bytes(b"plain")
    make_zip(tmp_path / "s.zip", {"m.txt": b"member"})
    paths = [i.path for i in expand((str(tmp_path),))]
    assert paths == [str(tmp_path / "r.txt"), f"{tmp_path / 's.zip'}!m.txt"]


def test_an_archive_of_1000_releases_gives_1000_records_in_order(tmp_path: Path) -> None:
    files = {f"releases/{i:04d}.txt": release(i) for i in reversed(range(1000))}
    path = make_zip(tmp_path / "many.zip", files)
    records = [r for _, r in run(expand((str(path),)), Options(use_model=False), jobs=1)]
    assert len(records) == 1000
    assert [r["source"]["path"] for r in records] == [f"{path}!releases/{i:04d}.txt" for i in range(1000)]
    assert [r["headline"] for r in records[:3]] == [f"Agency Announces Grant Number {i}" for i in range(3)]


def test_cli_reads_a_tar_gz_in_worker_processes(tmp_path: Path) -> None:
    path = make_tar(tmp_path / "r.tar.gz", {f"{i}.txt": SEED.read_bytes() for i in range(3)})
    result = subprocess.run(
        [sys.executable, "-m", "pressparse", "extract", "--no-model", "-j", "2", "--compact", str(path)],
        capture_output=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.decode().splitlines()
    assert [line.split('"path": "')[1].split('"')[0] for line in lines] == [
        f"{path}!{i}.txt" for i in range(3)
    ]
