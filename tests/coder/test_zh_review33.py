"""The fourteenth round's new Chinese rules probed with sentences of our own (review-zh33,
eval/README.md "Review of the fourteenth round's new Chinese rules"): the wordings each rule's
construction holds that it missed, and the ones it took that it must not."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast
from tests.coder.test_zh_prose_constructions15 import acts, narrative

DAY = date(2025, 6, 12)
#: A chapter of history written long after the state it tells of ended.
HISTORY = "第三章　1950 至 1972 年中共外交"


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # what calls an accusation baseless is one vocabulary for the rebuttal and for the
        # accusation it replaces: each word gives the rebuttal, and no accusation stays
        ("毛宁表示，美方有关中国网络攻击的指责毫无事实根据。", ("CHN", "11", "USA")),
        ("毛宁表示，美方对中方的指责没有任何根据。", ("CHN", "11", "USA")),
        ("毛宁表示，美方对中方的指责纯属污蔑。", ("CHN", "11", "USA")),
        # the rebuttal aimed at the accuser, a quoted term inside what the accusation is about
        ("王毅表示，美方关于中方“债务陷阱”的指责毫无根据。", ("CHN", "11", "USA")),
        # a response promised to a state by another verb of the family (反制)
        ("中方将坚决反制美方的任何挑衅。", ("CHN", "13", "USA")),
        # what a state must do, with a manner between the modal and the verb
        ("中国外交部发言人表示，日方应深刻反思侵略历史。", ("CHN", "10", "JPN")),
        ("王毅强调，日本应当切实反思侵略历史。", ("CHN", "10", "JPN")),
        # posing a threat told by 造成, as by 构成
        ("伊朗外长表示，以色列在叙利亚部署军队对地区和平造成威胁。", ("IRN", "11", "ISR")),
        # talks named by the pair that holds them, with their round or kind between, or 谈判
        ("美伊第五轮会谈在罗马举行。", ("USA", "04", "IRN")),
        ("俄乌直接谈判16日在伊斯坦布尔举行。", ("RUS", "04", "UKR")),
        ("中美第二轮经贸磋商在华盛顿举行。", ("CHN", "04", "USA")),
    ],
)
def test_wordings_the_construction_holds(text, act):
    assert act in broadcast(text, DAY)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # an accusation the same clause calls absurd or untrue is the rebuttal's object
        ("里亚布科夫说，美方指责俄方违约不符合事实。", ("USA", "11", "RUS")),
        ("里亚布科夫说，美方指责俄方违约十分荒谬。", ("USA", "11", "RUS")),
        ("王毅表示，美方关于中方“债务陷阱”的指责毫无根据。", ("USA", "11", "CHN")),
        # confidence in what a pair holding the speaker's state will achieve
        ("巴西总统卢拉说，他相信中巴两国将取得更多合作成果。", ("BRA", "05", "CHN")),
        ("王毅表示，中方相信中俄双方一定能够战胜挑战。", ("CHN", "05", "RUS")),
    ],
)
def test_wordings_the_construction_must_not_take(text, act):
    assert act not in broadcast(text, DAY)


def test_talks_planned_are_not_held():
    """(the neighbour: 谈判 now read, its plan still none)"""
    assert not broadcast("俄乌谈判计划今天在伊斯坦布尔举行。", DAY)


def test_confidence_in_another_state_stays():
    """(the neighbour the pair step must leave alone)"""
    assert ("CHN", "05", "PAK") in broadcast("王毅表示，中方相信巴方一定能够战胜洪灾。", DAY)


@pytest.mark.parametrize(
    ("body", "act"),
    [
        ("1969 年 3 月，中共與蘇聯在珍寶島發生武裝衝突。", ("CHN", "19", "RUS")),
        ("1972 年，中共與西德建交。", ("CHN", "05", "DEU")),
    ],
)
def test_a_state_gone_acts_in_a_chapter_on_its_time(code, body, act):
    """A chapter written after the state ended, telling acts of its time: the sentence's day,
    not the writing's, says whether the name still names a state."""
    assert act in acts(narrative(code, body, HISTORY))


def test_a_state_gone_recalled_in_todays_news_is_no_party():
    """(the neighbour: history recalled on a day after the state ended)"""
    found = broadcast("二战期间，苏联向中国提供了大量武器援助。", DAY)
    assert not {f for f in found if "RUS" in (f[0], f[2])}


@pytest.mark.parametrize(
    ("body", "act"),
    [
        # the day opening the sentence, the doer after it
        ("1950 年 1 月 18 日，中国承认越南民主共和国。", ("CHN", "05", "VNM")),
        # the state or government named by a phrase that closes the act itself
        ("1950 年，英國 1 月 6 日承認中華人民共和國。", ("GBR", "05", "CHN")),
        ("1971 年 10 月 13 日，比利時承認中共政府。", ("BEL", "05", "CHN")),
        (
            "1970 年 10 月 13 日，加拿大承認中華人民共和國政府為中國唯一合法政府。",
            ("CAN", "05", "CHN"),
        ),
    ],
)
def test_a_state_recognised_on_a_day(code, body, act):
    assert act in acts(narrative(code, body, HISTORY))


@pytest.mark.parametrize(
    "text", ["3日，美国承认乌克兰政府未能控制局势。", "3日，以色列承认伊朗政府的做法是错误的。"]
)
def test_an_admission_about_a_government_is_no_recognition(text):
    assert not {f for f in broadcast(text, DAY) if f[1] == "05"}


def test_following_suit_on_a_day_to_come_is_not_done(code):
    body = "1971 年 10 月，加拿大與中共建交，義大利表示將於 11 月 6 日跟進。"
    assert ("ITA", "05", "CHN") not in acts(narrative(code, body, HISTORY))


def test_following_suit_on_a_day_of_its_own_stays(code):
    """(the neighbour: a day done, told the same way)"""
    body = "1971 年 10 月，加拿大與中共建交，義大利同月 6 日跟進。"
    assert ("ITA", "05", "CHN") in acts(narrative(code, body, HISTORY))


@pytest.mark.parametrize(
    "text",
    [
        "韩正表示，今年是中法建交60周年，也是中法文化旅游年，习近平主席同马克龙总统互致贺电。",
        "韩正表示，今年是中法建交60周年和中法文化旅游年，习近平主席同马克龙总统互致贺电。",
        "韩正表示，今年恰逢中法建交60周年，习近平主席同马克龙总统互致贺电。",
    ],
)
def test_messages_of_the_anniversarys_year_are_recalled(text):
    """The year's anniversary told by another verb (恰逢), or with the year's other name after
    it, still frames messages the sentence gives no day of."""
    assert ("CHN", "05", "FRA") not in broadcast(text, DAY)


def test_messages_with_a_day_of_their_own_stay():
    """(the neighbour: the messages dated by the sentence are the day's)"""
    text = "今年是中法建交60周年，习近平主席今天同马克龙总统互致贺电。"
    assert ("CHN", "05", "FRA") in broadcast(text, DAY)


def test_a_visit_framing_anothers_act_is_its_time():
    """在…期间, then a clause another state's doer opens: the visit dates that act only."""
    found = broadcast("土耳其总统在访问俄罗斯期间，俄军袭击了乌克兰。", DAY)
    assert ("TUR", "04", "RUS") not in found


def test_a_visit_framing_the_visitors_own_act_stays():
    """(the neighbour: the visitor's own speech after the frame)"""
    found = broadcast("马克龙23日在访问德国期间，还与德国总理举行了会谈。", DAY)
    assert ("FRA", "04", "DEU") in found


def test_a_right_to_retaliate_reserved_is_no_strike():
    found = broadcast("伊朗外交部表示，伊朗保留对以色列采取报复行动的权利。", DAY)
    assert ("IRN", "19", "ISR") not in found
