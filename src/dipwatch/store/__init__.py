"""The store: the only owner of the database connection (one DuckDB file).

Every load runs inside :meth:`Store.load`, one transaction that either commits whole or leaves
the file as it was, and records its input's content hash so the same bytes never load twice.
Readers that analyse take an Ibis backend from :func:`connect` (the engine boundary).
"""

from dipwatch.store.database import SCHEMA_VERSION, Load, Store
from dipwatch.store.engines import connect, open_backend

__all__ = ["SCHEMA_VERSION", "Load", "Store", "connect", "open_backend"]
