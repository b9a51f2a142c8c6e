"""The report's first sections: title block, key judgments, what changed, US–China relations,
and the PRC and other states (typology, then region by region).

Each builder reads :class:`~dipwatch.report.findings.Findings` and returns model blocks; it
writes no language. What an analysis says is written in its own words (its ``text``) with its
evidence; the report's own sentences only frame it. A section with nothing to say says so in
one line (``none`` phrases).
"""

from __future__ import annotations

import re
from typing import Any

from dipwatch.analysis.chronicle import Happening
from dipwatch.analysis.frames import PRC
from dipwatch.report.closing import (
    allies,
    chart_data,
    charts_section,
    chronology,
    evidence,
    method,
    source_name,
    watch,
)
from dipwatch.report.lines import (
    event_line,
    event_list,
    finding,
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
    Sentences,
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
#: How many placements of each kind the typology explains (the busiest); the rest are named.
EXPLAINED = 6


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
        out.append(Table(header, [(source_name(s), s.events, s.documents) for s in found.sources]))
    return out


# -- key judgments ----------------------------------------------------------------------------
def key_judgments(found: Any, notes: Notes) -> Section:
    items = [finding(j, notes) for j in found.judgments]
    blocks: list[Block] = [Bullets(items)] if items else [none_line("judgments.none")]
    return Section("key_judgments", Label("prose", "section.key_judgments"), blocks)


# -- what changed -----------------------------------------------------------------------------
def changes(found: Any, before: Any) -> Section:
    title = Phrase("section.changes", {"period": PeriodName(before.period)})
    if not found.cover.covers(before.period.start, before.period.end):
        return Section("changes", title, [Paragraph(Text(found.cover.note(before.period.start)))])
    return Section("changes", title, [*_type_moves(found, before), _nci_moves(found, before),
                                      _allies_move(found, before)])  # fmt: skip


def _type_moves(found: Any, before: Any) -> list[Block]:
    old = {p.country: p.type for p in before.typology}
    moves = [
        Paragraph(Phrase("changes.type", {"state": State(p.country, True),
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
    overview = Phrase("us.overview", {
        "period": PeriodName(found.period), "events": Count(s.events, "event"),
        "nci": Number(s.nci or 0.0), "mood": Label("prose", f"mood.{mood(s.nci or 0.0)}"),
        "trend": trend(s.nci, s.previous_nci, s.previous_covered)})  # fmt: skip
    why = [Text(found.uncompared)] if not s.previous_covered and found.uncompared else []
    top.blocks.append(Paragraph(Sentences((overview, *why))))
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
        issues = Items(tuple(Phrase("us.issue", {"issue": Label("issue_text", k), "events": Count(n, "event")})
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
    """Who is placed where (every state), then why, in the analysis's words with its evidence,
    for the busiest of each kind."""
    if not found.typology:
        return [none_line("typology.none")]
    out: list[Block] = [
        Paragraph(Phrase("typology.intro", {"states": Count(len(found.typology), "state")}))
    ]
    members = []
    for kind in (*TYPE_ORDER, "undetermined"):
        placed = [p for p in _busiest(found.typology) if p.type == kind]
        if placed:
            members.append(Paragraph(Phrase("typology.members", {
                "type": Label("prose", f"type.{kind}"), "n": Count(len(placed), "state"),
                "members": Items(tuple(State(p.country, True) for p in placed))})))  # fmt: skip
    out.append(Bullets(members))
    if any(p.type in TYPE_ORDER for p in found.typology):
        out.append(none_line("typology.why"))
    for kind in TYPE_ORDER:
        placed = [p for p in _busiest(found.typology) if p.type == kind]
        if placed:
            out.append(Bullets([finding(p, notes) for p in placed[:EXPLAINED]]))
        if len(placed) > EXPLAINED:
            out.append(none_line("typology.more", n=Count(len(placed) - EXPLAINED, "state"),
                                 type=Label("prose", f"type.{kind}")))  # fmt: skip
    return out


def _busiest(placements: list[Any]) -> list[Any]:
    return sorted(placements, key=lambda p: (-int(p.scores.get("events", 0)), p.country))


def _region(found: Any, region: str, summary: Any, notes: Notes) -> Section:
    title = Label("region", region)
    if summary is None or not summary.events:
        return Section(f"region:{region}", title, [none_line("region.none", region=title)])
    shown = summary.partners[:4]
    partners = Items(tuple(State(x["country"], True) for x in shown))
    key = "region.summary_all" if summary.states <= len(shown) else "region.summary"
    compared = summary.previous_events is not None
    blocks: list[Block] = [Paragraph(Phrase(key, {
        "region": title, "events": Count(summary.events, "event"),
        "states": Count(summary.states, "state"), "partners": partners,
        "nci": Number(summary.nci or 0.0),
        "trend": trend(summary.nci, summary.previous_nci, compared, short=True)}))]  # fmt: skip
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
