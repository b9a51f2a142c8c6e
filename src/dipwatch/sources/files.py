"""Turning the paths users type (files, directories, globs) into a sorted list of files."""

from __future__ import annotations

import glob
import hashlib
import os
import re
from collections.abc import Iterable
from pathlib import Path

from dipwatch.errors import InputError

#: Files of a folder that describe it rather than hold data (a dataset's read-me, licence):
#: skipped, with a note, when the folder is given; read when named themselves.
NOT_DATA = re.compile(
    r"(readme|read_me|licen[cs]e|copying|notice|authors|changelog|changes|citation)(\.\w+)?",
    re.IGNORECASE,
)


def expand_paths(paths: Iterable[str | Path], ignored: list[Path] | None = None) -> list[Path]:
    """Files named, files under directories (recursively; hidden ones, symlinked folders and
    read-me or licence files left out, the last listed in ``ignored``) and glob matches.

    A name that exists as a file is taken as it is, even with ``*`` in it. Raises InputError
    for a path that matches nothing, naming it.
    """
    out: list[Path] = []
    for raw in paths:
        text = str(raw)
        p = Path(text)
        if p.is_dir():
            out.extend(_folder(p, ignored))
        elif p.exists() and not p.is_file():
            raise InputError(f"{text}: not a regular file or a directory")
        elif p.is_file() or os.path.lexists(text):
            out.append(p)
        elif any(ch in text for ch in "*?["):
            out.extend(_matches(text))
        else:
            raise InputError(f"{text}: no such file or directory")
    seen: set[str] = set()
    unique = []
    for f in out:
        key = _key(f)
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique


def _matches(pattern: str) -> list[Path]:
    files = [
        m for m in (Path(x) for x in sorted(glob.glob(pattern, recursive=True))) if m.is_file()
    ]
    if not files:
        raise InputError(f"{pattern}: no file matches this pattern")
    return files


def _folder(root: Path, ignored: list[Path] | None) -> list[Path]:
    """The files under ``root``, sorted; symlinked folders are not followed (no loops)."""
    found = []
    for folder, dirs, names in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(names):
            path = Path(folder) / name
            if name.startswith(".") or not path.is_file():
                continue
            if NOT_DATA.fullmatch(name):
                if ignored is not None:
                    ignored.append(path)
                continue
            found.append(path)
    return sorted(found)


def _key(path: Path) -> str:
    """The file a path names, for removing repeats (a broken or looping link: the path)."""
    try:
        return str(path.resolve())
    except (OSError, RuntimeError):
        return str(path.absolute())


def file_sha256(path: Path, chunk: int = 1 << 20) -> str:
    """Hex sha256 of a file's bytes, read in chunks (inputs can be gigabytes)."""
    h = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(chunk):
            h.update(block)
    return h.hexdigest()
