"""``analyze``: run one of the analyses over the store for a period (and optionally a country).

>>> # analyze(store, "typology", period="2021Q4")  -> list of Placement
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from dipwatch.errors import InputError
from dipwatch.periods import Period, parse_period, quarter_period

ANALYSES = (
    "dyads",
    "typology",
    "alignment",
    "regions",
    "allies",
    "alerts",
    "contradictions",
    "judgments",
    "backtest",
)


def default_period(store: Any) -> Period:
    """The quarter of the newest stored event (the current quarter when there is none)."""
    row = store.query_arrow("SELECT max(date) AS d FROM events").to_pylist()[0]
    day = row["d"] or date.today()
    return quarter_period(day.year, (day.month - 1) // 3 + 1)


def analyze(store: Any, name: str, period: str | None = None, country: str | None = None,
            ctx: Any = None, anchor: str | None = None) -> list[Any]:  # fmt: skip
    """Run analysis ``name``; InputError listing the valid names, periods or countries.

    ``anchor`` (dyads only) measures another state's pairs instead of the PRC's, e.g. USA–RUS.
    """
    if name not in ANALYSES:
        raise InputError(f"unknown analysis {name!r}; choose one of: {', '.join(ANALYSES)}")
    if anchor and name != "dyads":
        raise InputError("--anchor applies to dyads only")
    from dipwatch.analysis.frames import check_state, reference_context

    p = parse_period(period) if period else default_period(store)
    iso3 = check_state(country) if country else None
    ctx = ctx or reference_context()
    if name == "dyads":
        return _dyads(store, p, iso3, ctx, check_state(anchor) if anchor else "CHN")
    return _RUNNERS[name](store, p, iso3, ctx)


def _dyads(store: Any, p: Period, iso3: str | None, ctx: Any, anchor: str = "CHN") -> list[Any]:
    from dipwatch.analysis.dyads import dyads

    return dyads(store, p, anchor=anchor, partners=[iso3] if iso3 else None)


def _typology(store: Any, p: Period, iso3: str | None, ctx: Any) -> list[Any]:
    from dipwatch.analysis.alignment import agreement_with_prc
    from dipwatch.analysis.typology import typology

    votes = agreement_with_prc(store, ctx, p.end.year)
    return typology(store, p, ctx, countries=[iso3] if iso3 else None, un_agreement=votes)


def _alignment(store: Any, p: Period, iso3: str | None, ctx: Any) -> list[Any]:
    from dipwatch.analysis.alignment import alignment

    return alignment(store, ctx, period=p, countries=[iso3] if iso3 else None)


def _regions(store: Any, p: Period, iso3: str | None, ctx: Any) -> list[Any]:
    from dipwatch.analysis.regions import regions

    return regions(store, p, ctx, region=ctx.regions.get(iso3) if iso3 else None)


def _allies(store: Any, p: Period, iso3: str | None, ctx: Any) -> list[Any]:
    from dipwatch.analysis.allies import allies

    return [allies(store, p, ctx)]


def _alerts(store: Any, p: Period, iso3: str | None, ctx: Any) -> list[Any]:
    from dipwatch.analysis.alerts import alerts

    return [a for a in alerts(store, p, ctx) if not iso3 or a.country == iso3]


def _contradictions(store: Any, p: Period, iso3: str | None, ctx: Any) -> list[Any]:
    from dipwatch.analysis.contradictions import contradictions

    return [c for c in contradictions(store, p) if not iso3 or iso3 in c.pair]


def _judgments(store: Any, p: Period, iso3: str | None, ctx: Any) -> list[Any]:
    from dipwatch.analysis.judgments import judgments

    return judgments(store, p, ctx)


def _backtest(store: Any, p: Period, iso3: str | None, ctx: Any) -> list[Any]:
    """Where each state that left Taiwan ranked on the watch list the day before it did,
    for the switches from the period's start to its end."""
    from dipwatch.analysis.allies import backtest

    rows = backtest(store, ctx, since=p.start)
    return [r for r in rows if r.switched <= p.end and (not iso3 or r.country == iso3)]


_RUNNERS: dict[str, Callable[[Any, Period, str | None, Any], list[Any]]] = {
    "dyads": _dyads, "typology": _typology, "alignment": _alignment, "regions": _regions,
    "allies": _allies, "alerts": _alerts, "contradictions": _contradictions, "judgments": _judgments,
    "backtest": _backtest,
}  # fmt: skip
