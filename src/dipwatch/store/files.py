"""Many small inputs written in one transaction (a folder of transcripts), each counted as if
it had been loaded alone.

One transaction per file costs more than the file (a commit, a few statements that look up
what is stored): :func:`add_files` writes the documents, events, rejected items and input
records of several files with a handful of statements. The batch lands whole or not at all;
the caller, on a failure, loads the files one by one, so that a bad file fails alone.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

import pyarrow as pa

from dipwatch.models import Document, Event, Rejected
from dipwatch.store.database import Store
from dipwatch.store.load import (
    DOCUMENT_COLUMNS,
    EVENT_COLUMNS,
    events_to_arrow,
    quarantine_columns,
    shown,
)


@dataclass(slots=True)
class FileLoad:
    """What one input adds: its documents, their events and its rejected items."""

    path: str
    sha256: str
    kind: str
    size: int
    documents: list[Document] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)


def add_files(store: Store, run_id: str, files: Sequence[FileLoad]) -> list[Counter[str]]:
    """Write ``files`` in one transaction; return each file's counts (``documents``,
    ``documents_known``, ``events``, ``events_known``, ``quarantined``)."""
    counts = [Counter(documents=0, events=0, quarantined=0) for _ in files]
    what = files[0].path if len(files) == 1 else f"{len(files)} files from {files[0].path}"
    with store.transaction(what):
        _quarantine(store, run_id, files, counts)
        docs = _new(store, "documents", "doc_id", [[d.doc_id for d in f.documents] for f in files],
                    counts, "documents")  # fmt: skip
        _insert_documents(store, run_id, [d for f, keep in zip(files, docs, strict=True)
                                          for d, k in zip(f.documents, keep, strict=True) if k])  # fmt: skip
        evs = _new(store, "events", "event_id", [[e.event_id for e in f.events] for f in files],
                   counts, "events")  # fmt: skip
        _insert_events(store, run_id, [e for f, keep in zip(files, evs, strict=True)
                                       for e, k in zip(f.events, keep, strict=True) if k])  # fmt: skip
        kept = [(f, [d for d, k in zip(f.documents, dk, strict=True) if k],
                 [e for e, k in zip(f.events, ek, strict=True) if k])
                for f, dk, ek in zip(files, docs, evs, strict=True)]  # fmt: skip
        _cover(store, kept)
        store.record_inputs(
            [
                (f.sha256, f.kind, f.path, f.size, run_id, c)
                for f, c in zip(files, counts, strict=True)
            ]
        )
    return counts


def _cover(store: Store, kept: list[tuple[FileLoad, list[Document], list[Event]]]) -> None:
    """The ``coverage`` rows of each file, as :meth:`Store.load` writes them: per origin,
    source and day, the new events dated and the new documents published that day."""
    rows: Counter[tuple[str, str, str, object, str]] = Counter()
    for f, docs, events in kept:
        sources = {d.doc_id: d.source for d in f.documents}
        for e in events:
            source = sources.get(e.doc_id or "") or e.origin
            rows[(f.sha256, e.origin, source, e.date, "events")] += 1
        for d in docs:
            if d.published is not None:
                rows[(f.sha256, "text", d.source or "text", d.published, "documents")] += 1
    merged: dict[tuple, list[int]] = {}
    for (digest, origin, source, day, what), n in rows.items():
        slot = merged.setdefault((digest, origin, source, day), [0, 0])
        slot[what == "documents"] += n
    if merged:
        keys = list(merged)
        store.connection.insert_rows("coverage", {
            "input": (pa.string(), [k[0] for k in keys]), "origin": (pa.string(), [k[1] for k in keys]),
            "source": (pa.string(), [k[2] for k in keys]), "day": (pa.date32(), [k[3] for k in keys]),
            "events": (pa.int64(), [merged[k][0] for k in keys]),
            "documents": (pa.int64(), [merged[k][1] for k in keys]),
        })  # fmt: skip


def _quarantine(
    store: Store, run_id: str, files: Sequence[FileLoad], counts: list[Counter[str]]
) -> None:
    rows = [(run_id, f.path, r.location, r.reason, shown(r.raw)) for f in files for r in f.rejected]
    if rows:
        store.connection.insert_rows("quarantine", quarantine_columns(rows))
    for f, c in zip(files, counts, strict=True):
        c["quarantined"] += len(f.rejected)


def _new(
    store: Store,
    table: str,
    column: str,
    ids: list[list[str]],
    counts: list[Counter[str]],
    name: str,
) -> list[list[bool]]:
    """For each file's ids, whether each is new (not stored, not earlier in the batch);
    counts ``name`` and ``name_known`` per file."""
    every = [i for group in ids for i in group]
    seen = _stored(store, table, column, every)
    keep = []
    for group, c in zip(ids, counts, strict=True):
        flags = []
        for i in group:
            flags.append(i not in seen)
            seen.add(i)
        c[name] += sum(flags)
        c[f"{name}_known"] += len(flags) - sum(flags)
        keep.append(flags)
    return keep


def _stored(store: Store, table: str, column: str, ids: list[str]) -> set[str]:
    """The ``ids`` already in ``table``: one statement for the batch."""
    if not ids:
        return set()
    con = store.connection
    con.register("_ids", pa.table({"id": pa.array(ids, pa.string())}))
    try:
        rows = con.execute(
            f"SELECT DISTINCT {column} FROM {table} WHERE {column} IN (SELECT id FROM _ids)"
        ).fetchall()
    finally:
        con.unregister("_ids")
    return {r[0] for r in rows}


def _insert_documents(store: Store, run_id: str, docs: list[Document]) -> None:
    if not docs:
        return
    columns = {c: [getattr(d, c) or None if c == "genre" else getattr(d, c) for d in docs]
               for c in DOCUMENT_COLUMNS}  # fmt: skip
    schema = pa.schema(
        [(c, pa.date32() if c == "published" else pa.string()) for c in DOCUMENT_COLUMNS]
    )
    _insert(
        store, "documents", pa.table(columns, schema=schema), ", ".join(DOCUMENT_COLUMNS), run_id
    )


def _insert_events(store: Store, run_id: str, events: list[Event]) -> None:
    if events:
        _insert(store, "events", events_to_arrow(events), ", ".join(EVENT_COLUMNS), run_id)


def _insert(store: Store, table: str, rows: pa.Table, columns: str, run_id: str) -> None:
    con = store.connection
    con.register("_new_rows", rows)
    try:
        con.execute(
            f"INSERT INTO {table} ({columns}, run_id) SELECT {columns}, ? FROM _new_rows", [run_id]
        )
    finally:
        con.unregister("_new_rows")
