"""Snapshots: a private copy of the store's file for a reader that runs for a long time.

DuckDB lets one process write a file, and while it does no other process may open it, not even
read-only; a process that holds the file open read-only in turn stops every writer from
opening it. A long-running reader (the web server) therefore never opens the store's own file:
it copies it, and opens the copy. The copy is taken without taking any lock, so a writer
(``dipwatch ingest``) is never refused or made to wait because of a reader:

1. the operating system is asked whether a process holds DuckDB's write lock on the file
   (``fcntl`` ``F_GETLK``: DuckDB holds a POSIX write lock on its file while it is open for
   writing, a read lock while it is open read-only); if one does, the file is being written
   and no copy is taken (the reader goes on with the copy it has);
2. the file (and its write-ahead log, which a writer that died leaves behind) is copied, with
   its size, modification time and inode noted before and after;
3. the copy is kept only if no writer appeared and nothing changed meanwhile: a writer that
   opened the file during the copy and wrote to it changed its modification time; one that
   still holds it is seen by the lock. Otherwise the copy is thrown away and tried again later.

A copy is a reflink where the file system supports one (instant, no extra space), else a plain
copy (about a second per gigabyte from the page cache).

>>> import tempfile
>>> from dipwatch.store import Store
>>> folder = Path(tempfile.mkdtemp())
>>> Store(folder / "a.duckdb").close()
>>> snap = take(folder / "a.duckdb", folder / "snaps")
>>> snap is not None and snap.store.count("events")
0
>>> snap.close()
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import shutil
import struct
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from dipwatch.errors import StoreError
from dipwatch.store.database import Store

if TYPE_CHECKING:
    from ibis.backends import BaseBackend

_FICLONE = 0x40049409  # Linux ioctl: share the file's blocks copy-on-write (btrfs, xfs)


@dataclass(frozen=True, slots=True)
class Signature:
    """What tells one state of the store's file from another: the file's and its log's size,
    modification time and inode (a file replaced by another has a new inode)."""

    size: int
    mtime_ns: int
    inode: int
    wal_size: int
    wal_mtime_ns: int


def wal_path(path: Path) -> Path:
    """DuckDB's write-ahead log of ``path``."""
    return path.with_name(path.name + ".wal")


def signature(path: Path) -> Signature | None:
    """The file's signature now; None when there is no file."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    try:
        wal = wal_path(path).stat()
        wal_size, wal_mtime = wal.st_size, wal.st_mtime_ns
    except FileNotFoundError:
        wal_size, wal_mtime = -1, -1
    return Signature(st.st_size, st.st_mtime_ns, st.st_ino, wal_size, wal_mtime)


def writer(path: Path) -> int | None:
    """The id of a process that holds the file open for writing (DuckDB's write lock), or
    None. Only asks: no lock is taken, so it never stands in a writer's way."""
    layout = "qqihh" if sys.platform == "darwin" else "hhqqi4x"
    probe = (
        struct.pack(layout, 0, 0, 0, fcntl.F_RDLCK, 0)
        if sys.platform == "darwin"
        else struct.pack(layout, fcntl.F_RDLCK, 0, 0, 0, 0)
    )
    try:
        fd = os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return None
    try:
        got = struct.unpack(layout, fcntl.fcntl(fd, fcntl.F_GETLK, probe))
    finally:
        os.close(fd)
    kind, pid = (got[3], got[2]) if sys.platform == "darwin" else (got[0], got[4])
    return None if kind == fcntl.F_UNLCK else int(pid)


@dataclass(slots=True)
class Snapshot:
    """A copy of the store taken at ``signature``, open read-only as ``store``."""

    source: Path
    folder: Path
    signature: Signature
    store: Store

    def reader(self) -> BaseBackend:
        """An Ibis backend of its own over the copy, for one thread (DuckDB connections are
        not shared between threads; each reader is a cursor of the one database)."""
        return self.store.reader()

    def close(self) -> None:
        """Close the copy and delete it."""
        with contextlib.suppress(Exception):
            self.store.close()
        shutil.rmtree(self.folder, ignore_errors=True)


def take(source: Path, parent: Path | None = None) -> Snapshot | None:
    """A snapshot of ``source`` in a new folder under ``parent`` (the system's temporary
    folder by default); None while a writer holds the file or when it changed during the
    copy (try again later). StoreError when there is no store at ``source``."""
    before = signature(source)
    if before is None:
        raise StoreError(f"no database at {source}; load something first with `dipwatch ingest`")
    if writer(source) is not None:
        return None
    if parent is not None:
        parent.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="dipwatch-snapshot-", dir=parent))
    copy = folder / "store.duckdb"
    try:
        _copy(source, copy)
        if before.wal_size >= 0:
            _copy(wal_path(source), wal_path(copy))
        if writer(source) is not None or signature(source) != before:
            shutil.rmtree(folder, ignore_errors=True)
            return None
        return Snapshot(source, folder, before, _open(copy))
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise


def _copy(src: Path, dst: Path) -> None:
    """A reflink where the file system has them, else a copy (the kernel's, via sendfile)."""
    try:
        with src.open("rb") as a, dst.open("wb") as b:
            fcntl.ioctl(b.fileno(), _FICLONE, a.fileno())
        return
    except OSError:
        pass
    try:
        shutil.copyfile(src, dst)
    except FileNotFoundError:
        if src.name.endswith(".wal"):
            return  # the log was checkpointed away meanwhile: the signature check tells
        raise


def _open(copy: Path) -> Store:
    """The copy, read-only; a store of an older schema is upgraded in the copy first (the
    copy is ours: the store itself is never written)."""
    try:
        return Store(copy, read_only=True)
    except StoreError as err:
        if "schema upgrade" not in str(err):
            raise
    Store(copy).close()
    return Store(copy, read_only=True)
