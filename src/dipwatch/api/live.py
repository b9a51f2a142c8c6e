"""``live``: the store as a long-running reader (the web server) sees it while others write.

The reader works on a snapshot, a private copy of the store's file (:mod:`dipwatch.store.snapshot`
says how it is taken without ever standing in a writer's way). Each snapshot is a *generation*,
numbered from 1. Between requests the reader looks at the file (at most once per
``check_every`` seconds, a ``stat``); when it changed and no writer holds it, a new snapshot is
taken in the background and serves every request that starts after it; requests already
running finish on the one they started with, which is then closed and deleted. So a page is
always computed from one state of the store, and everything computed from generation *n*
(a cache entry) is valid for exactly as long as *n* is the newest.

>>> import tempfile
>>> from pathlib import Path
>>> from dipwatch.config import Settings
>>> from dipwatch.store import Store
>>> db = Path(tempfile.mkdtemp()) / "a.duckdb"
>>> Store(db).close()
>>> live = LiveStore(Settings(db=db))
>>> live.refresh()
True
>>> with live.reading() as r:
...     r.generation, r.backend.table("events").count().to_pyarrow().as_py()
(1, 0)
>>> live.close()
"""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from dipwatch.errors import StoreBusy
from dipwatch.store.snapshot import Signature, Snapshot, signature, take, writer

if TYPE_CHECKING:
    from ibis.backends import BaseBackend as Backend

    from dipwatch.config import Settings


@dataclass(frozen=True, slots=True)
class Reading:
    """One request's view of the store: the generation it reads and a backend of its own."""

    generation: int
    backend: Backend
    signature: Signature


@dataclass(slots=True)
class _Generation:
    number: int
    snapshot: Snapshot
    users: int = 0
    retired: bool = False


class LiveStore:
    """Snapshots of the store at ``settings.db``, refreshed when the file changes."""

    def __init__(
        self, settings: Settings, *, folder: Path | None = None, check_every: float = 1.0
    ) -> None:
        self.source = Path(settings.db)
        self.folder = folder
        self.check_every = check_every
        self._lock = threading.Lock()
        self._current: _Generation | None = None
        self._numbered = 0
        self._checked = 0.0
        self._refresher: threading.Thread | None = None
        #: Called (in the thread that took it) with each new generation's number.
        self.on_refresh: list[Callable[[int], None]] = []

    @property
    def generation(self) -> int:
        """The newest generation's number (0 before the first snapshot)."""
        with self._lock:
            return self._current.number if self._current else 0

    def refresh(self) -> bool:
        """Take a new snapshot now if the file changed and no writer holds it; True when a new
        generation serves from now on."""
        with self._lock:
            current = self._current
        if current is not None and signature(self.source) == current.snapshot.signature:
            return False
        snap = take(self.source, self.folder)
        if snap is None:
            return False
        with self._lock:
            self._numbered += 1
            number = self._numbered
            old, self._current = self._current, _Generation(number, snap)
            if old is not None:
                old.retired = True
        if old is not None:
            self._release(old, 0)
        for hook in self.on_refresh:
            hook(number)
        return True

    @contextmanager
    def reading(self) -> Iterator[Reading]:
        """The newest generation, held until the block ends (StoreBusy before the first)."""
        self._look()
        with self._lock:
            gen = self._current
            if gen is None:
                raise StoreBusy(self._busy())
            gen.users += 1
        backend = None
        try:
            backend = gen.snapshot.reader()
            yield Reading(gen.number, backend, gen.snapshot.signature)
        finally:
            if backend is not None:
                backend.disconnect()
            self._release(gen, 1)

    def close(self) -> None:
        """Close and delete the snapshot (requests still running finish first)."""
        with self._lock:
            gen, self._current = self._current, None
            if gen is not None:
                gen.retired = True
        if gen is not None:
            self._release(gen, 0)

    # -- inside ----------------------------------------------------------------------------
    def _release(self, gen: _Generation, users: int) -> None:
        with self._lock:
            gen.users -= users
            done = gen.retired and gen.users == 0
        if done:
            gen.snapshot.close()

    def _look(self) -> None:
        """At most every ``check_every`` seconds: start a refresh in the background when the
        file changed (or there is no snapshot yet)."""
        now = time.monotonic()
        with self._lock:
            busy = self._refresher is not None and self._refresher.is_alive()
            if busy or now - self._checked < self.check_every:
                return
            self._checked = now
            current = self._current
        if current is not None and signature(self.source) == current.snapshot.signature:
            return
        thread = threading.Thread(target=self._refresh_quietly, name="snapshot", daemon=True)
        with self._lock:
            self._refresher = thread
        thread.start()

    def _refresh_quietly(self) -> None:
        # a failure is tried again at the next look; requests go on with what they have
        with contextlib.suppress(Exception):
            self.refresh()

    def _busy(self) -> str:
        pid = writer(self.source)
        who = f"process {pid}" if pid else "another process"
        return (
            f"{self.source} is being written by {who} and has not been read yet; "
            "the dashboard shows it as soon as the write ends"
        )
