"""Is a document news or narrative? It decides how its undated days are anchored.

A *news* item (a broadcast item, a wire story, a readout) resolves underspecified dates
against its publication date and dates a sentence without a date of its own by the item's
lead; a *narrative* (an analysis, a report chapter, a chronology) resolves them against the
last explicit date before them, section headings ("2023 年中共外交…") setting the frame
(HeidelTime's two document types). The user's choice (``Document.genre``) wins; otherwise the
source and the text decide.

>>> from datetime import date
>>> from dipwatch.models import Document
>>> document_genre(Document("习近平同普京通电话。", published=date(2021, 12, 15)))
'news'
>>> document_genre(Document("一、2023 年中共外交\\n3 月 25 日，習近平會見…"))
'narrative'
"""

from __future__ import annotations

import re

from dipwatch.models import GENRES, Document

NEWS, NARRATIVE = GENRES
#: Kinds of input that are news items whatever their length.
_NEWS_KINDS = frozenset(("xwlb",))
# A heading line: 一、… / (二) / 第三章 / 1. …
_HEADING = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|第[一二三四五六七八九十\d]+[章节部分]"
    r"|\d{1,2}[.．、]\s*\S)",
    re.MULTILINE,
)
# A short line that names a year and no day, without a full stop: a heading setting the frame
# ("一、2023 年中共外交", "2022年大事记").
_YEAR_HEADING = re.compile(
    r"^[^\n。！？.]{0,20}(?:19|20)\d\d\s*年[^\n日号。！？]{0,20}$", re.MULTILINE
)
_LONG = 3000  # characters: longer dated texts are chapters, not news items


def document_genre(doc: Document) -> str:
    """``doc.genre`` when set, else :func:`decide_genre`."""
    return doc.genre if doc.genre in GENRES else decide_genre(doc)


def decide_genre(doc: Document) -> str:
    """News for broadcast items and short dated texts; narrative for texts with no date of
    their own, long texts, texts under headings and texts under a heading naming a year."""
    if doc.kind in _NEWS_KINDS:
        return NEWS
    if doc.published is None or len(doc.text) > _LONG:
        return NARRATIVE
    if _YEAR_HEADING.search(doc.text):
        return NARRATIVE
    return NARRATIVE if len(_HEADING.findall(doc.text)) >= 2 else NEWS
