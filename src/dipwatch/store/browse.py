"""Reads for browsing the store a page at a time (the web app): events with their total, one
event with its document, the runs, the inputs loaded and the quarantine.

They are Ibis expressions on any backend :func:`dipwatch.store.connect` hands out; values reach
the engine as typed literals, never pasted into SQL text. A page of events costs two queries
whatever the store's size: the matching events counted per day (which gives the total, and the
days the page falls on), then only the rows of those days, sorted. On a store loaded in date
order (as daily files are) both read only the row groups of the days asked for.

>>> from dipwatch.config import Settings
>>> from dipwatch.store import open_backend
>>> from dipwatch.store.queries import EventFilter
>>> with open_backend(Settings(db=":memory:")) as backend:
...     page = event_page(backend, EventFilter(actor="USA"), limit=10)
...     (page.total, page.rows, runs(backend).total)
(0, [], 0)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

from ibis import _

from dipwatch.store.database import EVENT_COLUMNS
from dipwatch.store.queries import EventFilter

if TYPE_CHECKING:
    import ibis.expr.types as ir
    from ibis.backends import BaseBackend as Backend

DOCUMENT_FIELDS = ("doc_id", "source", "kind", "lang", "title", "published", "url")


@dataclass(frozen=True, slots=True)
class Page:
    """Rows of one page (plain dicts) and how many there are in all."""

    rows: list[dict[str, Any]]
    total: int
    offset: int = 0
    limit: int = 0
    documents: dict[str, dict[str, Any]] = field(default_factory=dict)


def filtered(backend: Backend, filt: EventFilter) -> ir.Table:
    """The events ``filt`` selects, every stored column."""
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
    if filt.root:
        wanted.append(t.root == filt.root)
    if filt.issue:
        wanted.append(t.issues.contains(filt.issue))
    if filt.origin:
        wanted.append(t.origin == filt.origin)
    if filt.text:
        wanted.append(t.text.lower().contains(filt.text.lower()))
    if filt.ids:
        wanted.append(t.event_id.isin(sorted(set(filt.ids))))
    t = t.filter(*wanted) if wanted else t
    if filt.source:
        d = backend.table("documents").select("doc_id", _source=_.source.nullif(""))
        t = t.left_join(d, t.doc_id == d.doc_id)
        t = t.filter(t._source.fill_null(t.origin) == filt.source)
    return t.select(*EVENT_COLUMNS)


def event_page(backend: Backend, filt: EventFilter, limit: int, offset: int = 0) -> Page:
    """Events ``offset`` to ``offset + limit`` of those ``filt`` selects, newest first (ties by
    event id), with the total and the documents they came from."""
    import ibis

    t = filtered(backend, filt)
    days = _rows(t.group_by("date").aggregate(n=t.count()).order_by(ibis.desc("date")))
    total = sum(int(d["n"]) for d in days)
    window = _window(days, offset, limit)
    if window is None:
        return Page([], total, offset, limit)
    newest, oldest, skip = window
    page = t.filter(t.date >= oldest, t.date <= newest)
    found = _rows(page.order_by([ibis.desc("date"), "event_id"]).limit(limit, offset=skip))
    docs = documents(backend, [r["doc_id"] for r in found if r["doc_id"]])
    return Page(found, total, offset, limit, docs)


def event_batches(backend: Backend, filt: EventFilter, limit: int | None = None) -> Any:
    """The events ``filt`` selects, newest first (ties by id), as a stream of Arrow batches."""
    import ibis

    expr = filtered(backend, filt).order_by([ibis.desc("date"), "event_id"])
    return (expr.limit(limit) if limit else expr).to_pyarrow_batches(chunk_size=50_000)


def _window(days: list[dict[str, Any]], offset: int, limit: int) -> tuple[date, date, int] | None:
    """The newest and oldest day of rows ``offset``..``offset + limit - 1`` (``days`` newest
    first, with counts ``n``) and how many rows of the newest day come before the page.

    >>> d = [{"date": date(2021, 12, 3), "n": 2}, {"date": date(2021, 12, 2), "n": 5}]
    >>> _window(d, 1, 3)
    (datetime.date(2021, 12, 3), datetime.date(2021, 12, 2), 1)
    >>> _window(d, 7, 3) is None
    True
    """
    seen, newest, skip = 0, None, 0
    for d in days:
        n = int(d["n"])
        if newest is None and seen + n > offset:
            newest, skip = d["date"], offset - seen
        seen += n
        if newest is not None and seen >= offset + limit:
            return newest, d["date"], skip
    return (newest, days[-1]["date"], skip) if newest is not None else None


def documents(backend: Backend, doc_ids: list[str]) -> dict[str, dict[str, Any]]:
    """doc_id -> the document's source, kind, language, title, publication day and URL."""
    if not doc_ids:
        return {}
    d = backend.table("documents")
    d = d.filter(d.doc_id.isin(sorted(set(doc_ids)))).select(*DOCUMENT_FIELDS)
    return {r["doc_id"]: r for r in _rows(d)}


def event(backend: Backend, event_id: str, on: date | None = None) -> dict[str, Any] | None:
    """One event by id, with its document (``on``, its day when known, narrows the search)."""
    found = _rows(filtered(backend, EventFilter(start=on, end=on, ids=(event_id,))).limit(1))
    if not found:
        return None
    row = found[0]
    row["document"] = (
        documents(backend, [row["doc_id"]]).get(row["doc_id"]) if row["doc_id"] else None
    )
    return row


def runs(backend: Backend, limit: int = 50, offset: int = 0) -> Page:
    """The runs (ingests and others), newest first: command, inputs, counts, status."""
    import ibis

    t = backend.table("runs")
    cols = ["run_id", "started", "finished", "command", "inputs", "counts", "status"]
    return _page(t.select(*cols).order_by([ibis.desc("started"), "run_id"]), limit, offset)


def inputs(backend: Backend, limit: int = 50, offset: int = 0) -> Page:
    """The inputs loaded, newest first: path, kind, size, run, when and what each added."""
    import ibis

    t = backend.table("inputs")
    cols = ["path", "kind", "bytes", "run_id", "loaded", "counts", "sha256"]
    return _page(t.select(*cols).order_by([ibis.desc("loaded"), "path"]), limit, offset)


def quarantine(backend: Backend, limit: int = 50, offset: int = 0) -> Page:
    """Rejected files and rows with their reasons, the newest run's first."""
    import ibis

    q = backend.table("quarantine")
    r = backend.table("runs").select("run_id", "started")
    j = q.left_join(r, q.run_id == r.run_id).select(
        q.run_id, r.started, q.input, q.location, q.reason, raw=q.raw.substr(0, 2000)
    )
    return _page(j.order_by([ibis.desc("started"), "input", "location"]), limit, offset)


def _page(expr: ir.Table, limit: int, offset: int) -> Page:
    total = int(expr.count().to_pyarrow().as_py())
    return Page(_rows(expr.limit(limit, offset=offset)), total, offset, limit)


def _rows(expr: ir.Table) -> list[dict[str, Any]]:
    return expr.to_pyarrow().to_pylist()
