"""Findings: every analysis result a report needs, gathered once from an Ibis backend.

This is the one place that knows which analyses a report runs. They run on one
:class:`~dipwatch.analysis.session.Session`, so the frames they read are materialised once and
the results they share (the allies for the judgments and the alerts, the dyads for the
regions, the typology for the alerts) are computed once. What the report says comes from the
results themselves: their ``text`` in three languages, their ``evidence`` (cited as it is,
without another query), their numbers. The report adds only what no analysis gives: the
US–China section's and the regions' notable happenings, the divergences by issue, the
chronology and the charts' series (:mod:`dipwatch.analysis.chronicle`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from dipwatch.analysis import chronicle
from dipwatch.analysis.allies import AlliesResult, allies, allies_on
from dipwatch.analysis.coverage import Coverage, CoverageSpan, coverage_summary
from dipwatch.analysis.dyads import DyadStats, dyads
from dipwatch.analysis.frames import PRC, USA, Backend, Context
from dipwatch.analysis.session import Session
from dipwatch.periods import Period

#: CAMEO roots of each part of the US-China section.
CONTACT_ROOTS = ["04"]
CHANNEL_ROOTS = ["03", "05", "06"]
IDEOLOGY_ISSUES = ["democracy", "human_rights"]


@dataclass(slots=True)
class USChina:
    stats: DyadStats | None
    contacts: list[chronicle.Happening]
    channels: list[chronicle.Happening]
    divergences: dict[str, int]
    conflicts: list[chronicle.Happening]
    taiwan: list[chronicle.Happening]
    ideology: list[chronicle.Happening]


@dataclass(slots=True)
class Findings:
    """What one period's report says, before any language is chosen. ``sources`` is what the
    store covers in the period per origin and source, ``coverage`` the same over all time."""

    period: Period
    ctx: Context
    dyads: list[DyadStats]
    typology: list[Any]
    regions: list[Any]
    allies: AlliesResult
    alerts: list[Any]
    contradictions: list[Any]
    judgments: list[Any]
    us_china: USChina
    chronology: list[chronicle.Happening]
    by_region: dict[str, list[chronicle.Happening]]
    sources: list[CoverageSpan]
    coverage: list[CoverageSpan]
    cover: Coverage
    allies_series: list[tuple[date, int]] = field(default_factory=list)
    monthly: list[dict[str, Any]] = field(default_factory=list)
    #: Why the period is not compared with the previous one (three languages), if it is not.
    uncompared: dict[str, str] | None = None

    @property
    def newest(self) -> date | None:
        return max((s.last for s in self.coverage), default=None)

    @property
    def oldest(self) -> date | None:
        return self.cover.start


def gather(backend: Backend, period: Period, ctx: Context | None = None,
           session: Session | None = None) -> Findings:  # fmt: skip
    """Run every analysis the report needs on ``period``, on ``session`` (one is made, and
    closed, when none is given).

    >>> from dipwatch.config import Settings
    >>> from dipwatch.store import open_backend
    >>> from dipwatch.periods import parse_period
    >>> with open_backend(Settings(db=":memory:")) as backend:
    ...     f = gather(backend, parse_period("2021Q4"))
    >>> (f.dyads, f.typology, len(f.allies.allies), f.newest)
    ([], [], 14, None)
    """
    if session is None:
        with Session(backend, period, ctx) as own:
            return gather(backend, period, ctx, own)
    from dipwatch.analysis.alerts import alerts
    from dipwatch.analysis.contradictions import contradictions
    from dipwatch.analysis.judgments import judgments
    from dipwatch.analysis.regions import regions
    from dipwatch.analysis.typology import typology

    s, ctx = session, session.ctx
    stats = dyads(backend, period, session=s)
    lists = chronicle.happenings_of(backend, period, _lists(ctx), session=s)
    found = Findings(
        period, ctx, stats, typology(backend, period, ctx, session=s),
        regions(backend, period, ctx, session=s), allies(backend, period, ctx, session=s),
        alerts(backend, period, ctx, session=s), contradictions(backend, period, session=s),
        judgments(backend, period, ctx, session=s), us_china(s, period, stats, lists),
        lists["chronology"], _by_region(lists["regions"]),
        coverage_summary(backend, period), coverage_summary(backend), s.coverage(),
    )  # fmt: skip
    found.monthly = chronicle.monthly(backend, year_to(period), session=s)
    found.allies_series = allies_series(found.allies, period, ctx)
    if not all(x.previous_covered for x in stats):
        found.uncompared = s.coverage().why_not(period, period.previous(), s.origins(period))
    return found


def year_to(period: Period) -> Period:
    """The twelve months that end with ``period`` (or the period, if longer): the charts' span."""
    y, m = period.end.year, period.end.month - 11
    start = min(date(y - (m < 1), m + 12 * (m < 1), 1), period.start)
    return Period(start, period.end, "custom", f"{start.isoformat()}..{period.end.isoformat()}")


def _lists(ctx: Context) -> dict[str, chronicle.Selection]:
    """The happenings the report lists: the US–China section's, the chronology's (大事記) and
    each region's, found together (two queries for all)."""
    us = (USA,)
    return {
        "contacts": chronicle.Selection(us, roots=tuple(CONTACT_ROOTS), limit=10),
        "channels": chronicle.Selection(us, roots=tuple(CHANNEL_ROOTS), limit=6),
        "conflicts": chronicle.Selection(us, roots=tuple(f"{r}" for r in range(10, 21)), limit=8),
        "taiwan": chronicle.Selection(us, issues=("taiwan",), limit=6),
        "ideology": chronicle.Selection(us, issues=tuple(IDEOLOGY_ISSUES), limit=6),
        "chronology": chronicle.Selection(limit=20),
        "regions": chronicle.Selection(limit=4, groups=dict(ctx.regions)),
    }


def us_china(
    s: Session, period: Period, stats: list[DyadStats], lists: dict[str, list[Any]]
) -> USChina:
    """The US-China pair's contacts, channels, divergences, Taiwan and ideology events."""
    return USChina(
        next((x for x in stats if x.partner == USA), None), lists["contacts"], lists["channels"],
        chronicle.issue_conflicts(s.backend, period, PRC, USA, session=s), lists["conflicts"],
        lists["taiwan"], lists["ideology"],
    )  # fmt: skip


def _by_region(found: list[chronicle.Happening]) -> dict[str, list[chronicle.Happening]]:
    out: dict[str, list[chronicle.Happening]] = {}
    for h in found:
        out.setdefault(h.group or "", []).append(h)
    return out


def allies_series(res: AlliesResult, period: Period, ctx: Context, years: int = 10) -> list[Any]:
    """Taiwan's number of allies at the end of each year of the ``years`` before the period's
    end, and on that end: the reference history minus the switches coded in the events."""
    switches = [s for s in res.switches if s.origin == "events"]
    days = [date(y, 12, 31) for y in range(period.end.year - years, period.end.year)]
    return [(d, len(allies_on(d, ctx, switches))) for d in [*days, period.end]]
