"""Alerts: what changed in a period, ranked by a documented score.

Kinds and scores (weights in typology.yaml, ``alerts``):

- ``change_point``: a month of a PRC dyad whose event count is far from the mean of the
  ``lookback_months`` before it, tested as Poisson (upper tail for rises, lower for falls);
  flagged when p < ``alpha`` and either count ≥ ``min_events``; score = weight × −log10 p.
- ``typology_change``: a state placed in a different (determined) type than in the previous
  period; score = weight.
- ``recognition_change``: a coded switch of recognition in the period; score = weight.
- ``first_contact``: a state with events with the PRC in the period and none in the
  ``first_contact_months`` before, when the backend holds PRC events in that window at all;
  score = weight × events.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from typing import Any

from scipy import stats

from dipwatch.analysis.allies import coded_switches
from dipwatch.analysis.config import analysis_config
from dipwatch.analysis.dyads import monthly_series
from dipwatch.analysis.frames import PRC, Backend, Context, Evidence, anchor_frame, events, rows
from dipwatch.analysis.typology import typology
from dipwatch.periods import Period


@dataclass(frozen=True, slots=True)
class Alert:
    kind: str
    country: str
    period: str
    score: float
    summary_en: str
    summary_zh_hant: str
    evidence: tuple[Evidence, ...] = ()


def _months_back(day: date, n: int) -> date:
    y, m = day.year, day.month - n
    while m < 1:
        y, m = y - 1, m + 12
    return date(y, m, 1)


def change_points(backend: Backend, period: Period, cfg: dict[str, Any]) -> list[Alert]:
    """Months in ``period`` whose dyad counts break from their trailing mean."""
    back = cfg["lookback_months"]
    span = Period(_months_back(period.start, back), period.end, "custom", "")
    series: dict[str, dict[date, int]] = {}
    for r in rows(monthly_series(backend, span)):
        series.setdefault(r["partner"], {})[r["month"]] = int(r["n"])
    out = []
    for partner, counts in series.items():
        for month in period.months():
            first = date(month.start.year, month.start.month, 1)
            hist = [counts.get(_months_back(first, k), 0) for k in range(1, back + 1)]
            alert = _test_month(partner, month.label, counts.get(first, 0), hist, cfg)
            if alert:
                out.append(alert)
    return out


def _test_month(
    partner: str, label: str, n: int, hist: list[int], cfg: dict[str, Any]
) -> Alert | None:
    base = sum(hist) / len(hist)
    if max(n, base) < cfg["min_events"]:
        return None
    rate = max(base, 0.5)  # a quiet dyad still has some chance of an event
    p = stats.poisson.sf(n - 1, rate) if n > base else stats.poisson.cdf(n, rate)
    if p >= cfg["alpha"]:
        return None
    word, zh = ("rose", "升至") if n > base else ("fell", "降至")
    return Alert(
        "change_point", partner, label, _score(cfg, "change_point", -math.log10(max(p, 1e-300))),
        f"PRC–{partner} events {word} to {n} in {label} (mean {base:.1f} in the {len(hist)} months before; p={p:.2g}).",
        f"中國與{partner}的事件於{label}{zh}{n}件（前{len(hist)}個月平均{base:.1f}件；p={p:.2g}）。",
    )  # fmt: skip


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
        out.append(Alert(
            "typology_change", p.country, period.label, _score(cfg, "typology_change", 1.0),
            f"{ctx.name(p.country)} moved from {old.type} to {p.type}.",
            f"{ctx.name_zh(p.country)}由「{old.type}」轉為「{p.type}」。", p.evidence,
        ))  # fmt: skip
    return out


def first_contacts(backend: Backend, period: Period, cfg: dict[str, Any]) -> list[Alert]:
    frame = anchor_frame(events(backend), PRC)
    start = _months_back(period.start, cfg["first_contact_months"])
    now = frame.filter(frame.date.between(period.start, period.end))
    before = frame.filter(frame.date.between(start, period.start), frame.date < period.start)
    if not before.count().execute():  # the backend does not reach back: every partner is "new"
        return []
    fresh = now.anti_join(before.select("partner").distinct(), "partner")
    found = rows(fresh.group_by("partner").aggregate(n=fresh.count()))
    return [
        Alert("first_contact", r["partner"], period.label, _score(cfg, "first_contact", r["n"]),
              f"First PRC–{r['partner']} events in {cfg['first_contact_months']} months: {r['n']}.",
              f"中國與{r['partner']}{cfg['first_contact_months']}個月來首次出現事件：{r['n']}件。")
        for r in found
    ]  # fmt: skip


def alerts(
    backend: Backend, period: Period, ctx: Context, config: dict[str, Any] | None = None
) -> list[Alert]:
    """Every alert of ``period``, highest score first.

    >>> # alerts(backend, parse_period("2021Q4"), reference_context())[0].kind
    """
    config = config or analysis_config()
    cfg = config["alerts"]
    found = change_points(backend, period, cfg) + first_contacts(backend, period, cfg)
    found += typology_changes(backend, period, ctx, config)
    for s in coded_switches(backend, period.end, config):
        if period.contains(s.date):
            found.append(Alert(
                "recognition_change", s.country, period.label, _score(cfg, "recognition_change", 1.0),
                f"{ctx.name(s.country)} switched recognition from Taipei to Beijing on {s.date}.",
                f"{ctx.name_zh(s.country)}於{s.date}與臺灣斷交、承認北京。", s.evidence,
            ))  # fmt: skip
    return sorted(found, key=lambda a: (-a.score, a.kind, a.country))
