"""output: JSON text of records, pretty with spans on one line, and atomic files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pressparse.output import DirWriter, dumps

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
