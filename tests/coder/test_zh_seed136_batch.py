"""What the seed-136 dev batch of whole CCTV items (eval/README.md, ``xwlb_docs``) showed the
coder getting wrong, each class mended by a rule about its construction. Our own sentences,
read as items of a broadcast of 8 March 2026."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

D = date(2026, 3, 8)


@pytest.mark.parametrize(
    "text",
    [
        # a site word then 、 between the two states' sites
        "伊朗革命卫队还宣布，19日使用新型导弹对美军基地、以色列阿什杜德炼油厂等目标发动打击。",
        # a site inside which the target lies (位于…内), then 和: the state found is the second
        "伊朗军方称，当天发动导弹袭击，数十个位于美军基地内和以色列军事设施的目标被击中。",
        # 以及 after the first state's 阵地
        "也门胡塞武装称，当天打击了美军阵地以及以色列埃拉特港。",
    ],
)
def test_the_sites_of_two_states_struck_together_are_force_on_each(text):
    doer = "IRN" if "伊朗" in text else "YEM"
    assert {(doer, "19", "USA"), (doer, "19", "ISR")} <= broadcast(text, D)


@pytest.mark.parametrize(
    ("text", "speaker", "schemer"),
    [
        ("伊朗外长表示，美方没有实现其颠覆伊朗政权的企图。", "IRN", "USA"),
        ("俄罗斯外交部发言人称，乌克兰破坏俄罗斯能源安全的图谋注定失败。", "RUS", "UKR"),
    ],
)
def test_a_states_attempt_said_to_have_failed_accuses_it(text, speaker, schemer):
    assert (speaker, "11", schemer) in broadcast(text, D)


def test_the_envoys_whose_credentials_are_received_are_each_met_and_welcomed():
    item = (
        "国家主席习近平8日上午在人民大会堂接受3位驻华大使递交国书。仪式庄严隆重。"
        "他们是：秘鲁驻华大使罗德里格斯、冰岛驻华大使约翰森、老挝驻华大使坎葆。"
        "习近平欢迎使节们来华履职。"
    )
    found = broadcast(item, D)
    for state in ("PER", "ISL", "LAO"):
        assert ("CHN", "04", state) in found
        assert ("CHN", "05", state) in found


def test_credentials_with_no_envoys_listed_name_no_state():
    # the ceremony recalled, its envoys not named: no state to meet
    found = broadcast("今年1月，习近平主席接受18位驻华大使递交国书。习近平欢迎使节们来华。", D)
    assert not {a for a in found if a[1] in ("04", "05")}
