"""How the results the library returns are put before a reader: states named in the reader's
language, dates as the reader writes them, CAMEO codes with their labels, and every event with
its sentence, its source and the link to its own page. Both the pages and the JSON API show
these dicts, so the two never disagree.

>>> from datetime import date
>>> link("/events", period="2021Q4", actor="LTU", code=None)
'/events?period=2021Q4&actor=LTU'
>>> state("LTU", "zh-Hant")
{'code': 'LTU', 'name': '立陶宛', 'href': '/country/LTU'}
"""

from __future__ import annotations

from datetime import date
from typing import Any
from urllib.parse import urlencode

from dipwatch import i18n
from dipwatch.api.browse import label
from dipwatch.periods import Period


def link(path: str, **params: Any) -> str:
    """``path`` with the given query parameters (None and empty ones left out)."""
    kept = {k: v for k, v in params.items() if v not in (None, "", ())}
    return f"{path}?{urlencode(kept)}" if kept else path


def state(code: str | None, lang: str) -> dict[str, Any] | None:
    """A state or an actor: its code, its name in ``lang`` and its country page."""
    if not code:
        return None
    head = code[:3]
    return {"code": code, "name": i18n.name(code, lang), "href": f"/country/{head}"}


def day(d: date | None, lang: str, precision: str | None = None) -> str:
    """A date no finer than its precision: an event dated to its month reads "November 2021",
    never "1 November 2021"."""
    return i18n.day(d, lang, precision or "day") if d else ""


def period(p: Period, lang: str) -> dict[str, Any]:
    return {"label": p.label, "name": i18n.period_name(p, lang), "start": p.start, "end": p.end}


def code(c: str | None, lang: str) -> dict[str, Any] | None:
    """A CAMEO code with its label in ``lang``."""
    if not c:
        return None
    return {"code": c, "label": label("code", c, lang)}


def event_link(event_id: str, on: date | None) -> str:
    """An event's own page (its day narrows the look-up)."""
    return link(f"/events/{event_id}", on=on.isoformat() if on else None)


def evidence(e: Any, lang: str) -> dict[str, Any]:
    """One piece of an analysis's evidence: who did what to whom, when, the sentence and where
    it came from, with the link to the event."""
    return {
        "event_id": e.event_id, "date": e.date,
        "day": day(e.date, lang, getattr(e, "date_precision", None)),
        "source_actor": state(e.source_actor, lang), "target_actor": state(e.target_actor, lang),
        "code": code(e.code, lang), "text": e.text, "source": e.source, "url": safe_url(e.url),
        "origin": e.origin, "href": event_link(e.event_id, e.date),
    }  # fmt: skip


def evidence_list(items: Any, lang: str, limit: int = 12) -> dict[str, Any]:
    """Evidence shown (the first ``limit``), how many in all, and the link to all of them in the
    event list."""
    items = list(items)
    ids = ",".join(e.event_id for e in items)
    return {
        "shown": [evidence(e, lang) for e in items[:limit]],
        "total": len(items),
        "href": link("/events", ids=ids) if items else None,
    }


def event_row(row: dict[str, Any], docs: dict[str, dict[str, Any]], lang: str) -> dict[str, Any]:
    """A stored event (a row of the events table) for the event list."""
    doc = docs.get(row.get("doc_id") or "") or {}
    return {
        "event_id": row["event_id"], "date": row["date"],
        "day": day(row["date"], lang, row.get("date_precision")),
        "source_actor": state(row["source_actor"], lang),
        "target_actor": state(row["target_actor"], lang), "code": code(row["code"], lang),
        "root": row["root"], "issues": list(row.get("issues") or ()), "origin": row["origin"],
        "text": row["text"], "source": source_name(row, doc),
        "url": safe_url(row.get("url") or doc.get("url")),
        "href": event_link(row["event_id"], row["date"]),
    }  # fmt: skip


def source_name(row: dict[str, Any], doc: dict[str, Any]) -> str:
    """Where an event came from, as a footnote names it: the document's source or title, the
    host of its URL, else its origin."""
    from urllib.parse import urlsplit

    url = row.get("url") or ""
    host = urlsplit(url).hostname if url.startswith(("http://", "https://")) else None
    return doc.get("source") or doc.get("title") or host or row.get("origin") or ""


def safe_url(url: str | None) -> str | None:
    """A link only when it is http(s): a stored ``javascript:`` URL is never made a link."""
    if url and url.strip().lower().startswith(("http://", "https://")):
        return url.strip()
    return None


def text(result: Any, lang: str) -> str:
    """An analysis result's prose in ``lang`` (every result with prose carries all three)."""
    return result.text[lang]


def percent(x: float | None) -> str:
    return "" if x is None else f"{x * 100:.0f}%"
