"""The JSON API over the example corpus: what each page's data says, checked against the facts
the corpus states (real events of 2021-Q4 in our own words)."""

from __future__ import annotations

import csv
import io
import json

import pyarrow.parquet as pq
import pytest

from tests.web.conftest import PERIOD


def get(client, url: str, **params):
    r = client.get(url, params={"period": PERIOD, **params})
    assert r.status_code == 200, (url, r.status_code, r.text[:300])
    return r.json()


def test_overview_has_judgments_alerts_typology_and_recent_events(client):
    data = get(client, "/api/overview", lang="en")
    assert data["period"]["label"] == PERIOD and PERIOD in data["periods"]
    texts = " ".join(j["text"] for j in data["judgments"])
    assert "16 November 2021" in texts and "Nicaragua" in texts
    assert all(j["evidence"]["shown"] for j in data["judgments"])
    kinds = {t["state"]["code"]: t["type"] for t in data["typology"]}
    assert kinds["LTU"] == "condemnation_sanctions"
    assert any(a["country"] and a["country"]["code"] == "NIC" for a in data["alerts"])
    assert data["recent"]["events"] and data["recent"]["total"] > len(data["recent"]["events"])


def test_language_switch_names_states_in_the_readers_script(client):
    hant = get(client, "/api/overview", lang="zh-Hant")
    hans = get(client, "/api/overview", lang="zh-Hans")
    assert any("尼加拉瓜" in j["text"] for j in hant["judgments"])
    names = {t["state"]["code"]: t["state"]["name"] for t in hant["typology"]}
    names_hans = {t["state"]["code"]: t["state"]["name"] for t in hans["typology"]}
    assert (
        names["LTU"] == "立陶宛"
        and names.get("RUS") == "俄羅斯"
        and names_hans.get("RUS") == "俄罗斯"
    )
    assert not any(" USA" in j["text"] or "LTU" in j["text"] for j in hant["judgments"])


def test_country_page_places_lithuania_with_evidence_and_its_events(client):
    data = get(client, "/api/countries/LTU", lang="en")
    assert data["state"]["name"] == "Lithuania"
    assert data["placement"]["type"] == "condemnation_sanctions"
    ev = data["placement"]["evidence"]
    assert ev["total"] >= 1 and all(e["href"].startswith("/events/") for e in ev["shown"])
    rows = data["events"]["events"]
    assert rows and all(
        "LTU"
        in (r["source_actor"] or {}).get("code", "") + (r["target_actor"] or {}).get("code", "")
        for r in rows
    )
    assert all(r["date"].startswith("2021-1") for r in rows)
    assert data["series"], "the chart of relations over time has points"


def test_country_accepts_a_name_in_any_script(client):
    assert get(client, "/api/countries/立陶宛")["state"]["code"] == "LTU"


def test_events_filter_by_root_text_and_origin(client):
    rows = get(client, "/api/events", root="04", limit=500)["events"]["events"]
    assert rows and all(r["root"] == "04" for r in rows)
    found = get(client, "/api/events", text="尼加拉瓜", period="2021")["events"]
    assert found["total"] >= 2 and all("尼加拉瓜" in r["text"] for r in found["events"])
    upper = get(client, "/api/events", text="SUMMIT")["events"]  # case does not matter
    assert upper["total"] >= 1 and all("summit" in r["text"].lower() for r in upper["events"])
    gdelt = get(client, "/api/events", origin="gdelt")["events"]["events"]
    assert gdelt and all(r["origin"] == "gdelt" and r["text"] is None for r in gdelt)


def test_events_pages_follow_each_other_without_gaps(client):
    whole = get(client, "/api/events", limit=500)["events"]
    ids = [r["event_id"] for r in whole["events"]]
    assert whole["total"] == len(ids) > 30
    paged = []
    for offset in range(0, whole["total"], 7):
        paged += [
            r["event_id"]
            for r in get(client, "/api/events", limit=7, offset=offset)["events"]["events"]
        ]
    assert paged == ids
    dates = [r["date"] for r in whole["events"]]
    assert dates == sorted(dates, reverse=True)


def test_evidence_ids_list_exactly_those_events(client):
    ev = get(client, "/api/countries/LTU")["placement"]["evidence"]
    listed = get(
        client,
        "/api/events" + ev["href"][len("/events") :].split("?")[0],
        ids=ev["href"].split("ids=")[1].replace("%2C", ","),
        period=None,
    )
    assert {r["event_id"] for r in listed["events"]["events"]} == {
        e["event_id"] for e in ev["shown"]
    }


def test_an_event_has_its_sentence_and_source(client):
    row = next(
        r
        for r in get(client, "/api/events", origin="text", limit=50)["events"]["events"]
        if r["text"]
    )
    data = get(client, f"/api/events/{row['event_id']}", period=None, on=row["date"])
    assert data["event"]["text"] == row["text"] and data["event"]["source"]
    assert data["document"]["title"] or data["document"]["source"]


def test_unknown_event_is_404(client):
    r = client.get("/api/events/e0000000000000000000")
    assert r.status_code == 404 and "no event" in r.json()["detail"]


def test_allies_nicaragua_switched_honduras_watched_not_switched(client):
    data = get(client, "/api/allies", lang="en")
    switched = {s["state"]["code"]: s["day"] for s in data["switches"]}
    assert switched == {"NIC": "10 December 2021"}
    assert "HND" in {w["state"]["code"] for w in data["watch"]}
    assert "HND" in {a["code"] for a in data["allies"]} and len(data["allies"]) == 14
    assert any(c["state"]["code"] == "NIC" and c["date"] == "2021-12-10" for c in data["history"])


def test_contradictions_show_both_claims_with_sentences_and_sources(client):
    data = get(client, "/api/contradictions", lang="en")
    c = next(c for c in data["contradictions"] if {p["code"] for p in c["pair"]} == {"CHN", "RUS"})
    days = {x["date"] for x in c["claims"]}
    assert days == {"2021-12-25", "2021-12-15"}
    assert all(x["text"] and x["source"] for x in c["claims"])
    assert c["official"] in ("first", "second", "both")


def test_sources_coverage_numbers_link_to_as_many_events(client):
    data = get(client, "/api/sources", lang="en")
    assert data["runs"]["total"] >= 1 and data["inputs"]["total"] >= 10
    assert data["quarantine"]["total"] == 0
    for row in data["coverage"][:3]:
        path, query = row["href"].split("?")
        params = dict(p.split("=") for p in query.split("&"))
        from urllib.parse import unquote

        listed = client.get(
            path.replace("/events", "/api/events"),
            params={k: unquote(v) for k, v in params.items()},
        ).json()
        assert listed["events"]["total"] == row["events"], row


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_export_writes_the_selection(client, fmt):
    r = client.get(f"/events/export.{fmt}", params={"period": PERIOD, "actor": "USA"})
    assert r.status_code == 200 and "attachment" in r.headers["content-disposition"]
    total = get(client, "/api/events", actor="USA")["events"]["total"]
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(r.text)))
    elif fmt == "jsonl":
        rows = [json.loads(line) for line in r.text.splitlines()]
    else:
        rows = pq.read_table(io.BytesIO(r.content)).to_pylist()
    assert len(rows) == total == int(r.headers["x-events"])
    assert all("USA" in (x["source_actor"] or "") + (x["target_actor"] or "") for x in rows)


def test_charts_are_the_reports_specs_and_pictures(client):
    spec = get(client, "/api/charts/map", lang="zh-Hant")
    assert spec["$schema"].startswith("https://vega.github.io/schema/vega-lite/")
    assert "北京" in spec["description"]
    svg = client.get("/charts/nci.svg", params={"period": PERIOD, "country": "USA"})
    assert svg.status_code == 200 and svg.headers["content-type"].startswith("image/svg+xml")
    assert "<svg" in svg.text and "http://" not in svg.text.replace("http://www.w3.org", "")


@pytest.mark.parametrize(
    ("fmt", "magic"),
    [("md", b"# "), ("html", b"<!doctype html"), ("pdf", b"%PDF"), ("docx", b"PK")],
)
def test_report_downloads_in_every_format(client, fmt, magic):
    r = client.get(
        "/reports/download", params={"period": PERIOD, "report_lang": "en", "format": fmt}
    )
    assert r.status_code == 200, r.text[:300]
    assert r.content[:20].lower().startswith(magic.lower())
    assert f"report-{PERIOD}-en.{fmt}" in r.headers["content-disposition"]
    if fmt == "md":
        assert "Nicaragua" in r.text


def test_openapi_schema_lists_every_endpoint_and_no_cdn_docs(client):
    schema = client.get("/api/openapi.json").json()
    for path in (
        "/api/overview",
        "/api/countries/{code}",
        "/api/events",
        "/api/events/{event_id}",
        "/api/allies",
        "/api/contradictions",
        "/api/sources",
        "/api/reports",
        "/api/charts/{key}",
        "/reports/download",
        "/events/export.{fmt}",
    ):
        assert path in schema["paths"], path
    params = {p["name"] for p in schema["paths"]["/api/events"]["get"]["parameters"]}
    assert {
        "period",
        "actor",
        "code",
        "root",
        "issue",
        "origin",
        "text",
        "limit",
        "offset",
    } <= params
    assert client.get("/docs").status_code == 404


@pytest.mark.parametrize(
    "page", ["/", "/country/LTU", "/events", "/allies", "/contradictions", "/reports", "/sources"]
)
@pytest.mark.parametrize("lang", ["zh-Hant", "zh-Hans", "en"])
def test_every_page_renders_in_every_language(client, page, lang):
    r = client.get(page, params={"period": PERIOD, "lang": lang})
    assert r.status_code == 200
    assert f'<html lang="{lang}">' in r.text
    assert "content-security-policy" in r.headers


def test_typology_numbers_link_to_the_events_between_the_pair(client):
    row = next(t for t in get(client, "/api/overview")["typology"] if t["state"]["code"] == "LTU")
    assert "partner=CHN" in row["href"] and "actor=LTU" in row["href"]
    query = dict(p.split("=") for p in row["href"].split("?")[1].split("&"))
    listed = get(client, "/api/events", **query, limit=500)["events"]
    assert listed["total"] >= row["events"] >= 1
    for e in listed["events"]:
        pair = {e["source_actor"]["code"][:3], e["target_actor"]["code"][:3]}
        assert pair == {"LTU", "CHN"}, pair


def test_partner_needs_an_actor(client):
    r = client.get("/api/events", params={"partner": "CHN"})
    assert r.status_code == 422 and "partner needs an actor" in r.json()["detail"]
