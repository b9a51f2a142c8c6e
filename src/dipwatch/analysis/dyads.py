"""Dyads: how each bilateral relationship of the PRC (or any pair asked for) moved in a period.

For each pair and period: event counts by quad class and CAMEO root, the Goldstein sum and
mean, the **net cooperation index** and the volume normalised against all of the anchor's
events, and the change against the previous period with two tests of whether it is noise:

- **NCI** = Σ w_q·n_q / Σ |w_q|·n_q with w = (+1, +2, −1, −2) for quad classes 1–4 (verbal
  cooperation, material cooperation, verbal conflict, material conflict): −1 when every event
  is conflict, +1 when every event is cooperation, material acts weighing double.
- **count test**: conditional binomial test of the pair's count now vs before, given the
  anchor's total in each period (``scipy.stats.binomtest``): did the pair's *share* of the
  anchor's activity change? Falls back to the periods' lengths when the anchor had no events.
- **tone test**: Welch's t-test on the Goldstein values from the two periods' means, variances
  and counts (``scipy.stats.ttest_ind_from_stats``), computed in the database.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

import ibis
import ibis.expr.types as ir

from dipwatch.analysis.coverage import load_coverage
from dipwatch.analysis.frames import (
    PRC,
    Backend,
    anchor_frame,
    anchor_volume,
    events,
    in_period,
    rows,
)
from dipwatch.periods import Period

QUADS = (1, 2, 3, 4)
WEIGHTS = {1: 1, 2: 2, 3: -1, 4: -2}


@dataclass(frozen=True, slots=True)
class DyadStats:
    """One pair in one period (``anchor`` is the PRC unless another pair was asked for)."""

    anchor: str
    partner: str
    period: str
    events: int
    by_quad: dict[int, int]
    by_root: dict[str, int]
    goldstein_sum: float
    goldstein_mean: float | None
    nci: float | None
    share: float | None
    previous_events: int | None = 0
    previous_nci: float | None = None
    previous_goldstein_mean: float | None = None
    change: int | None = 0
    count_p: float | None = None
    goldstein_p: float | None = None
    significant: bool = False
    extra: dict[str, Any] = field(default_factory=dict)
    #: False when the origins of the period's events do not all cover the previous period
    #: too: then nothing is compared (the ``previous_*``, ``change`` and tests are None), as a
    #: rise could be a change of sources (see analysis/coverage.py).
    previous_covered: bool = True


def net_cooperation(by_quad: dict[int, int]) -> float | None:
    """The net cooperation index of quad-class counts (None with no events).

    >>> net_cooperation({1: 2, 2: 1, 3: 1, 4: 0})
    0.6
    """
    denom = sum(abs(WEIGHTS[q]) * by_quad.get(q, 0) for q in QUADS)
    if not denom:
        return None
    return round(sum(WEIGHTS[q] * by_quad.get(q, 0) for q in QUADS) / denom, 4)


def aggregate(frame: ir.Table) -> ir.Table:
    """Per partner: count, counts by quad class, Goldstein sum, mean and sample variance."""
    q = frame.quad_class
    return frame.group_by("partner").aggregate(
        n=frame.count(),
        **{f"q{k}": (q == k).ifelse(1, 0).sum() for k in QUADS},
        gsum=frame.goldstein.sum(),
        gmean=frame.goldstein.mean(),
        gvar=frame.goldstein.var(how="sample"),
        gn=frame.goldstein.count(),
    )


def _frame(backend: Backend, period: Period, anchor: str, partners: list[str] | None) -> ir.Table:
    f = anchor_frame(in_period(events(backend), period), anchor)
    return f.filter(f.partner.isin(partners)) if partners else f


def _totals(backend: Backend, period: Period, anchor: str) -> int:
    t = anchor_volume(in_period(events(backend), period), anchor)
    return int(t.count().to_pyarrow().as_py())


def dyads(
    backend: Backend,
    period: Period,
    *,
    anchor: str = PRC,
    partners: list[str] | None = None,
    alpha: float = 0.05,
) -> list[DyadStats]:
    """Every pair of ``anchor`` with another state (or only ``partners``) in ``period``,
    busiest first; compared with the previous period only where the store covers it.

    >>> from dipwatch.periods import parse_period
    >>> from dipwatch.store import Store
    >>> with Store(":memory:") as s:
    ...     usa = dyads(s.ibis(), parse_period("2021Q4"), partners=["USA"])[0]
    >>> usa.events, usa.nci, usa.previous_covered, usa.change
    (0, None, False, None)
    """
    prev = period.previous()
    now = {r["partner"]: r for r in rows(aggregate(_frame(backend, period, anchor, partners)))}
    before = {r["partner"]: r for r in rows(aggregate(_frame(backend, prev, anchor, partners)))}
    roots = _roots(_frame(backend, period, anchor, partners))
    totals = (_totals(backend, period, anchor), _totals(backend, prev, anchor))
    out = []
    # busiest first, ties in code order: the same rows in the same order on every engine and run
    for partner in sorted(
        set(now) | set(partners or ()), key=lambda p: (-now.get(p, {}).get("n", 0), p)
    ):
        out.append(
            _stats(
                anchor, partner, period, now.get(partner), before.get(partner), roots, totals, alpha
            )
        )
    if not load_coverage(backend).compares(period, prev, _origins(backend, period, anchor)):
        out = [uncompared(s) for s in out]
    return out


def _origins(backend: Backend, period: Period, anchor: str) -> list[str]:
    """The origins (text, gdelt...) of the anchor's events in ``period``."""
    t = anchor_volume(in_period(events(backend), period), anchor)
    return sorted(r["origin"] for r in rows(t.select("origin").distinct()))


def uncompared(s: DyadStats) -> DyadStats:
    """``s`` without a comparison with a previous period the store does not cover."""
    return replace(
        s, previous_events=None, previous_nci=None, previous_goldstein_mean=None, change=None,
        count_p=None, goldstein_p=None, significant=False, previous_covered=False,
    )  # fmt: skip


def pair(backend: Backend, period: Period, a: str, b: str) -> DyadStats:
    """Any pair of states, e.g. ``pair(backend, p, "USA", "JPN")``."""
    return dyads(backend, period, anchor=a, partners=[b])[0]


def _roots(frame: ir.Table) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for r in rows(frame.group_by(["partner", "root"]).aggregate(n=frame.count())):
        out.setdefault(r["partner"], {})[r["root"]] = r["n"]
    return {p: dict(sorted(v.items())) for p, v in out.items()}


def _stats(
    anchor: str,
    partner: str,
    period: Period,
    now: dict[str, Any] | None,
    before: dict[str, Any] | None,
    roots: dict[str, dict[str, int]],
    totals: tuple[int, int],
    alpha: float,
) -> DyadStats:
    empty = {"n": 0, "gsum": 0.0, "gmean": None, "gvar": None, "gn": 0} | {
        f"q{k}": 0 for k in QUADS
    }
    now, before = now or empty, before or empty
    by_quad = {k: int(now[f"q{k}"] or 0) for k in QUADS}
    count_p = _count_test(now["n"], before["n"], totals, period)
    gold_p = _tone_test(now, before)
    significant = any(p is not None and p < alpha for p in (count_p, gold_p))
    return DyadStats(
        anchor=anchor, partner=partner, period=period.label, events=int(now["n"]),
        by_quad=by_quad, by_root=roots.get(partner, {}),
        goldstein_sum=round(float(now["gsum"] or 0.0), 3),
        goldstein_mean=_round(now["gmean"]), nci=net_cooperation(by_quad),
        share=round(now["n"] / totals[0], 4) if totals[0] else None,
        previous_events=int(before["n"]),
        previous_nci=net_cooperation({k: int(before[f"q{k}"] or 0) for k in QUADS}),
        previous_goldstein_mean=_round(before["gmean"]),
        change=int(now["n"] - before["n"]), count_p=count_p, goldstein_p=gold_p,
        significant=significant,
    )  # fmt: skip


def _count_test(n1: int, n0: int, totals: tuple[int, int], period: Period) -> float | None:
    """p-value that the pair's share of activity is the same in both periods."""
    from scipy import stats  # imported here: the CLI starts without it

    if n1 + n0 == 0:
        return None
    t1, t0 = totals
    # the share of the two periods' activity that fell in the current one, under "no change"
    expected = t1 / (t1 + t0) if t1 and t0 else period.days / (2 * period.days)
    return _round(stats.binomtest(n1, n1 + n0, expected).pvalue, 6)


def _tone_test(now: dict[str, Any], before: dict[str, Any]) -> float | None:
    if (now["gn"] or 0) < 2 or (before["gn"] or 0) < 2:
        return None
    v1, v0 = now["gvar"] or 0.0, before["gvar"] or 0.0
    if v1 == 0 and v0 == 0:
        return 0.0 if now["gmean"] != before["gmean"] else 1.0
    from scipy import stats

    res = stats.ttest_ind_from_stats(
        now["gmean"], v1**0.5, now["gn"], before["gmean"], v0**0.5, before["gn"], equal_var=False
    )
    return _round(float(res.pvalue), 6)


def _round(v: Any, nd: int = 3) -> float | None:
    return None if v is None else round(float(v), nd)


def monthly_series(
    backend: Backend, period: Period, anchor: str = PRC, by_origin: bool = False
) -> ir.Table:
    """Per partner and month (and origin, if asked): event count and weighted cooperation sum
    (for alerts)."""
    f = anchor_frame(in_period(events(backend), period), anchor)
    w = ibis.cases(*((f.quad_class == q, WEIGHTS[q]) for q in QUADS), else_=0)
    f = f.mutate(month=f.date.truncate("M"), w=w)
    keys = ["partner", "month", *(["origin"] if by_origin else [])]
    return f.group_by(keys).aggregate(n=f.count(), w=f.w.sum())
