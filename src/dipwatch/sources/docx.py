"""Reading Word ``.docx`` files: body paragraphs and tables in document order, and properties."""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from dipwatch.errors import SourceFormatError
from dipwatch.sources.dates import parse_date_value
from dipwatch.sources.piece import Piece
from dipwatch.sources.tabular import unzip_problem

#: The most a .docx may unpack to (its parts, all together).
MAX_UNPACKED = 500 << 20


def check_zip(path: Path, limit: int = MAX_UNPACKED) -> None:
    """A .docx is a zip archive: a cut-short, damaged, encrypted or oversized one is refused
    with what is wrong, before a Word reader sees it."""
    try:
        with zipfile.ZipFile(path) as zf:
            if sum(i.file_size for i in zf.infolist()) > limit:
                raise SourceFormatError(
                    str(path), f"unpacks to more than {limit >> 20} MB; not read"
                )
            bad = zf.testzip()
    except (zipfile.BadZipFile, EOFError, zlib.error, ValueError) as err:
        raise SourceFormatError(
            str(path), f"not a readable Word .docx: truncated or corrupt zip archive ({err})"
        ) from None
    except (NotImplementedError, RuntimeError) as err:
        raise SourceFormatError(str(path), unzip_problem(err)) from None
    if bad is not None:
        raise SourceFormatError(str(path), f"damaged part {bad} (its checksum does not match)")


def _open(path: Path) -> Any:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    check_zip(path)
    try:
        return docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as err:
        raise SourceFormatError(str(path), f"not a readable Word .docx file ({err})") from None
    except Exception as err:  # lxml raises its own syntax errors on damaged XML parts
        raise SourceFormatError(
            str(path), f"damaged Word file ({type(err).__name__}: {err})"
        ) from None


def _table_rows(table: Any) -> Iterator[str]:
    """Each row's cells, tab-separated; a merged cell, repeated by python-docx, counts once."""
    for row in table.rows:
        seen: set[int] = set()
        cells = []
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            text = " ".join(cell.text.split())
            if text:
                cells.append(text)
        if cells:
            yield "\t".join(cells)


def _blocks(document: Any) -> Iterator[str]:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = Paragraph(child, document).text.strip()
            if text:
                yield text
        elif tag == "tbl":
            yield from _table_rows(Table(child, document))


def read_docx(path: Path) -> Piece:
    """The document's paragraphs and table rows, one per line, with its title and created date."""
    document = _open(path)
    text = "\n".join(_blocks(document))
    props = document.core_properties
    created = None
    if props.created is not None:
        try:
            created = parse_date_value(props.created)
        except ValueError:
            created = None
    return Piece(
        text=text, location=str(path), kind="docx", title=(props.title or "").strip(),
        meta_date=created,
    )  # fmt: skip
