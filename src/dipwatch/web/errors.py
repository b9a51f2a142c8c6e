"""The one place where exceptions become HTTP responses (as datasette's handle_exception).

A request to ``/api/...`` gets JSON ``{"detail": message}``; a page gets an HTML page with the
message, in the reader's language. The message is dipwatch's own (an InputError names what is
wrong and what is valid); anything unexpected is logged with its traceback and answered with a
generic 500 that says nothing of the code, the store or the query.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException

from dipwatch.errors import DipwatchError, InputError, NotFoundError, StoreBusy, StoreError

log = logging.getLogger("dipwatch.web")

#: What a status means to a reader, when the exception carries no message of its own.
PLAIN = {400: "bad request", 401: "a token is needed", 404: "no such page",
         405: "method not allowed", 500: "internal error: the server's log has the details"}  # fmt: skip


def install(app: FastAPI) -> None:
    """Register the handlers on ``app``."""
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_exception_handler(HTTPException, _http)
    app.add_exception_handler(DipwatchError, _dipwatch)
    app.add_exception_handler(Exception, _unexpected)


def status_of(err: DipwatchError) -> int:
    """422 for a bad value, 404 for a thing that is not there, 503 while the store cannot be
    read, 500 for the rest (a font or chart that cannot be drawn)."""
    if isinstance(err, NotFoundError):
        return 404
    if isinstance(err, InputError):
        return 422
    if isinstance(err, StoreError):
        return 503
    return 500


def answer(request: Request, status: int, message: str) -> Response:
    """JSON for the API, an HTML page for the rest."""
    headers = {"Retry-After": "5"} if status == 503 else None
    if request.url.path.startswith("/api/"):
        return JSONResponse({"detail": message}, status_code=status, headers=headers)
    from dipwatch.web.render import error_page

    return HTMLResponse(error_page(request, status, message), status_code=status, headers=headers)


def validation_message(err: RequestValidationError) -> str:
    """FastAPI's validation errors as one line: which parameter, what is wrong (never the
    value sent, which may be huge or hostile)."""
    parts = []
    for e in err.errors()[:5]:
        where = ".".join(str(x) for x in e.get("loc", ()) if x not in ("query", "path", "body"))
        what = "unknown parameter" if e.get("type") == "extra_forbidden" else e.get("msg", "")
        parts.append(f"{where or 'request'}: {what}")
    return "; ".join(parts) or "invalid request"


async def _invalid(request: Request, err: Exception) -> Response:
    assert isinstance(err, RequestValidationError)
    return answer(request, 422, validation_message(err))


async def _http(request: Request, err: Exception) -> Response:
    assert isinstance(err, HTTPException)
    detail = err.detail if isinstance(err.detail, str) else None
    response = answer(request, err.status_code, detail or PLAIN.get(err.status_code, "error"))
    for k, v in (err.headers or {}).items():
        response.headers[k] = v
    return response


async def _dipwatch(request: Request, err: Exception) -> Response:
    assert isinstance(err, DipwatchError)
    if isinstance(err, StoreBusy):
        return answer(request, 503, str(err))
    return answer(request, status_of(err), str(err))


async def _unexpected(request: Request, err: Exception) -> Response:
    log.error("%s %s failed", request.method, request.url.path, exc_info=err)
    return answer(request, 500, PLAIN[500])
