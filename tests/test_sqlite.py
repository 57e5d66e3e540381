"""SQLite output (``extract --db``): tables, upserts, full-text search, a killed run, columns from models."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from pressparse.models import Contact, Quote
from pressparse.pipeline import Parser
from pressparse.sqlite_out import ITEM_TABLES, SqliteWriter, item_columns
from tests.conftest import SAMPLES, SEED

SAMPLE_FILES = sorted(SAMPLES.glob("*.txt"))


def pressparse(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "pressparse", *args], capture_output=True, timeout=300)


def releases(folder: Path, n: int) -> Path:
    """``n`` distinct releases (the seed with a numbered last line: each its own sha256)."""
    folder.mkdir(parents=True, exist_ok=True)
    seed = SEED.read_bytes()
    for i in range(n):
        (folder / f"r{i:04d}.txt").write_bytes(seed + f"\nRelease number {i}.\n".encode())
    return folder


@pytest.mark.parametrize(
    ("model", "expected"),
    [
        (
            Quote,
            [
                "text",
                "start",
                "end",
                "speaker_name",
                "speaker_title",
                "speaker_mention",
                "speaker_start",
                "speaker_end",
                "cue",
            ],
        ),
        (Contact, ["name", "title", "organization", "phones", "e164", "emails", "start", "end"]),
    ],
)
def test_item_columns_come_from_the_models(model: Any, expected: list[str]) -> None:
    names = [c for c, _, _ in item_columns(model)]
    assert names == expected


def test_every_table_is_queried(tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    inputs = [*map(str, SAMPLE_FILES), str(tmp_path / "missing.txt")]
    result = pressparse("extract", "--no-model", "-j", "1", "--db", str(db), *inputs)
    assert result.returncode == 1  # the missing input failed
    assert result.stdout == b"", "--db writes the database, not JSON"
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM releases").fetchone()[0] == len(SAMPLE_FILES)
    assert conn.execute("SELECT count(*) FROM inputs").fetchone()[0] == len(SAMPLE_FILES)
    assert conn.execute("SELECT path, type FROM errors").fetchall() == [
        (str(tmp_path / "missing.txt"), "FileNotFoundError")
    ]
    seed = conn.execute(
        "SELECT sha256, headline, release_date, mode, schema_version FROM releases WHERE path = ?",
        (str(SEED),),
    ).fetchone()
    assert seed[1:] == ("Canadian-American Homeland Security Collaboration", "2011-06-17", "rules", "1.0")
    record = json.loads(
        conn.execute("SELECT record FROM releases WHERE sha256 = ?", (seed[0],)).fetchone()[0]
    )
    for table in ITEM_TABLES:  # one query per table: its rows are the record's items, in order
        rows = conn.execute(
            f"SELECT n, start, end FROM {table} WHERE release_sha256 = ? ORDER BY n", (seed[0],)
        ).fetchall()
        assert rows == [(n, *item["span"]) for n, item in enumerate(record[table])], table
    speaker = conn.execute(
        "SELECT speaker_name FROM quotes WHERE release_sha256 = ? AND n = 0", (seed[0],)
    ).fetchone()
    assert speaker == ("Janet Napolitano",)
    found = conn.execute(
        "SELECT r.path FROM releases_fts JOIN releases r ON r.rowid = releases_fts.rowid "
        "WHERE releases_fts MATCH 'quotes_text: \"long history of collaboration\"'"
    ).fetchall()
    assert found == [(str(SEED),)]
    assert conn.execute("SELECT mode, pressparse FROM runs").fetchall() == [("rules", "0.1.0")]


def test_a_rerun_upserts(tmp_path: Path, rules_parser: Parser) -> None:
    db = str(tmp_path / "r.db")
    record = rules_parser.parse_bytes(SEED.read_bytes(), source="a.txt").model_dump(mode="json")
    for headline in ("first", "second"):
        writer = SqliteWriter(db)
        writer.write({**record, "headline": headline}, "a.txt")
        writer.close()
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT headline FROM releases").fetchall() == [("second",)]
    assert conn.execute("SELECT path FROM inputs").fetchall() == [("a.txt",)]
    assert conn.execute("SELECT count(*) FROM quotes").fetchone()[0] == len(record["quotes"])
    assert (
        conn.execute("SELECT count(*) FROM releases_fts WHERE releases_fts MATCH 'first'").fetchone()[0] == 0
    )
    assert (
        conn.execute("SELECT count(*) FROM releases_fts WHERE releases_fts MATCH 'second'").fetchone()[0] == 1
    )


def test_identical_files_are_one_release_and_two_inputs(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_bytes(SEED.read_bytes())
    db = tmp_path / "r.db"
    result = pressparse(
        "extract", "--no-model", "-j", "1", "--db", str(db), str(tmp_path / "a.txt"), str(tmp_path / "b.txt")
    )
    assert result.returncode == 0
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM releases").fetchone()[0] == 1
    assert conn.execute("SELECT count(DISTINCT release_sha256), count(*) FROM inputs").fetchone() == (1, 2)


def check_consistent(db: Path) -> int:
    """The database opens, passes SQLite's and FTS's integrity checks, and every release has all its items."""
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.execute("INSERT INTO releases_fts(releases_fts) VALUES ('integrity-check')")
    for sha, raw in conn.execute("SELECT sha256, record FROM releases"):
        record = json.loads(raw)
        for table in ITEM_TABLES:
            count = conn.execute(f"SELECT count(*) FROM {table} WHERE release_sha256 = ?", (sha,)).fetchone()
            assert count[0] == len(record[table])
    count = int(conn.execute("SELECT count(*) FROM releases").fetchone()[0])
    conn.rollback()
    conn.close()
    return count


def test_a_killed_run_leaves_a_consistent_database(tmp_path: Path) -> None:
    folder = releases(tmp_path / "in", 400)
    db = tmp_path / "r.db"
    cmd = [
        sys.executable,
        "-m",
        "pressparse",
        "extract",
        "--no-model",
        "-j",
        "1",
        "-q",
        "--db",
        str(db),
        str(folder),
    ]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    written = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
        if db.exists():
            conn = sqlite3.connect(db)
            try:
                written = conn.execute("SELECT count(*) FROM releases").fetchone()[0]
            except sqlite3.OperationalError:
                continue  # the schema is being created
            finally:
                conn.close()
            if written >= 64:
                break
    assert proc.poll() is None, "the run ended before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    kept = check_consistent(db)
    assert 64 <= kept < 400
    result = pressparse("extract", "--no-model", "-j", "1", "-q", "--db", str(db), str(folder))
    assert result.returncode == 0
    assert check_consistent(db) == 400
