"""Session: what the analyses of one period share, computed once and handed down.

A report or a dashboard page runs several analyses over one period, and they need the same
things: the PRC's events of the period and of the previous one (dyads, typology, judgments,
the chronicle), monthly counts of the months before (the alerts' history, first contacts, the
charts), the coverage, the allies (judgments, alerts) and the typology (alerts). A
:class:`Session` holds them for one backend, one period, one reference context and one config:

- **the window**: the PRC's events of the previous period and the period, each with its
  ``partner``, direction, core-issue flag, ``story`` and its document's name
  (:func:`~dipwatch.analysis.frames.mark_anchor`, ``with_documents``), materialised once in
  the engine with Ibis's ``Table.cache()`` (a temporary table on DuckDB, a cached DataFrame on
  Spark), so that every later expression reads a small table instead of the whole store and
  compiles in a moment;
- **the months**: per partner, month and origin, the PRC's events and their quad classes from
  the start of the longest look-back (:attr:`Session.start`) to the period's end, in one
  aggregate query;
- **memo**: each analysis's result for its arguments (:meth:`Session.once`), so that the
  judgments and the alerts reuse the allies, the dyads and the typology instead of running
  them again.

It is explicit, never global: every analysis takes ``session=`` and, given none, makes its own
for the call. A session serves one context and one config (what an analysis is passed with a
session is the session's). ``close()`` (or the end of a ``with`` block) drops what was
materialised. A session holds what the store held when it was used: make a new one after a
load.

>>> from dipwatch.periods import parse_period
>>> from dipwatch.store import Store
>>> with Store(":memory:") as s, Session(s.ibis(), parse_period("2021Q4")) as session:
...     session.start, session.once(("answer",), lambda: 42), session.once(("answer",), lambda: 0)
(datetime.date(2020, 10, 1), 42, 42)
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from typing import Any, TypeVar
from uuid import uuid4

import ibis
import ibis.expr.types as ir

from dipwatch.analysis.config import analysis_config
from dipwatch.analysis.frames import (
    PRC,
    Backend,
    Context,
    anchor_frame,
    events,
    mark_anchor,
    months_back,
    reference_context,
    rows,
    with_documents,
)
from dipwatch.periods import Period

T = TypeVar("T")

#: The columns of the events the analyses read (the rest: spans, patterns, GDELT counts, stay
#: in the store), besides the frame's own.
COLUMNS = ("event_id", "date", "source_actor", "target_actor", "code", "root", "quad_class",
           "goldstein", "issues", "origin", "doc_id", "text", "url", "story_id",
           "action_country", "date_precision")  # fmt: skip


class Session:
    """One period's shared frames and results over one backend (see the module docstring)."""

    def __init__(
        self, backend: Backend, period: Period, ctx: Context | None = None,
        config: dict[str, Any] | None = None,
    ) -> None:  # fmt: skip
        self.backend = backend
        self.period = period
        self.ctx = ctx if ctx is not None else reference_context()
        self.config = config or analysis_config()
        self.start = lookback_start(period, self.config)
        self._memo: dict[Hashable, Any] = {}
        self._window: ir.Table | None = None
        self._cached: list[ir.Table] = []
        self._token = uuid4().hex
        # A dashboard keeps one session per period for its threads: each result is computed
        # once, by the first thread that asks (an analysis may ask for another: re-entrant).
        self._lock = threading.RLock()

    # -- results ---------------------------------------------------------------------------
    def once(self, key: Hashable, compute: Callable[[], T]) -> T:
        """``compute()``'s result for ``key``, computed on the first call only."""
        if key in self._memo:
            return self._memo[key]
        with self._lock:
            if key not in self._memo:
                self._memo[key] = compute()
            return self._memo[key]

    def known(self, key: Hashable) -> Any:
        """The result already computed for ``key``, or None."""
        return self._memo.get(key)

    def coverage(self) -> Any:
        """The store's coverage (``analysis.coverage.Coverage``), read once."""
        from dipwatch.analysis.coverage import load_coverage

        return self.once(("coverage",), lambda: load_coverage(self.backend, self.config))

    def origins(self, period: Period) -> list[str]:
        """The origins (text, gdelt...) of the PRC's events in ``period``: what a comparison
        with another period must find covered there too."""
        return sorted(self.volume_by_origin(period))

    def volume_by_origin(self, period: Period) -> dict[str, int]:
        """origin -> how many events with the PRC on either side ``period`` has (the dyads'
        denominator and the origins a comparison must find covered)."""

        def count() -> dict[str, int]:
            v = self.volume(period.start, period.end)
            found = rows(v.group_by("origin").aggregate(n=v.count()))
            return {r["origin"]: int(r["n"]) for r in found}

        return self.once(("volume", period), count)

    def months(self, start: date, end: date) -> list[dict[str, Any]]:
        """Per partner, month and origin of the months from ``start``'s to ``end``'s (within
        :attr:`start` and the period's end): the PRC's events with other states (``n``) and
        their counts by quad class (``q1`` … ``q4``); one query for the session."""
        found = self.once(("months",), self._months)
        first = start.replace(day=1)
        return [r for r in found if first <= r["month"] <= end]

    def _months(self) -> list[dict[str, Any]]:
        """The months of the window from the window, the months before it from the store."""
        first, cols = self.period.previous().start, ("partner", "date", "origin", "quad_class")
        parts = [self.frame(first, self.period.end).select(*cols)]
        if self.start < first:
            t = events(self.backend)
            t = t.filter(t.date.between(self.start, first - timedelta(days=1))).select(*COLUMNS)
            parts.append(anchor_frame(t).select(*cols))
        found = [_per_month(f.cast({"origin": "string", "date": "date"})) for f in parts]
        agg = found[0] if len(found) == 1 else ibis.union(*found, distinct=False)
        return sorted(rows(agg), key=lambda r: (r["month"], r["partner"], r["origin"]))

    # -- frames ----------------------------------------------------------------------------
    def frame(self, start: date, end: date) -> ir.Table:
        """The PRC's events with another state from ``start`` to ``end`` (see
        ``frames.anchor_frame``): from the materialised window when it holds those days."""
        v = self.volume(start, end)
        return v.filter(v.partner.notnull())

    def period_frame(self, period: Period) -> ir.Table:
        """:meth:`frame` over ``period``."""
        return self.frame(period.start, period.end)

    def volume(self, start: date, end: date) -> ir.Table:
        """Every event with the PRC on either side from ``start`` to ``end``, marked as
        ``frames.mark_anchor`` marks them (``partner`` NULL unless it is another state)."""
        if self.period.previous().start <= start and end <= self.period.end:
            w = self.window()
            return w.filter(w.date.between(start, end))
        return self._marked(start, end)

    def window(self) -> ir.Table:
        """Every event with the PRC in the previous period and the period, marked, and
        materialised on first use."""
        with self._lock:
            if self._window is None:
                window = self._marked(self.period.previous().start, self.period.end)
                self._window = self._own(window).cache()
            return self._window

    def _own(self, expr: ir.Table) -> ir.Table:
        """``expr`` as this session's own: Ibis gives every ``cache()`` of one expression the
        same table, which another session's ``close()`` would drop under this one (a filter
        that is always true, and that the engine folds away, tells them apart)."""
        return expr.filter(ibis.literal(self._token) == self._token)

    def materialise(self, key: Hashable, expr: ir.Table) -> ir.Table:
        """``expr`` materialised in the engine (once for ``key``; dropped on :meth:`close`),
        for a small table that several queries read."""

        def cache() -> ir.Table:
            found = self._own(expr).cache()
            self._cached.append(found)
            return found

        return self.once(("materialised", key), cache)

    def _marked(self, start: date, end: date) -> ir.Table:
        """Events with the PRC from ``start`` to ``end``, marked, with their document's name."""
        t = events(self.backend)
        t = mark_anchor(t.filter(t.date.between(start, end)).select(*COLUMNS))
        return with_documents(self.backend, t)

    # -- lifecycle -------------------------------------------------------------------------
    def close(self) -> None:
        """Drop what was materialised (the results stay readable)."""
        with self._lock:
            self._release()

    def _release(self) -> None:
        for found in [self._window, *self._cached]:
            if found is not None:
                found.release()
        self._window, self._cached = None, []

    def __enter__(self) -> Session:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _per_month(f: ir.Table) -> ir.Table:
    """Per partner, month and origin: the events and their counts by quad class."""
    f = f.mutate(month=f.date.truncate("M"))
    quads = {f"q{q}": (f.quad_class == q).ifelse(1, 0).sum() for q in (1, 2, 3, 4)}
    return f.group_by(["partner", "month", "origin"]).aggregate(n=f.count(), **quads)


def lookback_start(period: Period, config: dict[str, Any]) -> date:
    """The first day any analysis of ``period`` reads: the longest of the previous period, the
    alerts' history and first-contact span, and the allies' watch-list look-back.

    >>> from dipwatch.periods import parse_period
    >>> lookback_start(parse_period("2021Q4"), analysis_config())
    datetime.date(2020, 10, 1)
    """
    months = max(config["alerts"]["lookback_months"], config["alerts"]["first_contact_months"],
                 config["allies"]["lookback_months"])  # fmt: skip
    return min(period.previous().start, months_back(period.start, int(months)))


@contextmanager
def using(
    session: Session | None, backend: Backend, period: Period, ctx: Context | None = None,
    config: dict[str, Any] | None = None,
) -> Iterator[Session]:  # fmt: skip
    """``session`` if given (left open for its owner), else a new one closed at the end."""
    if session is not None:
        yield session
        return
    with Session(backend, period, ctx, config) as own:
        yield own


__all__ = ["PRC", "Session", "lookback_start", "using"]
