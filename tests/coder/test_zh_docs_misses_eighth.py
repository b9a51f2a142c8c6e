"""Misses of ``xwlb_docs`` by construction, eighth pass (issue 10, eval/README.md "Misses of
xwlb_docs by construction, eighth pass"): an occasion two states' bodies hold together
(和…联合举办) is a meeting of theirs; drones or missiles downed, told with whose they are before
the count (击落俄军40架无人机), are that state's strike; 南南 (South-South) is no pair of South
Africa. Sentences of our own, with the neighbours the rules must leave alone."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

DAY = date(2025, 6, 12)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("中国驻法国使馆和法国文化部在巴黎联合举办新春招待会。", ("CHN", "04", "FRA")),
        ("中国与世界卫生组织联合发起一项面向公众的募捐活动。", ("CHN", "04", "UNO")),
        ("中国驻智利使馆与智利首都圣地亚哥市政府共同举办中国文化周活动。", ("CHN", "04", "CHL")),
        # announced, it is the intent to meet
        ("中方将与意大利共同举办文化和旅游年。", ("CHN", "03", "ITA")),
    ],
)
def test_an_occasion_held_together_is_a_meeting_of_the_two(text, act):
    assert act in broadcast(text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        # two bodies of one state
        "由商务部和北京市人民政府共同主办的交易会今天开幕。",
        # South-South cooperation names no South Africa
        "南南合作援助基金纪念活动当日在北京举行，由国家国际发展合作署和商务部共同举办。",
    ],
)
def test_co_hosts_of_one_state_meet_no_one(text):
    assert not {a for a in broadcast(text, DAY) if a[1] == "04"}


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("乌克兰空军称，乌军击落俄军40架攻击型无人机。", ("RUS", "19", "UKR")),
        ("俄罗斯国防部称，俄防空系统拦截了乌军多枚火箭弹和无人机。", ("UKR", "19", "RUS")),
        ("以色列国防军称，以军拦截了胡塞武装一枚弹道导弹。", ("YEM", "19", "ISR")),
    ],
)
def test_downed_fire_told_with_whose_it_is_is_that_state_s_strike(text, act):
    assert act in broadcast(text, DAY)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a warplane downed is no strike of its own
        ("俄罗斯国防部称，俄军击落乌军一架战机。", ("UKR", "19", "RUS")),
        # a scout drone
        ("伊朗称击落美军一架侦察无人机。", ("USA", "19", "IRN")),
        # one drone without a count: met in the air, no strike of its own
        ("美军战机击落中共无人机。", ("CHN", "19", "USA")),
        # able to down, not downed
        ("俄罗斯称，俄军防空系统能够拦截乌军任何导弹。", ("UKR", "19", "RUS")),
    ],
)
def test_what_is_no_downed_strike_stays_out(text, absent):
    assert absent not in broadcast(text, DAY)


def test_the_downer_keeps_its_own_force():
    acts = broadcast("乌克兰空军称，乌军击落俄军40架攻击型无人机。", DAY)
    assert ("UKR", "19", "RUS") in acts
