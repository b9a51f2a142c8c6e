"""Taiwan's diplomatic allies: who recognises the ROC on a day, the switches that happened, and a
watch list of the allies drifting towards Beijing.

**Switches are facts.** The recognition reference (``reference.recognition()``) is the record.
An event is only a *claim* of a switch: a break with Taipei (``allies.switch_codes.break_with_roc``
with ``TWN`` on the other side) or a recognition of Beijing (``recognise_prc`` with ``CHN``), as
coded acts; intents (03x), threats and statements never are, and the coder's own reading of
mode (a future or a conditional becomes an intent or a threat code; a negated act is not
coded) is honoured by taking the code as it stands. A claim by a state that was not an ally
at the time is ignored. A claim by an ally becomes a switch when

- the reference records that state's switch within ``allies.match_days`` of it (the claim is
  then evidence of the reference's switch, dated as the reference dates it); or, only after
  the reference's last recorded change (newer news than the record),
- both halves are claimed (a break with Taipei and a recognition of Beijing within
  ``match_days``), or ``allies.min_sources`` different sources report it.

Any other claim is a **signal**: ``reported_switch`` on the watch list, with its sentence.

**Watch list**: each ally's events with the PRC in the ``allies.lookback_months`` before the
day, scored Σ weight × count over the signals ``reported_switch``, ``agreement`` (057, root
06), ``intent`` (root 03), ``contact`` (roots 04, 05) and ``leader`` (one of those with a
government actor). Only allies with a signal are listed, the latest signals first in evidence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import ibis
import ibis.expr.types as ir

from dipwatch.analysis.config import analysis_config
from dipwatch.analysis.frames import (
    EVIDENCE_COLUMNS,
    PRC,
    TWN,
    Backend,
    Context,
    Evidence,
    anchor_frame,
    as_evidence,
    events,
    evidence_rows,
    rows,
    with_countries,
    with_source,
)  # fmt: skip
from dipwatch.analysis.prose import Count, Day, Labels, Name, Names, PeriodName, Text, join, render
from dipwatch.periods import Period

SIGNALS = ("reported_switch", "agreement", "intent", "contact", "leader")


@dataclass(frozen=True, slots=True)
class Switch:
    """A state that moved its recognition from Taipei to Beijing (or back), with the events
    that report it; ``origin`` is ``reference`` (the record) or ``events`` (claims beyond it)."""

    country: str
    date: date
    to: str
    origin: str
    evidence: tuple[Evidence, ...] = ()
    text: Text = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class WatchItem:
    """An ally with signals towards Beijing: their counts, score, latest day and events."""

    country: str
    score: float
    signals: dict[str, int]
    evidence: tuple[Evidence, ...]
    latest: date | None = None
    text: Text = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class AlliesResult:
    """The allies on the period's last day (``on``) and on the day before it began, the
    switches in the period, the watch list, and a summary in three languages."""

    on: date
    allies: list[str]
    switches: list[Switch]
    watch: list[WatchItem] = field(default_factory=list)
    allies_before: list[str] = field(default_factory=list)
    text: Text = field(default_factory=dict)


def switch_claims(backend: Backend, until: date, config: dict[str, Any]) -> ir.Table:
    """Coded acts of breaking with Taipei or recognising Beijing up to ``until``, one row per
    event with the ``country`` that acted, the ``half`` (break or recognise) and its source."""
    codes = config["allies"]["switch_codes"]
    t = with_countries(events(backend))
    t = t.filter(t.date <= until)
    halves = []
    for half, key, other in (("break", "break_with_roc", TWN), ("recognise", "recognise_prc", PRC)):
        h = t.filter(t.code.isin(codes[key]), (t.src == other) != (t.tgt == other))
        halves.append(
            h.mutate(country=(h.src == other).ifelse(h.tgt, h.src), half=ibis.literal(half))
        )
    both = halves[0].union(halves[1])
    both = both.filter(both.country.notnull(), ~both.country.isin([PRC, TWN]))
    return with_source(backend, both)


def switches(
    backend: Backend, until: date, ctx: Context, config: dict[str, Any] | None = None
) -> tuple[list[Switch], list[dict[str, Any]]]:
    """Switches up to ``until`` (the reference's, with their events, and confirmed claims beyond
    it) and the claims that are not switches (rows of :func:`switch_claims`)."""
    config = config or analysis_config()
    cfg = config["allies"]
    cols = [*EVIDENCE_COLUMNS, "country", "half", "source"]
    claims = rows(
        switch_claims(backend, until, config).select(*cols).order_by(["date", "event_id"])
    )
    changes = [c for c in _changes(ctx) if c.date <= until]
    horizon = max((c.date for c in _changes(ctx)), default=date.min)
    window = timedelta(days=cfg["match_days"])
    found: dict[tuple[str, date], list[dict[str, Any]]] = {(c.country, c.date): [] for c in changes}
    loose = []
    for claim in claims:
        day, iso3 = claim["date"], claim["country"]
        ref = next((c for c in changes if c.country == iso3 and abs(c.date - day) <= window), None)
        if ref is not None:
            found[(iso3, ref.date)].append(claim)
        elif ctx.recognition is None or iso3 in ctx.recognition.allies(day - timedelta(days=1)):
            loose.append(claim)
    out = [Switch(c.country, c.date, c.to, "reference", tuple(as_evidence(found[(c.country, c.date)], backend)))
           for c in changes]  # fmt: skip
    beyond = [c for c in loose if c["date"] > horizon]
    for iso3 in sorted({c["country"] for c in beyond}):
        mine = [c for c in beyond if c["country"] == iso3]
        if _confirmed(mine, window, cfg["min_sources"]):
            out.append(
                Switch(iso3, mine[0]["date"], "PRC", "events", tuple(as_evidence(mine, backend)))
            )
            loose = [c for c in loose if c["country"] != iso3]
    return sorted(out, key=lambda s: (s.date, s.country)), loose


def _confirmed(claims: list[dict[str, Any]], window: timedelta, min_sources: int) -> bool:
    """Both halves within ``window`` of each other, or enough sources for the claim."""
    first = {h: min(c["date"] for c in claims if c["half"] == h)
             for h in ("break", "recognise") if any(c["half"] == h for c in claims)}  # fmt: skip
    both = len(first) == 2 and abs(first["break"] - first["recognise"]) <= window
    return both or len({c["source"] for c in claims}) >= min_sources


def _changes(ctx: Context) -> list[Any]:
    return list(ctx.recognition.changes) if ctx.recognition is not None else []


def allies_on(on: date, ctx: Context, found: list[Switch]) -> list[str]:
    """Sorted ISO3 of the ROC's allies on ``on``: the reference, minus the switches confirmed
    beyond it (the reference's own are in it already)."""
    base = set(ctx.recognition.allies(on)) if ctx.recognition is not None else set()
    gone = {s.country for s in found if s.origin == "events" and s.date <= on and s.to == "PRC"}
    return sorted(base - gone)


def signal_frame(frame: ir.Table, switch_codes: list[str]) -> ir.Table:
    """Per partner: counts of each watch-list signal."""
    reported = frame.code.isin(switch_codes)
    contact = frame.root.isin(["04", "05"]) & (frame.code != "057") & ~reported
    agreement = (frame.code == "057") | (frame.root == "06")
    intent = frame.root == "03"
    gov = frame.source_actor.contains("GOV") | frame.target_actor.contains("GOV")
    return frame.group_by("partner").aggregate(
        reported_switch=reported.ifelse(1, 0).sum(),
        contact=contact.ifelse(1, 0).sum(),
        agreement=agreement.ifelse(1, 0).sum(),
        intent=intent.ifelse(1, 0).sum(),
        leader=((contact | agreement | intent | reported) & gov).ifelse(1, 0).sum(),
        latest=frame.date.max(),
    )


def watch_list(
    backend: Backend, on: date, allies: list[str], config: dict[str, Any] | None = None
) -> list[WatchItem]:
    """Every ally in ``allies``, ranked by its documented signals with the PRC in the lookback
    before ``on`` (highest first; allies without any have score 0)."""
    cfg = (config or analysis_config())["allies"]
    start = on - timedelta(days=round(30.44 * cfg["lookback_months"]))
    codes = [*cfg["switch_codes"]["break_with_roc"], *cfg["switch_codes"]["recognise_prc"]]
    frame = anchor_frame(events(backend), PRC)
    breaks = anchor_frame(events(backend), TWN)
    frame = frame.union(breaks.filter(breaks.code.isin(cfg["switch_codes"]["break_with_roc"])))
    frame = frame.filter(frame.date.between(start, on), frame.partner.isin(allies or ["---"]))
    found = {r.pop("partner"): r for r in rows(signal_frame(frame, codes))}
    out = []
    for iso3 in allies:
        got = found.get(iso3) or {}
        latest = got.pop("latest", None)
        signals = {k: int(got.get(k) or 0) for k in SIGNALS}
        score = round(sum(cfg["weights"][k] * n for k, n in signals.items()), 3)
        mine = frame.filter(frame.partner == iso3)
        key = mine.code.isin(codes).ifelse(0, mine.root.isin(["03", "06"]).ifelse(1, 2))
        proof = () if not score else tuple(evidence_rows(
            mine.order_by([key, mine.date.desc(), mine.event_id]), 3, backend))  # fmt: skip
        out.append(WatchItem(iso3, score, signals, proof, latest))
    return sorted(out, key=lambda w: (-w.score, w.country))


def allies(
    backend: Backend, period: Period, ctx: Context, config: dict[str, Any] | None = None
) -> AlliesResult:
    """Taiwan's allies on the period's last day, the switches in the period, the watch list.

    >>> from dipwatch.analysis.frames import reference_context
    >>> from dipwatch.periods import parse_period
    >>> from dipwatch.store import Store
    >>> with Store(":memory:") as s:
    ...     r = allies(s.ibis(), parse_period("2021Q4"), reference_context())
    >>> len(r.allies_before), len(r.allies), [x.country for x in r.switches]
    (15, 14, ['NIC'])
    >>> print(r.text["en"])  # doctest: +NORMALIZE_WHITESPACE
    Taiwan had 14 diplomatic allies on 31 December 2021, 15 diplomatic allies on 30 September
    2021. Nicaragua switched recognition from Taipei to Beijing on 10 December 2021.
    """
    config = config or analysis_config()
    found, _ = switches(backend, period.end, ctx, config)
    current = allies_on(period.end, ctx, found)
    before_day = period.start - timedelta(days=1)
    before = allies_on(before_day, ctx, found)
    moved = [_with_text(s) for s in found if period.contains(s.date)]
    watch = [
        _watch_text(w, period, config)
        for w in watch_list(backend, period.end, current, config)
        if w.score
    ]
    parts = [render("allies.count", allies=Count(len(current), "ally"), on=Day(period.end),
                    before=Count(len(before), "ally"), start=Day(before_day))]  # fmt: skip
    parts += [s.text for s in moved] or [render("allies.no_switch", period=PeriodName(period))]
    if watch:
        top = tuple(w.country for w in watch[:3])
        parts.append(render("allies.watch_top", states=Names(top)))
    return AlliesResult(period.end, current, moved, watch, before, join(parts))


def _with_text(s: Switch) -> Switch:
    key = "allies.switched" if s.to == "PRC" else "allies.switched_back"
    return Switch(
        s.country,
        s.date,
        s.to,
        s.origin,
        s.evidence,
        render(key, state=Name(s.country), day=Day(s.date)),
    )


def _watch_text(w: WatchItem, period: Period, config: dict[str, Any]) -> WatchItem:
    kinds = tuple(k for k in SIGNALS if w.signals.get(k) and k != "leader")
    text = render(
        "allies.watch", state=Name(w.country), signals=Count(sum(w.signals[k] for k in kinds), "signal"),
        months=Count(int(config["allies"]["lookback_months"]), "month"), on=Day(period.end),
        latest=Day(w.latest) if w.latest else "", kinds=Labels("signals", kinds),
    )  # fmt: skip
    return WatchItem(w.country, w.score, w.signals, w.evidence, w.latest, text)


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
    out = []
    for change in _changes(ctx):
        if change.to != "PRC" or change.date < since:
            continue
        day = change.date - timedelta(days=1)
        ranked = watch_list(backend, day, sorted(ctx.recognition.allies(day)))
        place = next(
            (i + 1 for i, w in enumerate(ranked) if w.country == change.country and w.score), None
        )
        score = next((w.score for w in ranked if w.country == change.country), 0.0)
        out.append(BacktestRow(change.country, change.date, place, len(ranked), score))
    return out
