"""A countermeasure against the measure of the state after 对 (中方将对美国加征关税采取反制措施):
the measure is that state's, not one the answering state imposes (zh_measure_nouns)."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

D = date(2025, 4, 5)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("商务部表示，中方将对美国加征关税采取坚决反制措施。", ("CHN", "16", "USA")),
        ("欧盟委员会称将对美方加征关税作出坚决回应。", ("EEC", "16", "USA")),
        ("俄罗斯外交部表示，将对欧盟新制裁实施反制。", ("RUS", "16", "EEC")),
        ("加拿大总理表示，加拿大会对美国加征关税予以对等回应。", ("CAN", "16", "USA")),
    ],
)
def test_an_answer_to_their_measure_is_no_measure_of_ours(text, act):
    assert act not in broadcast(text, D)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("商务部表示，中方将对美国加征关税采取坚决反制措施。", ("CHN", "13", "USA")),
        ("白俄罗斯宣布对美国制裁采取反制措施。", ("BLR", "16", "USA")),
        ("国务院关税税则委员会宣布对美国部分商品加征关税。", ("CHN", "16", "USA")),
        ("中方宣布对原产于美国的商品加征关税，作为反制。", ("CHN", "16", "USA")),
        ("中方同日对同等规模的美国商品实施报复性关税。", ("CHN", "16", "USA")),
        ("中方决定对原产于美国的大豆加征关税予以反制。", ("CHN", "16", "USA")),
    ],
)
def test_countermeasures_decided_and_our_own_measures_stay(text, act):
    assert act in broadcast(text, D)
