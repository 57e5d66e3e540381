"""Time the figure and date extractors per document over corpus documents.

    python scripts/bench_stages.py [-n 1000] [--seed 0]

Takes N documents from ../shared/corpus, drawn evenly from its folders (seeded), builds a
rules-only context for each (decode, layout, header, rule-based sentences; no model), then
times ``figures.extract`` and ``dates.extract`` on each context and prints ms/doc for each
stage, and dateparser's share of the dates stage.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"


def sample(n: int, seed: int) -> list[Path]:
    """``n`` documents, round-robin over the corpus folders, shuffled within each."""
    rng = random.Random(seed)
    folders = [sorted(d.glob("*.txt")) for d in sorted(CORPUS.iterdir()) if d.is_dir()]
    for files in folders:
        rng.shuffle(files)
    out: list[Path] = []
    i = 0
    while len(out) < n and any(i < len(f) for f in folders):
        out += [f[i] for f in folders if i < len(f)][: n - len(out)]
        i += 1
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=1000, help="number of documents (default 1000)")
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    from pressparse.decode import decode
    from pressparse.extract import dates, figures
    from pressparse.pipeline import stage

    contexts = [stage(decode(path.read_bytes(), str(path))).context() for path in sample(args.n, args.seed)]

    parse_time = 0.0
    calls = 0
    real_parse = dates._dateparser_parse

    def timed_parse(s: str) -> object:  # dateparser's share: time spent inside it
        nonlocal parse_time, calls
        calls += 1
        t = time.perf_counter()
        try:
            return real_parse(s)
        finally:
            parse_time += time.perf_counter() - t

    dates._dateparser_parse = timed_parse
    n = len(contexts)
    for name, extractor in (("figures", figures.extract), ("dates", dates.extract)):
        found = 0
        t0 = time.perf_counter()
        for ctx in contexts:
            found += len(extractor(ctx))
        elapsed = time.perf_counter() - t0
        print(f"{name:8s} {1000 * elapsed / n:7.3f} ms/doc  ({found} items over {n} docs)")
    print(f"dateparser {1000 * parse_time / n:7.3f} ms/doc inside dates, {calls} calls (1st imports it)")


if __name__ == "__main__":
    main()
