"""What every request and response goes through: the Host check, the token, and the headers.

- **Host**: a server on loopback answers only requests addressed to a loopback name, so a web
  page elsewhere cannot reach it by pointing a DNS name at 127.0.0.1 (DNS rebinding).
- **Token**: when the server has one (required off loopback), a request must carry it, as
  ``Authorization: Bearer T``, as the cookie that ``?token=T`` sets (the browser is then sent
  to the same address without it), compared in constant time.
- **Headers**: a Content-Security-Policy that lets a page load only the app's own scripts,
  styles and images (no inline script, no eval, nothing from another origin, no framing), and
  the usual companions (nosniff, no referrer, no framing).

>>> sorted(LOOPBACK_NAMES)[:3]
['127.0.0.1', '::1', '[::1]']
"""

from __future__ import annotations

import hmac
from collections.abc import Awaitable, Callable, MutableMapping
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import parse_qsl, urlencode

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})
COOKIE = "dipwatch_token"
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; "
    "frame-ancestors 'none'"
)
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
]


class Guard:
    """ASGI middleware: Host check, token, security headers."""

    def __init__(self, app: ASGIApp, *, token: str | None, hosts: frozenset[str] | None) -> None:
        self.app = app
        self.token = token
        self.hosts = hosts  # None: any Host (a server off loopback, behind its token)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        refusal = self._refusal(scope)
        if refusal is not None:
            await _plain(send, *refusal)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *HEADERS]
            await send(message)

        await self.app(scope, receive, send_with_headers)

    def _refusal(self, scope: Scope) -> tuple[int, str, list[tuple[bytes, bytes]]] | None:
        if self.hosts is not None and host_name(_header(scope, b"host")) not in self.hosts:
            return 400, "this server answers only requests addressed to it on loopback", []
        if self.token is None:
            return None
        query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
        if "token" in query:
            return self._login(scope, query)
        if self._carries_token(scope):
            return None
        return (
            401,
            "a token is needed: open the address the server printed, with ?token=",
            [(b"www-authenticate", b"Bearer")],
        )

    def _carries_token(self, scope: Scope) -> bool:
        auth = _header(scope, b"authorization")
        if auth.lower().startswith("bearer ") and self._good(auth[7:].strip()):
            return True
        cookie = SimpleCookie()
        try:
            cookie.load(_header(scope, b"cookie"))
        except Exception:
            return False
        got = cookie.get(COOKIE)
        return got is not None and self._good(got.value)

    def _login(self, scope: Scope, query: dict[str, str]) -> tuple[int, str, list[Any]]:
        if not self._good(query.pop("token")):
            return 401, "wrong token", []
        target = scope.get("path", "/") + (f"?{urlencode(query)}" if query else "")
        cookie = f"{COOKIE}={self.token}; HttpOnly; SameSite=Strict; Path=/"
        return 303, "signed in", [(b"location", target.encode()), (b"set-cookie", cookie.encode())]

    def _good(self, given: str) -> bool:
        assert self.token is not None
        return hmac.compare_digest(given.encode(), self.token.encode())


def host_name(host: str) -> str:
    """The name of a Host header without its port.

    >>> host_name("127.0.0.1:8000"), host_name("[::1]:8000"), host_name("localhost")
    ('127.0.0.1', '[::1]', 'localhost')
    """
    host = host.strip().lower()
    if host.startswith("["):
        return host[: host.find("]") + 1]
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def _header(scope: Scope, name: bytes) -> str:
    for k, v in scope.get("headers", []):
        if k == name:
            return v.decode("latin-1")
    return ""


async def _plain(send: Send, status: int, text: str, extra: list[tuple[bytes, bytes]]) -> None:
    body = (text + "\n").encode()
    headers = [(b"content-type", b"text/plain; charset=utf-8"),
               (b"content-length", str(len(body)).encode()), *extra, *HEADERS]  # fmt: skip
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
