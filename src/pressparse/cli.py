"""Command line: a thin click shell over ``pressparse.Parser`` and ``pressparse.batch``.

Takes argv; gives JSON on stdout and exit status 0 (all parsed), 1 (some inputs
failed), 2 (usage error) or 3 (the output could not be written). ``--help``,
``--version`` and ``schema`` never import spaCy or dateparser, so they answer at once.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from typing import TYPE_CHECKING, Any, NoReturn

import click

from pressparse import __version__
from pressparse.table import TABLES, TABLES_DOC

if TYPE_CHECKING:
    from pressparse.batch import Options
    from pressparse.inputs import InputItem
    from pressparse.output import RecordWriter
    from pressparse.pipeline import Parser

EXIT_OK, EXIT_SOME_FAILED, EXIT_OUTPUT = 0, 1, 3  # 2, a usage error, is click's own (UsageError)
DEFAULT_TIMEOUT = 120.0  # seconds per document: generous; only a runaway document reaches it
MAX_TIMEOUT = 7 * 24 * 3600.0
DEFAULT_MAX_BYTES = 2 * 1024 * 1024  # = pressparse.inputs.DEFAULT_MAX_BYTES (tested; no import for --help)

EXTRACT_HELP = """Extract structured JSON from press releases.

PATH is a file, a folder (read recursively, sorted, hidden files skipped, only names
matching --glob) or - for standard input. One input prints one JSON object; several
print JSON Lines, one record per input, in input order.

A file that cannot be read or parsed gives an error record
{"source": {"path": ...}, "error": {"type": ..., "message": ...}} in its place, a line
on stderr, and the batch goes on; a summary (N parsed, M failed) ends a batch on stderr
(--quiet: neither). Only regular files are read (or - for standard input), each at most
--max-bytes; a document parsing longer than --timeout is stopped (its worker process is
killed). Links in a folder that lead out of it are read only with --follow-links.

\b
Exit status: 0 all inputs parsed, 1 some failed (see their error records), 2 usage error,
3 the output could not be written (closed stdout, a full disk, a read-only -o target),
130 interrupted by Ctrl-C (143 by SIGTERM): the records written so far are whole.

\b
Examples:
  pressparse extract samples/dhs-2011-06-17.txt
  pressparse extract ../shared/corpus/doj-opa --compact > doj.jsonl
  cat release.txt | pressparse extract - | jq .quotes
  pressparse extract corpus/ -o out/          # one out/<name>.json per input
  pressparse extract corpus/ -o out.jsonl     # one JSON Lines file
  pressparse extract corpus/ --format csv --table quotes > quotes.csv

With --format csv, one row per item of the --table kind (default releases), each led by
the document's path and release date; error records are skipped and counted on stderr.
`pressparse table --help` lists the columns of each table.
"""


def version_line() -> str:
    """``pressparse X, model NAME VERSION``: the default model found by package metadata, not loaded."""
    from importlib.metadata import PackageNotFoundError, version

    from pressparse.nlp import DEFAULT_MODELS

    for name in DEFAULT_MODELS:
        try:
            return f"pressparse {__version__}, model {name} {version(name)}"
        except PackageNotFoundError:
            continue
    return f"pressparse {__version__}, no model installed (rules only)"


def _print_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(version_line())
        ctx.exit()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_print_version,
    help="Show the version and the model, then exit.",
)
def cli() -> None:
    """pressparse: raw press releases in, structured span-checked JSON out.

    \b
    Examples:
      pressparse extract release.txt                # one JSON record
      pressparse extract corpus/ > out.jsonl        # JSON Lines, one record per file
      pressparse table out.jsonl --table quotes > quotes.csv
      pressparse show release.txt                   # look at one release
      pressparse schema                             # the JSON Schema of a record

    \b
    Shell completion (put the line in your shell's start-up file):
      bash  eval "$(_PRESSPARSE_COMPLETE=bash_source pressparse)"
      zsh   eval "$(_PRESSPARSE_COMPLETE=zsh_source pressparse)"
      fish  _PRESSPARSE_COMPLETE=fish_source pressparse | source
    """


@cli.command()
def schema() -> None:
    """Print the JSON Schema of every record extract writes: a Release, or an ErrorRecord.

    The schema has an $id and a version; each record is one of its two $defs.

    \b
    Examples:
      pressparse schema > release.schema.json
      pressparse schema | jq '."$defs".Release.properties | keys'
    """
    from pressparse.models import record_schema
    from pressparse.output import dumps, utf8_stdout

    try:
        utf8_stdout().write(dumps(record_schema(), pretty=True) + "\n")
        sys.stdout.flush()
    except BrokenPipeError:
        _stop_quietly()
    except OSError as exc:
        _output_fault(None, exc)


def _stop_quietly() -> NoReturn:
    """The reader went away (``| head``): drop the rest of the output and exit 0."""
    import os

    os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    sys.exit(EXIT_OK)


def model_options(f: Callable[..., None]) -> Callable[..., None]:
    """The ``--use-model``, ``--model NAME`` and ``--no-model`` options (``model_choice`` reads them)."""
    f = click.option("--no-model", is_flag=True, help="rules only (the default)")(f)
    f = click.option(
        "--use-model", is_flag=True, help="also read entities with the small English spaCy model"
    )(f)
    return click.option(
        "--model", default=None, metavar="NAME", help="read entities with the spaCy pipeline NAME"
    )(f)


def model_choice(model: str | None, use_model: bool, no_model: bool) -> tuple[str | None, bool]:
    """(pipeline name or None for the default one, whether to load a model) from the options."""
    if no_model and (model or use_model):
        raise click.UsageError("--no-model excludes --use-model and --model")
    return model, use_model or model is not None


def make_parser(model: str | None, use_model: bool, no_model: bool) -> Parser:
    """The ``Parser`` that ``--use-model``/``--model``/``--no-model`` ask for."""
    from pressparse.pipeline import Parser

    name, load = model_choice(model, use_model, no_model)
    return Parser(name, use_model=load)


@cli.command(help=EXTRACT_HELP)
@click.argument("paths", nargs=-1, required=True)
@click.option("--glob", "pattern", default="*.txt", show_default=True, help="file names to read in folders")
@click.option(
    "--pretty/--compact", default=None, help="indented JSON (default: only when stdout is a terminal)"
)
@click.option(
    "-o",
    "--output",
    "output_dir",
    type=click.Path(),
    help="a folder: one <name>.json per input, named by its path under the inputs' common folder; "
    "a name ending .jsonl or .json: one JSON Lines file",
)
@click.option(
    "--skip-existing", is_flag=True, help="with -o DIR: skip inputs whose <name>.json exists (resume a batch)"
)
@click.option("-q", "--quiet", is_flag=True, help="no progress bar, no error lines or summary on stderr")
@model_options
@click.option(
    "-j",
    "--jobs",
    type=click.IntRange(min=0),
    default=0,
    help="worker processes (default and most: the cores, as many as memory holds)",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, max=MAX_TIMEOUT),
    callback=lambda _ctx, _param, value: _finite(value),
    default=DEFAULT_TIMEOUT,
    show_default=True,
    help="seconds per document before it becomes an error record (0: no limit, and no worker process)",
)
@click.option(
    "--format", "fmt", type=click.Choice(["json", "csv", "parquet"]), default="json", show_default=True
)
@click.option(
    "--table",
    type=click.Choice(TABLES),
    help="with --format csv: one row per item of this kind",
)
@click.option(
    "--max-bytes",
    type=click.IntRange(min=0),
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help="larger inputs become error records (0: no limit)",
)
@click.option("--follow-links", is_flag=True, help="read links in a folder that lead out of it")
@click.option("--db", type=click.Path(dir_okay=False), help="write the records into this SQLite database")
@click.option(
    "--scheduler",
    help="run on a Dask cluster (tcp://host:8786, or 'local'), with --format parquet -o DIR (any fsspec URL)",
)
def extract(
    paths: tuple[str, ...],
    pattern: str,
    pretty: bool | None,
    output_dir: str | None,
    skip_existing: bool,
    quiet: bool,
    model: str | None,
    use_model: bool,
    no_model: bool,
    jobs: int,
    timeout: float,
    fmt: str,
    table: str | None,
    max_bytes: int,
    follow_links: bool,
    db: str | None,
    scheduler: str | None,
) -> None:
    import os

    from pressparse.batch import Options
    from pressparse.output import DirWriter

    model, use_model = model_choice(model, use_model, no_model)
    _check_combinations(fmt, output_dir, table, skip_existing)
    if scheduler:
        _run_on_cluster(
            scheduler, paths, pattern, fmt, output_dir, model, not use_model, jobs, timeout, max_bytes or None
        )
    items = _inputs(paths, pattern, output_dir)
    several = len(items) > 1
    writer = _open_writer(fmt, table, output_dir, db, pretty, several)
    if skip_existing and isinstance(writer, DirWriter):  # --skip-existing goes with -o DIR (checked above)
        items = [i for i in items if not os.path.exists(writer.target(i.relative))]
    options = Options(
        model=model,
        use_model=use_model,
        max_bytes=max_bytes or None,
        timeout=timeout or None,
        follow_links=follow_links,
    )
    if jobs == 0:  # all cores, but no worker start-up cost for a handful of documents
        jobs = min(os.cpu_count() or 1, max(1, len(items) // options.chunk))
    failed = _write_all(items, options, jobs, writer, quiet=quiet, several=several, output=output_dir)
    if not quiet and (several or failed):
        click.echo(f"pressparse: {len(items) - failed} parsed, {failed} failed", err=True)
    sys.exit(EXIT_SOME_FAILED if failed else EXIT_OK)


def _check_combinations(fmt: str, output_dir: str | None, table: str | None, skip_existing: bool) -> None:
    """Refuse option combinations that cannot work (usage errors, exit 2)."""
    from pressparse.output import is_json_file

    if fmt == "csv" and output_dir:
        raise click.UsageError("--format csv writes one table to stdout; it does not go with -o")
    if table and fmt != "csv":
        raise click.UsageError("--table goes with --format csv")
    if skip_existing and not (output_dir and not is_json_file(output_dir)):
        raise click.UsageError("--skip-existing goes with -o DIR")
    if skip_existing and fmt == "parquet":
        raise click.UsageError("--skip-existing goes with JSON files (-o DIR), not --format parquet")


def _inputs(paths: tuple[str, ...], pattern: str, output_dir: str | None) -> list[InputItem]:
    """The inputs named by ``paths``, each with its output name under their common root with ``-o``."""
    from pressparse.inputs import OutputCollision, expand, printable_path, rooted

    items = list(expand(paths, pattern))
    if not items:
        raise click.UsageError(f"no input matching {pattern!r} in: {printable_path(' '.join(paths))}")
    if output_dir:
        try:
            items = rooted(items)
        except OutputCollision as exc:
            raise click.UsageError(printable_path(str(exc))) from None
    return items


def _open_writer(
    fmt: str, table: str | None, output_dir: str | None, db: str | None, pretty: bool | None, several: bool
) -> RecordWriter:
    """Where the records go: stdout, ``-o``, ``--db`` or Parquet (an output fault exits 3)."""
    from pressparse.output import make_writer, utf8_stdout

    try:
        out = None if output_dir or db else utf8_stdout()
        if pretty is None:
            pretty = out is not None and out.isatty()
        return _sink_writer(fmt, output_dir, db) or make_writer(
            fmt, table, output_dir, out, pretty and not several
        )
    except OSError as exc:
        _output_fault(output_dir or db, exc)


def _write_all(
    items: list[InputItem],
    options: Options,
    jobs: int,
    writer: RecordWriter,
    *,
    quiet: bool,
    several: bool,
    output: str | None,
) -> int:
    """Parse ``items`` and write each record as it comes, in order; give how many failed.

    A failure is said on stderr (unless ``quiet``); an interrupt writes nothing half and exits
    130/143; a closed pipe ends quietly; an output fault exits 3.
    """
    from contextlib import closing

    from rich.console import Console
    from rich.progress import Progress

    from pressparse.batch import run

    failed = 0
    interrupts = _Interrupts()
    show_progress = several and not quiet and sys.stderr.isatty()
    progress = Progress(console=Console(stderr=True), disable=not show_progress, transient=True)
    try:
        with interrupts, progress, closing(run(items, options, jobs)) as results:
            task = progress.add_task("parsing", total=len(items))
            for item, record in results:
                if "error" in record:
                    failed += 1
                    if not quiet:
                        error = record["error"]
                        line = f"pressparse: {error['type']}: {error['message']}"
                        progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
                with interrupts.deferred():  # a record is written whole or not at all
                    writer.write(record, item.relative)
                progress.advance(task)
            writer.close()
    except BrokenPipeError:
        _stop_quietly()
    except OSError as exc:
        _output_fault(output, exc)
    except KeyboardInterrupt:
        try:
            writer.close()
        except BrokenPipeError:
            _stop_quietly()
        except OSError as exc:
            _output_fault(output, exc)
        click.echo("pressparse: interrupted", err=True)
        sys.exit(interrupts.exit_status)
    return failed


def _finite(value: float) -> float:
    """``--timeout``: a number of seconds, not NaN (which every range check lets through)."""
    if value != value:
        raise click.BadParameter("not a number")
    return value


def _output_fault(output: str | None, exc: OSError) -> NoReturn:
    """The output cannot be written: say where and why, and exit 3 (no traceback, no retry)."""
    import os

    from pressparse.inputs import printable_path

    where = printable_path(output) if output else "standard output"
    detail = exc.strerror or str(exc)
    if exc.filename and isinstance(exc.filename, str):
        detail = f"{printable_path(exc.filename)}: {detail}"
    click.echo(f"pressparse: cannot write {where}: {detail}", err=True)
    with suppress(OSError, AttributeError, ValueError):  # the last flush of stdout would fail again
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    sys.exit(EXIT_OUTPUT)


def _run_on_cluster(
    scheduler: str,
    paths: tuple[str, ...],
    pattern: str,
    fmt: str,
    output_dir: str | None,
    model: str | None,
    no_model: bool,
    jobs: int,
    timeout: float,
    max_bytes: int | None,
) -> NoReturn:
    """``--scheduler``: the parse on a Dask cluster, Parquet parts written by the workers (issue 16)."""
    if fmt != "parquet" or not output_dir:
        raise click.UsageError("--scheduler goes with --format parquet -o DIR (the workers write the parts)")
    try:
        from pressparse import distributed
    except ImportError as exc:
        raise click.UsageError(f'--scheduler needs dask: pip install "pressparse[dask]" ({exc})') from None
    from pressparse.batch import Options

    options = Options(model=model, use_model=not no_model, max_bytes=max_bytes, timeout=timeout or None)
    with distributed.connect(scheduler, jobs) as client:
        summary = distributed.run(client, paths, output_dir, options, pattern)
    click.echo(
        f"pressparse: {summary.records} records ({summary.errors} errors) in {summary.parts} parts",
        err=True,
    )
    sys.exit(EXIT_SOME_FAILED if summary.errors else EXIT_OK)


def _sink_writer(fmt: str, output_dir: str | None, db: str | None) -> RecordWriter | None:
    """The ``--db`` (SQLite) or ``--format parquet -o DIR`` writer, or None for the others."""
    if db:
        if fmt != "json" or output_dir:
            raise click.UsageError("--db writes the database only; it does not go with --format or -o")
        from pressparse.sqlite_out import SqliteWriter

        return SqliteWriter(db)
    if fmt != "parquet":
        return None
    if not output_dir:
        raise click.UsageError("--format parquet needs -o DIR (the folder of the Parquet file)")
    try:
        from pressparse.parquet_out import ParquetWriter
    except ImportError as exc:
        raise click.UsageError(
            f'--format parquet needs pyarrow: pip install "pressparse[parquet]" ({exc})'
        ) from None
    return ParquetWriter(output_dir)


class _Interrupts:
    """Ctrl-C (and SIGTERM) during a batch: immediate while parsing, deferred while a record is written."""

    SIGNALS = ("SIGINT", "SIGTERM")

    def __init__(self) -> None:
        self.deferring = False
        self.pending = False
        self.signum = 2  # SIGINT
        self.previous: dict[int, Any] = {}

    @property
    def exit_status(self) -> int:
        return 128 + self.signum  # 130 for Ctrl-C, 143 for SIGTERM

    def __enter__(self) -> _Interrupts:
        import signal

        for name in self.SIGNALS:
            sig = getattr(signal, name)
            self.previous[sig] = signal.signal(sig, self._handle)
        return self

    def __exit__(self, *exc: object) -> None:
        import signal

        for sig, handler in self.previous.items():
            signal.signal(sig, handler)

    def _handle(self, signum: int, _frame: object) -> None:
        self.signum = signum
        if self.deferring:
            self.pending = True
        else:
            raise KeyboardInterrupt

    @contextmanager
    def deferred(self) -> Iterator[None]:
        self.deferring = True
        try:
            yield
        finally:
            self.deferring = False
        if self.pending:
            raise KeyboardInterrupt


SHOW_HELP = """Show one press release in the terminal, with what pressparse found in it.

FILE is a text file (or - for standard input). The view has the header fields in a
panel, a legend, then the document: each line named in the left margin by the role
the parser's layout gave it (headline, standfirst, date line, label, issuer, contact,
prose, about, closing section, end mark, noise), quotes, speakers, people, programs, figures,
dates and header fields in their legend colours, the page's noise dimmed and long
runs of it folded; then a list of the items found, and the warnings.

In a terminal the view is in colour; piped or redirected it is plain text.

\b
Examples:
  pressparse show samples/dhs-2011-06-17.txt
  pressparse show --use-model release.txt       # with the spaCy model (rules only by default)
  pressparse show --all page.txt                # do not fold the page's noise
  pressparse show --color release.txt | less -R
  pressparse show release.txt > view.txt        # plain text
"""


@cli.command(help=SHOW_HELP)
@click.argument("file", type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@model_options
@click.option("--all", "show_all", is_flag=True, help="show every noise line; do not fold long runs")
@click.option(
    "--items/--no-items", default=True, show_default=True, help="list the items found after the text"
)
@click.option("--color/--no-color", default=None, help="colour (default: only when stdout is a terminal)")
def show(
    file: str,
    model: str | None,
    use_model: bool,
    no_model: bool,
    show_all: bool,
    items: bool,
    color: bool | None,
) -> None:
    from pressparse.batch import read_bytes
    from pressparse.decode import decode
    from pressparse.inputs import InputItem
    from pressparse.output import utf8_stdout
    from pressparse.show import FOLD_LINES, print_view, render

    parser = make_parser(model, use_model, no_model)
    try:
        doc = decode(read_bytes(InputItem(file), DEFAULT_MAX_BYTES), file)
        release, layout = parser.parse_with_layout(doc)
        record = release.model_dump(mode="json")
    except Exception as exc:  # the one document failed: say which and why
        raise click.ClickException(f"{file}: cannot parse: {exc.__class__.__name__}: {exc}") from exc
    view = render(
        doc.text,
        record,
        noise=layout.noise,
        fold=None if show_all else FOLD_LINES,
        list_items=items,
        roles=layout.roles,
    )
    try:
        print_view(view, utf8_stdout(), color=color)
    except BrokenPipeError:
        _stop_quietly()


TABLE_HELP = f"""Tabulate records already extracted: JSON Lines in, CSV out.

PATH is a JSON Lines file written by `pressparse extract` (or one pretty-printed
record), a folder of .json files written by `extract -o DIR` (read recursively), or
- for standard input. A batch is parsed once and tabulated many times; the same
tables come straight from `extract --format csv --table T`.

Each item is one row, led by the document's path and release date; white space in
text cells is collapsed to single spaces, and start/end are the item's character
span in the input. Error records are skipped, and counted on stderr.

{TABLES_DOC}
\b
Exit status: 0 done, 2 usage error (including a missing or unreadable PATH).

\b
Examples:
  pressparse extract corpus/ --compact > out.jsonl
  pressparse table out.jsonl --table quotes > quotes.csv
  pressparse table out/ --table people          # a folder written by extract -o out/
  pressparse extract release.txt | pressparse table - --table dates
"""


@cli.command(help=TABLE_HELP)
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, allow_dash=True))
@click.option("--table", "kind", type=click.Choice(TABLES), default="releases", show_default=True)
@click.option("--glob", "pattern", default="*.json", show_default=True, help="file names to read in folders")
def table(paths: tuple[str, ...], kind: str, pattern: str) -> None:
    from pressparse.inputs import expand
    from pressparse.output import utf8_stdout
    from pressparse.table import CsvWriter, RecordsUnreadable, read_records

    items = list(expand(paths, pattern))
    if not items:
        raise click.UsageError(f"no file matching {pattern!r} in: {' '.join(paths)}")
    writer = CsvWriter(utf8_stdout(), kind)
    try:
        for item in items:
            for record in read_records(item):
                writer.write(record, item.relative)
        writer.close()
    except RecordsUnreadable as exc:
        raise click.BadParameter(str(exc), param_hint="PATH") from None
    except (TypeError, AttributeError, KeyError, IndexError) as exc:  # JSON, but not of pressparse's shape
        raise click.BadParameter(f"{item.path}: not a pressparse record ({exc})", param_hint="PATH") from None
    except BrokenPipeError:
        _stop_quietly()


def main() -> None:
    """Console entry point."""
    cli(prog_name="pressparse")
