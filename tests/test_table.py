"""table: record dicts -> CSV rows, records read back from JSON, and ``pressparse table``."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from pressparse.cli import cli
from pressparse.inputs import InputItem
from pressparse.table import (
    COLUMNS,
    TABLES,
    TABLES_DOC,
    CsvWriter,
    RecordsUnreadable,
    cell,
    iter_rows,
    read_records,
)

from .conftest import SEED
from .sample_records import QUOTE_STARTS, SEED_TEXT, seed_release, span

PATH = str(SEED)
ERROR = {
    "source": {"path": "gone.txt"},
    "error": {"type": "FileNotFoundError", "message": "gone.txt: no such"},
}


@pytest.fixture(scope="module")
def seed_record() -> dict:
    return seed_release().model_dump(mode="json")


def table_of(records: list[dict], table: str) -> list[dict[str, str]]:
    out = io.StringIO()
    writer = CsvWriter(out, table)
    for rec in records:
        writer.write(rec, "x.txt")
    writer.close()
    return list(csv.DictReader(io.StringIO(out.getvalue())))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (None, ""),
        (31000.0, 31000),
        (0.5, "0.5"),
        (-2.0, -2),
        (1e20, "1e+20"),
        (7, 7),
        (["202-282-8010", "202-282-8011"], "202-282-8010; 202-282-8011"),
        ([], ""),
        ("two\n  lines\tand tab ", "two lines and tab"),
        ("", ""),
        # formulas neutralised (OWASP): a leading ' unless the cell is a plain number
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1 202-282-8010", "'+1 202-282-8010"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        (["=1+1", "ok"], "'=1+1; ok"),
        ("-3.5", "-3.5"),
        ("+15", "+15"),
        ("-1e5", "-1e5"),
        ("a=b", "a=b"),
    ],
)
def test_cell(value: object, expected: object) -> None:
    assert cell(value) == expected


@pytest.mark.parametrize(
    ("table", "count", "first"),
    [
        (
            "releases",
            1,
            {
                "headline": "Canadian-American Homeland Security Collaboration",
                "release_time": "07:00:00",
                "timezone": "EDT",
                "release_type": "immediate",
                "issuer": "Office of the Press Secretary",
                "dateline": "WASHINGTON",
                "platform": "blogger",
                "posted": "2011-06-18",
                "quotes": "3",
                "people": "4",
                "programs": "1",
                "figures": "2",
                "dates": "2",
                "contacts": "1",
                "warnings": "",
            },
        ),
        (
            "quotes",
            3,
            {
                "n": "1",
                "speaker": "Janet Napolitano",
                "speaker_title": "Secretary of Homeland Security",
                "mention": "Secretary Napolitano",
                "cue": "said",
            },
        ),
        (
            "people",
            4,
            {"name": "Janet Napolitano", "title": "Secretary of Homeland Security", "mentions": "0"},
        ),
        (
            "figures",
            2,
            {
                "text": "more than 31,000 kilograms",
                "kind": "measure",
                "value": "31000",
                "max": "",
                "unit": "kg",
                "qualifier": "more than",
                "counted": "",
                "normalized": "31000",
                "normalized_unit": "kg",
                "same_as": "",
            },
        ),
        ("dates", 2, {"text": "February 4, 2011", "value": "2011-02-04", "granularity": "day"}),
        ("programs", 1, {"name": "Project Global Shield", "kind": "project", "mentions": "0"}),
        ("contacts", 1, {"name": "", "phones": "202-282-8010", "emails": ""}),
    ],
)
def test_rows_of_each_table(seed_record: dict, table: str, count: int, first: dict[str, str]) -> None:
    rows = table_of([seed_record], table)
    assert len(rows) == count
    assert list(rows[0]) == list(COLUMNS[table])
    assert rows[0]["path"] == PATH and rows[0]["release_date"] == "2011-06-17"
    assert {k: rows[0][k] for k in first} == first


@pytest.mark.parametrize("table", [t for t in TABLES if t != "releases"])
def test_spans_lead_back_to_the_text(seed_record: dict, table: str) -> None:
    for row in table_of([seed_record], table):
        s, e = int(row["start"]), int(row["end"])
        shown = " ".join(SEED_TEXT[s:e].split())
        label = row.get("text") or row.get("name") or row.get("phones")
        assert label and label in shown, (table, row)


def test_quote_text_is_one_line_and_whole(seed_record: dict) -> None:
    rows = table_of([seed_record], "quotes")
    assert [r["text"][: len(start)] for r, start in zip(rows, QUOTE_STARTS, strict=True)] == list(
        QUOTE_STARTS
    )
    assert rows[0]["start"] == str(span(QUOTE_STARTS[0])[0])
    assert all("\n" not in r["text"] for r in rows)


def _documented() -> dict[str, str]:
    """TABLES_DOC's entry of each table: its line and the indented lines under it."""
    entries: dict[str, str] = {}
    name = ""
    for line in TABLES_DOC.splitlines():
        words = line.split()
        if line.startswith("  ") and not line.startswith("   ") and words:
            name = words[0]
            entries[name] = line
        elif name and line.startswith("    "):
            entries[name] += line
    return entries


def test_help_documents_every_table_and_column() -> None:
    entries = _documented()
    assert sorted(entries) == sorted(TABLES)
    for table, columns in COLUMNS.items():
        words = set(entries[table].replace(",", " ").replace(";", " ").split())
        missing = [c for c in columns[2:] if c not in words and c not in ("quotes", "people", "programs")]
        assert not missing, (table, missing)


def test_error_records_are_skipped_and_counted(seed_record: dict, capsys: pytest.CaptureFixture[str]) -> None:
    rows = table_of([ERROR, seed_record, ERROR], "releases")
    assert [r["path"] for r in rows] == [PATH]
    assert "skipped 2 error record(s), not in the table: gone.txt, gone.txt" in capsys.readouterr().err


def test_no_error_no_message(seed_record: dict, capsys: pytest.CaptureFixture[str]) -> None:
    table_of([seed_record], "quotes")
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("table", TABLES)
def test_header_alone_when_nothing_to_tabulate(table: str) -> None:
    out = io.StringIO()
    CsvWriter(out, table).close()
    assert out.getvalue() == ",".join(COLUMNS[table]) + "\n"


def test_unknown_table_is_refused(seed_record: dict) -> None:
    with pytest.raises(ValueError, match="unknown table 'speakers'"):
        CsvWriter(io.StringIO(), "speakers")
    with pytest.raises(ValueError, match="unknown table"):
        list(iter_rows(seed_record, "speakers"))


def test_path_falls_back_to_the_relative_name() -> None:
    record = {"source": {"path": None}, "release": {"date": None}, "dates": []}
    rows = list(iter_rows(record, "releases", "stdin"))
    assert rows[0]["path"] == "stdin" and rows[0]["release_date"] == ""


# reading records back


def _write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def _forms(rec: dict) -> list[tuple[str, str, int]]:
    line, pretty = json.dumps(rec), json.dumps(rec, indent=2)
    return [
        ("jsonl", f"{line}\n{line}\n", 2),
        ("jsonl-blank-lines", f"\n{line}\n\n{line}", 2),
        ("pretty", pretty + "\n", 1),
        ("pretty-no-newline", pretty, 1),
        ("two-pretty", f"{pretty}\n{pretty}\n", 2),
        ("mixed", f"{line}\n{pretty}\n{line}\n", 3),
        ("bom", "\ufeff" + line + "\n", 1),
        ("empty", "", 0),
    ]


@pytest.mark.parametrize("form", range(8))
def test_read_records_in_every_form(seed_record: dict, tmp_path: Path, form: int) -> None:
    name, text, count = _forms(seed_record)[form]
    records = list(read_records(InputItem(_write(tmp_path, name, text))))
    assert len(records) == count
    assert all(r == seed_record for r in records)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"source": {}}\nnot json\n', "bad.jsonl line 2: not JSON"),
        ('{"a": 1}\n', "bad.jsonl line 1: not a pressparse record"),
        ("[1, 2]\n", "bad.jsonl line 1: not a pressparse record"),
        ('{"source": {},\n "x": \n}\n', "bad.jsonl line 1: not JSON"),
        ('{"source": {},\n', "bad.jsonl line 1: not JSON"),
        ("[" * 100_000 + "\n", "bad.jsonl line 1: JSON nested too deeply"),
        ('{"source": ' + "[" * 100_000 + "]" * 100_000 + "}\n", "bad.jsonl line 1: JSON nested too deeply"),
        ('{"source": 1,\n"x": ' + "[" * 100_000 + "\n}\n", "bad.jsonl line 1: JSON nested too deeply"),
    ],
)
def test_unreadable_records_name_the_file_and_line(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(RecordsUnreadable, match=re.escape(message)):
        list(read_records(InputItem(_write(tmp_path, "bad.jsonl", text))))


def test_not_utf8_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "latin.jsonl"
    path.write_bytes(b'{"source": "\xe9"}\n')
    with pytest.raises(RecordsUnreadable, match=re.escape("latin.jsonl: not UTF-8")):
        list(read_records(InputItem(str(path))))


# the command


def _run(*args: str, input: str | None = None):
    return CliRunner().invoke(cli, list(args), input=input)


def test_table_command_from_json_lines(seed_record: dict, tmp_path: Path) -> None:
    path = _write(tmp_path, "out.jsonl", json.dumps(seed_record) + "\n" + json.dumps(ERROR) + "\n")
    result = _run("table", path, "--table", "quotes")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["speaker"] for r in rows] == ["Janet Napolitano", "Janet Napolitano", "Vic Toews"]
    assert "skipped 1 error record(s)" in result.stderr


def test_table_command_from_a_folder_and_stdin(seed_record: dict, tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    _write(tmp_path, "a.json", json.dumps(seed_record, indent=2))
    _write(tmp_path / "sub", "b.json", json.dumps(seed_record, indent=2))
    _write(tmp_path, "notes.txt", "not a record")
    result = _run("table", str(tmp_path), "--table", "dates")
    assert result.exit_code == 0, result.output
    assert len(list(csv.DictReader(io.StringIO(result.stdout)))) == 4
    piped = _run("table", "-", "--table", "dates", input=json.dumps(seed_record) + "\n")
    assert piped.exit_code == 0 and len(piped.stdout.splitlines()) == 3


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("table", "missing.jsonl"), "missing.jsonl"),
        (("table",), "Missing argument"),
        (("table", "{dir}", "--table", "speakers"), "'speakers' is not one of"),
        (("table", "{dir}/bad.jsonl"), "bad.jsonl line 1: not JSON"),
        (("table", "{dir}", "--glob", "*.csv"), "no file matching '*.csv'"),
    ],
)
def test_table_command_usage_errors(tmp_path: Path, args: tuple[str, ...], message: str) -> None:
    _write(tmp_path, "bad.jsonl", "oops\n")
    result = _run(*(a.format(dir=tmp_path) for a in args))
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.stdout == ""


def test_a_record_of_another_shape_is_a_usage_error_not_a_traceback(tmp_path: Path) -> None:
    path = _write(tmp_path, "odd.jsonl", '{"source": {"path": "x"}, "quotes": 5, "release": []}\n')
    result = _run("table", path)
    assert result.exit_code == 2
    assert "odd.jsonl: not a pressparse record" in result.stderr


def test_extract_csv_equals_table_of_its_json_lines(tmp_path: Path) -> None:
    samples = str(SEED.parent)
    jsonl = _run("extract", "--no-model", "--compact", samples)
    assert jsonl.exit_code == 0, jsonl.output
    path = _write(tmp_path, "out.jsonl", jsonl.stdout)
    for table in ("releases", "people"):
        direct = _run("extract", "--no-model", samples, "--format", "csv", "--table", table)
        later = _run("table", path, "--table", table)
        assert direct.exit_code == later.exit_code == 0
        assert direct.stdout == later.stdout
        assert direct.stdout.splitlines()[0] == ",".join(COLUMNS[table])


def test_mentions_are_counted(seed_record: dict) -> None:
    rows = table_of([seed_record], "people")
    assert {r["name"]: r["mentions"] for r in rows}["Vic Toews"] == "1"


def test_same_as_points_to_the_restated_figure(seed_record: dict) -> None:
    rows = table_of([seed_record], "figures")
    assert [r["same_as"] for r in rows] == ["", "0"]
