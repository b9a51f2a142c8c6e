"""Chinese coding, classes of the ninth batch of whole CCTV transcripts (issue 10): reactions
to another state's measures (regret, countermeasures made ready, a plan found unlawful, an
expansion or a disregard found fault with, a provocation ascribed), envoys expelled, sanctions called ineffective or a crime, a presence called unlawful, falsehoods ascribed, grave consequences, regret felt, 此举 criticised, missions suspended, attacks ascribed, envoys called in to hear a complaint or summoned one by one, opposition after a topic clause, stern condemnation, a pair's joint forces, entry bans, overreaction and blame, bases opened, a support after 不会忘记, a pair's council, full praise, a deal hoped for soon, shelling, a pair's agreement and next round, a joint
exercise begun. Our own sentences."""

from datetime import date

import pytest

from tests.coder.conftest import acts_table, broadcast

D = date(2025, 6, 1)

ACTS = """
# strong regret at another state's measure is a concern aimed at it (012, as 表示遗憾)
EEC 01 USA  欧盟发言人对美国宣布提高汽车关税表示强烈遗憾。
JPN 01 KOR  日本外务省对韩国法院的判决深感遗憾。
# countermeasures made ready are a threat, as weighed ones are; a sanction made ready too
EEC 13 USA  欧盟委员会表示，欧盟准备实施反制措施，回应美国的关税上调。
CAN 13 USA  加拿大称准备对美国上调汽车关税实施反制。
# (one decided or announced stays the sanction)
USA 16 IRN  美国宣布对伊朗实施新一轮制裁。
# a state's plan or measure said to breach law (这一 as well as 的) is criticism by the speaker
UNO 11 ISR  联合国发言人表示，以色列这一定居点建设计划违反国际法。
# an alliance's expansion said to harm the speaker's interests is criticism, a refusal beside it
RUS 11 NAT  俄外长表示，北约持续东扩损害了俄罗斯的安全，俄方不会接受。
# a state said to disregard others is criticised by the speaker
RUS 11 USA  俄外交部发言人表示，美方完全无视顿巴斯民众的处境。
CHN 11 USA  中方表示，美方罔顾中方关切，执意推进有关法案。
# the pair agrees on a point and on the next round: an agreement and an intent to meet
RUS 04 UKR; RUS 05 UKR; RUS 03 UKR  俄罗斯与乌克兰第三轮谈判7日举行，双方就撤离平民达成一致，并同意近期举行下一轮谈判。
# a decision found in breach of the state's commitments
UNO 11 GBR  联合国发言人表示，英国扩大核武库的决定违反该国的条约义务。
# an act the speaker calls another state's provocation accuses it
RUS 11 UKR  俄国防部发表声明说，乌方仍采取了多项挑衅措施。
RUS 11 UKR  俄方表示，这一事件为乌方蓄意挑衅。
# (urged to stop provocations: a demand, no accusation)
CHN 10 USA  中方敦促美方停止采取挑衅行为。
# a special operation launched against a state's railways is force
UKR 19 RUS  乌军特种部队12日对俄铁路设施发起特别作战行动。
# envoys expelled reduce relations (166, the guidelines' table), other people expelled stay 174
POL 16 RUS  波兰外交部宣布驱逐45名俄罗斯外交官。
ITA 16 RUS  意大利政府宣布将驱逐两名俄罗斯外交人员。
UKR 16 RUS  乌克兰驱逐俄罗斯大使。
USA 17 CHN  美国驱逐3名中国记者。
# another state's sanctions called ineffective or harmful: criticism of the one imposing them
RUS 11 EEC  俄议员说，欧盟对俄罗斯的制裁是无效的。
IRN 11 USA  伊朗外长表示，美国对伊朗的制裁注定失败。
RUS 11 USA  俄外长表示，美国对古巴施加的制裁是粗暴的。
IRN 11 USA  伊朗外长表示，美国的单边制裁犯下了反人类罪。
# a state's troops' presence called unlawful after 表示 and a comma
IRN 11 USA  伊朗领导人表示，美国军队在叙利亚的存在是非法的。
# a state said to spread falsehoods is accused, a denial before it notwithstanding
USA 11 RUS  美国代表否认有关指控，辩称俄罗斯传播虚假信息。
# grave consequences if the other side does not comply are a threat
USA 13 RUS  美国总统表示，希望俄方同意停火，否则俄方将面临严重后果。
# full praise of a state's measures (充分肯定) is praise
ASN 05 CHN  东盟副秘书长充分肯定了中国政府采取的防控措施。
# a wish to reach a deal soon with a state is intent (尽快, 早日 between 希望 and 与)
IRN 03 USA  伊朗外长表示，伊朗希望尽快与美国达成一项公平的协议。
# shelling told with 对 and its target, the doer before a place and a day
SYR 19 TUR  土耳其称，叙利亚政府军当天在边境地区对土耳其军队进行炮击。
# regret felt (感到遗憾) is the same concern
NAT 01 RUS  北约发言人表示，北约对俄方的决定感到遗憾。
# several states criticising 此举 criticise whoever did what the sentence before told
USA 16 IRN; RUS 11 USA; IRN 11 USA  美国宣布对伊朗实施新制裁。俄罗斯、伊朗等国批评此举。
# one's own mission to the other and the other's suspended
RUS 16 NAT  俄外长宣布，俄罗斯将暂停俄驻北约代表团以及北约驻俄相关机构的工作。
# an attack or an outcome the speaker ascribes to another state accuses it (each state named)
IRN 11 USA; IRN 11 ISR  伊朗官员表示，伊朗燃油系统遭到的网络袭击是由美国和以色列发动的。
IRN 11 USA  伊朗外长表示，这一结果是美国施压所致。
# an envoy called in (约见) to hear representations is a formal complaint
CHN 11 JPN  中国外交部副部长紧急约见日本驻华大使，就峰会涉华消极动向提出严正交涉。
# envoys summoned one by one (分别召见) each receive the complaint
RUS 11 FRA; RUS 11 ESP  俄罗斯外交部18日分别召见法国和西班牙驻俄大使。
# opposition told after a topic clause (针对X…，Y表示反对) and a condemnation 予以严厉谴责
TUR 11 FIN; TUR 11 SWE  针对芬兰、瑞典拟加入北约一事，土耳其总统18日表示反对。
VEN 11 USA  委内瑞拉政府对美国的做法予以严厉谴责。
# a pair's joint forces (美英联军) strike as each of the pair
USA 19 YEM; GBR 19 YEM  美英联军8日对也门首都附近地区发动了多次空袭。
# a state's officials barred from entry (the title inside the actor phrase), an entry ban imposed:
# a sanction on that state (163, issue 10 decision)
RUS 16 USA  俄罗斯宣布禁止部分美国官员入境。
RUS 16 USA  俄罗斯宣布对25名美国公民实施入境禁令。
# an act called an overreaction or against international practice, a state blamed
CHN 11 USA  中方认为，美方使用武力击落民用飞艇明显反应过度。
CHN 11 USA  外交部发言人表示，美方的做法严重违背国际惯例。
RUS 11 USA  俄外交部发言人表示，美国对乌克兰局势负有直接责任。
CHN 11 USA  中国外交部发言人表示，美方的言论完全是颠倒黑白。
# remembering (不会忘记) negates nothing told after it
CHN 05 NPL  习近平强调，中方不会忘记尼泊尔给予的宝贵支持，将一如既往支持尼方维护国家主权。
# a council of the pair, named by both, held is a meeting of the two
RUS 04 NAT  俄罗斯—北约理事会会议12日在布鲁塞尔举行。
# bases opened to the other's forces
PHL 06 USA  美国国防部宣布，菲律宾同意美军使用其境内另外四个军事基地。
# a joint exercise begun by two navies
IRN 06 RUS  伊朗海军与俄罗斯海军当天开始在阿曼湾举行联合演习。
"""


@pytest.mark.parametrize(("text", "acts"), acts_table(ACTS))
def test_the_acts_told(text, acts):
    assert broadcast(text, D) == acts


@pytest.mark.parametrize(
    "text",
    [
        # a disregard with no speaker finding fault: a report, no act between two states
        "伊朗无视外界压力，继续推进核计划。",
        # a conditional expansion is no criticism made
        "俄方表示，如果北约东扩威胁俄罗斯安全，俄方将作出回应。",
        # whom an attack is aimed at is no accusation
        "以色列军方称当天的袭击是针对哈马斯武装人员发动的。",
        # an envoy called in to talk, no complaint told
        "外交部副部长约见日本驻华大使，就双边关系交换意见。",
    ],
)
def test_no_criticism_without_a_speaker_finding_fault(text):
    assert not any(root == "11" for _, root, _ in broadcast(text, D))
