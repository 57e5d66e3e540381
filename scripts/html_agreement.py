"""HTML in, measured: wrap corpus texts into realistic web pages and check that the HTML pages give
the same headline, release date and body as their text copies (rules only).

Each page: a <head> with <title>, og:title and article:published_time (from doj-opa's gold,
when known), a site header with a menu (<nav><ul><li>), breadcrumbs, the release's blocks as
<p>/<div>/<h1> (lines within a block joined by <br>, source lines wrapped and indented as
HTML editors write them, some words in <a>/<strong>/<em>, characters escaped as entities),
a sidebar and a footer of link lists. Pages are written into a temporary folder.

    PYTHONPATH=src python scripts/html_agreement.py --n 60 [--keep DIR]
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
import tempfile
from pathlib import Path
from typing import Any

from pressparse.pipeline import Parser

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
SOURCES = (("doj-opa", 0.6), ("newsworthy-wires", 0.2), ("blog-wrapped", 0.2))
MENU = ["Home", "About", "News", "Press Releases", "Photos", "Videos", "Careers", "Contact"]
FOOTER = ["Privacy Policy", "Accessibility", "FOIA", "No FEAR Act", "Vote.gov", "USA.gov"]


def inline(text: str, rng: random.Random) -> str:
    """Escape a line, wrap some words in inline tags and break the source line as editors do."""
    words = text.split(" ")
    out = []
    for w in words:
        e = html.escape(w, quote=False).replace("'", "&#39;" if rng.random() < 0.5 else "'")
        r = rng.random()
        if r < 0.03 and w:
            e = f'<a href="/x">{e}</a>'
        elif r < 0.05 and w:
            e = f"<strong>{e}</strong>"
        elif r < 0.06 and w:
            e = f"<em>{e}</em>"
        out.append(e)
    joined = ""
    for i, e in enumerate(out):
        sep = "" if i == 0 else ("\n        " if rng.random() < 0.08 else " ")
        joined += sep + e
    return joined


def page(text: str, meta: dict[str, Any], rng: random.Random, chrome: bool = True) -> str:
    """The page of one release text; ``chrome``: a site menu, sidebar and footer around it (a text
    copied from a blog has its blog's chrome in it already)."""
    blocks = [b for b in re.split(r"\n[ \t]*\n", text.strip("\n")) if b.strip()]
    head_title = meta.get("headline") or blocks[0].splitlines()[0]
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{html.escape(head_title)} | Newsroom</title>",
        f'<meta property="og:title" content="{html.escape(head_title)}">',
    ]
    if meta.get("release_date"):
        parts.append(f'<meta property="article:published_time" content="{meta["release_date"]}">')
    parts += [
        "<style>body { font-family: sans-serif } .hidden { display: none }</style>",
        '<script>window.dataLayer = [{"page": "<p>release</p>"}];</script>',
        "</head><body>",
    ]
    if chrome:
        parts += [
            '<a class="skip" href="#main">Skip to main content</a>',
            '<header><div class="site-name">Newsroom</div><nav><ul>',
            *(f'  <li><a href="/{m.lower()}">{m}</a></li>' for m in MENU),
            "</ul></nav></header>",
            '<div class="breadcrumb"><a href="/">Home</a> &raquo; <a href="/news">News</a></div>',
        ]
    parts.append('<main id="main"><article>')
    for block in blocks:
        lines = [inline(line.strip(), rng) for line in block.splitlines()]
        body = "<br>\n".join(lines)
        if meta.get("headline") and block.strip() == meta["headline"]:
            parts.append(f"<h1>{body}</h1>")
        elif rng.random() < 0.25:
            parts.append(f'<div class="para">\n  {body}\n</div>')
        else:
            parts.append(f"<p>{body}</p>")
    parts += ["</article></main>", '<div class="hidden">Do not show this</div>']
    if chrome:
        parts += [
            '<aside><h2>Related</h2><ul><li><a href="/a">Earlier releases</a></li>'
            "<li>Archive</li></ul></aside>",
            "<footer><ul>",
            *(f'  <li><a href="/{f.lower()}">{f}</a></li>' for f in FOOTER),
            "</ul><p>950 Main Street, Washington, DC</p></footer>",
        ]
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def collapse(s: str | None) -> str | None:
    return " ".join(s.split()) if s is not None else None


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=60)
    ap.add_argument("--seed", type=int, default=16)
    ap.add_argument("--keep", help="write the pages into this folder (default: a temporary one)")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    gold = {
        g["file"]: g
        for g in map(json.loads, (CORPUS / "doj-opa" / "gold.jsonl").read_text(encoding="utf-8").splitlines())
    }
    chosen: list[tuple[Path, dict[str, Any]]] = []
    for folder, share in SOURCES:
        files = sorted((CORPUS / folder).glob("*.txt"))
        for f in rng.sample(files, round(args.n * share)):
            g = gold.get(f.name, {}) if folder == "doj-opa" else {}
            chosen.append((f, {"headline": g.get("headline"), "release_date": g.get("release_date")}))
    parser = Parser(use_model=False)
    fields = ("headline", "date", "body")
    agree = dict.fromkeys(fields, 0)
    misses: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(args.keep or tmp)
        out.mkdir(parents=True, exist_ok=True)
        for f, meta in chosen:
            data = f.read_bytes()
            target = out / f"{f.parent.name}__{f.stem}.html"
            target.write_text(
                page(data.decode("utf-8", "replace"), meta, rng, chrome=f.parent.name != "blog-wrapped"),
                encoding="utf-8",
            )
            a = parser.parse_bytes(data, source=str(f))
            b = parser.parse_bytes(target.read_bytes(), source=str(target))
            assert b.source.format == "html"
            got = {
                "headline": (collapse(a.headline), collapse(b.headline)),
                "date": (a.release.date, b.release.date),
                "body": (collapse(a.body), collapse(b.body)),
            }
            for k, (x, y) in got.items():
                if x == y:
                    agree[k] += 1
                else:
                    misses.append(f"{target.name} {k}: text {str(x)[:70]!r} / html {str(y)[:70]!r}")
    n = len(chosen)
    print(f"{n} pages ({', '.join(f'{s}: {round(args.n * w)}' for s, w in SOURCES)})")
    for k in fields:
        print(f"  {k:9} {agree[k]}/{n} agree ({agree[k] / n:.0%})")
    for m in misses:
        print("  MISS", m)


if __name__ == "__main__":
    main()
