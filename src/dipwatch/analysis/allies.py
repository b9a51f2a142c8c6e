"""Taiwan's diplomatic allies: who recognises the ROC on a day, switches found in the events,
and a watch list of the allies drifting towards Beijing.

- **allies on a day**: the recognition reference (``reference.recognition().allies(on)``),
  minus every state with a *coded switch* on or before that day and after its last change in
  the reference: an event 161 (break relations) between the state and TWN, or 054/064
  (recognition) between the state and CHN (codes in typology.yaml, ``allies.switch_codes``).
- **watch list**: each ally's events with the PRC in the ``allies.lookback_months`` before the
  day, scored Σ weight × count over signals: ``contact`` (roots 04, 05), ``agreement`` (057 and
  root 06), ``intent`` (root 03), plus ``leader`` for each such event with a government actor.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import ibis.expr.types as ir

from dipwatch.analysis.config import analysis_config
from dipwatch.analysis.frames import (
    PRC,
    TWN,
    Backend,
    Context,
    Evidence,
    anchor_frame,
    events,
    evidence_rows,
    rows,
    with_countries,
)
from dipwatch.periods import Period


@dataclass(frozen=True, slots=True)
class Switch:
    """A state moving its recognition, from the reference or coded in the events."""

    country: str
    date: date
    to: str
    origin: str  # reference | events
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True, slots=True)
class WatchItem:
    country: str
    score: float
    signals: dict[str, int]
    evidence: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class AlliesResult:
    on: date
    allies: list[str]
    switches: list[Switch]
    watch: list[WatchItem] = field(default_factory=list)


def coded_switches(
    backend: Backend, until: date, config: dict[str, Any] | None = None
) -> list[Switch]:
    """Recognition switches to the PRC coded in the backend up to ``until``, first date per state."""
    codes = (config or analysis_config())["allies"]["switch_codes"]
    t = with_countries(events(backend))
    t = t.filter(t.date <= until)
    breaks = t.filter(t.code.isin(codes["break_with_roc"]), (t.src == TWN) != (t.tgt == TWN))
    breaks = breaks.mutate(country=(breaks.src == TWN).ifelse(breaks.tgt, breaks.src))
    joins = t.filter(t.code.isin(codes["recognise_prc"]), (t.src == PRC) != (t.tgt == PRC))
    joins = joins.mutate(country=(joins.src == PRC).ifelse(joins.tgt, joins.src))
    both = breaks.union(joins).filter(
        lambda x: x.country.notnull() & (x.country != PRC) & (x.country != TWN)
    )
    firsts = rows(both.group_by("country").aggregate(day=both.date.min()))
    out = []
    for r in sorted(firsts, key=lambda r: (r["day"], r["country"])):
        proof = evidence_rows(
            both.filter(both.country == r["country"]).order_by(["date", "event_id"]), 3
        )
        out.append(Switch(r["country"], r["day"], "PRC", "events", tuple(proof)))
    return out


def allies_on(on: date, ctx: Context, switches: list[Switch]) -> list[str]:
    """Sorted ISO3 of the ROC's allies on ``on``: the reference, minus later coded switches."""
    base = set(ctx.recognition.allies(on)) if ctx.recognition is not None else set()
    for s in switches:
        if s.date <= on and s.country in base and s.date > _last_reference_change(ctx, s.country):
            base.discard(s.country)
    return sorted(base)


def _last_reference_change(ctx: Context, iso3: str) -> date:
    if ctx.recognition is None:
        return date.min
    days = [c.date for c in ctx.recognition.changes if c.country == iso3]
    return max(days, default=date.min)


def signal_frame(frame: ir.Table) -> ir.Table:
    """Per partner: counts of each watch-list signal."""
    contact = frame.root.isin(["04", "05"]) & (frame.code != "057")
    agreement = (frame.code == "057") | (frame.root == "06")
    intent = frame.root == "03"
    gov = frame.source_actor.contains("GOV") | frame.target_actor.contains("GOV")
    return frame.group_by("partner").aggregate(
        contact=contact.ifelse(1, 0).sum(),
        agreement=agreement.ifelse(1, 0).sum(),
        intent=intent.ifelse(1, 0).sum(),
        leader=((contact | agreement | intent) & gov).ifelse(1, 0).sum(),
    )


def watch_list(
    backend: Backend, on: date, allies: list[str], config: dict[str, Any] | None = None
) -> list[WatchItem]:
    """Allies ranked by their documented signals with the PRC before ``on`` (highest first)."""
    cfg = (config or analysis_config())["allies"]
    start = on - timedelta(days=round(30.44 * cfg["lookback_months"]))
    frame = anchor_frame(events(backend), PRC)
    frame = frame.filter(frame.date.between(start, on), frame.partner.isin(allies or ["---"]))
    found = {r.pop("partner"): r for r in rows(signal_frame(frame))}
    out = []
    for iso3 in allies:
        signals = {k: int(v) for k, v in (found.get(iso3) or {}).items()}
        score = round(sum(cfg["weights"][k] * n for k, n in signals.items()), 3)
        proof = () if not score else tuple(
            evidence_rows(frame.filter(frame.partner == iso3).order_by([frame.goldstein.desc(), frame.date, frame.event_id]), 3)
        )  # fmt: skip
        out.append(WatchItem(iso3, score, signals, proof))
    return sorted(out, key=lambda w: (-w.score, w.country))


def allies(
    backend: Backend, period: Period, ctx: Context, config: dict[str, Any] | None = None
) -> AlliesResult:
    """Taiwan's allies on the period's last day, every switch up to then, and the watch list.

    >>> # allies(backend, parse_period("2021-12-31"), reference_context()).allies
    """
    config = config or analysis_config()
    coded = coded_switches(backend, period.end, config)
    current = allies_on(period.end, ctx, coded)
    ref = [
        Switch(c.country, c.date, c.to, "reference")
        for c in (ctx.recognition.changes if ctx.recognition is not None else ())
        if c.date <= period.end
    ]
    switches = sorted(ref + coded, key=lambda s: (s.date, s.country, s.origin))
    return AlliesResult(
        period.end, current, switches, watch_list(backend, period.end, current, config)
    )


@dataclass(frozen=True, slots=True)
class BacktestRow:
    country: str
    switched: date
    rank: int | None
    of: int
    score: float


def backtest(backend: Backend, ctx: Context, since: date = date(2016, 1, 1)) -> list[BacktestRow]:
    """For each switch to the PRC in the reference since ``since``: where the switcher ranked
    on the watch list the day before (1 = top; None when it had no signals at all)."""
    if ctx.recognition is None:
        return []
    out = []
    for change in ctx.recognition.changes:
        if change.to != "PRC" or change.date < since:
            continue
        day = change.date - timedelta(days=1)
        ranked = watch_list(backend, day, list(ctx.recognition.allies(day)))
        place = next(
            (i + 1 for i, w in enumerate(ranked) if w.country == change.country and w.score), None
        )
        score = next((w.score for w in ranked if w.country == change.country), 0.0)
        out.append(BacktestRow(change.country, change.date, place, len(ranked), score))
    return out
