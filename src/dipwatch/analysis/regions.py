"""Regions: the PRC's activity region by region — volume, main partners, net trend, forums.

A state's region comes from the countries reference (``Country.region``); the net trend is the
region's net cooperation index (see dyads) now minus in the previous period; forums are the
organisations of kind ``igo``/``forum`` whose ``region`` is the region or whose members lie in it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from dipwatch.analysis.dyads import QUADS, DyadStats, dyads, net_cooperation
from dipwatch.analysis.frames import Backend, Context
from dipwatch.periods import Period


@dataclass(frozen=True, slots=True)
class RegionSummary:
    region: str
    period: str
    events: int
    previous_events: int | None
    nci: float | None
    previous_nci: float | None
    trend: float | None
    partners: list[dict[str, Any]]
    forums: list[str]


def _forums(region: str, ctx: Context) -> list[str]:
    members = {c for c, r in ctx.regions.items() if r == region}
    out = []
    for org in ctx.organisations:
        if org.kind not in ("igo", "forum"):
            continue
        if org.region == region or (members and set(org.members) & members):
            out.append(org.name_en)
    return sorted(out)


def _summary(region: str, period: Period, stats: list[DyadStats], ctx: Context) -> RegionSummary:
    now = {q: sum(s.by_quad[q] for s in stats) for q in QUADS}
    compared = all(s.previous_covered for s in stats)
    prev_events = sum(s.previous_events or 0 for s in stats) if compared else None
    nci, prev_nci = net_cooperation(now), None
    if prev_events:
        # the previous period's quad mix is not kept per dyad; weight each dyad's previous NCI
        weighted = [(s.previous_nci or 0.0) * (s.previous_events or 0) for s in stats]
        prev_nci = round(sum(weighted) / prev_events, 4)
    top = sorted(stats, key=lambda s: (-s.events, s.partner))[:5]
    return RegionSummary(
        region, period.label, sum(s.events for s in stats), prev_events, nci, prev_nci,
        None if nci is None or prev_nci is None else round(nci - prev_nci, 4),
        [{"country": s.partner, "events": s.events, "nci": s.nci} for s in top if s.events],
        _forums(region, ctx),
    )  # fmt: skip


def regions(
    backend: Backend, period: Period, ctx: Context, region: str | None = None
) -> list[RegionSummary]:
    """One summary per region with PRC events in ``period`` (or only ``region``), busiest first.

    >>> from dipwatch.analysis.frames import reference_context
    >>> from dipwatch.periods import parse_period
    >>> from dipwatch.store import Store
    >>> with Store(":memory:") as s:
    ...     regions(s.ibis(), parse_period("2021Q4"), reference_context())
    []
    """
    grouped: dict[str, list[DyadStats]] = {}
    for s in dyads(backend, period):
        name = ctx.regions.get(s.partner)
        if name and (region is None or name == region):
            grouped.setdefault(name, []).append(s)
    out = [_summary(name, period, stats, ctx) for name, stats in grouped.items()]
    return sorted(out, key=lambda r: (-r.events, r.region))
