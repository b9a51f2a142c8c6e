"""False alarms of ``xwlb_docs`` by construction, second pass (eval/README.md): concern or an
appeal about a territory at war (加沙地带, 约旦河西岸) names where the fighting or the need is,
not a party addressed (force on it, aid to it, a denial and a call to take it stay); a coming
visit named as the occasion of a sentence (在…将…访问之际) is not announced by it. The sentences
are our own, in the style of a broadcast."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

DAY = date(2024, 9, 12)


@pytest.mark.parametrize(
    "text",
    [
        "联合国人道主义事务协调员12日呼吁加沙地带尽快恢复停火，保障平民安全。",
        "世界粮食计划署12日对加沙地带粮食短缺持续恶化表示担忧。",
        "联合国难民署12日呼吁向加沙地带运送更多燃料和药品。",
        "联合国儿童基金会呼吁约旦河西岸停止暴力 保护儿童",
    ],
)
def test_no_territory_is_addressed(text):
    found = broadcast(text, DAY)
    assert not {x for x in found if x[2] == "PSE" and x[1] in ("01", "02")}


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("以色列军队12日再次空袭加沙地带南部多地。", ("ISR", "19", "PSE")),
        ("以色列多名议员12日呼吁兼并约旦河西岸。", ("ISR", "02", "PSE")),
    ],
)
def test_acts_on_the_territory_stay(text, event):
    assert event in broadcast(text, DAY)


@pytest.mark.parametrize(
    "text",
    [
        "在国家主席习近平将赴塞尔维亚进行国事访问之际，中国电影周日前在贝尔格莱德开幕。",
        "在李强总理将赴新加坡出席东亚合作领导人系列会议之际，两国青年交流活动日前启动。",
    ],
)
def test_a_coming_visit_named_as_an_occasion_is_not_announced(text):
    assert not {x for x in broadcast(text, DAY) if x[1] == "03"}


def test_a_visit_announced_stays():
    text = "外交部发言人宣布：应新加坡总理邀请，国务院总理李强将赴新加坡进行正式访问。"
    assert ("CHN", "03", "SGP") in broadcast(text, DAY)
