"""Command line: a thin click shell over ``pressparse.Parser`` and ``pressparse.batch``.

Takes argv; gives JSON on stdout and exit status 0 (all parsed), 1 (some inputs failed)
or 2 (usage error). ``--help``, ``--version`` and ``schema`` never import spaCy or
dateparser, so they answer at once.
"""

from __future__ import annotations

import sys

import click

from pressparse import __version__

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2

EXTRACT_HELP = """Extract structured JSON from press releases.

PATH is a file, a folder (read recursively, sorted, hidden files skipped, only names
matching --glob) or - for standard input. One input prints one JSON object; several
print JSON Lines, one record per input, in input order.

A file that cannot be read or parsed gives an error record
{"source": {"path": ...}, "error": {"type": ..., "message": ...}} and the batch goes on.

\b
Exit status: 0 all inputs parsed, 1 some failed (see their error records), 2 usage error.

\b
Examples:
  pressparse extract samples/dhs-2011-06-17.txt
  pressparse extract ../shared/corpus/doj-opa --compact > doj.jsonl
  cat release.txt | pressparse extract - | jq .quotes
  pressparse extract corpus/ -o out/          # one out/<name>.json per input
"""


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="pressparse")
def cli() -> None:
    """pressparse: raw press releases in, structured span-checked JSON out."""


@cli.command(help=EXTRACT_HELP)
@click.argument("paths", nargs=-1, required=True)
@click.option("--glob", "pattern", default="*.txt", show_default=True, help="file names to read in folders")
@click.option(
    "--pretty/--compact", default=None, help="indented JSON (default: only when stdout is a terminal)"
)
@click.option(
    "-o", "--output-dir", type=click.Path(file_okay=False), help="write one <name>.json per input here"
)
@click.option("-q", "--quiet", is_flag=True, help="no progress bar")
@click.option("--model", default=None, help="spaCy pipeline to load (default: the small English model)")
@click.option("--no-model", is_flag=True, help="rules only: do not load a spaCy model")
@click.option("--format", "fmt", type=click.Choice(["json", "csv"]), default="json", show_default=True)
@click.option(
    "--table",
    type=click.Choice(["releases", "quotes", "people", "figures", "dates", "programs", "contacts"]),
    help="with --format csv: one row per item of this kind",
)
@click.option("--max-bytes", type=click.IntRange(min=1), default=None, help="refuse inputs larger than this")
def extract(
    paths: tuple[str, ...],
    pattern: str,
    pretty: bool | None,
    output_dir: str | None,
    quiet: bool,
    model: str | None,
    no_model: bool,
    fmt: str,
    table: str | None,
    max_bytes: int | None,
) -> None:
    from rich.progress import Progress

    from pressparse.batch import run_serial
    from pressparse.inputs import expand
    from pressparse.output import make_writer, utf8_stdout
    from pressparse.pipeline import Parser

    if no_model and model:
        raise click.UsageError("--model and --no-model exclude each other")
    out = utf8_stdout()
    items = list(expand(paths, pattern))
    if not items:
        raise click.UsageError(f"no input matching {pattern!r} in: {' '.join(paths)}")
    if pretty is None:
        pretty = out.isatty()
    if fmt == "csv" and output_dir:
        raise click.UsageError("--format csv writes one table to stdout; it does not go with -o")
    writer = make_writer(fmt, table, output_dir, out, pretty and len(items) == 1)
    parser = Parser(model, use_model=not no_model)
    failed = 0
    show_progress = len(items) > 1 and not quiet and sys.stderr.isatty()
    with Progress(disable=not show_progress, transient=True) as progress:
        task = progress.add_task("parsing", total=len(items))
        try:
            for item, record in run_serial(items, parser, max_bytes):
                failed += "error" in record
                writer.write(record, item.relative)
                progress.advance(task)
            writer.close()
        except BrokenPipeError:
            # the reader went away (| head): stop quietly
            import os

            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(EXIT_OK)
    sys.exit(EXIT_SOME_FAILED if failed else EXIT_OK)


@cli.command()
def schema() -> None:
    """Print the JSON Schema of one output record."""
    from pressparse.models import Release
    from pressparse.output import dumps, utf8_stdout

    utf8_stdout().write(dumps(Release.model_json_schema(), pretty=True) + "\n")


def main() -> None:
    """Console entry point."""
    cli(prog_name="pressparse")
