"""A resolution or declaration a body adopted speaks for that body when the next sentence opens
with it (…通过一项决议。决议指出，X应…), as a statement issued already did; and a body that
acts after its day (联合国大会20日表决通过…) is that body, not the meeting as an occasion. Our
own sentences, as items of a broadcast of 21 May 2022."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

DAY = date(2022, 5, 21)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        (
            "联合国大会20日表决通过一项决议。决议指出，美国应立即解除对古巴的禁运。",
            ("UNO", "10", "USA"),
        ),
        (
            "欧洲议会20日通过一项决议。该决议说，俄罗斯必须停止对格鲁吉亚的施压。",
            ("EEC", "10", "RUS"),
        ),
        (
            "非洲联盟峰会20日通过一份宣言。宣言指出，以色列应立即停止对加沙的军事行动。",
            ("OAU", "10", "ISR"),
        ),
    ],
)
def test_an_adopted_text_speaks_for_the_body_that_adopted_it(text, act):
    assert act in broadcast(text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        # no body adopted it in the sentence before: no one speaks
        "会议分发了一份宣言。宣言指出，苏丹冲突各方应立即实现停火。",
        "决议指出，美国应立即解除对古巴的禁运。",
    ],
)
def test_a_text_no_body_adopted_speaks_for_no_one(text):
    assert not {a for a in broadcast(text, DAY) if a[1] == "10"}
