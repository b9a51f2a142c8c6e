"""Downloading GDELT 2.0 export files: the master file list, picking a date range, and one
file's download with timeouts, retries with backoff, size and MD5 checks, and resume.

GDELT publishes ``{base}/masterfilelist.txt``, one line per file: ``size md5 url``, with
export files named ``YYYYMMDDHHMMSS.export.CSV.zip`` (every 15 minutes since 2015-02-18).
A download goes to a ``name.<random>.part`` of its own and is renamed only when its size and
MD5 match the list, so an interrupted run (or two runs at once) leaves no half file under the
real name, and the next run skips what is complete.

Limits: every request has a total deadline (``timeout`` seconds for the whole body, not per
read: a server sending a byte a second cannot hold a run); a body is read at most to its
listed size plus one byte (a larger one is refused at once, not downloaded again); the master
list is read up to :data:`MAX_LIST_BYTES`.
"""

from __future__ import annotations

import hashlib
import http.client
import os
import re
import secrets
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from dipwatch.errors import NetworkError

DEFAULT_BASE_URL = "http://data.gdeltproject.org/gdeltv2/"
MASTER_LIST = "masterfilelist.txt"
_EXPORT = re.compile(r"(\d{14})\.export\.CSV\.zip$", re.IGNORECASE)
CHUNK = 1 << 20
#: The largest master list read (GDELT's is about 100 MB in 2026).
MAX_LIST_BYTES = 1 << 30


@dataclass(frozen=True, slots=True)
class RemoteFile:
    """One line of the master file list."""

    url: str
    size: int
    md5: str

    @property
    def name(self) -> str:
        return urllib.parse.urlsplit(self.url).path.rsplit("/", 1)[-1]

    @property
    def stamp(self) -> datetime | None:
        """When the file's events were published; None for a name that is not an export's
        (or whose stamp is no real time)."""
        m = _EXPORT.search(self.name)
        try:
            return datetime.strptime(m.group(1), "%Y%m%d%H%M%S") if m else None
        except ValueError:
            return None


@dataclass(frozen=True, slots=True)
class Download:
    """What became of one file: ``downloaded``, ``present`` (complete already), ``missing``
    (404) or ``failed`` (after its retries; ``error`` says why)."""

    remote: RemoteFile
    path: Path
    status: str
    attempts: int = 0
    error: str | None = None


class Deadline:
    """A total time budget for one request, however the server trickles its bytes."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.end = time.monotonic() + seconds

    def left(self) -> float:
        left = self.end - time.monotonic()
        if left <= 0:
            raise TimeoutError(f"no complete answer within {self.seconds:g} s")
        return left


#: Set to make every download stop at its next read (Ctrl-C).
STOP = threading.Event()


def read_body(resp: Any, deadline: Deadline, limit: int, sink: Callable[[bytes], None]) -> int:
    """Read ``resp`` into ``sink`` within ``deadline`` (or until :data:`STOP`); stop past
    ``limit`` bytes. Returns how many bytes were read (``limit + 1`` at most)."""
    got = 0
    sock = getattr(getattr(getattr(resp, "fp", None), "raw", None), "_sock", None)
    while got <= limit:
        if STOP.is_set():
            raise TimeoutError("stopped")
        if sock is not None:
            # A read may wait as long as the budget left, no longer: a socket that timed out
            # cannot be read again, so a timeout is the end of the budget, said as such.
            sock.settimeout(deadline.left())
        try:
            block = resp.read1(min(CHUNK, limit + 1 - got))
        except TimeoutError:
            raise TimeoutError(f"no complete answer within {deadline.seconds:g} s") from None
        deadline.left()
        if not block:
            break
        sink(block)
        got += len(block)
    return got


def fetch_text(url: str, timeout: float = 60.0) -> str:
    """The text at ``url``, read within ``timeout`` seconds in all."""
    deadline = Deadline(timeout)
    parts: list[bytes] = []
    try:
        with urllib.request.urlopen(url, timeout=deadline.left()) as resp:
            got = read_body(resp, deadline, MAX_LIST_BYTES, parts.append)
    except (urllib.error.URLError, TimeoutError, OSError, http.client.HTTPException) as err:
        raise NetworkError(f"cannot read {url}: {getattr(err, 'reason', err)}") from None
    if got > MAX_LIST_BYTES:
        raise NetworkError(f"{url} is larger than {MAX_LIST_BYTES >> 20} MB; not a master list")
    return b"".join(parts).decode("utf-8", errors="replace")


def parse_master_list(text: str, base_url: str) -> list[RemoteFile]:
    """The files of a master list; relative URLs are taken against ``base_url``.

    >>> line = "150 0f3e5c1e2f4a6b8c9d0e1f2a3b4c5d6e 20211210000000.export.CSV.zip"
    >>> parse_master_list(line, "http://x/")[0].url
    'http://x/20211210000000.export.CSV.zip'
    """
    files: dict[str, RemoteFile] = {}
    for line in text.splitlines():
        parts = line.split()
        if (
            len(parts) != 3
            or not parts[0].isdigit()
            or not re.fullmatch(r"[0-9a-fA-F]{32}", parts[1])
        ):
            continue  # GDELT's list has the odd blank or broken line; they name no file
        size, md5, url = parts
        remote = RemoteFile(urllib.parse.urljoin(base_url, url), int(size), md5.lower())
        files.setdefault(remote.name, remote)  # a file listed twice is fetched once
    return list(files.values())


def select_exports(files: list[RemoteFile], start: date, end: date) -> list[RemoteFile]:
    """The export files stamped on a day from ``start`` to ``end`` (both included), in order."""
    picked = [f for f in files if f.stamp and start <= f.stamp.date() <= end]
    return sorted(picked, key=lambda f: f.name)


def read_master_list(base_url: str, timeout: float = 60.0) -> list[RemoteFile]:
    """The files of the master list at ``base_url``; NetworkError when there is none there
    (an HTML page, an empty answer)."""
    base = base_url if base_url.endswith("/") else base_url + "/"
    text = fetch_text(base + MASTER_LIST, timeout)
    files = parse_master_list(text, base)
    if not files:
        what = "an HTML page" if "<html" in text[:2000].lower() else "no line 'size md5 url'"
        raise NetworkError(f"{base + MASTER_LIST} is not a GDELT master list: {what}")
    return files


def is_complete(path: Path, remote: RemoteFile) -> bool:
    """The file at ``path`` has the listed size and MD5."""
    if not path.is_file() or path.stat().st_size != remote.size:
        return False
    return _md5(path) == remote.md5


def _md5(path: Path) -> str:
    h = hashlib.md5(usedforsecurity=False)
    with path.open("rb") as f:
        while block := f.read(CHUNK):
            h.update(block)
    return h.hexdigest()


def download(
    remote: RemoteFile,
    dest: Path,
    *,
    timeout: float = 60.0,
    retries: int = 3,
    backoff: float = 1.0,
) -> Download:
    """Download ``remote`` into ``dest`` unless a complete copy is there; never raises for a
    network problem, which is reported in the result.
    """
    target = dest / remote.name
    if is_complete(target, remote):
        return Download(remote, target, "present")
    problem, attempt = "", 0
    for attempt in range(1, retries + 2):
        part = target.with_name(f"{target.name}.{secrets.token_hex(4)}.part")
        try:
            problem = _get(remote, part, timeout)
            if not problem:
                os.replace(part, target)
                return Download(remote, target, "downloaded", attempt)
        except urllib.error.HTTPError as err:
            if err.code == 404:
                return Download(remote, target, "missing", attempt, f"HTTP 404: {remote.url}")
            problem = f"HTTP {err.code} {err.reason}"
        except (urllib.error.URLError, TimeoutError, OSError, http.client.HTTPException) as err:
            problem = f"network error: {getattr(err, 'reason', err)}"
        finally:
            part.unlink(missing_ok=True)
        if problem.startswith("larger"):
            break  # the server sends more than the list says: asking again will not help
        if attempt <= retries:
            time.sleep(backoff * 2 ** (attempt - 1))
    return Download(remote, target, "failed", attempt, problem)


def _get(remote: RemoteFile, part: Path, timeout: float) -> str:
    """Fetch into ``part`` within ``timeout`` seconds in all; return what is wrong with the
    bytes, or '' when they check out."""
    h = hashlib.md5(usedforsecurity=False)
    deadline = Deadline(timeout)

    def sink(block: bytes) -> None:
        f.write(block)
        h.update(block)

    with urllib.request.urlopen(remote.url, timeout=deadline.left()) as resp, part.open("wb") as f:
        got = read_body(resp, deadline, remote.size, sink)
    if got > remote.size:
        return f"larger than the {remote.size} bytes the list gives; not kept"
    if got != remote.size:
        return f"truncated: got {got} of {remote.size} bytes"
    if h.hexdigest() != remote.md5:
        return f"bad checksum: MD5 {h.hexdigest()}, the list says {remote.md5}"
    return ""
