"""Batch stage: input items -> JSON-ready records, one per input, in input order.

Takes ``InputItem``s and a ``Parser`` factory; gives ``(item, record dict)`` pairs.
A document that cannot be read or parsed gives an error record
``{"source": {...}, "error": {"type", "message"}}`` and the batch goes on.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from typing import Any

from pressparse.inputs import STDIN, InputItem
from pressparse.models import ErrorInfo, ErrorRecord
from pressparse.pipeline import Parser

Record = dict[str, Any]


def read_bytes(item: InputItem, max_bytes: int | None = None) -> bytes:
    """Read one input's bytes (stdin for ``-``), refusing files over ``max_bytes``."""
    if item.path == STDIN:
        data = sys.stdin.buffer.read()
    else:
        with open(item.path, "rb") as fh:
            data = fh.read() if max_bytes is None else fh.read(max_bytes + 1)
    if max_bytes is not None and len(data) > max_bytes:
        raise InputTooLarge(f"{item.path}: larger than --max-bytes {max_bytes}")
    return data


class InputTooLarge(ValueError):
    """The input is larger than the size limit."""


def error_record(item: InputItem, exc: BaseException) -> Record:
    """The record for an input that failed: its path and what went wrong."""
    message = str(exc) or exc.__class__.__name__
    if item.path not in message and item.path != STDIN:
        message = f"{item.path}: {message}"
    rec = ErrorRecord(
        source={"path": item.path}, error=ErrorInfo(type=exc.__class__.__name__, message=message)
    )
    return rec.model_dump(mode="json")


def process(item: InputItem, parser: Parser, max_bytes: int | None = None) -> Record:
    """Read and parse one input; never raises for a bad document."""
    try:
        data = read_bytes(item, max_bytes)
        return parser.parse_bytes(data, source=item.path).model_dump(mode="json")
    except Exception as exc:  # the batch boundary: any failure becomes an error record
        return error_record(item, exc)


def run_serial(
    items: Iterable[InputItem], parser: Parser, max_bytes: int | None = None
) -> Iterator[tuple[InputItem, Record]]:
    """Process inputs one after another in this process."""
    for item in items:
        yield item, process(item, parser, max_bytes)
