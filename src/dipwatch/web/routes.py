"""The pages and their JSON twins: each route checks its parameters, asks views.py (which asks
the library) for the page's data on one snapshot of the store, and renders it as HTML or JSON.
"""

# No `from __future__ import annotations` here: FastAPI reads the parameter types at run time.

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse

from dipwatch.api.browse import check_country
from dipwatch.models import to_plain
from dipwatch.web import listing, views
from dipwatch.web.params import Common, CountryQuery, EventDay, EventQuery, Paged, pick_lang
from dipwatch.web.present import link
from dipwatch.web.render import page
from dipwatch.web.views import Ask, period_of

router = APIRouter()
EVENT_ID = Path(max_length=80, pattern=r"^[A-Za-z0-9_.:-]+$", description="an event's id")
COUNTRY = Path(max_length=60, description="ISO3 code or a country's name")


@contextmanager
def asking(request: Request, q: Common) -> Iterator[Ask]:
    """The request's snapshot of the store, held until the page is built, with its language
    and period."""
    state = request.app.state
    lang = pick_lang(q.lang, request.headers.get("accept-language"))
    with state.live.reading() as reading:
        ask = Ask(reading, state.cache, lang, period_of(reading, state.cache, q.period))
        try:
            yield ask
        finally:
            ask.close()


def as_json(data: dict[str, Any]) -> JSONResponse:
    return JSONResponse(to_plain(data))


def html(
    request: Request, ask: Ask, template: str, build: Callable[[], dict[str, Any]]
) -> HTMLResponse:
    """The page, rendered once per snapshot, address and language (a page is a function of
    these alone), so readers of the same page share one rendering."""
    key = ("html", template, request.url.path, request.url.query, ask.lang)
    return HTMLResponse(ask.cached(key, lambda: page(request, template, build(), ask.lang).body))


# -- overview ---------------------------------------------------------------------------------
@router.get(
    "/api/overview", tags=["pages"], summary="Key judgments, alerts, typology, recent events"
)
def api_overview(request: Request, q: Annotated[Common, Query()]) -> JSONResponse:
    with asking(request, q) as ask:
        return as_json(views.overview(ask))


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def overview_page(request: Request, q: Annotated[Common, Query()]) -> HTMLResponse:
    with asking(request, q) as ask:
        return html(request, ask, "overview.html.j2", lambda: views.overview(ask))


# -- country ----------------------------------------------------------------------------------
def _country_filter(q: CountryQuery, iso3: str, ask: Ask) -> Any:
    """The page's event filter: the reader's, for this state, in the period."""
    return replace(q.event_filter(), actor=iso3, start=ask.period.start, end=ask.period.end)


@router.get("/api/countries/{code}", tags=["pages"], summary="One state's relations with the PRC")
def api_country(request: Request, q: Annotated[CountryQuery, Query()],
                code: str = COUNTRY) -> JSONResponse:  # fmt: skip
    iso3 = check_country(code)
    with asking(request, q) as ask:
        return as_json(views.country(ask, iso3, _country_filter(q, iso3, ask), q.limit, q.offset))


@router.get("/country/{code}", response_class=HTMLResponse, include_in_schema=False)
def country_page(request: Request, q: Annotated[CountryQuery, Query()],
                 code: str = COUNTRY) -> HTMLResponse:  # fmt: skip
    iso3 = check_country(code)
    with asking(request, q) as ask:
        filt = _country_filter(q, iso3, ask)
        return html(
            request,
            ask,
            "country.html.j2",
            lambda: {**views.country(ask, iso3, filt, q.limit, q.offset), "query": q.carried()},
        )


@router.get("/country", include_in_schema=False)
def country_pick(request: Request, q: Annotated[EventQuery, Query()]) -> RedirectResponse:
    """The overview's country box (a form without JavaScript) sends the name here."""
    iso3 = check_country(q.actor or "")
    return RedirectResponse(link(f"/country/{iso3}", period=q.period, lang=q.lang), 303)


# -- events -----------------------------------------------------------------------------------
@router.get("/api/events", tags=["events"], summary="Events, filtered and paginated")
def api_events(request: Request, q: Annotated[EventQuery, Query()]) -> JSONResponse:
    with asking(request, q) as ask:
        return as_json(listing.events(ask, q.event_filter(), q.carried(), q.limit, q.offset))


@router.get("/events", response_class=HTMLResponse, include_in_schema=False)
def events_page(request: Request, q: Annotated[EventQuery, Query()]) -> HTMLResponse:
    with asking(request, q) as ask:
        filt = q.event_filter()
        return html(
            request,
            ask,
            "events.html.j2",
            lambda: listing.events(ask, filt, q.carried(), q.limit, q.offset),
        )


@router.get("/api/events/{event_id}", tags=["events"], summary="One event, its sentence and source")
def api_event(request: Request, q: Annotated[EventDay, Query()],
              event_id: str = EVENT_ID) -> JSONResponse:  # fmt: skip
    with asking(request, q) as ask:
        return as_json(listing.one_event(ask, event_id, q.on))


@router.get("/events/{event_id}", response_class=HTMLResponse, include_in_schema=False)
def event_page(request: Request, q: Annotated[EventDay, Query()],
               event_id: str = EVENT_ID) -> HTMLResponse:  # fmt: skip
    with asking(request, q) as ask:
        return html(request, ask, "event.html.j2", lambda: listing.one_event(ask, event_id, q.on))


# -- Taiwan's allies, contradictions, sources, reports ----------------------------------------
@router.get("/api/allies", tags=["pages"], summary="Taiwan's allies, switches, watch list")
def api_allies(request: Request, q: Annotated[Common, Query()]) -> JSONResponse:
    with asking(request, q) as ask:
        return as_json(views.allies(ask))


@router.get("/allies", response_class=HTMLResponse, include_in_schema=False)
def allies_page(request: Request, q: Annotated[Common, Query()]) -> HTMLResponse:
    with asking(request, q) as ask:
        return html(request, ask, "allies.html.j2", lambda: views.allies(ask))


@router.get("/api/contradictions", tags=["pages"], summary="Claims of sources that disagree")
def api_contradictions(request: Request, q: Annotated[Common, Query()]) -> JSONResponse:
    with asking(request, q) as ask:
        return as_json(views.contradictions(ask))


@router.get("/contradictions", response_class=HTMLResponse, include_in_schema=False)
def contradictions_page(request: Request, q: Annotated[Common, Query()]) -> HTMLResponse:
    with asking(request, q) as ask:
        return html(request, ask, "contradictions.html.j2", lambda: views.contradictions(ask))


@router.get("/api/sources", tags=["pages"], summary="Coverage, runs, inputs and quarantine")
def api_sources(request: Request, q: Annotated[Paged, Query()]) -> JSONResponse:
    with asking(request, q) as ask:
        return as_json(listing.sources(ask, q.limit, q.offset))


@router.get("/sources", response_class=HTMLResponse, include_in_schema=False)
def sources_page(request: Request, q: Annotated[Paged, Query()]) -> HTMLResponse:
    with asking(request, q) as ask:
        return html(
            request, ask, "sources.html.j2", lambda: listing.sources(ask, q.limit, q.offset)
        )


@router.get("/api/reports", tags=["reports"], summary="The report's formats, languages, links")
def api_reports(request: Request, q: Annotated[Common, Query()]) -> JSONResponse:
    with asking(request, q) as ask:
        return as_json(listing.reports(ask))


@router.get("/reports", response_class=HTMLResponse, include_in_schema=False)
def reports_page(request: Request, q: Annotated[Common, Query()]) -> HTMLResponse:
    with asking(request, q) as ask:
        return html(request, ask, "reports.html.j2", lambda: listing.reports(ask))
