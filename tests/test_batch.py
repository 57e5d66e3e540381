"""The batch runner: one record per input in input order, errors as records, bounded read-ahead."""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from pressparse.batch import (
    CHUNK,
    DEFAULT_MAX_BYTES,
    WINDOW_PER_JOB,
    InputTooLarge,
    NotAFile,
    Options,
    error_record,
    max_jobs,
    process,
    process_chunk,
    read_bytes,
    run,
)
from pressparse.decode import Decoded
from pressparse.inputs import InputItem, expand
from pressparse.models import Release
from pressparse.pipeline import Parser

from .conftest import SAMPLES, SEED
from .spancheck import record_errors

SAMPLE_FILES = sorted(SAMPLES.glob("*.txt"))


def test_process_gives_the_record_of_a_readable_file(rules_parser: Parser) -> None:
    record = process(InputItem(str(SEED)), rules_parser)
    assert record["source"]["path"] == str(SEED)
    assert record_errors(record, SEED.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize(
    ("make", "error_type"),
    [
        (lambda d: d / "missing.txt", "FileNotFoundError"),
        (lambda d: d, "IsADirectoryError"),
    ],
)
def test_an_unreadable_input_is_an_error_record(
    tmp_path: Path, rules_parser: Parser, make, error_type: str
) -> None:
    record = process(InputItem(str(make(tmp_path))), rules_parser)
    assert record["error"]["type"] == error_type
    assert str(make(tmp_path)) in record["error"]["message"]
    assert record_errors(record, None) == []


def test_a_failing_document_does_not_take_its_chunk_down(
    rules_parser: Parser, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pressparse.context as context

    real = context.segment

    def segment(text: str):
        if "BOOM" in text:
            raise RuntimeError("the layout stage failed")
        return real(text)

    monkeypatch.setattr(context, "segment", segment)
    chunk = [(InputItem("a"), b"Hello."), (InputItem("b"), b"BOOM"), (InputItem("c"), SEED.read_bytes())]
    a, b, c = process_chunk(chunk, rules_parser)
    assert "error" not in a and "error" not in c and c["headline"]
    assert b["error"] == {"type": "RuntimeError", "message": "b: the layout stage failed"}


def test_a_file_over_max_bytes_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.txt"
    path.write_bytes(b"x" * 101)
    with pytest.raises(InputTooLarge, match="--max-bytes 100"):
        read_bytes(InputItem(str(path)), max_bytes=100)
    assert read_bytes(InputItem(str(path)), max_bytes=101) == b"x" * 101


def test_a_fifo_found_in_a_folder_is_refused_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "x.txt"
    os.mkfifo(fifo)
    with pytest.raises(NotAFile):
        read_bytes(InputItem(str(fifo), root=str(tmp_path)))


def test_error_record_names_the_path_once() -> None:
    record = error_record(InputItem("a/b.txt"), FileNotFoundError("a/b.txt: gone"))
    assert record == {
        "source": {"path": "a/b.txt"},
        "error": {"type": "FileNotFoundError", "message": "a/b.txt: gone"},
    }


@pytest.mark.parametrize("jobs", [1, 2])
def test_run_keeps_input_order_and_gives_one_record_per_input(tmp_path: Path, jobs: int) -> None:
    items = [InputItem(str(p)) for p in SAMPLE_FILES * 5] + [InputItem(str(tmp_path / "missing.txt"))]
    out = list(run(items, Options(use_model=False), jobs=jobs))
    assert [i for i, _ in out] == items
    assert [r["source"]["path"] for _, r in out] == [i.path for i in items]
    assert ["error" in r for _, r in out] == [False] * (len(items) - 1) + [True]


def test_parallel_and_serial_records_are_identical() -> None:
    items = [InputItem(str(p)) for p in SAMPLE_FILES * 3]
    serial = [json.dumps(r) for _, r in run(items, Options(use_model=False), jobs=1)]
    parallel = [json.dumps(r) for _, r in run(items, Options(use_model=False), jobs=2)]
    assert serial == parallel


_FREEZE_COUNT = """
import gc, sys
from pressparse.batch import Options, run
from pressparse.inputs import InputItem
items = [InputItem(sys.argv[1])] * int(sys.argv[2])
for _ in run(items, Options(use_model=False)):
    pass
print(gc.get_freeze_count())
"""


@pytest.mark.parametrize(("docs", "frozen"), [(CHUNK, False), (CHUNK + 1, True)])
def test_a_serial_batch_freezes_what_is_loaded_after_its_first_chunk(docs: int, frozen: bool) -> None:
    """Past its first chunk a batch keeps the loaded tables out of the collector's scans; a run of
    one chunk (a single file) does not pay for the collection."""
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-c", _FREEZE_COUNT, str(SEED), str(docs)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert (int(done.stdout) > 0) is frozen


def test_parallel_run_reads_ahead_a_bounded_window() -> None:
    pulled = 0

    def inputs() -> Iterator[InputItem]:
        nonlocal pulled
        for _ in range(500):
            pulled += 1
            yield InputItem(str(SEED))

    results = run(inputs(), Options(use_model=False), jobs=2)
    next(results)
    assert pulled <= 2 * CHUNK * WINDOW_PER_JOB
    results.close()


class HangingParser(Parser):
    """A parser stuck in C on any document that says HANG, as a runaway regex is: no signal stops it."""

    def parse_batch(self, docs: Sequence[Decoded]) -> list[Release | Exception]:
        if any("HANG" in d.text for d in docs):
            re.match(r"(a|aa)*c", "a" * 80)  # exponential backtracking: years
        return super().parse_batch(docs)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_document_over_the_time_limit_is_its_own_error_record_and_the_batch_goes_on(
    tmp_path: Path, jobs: int
) -> None:
    (tmp_path / "a-good.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "b-hangs.txt").write_text("HANG here")
    (tmp_path / "c-hangs.txt").write_text("HANG too")
    (tmp_path / "d-good.txt").write_text("Hello.")
    options = Options(use_model=False, timeout=1, parser_class=HangingParser)
    started = time.monotonic()
    records = [r for _, r in run(expand((str(tmp_path),)), options, jobs=jobs)]
    assert [r.get("error", {}).get("type") for r in records] == [
        None,
        "DocumentTimeout",
        "DocumentTimeout",
        None,
    ]
    assert records[0]["headline"] and records[1]["source"]["path"].endswith("b-hangs.txt")
    assert time.monotonic() - started < 30


@pytest.mark.parametrize("path", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_a_device_is_refused_not_read(path: str) -> None:
    with pytest.raises(NotAFile, match="not a regular file"):
        read_bytes(InputItem(path))


def test_a_fifo_named_explicitly_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "x.txt"
    os.mkfifo(fifo)
    with pytest.raises(NotAFile):
        read_bytes(InputItem(str(fifo)))


def test_inputs_are_bounded_by_default(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * (DEFAULT_MAX_BYTES + 1))
    assert Options().max_bytes == DEFAULT_MAX_BYTES
    [(_, record)] = run([InputItem(str(path))], Options(use_model=False))
    assert record["error"]["type"] == "InputTooLarge"


@pytest.mark.parametrize("use_model", [True, False])
def test_jobs_are_capped_by_the_cores_and_memory(use_model: bool) -> None:
    cores = len(os.sched_getaffinity(0))
    assert 1 <= max_jobs(Options(use_model=use_model)) <= cores
