"""Per corpus folder: how many records have no headline, no release date or an empty body.

    python scripts/folders.py [CORPUS_DIR] [--records FILE.jsonl] [--model]

Runs ``pressparse extract --no-model --jobs 2`` over the corpus (default ``../shared/corpus``)
unless ``--records`` gives the JSON Lines of an earlier run, then prints one Markdown row per
folder (the table in the README). Some folders hold texts that have no headline or no date by
their nature (the FOMC statements, the campaign items are body only): their ``SOURCE.md`` says so.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"


def run(corpus: Path, use_model: bool) -> list[dict[str, Any]]:
    cmd = [sys.executable, "-m", "pressparse", "extract", "--jobs", "2", "--compact", "-q", str(corpus)]
    out = subprocess.run(cmd + ([] if use_model else ["--no-model"]), capture_output=True, text=True)
    return [json.loads(line) for line in out.stdout.split("\n") if line.strip()]


def folder_of(record: dict[str, Any], corpus: Path) -> str:
    path = Path(record.get("source", {}).get("path") or record.get("path", ""))
    try:
        return path.relative_to(corpus).parts[0]
    except ValueError:
        return path.parent.name


def table(records: list[dict[str, Any]], corpus: Path) -> str:
    counts: dict[str, Counter[str]] = {}
    for r in records:
        c = counts.setdefault(folder_of(r, corpus), Counter())
        c["docs"] += 1
        if r.get("error"):
            c["errors"] += 1
            continue
        c["no headline"] += not r.get("headline")
        c["no release date"] += not (r.get("release") or {}).get("date")
        c["empty body"] += not (r.get("body") or "").strip()
    cols = ("no headline", "no release date", "empty body")
    lines = ["| folder | docs | errors | " + " | ".join(cols) + " |", "|---|---:|---:|" + "---:|" * len(cols)]
    for name in sorted(counts):
        c = counts[name]
        share = " | ".join(f"{100 * c[k] / c['docs']:.1f}%" for k in cols)
        lines.append(f"| {name} | {c['docs']} | {c['errors']} | {share} |")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus", nargs="?", type=Path, default=CORPUS)
    ap.add_argument("--records", type=Path, help="JSON Lines of an earlier run over CORPUS")
    ap.add_argument("--model", action="store_true", help="parse with the model (default: rules only)")
    a = ap.parse_args()
    corpus = a.corpus.resolve()
    if a.records:
        records = [json.loads(x) for x in a.records.read_text(encoding="utf-8").split("\n") if x.strip()]
    else:
        records = run(corpus, a.model)
    print(table(records, corpus))
    return 0


if __name__ == "__main__":
    sys.exit(main())
