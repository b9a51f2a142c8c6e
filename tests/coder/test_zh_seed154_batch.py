"""What the seed-154 dev batch of whole CCTV transcripts (eval/README.md, ``xwlb_docs``) showed
the coder missing or getting wrong, each class mended by a rule about its construction. Our own
sentences, read as items of a broadcast of 11 September 2024."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

D = date(2024, 9, 11)

# Each row: an act the class's wording tells, and our sentence (two of each wording where the
# family has two forms).
FOUND = [
    # fire launched at a state told with 对 (zh.190.launch_at)
    (("PSE", "19", "ISR"), "哈马斯10日对以色列南部城市发射了火箭弹。"),
    (("LBN", "19", "ISR"), "真主党10日称，该组织对以色列北部多个军事哨所发射了导弹。"),
    # a state said to commit war crimes or genocide (zh.112.said_crimes)
    (("SYR", "11", "ISR"), "叙利亚外长10日指出，地区紧张的根源是以色列对黎巴嫩采取的战争罪行。"),
    (("ZAF", "11", "ISR"), "南非总统10日表示，以色列在加沙地带实施种族灭绝。"),
    # suffering promised to the condition's subject with no comma (zh.130.if_retaliate)
    (("IRN", "13", "USA"), "伊朗国防部长10日表示，美国如果再次挑衅将会遭到伊朗的严厉惩罚。"),
    (("PRK", "13", "KOR"), "朝鲜外务省10日表示，韩国若继续挑衅必将受到严惩。"),
    # the means to retaliate said to be at hand (zh.130.if_retaliate)
    (
        ("DEU", "13", "USA"),
        "德国经济部长10日表示，如果美国对欧盟汽车加征关税，欧盟有能力进行反制。",
    ),
    # conduct said to harm its own doer (zh.111.said_unacceptable)
    (
        ("CAN", "11", "USA"),
        "加拿大财长10日表示，关税只会推高物价，美国这样做是在搬起石头砸自己的脚。",
    ),
    # support expressed as a noun after 对 (zh.051.support_expressed)
    (
        ("YEM", "05", "LBN"),
        "也门胡塞武装10日发表声明，宣布对以色列发动袭击，同时表示对黎巴嫩的坚定支持。",
    ),
    (("DEU", "05", "UKR"), "德国外长10日在记者会上重申对乌克兰的支持。"),
    # an act said to show a state's scheme (zh.112.said_scheme)
    (("IRN", "11", "ISR"), "伊朗外交部发言人10日称，这次袭击表明以色列企图破坏地区和平。"),
    # a UN mandate named for a state's situation is the UN's officer (topic_after)
    (("UNO", "11", "ISR"), "联合国叙利亚人权状况特别报告员10日表示，以色列在叙利亚实施了暴行。"),
    # drones downed, their state told after what they were about (zh.190.downed_described)
    (("RUS", "19", "UKR"), "俄军10日击落一架企图袭击别尔哥罗德州变电站的乌克兰无人机。"),
]


@pytest.mark.parametrize(("act", "text"), FOUND)
def test_the_batch_wordings_are_coded(act, text):
    assert act in broadcast(text, D)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a launch that is the topic of a condemnation is not the condemner's fire
        ("美国对朝鲜发射弹道导弹表示谴责。", ("USA", "19", "PRK")),
        # crimes of a past regime recalled accuse no one today
        ("习近平指出，日本军国主义在侵华战争中犯下的战争罪行不容否认。", ("CHN", "11", "JPN")),
        # an island named as the question is no party (topic_after)
        (
            "欧洲委员会议会大会10日通过有关格陵兰岛问题的决议，表达对丹麦的支持。",
            ("GRL", "05", "DNK"),
        ),
        # 抗议者 opens a noun of people: no complaint lodged (not_a_protester)
        (
            "俄罗斯总统新闻秘书10日表示，谈判尚未取得进展。"
            "抗议者谴责北约火上浇油 北约国家不断向乌克兰提供武器引发不满。",
            ("RUS", "11", "NAT"),
        ),
    ],
)
def test_what_the_wordings_leave_alone(text, wrong):
    assert wrong not in broadcast(text, D)
