"""Show stage: one record + its decoded text -> a terminal view for people.

Takes the decoded text, its record dict (``Release.model_dump(mode="json")``) and,
optionally, the layout's noise spans; gives rich renderables (``render``): the header
fields in a panel, a legend with counts, the document with every item's span highlighted
in its colour and a gutter naming each block (noise dimmed, long noise folded), a list of
the items found and the warnings. Without colour (not a terminal) the gutter, the legend's
counts and the item list still say what was found, so the view degrades to plain text.

Given the layout's roles (``Layout.roles``), the gutter names each line by the one role the layout
gave its unit (headline, date line, contact, prose, end mark, noise (site), ...); a line holding
several units (a page flattened to one line) shows each unit on its own row. Otherwise noise is
every line outside the release: before its first field or after its last
(headline, header fields, dateline, contacts, body, about), plus the given noise spans.
Control characters are shown as U+FFFD, so the input cannot drive the terminal.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, TextIO

from rich.columns import Columns
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from pressparse.models import Record
from pressparse.textspan import Line, Span, collapse, iter_lines

RoleSpan = tuple[int, int, str, str]  # a layout unit: start, end, role, text (``layout.Role``)

# (kind, style), lowest priority first: a later layer's colour wins where spans overlap
LAYERS: tuple[tuple[str, str], ...] = (
    ("field", "underline"),
    ("quote", "green"),
    ("person", "cyan"),
    ("speaker", "bold magenta"),
    ("program", "yellow"),
    ("figure", "bold red"),
    ("date", "blue"),
)
NOISE_STYLE, HEADLINE_STYLE, GUTTER_STYLE = "dim", "bold", "dim cyan"
FOLD_LINES = 6  # a noise block longer than this shows its first and last two lines
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean(s: str) -> str:
    """``s`` with the same length, control characters shown as U+FFFD (a CR as a space)."""
    return _CONTROL.sub(lambda m: " " if m.group() == "\r" else "\ufffd", s)


def _valid(span: Any, size: int) -> Span | None:
    if isinstance(span, (list, tuple)) and len(span) == 2 and all(isinstance(x, int) for x in span):
        s, e = span
        if 0 <= s < e <= size:
            return s, e
    return None


def highlights(record: Record) -> Iterator[tuple[str, Any]]:
    """Every (kind, span) to highlight, as the record gives it (spans not yet checked)."""
    release = record.get("release") or {}
    for key in ("date_span", "type_span", "issuer_span"):
        yield "field", release.get(key)
    yield "field", (record.get("dateline") or {}).get("span")
    yield "field", (record.get("wrapper") or {}).get("span")
    for contact in record.get("contacts") or ():
        yield "field", contact.get("span")
    for quote in record.get("quotes") or ():
        yield "quote", quote.get("span")
        yield "speaker", (quote.get("speaker") or {}).get("span")
    for kind, key in (("person", "people"), ("program", "programs")):
        for item in record.get(key) or ():
            yield kind, item.get("span")
            for mention in item.get("mentions") or ():
                yield kind, mention
    for kind, key in (("figure", "figures"), ("date", "dates")):
        for item in record.get(key) or ():
            yield kind, item.get("span")


def _release_extent(record: Record, size: int) -> Span | None:
    """From the release's first field to its last; the lines outside are noise."""
    parts = [span for kind, span in highlights(record) if kind == "field"]
    parts += list((record.get("spans") or {}).values())
    spans = [v for v in (_valid(p, size) for p in parts) if v]
    wrapper = _valid((record.get("wrapper") or {}).get("span"), size)
    spans = [s for s in spans if s != wrapper]  # the blog's post date is page chrome
    if not spans:
        return None
    return min(s for s, _ in spans), max(e for _, e in spans)


def _region(pos: int, record: Record, extent: Span | None, noise: Sequence[Span]) -> str:
    """The name of the part of the document that character ``pos`` belongs to."""
    if extent is None or not extent[0] <= pos < extent[1] or any(s <= pos < e for s, e in noise):
        return "noise"
    spans = record.get("spans") or {}
    for name in ("headline", "body", "about"):
        span = spans.get(name)
        if span and span[0] <= pos < span[1]:
            return name
    body = spans.get("body")
    return "header" if not body or body[0] >= body[1] or pos < body[0] else "trailer"


def _role_at(pos: int, roles: Sequence[RoleSpan]) -> str | None:
    """The layout's role of the unit holding character ``pos`` (None when no unit holds it)."""
    i = bisect_right([r[0] for r in roles], pos) - 1
    return roles[i][2] if i >= 0 and pos < roles[i][1] else None


def _blocks(
    text: str, record: Record, noise: Sequence[Span], roles: Sequence[RoleSpan] = ()
) -> Iterator[tuple[str, list[Line]]]:
    """Runs of lines in the same region (or, given the layout's roles, with the same role); a blank
    line stays with the line above it."""
    extent = _release_extent(record, len(text))
    region = ""
    run: list[Line] = []
    for line in _unit_lines(text, roles):
        if line.blank and run:
            run.append(line)
            continue
        first = line.start + len(line.text) - len(line.text.lstrip())
        here = (_role_at(first, roles) if roles else None) or _region(first, record, extent, noise)
        if run and here != region:
            yield region, run
            run = []
        region = here
        run.append(line)
    if run:
        yield region, run


def _unit_lines(text: str, roles: Sequence[RoleSpan]) -> Iterator[Line]:
    """The text's lines, a line holding several units (a page flattened to one line) cut where each
    unit starts, so that every unit shows on its own row with its role."""
    starts = [r[0] for r in roles]
    for line in iter_lines(text):
        cut = line.start
        for k in range(bisect_right(starts, line.start), bisect_right(starts, line.end - 1)):
            if starts[k] > cut:
                yield Line(cut, starts[k], text[cut : starts[k]])
                cut = starts[k]
        yield line if cut == line.start else Line(cut, line.end, text[cut : line.end])


def highlighted(text: str, record: Record) -> tuple[Text, int]:
    """The whole text with every valid span stylized; and how many spans were out of range."""
    full = Text(clean(text))
    bad = 0
    headline = _valid((record.get("spans") or {}).get("headline"), len(text))
    if headline:
        full.stylize(HEADLINE_STYLE, *headline)
    pending: dict[str, list[Span]] = {kind: [] for kind, _ in LAYERS}
    for kind, span in highlights(record):
        if span is None:
            continue
        valid = _valid(span, len(text))
        if valid:
            pending[kind].append(valid)
        else:
            bad += 1
    for kind, style in LAYERS:
        for s, e in pending[kind]:
            full.stylize(style, s, e)
    return full, bad


def _fold(lines: list[Line], fold: int | None) -> tuple[list[Line], list[Line], int]:
    """Head and tail lines of a noise block and how many non-blank lines are folded between them."""
    lines = _trim(lines)
    filled = [ln for ln in lines if not ln.blank]
    if fold is None or len(filled) <= fold:
        return lines, [], 0
    return filled[:2], filled[-2:], len(filled) - 4


def _trim(lines: list[Line]) -> list[Line]:
    while lines and lines[-1].blank:
        lines = lines[:-1]
    return lines


def _document(
    text: str, record: Record, noise: Sequence[Span], fold: int | None, roles: Sequence[RoleSpan] = ()
) -> tuple[Table, int]:
    """The document as a two-column grid: region (or role) name, then its lines with their highlights."""
    full, bad = highlighted(text, record)
    blocks = list(_blocks(text, record, noise, roles))
    cuts = sorted({x for _, lines in blocks for ln in lines for x in (ln.start, ln.end)})
    pieces = {cut: piece for cut, piece in zip(cuts, full.divide(cuts)[1:], strict=True)}

    def joined(lines: Iterable[Line]) -> Text:
        return Text("\n").join(pieces[ln.start] if ln.start < ln.end else Text() for ln in lines)

    grid = Table.grid(padding=(0, 1))
    grid.add_column(style=GUTTER_STYLE, no_wrap=True, min_width=8)
    grid.add_column(ratio=1, overflow="fold")
    for region, lines in blocks:
        if region.startswith("noise"):
            head, tail, folded = _fold(lines, fold)
            body = joined(head)
            if folded:
                marker = f"⋯ {folded} lines of noise folded (show --all shows them) ⋯"
                body = Text("\n").join([body, Text(marker, style="italic"), joined(tail)])
            body.stylize(NOISE_STYLE)
        else:
            body = joined(_trim(lines))
        grid.add_row(region, body)
        if lines[-1].blank:
            grid.add_row("", "")
    return grid, bad


def _value(*parts: Any, sep: str = " ") -> str:
    return sep.join(clean(collapse(str(p))) for p in parts if p not in (None, "", []))


def _header_panel(record: Record) -> Panel:
    release = record.get("release") or {}
    wrapper = record.get("wrapper") or {}
    source = record.get("source") or {}
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(ratio=1)
    rows: list[tuple[str, str | Text]] = [
        ("Headline", Text(_value(record.get("headline")) or "—", style=HEADLINE_STYLE)),
        ("Released", _value(release.get("date"), release.get("time"), release.get("timezone"))),
        ("Type", _value(release.get("type"))),
        ("Issuer", _value(release.get("issuer"))),
        ("Dateline", _value((record.get("dateline") or {}).get("location"))),
    ]
    for n, contact in enumerate(record.get("contacts") or ()):
        who = _value(contact.get("name"), contact.get("title"), contact.get("organization"), sep=", ")
        reach = _value(*contact.get("phones") or (), *contact.get("emails") or (), sep=", ")
        rows.append(("Contact" if n == 0 else "", _value(who, reach, sep=" · ")))
    if not record.get("contacts"):
        rows.append(("Contact", ""))
    if wrapper.get("platform") or wrapper.get("posted"):
        rows.append(("Posted", _value(wrapper.get("platform"), wrapper.get("posted"), sep=", ")))
    size = f"{source['bytes']:,} bytes" if isinstance(source.get("bytes"), int) else None
    rows.append(("Source", _value(source.get("path") or "<text>", source.get("encoding"), size, sep=" · ")))
    for label, value in rows:
        grid.add_row(label, value or Text("—", style="dim"))
    return Panel(grid, title="pressparse show", title_align="left", border_style="cyan")


def _count(record: Record, kind: str) -> int:
    if kind == "speaker":
        return sum(1 for q in record.get("quotes") or () if q.get("speaker"))
    if kind == "field":
        return sum(1 for k, s in highlights(record) if k == "field" and s is not None)
    key = {"quote": "quotes", "person": "people", "program": "programs", "figure": "figures", "date": "dates"}
    return len(record.get(key[kind]) or ())


def legend(record: Record) -> Columns:
    """Each highlight's style shown on its own name, with how many the record has."""
    entries = [Text.assemble(Text(kind, style=style), f" {_count(record, kind)}") for kind, style in LAYERS]
    return Columns(
        [Text("Legend:", style="bold"), *entries, Text("noise", style=NOISE_STYLE)], padding=(0, 2)
    )


def _shorten(s: str, width: int = 72) -> str:
    s = clean(collapse(s))
    return s if len(s) <= width else s[: width - 1].rstrip() + "…"


def items(record: Record) -> Iterator[RenderableType]:
    """One line per item found, grouped by kind in the legend's colours."""
    styles = dict(LAYERS)
    quotes = record.get("quotes") or ()
    lines: list[tuple[str, str, list[Text]]] = [
        ("Quotes", "quote", [_quote_line(n, q, styles) for n, q in enumerate(quotes, 1)]),
        (
            "People",
            "person",
            [Text(_value(p.get("name"), p.get("title"), sep=", ")) for p in _get(record, "people")],
        ),
        (
            "Programs",
            "program",
            [Text(_value(p.get("name"), f"({p.get('kind')})")) for p in _get(record, "programs")],
        ),
        ("Figures", "figure", [Text(_figure(f)) for f in _get(record, "figures")]),
        ("Dates", "date", [Text(_value(d.get("text"), "→", d.get("value"))) for d in _get(record, "dates")]),
    ]
    for title, kind, rows in lines:
        if rows:
            yield Text(title, style=f"bold {styles[kind]}")
            yield from (Padding(row, (0, 0, 0, 2)) for row in rows)


def _get(record: Record, key: str) -> list[Record]:
    return list(record.get(key) or ())


def _quote_line(n: int, quote: Record, styles: dict[str, str]) -> Text:
    speaker = quote.get("speaker") or {}
    who = Text(_value(speaker.get("name")) or "(no speaker)", style=styles["speaker"])
    cue = _value(quote.get("cue"))
    return Text.assemble(
        f"{n}. ", who, f" ({cue}): " if cue else ": ", f"“{_shorten(quote.get('text') or '')}”"
    )


def _number(value: Any) -> Any:
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _figure(fig: Record) -> str:
    """``text → value unit (= normalized) (kind: counted)``."""
    value, top = _number(fig.get("value")), _number(fig.get("max"))
    amount = _value(f"{value}–{top}" if top is not None else value, fig.get("unit"))
    normalized = _value(_number(fig.get("normalized")), fig.get("normalized_unit"))
    if normalized and normalized != amount:
        amount += f" (= {normalized})"
    kind = _value(fig.get("kind"), fig.get("counted"), sep=": ")
    return _value(fig.get("text"), "→", amount, f"({kind})" if kind else None)


def warnings(record: Record, bad_spans: int = 0) -> Text:
    """The record's warnings (and spans the view could not place), or that there are none."""
    notes = [clean(w) for w in record.get("warnings") or ()]
    if bad_spans:
        notes.append(f"{bad_spans} span(s) outside the text were not highlighted")
    if not notes:
        return Text("No warnings.", style="dim")
    return Text("\n").join(Text(f"⚠ {w}", style="yellow") for w in notes)


def render(
    text: str,
    record: Record,
    *,
    noise: Sequence[Span] = (),
    fold: int | None = FOLD_LINES,
    list_items: bool = True,
    roles: Sequence[RoleSpan] = (),
) -> Group:
    """The whole view of one document: header panel, legend, highlighted text, items, warnings.

    ``noise`` adds the layout's noise spans to the lines outside the release; ``fold`` is the
    longest noise block shown whole (``None``: never fold); ``list_items`` lists what was found;
    ``roles`` (the layout's ``(start, end, role, ...)`` per unit) names each line by its role.
    """
    document, bad = _document(text, record, noise, fold, roles)
    parts: list[RenderableType] = [_header_panel(record), legend(record), Text(), document, Text()]
    if list_items:
        parts += [*items(record), Text()]
    parts.append(warnings(record, bad))
    return Group(*parts)


def print_view(view: RenderableType, out: TextIO, *, color: bool | None = None) -> None:
    """Print the view on ``out``: in colour on a terminal (or when ``color``), else plain text
    without the padding rich adds to the right of each line."""
    console = Console(file=out, force_terminal=color, no_color=color is False, highlight=False)
    if console.is_terminal:
        console.print(view)
        return
    with console.capture() as captured:
        console.print(view)
    out.write("".join(line.rstrip() + "\n" for line in captured.get().splitlines()))
