"""Typology: which of the chapter's three kinds of relation Beijing has with each state.

1. ``pragmatic_cooperation`` (務實合作): no political differences; cooperation dominates.
2. ``managing_differences`` (求同存異、管控分歧): political differences with a *major* state:
   conflict on the PRC's core issues alongside continuing consultation.
3. ``condemnation_sanctions`` (外交譴責與制裁): political differences with a small or medium
   state, met by condemnation, downgrading, sanctions or coercion from Beijing.
4. ``undetermined``: too little evidence, or evidence that fits none of the three.

The rules are general and their thresholds live in ``reference/data/typology.yaml``:
*political differences* are conflict events (quad classes 3–4) on a core issue (taiwan,
hong_kong, xinjiang, tibet, human_rights, democracy) in either direction, enough of them and a
large enough share of the dyad's events, or UN votes far from the PRC's where loaded;
*major* is G20 membership or a population at or above the configured size.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import ibis
import ibis.expr.types as ir

from dipwatch.analysis.config import analysis_config
from dipwatch.analysis.frames import (
    PRC,
    Backend,
    Context,
    Evidence,
    anchor_frame,
    events,
    in_period,
    rows,
)
from dipwatch.periods import Period

TYPES = ("pragmatic_cooperation", "managing_differences", "condemnation_sanctions", "undetermined")
TYPE_ZH = {
    "pragmatic_cooperation": "務實合作",
    "managing_differences": "求同存異、管控分歧",
    "condemnation_sanctions": "外交譴責與制裁",
    "undetermined": "尚難判定",
}


@dataclass(frozen=True, slots=True)
class Placement:
    """One state's place in the typology for a period, with why."""

    country: str
    period: str
    type: str
    scores: dict[str, Any]
    evidence: tuple[Evidence, ...]
    explanation_en: str
    explanation_zh_hant: str


def scores_frame(frame: ir.Table, cfg: dict[str, Any]) -> ir.Table:
    """Per partner: events, cooperation, conflict, core-issue conflict, consultation and
    Beijing's punitive acts (counts), computed in the database."""
    conflict = frame.quad_class >= 3
    punitive = frame.outgoing & conflict & frame.root.isin(cfg["punitive"]["roots"])
    consult = frame.root.isin(cfg["consultation"]["roots"])
    return frame.group_by("partner").aggregate(
        events=frame.count(),
        cooperation=(frame.quad_class <= 2).ifelse(1, 0).sum(),
        conflict=conflict.ifelse(1, 0).sum(),
        core_conflict=(conflict & frame.core).ifelse(1, 0).sum(),
        consultation=consult.ifelse(1, 0).sum(),
        punitive=punitive.ifelse(1, 0).sum(),
    )


def classify(scores: dict[str, Any], major: bool, cfg: dict[str, Any]) -> str:
    """The type for one state's scores (see the module docstring for the rules).

    >>> cfg = analysis_config()["typology"]
    >>> classify({"events": 4, "cooperation": 4, "conflict": 0, "core_conflict": 0,
    ...           "consultation": 3, "punitive": 0, "un_agreement": None}, True, cfg)
    'pragmatic_cooperation'
    """
    n = scores["events"]
    if n < cfg["min_events"]:
        return "undetermined"
    if has_differences(scores, cfg):
        if major:
            return "managing_differences"
        enough = scores["punitive"] >= cfg["punitive"]["min_events"]
        return "condemnation_sanctions" if enough else "undetermined"
    if scores["cooperation"] / n >= cfg["cooperation"]["min_share"]:
        return "pragmatic_cooperation"
    return "undetermined"


def has_differences(scores: dict[str, Any], cfg: dict[str, Any]) -> bool:
    d = cfg["differences"]
    by_events = scores["core_conflict"] >= d["min_events"] and (
        scores["core_conflict"] / max(scores["events"], 1) >= d["min_share"]
    )
    agreement = scores.get("un_agreement")
    by_votes = agreement is not None and agreement < cfg["un_votes"]["max_agreement"]
    return by_events or by_votes


def is_major(iso3: str, ctx: Context, config: dict[str, Any]) -> bool:
    """G20 member (if the config counts it), or population ≥ the configured size."""
    m = config["typology"]["major"]
    pop = config["population_millions"].get(iso3, ctx.population.get(iso3))
    return (bool(m.get("g20", True)) and ctx.is_g20(iso3)) or (
        pop is not None and pop >= m["min_population_millions"]
    )


def typology(
    backend: Backend,
    period: Period,
    ctx: Context,
    *,
    countries: list[str] | None = None,
    config: dict[str, Any] | None = None,
    un_agreement: dict[str, float] | None = None,
) -> list[Placement]:
    """Place every state with events with the PRC in ``period`` (or only ``countries``).

    ``un_agreement`` maps ISO3 to the share of UN votes agreeing with the PRC (see alignment).

    >>> # typology(backend, parse_period("2021Q4"), reference_context())[0].type
    """
    config = config or analysis_config()
    cfg = config["typology"]
    frame = anchor_frame(in_period(events(backend), period), PRC)
    if countries:
        frame = frame.filter(frame.partner.isin(countries))
    found = {r.pop("partner"): r for r in rows(scores_frame(frame, cfg))}
    proofs = _evidence(frame, cfg["evidence_top_n"])
    excluded = set(cfg.get("exclude", ()))
    out = []
    for iso3 in sorted(set(found) | set(countries or ())):
        if not ctx.is_state(iso3) or iso3 in excluded:  # organisations, regions, Taiwan
            continue
        scores = found.get(iso3) or dict.fromkeys(
            ("events", "cooperation", "conflict", "core_conflict", "consultation", "punitive"), 0
        )
        scores = {k: int(v) for k, v in scores.items()}
        scores["un_agreement"] = (un_agreement or {}).get(iso3)
        major = is_major(iso3, ctx, config)
        kind = classify(scores, major, cfg)
        scores["major"] = major
        differences = kind in ("managing_differences", "condemnation_sanctions")
        proof = proofs.get((iso3, differences), ())
        out.append(_placement(iso3, period, kind, scores, proof, ctx))
    return out


def _evidence(frame: ir.Table, top: int) -> dict[tuple[str, bool], tuple[Evidence, ...]]:
    """(partner, differences?) -> the events that carry a placement, in one query for all
    partners: core-issue conflict first for the types built on differences, the most
    cooperative first otherwise."""
    diff = ibis.row_number().over(
        group_by="partner",
        order_by=[
            frame.core.desc(),
            frame.quad_class.desc(),
            frame.goldstein,
            frame.date,
            frame.event_id,
        ],
    )
    coop = ibis.row_number().over(
        group_by="partner", order_by=[frame.goldstein.desc(), frame.date, frame.event_id]
    )
    ranked = frame.mutate(rd=diff, rc=coop)
    ranked = ranked.filter((ranked.rd < top) | (ranked.rc < top))
    cols = [
        "partner",
        "rd",
        "rc",
        "event_id",
        "date",
        "source_actor",
        "target_actor",
        "code",
        "text",
    ]
    out: dict[tuple[str, bool], list[tuple[int, Evidence]]] = {}
    for r in rows(ranked.select(*cols)):
        partner, rd, rc = r.pop("partner"), r.pop("rd"), r.pop("rc")
        ev = Evidence(**r)
        if rd < top:
            out.setdefault((partner, True), []).append((rd, ev))
        if rc < top:
            out.setdefault((partner, False), []).append((rc, ev))
    return {k: tuple(e for _, e in sorted(v, key=lambda t: t[0])) for k, v in out.items()}


def _placement(
    iso3: str,
    period: Period,
    kind: str,
    s: dict[str, Any],
    proof: tuple[Evidence, ...],
    ctx: Context,
) -> Placement:
    size = "a major state" if s["major"] else "a small or medium state"
    size_zh = "大國" if s["major"] else "中小國家"
    en = (
        f"{ctx.name(iso3)} ({size}) is placed in {kind.replace('_', ' ')} for {period.label}: "
        f"{s['events']} events with the PRC, {s['cooperation']} cooperative and {s['conflict']} "
        f"in conflict, {s['core_conflict']} of them conflict on core issues; {s['consultation']} "
        f"consultations and {s['punitive']} punitive acts by Beijing."
    )
    zh = (
        f"{ctx.name_zh(iso3)}（{size_zh}）於{period.label}歸入「{TYPE_ZH[kind]}」：與中國相關事件"
        f"{s['events']}件，其中合作{s['cooperation']}件、衝突{s['conflict']}件，涉及核心議題的衝突"
        f"{s['core_conflict']}件；磋商{s['consultation']}件，北京的懲罰性作為{s['punitive']}件。"
    )
    if s["un_agreement"] is not None:
        en += f" Its UN votes agree with the PRC's {s['un_agreement']:.0%} of the time."
        zh += f"其聯合國投票與中國一致的比例為{s['un_agreement']:.0%}。"
    return Placement(iso3, period.label, kind, s, proof, en, zh)
