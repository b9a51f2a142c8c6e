"""Faults the seventeenth round left: actors and speakers (eval/README.md, "Faults the
seventeenth round left: actors and speakers", coder-zh125). Sentences of our own, not the
gold's."""

from datetime import date

import pytest

from tests.coder.conftest import triples

_DAY = date(2025, 3, 4)

_NEW_TERM = {
    # a short form, then the new term, then the government: the short form's state
    "中方愿同美新政府加强对话沟通。": [("CHN", "036", "USAGOV")],
    "中方愿同韩新一届政府加强对话沟通。": [("CHN", "036", "KORGOV")],
    "美新政府上台后宣布对中国加征关税。": [("USAGOV", "163", "CHN")],
    # the short form right before the role, as before
    "中方愿同美政府加强对话沟通。": [("CHN", "036", "USAGOV")],
    # no short form before the new term: no state
    "中方愿同新政府加强对话沟通。": [],
    "必须创新政府管理方式。": [],
}


@pytest.mark.parametrize(("text", "events"), _NEW_TERM.items())
def test_a_short_form_before_the_new_government(code, text, events):
    """美新政府: the new term (新, 新一届) between a short form and its government's role does
    not part them; the government is the short form's state's."""
    assert triples(code(text, _DAY, source="xwlb")) == events


_INITIAL_PAIRS = {
    # China and a state whose first character is no short form, named in full before
    "所罗门群岛外长今天在北京表示，中所两国签署了合作协议。": ("CHN", "SLB"),
    "厄瓜多尔外长今天在北京表示，中厄两国签署了合作协议。": ("CHN", "ECU"),
    "毛里塔尼亚外长今天在北京表示，中毛双方签署了合作协议。": ("CHN", "MRT"),
}


@pytest.mark.parametrize(("text", "pair"), _INITIAL_PAIRS.items())
def test_china_and_the_initial_of_a_state_named_in_full(code, text, pair):
    """中所两国: the character after 中 before a dyad word is the state the text names in full
    whose name it begins."""
    found = {(s[:3], t[:3]) for s, c, t in triples(code(text, _DAY, source="xwlb")) if c == "057"}
    assert pair in found


@pytest.mark.parametrize(
    "text",
    [
        "中安两国签署了合作协议。",  # no Angola nor Antigua named: unread
        "会谈中双方签署了合作协议。",  # 中 of 会谈中, no pair
        "亚美尼亚外长表示，中亚两国签署了合作协议。",  # 中亚: the region's states
    ],
)
def test_no_initial_pair_without_the_state_named(code, text):
    """The pair's second is read only where the text names its state in full."""
    assert [c for _, c, _ in triples(code(text, _DAY, source="xwlb")) if c == "057"] == []


_GUIDE = {
    # a consensus taken as the course's guide: recalled, no agreement of the day
    "王毅表示，中方愿同越方一道，以两国元首达成的重要共识为根本遵循，推动中越关系向前发展。": False,
    "王毅表示，中方愿同越方一道，以两国元首达成的重要共识为主线，推动中越关系向前发展。": False,
    "俄总理表示，俄方愿同中方加强交流，相信双方达成的共识将有助于推动双边合作。": False,
    # the pair's agreement of the day
    "王毅同越南外长举行会谈，两国达成多项重要共识。": True,
}


@pytest.mark.parametrize(("text", "agreed"), _GUIDE.items())
def test_a_consensus_taken_as_a_guide_is_no_agreement(code, text, agreed):
    """以…共识为根本遵循: the consensus recalled as the guide of what follows is no 057."""
    found = any(c == "057" for _, c, _ in triples(code(text, _DAY, source="xwlb")))
    assert found is agreed


_GIVEN_NAMES = {
    # a former president's name opening another's dotted name, his state unnamed: no Indonesia
    "伊朗议会成员瓦希德·艾哈迈迪警告美国。": [("IRNLEG", "130", "USA")],
    "议员瓦希德·艾哈迈迪警告美国不要误判。": [],
    # the former officeholder in a story naming her state stays hers
    "美国前国务卿希拉里·克林顿批评俄罗斯。": [("USA", "111", "RUS")],
}


@pytest.mark.parametrize(("text", "events"), _GIVEN_NAMES.items())
def test_a_former_officeholders_name_as_anothers_given_name(code, text, events):
    """瓦希德·艾哈迈迪: a name of the table before the dot of a longer name it does not hold,
    of no one in office nor of a state the text names, is another person's."""
    assert triples(code(text, _DAY, source="xwlb")) == events
