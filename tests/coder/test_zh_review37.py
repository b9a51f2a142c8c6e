"""The seventeenth round's new Chinese rules probed with sentences of our own (review-zh37,
eval/README.md "Review of the seventeenth round's new Chinese rules"): the wordings each rule took
that it must not, and the ones it must keep."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast
from tests.coder.test_zh_prose_constructions15 import acts
from tests.coder.test_zh_prose_twentythird_batch import chapter

DAY = date(2024, 5, 1)
HANT_1950 = ("第一章　民國 38 年外交回顧", date(1950, 1, 20))
HANS_1950 = ("第一章　1949 年中国外交回顾", date(1950, 1, 20))


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # zh.030.toward_china: another's will, another partner, a policy toward China, a field
        # past a comma
        ("欧盟期待美国改善对华关系。", ("EEC", "03", "CHN")),
        ("美国担心欧洲愿意深化对华合作。", ("USA", "03", "CHN")),
        ("日本愿与美国协调对华关系。", ("JPN", "03", "CHN")),
        ("美国期待在对华问题上与欧洲加强合作。", ("USA", "03", "CHN")),
        ("荷兰愿意配合美国对华芯片管制合作。", ("NLD", "03", "CHN")),
        ("美国愿意采取对华强硬立场，不寻求与中国合作。", ("USA", "03", "CHN")),
        ("美国期待调整对华政策，加强与盟友合作。", ("USA", "03", "CHN")),
        # zh.195.downed_whose: a question, a drill, help, a need, a stance
        ("以色列能否拦截伊朗的弹道导弹仍是疑问。", ("IRN", "19", "ISR")),
        ("美国和日本举行拦截朝鲜弹道导弹的演习。", ("PRK", "19", "USA")),
        ("美国帮助以色列拦截伊朗的导弹。", ("IRN", "19", "USA")),
        ("中方对以色列拦截伊朗导弹表示关注。", ("IRN", "19", "CHN")),
        ("日本防卫省称，如有必要将拦截朝鲜的导弹。", ("PRK", "19", "JPN")),
        # envoys told to leave: one's own posted abroad, or a room left
        ("美国要求其驻乌克兰外交官离开基辅。", ("USA", "16", "UKR")),
        ("德国要求本国驻苏丹外交官尽快离开。", ("DEU", "16", "SDN")),
        ("美国要求以色列外交官离开会场。", ("USA", "16", "ISR")),
        # zh.072.delivered: supplies not arrived or due, an army's own, a transit
        ("美国军事物资未能运抵乌克兰。", ("USA", "07", "UKR")),
        ("美国军事物资将于下月运抵乌克兰。", ("USA", "07", "UKR")),
        ("美军军事物资运抵日本冲绳基地。", ("USA", "07", "JPN")),
        ("俄军军用物资运抵白俄罗斯参加联合演习。", ("RUS", "07", "BLR")),
        ("一批北约军事物资运抵波兰，随后转运乌克兰。", ("NAT", "07", "POL")),
        # zh.138.escalation: a third party's warning or fear, another's operation, a consequence
        ("联合国秘书长警告，针对加沙的军事行动将进一步升级。", ("UNO", "13", "PSE")),
        ("中方担心，对伊朗的军事行动将进一步扩大。", ("CHN", "13", "IRN")),
        ("伊朗外长表示，以色列对黎巴嫩的军事行动将扩大地区冲突。", ("IRN", "13", "LBN")),
        ("媒体报道，美国对也门的空袭将进一步升级。", ("CHN", "13", "YEM")),
        ("俄方称，针对乌克兰的军事行动将不会扩大。", ("RUS", "13", "UKR")),
        # zh.112.said_plunder: another's charge retold, or called baseless
        ("俄罗斯外长说，美国指责中国窃取知识产权。", ("RUS", "11", "USA")),
        ("俄罗斯外长说，美国声称俄罗斯窃取了疫苗数据。", ("RUS", "11", "USA")),
        ("中国外交部发言人说，美国掠夺叙利亚石油的说法毫无根据。", ("CHN", "11", "USA")),
    ],
)
def test_wordings_the_rules_must_not_take(text, act):
    assert act not in broadcast(text, DAY)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("越方愿进一步加强对华关系。", ("VNM", "03", "CHN")),
        ("赞方愿全面深化对华合作。", ("ZMB", "03", "CHN")),
        ("俄国防部称，俄军在24小时内击落乌军76架无人机。", ("UKR", "19", "RUS")),
        ("美军在红海击落胡塞武装的无人机和导弹。", ("YEM", "19", "USA")),
        ("俄罗斯要求美国外交官离开俄罗斯。", ("RUS", "16", "USA")),
        ("俄方称，英国要求俄外交官在72小时内离开。", ("GBR", "16", "RUS")),
        ("俄方称，一批美国军事物资运抵乌克兰后被摧毁。", ("USA", "07", "UKR")),
        ("以色列总理说，对哈马斯的军事行动将进一步扩大。", ("ISR", "13", "PSE")),
        ("土耳其总统说，对叙利亚的军事行动将扩大到幼发拉底河以东。", ("TUR", "13", "SYR")),
        ("叙利亚外长说，美国和以色列掠夺巴勒斯坦土地。", ("SYR", "11", "USA")),
    ],
)
def test_wordings_the_rules_keep(text, act):
    assert act in broadcast(text, DAY)


def test_an_admission_is_no_recognition(code):
    """即予承认 after no founding: what a report told is admitted, no state recognised."""
    body = "日本媒体报道美国监听德国总理电话，美方当天即予承认。"
    assert ("USA", "05", "DEU") not in acts(chapter(code, body, *HANS_1950))


def test_a_state_founded_is_recognised_at_once(code):
    """(guards the fix's reach) 宣布建國，美國當天即予承認: the state just founded."""
    body = "以色列宣布建國，美國當天即予承認。"
    assert ("USA", "05", "ISR") in acts(chapter(code, body, *HANT_1950))
