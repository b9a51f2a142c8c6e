"""Key judgments: the few findings that matter most in a period, ranked, in the shape of the
chapter's opening bullets: two sentences each, naming states and dates, in three languages,
with the events behind them. Events are counted in stories (date x pair x code), so a fact
told by a text and by GDELT rows counts once. Thresholds: ``typology.yaml``, ``judgments``.

How each is derived:

- ``us_china`` — the leaders' contact and what followed. The *summit* is the US–China contact
  (codes of ``judgments.summit_codes``) between governments on the day whose sentences name a
  head of state (see claims), then with most official sources, then most sources, then the
  earliest; *channels* are the cooperative contacts and
  agreements (roots 03–05) in the period; the *divergence* is the conflict events between the
  two from ``divergence_days`` before to after the summit, both directions, and among them
  those tagged ``taiwan``. Salience = 1 + ln(1 + US–China events) × (1 + conflict share),
  plus 1 with a summit.
- ``ideology`` — the contest over political values: conflict events between the PRC and
  other states tagged with ``judgments.ideology_issues`` (democracy, human rights); the state
  most involved, and the PRC's own acts in it with their first and last day. Salience =
  ln(1 + events) × (1 + states / 5). None without such tags.
- ``closer`` — who drew closer to Beijing as US–China tension rose. Tension: US–China
  conflict events now against the previous period, counted from the origins (text, gdelt...)
  that cover both periods, as are the acts below. A state drew
  closer when its acts of support, intent, agreement and material cooperation with the PRC
  (roots ``closer_roots``) number at least ``min_acts``, exceed the previous covered period's,
  and its net cooperation is at least ``min_nci``; the most of them are named. Without a
  covered previous period the text says so and claims no change. Salience = ln(1 + their
  acts) × (1 + a rise in tension).
- ``taiwan`` — Taiwan's isolation: the switches of the period and the allies left on its last
  day (see allies: only switches that happened), and the ally with most signals towards
  Beijing, with the day of its latest. Salience = 3 × switches + ln(1 + the top ally's score).

The top ``judgments.top_n`` are returned, highest salience first, with their ``rank``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

import ibis
import ibis.expr.types as ir

from dipwatch.analysis.allies import allies
from dipwatch.analysis.config import analysis_config
from dipwatch.analysis.dyads import net_cooperation
from dipwatch.analysis.frames import (
    PRC,
    USA,
    Backend,
    Context,
    Evidence,
    evidence_rows,
    rows,
    with_source,
)  # fmt: skip
from dipwatch.analysis.prose import (
    Count,
    Day,
    Issues,
    Label,
    Labels,
    Name,
    Names,
    PeriodName,
    Region,
    Text,
    join,
    render,
)  # fmt: skip
from dipwatch.analysis.session import Session, using
from dipwatch.periods import Period


@dataclass(frozen=True, slots=True)
class Judgment:
    """One key judgment: its rank, salience, two sentences in three languages, the evidence
    and the numbers the sentences state (``facts``)."""

    key: str
    salience: float
    text: Text
    evidence: tuple[Evidence, ...] = ()
    facts: dict[str, Any] = field(default_factory=dict)
    rank: int = 0


def _frame(s: Session, period: Period, origins: list[str] | None = None) -> ir.Table:
    f = s.period_frame(period)
    return f.filter(f.origin.isin(origins)) if origins is not None else f


def _stories(f: ir.Table) -> int:
    return int(f.story.nunique().to_pyarrow().as_py() or 0)


def us_china(s: Session, period: Period, cfg: dict[str, Any]) -> Judgment | None:
    f = _frame(s, period)
    us = f.filter(f.partner == USA)
    counts = rows(us.aggregate(
        total=us.story.nunique(), conflict=us.story.nunique(where=us.quad_class >= 3),
        channels=us.story.nunique(where=us.root.isin(["03", "04", "05"])),
    ))[0]  # fmt: skip
    total, conflict, channels = (int(counts[k] or 0) for k in ("total", "conflict", "channels"))
    if not total:
        return None
    summit = _summit(s.backend, us, cfg)
    sal = 1 + math.log1p(total) * (1 + conflict / total) + (1 if summit else 0)
    if summit is None:
        text = render("judgments.us_china_plain", prc=Name(PRC), usa=Name(USA), period=PeriodName(period),
                      events=Count(total, "event"), conflict=Count(conflict, "event"))  # fmt: skip
        return Judgment(
            "us_china", round(sal, 3), text, (), {"events": total, "conflict": conflict}
        )
    day = summit["date"]
    lo, hi = (
        day - timedelta(days=cfg["divergence_days"]),
        day + timedelta(days=cfg["divergence_days"]),
    )
    near = us.filter(us.date.between(lo, hi), us.quad_class >= 3)
    on_taiwan = near.issues.contains("taiwan").fill_null(False)
    around = rows(near.aggregate(
        n=near.story.nunique(), taiwan=near.story.nunique(where=on_taiwan),
        sides=near.outgoing.nunique(),
    ))[0]  # fmt: skip
    n_div, n_tw, both = int(around["n"] or 0), int(around["taiwan"] or 0), around["sides"] == 2
    first = render("judgments.summit", prc=Name(PRC), usa=Name(USA), day=Day(day),
                   channels=Count(channels, "contact"), period=PeriodName(period))  # fmt: skip
    key = (
        "judgments.divergence_all_taiwan"  # "2 events…, 2 of them on Taiwan" reads as a slip
        if n_tw and n_tw == n_div
        else "judgments.divergence_taiwan"
        if n_tw
        else "judgments.divergence"
        if n_div
        else "judgments.no_divergence"
    )
    second = render(key, n=Count(n_div, "event"), taiwan=Count(n_tw, "case"),
                    sides=Label("sides", "both" if both else "one"))  # fmt: skip
    proof = evidence_rows(us.filter(us.date == day).order_by(["event_id"]), 2, s.backend)
    shown = near.filter(on_taiwan) if n_tw else near
    proof += evidence_rows(shown.order_by(["date", "event_id"]), 3, s.backend)
    facts = {"summit": day, "channels": channels, "divergence": n_div, "taiwan": n_tw,
             "events": total, "conflict": conflict}  # fmt: skip
    return Judgment("us_china", round(sal, 3), join([first, second]), tuple(proof), facts)


def _summit(backend: Backend, us: ir.Table, cfg: dict[str, Any]) -> dict[str, Any] | None:
    """The day of the leaders' contact: the one whose sentences name a head of state, then
    the most reported by official sources, then by any, then the earliest."""
    from dipwatch.analysis.claims import heads_named, official_source

    gov = us.source_actor.contains("GOV") & us.target_actor.contains("GOV")
    top = with_source(backend, us.filter(us.code.isin(cfg["summit_codes"]), gov))
    found = rows(top.select("date", "source", "url", "text").distinct())
    if not found:
        return None
    ccfg = analysis_config()["contradictions"]
    days: dict[date, list[int]] = {}
    for r in found:
        tally = days.setdefault(r["date"], [0, 0, 0])
        tally[0] += "head_of_state" in heads_named(r["text"], (PRC, USA), r["date"])
        tally[1] += official_source(r["source"], r["url"], ccfg)
        tally[2] += 1
    best = min(days, key=lambda d: (-min(days[d][0], 1), -days[d][1], -days[d][2], d))
    return {"date": best, "sources": days[best][2]}


def ideology(s: Session, period: Period, cfg: dict[str, Any]) -> Judgment | None:
    f = _frame(s, period)
    wanted = ibis.literal(list(cfg["ideology_issues"]), type="array<string>")
    tagged = f.issues.intersect(wanted).length().fill_null(0) > 0
    f = f.filter(tagged, f.quad_class >= 3)
    per = rows(
        f.group_by("partner").aggregate(n=f.story.nunique()).order_by([ibis.desc("n"), "partner"])
    )
    if not per:
        return None
    n = _stories(f)
    top = per[0]["partner"]
    mine = f.filter(f.partner == top, f.outgoing)
    span = rows(mine.aggregate(lo=mine.date.min(), hi=mine.date.max(), k=mine.story.nunique()))[0]
    first = render("judgments.ideology", prc=Name(PRC), states=Names(tuple(r["partner"] for r in per[:4])),
                   events=Count(n, "event"), issues=Issues(tuple(cfg["ideology_issues"])))  # fmt: skip
    if span["k"]:
        second = render("judgments.ideology_answer", prc=Name(PRC), top=Name(top), n=Count(int(span["k"]), "event"),
                        first=Day(span["lo"]), last=Day(span["hi"]))  # fmt: skip
    else:
        second = render("judgments.ideology_silent", prc=Name(PRC), top=Name(top))
    proof = evidence_rows(f.order_by([f.outgoing.desc(), f.date, f.event_id]), 4, s.backend)
    sal = math.log1p(n) * (1 + len(per) / 5)
    facts = {
        "events": n,
        "states": [r["partner"] for r in per],
        "top": top,
        "answers": int(span["k"]),
    }
    return Judgment("ideology", round(sal, 3), join([first, second]), tuple(proof), facts)


def closer(s: Session, period: Period) -> Judgment | None:
    config, ctx = s.config, s.ctx
    cfg = config["judgments"]
    prev = period.previous()
    cover = s.coverage()
    origins = cover.comparable(prev, period)
    covered = bool(origins)
    codes = config["allies"]["switch_codes"]["recognise_prc"]
    moved = allies(s.backend, period, ctx, session=s).switches
    switched = [x.country for x in moved] or ["---"]
    now = _acts(s, period, cfg, codes, switched, origins or None)
    before = _acts(s, prev, cfg, codes, switched, origins) if covered else {}
    excluded = set(config["typology"].get("exclude", ())) | {USA}
    up = [c for c, r in now.items() if c not in excluded and ctx.is_state(c) and r["acts"] >= cfg["min_acts"]
          and (r["nci"] or 0) >= cfg["min_nci"] and r["acts"] > before.get(c, {}).get("acts", 0)]  # fmt: skip
    up.sort(
        key=lambda c: (-(now[c]["acts"] - before.get(c, {}).get("acts", 0)), -now[c]["acts"], c)
    )
    if not up:
        return None
    tension_now = now.get(USA, {}).get("conflict", 0)
    tension_before = before.get(USA, {}).get("conflict", 0) if covered else None
    rose = tension_before is not None and tension_now > tension_before
    names = Names(tuple(up[: cfg["top_states"]]))
    acts = sum(now[c]["acts"] for c in up)
    if covered:
        key = "judgments.closer_rose" if rose else "judgments.closer_tense"
        first = render(key, states=names, prc=Name(PRC), usa=Name(USA), now=Count(tension_now, "event"),
                       before=Count(tension_before or 0, "event"), period=PeriodName(period),
                       origins=Labels("origins", tuple(origins)))  # fmt: skip
        second = render("judgments.closer_acts", acts=Count(acts, "act"),
                        before=Count(sum(before.get(c, {}).get("acts", 0) for c in up), "act"))  # fmt: skip
    else:
        first = render("judgments.closer_uncovered", states=names, prc=Name(PRC), acts=Count(acts, "act"),
                       period=PeriodName(period))  # fmt: skip
        second = cover.note(prev.start)
    f = _frame(s, period)
    f = f.filter(
        f.partner.isin(up[: cfg["top_states"]]), f.root.isin(cfg["closer_roots"]), f.quad_class <= 2
    )
    proof = evidence_rows(f.order_by([f.goldstein.desc(), f.date, f.event_id]), 4, s.backend)
    sal = math.log1p(acts) * (1 + (1 if rose else 0))
    facts = {"states": up, "acts": {c: now[c]["acts"] for c in up}, "compared": covered,
             "origins": origins, "us_conflict": tension_now, "us_conflict_before": tension_before}  # fmt: skip
    return Judgment("closer", round(sal, 3), join([first, second]), tuple(proof), facts)


def _acts(
    s: Session,
    period: Period,
    cfg: dict[str, Any],
    switch_codes: list[str],
    switched: list[str],
    origins: list[str] | None = None,
) -> dict[str, dict[str, Any]]:
    """Per partner: acts of support, intent, agreement and cooperation (stories), its NCI and
    its conflict (stories with an event of quad class 3 or 4), from ``origins`` only if given.
    A claimed recognition of Beijing counts only from a state that did switch (see allies)."""
    f = _frame(s, period, origins)
    claimed = f.code.isin(switch_codes) & ~f.partner.isin(switched)
    act = f.root.isin(cfg["closer_roots"]) & (f.quad_class <= 2) & ~claimed
    per = f.group_by(["partner", "story"]).aggregate(q=f.quad_class.max(), a=act.ifelse(1, 0).max())
    found = per.group_by("partner").aggregate(
        acts=per.a.sum(), **{f"q{k}": (per.q == k).ifelse(1, 0).sum() for k in (1, 2, 3, 4)}
    )
    out = {}
    for r in rows(found):
        quads = {k: int(r[f"q{k}"]) for k in (1, 2, 3, 4)}
        out[r["partner"]] = {"acts": int(r["acts"]), "nci": net_cooperation(quads),
                             "conflict": quads[3] + quads[4]}  # fmt: skip
    return out


def taiwan(s: Session, period: Period) -> Judgment | None:
    ctx = s.ctx
    if ctx.recognition is None:
        return None
    res = allies(s.backend, period, ctx, session=s)
    moved = [x for x in res.switches if x.to == "PRC"]
    top = res.watch[0] if res.watch else None
    sal = 3 * len(moved) + (math.log1p(top.score) if top else 0.0)
    if not sal:
        return None
    n = Count(len(res.allies), "ally")
    if moved:
        first = render("judgments.taiwan_switch", states=Names(tuple(x.country for x in moved)),
                       day=Day(moved[-1].date), allies=n, region=Region(ctx.regions.get(moved[-1].country, "")))  # fmt: skip
    else:
        first = render("judgments.taiwan_kept", allies=n, period=PeriodName(period))
    second = render("judgments.taiwan_watch", state=Name(top.country), signals=Count(sum(
        v for k, v in top.signals.items() if k != "leader"), "signal"), day=Day(top.latest or period.end)) if top else render(
        "judgments.taiwan_no_watch")  # fmt: skip
    proof = tuple(e for x in moved for e in x.evidence[:2]) + (top.evidence[:2] if top else ())
    facts = {"allies": len(res.allies), "switches": [(x.country, x.date) for x in moved],
             "watch": top.country if top else None, "watch_latest": top.latest if top else None}  # fmt: skip
    return Judgment("taiwan", round(sal, 3), join([first, second]), proof, facts)


def judgments(
    backend: Backend, period: Period, ctx: Context, config: dict[str, Any] | None = None,
    *, session: Session | None = None,
) -> list[Judgment]:  # fmt: skip
    """The period's key judgments, most salient first, ranked from 1.

    >>> from dipwatch.analysis.frames import reference_context
    >>> from dipwatch.periods import parse_period
    >>> from dipwatch.store import Store
    >>> with Store(":memory:") as s:
    ...     found = judgments(s.ibis(), parse_period("2021Q4"), reference_context())
    >>> [(j.rank, j.key) for j in found], found[0].text["en"][:60]
    ([(1, 'taiwan')], 'Nicaragua switched recognition from Taipei to Beijing on 10 ')
    """
    with using(session, backend, period, ctx, config) as s:
        return list(s.once(("judgments", period), lambda: _judgments(s, period)))


def _judgments(s: Session, period: Period) -> list[Judgment]:
    cfg = s.config["judgments"]
    found = [us_china(s, period, cfg), ideology(s, period, cfg), closer(s, period),
             taiwan(s, period)]  # fmt: skip
    ranked = sorted((j for j in found if j), key=lambda j: (-j.salience, j.key))[: cfg["top_n"]]
    return [
        Judgment(j.key, j.salience, j.text, j.evidence, j.facts, i + 1)
        for i, j in enumerate(ranked)
    ]
