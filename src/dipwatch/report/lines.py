"""Lines every section writes: a dated event, an empty section's one line, a trend, a finding's
citations. Model values only; no language."""

from __future__ import annotations

from typing import Any

from dipwatch.analysis.chronicle import Citation, Happening
from dipwatch.periods import Period
from dipwatch.report.model import Block, Bullets, Notes, Paragraph
from dipwatch.report.words import Count, Day, Label, PeriodName, Phrase, State, Value


def period_value(p: Period) -> Value:
    return PeriodName(p)


def none_line(key: str = "none", **values: Value) -> Paragraph:
    return Paragraph(Phrase(key, values))


def evidence_citations(found: Any, holder: Any) -> list[Citation | None]:
    """The citations of a finding's evidence, in its order."""
    return [found.citations.get(e.event_id) for e in getattr(holder, "evidence", ())]


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


def trend(found: Any, nci: float | None, previous: float | None, previous_events: int) -> Value:
    """How a net cooperation index moved against the previous period, or why it cannot say."""
    if found.oldest is None or found.oldest > found.period.previous().start:
        return Phrase("nci.uncovered", {"day": Day(found.oldest or found.period.start)})
    if not previous_events or previous is None or nci is None:
        return Label("prose", "nci.no_previous")
    key = "nci.flat" if abs(nci - previous) < 0.05 else "nci.up" if nci > previous else "nci.down"
    return Label("prose", key)
