"""Score pressparse on the gold sets of ../shared with ../shared/eval/score.py.

    python scripts/evaluate.py [dev|dev-world|auto-doj-opa|auto-doj-opa-fullpage|auto-blog-wrapped|
                               auto-blog-wrapped-intl|all]
                               [--no-model] [--errors] [--out FILE.jsonl]

Parses every gold document in this process (one Parser), writes the records as JSON Lines
and runs the official scorer on them; prints its table (and, with --errors, each document's
misses). The quality-gate tests call ``score_set`` from here.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SETS = (
    "dev",
    "dev-world",
    "auto-doj-opa",
    "auto-doj-opa-fullpage",
    "auto-blog-wrapped",
    "auto-blog-wrapped-intl",
)
FOLDER_SETS = ("dev", "dev-world")


def gold_path(name: str) -> Path:
    return SHARED / "gold" / name if name in FOLDER_SETS else SHARED / "gold" / f"{name}.jsonl"


def gold_files(name: str) -> list[Path]:
    """The corpus files a gold set labels, in its order."""
    path = gold_path(name)
    if path.is_dir():
        entries = [json.loads(f.read_text(encoding="utf-8")) for f in sorted(path.glob("*.json"))]
    else:
        entries = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [SHARED / e["file"] for e in entries]


def predict(files: list[Path], out: Path, use_model: bool) -> None:
    sys.path.insert(0, str(ROOT / "src"))
    from pressparse.batch import process
    from pressparse.inputs import InputItem
    from pressparse.pipeline import Parser

    parser = Parser(use_model=use_model)
    with out.open("w", encoding="utf-8") as fh:
        for f in files:
            fh.write(json.dumps(process(InputItem(str(f)), parser), ensure_ascii=False) + "\n")


def score(name: str, pred: Path, errors: bool = False, as_json: bool = False) -> str:
    cmd = [
        sys.executable,
        str(SHARED / "eval" / "score.py"),
        "--gold",
        str(gold_path(name)),
        "--pred",
        str(pred),
    ]
    cmd += ["--errors"] * errors + ["--json"] * as_json
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def score_set(name: str, use_model: bool) -> dict[str, dict]:
    """Parse a gold set and give the scorer's metrics ({metric: {"value": ...}})."""
    with tempfile.TemporaryDirectory() as tmp:
        pred = Path(tmp) / "pred.jsonl"
        predict(gold_files(name), pred, use_model)
        return json.loads(score(name, pred, as_json=True))["metrics"]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("set", nargs="?", default="dev", choices=(*SETS, "all"))
    ap.add_argument("--no-model", action="store_true", help="rules only")
    ap.add_argument("--errors", action="store_true", help="print each document's misses")
    ap.add_argument("--out", type=Path, help="keep the predictions here (default: a temporary file)")
    a = ap.parse_args()
    for name in SETS if a.set == "all" else (a.set,):
        with tempfile.TemporaryDirectory() as tmp:
            pred = a.out or Path(tmp) / "pred.jsonl"
            predict(gold_files(name), pred, not a.no_model)
            print(f"== {name} ({'rules only' if a.no_model else 'with model'})")
            print(score(name, pred, errors=a.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
