"""Turning the paths users type (files, directories, globs) into a sorted list of files."""

from __future__ import annotations

import glob
import hashlib
from collections.abc import Iterable
from pathlib import Path

from dipwatch.errors import InputError


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files named, files under directories (recursively, hidden ones skipped) and glob matches.

    Raises InputError for a path that matches nothing, naming it.
    """
    out: list[Path] = []
    for raw in paths:
        text = str(raw)
        if any(ch in text for ch in "*?["):
            matches = [Path(m) for m in sorted(glob.glob(text, recursive=True))]
            files = [m for m in matches if m.is_file()]
            if not files:
                raise InputError(f"{text}: no file matches this pattern")
            out.extend(files)
            continue
        p = Path(text)
        if p.is_dir():
            out.extend(
                f for f in sorted(p.rglob("*"))
                if f.is_file() and not any(part.startswith(".") for part in f.relative_to(p).parts)
            )  # fmt: skip
        elif p.is_file():
            out.append(p)
        else:
            raise InputError(f"{text}: no such file or directory")
    seen: set[Path] = set()
    unique = []
    for f in out:
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique


def file_sha256(path: Path, chunk: int = 1 << 20) -> str:
    """Hex sha256 of a file's bytes, read in chunks (inputs can be gigabytes)."""
    h = hashlib.sha256()
    with path.open("rb") as f:
        while block := f.read(chunk):
            h.update(block)
    return h.hexdigest()
