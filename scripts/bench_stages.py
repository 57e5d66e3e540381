"""Time each extractor per document over corpus documents, rules only.

    python scripts/bench_stages.py [-n 1000] [--seed 0] [--repeat 1] [STAGE ...]

Takes N documents from ../shared/corpus, drawn evenly from its folders (seeded), builds a
rules-only context for each (decode, layout, header, rule-based sentences; no model), then
runs the extractors in the registry's order (``pressparse.extract.EXTRACTORS``; given STAGE
names, those and what they need), each over every context with the results of the earlier ones,
and prints ms/doc for each stage, their total, and dateparser's share of the dates stage. What
the context computes once and shares (the regions' tokens, chunks and title lines) is timed in
the first stage that asks for it, and stays alive for the later stages, for every document
(more for the garbage collector to walk than the pipeline ever holds). Then it times the same
extractors run document by document (``extract.run``), as the pipeline runs them: what one
document's stages share stays warm, and goes with its context. With --repeat R, each time is
the least of R runs, each on freshly built contexts (a shared, noisy machine).
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
    ap.add_argument("--repeat", type=int, default=1, help="runs per stage; the least time counts")
    ap.add_argument("stages", nargs="*", help="extractor names (default: all)")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    from pressparse.context import stage
    from pressparse.decode import decode
    from pressparse.extract import EXTRACTORS, dates, run

    staged = [stage(decode(path.read_bytes(), str(path))) for path in sample(args.n, args.seed)]
    wanted = set(args.stages or [ex.NAME for ex in EXTRACTORS])
    for ex in reversed(EXTRACTORS):  # and what they need (an extractor comes after its needs)
        if ex.NAME in wanted:
            wanted.update(ex.NEEDS)
    run(staged[0].context(), *wanted)  # imports and first-use tables (dateparser, the name lexicon)

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
    n = len(staged)
    best: dict[str, float] = {}
    found: dict[str, int] = {}
    by_doc = float("inf")
    for _ in range(args.repeat):
        contexts = [s.context() for s in reversed(staged)]
        t0 = time.perf_counter()
        while contexts:  # as the pipeline: a document's context, and what it shares, goes after it
            run(contexts.pop(), *wanted)
        by_doc = min(by_doc, time.perf_counter() - t0)
        contexts = [s.context() for s in staged]
        parse_time, calls = 0.0, 0
        for ex in EXTRACTORS:
            if ex.NAME not in wanted:
                continue
            t0 = time.perf_counter()
            contexts = [ctx.with_found(ex.NAME, ex.extract(ctx)) for ctx in contexts]
            best[ex.NAME] = min(best.get(ex.NAME, float("inf")), time.perf_counter() - t0)
            found[ex.NAME] = sum(len(ctx.found[ex.NAME]) for ctx in contexts)
    for name, elapsed in best.items():
        print(f"{name:14s} {1000 * elapsed / n:7.3f} ms/doc  ({found[name]} items over {n} docs)")
    print(f"{'total':14s} {1000 * sum(best.values()) / n:7.3f} ms/doc")
    print(f"{'by document':14s} {1000 * by_doc / n:7.3f} ms/doc  (every stage, document by document)")
    if "dates" in wanted:
        print(f"dateparser {1000 * parse_time / n:7.3f} ms/doc inside dates (last run), {calls} calls")


if __name__ == "__main__":
    main()
