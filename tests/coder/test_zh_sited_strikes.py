"""A strike on a site 位于 places in a state (eval/README.md, coder-zh142): with no owner of the
site named, the state whose ground it stands on is struck. Sentences of our own, not the
batch's."""

from datetime import date

import pytest

from tests.coder.conftest import countries

TODAY = date(2025, 3, 12)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("伊朗军队12日使用导弹打击了位于以色列北部的一座空军基地。", ("IRN", "ISR")),
        ("俄军今天打击了位于乌克兰东部的一处军用机场。", ("RUS", "UKR")),
        ("以色列军机今天空袭了位于黎巴嫩南部的多处目标。", ("ISR", "LBN")),
    ],
)
def test_a_site_placed_in_a_state_is_that_states(code, text, pair):
    """The state after 位于 was set aside as only where a named unit stands; with none named
    it is the one struck."""
    c = code(text, TODAY, source="xwlb")
    assert (pair[0], "19", pair[1]) in countries(c)


def test_an_owner_named_after_the_site_keeps_the_strike(code):
    """打击了位于巴林的美军基地: the base is America's, not Bahrain's, whoever the doer is
    taken to be."""
    c = code("伊朗革命卫队今天表示，在伊朗海岸击落两架美军无人机，并打击了位于巴林的美军基地。",
             TODAY, source="xwlb")  # fmt: skip
    assert not [p for p in countries(c) if p[2] == "BHR"]


def test_a_sited_place_before_the_act_is_where_the_doer_stands(code):
    """在位于白俄罗斯的靶场: the doers' ground, not a state struck."""
    c = code("俄罗斯军队今天在位于白俄罗斯的靶场打击了模拟目标。", TODAY, source="xwlb")
    assert ("RUS", "19", "BLR") not in countries(c)
