"""Chinese coding, classes found judging random samples of the coder's events on CCTV days no
gold set holds (issue 10): plans named, sanctions talked about, acts asked for, alleged,
weighed or summed up over a span, media and an organisation's own officers as actors, and the
dates of sequels, spans and reviews of the year. Our own sentences."""

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document
from tests.coder.conftest import acts_table, broadcast

D = date(2025, 3, 12)

#: Sentences that tell no act of the day, by the class that made the coder emit one.
NO_ACT = {
    # a sanction a statement is about: what it shows or does, not imposed today
    "sanction_shows": "伊朗外长表示，新制裁表明美国对伊朗的政策已经失败。",
    "sanction_affects": "联合国专家强调，美国发起的单边制裁措施影响了伊朗的药品供应。",
    # a toll since a day, and a span since a month opening the sentence
    "since_in_clause": "据卫生部门今天公布，以色列20日以来对黎巴嫩的袭击已造成300人死亡。",
    "since_opener": "1月以来，越南、老挝等多国领导人相继访华。",
    # 需, 应 between the doer and the contact: asked for, not made
    "obliged_need": "俄总统表示，乌克兰政府需尽快与俄罗斯展开谈判。",
    "obliged_should": "俄总统表示，乌克兰应同俄罗斯举行谈判。",
    # alleged (所谓…的说法) and a risk looked for
    "alleged": "发言人表示，所谓中国向俄罗斯提供武器的说法纯属捏造。",
    "risk": "美方称，俄罗斯入侵乌克兰的风险仍然很高。",
    # what is considered (考虑到…签署的协议)
    "considered": "阿富汗国防部长8日表示，考虑到塔利班与美国签署的和平协议，安全部队仍处于防御状态。",
    # a paper or a journal writing: media commentary
    "journals": "美国《科学》、英国《柳叶刀》等学术杂志刊文批评美国政府。",
    "paper": "英国《卫报》抨击美国政府的对华政策。",
    # an organisation and its own officer are one side
    "same_body": "联合国秘书长会见联合国大会主席。",
    # force weighed as what it would be
    "red_line": "斯洛伐克防长表示，北约国家向乌克兰派遣军队是一条红线。",
    "tantamount": "俄方称，北约向乌克兰派兵无异于宣战。",
    # 台 ending a word (总台独家专访: no 台独, no Taiwan)
    "tai_in_word": "巴赫接受中央广播电视总台独家专访时盛赞中国兑现承诺。",
    # 日 in a word of days (近日, 日间) and 老 ending 养老: no Japan, no Laos as doer
    "day_words": "养老日间照料中心近日向老挝捐赠物资。",
    # a capital naming a text signed there (巴黎协定, 新明斯克协议) is no party
    "treaty_city": "美国宣布退出巴黎协定，法国对此表示遗憾。",
    "treaty_city2": "俄方代表指责西方国家阻挠落实新明斯克协议。",
    # mediation listed among services (法律咨询、调解等) is a noun, no act
    "mediation_domestic": "目前，我国已建成公共法律服务中心约57万个，每年提供法律咨询、调解等各类服务。",
    # a so-called threat (所谓的“俄罗斯威胁”) is a name for what is alleged
    "so_called_threat": "俄方发言人说，所谓的“俄罗斯威胁”是美国编造出来的。",
    # what a state cannot do (无法, 不可能) is not done
    "cannot_join": "美国总统称乌克兰无法加入北约。",
    "impossible": "俄方表示，乌克兰不可能收回克里米亚，也不可能加入北约。",
    # an object naming no state (一些国家, 个别国家) is whom the act falls on: no target
    "unnamed_object": "拉夫罗夫表示，俄罗斯谴责一些国家对白俄罗斯施压。",
    "unnamed_object2": "中方坚决反对个别国家滥用联合国平台干涉古巴内政。",
    # what a thing is for (用于, 用来 before force) is not done
    "purpose": "媒体称，以色列在伊拉克沙漠中建立了一个哨所用于空袭伊朗。",
    "purpose2": "美国部署航母用来打击伊朗。",
    # a state right before what happened there (…发生的) is the scene, not the one blamed
    "scene": "俄罗斯、伊朗等国代表对黎巴嫩近日发生的爆炸事件表示谴责。",
    "scene_attack": "中方对巴基斯坦境内发生的恐怖袭击表示强烈谴责。",
    # 义国 ending 主义 before 国家 (社会主义国家): no Italy
    "ism_states": "美国打压、遏制社会主义国家发展。",
    # force naming its author (…袭击以色列北部的主谋) describes a person, no act of the day
    "mastermind": "以军称，阿基勒是真主党武装袭击以色列北部的主谋。",
    # what an act is to prevent (为阻止, 为防止…) is not done, also when the pattern reaches
    # from the later clause back to its doer
    "prevent": "为防止以色列对伊朗发动袭击，伊朗加强了防空。",
    "prevent_back": "俄方称，为阻止乌克兰对俄罗斯发动信息攻击，已用导弹对乌克兰情报部门大楼进行打击。",
    # support describing the one backed (美国支持的反对派) is no act
    "backed_noun": "马杜罗说，美国支持的委内瑞拉反对派遭遇失败。",
}

#: Sentences whose acts the same rules must keep: each line "source root target; …  text",
#: with a comment line saying what the sentences after it show.
ACTS = """
# the talks are held; the plan (in quotes or after 就) is what they are about
UKR 04 USA  11日，乌克兰代表团在沙特同美方就“和平计划”草案进行磋商。
UKR 04 USA  11日，乌克兰代表团同美方就停火计划举行磋商。
# a plan of the doer still makes talks intended; a sanction imposed is one
RUS 03 USA  俄方计划同美方就乌克兰问题进行磋商。
USA 03 RUS  美方表示，愿同俄方围绕“和平计划”进行磋商。
USA 16 IRN  美国宣布对伊朗实施新制裁，制裁涉及伊朗石油部门。
# …以来首次 is the first act since, told as done
VNM 04 CHN  越南国家主席2019年以来首次访问中国。
# 应…邀请, 应邀 hold 应 as another word; a visit one is invited to is not made
CHN 04 KHM  李强应洪玛奈邀请，对柬埔寨进行正式访问。
CHN 04 RUS  习近平应邀对俄罗斯进行国事访问。
RUS 04 CHN  普京是应习近平的邀请对我国进行国事访问的。
RUS 04 CHN  普京应习近平邀请访华。
CHN 03 RUS  习近平邀请普京访华。
# a name called so is no allegation of the act; a paper acted on stays its state's
USA 08 CHN  美国财政部13日宣布将中国从所谓“汇率操纵国名单”中移除。
CHN 17 USA  中国外交部宣布吊销美国《华尔街日报》3名驻京记者的记者证。
# a sentence saying what the act is, alone, still tells it
TUR 04 IRQ  这是两国关系紧张以来，土耳其高官首次访问伊拉克。
# the actor opening the act's clause does every verb it joins (recalling one's envoy and
# expelling the other's are both 166, the guidelines' table: one event of the pair and root)
TUR 16 ISR  美国大使馆迁至耶路撒冷，土耳其召回驻以色列大使并驱逐以色列驻土耳其大使。
# a menace after an if-clause is the speaker's, not the one the condition is about
GBR 11 FRA; GBR 13 FRA  英国政府召见法国驻英大使时警告称，如果法国继续进行威胁，将采取反制措施。
# an agreement only wished is the wish (030), no agreement; one reached stays
USA 03 IRN  美国总统称希望与伊朗在一个月左右达成协议。
USA 05 IRN  美国与伊朗达成协议。
# a contact said to be on a day after the broadcast's is planned (its intent), and a visit
# made at an invitation holds no invitation
USA 03 UKR  特朗普称13日在白宫与泽连斯基会晤。
CHN 04 HUN  当晚，习近平乘专机抵达布达佩斯，应匈牙利总统舒尤克邀请开始对匈牙利进行国事访问。
USA 03 UKR  美国将继续向乌克兰提供军事援助。
# 巴 beside Israel's army is Palestine, not Pakistan
ISR 19 PSE  以军打击巴武装人员。
# a visit about to end (即将结束…访问之际) is under way, not planned
CHN 04 SRB  11日下午，在习近平即将结束对塞尔维亚国事访问之际，塞尔维亚总统举行欢送仪式。
# envoys ordered out (要求/勒令…大使…离境) are expelled (16), no demand of their state (10)
SAU 16 LBN  沙特29日要求黎巴嫩大使48小时内离境。
BHR 16 IRN; SAU 16 IRN  沙特和巴林相继勒令伊朗外交官72小时内离境。
RUS 10 USA  俄方要求美国撤出叙利亚。
# a refusal told with 无法 stays one (its rule ignores negation)
TUR 12 SWE  土耳其目前无法批准瑞典加入北约。
# the words rebutted (驳斥X对Y的…言论) are X's, criticised by the rebutter; a clause opened by
# a speech verb and its own actor (，强调中方坚决反对…) is that actor's, not the earlier X's
CHN 11 USA  中国代表严厉驳斥美国对中国的错误言论，强调中方坚决反对这种做法。
CHN 11 GBR  外交部发言人驳斥了英国对中国的无端指责。
# a named object stays the target
RUS 11 USA  俄罗斯谴责美国对白俄罗斯施压。
# a meeting scheduled (会晤定于/将于…举行) is planned, its intent (03); one held stays a contact
RUS 03 USA  俄总统助理表示，俄美总统会晤定于15日在阿拉斯加举行。
CHN 03 RUS  中俄元首会晤将于下周举行。
CHN 04 VNM  中国与越南的会谈于11日在河内举行。
# …and so when the trigger names the doers and the scheduling word follows it (双方领导人将于)
RUS 03 TUR  据报道，俄土双方领导人将于3月初就叙利亚局势举行会谈。
# a condolence to the scene stays
CHN 01 PAK  中方对巴基斯坦发生的地震表示深切慰问。
# 义国 alone stays Italy
CHN 04 ITA  中方同义国外长举行会谈。
# the accusation naming the author stays; the act it names is not done
IRN 11 USA  伊朗最高领袖指责美国是以色列袭击加沙的幕后黑手。
# the act done to prevent another stays
RUS 19 UKR  为阻止乌克兰对俄罗斯的信息攻击，俄军用导弹对乌克兰情报部门大楼进行打击。
# talks appealed for (呼吁X与Y…谈判) are not held: the appeal is the act
UKR 02 RUS  泽连斯基呼吁俄罗斯与乌克兰就停火展开谈判。
UNO 10 RUS; UNO 10 UKR  联合国秘书长敦促俄罗斯与乌克兰举行谈判。
RUS 04 UKR  俄罗斯与乌克兰举行谈判。
# a state after 对 that announces the act reacted to does it; the reactor only reacts
EEC 01 USA  欧盟对美国宣布将钢铝关税提高到50%表示遗憾。
CHN 11 USA  中方对美国宣布对华加征关税表示坚决反对。
# a supply the force is to cut off (，阻断X向Y提供…) is its object, no act of the day
RUS 19 UKR  俄军对乌军工企业和运输系统进行打击，阻断北约向乌克兰提供武器的通道。
# force explained by its purpose is done
PSE 19 ISR  杰哈德方面表示，他们向以色列发射火箭弹是为了报复。
"""


@pytest.mark.parametrize("text", NO_ACT.values(), ids=NO_ACT.keys())
def test_no_act_of_the_day(text):
    assert broadcast(text, D) == set()


@pytest.mark.parametrize(("text", "acts"), acts_table(ACTS))
def test_the_acts_told(text, acts):
    assert broadcast(text, D) == acts


def test_what_is_proposed_or_forecast_is_no_sanction():
    found = broadcast("她坚决反对美方提出的要严厉制裁俄罗斯的言论。", D)
    assert ("USA", "16", "RUS") not in found
    found = broadcast("匈牙利认为对俄石油禁运将对本国经济造成重大影响。", D)
    assert ("HUN", "16", "RUS") not in found


def test_an_officer_and_its_own_organisation_are_one_side():
    text = (
        "欧盟外交与安全政策高级代表博雷利11日通过社交媒体宣布，在维也纳举行的伊核问题会谈需要暂停。"
    )
    assert all(s != t for s, _, t in broadcast(text, D))


def _dated(text: str) -> list[tuple[str, str, str]]:
    c = coding(Document(text, published=D, kind="xwlb", source="xwlb"))
    return [(e.source_actor[:3], e.date.isoformat(), e.date_precision) for e in c.events]


def test_a_sequel_of_a_recalled_act_keeps_its_date():
    # 作为回应 / 随后 after a sentence dated in the past: the answer belongs to that time.
    found = _dated("去年10月，以色列对伊朗发动空袭。作为回应，伊朗向以色列发射导弹。")
    assert found == [("ISR", "2024-10-01", "month"), ("IRN", "2024-10-01", "month")]
    found = _dated("2024年4月1日，以色列空袭伊朗驻叙利亚使馆。随后，伊朗向以色列发动导弹袭击。")
    assert found[1] == ("IRN", "2024-04-01", "day")


def test_a_sequel_without_a_dated_act_before_stays_on_the_day():
    found = _dated("以色列对伊朗发动空袭。随后，伊朗向以色列发射导弹。")
    assert found == [("ISR", "2025-03-12", "day"), ("IRN", "2025-03-12", "day")]


def test_that_day_after_a_span_since_a_day_is_the_day_told_before():
    text = (
        "黎巴嫩卫生部11日称，以军空袭造成30人死亡。据统计，自8日以色列对黎巴嫩发动空袭以来，"
        "已有500人死亡。黎真主党武装当天称，向以色列北部发射了火箭弹。"
    )
    assert ("LBN", "2025-03-11", "day") in _dated(text)


def test_a_review_of_the_year_moves_on_with_a_bare_month_opening_a_sentence():
    text = "1月16日，习近平接受驻华大使递交国书。2月，全球目光聚焦北京。早春时节，俄罗斯总统访华。"
    assert _dated(text) == [("RUS", "2025-02-01", "month")]
    # 今年2月 recalls a month: it leads nothing after it
    text = "11日，习近平会见泰国总理。今年2月，泰国国王访华。双方同意加强合作。"
    assert _dated(text)[-1][1:] == ("2025-03-11", "day")


def test_a_sentence_saying_what_the_act_before_was_is_no_second_act():
    text = "以军战机11日凌晨空袭加沙地带多处目标。这是1月停火后，以军首次空袭加沙地带。"
    assert len(_dated(text)) == 1


def test_a_speaker_of_a_round_up_saying_the_leads_act_does_it_once():
    # a later sender (Greece) opens another occasion: the lead's act was no longer merged
    text = (
        "近日，一些国家政要通过各种方式对中国抗击疫情表示慰问和支持。"
        "葡萄牙总统表示，谨向中方致以诚挚慰问。希腊总统向中国人民表示深切慰问。"
        "土耳其总统表示，相信中方一定能够战胜疫情。"
    )
    c = coding(Document(text, published=D, kind="xwlb", source="xwlb"))
    found = [(e.source_actor[:3], e.code) for e in c.events]
    assert found.count(("PRT", "018")) == 1 and ("TUR", "018") in found


def test_a_signing_recalled_with_its_year_is_dated_by_it():
    found = _dated("俄美两国2010年签署的削减战略武器条约将于明年到期。")
    assert found == [("RUS", "2010-01-01", "year")]
    # the year of a treaty another act relies on is no date of that act
    assert _dated("根据2010年签署的条约，俄罗斯同美国举行会谈。")[0][1] == "2025-03-12"


def test_a_day_after_a_long_invitation_clause_still_leads_the_item():
    # 应…邀请， frames the lead before its subject: the day after it dates the readout, however
    # long the inviter's name (past the reach a lead's day otherwise has).
    text = (
        "央视网消息（新闻联播）：应哈萨克斯坦议会上院议长阿希姆巴耶夫·马乌伦邀请，"
        "全国人大常委会副委员长10日至11日对哈萨克斯坦进行正式友好访问。"
        "中方愿同哈方一道加强各领域合作。"
    )
    assert ("CHN", "2025-03-10", "day") in _dated(text)
    assert all(d == "2025-03-10" for _, d, _ in _dated(text))
