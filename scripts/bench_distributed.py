"""Throughput of pressparse.distributed on a LocalCluster of 1 and of 2 worker processes, beside a local
``--jobs 2`` run, on the same documents (rules only unless --model).

    PYTHONPATH=src python scripts/bench_distributed.py ../shared/corpus/doj-opa --limit 400
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time

from pressparse.batch import Options, run
from pressparse.distributed import connect, list_inputs
from pressparse.distributed import run as run_cluster
from pressparse.inputs import InputItem


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--limit", type=int, default=400)
    ap.add_argument("--model", action="store_true", help="with the spaCy model (default: rules only)")
    args = ap.parse_args()
    options = Options(use_model=args.model)
    urls = list_inputs([args.folder])[: args.limit]
    tmp = tempfile.mkdtemp()
    try:
        rates = {}
        for workers in (1, 2):
            with connect("local", workers) as client:
                client.wait_for_workers(workers)
                run_cluster(client, urls[:20], f"{tmp}/warm{workers}", options, part_docs=10)  # load once
                t = time.perf_counter()
                summary = run_cluster(client, urls, f"{tmp}/out{workers}", options, part_docs=25)
                dt = time.perf_counter() - t
            rates[workers] = summary.records / dt
            print(
                f"dask LocalCluster {workers} worker(s): {summary.records} docs in {dt:.1f} s"
                f" = {rates[workers]:.0f} docs/s"
            )
        print(f"  scaling 2 vs 1 workers: {rates[2] / rates[1]:.2f}x")
        t = time.perf_counter()
        count = sum(1 for _ in run([InputItem(u) for u in urls], options, jobs=2))
        dt = time.perf_counter() - t
        print(f"local --jobs 2 (start-up included): {count} docs in {dt:.1f} s = {count / dt:.0f} docs/s")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
