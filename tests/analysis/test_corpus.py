"""The analyses on real 2021-H2 facts (tests/analysis/corpus.py): as GDELT 2.0 rows without
issue tags, as coded text with tags, and both — what the chapter found for 2021-Q4."""

from __future__ import annotations

from datetime import date

import pytest

from dipwatch.analysis.alerts import alerts
from dipwatch.analysis.allies import allies
from dipwatch.analysis.frames import reference_context
from dipwatch.analysis.typology import typology
from dipwatch.api.ingest import ingest
from dipwatch.periods import parse_period
from dipwatch.store import Store
from tests.analysis.conftest import add_events
from tests.analysis.corpus import GDELT, TEXTS, coded_text, gdelt_lines

Q4 = parse_period("2021Q4")
CHAPTER = {
    "DEU": "pragmatic_cooperation", "FRA": "pragmatic_cooperation",
    "RUS": "pragmatic_cooperation", "KOR": "pragmatic_cooperation",
    "GBR": "managing_differences", "JPN": "managing_differences",
    "LTU": "condemnation_sanctions",
}  # fmt: skip


def _store(tmp_path_factory, name: str, gdelt: bool, text: bool) -> Store:
    s = Store(tmp_path_factory.mktemp(name) / "s.duckdb")
    if gdelt:
        ingest(s, [GDELT])
    if text:
        add_events(s, coded_text(), "coded-text")
    return s


@pytest.fixture(scope="module")
def gdelt_store(tmp_path_factory):
    s = _store(tmp_path_factory, "gdelt", True, False)
    yield s
    s.close()


@pytest.fixture(scope="module", params=["text", "both"])
def other_store(request, tmp_path_factory):
    s = _store(tmp_path_factory, request.param, request.param == "both", True)
    yield s
    s.close()


def test_the_stored_gdelt_file_is_the_facts():
    assert GDELT.read_text(encoding="utf-8").splitlines() == gdelt_lines()
    assert all(line.count("\t") == 60 for line in gdelt_lines())


def _types(store):
    return {p.country: p.type for p in typology(store.ibis(), Q4, reference_context())}


def test_gdelt_rows_alone_place_the_chapters_states(gdelt_store):
    from dipwatch.reference.issues import url_issues

    # GDELT rows carry no issues: the only tags are those their URL's words give, at ingest
    found = gdelt_store.connection.execute("SELECT url, issues FROM events").fetchall()
    assert all(tuple(tags) == url_issues(url) for url, tags in found)
    assert sum(bool(tags) for _, tags in found) > 20
    types = _types(gdelt_store)
    assert {c: types.get(c) for c in CHAPTER} == CHAPTER


def test_the_same_facts_as_coded_text_or_both_give_the_same_typology(gdelt_store, other_store):
    assert _types(other_store) == _types(gdelt_store)


def test_nicaragua_switched_and_honduras_is_watched(gdelt_store):
    result = allies(gdelt_store.ibis(), Q4, reference_context())
    assert [(s.country, s.date) for s in result.switches] == [("NIC", date(2021, 12, 10))]
    assert len(result.switches[0].evidence) == 2  # the break and the recognition, as evidence
    assert len(result.allies) == 14 and "HND" in result.allies
    hnd = next(w for w in result.watch if w.country == "HND")
    assert hnd.latest == date(2021, 12, 1) and hnd.evidence[0].date == date(2021, 12, 1)
    assert result.text["zh-Hant"].startswith("截至2021年12月31日，臺灣有14個邦交國")


def test_alerts_do_not_claim_first_contacts_before_the_data_start(gdelt_store):
    found = alerts(gdelt_store.ibis(), Q4, reference_context())
    assert "first_contact" not in {a.kind for a in found}
    note = found[-1]
    assert note.kind == "coverage" and "The data start on 5 July 2021" in note.text["en"]
    assert "資料始於2021年7月5日" in note.text["zh-Hant"]


@pytest.fixture(scope="module")
def chapter_store(tmp_path_factory, seed_chapter):
    """The seed chapter ingested as text, beside the GDELT rows and our texts."""
    s = _store(tmp_path_factory, "chapter", True, False)
    ingest(s, [seed_chapter, TEXTS])
    yield s
    s.close()


@pytest.mark.shared
def test_the_chapters_dates_are_checked_against_the_other_sources(chapter_store):
    from dipwatch.analysis.contradictions import contradictions

    found = contradictions(chapter_store.ibis(), Q4)
    mine = [c for c in found if c.first.text and "12 月 25 日" in c.first.text]
    dates = {(c.kind, c.second.date) for c in mine}
    assert ("date", date(2021, 12, 15)) in dates  # Xi and Putin met by video on 15 December
    assert ("number", date(2021, 11, 30)) in dates  # the 26th regular meeting: the premiers'
    assert all(c.pair == ("CHN", "RUS") and c.official == "second" for c in mine)


@pytest.mark.shared
def test_the_chapters_honduras_sentence_is_a_signal_not_a_switch(chapter_store):
    result = allies(chapter_store.ibis(), Q4, reference_context())
    assert [s.country for s in result.switches] == ["NIC"] and len(result.allies) == 14
    hnd = next(w for w in result.watch if w.country == "HND")
    # 表示要與中共建立外交關係: an intent (032), one signal or the other, never a switch.
    said = hnd.signals["reported_switch"] + hnd.signals["intent"]
    assert said >= 1 and hnd.latest == date(2021, 12, 1)
    assert any("宏都拉斯" in (e.text or "") for e in hnd.evidence)


def test_key_judgments_recover_the_chapters(gdelt_store):
    from dipwatch.analysis.judgments import judgments

    found = {j.key: j for j in judgments(gdelt_store.ibis(), Q4, reference_context())}
    assert set(found) == {"us_china", "ideology", "closer", "taiwan"}
    us = found["us_china"]
    assert us.facts["summit"] == date(2021, 11, 16) and us.facts["taiwan"] >= 2
    assert "16 November 2021" in us.text["en"] and "Taiwan" in us.text["en"]
    assert "2021年11月16日" in us.text["zh-Hant"] and "臺灣" in us.text["zh-Hant"]
    assert "台湾" in us.text["zh-Hans"]
    assert found["ideology"].facts["top"] == "USA" and "democracy" in found["ideology"].text["en"]
    assert "2021年12月5日" in found["ideology"].text["zh-Hant"]  # the counter-report
    assert set(found["closer"].facts["states"]) >= {"FRA", "RUS", "AFG", "NIC"}
    assert {"DEU", "KOR", "HND"}.isdisjoint(found["closer"].facts["states"])
    tw = found["taiwan"]
    assert tw.facts["allies"] == 14 and tw.facts["switches"] == [("NIC", date(2021, 12, 10))]
    assert tw.facts["watch"] == "HND" and "14 diplomatic allies" in tw.text["en"]
    for j in found.values():  # two sentences each, in each language
        assert j.text["en"].count(". ") == 1 and j.text["zh-Hant"].count("。") == 2


def _prose(value):
    """Every text of every language in an analysis result (dataclasses, lists, dicts)."""
    from dipwatch.models import to_plain

    plain = to_plain(value)
    if isinstance(plain, dict):
        if set(plain) == {"zh-Hant", "zh-Hans", "en"}:
            return list(plain.values())
        return [t for k, v in plain.items() if k != "evidence" for t in _prose(v)]
    if isinstance(plain, list):
        return [t for v in plain for t in _prose(v)]
    return []


def test_no_prose_shows_a_code_or_an_enum_value(gdelt_store):
    import re

    from dipwatch.api.analyze import ANALYSES, analyze
    from dipwatch.reference import countries

    codes = {c.iso3 for c in countries()}
    texts = [t for name in ANALYSES for t in _prose(analyze(gdelt_store.ibis(), name, "2021Q4"))]
    assert len(texts) > 60
    for t in texts:
        assert not codes & set(re.findall(r"\b[A-Z]{3}\b", t)), t
        assert not re.search(r"\b[a-z]+_[a-z_]+\b", t), t
        assert "1 events" not in t and "1 states" not in t, t
