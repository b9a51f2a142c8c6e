"""The web application: :func:`create_app` puts the pages, the JSON API, the assets, the
error handling and the guard (Host, token, headers) together over a :class:`LiveStore`.

The OpenAPI schema is at ``/api/openapi.json``; FastAPI's documentation pages are left out
because they load their scripts from a CDN.
"""

from __future__ import annotations

import logging
import threading

from fastapi import FastAPI

from dipwatch import __version__
from dipwatch.api.live import LiveStore
from dipwatch.web import assets, errors, routes, security
from dipwatch.web.cache import Cache

log = logging.getLogger("dipwatch.web")


def create_app(
    live: LiveStore, *, token: str | None = None, hosts: frozenset[str] | None = None,
    warm: bool = False,
) -> FastAPI:  # fmt: skip
    """The app over ``live``. ``token``: every request must carry it; ``hosts``: the Host
    names it answers (None: any); ``warm``: compute the newest period's analyses in the
    background whenever a new snapshot arrives, so the first reader does not wait."""
    app = FastAPI(
        title="dipwatch", version=__version__, docs_url=None, redoc_url=None,
        openapi_url="/api/openapi.json",
        description="PRC foreign relations from the store: every page's data as JSON.",
    )  # fmt: skip
    app.state.live = live
    app.state.cache = Cache()
    errors.install(app)
    app.include_router(assets.router)  # first: /events/export.csv before /events/{event_id}
    app.include_router(routes.router)
    app.add_middleware(security.Guard, token=token, hosts=hosts)
    if warm:
        live.on_refresh.append(lambda generation: _warm_in_background(app))
    return app


def _warm_in_background(app: FastAPI) -> None:
    threading.Thread(target=warm_up, args=(app,), name="warm", daemon=True).start()


def warm_up(app: FastAPI) -> None:
    """Compute what the overview, allies, contradictions, sources and states' pages of the
    newest period need (failures are logged: a page that needs it computes it again)."""
    from dipwatch.web.views import Ask, period_of

    state = app.state
    try:
        with state.live.reading() as reading:
            ask = Ask(reading, state.cache, "en", period_of(reading, state.cache, None))
            try:
                for name in ("typology", "judgments", "alerts", "allies", "contradictions",
                             "coverage", "dyads", "alignment"):  # fmt: skip
                    ask.analysis(name)
            finally:
                ask.close()
    except Exception as err:
        log.warning("warming the cache failed: %s", err)
