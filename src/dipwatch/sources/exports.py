"""dipwatch's own event exports read back (``dipwatch ingest --kind events``).

``dipwatch events --format csv|jsonl|parquet`` writes every column of the store's events table
(the format is described in :mod:`dipwatch.api.events`); this reads the three back, so that an
export loaded into a fresh store exports again to the same bytes. Each event keeps its
``event_id``, origin and provenance. A row whose values do not fit the store (a bad date, an
unknown CAMEO code, a Goldstein value outside -10..10…) is rejected with its line and reason;
its neighbours load.

>>> looks_like_export(Path("events.parquet"))
True
"""

from __future__ import annotations

import csv
import json
import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow as pa

from dipwatch.errors import SourceFormatError
from dipwatch.models import LIST_SEPARATOR, PRECISIONS, Rejected
from dipwatch.sources.detect import first_line
from dipwatch.store.database import EVENT_SCHEMA

#: The columns that make a file one of dipwatch's exports rather than a plain events CSV.
MARKS = frozenset({"event_id", "date", "code", "origin"})
#: Columns every row must fill.
REQUIRED = ("event_id", "date", "date_precision", "code", "root", "origin")
#: Rows per Arrow table handed to the store.
BATCH = 10_000
#: Dates outside these years are refused as implausible for this data.
YEARS = (1900, 2100)
JSON_SUFFIXES = {".jsonl", ".json", ".ndjson"}
#: The list columns (``issues``): ``a|b`` in CSV, where an empty field is an empty list.
LISTS = frozenset(f.name for f in EVENT_SCHEMA if pa.types.is_list(f.type))


def looks_like_export(path: Path) -> bool:
    """Whether ``path`` is a dipwatch events export: Parquet, or JSONL/CSV whose first line
    names the store's event columns."""
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        return True
    line = first_line(path).decode("utf-8-sig", errors="replace").strip()
    if suffix in JSON_SUFFIXES:
        try:
            first = json.loads(line)
        except (ValueError, RecursionError):  # not an export; the reader says what it is
            return False
        return isinstance(first, dict) and first.keys() >= MARKS
    names = next(csv.reader([line]), [])
    return {n.strip().lower() for n in names} >= MARKS


def read_export(path: Path) -> Iterator[pa.Table | Rejected]:
    """Tables of good events in the store's schema, and a Rejected for each bad row.

    Each batch of rows is converted column by column; a batch where any value does not fit
    is converted again row by row, to say which rows and why."""
    for batch in _batches(path):
        yield from batch.rejected
        table = _convert(batch.columns, len(batch.locations))
        if table is not None:
            yield table
        else:
            yield from _row_by_row(batch)


@dataclass(slots=True)
class _Batch:
    """Rows of an export as columns (lists or Arrow arrays), with where each row is."""

    locations: list[str] = field(default_factory=list)
    columns: dict[str, Any] = field(default_factory=dict)
    rejected: list[Rejected] = field(default_factory=list)

    def records(self) -> Iterator[tuple[str, dict[str, Any]]]:
        columns = {k: v.to_pylist() if isinstance(v, pa.Array) else v
                   for k, v in self.columns.items()}  # fmt: skip
        for i, location in enumerate(self.locations):
            yield location, {k: v[i] for k, v in columns.items()}


def _row_by_row(batch: _Batch) -> Iterator[pa.Table | Rejected]:
    good = []
    for location, raw in batch.records():
        event = to_event(raw)
        if isinstance(event, str):
            yield Rejected(location, event, json.dumps(raw, ensure_ascii=False, default=str))
        else:
            good.append(event)
    if good:
        yield pa.Table.from_pylist(good, schema=EVENT_SCHEMA)


def _batches(path: Path) -> Iterator[_Batch]:
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        return _parquet_batches(path)
    if suffix in JSON_SUFFIXES:
        return _jsonl_batches(path)
    return _csv_batches(path)


def _csv_batches(path: Path) -> Iterator[_Batch]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh)
        try:
            header = [n.strip().lower() for n in next(reader, [])]
            _check_header(path, header)
            # an empty field is a missing value, or an empty list
            keep_empty = [name in LISTS for name in header]
            batch = _Batch(columns={name: [] for name in header})
            columns = list(batch.columns.values())
            line = reader.line_num + 1
            for values in reader:
                where, line = f"{path}:{line}", reader.line_num + 1
                if len(values) != len(header):
                    reason = f"{len(values)} fields, the header has {len(header)}"
                    batch.rejected.append(Rejected(where, reason, ",".join(values)))
                    continue
                batch.locations.append(where)
                for column, value, keep in zip(columns, values, keep_empty, strict=True):
                    column.append(value if value or keep else None)
                if len(batch.locations) >= BATCH:
                    yield batch
                    batch = _Batch(columns={name: [] for name in header})
                    columns = list(batch.columns.values())
            yield batch
        except UnicodeDecodeError:
            raise SourceFormatError(f"{path}:{reader.line_num + 1}", "not UTF-8 text") from None
        except csv.Error as err:
            raise SourceFormatError(f"{path}:{reader.line_num}", f"not CSV: {err}") from None


def _jsonl_batches(path: Path) -> Iterator[_Batch]:
    batch, records = _Batch(), []
    with path.open("rb") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except (ValueError, RecursionError) as err:
                record = f"not a JSON object: {err}"
            if not isinstance(record, dict):
                reason = record if isinstance(record, str) else "not a JSON object"
                batch.rejected.append(
                    Rejected(f"{path}:{n}", reason, line.decode(errors="replace"))
                )
                continue
            if not records and not batch.locations:
                _check_header(path, list(record))
            batch.locations.append(f"{path}:{n}")
            records.append(record)
            if len(records) >= BATCH:
                yield _columns_of(batch, records)
                batch, records = _Batch(), []
    yield _columns_of(batch, records)


def _columns_of(batch: _Batch, records: list[dict[str, Any]]) -> _Batch:
    batch.columns = {name: [r.get(name) for r in records] for name in EVENT_SCHEMA.names}
    return batch


def _parquet_batches(path: Path) -> Iterator[_Batch]:
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(path)
    except (pa.ArrowException, OSError) as err:
        raise SourceFormatError(str(path), f"not a readable Parquet file: {err}") from None
    names = [n.lower() for n in pf.schema_arrow.names]
    _check_header(path, names)
    wanted = [n for n in pf.schema_arrow.names if n.lower() in EVENT_SCHEMA.names]
    row = 0
    for part in pf.iter_batches(batch_size=BATCH, columns=wanted):
        locations = [f"{path}#row{row + i + 1}" for i in range(part.num_rows)]
        row += part.num_rows
        columns = {n.lower(): part.column(i) for i, n in enumerate(part.schema.names)}
        yield _Batch(locations, columns)


def _convert(columns: dict[str, Any], rows: int) -> pa.Table | None:
    """The batch as a table of the store's schema, or None when any value does not fit."""
    arrays = []
    for f in EVENT_SCHEMA:
        try:
            arrays.append(_column(columns.get(f.name), f.type, rows))
        except (pa.ArrowException, ValueError, TypeError, OverflowError):
            return None
    table = pa.Table.from_arrays(arrays, schema=EVENT_SCHEMA)
    return table if _fits(table) else None


def _column(values: Any, kind: pa.DataType, rows: int) -> pa.Array:
    """One column as ``kind``: text is parsed, lists of text split on ``|``; raises when a
    value does not convert (a float for a whole number, a flag for a number…)."""
    import pyarrow.compute as pc

    if values is None:
        return pa.nulls(rows, kind)
    if pa.types.is_list(kind) and not isinstance(values, pa.Array):
        values = [_strings(v) for v in values]
    array = values if isinstance(values, pa.Array) else pa.array(values)
    if pa.types.is_boolean(array.type) or (
        pa.types.is_floating(array.type) and pa.types.is_integer(kind)
    ):
        raise TypeError("not a whole number")
    dates = pa.types.is_string(array.type) and pa.types.is_date(kind)
    if dates and not _every(pc.match_substring_regex(array, r"^\d{4}-\d{2}-\d{2}$")):
        raise ValueError("not a date (YYYY-MM-DD)")
    return pc.cast(array, kind)


def _every(mask: Any) -> bool:
    """Whether a boolean column is true wherever it is not null."""
    import pyarrow.compute as pc

    return pc.all(pc.fill_null(mask, True)).as_py() in (True, None)


def _fits(table: pa.Table) -> bool:
    """Whether every row satisfies what :func:`_problem` checks one row at a time."""
    import pyarrow.compute as pc

    from dipwatch.reference import cameo

    years = pc.year(table["date"])
    goldstein = table["goldstein"]
    return (
        all(table[c].null_count == 0 for c in REQUIRED)
        and _every(pc.and_(pc.greater_equal(years, YEARS[0]), pc.less_equal(years, YEARS[1])))
        and _every(pc.is_in(table["date_precision"], pa.array(PRECISIONS)))
        and _every(pc.is_in(table["code"], pa.array([c.code for c in cameo()])))
        and _every(pc.equal(pc.utf8_slice_codeunits(table["code"], 0, 2), table["root"]))
        and _every(pc.and_(pc.greater_equal(table["quad_class"], 1),
                          pc.less_equal(table["quad_class"], 4)))
        and _every(pc.and_(pc.greater_equal(goldstein, -10), pc.less_equal(goldstein, 10)))
        and all(_every(pc.is_finite(table[f.name])) for f in EVENT_SCHEMA
                if pa.types.is_floating(f.type))
    )  # fmt: skip


def _check_header(path: Path, names: list[str]) -> None:
    missing = [c for c in REQUIRED if c not in names]
    if missing:
        raise SourceFormatError(
            f"{path}:1",
            f"not a dipwatch events export: missing column(s) {', '.join(missing)}",
        )


def to_event(raw: Mapping[str, Any]) -> dict[str, Any] | str:
    """One record of an export as a row of the store's events table, or the reason it is not.

    >>> to_event({"event_id": "e1", "date": "2021-12-10", "date_precision": "day",
    ...           "code": "161", "root": "16", "origin": "csv", "issues": "taiwan|trade"})["issues"]
    ['taiwan', 'trade']
    >>> to_event({"event_id": "e1", "date": "2021-13-10", "date_precision": "day",
    ...           "code": "161", "root": "16", "origin": "csv"})
    "date: '2021-13-10' is not a date (YYYY-MM-DD)"
    """
    if "_error" in raw:
        return str(raw["_error"])
    event: dict[str, Any] = {}
    for f in EVENT_SCHEMA:
        try:
            event[f.name] = _value(raw.get(f.name), f.type)
        except (ValueError, TypeError, OverflowError) as err:
            return f"{f.name}: {err}"
    return _problem(event) or event


def _value(value: Any, kind: pa.DataType) -> Any:
    """A CSV text, a JSON value or a Parquet value as the store's type."""
    if pa.types.is_list(kind):
        return _strings(value)
    if value is None:
        return None
    if pa.types.is_date(kind):
        return _date(value)
    if pa.types.is_integer(kind):
        return _integer(value, kind.bit_width)
    if pa.types.is_floating(kind):
        return _number(value)
    if not isinstance(value, str):
        raise TypeError(f"{value!r} is not text")
    return value


def _strings(value: Any) -> list[str] | None:
    if value is None:
        return None
    if isinstance(value, str):
        return [v for v in value.split(LIST_SEPARATOR) if v]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return value
    raise TypeError(f"{value!r} is not a list of text")


def _date(value: Any) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise ValueError(f"{value!r} is not a date (YYYY-MM-DD)") from None


def _integer(value: Any, bits: int) -> int:
    if isinstance(value, bool) or (isinstance(value, float) and not value.is_integer()):
        raise ValueError(f"{value!r} is not a whole number")
    number = int(value)
    if not -(2 ** (bits - 1)) <= number < 2 ** (bits - 1):
        raise ValueError(f"{value!r} is out of range")
    return number


def _number(value: Any) -> float:
    if isinstance(value, bool):
        raise ValueError(f"{value!r} is not a number")
    number = float(value)
    if not math.isfinite(number):
        raise ValueError(f"{value!r} is not a finite number")
    return number


def _problem(event: dict[str, Any]) -> str | None:
    """Why a converted row cannot be stored, or None."""
    from dipwatch.reference import cameo

    missing = [c for c in REQUIRED if event[c] is None]
    if missing:
        return f"missing {', '.join(missing)}"
    if not YEARS[0] <= event["date"].year <= YEARS[1]:
        return f"date: {event['date']} is outside {YEARS[0]}–{YEARS[1]}"
    if event["date_precision"] not in PRECISIONS:
        return f"date_precision: {event['date_precision']!r} is not one of {', '.join(PRECISIONS)}"
    if event["code"] not in cameo() or event["root"] != event["code"][:2]:
        return f"code: {event['code']!r} (root {event['root']!r}) is not a CAMEO event code"
    if event["quad_class"] is not None and not 1 <= event["quad_class"] <= 4:
        return f"quad_class: {event['quad_class']} is not 1–4"
    if event["goldstein"] is not None and not -10 <= event["goldstein"] <= 10:
        return f"goldstein: {event['goldstein']} is outside -10..10"
    return None
