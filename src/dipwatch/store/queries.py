"""Named read queries over the events table, for the ``events`` command and the web API."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pyarrow as pa

from dipwatch.store.database import EVENT_COLUMNS, Store
from dipwatch.store.dialect import literal

EXPORT_FORMATS = {
    "csv": "(FORMAT csv, HEADER true)",
    "jsonl": "(FORMAT json)",
    "parquet": "(FORMAT parquet)",
}


@dataclass(frozen=True, slots=True)
class EventFilter:
    """Which events: a date range, an actor on either side (a code prefix: ``USA`` matches
    ``USAGOV``), a CAMEO code prefix (``04`` is the root, ``041`` the code) and an issue."""

    start: date | None = None
    end: date | None = None
    actor: str | None = None
    code: str | None = None
    issue: str | None = None
    origin: str | None = None

    def where(self) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        if self.start:
            clauses.append("date >= ?")
            params.append(self.start)
        if self.end:
            clauses.append("date <= ?")
            params.append(self.end)
        if self.actor:
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
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def select_events(store: Store, filt: EventFilter, limit: int | None = None) -> pa.Table:
    """Matching events, newest first, as Arrow."""
    where, params = filt.where()
    cols = ", ".join(EVENT_COLUMNS)
    sql = f"SELECT {cols} FROM events{where} ORDER BY date DESC, event_id"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return store.query_arrow(sql, params)


def export_events(store: Store, filt: EventFilter, target: Path, fmt: str) -> int:
    """Write matching events to ``target`` in ``fmt`` (csv, jsonl, parquet); return the row count."""
    where, params = filt.where()
    cols = ", ".join(EVENT_COLUMNS)
    con = store.connection
    inner = f"SELECT {cols} FROM events{where} ORDER BY date DESC, event_id"
    con.execute(f"COPY ({inner}) TO {literal(str(target))} {EXPORT_FORMATS[fmt]}", params)
    row = con.execute(f"SELECT count(*) FROM events{where}", params).fetchone()
    return int(row[0]) if row else 0
