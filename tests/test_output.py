"""output: JSON text of records, pretty with spans on one line, and atomic files."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from pressparse.output import DirWriter, FileWriter, dumps, make_writer, write_atomic

RECORDS = [
    {"span": [0, 23]},
    {"mentions": [[1, 2], [30, 40]], "text": "a [\n1,\n2\n] string"},
    {"value": [1.5, 2], "phones": ["202-282-8010"]},
    {"empty": [], "nested": {"span": [-1, 5]}},
]


@pytest.mark.parametrize("record", RECORDS)
@pytest.mark.parametrize("pretty", [True, False])
def test_dumps_round_trips(record: dict, pretty: bool) -> None:
    assert json.loads(dumps(record, pretty)) == record


@pytest.mark.parametrize(
    ("record", "line"),
    [
        ({"span": [0, 23]}, '"span": [0, 23]'),
        ({"mentions": [[1, 2]]}, "[1, 2]"),
        ({"nested": {"span": [-1, 5]}}, '"span": [-1, 5]'),
    ],
)
def test_pretty_keeps_spans_on_one_line(record: dict, line: str) -> None:
    assert line in dumps(record, pretty=True)


def test_pretty_leaves_other_lists_and_strings_alone() -> None:
    text = dumps({"phones": ["a", "b"], "text": "[\n1,\n2\n]"}, pretty=True)
    assert '"phones": [\n' in text
    assert '"text": "[\\n1,\\n2\\n]"' in text


def test_dir_writer_mirrors_the_tree_without_temp_files(tmp_path: Path) -> None:
    writer = DirWriter(str(tmp_path))
    writer.write({"span": [0, 1]}, "sub/a.txt")
    assert json.loads((tmp_path / "sub" / "a.json").read_text(encoding="utf-8")) == {"span": [0, 1]}
    assert [p.name for p in (tmp_path / "sub").iterdir()] == ["a.json"]


def test_write_atomic_replaces_a_planted_link_never_writes_through_it(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    target = tmp_path / "out" / "a.json"
    target.parent.mkdir()
    target.symlink_to(victim)
    for pid in (os.getpid(), os.getpid() + 1):  # the old fixed temporary name, planted
        (target.parent / f".a.json.{pid}.tmp").symlink_to(victim)
    write_atomic(str(target), "{}\n")
    assert victim.read_text() == "keep me"
    assert not target.is_symlink() and target.read_text() == "{}\n"
    assert oct(target.stat().st_mode & 0o777) == oct(0o666 & ~_umask())


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_file_writer_writes_json_lines_in_place_once_closed(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    writer = FileWriter(str(path))
    writer.write({"a": 1}, "x.txt")
    writer.write({"b": 2}, "y.txt")
    assert not path.exists()
    writer.close()
    assert [json.loads(line) for line in path.read_text().splitlines()] == [{"a": 1}, {"b": 2}]
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


@pytest.mark.parametrize(
    ("output", "kind"), [("out.jsonl", FileWriter), ("x.JSON", FileWriter), ("out", DirWriter)]
)
def test_make_writer_picks_a_file_or_a_folder(tmp_path: Path, output: str, kind: type) -> None:
    writer = make_writer("json", None, str(tmp_path / output), None, False)
    assert isinstance(writer, kind)
    writer.close()


@pytest.mark.parametrize("value", [float("nan"), float("inf"), -float("inf")])
def test_dumps_refuses_what_json_cannot_hold(value: float) -> None:
    with pytest.raises(ValueError):
        dumps({"value": value}, pretty=False)
