"""Faults review-zh35 found and left in the fifteenth round's Chinese rules (eval/README.md,
"Faults review-zh35 left, mended by their construction", coder-zh91), probed with sentences of
our own: each fails without its fix."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

DAY = date(2025, 6, 12)


@pytest.mark.parametrize(
    ("text", "act", "not_act"),
    [
        # an act called a mistake is its doer's: not the war's target that names it, nor the
        # object between 对 and the act's verb
        (
            "伊朗外长表示，2003年美国发动伊拉克战争是一个错误。",
            ("IRN", "11", "USA"),
            ("IRN", "11", "IRQ"),
        ),
        ("土耳其总统说，英国发动鸦片战争是一个错误。", ("TUR", "11", "GBR"), ("TUR", "11", "CHN")),
        (
            "土耳其总统认为，以色列对黎巴嫩发动空袭是一个错误。",
            ("TUR", "11", "ISR"),
            ("TUR", "11", "LBN"),
        ),
    ],
)
def test_the_one_blamed(text, act, not_act):
    acts = broadcast(text, DAY)
    assert act in acts
    assert not_act not in acts


@pytest.mark.parametrize(
    ("text", "act", "not_act"),
    [
        # a measure told with 对 harms by the will of the one before 对, not of its object
        (
            "伊朗外长表示，美国对伊朗的制裁阻碍了伊朗经济发展。",
            ("IRN", "11", "USA"),
            ("USA", "11", "IRN"),
        ),
        (
            "叙利亚议长表示，美国对叙利亚的单边制裁严重阻碍叙利亚经济发展。",
            ("SYR", "11", "USA"),
            ("USA", "11", "SYR"),
        ),
        (
            "加拿大总理说，美国对加拿大加征关税损害两国经济。",
            ("CAN", "11", "USA"),
            ("USA", "11", "CAN"),
        ),
    ],
)
def test_the_measure_is_its_imposers(text, act, not_act):
    acts = broadcast(text, DAY)
    assert act in acts
    assert not_act not in acts


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # 不准备 plans nothing, as 不打算 does not
        ("俄方表示，俄罗斯不准备同乌克兰谈判。", ("RUS", "03", "UKR")),
        ("伊朗外长表示，伊朗不准备同美国举行谈判。", ("IRN", "03", "USA")),
        ("朝鲜表示，朝方不准备与韩国举行磋商。", ("PRK", "03", "KOR")),
    ],
)
def test_not_ready_is_no_plan(text, act):
    assert act not in broadcast(text, DAY)


def test_ready_is_a_plan():
    assert ("RUS", "03", "UKR") in broadcast("俄方表示，俄罗斯准备同乌克兰谈判。", DAY)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # an air strike still to come is a threat, as other force is
        ("以军将对伊朗发动空袭。", ("ISR", "13", "IRN")),
        ("以色列国防部长称，以军将对黎巴嫩发动大规模空袭。", ("ISR", "13", "LBN")),
        # 或将 (its 将 made it a threat already) told by the doer's own side stays one
        ("以色列总理2日称，以色列或将对伊朗发动报复性打击。", ("ISR", "13", "IRN")),
        ("美国总统2日表示，美国或将恢复对也门胡塞武装的打击。", ("USA", "13", "YEM")),
    ],
)
def test_force_to_come_is_a_threat(text, act):
    found = broadcast(text, DAY)
    assert act in found
    assert not {f for f in found if f[1] in ("18", "19", "20")}


@pytest.mark.parametrize(
    "text",
    [
        # 或将 guessed by a reporter or by the other side stays a guess
        "美国媒体2日称，以色列或将对伊朗发动空袭。",
        "伊朗外长2日称，以色列或将对伊朗发动空袭。",
    ],
)
def test_a_guess_of_force_to_come_is_none(text):
    assert not {f for f in broadcast(text, DAY) if f[1] in ("13", "18", "19", "20")}
