"""Time HTML-to-text on saved pages: pressparse.html (stdlib html.parser, one line per block) beside
selectolax, lxml and trafilatura's html2txt (which give no block lines: speed reference only).

    PYTHONPATH=src python scripts/bench_html.py PAGES_DIR      # e.g. made by html_agreement.py --keep
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

from pressparse.html import read_page


def candidates() -> dict[str, Callable[[str], str]]:
    found: dict[str, Callable[[str], str]] = {"pressparse.html (stdlib)": lambda m: read_page(m).text}
    try:
        from selectolax.parser import HTMLParser

        found["selectolax text(sep=\\n)"] = lambda m: (HTMLParser(m).body or HTMLParser(m).root).text(
            separator="\n"
        )
    except ImportError:
        pass
    try:
        import lxml.html

        found["lxml text_content"] = lambda m: lxml.html.fromstring(m).text_content()
    except ImportError:
        pass
    try:
        import trafilatura

        found["trafilatura html2txt"] = lambda m: trafilatura.html2txt(m)
    except ImportError:
        pass
    return found


def main() -> None:
    pages = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.html"))]
    size = sum(map(len, pages)) / 1e6
    for name, fn in candidates().items():
        t = time.perf_counter()
        for m in pages:
            fn(m)
        dt = time.perf_counter() - t
        print(f"{name:28} {len(pages)} pages, {size:.1f} MB: {dt * 1000:.0f} ms ({size / dt:.1f} MB/s)")


if __name__ == "__main__":
    main()
