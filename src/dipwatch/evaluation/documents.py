"""Whole-document gold: ``eval/docs/<set>.jsonl``, one annotated document per line.

Every event a document states is annotated, so precision counts everything the coder emits
from it. A line holds either the ``text`` itself (texts we wrote) or a ``ref`` to a file in the
shared data (``{"path": "data/xwlb/20211116.md", "sha1": …}``, read at run time and checked
by the sha1 of its bytes, never copied; ``"items": [3, 8]`` keeps only those items of a
transcript, each annotated whole, so that a day's foreign-affairs items can be gold without
its domestic ones):

    {"id": "x20211116", "set": "xwlb_docs", "genre": "news", "lang": "zh-Hans",
     "doc_date": "2021-11-16", "split": "heldout", "ref": {…} | "text": "…",
     "events": [{"date": "2021-11-16", "precision": "day", "source": "CHN", "target": "USA",
                 "code": "040", "quote": "习近平…举行视频会晤"}]}

``quote`` locates the event for review: a piece of its sentence, or a few such pieces in
order joined by ``…`` (keeping what is copied from a shared text short); it must occur in
the document as the coder reads it (``check_quotes``).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from dipwatch.errors import InputError, ReferenceDataError
from dipwatch.evaluation.gold import (
    SPLITS,
    GoldEvent,
    bad_line,
    field_of,
    parse_date,
    parse_event,
    read_jsonl,
)
from dipwatch.models import GENRES, LANGS, Document
from dipwatch.sources.reflow import looks_pdf_extracted, reflow

_KEYS = {"id", "set", "genre", "lang", "doc_date", "split", "ref", "text", "events"}


@dataclass(frozen=True, slots=True)
class DocEvent:
    """A gold event of a whole document, with the quote that locates it."""

    event: GoldEvent
    quote: str


@dataclass(frozen=True, slots=True)
class GoldDocument:
    """One annotated document: its own ``text``, or a ``ref_path`` under the shared root."""

    set: str
    doc_id: str
    genre: str
    lang: str
    doc_date: date
    split: str
    events: tuple[DocEvent, ...]
    text: str | None = None
    ref_path: str | None = None
    ref_sha1: str | None = None
    ref_items: tuple[int, ...] = ()
    where: str = ""

    @property
    def gold_events(self) -> tuple[GoldEvent, ...]:
        return tuple(e.event for e in self.events)


def document_sets(gold_dir: Path) -> list[str]:
    """The names of the whole-document sets in ``gold_dir/docs`` (file stems), sorted.

    >>> document_sets(Path("/nonexistent"))
    []
    """
    folder = gold_dir / "docs"
    return sorted(p.stem for p in folder.glob("*.jsonl")) if folder.is_dir() else []


def load_documents(path: Path) -> list[GoldDocument]:
    """The gold documents of one set file, every field checked (errors name the line)."""
    docs: list[GoldDocument] = []
    seen: set[str] = set()
    for where, obj in read_jsonl(path):
        doc = _document(where, obj, path.stem)
        if doc.doc_id in seen:
            raise bad_line(where, f"id {doc.doc_id!r} appears twice in the set")
        seen.add(doc.doc_id)
        docs.append(doc)
    return docs


def _document(where: str, obj: dict[str, Any], name: str) -> GoldDocument:
    unknown = set(obj) - _KEYS
    if unknown:
        raise bad_line(where, f"unknown key(s): {', '.join(sorted(unknown))}")
    if field_of(where, obj, "set", str) != name:
        raise bad_line(where, f"set {obj['set']!r} is not the file's name {name!r}")
    choices = {"genre": GENRES, "lang": LANGS, "split": SPLITS}
    values = {k: field_of(where, obj, k, str) for k in choices}
    for key, allowed in choices.items():
        if values[key] not in allowed:
            raise bad_line(where, f"{key} {values[key]!r} is not one of {', '.join(allowed)}")
    if ("ref" in obj) == ("text" in obj):
        raise bad_line(where, "give either 'ref' (a file in the shared data) or 'text', not both")
    raw_events = obj.get("events")
    if not isinstance(raw_events, list):
        raise bad_line(where, "events must be a list (empty when the document states none)")
    events = tuple(_doc_event(f"{where} event {i + 1}", e) for i, e in enumerate(raw_events))
    ref = obj.get("ref")
    if ref is not None and not _valid_ref(ref):
        raise bad_line(where, "ref must be {'path': 'data/…', 'sha1': '…'} with optional "
                              "'items': [1-based item numbers, ascending]")  # fmt: skip
    return GoldDocument(
        set=name, doc_id=field_of(where, obj, "id", str), events=events,
        doc_date=parse_date(where, field_of(where, obj, "doc_date", str)),
        text=field_of(where, obj, "text", str) if ref is None else None,
        ref_path=ref["path"] if ref else None, ref_sha1=ref["sha1"] if ref else None,
        ref_items=tuple(ref.get("items", ())) if ref else (), where=where, **values,
    )  # fmt: skip


def _valid_ref(ref: Any) -> bool:
    """A path and a sha1 (non-empty strings), and items, when given, ascending and >= 1."""
    if not isinstance(ref, dict) or not {"path", "sha1"} <= set(ref) <= {"path", "sha1", "items"}:
        return False
    if not all(isinstance(ref[k], str) and ref[k] for k in ("path", "sha1")):
        return False
    items = ref.get("items", [1])
    return (isinstance(items, list) and bool(items)
            and all(type(k) is int and k >= 1 for k in items)
            and items == sorted(set(items)))  # fmt: skip


def _doc_event(where: str, obj: Any) -> DocEvent:
    event = parse_event(where, obj)
    quote = obj.get("quote")
    if not isinstance(quote, str) or not quote.strip():
        raise bad_line(where, "quote (a piece of the event's sentence) is required")
    return DocEvent(event, quote)


def file_sha1(path: Path) -> str:
    """The sha1 of a file's bytes: what a ``ref`` records."""
    try:
        return hashlib.sha1(path.read_bytes()).hexdigest()
    except OSError as err:
        raise InputError(f"{path}: cannot read the referenced document: {err}") from None


def read_gold_document(doc: GoldDocument, shared: Path) -> list[Document]:
    """The Documents the coder gets for a gold document: its text, or every document the
    project's reader finds in the referenced file (an xwlb transcript gives one per item),
    each dated with the gold's ``doc_date`` and given its genre and language (only the
    ``items`` the ref names, when it names some). A text of our own
    laid out as a PDF extraction leaves it is reflowed, as the reader does with a .txt file."""
    if doc.text is not None:  # read as the project's reader reads a .txt file
        body = reflow(doc.text) if looks_pdf_extracted(doc.text) else doc.text
        one = Document(body, source=doc.set, lang=doc.lang, published=doc.doc_date,
                       location=f"{doc.set}#{doc.doc_id}", genre=doc.genre)  # fmt: skip
        return [one]
    from dipwatch.sources.text import read_documents

    assert doc.ref_path is not None
    path = shared / doc.ref_path
    if file_sha1(path) != doc.ref_sha1:
        raise bad_line(doc.where, f"{path} changed since it was annotated (its sha1 differs)")
    found = read_documents(path, date=doc.doc_date, lang=doc.lang, genre=doc.genre)
    texts = [d for d in found if isinstance(d, Document)]
    if not doc.ref_items:
        return texts
    if doc.ref_items[-1] > len(texts):
        raise bad_line(doc.where, f"{path} has {len(texts)} items, not item {doc.ref_items[-1]}")
    return [texts[k - 1] for k in doc.ref_items]


def quote_in(quote: str, text: str) -> bool:
    """Do the ``…``-separated pieces of ``quote`` occur in ``text``, in order?

    >>> quote_in("习近平…视频会晤", "国家主席习近平同拜登举行视频会晤。")
    True
    >>> quote_in("视频会晤…习近平", "国家主席习近平同拜登举行视频会晤。")
    False
    """
    pos = 0
    for piece in quote.split("…"):
        found = text.find(piece, pos)
        if found < 0:
            return False
        pos = found + len(piece)
    return True


def check_quotes(doc: GoldDocument, texts: list[Document]) -> None:
    """Every event's quote occurs in one of the document's texts, else a ReferenceDataError
    naming the line: a quote that is nowhere marks an annotation made on another text."""
    for i, e in enumerate(doc.events, 1):
        if not any(quote_in(e.quote, d.text) for d in texts):
            raise ReferenceDataError(
                doc.where.rpartition(":")[0], f"line {doc.where.rpartition(':')[2]} event {i}",
                f"quote {e.quote[:30]!r} is not in the document",
            )  # fmt: skip
