"""Beyond one machine: the same parse on a Dask cluster, Parquet parts written by the workers.

Takes input locations (any fsspec URL or local path: a file, or a folder listed recursively,
sorted, hidden names skipped, file names matching the glob), an output folder (any fsspec URL)
and a ``dask.distributed.Client`` (a remote scheduler, ``tcp://host:8786``, or a
``LocalCluster``); gives ``out/part-00000.parquet``, ``part-00001.parquet``, ... in input
order, the schema of ``pressparse.parquet_out``, each part written by the worker that parsed
it (no record goes through the client), and a ``Summary`` (parts, records, errors).

- Each worker loads the parser once (``ParserPlugin``, a worker plugin), as a local worker does.
- A document that cannot be read or parsed, or that takes longer than ``timeout`` seconds,
  gives the same error record as in a local run (``pressparse.batch``).
- A task is a chunk of documents written as one part: a worker lost mid-run costs only its
  tasks, which the scheduler runs again elsewhere (``retries``); a part is written under a
  temporary name and renamed, so a retried part replaces, never duplicates (the temporary
  files of workers killed while writing are removed at the end of the run).

Needs ``pip install "pressparse[dask]"`` (dask, distributed, fsspec, pyarrow).
"""

from __future__ import annotations

import ctypes
import fnmatch
import threading
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import fsspec
from distributed import Client, WorkerPlugin, as_completed, get_worker

from pressparse.batch import DocumentTimeout, InputTooLarge, Options, error_record, make_parser, process_chunk
from pressparse.inputs import InputItem

PART_DOCS = 50  # documents per task (one Parquet part)
RETRIES = 3  # extra attempts of a task whose worker failed
PLUGIN_NAME = "pressparse-parser"


@dataclass(frozen=True)
class Summary:
    parts: int
    records: int
    errors: int


def list_inputs(locations: Sequence[str], pattern: str = "*.txt") -> list[str]:
    """The documents at ``locations``: files as given, folders listed recursively (sorted, hidden skipped)."""
    found: list[str] = []
    for location in locations:
        fs, root = fsspec.core.url_to_fs(location)
        if not fs.isdir(root):
            found.append(location)
            continue
        base = root.rstrip("/")
        names = []
        for name in fs.find(root):
            rel = name[len(base) :].lstrip("/")
            parts = rel.split("/")
            if any(p.startswith(".") for p in parts) or not fnmatch.fnmatch(parts[-1], pattern):
                continue
            names.append(rel)
        prefix = location.rstrip("/")
        found += [f"{prefix}/{rel}" for rel in sorted(names)]
    return found


class ParserPlugin(WorkerPlugin):
    """Loads the parser once per worker process, for every task the worker runs."""

    def __init__(self, options: Options):
        self.options = options

    def setup(self, worker: Any) -> None:
        worker.pressparse_parser, _ = make_parser(self.options, warn=False)


def _parser(options: Options) -> Any:
    worker = get_worker()
    parser = getattr(worker, "pressparse_parser", None)
    if parser is None:  # a worker that joined without the plugin
        parser, _ = make_parser(options, warn=False)
        setattr(worker, "pressparse_parser", parser)  # noqa: B010 (Worker declares no such attribute)
    return parser


@contextmanager
def thread_time_limit(seconds: float | None) -> Iterator[None]:
    """Raise ``DocumentTimeout`` in this thread after ``seconds`` (a Dask task runs in a worker thread,
    where SIGALRM cannot reach it; the exception lands between two Python bytecodes, as SIGALRM's does)."""
    if not seconds:
        yield
        return
    target = threading.get_ident()
    fired = threading.Event()
    lock = threading.Lock()
    done = False

    def expire() -> None:
        with lock:
            if not done:
                fired.set()
                ctypes.pythonapi.PyThreadState_SetAsyncExc(
                    ctypes.c_ulong(target), ctypes.py_object(DocumentTimeout)
                )

    timer = threading.Timer(seconds, expire)
    timer.start()
    try:
        yield
    finally:
        with lock:
            done = True
            timer.cancel()
        if fired.is_set():  # fired after the work ended: clear it before it lands elsewhere
            ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(target), None)


def _read(url: str, max_bytes: int | None) -> bytes:
    with fsspec.open(url, "rb") as fh:
        data: bytes = fh.read() if max_bytes is None else fh.read(max_bytes + 1)
    if max_bytes is not None and len(data) > max_bytes:
        raise InputTooLarge(f"{url}: larger than --max-bytes {max_bytes}")
    return data


def parse_one(url: str, parser: Any, options: Options) -> dict[str, Any]:
    """One document's record, or its error record (read failure, parse failure, timeout)."""
    item = InputItem(url)
    try:
        data = _read(url, options.max_bytes)
    except Exception as exc:
        return error_record(item, exc)
    limit = options.timeout
    try:
        with thread_time_limit(limit):
            return process_chunk([(item, data)], parser, options.max_bytes)[0]
    except DocumentTimeout:
        return error_record(item, DocumentTimeout(f"parsing took longer than --timeout {limit or 0:g} s"))


def parse_part(index: int, urls: list[str], out: str, options: Options) -> tuple[int, int, int]:
    """A task: parse ``urls`` on this worker and write them as ``out/part-<index>.parquet``."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from pressparse.parquet_out import SCHEMA, to_row

    parser = _parser(options)
    records = [parse_one(url, parser, options) for url in urls]
    table = pa.Table.from_pylist([to_row(r) for r in records], schema=SCHEMA)
    fs, root = fsspec.core.url_to_fs(out)
    fs.makedirs(root, exist_ok=True)
    final = f"{root.rstrip('/')}/part-{index:05d}.parquet"
    tmp = f"{root.rstrip('/')}/.part-{index:05d}.{uuid.uuid4().hex}.tmp"
    with fs.open(tmp, "wb") as fh:
        pq.write_table(table, fh, compression="zstd")
    fs.mv(tmp, final)
    return index, len(records), sum("error" in r for r in records)


def run(
    client: Client,
    locations: Sequence[str],
    out: str,
    options: Options | None = None,
    pattern: str = "*.txt",
    part_docs: int = PART_DOCS,
) -> Summary:
    """Parse every document at ``locations`` on the cluster of ``client``; parts under ``out``."""
    options = options or Options()
    urls = list_inputs(locations, pattern)
    client.register_plugin(ParserPlugin(options), name=PLUGIN_NAME)
    chunks = [urls[i : i + part_docs] for i in range(0, len(urls), part_docs)]
    futures = [
        client.submit(
            parse_part, n, chunk, out, options, retries=RETRIES, pure=False, key=f"pressparse-part-{n}"
        )
        for n, chunk in enumerate(chunks)
    ]
    records = errors = 0
    for future in as_completed(futures):  # type: ignore[no-untyped-call]
        _, n, e = future.result()
        records += n
        errors += e
    fs, root = fsspec.core.url_to_fs(out)
    for leftover in fs.glob(f"{root.rstrip('/')}/.part-*.tmp"):  # a worker killed while writing
        fs.rm(leftover)
    return Summary(parts=len(chunks), records=records, errors=errors)


@contextmanager
def connect(scheduler: str, workers: int = 0) -> Iterator[Client]:
    """A client of the scheduler at ``scheduler``, or of a new ``LocalCluster`` for ``"local"``."""
    if scheduler != "local":
        with Client(scheduler) as client:  # type: ignore[no-untyped-call]
            yield client
        return
    from distributed import LocalCluster

    with (
        LocalCluster(n_workers=workers or None, threads_per_worker=1, processes=True) as cluster,  # type: ignore[no-untyped-call]
        Client(cluster) as client,  # type: ignore[no-untyped-call]
    ):
        yield client
