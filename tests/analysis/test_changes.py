"""Alerts, contradictions and regions on hand-built events."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from dipwatch.analysis.alerts import alerts
from dipwatch.analysis.contradictions import contradictions
from dipwatch.analysis.frames import Context
from dipwatch.analysis.regions import regions
from dipwatch.models import Document
from dipwatch.periods import parse_period
from tests.analysis.conftest import add_events, cover_months, make_event

Q4 = parse_period("2021Q4")


def test_alerts_rank_switches_jumps_and_first_contacts(q4_store, ctx):
    # a quiet US dyad before the quarter: the December burst is a change point
    add_events(
        q4_store, [make_event(f"2021-0{m}-05", "CHN", "USA", "041", 1.0, n=m) for m in (4, 6)]
    )
    cover_months(q4_store)
    found = alerts(q4_store.ibis(), Q4, ctx)
    kinds = {(a.kind, a.country) for a in found}
    assert ("recognition_change", "NIC") in kinds
    assert ("change_point", "USA") in kinds
    assert ("first_contact", "LTU") in kinds and ("first_contact", "USA") not in kinds
    assert found[0].kind == "recognition_change"
    assert [a.score for a in found] == sorted((a.score for a in found), reverse=True)
    assert "coverage" not in {a.kind for a in found}
    usa = next(a for a in found if a.kind == "change_point" and a.country == "USA")
    assert "December 2021" in usa.text["en"] and "2021年12月" in usa.text["zh-Hant"]


def test_alerts_claim_nothing_about_time_the_store_does_not_cover(q4_store, ctx):
    """The store starts in October: no first contact, no change point, and the caveat says so."""
    found = alerts(q4_store.ibis(), Q4, ctx)
    assert {a.kind for a in found} == {"recognition_change", "coverage"}
    note = found[-1]
    assert note.kind == "coverage" and note.country is None
    assert "The data start on 6 October 2021" in note.text["en"]
    assert "資料始於2021年10月6日" in note.text["zh-Hant"] and "USA" not in note.text["zh-Hant"]


def test_typology_change_between_periods(store, ctx):
    calm = [make_event(f"2021-08-{d:02d}", "CHNGOV", "DEUGOV", "041", 1.0, n=d) for d in (1, 2, 3)]
    rough = [make_event(f"2021-{d}", "DEUGOV", "CHN", "112", -2.0, "xinjiang", n=10 + i)
             for i, d in enumerate(("11-01", "11-02", "12-03"))] + [make_event("2021-11-09", "CHNGOV", "DEUGOV", "041", 1.0, n=40)]  # fmt: skip
    add_events(store, calm + rough)
    cover_months(store, "2021-07", 6)
    changes = [a for a in alerts(store.ibis(), Q4, ctx) if a.kind == "typology_change"]
    assert [(a.country, a.facts["to"]) for a in changes] == [("DEU", "managing_differences")]
    assert (
        changes[0].text["en"] == "Germany moved from pragmatic cooperation to managing differences."
    )


def _doc_event(store, source, day, code, n, text):
    doc = Document(
        text=text, source=source, published=date.fromisoformat(day), title=f"{source}{n}"
    )
    ev = make_event(day, "CHNGOV", "USAGOV", code, 1.0, text=text, doc_id=doc.doc_id, n=n)
    run = store.start_run("test")
    with store.load(run, path=source, sha256=f"{source}{n}", kind="text") as load:
        load.add_documents([doc])
        load.add_events([ev])


def test_a_report_dating_a_meeting_differently_is_a_contradiction(store):
    _doc_event(
        store, "mfa.gov.cn", "2021-11-16", "040", 1, "Xi and Biden met by video on 16 November."
    )
    _doc_event(store, "think-tank", "2021-11-15", "040", 2, "Biden and Xi met on 15 November.")
    _doc_event(
        store, "mfa.gov.cn", "2021-11-20", "016", 3, "Beijing denied that any deal was reached."
    )
    _doc_event(store, "think-tank", "2021-11-18", "057", 4, "The two sides signed a trade deal.")
    found = contradictions(store.ibis(), Q4)
    by_kind = {c.kind: c for c in found}
    d = by_kind["date"]
    assert d.pair == ("CHN", "USA") and d.days_apart == 1
    assert {d.first.source, d.second.source} == {"mfa.gov.cn", "think-tank"}
    denied = [(c.first.code, c.second.code) for c in found if c.kind == "denial"]
    assert ("057", "016") in denied


def test_same_source_or_agreeing_sources_are_not_contradictions(store):
    _doc_event(store, "mfa.gov.cn", "2021-11-16", "040", 1, "Xi and Biden met by video.")
    _doc_event(store, "think-tank", "2021-11-16", "040", 2, "Biden and Xi met.")
    _doc_event(store, "think-tank", "2021-11-17", "040", 3, "The meeting was reported a day later.")
    assert [c for c in contradictions(store.ibis(), Q4) if c.kind == "date"] == []


def test_regions_group_partners_and_trend(q4_store, ctx):
    found = {r.region: r for r in regions(q4_store.ibis(), Q4, ctx)}
    europe = found["Europe"]
    assert europe.events == 3 + 2 + 4 + 6 + 4  # DEU FRA RUS GBR LTU
    assert {p["country"] for p in europe.partners} >= {"GBR", "LTU", "RUS"}
    assert regions(q4_store.ibis(), Q4, Context(regions=ctx.regions), region="Oceania") == []


def test_judgments_cover_the_chapters_bullets(q4_store, ctx):
    from dipwatch.analysis.judgments import judgments
    from tests.analysis.test_allies import BEFORE

    ctx.recognition = BEFORE
    found = {j.key: j for j in judgments(q4_store.ibis(), Q4, ctx)}
    assert {"us_china", "ideology", "taiwan"} <= set(found)
    assert "Nicaragua" in " ".join(e.text or "" for e in found["taiwan"].evidence)
    assert "臺灣剩下3個邦交國" in found["taiwan"].text["zh-Hant"]
    assert all(j.evidence for j in found.values())
    ranked = judgments(q4_store.ibis(), Q4, ctx)
    assert [j.rank for j in ranked] == list(range(1, len(ranked) + 1))
    assert [j.salience for j in ranked] == sorted((j.salience for j in ranked), reverse=True)


def test_closer_without_a_covered_previous_period_claims_no_change(q4_store, ctx):
    from dipwatch.analysis.judgments import judgments

    found = {j.key: j for j in judgments(q4_store.ibis(), Q4, ctx)}
    closer = found["closer"]
    assert closer.facts["compared"] is False and closer.facts["us_conflict_before"] is None
    assert "were the closest to" in closer.text["en"] and "drew closer" not in closer.text["en"]
    assert "The data start on 6 October 2021" in closer.text["en"]


def test_a_change_point_names_the_origins_it_counts(q4_store, ctx):
    """GDELT rows for December alone do not cover the look-back: the alert counts the event
    files only, and its sentence says so, so that it agrees with a section counting both."""
    add_events(
        q4_store, [make_event(f"2021-0{m}-05", "CHN", "USA", "041", 1.0, n=m) for m in (4, 6)]
    )
    cover_months(q4_store)
    december = [
        replace(
            make_event(f"2021-12-{d:02d}", "CHN", "USA", "111", -2.0, n=900 + d), origin="gdelt"
        )
        for d in range(1, 11)
    ]
    add_events(q4_store, december, "gdelt-december")
    usa = next(
        a
        for a in alerts(q4_store.ibis(), Q4, ctx)
        if a.kind == "change_point" and a.country == "USA"
    )
    assert usa.facts["origins"] == ["csv"]
    n = usa.facts["events"]
    assert usa.text["en"].startswith("In the data from event files, which cover December 2021")
    assert f"rose to {n} events in December 2021" in usa.text["en"]
    assert "GDELT" not in usa.text["en"]
    assert usa.text["zh-Hant"].startswith("依涵蓋2021年12月及此前")
    assert "事件檔案資料" in usa.text["zh-Hant"] and "事件文件数据" in usa.text["zh-Hans"]
