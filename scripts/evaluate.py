"""Score pressparse on the gold sets with the official scorer.

    python scripts/evaluate.py [SET ...|all|project] [--no-model] [--errors] [--out FILE.jsonl]
    python scripts/evaluate.py gold-world gold-shapes dev-world dev gold-dev --table   # the README's table

Two kinds of gold set:

- the project's own (``tests/gold``, they run on a fresh clone): ``gold-dev`` (first-corpus
  families), ``gold-world`` (issuers of other kinds and countries), ``gold-shapes`` (written
  documents in the page shapes of issuers no corpus folder holds), ``gold-doj-fullpage`` and
  ``gold-blog`` (page-markup labels). Texts travel with them where their terms allow
  (``tests/gold/corpus``); a label whose text is only in ``../shared`` is scored when
  ``../shared`` is present and left out otherwise.
- ``../shared``'s: ``dev``, ``dev-world``, ``auto-doj-opa``, ``auto-doj-opa-fullpage``,
  ``auto-blog-wrapped``, ``auto-blog-wrapped-intl``.

Parses every labelled document in this process (one Parser), writes the records as JSON Lines
and runs the scorer (``../shared/eval/score.py``, or its copy ``tests/gold/score.py`` on a
fresh clone); prints its table (and, with --errors, each document's misses). The quality-gate
tests call ``score_set`` from here.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
GOLD = ROOT / "tests" / "gold"
PROJECT_SETS = {
    "gold-dev": GOLD / "dev",
    "gold-world": GOLD / "world",
    "gold-shapes": GOLD / "shapes",
    "gold-doj-fullpage": GOLD / "auto-doj-opa-fullpage.jsonl",
    "gold-blog": GOLD / "auto-blog-wrapped.jsonl",
}
SHARED_SETS = {
    "dev": SHARED / "gold" / "dev",
    "dev-world": SHARED / "gold" / "dev-world",
    **{
        name: SHARED / "gold" / f"{name}.jsonl"
        for name in (
            "auto-doj-opa",
            "auto-doj-opa-fullpage",
            "auto-blog-wrapped",
            "auto-blog-wrapped-intl",
        )
    },
}
SETS = {**PROJECT_SETS, **SHARED_SETS}


def scorer() -> Path:
    """The official scorer: ../shared's when present, else the project's copy of it."""
    official = SHARED / "eval" / "score.py"
    return official if official.is_file() else GOLD / "score.py"


def entries(name: str) -> list[dict[str, Any]]:
    """A gold set's entries, in its order."""
    path = SETS[name]
    if path.is_dir():
        return [json.loads(f.read_text(encoding="utf-8")) for f in sorted(path.glob("*.json"))]
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]


def text_of(entry: dict[str, Any]) -> Path | None:
    """Where a gold entry's text is: the project's copy, else ../shared's, else nowhere."""
    for base in (GOLD, SHARED):
        if (base / entry["file"]).is_file():
            return base / entry["file"]
    return None


def available(name: str) -> list[tuple[dict[str, Any], Path]]:
    """The entries of a set whose text can be read here, with the text's path."""
    found = [(e, text_of(e)) for e in entries(name)] if SETS[name].exists() else []
    return [(e, p) for e, p in found if p is not None]


@cache
def _parser(use_model: bool) -> Any:
    """One ``Parser`` per mode for the whole run: the model is loaded once, whatever the sets."""
    sys.path.insert(0, str(ROOT / "src"))
    from pressparse.pipeline import Parser

    return Parser(use_model=use_model)


def predict(files: list[Path], out: Path, use_model: bool) -> None:
    parser = _parser(use_model)  # (puts src/ on the path first)
    from pressparse.batch import process
    from pressparse.inputs import InputItem

    with out.open("w", encoding="utf-8") as fh:
        for f in files:
            fh.write(json.dumps(process(InputItem(str(f)), parser), ensure_ascii=False) + "\n")


def score(gold: Path, pred: Path, errors: bool = False, as_json: bool = False) -> str:
    cmd = [sys.executable, str(scorer()), "--gold", str(gold), "--pred", str(pred)]
    cmd += ["--errors"] * errors + ["--json"] * as_json
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def _run(name: str, tmp: Path, use_model: bool, pred: Path | None = None) -> tuple[Path, Path, int]:
    """Parse the readable documents of a set; give (gold file, predictions, documents)."""
    found = available(name)
    gold = tmp / "gold.jsonl"
    gold.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e, _ in found), encoding="utf-8")
    pred = pred or tmp / "pred.jsonl"
    predict([p for _, p in found], pred, use_model)
    return gold, pred, len(found)


def score_set(name: str, use_model: bool) -> dict[str, dict[str, Any]]:
    """Parse a gold set and give the scorer's metrics ({metric: {"value": ...}})."""
    with tempfile.TemporaryDirectory() as tmp:
        gold, pred, n = _run(name, Path(tmp), use_model)
        if not n:
            return {}
        metrics: dict[str, dict[str, Any]] = json.loads(score(gold, pred, as_json=True))["metrics"]
        return metrics


# the README's row order: the page's reading first, then the extractors
TABLE_ROWS = (
    "headline", "release_date", "dateline", "contact_phones", "contact_emails", "contact_names",
    "body_start", "body_end", "noise_kept_out", "quotes", "quote_with_speaker", "quote_speaker",
    "people", "people_title", "programs", "acronyms", "figures", "dates",
)  # fmt: skip


def quality_table(names: list[str]) -> str:
    """The README's quality table: a column per set, a row per metric; "rules / model" where the
    two modes differ, one figure where they agree (blank: the set does not label it)."""
    runs = {n: (score_set(n, use_model=False), score_set(n, use_model=True)) for n in names}
    lines = ["| metric | " + " | ".join(names) + " |", "|---" * (len(names) + 1) + "|"]
    for row in TABLE_ROWS:
        cells = []
        for n in names:
            rules, model = (r.get(row, {}).get("value") for r in runs[n])
            same = rules is None or model is None or f"{rules:.3f}" == f"{model:.3f}"
            cells.append("" if rules is None else f"{rules:.3f}" if same else f"{rules:.3f} / {model:.3f}")
        lines.append(f"| {row} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sets", nargs="*", default=["dev"], choices=(*SETS, "all", "project"), metavar="SET")
    ap.add_argument("--no-model", action="store_true", help="rules only")
    ap.add_argument("--errors", action="store_true", help="print each document's misses")
    ap.add_argument("--out", type=Path, help="keep the predictions here (default: a temporary file)")
    ap.add_argument("--table", action="store_true", help="the README's table: both modes, a column per set")
    a = ap.parse_args()
    groups = {"all": list(SETS), "project": list(PROJECT_SETS)}
    names = [n for s in a.sets for n in groups.get(s, [s])]
    if a.table:
        print(quality_table(names))
        return 0
    for name in names:
        with tempfile.TemporaryDirectory() as tmp:
            gold, pred, n = _run(name, Path(tmp), not a.no_model, a.out)
            print(f"== {name} ({'rules only' if a.no_model else 'with model'}, {n} documents)")
            if n:
                print(score(gold, pred, errors=a.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
