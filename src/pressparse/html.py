"""HTML in: a saved web page -> the text a reader copying the page would get, and the page's metadata.

Takes the decoded characters of an HTML page; gives a ``Page``: its text, one line per
block element (paragraphs, headings, list items, table rows, divs), blank lines between
blocks as a browser's copy gives them, white space inside a block collapsed as the browser
shows it (``<pre>`` kept as is, ``<br>`` a line break, table cells separated by a tab),
``<script>``, ``<style>``, ``<template>`` and hidden elements dropped, entities decoded.
Menus, footers and sidebars are kept as lines: the layout stage calls them noise, as it
does in a page copied as text. Every later stage indexes this text (``source.format`` is
``"html"`` and ``source.text_sha256`` its hash).

The page's own metadata (``<title>``, ``og:title``, ``article:published_time``, the first
``<time datetime>``) is recorded under ``source.meta``: cues only, never the release's
printed fields. Standard library only (``html.parser``): measured against lxml and
selectolax in ``scripts/bench_html.py``.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from pressparse.models import Source

HTML_SUFFIXES = (".html", ".htm", ".xhtml")

# elements whose content is not shown
SKIPPED = frozenset({"script", "style", "noscript", "template", "svg", "math", "iframe", "object"})
# elements that start and end a line with a blank line around (paragraph-like)
PARAGRAPHS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "details", "dialog", "div", "dl",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hgroup", "hr", "main", "nav", "ol", "p", "pre", "section", "summary", "table",
        "ul", "caption", "legend", "center",
    }
)  # fmt: skip
# elements that start and end a line (no blank line): items of a list, rows of a table
LINES = frozenset({"li", "dt", "dd", "tr", "option"})
CELLS = frozenset({"td", "th"})
VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
)
META_PROPERTIES = ("og:title", "article:published_time", "og:site_name")
_SPACE = re.compile(r"[ \t\n\r\f]+")  # HTML's white space (not the no-break space)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_HTML_START = re.compile(
    r"\s{0,200}(?:<\?xml[^>]{0,200}>\s{0,100})?(?:<!--[^>]{0,2000}>\s{0,100}){0,3}"
    r"<(?:!doctype\s{1,10}html|html[\s>])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Page:
    """The text of a page as a reader sees it, and the page's own metadata."""

    text: str
    meta: dict[str, str] = field(default_factory=dict)


def looks_like_html(text: str, path: str | None = None) -> bool:
    """An HTML page: named ``.html``/``.htm``, or its text opens with a doctype or ``<html>``."""
    if path and path.lower().endswith(HTML_SUFFIXES):
        return True
    return _HTML_START.match(text[:4096]) is not None


class _Renderer(HTMLParser):
    """Feeds on the page and writes its visible text: one line per block, blank lines between blocks."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []  # finished text
        self.line: list[str] = []  # the line being written (collapsed later unless pre)
        self.breaks = 0  # line breaks owed before the next text: 1 line, 2 blank line
        self.skip: list[str] = []  # open elements whose content is hidden
        self.pre = 0
        self.meta: dict[str, str] = {}
        self.in_title = False
        self.titles = 0  # open <title> elements
        self.title: list[str] = []

    # -- text and breaks --------------------------------------------------------------------------

    def _end_line(self) -> None:
        if self.line:
            text = "".join(self.line)
            text = text.strip("\r\n") if self.pre else text.strip(" \t")
            self.line = []
            if text:
                self._emit(text)

    def _emit(self, text: str) -> None:
        if self.out and self.breaks:
            self.out.append("\n" * self.breaks)
        self.breaks = 0
        self.out.append(text)

    def _break(self, n: int) -> None:
        self._end_line()
        if self.out:
            self.breaks = max(self.breaks, n)

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append(data)
        if self.skip or self.titles:
            return
        if self.pre:  # preformatted: as is
            self.line.append(data)
            return
        text = _SPACE.sub(" ", data)
        if text.startswith(" ") and (not self.line or self.line[-1].endswith((" ", "\t"))):
            text = text[1:]
        if text:
            self.line.append(text)

    # -- tags -------------------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k: v or "" for k, v in attrs}
        if tag == "meta":
            self._meta(values)
            return
        if tag == "title":  # the page's name, not its text
            self.titles += 1
            self.in_title = "title" not in self.meta
            return
        if tag == "time" and "datetime" in values and "time" not in self.meta:
            self.meta["time"] = values["datetime"].strip()
        if self.skip:
            if tag == self.skip[-1] or (tag in SKIPPED and tag not in VOID):
                self.skip.append(tag)
            return
        if tag in SKIPPED or "hidden" in values or _HIDDEN_STYLE.search(values.get("style", "")):
            if tag not in VOID:
                self.skip.append(tag)
            return
        self._open(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in VOID or tag == "meta":
            self.handle_starttag(tag, attrs)
        else:  # <div/> in an HTML page: an empty element
            self.handle_starttag(tag, attrs)
            self.handle_endtag(tag)

    def _open(self, tag: str) -> None:
        if tag == "br":  # a line break; two in a row leave a blank line
            self._end_line()
            if self.out:
                self.breaks = min(self.breaks + 1, 2)
        elif tag in PARAGRAPHS:
            self._break(2)
            if tag == "pre":
                self.pre += 1
        elif tag in LINES:
            self._break(1)
        elif tag in CELLS and self.line:
            self.line.append("\t")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            if self.in_title:
                self.meta["title"] = _SPACE.sub(" ", "".join(self.title)).strip()
            self.in_title = False
            self.titles = max(0, self.titles - 1)
            return
        if self.skip:
            if tag == self.skip[-1]:
                self.skip.pop()
            return
        if tag in PARAGRAPHS:
            self._break(2)
            if tag == "pre" and self.pre:
                self.pre -= 1
        elif tag in LINES:
            self._break(1)

    def _meta(self, values: dict[str, str]) -> None:
        key = values.get("property") or values.get("name") or ""
        if key in META_PROPERTIES and values.get("content") and key not in self.meta:
            self.meta[key] = _SPACE.sub(" ", values["content"]).strip()

    def text(self) -> str:
        self._end_line()
        return "".join(self.out) + ("\n" if self.out else "")


def read_page(markup: str) -> Page:
    """The visible text of an HTML page and its metadata."""
    renderer = _Renderer()
    renderer.feed(markup)
    renderer.close()
    return Page(text=renderer.text(), meta=renderer.meta)


def decode_page(data: bytes, markup: str, encoding: str, path: str | None) -> tuple[str, Source]:
    """An HTML page's text and its source, with the page's metadata in it."""
    page = read_page(markup)
    source = Source(
        path=path,
        sha256=hashlib.sha256(data).hexdigest(),
        bytes=len(data),
        encoding=encoding,
        format="html",
        text_sha256=hashlib.sha256(page.text.encode("utf-8", "surrogatepass")).hexdigest(),
        meta=page.meta or None,
    )
    return page.text, source
