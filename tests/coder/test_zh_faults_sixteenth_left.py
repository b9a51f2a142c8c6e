"""Faults the last rounds left in Chinese, settled at their construction (coder-zh98,
eval/README.md "Faults the sixteenth round settled from the left list"); sentences of our own."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

D = date(2024, 4, 6)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("伊朗军方说，一定会对以色列对伊朗驻黎巴嫩使馆建筑的袭击作出回应。", ("IRN", "19", "ISR")),
        # the strike told the right way round is still no act of the day, only what is answered
        ("伊朗表示一定会对以色列对伊朗驻伊拉克领事馆的袭击作出回应。", ("ISR", "19", "IRN")),
        ("以色列称将对黎巴嫩真主党近日的导弹袭击实施报复。", ("ISR", "19", "LBN")),
        ("美国总统称将对伊朗的无人机袭击进行回击。", ("USA", "19", "IRN")),
    ],
)
def test_a_strike_answered_is_not_the_responders_force(text, wrong):
    """对…的袭击作出回应: the strike is the other side's, what the response is to."""
    assert wrong not in broadcast(text, D)


def test_the_response_promised_to_an_answered_strike_stays_a_threat():
    assert ("ISR", "13", "LBN") in broadcast("以色列称将对黎巴嫩真主党近日的导弹袭击实施报复。", D)


def test_a_strike_whose_response_is_told_in_another_clause_stays():
    assert ("RUS", "19", "UKR") in broadcast(
        "俄军对乌克兰的导弹袭击造成多人死亡，乌克兰誓言报复。", D
    )


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("哈马斯对此予以否认，敦促美国遵守停火协议。", ("PSE", "10", "USA")),
        ("哈马斯对此予以否认，并敦促美国遵守停火协议。", ("PSE", "10", "USA")),
        ("阿塞拜疆予以否认，并称当天击落了两架亚美尼亚无人机。", ("AZE", "19", "ARM")),
    ],
)
def test_a_denial_ending_its_clause_negates_nothing_after_it(text, act):
    """对此予以否认，…: what is denied was told before; the clauses after it are the denier's."""
    assert act in broadcast(text, D)


def test_a_denial_of_what_follows_still_negates():
    assert ("IRN", "07", "RUS") not in broadcast("伊朗否认向俄罗斯提供导弹。", D)
