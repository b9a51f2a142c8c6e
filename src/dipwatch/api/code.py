"""``code``: text files in, coded events out, without touching the database.

Files are read with ``dipwatch.sources.text.read_documents`` (txt, md incl. the xwlb layout,
html, pdf, docx, jsonl, csv); each document is coded by ``dipwatch.coder``; each event becomes
one plain record with the fields of the ``dipwatch code`` contract in DESIGN.md.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from dipwatch.models import Document, Event

#: The record fields, in print order (DESIGN.md's ``dipwatch code --format jsonl`` contract).
FIELDS = (
    "doc", "location", "sentence", "text", "span", "date", "date_precision", "source", "target",
    "code", "root", "quad_class", "goldstein", "issues", "pattern", "confidence", "event_id",
)  # fmt: skip


@dataclass(slots=True)
class CodeRun:
    """The records of a ``code`` run, produced lazily, and its counts once consumed."""

    paths: Sequence[str | Path]
    day: date | None = None
    source: str | None = None
    lang: str | None = None
    workers: int = 0
    genre: str | None = None
    counts: Counter[str] = field(default_factory=Counter)
    rejected: list[str] = field(default_factory=list)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        from dipwatch.coder import code_documents

        for doc, events in code_documents(self._documents(), self.workers):
            self.counts["documents"] += 1
            for event in events:
                self.counts["events"] += 1
                yield event_record(doc, event)

    def _documents(self) -> Iterator[Document]:
        from dipwatch.sources.files import expand_paths
        from dipwatch.sources.text import read_documents

        for path in expand_paths(self.paths):
            for item in read_documents(
                path, source=self.source, date=self.day, lang=self.lang, genre=self.genre
            ):
                if isinstance(item, Document):
                    yield item
                else:
                    self.counts["rejected"] += 1
                    self.rejected.append(f"{item.location}: {item.reason}")


def code_paths(
    paths: Sequence[str | Path],
    *,
    day: date | None = None,
    source: str | None = None,
    lang: str | None = None,
    workers: int = 0,
    genre: str | None = None,
) -> CodeRun:
    """Code every document in ``paths``; iterate the result for one record per event.
    ``genre`` (news or narrative) says how undated days are anchored; by default each
    document's is decided from its source and text (``dipwatch.coder.genre``).

    >>> # for record in code_paths(["readout.txt"], day=date(2021, 11, 16)): print(record["code"])
    """
    return CodeRun(paths, day, source, lang, workers, genre)


def event_record(doc: Document, event: Event) -> dict[str, Any]:
    """The printable record of one coded event.

    >>> from dipwatch.coder import code_document
    >>> doc = Document("习近平同普京通电话。", published=date(2021, 12, 15))
    >>> r = event_record(doc, code_document(doc)[0])
    >>> (r["date"], r["source"], r["code"], r["target"], r["span"])
    ('2021-12-15', 'CHNGOV', '041', 'RUSGOV', [6, 9])
    """
    return {
        "doc": event.doc_id, "location": doc.location or None, "sentence": event.sentence,
        "text": event.text, "span": [event.span_start, event.span_end],
        "date": event.date.isoformat(), "date_precision": event.date_precision,
        "source": event.source_actor, "target": event.target_actor, "code": event.code,
        "root": event.root, "quad_class": event.quad_class, "goldstein": event.goldstein,
        "issues": list(event.issues), "pattern": event.pattern, "confidence": event.confidence,
        "event_id": event.event_id,
    }  # fmt: skip
