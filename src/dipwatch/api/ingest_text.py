"""Loading texts (``dipwatch ingest --kind text``): documents, their coded events, rejects.

A file lands whole or not at all: its documents, the events the coder finds in them and its
quarantined items, and the same bytes are never loaded twice. Small files (a folder of daily
transcripts) are read in turn, coded in one stream (a process pool when there are many
documents) and written many to a transaction; a batch that fails is written again file by
file, so a bad file fails alone. A big file (a JSONL of millions of records) is loaded on its
own, streamed in chunks of :data:`BATCH` documents inside its one transaction.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from dipwatch.coder import code_document, code_documents
from dipwatch.coder.genre import document_genre
from dipwatch.errors import SourceFormatError, StoreError
from dipwatch.models import Document, Event, Rejected
from dipwatch.sources.files import file_sha256
from dipwatch.sources.tabular import snapshot
from dipwatch.sources.text import read_documents
from dipwatch.store import Store
from dipwatch.store.files import FileLoad, add_files
from dipwatch.store.load import Load

#: Documents coded and written per chunk of a big file, so that it never sits in memory.
BATCH = 500
#: Files above this size are loaded on their own, streamed.
SMALL_FILE = 4 << 20
#: A transaction of small files holds at most this many files, or documents.
FILES_PER_COMMIT, DOCUMENTS_PER_COMMIT = 100, 5000

Coder = Callable[[Document], list[Event]]


@dataclass(slots=True)
class TextFile:
    """One small file read: its documents (coded later), rejected items, or why it failed."""

    path: Path
    load: FileLoad | None = None  # None: loaded before (same bytes), or failed
    failure: tuple[str, str] | None = None  # (location, reason) of a file that cannot be read
    coded: int = 0
    events: list[list[Event]] = field(default_factory=list)

    @property
    def documents(self) -> list[Document]:
        return self.load.documents if self.load else []


def read_text_file(store: Store, path: Path, options: Any = None) -> TextFile:
    """Hash and read one small file (without coding it)."""
    stamp = snapshot(path)
    digest = file_sha256(path)
    if store.is_loaded(digest, "text"):
        return TextFile(path)
    try:
        items = list(_documents(path, options))
    except SourceFormatError as err:
        return TextFile(path, failure=(err.location, err.reason))
    if snapshot(path) != stamp:
        return TextFile(path, failure=(str(path), "the file changed while it was read"))
    load = FileLoad(str(path), digest, "text", stamp[0])
    for item in items:
        if isinstance(item, Rejected):
            load.rejected.append(item)
        else:  # the genre the coder anchors dates by is stored with the document
            load.documents.append(replace(item, genre=document_genre(item)))
    return TextFile(path, load)


def _documents(path: Path, options: Any) -> Iterator[Document | Rejected]:
    return read_documents(
        path,
        source=getattr(options, "source", None),
        date=getattr(options, "date", None),
        lang=getattr(options, "lang", None),
        genre=getattr(options, "genre", None),
    )


def coded(files: Iterable[TextFile], workers: int = 0) -> Iterator[TextFile]:
    """The files in order, each once all its documents are coded: one stream of documents
    through the coder (a process pool when there are many)."""
    queue: deque[TextFile] = deque()

    def documents() -> Iterator[Document]:
        for f in files:
            queue.append(f)
            yield from f.documents

    for _doc, events in code_documents(documents(), workers):
        while queue and queue[0].coded == len(queue[0].documents):
            yield queue.popleft()
        queue[0].events.append(events)
        queue[0].coded += 1
    while queue:
        yield queue.popleft()


def batches(files: Iterable[TextFile]) -> Iterator[list[TextFile]]:
    """Files grouped for one transaction each."""
    batch: list[TextFile] = []
    documents = 0
    for f in files:
        batch.append(f)
        documents += len(f.documents)
        if len(batch) >= FILES_PER_COMMIT or documents >= DOCUMENTS_PER_COMMIT:
            yield batch
            batch, documents = [], 0
    if batch:
        yield batch


def write(
    store: Store, run_id: str, batch: list[TextFile]
) -> list[tuple[TextFile, Counter[str] | str]]:
    """Write a batch in one transaction; if it fails, file by file. Each file with its
    counts, or the reason it failed."""
    loads = [f for f in batch if f.load is not None]
    for f in loads:
        f.load.events = [e for events in f.events for e in events]  # type: ignore[union-attr]
    try:
        counts = add_files(store, run_id, [f.load for f in loads]) if loads else []  # type: ignore[misc]
        done: dict[int, Counter[str] | str] = {id(f): c for f, c in zip(loads, counts, strict=True)}
    except SourceFormatError as err:
        if len(loads) == 1:
            done = {id(loads[0]): err.reason}
        else:
            done = {id(f): r for part in loads for f, r in write(store, run_id, [part])}
    return [(f, done.get(id(f), "")) for f in batch]


def load_text_files(
    store: Store, run_id: str, paths: Sequence[Path], options: Any = None, workers: int = 0
) -> Iterator[tuple[Path, Counter[str] | None, str | None]]:
    """Load small text files (see :data:`SMALL_FILE`), in order: (path, counts or None when
    loaded before, error or None). ``ingest`` calls it for a folder's small texts.
    """
    read = (read_text_file(store, Path(p), options) for p in paths)
    seen: set[str] = set()  # the same bytes twice in one run: the second is "loaded before"
    for batch in batches(coded(read, workers)):
        for f in batch:
            if f.load is not None and f.load.sha256 in seen:
                f.load = None
            elif f.load is not None:
                seen.add(f.load.sha256)
        for f, outcome in write(store, run_id, batch):
            yield _result(store, run_id, f, outcome)


def _result(
    store: Store, run_id: str, f: TextFile, outcome: Counter[str] | str
) -> tuple[Path, Counter[str] | None, str | None]:
    if f.failure is None and isinstance(outcome, Counter):
        return f.path, outcome, None
    if f.failure is None and f.load is None:
        return f.path, None, None  # loaded before
    location, reason = f.failure or (str(f.path), str(outcome))
    try:
        store.quarantine_file(run_id, str(f.path), location, f"text: {reason}")
    except StoreError:
        raise
    return f.path, Counter(quarantined=1), f"{location}: {reason}"


def _chunks(items: Iterator[Document | Rejected], load: Load) -> Iterator[list[Document]]:
    """Documents in chunks of BATCH; Rejected items go to quarantine on the way."""
    chunk: list[Document] = []
    for item in items:
        if isinstance(item, Rejected):
            load.quarantine(item.location, item.reason, item.raw)
            continue
        chunk.append(item)
        if len(chunk) >= BATCH:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def load_text_file(
    store: Store, run_id: str, path: Path, options: Any = None
) -> Counter[str] | None:
    """Load one text file on its own, streamed; return its counts, or None when the same
    bytes were loaded before.

    >>> import tempfile
    >>> readout = Path(tempfile.mkdtemp()) / "2021-12-15-readout.txt"
    >>> _ = readout.write_text("习近平同普京通电话。", encoding="utf-8")
    >>> with Store(":memory:") as store:
    ...     counts = load_text_file(store, store.start_run("ingest"), readout)
    ...     again = load_text_file(store, store.start_run("ingest"), readout)
    >>> counts["documents"], counts["events"], again
    (1, 1, None)
    """
    path = Path(path)
    digest = file_sha256(path)
    if store.is_loaded(digest, "text"):
        return None
    items = _documents(path, options)
    with store.load(
        run_id, path=str(path), sha256=digest, kind="text", size=path.stat().st_size
    ) as load:
        for key in ("documents", "events", "quarantined"):
            load.counts[key] += 0  # always reported, even when zero
        for chunk in _chunks(items, load):
            chunk = [replace(d, genre=document_genre(d)) for d in chunk]
            load.add_documents(chunk)
            load.add_events([event for doc in chunk for event in code_document(doc)])
        return load.counts
