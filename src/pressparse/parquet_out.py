"""Parquet output: records -> Arrow tables in Parquet files (``extract --format parquet -o out/``).

Takes record dicts (``Release.model_dump(mode="json")`` or error records); gives Parquet
files readable by DuckDB, pandas, Polars and Spark. The Arrow schema is fixed and derived
from the output models (``pressparse.models.Release``): one column per record field,
nested lists kept as lists of structs (``quotes: list<struct<text, span, speaker: struct<…>,
cue>>``), spans as ``list<int64>`` pairs, ``spans`` as a ``map<string, list<int64>>``, plus
an ``error`` struct that is set on the rows of inputs that failed (their other fields null),
so there is one row per input, in input order.

Rows are written in row groups of ``ROW_GROUP`` records as the batch goes, into a hidden
temporary file renamed into place on ``close``: a killed run leaves no half-written file.
The provenance of the run is also stored in the file's metadata (``pressparse.provenance``).
Needs ``pyarrow`` (``pip install "pressparse[parquet]"``).
"""

from __future__ import annotations

import json
import os
import types
import typing
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from pydantic import BaseModel

from pressparse.models import ErrorInfo, Record, Release

ROW_GROUP = 512  # records per row group
FILE_NAME = "releases.parquet"
PROVENANCE_KEY = b"pressparse.provenance"

_SCALARS: dict[Any, pa.DataType] = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_()}


def arrow_type(annotation: Any) -> pa.DataType:
    """The Arrow type of a model field's annotation (``X | None`` is a nullable ``X``)."""
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):
        kinds = [a for a in args if a is not type(None)]
        if len(kinds) != 1:
            raise TypeError(f"no single Arrow type for {annotation!r}")
        return arrow_type(kinds[0])
    if annotation in _SCALARS:
        return _SCALARS[annotation]
    if origin is tuple and args and all(a is int for a in args):
        return pa.list_(pa.int64())  # a span: [start, end]
    if origin is list:
        return pa.list_(arrow_type(args[0]))
    if origin is dict:
        return pa.map_(arrow_type(args[0]), arrow_type(args[1]))
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return pa.struct(model_fields(annotation))
    raise TypeError(f"no Arrow type for {annotation!r}")


def model_fields(model: type[BaseModel]) -> list[pa.Field]:
    return [pa.field(name, arrow_type(f.annotation)) for name, f in model.model_fields.items()]


def record_schema() -> pa.Schema:
    """The schema of a pressparse Parquet file: the ``Release`` fields and the ``error`` struct."""
    return pa.schema([*model_fields(Release), pa.field("error", arrow_type(ErrorInfo))])


SCHEMA = record_schema()


def to_row(record: Record) -> Record:
    """One record as a row of ``SCHEMA`` (an error record keeps its path and its error)."""
    if "error" in record:
        return {"source": {"path": (record.get("source") or {}).get("path")}, "error": record["error"]}
    return record


class ParquetWriter:
    """A ``RecordWriter`` of one Parquet file (``<root>/releases.parquet``), a row group at a time."""

    def __init__(self, root: str, name: str = FILE_NAME, row_group: int = ROW_GROUP):
        os.makedirs(root, exist_ok=True)
        self.path = os.path.join(root, name)
        self.tmp = os.path.join(root, f".{name}.{os.getpid()}.tmp")
        self.row_group = row_group
        self.pending: list[Record] = []
        self.writer: pq.ParquetWriter | None = None
        self.rows = 0

    def write(self, record: Record, relative: str) -> None:
        self.pending.append(to_row(record))
        if len(self.pending) >= self.row_group:
            self.flush()

    def _open(self) -> pq.ParquetWriter:
        prov = next((r["provenance"] for r in self.pending if r.get("provenance")), None)
        schema = SCHEMA.with_metadata({PROVENANCE_KEY: json.dumps(prov).encode()}) if prov else SCHEMA
        return pq.ParquetWriter(self.tmp, schema, compression="zstd")

    def flush(self) -> None:
        """Write the pending rows as one row group."""
        if not self.pending:
            return
        if self.writer is None:
            self.writer = self._open()
        self.writer.write_table(pa.Table.from_pylist(self.pending, schema=self.writer.schema))
        self.rows += len(self.pending)
        self.pending = []

    def close(self) -> None:
        self.flush()
        if self.writer is None:
            self.writer = self._open()  # no input: an empty file with the schema
        self.writer.close()
        os.replace(self.tmp, self.path)


def read_provenance(path: str) -> dict[str, Any] | None:
    """The provenance stored in a pressparse Parquet file's metadata, if any."""
    metadata = pq.read_schema(path).metadata or {}
    raw = metadata.get(PROVENANCE_KEY)
    return json.loads(raw) if raw else None
