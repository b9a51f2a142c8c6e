"""Misses of ``xwlb_docs`` by construction (issue 10, eval/README.md "Misses of xwlb_docs by
construction"): each test is one family of wordings the coder missed, in sentences of our own in
the style of a broadcast, with the neighbours the family must leave alone."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

DAY = date(2024, 9, 3)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("俄罗斯国防部长2日称，俄军可能对乌克兰的能源设施发动新一轮打击。", ("RUS", "13", "UKR")),
        ("美国总统2日表示，美国或将恢复对也门胡塞武装的空袭。", ("USA", "13", "YEM")),
        ("以色列总理2日称，以色列有可能对伊朗发动报复性袭击。", ("ISR", "13", "IRN")),
    ],
)
def test_force_its_own_side_says_it_may_use_is_a_threat(text, act):
    found = broadcast(text, DAY)
    assert act in found
    assert not {f for f in found if f[1] in ("18", "19", "20")}


@pytest.mark.parametrize(
    "text",
    [
        # a reporter's, or another state's, guess about the doer
        "美国媒体2日称，以色列可能对伊朗发动报复性袭击。",
        "伊朗外长2日称，以色列可能对伊朗发动报复性袭击。",
        # denied, or only asked
        "以色列总理2日称，以色列不可能对伊朗发动袭击。",
        "记者问以色列是否可能对伊朗发动袭击。",
        # options told, with the doer in another clause
        "美国总统2日称，美国正在研究应对选项，其中包括可能对伊朗采取的军事行动。",
    ],
)
def test_a_possibility_others_tell_stays_a_guess(text):
    assert not {f for f in broadcast(text, DAY) if f[1] in ("13", "18", "19", "20")}
