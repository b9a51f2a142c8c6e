"""The engine boundary: one :func:`connect` that hands the analyses an Ibis backend.

Everything that reads the store for analysis (the analyses, the report, the web app) takes an
Ibis backend, never a :class:`~dipwatch.store.Store`, so that the same expressions run on
DuckDB (the default: the store's own file, opened read-only) and on any other engine Ibis
speaks. The backend exposes the store's tables by their names (``events``, ``documents``,
``unvotes_votes``, …; see ``docs`` in the store's migrations for their columns).

A process that already holds the store open for writing (``dipwatch demo`` ingests, then
analyses) uses :meth:`Store.ibis`, which wraps the same connection: DuckDB lets a process open a
file once.

>>> from dipwatch.config import Settings
>>> with open_backend(Settings(db=":memory:")) as backend:
...     backend.table("events").count().to_pyarrow().as_py()
0
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from dipwatch.store.database import Store

if TYPE_CHECKING:
    from ibis.backends import BaseBackend

    from dipwatch.config import Settings


def connect(settings: Settings) -> BaseBackend:
    """The Ibis backend ``settings.engine`` names, over the store ``settings.db``.

    The caller owns it: ``backend.disconnect()`` when done (or use :func:`open_backend`).
    """
    if settings.engine == "duckdb":
        return _duckdb(settings)
    raise AssertionError(f"engine {settings.engine!r} passed Settings but has no connector")


def _duckdb(settings: Settings) -> BaseBackend:
    """The store's DuckDB file, read-only (checked, migrated schema), as an Ibis backend.

    The backend owns the connection: ``disconnect()`` closes it. ``:memory:`` gives an empty
    store of the current schema (for tests and examples).
    """
    store = Store(settings.db, read_only=str(settings.db) != ":memory:")
    return store.ibis()


@contextmanager
def open_backend(settings: Settings) -> Iterator[BaseBackend]:
    """:func:`connect`, disconnected at the end of the ``with`` block."""
    backend = connect(settings)
    try:
        yield backend
    finally:
        backend.disconnect()
