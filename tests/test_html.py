"""HTML in: a page's visible text one block per line, metadata as cues, the record marked as HTML."""

from __future__ import annotations

import hashlib

import pytest

from pressparse.decode import decode
from pressparse.html import looks_like_html, read_page
from pressparse.pipeline import Parser


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("<p>One</p><p>Two</p>", "One\n\nTwo\n"),
        ("<p>a\n   b  <b>c</b> d</p>", "a b c d\n"),
        ("<ul><li>Home</li><li>About &amp; us</li></ul>", "Home\nAbout & us\n"),
        ("<p>line<br>next<br><br>after</p>", "line\nnext\n\nafter\n"),
        ("<table><tr><td>Contact:</td><td>Jane</td></tr></table>", "Contact:\tJane\n"),
        ("<pre>\n  keep   this\n</pre>", "  keep   this\n"),
        ("<script>var a='<p>x</p>'</script><style>p{}</style><p>shown</p>", "shown\n"),
        ('<div hidden>no</div><div style="display: none">no</div><p>yes</p>', "yes\n"),
        ("<title>T</title><p>body</p>", "body\n"),
        ("<h1>Head\n line</h1><div><div>Deep</div></div>", "Head line\n\nDeep\n"),
        ("", ""),
    ],
)
def test_read_page_text(markup: str, expected: str) -> None:
    assert read_page(markup).text == expected


def test_read_page_meta() -> None:
    markup = (
        "<html><head><title> A  page </title>"
        '<meta property="og:title" content="Headline">'
        '<meta property="article:published_time" content="2020-01-02T10:00:00Z"></head>'
        '<body><time datetime="2020-01-02">Jan 2</time><time datetime="1999-01-01">x</time></body></html>'
    )
    assert read_page(markup).meta == {
        "title": "A page",
        "og:title": "Headline",
        "article:published_time": "2020-01-02T10:00:00Z",
        "time": "2020-01-02",
    }


@pytest.mark.parametrize(
    ("text", "path", "expected"),
    [
        ("anything", "a/page.HTML", True),
        ("anything", "page.htm", True),
        ("<!DOCTYPE html><html>", None, True),
        ("  <?xml version='1.0'?>\n<html xmlns='x'>", "page.txt", True),
        ("<!-- saved --><html>", None, True),
        ("FOR IMMEDIATE RELEASE <html> is a tag", "r.txt", False),
        ("<p>a fragment</p>", "r.txt", False),
    ],
)
def test_looks_like_html(text: str, path: str | None, expected: bool) -> None:
    assert looks_like_html(text, path) is expected


PAGE = """<!DOCTYPE html><html><head><title>Agency Announces Grants | Agency</title>
<meta property="og:title" content="A different title"></head><body>
<nav><ul><li>Home</li><li>News</li></ul></nav>
<main><p>FOR IMMEDIATE RELEASE</p><p>March 3, 2015</p>
<h1>Agency Announces Grants</h1>
<p>WASHINGTON &ndash; The Agency <a href="#">today</a> announced $5 million in grants.</p>
<p>&ldquo;This matters,&rdquo; said Director Jane Roe.</p></main>
<footer><p>Privacy Policy</p></footer></body></html>"""


def test_a_page_is_parsed_from_its_text(rules_parser: Parser) -> None:
    data = PAGE.encode()
    doc = decode(data, "page.html")
    record = rules_parser.parse_decoded(doc).model_dump(mode="json")
    source = record["source"]
    assert (source["format"], source["sha256"]) == ("html", hashlib.sha256(data).hexdigest())
    assert source["text_sha256"] == hashlib.sha256(doc.text.encode()).hexdigest()
    assert source["meta"]["og:title"] == "A different title"  # a cue, never the headline
    assert record["headline"] == "Agency Announces Grants"
    assert record["release"]["date"] == "2015-03-03"
    assert "<" not in record["body"] and record["body"].startswith("WASHINGTON – The Agency today announced")
    start, end = record["spans"]["headline"]
    assert doc.text[start:end] == "Agency Announces Grants"  # spans index the page's text


def test_text_input_stays_text() -> None:
    assert decode(b"FOR IMMEDIATE RELEASE\n\nHello", "r.txt").source.format == "text"
