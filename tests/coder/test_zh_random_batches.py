"""What the coder missed on the days drawn at random, across the batches (issue 10,
eval/README.md "Misses on the days drawn at random, across the batches"): co-hosts listed
after 由 (由A、B…共同主办) meet as those joined by 和 do. Sentences of our own, with the
neighbours the rule must leave alone."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

DAY = date(2025, 6, 12)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("论坛由中国外文局、中国驻匈使馆、匈牙利国家通讯社共同主办。", ("CHN", "04", "HUN")),
        (
            "由中国文化和旅游部、浙江省人民政府、法国文化部联合主办的文化周今天开幕。",
            ("CHN", "04", "FRA"),
        ),
        (
            "由中国国家卫生健康委、世界卫生组织等共同举办的研讨会今天在北京举行。",
            ("CHN", "04", "UNO"),
        ),
        # each co-host of a list of missions with the first
        ("会议由中国、埃及、墨西哥常驻联合国代表团共同举办。", ("CHN", "04", "EGY")),
        ("会议由中国、埃及、墨西哥常驻联合国代表团共同举办。", ("CHN", "04", "MEX")),
    ],
)
def test_co_hosts_listed_after_you_meet(text, act):
    assert act in broadcast(text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        # bodies of one state
        "由文化和旅游部、浙江省人民政府、中央广播电视总台联合主办的艺术节今天开幕。",
        # a list told without 由 and a co-hosting verb: no occasion held together
        "中国外文局、法国文化部代表出席了开幕式。",
        # a Chinese friendship association named after the people it befriends
        "此次活动由中国人民对外友好协会、国家体育总局、中国美国人民友好协会共同主办。",
    ],
)
def test_co_hosts_of_one_state_listed_after_you_meet_no_one(text):
    assert not {a for a in broadcast(text, DAY) if a[1] == "04"}


def test_a_programme_s_name_is_no_plan():
    """联合国开发计划署 holds 计划 (a plan): the name of a UN programme between the doer and the
    act makes no act to come."""
    acts = broadcast("由中国商务部、联合国开发计划署共同发起的中心今天在北京成立。", DAY)
    assert ("CHN", "04", "UNO") in acts
    assert ("CHN", "03", "UNO") not in acts
