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

    from dipwatch.analysis.session import Session

Runner = Callable[["Backend", Period, "str | None", Any, "Session | None"], list[Any]]


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


def resolve_period(backend: Backend, period: str | Period | None) -> Period:
    """The period asked for (checked), or :func:`default_period` when none was."""
    if isinstance(period, Period):
        return period
    return parse_period(period) if period else default_period(backend)


def open_session(backend: Backend, period: str | Period | None = None) -> Session:
    """A :class:`~dipwatch.analysis.session.Session` of ``period``: hand it to several
    :func:`analyze` calls (and :func:`dipwatch.api.report.build`) of that period so that they
    share their frames and results; ``close()`` it when done."""
    from dipwatch.analysis.session import Session

    return Session(backend, resolve_period(backend, period))


def analyze(backend: Backend, name: str, period: str | Period | None = None,
            country: str | None = None, ctx: Any = None, anchor: str | None = None, *,
            session: Session | None = None) -> list[Any]:  # fmt: skip
    """Run analysis ``name``; InputError listing the valid names, periods or countries.

    ``anchor`` (dyads only) measures another state's pairs instead of the PRC's, e.g. USA–RUS.
    ``session`` (``analysis.session.Session``, of the same period) shares frames and results
    with the other analyses run on it: a report or a dashboard page makes one and passes it to
    each call; without one, each call makes its own.
    """
    if name not in ANALYSES:
        raise InputError(f"unknown analysis {name!r}; choose one of: {', '.join(ANALYSES)}")
    if anchor and name != "dyads":
        raise InputError("--anchor applies to dyads only")
    from dipwatch.analysis.frames import check_state, reference_context
    from dipwatch.analysis.session import using

    p = resolve_period(backend, period)
    if session is not None and session.period != p:
        raise InputError(f"the session is of {session.period.label}, not of {p.label}")
    iso3 = check_state(country) if country else None
    ctx = ctx or (session.ctx if session is not None else reference_context())
    with using(session, backend, p, ctx) as s:
        if session is not None and iso3 and name in ("dyads", "typology") and not anchor:
            return _of_state(name, backend, p, iso3, ctx, s)
        if name == "dyads":
            return _dyads(backend, p, iso3, ctx, s, check_state(anchor) if anchor else "CHN")
        return ANALYSES[name].run(backend, p, iso3, ctx, s)


def _dyads(b: Backend, p: Period, iso3: str | None, ctx: Any, s: Session | None,
           anchor: str = "CHN") -> list[Any]:  # fmt: skip
    from dipwatch.analysis.dyads import dyads

    return dyads(b, p, anchor=anchor, partners=[iso3] if iso3 else None, session=s)


def _typology(b: Backend, p: Period, iso3: str | None, ctx: Any, s: Session | None) -> list[Any]:
    from dipwatch.analysis.typology import typology

    return typology(b, p, ctx, countries=[iso3] if iso3 else None, session=s)


def _of_state(name: str, backend: Backend, p: Period, iso3: str, ctx: Any,
              s: Session) -> list[Any]:  # fmt: skip
    """One state's dyad or placement on a kept session: from everyone's, computed once for the
    period and then looked up (a dashboard's country pages); a state without events gets the
    empty row of its own."""
    key = {"dyads": "partner", "typology": "country"}[name]
    found = [x for x in ANALYSES[name].run(backend, p, None, ctx, s) if getattr(x, key) == iso3]
    return found or ANALYSES[name].run(backend, p, iso3, ctx, s)


def _alignment(b: Backend, p: Period, iso3: str | None, ctx: Any, s: Session | None) -> list[Any]:
    from dipwatch.analysis.alignment import alignment

    return alignment(b, ctx, period=p, countries=[iso3] if iso3 else None)


def _regions(b: Backend, p: Period, iso3: str | None, ctx: Any, s: Session | None) -> list[Any]:
    from dipwatch.analysis.regions import regions

    return regions(b, p, ctx, region=ctx.regions.get(iso3) if iso3 else None, session=s)


def _allies(b: Backend, p: Period, iso3: str | None, ctx: Any, s: Session | None) -> list[Any]:
    from dipwatch.analysis.allies import allies

    return [allies(b, p, ctx, session=s)]


def _alerts(b: Backend, p: Period, iso3: str | None, ctx: Any, s: Session | None) -> list[Any]:
    from dipwatch.analysis.alerts import alerts

    return [a for a in alerts(b, p, ctx, session=s) if not iso3 or a.country == iso3]


def _contradictions(
    b: Backend, p: Period, iso3: str | None, ctx: Any, s: Session | None
) -> list[Any]:
    from dipwatch.analysis.contradictions import contradictions

    return [c for c in contradictions(b, p, session=s) if not iso3 or iso3 in c.pair]


def _judgments(b: Backend, p: Period, iso3: str | None, ctx: Any, s: Session | None) -> list[Any]:
    from dipwatch.analysis.judgments import judgments

    return judgments(b, p, ctx, session=s)


def _coverage(b: Backend, p: Period, iso3: str | None, ctx: Any, s: Session | None) -> list[Any]:
    from dipwatch.analysis.coverage import coverage_summary

    return (
        s.once(("coverage_summary", p), lambda: coverage_summary(b, p))
        if s
        else coverage_summary(b, p)
    )


def _backtest(b: Backend, p: Period, iso3: str | None, ctx: Any, s: Session | None) -> list[Any]:
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
