"""The guard: the Content-Security-Policy on every response, no inline script in any page,
the Host check on loopback, the token off loopback, and the refusal to start without one."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from fastapi.testclient import TestClient

from dipwatch.errors import InputError
from dipwatch.web.app import create_app
from dipwatch.web.server import check_binding
from tests.web.conftest import PERIOD

TOKEN = "a-long-enough-secret-token-1234"
PAGES = ["/", "/country/LTU", "/events", "/allies", "/contradictions", "/reports", "/sources"]


@pytest.mark.parametrize(
    "path", [*PAGES, "/api/overview", "/static/app.css", "/nowhere", "/api/events?limit=0"]
)
def test_every_response_carries_the_policy(client, path):
    r = client.get(path)
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "default-src 'none'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.headers["x-frame-options"] == "DENY"


@pytest.mark.parametrize("path", PAGES)
def test_pages_have_no_inline_script_or_style_and_load_nothing_from_elsewhere(client, path):
    html = client.get(path, params={"period": PERIOD}).text
    for tag in re.findall(r"<script\b[^>]*>", html):
        assert 'src="/static/' in tag, tag
    assert not re.search(r"<script\b[^>]*>\s*[^<\s]", html), "a script with a body"
    assert "<style" not in html and " style=" not in html and " on" + "click=" not in html
    assert not re.search(
        r'(src|href)="(https?:)?//', html.replace('href="https://', "").replace('href="http://', "")
    )  # outbound links to sources only, never a loaded resource


def test_loopback_server_refuses_other_host_names(live):
    client = TestClient(create_app(live, hosts=frozenset({"127.0.0.1", "localhost"})))
    assert client.get("/api/reports", headers={"host": "127.0.0.1:8000"}).status_code == 200
    r = client.get("/api/reports", headers={"host": "attacker.example"})
    assert r.status_code == 400 and "loopback" in r.text


def test_token_is_required_and_accepted_as_bearer_cookie_or_link(live):
    client = TestClient(create_app(live, token=TOKEN), follow_redirects=False)
    assert client.get("/api/reports").status_code == 401
    assert client.get("/api/reports", headers={"authorization": "Bearer wrong"}).status_code == 401
    assert (
        client.get("/api/reports", headers={"authorization": f"Bearer {TOKEN}"}).status_code == 200
    )
    assert client.get("/static/app.css").status_code == 401
    login = client.get("/events", params={"token": TOKEN, "period": PERIOD})
    assert login.status_code == 303 and login.headers["location"] == f"/events?period={PERIOD}"
    assert (
        "HttpOnly" in login.headers["set-cookie"]
        and "SameSite=Strict" in login.headers["set-cookie"]
    )
    assert client.get("/events", params={"period": PERIOD}).status_code == 200  # the cookie
    fresh = TestClient(create_app(live, token=TOKEN), follow_redirects=False)
    assert fresh.get("/", params={"token": "nope"}).status_code == 401


@pytest.mark.parametrize(("host", "token", "ok"), [
    ("127.0.0.1", None, True), ("localhost", None, True), ("::1", None, True),
    ("0.0.0.0", None, False), ("192.168.1.10", None, False), ("::", None, False),
    ("0.0.0.0", TOKEN, True), ("127.0.0.1", "short", False),
])  # fmt: skip
def test_binding_off_loopback_needs_a_token(host, token, ok):
    if ok:
        check_binding(host, token)
    else:
        with pytest.raises(InputError):
            check_binding(host, token)


def test_serve_refuses_to_start_off_loopback_without_a_token(web_db):
    proc = subprocess.run([sys.executable, "-m", "dipwatch", "--db", str(web_db), "serve",
                           "--host", "0.0.0.0", "--port", "9"], capture_output=True, text=True,
                          timeout=60, env={"PATH": "/usr/bin:/bin"})  # fmt: skip
    assert proc.returncode == 2
    assert "not loopback" in proc.stderr and "--token" in proc.stderr
    assert "Traceback" not in proc.stderr
