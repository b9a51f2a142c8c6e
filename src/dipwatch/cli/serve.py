"""``dipwatch serve``: the dashboard and JSON API over the store, on a local web server."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from dipwatch.cli.main import settings


def register(app: typer.Typer) -> None:
    app.command(name="serve")(serve)


def serve(
    ctx: typer.Context,
    host: Annotated[str, typer.Option(help="Address to listen on; anything but loopback needs a token.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    token: Annotated[str | None, typer.Option(
        envvar="DIPWATCH_TOKEN", help="Secret every request must carry (16+ characters).")] = None,
    snapshots: Annotated[Path | None, typer.Option(
        help="Folder for the store's snapshots [default: the system's temporary folder].")] = None,
) -> None:  # fmt: skip
    """Serve the dashboard (overview, countries, events, Taiwan's allies, reports, sources,
    contradictions) and its JSON API (/api/..., schema at /api/openapi.json). The store is read
    from a snapshot, refreshed when it changes, so `dipwatch ingest` can write meanwhile."""
    from dipwatch.web.server import serve as run

    run(settings(ctx), host=host, port=port, token=token, snapshots=snapshots)
