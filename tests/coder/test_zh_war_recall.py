"""Constructions of war and great-power reporting that left whole CCTV transcripts silent
(issue 10, recall): found on unannotated days, each tested with sentences of our own."""

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document
from tests.coder.conftest import acts_table, broadcast

D = date(2024, 3, 12)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("伊朗警告美以勿再对伊朗港口发动袭击", "13"),
        ("朝鲜外务省发表谈话，警告美韩停止在半岛周边举行军演。", "13"),
        ("土耳其外长呼吁美俄尽快恢复战略稳定对话。", "02"),
        ("联合国秘书长敦促巴以尽快停止敌对行动。", "02"),
    ],
)
def test_a_known_pair_after_an_appeal_or_warning_is_both_states(text, code):
    found = broadcast(text, D)
    targets = {t for _, root, t in found if root in (code, "10")}
    pair = {"伊朗": {"USA", "ISR"}, "朝鲜": {"USA", "KOR"}, "土耳": {"USA", "RUS"},
            "联合": {"PSE", "ISR"}}[text[:2]]  # fmt: skip
    assert pair <= targets


def test_a_pair_that_only_describes_a_relation_stays_no_actor():
    text = "土耳其外长呼吁美俄关系回到正轨。"
    assert not {t for _, _, t in broadcast(text, D)} & {"USA", "RUS"}


@pytest.mark.parametrize(
    "text",
    [
        "伊朗军方发言人警告说，任何外国军舰，特别是美国军舰，若试图进入该海域，将遭到打击。",
        "伊朗革命卫队当天警告称，任何袭击伊朗船只的行为，都将招致对美国基地的猛烈报复。",
        "俄罗斯国防部表示，任何闯入该空域的美国无人机都将成为打击目标。",
    ],
)
def test_force_promised_against_any_offender_threatens_the_other_state(text):
    found = broadcast(text, D)
    assert any(root == "13" and t == "USA" for _, root, t in found)
    assert not any(root == "19" for _, root, _ in found)


def test_a_blow_any_offender_has_suffered_is_no_threat():
    text = "伊朗军方发言人说，任何外国军舰都没有遭到打击。"
    assert not any(root == "13" for _, root, _ in broadcast(text, D))


#: Reactions and recalls told in constructions the coder was silent on (source root target).
ACTS = """
# a condemnation or opposition given with an adverb (予以严厉谴责, 予以坚决反对)
CUB 11 USA  古巴外交部对美国的这一做法予以严厉谴责。
IRN 11 USA  伊朗外交部对美国的新制裁表示严厉谴责。
PSE 11 ISR  巴勒斯坦外交部对以色列的定居点计划予以强烈反对。
SYR 11 USA  叙利亚对美国的这一决定予以坚决反对。
# 斥责 and a rebuttal given (对…进行了有力驳斥)
IRN 11 USA  伊朗总统斥责美国的新制裁是经济恐怖主义。
CHN 11 USA  中方代表对美国代表的无端指责进行了有力驳斥。
# a denial of what a named accuser says (否认美方指控, 对伊朗说法予以否认) answers it
BRA 01 USA  巴西政府18日提交正式回应，否认美方指控。
UKR 01 RUS  乌克兰军方对俄方说法予以否认。
# a warning given to a state (对…发出警告)
IRN 13 USA  伊朗海军出动快艇对美国军舰进行拦截并发出警告。
# a demonstrative naming the act just told (对这一袭击, 对此次空袭): aimed at its doer
ISR 19 SYR; SYR 11 ISR  以色列战机4日空袭了叙利亚首都大马士革郊区。叙利亚外交部对这一袭击予以强烈谴责。
ISR 19 SYR; SYR 11 ISR  以色列战机4日空袭了叙利亚首都大马士革郊区。叙利亚外交部对此次空袭表示强烈谴责。
ISR 19 SYR; TUR 11 ISR; IRN 11 ISR  以色列战机4日空袭了叙利亚首都大马士革郊区。土耳其、伊朗也对该袭击予以谴责。
# a third state joining a condemnation (也对此予以谴责) is aimed where the first one was
IRN 11 ISR; PSE 11 ISR; SYR 11 ISR  哈马斯当晚谴责以军行动侵犯黎巴嫩主权。伊朗、叙利亚也对此予以谴责。
# a reaction with no object of its own answers the state the sentence before told of
USA 16 RUS; RUS 13 USA  美国23日宣布对俄罗斯实施新一轮制裁。俄方表示，将采取反制措施。
USA 16 RUS; RUS 13 USA  美国23日宣布对俄罗斯实施新一轮制裁。俄方表示，将对此作出回应。
ISR 19 PSE; PSE 11 ISR  以军23日空袭了加沙地带南部。哈马斯强烈谴责此次空袭。
# a known pair after a condemnation or opposition (谴责美韩…, 反对美以…) is both states
PRK 11 USA; PRK 11 KOR  朝鲜外务省发表谈话，谴责美韩18日在首尔召开核磋商会议。
RUS 11 USA; RUS 11 EEC  俄罗斯外交部谴责美欧对俄新一轮制裁。
# a treaty of a pair suspended or left reduces relations with the other state of the pair
RUS 16 USA  俄罗斯总统21日宣布，俄罗斯暂停参与俄美《新削减战略武器条约》。
USA 16 RUS  美国政府宣布退出美俄《中程导弹条约》。
# the body an act is brought to (向国际法院起诉) is not its doer
NIC 11 DEU  尼加拉瓜向国际法院起诉德国。
# a warning of what follows if a state acts (警告称，如果X…将…) threatens that state
RUS 13 DEU  俄罗斯外交部发言人警告称，如果德国向乌克兰提供远程导弹，将导致局势严重升级。
# 分别 (each, respectively) holds 别 but negates nothing
RUS 11 FRA; RUS 11 ESP  俄罗斯外交部分别召见了法国和西班牙驻俄大使。
# a state whose protest an act provokes (引发X抗议) criticises the act's doer
FRA 11 USA  美国宣布退出该协议，引发法国强烈不满。
JPN 11 RUS  俄罗斯总统登上争议岛屿，引发日本政府抗议。
# a one-character host state after 驻 (驻俄使馆, 驻美大使): the state recalled from
LTU 16 RUS  立陶宛外交部召回了驻俄使馆临时代办。
RUS 16 USA  俄罗斯召回驻美大使进行磋商。
# …but after a short form, 国 or 方 the host is part of the sender's envoy (俄驻美大使)
RUS 04 USA  俄驻美大使安东诺夫当天会见美国副国务卿。
"""


@pytest.mark.parametrize(("text", "acts"), acts_table(ACTS))
def test_the_acts_told(text, acts):
    assert broadcast(text, D) == acts


def test_provoking_an_unnamed_crowd_is_no_event():
    assert broadcast("该国政府的新政策引发民众强烈不满。", D) == set()


def test_defence_ministers_styled_xiang_are_their_forces():
    c = coding(Document("日本防卫相会见美国国防部长。", published=D, kind="xwlb", source="xwlb"))
    assert [(e.source_actor, e.target_actor) for e in c.events] == [("JPNMIL", "USAMIL")]
