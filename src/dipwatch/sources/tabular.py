"""Tab- or comma-separated event files as they arrive: plain or zipped, any size.

:func:`open_tabular` gives the bulk readers what they need in one pass over the bytes: the
file's sha256 (for idempotent loads), its number of lines (to count what was left out), its
number of tabs (to check the shape of rows a reader skips) and a plain file DuckDB can read
(a zip's one member is unpacked to a temporary file).
"""

from __future__ import annotations

import contextlib
import hashlib
import mmap
import os
import shutil
import tempfile
import threading
import zipfile
import zlib
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from dipwatch.errors import SourceFormatError
from dipwatch.sources.detect import first_line

CHUNK = 1 << 24
FIRST_LINE = 1 << 20  # bytes at most of a first line (layout detection)


@dataclass(frozen=True, slots=True)
class Tabular:
    """A readable plain copy of an input file and what was learnt reading it.

    The pass over the bytes runs in a thread (hashing and numpy release the GIL), so that a
    reader can start on the file meanwhile; ``digest``, ``lines`` and ``tabs`` wait for it.
    """

    path: Path  # what to read (the input itself, or its unzipped member)
    where: str  # what the user named, for locations in messages and quarantine
    first_line: bytes
    _scan: Future[FileScan]  # of the plain text
    _digest: Future[str] | None = None  # of the input, when it is not the plain text (a zip)

    @property
    def digest(self) -> str:
        """sha256 of the input's bytes (the zip's, for a zip)."""
        return self._digest.result() if self._digest else self._scan.result().digest

    @property
    def lines(self) -> int:
        """Lines in the plain text, a last line without newline included."""
        return self._scan.result().lines

    @property
    def tabs(self) -> int:
        """Tab characters in the plain text."""
        return self._scan.result().tabs

    @property
    def crlf(self) -> bool:
        return self.first_line.endswith(b"\r\n")


@dataclass(frozen=True, slots=True)
class FileScan:
    """What one pass over a file's bytes tells: its sha256, lines and tabs."""

    digest: str
    lines: int
    tabs: int


def scan_file(path: Path, *, digest: bool = True) -> FileScan:
    """Hash a file (unless not ``digest``) and count its lines and tabs in one pass.

    A last line without a newline counts as a line. Counting is vectorised (numpy): a Python
    ``bytes.count`` per block would take longer than the hashing.
    """
    h = hashlib.sha256() if digest else None
    lines = tabs = 0
    size = path.stat().st_size
    if size == 0:
        return FileScan(h.hexdigest() if h is not None else "", 0, 0)
    # Mapped, not read: the blocks are hashed and counted without a copy.
    with path.open("rb") as f, mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as data:
        view = memoryview(data)
        try:
            for start in range(0, size, CHUNK):
                block = view[start : start + CHUNK]
                if h is not None:
                    h.update(block)
                codes = np.frombuffer(block, np.uint8)
                lines += int(np.count_nonzero(codes == 10))
                tabs += int(np.count_nonzero(codes == 9))
                del codes, block
                # Unmap what was read: resident memory stays one block, whatever the size.
                if hasattr(mmap, "MADV_DONTNEED"):
                    data.madvise(mmap.MADV_DONTNEED, start, min(CHUNK, size - start))
            last = data[size - 1 : size]
        finally:
            view.release()
    if last != b"\n":
        lines += 1
    return FileScan(h.hexdigest() if h is not None else "", lines, tabs)


@contextmanager
def open_tabular(path: Path) -> Iterator[Tabular]:
    """The input as a plain file; a zip must hold exactly one file, and a truncated or
    corrupt zip raises SourceFormatError (the whole file is then quarantined).

    >>> import tempfile
    >>> rows = Path(tempfile.mkdtemp()) / "rows.tsv"
    >>> _ = rows.write_bytes(b"a\\tb\\nc\\td\\n")
    >>> with open_tabular(rows) as t:
    ...     t.first_line, t.lines, t.digest[:12]
    (b'a\\tb\\n', 2, '31530cb8906d')
    """
    path = Path(path)
    with ThreadPoolExecutor(1, "dipwatch-scan", initializer=_yield_to_readers) as pool:
        if path.suffix.lower() != ".zip":
            yield Tabular(
                path, str(path), first_line(path, FIRST_LINE), pool.submit(scan_file, path)
            )
            return
        digest = pool.submit(lambda: scan_file(path).digest)
        tmp = Path(tempfile.mkdtemp(prefix="dipwatch-unzip-"))
        try:
            member = tmp / "member.txt"
            _unzip_one(path, member)
            scan = pool.submit(scan_file, member, digest=False)
            yield Tabular(member, str(path), first_line(member, FIRST_LINE), scan, digest)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)


def _yield_to_readers() -> None:
    """Lower this thread's priority (Linux: threads have their own nice value), so the scan
    takes the cores DuckDB leaves idle rather than slowing its parallel read."""
    with contextlib.suppress(AttributeError, OSError):
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)


def _unzip_one(path: Path, target: Path) -> None:
    """Unpack the zip's only file to ``target``, checking its CRC."""
    try:
        with zipfile.ZipFile(path) as zf:
            names = [i for i in zf.infolist() if not i.is_dir()]
            if len(names) != 1:
                raise SourceFormatError(
                    str(path), f"expected one file inside the zip, found {len(names)}"
                )
            with zf.open(names[0]) as src, target.open("wb") as dst:
                shutil.copyfileobj(src, dst, CHUNK)
    except (zipfile.BadZipFile, EOFError, zlib.error) as err:
        raise SourceFormatError(str(path), f"truncated or corrupt zip file: {err}") from None
    except OSError as err:
        raise SourceFormatError(str(path), f"cannot unzip: {err}") from None
