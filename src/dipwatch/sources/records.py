"""Records of delimited files with a header (ICEWS, the events CSV, UN votes), checked line by
line before anything else reads them.

Each physical line is checked first: at most :data:`MAX_LINE_BYTES` bytes, UTF-8, no NUL and
no carriage return but the one before its newline (a CRLF line in an LF file is fine). A line
that fails is a :class:`~dipwatch.models.Rejected` naming ``file:line`` and why; the lines
around it go on. With a quote character, a quoted field may run over several lines, but at most
:data:`MAX_RECORD_LINES` of them: a quote still open after that, or at the end of the file,
rejects the line it opened on, and reading starts again on the next line, so one stray quote
never swallows the rest of the file. A row of another width than the header's is rejected;
fields the header leaves unnamed at its end (a trailing delimiter) may be absent, or empty.

Clean blocks of a file without quoted fields are split in bulk (a million rows a second); a
block with anything to report, or any file from its first quote on, goes line by line.

>>> import tempfile, pathlib
>>> p = pathlib.Path(tempfile.mkdtemp()) / "x.csv"
>>> _ = p.write_bytes(b'date,code,\\n2021-12-10,"161,\\n2021-12-11,040\\n')
>>> header, items = read_records(p, ",", '"')
>>> header
['date', 'code', '']
>>> [getattr(i, "rows", None) or i.reason[:20] for i in items]
['unterminated quote: ', [('2021-12-11', '040', '')]]
"""

from __future__ import annotations

import codecs
import csv
import io
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np

from dipwatch.errors import SourceFormatError
from dipwatch.models import Batch, Rejected

#: The longest line read; a longer one is rejected (and skipped without reading it whole).
MAX_LINE_BYTES = 1 << 20
#: The most lines one quoted field may run over.
MAX_RECORD_LINES = 200
BLOCK = 1 << 22
_RAW_KEPT = 10_000  # characters of a rejected line kept for quarantine
_OPEN = "unexpected end of data"  # the csv module's word for a quote still open


#: (number, text or None when the line is rejected, the reason, the raw text when rejected)
Line = tuple[int, str | None, str, str]


def read_records(
    path: Path, delimiter: str, quote: str | None, where: str | None = None
) -> tuple[list[str], Iterator[Batch | Rejected]]:
    """The header's names (trimmed, lower-cased) and an iterator of batches and rejects."""
    where = where or str(path)
    blocks = _blocks(path)
    first = next(blocks, None)
    if first is None or not first[1].strip(b"\r\n\xef\xbb\xbf"):
        raise SourceFormatError(f"{where}:1", "empty file or blank first line")
    head, _, rest = first[1].partition(b"\n")
    _, text, reason, _ = _check(head + b"\n", 1)
    if text is None:
        raise SourceFormatError(f"{where}:1", f"the header has {reason} (save the file as UTF-8)")
    try:
        header = [c.strip().lower() for c in _split(text, delimiter, quote)]
    except csv.Error as err:
        raise SourceFormatError(f"{where}:1", f"the header is not a valid record ({err})") from None
    named = [c for c in header if c]
    if len(set(named)) != len(named):
        raise SourceFormatError(f"{where}:1", "a column name appears twice in the header")
    reader = _Reader(header, delimiter, quote, where)
    return header, reader.items(_chain((2, rest), blocks))


def _chain(
    first: tuple[int, bytes], rest: Iterator[tuple[int, bytes]]
) -> Iterator[tuple[int, bytes]]:
    if first[1]:
        yield first
    yield from rest


def _blocks(path: Path) -> Iterator[tuple[int, bytes]]:
    """(number of its first line, bytes) of blocks of whole lines; a line longer than a
    block is cut to :data:`MAX_LINE_BYTES` plus one byte (so that it fails the length check)."""
    number, carry = 1, b""
    with path.open("rb") as f:
        while chunk := f.read(BLOCK):
            data = carry + chunk
            cut = data.rfind(b"\n") + 1
            if not cut:
                carry = data[: MAX_LINE_BYTES + 1] if len(data) > MAX_LINE_BYTES else data
                continue
            block, carry = data[:cut], data[cut:]
            yield number, block
            number += block.count(b"\n")
        if carry:
            yield number, carry


def _check(raw: bytes, number: int, nul: bool = False) -> Line:
    """One physical line, checked (see the module docstring); ``nul``: a NUL is allowed."""
    if number == 1 and raw.startswith(codecs.BOM_UTF8):
        raw = raw[3:]
    body = raw[:-2] if raw.endswith(b"\r\n") else raw.removesuffix(b"\n")
    reason = ""
    if len(body) > MAX_LINE_BYTES:
        reason = f"line longer than {MAX_LINE_BYTES // 1024} KB"
    elif not nul and b"\x00" in body:
        reason = "NUL byte in the line"
    elif b"\r" in body:
        reason = "carriage return inside the line"
    else:
        try:
            return number, body.decode("utf-8"), "", ""
        except UnicodeDecodeError as err:
            reason = f"bytes that are not UTF-8 at column {err.start + 1}"
    return number, None, reason, body[:_RAW_KEPT].decode("utf-8", "backslashreplace")


def checked_lines(path: Path, *, nul: bool = False) -> Iterator[Line]:
    """Every physical line of a file, checked (``nul``: a NUL byte is allowed)."""
    for start, block in _blocks(path):
        for i, raw in enumerate(_raw_lines(block)):
            yield _check(raw, start + i, nul)


def _raw_lines(block: bytes) -> list[bytes]:
    """The lines of a block, each with its newline (the last maybe without); only a newline
    ends a line (a carriage return alone does not)."""
    parts = block.split(b"\n")
    last = parts.pop()
    return [p + b"\n" for p in parts] + ([last] if last else [])


def _split(text: str, delimiter: str, quote: str | None) -> list[str]:
    """The fields of one record's text; csv.Error when it is malformed or a quote is open."""
    if quote is None or quote not in text:
        return text.split(delimiter)
    return next(csv.reader([text], delimiter=delimiter, quotechar=quote, strict=True), [""])


class _Reader:
    """Turns blocks of lines into batches of rows and rejects."""

    def __init__(self, header: list[str], delimiter: str, quote: str | None, where: str) -> None:
        self.width = len(header)
        self.named = self.width
        while self.named and not header[self.named - 1]:
            self.named -= 1
        self.delimiter, self.quote, self.where = delimiter, quote, where

    def items(self, blocks: Iterator[tuple[int, bytes]]) -> Iterator[Batch | Rejected]:
        for start, block in blocks:
            if self.quote and self.quote.encode() in block:
                yield from self._slow(_lines(start, block, blocks))
                return
            yield from self._fast(start, block)

    def _fast(self, start: int, block: bytes) -> Iterator[Batch | Rejected]:
        """A block without quotes: parsed in bulk if it is clean, else line by line."""
        table = _parse_clean(block, self.width, self.delimiter) if _is_clean(block) else None
        if table is None:
            yield from self._slow(_lines(start, block, iter(())))
            return
        yield Batch(range(start, start + table.num_rows), table=table)

    def _slow(self, lines: Iterator[Line]) -> Iterator[Batch | Rejected]:
        pending: deque[Line] = deque()
        batch = Batch([], [])
        while True:
            nxt = pending.popleft() if pending else next(lines, None)
            if nxt is None:
                break
            number, text, reason, raw = nxt
            if text is None:
                yield Rejected(f"{self.where}:{number}", reason, raw)
            elif text.strip():
                item = self._record(number, text, lines, pending)
                if isinstance(item, Rejected):
                    yield item
                else:
                    batch.lines.append(number)
                    batch.rows.append(item)
                    if len(batch.rows) >= 50_000:
                        yield batch
                        batch = Batch([], [])
        yield batch

    def _record(
        self, number: int, text: str, lines: Iterator[Line], pending: deque[Line]
    ) -> tuple[str, ...] | Rejected:
        """The record starting with ``text``, taking more lines while a quoted field is open."""
        taken: list[Line] = []
        while True:
            try:
                joined = "\n".join([text, *(t for _, t, _, _ in taken)])  # type: ignore[misc]
                return self._fit(number, _split(joined, self.delimiter, self.quote), text)
            except csv.Error as err:
                nxt = None
                if str(err) == _OPEN and len(taken) < MAX_RECORD_LINES:
                    nxt = pending.popleft() if pending else next(lines, None)
                if nxt is not None and nxt[1] is not None:
                    taken.append(nxt)
                    continue
                pending.extendleft(reversed([*taken, *([nxt] if nxt else [])]))
                if str(err) == _OPEN:
                    why = "unterminated quote: a quoted field opens here and never closes"
                else:
                    why = f"bad CSV: {err}"
                return Rejected(f"{self.where}:{number}", why, text)

    def _fit(self, number: int, fields: list[str], text: str) -> tuple[str, ...] | Rejected:
        """The fields, as many as the header has, or a Rejected for a row of another width."""
        if len(fields) == self.width:
            return tuple(fields)
        if len(fields) < self.named or any(f.strip() for f in fields[self.named :]):
            why = f"expected {self.named} fields, found {len(fields)}"
            return Rejected(f"{self.where}:{number}", why, text[:_RAW_KEPT])
        return tuple((fields + [""] * self.width)[: self.width])


def _is_clean(block: bytes) -> bool:
    """Nothing in the block for the line checks to report, and no blank line."""
    if b"\x00" in block or block.count(b"\r") != block.count(b"\r\n"):
        return False
    if block.startswith((b"\n", b"\r\n")) or b"\n\n" in block or b"\n\r\n" in block:
        return False
    ends = np.flatnonzero(np.frombuffer(block, np.uint8) == 10)
    if len(ends) and int(np.diff(ends, prepend=-1).max()) > MAX_LINE_BYTES:
        return False
    try:
        block.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _parse_clean(block: bytes, width: int, delimiter: str) -> Any:
    """The block's rows as an Arrow table of text columns c1...cN, or None when a row has
    another width (the caller then goes line by line)."""
    import pyarrow as pa
    from pyarrow import csv as pacsv

    names = [f"c{i + 1}" for i in range(width)]
    invalid: list[int] = []
    table = pacsv.read_csv(
        io.BytesIO(block),
        read_options=pacsv.ReadOptions(column_names=names, use_threads=False, block_size=2 * BLOCK),
        parse_options=pacsv.ParseOptions(
            delimiter=delimiter, quote_char=False, double_quote=False,
            invalid_row_handler=lambda row: invalid.append(1) or "skip",
        ),
        convert_options=pacsv.ConvertOptions(
            column_types=dict.fromkeys(names, pa.string()), strings_can_be_null=True,
            null_values=[""],
        ),
    )  # fmt: skip
    return None if invalid else table


def _lines(start: int, block: bytes, more: Iterator[tuple[int, bytes]]) -> Iterator[Line]:
    """The checked lines of ``block`` and of the blocks after it."""
    for i, raw in enumerate(_raw_lines(block)):
        yield _check(raw, start + i)
    for first, later in more:
        for i, raw in enumerate(_raw_lines(later)):
            yield _check(raw, first + i)


def clean_lines(path: Path, target: Path, *, nul: bool = False) -> list[tuple[int, str, str]]:
    """Copy the lines of ``path`` that pass the line checks to ``target`` (LF endings);
    return (line, reason, raw text) of the others. For files DuckDB's reader cannot split
    (GDELT's: ``nul``, as DuckDB's own reader keeps a NUL as a character).
    """
    dropped: list[tuple[int, str, str]] = []
    with target.open("w", encoding="utf-8", newline="\n") as out:
        for number, text, reason, raw in checked_lines(path, nul=nul):
            if text is None:
                dropped.append((number, reason, raw))
            else:
                out.write(text + "\n")
    return dropped
