"""Misses of ``xwlb_docs`` by construction, seventh pass (issue 10, eval/README.md "Misses of
xwlb_docs by construction, seventh pass"): fire told by where it came from (来自 X 的导弹,
从 X 射向 Y) is X's strike on the side it flies at, is downed by or hits. Sentences of our own,
with the neighbours the rule must leave alone."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

DAY = date(2025, 6, 12)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # downed, where it came from told with 来自 or 从…发射
        ("以色列国防军今天称，拦截了一枚来自也门方向的导弹。", ("YEM", "19", "ISR")),
        ("约旦防空系统当天拦截了3枚来自伊朗的导弹。", ("IRN", "19", "JOR")),
        ("以军当天拦截了两枚从加沙地带北部飞向以色列的火箭弹。", ("PSE", "19", "ISR")),
        # fired at a state, told with 从 X 射向 Y
        ("以色列军方称，当天有20多枚火箭弹从黎巴嫩境内射向以色列北部。", ("LBN", "19", "ISR")),
        ("据报道，12日约有20枚弹道导弹从伊朗射向以色列。", ("IRN", "19", "ISR")),
        # the side hit told before a passive, and a hit told after the fire
        ("以色列南部一个军事基地遭到来自黎巴嫩的火箭弹袭击。", ("LBN", "19", "ISR")),
        ("阿联酋一处港口遭到一架来自伊朗方向的无人机袭击。", ("IRN", "19", "ARE")),
        ("来自乌克兰的一枚炮弹当天击中了俄罗斯境内一处哨所。", ("UKR", "19", "RUS")),
    ],
)
def test_fire_told_by_where_it_came_from_is_that_state_s_strike(text, act):
    assert act in broadcast(text, DAY)


def test_the_side_that_downs_it_keeps_its_own_force():
    assert ("ISR", "19", "YEM") in broadcast(
        "以色列国防军今天称，拦截了一枚来自也门方向的导弹。", DAY
    )


def test_a_passive_strike_from_another_state_is_not_turned_round():
    found = broadcast("阿联酋一处港口遭到一架来自伊朗方向的无人机袭击。", DAY)
    assert ("ARE", "19", "IRN") not in found


@pytest.mark.parametrize(
    "text",
    [
        # missiles from a state deployed, bought or only feared: no strike
        "北约承诺不在欧洲部署新的来自美国的中短程导弹。",
        "如果来自伊朗的导弹击中以色列，以方将作出回应。",
        # where a craft took off from, nothing fired
        "多架加油机从美国境内多地起飞向东飞行。",
        # a denial that the fire came from it
        "乌克兰否认来自乌克兰的导弹击中了波兰境内。",
    ],
)
def test_no_strike_where_nothing_was_fired_at_a_state(text):
    assert not {f for f in broadcast(text, DAY) if f[1] == "19"}


def test_a_missile_that_arrives_visits_no_one():
    found = broadcast("以色列军方表示，一枚来自也门的导弹在抵达以色列领空前坠落在开阔区域。", DAY)
    assert not {f for f in found if f[1] == "04"}


def test_israel_s_defence_forces_by_the_short_form_act():
    found = broadcast("以国防军今天称，以军当天在加沙地带南部空袭了多个哈马斯据点。", DAY)
    assert ("ISR", "19", "PSE") in found
    found = broadcast("以国防军今天称拦截了一枚从也门射向以色列中部的弹道导弹。", DAY)
    assert {("ISR", "19", "YEM"), ("YEM", "19", "ISR")} <= found
