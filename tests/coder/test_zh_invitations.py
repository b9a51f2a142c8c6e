"""An attendance at the inviter's occasion (``zh.040.invited_attend``, ``zh_invitations``;
eval/README.md "Dev misses by construction"): 应X邀请，Y…出席 is a contact of Y with X, the
intent when announced; the sentences are our own."""

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document
from tests.coder.test_zh_unseen_constructions import D, _roots, _rows

#: The inviter is met: root, attendee, inviter and our own sentence.
_MET = r"""
03 CHN BRA 应巴西总统邀请，国家主席习近平将于14日在北京以视频方式出席金砖国家领导人会晤。
03 CHN GBR 应英国政府邀请，国家副主席将出席15日在伦敦举行的国王加冕仪式。
04 CHN RUS 应俄罗斯总统邀请，国家主席习近平12日在北京以视频方式出席上海合作组织峰会。
04 CHN KAZ 应哈萨克斯坦议长邀请，全国人大常委会委员长12日在议会领导人会议上发表视频致辞。
"""

#: No contact with the state named after 应: an anniversary's celebration (its words are the
#: congratulation), a business body a state's name opens (a chamber of commerce, a federation).
_NOT_MET = r"""
04 CHN MEX 应墨西哥参议长邀请，全国人大常委会委员长12日在墨西哥参议院成立200周年庆祝活动上发表视频致辞。
04 CHN USA 应中国美国商会邀请，国家副主席12日出席该商会的年度晚宴并致辞。
03 CHN USA 应中国美国商会邀请，国家副主席将于14日出席该商会的年度晚宴。
04 CHN JPN 应日本经济团体联合会邀请，国务院副总理12日出席中日企业家论坛。
04 CHN DEU 应德国工商大会邀请，国务院副总理12日出席中德经济论坛并致辞。
"""


@pytest.mark.parametrize(("text", "root", "pair"), _rows(_MET))
def test_the_inviter_is_met(text, root, pair):
    assert pair in _roots(text, root)


@pytest.mark.parametrize(("text", "root", "pair"), _rows(_NOT_MET))
def test_no_contact_with_the_state_after_ying(text, root, pair):
    assert pair not in _roots(text, root)


def test_an_announced_attendance_is_the_intent_of_the_day_it_is_told():
    """将出席15日…举行的仪式: the attendance to come is dated on the broadcast's day, not on
    the ceremony's day read as one a year back."""
    text = "应英国政府邀请，国家副主席将出席15日在伦敦举行的国王加冕仪式。"
    found = coding(Document(text, published=D, kind="xwlb", source="xwlb")).events
    assert [(e.code, e.date) for e in found] == [("036", D)]


def test_an_attendance_done_keeps_its_day():
    text = "应俄罗斯总统邀请，国家主席习近平11日在北京以视频方式出席上海合作组织峰会。"
    found = coding(Document(text, published=D, kind="xwlb", source="xwlb")).events
    assert [(e.code, e.date) for e in found] == [("040", date(2024, 3, 11))]
