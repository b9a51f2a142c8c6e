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


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("哈马斯5日表示，已接受卡塔尔提出的停火方案。", ("PSE", "05", "QAT")),
        ("伊朗外长表示，伊方同意俄罗斯提出的斡旋建议。", ("IRN", "05", "RUS")),
        ("塞尔维亚总统表示，塞方赞成中方提出的全球治理倡议。", ("SRB", "05", "CHN")),
    ],
)
def test_assent_to_what_another_proposed_endorses_it(text, act):
    assert act in broadcast(text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        # assent demanded, offered as one of two ways, or made a condition
        "俄方表示，乌克兰必须接受俄罗斯提出的和平方案。",
        "以方称，哈马斯要么接受美国提出的停火方案，要么承担后果。",
        "伊朗表示，除非美国同意伊朗提出的条件，否则不会恢复谈判。",
        # what is agreed is to talk about it
        "伊朗称，美国终于同意就伊朗提出的建议进行谈判。",
        # a vote counted
        "安理会以13票赞成、2票弃权通过了法国提出的决议草案。",
    ],
)
def test_assent_asked_bargained_or_counted_endorses_no_one(text):
    assert not {f for f in broadcast(text, DAY) if f[1] == "05"}
