"""Loading texts (``dipwatch ingest --kind text``): documents, their coded events, rejects.

One file is one transaction: its documents, the events the coder finds in them and the
quarantined items land together or not at all, and the same bytes are never loaded twice.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from dipwatch.coder import code_document
from dipwatch.coder.genre import document_genre
from dipwatch.models import Document, Event, Rejected
from dipwatch.sources.files import file_sha256
from dipwatch.sources.text import read_documents
from dipwatch.store import Store
from dipwatch.store.database import Load

#: Documents coded and written per batch, so that a 2 GB JSONL file never sits in memory.
BATCH = 500

Coder = Callable[[Document], list[Event]]


def _batches(items: Iterator[Document | Rejected], load: Load) -> Iterator[list[Document]]:
    """Documents in batches of BATCH; Rejected items go to quarantine on the way."""
    batch: list[Document] = []
    for item in items:
        if isinstance(item, Rejected):
            load.quarantine(item.location, item.reason, item.raw)
            continue
        batch.append(item)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _store_batch(load: Load, docs: list[Document], code: Coder) -> None:
    # The genre the coder anchors dates by is stored with the document: given, or decided.
    docs = [replace(d, genre=document_genre(d)) for d in docs]
    load.add_documents(docs)
    load.add_events([event for doc in docs for event in code(doc)])


def load_text_file(
    store: Store, run_id: str, path: Path, options: Any = None
) -> Counter[str] | None:
    """Load one text file; return its counts, or None when the same bytes were loaded before.

    >>> # load_text_file(store, store.start_run("ingest"), Path("readout.txt"))
    >>> # Counter({'documents': 1, 'events': 3, 'quarantined': 0, ...})
    """
    path = Path(path)
    digest = file_sha256(path)
    if store.is_loaded(digest, "text"):
        return None
    items = read_documents(
        path,
        source=getattr(options, "source", None),
        date=getattr(options, "date", None),
        lang=getattr(options, "lang", None),
        genre=getattr(options, "genre", None),
    )
    with store.load(
        run_id, path=str(path), sha256=digest, kind="text", size=path.stat().st_size
    ) as load:
        for key in ("documents", "events", "quarantined"):
            load.counts[key] += 0  # always reported, even when zero
        for batch in _batches(items, load):
            _store_batch(load, batch, code_document)
        return load.counts
