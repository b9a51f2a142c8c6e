"""Acts a news sentence names without telling them done that day: a record a state is called
by, an aim ascribed to an attack, what talks will cover, an act denied before its doer, and a
threat that is a noun. Each case beside its told-as-done twin, so the check cannot pass by
coding nothing."""

from __future__ import annotations

from datetime import date

import pytest

from dipwatch.coder import coding
from dipwatch.models import Document


def _acts(text: str) -> set[tuple[str, str, str]]:
    c = coding(Document(text, published=date(2023, 5, 19), source="xwlb"))
    return {((e.source_actor or "")[:3], e.code[:2], (e.target_actor or "")[:3]) for e in c.events}


@pytest.mark.parametrize(
    ("described", "done", "act"),
    [
        (
            "古巴是西半球第一个同新中国建立外交关系的国家，两国友谊历久弥坚。",
            "古巴18日同中国建立外交关系，两国友谊历久弥坚。",
            ("CUB", "05", "CHN"),
        ),
        (
            "哥斯达黎加是首个与中国签署自贸协定的中美洲国家。",
            "哥斯达黎加18日与中国签署自贸协定。",
            ("CRI", "05", "CHN"),
        ),
        (
            "俄方官员18日称，乌方的袭击旨在打击美国资产。",
            "乌方18日袭击美国资产。",
            ("UKR", "19", "USA"),
        ),
        (
            "以军称，18日的空袭意在打击伊朗。",
            "以军称，18日空袭伊朗。",
            ("ISR", "19", "IRN"),
        ),
        (
            "国务院新闻办公室今天（2月28日）发表《美国侵犯人权报告》，揭露美国侵犯人权的真相。"
            "报告分为序言、固守暴力思维威胁生命安全、滥用武力制裁侵犯他国人权，共七部分。",
            "中方今天（2月28日）威胁对美国实施制裁。",
            ("CHN", "13", "USA"),
        ),
        (
            "黎巴嫩看守政府总理米卡提当天表示，以色列一再扩大对黎巴嫩的侵略表明以色列拒绝停火。",
            "黎巴嫩18日对以色列发动袭击。",
            ("LBN", "19", "ISR"),
        ),
    ],
)
def test_a_record_or_an_aim_is_no_act(described, done, act):
    """A record that describes a state (是第一个…的国家), an aim ascribed to an attack
    (旨在打击…), a document's section titles (报告分为…) and force as the subject of what it
    shows (…的侵略表明…) name an act that is not done that day."""
    assert act in _acts(done)
    assert act not in _acts(described)


def test_what_talks_will_cover_is_no_act():
    planned = (
        "以色列外长18日称，以方将于本周启动停火协议第二阶段谈判，"
        "内容将涉及以色列与哈马斯继续交换被扣押人员。"
    )
    assert ("ISR", "08", "PSE") in _acts("以色列与哈马斯18日交换被扣押人员。")
    assert ("ISR", "08", "PSE") not in _acts(planned)


def test_a_negation_before_the_doer_denies_the_act():
    denied = "报道称，上述方案并非伊朗与阿曼针对海峡管理所谈判的内容。"
    assert ("IRN", "04", "OMN") in _acts("伊朗与阿曼18日就海峡管理举行谈判。")
    assert ("IRN", "04", "OMN") not in _acts(denied)


def test_a_threat_named_as_a_noun_is_no_threat():
    noun = "土耳其国防部长18日在与俄罗斯国防部长通话时表示，恐怖主义威胁是土耳其的首要关切。"
    assert not any(code == "13" for _, code, _ in _acts(noun))
    assert ("RUS", "13", "TUR") in _acts("俄罗斯18日威胁土耳其。")


@pytest.mark.parametrize(
    "text",
    [
        # what a court rules on (裁定…违法) is judged, not done that day
        "欧洲议会官员22日表示，对于美国最高法院裁定美国政府加征关税违法，他将提出建议。",
        # an inclination reported (倾向于…打击) is a plan, not a strike
        "据媒体22日报道，美国总统已告诉顾问，他倾向于在未来数日对伊朗进行打击。",
        # a side's terms (谈判立场) are no talks held
        "美国副总统20日表示，美方已经收到俄罗斯和乌克兰两方谈判立场的具体细节。",
    ],
)
def test_no_act_of_the_day(text):
    assert _acts(text) == set()


def test_a_pair_of_short_forms_acts_on_a_third():
    """美以对伊朗…: a known pair of one-character short forms before 对 names the two doers."""
    acts = _acts("伊朗强烈谴责美以对伊朗的军事打击。")
    assert {("IRN", "11", "USA"), ("IRN", "11", "ISR")} <= acts
    assert ("CHN", "19", "USA") not in _acts("中美对抗加剧。")


def test_a_supplier_named_before_what_it_supplied_is_not_struck():
    acts = _acts("俄军摧毁美国提供的乌军火箭炮系统。")
    assert ("RUS", "19", "UKR") in acts
    assert not any(target == "USA" for _, _, target in acts)


def test_compatriots_greeted_are_no_actor():
    text = (
        "代表党中央向全国各族人民，向港澳同胞、台湾同胞和海外侨胞拜年\n李强主持 赵乐际王沪宁出席\n"
        "中共中央、国务院14日上午在人民大会堂举行春节团拜会。"
    )
    assert not any("TWN" in (source, target) for source, _, target in _acts(text))


def test_a_sanction_a_state_is_ready_to_impose_is_its_threat():
    assert ("EEC", "13", "USA") in _acts("欧盟称准备对美国上调钢铝关税实施反制。")
    assert ("EEC", "16", "USA") in _acts("欧盟18日对美国上调钢铝关税实施反制。")
    assert ("EEC", "16", "USA") not in _acts("欧盟称准备对美国上调钢铝关税实施反制。")


def test_the_one_after_dui_is_struck_not_striking():
    acts = _acts("美军当天对极端组织“伊斯兰国”在叙利亚境内的多个目标发动打击。")
    assert ("USA", "19", "IMG") in acts
    assert not any(source == "IMG" for source, _, _ in acts)


def test_repeated_acts_since_an_event_are_background():
    since = "2011年叙利亚内战爆发后，以军多次以打击伊朗军事设施为由空袭叙境内目标。"
    assert not any(code == "19" for _, code, _ in _acts(since))
    assert ("ISR", "19", "SYR") in _acts("冲突爆发后，以军当天空袭叙利亚境内目标。")


def test_talks_one_is_open_to_are_no_meeting():
    assert ("UKR", "04", "RUS") in _acts("乌克兰总统18日与俄方举行会谈。")
    assert ("UKR", "04", "RUS") not in _acts("乌克兰总统今天说，他对与俄方会谈持开放态度。")


def test_a_release_demanded_is_no_release():
    acts = _acts("联合国等国际组织谴责几内亚政变，要求立即释放孔戴。")
    assert ("UNO", "11", "GIN") in acts
    assert not any(code == "08" for _, code, _ in acts)


def test_an_agreements_terms_and_one_carried_out_are_no_new_acts():
    terms = "根据协议，美国将在未来14个月内分阶段从阿富汗撤出军事力量。"
    assert not any(code == "08" for _, code, _ in _acts(terms))
    assert ("USA", "08", "AFG") in _acts("美国18日宣布从阿富汗撤出部分军事力量。")
    kept = "俄方发表公告说，俄伊双方一致认为，必须充分履行阿斯塔纳会谈中所达成的协议。"
    assert not any(code == "05" for _, code, _ in _acts(kept))
