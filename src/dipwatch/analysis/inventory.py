"""Inventory: what the backend holds, for a report's title block and method note.

- :func:`sources` counts a period's events and documents per origin and source (the document's
  ``source``, else its title, else the event's origin: gdelt, icews, csv);
- :func:`span` gives the first and newest event date per origin over everything stored, so that a
  report can say where the data starts and what is the newest day it covers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dipwatch.analysis.frames import Backend, events, in_period, rows
from dipwatch.periods import Period


@dataclass(frozen=True, slots=True)
class SourceCount:
    origin: str
    source: str
    events: int
    documents: int


@dataclass(frozen=True, slots=True)
class Span:
    origin: str
    first: date
    last: date
    events: int


def sources(backend: Backend, period: Period) -> list[SourceCount]:
    """Events and documents of ``period`` per (origin, source), most events first.

    >>> from dipwatch.config import Settings
    >>> from dipwatch.store import open_backend
    >>> from dipwatch.periods import parse_period
    >>> with open_backend(Settings(db=":memory:")) as backend:
    ...     sources(backend, parse_period("2021Q4"))
    []
    """
    t = in_period(events(backend), period)
    docs = backend.table("documents").select("doc_id", "source", "title")
    j = t.left_join(docs, t.doc_id == docs.doc_id)
    j = j.mutate(name=j.source.nullif("").fill_null(j.title.nullif("")).fill_null(j.origin))
    agg = j.group_by(["origin", "name"]).aggregate(n=j.event_id.count(), d=j.doc_id.nunique())
    found = [SourceCount(r["origin"], r["name"], int(r["n"]), int(r["d"])) for r in rows(agg)]
    return sorted(found, key=lambda s: (-s.events, s.origin, s.source))


def span(backend: Backend) -> list[Span]:
    """First and newest event date and event count per origin, over everything stored."""
    t = events(backend)
    agg = t.group_by("origin").aggregate(first=t.date.min(), last=t.date.max(), n=t.count())
    return sorted((Span(r["origin"], r["first"], r["last"], int(r["n"])) for r in rows(agg)),
                  key=lambda s: s.origin)  # fmt: skip
