"""A one-character short form in a pair or list (伊叙两国, 美伊) whose candidates the item names
more than one of in full stands for the one named nearest before it, else after, as a side
(斯方, 吉方) is read: an item naming Iraq and Iran is not about whichever the short-form table
lists first. Our own sentences, as items of a broadcast of 21 May 2022."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

DAY = date(2022, 5, 21)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("据伊拉克媒体报道，伊叙两国外长20日还与伊朗外长举行三方会谈。", ("IRQ", "SYR")),
        ("土耳其总统20日致电土库曼斯坦总统，中土两国外长当天也举行了会谈。", ("CHN", "TKM")),
    ],
)
def test_a_short_form_is_the_candidate_named_nearest_before(text, pair):
    meetings = {(s, t) for s, r, t in broadcast(text, DAY) if r == "04"}
    assert pair in meetings or pair[::-1] in meetings
