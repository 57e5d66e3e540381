"""Benchmark pressparse on ../shared/corpus: speed against spaCy, parallel speed-up, memory, start-up.

    python scripts/bench.py [--docs 5000] [--memory-docs 1000,10000] [--skip-quality]

Prints, measured side by side in one run (as ratios, since the machine may be shared):
1. pressparse with the model vs spaCy's own ``nlp.pipe`` (same model, same components), both
   serial in this process, spaCy on the whole texts and on the regions pressparse reads;
2. ``--jobs 2`` vs ``--jobs 1`` (with the model): the speed-up;
3. ``--no-model`` vs with the model: the speed-up, and each mode's scores on the dev gold;
4. the peak memory of each worker process of ``pressparse extract --jobs 2`` at each size;
5. start-up: ``pressparse --help``, ``pressparse schema`` and one small file end to end.
Documents are every k-th file of the sorted corpus, so every folder is represented. The
documents are cut into ``--rounds`` slices; on each slice the serial contenders (spaCy on
texts, spaCy on regions, pressparse with the model, pressparse on rules) take turns on
blocks of ``--block`` documents, then ``--jobs 2`` parses the whole slice: a burst of load
on a shared machine hits every contender alike. The serial contenders keep their model
loaded from block to block (as one ``extract`` run does); ``--jobs 2`` is timed from the
start of its two worker processes (each loads the model) to its last record.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

    from pressparse.pipeline import Parser

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
SEED = ROOT / "samples" / "dhs-2011-06-17.txt"
CLI = [sys.executable, "-m", "pressparse"]


def sample(n: int) -> list[Path]:
    files = sorted(CORPUS.rglob("*.txt"))
    step = max(1, len(files) // n)
    return (files[::step] + [f for i, f in enumerate(files) if i % step])[:n]


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def texts_of(files: list[Path], regions: bool) -> list[str]:
    """The decoded texts, or only the release regions pressparse gives the model (``regions``)."""
    from pressparse.context import stage
    from pressparse.decode import decode

    out = []
    for f in files:
        doc = decode(f.read_bytes())
        if regions:
            s, e = stage(doc).region
            out.append(doc.text[s:e])
        else:
            out.append(doc.text)
    return out


def spacy_pipe(nlp: Language, texts: list[str]) -> float:
    """spaCy alone: the same pipeline (same components) over the texts."""
    from pressparse.nlp import BATCH_SIZE

    return timed(lambda: list(nlp.pipe(texts, batch_size=BATCH_SIZE)))


def serial_run(parser: Parser, files: list[Path]) -> tuple[float, float]:
    """pressparse end to end in this process with a loaded parser, chunk by chunk as
    ``extract --jobs 1`` parses: read, decode, parse, JSON text. Gives the wall and CPU times."""
    from pressparse.batch import CHUNK, process_chunk
    from pressparse.inputs import InputItem

    items = [InputItem(str(f)) for f in files]

    def work() -> None:
        for i in range(0, len(items), CHUNK):
            for record in process_chunk([(item, None) for item in items[i : i + CHUNK]], parser):
                json.dumps(record, ensure_ascii=False)

    cpu = time.process_time()
    wall = timed(work)
    return wall, time.process_time() - cpu


def parallel_run(files: list[Path], jobs: int) -> tuple[float, float]:
    """pressparse with the model through the batch runner in ``jobs`` worker processes.

    Gives the wall time (worker start included) and the CPU time of the busiest worker: on a
    machine shared with other work, CPU time shows the speed-up wall time hides.
    """
    import threading

    from pressparse.batch import Options, run
    from pressparse.inputs import InputItem

    items = [InputItem(str(f)) for f in files]
    options = Options(use_model=True)
    busiest: dict[int, float] = {}
    done = threading.Event()

    def watch() -> None:  # the workers' CPU seconds, read from /proc until the run ends
        while not done.wait(0.3):
            for pid in _descendants(os.getpid()):
                busiest[pid] = max(busiest.get(pid, 0.0), _cpu_seconds(pid))

    def work() -> None:
        for _, record in run(items, options, jobs=jobs):
            json.dumps(record, ensure_ascii=False)

    watcher = threading.Thread(target=watch)
    watcher.start()
    wall = timed(work)
    done.set()
    watcher.join()
    return wall, max(busiest.values(), default=0.0)


def _cpu_seconds(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _descendants(pid: int) -> list[int]:
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            parents[int(entry)] = int(stat.rsplit(")", 1)[1].split()[1])
    found, frontier = [], [pid]
    while frontier:
        p = frontier.pop()
        kids = [c for c, pp in parents.items() if pp == p]
        found += kids
        frontier += kids
    return found


def _peak_mb(pid: int) -> float | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def worker_memory(files: list[Path], out: Path) -> tuple[float, float]:
    """Peak RSS (MB) of the biggest worker, and of the parent, of ``extract --jobs 2`` over ``files``."""
    listing = out / "files.txt"
    listing.write_text("\n".join(map(str, files)))
    with (out / "out.jsonl").open("wb") as sink:
        proc = subprocess.Popen(
            [*CLI, "extract", "--use-model", "-j", "2", "-q", *map(str, files)],
            stdout=sink,
            stderr=subprocess.DEVNULL,
        )
        peaks: dict[int, float] = {}
        while proc.poll() is None:
            for pid in [proc.pid, *_descendants(proc.pid)]:
                mb = _peak_mb(pid)
                if mb is not None:
                    peaks[pid] = max(peaks.get(pid, 0.0), mb)
            time.sleep(0.5)
    parent = peaks.pop(proc.pid, 0.0)
    return max(peaks.values(), default=0.0), parent


def startup(args: list[str]) -> float:
    """Best of three wall times of a command."""
    return min(
        timed(lambda: subprocess.run([*CLI, *args], capture_output=True, check=False)) for _ in range(3)
    )


def quality() -> dict[str, dict[str, float]]:
    sys.path.insert(0, str(ROOT / "scripts"))
    from evaluate import score_set

    out = {}
    for mode, use_model in (("model", True), ("rules", False)):
        metrics = score_set("dev", use_model)
        out[mode] = {k: v["value"] for k, v in metrics.items() if isinstance(v, dict) and "value" in v}
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=5000, help="documents for the speed comparisons")
    ap.add_argument("--memory-docs", default="1000,10000", help="corpus sizes for the memory runs")
    ap.add_argument(
        "--rounds", type=int, default=3, help="slices of the documents (--jobs 2 runs once a slice)"
    )
    ap.add_argument("--block", type=int, default=50, help="documents the serial contenders parse in turn")
    ap.add_argument("--skip-quality", action="store_true", help="do not score the dev gold")
    a = ap.parse_args()
    if not CORPUS.is_dir():
        print(f"no corpus at {CORPUS}", file=sys.stderr)
        return 2
    files = sample(a.docs)
    print(f"pressparse benchmark: {len(files)} documents of {CORPUS}, {os.cpu_count()} cores")
    print(f"({a.rounds} slices; the serial contenders take turns on blocks of {a.block} documents)\n")
    from pressparse.batch import settle
    from pressparse.nlp import load_model
    from pressparse.pipeline import Parser

    nlp = load_model()
    model, rules = Parser(nlp=nlp), Parser(use_model=False)
    serial_run(model, files[:8])  # every table loaded, then kept out of the collector's scans
    serial_run(rules, files[:8])
    settle()
    totals = dict.fromkeys(("spacy-text", "spacy-region", "j1", "j2", "rules"), 0.0)
    slices: list[tuple[float, float]] = []  # (--jobs 1, --jobs 2) wall time of each slice
    cpu = dict.fromkeys(("j1", "j2"), 0.0)
    for k in range(a.rounds):
        part = files[k :: a.rounds]
        start_j1 = totals["j1"]
        for b in range(0, len(part), a.block):
            block = part[b : b + a.block]
            totals["spacy-text"] += spacy_pipe(nlp, texts_of(block, regions=False))
            totals["spacy-region"] += spacy_pipe(nlp, texts_of(block, regions=True))
            wall, busy = serial_run(model, block)
            totals["j1"] += wall
            cpu["j1"] += busy
            totals["rules"] += serial_run(rules, block)[0]
        wall, busy = parallel_run(part, 2)
        slices.append((totals["j1"] - start_j1, wall))
        totals["j2"] += wall
        cpu["j2"] += busy
        done = ", ".join(f"{n} {t:.0f} s" for n, t in totals.items())
        print(f"   round {k + 1}/{a.rounds}: {done}", flush=True)
    t_j1, t_j2, t_rules = totals["j1"], totals["j2"], totals["rules"]
    print("1. pressparse (model, serial, end to end) vs spaCy nlp.pipe (same components), speed ratio:")
    for key, what in (
        ("spacy-text", "the whole texts"),
        ("spacy-region", "the release regions pressparse reads"),
    ):
        t = totals[key]
        print(f"   spaCy on {what}: {t:.1f} s vs {t_j1:.1f} s: {t / t_j1:.2f} (goal >= 0.75)")
    print(f"2. --jobs 2 {t_j2:.1f} s vs --jobs 1 {t_j1:.1f} s: speed-up {t_j1 / t_j2:.2f}x (goal >= 1.7x)")
    per_slice = ", ".join(f"{j1 / j2:.2f}x" for j1, j2 in slices)
    print(f"   per slice: {per_slice}")
    print(
        f"   CPU: --jobs 1 {cpu['j1']:.1f} s, the busiest --jobs 2 worker {cpu['j2']:.1f} s: "
        f"{cpu['j1'] / max(cpu['j2'], 1e-9):.2f}x (the speed-up on an otherwise idle machine)"
    )
    print(f"3. --no-model {t_rules:.1f} s vs model {t_j1:.1f} s: {t_j1 / t_rules:.1f}x faster (goal >= 10x)")
    per_doc = 1000 / len(files)
    print(f"   per document: model {t_j1 * per_doc:.1f} ms, rules {t_rules * per_doc:.1f} ms")
    if not a.skip_quality:
        scores = quality()
        keys = sorted(scores["model"])
        print(f"   dev gold  {'metric':<28} {'model':>7} {'rules':>7}")
        for k in keys:
            rules = scores["rules"].get(k, float("nan"))
            print(f"             {k:<28} {scores['model'][k]:>7.3f} {rules:>7.3f}")
    import tempfile

    print("4. peak memory of extract --jobs 2 (with the model)")
    for n in (int(x) for x in a.memory_docs.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            worker, parent = worker_memory(sample(n), Path(tmp))
        print(f"   {n:>6} documents: worker {worker:.0f} MB, parent {parent:.0f} MB (goal: flat, < 500 MB)")
    print("5. start-up (best of 3)")
    for args in (
        ["--help"],
        ["schema"],
        ["extract", "--no-model", str(SEED)],
        ["extract", "--use-model", str(SEED)],
    ):
        print(f"   pressparse {' '.join(args):<50} {startup(args):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
