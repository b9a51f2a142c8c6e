"""The pages and their JSON twins: each route checks its parameters, asks views.py (which asks
the library) for the page's data on one snapshot of the store, and renders it as HTML or JSON.
"""

# No `from __future__ import annotations` here: FastAPI reads the parameter types at run time.

from collections.abc import Iterator
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
        yield Ask(reading, state.cache, lang, period_of(reading, state.cache, q.period))


def as_json(data: dict[str, Any]) -> JSONResponse:
    return JSONResponse(to_plain(data))


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
        return page(request, "overview.html.j2", views.overview(ask), ask.lang)


# -- country ----------------------------------------------------------------------------------
def _country(request: Request, code: str, q: CountryQuery) -> tuple[Ask, dict[str, Any]]:
    iso3 = check_country(code)
    with asking(request, q) as ask:
        filt = replace(q.event_filter(), actor=iso3, start=ask.period.start, end=ask.period.end)
        return ask, views.country(ask, iso3, filt, q.limit, q.offset)


@router.get("/api/countries/{code}", tags=["pages"], summary="One state's relations with the PRC")
def api_country(request: Request, q: Annotated[CountryQuery, Query()],
                code: str = COUNTRY) -> JSONResponse:  # fmt: skip
    return as_json(_country(request, code, q)[1])


@router.get("/country/{code}", response_class=HTMLResponse, include_in_schema=False)
def country_page(request: Request, q: Annotated[CountryQuery, Query()],
                 code: str = COUNTRY) -> HTMLResponse:  # fmt: skip
    ask, data = _country(request, code, q)
    return page(request, "country.html.j2", {**data, "query": q.carried()}, ask.lang)


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
        data = listing.events(ask, q.event_filter(), q.carried(), q.limit, q.offset)
        return page(request, "events.html.j2", data, ask.lang)


@router.get("/api/events/{event_id}", tags=["events"], summary="One event, its sentence and source")
def api_event(request: Request, q: Annotated[EventDay, Query()],
              event_id: str = EVENT_ID) -> JSONResponse:  # fmt: skip
    with asking(request, q) as ask:
        return as_json(listing.one_event(ask, event_id, q.on))


@router.get("/events/{event_id}", response_class=HTMLResponse, include_in_schema=False)
def event_page(request: Request, q: Annotated[EventDay, Query()],
               event_id: str = EVENT_ID) -> HTMLResponse:  # fmt: skip
    with asking(request, q) as ask:
        return page(request, "event.html.j2", listing.one_event(ask, event_id, q.on), ask.lang)


# -- Taiwan's allies, contradictions, sources, reports ----------------------------------------
@router.get("/api/allies", tags=["pages"], summary="Taiwan's allies, switches, watch list")
def api_allies(request: Request, q: Annotated[Common, Query()]) -> JSONResponse:
    with asking(request, q) as ask:
        return as_json(views.allies(ask))


@router.get("/allies", response_class=HTMLResponse, include_in_schema=False)
def allies_page(request: Request, q: Annotated[Common, Query()]) -> HTMLResponse:
    with asking(request, q) as ask:
        return page(request, "allies.html.j2", views.allies(ask), ask.lang)


@router.get("/api/contradictions", tags=["pages"], summary="Claims of sources that disagree")
def api_contradictions(request: Request, q: Annotated[Common, Query()]) -> JSONResponse:
    with asking(request, q) as ask:
        return as_json(views.contradictions(ask))


@router.get("/contradictions", response_class=HTMLResponse, include_in_schema=False)
def contradictions_page(request: Request, q: Annotated[Common, Query()]) -> HTMLResponse:
    with asking(request, q) as ask:
        return page(request, "contradictions.html.j2", views.contradictions(ask), ask.lang)


@router.get("/api/sources", tags=["pages"], summary="Coverage, runs, inputs and quarantine")
def api_sources(request: Request, q: Annotated[Paged, Query()]) -> JSONResponse:
    with asking(request, q) as ask:
        return as_json(listing.sources(ask, q.limit, q.offset))


@router.get("/sources", response_class=HTMLResponse, include_in_schema=False)
def sources_page(request: Request, q: Annotated[Paged, Query()]) -> HTMLResponse:
    with asking(request, q) as ask:
        return page(request, "sources.html.j2", listing.sources(ask, q.limit, q.offset), ask.lang)


@router.get("/api/reports", tags=["reports"], summary="The report's formats, languages, links")
def api_reports(request: Request, q: Annotated[Common, Query()]) -> JSONResponse:
    with asking(request, q) as ask:
        return as_json(listing.reports(ask))


@router.get("/reports", response_class=HTMLResponse, include_in_schema=False)
def reports_page(request: Request, q: Annotated[Common, Query()]) -> HTMLResponse:
    with asking(request, q) as ask:
        return page(request, "reports.html.j2", listing.reports(ask), ask.lang)
