"""The report's later sections: Taiwan's diplomatic allies, what to watch, the chronology, the
charts, the evidence and the method note; and the charts' language-neutral data."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from dipwatch.analysis.config import analysis_config
from dipwatch.analysis.dyads import net_cooperation
from dipwatch.report.lines import act, finding, none_line
from dipwatch.report.model import Block, Bullets, Figure, Notes, Paragraph, Section, Table
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

#: The charts every report draws, in order (keys of Report.charts and of report.charts.SPECS).
CHARTS = ("nci", "regions", "map", "allies")
#: How many of the busiest pairs the net cooperation chart follows.
MAIN_PAIRS = 5
#: How many alerts and contradictions the report shows (in the analyses' order); the rest are
#: counted.
TOP_ALERTS = 8


# -- Taiwan's allies --------------------------------------------------------------------------
def allies(found: Any, notes: Notes) -> Section:
    res = found.allies
    count = Phrase("allies.count", {
        "on": Day(res.on), "allies": Count(len(res.allies), "ally"),
        "start": Day(found.period.start - timedelta(days=1)),
        "before": Count(len(res.allies_before), "ally")})  # fmt: skip
    top = Section("allies", Label("prose", "section.allies"), [Paragraph(count)])
    if res.allies:
        states = Items(tuple(State(c, True) for c in res.allies))
        top.blocks.append(Paragraph(Phrase("allies.list", {"states": states})))
    top.sections = [_switches(found, notes), _watch_list(found, notes)]
    return top


def _switches(found: Any, notes: Notes) -> Section:
    lines = [finding(s, notes) for s in found.allies.switches]
    blocks: list[Block] = (
        [Bullets(lines)] if lines else [none_line("allies.no_switch", period=PeriodName(found.period))]
    )  # fmt: skip
    return Section("allies_switches", Label("prose", "allies.switches"), blocks)


def _watch_list(found: Any, notes: Notes) -> Section:
    months = Count(int(analysis_config()["allies"]["lookback_months"]), "month")
    title = Label("prose", "allies.watch")
    if not found.allies.watch:
        return Section("allies_watch", title, [none_line("allies.watch.none", months=months)])
    intro = Paragraph(Phrase("allies.watch.intro", {"months": months}))
    return Section(
        "allies_watch", title, [intro, Bullets([finding(w, notes) for w in found.allies.watch])]
    )


# -- what to watch ----------------------------------------------------------------------------
def watch(found: Any, notes: Notes) -> Section:
    return Section("watch", Label("prose", "section.watch"), [], [
        Section("watch_alerts", Label("prose", "watch.alerts"),
                _top(found.alerts, notes, "watch.alerts.none", "watch.alerts.more", "alert")),
        Section("watch_contradictions", Label("prose", "watch.contradictions"),
                _top(found.contradictions, notes, "watch.contradictions.none",
                     "watch.contradictions.more", "contradiction")),
    ])  # fmt: skip


def _top(results: list[Any], notes: Notes, none: str, more: str, noun: str) -> list[Block]:
    """The first TOP_ALERTS results in their own words, and how many more there are."""
    if not results:
        return [none_line(none)]
    out: list[Block] = [Bullets([finding(r, notes) for r in results[:TOP_ALERTS]])]
    if len(results) > TOP_ALERTS:
        out.append(none_line(more, n=Count(len(results) - TOP_ALERTS, noun)))
    return out


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
    line = Paragraph(Phrase("evidence.summary", {"events": Count(len(events), "report"),
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
def source_name(span: Any) -> Value:
    """A coverage span's source as a reader names it: the source of texts; the dataset
    (GDELT, ICEWS) for event files; texts without a named source together."""
    if span.origin == "text" and span.source != span.origin:
        return span.source
    return Label("prose", f"origin.{'unnamed' if span.origin == 'text' else span.origin}")


def method(found: Any) -> Section:
    """What the data are (from the coverage: each source's days, where the data start), how
    events are counted and coded, the thresholds, and the limits."""
    spans = found.coverage
    blocks: list[Block] = [Paragraph(Phrase("method.sources", {
        "events": Count(sum(s.events for s in spans), "event"),
        "sources": Count(len(spans), "source")}))]  # fmt: skip
    if spans:
        blocks.append(Bullets([Paragraph(Text(s.text)) for s in spans]))
    if found.cover.start is not None:
        blocks.append(Paragraph(Phrase("method.start", {
            "day": Day(found.cover.start), "days": found.cover.min_days_per_month})))  # fmt: skip
    blocks += [Paragraph(Label("prose", "method.counting")),
               Paragraph(Label("prose", "method.coding")), Paragraph(_thresholds()),
               Paragraph(Label("prose", "method.limits"))]  # fmt: skip
    return Section("method", Label("prose", "section.method"), blocks)


def _thresholds() -> Phrase:
    cfg = analysis_config()
    t, d = cfg["typology"], cfg["typology"]["differences"]
    return Phrase("method.thresholds", {
        "min_events": Count(int(t["min_events"]), "event"),
        "diff_events": Count(int(d["min_events"]), "event"),
        "diff_share": Number(d["min_share"], "percent"),
        "months": Count(int(d["persistence_months"]), "month"),
        "un_share": Number(t["un_votes"]["max_agreement"], "percent"),
        "population": Number(t["major"]["min_population_millions"], "millions"),
        "coop_share": Number(t["cooperation"]["min_share"], "percent"),
        "lookback": Count(int(cfg["allies"]["lookback_months"]), "month")})  # fmt: skip
