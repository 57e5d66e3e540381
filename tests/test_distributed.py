"""pressparse.distributed on a LocalCluster: the same records as a local run, a lost worker costs nothing."""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path
from typing import Any

import pytest

distributed = pytest.importorskip("distributed")
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

from pressparse.batch import DocumentTimeout, Options, run  # noqa: E402
from pressparse.distributed import list_inputs, parse_one, thread_time_limit  # noqa: E402
from pressparse.distributed import run as run_cluster  # noqa: E402
from pressparse.inputs import expand  # noqa: E402
from pressparse.parquet_out import SCHEMA, to_row  # noqa: E402
from pressparse.pipeline import Parser  # noqa: E402
from tests.conftest import SAMPLES, SHARED  # noqa: E402

RULES = Options(use_model=False)


def corpus(folder: Path, n: int) -> Path:
    """``n`` documents: corpus releases when ../shared is here, else the samples, repeated and numbered."""
    sources = sorted((SHARED / "corpus" / "doj-opa").glob("*.txt"))[:n] or sorted(SAMPLES.glob("*.txt"))
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        src = sources[i % len(sources)]
        (folder / f"d{i:04d}.txt").write_bytes(src.read_bytes() + f"\n\nDocument {i}.\n".encode())
    (folder / ".hidden.txt").write_text("skip")
    (folder / "notes.md").write_text("skip")
    return folder


def rows_of_parts(out: Path) -> list[dict[str, Any]]:
    parts = sorted(out.glob("part-*.parquet"))
    return [row for part in parts for row in pq.read_table(part, schema=SCHEMA).to_pylist()]


def local_rows(folder: Path) -> list[dict[str, Any]]:
    records = [r for _, r in run(expand((str(folder),)), RULES, jobs=1)]
    return pa.Table.from_pylist([to_row(r) for r in records], schema=SCHEMA).to_pylist()


@pytest.fixture(scope="module")
def client() -> Any:
    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    with cluster, distributed.Client(cluster) as c:
        c.wait_for_workers(2)
        yield c


def test_list_inputs_like_a_local_walk(tmp_path: Path) -> None:
    folder = corpus(tmp_path / "in", 3)
    assert list_inputs([str(folder)]) == [i.path for i in expand((str(folder),))]


def test_thread_time_limit() -> None:
    with pytest.raises(DocumentTimeout), thread_time_limit(0.05):
        while True:
            time.sleep(0.001)
    with thread_time_limit(1.0):
        pass  # ended in time: nothing lands later
    time.sleep(0.01)


def test_parse_one_errors_as_locally(tmp_path: Path, rules_parser: Parser) -> None:
    missing = parse_one(str(tmp_path / "missing.txt"), rules_parser, RULES)
    assert missing["error"]["type"] == "FileNotFoundError"
    assert missing["source"]["path"] == str(tmp_path / "missing.txt")


def test_200_documents_as_extract_jobs_1(tmp_path: Path, client: Any) -> None:
    folder = corpus(tmp_path / "in", 200)
    summary = run_cluster(client, [str(folder)], str(tmp_path / "out"), RULES, part_docs=20)
    assert (summary.parts, summary.records, summary.errors) == (10, 200, 0)
    assert rows_of_parts(tmp_path / "out") == local_rows(folder)


def test_a_killed_worker_costs_only_its_tasks(tmp_path: Path, client: Any) -> None:
    folder = corpus(tmp_path / "in", 120)
    out = tmp_path / "out"
    pids = list(client.run(os.getpid).values())
    killed_at: list[float] = []

    def kill_one() -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not list(out.glob("part-*.parquet")):
            time.sleep(0.01)
        os.kill(pids[0], signal.SIGKILL)
        killed_at.append(time.monotonic())

    killer = threading.Thread(target=kill_one)
    killer.start()
    summary = run_cluster(client, [str(folder)], str(out), RULES, part_docs=2)
    finished = time.monotonic()
    killer.join()
    assert summary.records == 120
    rows = rows_of_parts(out)
    assert [r["source"]["path"] for r in rows] == [i.path for i in expand((str(folder),))]
    assert not list(out.glob(".*.tmp"))
    assert killed_at[0] < finished, "the worker was killed mid-run"
    deadline = time.monotonic() + 60
    while pids[0] in client.run(os.getpid).values() and time.monotonic() < deadline:
        time.sleep(0.2)  # the nanny starts a new worker
    client.wait_for_workers(2, timeout=60)


def test_cli_scheduler_local(tmp_path: Path) -> None:
    import subprocess
    import sys

    folder = corpus(tmp_path / "in", 12)
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "pressparse", "extract", "--no-model", str(folder), "--scheduler", "local"]
    result = subprocess.run(
        [*cmd, "-j", "1", "--format", "parquet", "-o", str(out)], capture_output=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    assert b"12 records (0 errors)" in result.stderr
    assert rows_of_parts(out) == local_rows(folder)
