"""Benchmark pressparse's quote extraction next to textacy's on the same spaCy docs.

    python scripts/bench_quotes.py [-n 500] [--batch-size 32]

Takes N corpus documents (default 500, spread over ../shared/corpus/newsworthy-wires,
prosecutor-releases and grimmer-senate, which keep their quotation marks), runs the layout,
header and the English model once per document, then times on the same spaCy docs:
pressparse's people + quote extractors (rules over the context, as in the pipeline) and
``textacy.extract.triples.direct_quotations`` (textacy is the optional extra ``bench``).
Prints a small table: documents, quotes found, documents with a quote, errors, seconds, docs/s.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
FOLDERS = ("newsworthy-wires", "prosecutor-releases", "grimmer-senate")


def corpus_files(n: int) -> list[Path]:
    """N files taken in turn from each folder (sorted, so the sample is the same every run)."""
    lists = [sorted((CORPUS / f).glob("*.txt")) for f in FOLDERS]
    spread = (f for group in itertools.zip_longest(*lists) for f in group if f is not None)
    return list(itertools.islice(spread, n))


def full_model():  # type: ignore[no-untyped-def]
    """The English model with its lemmatizer: textacy finds speech verbs by lemma ("say")."""
    import spacy

    from pressparse.nlp import DEFAULT_MODELS

    for name in DEFAULT_MODELS:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise SystemExit("no English spaCy model is installed")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=500, help="number of corpus documents")
    ap.add_argument("--batch-size", type=int, default=32)
    a = ap.parse_args()
    sys.path.insert(0, str(ROOT / "src"))
    from pressparse.context import stage
    from pressparse.decode import decode
    from pressparse.extract import people, quotes
    from pressparse.nlp import from_doc

    try:
        from textacy.extract.triples import direct_quotations
    except ImportError as exc:
        direct_quotations = None
        print(f"textacy is not installed ({exc}); install the extra: pip install -e '.[bench]'")

    files = corpus_files(a.n)
    nlp = full_model()
    t0 = time.perf_counter()
    staged = [stage(decode(f.read_bytes(), str(f))) for f in files]
    texts = (s.doc.view[s.region[0] : s.region[1]] for s in staged)
    spacy_docs = list(nlp.pipe(texts, batch_size=a.batch_size))
    contexts = [
        s.context_with(from_doc(s.doc.view, s.region, sd)) for s, sd in zip(staged, spacy_docs, strict=True)
    ]
    prep = time.perf_counter() - t0

    rows = []
    t0 = time.perf_counter()
    found_people = [people.extract(ctx) for ctx in contexts]
    people_secs = time.perf_counter() - t0
    t0 = time.perf_counter()
    found = [
        quotes.extract(ctx.with_found(people.NAME, ps))
        for ctx, ps in zip(contexts, found_people, strict=True)
    ]
    rows.append(("pressparse quotes", found, 0, time.perf_counter() - t0))
    rows.append(("pressparse people + quotes", found, 0, people_secs + rows[0][3]))
    if direct_quotations is not None:
        t0 = time.perf_counter()
        tx: list[list] = []
        errors = 0
        first_error = ""
        for sd in spacy_docs:
            try:
                tx.append(list(direct_quotations(sd)))
            except Exception as exc:  # textacy raises on unbalanced marks; count, don't stop
                errors += 1
                first_error = first_error or f"{type(exc).__name__}: {exc}"[:100]
                tx.append([])
        rows.append(("textacy direct_quotations", tx, errors, time.perf_counter() - t0))

    print(f"{len(files)} documents from {', '.join(FOLDERS)}; layout+header+spaCy: {prep:.1f} s")
    print(f"{'extractor':30s} {'quotes':>7s} {'docs w/ q':>9s} {'errors':>6s} {'seconds':>8s} {'docs/s':>8s}")
    for name, per_doc, errors, secs in rows:
        n_q = sum(len(x) for x in per_doc)
        with_q = sum(1 for x in per_doc if x)
        rate = len(per_doc) / secs if secs else float("inf")
        print(f"{name:30s} {n_q:7d} {with_q:9d} {errors:6d} {secs:8.2f} {rate:8.0f}")
    if direct_quotations is not None and first_error:
        print(f"textacy's first error: {first_error}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
