"""What the seed-177 dev batch of whole CCTV transcripts (eval/README.md, ``xwlb_docs``) showed
the coder missing, mended at its construction: fire opened on what the object of 向 or 对 names
as another state's (its people, its ship), however far the state stands from 向 (zh.193.shoot
wants it right after), is force on that state; a ceasefire, a warning shot or fire not opened
first is none. Our own sentences, as items of a broadcast of 24 March 2024."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

DAY = date(2024, 3, 24)


#: Each sentence and the force it tells (source, root, target).
FIRED = [
    (
        "加沙地带卫生部门23日称，以军当天在加沙城对等待救援的巴勒斯坦民众开火，造成多人死亡。",
        ("ISR", "19", "PSE"),
    ),
    (
        "黎巴嫩卫生部今天称，以色列向试图返回南部家园的黎巴嫩居民开火，造成2人死亡。",
        ("ISR", "19", "LBN"),
    ),
    (
        "美国中央司令部23日说，美军军舰当天向一艘穿过阿拉伯海驶往伊朗港口的伊朗货船开火。",
        ("USA", "19", "IRN"),
    ),
]

#: Sentences that give no force of that pair: a ceasefire agreed, fire not opened first, a
#: warning shot.
NO_FORCE = [
    ("以色列和黎巴嫩今天同意从明天起停止开火。", ("ISR", "19", "LBN")),
    ("俄方23日说，俄军不会首先向乌克兰军队开火。", ("RUS", "19", "UKR")),
    ("俄国防部23日说，一艘乌克兰游艇靠近俄罗斯护卫舰，俄舰向游艇开火示警。", ("RUS", "19", "UKR")),
]


@pytest.mark.parametrize(("text", "event"), FIRED)
def test_fire_opened_on_what_a_state_owns_is_force_on_it(text: str, event: tuple) -> None:
    assert event in broadcast(text, DAY)


@pytest.mark.parametrize(("text", "event"), NO_FORCE)
def test_no_fire_opened_is_no_force(text: str, event: tuple) -> None:
    assert event not in broadcast(text, DAY)
