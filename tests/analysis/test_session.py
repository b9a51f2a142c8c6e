"""One Session for a period's analyses: the same results as each analysis alone, computed
once, and nothing left behind in the engine."""

from __future__ import annotations

import pytest

from dipwatch.analysis.allies import allies
from dipwatch.analysis.chronicle import Selection, happenings, happenings_of
from dipwatch.analysis.frames import anchor_frame, events, in_period, reference_context, rows
from dipwatch.analysis.judgments import judgments
from dipwatch.analysis.session import Session
from dipwatch.api.analyze import ANALYSES, analyze
from dipwatch.errors import InputError
from dipwatch.models import to_plain
from dipwatch.periods import parse_period
from tests.analysis.conftest import add_events, cover_months
from tests.analysis.corpus import GDELT, coded_text

Q4 = parse_period("2021Q4")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """The real 2021-H2 facts as GDELT rows and as coded text, over covered months."""
    from dipwatch.api.ingest import ingest
    from dipwatch.store import Store

    s = Store(tmp_path_factory.mktemp("session") / "s.duckdb")
    ingest(s, [GDELT])
    add_events(s, coded_text(), "coded-text")
    cover_months(s, "2020-09", 16)
    yield s
    s.close()


def _temporary(store) -> int:
    """How many temporary tables the engine holds."""
    found = store.connection.execute("SELECT count(*) FROM duckdb_tables() WHERE temporary")
    return found.fetchone()[0]


def test_every_analysis_on_one_session_gives_what_it_gives_alone(corpus):
    ctx = reference_context()
    alone = {n: to_plain(analyze(corpus.ibis(), n, "2021Q4", ctx=ctx)) for n in ANALYSES}
    with Session(corpus.ibis(), Q4, ctx) as session:
        shared = {n: to_plain(analyze(corpus.ibis(), n, "2021Q4", ctx=ctx, session=session))
                  for n in reversed(list(ANALYSES))}  # fmt: skip
    assert shared == alone
    assert alone["alerts"] and alone["judgments"] and alone["typology"]  # the test says something


def test_shared_results_are_computed_once(corpus):
    ctx = reference_context()
    with Session(corpus.ibis(), Q4, ctx) as session:
        found = judgments(corpus.ibis(), Q4, ctx, session=session)
        used = session.known(("allies", Q4))
        assert used is not None and allies(corpus.ibis(), Q4, ctx, session=session) is used
        assert judgments(corpus.ibis(), Q4, ctx, session=session) == found
        assert session.known(("judgments", Q4)) is not None


def test_a_country_page_on_a_kept_session_is_everyones_row(corpus):
    ctx = reference_context()
    with Session(corpus.ibis(), Q4, ctx) as session:
        for name in ("typology", "dyads"):
            alone = to_plain(analyze(corpus.ibis(), name, "2021Q4", "LTU", ctx=ctx))
            kept = to_plain(analyze(corpus.ibis(), name, "2021Q4", "LTU", ctx, session=session))
            assert kept == alone and len(kept) == 1
        assert session.known(("dyads", Q4, "CHN", (), 0.05)) is not None  # everyone's, once
        nobody = analyze(corpus.ibis(), "typology", "2021Q4", "VUT", ctx, session=session)
        assert [(p.country, p.scores["events"]) for p in nobody] == [("VUT", 0)]


def test_close_drops_what_was_materialised(corpus):
    before = _temporary(corpus)
    with Session(corpus.ibis(), Q4) as session:
        session.window()
        allies(corpus.ibis(), Q4, session.ctx, session=session)  # the watch list's events
        assert _temporary(corpus) == before + 2
    assert _temporary(corpus) == before


def test_frames_outside_the_window_are_read_from_the_store(corpus):
    """The window holds the previous period and the period; earlier days come from the store,
    as they would without a session."""
    old = parse_period("2021Q1")
    with Session(corpus.ibis(), Q4) as session:
        got = rows(session.period_frame(old).select("event_id", "partner").order_by("event_id"))
        now = rows(session.period_frame(Q4).select("event_id", "partner").order_by("event_id"))
    plain = anchor_frame(in_period(events(corpus.ibis()), old))
    assert got == rows(plain.select("event_id", "partner").order_by("event_id"))
    plain = anchor_frame(in_period(events(corpus.ibis()), Q4))
    assert now == rows(plain.select("event_id", "partner").order_by("event_id")) and now


def test_several_lists_of_happenings_in_one_query_are_each_list(corpus):
    lists = {
        "us": Selection(("USA",), roots=("04",), limit=3),
        "taiwan": Selection(issues=("taiwan",), limit=2),
        "all": Selection(limit=5),
        "regions": Selection(limit=2, groups={"USA": "North America", "RUS": "Europe"}),
    }
    with Session(corpus.ibis(), Q4) as session:
        together = happenings_of(corpus.ibis(), Q4, lists, session=session)
    for name, sel in lists.items():
        alone = happenings(corpus.ibis(), Q4, partners=list(sel.partners), roots=list(sel.roots),
                           issues=list(sel.issues), limit=sel.limit, groups=sel.groups)  # fmt: skip
        assert together[name] == alone, name
    assert together["us"] and together["regions"]


def test_a_session_serves_its_own_period(corpus):
    with Session(corpus.ibis(), Q4) as session, pytest.raises(InputError, match="2021Q4"):
        analyze(corpus.ibis(), "dyads", "2021Q3", session=session)
