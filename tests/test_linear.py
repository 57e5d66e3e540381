"""Every module-level compiled regex of the package stays fast on worst-case near-matches.

The patterns are discovered, not listed: every ``re.Pattern`` bound at module level in a
``pressparse`` module (directly, or inside a tuple, list, set or dict there). Each is run
(``finditer`` to the end, and ``fullmatch``) over strings built from its own literal fragments and from the
shapes that make backtracking engines blow up (separator lists, runs of spaces, capitalised
words, digits), repeated to 1,000 and to 8,000 characters and followed by a tail that does
not match. A pattern fails when the 8,000-character run takes more than 0.5 s and more than
20 times the 1,000-character one (quadratic or worse), or does not finish in 3 s at all.

A pattern stuck in the C regex engine cannot be interrupted, so the runs happen in a worker
process that is killed and replaced when one overruns.
"""

from __future__ import annotations

import importlib
import multiprocessing
import pkgutil
import re
import time
from collections.abc import Iterator
from multiprocessing.connection import Connection

try:  # the regex parser moved in Python 3.11
    import re._parser as sre_parse  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - Python 3.10
    import sre_parse  # type: ignore[no-redef]

import pressparse

SIZES = (1_000, 8_000)
MAX_SECONDS = 0.5
MAX_GROWTH = 20.0
HANG_SECONDS = 3.0
TAIL = "\x00!\x00"
# modules that need an extra (``pip install "pressparse[dask]"``, ``[parquet]``)
OPTIONAL_MODULES = frozenset({"pressparse.distributed", "pressparse.parquet_out"})
GENERIC_UNITS = (
    "a | ",
    "Home | ",
    "Home > ",
    "Home > a ",
    " ",
    "\n",
    " \n",
    "John Smith ",
    "A ",
    "1,000 ",
    "$1 ",
    "a, ",
    "- ",
    ". ",
    "“",
    '"a',
)


def discover() -> list[tuple[str, re.Pattern[str]]]:
    """(module.NAME, pattern) for every module-level compiled str pattern in pressparse."""
    found: dict[tuple[str, int], tuple[str, re.Pattern[str]]] = {}
    for info in pkgutil.walk_packages(pressparse.__path__, "pressparse."):
        try:
            module = importlib.import_module(info.name)
        except ImportError:  # a module of an extra that is not installed (dask, pyarrow)
            if info.name in OPTIONAL_MODULES:
                continue
            raise
        for name, value in vars(module).items():
            values = value.values() if isinstance(value, dict) else value
            items = values if isinstance(values, (tuple, list, set, frozenset)) else [value]
            for i, item in enumerate(items):
                if isinstance(item, re.Pattern) and isinstance(item.pattern, str):
                    label = f"{info.name}.{name}" + (f"[{i}]" if item is not value else "")
                    found.setdefault((item.pattern, item.flags), (label, item))
    return sorted(found.values(), key=lambda lp: lp[0])


def _literals(tree: object) -> Iterator[str]:
    """Runs of literal characters in a parsed pattern (one character of each class as a literal)."""
    run: list[str] = []
    for op, arg in tree:  # type: ignore[attr-defined]
        name = str(op)
        if name == "LITERAL":
            run.append(chr(arg))
            continue
        if run:
            yield "".join(run)
            run = []
        if name == "IN":
            for sub_op, sub_arg in arg:
                if str(sub_op) == "LITERAL":
                    yield chr(sub_arg)
                    break
                if str(sub_op) == "RANGE":
                    yield chr(sub_arg[0])
                    break
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            yield from _literals(arg[2])
        elif name == "SUBPATTERN":
            yield from _literals(arg[-1])
        elif name == "ATOMIC_GROUP":
            yield from _literals(arg)
        elif name == "BRANCH":
            for branch in arg[1]:
                yield from _literals(branch)
        elif name in ("ASSERT", "ASSERT_NOT"):
            yield from _literals(arg[1])
    if run:
        yield "".join(run)


def units(pattern: re.Pattern[str]) -> list[str]:
    """The units to repeat for ``pattern``: its literal fragments, alone and joined; the generic shapes."""
    try:
        fragments = list(
            dict.fromkeys(f for f in _literals(sre_parse.parse(pattern.pattern, pattern.flags)) if f)
        )
    except Exception:  # an unparsable pattern still gets the generic shapes
        fragments = []
    fragments = fragments[:10]
    out = [f"{f} " for f in fragments] + [f"a{f}" for f in fragments]
    if fragments:
        out += [" ".join(fragments) + " ", "".join(fragments)]
    return list(dict.fromkeys(out + list(GENERIC_UNITS)))


def subject(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size] + TAIL


def _worker(conn: Connection) -> None:
    """Time the cases sent: (index, pattern, flags, unit) -> (index, seconds per size)."""
    for index, source, flags, unit in iter(conn.recv, None):
        pattern = re.compile(source, flags)
        times = []
        for size in SIZES:
            text = subject(unit, size)
            started = time.perf_counter()
            for _ in pattern.finditer(text):
                pass
            pattern.fullmatch(text)  # a pattern used on whole lines: the tail fails it at the very end
            times.append(time.perf_counter() - started)
        conn.send((index, times))


class _Runner:
    """A worker process that runs one case at a time; killed and replaced when a case overruns."""

    def __init__(self) -> None:
        self.ctx = multiprocessing.get_context("fork")
        self._start()

    def _start(self) -> None:
        self.conn, child = self.ctx.Pipe()
        self.proc = self.ctx.Process(target=_worker, args=(child,), daemon=True)
        self.proc.start()
        child.close()

    def time(self, index: int, pattern: re.Pattern[str], unit: str) -> list[float] | None:
        self.conn.send((index, pattern.pattern, pattern.flags, unit))
        if self.conn.poll(HANG_SECONDS * len(SIZES)):
            return self.conn.recv()[1]
        self.proc.kill()
        self.proc.join()
        self._start()
        return None

    def close(self) -> None:
        self.conn.send(None)
        self.proc.join(5)


def slow_patterns() -> list[str]:
    """Every discovered pattern that is not linear on some near-match, with the unit that shows it."""
    runner = _Runner()
    failures: list[str] = []
    try:
        for index, (label, pattern) in enumerate(discover()):
            for unit in units(pattern):
                times = runner.time(index, pattern, unit)
                if times is None:
                    failures.append(f"{label}: no result in {HANG_SECONDS:g} s on {unit!r} x N")
                    break
                small, large = times
                if large > MAX_SECONDS and large > MAX_GROWTH * max(small, 1e-6):
                    failures.append(
                        f"{label}: {large:.2f} s on {SIZES[1]} chars of {unit!r} "
                        f"({small:.3f} s on {SIZES[0]})"
                    )
                    break
    finally:
        runner.close()
    return failures


def test_discovery_finds_the_packages_patterns() -> None:
    labels = [label for label, _ in discover()]
    assert len(labels) > 50
    assert any(label.startswith("pressparse.output.") for label in labels)
    assert any(label.startswith("pressparse.extract.") for label in labels)


def test_units_come_from_the_patterns_own_literals() -> None:
    made = units(re.compile(r"(?:Home|Menu)\s*>\s*\w+"))
    assert "Home " in made and ">" in " ".join(made)


def test_a_catastrophic_pattern_is_caught() -> None:
    runner = _Runner()
    try:
        assert runner.time(0, re.compile(r"(a|aa)*c"), "a") is None
        small, large = runner.time(1, re.compile(r"\s+$"), " ")  # type: ignore[misc]
        assert large > MAX_GROWTH * small
    finally:
        runner.close()


def test_every_module_level_pattern_is_linear_on_near_matches() -> None:
    failures = slow_patterns()
    assert failures == [], "\n".join(failures)
