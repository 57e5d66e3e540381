"""show: the terminal view of one record over its text, and the ``pressparse show`` command."""

from __future__ import annotations

import io
import re

import pytest
from click.testing import CliRunner
from rich.console import Console

from pressparse.cli import cli
from pressparse.models import Person, Quote, Release, Source, Speaker
from pressparse.show import FOLD_LINES, LAYERS, clean, highlighted, legend, print_view, render

from .conftest import SEED
from .sample_records import HEADLINE, SEED_TEXT, seed_release, span

STYLE = dict(LAYERS)


def view_text(text: str, record: dict, width: int = 80, **kwargs) -> str:
    """The view as a recording console prints it, as plain text."""
    console = Console(record=True, width=width, file=io.StringIO(), color_system="truecolor")
    console.print(render(text, record, **kwargs))
    return console.export_text()


@pytest.fixture(scope="module")
def seed_record() -> dict:
    return seed_release().model_dump(mode="json")


def _source(text: str) -> Source:
    return Source(path=None, sha256="0" * 64, bytes=len(text.encode()), encoding="utf-8")


def _with_chrome(before: int, after: int, gap: str = "") -> tuple[str, dict]:
    """A small release between ``before`` and ``after`` lines of chrome (``gap`` after each menu line)."""
    top = "".join(f"Menu item {i}\n{gap}" for i in range(before))
    release = "Agency Opens Office\n\nCITY—The agency opened an office today.\n"
    text = top + release + "".join(f"Footer link {i}\n" for i in range(after))
    head = text.index("Agency Opens Office")
    body = text.index("CITY—"), text.index("today.") + len("today.")
    record = Release(
        source=_source(text),
        headline="Agency Opens Office",
        body=text[body[0] : body[1]],
        spans={"headline": (head, head + len("Agency Opens Office")), "body": body},
    )
    return text, record.model_dump(mode="json")


@pytest.mark.parametrize(
    ("kind", "needle", "nth"),
    [
        ("quote", "history of collaboration", 0),
        ("speaker", "Secretary Napolitano", 0),
        ("person", "Barack Obama", 0),
        ("program", "Global Shield", 0),
        ("figure", "31,000 kilograms", 0),
        ("date", "February 4, 2011", 0),
        ("field", "For Immediate Release", 0),
    ],
)
def test_each_kind_is_highlighted_in_its_colour(seed_record: dict, kind: str, needle: str, nth: int) -> None:
    full, bad = highlighted(SEED_TEXT, seed_record)
    console = Console(color_system="truecolor")
    start, end = span(needle, nth)
    assert bad == 0
    want = console.get_style(STYLE[kind])
    for offset in (start, end - 1):
        got = full.get_style_at_offset(console, offset)
        assert got.color == want.color, (kind, offset)
        assert bool(got.underline) == bool(want.underline)


def test_text_outside_items_is_not_highlighted(seed_record: dict) -> None:
    full, _ = highlighted(SEED_TEXT, seed_record)
    console = Console(color_system="truecolor")
    offset = span("participating nations")[0]
    assert full.get_style_at_offset(console, offset).color is None


def test_a_person_inside_a_quote_keeps_the_person_colour() -> None:
    text = 'Lead\n\n"We thank Ann Lee for this," said Bo Day.\n'
    q = text.index("We"), text.index(',"')
    ann = text.index("Ann Lee"), text.index("Ann Lee") + 7
    bo = text.index("Bo Day"), text.index("Bo Day") + 6
    speaker = Speaker(name="Bo Day", mention="Bo Day", span=bo)
    record = Release(
        source=_source(text),
        spans={"headline": (0, 4), "body": (6, len(text) - 1)},
        quotes=[Quote(text=text[q[0] : q[1]], span=q, speaker=speaker)],
        people=[Person(name="Ann Lee", span=ann), Person(name="Bo Day", span=bo)],
    ).model_dump(mode="json")
    full, _ = highlighted(text, record)
    console = Console(color_system="truecolor")
    style_at = {i: full.get_style_at_offset(console, i).color for i in (q[0], ann[0], bo[0])}
    assert style_at[q[0]] == console.get_style(STYLE["quote"]).color
    assert style_at[ann[0]] == console.get_style(STYLE["person"]).color
    assert style_at[bo[0]] == console.get_style(STYLE["speaker"]).color


@pytest.mark.parametrize(
    ("line_start", "region"),
    [
        ("Saturday, June 18, 2011", "noise"),
        (HEADLINE, "headline"),
        ("06/17/2011 07:00 AM EDT", "header"),
        ("WASHINGTON—Secretary", "body"),
        ("###", "noise"),
    ],
)
def test_each_block_is_named_in_the_margin(seed_record: dict, line_start: str, region: str) -> None:
    lines = view_text(SEED_TEXT, seed_record).splitlines()
    assert any(re.match(rf"{region}\s+{re.escape(line_start)}", ln) for ln in lines), region


def test_lines_inside_a_block_have_an_empty_margin(seed_record: dict) -> None:
    lines = view_text(SEED_TEXT, seed_record).splitlines()
    assert any(re.match(r"\s{5,}For Immediate Release", ln) for ln in lines)


def test_header_panel_legend_items_and_warnings(seed_record: dict) -> None:
    out = view_text(SEED_TEXT, seed_record)
    panel = out[: out.index("Legend:")]
    for value in (HEADLINE, "2011-06-17 07:00:00 EDT", "Office of the Press Secretary", "WASHINGTON"):
        assert value in panel
    assert "202-282-8010" in panel
    for entry in ("quote 3", "speaker 3", "person 4", "program 1", "figure 2", "date 2", "field 6"):
        assert entry in out
    assert "1. Janet Napolitano (said): “The United States" in out
    assert "more than 31,000 kilograms → 31000 kg (measure)" in out
    assert out.rstrip().endswith("No warnings.")


@pytest.mark.parametrize(
    ("figure", "line"),
    [
        ({"text": "60", "value": 60.0, "kind": "count", "counted": "nations"}, "60 → 60 (count: nations)"),
        (
            {"text": "$2-3 million", "value": 2e6, "max": 3e6, "unit": "USD", "kind": "money"},
            "$2-3 million → 2000000–3000000 USD (money)",
        ),
        (
            {
                "text": "2 km",
                "value": 2.0,
                "unit": "km",
                "kind": "measure",
                "normalized": 2000.0,
                "normalized_unit": "m",
            },
            "2 km → 2 km (= 2000 m) (measure)",
        ),
        (
            {"text": "1.5%", "value": 1.5, "unit": "percent", "kind": "percent"},
            "1.5% → 1.5 percent (percent)",
        ),
    ],
)
def test_figures_are_listed_with_value_unit_and_kind(figure: dict, line: str) -> None:
    text, record = _with_chrome(0, 0)
    record["figures"] = [{**figure, "span": [0, 6]}]
    assert line in view_text(text, record)


def test_items_can_be_left_out(seed_record: dict) -> None:
    assert "Janet Napolitano (said)" not in view_text(SEED_TEXT, seed_record, list_items=False)


def test_warnings_come_last() -> None:
    text, record = _with_chrome(0, 0)
    record["warnings"] = ["no release date found"]
    out = view_text(text, record)
    assert out.rstrip().endswith("⚠ no release date found")
    assert "No warnings." not in out


@pytest.mark.parametrize(
    ("bad_span", "warned"),
    [((5, 10_000), True), ((-1, 3), True), ((7, 7), True), ((0, 5), False)],
)
def test_spans_outside_the_text_are_reported_not_drawn(bad_span: tuple[int, int], warned: bool) -> None:
    text, record = _with_chrome(0, 0)
    record["figures"] = [{"text": "x", "span": list(bad_span), "value": 1.0, "kind": "count"}]
    out = view_text(text, record, list_items=False)
    assert ("1 span(s) outside the text were not highlighted" in out) is warned


@pytest.mark.parametrize(
    ("before", "after", "folded"),
    [(FOLD_LINES + 4, 0, FOLD_LINES), (0, FOLD_LINES + 1, FOLD_LINES - 3), (FOLD_LINES, FOLD_LINES, 0)],
)
def test_long_noise_is_folded(before: int, after: int, folded: int) -> None:
    text, record = _with_chrome(before, after)
    out = view_text(text, record)
    marks = re.findall(r"⋯ (\d+) lines of noise folded", out)
    assert marks == ([str(folded)] if folded else [])
    assert "Agency Opens Office" in out
    if before:
        assert "Menu item 0" in out and f"Menu item {before - 1}" in out
        assert ("Menu item 3" in out) is not bool(folded)


def test_blank_lines_in_folded_noise_are_not_counted() -> None:
    text, record = _with_chrome(10, 0, gap="\n\n")
    lines = [ln.rstrip() for ln in view_text(text, record).splitlines()]
    at = lines.index("noise    Menu item 0")
    assert [ln.strip() for ln in lines[at + 1 : at + 4]] == [
        "Menu item 1",
        "⋯ 6 lines of noise folded (show --all shows them) ⋯",
        "Menu item 8",
    ]


def test_nothing_is_folded_when_asked() -> None:
    text, record = _with_chrome(20, 20)
    out = view_text(text, record, fold=None)
    assert "folded" not in out
    ends = [ln.rstrip() for ln in out.splitlines()]
    assert all(any(ln.endswith(f"Menu item {i}") for ln in ends) for i in range(20))


def test_layout_noise_inside_the_release_is_named_noise() -> None:
    text, record = _with_chrome(0, 0)
    share = "Share this page\n"
    text = text.replace("CITY—", share + "\nCITY—")
    head = text.index("Agency Opens Office")
    body = text.index("CITY—"), text.index("today.") + len("today.")
    record["spans"] = {"headline": [head, head + 19], "body": list(body)}
    record["release"] = {"date_span": [text.index(share), text.index(share) + 5]}  # an extent reaching it
    noisy = (text.index(share), text.index(share) + len(share) - 1)
    assert re.search(r"^header\s+Share this page", view_text(text, record), re.M)
    assert re.search(r"^noise\s+Share this page", view_text(text, record, noise=[noisy]), re.M)


@pytest.mark.parametrize(
    ("raw", "shown"),
    [("a\x1b[31mb", "a\ufffd[31mb"), ("x\r\ny", "x \ny"), ("tab\there", "tab\there"), ("\x00", "\ufffd")],
)
def test_control_characters_are_neutralised_keeping_offsets(raw: str, shown: str) -> None:
    assert clean(raw) == shown
    assert len(clean(raw)) == len(raw)


def test_crlf_text_and_control_codes_keep_highlights_in_place() -> None:
    text = "Head\r\n\r\n\x1b[2JWe said \u201cgo now\u201d today.\r\n"
    q = text.index("go now"), text.index("go now") + 6
    record = Release(
        source=_source(text),
        spans={"headline": (0, 4), "body": (text.index("\x1b"), text.index("today.") + 6)},
        quotes=[Quote(text="go now", span=q)],
    ).model_dump(mode="json")
    full, bad = highlighted(text, record)
    console = Console(color_system="truecolor")
    assert bad == 0 and full.plain[q[0] : q[1]] == "go now"
    assert full.get_style_at_offset(console, q[0]).color == console.get_style(STYLE["quote"]).color
    out = io.StringIO()
    print_view(render(text, record), out, color=True)
    assert "\x1b[2J" not in out.getvalue()


def test_legend_names_every_kind_with_its_count(seed_record: dict) -> None:
    console = Console(record=True, width=200, file=io.StringIO())
    console.print(legend(seed_record))
    out = console.export_text()
    for kind, _ in LAYERS:
        assert re.search(rf"\b{kind} \d+", out), kind
    assert "noise" in out


@pytest.mark.parametrize("color", [None, False])
def test_plain_text_when_not_a_terminal(seed_record: dict, color: bool | None) -> None:
    out = io.StringIO()
    print_view(render(SEED_TEXT, seed_record), out, color=color)
    text = out.getvalue()
    assert "\x1b[" not in text
    assert HEADLINE in text and "Legend:" in text
    lines = text.splitlines()
    assert all(len(ln) <= 80 for ln in lines)
    assert all(ln == ln.rstrip() for ln in lines)


def test_colour_when_asked(seed_record: dict) -> None:
    out = io.StringIO()
    print_view(render(SEED_TEXT, seed_record), out, color=True)
    assert "\x1b[" in out.getvalue()


@pytest.mark.parametrize("width", [60, 80, 120])
def test_fits_the_terminal_width(seed_record: dict, width: int) -> None:
    lines = view_text(SEED_TEXT, seed_record, width=width).splitlines()
    assert max(len(ln) for ln in lines) <= width


# the command: parses the file itself (rules only here), prints the view


def test_show_command_end_to_end_on_the_seed() -> None:
    result = CliRunner().invoke(cli, ["show", "--no-model", str(SEED)])
    assert result.exit_code == 0, result.output
    assert HEADLINE in result.output
    assert "Legend:" in result.output
    assert "\x1b[" not in result.output


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["show", "missing-release.txt"], 2, "missing-release.txt"),
        (["show", "--model", "x", "--no-model", str(SEED)], 2, "excludes --use-model and --model"),
        (["show"], 2, "Missing argument 'FILE'"),
        (["show", str(SEED.parent)], 2, "is a directory"),
    ],
)
def test_show_usage_errors(args: list[str], code: int, message: str) -> None:
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == code
    assert message in result.output


def test_show_reads_standard_input() -> None:
    result = CliRunner().invoke(cli, ["show", "--no-model", "-"], input=SEED.read_bytes())
    assert result.exit_code == 0, result.output
    assert "Legend:" in result.output and "WASHINGTON" in result.output


def test_show_names_each_line_by_its_layout_role() -> None:
    out = CliRunner().invoke(cli, ["show", str(SEED), "--no-model", "--no-items", "--no-color"]).output
    for role, line in [
        ("noise (posted)", "Saturday, June 18, 2011"),
        ("headline", "Canadian-American Homeland Security Collaboration"),
        ("date line", "06/17/2011 07:00 AM EDT"),
        ("label", "For Immediate Release"),
        ("issuer", "Office of the Press Secretary"),
        ("contact", "Contact: 202-282-8010"),
        ("prose", "WASHINGTON"),
        ("end mark", "###"),
    ]:
        assert re.search(rf"^{re.escape(role)}\s+{re.escape(line)}", out, re.M), role


def test_show_reads_the_layout_the_parser_computed(monkeypatch: pytest.MonkeyPatch) -> None:
    # one segmentation per document: the view names the lines from the parser's own layout
    import pressparse.context

    calls = []
    real = pressparse.context.segment

    def counted(text: str):  # type: ignore[no-untyped-def]
        calls.append(text)
        return real(text)

    monkeypatch.setattr(pressparse.context, "segment", counted)
    out = CliRunner().invoke(cli, ["show", str(SEED), "--no-model", "--no-items", "--no-color"]).output
    assert len(calls) == 1
    assert re.search(r"^headline\s+Canadian-American", out, re.M)


@pytest.mark.parametrize(
    ("role", "piece"),
    [
        ("noise (site)", "Menu Home News Submit Release"),
        ("headline", "Harbor City Marathon Raises Record Sum"),
        ("prose", "SAN DIEGO, CA, April 17, 2023"),
        ("end mark", "###"),
        ("contact", "Media Contact: Sam Okafor"),
        ("noise (site)", "Share on Facebook"),
    ],
)
def test_a_flattened_page_shows_each_unit_on_its_own_row(role: str, piece: str) -> None:
    body = "SAN DIEGO, CA, April 17, 2023 -- The race raised a record sum for the hospital. " * 8
    text = (
        f"Menu Home News Submit Release | Harbor City Marathon Raises Record Sum | {body}"
        "### Media Contact: Sam Okafor, 619-555-0199 | Share on Facebook\n"
    )
    result = CliRunner().invoke(cli, ["show", "--no-model", "--no-items", "--no-color", "-"], input=text)
    assert result.exit_code == 0, result.output
    assert re.search(rf"^{re.escape(role)}\s+{re.escape(piece)}", result.output, re.M), result.output
