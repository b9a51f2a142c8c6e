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
        except ValueError:
            return False
        return isinstance(first, dict) and first.keys() >= MARKS
    names = next(csv.reader([line]), [])
    return {n.strip().lower() for n in names} >= MARKS


def read_export(path: Path) -> Iterator[pa.Table | Rejected]:
    """Tables of good events in the store's schema, and a Rejected for each bad row."""
    rows: list[dict[str, Any]] = []
    for location, raw in _records(path):
        event = to_event(raw)
        if isinstance(event, str):
            yield Rejected(location, event, json.dumps(raw, ensure_ascii=False, default=str))
            continue
        rows.append(event)
        if len(rows) >= BATCH:
            yield pa.Table.from_pylist(rows, schema=EVENT_SCHEMA)
            rows = []
    if rows:
        yield pa.Table.from_pylist(rows, schema=EVENT_SCHEMA)


def _records(path: Path) -> Iterator[tuple[str, Mapping[str, Any]]]:
    suffix = path.suffix.lower()
    if suffix == ".parquet":
        return _parquet_records(path)
    if suffix in JSON_SUFFIXES:
        return _jsonl_records(path)
    return _csv_records(path)


def _csv_records(path: Path) -> Iterator[tuple[str, Mapping[str, Any]]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh)
        try:
            header = [n.strip().lower() for n in next(reader, [])]
            _check_header(path, header)
            line = reader.line_num + 1
            for values in reader:
                where = f"{path}:{line}"
                line = reader.line_num + 1
                if len(values) != len(header):
                    yield where, {"_error": f"{len(values)} fields, the header has {len(header)}"}
                else:  # an empty field is a missing value, or an empty list
                    yield (
                        where,
                        {
                            k: v if v or k in LISTS else None
                            for k, v in zip(header, values, strict=True)
                        },
                    )
        except UnicodeDecodeError:
            raise SourceFormatError(f"{path}:{reader.line_num + 1}", "not UTF-8 text") from None
        except csv.Error as err:
            raise SourceFormatError(f"{path}:{reader.line_num}", f"not CSV: {err}") from None


def _jsonl_records(path: Path) -> Iterator[tuple[str, Mapping[str, Any]]]:
    with path.open("rb") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except (ValueError, RecursionError) as err:
                yield f"{path}:{n}", {"_error": f"not a JSON object: {err}"}
                continue
            if n == 1 and isinstance(record, dict):
                _check_header(path, list(record))
            yield f"{path}:{n}", record if isinstance(record, dict) else {"_error": "not an object"}


def _parquet_records(path: Path) -> Iterator[tuple[str, Mapping[str, Any]]]:
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(path)
    except (pa.ArrowException, OSError) as err:
        raise SourceFormatError(str(path), f"not a readable Parquet file: {err}") from None
    names = [n.lower() for n in pf.schema_arrow.names]
    _check_header(path, names)
    wanted = [n for n in pf.schema_arrow.names if n.lower() in EVENT_SCHEMA.names]
    row = 0
    for batch in pf.iter_batches(batch_size=BATCH, columns=wanted):
        for record in batch.to_pylist():
            row += 1
            yield f"{path}#row{row}", {k.lower(): v for k, v in record.items()}


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
