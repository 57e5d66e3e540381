"""The command line's help for people: --version with the model, examples in every --help,
shell completion, and no spaCy or dateparser import to answer them."""

from __future__ import annotations

import re
import subprocess
import sys
from importlib.metadata import PackageNotFoundError, version

import pytest
from click.testing import CliRunner

from pressparse import __version__
from pressparse.cli import cli, version_line
from pressparse.nlp import DEFAULT_MODELS

COMMANDS = sorted(cli.commands)


def test_version_names_the_installed_model() -> None:
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0
    installed = next(name for name in DEFAULT_MODELS if _installed(name))
    assert result.output == f"pressparse {__version__}, model {installed} {version(installed)}\n"
    assert result.output == version_line() + "\n"


def _installed(name: str) -> bool:
    try:
        version(name)
    except PackageNotFoundError:
        return False
    return True


@pytest.mark.parametrize("args", [["--version"], ["--help"], *([c, "--help"] for c in COMMANDS)])
def test_answers_without_importing_spacy_or_dateparser(args: list[str]) -> None:
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from pressparse.cli import cli\n"
        f"result = CliRunner().invoke(cli, {args!r})\n"
        "assert result.exit_code == 0, result.output\n"
        "print(sorted(m for m in ('spacy', 'dateparser') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "spacy" not in out and "dateparser" not in out


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_every_help_has_examples(command: str | None) -> None:
    args = [command, "--help"] if command else ["--help"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 0
    examples = result.output.split("Examples:", 1)
    assert len(examples) == 2, command
    assert re.search(r"^\s+pressparse \w+", examples[1], re.M), command


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_shell_completion_is_documented_and_works(shell: str) -> None:
    runner = CliRunner()
    assert f"_PRESSPARSE_COMPLETE={shell}_source pressparse" in runner.invoke(cli, ["--help"]).output
    script = runner.invoke(cli, [], prog_name="pressparse", env={"_PRESSPARSE_COMPLETE": f"{shell}_source"})
    assert script.exit_code == 0
    assert "_PRESSPARSE_COMPLETE" in script.output


def test_completion_offers_the_commands() -> None:
    env = {"_PRESSPARSE_COMPLETE": "bash_complete", "COMP_WORDS": "pressparse ", "COMP_CWORD": "1"}
    result = CliRunner().invoke(cli, [], prog_name="pressparse", env=env)
    offered = {line.split(",", 1)[1] for line in result.output.splitlines() if "," in line}
    assert {"extract", "show", "table", "schema"} <= offered


def test_extract_help_documents_limits_and_exit_codes() -> None:
    from pressparse import cli as cli_module
    from pressparse.inputs import DEFAULT_MAX_BYTES

    assert cli_module.DEFAULT_MAX_BYTES == DEFAULT_MAX_BYTES
    text = " ".join(CliRunner().invoke(cli, ["extract", "--help"]).output.split())
    for phrase in ("3 the output could not be written", "--max-bytes", "--follow-links", "--timeout"):
        assert phrase in text
