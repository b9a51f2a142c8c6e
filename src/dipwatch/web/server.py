"""``dipwatch serve``: the app on a real HTTP server (uvicorn), over snapshots of the store.

The server never opens the store's own file (see :mod:`dipwatch.store.snapshot`), so
``dipwatch ingest`` writes to it while the server runs; the pages show the new data once the
ingest has finished. On loopback (127.0.0.1, ::1, localhost) no token is needed, and the server
answers only requests addressed to a loopback name. Bound to any other address it refuses to
start without a token (``--token`` or ``DIPWATCH_TOKEN``), and every request must carry it.

>>> check_binding("127.0.0.1", None), check_binding("0.0.0.0", "x" * 16)
(True, False)
"""

from __future__ import annotations

import ipaddress
import os
import re
import sys
from pathlib import Path

from dipwatch.config import Settings
from dipwatch.errors import InputError
from dipwatch.web.security import LOOPBACK_NAMES

MIN_TOKEN = 16
_TOKEN = re.compile(r"^[A-Za-z0-9._~-]+$")


def is_loopback(host: str) -> bool:
    """Whether ``host`` is a loopback address or name.

    >>> is_loopback("127.0.0.2"), is_loopback("localhost"), is_loopback("192.168.1.2")
    (True, True, False)
    """
    if host.strip("[]").lower() in LOOPBACK_NAMES | {"::1"}:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_binding(host: str, token: str | None) -> bool:
    """True for a loopback address; InputError for another without a good token."""
    if token is not None and (len(token) < MIN_TOKEN or not _TOKEN.match(token)):
        raise InputError(
            f"--token must be at least {MIN_TOKEN} characters of A-Z a-z 0-9 . _ ~ - "
            "(e.g. python -c 'import secrets; print(secrets.token_urlsafe())')"
        )
    if is_loopback(host):
        return True
    if not token:
        raise InputError(
            f"--host {host} is not loopback: anyone who can reach it could read the store; "
            "give a --token (or set DIPWATCH_TOKEN), or serve on 127.0.0.1"
        )
    return False


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 8000,
          token: str | None = None, snapshots: Path | None = None) -> None:  # fmt: skip
    """Run the dashboard until interrupted."""
    import uvicorn

    from dipwatch.api.live import LiveStore
    from dipwatch.web.app import create_app

    token = token or os.environ.get("DIPWATCH_TOKEN") or None
    loopback = check_binding(host, token)
    if not 1 <= port <= 65535:
        raise InputError(f"--port must be from 1 to 65535 (got {port})")
    live = LiveStore(settings, folder=snapshots)
    hosts = LOOPBACK_NAMES | {host.lower()} if loopback else None
    app = create_app(live, token=token, hosts=frozenset(hosts) if hosts else None, warm=True)
    ready = live.refresh()
    shown = f"[{host}]" if ":" in host else host
    print(f"dipwatch: serving {settings.db} on http://{shown}:{port}/"
          + (f"?token={token}" if token else "")
          + ("" if ready else " (the store is being written; pages follow when it is done)"),
          file=sys.stderr, flush=True)  # fmt: skip
    try:
        uvicorn.run(app, host=host.strip("[]"), port=port, log_level="warning", access_log=False)
    finally:
        live.close()
