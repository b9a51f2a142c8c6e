"""``events``: read back what the store holds, filtered, for people and other programs.

Events leave dipwatch in one format per kind, on stdout or in a file alike, and
``dipwatch ingest --kind events`` reads all three back unchanged
(:mod:`dipwatch.sources.exports`):

- ``csv``: a header of the store's columns, then one row per event; dates ``YYYY-MM-DD``, lists
  (``issues``) as ``a|b``, numbers as the shortest text that reads back to the same value, a
  missing value as an empty field;
- ``jsonl``: one object per line; lists as JSON arrays, a missing value as ``null``;
- ``parquet``: the store's own column types, lists as lists.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from dipwatch.api.outputs import output_file
from dipwatch.errors import InputError, OutputError
from dipwatch.models import LIST_SEPARATOR, ORIGINS
from dipwatch.periods import parse_period
from dipwatch.store.queries import EventFilter, count_events, event_batches, select_events

if TYPE_CHECKING:
    import pyarrow as pa
    from ibis.backends import BaseBackend as Backend

#: The formats events are written in (``--format`` of ``dipwatch events`` besides ``table``).
EVENT_FORMATS = ("csv", "jsonl", "parquet")
__all__ = ["ORIGINS", "EventFilter", "build_filter", "list_events", "stream_events", "write_events"]

_ACTOR_CODE = re.compile(r"^[A-Z]{3}([A-Z]{3})*$")


def resolve_actor(text: str) -> str:
    """A CAMEO actor code (``USA``, ``CHNGOV``) or a country name in any script (``美國``) to a code.

    >>> resolve_actor("usa"), resolve_actor("立陶宛")
    ('USA', 'LTU')
    """
    t = text.strip()
    if _ACTOR_CODE.match(t.upper()) and len(t) in (3, 6, 9):
        return t.upper()
    from dipwatch.reference import countries

    country = countries().lookup(t)
    if country is None:
        raise InputError(
            f"unknown actor {text!r}; give a CAMEO actor code (ISO3 first, e.g. CHN, USA, TWN, CHNGOV) "
            "or a country name such as 美國, 美国 or United States"
        )
    return country.iso3


def build_filter(
    period: str | None = None,
    actor: str | None = None,
    code: str | None = None,
    issue: str | None = None,
    origin: str | None = None,
    root: str | None = None,
    text: str | None = None,
    ids: str | None = None,
    source: str | None = None,
    partner: str | None = None,
) -> EventFilter:
    """Validate the user's filters; raise InputError naming what is wrong and what is valid.

    ``ids`` is a comma-separated list of event ids (the evidence of a finding); ``partner``,
    with ``actor``, keeps the events between the two only.

    >>> build_filter("2021Q4", root="4", text=" Summit ", ids="e1,g2").root
    '04'
    """
    p = parse_period(period) if period else None
    if partner and not actor:
        raise InputError("partner needs an actor: the events between the two are listed")
    if code is not None and not re.fullmatch(r"\d{2,4}", code):
        raise InputError(f"unknown CAMEO code {code!r}; give 2 to 4 digits such as 04, 041 or 0411")
    if issue is not None:
        from dipwatch.reference import issues

        known = [i.issue_id for i in issues()]
        if issue not in known:
            raise InputError(f"unknown issue {issue!r}; choose one of: {', '.join(known)}")
    if origin is not None and origin not in ORIGINS:
        raise InputError(f"unknown origin {origin!r}; choose one of: {', '.join(ORIGINS)}")
    return EventFilter(
        start=p.start if p else None, end=p.end if p else None,
        actor=resolve_actor(actor) if actor else None, code=code, issue=issue, origin=origin,
        root=_root(root) if root else None, text=_text(text), ids=_ids(ids),
        source=_text(source), partner=resolve_actor(partner) if partner else None,
    )  # fmt: skip


#: Limits on what a filter may hold: words searched for, and event ids asked for at once.
MAX_TEXT = 200
MAX_IDS = 500
_EVENT_ID = re.compile(r"^[A-Za-z0-9_.:-]{1,80}$")


def _root(root: str) -> str:
    r = root.strip().zfill(2)
    if not re.fullmatch(r"\d{2}", r) or not 1 <= int(r) <= 20:
        raise InputError(f"unknown CAMEO root {root!r}; give 01 to 20")
    return r


def _text(text: str | None) -> str | None:
    t = (text or "").strip()
    if len(t) > MAX_TEXT:
        raise InputError(f"search text is {len(t)} characters; at most {MAX_TEXT}")
    return t or None


def _ids(ids: str | None) -> tuple[str, ...]:
    found = [x.strip() for x in (ids or "").split(",") if x.strip()]
    if len(found) > MAX_IDS:
        raise InputError(f"{len(found)} event ids asked for; at most {MAX_IDS} at once")
    wrong = [x for x in found if not _EVENT_ID.match(x)]
    if wrong:
        raise InputError(f"not an event id: {wrong[0][:80]!r}")
    return tuple(dict.fromkeys(found))


@dataclass(frozen=True, slots=True)
class EventPage:
    """The first events of a listing and how many match in all."""

    events: pa.Table
    total: int


def list_events(backend: Backend, filt: EventFilter, limit: int | None = None) -> EventPage:
    """Matching events, newest first: the first ``limit`` (all when None) and the total."""
    _check_limit(limit)
    events = select_events(backend, filt, limit)
    total = events.num_rows if limit is None else count_events(backend, filt)
    return EventPage(events, total)


def write_events(
    backend: Backend,
    filt: EventFilter,
    target: Path | BinaryIO,
    fmt: str,
    limit: int | None = None,
) -> int:
    """Write the matching events (all, or the first ``limit``) to a file or a binary stream in
    ``fmt``; return how many. A folder is a one-line InputError, a file that cannot be written
    a one-line OutputError; a file is written aside and moved into place, so a failed export
    leaves what was there."""
    if fmt not in EVENT_FORMATS:
        raise InputError(
            f"cannot write events as {fmt!r}; choose one of: {', '.join(EVENT_FORMATS)}"
        )
    _check_limit(limit)
    batches = event_batches(backend, filt, limit)
    if not isinstance(target, Path):
        return write_batches(batches, fmt, target)
    special = target.exists() and not target.is_file() and not target.is_dir()  # a pipe, a device
    if not special:
        output_file(target)
    aside = target if special else target.with_name(f".{target.name}.part")
    try:
        with aside.open("wb") as sink:
            n = write_batches(batches, fmt, sink)
        if aside != target:
            aside.replace(target)
        return n
    except BaseException as err:  # Ctrl-C too: no half-written file is left behind
        if aside != target:
            aside.unlink(missing_ok=True)
        if isinstance(err, OSError):
            raise OutputError(f"cannot write {target}: {err.strerror or err}") from None
        raise


def stream_events(
    backend: Backend, filt: EventFilter, sink: BinaryIO, fmt: str, limit: int | None = None
) -> int:
    """The web app's download: :func:`write_events` to a binary stream."""
    return write_events(backend, filt, sink, fmt, limit)


def _check_limit(limit: int | None) -> None:
    if limit is not None and limit < 1:
        raise InputError(f"--limit must be 1 or more (got {limit}); leave it out for every event")


def write_batches(batches: pa.RecordBatchReader, fmt: str, sink: BinaryIO) -> int:
    """Write a stream of events in ``fmt`` (see the module's docstring); return the row count.

    Every batch is cast to the store's event schema first, so that whatever engine produced
    them, the file has the same columns and types."""
    import pyarrow as pa

    from dipwatch.store.database import EVENT_SCHEMA

    uniform = pa.RecordBatchReader.from_batches(
        EVENT_SCHEMA, (pa.Table.from_batches([b]).cast(EVENT_SCHEMA).to_batches()[0]
                       for b in batches if b.num_rows)
    )  # fmt: skip
    return {"csv": _write_csv, "jsonl": _write_jsonl, "parquet": _write_parquet}[fmt](uniform, sink)


def _write_csv(batches: pa.RecordBatchReader, sink: BinaryIO) -> int:
    import pyarrow.csv as pa_csv

    n = 0
    writer = None
    for batch in batches:
        flat = _flat_for_csv(batch)
        if writer is None:
            writer = pa_csv.CSVWriter(sink, flat.schema)
        writer.write_batch(flat)
        n += batch.num_rows
    if writer is None:  # no events: the header alone
        writer = pa_csv.CSVWriter(sink, _flat_schema(batches.schema))
    writer.close()
    return n


def _flat_for_csv(batch: pa.RecordBatch) -> pa.RecordBatch:
    """Lists joined with ``|``; an empty text written as missing (CSV has one empty field)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    columns = []
    for column in batch.columns:
        if pa.types.is_list(column.type):
            column = pc.binary_join(column, LIST_SEPARATOR)
        if pa.types.is_string(column.type):
            column = pc.if_else(pc.equal(column, ""), pa.scalar(None, pa.string()), column)
        columns.append(column)
    return pa.RecordBatch.from_arrays(columns, schema=_flat_schema(batch.schema))


def _flat_schema(schema: pa.Schema) -> pa.Schema:
    import pyarrow as pa

    return pa.schema(
        [pa.field(f.name, pa.string() if pa.types.is_list(f.type) else f.type) for f in schema]
    )


def _write_jsonl(batches: pa.RecordBatchReader, sink: BinaryIO) -> int:
    import pyarrow as pa

    n = 0
    for batch in batches:
        # dates as ISO text in Arrow, so that each row is plain JSON values already
        dated = pa.RecordBatch.from_arrays(
            [c.cast(pa.string()) if pa.types.is_date(c.type) else c for c in batch.columns],
            names=batch.schema.names,
        )
        dumps = json.JSONEncoder(ensure_ascii=False).encode
        sink.write("".join(dumps(row) + "\n" for row in dated.to_pylist()).encode("utf-8"))
        n += batch.num_rows
    return n


def _write_parquet(batches: pa.RecordBatchReader, sink: BinaryIO) -> int:
    import pyarrow.parquet as pq

    if sink is getattr(sys.stdout, "buffer", None) and sys.stdout.isatty():
        raise InputError("parquet is binary: write it to a file with -o FILE (or redirect stdout)")
    n = 0
    with pq.ParquetWriter(sink, batches.schema) as writer:
        for batch in batches:
            writer.write_batch(batch)
            n += batch.num_rows
    return n
