"""``analyze``: run one of the analyses over an Ibis backend for a period (and optionally a state).

:data:`ANALYSES` is the one registry of analyses: the CLI's argument, its help, the demo, the
report and the web app all read their names and summaries from it.

>>> from dipwatch.config import Settings
>>> from dipwatch.store import open_backend
>>> with open_backend(Settings(db=":memory:")) as backend:
...     analyze(backend, "dyads", period="2021Q4")
[]
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from dipwatch.errors import InputError
from dipwatch.periods import Period, parse_period, quarter_period

if TYPE_CHECKING:
    from ibis.backends import BaseBackend as Backend

Runner = Callable[["Backend", Period, "str | None", Any], list[Any]]


@dataclass(frozen=True, slots=True)
class Analysis:
    """One analysis: its name, a one-line summary for help texts, and how to run it."""

    name: str
    summary: str
    run: Runner


def default_period(backend: Backend) -> Period:
    """The quarter of the newest stored event (the current quarter when there is none)."""
    day = backend.table("events").date.max().to_pyarrow().as_py() or date.today()
    return quarter_period(day.year, (day.month - 1) // 3 + 1)


def analyze(backend: Backend, name: str, period: str | None = None, country: str | None = None,
            ctx: Any = None, anchor: str | None = None) -> list[Any]:  # fmt: skip
    """Run analysis ``name``; InputError listing the valid names, periods or countries.

    ``anchor`` (dyads only) measures another state's pairs instead of the PRC's, e.g. USA–RUS.
    """
    if name not in ANALYSES:
        raise InputError(f"unknown analysis {name!r}; choose one of: {', '.join(ANALYSES)}")
    if anchor and name != "dyads":
        raise InputError("--anchor applies to dyads only")
    from dipwatch.analysis.frames import check_state, reference_context

    p = parse_period(period) if period else default_period(backend)
    iso3 = check_state(country) if country else None
    ctx = ctx or reference_context()
    if name == "dyads":
        return _dyads(backend, p, iso3, ctx, check_state(anchor) if anchor else "CHN")
    return ANALYSES[name].run(backend, p, iso3, ctx)


def _dyads(b: Backend, p: Period, iso3: str | None, ctx: Any, anchor: str = "CHN") -> list[Any]:
    from dipwatch.analysis.dyads import dyads

    return dyads(b, p, anchor=anchor, partners=[iso3] if iso3 else None)


def _typology(b: Backend, p: Period, iso3: str | None, ctx: Any) -> list[Any]:
    from dipwatch.analysis.alignment import agreement_with_prc
    from dipwatch.analysis.typology import typology

    votes = agreement_with_prc(b, ctx, p.end.year)
    return typology(b, p, ctx, countries=[iso3] if iso3 else None, un_agreement=votes)


def _alignment(b: Backend, p: Period, iso3: str | None, ctx: Any) -> list[Any]:
    from dipwatch.analysis.alignment import alignment

    return alignment(b, ctx, period=p, countries=[iso3] if iso3 else None)


def _regions(b: Backend, p: Period, iso3: str | None, ctx: Any) -> list[Any]:
    from dipwatch.analysis.regions import regions

    return regions(b, p, ctx, region=ctx.regions.get(iso3) if iso3 else None)


def _allies(b: Backend, p: Period, iso3: str | None, ctx: Any) -> list[Any]:
    from dipwatch.analysis.allies import allies

    return [allies(b, p, ctx)]


def _alerts(b: Backend, p: Period, iso3: str | None, ctx: Any) -> list[Any]:
    from dipwatch.analysis.alerts import alerts

    return [a for a in alerts(b, p, ctx) if not iso3 or a.country == iso3]


def _contradictions(b: Backend, p: Period, iso3: str | None, ctx: Any) -> list[Any]:
    from dipwatch.analysis.contradictions import contradictions

    return [c for c in contradictions(b, p) if not iso3 or iso3 in c.pair]


def _judgments(b: Backend, p: Period, iso3: str | None, ctx: Any) -> list[Any]:
    from dipwatch.analysis.judgments import judgments

    return judgments(b, p, ctx)


def _coverage(b: Backend, p: Period, iso3: str | None, ctx: Any) -> list[Any]:
    from dipwatch.analysis.coverage import coverage_summary

    return coverage_summary(b, p)


def _backtest(b: Backend, p: Period, iso3: str | None, ctx: Any) -> list[Any]:
    from dipwatch.analysis.allies import backtest

    rows = backtest(b, ctx, since=p.start)
    return [r for r in rows if r.switched <= p.end and (not iso3 or r.country == iso3)]


#: Every analysis, in the order help texts and the demo list them.
ANALYSES: dict[str, Analysis] = {
    a.name: a
    for a in (
        Analysis("dyads", "how each pair of the PRC (or of --anchor) moved: counts, net "
                 "cooperation, change and its significance", _dyads),
        Analysis("typology", "each state's kind of relation with Beijing, with scores and "
                 "evidence", _typology),
        Analysis("alignment", "UN General Assembly voting agreement with the PRC and the US",
                 _alignment),
        Analysis("regions", "activity, main partners, trend and forums region by region",
                 _regions),
        Analysis("allies", "Taiwan's diplomatic allies on the period's last day, switches and "
                 "the watch list", _allies),
        Analysis("alerts", "what changed: change points, typology moves, switches, first "
                 "contacts", _alerts),
        Analysis("contradictions", "where sources disagree about the same event",
                 _contradictions),
        Analysis("judgments", "the period's key judgments, ranked, with evidence", _judgments),
        Analysis("coverage", "what the store covers in the period, per origin and source: "
                 "days with data, events, documents", _coverage),
        Analysis("backtest", "where each state that left Taiwan stood on the watch list the "
                 "day before", _backtest),
    )
}  # fmt: skip
