"""What each page shows, as plain data: the page's template renders it and its ``/api/...``
twin returns it as JSON. Every figure comes from a library call (:mod:`dipwatch.api`) on one
snapshot of the store; analysis results are cached per snapshot, period and state.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from dipwatch.api.analyze import analyze, default_period, open_session
from dipwatch.api.browse import (
    allies_series,
    event_page,
    label,
    monthly,
    nci_rows,
    periods,
    recognition_changes,
)
from dipwatch.api.events import EventFilter
from dipwatch.api.live import Reading
from dipwatch.periods import Period, parse_period
from dipwatch.web import present as show
from dipwatch.web.cache import Cache
from dipwatch.web.words import ui

if TYPE_CHECKING:
    from dipwatch.api.analyze import Session

T = TypeVar("T")


@dataclass(slots=True)
class Ask:
    """One request: the snapshot it reads, the cache, the reader's language and the period."""

    reading: Reading
    cache: Cache
    lang: str
    period: Period
    sessions: dict[str, Session] = field(default_factory=dict)

    def cached(self, key: tuple[Any, ...], compute: Callable[[], T]) -> T:
        return self.cache.get(self.reading.generation, key, compute)

    def analysis(self, name: str, period: Period | None = None) -> list[Any]:
        """Analysis ``name`` on ``period`` (the request's by default), computed once per
        snapshot."""
        p = period or self.period
        return self.cached(("analysis", name, p.label),
                           lambda: analyze(self.reading.backend, name, p,
                                           session=self.session(p)))  # fmt: skip

    def session(self, period: Period | None = None) -> Session:
        """The period's :class:`~dipwatch.analysis.session.Session` for this request: the
        page's analyses share its frames and each other's results (the judgments reuse the
        typology the overview placed). Its tables live in the request's own connection to the
        snapshot, so it ends with the request; the results stay in the snapshot's cache."""
        p = period or self.period
        found = self.sessions.get(p.label)
        if found is None:
            found = self.sessions[p.label] = open_session(self.reading.backend, p)
        return found

    def close(self) -> None:
        """Drop the sessions' tables while the request's connection is still open."""
        for found in self.sessions.values():
            found.close()
        self.sessions.clear()

    def events(self, filt: EventFilter, limit: int, offset: int = 0) -> Any:
        """A page of events, read once per snapshot (readers often ask for the same page)."""
        return self.cached(("events", filt, limit, offset),
                           lambda: event_page(self.reading.backend, filt, limit, offset))  # fmt: skip

    def common(self) -> dict[str, Any]:
        """What every page shows: the period, the periods to pick from, the snapshot."""
        found = self.cached(("periods",), lambda: periods(self.reading.backend))
        return {"period": show.period(self.period, self.lang), "periods": found,
                "lang": self.lang, "generation": self.reading.generation}  # fmt: skip


def period_of(reading: Reading, cache: Cache, text: str | None) -> Period:
    """The period asked for, or the quarter of the newest stored event."""
    if text:
        return parse_period(text)
    return cache.get(reading.generation, ("default_period",),
                     lambda: default_period(reading.backend))  # fmt: skip


# -- overview ---------------------------------------------------------------------------------
def overview(ask: Ask) -> dict[str, Any]:
    lang, p = ask.lang, ask.period
    placements = ask.analysis("typology")
    recent = ask.events(EventFilter(start=p.start, end=p.end), limit=10)
    return {
        **ask.common(),
        "judgments": [{"rank": j.rank, "key": j.key, "text": show.text(j, lang),
                       "evidence": show.evidence_list(j.evidence, lang, 5)}
                      for j in ask.analysis("judgments")],
        "alerts": [{"kind": a.kind, "country": show.state(a.country, lang),
                    "text": show.text(a, lang), "evidence": show.evidence_list(a.evidence, lang, 3)}
                   for a in ask.analysis("alerts")],
        "typology": typology_rows(placements, p, lang),
        "kinds": kinds(placements, lang),
        "recent": {"events": [show.event_row(r, recent.documents, lang) for r in recent.rows],
                   "total": recent.total,
                   "href": show.link("/events", period=p.label)},
    }  # fmt: skip


def typology_rows(placements: list[Any], p: Period, lang: str) -> list[dict[str, Any]]:
    """Each placed state with its kind and the counts behind it, each linking to the events."""
    return [
        {"state": show.state(x.country, lang), "type": x.type, "kind": label("type", x.type, lang),
         "events": x.scores.get("events"), "cooperation": x.scores.get("cooperation"),
         "conflict": x.scores.get("conflict"), "punitive": x.scores.get("punitive"),
         "href": show.link("/events", period=p.label, actor=x.country, partner="CHN"),
         "text": show.text(x, lang)}
        for x in sorted(placements, key=lambda x: (x.type, x.country))
    ]  # fmt: skip


def kinds(placements: list[Any], lang: str) -> list[dict[str, Any]]:
    """The typology's kinds, each with its members."""
    order = ("pragmatic_cooperation", "managing_differences", "condemnation_sanctions",
             "undetermined")  # fmt: skip
    return [
        {"type": t, "kind": label("type", t, lang),
         "members": [show.state(x.country, lang) for x in placements if x.type == t]}
        for t in order
    ]  # fmt: skip


# -- country ----------------------------------------------------------------------------------
def country(ask: Ask, iso3: str, filt: EventFilter, limit: int, offset: int) -> dict[str, Any]:
    lang = ask.lang
    placed = next((x for x in ask.analysis("typology") if x.country == iso3), None)
    # every state's UN-vote agreement, computed once per period (a state's page then costs a
    # look-up, not a query over the votes)
    votes = [v for v in ask.analysis("alignment") if v.country == iso3]
    page = ask.events(filt, limit, offset)
    return {
        **ask.common(),
        "state": show.state(iso3, lang),
        "placement": None if placed is None else {
            "type": placed.type, "kind": label("type", placed.type, lang),
            "text": show.text(placed, lang), "scores": placed.scores,
            "evidence": show.evidence_list(placed.evidence, lang)},
        "alignment": [{"year": v.year, "issue": v.issue, "votes": v.votes,
                       "with_prc": show.percent(v.with_prc), "with_usa": show.percent(v.with_usa)}
                      for v in votes],
        "series": series(ask, iso3),
        "events": listing(page, lang, filt),
    }  # fmt: skip


def series(ask: Ask, iso3: str) -> list[dict[str, Any]]:
    """The state's net cooperation with the PRC by month, over the year to the period's end."""
    rows = ask.cached(
        ("monthly", ask.period.label), lambda: monthly(ask.reading.backend, ask.period)
    )
    return nci_rows(rows, [iso3])


def listing(page: Any, lang: str, filt: EventFilter) -> dict[str, Any]:
    """A page of events with its counts and the links to the pages before and after."""
    return {
        "events": [show.event_row(r, page.documents, lang) for r in page.rows],
        "total": page.total, "offset": page.offset, "limit": page.limit,
        "first": page.offset + 1 if page.rows else 0, "last": page.offset + len(page.rows),
        "previous": max(page.offset - page.limit, 0) if page.offset > 0 else None,
        "next": page.offset + page.limit if page.offset + page.limit < page.total else None,
    }  # fmt: skip


# -- Taiwan's allies --------------------------------------------------------------------------
def allies(ask: Ask) -> dict[str, Any]:
    lang, p = ask.lang, ask.period
    (res,) = ask.analysis("allies")
    return {
        **ask.common(),
        "on": show.day(res.on, lang), "text": show.text(res, lang),
        "allies": [show.state(c, lang) for c in res.allies],
        "switches": [{"state": show.state(s.country, lang), "day": show.day(s.date, lang),
                      "to": s.to, "direction": ui(f"allies.to.{s.to}", lang),
                      "text": show.text(s, lang), "evidence": show.evidence_list(s.evidence, lang)}
                     for s in res.switches if p.contains(s.date)],
        "watch": [{"state": show.state(w.country, lang), "score": round(w.score, 2),
                   "signals": [{"kind": label("signal", k, lang), "n": n,
                                "href": show.link("/events", ids=",".join(e.event_id for e in w.evidence))}
                               for k, n in w.signals.items() if n],
                   "latest": show.day(w.latest, lang), "text": show.text(w, lang),
                   "evidence": show.evidence_list(w.evidence, lang)}
                  for w in res.watch if w.score],
        "history": [{"day": show.day(c["date"], lang), "date": c["date"],
                     "state": show.state(c["country"], lang), "to": c["to"],
                     "direction": ui(f"allies.to.{c['to']}", lang),
                     "href": show.link("/events", actor=c["country"], period=c["date"].isoformat())}
                    for c in recognition_changes()],
        "series": ask.cached(("allies_series", p.label), lambda: allies_series(res, p)),
    }  # fmt: skip


# -- contradictions ---------------------------------------------------------------------------
def contradictions(ask: Ask) -> dict[str, Any]:
    lang = ask.lang
    return {
        **ask.common(),
        "contradictions": [
            {"kind": c.kind, "pair": [show.state(x, lang) for x in c.pair],
             "days_apart": c.days_apart, "text": show.text(c, lang), "official": c.official,
             "claims": [claim(c.first, lang), claim(c.second, lang)]}
            for c in ask.analysis("contradictions")
        ],
    }  # fmt: skip


def claim(c: Any, lang: str) -> dict[str, Any]:
    return {
        "day": show.day(c.date, lang), "date": c.date, "source": c.source,
        "official": c.official, "text": c.text, "url": show.safe_url(c.url),
        "ordinal": c.ordinal, "code": show.code(c.code, lang),
        "href": show.event_link(c.event_id, c.date), "event_id": c.event_id,
    }  # fmt: skip
