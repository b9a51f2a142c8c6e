"""What pages load or download besides themselves: the app's script and style sheet, the Vega
runtime (from the installed ``vl-convert`` package, never a CDN), each chart as a Vega-Lite
spec and as an SVG picture (for readers without JavaScript), event exports and reports.

Files are served from a fixed table of names, never from a path the request names, so no
request can reach another file; a report or an export is made in memory from the store.
"""

# No `from __future__ import annotations` here: FastAPI reads the parameter types at run time.

import hashlib
import json
import tempfile
from functools import cache
from importlib import resources
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import Response, StreamingResponse

from dipwatch.api import browse
from dipwatch.api.events import stream_events
from dipwatch.api.report import build, file_name, render
from dipwatch.models import to_plain
from dipwatch.web.params import ChartQuery, EventQuery, ExportFormat, ReportQuery
from dipwatch.web.routes import asking
from dipwatch.web.views import Ask

router = APIRouter()
STATIC = {
    "app.css": "text/css; charset=utf-8",
    "charts.js": "text/javascript; charset=utf-8",
}
MEDIA = {"md": "text/markdown; charset=utf-8", "html": "text/html; charset=utf-8",
         "pdf": "application/pdf",
         "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
         "csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson; charset=utf-8",
         "parquet": "application/vnd.apache.parquet"}  # fmt: skip
#: The most events one export writes (a bigger selection is cut, and the response says so).
MAX_EXPORT = 1_000_000


@router.get("/static/vega.js", include_in_schema=False)
def vega(request: Request) -> Response:
    return _asset(request, browse.chart_runtime().encode("utf-8"), "text/javascript; charset=utf-8")


@router.get("/static/{name}", include_in_schema=False)
def static(request: Request, name: str = Path(max_length=40)) -> Response:
    if name not in STATIC:
        return Response("no such file\n", status_code=404, media_type="text/plain")
    return _asset(request, _read(name), STATIC[name])


@cache
def _read(name: str) -> bytes:
    return resources.files("dipwatch.web").joinpath("static", name).read_bytes()


def _asset(request: Request, body: bytes, media: str) -> Response:
    tag = '"' + hashlib.sha256(body).hexdigest()[:20] + '"'
    headers = {"ETag": tag, "Cache-Control": "public, max-age=3600"}
    if request.headers.get("if-none-match") == tag:
        return Response(status_code=304, headers=headers)
    return Response(body, media_type=media, headers=headers)


# -- charts -----------------------------------------------------------------------------------
def chart_spec(ask: Ask, key: str, country: str | None) -> dict[str, Any]:
    """The report's chart ``key`` over the period's data (``nci`` of one state, if given)."""
    p = ask.period
    iso3 = browse.check_country(country) if country else None
    if key == "map":
        data: Any = {x.country: x.type for x in ask.analysis("typology")}
    elif key == "allies":
        (res,) = ask.analysis("allies")
        data = ask.cached(("allies_series", p.label), lambda: browse.allies_series(res, p))
    else:
        rows = ask.cached(("monthly", p.label), lambda: browse.monthly(ask.reading.backend, p))
        if key == "regions":
            data = browse.region_rows(rows)
        else:
            partners = [iso3] if iso3 else [s.partner for s in ask.analysis("dyads")[:5]]
            data = browse.nci_rows(rows, partners)
    return browse.chart(key, data, ask.lang)


Key = Annotated[str, Path(pattern="^(nci|regions|map|allies)$", description="which chart")]


@router.get("/api/charts/{key}", tags=["charts"], summary="A chart's Vega-Lite spec")
def api_chart(request: Request, key: Key, q: Annotated[ChartQuery, Query()]) -> Response:
    with asking(request, q) as ask:
        body = ask.cached(("chart", key, q.country, ask.lang, ask.period.label),
                          lambda: _json(chart_spec(ask, key, q.country)))  # fmt: skip
        return Response(body, media_type="application/json")


def _json(data: Any) -> bytes:
    return json.dumps(to_plain(data), ensure_ascii=False, separators=(",", ":")).encode()


@router.get("/charts/{key}.svg", include_in_schema=False)
def chart_svg(request: Request, key: Key, q: Annotated[ChartQuery, Query()]) -> Response:
    with asking(request, q) as ask:
        svg = ask.cached(("svg", key, q.country, ask.lang, ask.period.label),
                         lambda: browse.chart_svg(chart_spec(ask, key, q.country)))  # fmt: skip
        return Response(svg, media_type="image/svg+xml")


# -- exports and reports ----------------------------------------------------------------------
@router.get("/events/export.{fmt}", tags=["events"], summary="Export the selected events")
def export(request: Request, fmt: ExportFormat, q: Annotated[EventQuery, Query()]) -> Response:
    """Every event the filter selects (up to MAX_EXPORT) as CSV, JSONL or Parquet; the same
    files ``dipwatch events -o`` writes."""
    with asking(request, q) as ask:
        spool = tempfile.SpooledTemporaryFile(max_size=32 << 20)  # noqa: SIM115 (closed by _chunks)
        n = stream_events(ask.reading.backend, q.event_filter(), spool, fmt, MAX_EXPORT)
    spool.seek(0)
    name = f"events-{q.period or 'all'}.{fmt}".replace("..", "_")
    headers = {"Content-Disposition": f'attachment; filename="{name}"', "X-Events": str(n)}
    return StreamingResponse(_chunks(spool), media_type=MEDIA[fmt], headers=headers)


def _chunks(spool: Any) -> Any:
    try:
        while chunk := spool.read(1 << 20):
            yield chunk
    finally:
        spool.close()


@router.get("/reports/download", tags=["reports"], summary="Build and download a report")
def report(request: Request, q: Annotated[ReportQuery, Query()]) -> Response:
    """The period's report in one language and format, built from the store as it is now."""
    with asking(request, q) as ask:
        built = ask.cached(
            ("report", ask.period.label),
            lambda: build(ask.reading.backend, ask.period.label, session=ask.session()),
        )
        body = ask.cached(("report", ask.period.label, q.report_lang, q.format),
                          lambda: render(built, q.report_lang, q.format))  # fmt: skip
    name = file_name(built, q.report_lang, q.format).replace("..", "_")
    headers = {"Content-Disposition": f'attachment; filename="{name}"'}
    return Response(body, media_type=MEDIA[q.format], headers=headers)
