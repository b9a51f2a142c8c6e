"""Tab- or comma-separated event files as they arrive: plain or zipped, any size.

:func:`open_tabular` gives the bulk readers what they need in one pass over the bytes: the
file's sha256 (for idempotent loads), its number of data lines (to count what was left out)
and a plain file DuckDB can read (a zip's one member is unpacked to a temporary file).
"""

from __future__ import annotations

import hashlib
import shutil
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from dipwatch.errors import SourceFormatError

CHUNK = 1 << 22


@dataclass(frozen=True, slots=True)
class Tabular:
    """A readable plain copy of an input file and what was learnt reading it."""

    path: Path  # what to read (the input itself, or its unzipped member)
    where: str  # what the user named, for locations in messages and quarantine
    digest: str  # sha256 of the input's bytes (the zip's, for a zip)
    lines: int  # lines in the plain text, a last line without newline included
    first_line: bytes
    crlf: bool


def sha256_file(path: Path) -> tuple[str, int, bytes]:
    """(sha256, lines, first line) of a plain file, in one pass."""
    h = hashlib.sha256()
    lines = 0
    last = b""
    head = b""
    with path.open("rb") as f:
        while block := f.read(CHUNK):
            h.update(block)
            if not head:
                head = block.split(b"\n", 1)[0] + (b"\n" if b"\n" in block else b"")
            lines += block.count(b"\n")
            last = block[-1:]
    if last and last != b"\n":
        lines += 1
    return h.hexdigest(), lines, head


@contextmanager
def open_tabular(path: Path) -> Iterator[Tabular]:
    """The input as a plain file; a zip must hold exactly one file, and a truncated or
    corrupt zip raises SourceFormatError (the whole file is then quarantined).

    >>> # with open_tabular(Path("20211201.export.CSV.zip")) as t: t.digest, t.lines
    """
    path = Path(path)
    if path.suffix.lower() != ".zip":
        digest, lines, head = sha256_file(path)
        yield Tabular(path, str(path), digest, lines, head, head.endswith(b"\r\n"))
        return
    digest = sha256_file(path)[0]
    tmp = Path(tempfile.mkdtemp(prefix="dipwatch-unzip-"))
    try:
        member = tmp / "member.txt"
        _unzip_one(path, member)
        _, lines, head = sha256_file(member)
        yield Tabular(member, str(path), digest, lines, head, head.endswith(b"\r\n"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


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
