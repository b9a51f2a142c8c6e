"""Contradictions: where sources disagree about the same real-world event.

Two kinds, both between events from *different sources* (a document's ``source``; for events
without a document, their ``origin``: gdelt, icews, csv) about the same pair of states:

- ``date``: the same CAMEO root for the same pair, dated 1 to ``contradictions.max_days_apart``
  days apart, where neither source also reports the other's date (e.g. an analytic report
  dating a leaders' meeting differently from the official readout);
- ``denial``: one source reports an act (any root but 01) and another reports one of the two
  states denying it (CAMEO 016, deny responsibility) within the same window.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import ibis
import ibis.expr.types as ir

from dipwatch.analysis.config import analysis_config
from dipwatch.analysis.frames import Backend, events, in_period, rows, with_countries
from dipwatch.periods import Period


@dataclass(frozen=True, slots=True)
class Claim:
    source: str
    event_id: str
    date: date
    code: str
    text: str | None


@dataclass(frozen=True, slots=True)
class Contradiction:
    kind: str  # date | denial
    pair: tuple[str, str]
    root: str
    days_apart: int
    first: Claim
    second: Claim


def _reports(backend: Backend, period: Period, pad: int) -> ir.Table:
    """One row per (pair, root, source, date): the distinct claims, with one event as example."""
    wide = Period(period.start - _days(pad), period.end + _days(pad), "custom", "")
    t = with_countries(in_period(events(backend), wide))
    t = t.filter(t.src.notnull(), t.tgt.notnull(), t.src != t.tgt)
    docs = backend.table("documents").select("doc_id", doc_source="source")
    t = t.left_join(docs, "doc_id")
    t = t.mutate(
        a=ibis.least(t.src, t.tgt), b=ibis.greatest(t.src, t.tgt),
        source=t.doc_source.nullif("").fill_null(t.origin),
    )  # fmt: skip
    return t.group_by(["a", "b", "root", "source", "date"]).aggregate(
        event_id=t.event_id.min(),
        code=t.code.argmin(t.event_id),
        text=t.text.argmin(t.event_id),
    )


def _days(n: int) -> Any:
    from datetime import timedelta

    return timedelta(days=n)


def _side(reports: ir.Table, n: int) -> ir.Table:
    """The reports with every column suffixed by ``n``, so that a self-join is unambiguous."""
    cols = {"a": "a", "b": "b", "r": "root", "s": "source", "d": "date", "e": "event_id",
            "c": "code", "t": "text"}  # fmt: skip
    return reports.select(**{f"{k}{n}": reports[v] for k, v in cols.items()})


_OUT = ("a1", "b1", "r1", "s1", "d1", "e1", "c1", "t1", "s2", "d2", "e2", "c2", "t2")


def date_disagreements(reports: ir.Table, period: Period, window: int) -> ir.Table:
    x, y = _side(reports, 1), _side(reports, 2)
    pairs = x.join(
        y,
        [x.a1 == y.a2, x.b1 == y.b2, x.r1 == y.r2, x.s1 != y.s2, x.d1 < y.d2,
         y.d2.delta(x.d1, unit="day") <= window],
    ).select(*_OUT)  # fmt: skip
    pairs = pairs.filter(pairs.d1.between(period.start, period.end))
    for n, m in ((1, 2), (2, 1)):  # neither source also gave the other's date
        seen = _side(reports, 3).view()
        pairs = pairs.anti_join(
            seen,
            [pairs.a1 == seen.a3, pairs.b1 == seen.b3, pairs.r1 == seen.r3,
             pairs[f"s{n}"] == seen.s3, pairs[f"d{m}"] == seen.d3],
        )  # fmt: skip
    return pairs


def denials(reports: ir.Table, period: Period, window: int) -> ir.Table:
    x, y = _side(reports, 1), _side(reports, 2)
    x = x.filter(x.r1 != "01")
    y = y.filter(y.c2 == "016")
    pairs = x.join(
        y,
        [x.a1 == y.a2, x.b1 == y.b2, x.s1 != y.s2, x.d1.delta(y.d2, unit="day").abs() <= window],
    ).select(*_OUT)
    return pairs.filter(pairs.d1.between(period.start, period.end))


def contradictions(
    backend: Backend, period: Period, config: dict[str, Any] | None = None
) -> list[Contradiction]:
    """Disagreements between sources about events in ``period``, closest in time first.

    >>> # contradictions(backend, parse_period("2021Q4"))[0].first.source
    """
    window = int((config or analysis_config())["contradictions"]["max_days_apart"])
    reports = _reports(backend, period, window)
    out = []
    for kind, expr in (("date", date_disagreements(reports, period, window)),
                       ("denial", denials(reports, period, window))):  # fmt: skip
        for r in rows(expr):
            out.append(Contradiction(
                kind, (r["a1"], r["b1"]), r["r1"], abs((r["d2"] - r["d1"]).days),
                Claim(r["s1"], r["e1"], r["d1"], r["c1"], r["t1"]),
                Claim(r["s2"], r["e2"], r["d2"], r["c2"], r["t2"]),
            ))  # fmt: skip
    return sorted(out, key=lambda c: (c.days_apart, c.first.date, c.pair, c.kind))
