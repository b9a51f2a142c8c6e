"""Tab- or comma-separated event files as they arrive: plain or zipped, any size.

:func:`open_tabular` gives the bulk readers what they need in one pass over the bytes: the
file's sha256 (for idempotent loads), its number of lines (to count what was left out), its
number of tabs (to check the shape of rows a reader skips) and a plain file DuckDB can read
(a zip's one member is unpacked to a temporary file).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
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
from typing import BinaryIO

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

    path: Path  # what to read (the input itself, its unzipped member, or a plain-named link)
    where: str  # what the user named, for locations in messages and quarantine
    first_line: bytes
    _scan: Future[FileScan]  # of the plain text
    _digest: Future[str] | None = None  # of the input, when it is not the plain text (a zip)
    input: Path | None = None  # the file the user named
    stamp: tuple[int, int] = (0, 0)  # its size and modification time when opened

    def changed(self) -> bool:
        """Whether the input's size or modification time differ from when it was opened:
        a file still being written must not be loaded half."""
        return self.input is not None and snapshot(self.input) != self.stamp

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
    ``bytes.count`` per block would take longer than the hashing. The file is read, not
    mapped: a file cut short while it is read must not kill the process (SIGBUS).
    """
    h = hashlib.sha256() if digest else None
    lines = tabs = 0
    buffer = bytearray(CHUNK)
    view = memoryview(buffer)
    last = b"\n"
    with path.open("rb", buffering=0) as f:
        while size := f.readinto(buffer):
            block = view[:size]
            if h is not None:
                h.update(block)
            counted = newlines_and_tabs(block)
            lines, tabs = lines + counted[0], tabs + counted[1]
            last = bytes(block[-1:])
            del block
    view.release()
    if last != b"\n":
        lines += 1
    return FileScan(h.hexdigest() if h is not None else "", lines, tabs)


def newlines_and_tabs(data: bytes | memoryview) -> tuple[int, int]:
    """How many newline and tab bytes ``data`` holds (numpy: faster than two ``bytes.count``).

    >>> newlines_and_tabs(b"a\\tb\\tc\\nd\\n")
    (2, 2)
    """
    codes = np.frombuffer(data, np.uint8)
    return int(np.count_nonzero(codes == 10)), int(np.count_nonzero(codes == 9))


def snapshot(path: Path) -> tuple[int, int]:
    """(size, modification time) of a file: if they change during a load, the file changed."""
    stat = path.stat()
    return stat.st_size, stat.st_mtime_ns


@contextmanager
def open_tabular(path: Path) -> Iterator[Tabular]:
    """The input as a plain file; a zip must hold exactly one file, and a truncated or
    corrupt zip, or a member we cannot unpack, raises SourceFormatError (the whole file is
    then quarantined).

    >>> import tempfile
    >>> rows = Path(tempfile.mkdtemp()) / "rows.tsv"
    >>> _ = rows.write_bytes(b"a\\tb\\nc\\td\\n")
    >>> with open_tabular(rows) as t:
    ...     t.first_line, t.lines, t.digest[:12]
    (b'a\\tb\\n', 2, '31530cb8906d')
    """
    path = Path(path)
    stamp = snapshot(path)
    tmp = Path(tempfile.mkdtemp(prefix="dipwatch-input-"))
    try:
        with ThreadPoolExecutor(1, "dipwatch-scan", initializer=_yield_to_readers) as pool:
            if path.suffix.lower() != ".zip":
                plain = _readable_name(path, tmp)
                scan = pool.submit(scan_file, path)
                yield Tabular(
                    plain, str(path), first_line(path, FIRST_LINE), scan, None, path, stamp
                )
                return
            digest = pool.submit(lambda: scan_file(path).digest)
            member = tmp / "member.txt"
            _unzip_one(path, member)
            scan = pool.submit(scan_file, member, digest=False)
            yield Tabular(
                member, str(path), first_line(member, FIRST_LINE), scan, digest, path, stamp
            )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


#: Characters a reader may take for a pattern or a URL in a path (DuckDB globs ``*.csv``).
_SPECIAL = re.compile(r"[*?\[\]{}]|://|^~")


def _readable_name(path: Path, tmp: Path) -> Path:
    """``path`` itself, or a link to it with a plain name when its name holds characters a
    reader would expand (a file literally named ``*.csv``)."""
    if not _SPECIAL.search(str(path)):
        return path
    link = tmp / ("input" + "".join(c for c in path.suffix if c.isalnum() or c == "."))
    link.symlink_to(path.resolve())
    return link


def _yield_to_readers() -> None:
    """Lower this thread's priority (Linux: threads have their own nice value), so the scan
    takes the cores DuckDB leaves idle rather than slowing its parallel read."""
    with contextlib.suppress(AttributeError, OSError):
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)


@contextmanager
def _only_member(path: Path) -> Iterator[tuple[zipfile.ZipFile, zipfile.ZipInfo]]:
    """The zip and its one file; SourceFormatError, saying what is wrong, for a zip that is
    not one file we can unpack (whatever fails inside the ``with`` block too)."""
    try:
        with zipfile.ZipFile(path) as zf:
            names = [i for i in zf.infolist() if not i.is_dir()]
            if len(names) != 1:
                raise SourceFormatError(
                    str(path), f"expected one file inside the zip, found {len(names)}"
                )
            yield zf, names[0]
    except (zipfile.BadZipFile, EOFError, zlib.error, ValueError) as err:
        raise SourceFormatError(str(path), f"truncated or corrupt zip file: {err}") from None
    except (NotImplementedError, RuntimeError) as err:
        raise SourceFormatError(str(path), unzip_problem(err)) from None
    except OSError as err:
        raise SourceFormatError(str(path), f"cannot unzip: {err}") from None


def _unzip_one(path: Path, target: Path) -> None:
    """Unpack the zip's only file to ``target``, checking its CRC and its size."""
    with _only_member(path) as (zf, member), zf.open(member) as src, target.open("wb") as dst:
        _copy_capped(src, dst, str(path))


#: The most a zip member may unpack to (a zip bomb would otherwise fill the disk).
MAX_UNZIPPED = 8 << 30


def _copy_capped(src: BinaryIO, dst: BinaryIO, where: str) -> None:
    total = 0
    while block := src.read(CHUNK):
        total += len(block)
        if total > MAX_UNZIPPED:
            raise SourceFormatError(
                where,
                f"the zip member unpacks to more than {MAX_UNZIPPED >> 30} GB; unpack it yourself",
            )
        dst.write(block)


def unzip_problem(err: Exception) -> str:
    """What a zip error the zipfile module cannot handle means for the user.

    >>> unzip_problem(NotImplementedError("That compression method is not supported"))
    'the zip member is compressed with a method Python cannot unpack (deflate64, AES...); unzip it with 7-Zip or unzip and give the file itself'
    """
    if "encrypted" in str(err) or "password" in str(err):
        return "the zip member is encrypted; unzip it with its password and give the file itself"
    return (
        "the zip member is compressed with a method Python cannot unpack (deflate64, AES...); "
        "unzip it with 7-Zip or unzip and give the file itself"
    )


@dataclass(frozen=True, slots=True)
class Part:
    """One input of a batch: its plain text's first line, the input's sha256, its size and
    modification time when read, and its number of lines."""

    path: Path
    first_line: bytes
    digest: str
    stamp: tuple[int, int]
    lines: int = 0


def plain_bytes(path: Path) -> bytes:
    """The plain text of a small input: the file, or a zip's one member (SourceFormatError
    for a zip that is not one readable file)."""
    if path.suffix.lower() != ".zip":
        return path.read_bytes()
    with _only_member(path) as (zf, member):
        return zf.read(member)


def survey(path: Path) -> Part:
    """What a batch needs to know of an input before it is read in: hashed, first line."""
    stamp = snapshot(path)
    data = path.read_bytes()
    plain = plain_bytes(path) if path.suffix.lower() == ".zip" else data
    return Part(
        path, plain[: plain.find(b"\n") + 1 or len(plain)], hashlib.sha256(data).hexdigest(), stamp
    )


def concatenate(sources: list[Path], target: Path) -> tuple[list[int], int]:
    """Write the inputs' plain texts one after another to ``target``, each line led by its
    input's number (0, 1 ...) and a tab, every input ending with a newline; return each
    input's line count and the tabs ``target`` holds (counted here, from the bytes in hand,
    rather than by reading ``target`` again).

    >>> import tempfile; d = Path(tempfile.mkdtemp())
    >>> _ = (d / "a").write_bytes(b"x\\ty\\n"), (d / "b").write_bytes(b"z")
    >>> concatenate([d / "a", d / "b"], d / "c"), (d / "c").read_bytes()
    (([1, 1], 3), b'0\\tx\\ty\\n1\\tz\\n')
    """
    counts, tabs = [], 0
    with target.open("wb") as out:
        for number, source in enumerate(sources):
            data = plain_bytes(source)
            if data and not data.endswith(b"\n"):
                data += b"\n"
            lines, data_tabs = newlines_and_tabs(data)
            if data:  # written in pieces: joining them would copy the file's bytes twice more
                prefix = f"{number}\t".encode()
                out.write(prefix)
                out.write(data[:-1].replace(b"\n", b"\n" + prefix))
                out.write(b"\n")
            counts.append(lines)
            tabs += data_tabs + lines  # each line's prefix adds one
    return counts, tabs
