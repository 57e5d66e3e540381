"""Input discovery: files, folders (recursive, path order, hidden skipped, --glob) and stdin."""

from __future__ import annotations

from pathlib import Path

import pytest

from pressparse.inputs import STDIN, InputItem, OutputCollision, expand, printable_path, rooted


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


@pytest.mark.parametrize(
    ("args", "relative"),
    [
        (("a/x.txt", "b/x.txt"), ["a/x.txt", "b/x.txt"]),
        (("a/x.txt", "a/y.txt"), ["x.txt", "y.txt"]),
        (("a/x.txt", "a/sub/y.txt"), ["x.txt", "sub/y.txt"]),
        (("a",), ["sub/y.txt", "x.txt", "y.txt"]),
        (("a", "b"), ["a/sub/y.txt", "a/x.txt", "a/y.txt", "b/x.txt"]),
        (("-", "a/x.txt"), ["stdin", "x.txt"]),
    ],
)
def test_rooted_names_inputs_under_their_common_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...], relative: list[str]
) -> None:
    for name in ("a/x.txt", "a/y.txt", "a/sub/y.txt", "b/x.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    monkeypatch.chdir(tmp_path)
    items = rooted(list(expand(args)))
    assert [i.relative for i in items] == relative
    assert [i.path for i in items] == [i.path for i in expand(args)]


@pytest.mark.parametrize("args", [("a/x.txt", "a/x.txt"), ("a/x.txt", "a/x.md")])
def test_rooted_refuses_two_inputs_for_one_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...]
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(OutputCollision, match=f"{args[0]} and {args[1]}"):
        rooted([InputItem(a) for a in args])


def test_a_link_loop_in_a_folder_is_an_input_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    assert [i.relative for i in expand((str(tmp_path),))] == ["loop.txt"]


def test_printable_path_escapes_bytes_that_are_not_utf8() -> None:
    assert printable_path("caf\udce9.txt") == "caf\\xe9.txt"
    assert printable_path("café.txt") == "café.txt"
    assert printable_path("\ud800") == "\\ud800"
