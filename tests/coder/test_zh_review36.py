"""The sixteenth round's new Chinese rules probed with sentences of our own (review-zh36,
eval/README.md "Review of the sixteenth round's new Chinese rules"): the wordings each rule took
that it must not, and the ones it must keep."""

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document
from tests.coder.conftest import broadcast
from tests.coder.test_zh_prose_constructions15 import acts, dated
from tests.coder.test_zh_prose_twentythird_batch import chapter

DAY = date(2024, 5, 1)
HANT_1950 = ("第一章　民國 38 年外交回顧", date(1950, 1, 20))
HANS_1950 = ("第一章　1949 年中国外交回顾", date(1950, 1, 20))
HANT_2014 = ("第二章　民國 103 年外交回顧", date(2015, 1, 20))
HANS_2014 = ("第二章　2014 年中国外交回顾", date(2015, 1, 20))


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # zh.193.fire_at: the state after 对 that itself fires is the doer of the act a stance
        # is taken on, not the one fired on
        ("中方对以军向联黎部队开火深表关切。", ("CHN", "19", "ISR")),
        ("美国对伊朗军舰向商船开火表示谴责。", ("USA", "19", "IRN")),
        # an appeal not to fire is no fire
        ("联合国呼吁以色列不要对领取救援物资的巴勒斯坦民众开火。", ("ISR", "19", "PSE")),
        # the place a ship sails to is not whose ship it is
        ("据报道，以军对一艘驶往加沙的土耳其船只开火。", ("ISR", "19", "PSE")),
        # zh.190.fired_from: a supplier's weapons used by another are not the supplier's fire
        ("乌军使用来自美国的导弹袭击了俄罗斯境内目标。", ("USA", "19", "RUS")),
        ("乌军用来自德国的炮弹击中了俄军阵地。", ("DEU", "19", "RUS")),
        # zh.112.each_other_told: an appeal to stop accusing, or a duty to avoid it
        ("泰国和柬埔寨军队在边境发生冲突。中方呼吁双方停止相互指责。", ("CHN", "11", "THA")),
        ("泰国和柬埔寨军队在边境发生冲突。中方呼吁双方停止相互指责。", ("THA", "11", "CHN")),
        ("泰国和柬埔寨军队在边境发生冲突。双方应避免相互指责。", ("THA", "11", "KHM")),
        # zh.054.recognise_named_dated: a city named with a status is no state recognised
        ("美国总统6日承认耶路撒冷为以色列首都。", ("USA", "05", "ISR")),
    ],
)
def test_wordings_the_rules_must_not_take(text, act):
    assert act not in broadcast(text, DAY)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("以军向领取救援物资的巴勒斯坦民众开火。", ("ISR", "19", "PSE")),
        ("叙利亚防空部队对以色列战机开火。", ("SYR", "19", "ISR")),
        ("据报道，以军对一艘驶往加沙的土耳其船只开火。", ("ISR", "19", "TUR")),
        ("美军军舰向一艘驶往伊朗阿巴斯港的伊朗货船开火。", ("USA", "19", "IRN")),
        ("以军称，一枚从叙利亚方向射向以色列的导弹落在空地。", ("SYR", "19", "ISR")),
        ("泰国和柬埔寨军队在边境发生冲突。双方相互指责对方首先开火。", ("THA", "11", "KHM")),
        ("俄罗斯3日承认塔利班政权。", ("RUS", "05", "AFG")),
    ],
)
def test_wordings_the_rules_keep(text, act):
    assert act in broadcast(text, DAY)


def test_an_admission_after_a_bare_recognition_follows_nothing(code):
    """亦承認，then a clause with a subject of its own: what is admitted, no recognition."""
    body = "英國 1 月 6 日承認中共。美國國務院亦承認，英國此舉出乎意料。"
    found = acts(chapter(code, body, *HANT_1950))
    assert ("GBR", "05", "CHN") in found and ("USA", "05", "CHN") not in found


def test_a_bare_recognition_going_on_after_a_comma_follows(code):
    """(guards the fix's reach) 隨即承認，但…: the recognition goes on, the one before's."""
    body = "英國 1 月 6 日承認中共。荷蘭隨即承認，但未派大使。"
    assert ("NLD", "05", "CHN") in acts(chapter(code, body, *HANT_1950))


def test_the_talks_stay_on_their_day_when_another_went_first(code):
    """会谈前一天，<someone else>先在…: the host's or others' errand does not date the talks."""
    body = "德國總理梅克爾 3 月 7 日在北京與李克強會談；會談前一天，李克強先在天津出席論壇。"
    found = dated(chapter(code, body, *HANT_2014))
    assert ("DEU", "04", "CHN", date(2014, 3, 7)) in found
    assert ("DEU", "04", "CHN", date(2014, 3, 6)) not in found


def test_the_visit_begun_by_the_visitor_named_by_a_pronoun(code):
    """(guards the fix's reach) 會談前一天，她先在成都參訪: the visitor, the visit begun then."""
    body = "德國總理梅克爾 3 月 7 日在北京與李克強會談；會談前一天，她先在成都參訪。"
    assert ("DEU", "04", "CHN", date(2014, 3, 6)) in dated(chapter(code, body, *HANT_2014))


def test_an_anniversarys_eve_is_not_its_day():
    """中法建交 60 周年纪念日前夕: the days before it, not the day relations were set up; in a
    broadcast of months later its month, in one of the eve the broadcast's day."""
    text = "在中法建交60周年纪念日前夕，习近平同马克龙互致贺电。"
    late = coding(Document(text, published=DAY, kind="xwlb", source="xwlb"))
    assert {(e.date, e.date_precision) for e in late.events} == {(date(2024, 1, 1), "month")}
    eve = coding(Document(text, published=date(2024, 1, 26), kind="xwlb", source="xwlb"))
    assert {(e.date, e.date_precision) for e in eve.events} == {(date(2024, 1, 26), "day")}


def test_an_anniversarys_day_keeps_its_day():
    """(guards the fix's reach) 纪念日当天 is the day itself."""
    text = "中法建交60周年纪念日当天，习近平同马克龙互致贺电。"
    c = coding(Document(text, published=DAY, kind="xwlb", source="xwlb"))
    assert {e.date for e in c.events} == {date(2024, 1, 27)}
