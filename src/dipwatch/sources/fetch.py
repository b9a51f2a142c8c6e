"""Downloading GDELT 2.0 export files: the master file list, picking a date range, and one
file's download with timeouts, retries with backoff, size and MD5 checks, and resume.

GDELT publishes ``{base}/masterfilelist.txt``, one line per file: ``size md5 url``, with
export files named ``YYYYMMDDHHMMSS.export.CSV.zip`` (every 15 minutes since 2015-02-18).
A download goes to ``name.part`` and is renamed only when its size and MD5 match the list, so
an interrupted run leaves no half file under the real name, and the next run skips what is
complete.
"""

from __future__ import annotations

import hashlib
import os
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from dipwatch.errors import NetworkError

DEFAULT_BASE_URL = "http://data.gdeltproject.org/gdeltv2/"
MASTER_LIST = "masterfilelist.txt"
_EXPORT = re.compile(r"(\d{14})\.export\.CSV\.zip$", re.IGNORECASE)
CHUNK = 1 << 20


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
        m = _EXPORT.search(self.name)
        return datetime.strptime(m.group(1), "%Y%m%d%H%M%S") if m else None


@dataclass(frozen=True, slots=True)
class Download:
    """What became of one file: ``downloaded``, ``present`` (complete already), ``missing``
    (404) or ``failed`` (after its retries; ``error`` says why)."""

    remote: RemoteFile
    path: Path
    status: str
    attempts: int = 0
    error: str | None = None


def fetch_text(url: str, timeout: float = 60.0) -> str:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:
            return resp.read().decode("utf-8", errors="replace")
    except (urllib.error.URLError, TimeoutError, OSError) as err:
        raise NetworkError(f"cannot read {url}: {err}") from None


def parse_master_list(text: str, base_url: str) -> list[RemoteFile]:
    """The files of a master list; relative URLs are taken against ``base_url``.

    >>> parse_master_list("150 0f3e 20211210000000.export.CSV.zip", "http://x/")[0].url
    'http://x/20211210000000.export.CSV.zip'
    """
    files = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) != 3 or not parts[0].isdigit():
            continue  # GDELT's list has the odd blank or broken line; they name no file
        size, md5, url = parts
        files.append(RemoteFile(urllib.parse.urljoin(base_url, url), int(size), md5.lower()))
    return files


def select_exports(files: list[RemoteFile], start: date, end: date) -> list[RemoteFile]:
    """The export files stamped on a day from ``start`` to ``end`` (both included), in order."""
    picked = [f for f in files if f.stamp and start <= f.stamp.date() <= end]
    return sorted(picked, key=lambda f: f.name)


def read_master_list(base_url: str, timeout: float = 60.0) -> list[RemoteFile]:
    base = base_url if base_url.endswith("/") else base_url + "/"
    return parse_master_list(fetch_text(base + MASTER_LIST, timeout), base)


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
    part = target.with_name(target.name + ".part")
    problem = ""
    for attempt in range(1, retries + 2):
        try:
            problem = _get(remote, part, timeout)
        except urllib.error.HTTPError as err:
            if err.code == 404:
                return Download(remote, target, "missing", attempt, f"HTTP 404: {remote.url}")
            problem = f"HTTP {err.code} {err.reason}"
        except (urllib.error.URLError, TimeoutError, OSError) as err:
            problem = f"network error: {getattr(err, 'reason', err)}"
        if not problem:
            os.replace(part, target)
            return Download(remote, target, "downloaded", attempt)
        part.unlink(missing_ok=True)
        if attempt <= retries:
            time.sleep(backoff * 2 ** (attempt - 1))
    return Download(remote, target, "failed", retries + 1, problem)


def _get(remote: RemoteFile, part: Path, timeout: float) -> str:
    """Fetch into ``part``; return what is wrong with the bytes, or '' when they check out."""
    h = hashlib.md5(usedforsecurity=False)
    got = 0
    with urllib.request.urlopen(remote.url, timeout=timeout) as resp, part.open("wb") as f:
        while block := resp.read(CHUNK):
            f.write(block)
            h.update(block)
            got += len(block)
    if got != remote.size:
        return f"truncated: got {got} of {remote.size} bytes"
    if h.hexdigest() != remote.md5:
        return f"bad checksum: MD5 {h.hexdigest()}, the list says {remote.md5}"
    return ""
