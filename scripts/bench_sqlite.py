"""Time writing the same records into SQLite with the standard library (pressparse.sqlite_out)
and with sqlite-utils (same tables, upserts by sha256), to pick the faster.

    PYTHONPATH=src python scripts/bench_sqlite.py ../shared/corpus/doj-opa --limit 300
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from typing import Any

from pressparse.batch import Options, run
from pressparse.inputs import expand
from pressparse.sqlite_out import ITEM_COLUMNS, RELEASE_COLUMNS, SqliteWriter, _get


def with_stdlib(records: list[dict[str, Any]], path: str) -> None:
    writer = SqliteWriter(path)
    for r in records:
        writer.write(r, "")
    writer.close()


def with_sqlite_utils(records: list[dict[str, Any]], path: str) -> None:
    import sqlite_utils

    db = sqlite_utils.Database(path)
    with db.conn:
        releases = [
            {"sha256": r["source"]["sha256"], **{c: _get(r, p) for c, _, p in RELEASE_COLUMNS}}
            for r in records
        ]
        db["releases"].upsert_all(releases, pk="sha256")
        for table, columns in ITEM_COLUMNS.items():
            rows = [
                {"release_sha256": r["source"]["sha256"], "n": n, **{c: _get(i, p) for c, _, p in columns}}
                for r in records
                for n, i in enumerate(r.get(table) or ())
            ]
            if rows:
                db[table].upsert_all(rows, pk=("release_sha256", "n"))
    db["releases"].enable_fts(["headline", "body"], create_triggers=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--limit", type=int, default=300)
    args = ap.parse_args()
    items = list(expand((args.folder,)))[: args.limit]
    records = [rec for _, rec in run(items, Options(use_model=False), jobs=1) if "error" not in rec]
    for name, fn in (("stdlib sqlite3", with_stdlib), ("sqlite-utils", with_sqlite_utils)):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "r.db")
            t = time.perf_counter()
            fn(records, path)
            print(f"{name:15} {len(records)} records: {time.perf_counter() - t:.3f} s")


if __name__ == "__main__":
    main()
