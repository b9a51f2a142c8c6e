"""Misses of ``xwlb_docs`` by construction, second pass (issue 10, eval/README.md "Misses of
xwlb_docs by construction, second pass"): each test is one family of wordings the coder missed,
in sentences of our own, with the neighbours the family must leave alone."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

DAY = date(2024, 9, 3)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("巴西总统感谢中方一直以来对巴西抗击洪灾的帮助。", ("BRA", "05", "CHN")),
        ("中方高度赞赏泰方多年以来在台湾问题上坚持一个中国原则。", ("CHN", "05", "THA")),
        ("老挝总理感谢中国长久以来提供的宝贵援助。", ("LAO", "05", "CHN")),
        ("中方赞赏智方长期以来给予的理解和支持。", ("CHN", "05", "CHL")),
    ],
)
def test_praise_of_what_the_other_has_long_done_is_the_days(text, act):
    assert act in broadcast(text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        # a span that starts at a past act still tells no act of the day
        "2019年习近平主席对尼泊尔进行国事访问以来，两国关系快速发展。",
        "印度总理莫迪2014年访问美国以来，印美关系不断升温。",
    ],
)
def test_a_span_since_a_past_act_is_still_no_act(text):
    assert not {f for f in broadcast(text, DAY) if f[1] == "04"}
