"""Invariants of every pressparse record, shared by the property, hostile-input and corpus tests.

``record_errors(record, text)`` lists what is wrong with one record for the decoded ``text``:
schema violations, spans outside the text, and literal fields that their span does not
reproduce (up to white space where a field joins lines; invisible spaces and line breaks
are white space). An empty list means valid.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from jsonschema import Draft202012Validator

from pressparse.decode import reading_view
from pressparse.models import record_schema
from pressparse.textspan import collapse

Record = dict[str, Any]


@cache
def _validator() -> Draft202012Validator:
    return Draft202012Validator(record_schema())


def schema_errors(record: Record) -> list[str]:
    """The JSON Schema violations of a record (``pressparse schema``: releases and error records)."""
    return [f"schema: {e.json_path}: {e.message}" for e in _validator().iter_errors(record)]


def span_errors(record: Record, text: str) -> list[str]:
    """Spans outside ``text`` and literal fields their span does not reproduce."""
    errors: list[str] = []
    n = len(text)

    def check(where: str, span: Any, literal: str | None = None, exact: bool = False) -> None:
        if span is None:
            return
        s, e = span
        if not (0 <= s <= e <= n):
            errors.append(f"{where}: span {span} outside 0..{n}")
            return
        if literal is None:
            return
        got = text[s:e]
        if got != literal if exact else collapse(reading_view(got)) != collapse(reading_view(literal)):
            errors.append(f"{where}: text[{s}:{e}] = {got[:80]!r} but the field is {literal[:80]!r}")

    spans = record.get("spans", {})
    for key, span in spans.items():
        check(f"spans.{key}", span)
    check("body", spans.get("body"), record.get("body"), exact=True)
    if record.get("headline") is not None:
        check("headline", spans.get("headline"), record["headline"])
    if record.get("about") is not None:
        check("about", spans.get("about"), record["about"], exact=True)
    check("wrapper.span", record.get("wrapper", {}).get("span"))
    release = record.get("release", {})
    for key in ("date_span", "type_span", "issuer_span"):
        check(f"release.{key}", release.get(key))
    if release.get("issuer") is not None:
        check("release.issuer", release.get("issuer_span"), release["issuer"])
    if record.get("dateline"):
        check("dateline.span", record["dateline"]["span"])
    for i, c in enumerate(record.get("contacts", [])):
        check(f"contacts[{i}]", c["span"])
    for i, q in enumerate(record.get("quotes", [])):
        check(f"quotes[{i}].text", q["span"], q["text"])
        if q.get("speaker"):
            check(f"quotes[{i}].speaker", q["speaker"]["span"])
    for kind in ("people", "programs", "organizations"):
        for i, item in enumerate(record.get(kind, [])):
            check(f"{kind}[{i}]", item["span"])
            for j, m in enumerate(item.get("mentions", [])):
                check(f"{kind}[{i}].mentions[{j}]", m)
    for i, a in enumerate(record.get("acronyms", [])):
        check(f"acronyms[{i}]", a["span"])
        s, e = a["span"]
        if 0 <= s <= e <= n:
            covered = collapse(reading_view(text[s:e]))
            if a["acronym"] not in covered or collapse(a["expansion"]) not in covered:
                errors.append(f"acronyms[{i}]: {covered!r} lacks {a['expansion']!r} or {a['acronym']!r}")
        for j, m in enumerate(a.get("mentions", [])):
            check(f"acronyms[{i}].mentions[{j}]", m)
    for kind in ("figures", "dates"):
        for i, item in enumerate(record.get(kind, [])):
            check(f"{kind}[{i}].text", item["span"], item["text"])
    return errors


def record_errors(record: Record, text: str | None) -> list[str]:
    """Everything wrong with one record (spans are checked when the decoded text is given)."""
    errors = schema_errors(record)
    if text is not None and "error" not in record:
        errors += span_errors(record, text)
    return errors
