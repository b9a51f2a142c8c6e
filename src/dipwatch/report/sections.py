"""The report's first sections: title block, key judgments, what changed, US–China relations,
and the PRC and other states (typology, then region by region).

Each builder reads :class:`~dipwatch.report.findings.Findings` and returns model blocks; it
writes no language. A section with nothing to say says so in one line (``none`` phrases).
"""

from __future__ import annotations

import re
from typing import Any

from dipwatch.analysis.chronicle import Happening
from dipwatch.analysis.config import analysis_config
from dipwatch.analysis.frames import PRC
from dipwatch.report.closing import (
    allies,
    chart_data,
    charts_section,
    chronology,
    evidence,
    method,
    watch,
)
from dipwatch.report.findings import text_of
from dipwatch.report.lines import (
    event_line,
    event_list,
    evidence_citations,
    mood,
    none_line,
    period_value,
    trend,
)
from dipwatch.report.model import Block, Bullets, Notes, Paragraph, Section, Table
from dipwatch.report.words import (
    Count,
    Day,
    Items,
    Label,
    Number,
    PeriodName,
    Phrase,
    State,
    Text,
    Value,
)

__all__ = ["allies", "chart_data", "charts_section", "chronology", "evidence", "method",
           "period_value", "watch"]  # fmt: skip

#: The chapter's regions, in its order; any other region with events follows under "others".
REGION_ORDER = ("Europe", "Northeast Asia", "Southeast Asia", "Central Asia", "Middle East",
                "Africa", "Latin America and the Caribbean")  # fmt: skip
TYPE_ORDER = ("pragmatic_cooperation", "managing_differences", "condemnation_sanctions")


# -- title block ------------------------------------------------------------------------------
def title_block(found: Any) -> list[Block]:
    p = found.period
    events = sum(s.events for s in found.sources)
    out: list[Block] = [
        Paragraph(
            Phrase(
                "meta.scope",
                {"start": Day(p.start), "end": Day(p.end), "events": Count(events, "event")},
            )
        ),
    ]
    if found.newest is None:
        return [*out, none_line("meta.empty")]
    out.append(Paragraph(Phrase("meta.newest", {"day": Day(found.newest)})))
    if found.sources:
        out.append(
            Paragraph(Phrase("meta.sources", {"sources": Count(len(found.sources), "source")}))
        )
        header = (Label("prose", "col.source"), Label("prose", "col.events"),
                  Label("prose", "col.documents"))  # fmt: skip
        out.append(Table(header, [(s.source, s.events, s.documents) for s in found.sources]))
    return out


# -- key judgments ----------------------------------------------------------------------------
def key_judgments(found: Any, notes: Notes) -> Section:
    items = [Paragraph(Text(text_of(j)), notes.each(evidence_citations(found, j)))
             for j in found.judgments]  # fmt: skip
    blocks: list[Block] = [Bullets(items)] if items else [none_line("judgments.none")]
    return Section("key_judgments", Label("prose", "section.key_judgments"), blocks)


# -- what changed -----------------------------------------------------------------------------
def changes(found: Any, before: Any) -> Section:
    title = Phrase("section.changes", {"period": PeriodName(before.period)})
    if found.oldest is None or found.oldest > before.period.end:
        day = Day(found.oldest) if found.oldest else Day(found.period.start)
        line = none_line("changes.uncovered", day=day, period=PeriodName(before.period))
        return Section("changes", title, [line])
    return Section("changes", title, [*_type_moves(found, before), _nci_moves(found, before),
                                      _allies_move(found, before)])  # fmt: skip


def _type_moves(found: Any, before: Any) -> list[Block]:
    old = {p.country: p.type for p in before.typology}
    moves = [
        Paragraph(Phrase("changes.type", {"state": State(p.country),
                                          "before": Label("prose", f"type.{old[p.country]}"),
                                          "after": Label("prose", f"type.{p.type}")}))
        for p in found.typology
        if old.get(p.country) not in (None, p.type)
    ]  # fmt: skip
    return [Bullets(moves)] if moves else [none_line("changes.types.none")]


def _nci_moves(found: Any, before: Any) -> Block:
    old = {s.partner: s for s in before.dyads}
    items = []
    for s in found.dyads[:6]:
        o = old.get(s.partner)
        if o is None or s.nci is None or o.nci is None:
            continue
        pair = Phrase("pair", {"a": State(PRC), "b": State(s.partner)})
        items.append(Paragraph(Phrase("changes.nci", {
            "pair": pair, "before": Number(o.nci), "after": Number(s.nci),
            "events_before": o.events, "events_after": s.events})))  # fmt: skip
    return Bullets(items) if items else none_line()


def _allies_move(found: Any, before: Any) -> Block:
    values = {"before": len(before.allies.allies), "after": len(found.allies.allies)}
    return Paragraph(Phrase("changes.allies", values))


# -- US-China ---------------------------------------------------------------------------------
def us_china(found: Any, notes: Notes) -> Section:
    us = found.us_china
    s = us.stats
    top = Section("us_china", Label("prose", "section.us_china"))
    if s is None or not s.events:
        top.blocks.append(none_line("us.none"))
        return top
    top.blocks.append(Paragraph(Phrase("us.overview", {
        "period": PeriodName(found.period), "events": Count(s.events, "event"),
        "nci": Number(s.nci or 0.0), "mood": Label("prose", f"mood.{mood(s.nci or 0.0)}"),
        "trend": trend(found, s.nci, s.previous_nci, s.previous_events)})))  # fmt: skip
    top.sections = [
        _sub("us_contacts", event_list(us.contacts, notes, "us.contacts.none")),
        _sub("us_channels", event_list(us.channels, notes, "us.channels.none")),
        _sub("us_divergences", _divergences(us, notes)),
        _sub("us_taiwan", event_list(us.taiwan, notes, "us.taiwan.none")),
        _sub("us_ideology", event_list(us.ideology, notes, "us.ideology.none")),
    ]
    return top


def _sub(key: str, blocks: list[Block]) -> Section:
    return Section(key, Label("prose", f"section.{key}"), blocks)


def _divergences(us: Any, notes: Notes) -> list[Block]:
    if not us.divergences:
        head: Block = none_line("us.divergences.none")
    else:
        issues = Items(tuple(Phrase("us.issue", {"issue": Label("issue", k), "events": Count(n, "event")})
                             for k, n in us.divergences.items()))  # fmt: skip
        head = Paragraph(Phrase("us.divergences", {"issues": issues}))
    blocks = [head]
    if us.conflicts:
        blocks.append(Bullets([event_line(h, notes) for h in us.conflicts]))
    return blocks


# -- the PRC and other states -----------------------------------------------------------------
def others(found: Any, notes: Notes) -> Section:
    top = Section("others", Label("prose", "section.others"))
    top.sections.append(Section("typology", Label("prose", "section.typology"),
                                typology_blocks(found, notes)))  # fmt: skip
    summaries = {r.region: r for r in found.regions}
    rest = sorted(set(summaries) - set(REGION_ORDER))
    for region in REGION_ORDER:
        top.sections.append(_region(found, region, summaries.get(region), notes))
    if rest:
        blocks = [
            b for region in rest for b in _region(found, region, summaries[region], notes).blocks
        ]
        top.sections.append(Section("region_others", Label("prose", "region.others"), blocks))
    return top


def typology_blocks(found: Any, notes: Notes) -> list[Block]:
    placed = [p for p in found.typology if p.type in TYPE_ORDER]
    if not found.typology:
        return [none_line("typology.none")]
    out: list[Block] = [
        Paragraph(Phrase("typology.intro", {"states": Count(len(found.typology), "state")}))
    ]
    members = []
    for kind in (*TYPE_ORDER, "undetermined"):
        states = tuple(State(p.country) for p in _busiest(found.typology) if p.type == kind)
        if states:
            members.append(Paragraph(Phrase("typology.members", {
                "type": Label("prose", f"type.{kind}"), "members": Items(states)})))  # fmt: skip
    out.append(Bullets(members))
    header = (Label("prose", "col.state"), Label("prose", "col.kind"), Label("prose", "col.why"))
    ordered = sorted(_busiest(placed), key=lambda p: TYPE_ORDER.index(p.type))
    rows = [(State(p.country), Label("prose", f"type.{p.type}"), why(p)) for p in ordered]
    cites = [notes.each(evidence_citations(found, p)[:3]) for p in ordered]
    out.append(Table(header, rows, cites))
    return out


def _busiest(placements: list[Any]) -> list[Any]:
    return sorted(placements, key=lambda p: (-int(p.scores.get("events", 0)), p.country))


def why(p: Any) -> Value:
    """A placement's one-line why, from its scores."""
    s = p.scores
    events = Count(int(s.get("events", 0)), "event")
    core = Count(int(s.get("core_conflict", 0)), "core_conflict")
    if p.type == "pragmatic_cooperation":
        return Phrase("why.pragmatic_cooperation", {"events": events,
                      "cooperation": Count(int(s.get("cooperation", 0)), "cooperative")})  # fmt: skip
    if p.type == "managing_differences":
        return Phrase("why.managing_differences", {"core": core,
                      "consultation": Count(int(s.get("consultation", 0)), "consultation")})  # fmt: skip
    if p.type == "condemnation_sanctions":
        return Phrase("why.condemnation_sanctions", {"core": core,
                      "punitive": Count(int(s.get("punitive", 0)), "punitive_act")})  # fmt: skip
    if int(s.get("events", 0)) < analysis_config()["typology"]["min_events"]:
        return Phrase("why.undetermined", {"events": events})
    return Phrase("why.unclear", {"events": events,
                  "cooperation": Count(int(s.get("cooperation", 0)), "cooperative")})  # fmt: skip


def _region(found: Any, region: str, summary: Any, notes: Notes) -> Section:
    title = Label("region", region)
    if summary is None or not summary.events:
        return Section(f"region:{region}", title, [none_line("region.none", region=title)])
    partners = Items(tuple(State(x["country"]) for x in summary.partners[:4]))
    states = len(
        {h.partner for h in found.by_region.get(region, [])}
        | {x["country"] for x in summary.partners}
    )
    blocks: list[Block] = [Paragraph(Phrase("region.summary", {
        "region": title, "events": Count(summary.events, "event"),
        "states": Count(states, "state"), "partners": partners,
        "nci": Number(summary.nci or 0.0),
        "trend": trend(found, summary.nci, summary.previous_nci, summary.previous_events)}))]  # fmt: skip
    happened = found.by_region.get(region, [])
    forums = named_forums(summary.forums, happened, found.ctx)
    if forums:
        blocks.append(Paragraph(Phrase("region.forums", {"forums": Items(forums)})))
    if happened:
        blocks.append(Bullets([event_line(h, notes) for h in happened]))
    return Section(f"region:{region}", title, blocks)


def named_forums(names: list[str], happened: list[Happening], ctx: Any) -> tuple[Value, ...]:
    """The region's forums (by English name) that the texts of its notable events name."""
    texts = " ".join(c.text or "" for h in happened for c in h.citations)
    orgs = {o.name_en: o for o in ctx.organisations}
    found = []
    for name in names:
        org = orgs.get(name)
        if org is not None and any(_names(n, texts) for n in org.names() if len(n) >= 3):
            found.append(Label("org", org.org_id))
    return tuple(found)


def _names(name: str, text: str) -> bool:
    if name.isascii():
        return re.search(rf"\b{re.escape(name)}\b", text) is not None
    return name in text
