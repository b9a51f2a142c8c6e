"""The text coder: documents in, dated, sourced CAMEO events out.

``code_document(doc)`` is a pure function of the document and the reference (dictionaries,
rules, codebook), so it runs the same in a process pool or a Spark task;
``code_documents(docs)`` codes many, in a process pool when there are many.

>>> from datetime import date
>>> from dipwatch.models import Document
>>> doc = Document("国家主席习近平同美国总统拜登举行视频会晤。", published=date(2021, 11, 16))
>>> [(e.source_actor, e.code, e.target_actor) for e in code_document(doc)]
[('CHNGOV', '040', 'USAGOV')]
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice

from dipwatch.coder.doc import Coding
from dipwatch.coder.pipeline import COMPONENTS, Component, Pipeline
from dipwatch.coder.reference import Reference, default_reference
from dipwatch.models import Document, Event

__all__ = [
    "COMPONENTS", "Component", "Pipeline", "Reference", "code_document", "code_documents",
    "coding", "default_reference",
]  # fmt: skip

_PIPELINE = Pipeline()
#: Fewer documents than this are coded in-process: a pool costs more than it saves.
POOL_THRESHOLD = 200
CHUNK = 64


def coding(doc: Document, reference: Reference | None = None) -> Coding:
    """Run the pipeline and return the whole Coding (sentences, dates, actors, counts…)."""
    return _PIPELINE(Coding(doc, reference or default_reference()))


def code_document(doc: Document, reference: Reference | None = None) -> list[Event]:
    """The events coded from one document (see the module docstring)."""
    return coding(doc, reference).events


def _code_chunk(docs: list[Document]) -> list[list[Event]]:
    return [code_document(d) for d in docs]


def code_documents(
    docs: Iterable[Document], workers: int = 0
) -> Iterator[tuple[Document, list[Event]]]:
    """(document, events) for each document, in order.

    ``workers=0`` uses every core when there are at least ``POOL_THRESHOLD`` documents, else
    codes in this process; ``workers=1`` never starts a pool. At most a few chunks are in
    flight at once, so memory stays flat however many documents stream in.
    """
    it = iter(docs)
    head = list(islice(it, POOL_THRESHOLD))
    n = workers or os.cpu_count() or 1
    if n <= 1 or (workers == 0 and len(head) < POOL_THRESHOLD):
        for doc in head:
            yield doc, code_document(doc)
        for doc in it:
            yield doc, code_document(doc)
        return
    default_reference()  # built before the fork, so forked workers inherit it
    yield from _pooled(iter([*head, *it]) if head else it, n)


def _pooled(docs: Iterator[Document], workers: int) -> Iterator[tuple[Document, list[Event]]]:
    pending: list[tuple[list[Document], Future[list[list[Event]]]]] = []
    with ProcessPoolExecutor(max_workers=workers) as pool:
        while True:
            while len(pending) < 2 * workers:
                chunk = list(islice(docs, CHUNK))
                if not chunk:
                    break
                pending.append((chunk, pool.submit(_code_chunk, chunk)))
            if not pending:
                return
            chunk, future = pending.pop(0)
            yield from zip(chunk, future.result(), strict=True)
