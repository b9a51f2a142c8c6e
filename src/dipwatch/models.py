"""The small value objects that flow between sources, coder, store and analysis."""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

LANGS = ("zh-Hant", "zh-Hans", "en")
#: How a text's underspecified dates are read: ``news`` against its publication date,
#: ``narrative`` (an analysis, a report, a chronology) against the dates it has named so far.
GENRES = ("news", "narrative")
PRECISIONS = ("day", "month", "year")
ORIGINS = ("text", "gdelt", "icews", "csv")
#: How a list (an event's issues) fills one CSV field, for every writer and reader of CSV.
LIST_SEPARATOR = "|"


def content_hash(*parts: str) -> str:
    """Hex sha256 of the parts joined by a unit separator: the basis of every stable id.

    >>> content_hash("a", "b")[:8]
    'f04cdced'
    """
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()  # one update, same bytes


@dataclass(frozen=True, slots=True)
class Document:
    """One text to code: a readout, a news item, a report chapter.

    ``location`` says where it came from (``path`` or ``path#item3``) for provenance and errors;
    ``genre`` is one of ``GENRES``, or ``""`` for the coder to decide from source and text;
    ``lead`` is the day a news item goes on from when it opens as the sequel of the item before
    and names no day of its own (欢迎仪式后，李强同黄循财举行会谈: the ceremony's day, told there).
    """

    text: str
    source: str = ""
    kind: str = "text"
    lang: str = ""
    title: str = ""
    published: date | None = None
    url: str | None = None
    location: str = ""
    genre: str = ""
    lead: date | None = None

    @property
    def sha256(self) -> str:
        return content_hash(self.text)

    @property
    def doc_id(self) -> str:
        """Stable id: the same title, date and text always give the same id."""
        stamp = self.published.isoformat() if self.published else ""
        return "d" + content_hash(self.title, stamp, self.text)[:19]


@dataclass(frozen=True, slots=True)
class Rejected:
    """An input item that could not be used: it goes to quarantine with its reason.

    ``location`` is ``path:line`` (or ``path#item``); ``raw`` the offending text, if any.
    """

    location: str
    reason: str
    raw: str | None = None


@dataclass(frozen=True, slots=True)
class Batch:
    """Rows of a delimited file (see :mod:`dipwatch.sources.records`): ``rows[i]`` has one
    field per header column and starts on line ``lines[i]``; or, parsed in bulk, ``table``
    (Arrow, text columns ``c1``... for the header's columns, NULL for empty fields)."""

    lines: Sequence[int]
    rows: list[Sequence[str]] = field(default_factory=list)
    table: Any = None


@dataclass(slots=True)
class Event:
    """A dated who-did-what-to-whom event, tied to where it came from.

    Actor fields hold CAMEO actor codes (``CHN``, ``CHNGOV``, ``USA``); ``code`` is a CAMEO
    event code kept as a string (``"041"``), ``root`` its two-digit root.
    """

    date: date
    code: str
    source_actor: str | None
    target_actor: str | None
    origin: str = "text"
    date_precision: str = "day"
    root: str = ""
    quad_class: int | None = None
    goldstein: float | None = None
    issues: tuple[str, ...] = ()
    doc_id: str | None = None
    sentence: int | None = None
    text: str | None = None
    span_start: int | None = None
    span_end: int | None = None
    pattern: str | None = None
    confidence: float | None = None
    num_mentions: int | None = None
    num_sources: int | None = None
    num_articles: int | None = None
    tone: float | None = None
    action_country: str | None = None
    url: str | None = None
    story_id: str | None = None
    event_id: str = ""
    extra: dict[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.root:
            self.root = self.code[:2]
        if not self.event_id:
            self.event_id = self.default_id()
        if not self.story_id:
            self.story_id = story_key(self.date, self.source_actor, self.target_actor, self.code)

    def default_id(self) -> str:
        """Stable id from provenance, so that coding the same text twice gives the same ids."""
        return (
            "e"
            + content_hash(
                self.origin,
                self.doc_id or "",
                str(self.sentence),
                str(self.span_start),
                self.date.isoformat(),
                self.source_actor or "",
                self.target_actor or "",
                self.code,
                self.pattern or "",
            )[:19]
        )


def story_key(day: date, source: str | None, target: str | None, code: str) -> str:
    """The event-data community's duplicate key: one story per date x source x target x code.

    Actor codes are cut to their country part so that ``CHNGOV`` and ``CHN`` reports of one
    meeting fall in the same story.
    """
    src = (source or "")[:3]
    tgt = (target or "")[:3]
    return "s" + content_hash(day.isoformat(), src, tgt, code)[:15]


def to_plain(value: Any) -> Any:
    """Dataclasses, dates and tuples to JSON-ready values (for the CLI, files and the web).

    >>> to_plain({"day": date(2021, 12, 10), "codes": ("161",)})
    {'day': '2021-12-10', 'codes': ['161']}
    """
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {str(k): to_plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [to_plain(v) for v in value]
    if isinstance(value, date | datetime):
        return value.isoformat()
    return value
