"""Guessing an input's kind from its name and first bytes (``--kind auto``)."""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path

KINDS = ("text", "gdelt", "icews", "unvotes", "events")

#: GDELT's file names: "export" files hold events (1.0 or 2.0), "mentions" files mentions.
GDELT_NAME = re.compile(r"\d{8,14}(?:\.translation)?\.(export|mentions)\.csv", re.IGNORECASE)

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx", ".jsonl", ".json"}


def first_line(path: Path, limit: int = 65536) -> bytes:
    """The first line of a file, or of the first member of a zip archive."""
    try:
        if path.suffix.lower() == ".zip" and zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as zf:
                names = zf.namelist()
                if not names:
                    return b""
                with zf.open(names[0]) as f:
                    return f.readline(limit)
        with path.open("rb") as f:
            return f.readline(limit)
    except (
        OSError,
        zipfile.BadZipFile,
        zlib.error,
        EOFError,
        ValueError,
        NotImplementedError,
        RuntimeError,
    ):
        return b""  # an unreadable zip is reported by the reader that opens it


def detect_kind(path: Path) -> str:
    """One of KINDS. Tabular event files are told apart by header and column count."""
    suffix = path.suffix.lower()
    if suffix in {".parquet", ".jsonl", ".json"}:
        from dipwatch.sources.exports import looks_like_export

        if looks_like_export(path):  # dipwatch's own events export
            return "events"
    if suffix in {".pdf", ".docx", ".html", ".htm", ".md", ".markdown", ".jsonl", ".json"}:
        return "text"
    if GDELT_NAME.search(path.name):
        return "gdelt"
    line = first_line(path)
    text = line.decode("utf-8", errors="replace").rstrip("\r\n")
    tabs = text.count("\t")
    if tabs in (56, 57, 60, 15):  # GDELT 1.0 (57/58 columns), 2.0 export (61), mentions (16)
        return "gdelt"
    lowered = text.lower()
    if lowered.startswith("event id\tevent date") or "\tsource country\t" in lowered:
        return "icews"
    header = {c.strip().strip('"') for c in lowered.split(",")}
    from dipwatch.sources.unvotes import LAYOUTS as UNVOTES_LAYOUTS  # numpy: when a file is read

    if "rcid" in header and any(set(cols) <= header for cols in UNVOTES_LAYOUTS.values()):
        return "unvotes"
    if {"date", "source_actor", "target_actor", "code"} <= header:
        return "events"
    return "text"
