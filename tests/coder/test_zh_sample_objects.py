"""Chinese coding, classes found judging random samples of the coder's events on CCTV days no
gold set holds (issue 10, seeds 61-79 of eval/sample_days.py): crowds marching at home, the
state a condemned measure falls on, a partner's one-China formula, an interview read as a
visit, acts named as what is countered or prevented. Our own sentences."""

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document
from tests.coder.conftest import acts_table, broadcast

D = date(2025, 3, 12)

#: Sentences that tell no act between states, each after a comment on the class that made the
#: coder emit one.
NO_ACT = """
# a crowd abroad condemning a measure against a state (对X制裁): no doer named, X is whom the
# measure falls on, not whom the crowd condemns
近日，法国、西班牙等国爆发抗议活动，谴责对伊朗制裁损害欧洲利益。
法国西班牙爆发抗议 谴责对伊朗制裁
俄罗斯外长谴责对叙利亚的制裁。
埃及外长重申，坚决反对强迫巴勒斯坦人民离开加沙。
# sanctions talked about (X对Y制裁 as the subject of a judgment) are not imposed that day (a
# speaker's verdict on them, 欧盟对伊朗制裁适得其反, is his criticism of their owner:
# test_zh_seed169_batch.py)
意大利政要：西方对俄制裁令欧洲陷入困境
# a contact of a state's children or students is an exchange of people, not of states
活动期间，来自纳米比亚、南非、中非、索马里、乌干达五国的学生代表将在北京、河南两地参观访问，与中国学生联谊联欢。
目前，中国跳水队、中国田径队已先期抵达英国，其他运动员随后将分批前往伦敦参赛。
# a mediation naming no party it mediates with is no event between two actors
其间，埃及外长还致电约旦外交大臣，讨论当前的调停工作。
# a span since an event (疫情暴发以来，…) is told as a whole, no act of the day (a possibility
# opening the act's own clause, 其中包括可能采取的…, is no force either: test_zh_seed155_batch)
疫情暴发以来，日本通过多种渠道向越方提供多批抗疫援助。
# what a crowd protests supplying to a state (抗议向乌提供…): not that state
法国多地民众抗议向乌提供军事支持。
# unnamed experts are voices, no state; goods on a train visit no one
参与节目的德国专家积极评价中国采取的有效措施。
这批货物由中老铁路送达中国，并搭乘中欧班列前往德国。
# a message studied at home (要深入学习贯彻…致贺信的重要精神) is no act of the day
要深入学习贯彻习近平总书记向世界卫生组织成立75周年致贺信的重要精神。
# what a crowd opposes another state doing (反对美国支持以色列…) is not done by it that day
抗议者反对英国支持以色列进攻黎巴嫩，要求停火。
# an attack in words (对中国进行攻击抹黑) is no force (its criticism, if told, is coded apart)
但英国一些议员无视基本事实，编造谎言，对中国进行攻击抹黑。
# a briefing in a readout (向老方介绍…情况) is no event
韩正向老方介绍了中国经济发展情况。
# a crowd protesting its own army's act: a matter at home, whoever that act falls on
以色列再次爆发大规模抗议 反对以军空袭黎巴嫩
俄罗斯多地爆发抗议 反对俄军进攻乌克兰
# what a step is to counter (以应对) or what is prevented (阻止): not done that day
日本政府正考虑出台新措施，以应对美国威胁对日本加征关税。
美国阻止乌克兰打击俄罗斯。
# what only the two ought to do (应由…协商) and what a doer is barred from (被禁止…提供)
土耳其外长强调，边境安排应由土耳其和叙利亚协商决定。
世界粮食计划署负责人称，该机构已被禁止向苏丹北部提供援助。
# the state ending the clause before as its object (…空袭黎巴嫩，) is no subject of the demand
# after the comma: the crowd's own government is asked, a matter at home
大批以色列民众在耶路撒冷举行集会，反对以军空袭黎巴嫩，要求以政府停止军事行动。
"""
_SILENT = [line for line in NO_ACT.strip().splitlines() if not line.startswith("#")]

#: Sentences whose acts the same rules must keep: "source root target; …  text".
ACTS = """
# a crowd marching against a foreign state: its demonstration (141), no state's complaint (114)
IRN 14 USA  伊朗民众举行游行，抗议美国制裁。
KOR 14 JPN  韩国多地爆发抗议，反对日本排放核污染水。
# what the march denounces is its object, no act of the day
IRN 14 ISR  伊朗多地民众举行游行，谴责以色列对伊朗使馆的袭击。
# a state lodging a protest, and one summoning an envoy to protest, still complain (114)
CHN 11 JPN  中国外交部向日本提出严正抗议。
# the doer of the measure condemned stays the one condemned
RUS 11 USA  俄罗斯谴责美国对古巴的封锁。
# a partner's one-China formula is its support of China; China's own against 台独 stays
LAO 05 CHN  老方坚定奉行一个中国原则，坚决反对任何形式的“台独”。
CHN 11 TWN  中方坚决反对“台独”分裂活动。
# sanctions imposed, by a bare 制裁 too
USA 16 RUS  美国宣布对俄制裁措施。
USA 16 CHN  美国财政部制裁三家中国企业。
# what a marching crowd opposes (反对德国向乌克兰提供武器) is not given that day
DEU 14 NAT  德国民众抗议 谴责北约20日，德国多地民众举行集会，反对德国向乌克兰提供武器。
# a condemnation whose object names no state (一些国家) has no target, though the sentence
# before lends one
RUS 04 BLR  俄罗斯外长2日与白俄罗斯外长举行会谈。会谈后，俄方谴责一些国家对白俄罗斯合法政府施加压力。
# a call for restraint naming those called on stays
UNO 02 ISR; UNO 02 PSE  联合国秘书长呼吁以色列和哈马斯立即停火。
# the first act since an event is told as done
RUS 04 PRK  冲突爆发以来，俄罗斯总统首次访问朝鲜。
# a state's deputy envoy to the UN speaks for the state, not the UN
GBR 11 USA  英国常驻联合国第一副代表22日谴责美国。
# the inviter of an 应…邀请 opener is no subject of the clauses after it: the guest goes on
CHN 03 OMN; CHN 03 QAT  央视网消息：应阿曼苏丹邀请，国家副主席将于28日访问阿曼，30日赴卡塔尔出席峰会。
# a protest named as the purpose of the act it goes with (…，以抗议…) is part of that act
COL 16 ARG  哥伦比亚宣布将与阿根廷的外交关系降为代办级，以抗议阿根廷总统的侮辱性言论。
# a visit to a list of states (…三国进行国事访问) is one to each, no act among the hosts
CHN 04 ESP; CHN 04 PRT; CHN 04 GRC  5日至10日，国家主席习近平应邀对西班牙、葡萄牙、希腊三国进行国事访问。
# a visit a named person leads stays his state's
TWN 04 CHN  马英九率领台湾大学生访问中国大陆。
# information passed on (通报) stays
CHN 06 UNO  中方向世卫组织通报了疫情情况。
# 访中 inside an interview (在采访中, 专访中) is no visit to China; the praise of the pair's
# friendship it holds is of the other state (zh_pair_praise)
THA 05 CHN  在采访中，泰国总理称赞泰中友谊源远流长。
VNM 05 CHN  在专访中，越南国家主席称赞越中友谊。
# a visit to China told with 访中 stays
PAK 04 CHN  巴基斯坦总理下周访中。
# the state whose depot is struck, not the one whose arms are kept there (…武器的乌克兰弹药库)
RUS 19 UKR  俄军打击了位于利沃夫州存放有英国导弹的乌克兰仓库。
"""


@pytest.mark.parametrize("text", _SILENT)
def test_no_act_between_states(text):
    assert broadcast(text, D) == set()


@pytest.mark.parametrize(("text", "acts"), acts_table(ACTS))
def test_the_acts_told(text, acts):
    assert broadcast(text, D) == acts


def test_aid_asked_for_is_not_given():
    # 要求…提供援助: the demand is coded, the aid it asks for is not given that day
    found = broadcast("联合国安理会通过决议，要求立即向苏丹平民提供大规模人道主义援助。", D)
    assert not any(root == "07" for _, root, _ in found)
    assert ("CHN", "07", "SRB") in broadcast("中方已向塞方提供急需的医疗物资。", D)


def test_a_call_naming_no_one_called_on_has_no_target():
    # the state named in what is asked for (向苏丹人民提供援助的协议) is neither called on nor aided
    text = "3日，沙特和阿联酋两国外长发表声明，呼吁达成一项保证永久停火和向苏丹人民提供援助的协议。"
    assert not any(target == "SDN" for _, _, target in broadcast(text, D))


def test_a_plan_going_on_after_a_day_to_come_is_dated_when_told():
    # the later days of the plan (…，11月3日至5日赴卡塔尔) are to come too, not last November
    text = "外交部部长将于10月28日至11月2日访问沙特和科威特，11月3日至5日赴卡塔尔出席峰会。"
    c = coding(Document(text, published=date(2025, 10, 27), kind="xwlb", source="xwlb"))
    assert c.events and {e.date.isoformat() for e in c.events} == {"2025-10-27"}
