"""``events``: read back what the store holds, filtered, for people and other programs."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

import pyarrow as pa

from dipwatch.errors import InputError
from dipwatch.models import to_plain
from dipwatch.periods import parse_period
from dipwatch.store import Store
from dipwatch.store.database import EVENT_SCHEMA
from dipwatch.store.queries import EXPORT_FORMATS, EventFilter, export_events, select_events

if TYPE_CHECKING:
    from ibis.backends import BaseBackend as Backend

#: How a list (an event's issues) is written in one CSV field, as ``--kind events`` reads it.
LIST_SEPARATOR = "|"
_ACTOR_CODE = re.compile(r"^[A-Z]{3}([A-Z]{3})*$")


def resolve_actor(text: str) -> str:
    """A CAMEO actor code (``USA``, ``CHNGOV``) or a country name in any script (``美國``) to a code.

    >>> resolve_actor("usa")
    'USA'
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


#: Where events come from (the ``origin`` column).
ORIGINS = ("text", "gdelt", "icews", "csv")
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


def list_events(store: Store, filt: EventFilter, limit: int | None = None) -> pa.Table:
    """Matching events, newest first."""
    return select_events(store, filt, limit)


def write_events(store: Store, filt: EventFilter, target: Path, fmt: str) -> int:
    """Write matching events to a file; return how many."""
    if fmt not in EXPORT_FORMATS:
        raise InputError(
            f"cannot write {fmt!r} to a file; choose one of: {', '.join(EXPORT_FORMATS)}"
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    return export_events(store, filt, target, fmt)


def stream_events(
    backend: Backend, filt: EventFilter, sink: BinaryIO, fmt: str, limit: int | None = None
) -> int:
    """Write the matching events (newest first; the first ``limit``) to a binary stream as
    CSV (a header, lists as ``a|b``), JSONL (one object a line) or Parquet (the store's own
    types); return how many. Memory stays flat: the events pass in batches."""
    import pyarrow as pa

    from dipwatch.store.browse import event_batches

    if fmt not in EXPORT_FORMATS:
        raise InputError(
            f"cannot write events as {fmt!r}; choose one of: {', '.join(EXPORT_FORMATS)}"
        )
    batches = event_batches(backend, filt, limit)
    writer = {"csv": _csv, "jsonl": _jsonl, "parquet": _parquet}[fmt]
    return writer(pa.RecordBatchReader.from_batches(EVENT_SCHEMA, _cast(batches)), sink)


def _cast(batches: Iterable[pa.RecordBatch]) -> Iterator[pa.RecordBatch]:
    for b in batches:
        if b.num_rows:
            yield pa.Table.from_batches([b]).cast(EVENT_SCHEMA).combine_chunks().to_batches()[0]


def _csv(batches: pa.RecordBatchReader, sink: BinaryIO) -> int:
    import pyarrow.compute as pc
    import pyarrow.csv as pa_csv

    flat = pa.schema([pa.field(f.name, pa.string() if pa.types.is_list(f.type) else f.type)
                      for f in EVENT_SCHEMA])  # fmt: skip
    n = 0
    with pa_csv.CSVWriter(sink, flat) as out:
        for b in batches:
            cols = [pc.binary_join(c, LIST_SEPARATOR) if pa.types.is_list(c.type) else c
                    for c in b.columns]  # fmt: skip
            out.write_batch(pa.RecordBatch.from_arrays(cols, schema=flat))
            n += b.num_rows
    return n


def _jsonl(batches: pa.RecordBatchReader, sink: BinaryIO) -> int:
    import json

    n = 0
    for b in batches:
        rows = [to_plain(r) for r in b.to_pylist()]
        sink.write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode())
        n += b.num_rows
    return n


def _parquet(batches: pa.RecordBatchReader, sink: BinaryIO) -> int:
    import pyarrow.parquet as pq

    n = 0
    with pq.ParquetWriter(sink, EVENT_SCHEMA) as out:
        for b in batches:
            out.write_batch(b)
            n += b.num_rows
    return n
