"""Acts a broadcast item tells that are not the day's acts of who seems to do them (eval/README.md,
"Recounted praise, strikes named, UN posts"): praise of China recounted in a Chinese speaker's
words, a strike named as the thing a diplomat speaks of. Our own sentences."""

from datetime import date

import pytest

from tests.coder.conftest import broadcast

D = date(2021, 3, 12)

CALL = "央视网消息（新闻联播）：3月11日晚，国家主席习近平应约同阿根廷总统通电话。"


def test_praise_recounted_in_the_speakers_words_is_not_the_praisers_act():
    text = (CALL + "习近平强调，中方及时同世卫组织和各国分享防控信息，加强国际合作。"
            "世卫组织高度评价中方防控工作。")  # fmt: skip
    assert ("UNO", "05", "CHN") not in broadcast(text, D)


#: The praiser speaks in its own voice: a party to the item's calls, or named by a verb of speech.
OWN_VOICE = [
    ("BRA", "央视网消息（新闻联播）：国务院总理李克强11日晚分别同阿根廷总统和巴西总统通电话。"
            "李克强表示，中方愿同两国加强合作。巴西高度赞赏中方防控工作。"),
    ("UNO", CALL + "习近平强调，中方及时同世卫组织分享防控信息。"
            "世卫组织总干事表示，世卫组织高度评价中方防控工作。"),
]  # fmt: skip


@pytest.mark.parametrize(("praiser", "text"), OWN_VOICE)
def test_praise_in_the_praisers_own_voice_stays(praiser, text):
    assert (praiser, "05", "CHN") in broadcast(text, D)


#: A strike named as the thing another act is about, or reported as having happened.
NAMED = [
    "俄外交部11日就英国参与对俄舰队恐怖袭击一事召见英国驻俄大使。",
    "11日，联合国秘书长对索马里首都的恐怖袭击事件表示谴责。",
    "俄罗斯常驻联合国代表指出，土耳其军队遭叙政府军空袭地点不在观察点范围内。",
]


@pytest.mark.parametrize("text", NAMED)
def test_a_strike_named_is_no_use_of_force_of_the_day(text):
    assert not any(root in ("18", "19", "20") for _, root, _ in broadcast(text, D))


#: A strike with a day of its own in its phrase, or carried out: the act stays.
DONE = [
    ("UKR", "19", "RUS", "俄方称，1日发生的顿涅茨克地区一处俄军部署点遭乌军袭击事件，造成的死亡人数升至60人。"),
    ("ISR", "19", "PSE", "巴方报告称，上月以军在约旦河西岸共实施1600起袭击事件。"),
]  # fmt: skip


@pytest.mark.parametrize(("source", "root", "target", "text"), DONE)
def test_a_strike_with_its_own_day_stays(source, root, target, text):
    assert (source, root, target) in broadcast(text, D)


#: A two-clause headline: the party of the later clause is no party to the earlier clause's act.
LATER_CLAUSE = [
    ("USA", "UNO", "美拒发签证 俄代表联合国会上抗议\n联合国会议10日在纽约举行。"),
    ("ISR", "UNO", "以军在加沙地带再次发布撤离令 联合国人道主义援助被迫暂停\n以军10日在加沙地带中部发布撤离令。"),
]  # fmt: skip


@pytest.mark.parametrize(("source", "target", "text"), LATER_CLAUSE)
def test_a_later_headline_clause_names_no_party_of_the_act(source, target, text):
    assert not any((s, t) == (source, target) for s, _, t in broadcast(text, D))


def test_a_later_headline_clause_of_a_state_the_act_names_stays():
    text = "以军继续进攻拉法 巴武装组织向以发射火箭弹\n以军10日继续进攻拉法。"
    assert ("ISR", "19", "PSE") in broadcast(text, D)


#: A humanitarian corridor opened through the ground of another state lets its people out or aid
#: in (0863, root 08; announced, an intent 0355); asked for, it is only the appeal.
CORRIDORS = [
    ("ISR", "08", "PSE", "以军10日在加沙地带南部设立人道走廊，供平民撤离。"),
    ("RUS", "03", "UKR", "俄罗斯国防部10日表示，11日将在乌克兰哈尔科夫开放人道主义走廊。"),
    ("RUS", "08", "UKR", "俄军北京时间今天15时起在乌克兰哈尔科夫开放人道主义走廊。"),
]


@pytest.mark.parametrize(("source", "root", "target", "text"), CORRIDORS)
def test_a_humanitarian_corridor_opened(source, root, target, text):
    assert (source, root, target) in broadcast(text, D)


def test_a_humanitarian_corridor_asked_for_is_not_opened():
    text = "世卫组织10日呼吁以色列在加沙地带建立人道主义走廊。"
    assert not any(root == "08" for _, root, _ in broadcast(text, D))


#: A UN force's post or vehicle struck is force on the UN, not on the state hosting the force.
UN_POSTS = [
    "以军10日在黎巴嫩南部袭击联黎部队一辆车辆。",
    "以军10日空袭黎巴嫩南部一处联黎部队哨所，造成两名维和人员受伤。",
]


@pytest.mark.parametrize("text", UN_POSTS)
def test_a_un_post_struck_is_force_on_the_un(text):
    acts = broadcast(text, D)
    assert ("ISR", "19", "UNO") in acts and ("ISR", "19", "LBN") not in acts


def test_a_host_states_ground_struck_stays_force_on_it():
    assert ("ISR", "19", "LBN") in broadcast("以军10日空袭黎巴嫩南部一处居民楼。", D)


def test_the_un_force_in_lebanon_is_the_un():
    acts = broadcast("联合国驻黎巴嫩临时部队10日谴责以军袭击其巡逻队。", D)
    assert ("UNO", "11", "ISR") in acts and ("LBN", "11", "ISR") not in acts


def test_a_lone_short_form_opening_a_condition_is_its_state():
    text = "德国财政部长10日表示，如果美加征关税，欧盟将以同等措施进行回击。"
    assert ("DEU", "13", "USA") in broadcast(text, D)
