"""The whole corpus through the command line: zero crashes, one valid record per input.

All of ../shared/corpus in rules-only mode and a fixed sample of 1,000 documents with the
model, both with ``--jobs 2``. Slow (minutes): set PRESSPARSE_SKIP_CORPUS=1 to skip it locally.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pressparse.decode import decode_text

from .conftest import SHARED
from .spancheck import record_errors

CORPUS = SHARED / "corpus"
MODEL_SAMPLE = 1_000

pytestmark = [
    pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus is absent: no corpus run"),
    pytest.mark.skipif(
        bool(os.environ.get("PRESSPARSE_SKIP_CORPUS")), reason="PRESSPARSE_SKIP_CORPUS is set"
    ),
]


def _files() -> list[Path]:
    return sorted(CORPUS.rglob("*.txt"))


def _run(args: list[str], tmp_path: Path) -> list[dict]:
    out = tmp_path / "out.jsonl"
    with out.open("wb") as fh:
        result = subprocess.run(
            [sys.executable, "-m", "pressparse", "extract", "--jobs", "2", "--compact", "-q", *args],
            stdout=fh,
            stderr=subprocess.PIPE,
            timeout=1800,
        )
    assert result.returncode == 0, result.stderr.decode()[-2000:]
    with out.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def _check(files: list[Path], records: list[dict]) -> None:
    assert [r["source"]["path"] for r in records] == [str(f) for f in files], "one record per input, in order"
    problems: list[str] = []
    for f, record in zip(files, records, strict=True):
        text, _ = decode_text(f.read_bytes())
        problems += [f"{f}: {e}" for e in [*record_errors(record, text), str(record.get("error", ""))] if e]
    assert problems == [], f"{len(problems)} problems, first: " + "\n".join(problems[:20])


def test_the_whole_corpus_rules_only(tmp_path: Path) -> None:
    files = _files()
    _check(files, _run(["--no-model", str(CORPUS)], tmp_path))


def test_a_sample_of_the_corpus_with_the_model(tmp_path: Path) -> None:
    files = _files()
    sample = files[:: max(1, len(files) // MODEL_SAMPLE)][:MODEL_SAMPLE]
    _check(sample, _run([str(f) for f in sample], tmp_path))
