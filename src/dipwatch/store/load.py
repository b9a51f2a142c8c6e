"""What one input adds inside its transaction (:class:`Load`), and the columns of the two main
tables as Arrow sees them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import duckdb
import pyarrow as pa

from dipwatch.models import Document, Event, Rejected

if TYPE_CHECKING:
    from dipwatch.store.database import Store
    from dipwatch.store.opening import Connection

EVENT_COLUMNS = (
    "event_id", "date", "date_precision", "source_actor", "target_actor", "code", "root",
    "quad_class", "goldstein", "issues", "origin", "doc_id", "sentence", "text", "span_start",
    "span_end", "pattern", "confidence", "num_mentions", "num_sources", "num_articles", "tone",
    "action_country", "url", "story_id",
)  # fmt: skip

EVENT_SCHEMA = pa.schema(
    [
        ("event_id", pa.string()), ("date", pa.date32()), ("date_precision", pa.string()),
        ("source_actor", pa.string()), ("target_actor", pa.string()), ("code", pa.string()),
        ("root", pa.string()), ("quad_class", pa.int8()), ("goldstein", pa.float64()),
        ("issues", pa.list_(pa.string())), ("origin", pa.string()), ("doc_id", pa.string()),
        ("sentence", pa.int32()), ("text", pa.string()), ("span_start", pa.int32()),
        ("span_end", pa.int32()), ("pattern", pa.string()), ("confidence", pa.float64()),
        ("num_mentions", pa.int32()), ("num_sources", pa.int32()), ("num_articles", pa.int32()),
        ("tone", pa.float64()), ("action_country", pa.string()), ("url", pa.string()),
        ("story_id", pa.string()),
    ]
)  # fmt: skip

DOCUMENT_COLUMNS = (
    "doc_id", "source", "kind", "lang", "title", "published", "url", "sha256", "location", "text",
    "genre",
)  # fmt: skip


def events_to_arrow(events: Iterable[Event]) -> pa.Table:
    """Events as an Arrow table in the store's column order."""
    cols: dict[str, list[Any]] = {c: [] for c in EVENT_COLUMNS}
    for ev in events:
        for c in EVENT_COLUMNS:
            v = getattr(ev, c)
            cols[c].append(list(v) if c == "issues" else v)
    return pa.table(cols, schema=EVENT_SCHEMA)


class Load:
    """What one input adds, inside the transaction opened by :meth:`Store.load`."""

    def __init__(self, store: Store, run_id: str, path: str) -> None:
        self._store = store
        self._con = store.connection
        self.run_id = run_id
        self.path = path
        self.counts: Counter[str] = Counter()

    @property
    def connection(self) -> Connection:
        return self._con

    @property
    def store(self) -> Store:
        return self._store

    def add_documents(self, docs: Iterable[Document]) -> int:
        """Insert documents not already stored; return how many were new."""
        rows = [
            (d.doc_id, d.source, d.kind, d.lang, d.title, d.published, d.url, d.sha256,
             d.location, d.text, d.genre or None)
            for d in docs
        ]  # fmt: skip
        if not rows:
            return 0
        tbl = pa.table(
            {c: [r[i] for r in rows] for i, c in enumerate(DOCUMENT_COLUMNS)},
            schema=pa.schema(
                [(c, pa.date32() if c == "published" else pa.string()) for c in DOCUMENT_COLUMNS]
            ),
        )
        self._con.register("_new_documents", tbl)
        try:
            added = _inserted(
                self._con.execute(
                    f"INSERT INTO documents ({', '.join(DOCUMENT_COLUMNS)}, run_id) "
                    f"SELECT DISTINCT ON (doc_id) {', '.join(DOCUMENT_COLUMNS)}, ? "
                    "FROM _new_documents n WHERE doc_id NOT IN (SELECT doc_id FROM documents)",
                    [self.run_id],
                )
            )
        finally:
            self._con.unregister("_new_documents")
        self.counts["documents"] += added
        self.counts["documents_known"] += len(rows) - added
        return added

    def add_events(self, events: Iterable[Event] | pa.Table) -> int:
        """Insert events whose ``event_id`` is not stored yet; return how many were new."""
        tbl = events if isinstance(events, pa.Table) else events_to_arrow(events)
        if tbl.num_rows == 0:
            return 0
        self._con.register("_new_events", tbl)
        try:
            added = _inserted(
                self._con.execute(
                    f"INSERT INTO events SELECT {', '.join('n.' + c for c in EVENT_COLUMNS)}, ? "
                    "FROM (SELECT * FROM _new_events QUALIFY row_number() OVER (PARTITION BY event_id) = 1) n "
                    "ANTI JOIN events e ON e.event_id = n.event_id",
                    [self.run_id],
                )
            )
        finally:
            self._con.unregister("_new_events")
        self.counts["events"] += added
        self.counts["events_known"] += tbl.num_rows - added
        return added

    def quarantine_many(self, items: Iterable[Rejected]) -> None:
        """Keep many rejected rows at once (one statement, not one per row)."""
        rows = [(self.run_id, self.path, r.location, r.reason, shown(r.raw)) for r in items]
        if rows:
            self._con.insert_rows("quarantine", quarantine_columns(rows))
            self.counts["quarantined"] += len(rows)

    def quarantine(self, location: str, reason: str, raw: str | bytes | None = None) -> None:
        """Keep a rejected row or file with the reason it was rejected."""
        self._con.execute(
            "INSERT INTO quarantine VALUES (?, ?, ?, ?, ?)",
            [self.run_id, self.path, location, reason, shown(raw)],
        )
        self.counts["quarantined"] += 1


def quarantine_columns(rows: list[tuple[str, str, str, str, str | None]]) -> dict[str, Any]:
    """Rows of ``quarantine`` (run, input, location, reason, raw) as typed columns."""
    names = ("run_id", "input", "location", "reason", "raw")
    return {n: (pa.string(), [r[i] for r in rows]) for i, n in enumerate(names)}


def shown(raw: str | bytes | None) -> str | None:
    """A rejected row's text as quarantine keeps it: bad bytes escaped, at most 100,000
    characters, no lone surrogates."""
    if isinstance(raw, bytes):
        raw = raw.decode("utf-8", errors="backslashreplace")
    if raw is not None and len(raw) > 100_000:
        raw = raw[:100_000] + f"... [{len(raw) - 100_000} more characters]"
    if raw is not None:
        raw = raw.encode("utf-8", "backslashreplace").decode("utf-8")
    return raw


def _inserted(result: duckdb.DuckDBPyConnection) -> int:
    """How many rows the INSERT that produced ``result`` added (DuckDB returns the count)."""
    row = result.fetchone()
    return int(row[0]) if row else 0
