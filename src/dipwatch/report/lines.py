"""Lines every section writes: a dated event, an empty section's one line, a trend, a finding in
its analysis's own words with its evidence. Model values only; no language."""

from __future__ import annotations

from typing import Any

from dipwatch.analysis.chronicle import Happening, cite
from dipwatch.periods import Period
from dipwatch.report.model import Block, Bullets, Notes, Paragraph
from dipwatch.report.words import Count, Day, Label, Number, PeriodName, Phrase, State, Text, Value

#: At most this many distinct reports in the footnote of one finding.
CITED = 4


def period_value(p: Period) -> Value:
    return PeriodName(p)


def none_line(key: str = "none", **values: Value) -> Paragraph:
    return Paragraph(Phrase(key, values))


def finding(result: Any, notes: Notes) -> Paragraph:
    """An analysis result in its own words (``text``, three languages), its evidence in one
    footnote (``evidence``, or a contradiction's two claims)."""
    evidence = getattr(result, "evidence", None)
    if evidence is None:  # a contradiction: both claims
        evidence = (result.first, result.second)
    return Paragraph(Text(result.text), notes.cite((cite(e) for e in evidence), CITED))


def act(h: Happening) -> Value:
    return Phrase(
        "event.act", {"act": Label("cameo", h.code), "reports": Count(h.reports, "report")}
    )


def event_line(h: Happening, notes: Notes) -> Paragraph:
    values = {"date": Day(h.date), "source": State(h.source_actor or ""),
              "target": State(h.target_actor or ""), "act": act(h)}  # fmt: skip
    return Paragraph(Phrase("event.line", values), notes.cite(h.citations))


def event_list(found: list[Happening], notes: Notes, empty: str) -> list[Block]:
    return [Bullets([event_line(h, notes) for h in found])] if found else [none_line(empty)]


def mood(nci: float) -> str:
    return "cooperative" if nci > 0.2 else "confrontational" if nci < -0.2 else "mixed"


def trend(nci: float | None, previous: float | None, compared: bool, short: bool = False) -> Value:
    """How a net cooperation index moved against the previous period, or that it is not
    compared (the store does not cover the previous period for every source of this one;
    ``short`` leaves the reason to be said elsewhere)."""
    if not compared:
        return Label("prose", "nci.uncompared_short" if short else "nci.uncompared")
    if previous is None or nci is None:
        return Label("prose", "nci.no_previous")
    key = "nci.flat" if abs(nci - previous) < 0.05 else "nci.up" if nci > previous else "nci.down"
    return Phrase(key, {"before": Number(previous)})
