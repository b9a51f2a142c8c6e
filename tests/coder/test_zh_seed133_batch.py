"""What the seed-133 dev batch of whole CCTV items (eval/README.md, ``xwlb_docs``) showed the
coder getting wrong, each class mended by a rule about its construction. Our own sentences,
read as items of a broadcast of 7 June 2024."""

from datetime import date

import pytest

from dipwatch.coder import code_document
from dipwatch.models import Document
from tests.coder.conftest import broadcast

D = date(2024, 6, 7)


def roots(text: str) -> set[tuple[str, str, str]]:
    return broadcast(text, D)


@pytest.mark.parametrize(
    ("text", "doer", "partner"),
    [
        # the pair's ties deepened or built up, not only pushed, and a partnership
        ("越方将继续推进越中全面战略合作。", "VNM", "CHN"),
        ("巴方将坚定不移深化巴中全天候战略合作伙伴关系。", "PAK", "CHN"),
        # the doer opens an earlier clause of the sentence; the clause of the pledge opens
        # with its verb, after another state's name (一个中国原则)
        ("委方坚定奉行一个中国政策，将携手推进委中全天候战略伙伴关系。", "VEN", "CHN"),
    ],
)
def test_a_state_that_will_take_its_pairs_ties_forward_means_to_cooperate(text, doer, partner):
    assert (doer, "03", partner) in roots(text)


def test_a_visit_said_to_push_a_pairs_ties_is_no_pledge_of_the_state_visited():
    # the clause before the pledge opens with a person whose visit is what will push; the
    # voices who say so are no actor. (The same pledge with a state opening the clause is one.)
    visit = "埃及各界人士认为，李强总理访问埃及，将推动埃中全面战略伙伴关系迈上新台阶。"
    assert not {a for a in roots(visit) if a[1] == "03"}
    pledge = "埃方高度赞赏中方的支持，将推动埃中全面战略伙伴关系迈上新台阶。"
    assert ("EGY", "03", "CHN") in roots(pledge)


def test_promoting_the_two_states_ties_is_intent_but_a_wish_of_anothers_deeds_is_not():
    assert ("THA", "03", "CHN") in roots("李强会见泰国总理。泰方愿促进两国立法机构合作。")
    wished = "赵乐际会见俄罗斯驻华大使。赵乐际希望他继续为促进两国交流合作作出努力。"
    assert not {a for a in roots(wished) if a[1] == "03"}


@pytest.mark.parametrize(
    "text",
    [
        "越南政府对昨天发生在河内郊区的交通事故中遇难的中国公民表示深切哀悼。",
        "菲方对本周超强台风“苏拉”造成中方人员遇难表示深切慰问。",
    ],
)
def test_sympathy_on_a_states_nationals_killed_is_offered_to_that_state(text):
    doer = "VNM" if text.startswith("越南") else "PHL"
    assert (doer, "01", "CHN") in roots(text)


@pytest.mark.parametrize(
    "text",
    [
        "俄罗斯总统对以色列空袭造成伊朗人员遇难表示深切哀悼。",
        "俄罗斯总统对以色列空袭中遇难的伊朗公民表示深切哀悼。",
    ],
)
def test_sympathy_goes_to_the_dead_states_not_to_the_state_whose_act_killed(text):
    # the condolence rule takes the first state after 对: here the one whose strike killed
    found = {a for a in roots(text) if a[1] == "01"}
    assert ("RUS", "01", "IRN") in found
    assert ("RUS", "01", "ISR") not in found


def test_an_incidents_date_inside_the_object_does_not_date_the_reaction():
    text = "老挝政府对今年3月万象爆炸事件造成中方人员遇难表示深切哀悼。"
    events = code_document(Document(text, published=D, kind="xwlb", source="xwlb"))
    assert [(e.root, e.date, e.date_precision) for e in events] == [("01", D, "day")]


def test_an_incidents_name_after_the_acts_own_day_leaves_the_day_the_acts():
    # no reaction's 对 or 就 opens an object before the date: 谴责…事件 is the act of the day,
    # and the accusation in the next clause is dated by it
    text = "俄罗斯总统普京4日谴责莫斯科恐袭事件，指责乌克兰。"
    events = code_document(Document(text, published=D, kind="xwlb", source="xwlb"))
    assert ("11", date(2024, 6, 4)) in {(e.root, e.date) for e in events}


def test_a_force_word_naming_a_weapon_is_no_strike():
    assert not {a for a in roots("美国将在日本部署远程打击系统。") if a[1] == "19"}
    assert not {a for a in roots("美国向乌克兰提供远程打击武器。") if a[1] == "19"}
    assert ("USA", "19", "SYR") in roots("美军10日打击了叙利亚境内目标。")


@pytest.mark.parametrize(
    "text", ["以色列国防军5日在叙利亚境内打击导弹发射阵地。", "俄军5日在乌克兰打击武器仓库。"]
)
def test_a_site_after_the_weapons_word_is_what_is_struck(text):
    # 导弹发射阵地, 武器仓库: the weapon's word opens the name of the place struck
    assert {a for a in roots(text) if a[1] == "19"}


def test_a_signing_witnessed_told_as_a_noun_is_the_pairs_agreement():
    text = (
        "李强同尼泊尔总理举行会谈。"
        "会谈后，两国总理共同见证了经贸、农业等领域多项双边合作文件的签署。"
    )
    assert ("CHN", "05", "NPL") in roots(text)


def test_a_state_said_to_try_to_pressure_another_is_accused():
    text = "古巴外交部10日表示，古方愿意对话，美国却仍试图通过封锁、制裁等手段施压。"
    assert ("CUB", "11", "USA") in roots(text)
