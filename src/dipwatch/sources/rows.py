"""Documents given one per record: JSONL and CSV (streamed, any size) and JSON arrays.

Each record has the fields ``date, source, title, text, url`` (``published`` is taken for
``date``; ``lang`` is optional). A malformed record is a ``Rejected`` naming ``file:line``
and the reason; the records around it go on.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from dipwatch.errors import SourceFormatError
from dipwatch.models import LANGS, Rejected
from dipwatch.sources.dates import parse_date_value
from dipwatch.sources.encoding import MAX_TEXT_BYTES, detect_encoding, read_text_file
from dipwatch.sources.piece import Piece

FIELDS = ("date", "source", "title", "text", "url")
#: JSON nested deeper than Python's parser goes (about 1,000 levels) is refused.
TOO_DEEP = "JSON nested too deeply (more than about 1,000 levels); not read"
_HEAD_BYTES = 64 * 1024

Line = tuple[int, str, bool]  # (line number from 1, text, decoded cleanly)


def lines(path: Path) -> Iterator[Line]:
    """Stream a text file's lines in the encoding its head shows, never reading it whole.

    An undecodable line comes with replacement characters and ``False``.
    """
    with path.open("rb") as f:
        head = f.read(_HEAD_BYTES)
        if not head:
            raise SourceFormatError(str(path), "empty file")
        encoding = detect_encoding(head, complete=False)
        if encoding != "utf-8" and _mostly_utf8(head):
            encoding = "utf-8"  # a damaged line should cost that line, not the file
        if encoding is None:
            raise SourceFormatError(str(path), "cannot decode as text (binary data?)")
        f.seek(0)
        if encoding.startswith("utf-16"):  # its newlines are two bytes: let the codec split
            stream = io.TextIOWrapper(f, encoding=encoding, errors="replace", newline="")
            for n, line in enumerate(stream, start=1):
                yield n, line, "\ufffd" not in line
            return
        codec = "utf-8" if encoding == "utf-8-sig" else encoding
        for n, raw in enumerate(f, start=1):
            if n == 1 and encoding == "utf-8-sig":
                raw = raw[3:]
            try:
                yield n, raw.decode(codec), True
            except UnicodeDecodeError:
                yield n, raw.decode(codec, errors="replace"), False


def _mostly_utf8(head: bytes) -> bool:
    """UTF-8 but for a few damaged bytes: ten valid non-ASCII characters for each bad one."""
    text = head.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if not ch.isascii()) - bad
    return 0 < bad * 10 <= good


def _text_field(record: Mapping[str, Any], name: str) -> str:
    value = record.get(name)
    if value is None:
        return ""
    if isinstance(value, dict | list):
        raise ValueError(f"field {name!r} must be text, not a JSON {type(value).__name__}")
    text = str(value).strip()
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as err:
        bad = text[err.start]
        raise ValueError(
            f"field {name!r} holds \\u{ord(bad):04x}, half of a UTF-16 pair, which is no character"
        ) from None
    return text


def to_piece(record: Any, location: str, kind: str, raw: str | None) -> Piece | Rejected:
    """A record (dict) as a Piece, or a Rejected saying what is wrong with it.

    >>> to_piece({"text": "中方表示欢迎。", "date": "2021-11-16"}, "a.jsonl:1", "jsonl", None).date
    datetime.date(2021, 11, 16)
    >>> to_piece({"text": ""}, "a.jsonl:2", "jsonl", None).reason
    "missing or empty 'text'"
    """
    if not isinstance(record, Mapping):
        return Rejected(location, "expected an object with a 'text' field", raw)
    try:
        text, title, source, url, lang = (
            _text_field(record, f) for f in ("text", "title", "source", "url", "lang")
        )
        stamp = _text_field(record, "date") or _text_field(record, "published")
    except ValueError as err:
        return Rejected(location, str(err), raw)
    if not text:
        return Rejected(location, "missing or empty 'text'", raw)
    if lang and lang not in LANGS:
        return Rejected(location, f"unknown lang {lang!r}; use one of {', '.join(LANGS)}", raw)
    try:
        day = parse_date_value(stamp) if stamp else None
    except ValueError:
        return Rejected(location, f"bad date {stamp!r}; write YYYY-MM-DD", raw)
    return Piece(
        text=text, location=location, kind=kind, title=title, date=day, url=url or None,
        source=source, lang=lang,
    )  # fmt: skip


def read_jsonl(path: Path) -> Iterator[Piece | Rejected]:
    """One Piece per JSON line; blank lines are skipped."""
    for n, line, clean in lines(path):
        where = f"{path}:{n}"
        if not line.strip():
            continue
        if not clean:
            yield Rejected(where, "line has bytes that are not valid in the file's encoding", line)
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield Rejected(where, f"not valid JSON: {err.msg} (column {err.colno})", line.rstrip())
            continue
        except RecursionError:
            yield Rejected(where, TOO_DEEP, line[:1000])
            continue
        yield to_piece(record, where, "jsonl", line.rstrip())


def read_json(path: Path) -> Iterator[Piece | Rejected]:
    """A JSON array of records (or ``{"documents": [...]}``, or one record); read whole."""
    try:
        data = json.loads(read_text_file(path))
    except json.JSONDecodeError as err:
        raise SourceFormatError(f"{path}:{err.lineno}", f"not valid JSON: {err.msg}") from None
    except RecursionError:
        raise SourceFormatError(str(path), TOO_DEEP) from None
    if isinstance(data, dict):
        data = data.get("documents", data.get("items", [data]))
    if not isinstance(data, list):
        raise SourceFormatError(str(path), "expected a JSON array of documents")
    for i, record in enumerate(data, start=1):
        raw = json.dumps(record, ensure_ascii=False)[:10_000]
        yield to_piece(record, f"{path}#{i}", "json", raw)


def _delimiter(header: str) -> str:
    cells = header.rstrip("\r\n").split("\t")
    return "\t" if "text" in (c.strip().strip('"').lower() for c in cells) else ","


def read_csv(path: Path) -> Iterator[Piece | Rejected]:
    """One Piece per row of a CSV (or TSV) with a ``text`` column; streamed."""
    csv.field_size_limit(max(csv.field_size_limit(), MAX_TEXT_BYTES))
    source = lines(path)
    first = next(source)
    record: list[Line] = []  # the physical lines of the record being parsed

    def feed() -> Iterator[str]:
        for line in itertools.chain([first], source):
            record.append(line)
            yield line[1]

    reader = csv.reader(feed(), delimiter=_delimiter(first[1]))
    header = [h.strip().lstrip("\ufeff").lower() for h in next(reader, [])]
    record.clear()
    if "text" not in header:
        raise SourceFormatError(
            f"{path}:1", "no 'text' column; a CSV of documents has text (and date, source, "
            "title, url)"
        )  # fmt: skip
    yield from _csv_rows(reader, header, record, path)


def _csv_rows(
    reader: Any, header: list[str], record: list[Line], path: Path
) -> Iterator[Piece | Rejected]:
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            where, raw = _span(record, path)
            record.clear()
            yield Rejected(where, f"bad CSV: {err}", raw)
            continue
        where, raw = _span(record, path)
        clean = all(ok for _, _, ok in record)
        record.clear()
        if not any(cell.strip() for cell in row):
            continue
        if not clean:
            yield Rejected(where, "row has bytes that are not valid in the file's encoding", raw)
        elif len(row) != len(header):
            yield Rejected(where, f"expected {len(header)} fields, found {len(row)}", raw)
        else:
            yield to_piece(dict(zip(header, row, strict=True)), where, "csv", raw)


def _span(record: list[Line], path: Path) -> tuple[str, str]:
    """(``file:line`` where the record starts, its raw text)."""
    start = record[0][0] if record else 0
    return f"{path}:{start}", "".join(text for _, text, _ in record).rstrip("\r\n")
