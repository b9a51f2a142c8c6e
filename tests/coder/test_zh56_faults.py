"""Faults the twelfth round left in the Chinese coder (coder-zh56, eval/README.md), each mended
by its construction: our own sentences in the family, beside those it must not take. Read as
items of a broadcast of 20 June 2024."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

D = date(2024, 6, 20)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("美方提出对台军售计划。", ("USA", "03", "TWN")),
        ("美國國務院公布對臺軍售計畫。", ("USA", "03", "TWN")),
        ("英国宣布向乌克兰提供军事援助计划。", ("GBR", "03", "UKR")),
    ],
)
def test_an_act_named_as_a_plan_is_intended(text, act):
    """The plan is proposed that day; the sale or the aid is still ahead."""
    acts = broadcast(text, D)
    assert act in acts
    assert not {a for a in acts if a[1] == "07"}


def test_an_act_without_a_plan_noun_is_still_done():
    assert ("USA", "07", "TWN") in broadcast("美国宣布对台军售。", D)


def test_a_plan_approved_is_the_sale_authorised():
    acts = broadcast("美国国务院批准一项对约旦总价值约10亿美元的军售计划。", D)
    assert ("USA", "07", "JOR") in acts
