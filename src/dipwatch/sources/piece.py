"""``Piece``: what a format reader found, before it becomes a ``Document``.

Readers say what the file itself states; ``dipwatch.sources.text`` then decides the document's
date, language and source from the user's options, the title, the file name and these fields.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Piece:
    """One document's text and what its container says about it.

    ``date`` is stated by the record itself (a JSONL field, the xwlb programme date) and
    outranks a date in the title or file name; ``meta_date`` (HTML ``<meta>``, PDF or Word
    properties) is the last resort, as it often records when the file was made; ``lead`` is
    the day an item goes on from (``Document.lead``).
    """

    text: str
    location: str
    kind: str
    title: str = ""
    date: date | None = None
    meta_date: date | None = None
    url: str | None = None
    source: str = ""
    lang: str = ""
    lead: date | None = None
