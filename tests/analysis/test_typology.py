"""Typology on real 2021-Q4 events (written as facts in tests/data/analysis), and on moved evidence."""

from __future__ import annotations

import pytest

from dipwatch.analysis.config import analysis_config
from dipwatch.analysis.typology import classify, typology
from dipwatch.errors import ReferenceDataError
from dipwatch.periods import parse_period
from tests.analysis.conftest import add_events, make_event

Q4 = parse_period("2021Q4")


def _types(store, ctx, **kw):
    return {p.country: p.type for p in typology(store.ibis(), Q4, ctx, **kw)}


def test_q4_2021_matches_the_chapter(q4_store, ctx):
    types = _types(q4_store, ctx)
    for iso3 in ("DEU", "FRA", "RUS", "KOR"):
        assert types[iso3] == "pragmatic_cooperation", iso3
    for iso3 in ("GBR", "JPN"):
        assert types[iso3] == "managing_differences", iso3
    assert types["LTU"] == "condemnation_sanctions"


def test_placement_carries_scores_evidence_and_explanations(q4_store, ctx):
    ltu = next(p for p in typology(q4_store.ibis(), Q4, ctx) if p.country == "LTU")
    assert ltu.scores["core_conflict"] == 4 and ltu.scores["punitive"] >= 2
    assert ltu.scores["major"] is False and ltu.signs[0] == "punitive"
    assert ltu.evidence and all(e.text for e in ltu.evidence)
    assert any("charge d'affaires" in e.text for e in ltu.evidence[:2])  # punitive acts first
    assert "Lithuania" in ltu.text["en"] and "外交譴責與制裁" in ltu.text["zh-Hant"]
    assert "外交谴责与制裁" in ltu.text["zh-Hans"] and "Taiwan" in ltu.text["en"]


def test_moving_evidence_moves_the_placement(q4_store, ctx):
    # Germany with sustained conflict on Xinjiang and Hong Kong is a major state managing differences.
    extra = [
        make_event("2021-11-25", "DEUGOV", "CHN", "112", -2.0, "xinjiang|human_rights", n=900),
        make_event("2021-11-26", "CHNGOV", "DEUGOV", "111", -2.0, "xinjiang", n=901),
        make_event("2021-12-01", "DEUGOV", "CHN", "111", -2.0, "hong_kong", n=902),
    ]
    add_events(q4_store, extra, "germany")
    assert _types(q4_store, ctx)["DEU"] == "managing_differences"
    # Lithuania as if it were a G20 state: the same evidence means managing differences.
    big = type(ctx)(g20=ctx.g20 | {"LTU"}, regions=ctx.regions)
    assert _types(q4_store, big)["LTU"] == "managing_differences"


def test_thin_evidence_is_undetermined(store, ctx):
    add_events(store, [make_event("2021-11-01", "CHN", "EST", "041", 1.0)])
    assert _types(store, ctx, countries=["EST", "PRY"]) == {
        "EST": "undetermined",
        "PRY": "undetermined",
    }


def test_un_votes_corroborate_conflict_but_never_make_differences_alone():
    cfg = analysis_config()["typology"]
    s = {"events": 4, "cooperation": 2, "conflict": 2, "core_conflict": 0, "consultation": 2,
         "punitive": 0, "conflict_months": 1, "taiwan": 0, "un_agreement": 0.3}  # fmt: skip
    assert classify(s, True, cfg) == "managing_differences"
    assert classify(s | {"un_agreement": 0.9}, True, cfg) == "undetermined"
    calm = s | {"conflict": 0, "cooperation": 4}
    assert classify(calm, True, cfg) == "pragmatic_cooperation"


def test_a_users_config_moves_the_lines(q4_store, ctx, tmp_path):
    import importlib.resources as r

    # the bundled file, edited to demand ten core-issue conflicts
    bundled = r.files("dipwatch.reference").joinpath("data", "typology.yaml").read_text("utf-8")
    mine = tmp_path / "typology.yaml"
    mine.write_text(
        bundled.replace("min_events: 2\n    min_share", "min_events: 10\n    min_share")
    )
    cfg = analysis_config(mine)
    assert cfg["typology"]["differences"]["min_events"] == 10
    assert _types(q4_store, ctx, config=cfg)["GBR"] != "managing_differences"


def test_a_broken_config_names_the_file_and_entry(tmp_path):
    bad = tmp_path / "typology.yaml"
    bad.write_text("typology: {min_events: many}\npopulation_millions: {}\ndyads: {}\n"
                   "alerts: {}\nallies: {}\ncoverage: {}\ncontradictions: {}\n")  # fmt: skip
    with pytest.raises(ReferenceDataError, match=r"typology.yaml: typology.min_events"):
        analysis_config(bad)
