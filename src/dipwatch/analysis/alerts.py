"""Alerts: what changed in a period, ranked by a documented score, said in three languages.

Kinds and scores (weights in typology.yaml, ``alerts``):

- ``change_point``: a covered month of a PRC dyad whose event count is far from the mean of the
  covered months among the ``lookback_months`` before it (at least ``min_history_months`` of
  them), counting only the events of origins (text, gdelt...) that cover the month and those
  months — a corpus of texts about one quarter is no rise against GDELT before it — tested as
  Poisson (upper tail for rises, lower for falls); flagged when p < ``alpha``
  and either count ≥ ``min_events``; score = weight × −log10 p.
- ``typology_change``: a state placed in a different (determined) type than in the previous
  period, when every origin of the period's events covers the previous one too; score = weight.
- ``recognition_change``: a switch of recognition in the period (see allies); score = weight.
- ``first_contact``: a state with events with the PRC in the period and none in the
  ``first_contact_months`` before, only when the store covers those months; score = weight ×
  events.
- ``coverage``: not an event but a caveat, score 0: which of the claims above were withheld
  because the store does not cover the time they need, and where the data start.

Covered time is defined in :mod:`dipwatch.analysis.coverage`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from dipwatch.analysis.allies import allies as allies_result
from dipwatch.analysis.config import analysis_config
from dipwatch.analysis.coverage import Coverage, load_coverage
from dipwatch.analysis.dyads import monthly_series
from dipwatch.analysis.frames import PRC, Backend, Context, Evidence, anchor_frame, events, rows
from dipwatch.analysis.prose import Count, Day, Label, Labels, Name, Text, join, render
from dipwatch.analysis.typology import typology
from dipwatch.periods import Period


@dataclass(frozen=True, slots=True)
class Alert:
    """One thing that changed (``country`` is None for a caveat about the data), its score,
    the numbers behind it, its sentence in three languages and its evidence."""

    kind: str
    country: str | None
    period: str
    score: float
    text: Text
    evidence: tuple[Evidence, ...] = ()
    facts: dict[str, Any] = field(default_factory=dict)


def months_back(day: date, n: int) -> date:
    """The first day of the month ``n`` months before ``day``'s.

    >>> months_back(date(2021, 10, 15), 12)
    datetime.date(2020, 10, 1)
    """
    y, m = day.year, day.month - n
    while m < 1:
        y, m = y - 1, m + 12
    return date(y, m, 1)


def change_points(
    backend: Backend, period: Period, cfg: dict[str, Any], cover: Coverage, ctx: Context
) -> list[Alert]:
    """Covered months in ``period`` whose dyad counts break from their covered history."""
    span = Period(months_back(period.start, cfg["lookback_months"]), period.end, "custom", "")
    series: dict[str, dict[tuple[str, date], int]] = {}
    for r in rows(monthly_series(backend, span, by_origin=True)):
        if ctx.is_state(r["partner"]):
            series.setdefault(r["partner"], {})[(r["origin"], r["month"])] = int(r["n"])
    out = []
    for month in period.months():
        first = month.start.replace(day=1)
        if not month_testable(first, cover, cfg):
            continue
        hist_months = covered_history(first, cover, cfg)
        origins = [o for o in sorted(cover.by_origin) if cover.month_covered(first, o)
                   and all(cover.month_covered(m, o) for m in hist_months)]  # fmt: skip
        for partner, counts in sorted(series.items()):
            hist = [sum(counts.get((o, m), 0) for o in origins) for m in hist_months]
            n = sum(counts.get((o, first), 0) for o in origins)
            alert = _test_month(partner, first, n, hist, cfg, period)
            if alert:
                out.append(alert)
    return out


def covered_history(first: date, cover: Coverage, cfg: dict[str, Any]) -> list[date]:
    """The covered months among the ``lookback_months`` before the month starting ``first``."""
    back = [months_back(first, k) for k in range(1, cfg["lookback_months"] + 1)]
    return [m for m in back if cover.month_covered(m)]


def month_testable(first: date, cover: Coverage, cfg: dict[str, Any]) -> bool:
    """Whether a month can be tested: covered itself, with enough covered months before it."""
    enough = len(covered_history(first, cover, cfg)) >= cfg["min_history_months"]
    return cover.month_covered(first) and enough


def _test_month(
    partner: str, first: date, n: int, hist: list[int], cfg: dict[str, Any], period: Period
) -> Alert | None:
    from scipy import stats  # imported here: the CLI starts without it

    base = sum(hist) / len(hist)
    if max(n, base) < cfg["min_events"]:
        return None
    rate = max(base, 0.5)  # a quiet dyad still has some chance of an event
    p = float(stats.poisson.sf(n - 1, rate) if n > base else stats.poisson.cdf(n, rate))
    if p >= cfg["alpha"]:
        return None
    text = render(
        "alerts.rose" if n > base else "alerts.fell", prc=Name(PRC), state=Name(partner), n=Count(n, "event"),
        month=Day(first, "month"), mean=f"{base:.1f}", months=Count(len(hist), "month"),
    )  # fmt: skip
    facts = {
        "month": first,
        "events": n,
        "mean_before": round(base, 3),
        "months_before": len(hist),
        "p": p,
    }
    return Alert("change_point", partner, period.label,
                 _score(cfg, "change_point", -math.log10(max(p, 1e-300))), text, (), facts)  # fmt: skip


def _score(cfg: dict[str, Any], kind: str, x: float) -> float:
    return round(cfg["weights"][kind] * x, 3)


def typology_changes(
    backend: Backend, period: Period, ctx: Context, config: dict[str, Any]
) -> list[Alert]:
    cfg = config["alerts"]
    before = {p.country: p for p in typology(backend, period.previous(), ctx, config=config)}
    out = []
    for p in typology(backend, period, ctx, config=config):
        old = before.get(p.country)
        if old is None or "undetermined" in (p.type, old.type) or old.type == p.type:
            continue
        text = render("alerts.typology_change", state=Name(p.country),
                      old=Label("types", old.type), new=Label("types", p.type))  # fmt: skip
        out.append(Alert("typology_change", p.country, period.label,
                         _score(cfg, "typology_change", 1.0), text, p.evidence,
                         {"from": old.type, "to": p.type}))  # fmt: skip
    return out


def first_contacts(
    backend: Backend, period: Period, cfg: dict[str, Any], ctx: Context
) -> list[Alert]:
    """States with PRC events in ``period`` and none in the covered months before it."""
    months = cfg["first_contact_months"]
    frame = anchor_frame(events(backend), PRC)
    start = months_back(period.start, months)
    now = frame.filter(frame.date.between(period.start, period.end))
    before = frame.filter(frame.date >= start, frame.date < period.start)
    fresh = now.anti_join(before.select("partner").distinct(), "partner")
    found = rows(fresh.group_by("partner").aggregate(n=fresh.count()).order_by("partner"))
    return [
        Alert("first_contact", r["partner"], period.label, _score(cfg, "first_contact", r["n"]),
              render("alerts.first_contact", prc=Name(PRC), state=Name(r["partner"]), months=Count(months, "month"),
                     n=Count(int(r["n"]), "event")), (), {"events": int(r["n"]), "months": months})
        for r in found if ctx.is_state(r["partner"])
    ]  # fmt: skip


def _origins(backend: Backend, period: Period) -> list[str]:
    t = anchor_frame(events(backend), PRC)
    t = t.filter(t.date.between(period.start, period.end))
    return sorted(r["origin"] for r in rows(t.select("origin").distinct()))


def alerts(
    backend: Backend, period: Period, ctx: Context, config: dict[str, Any] | None = None
) -> list[Alert]:
    """Every alert of ``period``, highest score first (caveats about the data last).

    >>> from dipwatch.analysis.frames import reference_context
    >>> from dipwatch.periods import parse_period
    >>> from dipwatch.store import Store
    >>> with Store(":memory:") as s:
    ...     found = alerts(s.ibis(), parse_period("2021Q4"), reference_context())
    >>> [(a.kind, a.country) for a in found]
    [('recognition_change', 'NIC'), ('coverage', None)]
    >>> found[1].text["en"]
    'Not claimed for want of data: first contacts, change points and changes of type. The store holds no data yet.'
    """
    config = config or analysis_config()
    cfg = config["alerts"]
    cover = load_coverage(backend, config)
    found, withheld = [], []
    if cover.covers(months_back(period.start, cfg["first_contact_months"]), period.start):
        found += first_contacts(backend, period, cfg, ctx)
    else:
        withheld.append(("first_contact", months_back(period.start, cfg["first_contact_months"])))
    found += change_points(backend, period, cfg, cover, ctx)
    if not all(month_testable(m.start.replace(day=1), cover, cfg) for m in period.months()):
        withheld.append(("change_point", months_back(period.start, cfg["lookback_months"])))
    prev = period.previous()
    if cover.compares(period, prev, _origins(backend, period)):
        found += typology_changes(backend, period, ctx, config)
    else:
        withheld.append(("typology_change", prev.start))
    for s in allies_result(backend, period, ctx, config).switches:
        if s.to == "PRC":
            text = render("allies.switched", state=Name(s.country), day=Day(s.date))
            found.append(Alert("recognition_change", s.country, period.label,
                               _score(cfg, "recognition_change", 1.0), text, s.evidence,
                               {"date": s.date, "origin": s.origin}))  # fmt: skip
    found.sort(key=lambda a: (-a.score, a.kind, a.country or ""))
    if withheld:
        since = min(d for _, d in withheld)
        what = render("alerts.withheld", claims=Labels("withheld", tuple(k for k, _ in withheld)))
        found.append(Alert("coverage", None, period.label, 0.0, join([what, cover.note(since)]),
                           (), {"withheld": [k for k, _ in withheld], "data_start": cover.start}))  # fmt: skip
    return found
