"""Reads for browsing the store a page at a time (the web app): events with their total, one
event with its document, the runs, the inputs loaded and the quarantine.

They run on the DuckDB connection under the Ibis backend the web app holds (a snapshot of the
store, always a DuckDB file), as SQL with bound parameters: a page is a few small queries, and
compiling them through Ibis cost ~0.1 s each, more than DuckDB takes to run them on 10M events.
A page of events costs two queries whatever the store's size: the matching events counted per
day (which gives the total, and the days the page falls on), then only the rows of those days,
sorted. On a store loaded in date order (as daily files are) both read only the row groups of
the days asked for.

>>> from dipwatch.config import Settings
>>> from dipwatch.store import open_backend
>>> from dipwatch.store.queries import EventFilter
>>> with open_backend(Settings(db=":memory:")) as backend:
...     page = event_page(backend, EventFilter(actor="USA"), limit=10)
...     (page.total, page.rows, runs(backend).total)
(0, [], 0)
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import TYPE_CHECKING, Any

from dipwatch.store.database import EVENT_COLUMNS
from dipwatch.store.queries import EventFilter

if TYPE_CHECKING:
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


def _con(backend: Backend) -> Any:
    """The DuckDB connection under an Ibis DuckDB backend."""
    return backend.con


def _query(backend: Backend, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    return _con(backend).execute(sql, params).to_arrow_table().to_pylist()


def filtered(filt: EventFilter) -> tuple[str, list[Any]]:
    """``SELECT`` of the events ``filt`` selects (every stored column), and its parameters."""
    where, params = filt.where()
    return f"SELECT {', '.join(EVENT_COLUMNS)} FROM events{where}", params


def event_page(backend: Backend, filt: EventFilter, limit: int, offset: int = 0) -> Page:
    """Events ``offset`` to ``offset + limit`` of those ``filt`` selects, newest first (ties by
    event id), with the total and the documents they came from."""
    where, params = filt.where()
    days = _query(backend, f"SELECT date, count(*) AS n FROM events{where} GROUP BY date "
                           "ORDER BY date DESC", params)  # fmt: skip
    total = sum(int(d["n"]) for d in days)
    window = _window(days, offset, limit)
    if window is None:
        return Page([], total, offset, limit)
    newest, oldest, skip = window
    sql, params = filtered(replace(filt, start=max(oldest, filt.start or oldest),
                                   end=min(newest, filt.end or newest)))  # fmt: skip
    found = _query(backend, f"{sql} ORDER BY date DESC, event_id LIMIT ? OFFSET ?",
                   [*params, limit, skip])  # fmt: skip
    docs = documents(backend, [r["doc_id"] for r in found if r["doc_id"]])
    return Page(found, total, offset, limit, docs)


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
    found = _query(backend, f"SELECT {', '.join(DOCUMENT_FIELDS)} FROM documents "
                            "WHERE list_contains(?, doc_id)", [sorted(set(doc_ids))])  # fmt: skip
    return {r["doc_id"]: r for r in found}


def event(backend: Backend, event_id: str, on: date | None = None) -> dict[str, Any] | None:
    """One event by id, with its document (``on``, its day when known, narrows the search)."""
    sql, params = filtered(EventFilter(start=on, end=on, ids=(event_id,)))
    found = _query(backend, sql + " LIMIT 1", params)
    if not found:
        return None
    row = found[0]
    row["document"] = (
        documents(backend, [row["doc_id"]]).get(row["doc_id"]) if row["doc_id"] else None
    )
    return row


def runs(backend: Backend, limit: int = 50, offset: int = 0) -> Page:
    """The runs (ingests and others), newest first: command, inputs, counts, status."""
    return _page(backend, "SELECT run_id, started, finished, command, inputs, counts, status "
                          "FROM runs", "started DESC, run_id", limit, offset)  # fmt: skip


def inputs(backend: Backend, limit: int = 50, offset: int = 0) -> Page:
    """The inputs loaded, newest first: path, kind, size, run, when and what each added."""
    return _page(backend, "SELECT path, kind, bytes, run_id, loaded, counts, sha256 FROM inputs",
                 "loaded DESC, path", limit, offset)  # fmt: skip


def quarantine(backend: Backend, limit: int = 50, offset: int = 0) -> Page:
    """Rejected files and rows with their reasons, the newest run's first."""
    return _page(backend, "SELECT q.run_id, r.started, q.input, q.location, q.reason, "
                          "left(q.raw, 2000) AS raw FROM quarantine q "
                          "LEFT JOIN runs r ON r.run_id = q.run_id",
                 "r.started DESC NULLS LAST, q.input, q.location", limit, offset)  # fmt: skip


def _page(backend: Backend, select: str, order: str, limit: int, offset: int) -> Page:
    total = _query(backend, f"SELECT count(*) AS n FROM ({select})", [])[0]["n"]
    rows = _query(backend, f"{select} ORDER BY {order} LIMIT ? OFFSET ?", [limit, offset])
    return Page(rows, int(total), offset, limit)
