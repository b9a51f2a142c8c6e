"""Verbal acts that whole CCTV days told in forms the rules did not know (issue 10): reported
speech about another state's conduct (a speaker who says that another state schemes, incites,
causes a harm or acts hypocritically criticises or accuses it), learning from another state,
help offered, a commitment to a pair's ties, thanks with a degree word, a demand to lift or
withdraw, disinformation in quotes; and war reports whose target follows a list of places
(对…等地区的乌军目标进行了打击) or whose doer is a short form after 遭. Sentences of our own."""

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document
from tests.coder.conftest import acts_table, broadcast

D = date(2023, 6, 12)


#: Each row: the act the sentence states, two spaces, the sentence.
_SAID = acts_table("""
# a state said to scheme, incite or meddle is accused
FIN 11 RUS  芬兰外长12日表示，俄罗斯企图分裂欧洲国家的团结。
PRK 11 USA  朝鲜外务省发言人指出，美国正在煽动地区紧张局势。
CUB 11 USA  古巴外长说，美国妄图通过封锁颠覆古巴政府。
# a state said to cause a harm is accused
IRN 11 USA  伊朗外长指出，美国的长期军事存在是海湾地区动荡的根源。
RUS 11 NAT  俄罗斯副外长表示，当前危机升级的原因是北约持续向东扩张。
# conduct called hypocritical or inflaming is criticised
SYR 11 USA  叙利亚外交部发言人表示，美国所谓的人道主义行动是虚伪的。
BLR 11 GBR  白俄罗斯常驻联合国代表表示，英国向乌克兰输送导弹是火上浇油。
# a state that means to learn from another's experience means to work with it
LAO 03 CHN  老挝国家主席表示，老方愿学习借鉴中国脱贫攻坚经验。
NPL 03 CHN  尼泊尔总理说，尼方希望学习中国发展经验，深化两国合作。
# help offered to a state is an intent to aid it
RUS 03 SYR  俄罗斯国防部长表示，俄方愿帮助叙利亚重建军队。
AZE 03 CHN  阿塞拜疆总统表示，阿塞拜疆愿向中国提供一切必要协助。
ITA 03 CHN  意大利外长说，意大利愿向中方提供一切有助于抗击疫情的支持。
# a commitment to take a pair's ties forward
HUN 03 CHN  匈方将继续致力于深化匈中全面战略伙伴关系。
KEN 03 CHN  肯尼亚总统鲁托表示，将致力于深化肯尼亚与中国的务实合作。
# thanks with a degree word, for what the sentence before told
LKA 05 CHN  中方向斯里兰卡提供了紧急援助。斯方对此十分感谢。
# what a speaker says another state must lift or leave is a demand of it
SYR 10 USA  叙利亚外长表示，美国必须解除对叙利亚的单边制裁。
LBN 10 ISR  黎巴嫩总理表示，以色列应当撤出黎巴嫩南部。
# disinformation in quotes
GBR 11 RUS  英国外交大臣称，俄方散布“虚假信息”。
# admiration of a state's record is praise: 钦佩, 表示赞扬, 称赞说, 令人钦佩
MNG 05 CHN  蒙方由衷钦佩中国在脱贫领域取得的成就。
KAZ 05 CHN  哈萨克斯坦外长对中方促成地区对话表示赞扬和感谢。
UNO 05 CHN  联合国粮农组织总干事称赞说，中国的粮食安全成就来之不易。
PER 05 CHN  秘鲁总统表示，中国的减贫成就令人钦佩。
# a harm called the product of a state's conduct; aid one is told to cut
CUB 11 USA  古巴外长表示，加勒比地区的紧张局势是美国推行干涉政策的产物。
GBR 10 SAU  英国外交大臣表示沙特应减少对也门的空中行动。
# a pair named as one subject that agrees to go on talking, or is willing to negotiate
RUS 03 USA  俄美双方当天同意继续推动战略稳定对话。
IND 03 PAK  印巴两国均表示愿就克什米尔问题展开谈判。
# a will that reaches over the verbs it joins (愿…，继续深化两国…)
NPL 03 CHN  国家主席习近平会见尼泊尔总理。尼方愿落实好访问成果，继续深化两国传统友谊。
# an act named 此举 said to breach what a state owes
IRN 11 GBR  伊朗外交部表示，英国此举违背了国际法和联合国宪章。
# success wished to a state or to what it hosts; congratulations 致以最诚挚的祝贺
KEN 05 CHN  肯尼亚总统表示，祝愿中方主办的峰会取得圆满成功。
FJI 05 CHN  斐济总理表示，祝愿中国人民在新的一年取得更大成就。
QAT 05 CHN  卡塔尔埃米尔向中国人民致以最诚挚的祝贺。
# a reply in words of reproach to what the topic clause tells
BLR 11 LTU  针对立陶宛议会宣布关闭边境口岸，白俄罗斯外交部回应说，这一挑衅举动违背国际法。
MEX 11 USA  针对美国政府称将对墨西哥汽车加征关税，墨西哥总统表示，这是赤裸裸的敲诈勒索。
# a state's record the speaker is impressed by or would learn from
FRA 05 CHN  法国前总理指出，面对洪灾，中国政府展现出高效的动员能力，令人印象深刻。
THA 05 CHN  泰国外长表示，中国在减贫方面的经验值得借鉴。
# a state credited with a key role or an important contribution
UNO 05 CHN  世界粮食计划署执行干事表示，中国为全球减贫事业发挥了关键作用。
BRN 05 CHN  文莱外交部长表示，当前地区形势复杂多变，中国在维护地区稳定方面具有关键作用。
SEN 05 CHN  塞内加尔总统说，中国为非洲基础设施建设作出了重要贡献。
# a passive strike whose doer is a short form after 遭; return fire
RUS 19 UKR  乌方称，敖德萨港口8日遭俄导弹袭击，造成人员伤亡。
ARM 19 AZE  亚美尼亚国防部称，阿塞拜疆军队向边境阵地开火，亚美尼亚军队随即还击。
# a demand restated, the named speaker's
JOR 10 ISR  据报道，约旦代表团重申以色列必须从加沙地带撤军。
# a demand restated; a state named as the main cause, or told to answer for what was just told
CUB 10 USA  古巴外长重申，美国必须解除对古巴的封锁。
IRQ 11 TUR  伊拉克外交部表示，土耳其的越境行动是边境局势紧张的主要原因。
SRB 11 NAT  塞尔维亚总统说，贫铀弹的使用造成了严重后果，北约应对此承担全部责任。
""")


@pytest.mark.parametrize(("text", "acts"), _SAID)
def test_the_act_is_found(text, acts):
    assert acts <= broadcast(text, D)


def test_the_scheming_state_is_the_one_that_opens_the_reported_clause():
    text = "俄罗斯外交部发言人表示，美方对乌克兰进行干涉。"
    assert not any(t == "UKR" for _, _, t in broadcast(text, D))


def test_meddling_one_is_asked_to_stop_is_a_demand_not_an_accusation():
    text = "中方表示，美方应停止干涉中国内政。"
    found = broadcast(text, D)
    assert ("CHN", "10", "USA") in found
    assert ("CHN", "11", "USA") not in found


def test_an_unnamed_analysis_accuses_no_one():
    text = "分析称，日元持续贬值的原因是日本央行维持宽松政策。"
    assert broadcast(text, D) == set()


def test_criticism_and_accusation_of_one_sentence_count_once():
    text = "伊朗总统表示，美国的制裁是恐怖主义行为，美国的干预是地区纷争的根源。"
    c = [e for e in _events(text) if e.root == "11"]
    assert len(c) == 1


def test_a_year_that_opens_the_objects_name_does_not_date_the_act():
    text = "美国司法部16日发布报告称，伊朗干涉2020年美国总统大选。"
    days = {e.date for e in _events(text, date(2023, 6, 18)) if e.root == "11"}
    assert days == {date(2023, 6, 16)}


def _events(text: str, day: date = D):
    return coding(Document(text, published=day, kind="xwlb", source="xwlb")).events


def test_thanks_for_a_states_commitment_is_no_intent_of_that_state():
    text = "坦桑尼亚议长感谢中方始终致力于促进各国议会之间的合作。"
    assert ("CHN", "03", "TZA") not in broadcast(text, D)


@pytest.mark.parametrize(
    "text",
    [
        "俄罗斯国防部8日称，俄军对哈尔科夫、扎波罗热等地区的乌军目标进行了打击。",
        "俄军对存放西方武器的乌军仓库实施了打击。",
    ],
)
def test_strikes_on_the_targets_forces_after_a_list_of_places(text):
    assert ("RUS", "19", "UKR") in broadcast(text, D)


@pytest.mark.parametrize(
    "text",
    [
        "多名学者对此予以批评，指出美国此举严重违反国际法。",
        "美国一所大学的研究员表示，美国企图用关税迫使贸易伙伴让步。",
        "公告重申以方应遵守各项联合国决议。",
        "中国驻日本、澳大利亚等国使馆举行招待会，与会嘉宾祝愿中国繁荣昌盛。",
    ],
)
def test_unnamed_voices_and_notices_are_no_speakers(text):
    found = broadcast(text, D)
    assert not any(root in ("05", "10", "11") for _, root, _ in found)


def test_the_striker_after_a_list_of_places_is_the_clauses_own_subject():
    text = "胡塞武装称，向以色列埃拉特发动导弹袭击，并对红海海域的美国航母实施了打击。"
    assert ("ISR", "19", "USA") not in broadcast(text, D)


def test_the_speaker_at_a_press_conference_with_a_visitor_is_the_host():
    text = (
        "老挝外长日前在与到访的越南外长举行的联合记者会上表示，地区紧张局势是美国干涉政策的产物。"
    )
    assert {a for a in broadcast(text, D) if a[1] == "11"} == {("LAO", "11", "USA")}


def test_marxism_leninism_names_no_capital():
    text = "尼泊尔共产党(联合马列)主席表示，中国的发展成就令人钦佩。"
    assert broadcast(text, D) == {("NPL", "05", "CHN")}


@pytest.mark.parametrize(
    "text",
    [
        "蒙古国总统表示，我期待赴华出席博览会开幕式，并同习近平主席会面。",
        "印尼期待同中方进一步加强沟通，深化合作。",
    ],
)
def test_a_meeting_looked_forward_to_is_intent_not_a_meeting(text):
    roots = {root for _, root, _ in broadcast(text, D)}
    assert "03" in roots
    assert "04" not in roots


#: Each row: a root the sentence must not give, two spaces, the sentence.
_NOT = [
    line.split("  ", 1)
    for line in """
11  伊朗外长表示，如果美国企图破坏谈判，伊朗将作出回应。
03  退伍老兵联名致信，表示为中老两国友谊倍感自豪，将致力于赓续两国友好事业。
03  印巴两国均表示不愿在现阶段展开谈判。
05  法国总统表示，希望中国在乌克兰问题上发挥更大作用。
05  德国一名医生认为，中国的抗疫经验值得学习。
19  伊朗总统表示，如果以色列再次发动袭击，伊朗将予以还击。
""".strip().splitlines()
]


@pytest.mark.parametrize(("root", "text"), _NOT)
def test_conditions_wishes_refusals_and_unnamed_doers_give_no_act(root, text):
    """A condition, a role hoped for, a refusal and a commitment with no doer are no acts."""
    assert not any(r == root for _, r, _ in broadcast(text, D))
