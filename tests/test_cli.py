"""The ``extract`` command end to end, in subprocesses: outputs, exit status, faults, interrupts."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import SAMPLES, SEED
from .spancheck import record_errors

SAMPLE_FILES = sorted(SAMPLES.glob("*.txt"))


def pressparse(
    *args: str, stdin: bytes | None = None, env: dict | None = None
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pressparse", *args],
        input=stdin,
        capture_output=True,
        env={**os.environ, **(env or {})},
        timeout=300,
    )


def lines(out: bytes) -> list[dict]:
    return [json.loads(line) for line in out.decode("utf-8").splitlines() if line.strip()]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A small folder tree: two releases, a nested one, a hidden file and folder, a non-.txt file."""
    root = tmp_path / "in"
    (root / "b" / "nested").mkdir(parents=True)
    (root / ".hidden").mkdir()
    (root / "a.txt").write_bytes(SEED.read_bytes())
    (root / "b" / "c.txt").write_bytes(SAMPLE_FILES[1].read_bytes())
    (root / "b" / "nested" / "d.txt").write_bytes(SAMPLE_FILES[2].read_bytes())
    (root / ".hidden" / "e.txt").write_text("hidden")
    (root / ".f.txt").write_text("hidden")
    (root / "g.md").write_text("not matched by the default glob")
    return root


def test_one_input_prints_one_json_object() -> None:
    result = pressparse("extract", "--no-model", "--pretty", str(SEED))
    assert result.returncode == 0
    record = json.loads(result.stdout)
    assert record["source"]["path"] == str(SEED)
    assert result.stdout.startswith(b"{\n  "), "--pretty indents"


def test_compact_is_the_default_when_stdout_is_not_a_terminal() -> None:
    result = pressparse("extract", "--no-model", str(SEED))
    assert result.stdout.count(b"\n") == 1


def test_a_folder_is_read_recursively_sorted_hidden_skipped_as_json_lines(corpus: Path) -> None:
    result = pressparse("extract", "--no-model", str(corpus))
    assert result.returncode == 0
    paths = [r["source"]["path"] for r in lines(result.stdout)]
    assert paths == [str(corpus / p) for p in ("a.txt", "b/c.txt", "b/nested/d.txt")]


def test_glob_selects_the_files_of_a_folder(corpus: Path) -> None:
    result = pressparse("extract", "--no-model", "--glob", "*.md", str(corpus))
    assert [r["source"]["path"] for r in lines(result.stdout)] == [str(corpus / "g.md")]


def test_stdin_is_read_for_dash() -> None:
    result = pressparse("extract", "--no-model", "-", stdin=SEED.read_bytes())
    assert result.returncode == 0
    record = json.loads(result.stdout)
    assert record["source"]["path"] == "-" and record["headline"]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_inputs_keep_their_order_and_every_record_is_valid(jobs: str) -> None:
    args = [str(p) for p in SAMPLE_FILES * 3]
    result = pressparse("extract", "--no-model", "-j", jobs, *args)
    records = lines(result.stdout)
    assert [r["source"]["path"] for r in records] == args
    for path, record in zip(args, records, strict=True):
        assert record_errors(record, Path(path).read_text(encoding="utf-8")) == []


def test_jobs_do_not_change_the_output() -> None:
    args = [str(p) for p in SAMPLE_FILES * 4]
    serial = pressparse("extract", "--no-model", "-j", "1", *args)
    parallel = pressparse("extract", "--no-model", "-j", "2", *args)
    assert serial.stdout == parallel.stdout


def test_output_dir_mirrors_the_tree_atomically(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = pressparse("extract", "--no-model", "-o", str(out), str(corpus))
    assert result.returncode == 0 and result.stdout == b""
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert written == ["a.json", "b/c.json", "b/nested/d.json"]
    assert json.loads((out / "b" / "c.json").read_text())["source"]["path"] == str(corpus / "b" / "c.txt")


def test_skip_existing_does_not_redo_finished_documents(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "b").mkdir(parents=True)
    (out / "b" / "c.json").write_text('{"kept": true}\n')
    result = pressparse("extract", "--no-model", "-o", str(out), "--skip-existing", str(corpus))
    assert result.returncode == 0
    assert json.loads((out / "b" / "c.json").read_text()) == {"kept": True}
    assert (out / "a.json").is_file() and (out / "b" / "nested" / "d.json").is_file()


def test_skip_existing_needs_an_output_dir() -> None:
    assert pressparse("extract", "--skip-existing", str(SEED)).returncode == 2


@pytest.mark.parametrize(
    "args",
    [
        ["extract"],
        ["extract", "--model", "x", "--no-model", str(SEED)],
        ["extract", "--jobs", "-1", str(SEED)],
        ["extract", "--bogus", str(SEED)],
        ["extract", "--table", "quotes", str(SEED)],
        ["nosuchcommand"],
    ],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    assert pressparse(*args).returncode == 2


def test_a_missing_file_is_an_error_record_and_exit_1(tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.txt")
    result = pressparse("extract", "--no-model", str(SEED), missing)
    assert result.returncode == 1
    ok, failed = lines(result.stdout)
    assert "error" not in ok
    assert failed["source"]["path"] == missing and failed["error"]["type"] == "FileNotFoundError"
    assert record_errors(failed, None) == []


def test_file_system_faults_in_a_folder_are_error_records_and_the_batch_goes_on(tmp_path: Path) -> None:
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_bytes(SEED.read_bytes())
    (root / "b-broken.txt").symlink_to(tmp_path / "gone.txt")
    os.mkfifo(root / "c-fifo.txt")  # would block a reader forever
    (root / "d-folder.txt").mkdir()  # a folder named like a document is walked as a folder
    (root / "d-folder.txt" / "inside.txt").write_bytes(SEED.read_bytes())
    (root / "e.txt").write_bytes(SEED.read_bytes())
    result = pressparse("extract", "--no-model", "-j", "1", str(root))
    assert result.returncode == 1
    records = lines(result.stdout)
    names = [Path(r["source"]["path"]).name for r in records]
    assert names == ["a.txt", "b-broken.txt", "c-fifo.txt", "inside.txt", "e.txt"]  # path order
    assert [r.get("error", {}).get("type") for r in records] == [
        None,
        "FileNotFoundError",
        "NotAFile",
        None,
        None,
    ]


def test_max_bytes_refuses_a_large_file_with_a_clear_error(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(SEED.read_bytes() * 20)
    result = pressparse("extract", "--no-model", "--max-bytes", "10000", str(big), str(SEED))
    assert result.returncode == 1
    refused, ok = lines(result.stdout)
    assert refused["error"]["type"] == "InputTooLarge"
    assert "--max-bytes 10000" in refused["error"]["message"]
    assert "error" not in ok


def test_only_regular_files_are_read(tmp_path: Path) -> None:
    fifo = tmp_path / "stuck.txt"
    os.mkfifo(fifo)  # named explicitly: nobody writes, so a read would never end
    result = pressparse("extract", "--no-model", "-j", "2", str(fifo), "/dev/zero", "/dev/urandom", str(SEED))
    assert result.returncode == 1
    *refused, ok = lines(result.stdout)
    assert [r["error"]["type"] for r in refused] == ["NotAFile"] * 3
    assert "error" not in ok


def test_output_is_utf8_whatever_the_locale() -> None:
    result = pressparse(
        "extract", "--no-model", str(SEED), env={"LANG": "C", "LC_ALL": "C", "PYTHONIOENCODING": "ascii"}
    )
    assert result.returncode == 0
    assert "“" in result.stdout.decode("utf-8") or "—" in result.stdout.decode("utf-8")


def test_a_closed_pipe_ends_quietly() -> None:
    args = " ".join(str(p) for p in SAMPLE_FILES * 20)
    cmd = f"{sys.executable} -m pressparse extract --no-model -j 2 {args} | head -c 100 >/dev/null"
    result = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], capture_output=True, timeout=300)
    assert result.stderr == b""
    assert result.returncode == 0


def test_an_unknown_model_is_said_once_and_rules_run() -> None:
    result = pressparse("extract", "--model", "xx_no_such_model", "-j", "2", *[str(SEED)] * 20)
    assert result.returncode == 0
    assert result.stderr.decode().count("running on rules alone") == 1
    assert len(lines(result.stdout)) == 20


def test_schema_is_json_and_imports_neither_spacy_nor_dateparser() -> None:
    code = (
        "import sys\n"
        "from pressparse.cli import main\n"
        "sys.argv = ['pressparse', 'schema']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(json.dumps(sorted(m for m in ('spacy', 'dateparser') if m in sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", "import json\n" + code], capture_output=True, text=True, check=True
    )
    schema_text, imported = result.stdout.rsplit("\n", 2)[:2]
    assert json.loads(imported) == []
    schema = json.loads(schema_text)
    assert schema["title"] == "pressparse record" and schema["$id"].endswith(schema["version"])
    assert {"Release", "ErrorRecord"} <= set(schema["$defs"])


@pytest.mark.parametrize(
    ("sig", "status", "group"),
    [(signal.SIGINT, 130, True), (signal.SIGTERM, 143, False)],
    ids=["ctrl-c to the process group", "SIGTERM to pressparse"],
)
def test_an_interrupt_leaves_only_whole_files_and_a_resumable_batch(
    tmp_path: Path, sig: int, status: int, group: bool
) -> None:
    root = tmp_path / "in"
    root.mkdir()
    for i in range(400):
        (root / f"r{i:03}.txt").write_bytes(SEED.read_bytes())
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "pressparse", "extract", "--no-model", "-j", "2", "-o", str(out), str(root)]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and len(list(out.glob("*.json"))) < 20:
        time.sleep(0.1)
    if group:
        os.killpg(proc.pid, sig)  # as a terminal does: the whole process group
    else:
        os.kill(proc.pid, sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == status, err
    written = list(out.glob("*.json"))
    assert 20 <= len(written) < 400
    assert [p.name for p in out.iterdir() if not p.name.endswith(".json")] == []
    for p in written:
        assert json.loads(p.read_text())["headline"]
    resumed = pressparse("extract", "--no-model", "-o", str(out), "--skip-existing", str(root))
    assert resumed.returncode == 0
    assert len(list(out.glob("*.json"))) == 400


# -o: names, files, faults


def test_output_names_never_collide(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "release.txt").write_bytes(SEED.read_bytes())
    out = tmp_path / "out"
    result = pressparse(
        "extract",
        "--no-model",
        "-o",
        str(out),
        str(tmp_path / "a/release.txt"),
        str(tmp_path / "b/release.txt"),
    )
    assert result.returncode == 0, result.stderr
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*.json"))
    assert written == ["a/release.json", "b/release.json"]
    (tmp_path / "a" / "release.md").write_bytes(SEED.read_bytes())
    clash = pressparse("extract", "--no-model", "--glob", "release.*", "-o", str(out), str(tmp_path / "a"))
    assert clash.returncode == 2
    assert b"release.md and " in clash.stderr and b"release.txt" in clash.stderr


def test_output_to_a_jsonl_file_writes_json_lines(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "sub" / "out.jsonl"
    result = pressparse("extract", "--no-model", "-o", str(out), str(corpus), str(tmp_path / "missing.txt"))
    assert result.returncode == 1 and result.stdout == b""
    records = lines(out.read_bytes())
    assert len(records) == 4 and "error" in records[-1]
    assert [p.name for p in out.parent.iterdir()] == ["out.jsonl"]


@pytest.mark.parametrize(
    ("shell", "message"),
    [
        ("{cmd} >&-", b"standard output is closed"),
        ("{cmd} > /dev/full", b"cannot write standard output: No space left on device"),
        ("{cmd} -o {tmp}/file.txt/out", b"cannot write"),
        ("{cmd} -o {tmp}/out", b"Is a directory"),
    ],
    ids=["closed stdout", "/dev/full", "-o under a file", "-o target is a folder"],
)
def test_output_faults_are_a_message_and_exit_3(tmp_path: Path, shell: str, message: bytes) -> None:
    (tmp_path / "file.txt").write_text("x")
    (tmp_path / "out" / "dhs-2011-06-17.json").mkdir(parents=True)  # a folder where the record goes
    cmd = f"{sys.executable} -m pressparse extract --no-model {SEED}"
    result = subprocess.run(
        ["bash", "-c", shell.format(cmd=cmd, tmp=tmp_path)], capture_output=True, timeout=300
    )
    assert result.returncode == 3, result.stderr
    assert message in result.stderr
    assert b"Traceback" not in result.stderr


@pytest.mark.parametrize("value", ["nan", "inf", "-1", "1e300"])
def test_timeout_must_be_a_finite_number_of_seconds(value: str) -> None:
    result = pressparse("extract", "--no-model", "--timeout", value, str(SEED))
    assert result.returncode == 2 and b"--timeout" in result.stderr


def test_file_system_tricks_are_error_records_or_escaped_names(tmp_path: Path) -> None:
    root = tmp_path / "in"
    root.mkdir()
    (root / "a-loop.txt").symlink_to(root / "a-loop.txt")  # ELOOP
    (tmp_path / "secret.txt").write_bytes(SEED.read_bytes())
    (root / "b-escape.txt").symlink_to(tmp_path / "secret.txt")  # leaves the tree
    (root / "c-pdf.txt").write_bytes(b"%PDF-1.4\n1 0 obj << >> endobj\n")
    name = os.fsencode(root) + b"/d-caf\xe9.txt"  # not UTF-8
    with open(name, "wb") as fh:
        fh.write(SEED.read_bytes())
    out = tmp_path / "out"
    result = pressparse("extract", "--no-model", str(root))
    assert result.returncode == 1
    records = lines(result.stdout)
    assert [r.get("error", {}).get("type") for r in records] == [
        "OSError",
        "LinkOutsideTree",
        "UnsupportedFormat",
        None,
    ]
    assert records[2]["error"]["message"].endswith("c-pdf.txt: PDF, not text (pressparse reads text files)")
    assert records[3]["source"]["path"].endswith("d-caf\\xe9.txt")
    for record in records:
        assert record_errors(record, None) == []
    err = result.stderr.decode("utf-8")
    assert err.count("pressparse: ") == 4 and "1 parsed, 3 failed" in err and "Traceback" not in err
    followed = pressparse("extract", "--no-model", "--follow-links", "-q", "-o", str(out), str(root))
    assert followed.returncode == 1 and followed.stderr == b""
    assert sorted(p.name for p in out.iterdir()) == [
        "a-loop.json",
        "b-escape.json",
        "c-pdf.json",
        "d-caf\udce9.json",
    ]
    assert "error" not in json.loads((out / "b-escape.json").read_text())


def test_a_mistyped_path_is_said_on_stderr(tmp_path: Path) -> None:
    result = pressparse("extract", "--no-model", str(tmp_path / "nope.txt"))
    assert result.returncode == 1
    line = f"pressparse: FileNotFoundError: {tmp_path / 'nope.txt'}: No such file or directory\n"
    assert result.stderr.decode().startswith(line)


@pytest.mark.parametrize(
    ("args", "mode"),
    [
        ([], "rules"),  # rules only is the default
        (["--no-model"], "rules"),
        (["--use-model"], "model"),
    ],
)
def test_model_options_choose_the_mode(args: list[str], mode: str) -> None:
    result = pressparse("extract", *args, str(SEED))
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["provenance"]["mode"] == mode


def test_no_model_excludes_use_model() -> None:
    result = pressparse("extract", "--no-model", "--use-model", str(SEED))
    assert result.returncode == 2
    assert b"excludes --use-model" in result.stderr
