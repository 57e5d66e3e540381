"""Input discovery: files, folders (recursive, path order, hidden skipped, --glob) and stdin."""

from __future__ import annotations

from pathlib import Path

import pytest

from pressparse.inputs import STDIN, InputItem, expand


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    for name in ("b.txt", "a/z.txt", "a/b/c.txt", "c.md", ".hidden.txt", ".git/x.txt", "d/e.TXT"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")
    (tmp_path / "link").symlink_to(tmp_path / "a")  # a link to a folder is not followed
    return tmp_path


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("*.txt", ["a/b/c.txt", "a/z.txt", "b.txt"]),
        ("*.md", ["c.md"]),
        ("*", ["a/b/c.txt", "a/z.txt", "b.txt", "c.md", "d/e.TXT"]),
        ("nothing*", []),
    ],
)
def test_a_folder_is_walked_in_path_order(tree: Path, pattern: str, expected: list[str]) -> None:
    items = list(expand((str(tree),), pattern))
    assert [i.relative for i in items] == expected
    assert all(i.root == str(tree) for i in items)


def test_paths_keep_their_command_line_order(tree: Path) -> None:
    items = list(expand((str(tree / "b.txt"), STDIN, str(tree / "a")), "*.txt"))
    assert [i.path for i in items] == [
        str(tree / "b.txt"),
        STDIN,
        str(tree / "a/b/c.txt"),
        str(tree / "a/z.txt"),
    ]


@pytest.mark.parametrize(
    ("item", "relative"),
    [
        (InputItem(STDIN), "stdin"),
        (InputItem("x/y/release.txt"), "release.txt"),
        (InputItem("root/sub/release.txt", root="root"), "sub/release.txt"),
    ],
)
def test_relative_names_the_output_file(item: InputItem, relative: str) -> None:
    assert item.relative == relative


def test_a_missing_path_is_passed_on(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.txt")
    assert list(expand((missing,))) == [InputItem(missing)]
