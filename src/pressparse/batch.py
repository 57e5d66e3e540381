"""Batch stage: input items -> JSON-ready records, one per input, in input order.

Takes ``InputItem``s and ``Options``; gives ``(item, record dict)`` pairs, lazily. A
document that cannot be read or parsed gives an error record
``{"source": {...}, "error": {"type", "message"}}`` and the batch goes on.

``run(items, options, jobs=1)`` parses in worker processes that each load the model once
and parse chunks of documents (one ``nlp.pipe`` batch each); only without a time limit
(``timeout=None``) and with one job does it parse in this process. A running regex cannot
be interrupted by a signal, so the only limit that always holds is a process that can be
killed: one job with a time limit is one worker. The parent reads at most a window of
inputs ahead, keeps the results of that window only and yields them in input order, so
memory is bounded whatever the corpus size. A worker that goes past the per-document
time limit or dies is killed and replaced; its unfinished documents are retried one by
one, and the one that fails alone becomes an error record (``DocumentTimeout`` or
``WorkerDied``).
"""

from __future__ import annotations

import gc
import json
import multiprocessing
import os
import signal
import stat
import sys
import time
from collections import deque
from collections.abc import Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice
from multiprocessing.connection import Connection, wait
from typing import Any

from pressparse.decode import Decoded, decode
from pressparse.inputs import DEFAULT_MAX_BYTES, STDIN, InputItem, printable_path
from pressparse.models import ErrorInfo, ErrorRecord, Record, Release
from pressparse.pipeline import Parser

CHUNK = 8  # documents a worker parses together
WORKER_MEMORY = {True: 600 * 2**20, False: 200 * 2**20}  # peak bytes of a worker, with/without model
WINDOW_PER_JOB = 4  # chunks read ahead per worker: bounds the results held for reordering
MAX_START_FAILURES = 3  # workers that die before they are ready: give up


@dataclass(frozen=True)
class Options:
    """How to parse: the model (``use_model=False`` for rules only) and the per-document limits."""

    model: str | None = None
    use_model: bool = True
    max_bytes: int | None = DEFAULT_MAX_BYTES
    timeout: float | None = None  # seconds per document (the CLI's --timeout); None: no limit
    chunk: int = CHUNK
    follow_links: bool = False  # read a link found in a folder that leads out of it
    parser_class: type[Parser] = Parser  # a subclass to run instead (picklable: a module-level class)


class InputTooLarge(ValueError):
    """The input is larger than the size limit."""


class NotAFile(OSError):
    """An input that is not a regular file (a FIFO, a socket, a device): it could block or never end."""


class LinkOutsideTree(OSError):
    """A symbolic link found in an input folder that leads out of it (read only with --follow-links)."""


class InvalidRecord(ValueError):
    """The record cannot be written as JSON (a number out of range: NaN or infinity)."""


class DocumentTimeout(TimeoutError):
    """Parsing one document took longer than the time limit."""


class WorkerDied(RuntimeError):
    """The worker process parsing the document exited without a result."""


def read_bytes(item: InputItem, max_bytes: int | None = None, follow_links: bool = False) -> bytes:
    """Read one input's bytes (stdin for ``-``), refusing files over ``max_bytes``.

    Only a regular file is read: a FIFO would block, a device (``/dev/zero``) never ends. The
    file is opened without blocking and checked once open (no race between check and read);
    at most ``max_bytes + 1`` bytes are read, so a growing file cannot exhaust memory either.
    A file found in a folder that is a link leading out of the folder is refused unless
    ``follow_links``.
    """
    from pressparse.archives import ArchiveMember

    if isinstance(item, ArchiveMember):  # read already, from its archive (issue 16)
        return item.read(max_bytes)
    if item.root is not None and not follow_links and os.path.islink(item.path):
        inside = os.path.realpath(item.root)
        target = os.path.realpath(item.path)
        if os.path.exists(target) and os.path.commonpath([inside, target]) != inside:
            raise LinkOutsideTree(f"{item.path}: a link out of {item.root} (read it with --follow-links)")
    if item.path == STDIN:
        data = sys.stdin.buffer.read() if max_bytes is None else sys.stdin.buffer.read(max_bytes + 1)
    else:
        fd = os.open(item.path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
        with open(fd, "rb", closefd=True) as fh:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise NotAFile(f"{item.path}: not a regular file")
            os.set_blocking(fd, True)
            data = fh.read() if max_bytes is None else fh.read(max_bytes + 1)
    if max_bytes is not None and len(data) > max_bytes:
        raise InputTooLarge(f"{item.path}: larger than --max-bytes {max_bytes}")
    return data


def error_record(item: InputItem, exc: BaseException) -> Record:
    """The record for an input that failed: its path and what went wrong."""
    path = printable_path(item.path)
    text = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)  # no "[Errno 2]"
    message = printable_path(text or exc.__class__.__name__)
    if path not in message and item.path != STDIN:
        message = f"{path}: {message}"
    rec = ErrorRecord(source={"path": path}, error=ErrorInfo(type=exc.__class__.__name__, message=message))
    return rec.model_dump(mode="json")


def process(item: InputItem, parser: Parser, max_bytes: int | None = None) -> Record:
    """Read and parse one input; never raises for a bad document."""
    return process_chunk([(item, None)], parser, max_bytes)[0]


def process_chunk(
    chunk: Sequence[tuple[InputItem, bytes | None]],
    parser: Parser,
    max_bytes: int | None = None,
    follow_links: bool = False,
) -> list[Record]:
    """Read (unless the bytes are given) and parse a chunk of inputs; one record each, never raises."""
    decoded: list[Decoded | Exception] = []
    for item, data in chunk:
        try:
            raw = data if data is not None else read_bytes(item, max_bytes, follow_links)
            decoded.append(decode(raw, printable_path(item.path)))
        except Exception as exc:  # the batch boundary: any failure becomes an error record
            decoded.append(exc)
    parsed = iter(parser.parse_batch([d for d in decoded if not isinstance(d, Exception)]))
    records: list[Record] = []
    for (item, _), d in zip(chunk, decoded, strict=True):
        result = d if isinstance(d, Exception) else next(parsed)
        try:
            records.append(error_record(item, result) if isinstance(result, Exception) else _json(result))
        except Exception as exc:
            records.append(error_record(item, exc))
    return records


def _json(release: Release) -> Record:
    """The record of a release, checked to be valid JSON (no NaN or infinity, which JSON has not)."""
    record = release.model_dump(mode="json")
    try:
        json.dumps(record, allow_nan=False)
    except ValueError:
        raise InvalidRecord("a number in the record is out of range (NaN or infinity)") from None
    return record


def make_parser(options: Options, warn: bool = True) -> tuple[Parser, str | None]:
    """The parser for ``options``, and why the model could not be loaded (said on stderr if ``warn``)."""
    if not options.use_model:
        return options.parser_class(use_model=False), None
    from pressparse.nlp import ModelUnavailable, load_model

    try:
        return options.parser_class(nlp=load_model(options.model)), None
    except ModelUnavailable as exc:
        message = exc.warning()
        if warn:
            print(message, file=sys.stderr)
        return options.parser_class(use_model=False), message


def settle() -> None:
    """Called once a process has parsed its first chunk (the model and every lazily read table
    are loaded by then): collect, then move all that is left out of the garbage collector's
    scans (``gc.freeze``). Those objects live as long as the process; scanning them again at
    every full collection costs ~5% of the rules-only time."""
    gc.collect()
    gc.freeze()


def run(
    items: Iterable[InputItem], options: Options | None = None, jobs: int = 1
) -> Generator[tuple[InputItem, Record], None, None]:
    """Parse every input in ``jobs`` worker processes (capped by ``max_jobs``); input order kept.

    With one job and no time limit the inputs are parsed in this process; with a time limit
    they never are, since a document stuck in a regex can only be stopped by killing its process.
    """
    options = options or Options()
    if jobs <= 1 and not options.timeout:
        return run_serial(items, options)
    return run_parallel(items, options, max(1, min(jobs, max_jobs(options))))


def max_jobs(options: Options) -> int:
    """Worker processes this machine can run: one per usable core, and as many as memory holds."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    available = _available_memory()
    by_memory = cores if available is None else available // WORKER_MEMORY[options.use_model]
    return max(1, min(cores, by_memory))


def _available_memory() -> int | None:
    """Bytes of memory available to new processes (Linux ``MemAvailable``), or None when unknown."""
    try:
        with open("/proc/meminfo", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


# -- serial -------------------------------------------------------------------------------------


def run_serial(
    items: Iterable[InputItem], options: Options
) -> Generator[tuple[InputItem, Record], None, None]:
    """Parse inputs one chunk after another in this process (no time limit: nothing could stop one)."""
    parser, _ = make_parser(options)
    pending = iter(items)
    for n, chunk in enumerate(iter(lambda: list(islice(pending, options.chunk)), [])):
        if n == 1:
            settle()
        tasks: list[tuple[InputItem, bytes | None]] = [(item, None) for item in chunk]
        records = process_chunk(tasks, parser, options.max_bytes, options.follow_links)
        yield from zip(chunk, records, strict=True)


# -- worker processes ---------------------------------------------------------------------------

Task = tuple[int, InputItem, bytes | None]  # (sequence number, input, its bytes when read already)


def _worker_main(conn: Connection, options: Options) -> None:
    """A worker: load the model once, then parse the chunks it is sent until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    parser, warning = make_parser(options, warn=False)
    try:
        conn.send(("ready", warning))
        for n, tasks in enumerate(iter(conn.recv, None)):
            if n == 1:
                settle()
            chunk = [(item, data) for _, item, data in tasks]
            records = process_chunk(chunk, parser, options.max_bytes, options.follow_links)
            for (seq, _, _), record in zip(tasks, records, strict=True):
                conn.send((seq, record))
    except (EOFError, BrokenPipeError):
        return  # the parent is gone: nobody wants the results


@dataclass
class _Worker:
    process: Any
    conn: Connection
    ready: bool = False
    tasks: deque[Task] = field(default_factory=deque)  # sent, no result yet, in order
    alone: bool = False  # the tasks in flight were sent one by one (a failure is the document's)
    deadline: float = float("inf")

    def send(self, tasks: list[Task], alone: bool, timeout: float | None) -> None:
        self.tasks.extend(tasks)
        self.alone = alone
        self.deadline = time.monotonic() + timeout if timeout else float("inf")
        self.conn.send(tasks)

    def stop(self, kill: bool = False) -> None:
        if not kill:
            try:
                self.conn.send(None)
            except OSError:
                kill = True
            else:
                self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(timeout=5)
        self.conn.close()


def _context() -> Any:
    """Workers fork from a clean server process (no threads, no open files of the parent)."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


class _Pool:
    """Worker processes, the tasks in flight and the results waiting for their turn."""

    def __init__(self, options: Options, jobs: int):
        self.options = options
        self.ctx = _context()
        if self.ctx.get_start_method() == "forkserver":
            self.ctx.set_forkserver_preload(["pressparse.batch"] + (["spacy"] if options.use_model else []))
        self.workers = [self._start() for _ in range(jobs)]
        self.retry: deque[Task] = deque()  # documents to parse again, each alone
        self.done: dict[int, Record] = {}
        self.warned = False
        self.start_failures = 0

    def _start(self) -> _Worker:
        parent, child = self.ctx.Pipe()
        proc = self.ctx.Process(target=_worker_main, args=(child, self.options), daemon=True)
        proc.start()
        child.close()
        return _Worker(proc, parent)

    def dispatch(self, fresh: Iterator[Task]) -> None:
        """Give every idle, ready worker a retry (alone) or the next chunk."""
        for w in self.workers:
            if not w.ready or w.tasks:
                continue
            if self.retry:
                w.send([self.retry.popleft()], alone=True, timeout=self.options.timeout)
            elif chunk := list(islice(fresh, self.options.chunk)):
                w.send(chunk, alone=len(chunk) == 1, timeout=self.options.timeout)

    def collect(self) -> None:
        """Wait for messages (or a deadline) and file them."""
        now = time.monotonic()
        deadline = min((w.deadline for w in self.workers if w.tasks), default=now + 1)
        # keyed by what wait() gives back: a worker's connection or its process sentinel (an int)
        waiting: dict[Any, _Worker] = {w.conn: w for w in self.workers}
        waiting.update({w.process.sentinel: w for w in self.workers})
        for ready in wait(list(waiting), timeout=max(0.0, min(deadline - now, 1.0))):
            w = waiting[ready]
            if w not in self.workers:
                continue  # replaced already
            self._receive(w)  # results sent before an exit are kept
            if w in self.workers and not w.process.is_alive():
                self._fail(w, WorkerDied("the worker process exited while parsing the document"))
        now = time.monotonic()
        for w in list(self.workers):
            if w.tasks and now > w.deadline:
                limit = self.options.timeout or 0
                self._fail(w, DocumentTimeout(f"parsing took longer than --timeout {limit:g} s"))

    def _receive(self, w: _Worker) -> None:
        while not w.conn.closed and w.conn.poll():
            try:
                message = w.conn.recv()
            except (EOFError, OSError):
                self._fail(w, WorkerDied("the worker process exited while parsing the document"))
                return
            if message[0] == "ready":
                w.ready = True
                if message[1] and not self.warned:
                    print(message[1], file=sys.stderr)
                    self.warned = True
                continue
            seq, record = message
            w.tasks.popleft()
            self.done[seq] = record
            if self.options.timeout:
                w.deadline = time.monotonic() + self.options.timeout

    def _fail(self, w: _Worker, exc: Exception) -> None:
        """Replace a dead or stuck worker; its document fails if it was alone, else all are retried alone."""
        w.stop(kill=True)
        if not w.ready:
            self.start_failures += 1
            if self.start_failures >= MAX_START_FAILURES:
                raise WorkerDied("worker processes fail to start (see the messages above)")
        self.workers[self.workers.index(w)] = self._start()
        if w.alone and w.tasks:
            seq, item, _ = w.tasks.popleft()
            self.done[seq] = error_record(item, exc)
        self.retry.extendleft(reversed(w.tasks))

    def close(self, kill: bool = False) -> None:
        for w in self.workers:
            w.stop(kill=kill)


def run_parallel(
    items: Iterable[InputItem], options: Options, jobs: int
) -> Generator[tuple[InputItem, Record], None, None]:
    """Parse inputs in ``jobs`` worker processes; yield ``(item, record)`` in input order."""
    pool = _Pool(options, jobs)
    window = jobs * options.chunk * WINDOW_PER_JOB
    inputs: dict[int, InputItem] = {}
    source = enumerate(items)
    next_seq = 0
    exhausted = False

    def fresh() -> Iterator[Task]:
        """The next inputs, as long as the read-ahead window has room."""
        nonlocal exhausted
        while len(inputs) < window:
            try:
                seq, item = next(source)
            except StopIteration:
                exhausted = True
                return
            inputs[seq] = item
            if item.path != STDIN:
                yield seq, item, None
                continue
            try:  # a worker cannot read the parent's standard input: read it here
                yield seq, item, read_bytes(item, options.max_bytes)
            except (OSError, ValueError) as exc:
                pool.done[seq] = error_record(item, exc)

    clean = False
    try:
        while True:
            pool.dispatch(fresh())
            while next_seq in pool.done:
                yield inputs.pop(next_seq), pool.done.pop(next_seq)
                next_seq += 1
            if exhausted and not inputs:
                clean = True
                return
            pool.collect()
    finally:
        pool.close(kill=not clean)
