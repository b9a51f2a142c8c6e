"""Reading PDF files with pypdf: the text layer of every page, reflowed into paragraphs.

A file pypdf cannot open (truncated, not a PDF, encrypted with a password) is a
``SourceFormatError`` for the whole file; a page whose text cannot be extracted is a
``Rejected`` item (``path#page3``) and the other pages go on.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from dipwatch.errors import SourceFormatError
from dipwatch.models import Rejected
from dipwatch.sources.dates import parse_date_value
from dipwatch.sources.piece import Piece
from dipwatch.sources.reflow import reflow


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf logs every repair it makes; the outcome is reported as a Rejected or an error."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def _open(path: Path) -> Any:
    import pypdf

    location = str(path)
    try:
        reader = pypdf.PdfReader(path, strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise SourceFormatError(location, "encrypted PDF: it needs a password")
        len(reader.pages)  # broken cross-reference tables fail here, not in the constructor
    except SourceFormatError:
        raise
    except Exception as err:  # pypdf raises a dozen kinds on damaged files; all mean the same
        raise SourceFormatError(
            location, f"not a readable PDF ({type(err).__name__}: {err})"
        ) from None
    return reader


def _metadata(reader: Any) -> tuple[str, date | None]:
    """(title, creation date) from the document information, if readable."""
    try:
        info = reader.metadata
        if info is None:
            return "", None
        title = str(info.title or "").strip()
        created = info.creation_date
    except Exception:  # damaged metadata only costs us the metadata
        return "", None
    day = None
    if created is not None:
        try:
            day = parse_date_value(created)
        except ValueError:
            day = None
    return title, day


def read_pdf(path: Path) -> Iterator[Piece | Rejected]:
    """The PDF as one Piece of reflowed text, after a Rejected for each unreadable page."""
    location = str(path)
    with _quiet_pypdf():
        reader = _open(path)
        pages: list[str] = []
        for number, page in enumerate(reader.pages, start=1):
            try:
                pages.append((page.extract_text() or "").strip("\n"))
            except Exception as err:  # one damaged page must not cost the others
                yield Rejected(f"{location}#page{number}", f"cannot extract the page's text: {err}")
        title, created = _metadata(reader)
    text = reflow("\n".join(pages))
    if not text.strip():
        raise SourceFormatError(location, "PDF has no text layer (scanned? run OCR first)")
    yield Piece(text=text, location=location, kind="pdf", title=title, meta_date=created)
