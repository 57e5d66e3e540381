"""Parquet output (``extract --format parquet -o DIR``): schema from the models, rows, DuckDB and pyarrow."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

from pressparse.parquet_out import SCHEMA, ParquetWriter, arrow_type, read_provenance  # noqa: E402
from pressparse.pipeline import Parser  # noqa: E402
from tests.conftest import SAMPLES, SEED  # noqa: E402

SAMPLE_FILES = sorted(SAMPLES.glob("*.txt"))


def pressparse(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "pressparse", *args], capture_output=True, timeout=300)


@pytest.mark.parametrize(
    ("annotation", "expected"),
    [
        (str, pa.string()),
        (float | None, pa.float64()),
        (tuple[int, int], pa.list_(pa.int64())),
        (list[str], pa.list_(pa.string())),
        (dict[str, tuple[int, int]], pa.map_(pa.string(), pa.list_(pa.int64()))),
    ],
)
def test_arrow_types(annotation: Any, expected: Any) -> None:
    assert arrow_type(annotation) == expected


def test_unknown_types_are_refused() -> None:
    with pytest.raises(TypeError):
        arrow_type(str | int)


def test_schema_keeps_lists_of_structs() -> None:
    quote = SCHEMA.field("quotes").type
    assert pa.types.is_list(quote) and pa.types.is_struct(quote.value_type)
    speaker = quote.value_type.field("speaker").type
    assert [f.name for f in speaker] == ["name", "title", "mention", "span"]
    assert SCHEMA.field("error").type.names == ["type", "message"]


def plain(value: Any) -> Any:
    """A Parquet value as JSON would hold it: maps as objects, tuples as lists."""
    if isinstance(value, list) and value and all(isinstance(v, tuple) and len(v) == 2 for v in value):
        return {k: plain(v) for k, v in value}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


def test_rows_hold_the_records_losslessly(tmp_path: Path, rules_parser: Parser) -> None:
    records = [
        rules_parser.parse_bytes(p.read_bytes(), source=str(p)).model_dump(mode="json") for p in SAMPLE_FILES
    ]
    writer = ParquetWriter(str(tmp_path), row_group=2)
    for r in records:
        writer.write(r, "")
    writer.close()
    table = pq.read_table(tmp_path / "releases.parquet")
    assert pq.ParquetFile(tmp_path / "releases.parquet").num_row_groups == (len(records) + 1) // 2
    for record, row in zip(records, table.to_pylist(), strict=True):
        assert row.pop("error") is None
        assert plain(row) == record
    assert read_provenance(str(tmp_path / "releases.parquet")) == records[0]["provenance"]


def test_cli_rows_equal_inputs_and_duckdb_reads_them(tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    out = tmp_path / "out"
    missing = str(tmp_path / "missing.txt")
    result = pressparse(
        "extract",
        "--no-model",
        "-j",
        "1",
        "--format",
        "parquet",
        "-o",
        str(out),
        *map(str, SAMPLE_FILES),
        missing,
    )
    assert result.returncode == 1 and result.stdout == b""
    files = str(out / "*.parquet")
    paths = duckdb.sql(f"SELECT source.path FROM '{files}'").fetchall()
    assert paths == [(str(p),) for p in SAMPLE_FILES] + [(missing,)]  # one row per input, in order
    assert duckdb.sql(f"SELECT error.type FROM '{files}' WHERE error IS NOT NULL").fetchall() == [
        ("FileNotFoundError",)
    ]
    seed = f"source.path = '{SEED}'"
    speakers = duckdb.sql(
        f"SELECT q.speaker.name FROM (SELECT unnest(quotes) AS q FROM '{files}' WHERE {seed})"
    )
    assert ("Janet Napolitano",) in speakers.fetchall()
    kg = duckdb.sql(
        f"SELECT f.normalized FROM (SELECT unnest(figures) AS f FROM '{files}' WHERE {seed}) "
        "WHERE f.unit = 'kg'"
    ).fetchall()
    assert kg == [(31000.0,)]
    body = duckdb.sql(f"SELECT spans['body'], provenance.mode FROM '{files}' WHERE {seed}").fetchall()[0]
    record = json.loads(pressparse("extract", "--no-model", str(SEED)).stdout)
    assert body == (record["spans"]["body"], "rules")


def test_pandas_reads_the_file(tmp_path: Path, rules_parser: Parser) -> None:
    pytest.importorskip("pandas")
    writer = ParquetWriter(str(tmp_path))
    writer.write(rules_parser.parse_bytes(SEED.read_bytes(), source="seed.txt").model_dump(mode="json"), "")
    writer.close()
    frame = pq.read_table(tmp_path / "releases.parquet").to_pandas()
    assert frame["headline"].tolist() == ["Canadian-American Homeland Security Collaboration"]
