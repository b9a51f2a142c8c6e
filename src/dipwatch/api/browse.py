"""``browse``: what a reader who explores the store needs besides the analyses and the report:
pages of events, one event with its document, the runs, inputs and quarantine, the periods the
store covers, the series and charts of the report's one chart spec, and labels in the reader's
language. The web app calls these (and :mod:`dipwatch.api.analyze`, :mod:`dipwatch.api.report`),
never the store or the analyses directly.

>>> periods_between(date(2021, 8, 3), date(2022, 1, 2))
['2022Q1', '2021Q4', '2021Q3']
>>> label("type", "condemnation_sanctions", "en"), label("root", "04", "zh-Hant")
('condemnation and sanctions', '磋商')
"""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import TYPE_CHECKING, Any

from dipwatch.errors import InputError, NotFoundError
from dipwatch.periods import Period, quarter_period
from dipwatch.store.queries import EventFilter

if TYPE_CHECKING:
    from ibis.backends import BaseBackend as Backend

    from dipwatch.store.browse import Page

#: The most rows one page of events, runs, inputs or quarantine may ask for.
MAX_LIMIT = 500
#: The most quarters the period picker lists.
MAX_PERIODS = 40
CHARTS = ("nci", "regions", "map", "allies")


def check_page(limit: int, offset: int) -> None:
    """InputError unless 1 ≤ limit ≤ MAX_LIMIT and 0 ≤ offset."""
    if not 1 <= limit <= MAX_LIMIT:
        raise InputError(f"limit must be from 1 to {MAX_LIMIT} (got {limit})")
    if offset < 0:
        raise InputError(f"offset must be 0 or more (got {offset})")


def event_page(backend: Backend, filt: EventFilter, limit: int = 50, offset: int = 0) -> Page:
    """Events newest first, ``limit`` from ``offset``, with the total and their documents."""
    from dipwatch.store import browse

    check_page(limit, offset)
    return browse.event_page(backend, filt, limit, offset)


def event(backend: Backend, event_id: str, on: date | None = None) -> dict[str, Any]:
    """One event with its document; InputError when there is none of that id."""
    from dipwatch.store import browse

    found = browse.event(backend, event_id, on)
    if found is None:
        raise NotFoundError(f"no event {event_id!r}" + (f" on {on.isoformat()}" if on else ""))
    return found


def ingested(backend: Backend, what: str, limit: int = 50, offset: int = 0) -> Page:
    """A page of ``runs``, ``inputs`` or ``quarantine``, newest first."""
    from dipwatch.store import browse

    check_page(limit, offset)
    reads = {"runs": browse.runs, "inputs": browse.inputs, "quarantine": browse.quarantine}
    return reads[what](backend, limit, offset)


def span(backend: Backend) -> tuple[date, date] | None:
    """The first and the newest day of the stored events (None when there are none)."""
    e = backend.table("events")
    got = e.aggregate(first=e.date.min(), last=e.date.max()).to_pyarrow().to_pylist()[0]
    return (got["first"], got["last"]) if got["first"] else None


def periods(backend: Backend) -> list[str]:
    """The quarters the stored events fall in, newest first (at most MAX_PERIODS)."""
    found = span(backend)
    return periods_between(*found) if found else []


def periods_between(first: date, last: date) -> list[str]:
    out: list[str] = []
    y, q = last.year, (last.month - 1) // 3 + 1
    while len(out) < MAX_PERIODS and quarter_period(y, q).end >= first:
        out.append(f"{y}Q{q}")
        y, q = (y - 1, 4) if q == 1 else (y, q - 1)
    return out


def monthly(backend: Backend, period: Period) -> list[dict[str, Any]]:
    """Per partner of the PRC and month of the twelve months to the period's end: events
    and their counts by quad class (the series the report's charts draw)."""
    from dipwatch.analysis.chronicle import monthly as series
    from dipwatch.report.findings import year_to

    return series(backend, year_to(period))


def nci_rows(monthly_rows: list[dict[str, Any]], partners: list[str]) -> list[dict[str, Any]]:
    """The net cooperation chart's rows for ``partners`` from :func:`monthly`'s."""
    from dipwatch.analysis.dyads import net_cooperation

    return [
        {"month": r["month"], "partner": r["partner"],
         "nci": net_cooperation({q: int(r[f"q{q}"] or 0) for q in (1, 2, 3, 4)})}
        for r in monthly_rows if r["partner"] in partners
    ]  # fmt: skip


def allies_series(result: Any, period: Period) -> list[dict[str, Any]]:
    """Taiwan's number of allies at each year's end of the ten before the period's end, and on
    that end (the report's allies chart)."""
    from dipwatch.analysis.frames import reference_context
    from dipwatch.report.findings import allies_series as series

    return [{"day": d, "allies": n} for d, n in series(result, period, reference_context())]


def recognition_changes(since: date = date(1990, 1, 1)) -> list[dict[str, Any]]:
    """Every switch of recognition between Taipei and Beijing since ``since``, newest first."""
    from dipwatch.reference import recognition

    rows = [c for c in recognition().changes if not c.is_baseline and c.date >= since]
    return [{"date": c.date, "country": c.country, "to": c.to} for c in reversed(rows)]


def chart(key: str, data: Any, lang: str) -> dict[str, Any]:
    """The Vega-Lite spec of the report's chart ``key`` over ``data``, labelled in ``lang``."""
    from dipwatch.report import charts

    if key not in CHARTS:
        raise InputError(f"unknown chart {key!r}; choose one of: {', '.join(CHARTS)}")
    return charts.spec(key, data, lang)


def chart_svg(spec: dict[str, Any]) -> str:
    """A chart spec drawn as SVG, offline (for readers without JavaScript)."""
    from dipwatch.report import charts

    return charts.to_svg(spec)


@cache
def chart_runtime() -> str:
    """The Vega, Vega-Lite and vega-embed runtime as one script, from the installed package."""
    from dipwatch.report import charts

    return charts.javascript()


def check_country(code: str) -> str:
    """An ISO3 code or a country name in any script to ISO3; NotFoundError otherwise.

    >>> check_country("ltu"), check_country("立陶宛"), check_country("Lithuania")
    ('LTU', 'LTU', 'LTU')
    """
    from dipwatch.reference import countries

    t = (code or "").strip()
    found = countries().by_iso3(t.upper()) if t.isascii() and len(t) == 3 else None
    found = found or countries().lookup(t)
    if found is None:
        raise NotFoundError(f"unknown country {code!r}; give an ISO3 code (USA, LTU…) or a name")
    return found.iso3


def label(table: str, key: str, lang: str) -> str:
    """A label in ``lang``: ``type`` (the typology's kinds), ``root`` and ``code`` (CAMEO),
    ``issue``, ``origin`` or ``signal`` (the watch list's kinds of signal)."""
    from dipwatch.analysis.prose import label as prose_label
    from dipwatch.report.words import label as report_label

    if table == "type":
        return prose_label("types", key, lang)
    if table in ("root", "code"):
        return report_label("cameo", key, lang)
    if table == "issue":
        return report_label("issue", key, lang)
    if table in ("origin", "signal"):
        try:
            return prose_label(f"{table}s", key, lang)
        except KeyError:
            return key
    raise InputError(f"no label table {table!r}")


def issues() -> list[str]:
    """The issue tags events can carry (ids of ``reference/data/issues.yaml``)."""
    from dipwatch.reference import issues as table

    return [i.issue_id for i in table()]


def covered_days(backend: Backend, period: Period) -> dict[str, list[date]]:
    """Per origin, the days of ``period`` with material (the analyses' coverage)."""
    from dipwatch.analysis.coverage import load_coverage

    cover = load_coverage(backend)
    return {o: sorted(d for d in days if period.contains(d))
            for o, days in sorted(cover.by_origin.items())}  # fmt: skip


def region_rows(monthly_rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The events-by-region chart's rows from :func:`monthly`'s."""
    from dipwatch.reference import countries

    regions: dict[tuple[date, str], int] = {}
    for r in monthly_rows:
        found = countries().by_iso3(r["partner"])
        if found is not None and found.region:
            key = (r["month"], found.region)
            regions[key] = regions.get(key, 0) + int(r["n"])
    return [{"month": m, "region": g, "events": n} for (m, g), n in sorted(regions.items())]


def roots() -> list[str]:
    """The twenty CAMEO roots, ``01`` to ``20``."""
    return [f"{r:02d}" for r in range(1, 21)]
