"""Results computed from one state of the store, kept while that state is the newest.

Every key starts with the generation of the snapshot the result was computed from
(:mod:`dipwatch.api.live`): a result of generation *n* is correct for exactly as long as *n* is
the newest, so when a request of a newer generation arrives everything older is dropped. Within
a generation, entries are evicted least recently used first, and two requests that need the
same result at once compute it once (the second waits for the first).

>>> c = Cache(size=2)
>>> c.get(1, ("typology", "2021Q4"), lambda: "computed")
'computed'
>>> c.get(1, ("typology", "2021Q4"), lambda: "again")
'computed'
>>> c.get(2, ("typology", "2021Q4"), lambda: "new store")
'new store'
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

T = TypeVar("T")


class Cache:
    """A bounded, generation-keyed cache of computed results, safe across threads."""

    def __init__(self, size: int = 512) -> None:
        self.size = size
        self._lock = threading.Lock()
        self._entries: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
        self._computing: dict[tuple[Any, ...], threading.Lock] = {}
        self._generation = 0

    def get(self, generation: int, key: tuple[Hashable, ...], compute: Callable[[], T]) -> T:
        """The result of ``compute()`` for ``key`` in ``generation``, computed at most once."""
        full = (generation, *key)
        with self._lock:
            self._advance(generation)
            if full in self._entries:
                self._entries.move_to_end(full)
                return self._entries[full]
            gate = self._computing.setdefault(full, threading.Lock())
        with gate:
            with self._lock:
                if full in self._entries:
                    return self._entries[full]
            value = compute()
            with self._lock:
                self._computing.pop(full, None)
                if generation >= self._generation:
                    self._entries[full] = value
                    while len(self._entries) > self.size:
                        self._entries.popitem(last=False)
            return value

    def _advance(self, generation: int) -> None:
        """A newer generation drops every older entry (they describe a store that is gone)."""
        if generation > self._generation:
            self._generation = generation
            for k in [k for k in self._entries if k[0] < generation]:
                del self._entries[k]
