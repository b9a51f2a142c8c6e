"""What the Events, Event, Sources and Reports pages show, as plain data (see views.py)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from dipwatch.api.browse import covered_days, event, ingested, issues, label, roots
from dipwatch.api.events import ORIGINS, EventFilter
from dipwatch.api.report import FORMATS
from dipwatch.models import LANGS
from dipwatch.web import present as show
from dipwatch.web.views import Ask, listing

#: The most days the coverage strip shows (the period's last).
MAX_DAYS = 366


# -- events -----------------------------------------------------------------------------------
def events(
    ask: Ask, filt: EventFilter, query: dict[str, Any], limit: int, offset: int
) -> dict[str, Any]:
    """A page of the events the filter selects, the filter's choices, and export links."""
    page = ask.events(filt, limit, offset)
    lang = ask.lang
    return {
        **ask.common(),
        "query": query,
        "events": listing(page, lang, filt),
        "choices": choices(lang),
        "exports": {fmt: show.link(f"/events/export.{fmt}", **query) for fmt in ("csv", "jsonl", "parquet")},
    }  # fmt: skip


def choices(lang: str) -> dict[str, Any]:
    """What the filter's lists offer: roots, issues and origins with their labels."""
    return {
        "roots": [{"value": r, "label": f"{r} {label('root', r, lang)}"} for r in roots()],
        "issues": [{"value": i, "label": label("issue", i, lang)} for i in issues()],
        "origins": [{"value": o, "label": label("origin", o, lang)} for o in ORIGINS],
    }


def one_event(ask: Ask, event_id: str, on: date | None) -> dict[str, Any]:
    """One event: everything stored about it, its sentence and its document."""
    lang = ask.lang
    row = event(ask.reading.backend, event_id, on)
    doc = row.pop("document") or {}
    shown = show.event_row(row, {row["doc_id"]: doc} if doc else {}, lang)
    story = row.get("story_id")
    return {
        **ask.common(),
        "event": {**shown, "date_precision": row["date_precision"], "quad_class": row["quad_class"],
                  "goldstein": row["goldstein"], "pattern": row["pattern"],
                  "confidence": row["confidence"], "num_sources": row["num_sources"],
                  "num_mentions": row["num_mentions"], "tone": row["tone"], "story_id": story,
                  "root_label": label("root", row["root"], lang)},
        "document": {**doc, "day": show.day(doc.get("published"), lang),
                     "url": show.safe_url(doc.get("url"))} if doc else None,
        "story_href": show.link("/events", period=row["date"].isoformat(),
                                actor=row["source_actor"] or None, root=row["root"]),
    }  # fmt: skip


# -- sources ----------------------------------------------------------------------------------
def sources(ask: Ask, limit: int, offset: int) -> dict[str, Any]:
    """Coverage in the period (from the coverage analysis), then what was ingested when and
    the quarantine with its reasons."""
    lang, p = ask.lang, ask.period
    spans = ask.analysis("coverage")
    runs = ingested(ask.reading.backend, "runs", limit, 0)
    loaded = ingested(ask.reading.backend, "inputs", limit, 0)
    held = ingested(ask.reading.backend, "quarantine", limit, offset)
    return {
        **ask.common(),
        "snapshot": datetime.fromtimestamp(ask.reading.signature.mtime_ns / 1e9).isoformat(
            sep=" ", timespec="seconds"),
        "days": ask.cached(("days", p.label, lang), lambda: days(ask)),
        "coverage": [
            {"origin": s.origin, "origin_label": label("origin", s.origin, lang),
             "source": s.source, "first": show.day(s.first, lang), "last": show.day(s.last, lang),
             "days": s.days, "events": s.events, "documents": s.documents,
             "gap": [show.day(d, lang) for d in s.longest_gap] if s.longest_gap else None,
             "text": show.text(s, lang),
             "href": show.link("/events", period=p.label, origin=s.origin, source=s.source)}
            for s in spans
        ],
        "runs": {"rows": [_run(r) for r in runs.rows], "total": runs.total},
        "inputs": {"rows": loaded.rows, "total": loaded.total},
        "quarantine": {"rows": held.rows, "total": held.total, "offset": held.offset,
                       "limit": held.limit,
                       "next": offset + limit if offset + limit < held.total else None,
                       "previous": max(offset - limit, 0) if offset > 0 else None},
    }  # fmt: skip


def days(ask: Ask) -> dict[str, Any]:
    """Per origin, each day of the period (its last MAX_DAYS) marked covered or not, each
    linking to that day's events of that origin."""
    p = ask.period
    first = max(p.start, p.end - timedelta(days=MAX_DAYS - 1))
    all_days = [first + timedelta(days=i) for i in range((p.end - first).days + 1)]
    out: dict[str, Any] = {}
    for origin, covered in covered_days(ask.reading.backend, p).items():
        have = set(covered)
        out[origin] = {"label": label("origin", origin, ask.lang), "days": [
            {"day": d.isoformat(), "covered": d in have, "mark": "■" if d in have else "·",
             "href": show.link("/events", period=d.isoformat(), origin=origin)}
            for d in all_days]}  # fmt: skip
    return out


def _run(r: dict[str, Any]) -> dict[str, Any]:
    import json

    counts = r.get("counts")
    try:
        parsed = json.loads(counts) if isinstance(counts, str) else counts
    except ValueError:
        parsed = counts
    when = {k: r[k].isoformat(sep=" ", timespec="seconds") if r.get(k) else None
            for k in ("started", "finished")}  # fmt: skip
    return {**r, **when, "counts": parsed, "inputs": list(r.get("inputs") or ())}


# -- reports ----------------------------------------------------------------------------------
def reports(ask: Ask) -> dict[str, Any]:
    """The formats and languages a report can be downloaded in, with their links."""
    p = ask.period
    return {
        **ask.common(),
        "formats": list(FORMATS),
        "langs": list(LANGS),
        "downloads": [
            {"lang": lang, "format": fmt,
             "href": show.link("/reports/download", period=p.label, report_lang=lang, format=fmt)}
            for lang in LANGS for fmt in FORMATS
        ],
    }  # fmt: skip
