"""Named read queries over the events table, as Ibis expressions on any backend.

The ``events`` command, the demo and the web API list and export events through these, so the
same filter runs on DuckDB and on every engine :func:`dipwatch.store.connect` hands out. Values
reach the engine as typed Ibis literals, never pasted into SQL text.

>>> from dipwatch.config import Settings
>>> from dipwatch.store import open_backend
>>> with open_backend(Settings(db=":memory:")) as backend:
...     count_events(backend, EventFilter(actor="USA", code="04"))
0
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from dipwatch.store.database import EVENT_COLUMNS

#: Rows per Arrow batch of an export: memory stays flat whatever the store's size.
BATCH = 50_000

if TYPE_CHECKING:
    import ibis.expr.types as ir
    import pyarrow as pa
    from ibis.backends import BaseBackend as Backend


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events: a date range, an actor on either side (a code prefix: ``USA`` matches
    ``USAGOV``), a CAMEO code prefix (``04`` is the root, ``041`` the code), an issue and an
    origin (text, gdelt, icews, csv)."""

    start: date | None = None
    end: date | None = None
    actor: str | None = None
    code: str | None = None
    issue: str | None = None
    origin: str | None = None


def events_expr(backend: Backend, filt: EventFilter) -> ir.Table:
    """The matching events, every stored column in the store's order, newest first (ties by
    ``event_id``, so every engine gives the same order)."""
    import ibis

    t = backend.table("events")
    wanted = []
    if filt.start:
        wanted.append(t.date >= filt.start)
    if filt.end:
        wanted.append(t.date <= filt.end)
    if filt.actor:
        wanted.append(t.source_actor.startswith(filt.actor) | t.target_actor.startswith(filt.actor))
    if filt.code:
        wanted.append(t.code.startswith(filt.code))
    if filt.issue:
        wanted.append(t.issues.contains(filt.issue))
    if filt.origin:
        wanted.append(t.origin == filt.origin)
    chosen = t.filter(*wanted) if wanted else t
    return chosen.select(*EVENT_COLUMNS).order_by([ibis.desc("date"), "event_id"])


def select_events(backend: Backend, filt: EventFilter, limit: int | None = None) -> pa.Table:
    """Matching events, newest first, as Arrow (all of them unless ``limit``)."""
    expr = events_expr(backend, filt)
    return (expr.limit(limit) if limit is not None else expr).to_pyarrow()


def event_batches(
    backend: Backend, filt: EventFilter, limit: int | None = None
) -> pa.RecordBatchReader:
    """Matching events, newest first, as a stream of Arrow batches (for exports of any size)."""
    expr = events_expr(backend, filt)
    return (expr.limit(limit) if limit is not None else expr).to_pyarrow_batches(chunk_size=BATCH)


def count_events(backend: Backend, filt: EventFilter) -> int:
    """How many events match."""
    return int(events_expr(backend, filt).count().to_pyarrow().as_py())
