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
    ],
)
def test_co_hosts_of_one_state_listed_after_you_meet_no_one(text):
    assert not {a for a in broadcast(text, DAY) if a[1] == "04"}
