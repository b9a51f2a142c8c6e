"""Compiled SQL kept between runs, so that an analysis does not pay Ibis's compiler each time.

Ibis compiles an analysis query in 10–40 ms of CPU (its rewrites of the expression graph, then
sqlglot's generator); ``analyze judgments`` compiles 16 of them, a fifth of its start-up
budget (issue 13). The SQL is a pure function of the expression, the compiler and the options,
so it is kept on disk, keyed by a fingerprint of the expression:

- the **fingerprint** walks the expression's graph (children before parents) and writes each
  node as its class and its arguments, children by their position; a backend is written as
  its kind (every table of one query is the compiling backend's), and the random names Ibis
  gives to cached and in-memory tables (``ibis_cached_…``, ``ibis_…_memtable_…``) as
  placeholders numbered by first appearance, so that one analysis run twice gives the same
  key; Ibis's, sqlglot's and dipwatch's versions and the compile options are part of it;
- the **entry** is the SQL with those names as the same placeholders, put back on a hit.

An argument whose text is not stable between processes (an object printed with its address)
only makes its queries miss. Each entry is one small file, written whole (a temporary file
renamed into place), so concurrent runs never read half an entry; a cache that cannot be
read or written costs only the compile. ``$DIPWATCH_CACHE_DIR`` moves it (default: the
user's cache directory); ``DIPWATCH_CACHE_DIR=off`` turns it off.

>>> import ibis
>>> t = ibis.table({"a": "int64"}, name="ibis_cached_abcdefghijklmnopqrstuvwxyz")
>>> key, names = fingerprint(t.filter(t.a > 1).op(), "opts")
>>> names
['ibis_cached_abcdefghijklmnopqrstuvwxyz']
>>> key == fingerprint(t.filter(t.a > 1).op(), "opts")[0] != fingerprint(t.op(), "opts")[0]
True
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

#: The random names Ibis gives to tables it creates (Table.cache(), memtables).
_RANDOM_NAME = re.compile(r"ibis_(?:cached|[a-z]+_memtable)_[a-z0-9]{20,32}")
_PLACEHOLDER = "\x00dipwatch-table-{}\x00"
_PRUNE_AT = 4000  # entries; the oldest half is removed past it


def fingerprint(op: Any, options: str) -> tuple[str, list[str]]:
    """The key of ``op``'s SQL under ``options``, and the random table names it holds in
    order of first appearance."""
    from ibis.backends import BaseBackend
    from ibis.common.graph import Graph, Node

    graph = Graph.from_bfs(op)
    position: dict[Any, int] = {}
    names: list[str] = []

    def name(found: re.Match[str]) -> str:
        if found[0] not in names:
            names.append(found[0])
        return _PLACEHOLDER.format(names.index(found[0]))

    def text(value: Any) -> str:
        if isinstance(value, Node):
            return f"#{position[value]}"
        if isinstance(value, tuple):
            return "(" + ",".join(map(text, value)) + ")"
        if isinstance(value, frozenset | set):  # written sorted: a set's order varies by run
            return "{" + ",".join(sorted(map(text, value))) + "}"
        if isinstance(value, BaseBackend):
            return f"backend:{value.name}"
        if isinstance(value, str):
            return _RANDOM_NAME.sub(name, repr(value))
        if hasattr(value, "items"):
            return "{" + ",".join(f"{text(k)}:{text(v)}" for k, v in value.items()) + "}"
        return f"{type(value).__name__}:{_RANDOM_NAME.sub(name, repr(value))}"

    lines = [options]
    for node in _children_first(op, graph):
        position[node] = len(position)
        args = ",".join(
            f"{n}={text(v)}" for n, v in zip(node.__argnames__, node.__args__, strict=True)
        )
        lines.append(f"{type(node).__module__}.{type(node).__qualname__}({args})")
    return hashlib.sha256("\n".join(lines).encode("utf-8", "surrogatepass")).hexdigest(), names


def _children_first(root: Any, graph: dict[Any, Any]) -> list[Any]:
    """The nodes of ``graph`` in a deterministic order, each after its children."""
    order: list[Any] = []
    seen: set[Any] = set()
    stack: list[tuple[Any, bool]] = [(root, False)]
    while stack:
        node, done = stack.pop()
        if done:
            order.append(node)
        elif node not in seen:
            seen.add(node)
            stack.append((node, True))
            stack.extend((child, False) for child in reversed(graph[node]) if child not in seen)
    return order


@cache
def directory() -> Path | None:
    """Where entries are kept; None when the cache is off."""
    env = os.environ.get("DIPWATCH_CACHE_DIR")
    if env and env.lower() == "off":
        return None
    if env:
        return Path(env).expanduser() / "sql"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("dipwatch", appauthor=False)) / "sql"


@cache
def versions() -> str:
    """What the SQL also depends on: the versions of Ibis, sqlglot and dipwatch."""
    import ibis
    import sqlglot

    import dipwatch

    return (
        f"ibis {ibis.__version__}; sqlglot {sqlglot.__version__}; dipwatch {dipwatch.__version__}"
    )


def compiled(
    op: Any, options: str, compile_sql: Callable[[], str], where: Path | None = None
) -> str:
    """The SQL of ``op``: from the cache when an entry is there, else ``compile_sql()``,
    kept for the next run."""
    where = where if where is not None else directory()
    if where is None:
        return compile_sql()
    key, names = fingerprint(op, f"{versions()}; {options}")
    path = where / key[:2] / f"{key}.sql"
    try:
        sql = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        sql = None
    if sql is not None:
        for i, real in enumerate(names):
            sql = sql.replace(_PLACEHOLDER.format(i), real)
        if "\x00" not in sql:
            return sql
    sql = compile_sql()
    _keep(path, sql, names)
    return sql


def _keep(path: Path, sql: str, names: list[str]) -> None:
    """Write the entry whole; nothing when the SQL cannot be kept faithfully or the
    directory cannot be written."""
    if "\x00" in sql:
        return
    for i, real in enumerate(names):
        sql = sql.replace(real, _PLACEHOLDER.format(i))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=path.parent, suffix=".tmp", delete=False
        ) as f:
            f.write(sql)
        os.replace(f.name, path)
        if int.from_bytes(bytes.fromhex(path.stem[2:6]), "big") % 64 == 0:
            _prune(path.parent.parent)
    except OSError:
        return


def _prune(root: Path) -> None:
    """Past :data:`_PRUNE_AT` entries, remove the older half (by last write)."""
    entries = sorted(root.glob("*/*.sql"), key=lambda p: p.stat().st_mtime)
    if len(entries) > _PRUNE_AT:
        for old in entries[: len(entries) // 2]:
            old.unlink(missing_ok=True)
