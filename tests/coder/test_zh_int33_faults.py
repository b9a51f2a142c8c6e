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
