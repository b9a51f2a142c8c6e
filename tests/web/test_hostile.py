"""Hostile parameters and hostile stored content: SQL fragments, script tags, huge values,
unknown fields and path traversal. Each gets a clear 4xx or an empty result; nothing leaks
(no traceback, no file, no query text), nothing breaks (the store and the server go on)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from dipwatch.api.live import LiveStore
from dipwatch.config import Settings
from dipwatch.web.app import create_app
from tests.web.conftest import PERIOD, make_store

SQL = ["' OR 1=1 --", "'; DROP TABLE events; --", "1) UNION SELECT * FROM runs --",
       "\" OR \"\"=\"", "%' AND 1=0 UNION SELECT sha256 FROM inputs --", "\\'; COPY events TO '/tmp/x'"]  # fmt: skip
SCRIPT = '<script>alert("x")</script>'
LEAKS = ("Traceback", "duckdb", "SELECT", 'File "/', "root:x:0:0", "ibis")
PARAMS = ["period", "actor", "code", "root", "issue", "origin", "text", "ids", "source", "lang"]


def stored(db) -> dict[str, int]:
    """What the store file itself holds (not what the server cached)."""
    from dipwatch.store import Store

    with Store(db, read_only=True) as s:
        return s.counts()


def assert_clean(r, sent: str = "") -> None:
    """No server error, and nothing of the code, the store or a file in the answer (what was
    sent may be quoted back in the message: it is the reader's own, and escaped)."""
    import html

    assert r.status_code < 500, (r.status_code, r.text[:300])
    shown = html.unescape(r.text)
    for quoted in (sent, repr(sent)[1:-1]):
        shown = shown.replace(quoted, "") if quoted else shown
    for word in LEAKS:
        if word.lower() not in sent.lower():  # the reader's own words, quoted or in a link
            assert word not in shown, (word, r.text[:300])


@pytest.mark.parametrize("value", SQL)
@pytest.mark.parametrize("param", PARAMS)
def test_sql_fragments_in_every_parameter_are_refused_or_matched_literally(
    client, web_db, param, value
):
    before = stored(web_db)
    for path in ("/api/events", "/events"):
        r = client.get(path, params={param: value})
        assert_clean(r, value)
        assert r.status_code in (200, 422)
        if r.status_code == 200 and path == "/api/events":
            assert r.json()["events"]["total"] == 0  # matched as text: nothing has it
    assert stored(web_db) == before


@pytest.mark.parametrize("value", [*SQL, SCRIPT, "../../etc/passwd"])
def test_hostile_country_and_event_paths(client, value):
    for path in (f"/country/{value}", f"/api/countries/{value}", f"/events/{value}",
                 f"/api/events/{value}"):  # fmt: skip
        r = client.get(path)
        assert_clean(r, value)
        assert r.status_code in (404, 422), (path, r.status_code)
        assert SCRIPT not in r.text


@pytest.mark.parametrize("path", ["/", "/events", "/country/USA", "/sources", "/allies"])
def test_script_tags_are_shown_as_text(client, path):
    r = client.get(path, params={"period": PERIOD, "text": SCRIPT} if path == "/events" else
                   {"period": PERIOD, "actor": SCRIPT} if path == "/country/USA" else
                   {"period": SCRIPT})  # fmt: skip
    assert_clean(r)
    assert SCRIPT not in r.text and "<script>alert" not in r.text
    if r.status_code == 200 and path == "/events":
        assert "&lt;script&gt;" in r.text  # the search box shows what was typed, as text


@pytest.mark.parametrize(("params", "word"), [
    ({"text": "x" * 20_000}, "text"),
    ({"period": "2" * 5000}, "period"),
    ({"limit": 10**12}, "limit"),
    ({"limit": 0}, "limit"),
    ({"offset": -1}, "offset"),
    ({"offset": 10**15}, "offset"),
    ({"ids": ",".join(f"e{i}" for i in range(600))}, "event ids"),
    ({"period": "0000"}, "period"),
    ({"period": "9999Q4..0001"}, "period"),
    ({"code": "04" * 40}, "code"),
    ({"lang": "xx" * 50}, "lang"),
])  # fmt: skip
def test_huge_and_out_of_range_values_get_422_with_a_message(client, params, word):
    r = client.get("/api/events", params=params)
    assert r.status_code == 422, r.text[:200]
    detail = r.json()["detail"]
    assert word in detail and len(detail) < 400
    assert "x" * 1000 not in r.text and "2" * 1000 not in r.text  # the value is not echoed back


def test_unknown_fields_are_refused_by_name(client):
    r = client.get("/api/overview", params={"period": PERIOD, "drop": "table"})
    assert r.status_code == 422 and r.json()["detail"] == "drop: unknown parameter"
    page = client.get("/", params={"period": PERIOD, "debug": "1"})
    assert page.status_code == 422 and "debug: unknown parameter" in page.text


@pytest.mark.parametrize("path", [
    "/static/../../../../etc/passwd", "/static/..%2F..%2F..%2Fetc%2Fpasswd", "/static/%2e%2e/app.css",
    "/static/app.css%00.js", "/charts/..%2F..%2Fetc%2Fpasswd.svg", "/events/export.csv%2F..%2F..%2Fetc%2Fpasswd",
    "/events/export.sh", "/reports/download?format=../../../../etc/passwd",
    "/reports/download?format=pdf&report_lang=../../x", "/static/vega.js/../../../../etc/passwd",
])  # fmt: skip
def test_path_traversal_reaches_no_file(client, path):
    r = client.get(path)
    assert r.status_code in (404, 422), (path, r.status_code)
    assert "root:" not in r.text
    assert_clean(r)


def test_a_report_name_is_ours_whatever_the_period(client):
    r = client.get("/reports/download", params={"period": "2021-10-01..2021-12-31", "format": "md",
                                                "report_lang": "en"})  # fmt: skip
    assert r.status_code == 200
    assert (
        r.headers["content-disposition"]
        == 'attachment; filename="report-2021-10-01_2021-12-31-en.md"'
    )


def test_an_unexpected_error_says_nothing_of_the_code(live, monkeypatch):
    from dipwatch.web import views

    def boom(ask):
        raise RuntimeError("secret /srv/path SELECT * FROM events")

    monkeypatch.setattr(views, "allies", boom)
    client = TestClient(
        create_app(live, hosts=frozenset({"testserver"})), raise_server_exceptions=False
    )
    for path in ("/allies", "/api/allies"):
        r = client.get(path, params={"period": PERIOD})
        assert r.status_code == 500
        assert "secret" not in r.text and "SELECT" not in r.text and "internal error" in r.text


@pytest.fixture(scope="module")
def hostile_client(tmp_path_factory):
    """A store whose own content is hostile: an event's sentence with markup and a
    javascript: URL, a source named with a script tag."""
    folder = tmp_path_factory.mktemp("hostile")
    rows = folder / "hostile.csv"
    rows.write_text(
        "date,source_actor,target_actor,code,goldstein,issues,source,text,url\n"
        f'2021-12-01,CHNGOV,LTUGOV,172,-5.0,taiwan,{SCRIPT},"{SCRIPT.replace(chr(34), chr(39))} <img src=x onerror=alert(1)>",javascript:alert(1)\n'
        "2021-12-02,CHNGOV,LTUGOV,111,-2.0,,MOFA,A plain sentence.,https://example.org/a\n",
        encoding="utf-8",
    )  # fmt: skip
    db = make_store(folder / "hostile.duckdb", [rows])
    live = LiveStore(Settings(db=db), folder=folder / "snaps")
    live.refresh()
    yield TestClient(
        create_app(live, hosts=frozenset({"testserver"})), raise_server_exceptions=False
    )
    live.close()


def test_stored_markup_is_escaped_and_javascript_urls_are_not_links(hostile_client):
    listed = hostile_client.get("/api/events", params={"period": "2021-12"}).json()["events"]
    assert listed["total"] == 2
    bad = next(e for e in listed["events"] if e["code"]["code"] == "172")
    assert bad["url"] is None  # javascript: is never handed out as a link
    for path in ("/events", f"/events/{bad['event_id']}", "/country/LTU", "/"):
        r = hostile_client.get(path, params={"period": "2021Q4"} if path != "/events" else {})
        assert r.status_code == 200, path
        assert "<script>alert" not in r.text and "<img src=x" not in r.text
        assert "javascript:alert" not in r.text.replace("&#34;", "")
        assert "&lt;img src=x onerror=alert(1)&gt;" in r.text or path == "/"
