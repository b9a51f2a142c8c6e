"""Coverage: which days the store holds material for, per origin and source.

Every load records, per origin (text, gdelt, icews, csv), source (a document's source; the
origin for event files) and day, the events it stored dated that day and the documents it
stored published that day (the ``coverage`` table, written by ``Store.load``). An analysis
that reads an absence of events as news — a "first contact", a change point against the
months before, a comparison with the previous period — must first know the store looked:

- a **month is covered** when the store has material on at least
  ``coverage.min_days_per_month`` of its days (from any origin and source);
- a **span is covered** when at least ``coverage.min_share`` of its months are.

Where a span is not covered, the analyses do not make the claim and say where the data start
(:meth:`Coverage.note`). :func:`coverage_summary` is what a report's method section prints.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import pairwise
from typing import Any

from dipwatch.analysis.config import analysis_config
from dipwatch.analysis.frames import Backend, rows
from dipwatch.analysis.prose import Count, Day, Label, Text, render
from dipwatch.periods import Period


@dataclass(frozen=True, slots=True)
class Coverage:
    """The days with material, from any origin and source, and the rule for "covered".

    >>> c = Coverage(frozenset(date(2021, 8, d) for d in range(1, 32)), 4, 0.9)
    >>> c.start, c.covers(date(2021, 8, 1), date(2021, 8, 31)), c.covers(date(2021, 7, 1), date(2021, 8, 31))
    (datetime.date(2021, 8, 1), True, False)
    """

    days: frozenset[date]
    min_days_per_month: int = 4
    min_share: float = 0.9
    by_origin: dict[str, frozenset[date]] = field(default_factory=dict)

    @property
    def start(self) -> date | None:
        return min(self.days, default=None)

    def month_covered(self, first: date, origin: str | None = None) -> bool:
        """Whether the month that starts on ``first`` has enough days with material (from
        ``origin`` only, if given)."""
        days = self.days if origin is None else self.by_origin.get(origin, frozenset())
        n = sum(1 for d in days if d.year == first.year and d.month == first.month)
        return n >= self.min_days_per_month

    def covers(self, start: date, end: date, origin: str | None = None) -> bool:
        """Whether enough of the months from ``start`` to ``end`` are covered (by ``origin``)."""
        months = Period(start, end, "custom", "").months()
        covered = sum(self.month_covered(m.start.replace(day=1), origin) for m in months)
        return bool(months) and covered / len(months) >= self.min_share

    def comparable(self, *periods: Period) -> list[str]:
        """The origins that cover every one of ``periods``: what a comparison between them may
        count (a corpus of texts about one quarter is no rise against GDELT before it)."""
        return [o for o in sorted(self.by_origin)
                if all(self.covers(p.start, p.end, o) for p in periods)]  # fmt: skip

    def compares(self, period: Period, before: Period, origins: list[str]) -> bool:
        """Whether ``period`` may be compared with ``before``: every origin of the period's
        events (``origins``) covers both, so a change is not a change of sources."""
        found = [o for o in origins if o in self.by_origin]
        return bool(found) and set(found) <= set(self.comparable(period, before))

    def note(self, start: date) -> Text:
        """What to say instead of a claim about time from ``start`` on that is not covered."""
        if self.start is None:
            return render("coverage.none")
        if self.start > start:
            return render("coverage.data_start", start=Day(self.start), since=Day(start))
        return render("coverage.data_gap", since=Day(start))


def load_coverage(backend: Backend, config: dict[str, Any] | None = None) -> Coverage:
    """The backend's coverage (from its ``coverage`` table; from the events' days when a
    backend has no such table, e.g. one exported before schema 5)."""
    cfg = (config or analysis_config())["coverage"]
    if "coverage" in backend.list_tables():
        c = backend.table("coverage")
        days = c.select("origin", "day").distinct()
    else:
        e = backend.table("events")
        days = e.select("origin", day=e.date).distinct()
    by_origin: dict[str, set[date]] = {}
    for r in rows(days):
        by_origin.setdefault(r["origin"], set()).add(r["day"])
    found = frozenset(d for v in by_origin.values() for d in v)
    return Coverage(
        found, int(cfg["min_days_per_month"]), float(cfg["min_share"]),
        {k: frozenset(v) for k, v in by_origin.items()},
    )  # fmt: skip


@dataclass(frozen=True, slots=True)
class CoverageSpan:
    """What one origin and source covers: first and last day, days with material, events and
    documents, the longest stretch without any, and a sentence in three languages."""

    origin: str
    source: str
    first: date
    last: date
    days: int
    events: int
    documents: int
    longest_gap: tuple[date, date] | None = None
    text: Text = field(default_factory=dict)


def coverage_summary(backend: Backend, period: Period | None = None) -> list[CoverageSpan]:
    """Per origin and source, what the store covers (within ``period`` if given), busiest
    first: the facts a report's method section states about its data.

    >>> from dipwatch.store import Store
    >>> with Store(":memory:") as s:
    ...     coverage_summary(s.ibis())
    []
    """
    c = backend.table("coverage")
    if period is not None:
        c = c.filter(c.day.between(period.start, period.end))
    per_day = c.group_by(["origin", "source", "day"]).aggregate(
        events=c.events.sum(), documents=c.documents.sum()
    )
    spans: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for r in rows(per_day.order_by(["origin", "source", "day"])):
        spans.setdefault((r["origin"], r["source"]), []).append(r)
    out = [_span(origin, source, found) for (origin, source), found in spans.items()]
    return sorted(out, key=lambda s: (-s.events - s.documents, s.origin, s.source))


def _span(origin: str, source: str, found: list[dict[str, Any]]) -> CoverageSpan:
    days = [r["day"] for r in found]
    gap = max(pairwise(days), key=lambda p: (p[1] - p[0], p[0]), default=None)
    gap = (
        (gap[0] + timedelta(days=1), gap[1] - timedelta(days=1))
        if gap and (gap[1] - gap[0]).days > 1
        else None
    )
    events = int(sum(r["events"] for r in found))
    documents = int(sum(r["documents"] for r in found))
    text = render(
        "coverage.span", origin=_origin_word(origin, source), first=Day(days[0]),
        last=Day(days[-1]), days=Count(len(days), "day"), events=Count(events, "event"),
        documents=Count(documents, "document"),
    )  # fmt: skip
    return CoverageSpan(origin, source, days[0], days[-1], len(days), events, documents, gap, text)


def _origin_word(origin: str, source: str) -> Any:
    """How a span is named: the origin's label for event files, the source for texts."""
    if origin != "text" or source == origin:
        return Label("origins", origin)
    return source
