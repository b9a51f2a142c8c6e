"""The engine boundary: one :func:`connect` that hands the analyses an Ibis backend.

Everything that reads the store for analysis (the analyses, the report, the web app) takes an
Ibis backend, never a :class:`~dipwatch.store.Store`, so that the same expressions run on
DuckDB (the default: the store's own file, opened read-only) and on Spark (``engine="spark"``:
Ibis's PySpark backend over the Parquet dataset of docs/dataset.md). The backend exposes the
store's tables by their names (``events``, ``documents``, ``unvotes_votes``, …; see the
store's migrations for their columns).

A process that already holds the store open for writing (``dipwatch demo`` ingests, then
analyses) uses :meth:`Store.ibis`, which wraps the same connection: DuckDB lets a process open a
file once.

>>> from dipwatch.config import Settings
>>> with open_backend(Settings(db=":memory:")) as backend:
...     backend.table("events").count().to_pyarrow().as_py()
0
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dipwatch.errors import StoreError
from dipwatch.store.compiled import compiled
from dipwatch.store.database import Store
from dipwatch.store.dataset import (
    LAYOUTS,
    export_dataset,
    has_files,
    is_dataset,
    read_sql,
    store_columns,
)  # fmt: skip

if TYPE_CHECKING:
    import duckdb
    from ibis.backends import BaseBackend

    from dipwatch.config import Settings


def connect(settings: Settings) -> BaseBackend:
    """The Ibis backend ``settings.engine`` names, over the store or dataset ``settings`` name.

    The caller owns it: ``backend.disconnect()`` when done (or use :func:`open_backend`).
    """
    if settings.engine == "duckdb":
        return _duckdb_dataset(Path(settings.dataset)) if settings.dataset else _duckdb(settings)
    if settings.engine == "spark":
        from dipwatch.store.spark import spark_backend

        return spark_backend(spark_dataset(settings))
    raise AssertionError(f"engine {settings.engine!r} passed Settings but has no connector")


def _duckdb(settings: Settings) -> BaseBackend:
    """The store's DuckDB file, read-only (checked, migrated schema), as an Ibis backend.

    The backend owns the connection: ``disconnect()`` closes it. ``:memory:`` gives an empty
    store of the current schema (for tests and examples).
    """
    store = Store(settings.db, read_only=str(settings.db) != ":memory:")
    return store.ibis()


def _duckdb_dataset(root: Path) -> BaseBackend:
    """A Parquet dataset read by DuckDB: an empty in-memory store whose tables the dataset
    has are replaced by views over its files (in the store's column order)."""
    if not is_dataset(root):
        raise StoreError(f"no dipwatch Parquet dataset at {root} (see docs/dataset.md)")
    store = Store(":memory:")
    con = store.connection
    for layout in LAYOUTS:
        if not has_files(root, layout):
            continue
        cols = [f'"{n}"' for n, _ in store_columns(con, layout.name)]
        con.execute(f"DROP TABLE {layout.name}")
        con.execute(
            f"CREATE VIEW {layout.name} AS SELECT {', '.join(cols)} FROM {read_sql(root, layout)}"
        )
    return store.ibis()


def duckdb_backend(con: duckdb.DuckDBPyConnection) -> BaseBackend:
    """Ibis's DuckDB backend over ``con``, whose ``to_pyarrow`` does not import pandas.

    Ibis's own reads its result through ``ibis.backends.duckdb.converter``, which imports
    pandas (0.2 s of every CLI command) whenever pandas is installed, only to define a
    converter that ``to_pyarrow`` does not use; this one does the same conversion with
    ``ibis.formats.pyarrow`` alone.

    >>> import duckdb
    >>> b = duckdb_backend(duckdb.connect())
    >>> b.sql("SELECT 1 AS one, NULL AS nothing").to_pyarrow().to_pylist()
    [{'one': 1, 'nothing': None}]
    """
    return _duckdb_class().from_connection(con)


def lazy_ibis_compilers() -> None:
    """Let ``ibis.backends.sql.compilers`` import each engine's SQL compiler when it is asked
    for, not all twenty at once.

    The package's ``__init__`` imports every compiler Ibis has (Athena, BigQuery, Trino...)
    so that ``sc.duckdb`` resolves: ~0.06 s of CPU at every start for two that dipwatch uses.
    Registering the package without running its ``__init__``, with a module ``__getattr__``
    that imports ``sc.<name>`` or ``sc.<Name>Compiler`` on first use, gives the same names.
    Nothing changes once the package has been imported the ordinary way.

    >>> import ibis.backends.sql.compilers as sc
    >>> sc.duckdb.compiler.dialect.__name__, sc.DuckDBCompiler.__name__
    ('DuckDB', 'DuckDBCompiler')
    """
    name = "ibis.backends.sql.compilers"
    if name in sys.modules:
        return
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:  # pragma: no cover - Ibis is a dependency
        return
    package = importlib.util.module_from_spec(spec)  # the package, its __init__ not run

    def attribute(attr: str) -> Any:
        if attr.startswith("__"):
            raise AttributeError(attr)
        module = attr.removesuffix("Compiler").lower()
        try:
            found = importlib.import_module(f"{name}.{module}")
        except ModuleNotFoundError:
            raise AttributeError(f"module {name!r} has no attribute {attr!r}") from None
        return getattr(found, attr) if attr.endswith("Compiler") else found

    package.__getattr__ = attribute  # type: ignore[method-assign]
    sys.modules[name] = package


@cache
def _duckdb_class() -> type:
    lazy_ibis_compilers()
    import ibis.backends.duckdb as ibis_duckdb
    import pyarrow as pa
    from ibis.formats.pyarrow import PyArrowData

    class ArrowData(PyArrowData):
        """``ibis.backends.duckdb.converter.DuckDBPyArrowData``: DuckDB's NULL columns as nulls."""

        @classmethod
        def convert_scalar(cls, scalar: pa.Scalar, dtype: Any) -> pa.Scalar:
            return pa.scalar(None) if dtype.is_null() else super().convert_scalar(scalar, dtype)

        @classmethod
        def convert_column(cls, column: pa.Array, dtype: Any) -> pa.Array:
            return (
                pa.nulls(len(column)) if dtype.is_null() else super().convert_column(column, dtype)
            )

    class Backend(ibis_duckdb.Backend):
        """Ibis's DuckDB backend, but ``to_pyarrow`` converts with :class:`ArrowData` and
        compiled SQL is kept between runs (:mod:`dipwatch.store.compiled`)."""

        def compile(self, expr: Any, /, *, limit: Any = None, params: Any = None,
                    pretty: bool = False) -> str:  # fmt: skip
            def compile_sql() -> str:
                return super(Backend, self).compile(expr, limit=limit, params=params, pretty=pretty)

            if params:  # values bound at run time: not part of the expression's key
                return compile_sql()
            options = f"{self.name} {self.dialect}; limit={limit!r}; pretty={pretty}"
            return compiled(expr.op(), options, compile_sql)

        def to_pyarrow(self, expr: Any, /, *, params: Any = None, limit: Any = None,
                       **kwargs: Any) -> pa.Table:  # fmt: skip
            relation = self._to_duckdb_relation(expr, params=params, limit=limit, **kwargs)
            return expr.__pyarrow_result__(relation.to_arrow_table(), data_mapper=ArrowData)

    return Backend


def spark_dataset(settings: Settings) -> str:
    """The dataset Spark reads: ``settings.dataset`` as it is, or the one beside the database,
    brought up to date by an incremental export first (so it never lags the store)."""
    if settings.dataset:
        return settings.dataset
    target = Path(settings.dataset_location())
    if Path(settings.db).is_file():
        with Store(settings.db, read_only=True) as store:
            export_dataset(store, target)
    elif not is_dataset(target):
        raise StoreError(
            f"no database at {settings.db} and no dataset at {target}; load something with "
            "`dipwatch ingest`, or give --dataset (a path or URI Spark reads)"
        )
    return str(target)


@contextmanager
def open_backend(settings: Settings) -> Iterator[BaseBackend]:
    """:func:`connect`, disconnected at the end of the ``with`` block."""
    backend = connect(settings)
    try:
        yield backend
    finally:
        backend.disconnect()
