"""The store: the only owner of the database connection (one DuckDB file).

Every load runs inside :meth:`Store.load`, one transaction that either commits whole or leaves
the file as it was, and records its input's content hash so the same bytes never load twice.
"""

from dipwatch.store.database import SCHEMA_VERSION, Load, Store

__all__ = ["SCHEMA_VERSION", "Load", "Store"]
