"""Table stage: record dicts -> CSV rows for spreadsheets, and JSON records read back.

Takes record dicts (``Release.model_dump(mode="json")`` or error records) and a table
name; gives one CSV row per item of that kind (``iter_rows``, ``CsvWriter``), each led by
the document's path and release date. ``read_records`` reads records back from JSON
Lines, a pretty-printed JSON file, or a folder of ``.json`` files written by ``-o``, so
that a batch is parsed once and tabulated many times. Error records are skipped and
counted. Text cells have their white space collapsed (a spreadsheet cell is one line);
``start``/``end`` lead back to the exact characters of the input.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TextIO

from pressparse.inputs import STDIN, InputItem
from pressparse.models import Record
from pressparse.textspan import collapse

Row = dict[str, Any]

LEAD = ("path", "release_date")
FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")
PLAIN_NUMBER = re.compile(r"[+-]?(?:\d{1,30}(?:\.\d{0,30})?|\.\d{1,30})(?:[eE][+-]?\d{1,4})?")
COLUMNS: dict[str, tuple[str, ...]] = {
    "releases": (
        *LEAD,
        "release_time",
        "timezone",
        "release_type",
        "issuer",
        "headline",
        "dateline",
        "platform",
        "posted",
        "quotes",
        "people",
        "programs",
        "figures",
        "dates",
        "contacts",
        "warnings",
    ),
    "quotes": (*LEAD, "n", "speaker", "speaker_title", "mention", "cue", "text", "start", "end"),
    "people": (*LEAD, "name", "title", "mentions", "start", "end"),
    "figures": (
        *LEAD,
        "text",
        "kind",
        "value",
        "max",
        "unit",
        "qualifier",
        "counted",
        "normalized",
        "normalized_unit",
        "same_as",
        "start",
        "end",
    ),
    "dates": (*LEAD, "text", "value", "granularity", "start", "end"),
    "programs": (*LEAD, "name", "kind", "mentions", "start", "end"),
    "contacts": (*LEAD, "name", "title", "organization", "phones", "emails", "start", "end"),
}
TABLES: tuple[str, ...] = tuple(COLUMNS)

# what each table's rows are, for --help and the README
TABLES_DOC = """\b
Tables (every row starts with path, release_date):
  releases  one row per document: release_time, timezone, release_type,
            issuer, headline, dateline, platform, posted, the number of
            quotes, people, programs, figures, dates, contacts; warnings
  quotes    n, speaker, speaker_title, mention, cue, text, start, end
  people    name, title, mentions (how many), start, end
  figures   text, kind, value, max, unit, qualifier, counted, normalized,
            normalized_unit, same_as (index of the figure it restates),
            start, end
  dates     text, value (ISO), granularity, start, end
  programs  name, kind, mentions (how many), start, end
  contacts  name, title, organization, phones, emails (each joined
            by "; "), start, end
"""


def _span(item: Record) -> Row:
    span = item.get("span") or (None, None)
    return {"start": span[0], "end": span[1]}


def _release_row(rec: Record) -> Iterator[Row]:
    release = rec.get("release") or {}
    wrapper = rec.get("wrapper") or {}
    yield {
        "release_time": release.get("time"),
        "timezone": release.get("timezone"),
        "release_type": release.get("type"),
        "issuer": release.get("issuer"),
        "headline": rec.get("headline"),
        "dateline": (rec.get("dateline") or {}).get("location"),
        "platform": wrapper.get("platform"),
        "posted": wrapper.get("posted"),
        **{kind: len(rec.get(kind) or ()) for kind in ("quotes", "people", "programs", "figures", "dates")},
        "contacts": len(rec.get("contacts") or ()),
        "warnings": rec.get("warnings") or [],
    }


def _quote_rows(rec: Record) -> Iterator[Row]:
    for n, q in enumerate(rec.get("quotes") or (), 1):
        speaker = q.get("speaker") or {}
        yield {
            "n": n,
            "speaker": speaker.get("name"),
            "speaker_title": speaker.get("title"),
            "mention": speaker.get("mention"),
            "cue": q.get("cue"),
            "text": q.get("text"),
            **_span(q),
        }


def _item_rows(kind: str) -> Callable[[Record], Iterator[Row]]:
    """Rows of one list of items: its table's columns read from each item, ``mentions`` counted."""
    fields = [c for c in COLUMNS[kind] if c not in (*LEAD, "mentions", "start", "end")]

    def rows(rec: Record) -> Iterator[Row]:
        for item in rec.get(kind) or ():
            row = {f: item.get(f) for f in fields}
            if "mentions" in COLUMNS[kind]:
                row["mentions"] = len(item.get("mentions") or ())
            yield {**row, **_span(item)}

    return rows


_ROWS: dict[str, Callable[[Record], Iterator[Row]]] = {
    "releases": _release_row,
    "quotes": _quote_rows,
    **{kind: _item_rows(kind) for kind in ("people", "figures", "dates", "programs", "contacts")},
}


def cell(value: Any) -> str | int:
    """One CSV cell: empty for null, lists joined by "; ", whole floats without ".0", text on one line,
    formula-like text neutralised (``guard``)."""
    formatted = _format(value)
    return guard(formatted) if isinstance(formatted, str) else formatted


def _format(value: Any) -> str | int:
    if value is None:
        return ""
    if isinstance(value, float):
        return int(value) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, int):
        return value
    if isinstance(value, (list, tuple)):
        return "; ".join(str(_format(v)) for v in value)
    return collapse(str(value))


def guard(text: str) -> str:
    """A cell a spreadsheet would run as a formula (led by =, +, -, @, tab or CR) gets a leading ``'``
    (the OWASP rule), unless it is a plain number: "+1 202-282-8010" is guarded, "-3.5" is not."""
    if text.startswith(FORMULA_LEADS) and not PLAIN_NUMBER.fullmatch(text):
        return "'" + text
    return text


def iter_rows(record: Record, table: str, path: str | None = None) -> Iterator[Row]:
    """The rows of one record in ``table``, cells formatted for CSV; none for an error record."""
    if table not in _ROWS:
        raise ValueError(f"unknown table {table!r}; one of: {', '.join(TABLES)}")
    if "error" in record:
        return
    lead = {
        "path": (record.get("source") or {}).get("path") or path,
        "release_date": (record.get("release") or {}).get("date"),
    }
    for row in _ROWS[table](record):
        yield {col: cell(v) for col, v in {**lead, **row}.items()}


class CsvWriter:
    """A ``RecordWriter`` writing one CSV table (header first) and counting skipped error records."""

    def __init__(self, out: TextIO, table: str):
        if table not in COLUMNS:
            raise ValueError(f"unknown table {table!r}; one of: {', '.join(TABLES)}")
        self.out, self.table = out, table
        self.skipped: list[str] = []
        self.rows = 0
        self._csv = csv.DictWriter(out, fieldnames=COLUMNS[table], lineterminator="\n")
        self._started = False

    def _start(self) -> None:
        """The header row, written with the first record so that a failed read prints no table."""
        if not self._started:
            self._csv.writeheader()
            self._started = True

    def write(self, record: Record, relative: str) -> None:
        self._start()
        if "error" in record:
            self.skipped.append((record.get("source") or {}).get("path") or relative)
            return
        for row in iter_rows(record, self.table, relative):
            self._csv.writerow(row)
            self.rows += 1

    def close(self) -> None:
        self._start()
        self.out.flush()
        if self.skipped:
            shown = ", ".join(self.skipped[:5]) + (", ..." if len(self.skipped) > 5 else "")
            n = len(self.skipped)
            print(f"pressparse: skipped {n} error record(s), not in the table: {shown}", file=sys.stderr)


class RecordsUnreadable(ValueError):
    """A records file is not JSON Lines or JSON of pressparse records; the message names it and the line."""


def _check(obj: Any, where: str) -> Record:
    if not isinstance(obj, dict) or not ("source" in obj or "error" in obj):
        raise RecordsUnreadable(f"{where}: not a pressparse record (an object with 'source')")
    return obj


def _loads(text: str, where: str) -> Any:
    """``json.loads``, a failure (malformed, or nested too deeply to read) said as ``RecordsUnreadable``."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise RecordsUnreadable(f"{where}: not JSON ({exc.msg})") from None
    except RecursionError:
        raise RecordsUnreadable(f"{where}: JSON nested too deeply") from None


def _records_in(lines: Iterable[str], name: str) -> Iterator[Record]:
    """Records in one stream: JSON Lines, or pretty-printed objects (each closed by a "}" line)."""
    pending: list[str] = []
    first = 0
    for lineno, line in enumerate(lines, 1):
        if not pending:
            if not line.strip():
                continue
            first = lineno
            try:
                obj = json.loads(line)
            except json.JSONDecodeError:
                pass
            except RecursionError:
                raise RecordsUnreadable(f"{name} line {lineno}: JSON nested too deeply") from None
            else:
                yield _check(obj, f"{name} line {lineno}")
                continue
        pending.append(line)
        if line.rstrip("\r\n") == "}":
            yield _check(_loads("".join(pending), f"{name} line {first}"), f"{name} line {first}")
            pending = []
    if pending:  # an object whose closing brace is not alone on its line
        yield _check(_loads("".join(pending), f"{name} line {first}"), f"{name} line {first}")


def read_records(item: InputItem) -> Iterator[Record]:
    """The records in one input: a JSON Lines file, a ``.json`` file written by ``-o``, or stdin."""
    if item.path == STDIN:
        yield from _records_in(sys.stdin, "<stdin>")
        return
    try:
        with open(item.path, encoding="utf-8-sig") as fh:
            yield from _records_in(fh, item.path)
    except UnicodeDecodeError as exc:
        raise RecordsUnreadable(f"{item.path}: not UTF-8 text ({exc.reason})") from None
    except OSError as exc:
        raise RecordsUnreadable(f"{item.path}: {exc.strerror or exc}") from None
