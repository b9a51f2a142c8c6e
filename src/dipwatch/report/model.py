"""The report model: what a report says, before it is put in a language or a format.

:func:`build_report` turns :class:`~dipwatch.report.findings.Findings` into a :class:`Report`:
sections of paragraphs (:class:`~dipwatch.report.words.Phrase` values, not strings), bullet
lists, tables, figures and footnotes. Footnotes are numbered once, in the order the report first
cites them, so every language and every format carries the same notes under the same numbers.
:mod:`dipwatch.report.document` then renders the model in one language; the format renderers
write that.

The sections follow the seed chapter: the title block, key judgments, what changed (with
``--compare``), US–China relations, the PRC and other states (typology, then region by region),
Taiwan's diplomatic allies, what to watch, the chronology, charts, evidence and method.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from dipwatch.analysis.chronicle import Citation
from dipwatch.periods import Period
from dipwatch.report.words import Phrase, Value


@dataclass(slots=True)
class Paragraph:
    text: Value
    notes: tuple[int, ...] = ()


@dataclass(slots=True)
class Bullets:
    items: list[Paragraph]


@dataclass(slots=True)
class Table:
    """Rows of values under a header; ``notes`` (one per row) fill a last "evidence" column."""

    header: tuple[Value, ...]
    rows: list[tuple[Value, ...]]
    notes: list[tuple[int, ...]] = field(default_factory=list)


@dataclass(slots=True)
class Figure:
    chart: str  # a key of Report.charts
    caption: Value


Block = Paragraph | Bullets | Table | Figure


@dataclass(slots=True)
class Section:
    key: str
    title: Value
    blocks: list[Block] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Footnote:
    number: int
    citations: tuple[Citation, ...]


@dataclass(slots=True)
class Report:
    """A whole report. ``charts`` maps a chart's key to its language-neutral data."""

    period: Period
    compare: Period | None
    title: Value
    meta: list[Block]
    sections: list[Section]
    notes: list[Footnote]
    charts: dict[str, Any]


class Notes:
    """Footnotes in the order of first citation; citing the same reports again reuses the number.

    >>> from datetime import date
    >>> n = Notes()
    >>> c = Citation("e1", date(2021, 12, 10), "MOFA", "Nicaragua broke ties.", None, "en", "text")
    >>> n.cite([c]), n.cite([c]), len(n.notes)
    ((1,), (1,), 1)
    """

    def __init__(self) -> None:
        self.notes: list[Footnote] = []
        self._seen: dict[tuple[str, ...], int] = {}

    def cite(self, citations: Iterable[Citation]) -> tuple[int, ...]:
        """One footnote for these reports (of one happening), as a tuple of its number."""
        found = tuple(citations)
        if not found:
            return ()
        key = tuple(c.event_id for c in found)
        if key not in self._seen:
            self._seen[key] = len(self.notes) + 1
            self.notes.append(Footnote(self._seen[key], found))
        return (self._seen[key],)

    def each(self, citations: Iterable[Citation | None]) -> tuple[int, ...]:
        """One footnote per report (evidence of a finding), numbers in order, no repeats."""
        out: list[int] = []
        for c in citations:
            if c is not None:
                out += [n for n in self.cite([c]) if n not in out]
        return tuple(out)


def build_report(found: Any, compare: Any = None) -> Report:
    """The report of ``found`` (Findings), with what changed since ``compare`` (Findings) if
    given.

    >>> from dipwatch.config import Settings
    >>> from dipwatch.store import open_backend
    >>> from dipwatch.periods import parse_period
    >>> from dipwatch.report.findings import gather
    >>> with open_backend(Settings(db=":memory:")) as backend:
    ...     report = build_report(gather(backend, parse_period("2021Q4")))
    >>> [s.key for s in report.sections][:3]
    ['key_judgments', 'us_china', 'others']
    """
    from dipwatch.report import sections as build

    notes = Notes()
    parts = [build.key_judgments(found, notes)]
    if compare is not None:
        parts.append(build.changes(found, compare))
    parts += [
        build.us_china(found, notes),
        build.others(found, notes),
        build.allies(found, notes),
        build.watch(found, notes),
        build.chronology(found, notes),
        build.charts_section(),
        build.evidence(notes),
        build.method(found),
    ]
    return Report(
        found.period, compare.period if compare is not None else None,
        Phrase("title", {"period": build.period_value(found.period)}),
        build.title_block(found), parts, notes.notes, build.chart_data(found),
    )  # fmt: skip
