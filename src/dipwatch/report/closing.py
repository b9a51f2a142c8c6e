"""The report's later sections: Taiwan's diplomatic allies, what to watch, the chronology, the
charts, the evidence and the method note; and the charts' language-neutral data."""

from __future__ import annotations

from typing import Any

from dipwatch.analysis.config import analysis_config
from dipwatch.analysis.dyads import net_cooperation
from dipwatch.report.findings import real_switches, text_of
from dipwatch.report.lines import act, evidence_citations, none_line
from dipwatch.report.model import Block, Bullets, Figure, Notes, Paragraph, Section, Table
from dipwatch.report.words import Count, Day, Items, Label, Number, PeriodName, Phrase, State, Text

#: The charts every report draws, in order (keys of Report.charts and of report.charts.SPECS).
CHARTS = ("nci", "regions", "map", "allies")
#: How many of the busiest pairs the net cooperation chart follows.
MAIN_PAIRS = 5
#: How many alerts the report shows (highest scores first); the rest are counted.
TOP_ALERTS = 8


# -- Taiwan's allies --------------------------------------------------------------------------
def allies(found: Any, notes: Notes) -> Section:
    res = found.allies
    top = Section("allies", Label("prose", "section.allies"), [
        Paragraph(Phrase("allies.count", {"on": Day(res.on), "allies": Count(len(res.allies), "ally")})),
    ])  # fmt: skip
    if res.allies:
        states = Items(tuple(State(c) for c in res.allies))
        top.blocks.append(Paragraph(Phrase("allies.list", {"states": states})))
    top.sections = [_switches(found, notes), _watch_list(found, notes)]
    return top


def _switches(found: Any, notes: Notes) -> Section:
    lines = [
        Paragraph(Phrase("allies.switch", {"date": Day(s.date), "state": State(s.country)}),
                  notes.each(evidence_citations(found, s)))
        for s in real_switches(found)
    ]  # fmt: skip
    blocks: list[Block] = (
        [Bullets(lines)] if lines else [none_line("allies.no_switch", period=PeriodName(found.period))]
    )  # fmt: skip
    return Section("allies_switches", Label("prose", "allies.switches"), blocks)


def _watch_list(found: Any, notes: Notes) -> Section:
    months = Count(int(analysis_config()["allies"]["lookback_months"]), "month")
    watched = [w for w in found.allies.watch if w.score]
    title = Label("prose", "allies.watch")
    if not watched:
        return Section("allies_watch", title, [none_line("allies.watch.none", months=months)])
    header = (Label("prose", "col.state"), Label("prose", "col.signals"))
    rows = [(State(w.country), _signals(w.signals)) for w in watched]
    cites = [notes.each(evidence_citations(found, w)) for w in watched]
    intro = Paragraph(Phrase("allies.watch.intro", {"months": months}))
    return Section("allies_watch", title, [intro, Table(header, rows, cites)])


def _signals(signals: dict[str, int]) -> Items:
    return Items(tuple(Count(n, kind) for kind, n in signals.items() if n))


# -- what to watch ----------------------------------------------------------------------------
def watch(found: Any, notes: Notes) -> Section:
    alerts: list[Block] = [Paragraph(Text(text_of(a)), notes.each(evidence_citations(found, a)))
                           for a in found.alerts[:TOP_ALERTS]]  # fmt: skip
    more = len(found.alerts) - TOP_ALERTS
    clashes = [_contradiction(found, c, notes) for c in found.contradictions]
    return Section("watch", Label("prose", "section.watch"), [], [
        Section("watch_alerts", Label("prose", "watch.alerts"),
                [Bullets(alerts), *([none_line("watch.alerts.more", alerts=Count(more, "alert"))]
                                    if more > 0 else [])]
                if alerts else [none_line("watch.alerts.none")]),
        Section("watch_contradictions", Label("prose", "watch.contradictions"),
                [Bullets(clashes)] if clashes else [none_line("watch.contradictions.none")]),
    ])  # fmt: skip


def _contradiction(found: Any, c: Any, notes: Notes) -> Paragraph:
    """Both claims in the analysis's own words (three languages), citing both sentences."""
    cited = [found.citations.get(x.event_id) for x in (c.first, c.second)]
    return Paragraph(Text(text_of(c)), notes.each(cited))


# -- chronology, charts, evidence -------------------------------------------------------------
def chronology(found: Any, notes: Notes) -> Section:
    title = Label("prose", "section.chronology")
    if not found.chronology:
        return Section("chronology", title, [none_line("chronology.none")])
    header = (Label("prose", "col.date"), Label("prose", "col.states"), Label("prose", "col.event"))
    rows = [(Day(h.date), Phrase("pair", {"a": State(h.anchor), "b": State(h.partner)}), act(h))
            for h in found.chronology]  # fmt: skip
    return Section(
        "chronology",
        title,
        [Table(header, rows, [notes.cite(h.citations) for h in found.chronology])],
    )


def charts_section() -> Section:
    figures: list[Block] = [Figure(key, Label("prose", f"chart.{key}")) for key in CHARTS]
    return Section("charts", Label("prose", "section.charts"), figures)


def evidence(notes: Notes) -> Section:
    events = {c.event_id for n in notes.notes for c in n.citations}
    sources = {c.source for n in notes.notes for c in n.citations}
    line = Paragraph(Phrase("evidence.summary", {"events": Count(len(events), "event"),
                                                 "sources": Count(len(sources), "source")}))  # fmt: skip
    return Section("evidence", Label("prose", "section.evidence"), [line])


def chart_data(found: Any) -> dict[str, Any]:
    """Each chart's rows, with codes (ISO3, regions, types), never names: a chart's labels are
    put in the reader's language when its spec is made (report.charts)."""
    main = [s.partner for s in found.dyads[:MAIN_PAIRS]]
    nci, regions = [], {}
    for r in found.monthly:
        quads = {q: int(r[f"q{q}"] or 0) for q in (1, 2, 3, 4)}
        if r["partner"] in main:
            nci.append(
                {"month": r["month"], "partner": r["partner"], "nci": net_cooperation(quads)}
            )
        region = found.ctx.regions.get(r["partner"])
        if region:
            regions[(r["month"], region)] = regions.get((r["month"], region), 0) + int(r["n"])
    return {
        "nci": nci,
        "regions": [
            {"month": m, "region": g, "events": n} for (m, g), n in sorted(regions.items())
        ],
        "map": {p.country: p.type for p in found.typology},
        "allies": [{"day": d, "allies": n} for d, n in found.allies_series],
    }


# -- method -----------------------------------------------------------------------------------
def method(found: Any) -> Section:
    cfg = analysis_config()
    t = cfg["typology"]
    origins = Items(tuple(
        Phrase("method.span", {"origin": Label("prose", f"origin.{s.origin}"), "first": Day(s.first), "last": Day(s.last),
                               "events": Count(s.events, "event")}) for s in found.spans))  # fmt: skip
    blocks: list[Block] = [
        Paragraph(Phrase("method.sources", {
            "events": Count(sum(s.events for s in found.sources), "event"),
            "sources": Count(len(found.sources), "source"), "origins": origins})),
        Paragraph(Label("prose", "method.coding")),
        Paragraph(Phrase("method.thresholds", {
            "min_events": t["min_events"], "diff_events": t["differences"]["min_events"],
            "diff_share": Number(t["differences"]["min_share"], "percent"),
            "population": t["major"]["min_population_millions"],
            "coop_share": Number(t["cooperation"]["min_share"], "percent"),
            "lookback": Count(int(cfg["allies"]["lookback_months"]), "month")})),
        Paragraph(Label("prose", "method.limits")),
    ]  # fmt: skip
    return Section("method", Label("prose", "section.method"), blocks)
