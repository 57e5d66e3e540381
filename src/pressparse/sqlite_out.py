"""SQLite output: records -> one database file (``pressparse extract ... --db releases.db``).

Takes record dicts (``Release.model_dump(mode="json")`` or error records); gives a SQLite
database, written with the standard library's ``sqlite3`` (measured faster than
sqlite-utils for this: ``scripts/bench_sqlite.py``):

- ``releases``: one row per release, keyed by the input's ``sha256`` (a re-run upserts:
  the release and its items are replaced), with the header fields, body, about, the
  provenance columns and the whole record as JSON (``record``);
- one linked table per list of items (``quotes``, ``people``, ``contacts``, ``programs``,
  ``acronyms``, ``organizations``, ``figures``, ``dates``), each row carrying
  ``release_sha256`` and its index ``n`` in the record; its columns are derived from the
  item's model in ``pressparse.models`` (a span becomes ``start``/``end``, a nested speaker
  ``speaker_*`` columns, lists JSON text);
- ``inputs``: every input path that gave a release, with its ``release_sha256`` (two files with
  the same bytes are one release and two inputs);
- ``errors``: one row per input that failed, keyed by path;
- ``runs``: the provenance of each run (pressparse version, mode, model, schema version);
- ``releases_fts``: full-text search (FTS5) over headline, body and the quotes, kept in
  step with ``releases`` by triggers (Datasette shows a search box for it).

Records are committed in transactions of ``BATCH`` records: a run killed at any moment
leaves a consistent database (every release whole with its items, or absent).
"""

from __future__ import annotations

import json
import sqlite3
import types
import typing
from collections.abc import Iterator, Sequence
from datetime import datetime, timezone
from typing import Any

from pydantic import BaseModel

from pressparse.models import (
    Acronym,
    Contact,
    DateMention,
    Figure,
    Organization,
    Person,
    Program,
    Quote,
    Record,
)

BATCH = 64  # records per transaction

ITEM_TABLES: dict[str, type[BaseModel]] = {
    "quotes": Quote,
    "people": Person,
    "contacts": Contact,
    "programs": Program,
    "acronyms": Acronym,
    "organizations": Organization,
    "figures": Figure,
    "dates": DateMention,
}

# releases: (column, SQL type, path into the record)
RELEASE_COLUMNS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("path", "TEXT", ("source", "path")),
    ("bytes", "INTEGER", ("source", "bytes")),
    ("encoding", "TEXT", ("source", "encoding")),
    ("format", "TEXT", ("source", "format")),
    ("headline", "TEXT", ("headline",)),
    ("release_date", "TEXT", ("release", "date")),
    ("release_time", "TEXT", ("release", "time")),
    ("timezone", "TEXT", ("release", "timezone")),
    ("release_datetime", "TEXT", ("release", "datetime")),
    ("release_type", "TEXT", ("release", "type")),
    ("issuer", "TEXT", ("release", "issuer")),
    ("dateline", "TEXT", ("dateline", "location")),
    ("dateline_date", "TEXT", ("dateline", "date")),
    ("platform", "TEXT", ("wrapper", "platform")),
    ("posted", "TEXT", ("wrapper", "posted")),
    ("body", "TEXT", ("body",)),
    ("about", "TEXT", ("about",)),
    ("warnings", "TEXT", ("warnings",)),
    ("pressparse_version", "TEXT", ("provenance", "pressparse")),
    ("mode", "TEXT", ("provenance", "mode")),
    ("model", "TEXT", ("provenance", "model")),
    ("model_version", "TEXT", ("provenance", "model_version")),
    ("schema_version", "TEXT", ("provenance", "schema_version")),
)
PROVENANCE_KEYS = ("pressparse", "mode", "model", "model_version", "schema_version")

_SQL_TYPES = {str: "TEXT", int: "INTEGER", float: "REAL", bool: "INTEGER"}


def _plain(annotation: Any) -> tuple[Any, bool]:
    """``X | None`` -> (X, True); anything else -> (it, False)."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return args[0], True
    return annotation, False


def item_columns(model: type[BaseModel], prefix: str = "") -> list[tuple[str, str, tuple[str, ...]]]:
    """The columns of an item table, derived from the item's model: (column, SQL type, path in the item).

    A span field ``span`` gives ``start``/``end`` (``x_span`` gives ``x_start``/``x_end``); a nested
    model gives its own columns prefixed by its name; lists (phones, mentions) are JSON text.
    """
    columns: list[tuple[str, str, tuple[str, ...]]] = []
    for name, field in model.model_fields.items():
        kind, _ = _plain(field.annotation)
        if kind == tuple[int, int]:
            stem = prefix + name.removesuffix("span")
            columns += [(f"{stem}start", "INTEGER", (name, "0")), (f"{stem}end", "INTEGER", (name, "1"))]
        elif isinstance(kind, type) and issubclass(kind, BaseModel):
            columns += [
                (col, sql, (name, *path)) for col, sql, path in item_columns(kind, f"{prefix}{name}_")
            ]
        else:
            columns.append((prefix + name, _SQL_TYPES.get(kind, "TEXT"), (name,)))
    return columns


ITEM_COLUMNS = {table: item_columns(model) for table, model in ITEM_TABLES.items()}


def _get(obj: Any, path: Sequence[str]) -> Any:
    for key in path:
        if obj is None:
            return None
        obj = obj[int(key)] if isinstance(obj, (list, tuple)) else obj.get(key)
    if isinstance(obj, (list, tuple, dict)):
        return json.dumps(obj, ensure_ascii=False)
    return obj


def _q(name: str) -> str:
    return f'"{name}"'


def schema_sql() -> Iterator[str]:
    """The CREATE statements of the database (idempotent)."""
    cols = ", ".join(f"{_q(c)} {t}" for c, t, _ in RELEASE_COLUMNS)
    yield (
        "CREATE TABLE IF NOT EXISTS releases (sha256 TEXT PRIMARY KEY, "
        f"{cols}, quotes_text TEXT, run_id INTEGER REFERENCES runs(id), record TEXT NOT NULL)"
    )
    yield "CREATE INDEX IF NOT EXISTS releases_date ON releases(release_date)"
    for table, columns in ITEM_COLUMNS.items():
        cols = ", ".join(f"{_q(c)} {t}" for c, t, _ in columns)
        yield (
            f"CREATE TABLE IF NOT EXISTS {table} (release_sha256 TEXT NOT NULL "
            f"REFERENCES releases(sha256) ON DELETE CASCADE, n INTEGER NOT NULL, {cols}, "
            "PRIMARY KEY (release_sha256, n))"
        )
    yield (
        "CREATE TABLE IF NOT EXISTS errors (path TEXT PRIMARY KEY, type TEXT, message TEXT, "
        "run_id INTEGER REFERENCES runs(id))"
    )
    yield ("CREATE TABLE IF NOT EXISTS inputs (path TEXT PRIMARY KEY, release_sha256 TEXT NOT NULL)")
    prov = ", ".join(f"{_q(k)} TEXT" for k in PROVENANCE_KEYS)
    yield f"CREATE TABLE IF NOT EXISTS runs (id INTEGER PRIMARY KEY, started TEXT, {prov})"
    yield (
        "CREATE VIRTUAL TABLE IF NOT EXISTS releases_fts USING fts5("
        "headline, body, quotes_text, content='releases', content_rowid='rowid')"
    )
    new = "new.rowid, new.headline, new.body, new.quotes_text"
    old = "'delete', old.rowid, old.headline, old.body, old.quotes_text"
    fts = "releases_fts(releases_fts, rowid, headline, body, quotes_text)"
    yield (
        "CREATE TRIGGER IF NOT EXISTS releases_ai AFTER INSERT ON releases BEGIN "
        f"INSERT INTO releases_fts(rowid, headline, body, quotes_text) VALUES ({new}); END"
    )
    yield (
        "CREATE TRIGGER IF NOT EXISTS releases_ad AFTER DELETE ON releases BEGIN "
        f"INSERT INTO {fts} VALUES ({old}); END"
    )
    yield (
        "CREATE TRIGGER IF NOT EXISTS releases_au AFTER UPDATE ON releases BEGIN "
        f"INSERT INTO {fts} VALUES ({old}); "
        f"INSERT INTO releases_fts(rowid, headline, body, quotes_text) VALUES ({new}); END"
    )


def connect(path: str) -> sqlite3.Connection:
    """Open (creating if needed) a pressparse database."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("BEGIN")
    for statement in schema_sql():
        conn.execute(statement)
    conn.execute("COMMIT")
    return conn


class SqliteWriter:
    """A ``RecordWriter`` into a SQLite database: upserts by sha256, one transaction per ``batch``."""

    def __init__(self, path: str, batch: int = BATCH):
        self.conn = connect(path)
        self.batch = batch
        self.pending: list[Record] = []
        self.run_id: int | None = None
        self.release_sql = self._insert(
            "releases", ["sha256", *(c for c, _, _ in RELEASE_COLUMNS), "quotes_text", "run_id", "record"]
        )
        self.item_sql = {
            t: self._insert(t, ["release_sha256", "n", *(c for c, _, _ in cols)])
            for t, cols in ITEM_COLUMNS.items()
        }

    @staticmethod
    def _insert(table: str, columns: list[str]) -> str:
        marks = ", ".join("?" * len(columns))
        return f"INSERT INTO {table} ({', '.join(map(_q, columns))}) VALUES ({marks})"

    def write(self, record: Record, relative: str) -> None:
        self.pending.append(record)
        if len(self.pending) >= self.batch:
            self.flush()

    def _start_run(self, record: Record) -> int:
        prov = record.get("provenance") or {}
        cur = self.conn.execute(
            f"INSERT INTO runs (started, {', '.join(map(_q, PROVENANCE_KEYS))}) VALUES (?, ?, ?, ?, ?, ?)",
            (
                datetime.now(timezone.utc).isoformat(timespec="seconds"),
                *(prov.get(k) for k in PROVENANCE_KEYS),
            ),
        )
        return int(cur.lastrowid or 0)

    def flush(self) -> None:
        """Write the pending records in one transaction."""
        if not self.pending:
            return
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            for record in self.pending:
                if self.run_id is None and "error" not in record:
                    self.run_id = self._start_run(record)
                self._write_one(record)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        self.pending = []

    def _write_one(self, record: Record) -> None:
        conn = self.conn
        source = record.get("source") or {}
        if "error" in record:
            error = record["error"]
            conn.execute(
                "INSERT OR REPLACE INTO errors (path, type, message, run_id) VALUES (?, ?, ?, ?)",
                (source.get("path"), error.get("type"), error.get("message"), self.run_id),
            )
            return
        sha = source["sha256"]
        conn.execute("DELETE FROM releases WHERE sha256 = ?", (sha,))  # cascades to the items
        if source.get("path") is not None:
            conn.execute("DELETE FROM errors WHERE path = ?", (source["path"],))
            conn.execute("DELETE FROM inputs WHERE path = ?", (source["path"],))
        quotes_text = "\n".join(q.get("text") or "" for q in record.get("quotes") or ())
        conn.execute(
            self.release_sql,
            (
                sha,
                *(_get(record, path) for _, _, path in RELEASE_COLUMNS),
                quotes_text,
                self.run_id,
                json.dumps(record, ensure_ascii=False),
            ),
        )
        if source.get("path") is not None:
            conn.execute("INSERT INTO inputs (path, release_sha256) VALUES (?, ?)", (source["path"], sha))
        for table, columns in ITEM_COLUMNS.items():
            rows = [
                (sha, n, *(_get(item, path) for _, _, path in columns))
                for n, item in enumerate(record.get(table) or ())
            ]
            if rows:
                conn.executemany(self.item_sql[table], rows)

    def close(self) -> None:
        self.flush()
        self.conn.close()
