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
from datetime import date, timedelta
from typing import Any

from dipwatch.analysis.allies import allies as allies_result
from dipwatch.analysis.coverage import Coverage
from dipwatch.analysis.frames import PRC, Backend, Context, Evidence, months_back, rows
from dipwatch.analysis.prose import Count, Day, Label, Labels, Name, Text, join, render
from dipwatch.analysis.session import Session, using
from dipwatch.analysis.stats import poisson_tail
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


def change_points(s: Session, period: Period, cfg: dict[str, Any], cover: Coverage) -> list[Alert]:
    """Covered months in ``period`` whose dyad counts break from their covered history."""
    ctx = s.ctx
    series: dict[str, dict[tuple[str, date], int]] = {}
    for r in s.months(months_back(period.start, cfg["lookback_months"]), period.end):
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
            alert = _test_month(partner, first, n, hist, cfg, period, origins)
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
    partner: str,
    first: date,
    n: int,
    hist: list[int],
    cfg: dict[str, Any],
    period: Period,
    origins: list[str],
) -> Alert | None:
    """The alert for one dyad's month, or None; its sentence names the origins it counts,
    since a report's sections count every origin and would otherwise seem to disagree."""
    base = sum(hist) / len(hist)
    if max(n, base) < cfg["min_events"]:
        return None
    rate = max(base, 0.5)  # a quiet dyad still has some chance of an event
    p = poisson_tail(n, rate, upper=n > base)
    if p >= cfg["alpha"]:
        return None
    text = render(
        "alerts.rose" if n > base else "alerts.fell", prc=Name(PRC), state=Name(partner), n=Count(n, "event"),
        month=Day(first, "month"), mean=f"{base:.1f}", months=Count(len(hist), "month"),
        origins=Labels("origins", tuple(origins)),
    )  # fmt: skip
    facts = {
        "month": first,
        "events": n,
        "mean_before": round(base, 3),
        "months_before": len(hist),
        "p": p,
        "origins": list(origins),
    }
    return Alert("change_point", partner, period.label,
                 _score(cfg, "change_point", -math.log10(max(p, 1e-300))), text, (), facts)  # fmt: skip


def _score(cfg: dict[str, Any], kind: str, x: float) -> float:
    return round(cfg["weights"][kind] * x, 3)


def typology_changes(s: Session, period: Period) -> list[Alert]:
    cfg = s.config["alerts"]
    earlier = typology(s.backend, period.previous(), s.ctx, session=s, evidence=False)
    before = {p.country: p for p in earlier}
    out = []
    for p in typology(s.backend, period, s.ctx, session=s):
        old = before.get(p.country)
        if old is None or "undetermined" in (p.type, old.type) or old.type == p.type:
            continue
        text = render("alerts.typology_change", state=Name(p.country),
                      old=Label("types", old.type), new=Label("types", p.type))  # fmt: skip
        out.append(Alert("typology_change", p.country, period.label,
                         _score(cfg, "typology_change", 1.0), text, p.evidence,
                         {"from": old.type, "to": p.type}))  # fmt: skip
    return out


def first_contacts(s: Session, period: Period, cfg: dict[str, Any]) -> list[Alert]:
    """States with PRC events in ``period`` and none in the covered months before it."""
    months = cfg["first_contact_months"]
    start = months_back(period.start, months)
    if period.start.day == 1 and (period.end + timedelta(days=1)).day == 1:  # whole months
        now: dict[str, int] = {}
        for r in s.months(period.start, period.end):
            now[r["partner"]] = now.get(r["partner"], 0) + int(r["n"])
        seen = {r["partner"] for r in s.months(start, period.start - timedelta(days=1))}
        found = [{"partner": p, "n": n} for p, n in sorted(now.items()) if p not in seen]
    else:
        fresh = s.period_frame(period).anti_join(
            s.frame(start, period.start - timedelta(days=1)).select("partner").distinct(),
            "partner",
        )
        found = rows(fresh.group_by("partner").aggregate(n=fresh.count()).order_by("partner"))
    return [
        Alert("first_contact", r["partner"], period.label, _score(cfg, "first_contact", r["n"]),
              render("alerts.first_contact", prc=Name(PRC), state=Name(r["partner"]), months=Count(months, "month"),
                     n=Count(int(r["n"]), "event")), (), {"events": int(r["n"]), "months": months})
        for r in found if s.ctx.is_state(r["partner"])
    ]  # fmt: skip


def alerts(
    backend: Backend, period: Period, ctx: Context, config: dict[str, Any] | None = None,
    *, session: Session | None = None,
) -> list[Alert]:  # fmt: skip
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
    with using(session, backend, period, ctx, config) as s:
        return list(s.once(("alerts", period), lambda: _alerts(s, period)))


def _alerts(s: Session, period: Period) -> list[Alert]:
    cfg = s.config["alerts"]
    cover = s.coverage()
    found, withheld = [], []
    if cover.covers(months_back(period.start, cfg["first_contact_months"]), period.start):
        found += first_contacts(s, period, cfg)
    else:
        withheld.append(("first_contact", months_back(period.start, cfg["first_contact_months"])))
    found += change_points(s, period, cfg, cover)
    if not all(month_testable(m.start.replace(day=1), cover, cfg) for m in period.months()):
        withheld.append(("change_point", months_back(period.start, cfg["lookback_months"])))
    prev = period.previous()
    if cover.compares(period, prev, s.origins(period)):
        found += typology_changes(s, period)
    else:
        withheld.append(("typology_change", prev.start))
    for x in allies_result(s.backend, period, s.ctx, session=s).switches:
        if x.to == "PRC":
            text = render("allies.switched", state=Name(x.country), day=Day(x.date))
            found.append(Alert("recognition_change", x.country, period.label,
                               _score(cfg, "recognition_change", 1.0), text, x.evidence,
                               {"date": x.date, "origin": x.origin}))  # fmt: skip
    found.sort(key=lambda a: (-a.score, a.kind, a.country or ""))
    if withheld:
        since = min(d for _, d in withheld)
        what = render("alerts.withheld", claims=Labels("withheld", tuple(k for k, _ in withheld)))
        found.append(Alert("coverage", None, period.label, 0.0, join([what, cover.note(since)]),
                           (), {"withheld": [k for k, _ in withheld], "data_start": cover.start}))  # fmt: skip
    return found
