"""Named read queries over the events table: the filter, and the listing and export as Ibis
expressions on any backend.

The ``events`` command, the demo and the web app's downloads list and export events through
:func:`events_expr`, so the same filter runs on DuckDB and on every engine
:func:`dipwatch.store.connect` hands out; values reach the engine as typed Ibis literals, never
pasted into SQL text. The web app's pages use :meth:`EventFilter.where` (DuckDB, bound
parameters) where compiling through Ibis would cost more than the query.

>>> from dipwatch.config import Settings
>>> from dipwatch.store import open_backend
>>> with open_backend(Settings(db=":memory:")) as backend:
...     count_events(backend, EventFilter(actor="USA", code="04", text="summit"))
0
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from dipwatch.store.database import EVENT_COLUMNS

if TYPE_CHECKING:
    import ibis.expr.types as ir
    import pyarrow as pa
    from ibis.backends import BaseBackend as Backend

    from dipwatch.store.database import Store

#: Rows per Arrow batch of an export: memory stays flat whatever the store's size.
BATCH = 50_000


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events: a date range, an actor on either side (a code prefix: ``USA`` matches
    ``USAGOV``), a CAMEO code prefix (``04`` is the root, ``041`` the code), a CAMEO root, an
    issue, an origin, words in the sentence (case-insensitive) and a set of event ids."""

    start: date | None = None
    end: date | None = None
    actor: str | None = None
    code: str | None = None
    issue: str | None = None
    origin: str | None = None
    root: str | None = None
    text: str | None = None
    ids: tuple[str, ...] = ()
    source: str | None = None  # the document's source (the origin for rows of event files)
    partner: str | None = None  # with ``actor``: only events between the two, either way

    def where(self) -> tuple[str, list[Any]]:
        """The filter as a DuckDB ``WHERE`` with bound parameters: the web app's pages run it
        on the DuckDB connection under its backend (:mod:`dipwatch.store.browse`)."""
        clauses: list[str] = []
        params: list[Any] = []
        if self.start:
            clauses.append("date >= ?")
            params.append(self.start)
        if self.end:
            clauses.append("date <= ?")
            params.append(self.end)
        if self.actor and self.partner:
            clauses.append(
                "((starts_with(source_actor, ?) AND starts_with(target_actor, ?)) OR "
                "(starts_with(source_actor, ?) AND starts_with(target_actor, ?)))"
            )
            params += [self.actor, self.partner, self.partner, self.actor]
        elif self.actor:
            clauses.append("(starts_with(source_actor, ?) OR starts_with(target_actor, ?))")
            params += [self.actor, self.actor]
        if self.code:
            clauses.append("starts_with(code, ?)")
            params.append(self.code)
        if self.issue:
            clauses.append("list_contains(issues, ?)")
            params.append(self.issue)
        if self.origin:
            clauses.append("origin = ?")
            params.append(self.origin)
        if self.root:
            clauses.append("root = ?")
            params.append(self.root)
        if self.text:
            clauses.append("contains(lower(text), lower(?))")
            params.append(self.text)
        if self.ids:
            clauses.append("list_contains(?, event_id)")
            params.append(list(self.ids))
        if self.source:
            clauses.append(
                "coalesce((SELECT nullif(d.source, '') FROM documents d "
                "WHERE d.doc_id = events.doc_id), origin) = ?"
            )
            params.append(self.source)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def events_expr(backend: Backend, filt: EventFilter) -> ir.Table:
    """The matching events, every stored column in the store's order, newest first (ties by
    ``event_id``, so every engine gives the same order)."""
    import ibis

    t = _with_source(backend, filt.source) if filt.source else backend.table("events")
    wanted = [*_actors(t, filt.actor, filt.partner)]
    if filt.start:
        wanted.append(t.date >= filt.start)
    if filt.end:
        wanted.append(t.date <= filt.end)
    if filt.code:
        wanted.append(t.code.startswith(filt.code))
    if filt.issue:
        wanted.append(t.issues.contains(filt.issue))
    if filt.origin:
        wanted.append(t.origin == filt.origin)
    if filt.root:
        wanted.append(t.root == filt.root)
    if filt.text:
        wanted.append(t.text.lower().contains(filt.text.lower()))
    if filt.ids:
        wanted.append(t.event_id.isin(list(filt.ids)))
    chosen = t.filter(*wanted) if wanted else t
    return chosen.select(*EVENT_COLUMNS).order_by([ibis.desc("date"), "event_id"])


def _actors(t: ir.Table, actor: str | None, partner: str | None) -> list[Any]:
    """An actor on either side; with a partner, the events between the two either way."""
    src, tgt = t.source_actor, t.target_actor
    if actor and partner:
        return [(src.startswith(actor) & tgt.startswith(partner))
                | (src.startswith(partner) & tgt.startswith(actor))]  # fmt: skip
    return [src.startswith(actor) | tgt.startswith(actor)] if actor else []


def _with_source(backend: Backend, source: str) -> ir.Table:
    """The events whose document's source (else their origin, for rows of event files) is
    ``source``."""
    import ibis

    events, docs = backend.table("events"), backend.table("documents")
    docs = docs.select(_doc=docs.doc_id, _source=docs.source.nullif(""))
    joined = events.left_join(docs, events.doc_id == docs._doc)
    chosen = joined.filter(ibis.coalesce(joined._source, joined.origin) == source)
    return chosen.select(*EVENT_COLUMNS)


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


def run_inputs(store: Store) -> list[tuple[str, list[str]]]:
    """(command, inputs) of every run the store recorded, oldest first."""
    rows = store.connection.execute("SELECT command, inputs FROM runs ORDER BY started").fetchall()
    return [(str(command), list(inputs or [])) for command, inputs in rows]
