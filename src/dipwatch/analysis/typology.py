"""Typology: which of the chapter's three kinds of relation Beijing has with each state.

1. ``pragmatic_cooperation`` (務實合作): no political differences; cooperation dominates.
2. ``managing_differences`` (求同存異、管控分歧): political differences with a *major* state.
3. ``condemnation_sanctions`` (外交譴責與制裁): political differences with a small or medium
   state, met by Beijing's punitive acts.
4. ``undetermined``: too little evidence, or evidence that fits none of the three.

**Political differences are read from the structure of the events**, so that event datasets,
which carry no issues, place a state as coded texts do: conflict events (quad classes 3–4, in
either direction) at least ``differences.min_events`` and ``differences.min_share`` of the
dyad's events, corroborated by at least ``differences.min_corroboration`` of

- ``punitive``: Beijing's punitive acts on the state (the CAMEO codes of ``punitive.codes``:
  recalling or expelling diplomats, downgrading or breaking relations, sanctions, embargo,
  boycott, administrative sanctions; a three-digit code covers its four-digit children);
- ``persistence``: conflict in at least ``differences.persistence_months`` months of the period;
- ``taiwan``: the state's Taiwan-related acts: cooperative acts with Taiwan (quad classes 1–2
  with ``TWN``, either direction) and, where texts carry issue tags, its acts towards the PRC
  tagged ``taiwan`` (a GDELT row tells the same fact by its actors: Japan to Taiwan);
- ``un_votes``: UN General Assembly votes agreeing with the PRC's below ``un_votes.max_agreement``.

Everything is counted in *stories* (date x pair x CAMEO code, ``story_id``): the reports of one
real-world event by a text and by GDELT rows are one event here.
*Major* is G20 membership or a population at or above ``major.min_population_millions``.
Issue tags (coded texts; GDELT rows where their URL's words allow) are counted
(``core_conflict``: conflict on a core issue), rank the evidence and name the issues in the
explanation; they move a placement only through ``taiwan``, where a tag says what a GDELT row
says with its actors: the same facts must land in the same place whether they came from a
text, from GDELT rows or from both. Thresholds: ``reference/data/typology.yaml``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import ibis
import ibis.expr.types as ir

from dipwatch.analysis.config import analysis_config
from dipwatch.analysis.frames import (
    CORE_ISSUES,
    EVIDENCE_COLUMNS,
    PRC,
    TWN,
    Backend,
    Context,
    Evidence,
    anchor_frame,
    as_evidence,
    events,
    in_period,
    rows,
)  # fmt: skip
from dipwatch.analysis.prose import (
    Count,
    Issues,
    Label,
    Listing,
    Name,
    PeriodName,
    Text,
    join,
    render,
)  # fmt: skip
from dipwatch.periods import Period

TYPES = ("pragmatic_cooperation", "managing_differences", "condemnation_sanctions", "undetermined")
SCORES = ("events", "cooperation", "conflict", "core_conflict", "consultation", "punitive",
          "conflict_months", "taiwan")  # fmt: skip
CORROBORATIONS = ("punitive", "persistence", "taiwan", "un_votes")


@dataclass(frozen=True, slots=True)
class Placement:
    """One state's place in the typology for a period: its scores, the corroborations of
    political differences found, the evidence and an explanation in three languages."""

    country: str
    period: str
    type: str
    scores: dict[str, Any]
    evidence: tuple[Evidence, ...]
    text: Text = field(default_factory=dict)
    signs: tuple[str, ...] = ()


def matches_codes(code: ir.StringValue, codes: list[str]) -> ir.BooleanValue:
    """The code is one of ``codes`` or a child of a three-digit one."""
    return code.isin(codes) | code.substr(0, 3).isin([c for c in codes if len(c) == 3])


def stories(frame: ir.Table, cfg: dict[str, Any]) -> ir.Table:
    """One row per partner and story (date x pair x code: the reports of one real-world event,
    from any origin), so that a fact told by a text and by GDELT rows counts once."""
    f = frame.mutate(_story=frame.story_id.fill_null(frame.event_id))
    punitive = f.outgoing & matches_codes(f.code, cfg["punitive"]["codes"])
    tagged = ~f.outgoing & f.issues.contains("taiwan").fill_null(False)
    return f.group_by(["partner", "_story"]).aggregate(
        quad=f.quad_class.max(),
        root=f.root.min(),
        day=f.date.min(),
        core=f.core.ifelse(1, 0).max(),
        punitive=punitive.ifelse(1, 0).max(),
        tagged=tagged.ifelse(1, 0).max(),
    )


def scores_frame(frame: ir.Table, cfg: dict[str, Any]) -> ir.Table:
    """Per partner, in the database, counted in stories: events, cooperation, conflict (and on
    core issues), consultation, Beijing's punitive acts, months with conflict, and the
    partner's acts towards the PRC tagged ``taiwan``."""
    s = stories(frame, cfg)
    conflict = s.quad >= 3
    month = conflict.ifelse(s.day.truncate("M"), ibis.null("date"))
    return s.group_by("partner").aggregate(
        events=s.count(),
        cooperation=(s.quad <= 2).ifelse(1, 0).sum(),
        conflict=conflict.ifelse(1, 0).sum(),
        core_conflict=(conflict & (s.core == 1)).ifelse(1, 0).sum(),
        consultation=s.root.isin(cfg["consultation"]["roots"]).ifelse(1, 0).sum(),
        punitive=s.punitive.sum(),
        conflict_months=month.nunique(),
        taiwan_tagged=s.tagged.sum(),
    )


def taiwan_acts(backend: Backend, period: Period) -> dict[str, int]:
    """Per state: its cooperative acts with Taiwan (either direction) in ``period``."""
    t = anchor_frame(in_period(events(backend), period), TWN)
    t = t.filter(t.quad_class <= 2, t.partner != PRC)
    t = t.mutate(_story=t.story_id.fill_null(t.event_id))
    found = t.group_by("partner").aggregate(n=t._story.nunique())
    return {r["partner"]: int(r["n"]) for r in rows(found)}


def corroborations(scores: dict[str, Any], cfg: dict[str, Any]) -> tuple[str, ...]:
    """Which signs besides conflict point to political differences."""
    d = cfg["differences"]
    votes = scores.get("un_agreement")
    found = {
        "punitive": scores["punitive"] >= cfg["punitive"]["min_events"],
        "persistence": scores["conflict_months"] >= d["persistence_months"],
        "taiwan": scores["taiwan"] >= d["taiwan_acts"],
        "un_votes": votes is not None and votes < cfg["un_votes"]["max_agreement"],
    }
    return tuple(k for k in CORROBORATIONS if found[k])


def has_differences(scores: dict[str, Any], cfg: dict[str, Any]) -> bool:
    """Enough conflict, corroborated (see the module docstring)."""
    d = cfg["differences"]
    conflict = scores["conflict"] >= d["min_events"] and (
        scores["conflict"] / max(scores["events"], 1) >= d["min_share"]
    )
    return conflict and len(corroborations(scores, cfg)) >= d["min_corroboration"]


def classify(scores: dict[str, Any], major: bool, cfg: dict[str, Any]) -> str:
    """The type for one state's scores.

    >>> cfg = analysis_config()["typology"]
    >>> s = {"events": 4, "cooperation": 0, "conflict": 4, "core_conflict": 0, "consultation": 0,
    ...      "punitive": 2, "conflict_months": 2, "taiwan": 1, "un_agreement": None}
    >>> classify(s, False, cfg), classify(s, True, cfg), classify(s | {"conflict": 0, "cooperation": 4}, True, cfg)
    ('condemnation_sanctions', 'managing_differences', 'pragmatic_cooperation')
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

    >>> from dipwatch.analysis.frames import reference_context
    >>> from dipwatch.periods import parse_period
    >>> from dipwatch.store import Store
    >>> with Store(":memory:") as s:
    ...     p = typology(s.ibis(), parse_period("2021Q4"), reference_context(), countries=["LTU"])
    >>> p[0].type, p[0].text["en"]
    ('undetermined', 'Lithuania, a small or medium state, is undetermined in the fourth quarter of 2021: too little evidence (0 events with China).')
    """
    config = config or analysis_config()
    cfg = config["typology"]
    frame = anchor_frame(in_period(events(backend), period), PRC)
    if countries:
        frame = frame.filter(frame.partner.isin(countries))
    found = {r.pop("partner"): r for r in rows(scores_frame(frame, cfg))}
    taiwan = taiwan_acts(backend, period)
    proofs = _evidence(backend, frame, cfg)
    excluded = set(cfg.get("exclude", ()))
    out = []
    for iso3 in sorted(set(found) | set(countries or ())):
        if not ctx.is_state(iso3) or iso3 in excluded:  # organisations, regions, Taiwan
            continue
        got = found.get(iso3) or {}
        scores = {k: int(got.get(k) or 0) for k in SCORES if k != "taiwan"}
        scores["taiwan"] = taiwan.get(iso3, 0) + int(got.get("taiwan_tagged") or 0)
        scores["un_agreement"] = (un_agreement or {}).get(iso3)
        scores["major"] = is_major(iso3, ctx, config)
        kind = classify(scores, scores["major"], cfg)
        signs = corroborations(scores, cfg) if has_differences(scores, cfg) else ()
        proof = proofs.get((iso3, kind in TYPES[1:3]), ())
        issues = _issues(proof) if kind in TYPES[1:3] else ()
        text = explain(iso3, period, kind, scores, signs, issues)
        evidence = tuple(e for e, _ in proof)
        out.append(Placement(iso3, period.label, kind, scores, evidence, text, signs))
    return out


def _evidence(
    backend: Backend, frame: ir.Table, cfg: dict[str, Any]
) -> dict[tuple[str, bool], tuple[tuple[Evidence, tuple[str, ...]], ...]]:
    """(partner, differences?) -> the events that carry a placement with their issue tags,
    in one query for all
    partners: Beijing's punitive acts, then conflict (core issues first) for the types built on
    differences; the most cooperative first otherwise."""
    top = cfg["evidence_top_n"]
    punitive = frame.outgoing & matches_codes(frame.code, cfg["punitive"]["codes"])
    diff = ibis.row_number().over(
        group_by="partner",
        order_by=[punitive.desc(), frame.quad_class.desc(), frame.core.desc(), frame.goldstein,
                  frame.date, frame.event_id],
    )  # fmt: skip
    coop = ibis.row_number().over(
        group_by="partner", order_by=[frame.goldstein.desc(), frame.date, frame.event_id]
    )
    ranked = frame.mutate(rd=diff, rc=coop, tags=frame.issues)
    ranked = ranked.filter((ranked.rd < top) | (ranked.rc < top))
    found = rows(ranked.select("partner", "rd", "rc", "tags", *EVIDENCE_COLUMNS))
    proof = dict(zip((r["event_id"] for r in found), as_evidence(found, backend), strict=True))
    out: dict[tuple[str, bool], list[tuple[int, Any]]] = {}
    for r in found:
        ev = (proof[r["event_id"]], tuple(r["tags"] or ()))
        if r["rd"] < top:
            out.setdefault((r["partner"], True), []).append((r["rd"], ev))
        if r["rc"] < top:
            out.setdefault((r["partner"], False), []).append((r["rc"], ev))
    return {k: tuple(x for _, x in sorted(v, key=lambda t: t[0])) for k, v in out.items()}


def _issues(proof: tuple[tuple[Evidence, tuple[str, ...]], ...]) -> tuple[str, ...]:
    """The core issues the evidence is tagged with, in the lexicon's order."""
    found = {t for _, tags in proof for t in tags}
    return tuple(i for i in CORE_ISSUES if i in found)


def explain(
    iso3: str, period: Period, kind: str, s: dict[str, Any], signs: tuple[str, ...],
    issues: tuple[str, ...],
) -> Text:  # fmt: skip
    """Why ``iso3`` is placed where it is, in three languages, from its scores."""
    size = Label("sizes", "major" if s["major"] else "small")
    head = dict(state=Name(iso3), size=size, type=Label("types", kind), period=PeriodName(period))
    if s["events"] < 2 or (kind == "undetermined" and not s["conflict"] and not s["cooperation"]):
        return render("typology.thin", **head, events=Count(s["events"], "event"), prc=Name(PRC))
    parts = [render("typology.placed", **head, events=Count(s["events"], "event"), prc=Name(PRC),
                    cooperation=Count(s["cooperation"], "case"), conflict=Count(s["conflict"], "case"))]  # fmt: skip
    if signs:
        pieces = [render("typology.sign_conflict", share=f"{s['conflict'] / s['events']:.0%}")]
        pieces += [_sign(k, s) for k in signs]
        parts.append(render("typology.differences", signs=Listing(tuple(pieces))))
    if issues:
        parts.append(render("typology.issues", issues=Issues(issues)))
    return join(parts)


def _sign(key: str, s: dict[str, Any]) -> Text:
    if key == "punitive":
        return render("typology.sign_punitive", n=Count(s["punitive"], "punitive_act"))
    if key == "persistence":
        return render("typology.sign_persistence", months=Count(s["conflict_months"], "month"))
    if key == "taiwan":
        return render("typology.sign_taiwan", n=Count(s["taiwan"], "taiwan_act"))
    return render("typology.sign_un_votes", share=f"{s['un_agreement']:.0%}")
