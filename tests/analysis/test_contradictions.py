"""Contradictions: one event dated, numbered or attributed differently by two sources, and two
real events that must not be taken for one."""

from __future__ import annotations

import dataclasses
from datetime import date

from dipwatch.analysis.contradictions import contradictions
from dipwatch.models import Document
from dipwatch.periods import parse_period
from tests.analysis.conftest import make_event


def _say(store, source, day, text, pair=("CHNGOV", "RUSGOV"), code="040", n=0, url=None,
         precision="day"):  # fmt: skip
    doc = Document(
        text=text, source=source, published=date.fromisoformat(day), title=f"{source}{n}", url=url
    )
    ev = make_event(day, *pair, code, 1.0, text=text, doc_id=doc.doc_id, n=n)
    ev = dataclasses.replace(ev, date_precision=precision)
    run = store.start_run("test")
    with store.load(run, path=f"{source}{n}", sha256=f"{source}{n}{day}", kind="text") as load:
        load.add_documents([doc])
        load.add_events([ev])


def test_a_ten_day_error_and_a_misattributed_number_are_found(store):
    _say(store, "新华社", "2021-11-30", "李克强同米舒斯京举行中俄总理第二十六次定期会晤。", n=1)
    _say(
        store,
        "Kremlin",
        "2021-12-15",
        "Vladimir Putin and Xi Jinping held talks by video link.",
        n=2,
    )
    _say(store, "分析報告", "2021-12-25", "習近平與普丁舉行第 26 次定期會晤。", n=3)
    found = {c.kind: c for c in contradictions(store.ibis(), parse_period("2021Q4"))}
    assert set(found) == {"date", "number"}
    d = found["date"]
    assert (d.first.date, d.second.date, d.days_apart) == (
        date(2021, 12, 25),
        date(2021, 12, 15),
        10,
    )
    assert (
        d.first.text.startswith("習近平")
        and d.second.source == "Kremlin"
        and d.official == "second"
    )
    assert "Kremlin is an official source" in d.text["en"] and "相差10天" in d.text["zh-Hant"]
    n = found["number"]
    assert (n.second.date, n.first.ordinal, n.second.levels) == (
        date(2021, 11, 30),
        26,
        frozenset({"head_of_government"}),
    )
    assert "26th meeting" in n.text["en"] and "第26次" in n.text["zh-Hans"]
    assert "RUS" not in n.text["en"] and "CHN" not in n.text["zh-Hant"]


def test_real_meetings_days_apart_are_not_one_event(store):
    """June 2019: Xi and Putin met in Moscow, then at the SCO in Bishkek and at CICA in
    Dushanbe; sources that know both days, places and official dates tell them apart."""
    _say(store, "新华社", "2019-06-05", "习近平同普京在莫斯科举行会谈。", n=1)
    _say(store, "新华社", "2019-06-14", "习近平在比什凯克会见普京。", n=2)
    _say(store, "Kremlin", "2019-06-15", "Vladimir Putin met Xi Jinping in Dushanbe.", n=3)
    _say(store, "分析報告", "2019-06-14", "習近平與普丁在比斯凱克會晤。", n=4)
    assert contradictions(store.ibis(), parse_period("2019Q2")) == []


def test_a_meeting_dated_to_its_month_contradicts_no_day(store):
    """ "12 月，習近平與普丁會晤" is stored on 1 December with month precision: it claims no day,
    so a source that gives the 15th does not contradict it."""
    _say(
        store, "分析報告", "2021-12-01", "12 月，習近平與普丁舉行視訊會晤。", n=1, precision="month"
    )
    _say(store, "Kremlin", "2021-12-15", "Putin and Xi held talks by video link.", n=2)
    assert contradictions(store.ibis(), parse_period("2021Q4")) == []


def test_sources_of_one_day_or_a_phone_call_and_a_meeting_do_not_clash(store):
    _say(store, "分析報告", "2021-12-15", "習近平與普丁舉行視訊會晤。", n=1)
    _say(store, "Kremlin", "2021-12-20", "Putin and Xi spoke by telephone.", code="041", n=2)
    assert contradictions(store.ibis(), parse_period("2021Q4")) == []


def test_a_claim_of_a_busy_pair_misdates_nothing(store):
    """Xi and Putin met on five days around the 25th: which of them a lone report of the 25th
    misdates is not known, so no date is said to be wrong (and the pair is not read at all)."""
    for n, day in enumerate(("2021-12-02", "2021-12-08", "2021-12-15", "2021-12-19"), start=1):
        _say(store, f"新华社{n}", day, "习近平同普京举行会谈。", n=n)
    _say(store, "分析報告", "2021-12-25", "習近平與普丁舉行會晤。", n=9)
    assert [
        c for c in contradictions(store.ibis(), parse_period("2021Q4")) if c.kind == "date"
    ] == []
