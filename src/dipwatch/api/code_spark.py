"""``dipwatch --engine spark code INPUT -o OUT``: coding as a Spark job.

INPUT is a Parquet dataset (docs/dataset.md; its ``documents`` table) or JSONL files (one
document per line, the fields ``dipwatch code`` reads: ``text``, ``date``, ``title``,
``source``, ``url``, ``lang``), as a path, glob or any URI Spark reads. Each line becomes a
Document through the same reader functions as ``dipwatch code`` (``sources.rows.to_piece``,
``sources.text.to_document``), and each Document is coded in parallel (``mapInArrow``,
batches of Arrow rows) by the same pure ``dipwatch.coder.code_document``: the events, and
their ids, are those the local process pool gives. OUT is a dataset of ``documents``,
``events`` and ``quarantine`` (lines that are not documents, with their reason), replaced
whole by each run; ``dipwatch ingest OUT`` loads it into a store.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

import pyarrow as pa

from dipwatch.errors import InputError
from dipwatch.models import Document, Rejected

#: Input batches of documents per Arrow batch (the coder's cost is per document, not per row).
BATCH_ROWS = 256


@dataclass(frozen=True, slots=True)
class SparkCodeResult:
    """Where the job wrote and how many rows of each table."""

    output: str
    documents: int
    events: int
    quarantined: int


def code_on_spark(source: str, output: str, *, day: date | None = None,
                  source_name: str | None = None, lang: str | None = None,
                  genre: str | None = None) -> SparkCodeResult:  # fmt: skip
    """Code the documents at ``source`` on Spark into the dataset ``output`` (see module doc)."""
    from dipwatch.store.spark import (
        count_rows,
        read_table,
        session,
        spark_schema,
        text_lines,
        write_table,
    )  # fmt: skip

    _check_output(source, output)
    spark = session()
    spark.conf.set("spark.sql.execution.arrow.maxRecordsPerBatch", str(BATCH_ROWS))
    if _is_dataset(source):
        docs = read_table(spark, source, "documents")
        write_table(docs, output, "documents")
    else:
        parsed = text_lines(spark, [source]).mapInArrow(
            partial(parse_lines, day=day, source=source_name, lang=lang, genre=genre),
            _parsed_schema(),
        )
        write_table(parsed.filter("reason IS NULL"), output, "documents")
        write_table(parsed.filter("reason IS NOT NULL"), output, "quarantine")
    docs = read_table(spark, output, "documents")
    parts = max(spark.sparkContext.defaultParallelism * 4, 1)
    events = docs.repartition(parts).mapInArrow(
        code_batches, spark_schema("events", partition=False)
    )
    write_table(events, output, "events")
    return SparkCodeResult(output, *(count_rows(spark, output, t)
                                     for t in ("documents", "events", "quarantine")))  # fmt: skip


def _is_dataset(source: str) -> bool:
    from dipwatch.store.dataset import is_dataset

    if "://" in source and not source.startswith("file://"):
        return not source.rstrip("/").endswith((".jsonl", ".ndjson", ".json"))
    return is_dataset(Path(source.removeprefix("file://")))


def _check_output(source: str, output: str) -> None:
    src, out = source.rstrip("/"), output.rstrip("/")
    if out == src or src.startswith(out + "/"):
        raise InputError(f"-o {output}: the output would replace the input; give another directory")


# -- on the executors: pure functions of Arrow batches ---------------------------------------
def parse_lines(batches: Iterator[pa.RecordBatch], *, day: date | None, source: str | None,
                lang: str | None, genre: str | None = None) -> Iterator[pa.RecordBatch]:  # fmt: skip
    """``file``, ``line`` rows of JSONL to documents (or rejected lines with the reason)."""
    for batch in batches:
        rows = [_parse_line(r["file"], r["line"], day, source, lang, genre)
                for r in batch.to_pylist()]  # fmt: skip
        rows = [r for r in rows if r is not None]
        yield pa.RecordBatch.from_pylist(rows, schema=_parsed_schema_arrow())


def _parse_line(file: str, line: str, day: date | None, source: str | None,
                lang: str | None, genre: str | None = None) -> dict[str, Any] | None:  # fmt: skip
    from dipwatch.sources.rows import to_piece
    from dipwatch.sources.text import to_document

    if not line.strip():
        return None
    path = Path(file.removeprefix("file://"))
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        item: Document | Rejected = Rejected(
            file, f"not valid JSON: {err.msg} (column {err.colno})", line
        )
    else:
        piece = to_piece(record, file, "jsonl", line)
        item = (
            piece
            if isinstance(piece, Rejected)
            else to_document(piece, path, source, day, lang, genre)
        )
    if isinstance(item, Rejected):
        return {"input": file, "location": item.location, "reason": item.reason, "raw": item.raw}
    return _document_row(item)


def _document_row(doc: Document) -> dict[str, Any]:
    return {"doc_id": doc.doc_id, "source": doc.source, "kind": doc.kind, "lang": doc.lang,
            "title": doc.title, "published": doc.published, "url": doc.url, "sha256": doc.sha256,
            "location": doc.location, "text": doc.text, "input": doc.location,
            "genre": doc.genre}  # fmt: skip


def _parsed_schema_arrow() -> pa.Schema:
    from dipwatch.store.dataset import file_schema, layout_schema

    fields = list(file_schema("documents"))
    extra = [f for f in layout_schema("quarantine") if f.name not in {x.name for x in fields}]
    return pa.schema(fields + extra)


def _parsed_schema() -> Any:
    from pyspark.sql.pandas.types import from_arrow_schema

    return from_arrow_schema(_parsed_schema_arrow())


def code_batches(
    batches: Iterator[pa.RecordBatch], genre: str | None = None
) -> Iterator[pa.RecordBatch]:
    """Documents (rows of the ``documents`` table) to their events, in the events layout."""
    from dipwatch.coder import code_document
    from dipwatch.store.database import events_to_arrow
    from dipwatch.store.dataset import file_schema

    schema = file_schema("events")
    for batch in batches:
        events = [e for row in batch.to_pylist() for e in code_document(_document(row, genre))]
        yield from events_to_arrow(events).cast(schema).to_batches()


def _document(row: dict[str, Any], genre: str | None = None) -> Document:
    return Document(genre=genre or row.get("genre") or "",
        text=row["text"], source=row["source"] or "", kind=row["kind"] or "text",
        lang=row["lang"] or "", title=row["title"] or "", published=row["published"],
        url=row["url"], location=row["location"] or "",
    )  # fmt: skip
